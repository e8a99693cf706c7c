package org.newsgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.pipeline.Conversion;
import org.newsgraph.pipeline.ConversionReport;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Problem;
import org.newsgraph.sink.StreamSink;

/**
 * Reads what {@code newsgraph validate} is given into one in-memory dataset: RDF files (Turtle, N-Triples, N-Quads,
 * TriG, JSON-LD, RDF/XML; chosen by extension, {@code .gz} allowed) are parsed as they are; anything else (article
 * inputs: {@code .txt}, {@code .json}, {@code .jsonl}, stdin) is converted first with {@link Conversion}. A bad
 * input is reported with its location and skipped.
 *
 * <pre>
 *   DatasetGraph dsg = DataLoader.create().mapper(mapper).onProblem(System.err::println).load(inputs);
 * </pre>
 */
public final class DataLoader {
    private ArticleMapper mapper = ArticleMapper.create().build();
    private Consumer<Problem> onProblem = p -> {};
    private long failed;

    private DataLoader() {}

    public static DataLoader create() { return new DataLoader(); }

    public DataLoader mapper(ArticleMapper m) { this.mapper = m; return this; }

    public DataLoader onProblem(Consumer<Problem> c) { this.onProblem = c; return this; }

    /** Inputs (or records) that could not be read in the last {@link #load}. */
    public long failed() { return failed; }

    /** The RDF language a file name implies, or null for an article input. */
    public static Lang rdfLang(InputSource in) {
        if (in.name().equals("-")) return null;
        Lang lang = RDFLanguages.filenameToLang(in.logicalName());
        // .json is an article file for newsgraph (JSON-LD must be named .jsonld).
        return lang == null || in.logicalName().endsWith(".json") ? null : lang;
    }

    public DatasetGraph load(List<InputSource> inputs) {
        failed = 0;
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<InputSource> articles = new ArrayList<>();
        for (InputSource in : inputs) {
            Lang lang = rdfLang(in);
            if (lang == null) { articles.add(in); continue; }
            // Parse into a scratch dataset first so that a file with a syntax error adds nothing.
            DatasetGraph one = DatasetGraphFactory.create();
            try (InputStream is = in.open()) {
                RDFParser.source(is).lang(lang).base("file://" + java.nio.file.Path.of(in.name()).toAbsolutePath())
                        .errorHandler(errorHandler(in.name())).parse(StreamRDFLib.dataset(one));
                dsg.executeWrite(() -> one.find().forEachRemaining(dsg::add));
            } catch (IOException | RiotException e) {
                failed++;
                if (!(e instanceof RiotException)) onProblem.accept(Problem.error(in.name(), 0, 0, null, "cannot read: " + e.getMessage()));
            }
        }
        if (!articles.isEmpty()) {
            dsg.begin(org.apache.jena.query.TxnType.WRITE);
            try {
                ConversionReport r = Conversion.create().mapper(mapper).sink(new StreamSink(StreamRDFLib.dataset(dsg)))
                        .onProblem(onProblem).run(articles);
                failed += r.failed();
                dsg.commit();
            } finally {
                dsg.end();
            }
        }
        return dsg;
    }

    private ErrorHandler errorHandler(String name) {
        return new ErrorHandler() {
            @Override public void warning(String message, long line, long col) {
                onProblem.accept(Problem.warning(name, Math.max(line, 0), null, message));
            }

            @Override public void error(String message, long line, long col) {
                onProblem.accept(Problem.error(name, Math.max(line, 0), Math.max(col, 0), null, message));
                throw new RiotException(message);
            }

            @Override public void fatal(String message, long line, long col) {
                error(message, line, col);
            }
        };
    }
}
