package org.newsgraph.web;

import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The HTML templates of the web pages (Thymeleaf, HTML mode): {@code org/newsgraph/web/templates/NAME.html} on the
 * class path. {@code th:text} escapes, so every value from the store is written as text, never as markup; the shared
 * header and footer are fragments of {@code layout.html}.
 *
 * <pre>
 *   WebTemplates.get().render("entity", Map.of("page", view), writer);
 * </pre>
 */
public final class WebTemplates {
    private static final WebTemplates INSTANCE = new WebTemplates();

    private final TemplateEngine engine;

    private WebTemplates() {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver(WebTemplates.class.getClassLoader());
        r.setPrefix("org/newsgraph/web/templates/");
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.HTML);
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(r);
    }

    public static WebTemplates get() { return INSTANCE; }

    /** Renders template {@code name} with the variables {@code vars} to {@code out}. */
    public void render(String name, Map<String, ?> vars, Writer out) {
        Context ctx = new Context(Locale.ENGLISH);
        vars.forEach(ctx::setVariable);
        engine.process(name, ctx, out);
    }

    /** Renders template {@code name} to a string. */
    public String render(String name, Map<String, ?> vars) {
        java.io.StringWriter w = new java.io.StringWriter();
        render(name, vars, w);
        return w.toString();
    }
}
