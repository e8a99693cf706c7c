package org.newsgraph.server;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Fuseki UI (jena-fuseki-ui's {@code webapp/}) at its own path, {@code /ui/}, so that {@code /} can be the
 * newsgraph home page. The UI addresses the server relative to its own page ({@code /ui/$/server},
 * {@code /ui/news/query}); those requests are answered with a 307 to the same path at the root, which browsers
 * follow with the same method and body.
 */
public final class FusekiUiServlet extends ClasspathFiles {
    private final String dataset;

    /** {@code dataset}: the dataset path, {@code /news}. */
    public FusekiUiServlet(String dataset) {
        super("webapp/");
        this.dataset = dataset;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String info = req.getPathInfo();
        String prefix = req.getContextPath() + req.getServletPath();
        if (info == null) {
            resp.sendRedirect(prefix + "/");
            return;
        }
        if (info.startsWith("/$/") || info.equals(dataset) || info.startsWith(dataset + "/")) {
            String q = req.getQueryString();
            resp.setStatus(HttpServletResponse.SC_TEMPORARY_REDIRECT);
            resp.setHeader("Location", req.getContextPath() + req.getRequestURI().substring(prefix.length()) + (q == null ? "" : "?" + q));
            return;
        }
        if (info.equals("/") || info.equals("/index.html")) {
            resp.setContentType("text/html; charset=utf-8");
            resp.setHeader("Cache-Control", "no-cache");
            try (InputStream in = FusekiUiServlet.class.getClassLoader().getResourceAsStream("webapp/index.html");
                 OutputStream out = resp.getOutputStream()) {
                if (in == null) throw new IllegalStateException("webapp/index.html missing");
                in.transferTo(out);
            }
            return;
        }
        super.service(req, resp);
    }
}
