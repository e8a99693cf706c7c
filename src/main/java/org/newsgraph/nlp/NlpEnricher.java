package org.newsgraph.nlp;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.cli.Main;
import org.newsgraph.enrich.ArticleEnricher;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.ArticleContext;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.PROV;
import org.newsgraph.vocab.SDO;

/**
 * The NLP stage: runs {@link EntityExtractor} on an article's headline and body (never its caption, credit, URL or
 * related-article lines), lets an {@link EntityResolver} link the entities, and writes into the article's graph:
 * entities with names and classes, {@code schema:about} / {@code schema:mentions} by salience, job titles,
 * nationality and affiliations, quotations, sources ({@code schema:isBasedOn}), NIF mentions with offsets and a
 * PROV-O record of the run. See {@code docs/nlp.md} for the shape.
 *
 * <pre>
 *   ArticleMapper mapper = ArticleMapper.create().enricher(NlpEnricher.create().mentions(false).build()).build();
 * </pre>
 */
public final class NlpEnricher implements ArticleEnricher {
    /** Salience at or above which an entity the headline does not name is still {@code schema:about}. */
    public static final double ABOUT_SALIENCE = 0.8;

    private final EntityExtractor extractor;
    private final EntityResolver resolver;
    private final boolean mentions;
    private final boolean timestamps;

    private NlpEnricher(Builder b) {
        this.extractor = b.extractor != null ? b.extractor : EntityExtractor.create().build();
        this.resolver = b.resolver;
        this.mentions = b.mentions;
        this.timestamps = b.timestamps;
    }

    public static Builder create() { return new Builder(); }

    public EntityExtractor extractor() { return extractor; }

    @Override public String name() { return "corenlp"; }

    private final java.util.concurrent.ConcurrentMap<String, Long> skipped = new java.util.concurrent.ConcurrentSkipListMap<>();

    /** Articles whose language is known and not English: CoreNLP's models are English ones. */
    @Override public java.util.Map<String, Long> skipped() { return java.util.Map.copyOf(skipped); }

    @Override
    public void enrich(ArticleContext ctx) {
        Article a = ctx.article();
        if ((a.body() == null || a.body().isBlank()) && (a.headline() == null || a.headline().isBlank())) return;
        if (a.language() != null && !org.newsgraph.read.LanguageIdentifier.isEnglish(a.language())) {
            skipped.merge("not English: " + a.language().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
            return;
        }
        OffsetDateTime started = timestamps ? now() : null;
        Extraction x = extractor.extract(a.headline(), a.body());
        resolver.resolve(x, a.datePublished() == null ? null : java.time.LocalDate.from(a.datePublished()));
        new Writer(ctx, x).write(started);
    }

    /** The node of an entity: from its link when linked, else from its type and name. */
    public static Node entityNode(Iris iris, ExtractedEntity e) {
        if (e.isLinked()) return iris.linkedEntity(e.wikipediaTitle());
        return switch (e.type()) {
            case PERSON -> iris.person(e.name());
            case ORGANIZATION -> iris.organization(e.name());
            case PLACE -> iris.place(e.name());
        };
    }

    /** Whether the entity goes to {@code schema:about} rather than {@code schema:mentions}. */
    public static boolean isAbout(Extraction x, ExtractedEntity e) {
        if (e.salience() >= ABOUT_SALIENCE) return true;
        for (Mention m : e.mentions()) {
            if (!x.inHeadline(m)) break;
            int end = m.end();
            String rest = x.text().substring(end, Math.min(x.text().length(), end + 2));
            if (!rest.startsWith("'s") && !rest.startsWith("’s") && !rest.startsWith("'") && !rest.startsWith("’")) return true;
        }
        return false;
    }

    private static OffsetDateTime now() { return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS); }

    private final class Writer {
        final ArticleContext ctx;
        final Extraction x;
        final Iris iris;
        final Node art;
        final Map<ExtractedEntity, Node> nodes = new HashMap<>();
        final Map<ExtractedEntity, Node> inArticle = new HashMap<>();

        Writer(ArticleContext ctx, Extraction x) {
            this.ctx = ctx;
            this.x = x;
            this.iris = ctx.iris();
            this.art = ctx.articleNode();
        }

        void write(OffsetDateTime started) {
            for (ExtractedEntity e : x.entities()) {
                Node n = entity(e);
                ctx.add(art, isAbout(x, e) ? SDO.about : SDO.mentions, n);
                Node a = articleEntity(e);
                ctx.add(a, NG.salience, decimal(e.salience()));
                ctx.add(a, NG.mentionCount, integer(e.mentions().size()));
            }
            for (ExtractedEntity e : x.entities()) roles(e);
            for (ExtractedEntity s : x.sources()) ctx.add(art, SDO.isBasedOn, entity(s));
            for (Extraction.Containment c : x.containment()) ctx.add(entity(c.place()), SDO.containedInPlace, entity(c.region()));
            Node run = iris.part(art, "run/nlp");
            quotes(run);
            Node headlineCtx = null, bodyCtx = null;
            if (mentions) {
                if (x.headlineLength() > 0) headlineCtx = context("headline", x.text().substring(0, x.headlineLength()), run);
                bodyCtx = context("body", x.text().substring(x.bodyOffset()), run);
                for (ExtractedEntity e : x.entities()) {
                    for (Mention m : e.mentions()) {
                        boolean h = x.inHeadline(m);
                        int shift = h ? 0 : x.bodyOffset();
                        mention(h ? "headline" : "body", h ? headlineCtx : bodyCtx, m.begin() - shift, m.end() - shift,
                                m.text(), nodes.get(e), e.schemaClass());
                    }
                }
            }
            provenance(run, started);
        }

        Node entity(ExtractedEntity e) {
            Node n = nodes.get(e);
            if (n != null) return n;
            n = entityNode(iris, e);
            nodes.put(e, n);
            ctx.add(n, RDF.type.asNode(), e.type().schemaClass());
            if (!e.schemaClass().equals(e.type().schemaClass())) ctx.add(n, RDF.type.asNode(), e.schemaClass());
            ctx.add(n, SDO.name, NodeFactory.createLiteralString(e.name()));
            for (String alt : e.alternateNames()) ctx.add(n, SDO.alternateName, NodeFactory.createLiteralString(alt));
            if (e.isLinked()) resolver.describe(ctx, e, n);   // the link triples come from the linker
            return n;
        }

        /**
         * The entity as this article presents it ({@code ng:ArticleEntity}, {@code <article>/entity/HASH}): it holds
         * the facts of this article only and points to the shared entity node, which carries none of them.
         */
        Node articleEntity(ExtractedEntity e) {
            Node a = inArticle.get(e);
            if (a != null) return a;
            Node n = entity(e);
            a = iris.part(art, "entity/" + Iris.hash(n.getURI()));
            inArticle.put(e, a);
            ctx.add(a, RDF.type.asNode(), NG.ArticleEntity);
            ctx.add(a, NG.entity, n);
            ctx.add(a, NG.inArticle, art);
            return a;
        }

        /**
         * The titles the article gives a person, on its article node: {@code schema:jobTitle}, the nationality, and a
         * role node for the title held for someone — {@code schema:worksFor} an {@code OrganizationRole} whose
         * {@code schema:worksFor} is the organisation ("Kremlin spokesman"), or {@code ng:hasRole} a {@code Role}
         * whose {@code ng:roleOf} is the person or place ("Putin's spokesperson" → spokesperson of Vladimir Putin).
         */
        void roles(ExtractedEntity e) {
            if (e.roles().isEmpty()) return;
            Node p = articleEntity(e);
            for (Role r : e.roles()) {
                if (r.title() != null) ctx.add(p, SDO.jobTitle, NodeFactory.createLiteralString(r.title()));
                if (r.nationality() != null) ctx.add(p, SDO.nationality, entity(r.nationality()));
                if (r.of() != null) {
                    Node of = entity(r.of());
                    boolean org = r.of().type() == EntityType.ORGANIZATION;
                    Node role = iris.part(art, "role/" + Iris.hash(entity(e).getURI() + "|" + r.title() + "|" + of.getURI()));
                    ctx.add(p, org ? SDO.worksFor : NG.hasRole, role);
                    ctx.add(role, RDF.type.asNode(), org ? SDO.OrganizationRole : SDO.Role);
                    if (r.title() != null) ctx.add(role, SDO.roleName, NodeFactory.createLiteralString(r.title()));
                    ctx.add(role, org ? SDO.worksFor : NG.roleOf, of);
                }
            }
        }

        void quotes(Node run) {
            for (Quote q : x.quotes()) {
                Node n = iris.part(art, (q.paraphrase() ? "paraphrase/" : "quote/") + (q.begin() - x.bodyOffset()));
                ctx.add(n, RDF.type.asNode(), SDO.Quotation);
                if (q.paraphrase()) ctx.add(n, RDF.type.asNode(), NG.Paraphrase);
                ctx.add(n, SDO.text, NodeFactory.createLiteralString(q.text()));
                ctx.add(n, SDO.isPartOf, art);
                ctx.add(n, PROV.wasGeneratedBy, run);
                for (ExtractedEntity s : q.speakers()) {
                    Node sp = entity(s);
                    if (s.type() == EntityType.PERSON) ctx.add(n, SDO.spokenByCharacter, sp);
                    ctx.add(n, SDO.creator, sp);
                }
            }
        }

        Node context(String part, String s, Node run) {
            Node c = iris.part(art, part + "#char=0," + s.length());
            ctx.add(c, RDF.type.asNode(), NIF.Context);
            ctx.add(c, RDF.type.asNode(), NIF.OffsetBasedString);
            ctx.add(c, NIF.isString, NodeFactory.createLiteralString(s));
            ctx.add(c, NIF.beginIndex, index(0));
            ctx.add(c, NIF.endIndex, index(s.length()));
            ctx.add(c, PROV.wasDerivedFrom, art);
            ctx.add(run, PROV.used, c);
            return c;
        }

        void mention(String part, Node context, int b, int e, String anchor, Node entity, Node cls) {
            Node m = iris.part(art, part + "#char=" + b + "," + e);
            ctx.add(m, RDF.type.asNode(), NIF.Phrase);
            ctx.add(m, RDF.type.asNode(), NIF.OffsetBasedString);
            ctx.add(m, NIF.beginIndex, index(b));
            ctx.add(m, NIF.endIndex, index(e));
            ctx.add(m, NIF.anchorOf, NodeFactory.createLiteralString(anchor));
            ctx.add(m, NIF.referenceContext, context);
            ctx.add(m, ITSRDF.taIdentRef, entity);
            ctx.add(m, ITSRDF.taClassRef, cls);
        }

        void provenance(Node run, OffsetDateTime started) {
            ctx.add(run, RDF.type.asNode(), NG.ExtractionRun);
            ctx.add(run, RDF.type.asNode(), PROV.Activity);
            ctx.add(run, PROV.used, art);
            Node agent = iris.iri("agent/newsgraph-nlp");
            ctx.add(run, PROV.wasAssociatedWith, agent);
            ctx.add(agent, RDF.type.asNode(), PROV.SoftwareAgent);
            ctx.add(agent, RDF.type.asNode(), SDO.SoftwareApplication);
            ctx.add(agent, SDO.name, NodeFactory.createLiteralString("newsgraph NLP (Stanford CoreNLP)"));
            ctx.add(agent, SDO.softwareVersion, NodeFactory.createLiteralString(
                    "newsgraph " + Main.version() + "; Stanford CoreNLP " + CoreNlpPipeline.version()));
            StringBuilder opts = new StringBuilder();
            extractor.pipeline().options().forEach((k, v) -> opts.append(opts.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            opts.append("; mentions=").append(mentions);
            ctx.add(run, RDFS.comment.asNode(), NodeFactory.createLiteralString(opts.toString()));
            if (started != null) {
                ctx.add(run, PROV.startedAtTime, dateTime(started));
                ctx.add(run, PROV.endedAtTime, dateTime(now()));
            }
        }
    }


    private static Node index(int i) { return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger); }

    private static Node integer(int i) { return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger); }

    private static Node decimal(double d) {
        return NodeFactory.createLiteralDT(java.math.BigDecimal.valueOf(d).toPlainString(), XSDDatatype.XSDdecimal);
    }

    /**
     * An xsd:dateTime literal of {@code t}, always with seconds: {@code OffsetDateTime.toString()} leaves them out on a
     * whole minute ("2026-12-04T00:02Z"), which is not a valid xsd:dateTime.
     */
    static Node dateTime(OffsetDateTime t) {
        return NodeFactory.createLiteralDT(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t), XSDDatatype.XSDdateTime);
    }

    /**
     * <pre>
     *   NlpEnricher.create().resolver(linker).mentions(true).timestamps(false).build();
     * </pre>
     */
    public static final class Builder {
        private EntityExtractor extractor;
        private EntityResolver resolver = EntityResolver.NONE;
        private boolean mentions = true;
        private boolean timestamps = true;

        public Builder extractor(EntityExtractor x) { this.extractor = x; return this; }
        /** The linker (default: none). */
        public Builder resolver(EntityResolver r) { this.resolver = r == null ? EntityResolver.NONE : r; return this; }
        /** Write NIF mention triples (default true); {@code --no-mentions} turns them off. */
        public Builder mentions(boolean on) { this.mentions = on; return this; }
        /** Record start and end times of the run (default true; off for golden tests). */
        public Builder timestamps(boolean on) { this.timestamps = on; return this; }
        public NlpEnricher build() { return new NlpEnricher(this); }
    }
}
