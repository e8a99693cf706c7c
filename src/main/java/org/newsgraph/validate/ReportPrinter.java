package org.newsgraph.validate;

import java.io.PrintWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.vocab.NG;

/**
 * The readable summary of a {@link Validation}: one line per result, {@code SEVERITY focus path: message [value]},
 * then the totals.
 *
 * <pre>
 *   ReportPrinter.create().prefixes(pm).print(validation, stderr);
 * </pre>
 */
public final class ReportPrinter {
    private PrefixMap prefixes = Prefixes.forBase(NG.DEFAULT_BASE);

    private ReportPrinter() {}

    public static ReportPrinter create() { return new ReportPrinter(); }

    /** Prefixes to abbreviate IRIs with (default: newsgraph's, for the default base). */
    public ReportPrinter prefixes(PrefixMap pm) { this.prefixes = pm; return this; }

    public void print(Validation v, PrintWriter out) {
        for (ReportEntry e : v.entries()) out.println(line(e));
        out.println(totals(v));
        out.flush();
    }

    /** "Violation  article:ab12  schema:headline: An article needs a headline (a string)." */
    public String line(ReportEntry e) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-9s ", severity(e.severity()))).append(node(e.focusNode()));
        if (e.resultPath() != null) sb.append(' ').append(path(e.resultPath()));
        sb.append(": ").append(e.message() == null ? "(no message)" : e.message());
        if (e.value() != null) sb.append(" [value: ").append(abbreviate(node(e.value()), 80)).append(']');
        return sb.toString();
    }

    public static String totals(Validation v) {
        long violations = v.violations(), warnings = v.warnings(), infos = v.count(Severity.Info);
        String verdict = violations == 0 ? "conforms" : "does not conform";
        return verdict + ": " + violations + plural(" violation", violations) + ", " + warnings + plural(" warning", warnings)
                + (infos > 0 ? ", " + infos + plural(" info", infos) : "");
    }

    private static String plural(String word, long n) { return n == 1 ? word : word + "s"; }

    static String severity(Severity s) {
        if (Severity.Violation.equals(s)) return "Violation";
        if (Severity.Warning.equals(s)) return "Warning";
        if (Severity.Info.equals(s)) return "Info";
        return s == null ? "?" : NodeFmtLib.strNT(s.level());
    }

    private String node(Node n) {
        if (n.isURI()) {
            String a = prefixes.abbreviate(n.getURI());
            return a != null && !a.contains("/") ? a : "<" + n.getURI() + ">";
        }
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        return NodeFmtLib.str(n, prefixes);
    }

    private String path(Path p) {
        return PathWriter.asString(p, new org.apache.jena.sparql.core.Prologue(org.apache.jena.riot.system.Prefixes.adapt(prefixes)));
    }

    private static String abbreviate(String s, int max) { return s.length() <= max ? s : s.substring(0, max - 1) + "…"; }
}
