package org.newsgraph.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the saved-query catalogue from the query headers: Markdown ({@code queries/README.md}), JSON (for
 * {@code GET /queries}; the HTML page is {@code org.newsgraph.web.QueryPages}). Nothing here is written by hand elsewhere: change a header, regenerate.
 *
 * <pre>
 *   String md = CatalogWriter.markdown(SavedQueryCatalog.load());
 * </pre>
 */
public final class CatalogWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CatalogWriter() {}

    /** The catalogue as Markdown: an index table, then one section per query. */
    public static String markdown(SavedQueryCatalog catalog) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Saved queries\n\n");
        sb.append("<!-- Generated from the #+ headers of queries/*.rq by `newsgraph query --catalog > queries/README.md`.\n");
        sb.append("     Do not edit by hand: a test fails when this file is stale. -->\n\n");
        sb.append("Run one with `newsgraph query NAME --param name=value ...` or `GET /queries/NAME?name=value` on a running\n");
        sb.append("`newsgraph serve`; see [docs/queries.md](../docs/queries.md). Parameters marked *required* must be given;\n");
        sb.append("the others may be left out (they then match everything, or take the default shown).\n\n");
        sb.append("| query | summary | parameters | tags |\n|---|---|---|---|\n");
        for (SavedQuery q : catalog.all()) {
            List<String> ps = new ArrayList<>();
            for (ParamSpec p : q.params()) ps.add("`" + p.name() + "`" + (p.required() ? "*" : ""));
            if (q.pagination() != null) ps.add("`page`");
            sb.append("| [").append(q.name()).append("](#").append(q.name()).append(") | ").append(cell(q.summary()))
                    .append(" | ").append(String.join(", ", ps)).append(" | ").append(cell(String.join(", ", q.tags()))).append(" |\n");
        }
        sb.append("\n\\* required\n");
        for (SavedQuery q : catalog.all()) {
            sb.append("\n## ").append(q.name()).append("\n\n");
            sb.append("**").append(q.summary().strip()).append("** — ").append(q.form()).append(", [`").append(q.name())
                    .append(".rq`](").append(q.name()).append(".rq)");
            if (q.federated()) sb.append(" — *federated: needs network access; not run by default*");
            sb.append("\n\n");
            if (!q.description().isEmpty()) sb.append(q.description().strip()).append("\n\n");
            if (!q.params().isEmpty() || q.pagination() != null) {
                sb.append("| parameter | type | required | default |\n|---|---|---|---|\n");
                for (ParamSpec p : q.params())
                    sb.append("| `").append(p.name()).append("` | ").append(p.typeLabel()).append(" | ")
                            .append(p.required() ? "yes" : "no").append(" | ")
                            .append(q.defaults().containsKey(p.name()) ? "`" + cell(q.defaults().get(p.name())) + "`" : "")
                            .append(" |\n");
                if (q.pagination() != null)
                    sb.append("| `page` | xsd:integer | no | `1` (").append(q.pagination()).append(" rows per page) |\n");
                sb.append('\n');
            }
            sb.append("Tags: ").append(String.join(", ", q.tags())).append("\n\n");
            sb.append("```\nnewsgraph query ").append(q.name());
            for (ParamSpec p : q.params()) if (p.required()) sb.append(" --param ").append(p.name()).append("=").append(example(p));
            sb.append("\n```\n");
        }
        return sb.toString();
    }

    private static String example(ParamSpec p) {
        return switch (p.type()) {
            case IRI -> p.name().contains("article") ? "https://w3id.org/newsgraph/id/article/ffb239e8a918e11d"
                    : "https://w3id.org/newsgraph/id/entity/Xi_Jinping";
            case DATE -> "2023-03-01";
            case DATETIME -> "2023-03-01T00:00:00Z";
            case INTEGER -> "10";
            case DECIMAL -> "0.5";
            case BOOLEAN -> "true";
            default -> p.name().equals("q") ? "'\"peace deal\"'" : "Xi";
        };
    }

    private static String cell(String s) {
        return s.strip().replace("\n", " ").replace("|", "\\|");
    }

    /** The catalogue as JSON: {@code {"queries": [{name, summary, ..., params: [...]}]}}; {@code base} prefixes the links. */
    public static String json(SavedQueryCatalog catalog, String base) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("queries");
        for (SavedQuery q : catalog.all()) {
            ObjectNode o = arr.addObject();
            o.put("name", q.name());
            o.put("summary", q.summary());
            o.put("description", q.description());
            o.put("form", q.form());
            o.put("federated", q.federated());
            o.put("href", base + q.name());
            ArrayNode tags = o.putArray("tags");
            q.tags().forEach(tags::add);
            if (q.pagination() != null) o.put("pagination", q.pagination());
            ArrayNode ps = o.putArray("params");
            for (ParamSpec p : q.params()) {
                ObjectNode po = ps.addObject();
                po.put("name", p.name());
                po.put("variable", "?" + p.variable());
                po.put("type", p.typeLabel());
                po.put("required", p.required());
                if (q.defaults().containsKey(p.name())) po.put("default", q.defaults().get(p.name()));
                if (q.enumerate().contains(p.name())) po.put("enumerate", true);
            }
            o.put("query", q.text());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
