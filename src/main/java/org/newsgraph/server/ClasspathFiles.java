package org.newsgraph.server;

import java.net.URL;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;

/**
 * Jetty's {@link ResourceServlet} over a folder on the class path (in the jar or in {@code target/classes}):
 * static files with ETags, ranges and caching headers, no directory listings. Mount it at {@code /prefix/*}; the
 * path below the prefix names the file.
 */
public class ClasspathFiles extends ResourceServlet {
    private final String base;

    /** {@code folder}: a class-path folder ({@code webapp/}, {@code org/newsgraph/web/assets/}). */
    public ClasspathFiles(String folder) {
        String f = folder.endsWith("/") ? folder : folder + "/";
        URL url = ClasspathFiles.class.getClassLoader().getResource(f);
        if (url == null) throw new IllegalStateException("Not on the class path: " + f);
        this.base = url.toExternalForm();
    }

    @Override
    public String getInitParameter(String name) {
        return switch (name) {
            case "baseResource" -> base;
            case "pathInfoOnly" -> "true";
            case "dirAllowed" -> "false";
            case "etags" -> "true";
            case "cacheControl" -> "max-age=3600";
            default -> super.getInitParameter(name);
        };
    }
}
