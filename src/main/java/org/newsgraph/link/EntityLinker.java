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

        /** Cache root (default: {@link IndexCache#root}: $NEWSGRAPH_CACHE or ~/.cache/newsgraph). */
        public Builder cache(Path root) { this.cache = root; return this; }

        /** Turns on online enrichment from Wikidata (off by default). */
        public Builder wikidata(boolean on) { this.wikidata = on; return this; }

        public Builder wikidataEndpoint(URI u) { this.endpoint = u; return this; }

        /** The Wikidata cache file (default {@code <cache root>/wikidata-cache.jsonl}). */
        public Builder wikidataCache(Path file) { this.wikidataCache = file; return this; }

        /** Progress of the index build when it has to be built on first use. */
        public Builder progress(WikiDictIndexBuilder.Progress p) { this.progress = p; return this; }

        public Builder nilThreshold(double t) { this.nil = t; return this; }

        public Builder sameAsThreshold(double t) { this.sameAs = t; return this; }

        public EntityLinker build() throws IOException {
            Path root = IndexCache.root(cache);
            WikiDictIndex index = IndexCache.at(root).openOrBuild(progress);
            Linker.Builder lb = Linker.create(index);
            if (nil >= 0) lb.nilThreshold(nil);
            if (sameAs >= 0) lb.sameAsThreshold(sameAs);
            WikidataClient wd = !wikidata ? null : WikidataClient.create().endpoint(endpoint)
                    .cache(WikidataCache.open(wikidataCache != null ? wikidataCache : root.resolve(WIKIDATA_CACHE_FILE))).build();
            return new EntityLinker(index, lb.build(), wd);
        }
    }

    public static Builder create() { return new Builder(); }

    private EntityLinker(WikiDictIndex index, Linker linker, WikidataClient wikidata) {
        this.index = index;
        this.linker = linker;
        this.wikidata = wikidata;
    }

    public Linker linker() { return linker; }

    /** Links the entities of one article; results in the order of {@code requests}. Never fails for network trouble. */
    public List<Result> linkArticle(List<LinkRequest> requests) {
        List<Optional<Link>> links = linker.linkAll(requests);
        Map<String, WikidataItem> items = Map.of();
        if (wikidata != null) {
            List<String> titles = links.stream().flatMap(Optional::stream).map(Link::title).distinct().toList();
            if (!titles.isEmpty()) items = wikidata.lookup(titles);
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
        r.link().ifPresent(l -> LinkRdf.emit(ctx, entity, l));
        r.wikidata().ifPresent(it -> WikidataRdf.emit(ctx, entity, it));
    }

    /** The emitted RDF through any triple receiver (tests, graphs). */
    public void emit(LinkRdf.TripleOut out, Iris iris, Node entity, Result r) {
        r.link().ifPresent(l -> LinkRdf.emit(out, entity, l));
        r.wikidata().ifPresent(it -> WikidataRdf.emit(out, iris, entity, it));
    }

    /** Number of requests made to Wikidata so far (0 when it is off). */
    public int wikidataRequests() { return wikidata == null ? 0 : wikidata.requestCount(); }

    @Override
    public void close() throws IOException {
        if (wikidata != null) wikidata.close();
        index.close();
    }
}
