package org.newsgraph.link;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.newsgraph.rdf.ArticleContext;
import org.newsgraph.rdf.Iris;

/**
 * The entry point for the article enricher: links all entities of one article offline (collectively), then, when
 * Wikidata is on, fetches the items of the linked titles in one batch (cached), and writes the RDF.
 *
 * <pre>
 *   try (EntityLinker linker = EntityLinker.create().cache(cacheDir).wikidata(true).build()) {
 *       List&lt;EntityLinker.Result&gt; rs = linker.linkArticle(requests);
 *       for (EntityLinker.Result r : rs)
 *           r.link().ifPresent(l -&gt; linker.emit(ctx, r.entityNode(ctx.iris()).orElseThrow(), r));
 *   }
 * </pre>
 * Thread-safe: one instance serves all worker threads.
 */
public final class EntityLinker implements AutoCloseable {
    /** The cache file of Wikidata answers inside the cache root. */
    public static final String WIKIDATA_CACHE_FILE = "wikidata-cache.jsonl";

    private final WikiDictIndex index;
    private final WikidataIndex offline;
    private final Linker linker;
    private final WikidataClient wikidata;

    /** One entity's outcome: its offline link, if any, and its Wikidata item, if asked for and found. */
    public record Result(LinkRequest request, Optional<Link> link, Optional<WikidataItem> wikidata) {
        /** The entity's IRI derived from its link ({@link Iris#linkedEntity}), or empty when not linked. */
        public Optional<Node> entityNode(Iris iris) { return link.map(l -> LinkRdf.entityNode(iris, l)); }
    }

    public static final class Builder {
        private Path cache;
        private boolean wikidata;
        private URI endpoint = URI.create(WikidataClient.DEFAULT_ENDPOINT);
        private WikiDictIndexBuilder.Progress progress = WikiDictIndexBuilder.Progress.NONE;
        private double nil = -1, sameAs = -1;
        private Path wikidataCache;
        private final List<LinkRule> rules = new ArrayList<>();
        private boolean useDump = true;
        private final java.util.Set<String> without = new java.util.HashSet<>();

        /** Cache root (default: {@link IndexCache#root}: $NEWSGRAPH_CACHE or ~/.cache/newsgraph). */
        public Builder cache(Path root) { this.cache = root; return this; }

        /** Turns on online enrichment from Wikidata (off by default). */
        public Builder wikidata(boolean on) { this.wikidata = on; return this; }

        public Builder wikidataEndpoint(URI u) { this.endpoint = u; return this; }

        private java.util.function.Consumer<String> onTrouble = m -> { };

        /** Told of Wikidata network trouble (see {@link WikidataClient.Builder#onTrouble}). */
        public Builder onWikidataTrouble(java.util.function.Consumer<String> c) { this.onTrouble = c; return this; }

        /** The Wikidata cache file (default {@code <cache root>/wikidata-cache.jsonl}). */
        public Builder wikidataCache(Path file) { this.wikidataCache = file; return this; }

        /** Progress of the index build when it has to be built on first use. */
        public Builder progress(WikiDictIndexBuilder.Progress p) { this.progress = p; return this; }

        public Builder nilThreshold(double t) { this.nil = t; return this; }

        /** An extra rule deciding links before scoring (e.g. {@link LinkRule#outlets} from the publisher registry). */
        public Builder rule(LinkRule r) { this.rules.add(r); return this; }

        /** Rules turned off (see {@link Linker.Builder#without}), for measuring them. */
        public Builder without(java.util.Collection<String> names) { without.addAll(names); return this; }

        /** Whether to use the Wikidata index of the cache when one was built (default true). */
        public Builder wikidataIndex(boolean on) { this.useDump = on; return this; }

        public Builder sameAsThreshold(double t) { this.sameAs = t; return this; }

        public EntityLinker build() throws IOException {
            Path root = IndexCache.root(cache);
            IndexCache cache = IndexCache.at(root);
            WikiDictIndex index = cache.openOrBuild(progress);
            WikidataIndex dump = useDump ? cache.openWikidata() : null;
            Linker.Builder lb = Linker.create(index).wikidata(dump);
            for (LinkRule r : rules) lb.rule(r);
            lb.without(without);
            if (nil >= 0) lb.nilThreshold(nil);
            if (sameAs >= 0) lb.sameAsThreshold(sameAs);
            WikidataClient wd = !wikidata ? null : WikidataClient.create().endpoint(endpoint).onTrouble(onTrouble)
                    .cache(WikidataCache.open(wikidataCache != null ? wikidataCache : root.resolve(WIKIDATA_CACHE_FILE))).build();
            return new EntityLinker(index, dump, lb.build(), wd);
        }
    }

    public static Builder create() { return new Builder(); }

    private EntityLinker(WikiDictIndex index, WikidataIndex offline, Linker linker, WikidataClient wikidata) {
        this.index = index;
        this.offline = offline;
        this.linker = linker;
        this.wikidata = wikidata;
    }

    public Linker linker() { return linker; }

    /** The offline Wikidata index in use, or null. */
    public WikidataIndex wikidataIndex() { return offline; }

    /** The Wikidata item of a link title, offline from the dump's index (empty without one). */
    public Optional<WikidataItem> offlineItem(String title) {
        return offline == null ? Optional.empty() : offline.itemOfLinkTitle(title).map(WikidataIndex.Item::toWikidataItem);
    }

    /** Links the entities of one article; results in the order of {@code requests}. Never fails for network trouble. */
    public List<Result> linkArticle(List<LinkRequest> requests) {
        List<Optional<Link>> links = linker.linkAll(requests);
        Map<String, WikidataItem> items = new java.util.HashMap<>();
        List<String> titles = links.stream().flatMap(Optional::stream).map(Link::title).distinct().toList();
        // Offline first (the dump's index), then online for what the dump does not have.
        if (offline != null) for (String t : titles) offline.itemOfLinkTitle(t).ifPresent(it -> items.put(t, it.toWikidataItem()));
        if (wikidata != null) {
            List<String> left = titles.stream().filter(t -> !items.containsKey(t) && !Link.isQid(t)).toList();
            if (!left.isEmpty()) items.putAll(wikidata.lookup(left));
        }
        List<Result> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            Optional<Link> l = links.get(i);
            Map<String, WikidataItem> found = items;
            out.add(new Result(requests.get(i), l, l.map(x -> found.get(x.title()))));
        }
        return out;
    }

    /** Writes the link (and the Wikidata item, when there is one) about {@code entity} into the article's graph. */
    public void emit(ArticleContext ctx, Node entity, Result r) {
        linkOut(r).ifPresent(l -> LinkRdf.emit(ctx, entity, l));
        r.wikidata().ifPresent(it -> WikidataRdf.emit(ctx, entity, it));
    }

    /** The emitted RDF through any triple receiver (tests, graphs). */
    public void emit(LinkRdf.TripleOut out, Iris iris, Node entity, Result r) {
        linkOut(r).ifPresent(l -> LinkRdf.emit(out, entity, l));
        r.wikidata().ifPresent(it -> WikidataRdf.emit(out, iris, entity, it));
    }

    /**
     * The link as written out: a page renamed since the WikiDict's 2013 snapshot ("Kiev") is named by the item's
     * current English Wikipedia title ("Kyiv"), so {@code owl:sameAs} DBpedia and {@code schema:sameAs} Wikipedia name
     * today's page rather than a redirect. The entity's IRI keeps the WikiDict title (it must not change when a dump
     * is added or updated).
     */
    static Optional<Link> linkOut(Result r) {
        return r.link().map(l -> r.wikidata().map(WikidataItem::title)
                .filter(t -> t != null && !t.isEmpty() && !Link.isQid(l.title()) && !t.equals(l.title()))
                .map(t -> new Link(t, l.confidence(), l.confident())).orElse(l));
    }

    /** Number of requests made to Wikidata so far (0 when it is off). */
    public int wikidataRequests() { return wikidata == null ? 0 : wikidata.requestCount(); }

    @Override
    public void close() throws IOException {
        if (wikidata != null) wikidata.close();
        index.close();
    }
}
