package org.newsgraph.store.index;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.SDO;

/**
 * Builds an {@link ArticleIndex} from a TDB2 dataset (call inside a read transaction). It works on TDB2's node ids:
 * one scan of the quad index by predicate for each of {@code schema:datePublished}, {@code schema:publisher},
 * {@code schema:about}, {@code schema:mentions}, {@code schema:isBasedOn}, {@code schema:spokenByCharacter} and
 * {@code schema:creator} (quotations and their speakers), the entity classes,
 * {@code schema:name}, {@code ng:linkConfidence}, {@code schema:sameAs} and {@code owl:sameAs}; only the entities'
 * IRIs and names are turned into RDF terms (dates are inline in TDB2), article IRIs when a query shows them.
 *
 * <pre>
 *   ArticleIndex index = Txn.calculateRead(dsg, () -> ArticleIndexBuilder.create(dsg).build());
 * </pre>
 */
public final class ArticleIndexBuilder {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleIndexBuilder.class);
    private static final int NAMED = ArticleIndex.NAMED;
    /** Classes the {@code linked-entities} query lists (Place subclasses other than Country and City are not among them). */
    private static final int LINKED_TYPES = ArticleIndex.PERSON | ArticleIndex.ORGANIZATION | ArticleIndex.PLACE
            | ArticleIndex.COUNTRY | ArticleIndex.CITY;

    private final DatasetGraph dsg;
    private final NodeTupleTable quads;
    private final NodeTable nodeTable;
    private final List<Node> nodes = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final LongIntHashMap idsById = new LongIntHashMap();

    private ArticleIndexBuilder(DatasetGraph dsg) {
        this.dsg = dsg;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb == null) throw new IllegalArgumentException("The article index needs a TDB2 dataset");
        this.quads = tdb.getQuadTable().getNodeTupleTable();
        this.nodeTable = quads.getNodeTable();
    }

    /** A builder for a TDB2 dataset (or a dataset wrapping one, such as jena-text's). */
    public static ArticleIndexBuilder create(DatasetGraph dsg) { return new ArticleIndexBuilder(dsg); }

    /**
     * Mutable per-article state while building. Nodes are TDB2 pointer ids ({@code long}); an article names few
     * entities, so they sit in small parallel arrays searched linearly, not in maps.
     */
    private static final class Draft {
        final NodeId graph;
        int day;
        int seconds;
        long publisher = -1, publisherName = -1;
        int n;                                   // entities (about / mentions)
        long[] ent = new long[4];
        int[] rel = new int[4];
        int[] types = new int[4];
        long[] entName = new long[4];            // name node of each entity in this graph (lowest id), -1: none
        double[] confidence;                     // best ng:linkConfidence, NaN: none
        long[] wikipedia;                        // first schema:sameAs, -1: none
        boolean[] linkSeen;                      // owl:sameAs already read for the entity
        int ns;
        long[] src = new long[2];
        long[] srcName = new long[2];
        int nq;
        long[] quote, speaker;

        Draft(NodeId graph, int day, int seconds) { this.graph = graph; this.day = day; this.seconds = seconds; }

        int entity(long e) {
            for (int i = 0; i < n; i++) if (ent[i] == e) return i;
            return -1;
        }

        void relation(long e, int bit) {
            int i = entity(e);
            if (i >= 0) { rel[i] |= bit; return; }
            if (n == ent.length) {
                int m = n * 2;
                ent = Arrays.copyOf(ent, m); rel = Arrays.copyOf(rel, m); types = Arrays.copyOf(types, m);
                entName = Arrays.copyOf(entName, m);
            }
            ent[n] = e; rel[n] = bit; types[n] = 0; entName[n] = -1;
            n++;
        }

        void source(long s) {
            for (int i = 0; i < ns; i++) if (src[i] == s) return;
            if (ns == src.length) { src = Arrays.copyOf(src, ns * 2); srcName = Arrays.copyOf(srcName, ns * 2); }
            src[ns] = s; srcName[ns] = -1;
            ns++;
        }

        void quote(long q, long by) {
            for (int i = 0; i < nq; i++) if (quote[i] == q && speaker[i] == by) return;
            if (quote == null) { quote = new long[2]; speaker = new long[2]; }
            if (nq == quote.length) { quote = Arrays.copyOf(quote, nq * 2); speaker = Arrays.copyOf(speaker, nq * 2); }
            quote[nq] = q; speaker[nq] = by;
            nq++;
        }

        /** Notes a name of node {@code s} if the article names that node (entity, source, publisher). */
        void name(long s, long name) {
            int i = entity(s);
            if (i >= 0) { entName[i] = min(entName[i], name); return; }
            for (int k = 0; k < ns; k++) if (src[k] == s) { srcName[k] = min(srcName[k], name); return; }
            if (s == publisher) publisherName = min(publisherName, name);
        }

        private static long min(long a, long b) { return a < 0 ? b : Math.min(a, b); }
    }

    private static long ptr(NodeId id) { return id.isPtr() ? id.getPtrLocation() : -1; }

    private static NodeId nodeId(long ptr) { return NodeIdFactory.createPtr(ptr); }

    public ArticleIndex build() {
        long t0 = System.nanoTime();
        LongObjectHashMap<Draft> drafts = new LongObjectHashMap<>();
        ownStatements(SDO.datePublished, (g, o) -> {
            Node date = nodeTable.getNodeForNodeId(o);   // xsd:date and xsd:dateTime are inline: no lookup
            Integer day = day(date);
            if (day == null) return;
            long key = ptr(g);
            Draft d = drafts.get(key);
            int secs = seconds(date);
            if (d == null) drafts.put(key, new Draft(g, day, secs));
            else if (day < d.day || (day == d.day && secs < d.seconds)) { d.day = day; d.seconds = secs; }
        });
        ownStatements(SDO.publisher, (g, o) -> {
            Draft d = drafts.get(ptr(g));
            if (d != null && d.publisher < 0 && o.isPtr()) d.publisher = ptr(o);
        });
        ownStatements(SDO.about, (g, o) -> relation(drafts, g, o, ArticleIndex.ABOUT));
        ownStatements(SDO.mentions, (g, o) -> relation(drafts, g, o, ArticleIndex.MENTIONS));
        ownStatements(SDO.isBasedOn, (g, o) -> {
            Draft d = drafts.get(ptr(g));
            if (d != null && o.isPtr()) d.source(ptr(o));
        });
        for (Node p : new Node[] {SDO.spokenByCharacter, SDO.creator}) {
            scan(p, null, t -> {
                Draft d = drafts.get(ptr(t.get(0)));
                if (d != null && t.get(1).isPtr() && t.get(3).isPtr()) d.quote(ptr(t.get(1)), ptr(t.get(3)));
            });
        }
        for (Node cls : new Node[] {SDO.Person, SDO.Organization, SDO.Place, SDO.Country, SDO.City, SDO.AdministrativeArea}) {
            int bit = bit(cls);
            scan(RDF.type.asNode(), cls, t -> {
                Draft d = drafts.get(ptr(t.get(0)));
                int i = d == null ? -1 : d.entity(ptr(t.get(1)));
                if (i >= 0) d.types[i] |= bit;
            });
        }
        scan(SDO.name, null, t -> {
            Draft d = drafts.get(ptr(t.get(0)));
            if (d != null && t.get(3).isPtr()) d.name(ptr(t.get(1)), ptr(t.get(3)));
        });
        scan(NG.linkConfidence, null, t -> {
            Draft d = drafts.get(ptr(t.get(0)));
            int i = d == null ? -1 : d.entity(ptr(t.get(1)));
            if (i < 0) return;
            if (nodeTable.getNodeForNodeId(t.get(3)).getLiteralValue() instanceof Number num) {
                if (d.confidence == null) { d.confidence = new double[d.ent.length]; Arrays.fill(d.confidence, Double.NaN); }
                d.confidence[i] = Double.isNaN(d.confidence[i]) ? num.doubleValue() : Math.max(d.confidence[i], num.doubleValue());
            }
        });
        scan(SDO.sameAs, null, t -> {
            Draft d = drafts.get(ptr(t.get(0)));
            int i = d == null ? -1 : d.entity(ptr(t.get(1)));
            if (i < 0 || !t.get(3).isPtr()) return;
            if (d.wikipedia == null) { d.wikipedia = new long[d.ent.length]; Arrays.fill(d.wikipedia, -1); }
            if (d.wikipedia[i] < 0) d.wikipedia[i] = ptr(t.get(3));
        });
        double scanned = (System.nanoTime() - t0) / 1e9;

        List<Draft> ordered = new ArrayList<>(drafts.size());
        for (var c : drafts.values()) ordered.add(c.value);
        ordered.sort(ArticleIndexBuilder::compare);
        List<ArticleIndex.Article> articles = new ArrayList<>(ordered.size());
        for (Draft d : ordered) {
            int[] ents = new int[d.n];
            byte[] rels = new byte[d.n];
            byte[] types = new byte[d.n];
            for (int j = 0; j < d.n; j++) {
                ents[j] = id(d.ent[j], d.entName[j]);
                rels[j] = (byte) d.rel[j];
                types[j] = (byte) (d.types[j] | (d.entName[j] >= 0 ? NAMED : 0));
            }
            int[] sources = new int[d.ns];
            for (int k = 0; k < d.ns; k++) sources[k] = id(d.src[k], d.srcName[k]);
            int publisher = d.publisher < 0 ? -1 : id(d.publisher, d.publisherName);
            NodeId[] quotes = new NodeId[d.nq];
            int[] speakers = new int[d.nq];
            for (int q = 0; q < d.nq; q++) {
                quotes[q] = nodeId(d.quote[q]);
                int e = d.entity(d.speaker[q]);
                speakers[q] = id(d.speaker[q], e >= 0 ? d.entName[e] : -1);
            }
            articles.add(new ArticleIndex.Article(d.graph, d.day, publisher, ents, rels, types, sources, quotes, speakers));
        }
        List<ArticleIndex.LinkedEntity> linked = linkedEntities(drafts);
        ArticleIndex index = new ArticleIndex(nodes, names, articles, linked, nodeTable::getNodeForNodeId);
        LOG.debug(String.format("article index: %,d articles, %,d entities/sources, %,d linked; scans %.2f s, built in %.2f s",
                index.articleCount(), index.nodeCount(), linked.size(), scanned, (System.nanoTime() - t0) / 1e9));
        return index;
    }

    /** Day, then time of day, then TDB2 id: the order the index keeps articles in. */
    private static int compare(Draft a, Draft b) {
        if (a.day != b.day) return Integer.compare(a.day, b.day);
        if (a.seconds != b.seconds) return Integer.compare(a.seconds, b.seconds);
        return NodeId.compare(a.graph, b.graph);
    }

    private static void relation(LongObjectHashMap<Draft> drafts, NodeId g, NodeId o, int bit) {
        Draft d = drafts.get(ptr(g));
        if (d != null && o.isPtr()) d.relation(ptr(o), bit);   // IRIs are pointers, never inline
    }

    /** Quads {@code G G p o}: the article's statements about itself, in its own graph. */
    private void ownStatements(Node p, java.util.function.BiConsumer<NodeId, NodeId> action) {
        scan(p, null, t -> {
            if (t.get(0).equals(t.get(1))) action.accept(t.get(0), t.get(3));
        });
    }

    /** Every named-graph quad (as node ids G, S, P, O) with predicate {@code p} and object {@code o} (null: any). */
    private void scan(Node p, Node o, Consumer<Tuple<NodeId>> action) {
        NodeId pid = nodeTable.getNodeIdForNode(p);
        NodeId oid = o == null ? NodeId.NodeIdAny : nodeTable.getNodeIdForNode(o);
        if (NodeId.isDoesNotExist(pid) || NodeId.isDoesNotExist(oid)) return;
        Iterator<Tuple<NodeId>> it = quads.find(NodeId.NodeIdAny, NodeId.NodeIdAny, pid, oid);
        try {
            while (it.hasNext()) action.accept(it.next());
        } finally {
            Iter.close(it);
        }
    }

    /** The node's index id; the name it has in the first article (in index order) that names it is kept. */
    private int id(long ptr, long namePtr) {
        int id;
        if (idsById.containsKey(ptr)) {
            id = idsById.get(ptr);
        } else {
            id = nodes.size();
            Node n = nodeTable.getNodeForNodeId(nodeId(ptr));
            idsById.put(ptr, id);
            nodes.add(n);
            names.add(null);
        }
        if (names.get(id) == null && namePtr >= 0)
            names.set(id, nodeTable.getNodeForNodeId(nodeId(namePtr)).getLiteralLexicalForm());
        return id;
    }

    private static int bit(Node cls) {
        if (cls.equals(SDO.Person)) return ArticleIndex.PERSON;
        if (cls.equals(SDO.Organization)) return ArticleIndex.ORGANIZATION;
        if (cls.equals(SDO.Place)) return ArticleIndex.PLACE;
        if (cls.equals(SDO.Country)) return ArticleIndex.COUNTRY;
        if (cls.equals(SDO.City)) return ArticleIndex.CITY;
        if (cls.equals(SDO.AdministrativeArea)) return ArticleIndex.ADMINISTRATIVE_AREA;
        return 0;
    }

    /** The publication day of an xsd:date / xsd:dateTime literal (its first ten characters), or null. */
    static Integer day(Node date) {
        if (!date.isLiteral()) return null;
        String lex = date.getLiteralLexicalForm();
        if (lex.length() < 10) return null;
        try {
            return (int) LocalDate.parse(lex.substring(0, 10)).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Seconds into the day of an xsd:dateTime as written (-1 for a plain date): orders a day's articles. */
    private static int seconds(Node date) {
        String lex = date.getLiteralLexicalForm();
        if (lex.length() < 19 || lex.charAt(10) != 'T') return -1;
        try {
            return LocalTime.parse(lex.substring(11, 19)).toSecondOfDay();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    private static final class LinkDraft {
        String name;
        int types;
        Node wikidata, dbpedia, wikipedia;
        double max = Double.NEGATIVE_INFINITY;
        boolean unscored;
    }

    /**
     * Entities with an {@code owl:sameAs} in a graph where they are typed and named, merged over the graphs. An
     * article's entities come from the drafts; the rare others (e.g. from a loaded RDF file) are read one by one.
     */
    private List<ArticleIndex.LinkedEntity> linkedEntities(LongObjectHashMap<Draft> articles) {
        LongObjectHashMap<LinkDraft> drafts = new LongObjectHashMap<>();
        java.util.Set<String> seenOutside = new java.util.HashSet<>();
        LongObjectHashMap<Node> links = new LongObjectHashMap<>();
        scan(OWL.sameAs.asNode(), null, t -> {
            NodeId g = t.get(0), e = t.get(1), link = t.get(3);
            if (!e.isPtr() || !link.isPtr()) return;
            long ek = ptr(e);
            Draft art = articles.get(ptr(g));
            int i = art == null ? -1 : art.entity(ek);
            boolean first;
            int types;
            long namePtr;
            if (i >= 0) {
                if (art.linkSeen == null) art.linkSeen = new boolean[art.ent.length];
                first = !art.linkSeen[i];
                art.linkSeen[i] = true;
                types = art.types[i] & LINKED_TYPES;
                namePtr = art.entName[i];
            } else {
                first = seenOutside.add(g + " " + e);
                Node n = first ? slowName(g, e) : null;
                types = first && n != null ? typesOf(g, e) : 0;
                namePtr = n == null ? -1 : ptr(nodeTable.getNodeIdForNode(n));
                if (!first) {   // not the first link of the pair: listed only when a draft was made for it
                    LinkDraft d = drafts.get(ek);
                    if (d == null) return;
                    addLink(d, links, link);
                    return;
                }
            }
            if (types == 0 || namePtr < 0) return;
            LinkDraft d = drafts.get(ek);
            if (d == null) {
                d = new LinkDraft();
                drafts.put(ek, d);
            }
            if (first) {
                if (d.name == null) d.name = nodeTable.getNodeForNodeId(nodeId(namePtr)).getLiteralLexicalForm();
                d.types |= types;
            }
            addLink(d, links, link);
            if (!first) return;
            if (i >= 0) {
                double c = art.confidence == null ? Double.NaN : art.confidence[i];
                if (Double.isNaN(c)) d.unscored = true; else d.max = Math.max(d.max, c);
                if (d.wikipedia == null && art.wikipedia != null && art.wikipedia[i] >= 0)
                    d.wikipedia = nodeTable.getNodeForNodeId(nodeId(art.wikipedia[i]));
            } else {
                slowLinkInfo(g, e, d);
            }
        });
        List<ArticleIndex.LinkedEntity> out = new ArrayList<>(drafts.size());
        for (var c : drafts) {
            LinkDraft d = c.value;
            out.add(new ArticleIndex.LinkedEntity(nodeTable.getNodeForNodeId(nodeId(c.key)), d.name, d.types,
                    d.wikidata, d.dbpedia, d.wikipedia, d.max, d.unscored));
        }
        return out;
    }

    private void addLink(LinkDraft d, LongObjectHashMap<Node> links, NodeId link) {
        long k = ptr(link);
        Node l = links.get(k);
        if (l == null) {
            l = nodeTable.getNodeForNodeId(link);
            links.put(k, l);
        }
        if (!l.isURI()) return;
        if (d.wikidata == null && l.getURI().startsWith("http://www.wikidata.org/entity/")) d.wikidata = l;
        if (d.dbpedia == null && l.getURI().startsWith("http://dbpedia.org/resource/")) d.dbpedia = l;
    }

    // ---- an entity outside the article drafts: read with ordinary finds ----

    private Node graph(NodeId g) { return nodeTable.getNodeForNodeId(g); }

    /** The name of entity {@code e} in graph {@code g}, or null when it has none there. */
    private Node slowName(NodeId g, NodeId e) {
        Node name = first(graph(g), nodeTable.getNodeForNodeId(e), SDO.name);
        return name == null || !name.isLiteral() ? null : name;
    }

    private int typesOf(NodeId g, NodeId e) {
        int bits = 0;
        Iterator<org.apache.jena.sparql.core.Quad> it = dsg.find(graph(g), nodeTable.getNodeForNodeId(e), RDF.type.asNode(), Node.ANY);
        try {
            while (it.hasNext()) bits |= bit(it.next().getObject());
        } finally {
            Iter.close(it);
        }
        return bits & LINKED_TYPES;
    }

    private void slowLinkInfo(NodeId g, NodeId e, LinkDraft d) {
        Node gn = graph(g), en = nodeTable.getNodeForNodeId(e);
        boolean scored = false;
        Iterator<org.apache.jena.sparql.core.Quad> c = dsg.find(gn, en, NG.linkConfidence, Node.ANY);
        try {
            while (c.hasNext()) {
                if (c.next().getObject().getLiteralValue() instanceof Number num) {
                    d.max = Math.max(d.max, num.doubleValue());
                    scored = true;
                }
            }
        } finally {
            Iter.close(c);
        }
        if (!scored) d.unscored = true;
        if (d.wikipedia == null) d.wikipedia = first(gn, en, SDO.sameAs);
    }

    private Node first(Node g, Node s, Node p) {
        Iterator<org.apache.jena.sparql.core.Quad> it = dsg.find(g, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
    }
}
