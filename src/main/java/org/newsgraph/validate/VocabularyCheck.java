package org.newsgraph.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.SDO;

/**
 * Checks that every class and property in a graph is a known term, and that schema.org properties are used on
 * compatible types. Known terms: schema.org (the shipped release), the newsgraph ontology, and the allow-list of
 * reused NIF/ITS/PROV/OWL/RDF(S)/DC terms.
 * <ul>
 *   <li><b>Violation</b>: a class or property in one of those namespaces that the vocabulary does not define
 *       (a typo or an invented term, e.g. {@code schema:headLine}).</li>
 *   <li><b>Warning</b>: a term from any other namespace (newsgraph does not know what it means); a schema.org
 *       property on a subject none of whose types is (a subclass of) one of its {@code schema:domainIncludes}, or with
 *       a typed object none of whose types fits its {@code schema:rangeIncludes}. schema.org calls these "expected"
 *       types, not rules, so a mismatch is a warning. A {@code schema:Role} subject or object is always accepted
 *       (schema.org's Role pattern).</li>
 * </ul>
 * Each problem is reported once per term (or per property and type), at the first subject seen, with a count.
 *
 * <pre>
 *   List&lt;ReportEntry&gt; problems = VocabularyCheck.standard().check(graph);
 * </pre>
 */
public final class VocabularyCheck {
    static { JenaSystem.init(); } // before any vocabulary class (avoids a class-initialisation cycle)

    /** The shape name vocabulary problems are reported under ({@code sh:sourceShape}). */
    public static final Node SHAPE = NodeFactory.createURI(Vocabularies.SHAPES_NS + "VocabularyCheck");
    /** The constraint component vocabulary problems are reported under ({@code sh:sourceConstraintComponent}). */
    public static final Node COMPONENT = NodeFactory.createURI(Vocabularies.SHAPES_NS + "VocabularyConstraintComponent");

    /** Namespaces whose terms must all be defined. */
    static final List<String> CHECKED_NAMESPACES = List.of(SDO.NS, NG.NS, Prefixes.NIF, Prefixes.ITSRDF, Prefixes.PROV,
            Prefixes.DCT, OWL.getURI(), RDF.getURI(), RDFS.getURI());

    private final Set<Node> classes = new HashSet<>();
    private final Set<Node> properties = new HashSet<>();
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();
    private final Map<Node, Set<Node>> domains = new HashMap<>();
    private final Map<Node, Set<Node>> ranges = new HashMap<>();

    private VocabularyCheck(List<Graph> vocabularies) {
        Node type = RDF.type.asNode();
        for (Graph g : vocabularies) {
            g.find(Node.ANY, type, Node.ANY).forEachRemaining(t -> {
                Node k = t.getObject();
                if (k.equals(RDFS.Class.asNode()) || k.equals(OWL.Class.asNode()) || k.equals(SDO.DataType)) classes.add(t.getSubject());
                else if (k.equals(RDF.Property.asNode()) || k.equals(OWL.DatatypeProperty.asNode())
                        || k.equals(OWL.ObjectProperty.asNode()) || k.equals(OWL.AnnotationProperty.asNode())) properties.add(t.getSubject());
            });
            g.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t ->
                    superClasses.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject()));
            g.find(Node.ANY, SDO.domainIncludes, Node.ANY).forEachRemaining(t ->
                    domains.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject()));
            g.find(Node.ANY, SDO.rangeIncludes, Node.ANY).forEachRemaining(t ->
                    ranges.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject()));
        }
    }

    /** The check against the shipped vocabularies. */
    public static VocabularyCheck standard() {
        return new VocabularyCheck(List.of(Vocabularies.schemaOrgTerms(), Vocabularies.ontology(), Vocabularies.reusedTerms()));
    }

    /** A check against the given vocabulary graphs (rdf:type, rdfs:subClassOf, schema:domainIncludes/rangeIncludes). */
    public static VocabularyCheck of(List<Graph> vocabularies) { return new VocabularyCheck(vocabularies); }

    public boolean isKnownClass(Node n) { return classes.contains(n); }

    public boolean isKnownProperty(Node n) { return properties.contains(n); }

    /** One problem, counted. */
    private static final class Finding {
        final Severity severity;
        final Node focus;
        final Node path;
        final Node value;
        final String message;
        long count = 1;

        Finding(Severity severity, Node focus, Node path, Node value, String message) {
            this.severity = severity;
            this.focus = focus;
            this.path = path;
            this.value = value;
            this.message = message;
        }
    }

    /** Checks every triple of {@code data}; returns the problems as SHACL report entries. */
    public List<ReportEntry> check(Graph data) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        Node type = RDF.type.asNode();
        Map<Node, Set<Node>> typeCache = new HashMap<>();
        data.find().forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (!properties.contains(p)) {
                boolean checked = inCheckedNamespace(p);
                note(findings, "p|" + p, () -> new Finding(checked ? Severity.Violation : Severity.Warning, t.getSubject(), p, null,
                        checked ? "Unknown property " + p.getURI() + ": not defined in " + vocabularyOf(p) + suggestion(p, properties)
                                : "Property " + p.getURI() + " is from a vocabulary newsgraph does not use"));
            }
            if (p.equals(type)) {
                Node c = t.getObject();
                if (c.isURI() && !classes.contains(c)) {
                    boolean checked = inCheckedNamespace(c);
                    note(findings, "c|" + c, () -> new Finding(checked ? Severity.Violation : Severity.Warning, t.getSubject(), p, c,
                            checked ? "Unknown class " + c.getURI() + ": not defined in " + vocabularyOf(c) + suggestion(c, classes)
                                    : "Class " + c.getURI() + " is from a vocabulary newsgraph does not use"));
                }
                return;
            }
            checkDomain(findings, t, types(data, t.getSubject(), typeCache));
            if (!t.getObject().isLiteral()) checkRange(findings, t, types(data, t.getObject(), typeCache));
        });
        List<ReportEntry> out = new ArrayList<>();
        for (Finding f : findings.values()) {
            ReportEntry e = ReportEntry.create().focusNode(f.focus).resultPath(new P_Link(f.path)).severity(f.severity)
                    .message(f.message + (f.count > 1 ? " (" + f.count + " uses; first shown)" : ""))
                    .source(SHAPE).sourceConstraintComponent(COMPONENT);
            if (f.value != null) e.value(f.value);
            out.add(e);
        }
        return out;
    }

    private void checkDomain(Map<String, Finding> findings, Triple t, Set<Node> subjectTypes) {
        Set<Node> expected = domains.get(t.getPredicate());
        if (expected == null || subjectTypes.isEmpty() || isRole(subjectTypes) || fits(subjectTypes, expected)) return;
        Node p = t.getPredicate();
        note(findings, "d|" + p + "|" + subjectTypes, () -> new Finding(Severity.Warning, t.getSubject(), p, null,
                short_(p) + " is used on " + names(subjectTypes) + ", but schema.org expects it on " + names(expected)));
    }

    private void checkRange(Map<String, Finding> findings, Triple t, Set<Node> objectTypes) {
        Set<Node> expected = ranges.get(t.getPredicate());
        if (expected == null || objectTypes.isEmpty() || isRole(objectTypes) || fits(objectTypes, expected)) return;
        Node p = t.getPredicate();
        note(findings, "r|" + p + "|" + objectTypes, () -> new Finding(Severity.Warning, t.getSubject(), p, t.getObject(),
                short_(p) + " has a value of type " + names(objectTypes) + ", but schema.org expects " + names(expected)));
    }

    private static void note(Map<String, Finding> findings, String key, java.util.function.Supplier<Finding> f) {
        Finding old = findings.get(key);
        if (old != null) old.count++;
        else findings.put(key, f.get());
    }

    private Set<Node> types(Graph data, Node n, Map<Node, Set<Node>> cache) {
        Set<Node> hit = cache.get(n);
        if (hit != null) return hit;
        Set<Node> ts = data.find(n, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toSet();
        if (cache.size() > 100_000) cache.clear();
        cache.put(n, ts);
        return ts;
    }

    private boolean isRole(Set<Node> types) {
        return types.stream().anyMatch(t -> ancestors(t).contains(SDO.Role));
    }

    /** Some type is (a subclass of) some expected class. */
    private boolean fits(Set<Node> types, Set<Node> expected) {
        for (Node t : types) {
            for (Node a : ancestors(t)) if (expected.contains(a)) return true;
        }
        return false;
    }

    private final Map<Node, Set<Node>> ancestorCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The class and all its superclasses. */
    Set<Node> ancestors(Node c) {
        Set<Node> hit = ancestorCache.get(c);
        if (hit != null) return hit;
        Set<Node> seen = new HashSet<>();
        ArrayList<Node> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            Node x = todo.remove(todo.size() - 1);
            if (seen.add(x)) todo.addAll(superClasses.getOrDefault(x, Set.of()));
        }
        ancestorCache.put(c, seen);
        return seen;
    }

    static boolean inCheckedNamespace(Node n) {
        return n.isURI() && CHECKED_NAMESPACES.stream().anyMatch(ns -> n.getURI().startsWith(ns));
    }

    /** "; did you mean schema:headline?" when a known term differs only in case. */
    private static String suggestion(Node unknown, Set<Node> known) {
        String u = unknown.getURI();
        return known.stream().filter(k -> k.isURI() && k.getURI().equalsIgnoreCase(u)).findFirst()
                .map(k -> "; did you mean " + short_(k) + "?").orElse("");
    }

    private static String vocabularyOf(Node n) {
        String u = n.getURI();
        if (u.startsWith(SDO.NS)) return "schema.org " + SchemaOrgTermsGenerator.RELEASE;
        if (u.startsWith(NG.NS)) return "the newsgraph ontology (ontology/newsgraph.ttl)";
        return "newsgraph's allow-list of reused terms (ontology/reused-terms.ttl)";
    }

    private static String short_(Node n) {
        String u = n.getURI();
        return u.startsWith(SDO.NS) ? "schema:" + u.substring(SDO.NS.length()) : u;
    }

    private static String names(Set<Node> nodes) {
        return nodes.stream().map(VocabularyCheck::short_).sorted().collect(Collectors.joining(" or "));
    }
}
