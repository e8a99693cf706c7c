package org.newsgraph.web;

import static org.newsgraph.web.GraphRead.name;
import static org.newsgraph.web.GraphRead.object;
import static org.newsgraph.web.GraphRead.objects;
import static org.newsgraph.web.GraphRead.subjects;
import static org.newsgraph.web.GraphRead.text;
import static org.newsgraph.web.GraphRead.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.SDO;

/**
 * What the article page shows, read from the article's named graph: headline, date, publisher, authors, image with
 * caption and credit, the body in paragraphs with each entity mention (the NIF offsets of the body context) linked to
 * the entity's page, quotations with their speakers, sources, related articles, and the entities by kind.
 */
public record ArticlePage(String iri, String headline, String date, String dateModified, Link publisher,
        List<Link> authors, String url, String description, Image image, List<List<Segment>> paragraphs,
        List<Quote> quotes, List<Link> sources, List<Link> related, List<Link> people, List<Link> organizations,
        List<Link> places, String section, String keywords, String language, int mentionCount) {

    /** The image: where it is (null when only its caption is known), caption, credit. */
    public record Image(String src, String caption, String credit) {}

    /** A run of body text; {@code link} is null for plain text, else the entity mentioned there. */
    public record Segment(String text, Link link) {}

    /** A quotation and who said it (null when unknown). */
    public record Quote(String text, Link speaker) {}

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    static ArticlePage of(Graph g, String iri, LocalPaths paths) {
        Node a = NodeFactory.createURI(iri);
        Node pub = object(g, a, SDO.publisher);
        List<Link> authors = new ArrayList<>();
        for (Node au : objects(g, a, SDO.author)) authors.add(link(g, au, paths));
        Image image = null;
        Node img = object(g, a, SDO.image);
        if (img != null) {
            Node src = object(g, img, SDO.contentUrl);
            if (src == null) src = object(g, img, SDO.url);
            if (src == null && img.isURI() && !paths.isLocal(img.getURI())) src = img;
            image = new Image(src != null && src.isURI() ? src.getURI() : null, text(g, img, SDO.caption), text(g, img, SDO.creditText));
        }
        String body = text(g, a, SDO.articleBody);
        List<Mention> mentions = body == null ? List.of() : mentions(g, a, body, paths);
        List<Quote> quotes = new ArrayList<>();
        for (Node q : subjects(g, SDO.isPartOf, a)) {
            String t = text(g, q, SDO.text);
            if (t == null) continue;
            Node sp = object(g, q, SDO.spokenByCharacter);
            if (sp == null) sp = object(g, q, SDO.creator);
            quotes.add(new Quote(t, sp == null ? null : link(g, sp, paths)));
        }
        List<Link> people = new ArrayList<>(), orgs = new ArrayList<>(), places = new ArrayList<>();
        Set<Node> entities = new LinkedHashSet<>(objects(g, a, SDO.about));
        entities.addAll(objects(g, a, SDO.mentions));
        for (Node e : entities) {
            if (e.equals(pub)) continue;
            Link l = link(g, e, paths);
            switch (l.kind()) {
                case Kinds.PERSON -> people.add(l);
                case Kinds.ORG -> orgs.add(l);
                case Kinds.PLACE -> places.add(l);
                default -> { }
            }
        }
        return new ArticlePage(iri, orElse(text(g, a, SDO.headline), "(no headline)"), text(g, a, SDO.datePublished),
                text(g, a, SDO.dateModified), pub == null ? null : link(g, pub, paths), authors,
                urlOf(g, a), text(g, a, SDO.description), image,
                body == null ? List.of() : paragraphs(body, mentions), quotes,
                links(g, objects(g, a, SDO.isBasedOn), paths), links(g, objects(g, a, SDO.citation), paths),
                people, orgs, places, text(g, a, SDO.articleSection), keywords(g, a), text(g, a, SDO.inLanguage),
                mentions.size());
    }

    private static String urlOf(Graph g, Node a) {
        Node u = object(g, a, SDO.url);
        return u == null ? null : u.isURI() ? u.getURI() : u.getLiteralLexicalForm();
    }

    private static String keywords(Graph g, Node a) {
        List<String> k = new ArrayList<>();
        for (Node n : objects(g, a, SDO.keywords)) if (n.isLiteral()) k.add(n.getLiteralLexicalForm());
        return k.isEmpty() ? null : String.join(", ", k);
    }

    private static List<Link> links(Graph g, List<Node> nodes, LocalPaths paths) {
        List<Link> out = new ArrayList<>();
        for (Node n : nodes) if (n.isURI()) out.add(link(g, n, paths));
        return out;
    }

    static Link link(Graph g, Node n, LocalPaths paths) {
        String name = name(g, n);
        String href = n.isURI() ? paths.href(n.getURI()) : null;
        return new Link(name != null ? name : n.isURI() ? n.getURI() : "(unnamed)", href, Kinds.kind(types(g, n)));
    }

    private record Mention(int begin, int end, Link entity) {}

    /** The mentions in the body context (the NIF context whose string is the body), in order, without overlaps. */
    private static List<Mention> mentions(Graph g, Node a, String body, LocalPaths paths) {
        Node context = null;
        for (Node c : subjects(g, NIF.isString, NodeFactory.createLiteralString(body))) context = c;
        if (context == null) return List.of();
        TreeMap<Integer, Mention> byBegin = new TreeMap<>();
        for (Node m : subjects(g, NIF.referenceContext, context)) {
            Node b = object(g, m, NIF.beginIndex), e = object(g, m, NIF.endIndex), ent = object(g, m, ITSRDF.taIdentRef);
            if (b == null || e == null || ent == null || !ent.isURI()) continue;
            int bi = ((Number) b.getLiteralValue()).intValue(), ei = ((Number) e.getLiteralValue()).intValue();
            if (bi < 0 || ei > body.length() || bi >= ei) continue;
            byBegin.putIfAbsent(bi, new Mention(bi, ei, link(g, ent, paths)));
        }
        List<Mention> out = new ArrayList<>();
        int last = 0;
        for (Mention m : byBegin.values()) {
            if (m.begin() < last) continue;
            out.add(m);
            last = m.end();
        }
        return out;
    }

    private static List<List<Segment>> paragraphs(String body, List<Mention> mentions) {
        List<List<Segment>> out = new ArrayList<>();
        Matcher br = PARAGRAPH_BREAK.matcher(body);
        int start = 0, mi = 0;
        while (start <= body.length()) {
            int end = br.find(start) ? br.start() : body.length();
            int next = end == body.length() ? body.length() + 1 : br.end();
            List<Segment> para = new ArrayList<>();
            int pos = start;
            while (mi < mentions.size() && mentions.get(mi).begin() < end) {
                Mention m = mentions.get(mi++);
                if (m.begin() < pos || m.end() > end) continue;
                if (m.begin() > pos) para.add(new Segment(body.substring(pos, m.begin()), null));
                para.add(new Segment(body.substring(m.begin(), m.end()), m.entity()));
                pos = m.end();
            }
            if (pos < end) para.add(new Segment(body.substring(pos, end), null));
            if (!para.isEmpty()) out.add(para);
            start = next;
        }
        return out;
    }

    private static String orElse(String s, String d) { return s == null ? d : s; }
}
