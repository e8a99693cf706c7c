package org.newsgraph.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A saved SPARQL query: a {@code queries/<name>.rq} file with a grlc-style header ({@code #+ summary:},
 * {@code #+ description:}, {@code #+ tags:}, {@code #+ defaults:}, {@code #+ pagination:}, {@code #+ enumerate:};
 * the {@code #+} lines together are YAML), the parsed query, and its parameters, read from the variable names
 * ({@code ?_person_iri} required, {@code ?__since_xsd_date} optional; see {@link ParamType}).
 *
 * <pre>
 *   SavedQuery q = SavedQuery.parse("quotes-by-person", Files.readString(path));
 *   Query bound = q.bind(Map.of("person", "https://w3id.org/newsgraph/id/entity/Xi_Jinping")).query();
 * </pre>
 */
public final class SavedQuery {
    /** Tag marking a query that calls a remote SERVICE and needs the network. */
    public static final String FEDERATED_TAG = "federated";
    /** The parameter that selects the page of a paginated query (1-based). */
    public static final String PAGE_PARAM = "page";
    /** The longest parameter name or value accepted (characters); a longer one is a bad parameter. */
    public static final int MAX_VALUE_LENGTH = 2000;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String name;
    private final String text;
    private final Query query;
    private final String summary;
    private final String description;
    private final List<String> tags;
    private final Map<String, String> defaults;
    private final Integer pagination;
    private final List<String> enumerate;
    private final List<ParamSpec> params;
    private final boolean federated;

    private SavedQuery(String name, String text, Query query, JsonNode header) {
        this.name = name;
        this.text = text;
        this.query = query;
        this.summary = header.path("summary").asText(name);
        this.description = header.path("description").asText("").strip();
        this.tags = Collections.unmodifiableList(strings(header.path("tags")));
        this.enumerate = Collections.unmodifiableList(strings(header.path("enumerate")));
        this.pagination = header.hasNonNull("pagination") ? header.get("pagination").asInt() : null;
        if (pagination != null && pagination <= 0)
            throw new IllegalArgumentException(name + ": '#+ pagination:' must be a positive integer");
        this.params = List.copyOf(paramsOf(query));
        this.defaults = Collections.unmodifiableMap(defaultsOf(header.path("defaults")));
        this.federated = tags.contains(FEDERATED_TAG) || hasService(query);
        for (Map.Entry<String, String> d : defaults.entrySet()) {
            ParamSpec p = param(d.getKey());
            if (p == null)
                throw new IllegalArgumentException(name + ": '#+ defaults:' names '" + d.getKey() + "', which is not a parameter");
            p.toNode(d.getValue()); // a default must fit its type
        }
    }

    /** Parses a saved query; {@code name} is the file name without {@code .rq}. */
    public static SavedQuery parse(String name, String text) {
        JsonNode header;
        try {
            String yaml = header(text);
            header = yaml.isBlank() ? YAML.createObjectNode() : YAML.readTree(yaml);
            if (header == null || header.isMissingNode() || header.isNull()) header = YAML.createObjectNode();
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ".rq: bad '#+' header: " + e.getMessage(), e);
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(name + ".rq: " + e.getMessage(), e);
        }
        return new SavedQuery(name, text, query, header);
    }

    /** Reads and parses {@code file} ({@code <name>.rq}). */
    public static SavedQuery read(Path file) {
        String fn = file.getFileName().toString();
        try {
            return parse(fn.endsWith(".rq") ? fn.substring(0, fn.length() - 3) : fn, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The {@code #+} lines without the marker, as one YAML text. */
    static String header(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\\R")) {
            String l = line.stripLeading();
            if (!l.startsWith("#+")) continue;
            String rest = l.substring(2);
            sb.append(rest.startsWith(" ") ? rest.substring(1) : rest).append('\n');
        }
        return sb.toString();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) n.forEach(e -> out.add(e.asText()));
        else if (n.isValueNode()) for (String s : n.asText().split(",")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    private static Map<String, String> defaultsOf(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        List<JsonNode> maps = new ArrayList<>();
        if (n.isArray()) n.forEach(maps::add); else if (n.isObject()) maps.add(n);
        for (JsonNode m : maps) {
            for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), e.getValue().asText());
            }
        }
        return out;
    }

    /** Every variable the query mentions whose name starts with {@code _}, in order of first appearance. */
    private static List<ParamSpec> paramsOf(Query query) {
        Set<String> seen = new LinkedHashSet<>();
        // Walk the query with the same machinery that substitutes values: what it visits is what can be bound.
        QueryTransformOps.transform(query, (Node n) -> {
            if (Var.isVar(n) && n.getName().startsWith("_")) seen.add(n.getName());
            return n;
        });
        Map<String, ParamSpec> byName = new LinkedHashMap<>();
        for (String v : seen) {
            ParamSpec p = ParamType.specOf(v);
            ParamSpec old = byName.putIfAbsent(p.name(), p);
            if (old != null && !old.variable().equals(p.variable()))
                throw new IllegalArgumentException("variables ?" + old.variable() + " and ?" + p.variable()
                        + " both name the parameter '" + p.name() + "'");
        }
        return new ArrayList<>(byName.values());
    }

    private static boolean hasService(Query query) {
        boolean[] found = {false};
        if (query.getQueryPattern() != null)
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override public void visit(ElementService el) { found[0] = true; }
            });
        return found[0];
    }

    /**
     * Binds raw parameter values (by parameter name) on a copy of the parsed query. Every value is checked against
     * its type first; any problem throws {@link BadParameterException} and nothing is bound. Optional parameters
     * without a value take their {@code #+ defaults:} value or stay unbound. {@value #PAGE_PARAM} selects the page of
     * a paginated query.
     */
    public BoundQuery bind(Map<String, String> values) {
        Map<String, String> given = values == null ? Map.of() : values;
        Map<Var, Node> binding = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (e.getKey().length() > MAX_VALUE_LENGTH)
                throw new BadParameterException(e.getKey().substring(0, 40) + "…", "parameter name longer than "
                        + MAX_VALUE_LENGTH + " characters");
            if (e.getValue() != null && e.getValue().length() > MAX_VALUE_LENGTH)
                throw new BadParameterException(e.getKey(), "value of " + e.getValue().length() + " characters; at most "
                        + MAX_VALUE_LENGTH + " are accepted");
        }
        for (String k : given.keySet()) {
            if (param(k) == null && !(k.equals(PAGE_PARAM) && pagination != null))
                throw new BadParameterException(k, "unknown parameter of query '" + name + "'"
                        + (params.isEmpty() ? " (it has none)" : "; it takes " + paramNames()));
        }
        for (ParamSpec p : params) {
            String raw = given.containsKey(p.name()) ? given.get(p.name()) : defaults.get(p.name());
            if (raw == null) {
                if (p.required()) throw new BadParameterException(p.name(), "required (" + p.type().expected() + ")");
                continue;
            }
            binding.put(p.var(), p.toNode(raw));
        }
        long page = 1;
        if (given.containsKey(PAGE_PARAM)) {
            try {
                page = Long.parseLong(given.get(PAGE_PARAM));
            } catch (NumberFormatException e) {
                page = 0;
            }
            if (page < 1) throw new BadParameterException(PAGE_PARAM, "'" + given.get(PAGE_PARAM) + "' is not a page number (1, 2, ...)");
        }
        Query bound = binding.isEmpty() ? query.cloneQuery() : QueryTransformOps.transform(query, binding);
        if (pagination != null) {
            bound.setLimit(pagination);
            if (page > 1) {
                try {
                    bound.setOffset(Math.multiplyExact(page - 1, (long) pagination));
                } catch (ArithmeticException e) {
                    throw new BadParameterException(PAGE_PARAM, "page " + page + " is beyond any result ("
                            + pagination + " rows a page)");
                }
            }
        }
        return new BoundQuery(this, bound, Collections.unmodifiableMap(binding), page);
    }

    private String paramNames() {
        List<String> names = new ArrayList<>();
        for (ParamSpec p : params) names.add(p.name());
        if (pagination != null) names.add(PAGE_PARAM);
        return String.join(", ", names);
    }

    /** The parameter called {@code name}, or null. */
    public ParamSpec param(String name) {
        for (ParamSpec p : params) if (p.name().equals(name)) return p;
        return null;
    }

    public String name() { return name; }

    /** The file text, header and comments included. */
    public String text() { return text; }

    /** The parsed query (unbound). Do not modify; {@link #bind} works on a copy. */
    public Query query() { return query; }

    public String summary() { return summary; }

    public String description() { return description; }

    public List<String> tags() { return tags; }

    public Map<String, String> defaults() { return defaults; }

    /** Rows per page, or null when the query is not paginated. */
    public Integer pagination() { return pagination; }

    public List<String> enumerate() { return enumerate; }

    public List<ParamSpec> params() { return params; }

    /** True when the query calls a remote {@code SERVICE} (needs the network; not run by default). */
    public boolean federated() { return federated; }

    /** SELECT, ASK, CONSTRUCT or DESCRIBE. */
    public String form() {
        return query.isSelectType() ? "SELECT" : query.isAskType() ? "ASK" : query.isConstructType() ? "CONSTRUCT" : "DESCRIBE";
    }

    @Override
    public String toString() { return "SavedQuery[" + name + "]"; }
}
