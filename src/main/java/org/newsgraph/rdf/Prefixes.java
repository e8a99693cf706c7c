package org.newsgraph.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.SDO;

/** The prefixes newsgraph output declares, so that Turtle and TriG read well. */
public final class Prefixes {
    private Prefixes() {}

    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String DBR = "http://dbpedia.org/resource/";
    public static final String WD = "http://www.wikidata.org/entity/";

    public static PrefixMap forBase(String base) {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("schema", SDO.NS);
        pm.add("ng", NG.NS);
        pm.add("rdf", RDF.getURI());
        pm.add("rdfs", RDFS.getURI());
        pm.add("xsd", XSD.getURI());
        pm.add("owl", OWL.getURI());
        pm.add("nif", NIF);
        pm.add("itsrdf", ITSRDF);
        pm.add("prov", PROV);
        pm.add("dct", DCT);
        pm.add("dbr", DBR);
        pm.add("wd", WD);
        String b = new Iris(base).base();
        pm.add("article", b + "article/");
        pm.add("person", b + "person/");
        pm.add("org", b + "organization/");
        pm.add("place", b + "place/");
        pm.add("entity", b + "entity/");
        return pm;
    }
}
