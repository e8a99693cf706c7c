package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.GoldDocument;
import org.newsgraph.eval.GoldReader;
import org.newsgraph.eval.Prediction;
import org.newsgraph.eval.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score entity extraction against a gold standard: precision, recall and F1, span-only and typed "
                + "(PERSON, ORGANIZATION, PLACE), per type and overall. See docs/quality.md.",
        footer = {"", "Exit codes: 0 ok, 1 runtime failure, 2 usage error, 3 typed F1 below --min-f1 or linking accuracy "
                + "below --min-link-accuracy."})
public final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold standard file.")
    Path gold;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "elevant (JSON Lines) or nif (NIF 2.0 RDF); default: elevant for .jsonl/.json, else nif.")
    String format;

    @Option(names = "--predictions-out", paramLabel = "FILE",
            description = "Write the predictions as JSON Lines: {\"id\", \"mentions\": [{\"b\", \"e\", \"t\", \"link\"?}]}.")
    Path predictionsOut;

    @Option(names = "--link-misses-out", paramLabel = "FILE", description = "Write the linking misses as JSON Lines, for "
            + "error analysis: found gold-linked mentions with a wrong or no link, and links on gold-NIL spans: "
            + "{\"id\", \"b\", \"e\", \"mention\", \"predicted\"?, \"gold\"?, \"goldName\"?}.")
    Path missesOut;

    @Option(names = "--min-f1", paramLabel = "X", description = "Fail (exit 3) when the typed F1 is below X (a quality floor for CI).")
    Double minF1;

    @Option(names = "--min-link-accuracy", paramLabel = "X", description = "Fail (exit 3) when the end-to-end linking "
            + "accuracy (on the gold-linked mentions found) is below X (a quality floor for CI; needs linking on).")
    Double minLinkAccuracy;

    @Option(names = "--baseline", description = "Score stock CoreNLP NER (no newsgraph rules) for comparison.")
    boolean baseline;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--link", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Link entities as convert does and report linking accuracy (default: on).")
    boolean link = true;

    @Option(names = "--link-threshold", paramLabel = "T",
            description = "NIL threshold of the linker (score and confidence; default ${DEFAULT-VALUE}), for sweeps.")
    double linkThreshold = org.newsgraph.link.Linker.DEFAULT_NIL_THRESHOLD;

    @Option(names = "--link-without", paramLabel = "RULE", split = ",", description = "Turn linking rules off to measure "
            + "them: metonymy, outlets, allcaps, legalform, companynames, ampersand, initials, realtitle, dates, redirects, sportsteams, textforms, typeagree, "
            + "qualifiers, namefold, nicknames, demonyms, parties, nationalprefix, datelines, listheads, sportnames, venues, formnames, teamsasplaces, teamlists, companylists, ofplace, stateabbrev "
            + "(docs/quality.md).")
    List<String> linkWithout = new java.util.ArrayList<>();

    @Option(names = "--cache", paramLabel = "DIR", description = "Cache directory of the link index (as for convert).")
    Path cache;

    private org.newsgraph.eval.LinkAccuracy accuracy, oldRule;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(gold)) throw new ParameterException(spec.commandLine(), "Cannot read gold file " + gold);
        if (minLinkAccuracy != null && (!link || baseline))
            throw new ParameterException(spec.commandLine(), "--min-link-accuracy needs linking (not with --no-link or --baseline)");
        String fmt = format != null ? format.toLowerCase(Locale.ROOT)
                : gold.toString().matches("(?i).*\\.jsonl?(\\.gz)?$") ? "elevant" : "nif";
        List<GoldDocument> docs = switch (fmt) {
            case "elevant" -> GoldReader.elevant(gold);
            case "nif" -> GoldReader.nif(gold);
            default -> throw new ParameterException(spec.commandLine(), "Unknown --format " + format + " (elevant or nif)");
        };
        ObjectMapper json = new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        if (missesOut != null && (!link || baseline))
            throw new ParameterException(spec.commandLine(), "--link-misses-out needs linking (not with --no-link or --baseline)");
        BufferedWriter preds = predictionsOut == null ? null : Files.newBufferedWriter(predictionsOut, StandardCharsets.UTF_8);
        BufferedWriter misses = missesOut == null ? null : Files.newBufferedWriter(missesOut, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        Scores s;
        try {
            org.newsgraph.link.EntityLinker linker = link && !baseline
                    ? withOutlets(org.newsgraph.link.EntityLinker.create().cache(cache).nilThreshold(linkThreshold)
                            .without(linkWithout)).build() : null;
            // With a Wikidata index, a predicted title is compared with the gold QID through its item.
            org.newsgraph.link.TitleMatcher matcher = linker == null ? null : linker.wikidataIndex() == null
                    ? org.newsgraph.link.TitleMatcher.create(linker.linker().index())
                    : org.newsgraph.link.TitleMatcher.create(linker.linker().index(),
                            t -> linker.offlineItem(t).map(org.newsgraph.link.WikidataItem::qid).orElse(null));
            accuracy = linker == null ? null : new org.newsgraph.eval.LinkAccuracy((title, g) -> g.link().startsWith("http")
                    ? g.link().equals(new org.newsgraph.link.Link(title, 0, false).dbpediaIri()) // NIF gold: DBpedia IRIs
                    : matcher.matches(title, g.link(), g.name()));
            if (accuracy != null && misses != null) accuracy.onMiss(m -> writeLine(json, misses, missRecord(m)));
            org.newsgraph.link.TitleMatcher old = linker == null ? null
                    : org.newsgraph.link.TitleMatcher.create(linker.linker().index(), org.newsgraph.link.TitleMatcher.Rule.CASE_MERGED);
            oldRule = linker == null ? null : new org.newsgraph.eval.LinkAccuracy((title, g) -> g.link().startsWith("http")
                    ? g.link().equals(new org.newsgraph.link.Link(title, 0, false).dbpediaIri())
                    : old.matches(title, g.link(), g.name()));
            s = Evaluation.create().threads(threads).baseline(baseline)
                    .resolver(linker == null ? null : new org.newsgraph.link.LinkingResolver(linker)).onDocument((d, p) -> {
                if (preds != null) writePredictions(json, preds, d, p);
                if (accuracy != null) accuracy.add(d, p);
                if (oldRule != null) oldRule.add(d, p);
            }).run(docs);
        } finally {
            if (preds != null) preds.close();
            if (misses != null) misses.close();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.println(gold.getFileName() + ":");
        out.print(s.table());
        if (accuracy != null) {
            out.printf(Locale.ROOT, "linking accuracy: %.3f (%d of %d gold-linked mentions found; titles matched as in docs/linking.md)%n",
                    accuracy.accuracy(), accuracy.correct(), accuracy.found());
            out.printf(Locale.ROOT, "  links made on them %d (precision %.3f); old matching rule (CASE_MERGED): %.3f (%d); "
                            + "gold-NIL spans found %d, linked anyway %d%n",
                    accuracy.linked(), accuracy.correct() / (double) Math.max(1, accuracy.linked()),
                    oldRule.accuracy(), oldRule.correct(), accuracy.nilFound(), accuracy.nilLinked());
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "%d documents in %.1f s (%.1f docs/s, %d threads)%n", docs.size(), secs, docs.size() / secs, threads);
        boolean below = false;
        if (minF1 != null && s.typed().f1() < minF1) {
            err.printf(Locale.ROOT, "newsgraph eval: typed F1 %.3f is below the floor %.3f%n", s.typed().f1(), minF1);
            below = true;
        }
        if (minLinkAccuracy != null && accuracy.accuracy() < minLinkAccuracy) {
            err.printf(Locale.ROOT, "newsgraph eval: linking accuracy %.3f is below the floor %.3f%n", accuracy.accuracy(), minLinkAccuracy);
            below = true;
        }
        err.flush();
        return below ? Main.EXIT_VIOLATIONS : Main.EXIT_OK;
    }

    private org.newsgraph.link.EntityLinker.Builder withOutlets(org.newsgraph.link.EntityLinker.Builder b) {
        return linkWithout.contains("outlets") ? b
                : b.rule(org.newsgraph.link.LinkingResolver.outletRule(org.newsgraph.rdf.PublisherRegistry.standard()));
    }

    private static void writePredictions(ObjectMapper json, BufferedWriter w, GoldDocument d, List<Prediction> preds) {
        Map<String, Object> rec = new LinkedHashMap<>();
        Object id = d.id().matches("-?\\d{1,18}") ? (Object) Long.parseLong(d.id()) : d.id();
        rec.put("id", id);
        List<Map<String, Object>> ms = new java.util.ArrayList<>();
        for (Prediction p : preds) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("b", p.begin());
            m.put("e", p.end());
            m.put("t", p.type().name());
            if (p.link() != null) m.put("link", p.link());
            ms.add(m);
        }
        rec.put("mentions", ms);
        writeLine(json, w, rec);
    }

    private static Map<String, Object> missRecord(org.newsgraph.eval.LinkAccuracy.Miss m) {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("id", m.documentId().matches("-?\\d{1,18}") ? (Object) Long.parseLong(m.documentId()) : m.documentId());
        rec.put("b", m.begin());
        rec.put("e", m.end());
        rec.put("mention", m.mention());
        if (m.predicted() != null) rec.put("predicted", m.predicted());
        if (m.gold() != null) rec.put("gold", m.gold());
        if (m.goldName() != null) rec.put("goldName", m.goldName());
        return rec;
    }

    private static void writeLine(ObjectMapper json, BufferedWriter w, Object value) {
        try {
            w.write(json.writeValueAsString(value));
            w.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
