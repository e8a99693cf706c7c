package org.newsgraph.web;

/**
 * Where the parts of the web site are, for links between them.
 *
 * @param paths    where minted IRIs are answered
 * @param queries  the saved queries, {@code /queries/}
 * @param ui       the Fuseki UI, {@code /ui/}
 * @param dataset  the dataset name in the UI, {@code news}
 */
public record Site(LocalPaths paths, String queries, String ui, String dataset) {
    public static final String ASSETS = "/assets/";

    /** The SPARQL editor of the Fuseki UI, opened on {@code query} when not null. */
    public String sparqlEditor(String query) {
        String s = ui + "#/dataset/" + dataset + "/query";
        return query == null ? s : s + "?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String assets() { return ASSETS; }
}
