package org.newsgraph.rdf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.enrich.ArticleEnricher;
import org.newsgraph.model.Agent;
import org.newsgraph.model.Article;
import org.newsgraph.model.ImageInfo;
import org.newsgraph.model.RelatedArticle;
import org.newsgraph.vocab.SDO;

/**
 * Maps an {@link Article} to schema.org RDF in its own named graph (named by the article's IRI), emitting quads
 * into a {@link StreamRDF}; then runs the configured enrichers on the same graph.
 *
 * <pre>
 *   ArticleMapper mapper = ArticleMapper.create().base("https://example.org/news/").build();
 *   Node graph = mapper.map(article, StreamRDFLib.dataset(dsg));
 * </pre>
 */
public final class ArticleMapper {
    private final Iris iris;
    private final PublisherRegistry publishers;
    private final List<ArticleEnricher> enrichers;
    private final String defaultLanguage;
    private final boolean identifyLanguage;
    private final boolean linkedOutlets;

    private ArticleMapper(Builder b) {
        this.linkedOutlets = b.linkedOutlets;
        this.iris = new Iris(b.base);
        this.publishers = b.publishers == null ? PublisherRegistry.standard() : b.publishers;
        this.enrichers = List.copyOf(b.enrichers);
        this.defaultLanguage = b.defaultLanguage;
        this.identifyLanguage = b.identifyLanguage;
    }

    public static Builder create() { return new Builder(); }

    public Iris iris() { return iris; }

    public List<ArticleEnricher> enrichers() { return enrichers; }

    /** The IRI (and graph name) the article gets. */
    public Node articleNode(Article a) { return iris.article(a.url(), a.headline(), a.body()); }

    /** Emits the article's quads into {@code out} (no start/finish) and returns the graph name. */
    public Node map(Article article, StreamRDF out) {
        Article a = article;
        if (identifyLanguage && a.language() == null) {
            java.util.Optional<String> lang = org.newsgraph.read.LanguageIdentifier.identify(a);
            if (lang.isPresent()) a = a.withLanguage(lang.get());
        }
        Node art = articleNode(a);
        ArticleContext ctx = new ArticleContext(a, art, art, iris, publishers, out);
        mapMetadata(ctx);
        for (ArticleEnricher e : enrichers) e.enrich(ctx);
        return art;
    }

    private void mapMetadata(ArticleContext ctx) {
        Article a = ctx.article();
        Node art = ctx.articleNode();
        ctx.add(art, RDF.type.asNode(), SDO.NewsArticle);
        literal(ctx, art, SDO.headline, a.headline());
        literal(ctx, art, SDO.alternativeHeadline, a.alternativeHeadline());
        date(ctx, art, SDO.datePublished, a.datePublished());
        date(ctx, art, SDO.dateModified, a.dateModified());
        if (a.url() != null && isAbsoluteIri(a.url())) {
            Node url = NodeFactory.createURI(a.url());
            ctx.add(art, SDO.url, url);
            ctx.add(art, SDO.mainEntityOfPage, url);
        }
        String lang = a.language() != null ? a.language() : defaultLanguage;
        literal(ctx, art, SDO.inLanguage, lang);
        literal(ctx, art, SDO.description, a.description());
        if (a.body() != null) {
            literal(ctx, art, SDO.articleBody, a.body());
            ctx.add(art, SDO.wordCount, NodeFactory.createLiteralDT(Integer.toString(a.wordCount()), XSDDatatype.XSDinteger));
        }
        for (String k : a.keywords()) literal(ctx, art, SDO.keywords, k);
        literal(ctx, art, SDO.articleSection, a.section());
        for (Agent au : a.authors()) ctx.add(art, SDO.author, agent(ctx, au));
        publisher(ctx);
        image(ctx);
        for (RelatedArticle r : a.related()) {
            Node rel = r.url() != null && isAbsoluteIri(r.url()) ? iris.article(r.url(), null, null) : iris.articleByHeadline(r.headline());
            ctx.add(art, SDO.citation, rel);
            ctx.add(rel, RDF.type.asNode(), SDO.NewsArticle);
            literal(ctx, rel, SDO.headline, r.headline());
            if (r.url() != null && isAbsoluteIri(r.url())) ctx.add(rel, SDO.url, NodeFactory.createURI(r.url()));
        }
    }

    private void publisher(ArticleContext ctx) {
        Article a = ctx.article();
        String host = a.url() == null ? null : Iris.host(a.url());
        Agent given = a.publisher();
        Optional<PublisherRegistry.Publisher> known = given != null && given.name() != null
                ? publishers.byName(given.name()).or(() -> publishers.byHost(host))
                : publishers.byHost(given != null && given.url() != null ? Iris.host(given.url()) : host);
        String name = given != null && given.name() != null ? given.name() : known.map(PublisherRegistry.Publisher::name).orElse(host);
        String url = given != null && given.url() != null ? given.url()
                : known.map(PublisherRegistry.Publisher::url).orElse(host == null ? null : "https://" + host + "/");
        if (name == null && url == null) return;
        Node pub = linkedOutlets && known.isPresent() && known.get().title() != null ? outletNode(ctx, known.get())
                : name != null ? iris.organization(name) : iris.publisherByHost(Iris.host(url));
        ctx.add(ctx.articleNode(), SDO.publisher, pub);
        ctx.add(pub, RDF.type.asNode(), SDO.NewsMediaOrganization);
        literal(ctx, pub, SDO.name, name != null ? name : Iris.host(url));
        if (url != null && isAbsoluteIri(url)) ctx.add(pub, SDO.url, NodeFactory.createURI(url));
        if (given != null && given.logo() != null && isAbsoluteIri(given.logo())) {
            Node logo = iris.iri("image/" + Iris.hash(given.logo()));
            ctx.add(pub, SDO.logo, logo);
            ctx.add(logo, RDF.type.asNode(), SDO.ImageObject);
            ctx.add(logo, SDO.contentUrl, NodeFactory.createURI(given.logo()));
        }
    }

    private void image(ArticleContext ctx) {
        int i = 0;
        for (ImageInfo img : ctx.article().images()) image(ctx, img, i++);
    }

    private void image(ArticleContext ctx, ImageInfo img, int index) {
        Node node = img.url() != null ? iris.iri("image/" + Iris.hash(img.url()))
                : iris.part(ctx.articleNode(), index == 0 ? "image" : "image-" + (index + 1));
        ctx.add(ctx.articleNode(), SDO.image, node);
        ctx.add(node, RDF.type.asNode(), SDO.ImageObject);
        if (img.url() != null && isAbsoluteIri(img.url())) ctx.add(node, SDO.contentUrl, NodeFactory.createURI(img.url()));
        literal(ctx, node, SDO.caption, img.caption());
        literal(ctx, node, SDO.creditText, img.credit());
        if (img.credit() != null) {
            // "TASS / kremlin.ru": each part that is a known agency or outlet is credited as an organisation.
            for (String part : CREDIT_SEPARATOR.split(img.credit())) {
                publishers.byName(part).ifPresent(p -> {
                    Node org = linkedOutlets ? outletNode(ctx, p) : iris.organization(p.name());
                    ctx.add(node, SDO.copyrightHolder, org);
                    ctx.add(org, RDF.type.asNode(), p.isAgency() ? SDO.Organization : SDO.NewsMediaOrganization);
                    literal(ctx, org, SDO.name, p.name());
                    ctx.add(org, SDO.url, NodeFactory.createURI(p.url()));
                });
            }
        }
    }

    /**
     * A known outlet's node when entities are linked: with its Wikipedia title, the linked entity's node
     * ({@code entity/Reuters}, the node the linker gives "Reuters" in the text) and its Wikipedia/DBpedia links.
     */
    private Node outletNode(ArticleContext ctx, PublisherRegistry.Publisher p) {
        Node n = p.node(iris);
        if (p.title() != null) {
            ctx.add(n, SDO.sameAs, NodeFactory.createURI("https://en.wikipedia.org/wiki/" + p.title()));
            ctx.add(n, org.apache.jena.vocabulary.OWL.sameAs.asNode(), NodeFactory.createURI("http://dbpedia.org/resource/" + p.title()));
        }
        return n;
    }

    private Node agent(ArticleContext ctx, Agent a) {
        String name = a.name() != null ? a.name() : Iris.host(a.url());
        Node n = a.kind() == Agent.Kind.PERSON ? iris.person(name) : iris.organization(name);
        ctx.add(n, RDF.type.asNode(), a.kind() == Agent.Kind.PERSON ? SDO.Person : SDO.Organization);
        literal(ctx, n, SDO.name, name);
        if (a.url() != null && isAbsoluteIri(a.url())) ctx.add(n, SDO.url, NodeFactory.createURI(a.url()));
        return n;
    }

    private static void literal(ArticleContext ctx, Node s, Node p, String value) {
        if (value != null && !value.isBlank()) ctx.add(s, p, NodeFactory.createLiteralString(value));
    }

    /** {@code LocalDate} → {@code xsd:date}; date-times → {@code xsd:dateTime}. */
    public static Node dateLiteral(Temporal t) {
        if (t instanceof LocalDate d) return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
        if (t instanceof OffsetDateTime o)
            return NodeFactory.createLiteralDT(o.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), XSDDatatype.XSDdateTime);
        if (t instanceof LocalDateTime l)
            return NodeFactory.createLiteralDT(l.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), XSDDatatype.XSDdateTime);
        throw new IllegalArgumentException("Unsupported date " + t);
    }

    private static void date(ArticleContext ctx, Node s, Node p, Temporal t) {
        if (t != null) ctx.add(s, p, dateLiteral(t));
    }

    private static final java.util.regex.Pattern CREDIT_SEPARATOR = java.util.regex.Pattern.compile("\\s*[/|;,]\\s*");
    private static final java.util.regex.Pattern ABSOLUTE_IRI =
            java.util.regex.Pattern.compile("(?i)[a-z][a-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+");

    static boolean isAbsoluteIri(String s) {
        return ABSOLUTE_IRI.matcher(s).matches();
    }

    public static final class Builder {
        private String base;
        private PublisherRegistry publishers;
        private final List<ArticleEnricher> enrichers = new ArrayList<>();
        private String defaultLanguage = "en";
        private boolean identifyLanguage;
        private boolean linkedOutlets;

        public Builder base(String base) { this.base = base; return this; }
        public Builder publishers(PublisherRegistry p) { this.publishers = p; return this; }
        public Builder enricher(ArticleEnricher e) { this.enrichers.add(e); return this; }
        /** Language assumed when the input does not say ({@code "en"}; null for none). */
        public Builder defaultLanguage(String lang) { this.defaultLanguage = lang; return this; }
        /**
         * Identify the language of articles whose input names none from their text ({@link
         * org.newsgraph.read.LanguageIdentifier}) before mapping (default off; the CLI turns it on).
         */
        public Builder identifyLanguage(boolean on) { this.identifyLanguage = on; return this; }
        /**
         * Whether entities are linked (as with NLP and linking on): publisher and image-credit outlets with a
         * Wikipedia title in the registry are then the node of their linked entity ({@code entity/Title}) instead of
         * {@code organization/<name>}, so an outlet is one node (default false).
         */
        public Builder linkedOutlets(boolean on) { this.linkedOutlets = on; return this; }
        public ArticleMapper build() { return new ArticleMapper(this); }
    }
}
