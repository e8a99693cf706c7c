package org.newsgraph.web;

import static org.newsgraph.web.PageData.lex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newsgraph.query.SavedQueryRunner;

/**
 * What the entity page shows: name, type, links out (Wikidata, DBpedia, Wikipedia, GeoNames, a map position), the
 * articles about or mentioning it, newest first and paged ({@code articles-about-person}), the people
 * ({@code people-mentioned-with}) and organisations it appears with, its titles ({@code person-titles}) and quotations
 * ({@code quotes-by-person}), and its mentions over time. Everything per-article comes from the saved queries and the
 * article index, not from the entity node.
 */
public record EntityPage(String iri, String name, List<String> alternateNames, String type, String kind,
        List<Link> linksOut, String coordinates, List<ArticleRow> articles, int page, String previousPage,
        String nextPage, List<Count> people, List<Count> organizations, List<Title> titles, List<Quote> quotes,
        MentionChart chart, String turtle, String jsonld) {

    public record ArticleRow(Link article, String day, String relation, String publisher) {}

    public record Count(Link entity, int articles) {}

    public record Title(String title, String organization, String day, Link article) {}

    public record Quote(String text, String day, Link article) {}

    static EntityPage of(PageData data, String iri, int page, String selfPath, LocalPaths paths) {
        Node self = NodeFactory.createURI(iri);
        List<String> names = new ArrayList<>();
        for (QuerySolution r : data.select("SELECT ?n (COUNT(?g) AS ?c) { GRAPH ?g { ?this schema:name ?n } } "
                + "GROUP BY ?n ORDER BY DESC(?c) ?n", self)) names.add(lex(r, "n"));
        List<String> alt = new ArrayList<>();
        for (QuerySolution r : data.select("SELECT DISTINCT ?n { ?this schema:alternateName ?n } ORDER BY ?n", self)) alt.add(lex(r, "n"));
        String name = names.isEmpty() ? iri : names.get(0);
        for (String n : names.subList(Math.min(1, names.size()), names.size())) if (!alt.contains(n)) alt.add(n);
        alt.remove(name);

        List<Node> types = new ArrayList<>();
        data.select("SELECT DISTINCT ?t { ?this a ?t }", self).forEach(r -> types.add(r.get("t").asNode()));
        String kind = Kinds.kind(types);

        Map<String, String> out = new LinkedHashMap<>();
        for (QuerySolution r : data.select("SELECT DISTINCT ?l { { ?this owl:sameAs ?l } UNION { ?this schema:sameAs ?l } "
                + "UNION { ?this schema:url ?l } } ORDER BY ?l", self)) {
            String l = lex(r, "l");
            if (l == null) continue;
            String label = l.startsWith("http://www.wikidata.org/entity/") ? "Wikidata " + l.substring(l.lastIndexOf('/') + 1)
                    : l.startsWith("http://dbpedia.org/resource/") ? "DBpedia"
                    : l.matches("https?://[a-z]+\\.wikipedia\\.org/.*") ? "Wikipedia"
                    : l.contains("geonames.org/") ? "GeoNames" : "Website";
            out.putIfAbsent(l, label);
        }
        List<Link> linksOut = new ArrayList<>();
        out.forEach((href, label) -> linksOut.add(new Link(label, href)));
        String coordinates = null;
        List<QuerySolution> geo = data.select("SELECT ?lat ?long { ?this schema:geo ?g . ?g schema:latitude ?lat ; "
                + "schema:longitude ?long } LIMIT 1", self);
        if (!geo.isEmpty()) {
            String lat = lex(geo.get(0), "lat"), lon = lex(geo.get(0), "long");
            coordinates = lat + ", " + lon;
            linksOut.add(new Link("OpenStreetMap", "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon
                    + "#map=9/" + lat + "/" + lon));
        }

        SavedQueryRunner.Page arts = data.saved("articles-about-person", Map.of("person", iri, "page", Integer.toString(page)));
        List<ArticleRow> articles = new ArrayList<>();
        for (Binding b : arts.rows())
            articles.add(new ArticleRow(new Link(orElse(lex(b, "headline"), lex(b, "article")), paths.href(lex(b, "article"))),
                    lex(b, "day"), lex(b, "relation"), lex(b, "publisherName")));

        List<Count> people = new ArrayList<>();
        for (Binding b : data.saved("people-mentioned-with", Map.of("person", iri)).rows())
            if (!iri.equals(lex(b, "other"))) people.add(new Count(new Link(lex(b, "name"), paths.href(lex(b, "other")), Kinds.PERSON), intOf(lex(b, "articles"))));
        List<Count> orgs = new ArrayList<>();
        for (QuerySolution r : data.select("SELECT ?e ?n ?name { (?e ?n ?name) ngf:entityCounts "
                + "(schema:Organization ?since ?until ?this) } LIMIT 16", self))
            if (!iri.equals(lex(r, "e"))) orgs.add(new Count(new Link(lex(r, "name"), paths.href(lex(r, "e")), Kinds.ORG), intOf(lex(r, "n"))));

        List<Title> titles = new ArrayList<>();
        if (Kinds.PERSON.equals(kind)) {
            for (Binding b : data.saved("person-titles", Map.of("person", iri)).rows())
                titles.add(new Title(lex(b, "title"), lex(b, "organizationName"), lex(b, "day"),
                        new Link(lex(b, "day"), paths.href(lex(b, "article")))));
        }
        List<Quote> quotes = new ArrayList<>();
        for (Binding b : data.saved("quotes-by-person", Map.of("person", iri)).rows())
            quotes.add(new Quote(lex(b, "quote"), lex(b, "day"), new Link(lex(b, "headline"), paths.href(lex(b, "article")))));

        List<String> days = new ArrayList<>();
        data.select("SELECT ?day { (?a ?day) ngf:articles (?this) }", self).forEach(r -> days.add(lex(r, "day")));

        return new EntityPage(iri, name, alt, Kinds.label(types), kind, linksOut, coordinates, articles, page,
                page > 1 ? selfPath + "?page=" + (page - 1) : null, arts.hasNext() ? selfPath + "?page=" + (page + 1) : null,
                people, orgs, titles, quotes, MentionChart.of(days), selfPath + ".ttl", selfPath + ".jsonld");
    }

    private static int intOf(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String orElse(String s, String d) { return s == null ? d : s; }
}
