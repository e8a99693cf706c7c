package org.newsgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The schema.org terms newsgraph uses, in the {@code http://schema.org/} namespace that the official
 * JSON-LD context expands to (Jena's own {@code SchemaDO} uses {@code https://schema.org/}).
 *
 * <pre>
 *   stream.quad(Quad.create(g, article, RDF.type.asNode(), SDO.NewsArticle));
 * </pre>
 */
public final class SDO {
    public static final String NS = "http://schema.org/";

    public static String getURI() { return NS; }

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    // Classes
    public static final Node Thing = term("Thing");
    public static final Node CreativeWork = term("CreativeWork");
    public static final Node NewsArticle = term("NewsArticle");
    public static final Node Article = term("Article");
    public static final Node WebPage = term("WebPage");
    public static final Node Person = term("Person");
    public static final Node Organization = term("Organization");
    public static final Node NewsMediaOrganization = term("NewsMediaOrganization");
    public static final Node GovernmentOrganization = term("GovernmentOrganization");
    public static final Node SportsTeam = term("SportsTeam");
    public static final Node CollegeOrUniversity = term("CollegeOrUniversity");
    public static final Node Place = term("Place");
    public static final Node Country = term("Country");
    public static final Node City = term("City");
    public static final Node AdministrativeArea = term("AdministrativeArea");
    public static final Node ImageObject = term("ImageObject");
    public static final Node Quotation = term("Quotation");
    public static final Node Role = term("Role");
    public static final Node OrganizationRole = term("OrganizationRole");
    public static final Node GeoCoordinates = term("GeoCoordinates");
    public static final Node DefinedTerm = term("DefinedTerm");
    public static final Node SoftwareApplication = term("SoftwareApplication");
    public static final Node DataType = term("DataType");

    // Properties
    public static final Node name = term("name");
    public static final Node alternateName = term("alternateName");
    public static final Node url = term("url");
    public static final Node sameAs = term("sameAs");
    public static final Node identifier = term("identifier");
    public static final Node description = term("description");
    public static final Node headline = term("headline");
    public static final Node datePublished = term("datePublished");
    public static final Node dateModified = term("dateModified");
    public static final Node mainEntityOfPage = term("mainEntityOfPage");
    public static final Node inLanguage = term("inLanguage");
    public static final Node articleBody = term("articleBody");
    public static final Node articleSection = term("articleSection");
    public static final Node wordCount = term("wordCount");
    public static final Node keywords = term("keywords");
    public static final Node author = term("author");
    public static final Node publisher = term("publisher");
    public static final Node image = term("image");
    public static final Node caption = term("caption");
    public static final Node creditText = term("creditText");
    public static final Node copyrightHolder = term("copyrightHolder");
    public static final Node contentUrl = term("contentUrl");
    public static final Node alternativeHeadline = term("alternativeHeadline");
    public static final Node logo = term("logo");
    public static final Node citation = term("citation");
    public static final Node isBasedOn = term("isBasedOn");
    public static final Node about = term("about");
    public static final Node mentions = term("mentions");
    public static final Node text = term("text");
    public static final Node isPartOf = term("isPartOf");
    public static final Node spokenByCharacter = term("spokenByCharacter");
    public static final Node creator = term("creator");
    public static final Node jobTitle = term("jobTitle");
    public static final Node nationality = term("nationality");
    public static final Node affiliation = term("affiliation");
    public static final Node worksFor = term("worksFor");
    public static final Node roleName = term("roleName");
    public static final Node startDate = term("startDate");
    public static final Node geo = term("geo");
    public static final Node latitude = term("latitude");
    public static final Node longitude = term("longitude");
    public static final Node containedInPlace = term("containedInPlace");
    public static final Node softwareVersion = term("softwareVersion");
    /** schema.org's own schema terms: the classes a property is expected on, and the types of its values. */
    public static final Node domainIncludes = term("domainIncludes");
    public static final Node rangeIncludes = term("rangeIncludes");

    /** A colleague of a person (Person → Person); carries "spokesperson of" roles as a {@code schema:Role}. */
    public static final Node colleague = term("colleague");

    private SDO() {}
}
