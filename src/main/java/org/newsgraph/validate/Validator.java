package org.newsgraph.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.vocab.NG;

/**
 * Validates a newsgraph graph: SHACL shapes (the shipped {@code ontology/shapes.ttl} unless others are given), run on
 * the data together with the schema.org / newsgraph class hierarchy so that subclasses count, plus the
 * {@link VocabularyCheck}. Both kinds of result end up in one SHACL validation report.
 *
 * <pre>
 *   Validation v = Validator.create().build().validate(graph);
 *   if (!v.conforms()) v.entries().forEach(System.err::println);
 * </pre>
 */
public final class Validator {
    static { JenaSystem.init(); } // before any vocabulary class (avoids a class-initialisation cycle)

    private final Shapes shapes;
    private final VocabularyCheck vocabulary;

    private Validator(Builder b) {
        this.shapes = Shapes.parse(b.shapes != null ? b.shapes : Vocabularies.shapes());
        this.vocabulary = b.vocabulary ? VocabularyCheck.standard() : null;
    }

    public static Builder create() { return new Builder(); }

    /** Validates {@code data} (for a dataset: its union graph). */
    public Validation validate(Graph data) {
        Graph withHierarchy = new Union(data, Vocabularies.classHierarchy());
        ValidationReport shacl = ShaclValidator.get().validate(shapes, withHierarchy);
        List<ReportEntry> entries = new ArrayList<>(shacl.getEntries());
        if (vocabulary != null) entries.addAll(vocabulary.check(data));
        entries.sort(ORDER);
        ValidationReport.Builder b = ValidationReport.create();
        b.addPrefixes(prefixMapping());
        entries.forEach(b::addReportEntry);
        return new Validation(b.build(), entries);
    }

    private static org.apache.jena.shared.PrefixMapping prefixMapping() {
        org.apache.jena.shared.PrefixMapping pm = org.apache.jena.shared.PrefixMapping.Factory.create();
        Prefixes.forBase(NG.DEFAULT_BASE).forEach(pm::setNsPrefix);
        pm.setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        pm.setNsPrefix("nsh", Vocabularies.SHAPES_NS);
        return pm;
    }

    /** Violations first, then warnings, then infos; within a severity by focus node and path. */
    static final Comparator<ReportEntry> ORDER = Comparator
            .comparingInt((ReportEntry e) -> rank(e.severity()))
            .thenComparing(e -> String.valueOf(e.focusNode()))
            .thenComparing(e -> String.valueOf(e.resultPath()))
            .thenComparing(e -> String.valueOf(e.message()));

    static int rank(Severity s) {
        if (Severity.Violation.equals(s)) return 0;
        if (Severity.Warning.equals(s)) return 1;
        return 2;
    }

    public static final class Builder {
        private Graph shapes;
        private boolean vocabulary = true;

        /** SHACL shapes to use instead of the shipped ones. */
        public Builder shapes(Graph shapes) { this.shapes = shapes; return this; }

        /** Whether to run the vocabulary check (default true). */
        public Builder vocabularyCheck(boolean on) { this.vocabulary = on; return this; }

        public Validator build() { return new Validator(this); }
    }
}
