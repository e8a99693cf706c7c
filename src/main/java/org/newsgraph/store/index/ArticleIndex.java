package org.newsgraph.store.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;

/**
 * An in-memory summary of the store's articles, for the questions SPARQL over TDB2 can only answer by reading every
 * article graph: counts per person, place or source over a range of days, co-mention pairs, and one entity's or
 * publisher's articles in date order. It is to aggregates what the jena-text index is to words: a secondary index,
 * built from the store ({@link ArticleIndexBuilder}) and used from SPARQL through the {@code ngf:} property
 * functions ({@link org.newsgraph.query.fn.QueryFunctions}).
 * <p>
 * An <i>article</i> is a named graph {@code G} holding {@code G schema:datePublished D} (the article's own graph);
 * its entities are the objects of {@code G schema:about} / {@code G schema:mentions} in that graph, with the types and
 * the name they carry there. Articles are kept sorted by publication day, then time of day (for an xsd:dateTime),
 * then TDB2 id, so a day range is a slice and every posting list is in date order. Articles are kept as TDB2 ids and
 * turned into IRIs only when a query shows them (inside its read transaction). Immutable; safe to share between
 * threads.
 */
public final class ArticleIndex {
    /** Key of a dataset's {@code Supplier<ArticleIndex>} in its context (see {@code NewsStore}). */
    public static final org.apache.jena.sparql.util.Symbol CONTEXT_KEY =
            org.apache.jena.sparql.util.Symbol.create("https://w3id.org/newsgraph/fn#index");

    /** Type bits of an entity in one article graph. */
    public static final int PERSON = 1, ORGANIZATION = 2, PLACE = 4, COUNTRY = 8, CITY = 16, ADMINISTRATIVE_AREA = 32;
    /** Any place class. */
    public static final int ANY_PLACE = PLACE | COUNTRY | CITY | ADMINISTRATIVE_AREA;
    /** Type bit of a mention whose entity has a {@code schema:name} in the article graph: counts need it. */
    static final int NAMED = 64;
    /** Relation bits of an entity in an article. */
    public static final int ABOUT = 1, MENTIONS = 2;

    /** One article: its IRI, day (epoch day), publisher and entities. Arrays are parallel and owned by the index. */
    record Article(NodeId id, int day, int publisher, int[] entities, byte[] relations, byte[] types, int[] sources,
                   NodeId[] quotes, int[] speakers) {}

    /** A linked entity's profile across the store (what {@code linked-entities} lists). */
    public record LinkedEntity(Node entity, String name, int types, Node wikidata, Node dbpedia, Node wikipedia,
                               double maxConfidence, boolean someUnscored) {}

    private final Node[] nodes;                 // node id → node (entities, publishers, sources)
    private final String[] names;               // node id → a name (the first seen, articles in index order)
    private final Map<Node, Integer> ids;
    private final Article[] articles;           // in index order: day, time of day, TDB2 id
    private final int[] days;                   // articles[i].day, for binary search
    private final int[][] postings;             // entity id → positions of the articles naming it (ascending)
    private final int[] namedIn, typesNamed;    // entity id → articles naming it as a person/organisation/place; their type bits
    private final int[][] byPublisher;          // publisher id → positions (ascending)
    private final int[][] bySpeaker;            // speaker id → positions of the articles quoting them (ascending)
    private final List<LinkedEntity> linked;    // sorted by IRI string
    private final Function<NodeId, Node> decoder;
    private final int[] rank;                   // node id → position in IRI order
    private final int[] byRank;                 // position in IRI order → node id
    private final AggregateCache aggregates = new AggregateCache();
    private static final int COUNT_ROW_BYTES = 64, PAIR_ROW_BYTES = 12;   // a Count object; a pair's long and int

    /**
     * @param nodes    entities, publishers and sources; their position is their id in the articles
     * @param articles in index order (day, time of day, TDB2 id)
     * @param decoder  turns an article's TDB2 id into its IRI (inside a transaction on the store)
     */
    ArticleIndex(List<Node> nodes, List<String> names, List<Article> articles, List<LinkedEntity> linked,
                 Function<NodeId, Node> decoder) {
        this.nodes = nodes.toArray(Node[]::new);
        this.names = names.toArray(String[]::new);
        Map<Node, Integer> byNode = new HashMap<>(this.nodes.length * 2);
        for (int i = 0; i < this.nodes.length; i++) byNode.put(this.nodes[i], i);
        this.ids = byNode;
        this.decoder = decoder;
        Article[] a = articles.toArray(Article[]::new);
        this.articles = a;
        this.days = Arrays.stream(a).mapToInt(Article::day).toArray();
        this.namedIn = new int[this.nodes.length];
        this.typesNamed = new int[this.nodes.length];
        for (Article x : a)
            for (int j = 0; j < x.entities().length; j++)
                if (counted(x.types()[j], PERSON | ORGANIZATION | ANY_PLACE)) {
                    namedIn[x.entities()[j]]++;
                    typesNamed[x.entities()[j]] |= x.types()[j];
                }
        this.postings = postings(a, this.nodes.length, Article::entities);
        this.byPublisher = postings(a, this.nodes.length, x -> x.publisher() >= 0 ? new int[] {x.publisher()} : new int[0]);
        this.bySpeaker = postings(a, this.nodes.length, x -> distinct(x.speakers()));
        Integer[] order = new Integer[this.nodes.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparing(i -> key(this.nodes[i])));
        this.byRank = new int[order.length];
        this.rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            byRank[r] = order[r];
            rank[order[r]] = r;
        }
        List<LinkedEntity> l = new ArrayList<>(linked);
        l.sort(Comparator.comparing(x -> x.entity().getURI()));
        this.linked = List.copyOf(l);
    }

    /**
     * Posting lists: for each node id, the positions (ascending) of the articles whose {@code keys} hold it, each key
     * of an article counted as often as it is listed there.
     */
    private static int[][] postings(Article[] a, int nodes, Function<Article, int[]> keys) {
        int[] count = new int[nodes];
        for (Article x : a) for (int k : keys.apply(x)) count[k]++;
        int[][] out = new int[nodes][];
        for (int i = 0; i < nodes; i++) out[i] = new int[count[i]];
        int[] fill = new int[nodes];
        for (int pos = 0; pos < a.length; pos++) for (int k : keys.apply(a[pos])) out[k][fill[k]++] = pos;
        return out;
    }

    /** The string nodes are ordered by: the IRI (as SPARQL's STR order), else the node's own string form. */
    private static String key(Node n) { return n.isURI() ? n.getURI() : n.toString(); }

    // ---- what ArticleIndexFile saves ----

    List<Node> nodes() { return Arrays.asList(nodes); }

    List<String> names() { return Arrays.asList(names); }

    List<Article> articleList() { return Arrays.asList(articles); }

    /** Number of articles indexed. */
    public int articleCount() { return articles.length; }

    /** Number of distinct entities, publishers and sources indexed. */
    public int nodeCount() { return nodes.length; }

    /** The node's id, or -1 when the index has never seen it. */
    int id(Node n) {
        Integer i = ids.get(n);
        return i == null ? -1 : i;
    }

    /** Positions of the articles of days {@code [since, until]} (inclusive; MIN/MAX_VALUE for open ends): [lo, hi). */
    int[] range(int since, int until) {
        return new int[] {lowerBound(since), lowerBound(until == Integer.MAX_VALUE ? until : until + 1)};
    }

    private int lowerBound(int day) {
        int lo = 0, hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Positions (ascending) of the articles naming the entity; empty when unknown. */
    int[] postings(Node entity) {
        int id = id(entity);
        return id < 0 ? new int[0] : postings[id];
    }

    /** Positions (ascending) of the articles of the publisher; empty when unknown. */
    int[] publisherPostings(Node publisher) {
        int id = id(publisher);
        return id < 0 ? new int[0] : byPublisher[id];
    }

    /** The linked entities, sorted by IRI. */
    public List<LinkedEntity> linkedEntities() { return linked; }

    /** Bits of a schema.org class, as the saved queries use them: a class and its place subclasses. */
    public static int typeBits(Node cls) {
        if (cls == null) return 0;
        return switch (cls.getURI().replace("http://schema.org/", "")) {
            case "Person" -> PERSON;
            case "Organization" -> ORGANIZATION;
            case "Place" -> ANY_PLACE;
            case "Country" -> COUNTRY;
            case "City" -> CITY;
            case "AdministrativeArea" -> ADMINISTRATIVE_AREA;
            default -> 0;
        };
    }

    /** The most specific place class name in {@code types} (Country, City, AdministrativeArea, then Place). */
    public static String placeLabel(int types) {
        if ((types & COUNTRY) != 0) return "Country";
        if ((types & CITY) != 0) return "City";
        if ((types & ADMINISTRATIVE_AREA) != 0) return "AdministrativeArea";
        return (types & PLACE) != 0 ? "Place" : null;
    }

    // ---- the questions ----

    /** An entity as the whole store knows it: a name, the number of articles naming it, the type bits they give it. */
    public record Entity(Node node, String name, int articles, int types) {}

    /**
     * The person, organisation or place {@code node} across the store (the articles that name it so, and the types
     * they give it); null when no article names it as one — an author or a publisher only, or a node never seen.
     */
    public Entity entity(Node node) {
        int id = id(node);
        if (id < 0 || namedIn[id] == 0) return null;
        return new Entity(nodes[id], names[id], namedIn[id], typesNamed[id]);
    }

    private volatile EntityNames entityNames;

    /**
     * The people, organisations and places whose name has every word of {@code query} (case and accents ignored), each
     * once, most articles first, then IRI: what a search for a name should list (the full-text index has one entry per
     * article naming an entity, so its first hits are the most mentioned namesake's articles). Built on first use.
     */
    public List<Entity> entitiesNamed(String query) {
        EntityNames n = entityNames;
        if (n == null) {
            synchronized (this) {
                if (entityNames == null) entityNames = new EntityNames(names, namedIn);
                n = entityNames;
            }
        }
        int[] ids = n.matching(query);
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) order[i] = ids[i];
        Arrays.sort(order, byCountThenIri(namedIn));
        List<Entity> out = new ArrayList<>(order.length);
        for (int id : order) out.add(new Entity(nodes[id], names[id], namedIn[id], typesNamed[id]));
        return out;
    }

    /** One row of a count: the node, the number of distinct articles, the type bits seen, the latest day. */
    public record Count(Node node, String name, int articles, int types, int lastDay) {}

    /**
     * Entities of a type ({@link #typeBits}) by the number of articles about or mentioning them in the day range; with
     * {@code with} set, only articles that also name {@code with} (which is left out). Most articles first, then IRI.
     */
    public List<Count> entityCounts(int typeMask, int since, int until, Node with) {
        int withId = with == null ? -1 : id(with);
        if (with != null && withId < 0) return List.of();
        int[] r = range(since, until);
        Slice slice = withId >= 0 ? new Slice(postings[withId], r) : new Slice(null, r);
        return aggregates.get(new AggregateCache.Key("entities", typeMask, r[0], r[1], with), slice.size(), COUNT_ROW_BYTES,
                () -> entityCounts(typeMask, slice, withId));
    }

    private List<Count> entityCounts(int typeMask, Slice slice, int withId) {
        int[] counts = new int[nodes.length];
        int[] types = new int[nodes.length];
        int[] last = new int[nodes.length];
        List<Integer> touched = new ArrayList<>();
        for (int k = 0; k < slice.size(); k++) {
            Article a = articles[slice.get(k)];
            for (int j = 0; j < a.entities().length; j++) {
                int e = a.entities()[j];
                if (e == withId || !counted(a.types()[j], typeMask)) continue;
                if (counts[e]++ == 0) touched.add(e);
                types[e] |= a.types()[j];
                last[e] = Math.max(last[e], a.day());
            }
        }
        touched.sort(byCountThenIri(counts));
        List<Count> out = new ArrayList<>(touched.size());
        for (int e : touched) out.add(new Count(nodes[e], names[e], counts[e], types[e], last[e]));
        return java.util.Collections.unmodifiableList(out);
    }

    /** Whether a mention with these type bits counts for the class: typed so in the article and named there. */
    private static boolean counted(int types, int typeMask) {
        return (types & typeMask) != 0 && (types & NAMED) != 0;
    }

    private Comparator<Integer> byCountThenIri(int[] counts) {
        return (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(rank[a], rank[b]);
    }

    /** Sources ({@code schema:isBasedOn}) by the number of articles citing them in the day range, optionally of one publisher. */
    public List<Count> sourceCounts(int since, int until, Node publisher) {
        int pubId = publisher == null ? -1 : id(publisher);
        if (publisher != null && pubId < 0) return List.of();
        int[] r = range(since, until);
        Slice slice = pubId >= 0 ? new Slice(byPublisher[pubId], r) : new Slice(null, r);
        return aggregates.get(new AggregateCache.Key("sources", 0, r[0], r[1], publisher), slice.size(), COUNT_ROW_BYTES,
                () -> sourceCounts(slice));
    }

    private List<Count> sourceCounts(Slice slice) {
        int[] counts = new int[nodes.length];
        int[] last = new int[nodes.length];
        List<Integer> touched = new ArrayList<>();
        for (int k = 0; k < slice.size(); k++) {
            Article a = articles[slice.get(k)];
            for (int s : a.sources()) {
                if (counts[s]++ == 0) touched.add(s);
                last[s] = Math.max(last[s], a.day());
            }
        }
        touched.sort(byCountThenIri(counts));
        List<Count> out = new ArrayList<>(touched.size());
        for (int s : touched) out.add(new Count(nodes[s], names[s], counts[s], 0, last[s]));
        return java.util.Collections.unmodifiableList(out);
    }

    /** A co-mention pair: {@code first}'s IRI sorts before {@code second}'s. */
    public record Pair(Node first, String firstName, Node second, String secondName, int articles) {}

    /**
     * Pairs of entities of a type named in the same articles of the day range, by number of articles, then IRIs.
     * Counted without a hash map: every pair of every article is one long (the two IRI ranks), counted by
     * {@link RunCounts}. The list makes its rows when read.
     */
    public List<Pair> pairCounts(int typeMask, int since, int until) {
        int[] r = range(since, until);
        return aggregates.get(new AggregateCache.Key("pairs", typeMask, r[0], r[1], null), r[1] - r[0], PAIR_ROW_BYTES,
                () -> pairCounts(typeMask, r));
    }

    private List<Pair> pairCounts(int typeMask, int[] r) {
        long[] keys = new long[1024];
        int n = 0;
        int[] buf = new int[16];
        for (int pos = r[0]; pos < r[1]; pos++) {
            Article a = articles[pos];
            int m = 0;
            for (int j = 0; j < a.entities().length; j++) {
                if (!counted(a.types()[j], typeMask)) continue;
                if (m == buf.length) buf = Arrays.copyOf(buf, m * 2);
                buf[m++] = rank[a.entities()[j]];
            }
            if (m < 2) continue;
            Arrays.sort(buf, 0, m);
            for (int x = 0; x < m; x++)
                for (int y = x + 1; y < m; y++) {
                    if (n == keys.length) keys = Arrays.copyOf(keys, n * 2);
                    keys[n++] = ((long) buf[x] << 32) | buf[y];
                }
        }
        RunCounts runs = RunCounts.of(keys, n);
        return new java.util.AbstractList<>() {
            @Override public Pair get(int i) {
                int p = byRank[(int) (runs.values[i] >>> 32)], q = byRank[(int) runs.values[i]];
                return new Pair(nodes[p], names[p], nodes[q], names[q], runs.counts[i]);
            }

            @Override public int size() { return runs.size; }
        };
    }

    /** One article row: the article, its day, and (for an entity's articles) one relation bit. */
    public record ArticleRow(Node article, int day, int relation) {}

    /**
     * The articles of the day range that name {@code entity} (one row per relation, about before mentions) or are
     * published by {@code publisher} (either may be null: all articles), newest or oldest first (by day, then by
     * time of day where the date has one; a day's articles in index order, reversed for newest first). With {@code perRelation} false, an article that is both about and mentions the entity is one row. Rows are produced lazily, so a consumer that stops after a page reads only that page.
     */
    public java.util.Iterator<ArticleRow> articles(Node entity, Node publisher, int since, int until, boolean newestFirst,
                                                   boolean perRelation) {
        if (publisher != null && id(publisher) < 0) return java.util.Collections.emptyIterator();
        int[] r = range(since, until);
        int[] base = null;
        if (entity != null) base = postings(entity);
        int[] pub = publisher == null ? null : publisherPostings(publisher);
        if (base == null && pub != null) {
            base = pub;
            pub = null;
        }
        Slice slice = new Slice(base, r);
        int[] pubFilter = pub;
        int entityId = entity == null ? -1 : id(entity);
        int pubId = publisher == null ? -1 : id(publisher);
        return new java.util.Iterator<>() {
            int k = newestFirst ? slice.size() - 1 : 0;   // next slice position to look at
            int current = -1;                            // slice position whose relation rows are being emitted
            int rel = 0;                                 // relation bits of it still to emit
            ArticleRow next = advance();

            private ArticleRow advance() {
                while (true) {
                    if (rel != 0) {
                        int bit = Integer.lowestOneBit(rel);
                        rel &= ~bit;
                        Article a = articles[slice.get(current)];
                        return new ArticleRow(decoder.apply(a.id()), a.day(), bit);
                    }
                    if (k < 0 || k >= slice.size()) return null;
                    int at = k;
                    k += newestFirst ? -1 : 1;
                    Article a = articles[slice.get(at)];
                    if (pubFilter != null && a.publisher() != pubId) continue;
                    if (entityId >= 0) {
                        rel = a.relations()[indexOf(a.entities(), entityId)];
                        if (!perRelation && rel != 0) rel = Integer.lowestOneBit(rel);
                        current = at;
                        continue;
                    }
                    return new ArticleRow(decoder.apply(a.id()), a.day(), 0);
                }
            }

            @Override public boolean hasNext() { return next != null; }

            @Override public ArticleRow next() {
                if (next == null) throw new java.util.NoSuchElementException();
                ArticleRow r0 = next;
                next = advance();
                return r0;
            }
        };
    }

    private static int[] distinct(int[] a) {
        return a.length < 2 ? a : Arrays.stream(a).distinct().toArray();
    }

    /** One quotation row: the quotation node, its article and the article's day. */
    public record QuoteRow(Node quote, Node article, int day) {}

    /**
     * The quotations spoken by {@code speaker} ({@code schema:spokenByCharacter} or {@code schema:creator}) in the
     * articles of the day range, newest or oldest article first, a day's articles as in {@link #articles}. Lazy.
     */
    public java.util.Iterator<QuoteRow> quotes(Node speaker, int since, int until, boolean newestFirst) {
        int id = id(speaker);
        if (id < 0) return java.util.Collections.emptyIterator();
        Slice slice = new Slice(bySpeaker[id], range(since, until));
        List<QuoteRow> none = List.of();
        return new java.util.Iterator<>() {
            int k = newestFirst ? slice.size() - 1 : 0;
            java.util.Iterator<QuoteRow> inArticle = none.iterator();

            @Override public boolean hasNext() {
                while (!inArticle.hasNext()) {
                    if (k < 0 || k >= slice.size()) return false;
                    Article a = articles[slice.get(k)];
                    k += newestFirst ? -1 : 1;
                    Node article = decoder.apply(a.id());
                    List<QuoteRow> rows = new ArrayList<>(2);
                    for (int q = 0; q < a.quotes().length; q++)
                        if (a.speakers()[q] == id) rows.add(new QuoteRow(decoder.apply(a.quotes()[q]), article, a.day()));
                    inArticle = rows.iterator();
                }
                return true;
            }

            @Override public QuoteRow next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return inArticle.next();
            }
        };
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) if (a[i] == v) return i;
        return -1;
    }

    /** The article positions of a posting list (or of all articles, when null) that fall in [lo, hi). */
    private static final class Slice {
        private final int[] postings;
        private final int from, to;

        Slice(int[] postings, int[] range) {
            this.postings = postings;
            if (postings == null) {
                from = range[0];
                to = range[1];
            } else {
                from = lower(postings, range[0]);
                to = lower(postings, range[1]);
            }
        }

        private static int lower(int[] a, int v) {
            int lo = 0, hi = a.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] < v) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        int size() { return to - from; }

        int get(int k) { return postings == null ? from + k : postings[from + k]; }
    }
}
