package org.newsgraph.nlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.GoldDocument;
import org.newsgraph.eval.GoldReader;
import org.newsgraph.eval.Scorer;
import org.newsgraph.eval.Scores;

/**
 * What each extraction rule does on a gold set: the scores of the full rule list, then of the list with one rule
 * (or one switch of {@code NerSpans}) off, and the difference in typed and span true/false positives. CoreNLP tags
 * each document once; the rules then run once per row. Not a test: run it by hand (docs/quality.md).
 *
 * <pre>
 *   java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.newsgraph.nlp.RuleAblation GOLD.jsonl…
 * </pre>
 */
public final class RuleAblation {
    public static void main(String[] args) throws Exception {
        for (String file : args) {
            List<GoldDocument> gold = GoldReader.elevant(Path.of(file));
            CoreNlpPipeline p = CoreNlpPipeline.shared();
            List<Tokens> tokens = new ArrayList<>();
            for (GoldDocument d : gold) tokens.add(new Tokens(d.text(), p.annotate(d.text())));
            System.out.println("## " + Path.of(file).getFileName() + " (" + gold.size() + " documents)");
            Scores all = score(gold, tokens, EntityExtractor.create().build());
            System.out.printf("%-22s typed F1 %.4f (TP %d FP %d FN %d)  span F1 %.4f (TP %d FP %d FN %d)%n", "all rules",
                    all.typed().f1(), all.typed().tp(), all.typed().fp(), all.typed().fn(),
                    all.span().f1(), all.span().tp(), all.span().fp(), all.span().fn());
            List<String> names = new ArrayList<>();
            for (Rule r : Rules.standard()) names.add(r.name());
            names.addAll(Rules.SWITCHES);
            System.out.println("| rule off | typed F1 | Δ typed TP | Δ typed FP | span F1 | Δ span TP | Δ span FP |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (String n : names) {
                Scores s = score(gold, tokens, EntityExtractor.create().disable(n).build());
                System.out.printf("| %s | %.4f | %+d | %+d | %.4f | %+d | %+d |%n", n, s.typed().f1(),
                        s.typed().tp() - all.typed().tp(), s.typed().fp() - all.typed().fp(), s.span().f1(),
                        s.span().tp() - all.span().tp(), s.span().fp() - all.span().fp());
            }
        }
    }

    static Scores score(List<GoldDocument> gold, List<Tokens> tokens, EntityExtractor x) {
        Scorer scorer = new Scorer();
        for (int i = 0; i < gold.size(); i++) scorer.add(gold.get(i), Evaluation.predictions(x.extract(tokens.get(i), 0)));
        return scorer.scores();
    }
}
