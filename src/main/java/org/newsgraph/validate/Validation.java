package org.newsgraph.validate;

import java.util.List;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/**
 * The outcome of {@link Validator#validate}: one SHACL report holding the shape results and the vocabulary check's,
 * sorted violations first. The data conforms when there is no violation; warnings and infos do not fail it.
 */
public record Validation(ValidationReport report, List<ReportEntry> entries) {

    public long count(Severity s) { return entries.stream().filter(e -> s.equals(e.severity())).count(); }

    public long violations() { return count(Severity.Violation); }

    public long warnings() { return count(Severity.Warning); }

    /** True when there is no {@code sh:Violation} (warnings allowed). */
    public boolean conforms() { return violations() == 0; }

    public List<ReportEntry> entries(Severity s) { return entries.stream().filter(e -> s.equals(e.severity())).toList(); }
}
