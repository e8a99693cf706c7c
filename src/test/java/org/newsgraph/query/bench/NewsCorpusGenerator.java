package org.newsgraph.query.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.SDO;

/**
 * Generates a synthetic news knowledge graph as N-Quads, in newsgraph's model (one named graph per article):
 * Zipf-distributed popularity of people, places, organisations, publishers, sources and body words, so that a few
 * entities appear in thousands of articles and most in a handful, as in real news.
 */
public final class NewsCorpusGenerator {
    static final String[] FIRST = {"Anna", "Boris", "Chen", "Daria", "Emil", "Fatima", "Georg", "Hana", "Ivan", "Julia",
        "Karim", "Lena", "Marek", "Nadia", "Oleg", "Pia", "Quentin", "Rosa", "Sergei", "Tomas", "Ulla", "Viktor", "Wei",
        "Xenia", "Yusuf", "Zofia", "Ahmed", "Bruno", "Clara", "Dmitry", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas"};
    static final String[] LAST = {"Petrov", "Novak", "Li", "Schmidt", "Kowalski", "Haddad", "Ivanova", "Lindqvist", "Moreau",
        "Rossi", "Tanaka", "Okafor", "Silva", "Nielsen", "Horvat", "Popescu", "Kim", "Ozturk", "Garcia", "Fischer",
        "Volkov", "Zhang", "Dubois", "Marin", "Berg", "Costa", "Sokolov", "Wagner", "Yilmaz", "Kovacs", "Romano", "Ward",
        "Lebedev", "Nakamura", "Meyer", "Sato", "Kuznetsov", "Larsen", "Jensen", "Pavlov", "Orlov", "Weber", "Adler"};
    static final String[] TITLES = {"President", "Prime Minister", "Foreign Minister", "spokesperson", "Chancellor",
        "Defence Minister", "Mayor", "CEO", "opposition leader", "Governor", "Ambassador", "Senator", "economist", "analyst"};
    static final String[] WORDS = ("government minister talks sanctions energy gas oil pipeline election vote parliament "
        + "court ruling protest police army troops border ceasefire peace deal summit visit trade tariffs inflation bank "
        + "rates budget tax growth exports imports grain harvest drought floods storm wildfire climate emissions coal "
        + "nuclear plant reactor missile drone attack strike city region village residents officials statement report "
        + "investigation journalist media newspaper broadcast ban law bill reform pension healthcare hospital vaccine "
        + "school university students workers union wages strike market shares company merger profit loss debt bonds "
        + "currency ruble yuan euro dollar railway port shipping airline flights tourism football olympics festival "
        + "museum church cathedral monument history anniversary memorial refugee migrants asylum aid humanitarian "
        + "corruption arrest trial sentence prison fraud bribery spy espionage hacker cyber data internet platform").split(" ");

    final int articles;
    final int persons;
    final int places;
    final int orgs;
    final int publishers = 40;
    final int agencies = 15;
    final long seed;

    NewsCorpusGenerator(int articles, long seed) {
        this.articles = articles;
        this.persons = Math.max(200, articles / 5);
        this.places = Math.max(100, articles / 40);
        this.orgs = Math.max(100, articles / 20);
        this.seed = seed;
    }

    /** Zipf sampler over ranks 0..n-1 with exponent s (precomputed CDF, binary search). */
    static final class Zipf {
        private final double[] cdf;

        Zipf(int n, double s) {
            cdf = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) { sum += 1.0 / Math.pow(i + 1, s); cdf[i] = sum; }
            for (int i = 0; i < n; i++) cdf[i] /= sum;
        }

        int next(Random r) {
            double u = r.nextDouble();
            int lo = 0, hi = cdf.length - 1;
            while (lo < hi) { int mid = (lo + hi) >>> 1; if (cdf[mid] < u) lo = mid + 1; else hi = mid; }
            return lo;
        }
    }

    static final Iris IRIS = Iris.standard();

    static String personName(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + (i >= FIRST.length * LAST.length ? " " + (i / (FIRST.length * LAST.length) + 1) : "");
    }

    static Node person(int i) { return IRIS.person(personName(i)); }

    static String placeName(int i) { return "Place " + LAST[i % LAST.length] + "grad " + i; }

    static Node place(int i) { return IRIS.place(placeName(i)); }

    static Node org(int i) { return IRIS.organization("Organisation " + i); }

    static Node publisher(int i) { return IRIS.organization("Publisher " + i); }

    static Node agency(int i) { return IRIS.organization("Agency " + i); }

    static Node article(int i) { return IRIS.article("https://news" + (i % 40) + ".example/story/" + i, null, null); }

    static final LocalDate START = LocalDate.of(2019, 1, 1);
    static final int DAYS = 6 * 365;

    /** Writes the corpus; returns the number of quads. */
    long write(Path file) throws IOException {
        Random r = new Random(seed);
        Zipf pz = new Zipf(persons, 1.0), plz = new Zipf(places, 1.1), oz = new Zipf(orgs, 1.0), pubz = new Zipf(publishers, 0.8),
                agz = new Zipf(agencies, 1.2), wz = new Zipf(WORDS.length, 1.0);
        long[] count = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            StreamRDF s = new org.apache.jena.riot.system.StreamRDFWrapper(w) {
                @Override public void quad(Quad q) { count[0]++; super.quad(q); }
            };
            s.start();
            for (int a = 0; a < articles; a++) {
                Node g = article(a);
                Emit e = (sub, p, o) -> s.quad(Quad.create(g, sub, p, o));
                LocalDate day = START.plusDays(r.nextInt(DAYS));
                Node date = r.nextInt(3) == 0
                        ? NodeFactory.createLiteralDT(day + "T" + String.format("%02d:%02d:00Z", r.nextInt(24), r.nextInt(60)), XSDDatatype.XSDdateTime)
                        : NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
                e.q(g, RDF.type.asNode(), SDO.NewsArticle);
                e.q(g, SDO.headline, lit(words(r, wz, 6 + r.nextInt(6))));
                e.q(g, SDO.datePublished, date);
                e.q(g, SDO.url, NodeFactory.createURI("https://news" + (a % 40) + ".example/story/" + a));
                e.q(g, SDO.articleBody, lit(words(r, wz, 40 + r.nextInt(60))));
                int pub = pubz.next(r);
                e.q(g, SDO.publisher, publisher(pub));
                e.q(publisher(pub), RDF.type.asNode(), SDO.NewsMediaOrganization);
                e.q(publisher(pub), SDO.name, lit("Publisher " + pub));
                int nSources = r.nextInt(3);
                for (int k = 0; k < nSources; k++) {
                    int ag = agz.next(r);
                    e.q(g, SDO.isBasedOn, agency(ag));
                    e.q(agency(ag), RDF.type.asNode(), SDO.Organization);
                    e.q(agency(ag), SDO.name, lit("Agency " + ag));
                }
                Set<Integer> ps = draw(r, pz, 1 + r.nextInt(5));
                boolean first = true;
                for (int p : ps) {
                    Node n = person(p);
                    e.q(g, first ? SDO.about : SDO.mentions, n);
                    first = false;
                    e.q(n, RDF.type.asNode(), SDO.Person);
                    e.q(n, SDO.name, lit(personName(p)));
                    Node inArt = NodeFactory.createURI(g.getURI() + "/entity/" + p);   // the person in this article
                    e.q(inArt, RDF.type.asNode(), NG.ArticleEntity);
                    e.q(inArt, NG.entity, n);
                    e.q(inArt, NG.inArticle, g);
                    e.q(inArt, NG.salience, NodeFactory.createLiteralDT(String.format("%.2f", r.nextDouble()), XSDDatatype.XSDdecimal));
                    if (p % 3 != 2) { // two thirds linked
                        e.q(n, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q" + (100000 + p)));
                        e.q(n, NG.linkConfidence, NodeFactory.createLiteralDT(String.format("%.2f", 0.5 + 0.5 * ((p * 7919) % 100) / 100.0), XSDDatatype.XSDdecimal));
                    }
                    int t = r.nextInt(10);
                    if (t < 4) e.q(inArt, SDO.jobTitle, lit(TITLES[p % TITLES.length]));
                    else if (t == 4) {
                        Node role = NodeFactory.createURI(g.getURI() + "/role/" + p);
                        e.q(inArt, SDO.worksFor, role);
                        e.q(role, RDF.type.asNode(), SDO.OrganizationRole);
                        e.q(role, SDO.roleName, lit(TITLES[p % TITLES.length]));
                        e.q(role, SDO.worksFor, org(p % orgs));
                    }
                    if (r.nextInt(4) == 0) {
                        Node q = NodeFactory.createURI(g.getURI() + "/quote/" + p);
                        e.q(q, RDF.type.asNode(), SDO.Quotation);
                        e.q(q, SDO.text, lit(words(r, wz, 8 + r.nextInt(10))));
                        e.q(q, SDO.spokenByCharacter, n);
                        e.q(q, SDO.isPartOf, g);
                    }
                }
                for (int pl : draw(r, plz, 1 + r.nextInt(4))) {
                    Node n = place(pl);
                    e.q(g, SDO.mentions, n);
                    e.q(n, RDF.type.asNode(), pl < 60 ? SDO.Country : SDO.City);
                    e.q(n, SDO.name, lit(placeName(pl)));
                    if (pl % 2 == 0) e.q(n, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q" + (500000 + pl)));
                }
                for (int o : draw(r, oz, r.nextInt(3))) {
                    Node n = org(o);
                    e.q(g, SDO.mentions, n);
                    e.q(n, RDF.type.asNode(), SDO.Organization);
                    e.q(n, SDO.name, lit("Organisation " + o));
                }
            }
            s.finish();
        }
        return count[0];
    }

    interface Emit { void q(Node s, Node p, Node o); }

    private static Node lit(String s) { return NodeFactory.createLiteralString(s); }

    private static Set<Integer> draw(Random r, Zipf z, int n) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int i = 0; i < n * 3 && out.size() < n; i++) out.add(z.next(r));
        return out;
    }

    /** The long tail of the vocabulary: rare words ("term123"), Zipf-distributed too. */
    private static final Zipf RARE = new Zipf(50_000, 1.0);

    private static String words(Random r, Zipf z, int n) {
        List<String> w = new ArrayList<>(n);
        for (int i = 0; i < n; i++) w.add(r.nextInt(10) == 0 ? "term" + RARE.next(r) : WORDS[z.next(r)]);
        return String.join(" ", w);
    }
}
