package org.newsgraph.store.index;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
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
    private final Map<Node, Integer> ids = new HashMap<>();
    private final Map<NodeId, Integer> idsById = new HashMap<>();

    private ArticleIndexBuilder(DatasetGraph dsg) {
        this.dsg = dsg;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb == null) throw new IllegalArgumentException("The article index needs a TDB2 dataset");
        this.quads = tdb.getQuadTable().getNodeTupleTable();
        this.nodeTable = quads.getNodeTable();
    }

    /** A builder for a TDB2 dataset (or a dataset wrapping one, such as jena-text's). */
    public static ArticleIndexBuilder create(DatasetGraph dsg) { return new ArticleIndexBuilder(dsg); }

    /** Mutable per-article state while building, keyed by node ids. */
    private static final class Draft {
        final NodeId graph;
        int day;
        int seconds;
        NodeId publisher;
        final Map<NodeId, Integer> relations = new LinkedHashMap<>(8);
        final List<NodeId> sources = new ArrayList<>(2);
        final Map<NodeId, Integer> types = new HashMap<>(8);
        /** The name node of each node the article names (entities, publisher, sources): the lowest id. */
        final Map<NodeId, NodeId> names = new HashMap<>(8);
        Map<NodeId, Double> confidence;
        Map<NodeId, NodeId> wikipedia;
        /** Quotations of the graph and their speakers: (quote, speaker) pairs. */
        List<NodeId[]> quotes;

        Draft(NodeId graph, int day, int seconds) { this.graph = graph; this.day = day; this.seconds = seconds; }

        boolean names(NodeId n) { return relations.containsKey(n) || sources.contains(n) || n.equals(publisher); }
    }

    public ArticleIndex build() {
        long t0 = System.nanoTime();
        Map<NodeId, Draft> drafts = new HashMap<>();
        ownStatements(SDO.datePublished, (g, o) -> {
            Node date = nodeTable.getNodeForNodeId(o);   // xsd:date and xsd:dateTime are inline: no lookup
            Integer day = day(date);
            if (day == null) return;
            Draft d = drafts.get(g);
            int secs = seconds(date);
            if (d == null) drafts.put(g, new Draft(g, day, secs));
            else if (day < d.day || (day == d.day && secs < d.seconds)) { d.day = day; d.seconds = secs; }
        });
        ownStatements(SDO.publisher, (g, o) -> {
            Draft d = drafts.get(g);
            if (d != null && d.publisher == null) d.publisher = o;
        });
        ownStatements(SDO.about, (g, o) -> relation(drafts, g, o, ArticleIndex.ABOUT));
        ownStatements(SDO.mentions, (g, o) -> relation(drafts, g, o, ArticleIndex.MENTIONS));
        ownStatements(SDO.isBasedOn, (g, o) -> {
            Draft d = drafts.get(g);
            if (d != null && !d.sources.contains(o)) d.sources.add(o);
        });
        for (Node p : new Node[] {SDO.spokenByCharacter, SDO.creator}) {
            scan(p, null, t -> {
                Draft d = drafts.get(t.get(0));
                if (d == null || t.get(3).isInline()) return;
                if (d.quotes == null) d.quotes = new ArrayList<>(2);
                for (NodeId[] q : d.quotes) if (q[0].equals(t.get(1)) && q[1].equals(t.get(3))) return;
                d.quotes.add(new NodeId[] {t.get(1), t.get(3)});
            });
        }
        for (Node cls : new Node[] {SDO.Person, SDO.Organization, SDO.Place, SDO.Country, SDO.City, SDO.AdministrativeArea}) {
            int bit = bit(cls);
            scan(RDF.type.asNode(), cls, t -> {
                Draft d = drafts.get(t.get(0));
                if (d != null && d.relations.containsKey(t.get(1))) d.types.merge(t.get(1), bit, (a, b) -> a | b);
            });
        }
        scan(SDO.name, null, t -> {
            Draft d = drafts.get(t.get(0));
            if (d != null && d.names(t.get(1)))
                d.names.merge(t.get(1), t.get(3), (a, b) -> NodeId.compare(a, b) <= 0 ? a : b);
        });
        scan(NG.linkConfidence, null, t -> {
            Draft d = drafts.get(t.get(0));
            if (d == null || !d.relations.containsKey(t.get(1))) return;
            if (nodeTable.getNodeForNodeId(t.get(3)).getLiteralValue() instanceof Number n) {
                if (d.confidence == null) d.confidence = new HashMap<>(4);
                d.confidence.merge(t.get(1), n.doubleValue(), Math::max);
            }
        });
        scan(SDO.sameAs, null, t -> {
            Draft d = drafts.get(t.get(0));
            if (d != null && d.relations.containsKey(t.get(1))) {
                if (d.wikipedia == null) d.wikipedia = new HashMap<>(4);
                d.wikipedia.putIfAbsent(t.get(1), t.get(3));
            }
        });
        double scanned = (System.nanoTime() - t0) / 1e9;

        List<Draft> ordered = new ArrayList<>(drafts.values());
        ordered.sort(ArticleIndexBuilder::compare);
        List<ArticleIndex.Article> articles = new ArrayList<>(ordered.size());
        for (Draft d : ordered) {
            int n = d.relations.size();
            int[] ents = new int[n];
            byte[] rels = new byte[n];
            byte[] types = new byte[n];
            int j = 0;
            for (Map.Entry<NodeId, Integer> e : d.relations.entrySet()) {
                ents[j] = id(e.getKey(), d);
                rels[j] = (byte) (int) e.getValue();
                types[j] = (byte) (d.types.getOrDefault(e.getKey(), 0) | (d.names.containsKey(e.getKey()) ? NAMED : 0));
                j++;
            }
            int[] sources = new int[d.sources.size()];
            for (int s = 0; s < sources.length; s++) sources[s] = id(d.sources.get(s), d);
            int publisher = d.publisher == null ? -1 : id(d.publisher, d);
            int nq = d.quotes == null ? 0 : d.quotes.size();
            NodeId[] quotes = new NodeId[nq];
            int[] speakers = new int[nq];
            for (int q = 0; q < nq; q++) {
                quotes[q] = d.quotes.get(q)[0];
                speakers[q] = id(d.quotes.get(q)[1], d);
            }
            articles.add(new ArticleIndex.Article(d.graph, d.day, publisher, ents, rels, types, sources, quotes, speakers));
        }
        List<ArticleIndex.LinkedEntity> linked = linkedEntities(drafts);
        ArticleIndex index = new ArticleIndex(nodes, names, ids, articles, linked, nodeTable::getNodeForNodeId);
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

    private static void relation(Map<NodeId, Draft> drafts, NodeId g, NodeId o, int bit) {
        Draft d = drafts.get(g);
        if (d == null || o.isInline()) return;   // literals are inline or pointers; IRIs are never inline
        d.relations.merge(o, bit, (a, b) -> a | b);
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
    private int id(NodeId nid, Draft d) {
        Integer id = idsById.get(nid);
        if (id == null) {
            id = nodes.size();
            Node n = nodeTable.getNodeForNodeId(nid);
            idsById.put(nid, id);
            ids.put(n, id);
            nodes.add(n);
            names.add(null);
        }
        if (names.get(id) == null) {
            NodeId name = d.names.get(nid);
            if (name != null) names.set(id, nodeTable.getNodeForNodeId(name).getLiteralLexicalForm());
        }
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
    private List<ArticleIndex.LinkedEntity> linkedEntities(Map<NodeId, Draft> articles) {
        Map<NodeId, LinkDraft> drafts = new HashMap<>();
        Map<NodeId, Map<NodeId, Integer>> seen = new HashMap<>();   // graph → entity → listed types there (0: not listed)
        Map<NodeId, Node> links = new HashMap<>();
        scan(OWL.sameAs.asNode(), null, t -> {
            NodeId g = t.get(0), e = t.get(1), link = t.get(3);
            Map<NodeId, Integer> inGraph = seen.computeIfAbsent(g, k -> new HashMap<>(4));
            Integer known = inGraph.get(e);
            boolean first = known == null;
            Draft art = articles.get(g);
            boolean fromArticle = art != null && art.relations.containsKey(e);
            if (first) {
                int types;
                NodeId name;
                if (fromArticle) {
                    types = art.types.getOrDefault(e, 0) & LINKED_TYPES;
                    name = art.names.get(e);
                } else {
                    Node n = slowName(g, e);
                    types = n == null ? 0 : typesOf(g, e);
                    name = n == null ? null : nodeTable.getNodeIdForNode(n);
                }
                known = name == null || types == 0 ? 0 : types;
                inGraph.put(e, known);
                if (known != 0) {
                    LinkDraft d = drafts.computeIfAbsent(e, k -> new LinkDraft());
                    if (d.name == null) d.name = nodeTable.getNodeForNodeId(name).getLiteralLexicalForm();
                    d.types |= known;
                }
            }
            if (known == 0) return;
            LinkDraft d = drafts.get(e);
            Node l = links.computeIfAbsent(link, nodeTable::getNodeForNodeId);
            if (!l.isURI()) return;
            if (d.wikidata == null && l.getURI().startsWith("http://www.wikidata.org/entity/")) d.wikidata = l;
            if (d.dbpedia == null && l.getURI().startsWith("http://dbpedia.org/resource/")) d.dbpedia = l;
            if (!first) return;
            if (fromArticle) {
                Double c = art.confidence == null ? null : art.confidence.get(e);
                if (c == null) d.unscored = true; else d.max = Math.max(d.max, c);
                if (d.wikipedia == null && art.wikipedia != null && art.wikipedia.get(e) != null)
                    d.wikipedia = nodeTable.getNodeForNodeId(art.wikipedia.get(e));
            } else {
                slowLinkInfo(g, e, d);
            }
        });
        List<ArticleIndex.LinkedEntity> out = new ArrayList<>(drafts.size());
        drafts.forEach((e, d) -> out.add(new ArticleIndex.LinkedEntity(nodeTable.getNodeForNodeId(e), d.name, d.types,
                d.wikidata, d.dbpedia, d.wikipedia, d.max, d.unscored)));
        return out;
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
