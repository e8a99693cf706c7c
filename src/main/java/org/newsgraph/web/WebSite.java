package org.newsgraph.web;

import org.apache.jena.query.Dataset;
import org.newsgraph.query.QueriesServlet;
import org.newsgraph.query.SavedQueryCatalog;
import org.newsgraph.server.NewsServer;

/**
 * The human side of the server, mounted on a {@link NewsServer.Builder} (so the server's limits cover it):
 * <ul>
 *   <li>{@code /}: the home page;</li>
 *   <li>{@code /id/...} (the path of {@code --base}): the Linked Data pages of every minted IRI;</li>
 *   <li>{@code /queries/...}: the saved queries (forms, results, OpenAPI);</li>
 *   <li>{@code /assets/}: the pages' stylesheet (the Fuseki UI is at {@code /ui/}, served by {@link NewsServer}).</li>
 * </ul>
 *
 * <pre>
 *   WebSite.mount(NewsServer.create().store(store), store.dataset(), SavedQueryCatalog.load(), base).build().start();
 * </pre>
 */
public final class WebSite {
    public static final String QUERIES = "/queries/";
    public static final String UI = NewsServer.UI_PATH;

    private WebSite() {}

    /** Where the pages are, for a server minting IRIs under {@code base}. */
    public static Site site(String base) {
        return new Site(new LocalPaths(base), QUERIES, UI, NewsServer.DATASET.substring(1));
    }

    public static NewsServer.Builder mount(NewsServer.Builder b, Dataset dataset, SavedQueryCatalog catalog, String base) {
        Site site = site(base);
        return b.servlet("", new HomeServlet(dataset, catalog, site))
                .servlet(site.paths().pathSpec(), new LinkedDataServlet(dataset, catalog, site))
                .servlet(QUERIES + "*", new QueriesServlet(catalog, dataset).site(site))
                .servlet(Site.ASSETS + "*", new org.newsgraph.server.ClasspathFiles("org/newsgraph/web/assets/"));
    }
}
