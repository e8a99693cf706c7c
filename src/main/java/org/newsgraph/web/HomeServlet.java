package org.newsgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.newsgraph.query.SavedQueryCatalog;

/** The home page ({@code /}): what is in the store and the ways into it ({@link HomePage}). */
public final class HomeServlet extends HttpServlet {
    private final transient Dataset dataset;
    private final transient PageData data;
    private final transient Site site;

    public HomeServlet(Dataset dataset, SavedQueryCatalog catalog, Site site) {
        this.dataset = dataset;
        this.data = new PageData(dataset, catalog);
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.isEmpty() && !path.equals("/")) {
            HtmlResponse.page(resp, HttpServletResponse.SC_NOT_FOUND, "notfound", Map.of("site", site, "iri", path, "title", "Not found"));
            return;
        }
        HomePage home = Txn.calculateRead(dataset, () -> HomePage.of(data, site.paths(), site.queries()));
        HtmlResponse.page(resp, HttpServletResponse.SC_OK, "home", Map.of("site", site, "h", home, "title", "newsgraph"));
    }
}
