package org.newsgraph.web;

import static org.newsgraph.web.PageData.lex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * What the home page shows: how many articles, people, organisations and places the store holds (the article index),
 * the newest articles, the people most mentioned in the month of the newest article ({@code people-most-mentioned}),
 * and the ways in: full-text search, the saved queries, the SPARQL editor.
 */
public record HomePage(long articles, long people, long organizations, long places, List<Row> newest,
        String month, List<EntityPage.Count> mostMentioned, List<QueryLink> queries) {

    public record Row(Link article, String day, String publisher) {}

    public record QueryLink(String href, String name, String summary) {}

    static HomePage of(PageData data, LocalPaths paths, String queriesPath) {
        long articles = count(data, "SELECT (COUNT(*) AS ?n) { (?a ?d) ngf:articles (?e ?p ?s ?u \"newest\") }");
        long people = count(data, "SELECT (COUNT(*) AS ?n) { (?e ?c) ngf:entityCounts (schema:Person) }");
        long orgs = count(data, "SELECT (COUNT(*) AS ?n) { (?e ?c) ngf:entityCounts (schema:Organization) }");
        long places = count(data, "SELECT (COUNT(*) AS ?n) { (?e ?c) ngf:entityCounts (schema:Place) }");
        List<Row> newest = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String lastDay = null;
        for (QuerySolution r : data.select("""
                SELECT ?a ?day ?headline ?publisher {
                  { SELECT ?a ?day { (?a ?day) ngf:articles (?e ?p ?s ?u "newest") } LIMIT 10 }
                  OPTIONAL { GRAPH ?a { ?a schema:headline ?headline } }
                  OPTIONAL { GRAPH ?a { ?a schema:publisher/schema:name ?publisher } }
                }""", null)) {
            String a = lex(r, "a");
            if (!seen.add(a)) continue;
            if (lastDay == null) lastDay = lex(r, "day");
            newest.add(new Row(new Link(lex(r, "headline") == null ? a : lex(r, "headline"), paths.href(a)),
                    lex(r, "day"), lex(r, "publisher")));
        }
        String month = null;
        List<EntityPage.Count> most = new ArrayList<>();
        if (lastDay != null && lastDay.length() >= 7) {
            try {
                YearMonth ym = YearMonth.parse(lastDay.substring(0, 7));
                LocalDate from = ym.atDay(1), to = ym.atEndOfMonth();
                most = mostMentioned(data, paths, Map.of("since", from.toString(), "until", to.toString()));
                month = ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear();
            } catch (RuntimeException e) {
                most = List.of();
            }
        }
        if (most.isEmpty()) { // nobody in the newest month: over the whole store
            most = mostMentioned(data, paths, Map.of());
            month = null;
        }
        List<QueryLink> queries = new ArrayList<>();
        data.catalog().all().forEach(q -> queries.add(new QueryLink(queriesPath + q.name(), q.name(), q.summary())));
        return new HomePage(articles, people, orgs, places, newest, month, most, queries);
    }

    /** The first ten rows of {@code people-most-mentioned} with these parameters. */
    private static List<EntityPage.Count> mostMentioned(PageData data, LocalPaths paths, Map<String, String> params) {
        List<EntityPage.Count> out = new ArrayList<>();
        for (Binding b : data.saved("people-most-mentioned", params).rows()) {
            if (out.size() == 10) break;
            out.add(new EntityPage.Count(new Link(lex(b, "name"), paths.href(lex(b, "person")), Kinds.PERSON),
                    Integer.parseInt(lex(b, "articles"))));
        }
        return out;
    }

    private static long count(PageData data, String sparql) {
        List<QuerySolution> r = data.select(sparql, null);
        return r.isEmpty() || r.get(0).get("n") == null ? 0 : r.get(0).getLiteral("n").getLong();
    }
}
