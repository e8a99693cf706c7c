package org.newsgraph.validate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.pipeline.Conversion;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.read.InputSource;
import org.newsgraph.sink.OutputFormat;
import org.newsgraph.sink.RdfFileSink;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.SDO;

/**
 * Generates the term tables and the worked example of {@code ontology/README.md} from the ontology, the allow-list,
 * the shapes, {@link SDO} and a real conversion. Each generated part sits between
 * {@code <!-- BEGIN GENERATED name -->} and {@code <!-- END GENERATED name -->}; the rest of the file is hand-written
 * and kept. {@code OntologyDocsTest} fails when the README is stale.
 *
 * <pre>
 *   java -cp target/newsgraph.jar org.newsgraph.validate.OntologyDocs ontology/README.md \
 *       src/test/resources/validate/article.txt src/test/resources/validate/enriched.trig
 * </pre>
 */
public final class OntologyDocs {
    private OntologyDocs() {}
    static { JenaSystem.init(); } // before any vocabulary class (avoids a class-initialisation cycle)


    private static final Pattern BLOCK = Pattern.compile(
            "(<!-- BEGIN GENERATED (\\S+) -->\\n)(.*?)(<!-- END GENERATED \\2 -->)", Pattern.DOTALL);
    /** schema.org's own schema terms that {@link SDO} holds for the vocabulary check, not for the data. */
    private static final Set<String> META = Set.of("domainIncludes", "rangeIncludes", "DataType");

    private static final PrefixMap PREFIXES = Prefixes.forBase(NG.DEFAULT_BASE);

    /** The README text with every generated block replaced by its current content. */
    public static String render(String readme, Path article, Path fullModel) throws IOException {
        Matcher m = BLOCK.matcher(readme);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String body = block(m.group(2), article, fullModel);
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + body + m.group(4)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String block(String name, Path article, Path fullModel) throws IOException {
        return switch (name) {
            case "example" -> "```turtle\n" + example(article).strip() + "\n```\n";
            case "full-model" -> "```turtle\n" + Files.readString(fullModel).strip() + "\n```\n";
            case "ng-terms" -> ngTerms();
            case "schema-terms" -> schemaTerms();
            case "reused-terms" -> reusedTerms();
            case "shapes" -> shapes();
            default -> throw new IllegalArgumentException("Unknown generated block " + name);
        };
    }

    /** What {@code newsgraph convert ARTICLE} prints. */
    static String example(Path article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RdfFileSink sink = RdfFileSink.create(out, OutputFormat.TURTLE).prefixes(PREFIXES).build()) {
            Conversion.create().mapper(ArticleMapper.create().build()).sink(sink).run(List.of(InputSource.of(article)));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static String ngTerms() {
        Graph g = Vocabularies.ontology();
        StringBuilder sb = new StringBuilder("| term | kind | domain → range | sub-of | meaning |\n|---|---|---|---|---|\n");
        for (Node t : subjects(g, NG.NS)) {
            String kind = g.contains(t, RDF.type.asNode(), OWL.Class.asNode()) ? "class" : "property";
            String dr = kind.equals("class") ? "" : values(g, t, RDFS.domain.asNode()) + " → " + values(g, t, RDFS.range.asNode());
            String sup = values(g, t, RDFS.subClassOf.asNode()) + values(g, t, RDFS.subPropertyOf.asNode());
            sb.append("| `").append(abbrev(t)).append("` | ").append(kind).append(" | ").append(dr).append(" | ")
                    .append(sup).append(" | ").append(cell(literal(g, t, RDFS.comment.asNode()))).append(" |\n");
        }
        return sb.toString();
    }

    static String schemaTerms() {
        Graph s = Vocabularies.schemaOrgTerms();
        Set<String> constrained = shapePaths();
        List<String> classes = new ArrayList<>(), properties = new ArrayList<>();
        for (Field f : SDO.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Node.class || META.contains(f.getName())) continue;
            (Character.isUpperCase(f.getName().charAt(0)) ? classes : properties).add(f.getName());
        }
        StringBuilder sb = new StringBuilder("Classes: ");
        sb.append(classes.stream().sorted().map(c -> link(c) + (c.equals("Thing") ? "" : " (sub-class of " + values(s, node(c), RDFS.subClassOf.asNode()) + ")"))
                .collect(Collectors.joining(", "))).append(".\n\n");
        sb.append("| property | schema.org expects it on | values | constrained by a shape |\n|---|---|---|---|\n");
        for (String p : properties.stream().sorted().toList()) {
            sb.append("| ").append(link(p)).append(" | ").append(values(s, node(p), SDO.domainIncludes, 6)).append(" | ")
                    .append(values(s, node(p), SDO.rangeIncludes, 6)).append(" | ")
                    .append(constrained.contains(SDO.NS + p) ? "yes" : "").append(" |\n");
        }
        return sb.toString();
    }

    static String reusedTerms() {
        Graph g = Vocabularies.reusedTerms();
        StringBuilder sb = new StringBuilder("| vocabulary | classes | properties |\n|---|---|---|\n");
        Set<Node> defs = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        g.find(Node.ANY, RDFS.isDefinedBy.asNode(), Node.ANY).forEachRemaining(t -> defs.add(t.getObject()));
        for (Node d : defs) {
            List<Node> terms = g.find(Node.ANY, RDFS.isDefinedBy.asNode(), d).mapWith(Triple::getSubject).toList();
            String cls = terms.stream().filter(t -> g.contains(t, RDF.type.asNode(), RDFS.Class.asNode()))
                    .map(t -> "`" + abbrev(t) + "`").sorted().collect(Collectors.joining(", "));
            String props = terms.stream().filter(t -> g.contains(t, RDF.type.asNode(), RDF.Property.asNode()))
                    .map(t -> "`" + abbrev(t) + "`").sorted().collect(Collectors.joining(", "));
            sb.append("| <").append(d.getURI()).append("> | ").append(cls).append(" | ").append(props).append(" |\n");
        }
        return sb.toString();
    }

    static String shapes() {
        String q = """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                SELECT ?shape ?target ?subjectsOf ?path ?severity ?message WHERE {
                  ?shape a sh:NodeShape .
                  OPTIONAL { { ?shape sh:targetClass ?target } UNION { ?shape sh:targetSubjectsOf ?subjectsOf } }
                  { ?shape sh:property ?p . ?p sh:path ?path . OPTIONAL { ?p sh:severity ?severity } OPTIONAL { ?p sh:message ?message } }
                  UNION
                  { ?shape sh:sparql ?c . OPTIONAL { ?c sh:severity ?severity } ?c sh:message ?message }
                }""";
        StringBuilder sb = new StringBuilder("| shape | applies to | path | severity | rule (message) |\n|---|---|---|---|---|\n");
        record Row(String shape, Set<String> targets, String path, String severity, String message) {}
        java.util.Map<String, Row> rows = new java.util.TreeMap<>();
        try (QueryExecution qe = QueryExecution.create(q, ModelFactory.createModelForGraph(Vocabularies.shapes()))) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String shape = abbrev(s.getResource("shape").asNode());
                String path = s.contains("path") ? "`" + abbrev(s.get("path").asNode()) + "`" : "(SPARQL)";
                boolean nested = !s.contains("target") && !s.contains("subjectsOf");
                String sev = nested ? "(as used)" : s.contains("severity") ? s.getResource("severity").getLocalName() : "Violation";
                String msg = s.contains("message") ? s.getLiteral("message").getLexicalForm() : "";
                String target = s.contains("target") ? "`" + abbrev(s.get("target").asNode()) + "`"
                        : s.contains("subjectsOf") ? "subjects of `" + abbrev(s.get("subjectsOf").asNode()) + "`"
                        : "nodes it is applied to with `sh:node`";
                rows.computeIfAbsent(shape + "|" + path + "|" + sev + "|" + msg, k -> new Row(shape, new TreeSet<>(), path, sev, msg))
                        .targets().add(target);
            }
        }
        for (Row r : rows.values())
            sb.append("| `").append(r.shape()).append("` | ").append(String.join(", ", r.targets())).append(" | ").append(r.path())
                    .append(" | ").append(r.severity()).append(" | ").append(cell(r.message())).append(" |\n");
        return sb.toString();
    }

    private static Set<String> shapePaths() {
        Set<String> out = new TreeSet<>();
        Vocabularies.shapes().find(Node.ANY, NodeFactoryHolder.PATH, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) out.add(t.getObject().getURI());
        });
        return out;
    }

    private static final class NodeFactoryHolder {
        static final Node PATH = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#path");
    }

    private static List<Node> subjects(Graph g, String ns) {
        return g.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject)
                .filterKeep(n -> n.isURI() && n.getURI().startsWith(ns)).toSet().stream()
                .sorted(java.util.Comparator.comparing((Node n) -> !g.contains(n, RDF.type.asNode(), OWL.Class.asNode()))
                        .thenComparing(Node::getURI))
                .toList();
    }

    private static Node node(String local) { return org.apache.jena.graph.NodeFactory.createURI(SDO.NS + local); }

    private static String link(String local) { return "[`schema:" + local + "`](https://schema.org/" + local + ")"; }

    private static String values(Graph g, Node s, Node p) { return values(g, s, p, Integer.MAX_VALUE); }

    private static String values(Graph g, Node s, Node p, int max) {
        List<String> v = g.find(s, p, Node.ANY).mapWith(t -> abbrev(t.getObject())).toList().stream().sorted().toList();
        String shown = v.stream().limit(max).map(x -> "`" + x + "`").collect(Collectors.joining(", "));
        return v.size() > max ? shown + " and " + (v.size() - max) + " more" : shown;
    }

    private static String literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }

    private static String abbrev(Node n) {
        if (!n.isURI()) return n.toString();
        if (n.getURI().startsWith(Vocabularies.SHAPES_NS)) return "nsh:" + n.getURI().substring(Vocabularies.SHAPES_NS.length());
        String a = PREFIXES.abbreviate(n.getURI());
        return a != null ? a : n.getURI();
    }

    private static String cell(String s) { return s.replaceAll("\\s+", " ").replace("|", "\\|").strip(); }

    public static void main(String[] args) throws IOException {
        JenaSystem.init();
        if (args.length != 3) {
            System.err.println("usage: OntologyDocs README.md ARTICLE.txt FULL_MODEL.trig");
            System.exit(2);
        }
        Path readme = Path.of(args[0]);
        Files.writeString(readme, render(Files.readString(readme), Path.of(args[1]), Path.of(args[2])));
    }
}
