package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.newsgraph.nlp.EntityType;

/**
 * Reads gold standards: ELEVANT JSON Lines ({@link #elevant}) or NIF 2.0 in any RDF syntax ({@link #nif}).
 *
 * <pre>
 *   List&lt;GoldDocument&gt; gold = GoldReader.elevant(Path.of("news-fair-v2.benchmark.jsonl"));
 * </pre>
 */
public final class GoldReader {
    private GoldReader() {}

    /** Wikidata classes ELEVANT types use, mapped to ours. */
    private static final Map<String, EntityType> ELEVANT_TYPES = Map.of(
            "Q215627", EntityType.PERSON, "Q27096213", EntityType.PLACE, "Q43229", EntityType.ORGANIZATION);

    /** Our types of an ELEVANT type string ({@code "Q27096213|Q43229"}): each part mapped, others ignored. */
    public static Set<EntityType> elevantTypes(String type) {
        Set<EntityType> s = EnumSet.noneOf(EntityType.class);
        if (type != null) for (String q : type.split("\\|")) {
            EntityType t = ELEVANT_TYPES.get(q.strip());
            if (t != null) s.add(t);
        }
        return s;
    }

    /**
     * ELEVANT JSON Lines: {@code {"id", "text", "evaluation_span": [b, e], "labels": [{"span": [b, e], "entity_id",
     * "type", "coref", "optional"}]}}. Labels outside the evaluation span are dropped.
     *
     * @throws IllegalArgumentException naming file and line on a malformed record
     */
    public static List<GoldDocument> elevant(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldDocument> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) continue;
                try {
                    docs.add(elevantDocument(json.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException(file + ":" + no + ": not an ELEVANT record: " + e.getMessage(), e);
                }
            }
        }
        return docs;
    }

    static GoldDocument elevantDocument(JsonNode d) {
        String text = d.get("text").asText();
        JsonNode span = d.get("evaluation_span");
        int eb = span == null ? 0 : span.get(0).asInt(), ee = span == null ? text.length() : span.get(1).asInt();
        List<GoldLabel> labels = new ArrayList<>();
        for (JsonNode l : d.path("labels")) {
            int b = l.get("span").get(0).asInt(), e = l.get("span").get(1).asInt();
            if (b < eb || e > ee) continue;
            Set<EntityType> types = elevantTypes(l.path("type").asText(null));
            String id = l.path("entity_id").asText(null);
            boolean nil = id == null || id.equals("<NIL>");
            boolean scored = !types.isEmpty() && !nil && !l.path("coref").asBoolean(false) && !l.path("optional").asBoolean(false);
            labels.add(new GoldLabel(b, e, types, scored, nil ? null : id, l.path("name").asText(null)));
        }
        return new GoldDocument(d.get("id").asText(), text, eb, ee, labels);
    }

    /**
     * NIF 2.0: each {@code nif:Context} with its {@code nif:isString} is a document; each string with
     * {@code nif:referenceContext}, offsets and {@code itsrdf:taIdentRef} a label. The type comes from
     * {@code itsrdf:taClassRef} when given (DBpedia ontology or schema.org Person / Organisation / Place); without
     * one, any of our types is accepted, so typed scores equal span scores.
     */
    public static List<GoldDocument> nif(Path file) {
        Dataset ds = RDFDataMgr.loadDataset(file.toString());
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                SELECT ?ctx ?text ?b ?e ?ref ?cls WHERE {
                  { ?ctx nif:isString ?text }
                  UNION { GRAPH ?g { ?ctx nif:isString ?text } }
                  OPTIONAL {
                    { ?m nif:referenceContext ?ctx ; nif:beginIndex ?b ; nif:endIndex ?e .
                      OPTIONAL { ?m itsrdf:taIdentRef ?ref } OPTIONAL { ?m itsrdf:taClassRef ?cls } }
                    UNION { GRAPH ?g2 { ?m nif:referenceContext ?ctx ; nif:beginIndex ?b ; nif:endIndex ?e .
                      OPTIONAL { ?m itsrdf:taIdentRef ?ref } OPTIONAL { ?m itsrdf:taClassRef ?cls } } }
                  }
                } ORDER BY ?ctx ?b ?e""";
        Map<String, List<GoldLabel>> labels = new java.util.LinkedHashMap<>();
        Map<String, String> texts = new java.util.HashMap<>();
        Map<String, Set<EntityType>> types = new java.util.HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String ctx = s.getResource("ctx").toString();
                texts.put(ctx, s.getLiteral("text").getLexicalForm());
                List<GoldLabel> l = labels.computeIfAbsent(ctx, k -> new ArrayList<>());
                if (!s.contains("b")) continue;
                int b = s.getLiteral("b").getInt(), e = s.getLiteral("e").getInt();
                String key = ctx + "#" + b + "," + e;
                Set<EntityType> ty = types.computeIfAbsent(key, k -> EnumSet.noneOf(EntityType.class));
                if (s.contains("cls")) {
                    EntityType t = classType(s.getResource("cls").getURI());
                    if (t != null) ty.add(t);
                }
                String ref = s.contains("ref") ? s.get("ref").toString() : null;
                l.removeIf(g -> g.begin() == b && g.end() == e);
                boolean nil = ref == null || ref.contains("/notInWiki") || ref.contains("/NIL");
                l.add(new GoldLabel(b, e, ty.isEmpty() ? EnumSet.allOf(EntityType.class) : EnumSet.copyOf(ty), !nil, nil ? null : ref));
            }
        }
        List<GoldDocument> docs = new ArrayList<>();
        labels.forEach((ctx, l) -> docs.add(new GoldDocument(ctx, texts.get(ctx), 0, texts.get(ctx).length(), l)));
        return docs;
    }

    private static EntityType classType(String uri) {
        String local = uri.substring(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#')) + 1);
        return switch (local) {
            case "Person", "Q215627", "Q5" -> EntityType.PERSON;
            case "Organisation", "Organization", "Q43229" -> EntityType.ORGANIZATION;
            case "Place", "Location", "Q27096213", "Q2221906" -> EntityType.PLACE;
            default -> null;
        };
    }
}
