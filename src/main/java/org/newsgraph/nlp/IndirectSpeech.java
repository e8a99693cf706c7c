package org.newsgraph.nlp;

import static org.newsgraph.nlp.Doc.isPunct;
import static org.newsgraph.nlp.Doc.isQuoteMark;
import static org.newsgraph.nlp.Lexicon.*;

import java.util.List;

/**
 * Indirect speech, as quotations marked paraphrase ({@link Quote#paraphrase()}): "X said/told … that CLAUSE" — a
 * speaker right before a verb of {@code words/indirect-speech-verbs.txt} (an adverb may stand between: "also said"),
 * at most six words, then "that" ("Peskov telling reporters that an announcement would be made …"), or "said"/"says"
 * right before a determiner or subject pronoun ({@code ThatlessClause}: "Peskov said the talks would …",
 * {@code words/clause-openers.txt}) — and "CLAUSE,
 * according to X" / "According to X, CLAUSE". The clause runs to the end of the sentence or to a clause break (";",
 * ", though", ", but", ", while"; {@code words/clause-breaks.txt}); one that opens with a quote mark is direct speech,
 * left to {@link DirectQuotes}. A place as speaker is its government ({@link Doc#speakers}).
 */
final class IndirectSpeech implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        int[] owner = d.owner;
        for (int v = 0; v < t.size; v++) {
            if (t.begin[v] < d.bodyOffset) continue;
            int sent = t.sentence[v], end = t.sentenceStart[sent + 1];
            if (INDIRECT_VERBS.contains(t.lower(v)) && owner[v] < 0) {
                int sp = v - 1;
                if (sp >= 0 && SPEECH_ADVERBS.contains(t.lower(sp))) sp--;
                if (sp < 0 || owner[sp] < 0 || t.sentence[sp] != sent) continue;
                int that = -1;
                for (int k = v + 1; k < Math.min(end, v + 8); k++) {
                    if (t.lower(k).equals("that")) {
                        that = k;
                        break;
                    }
                    if (isPunct(t.word[k]) || INDIRECT_VERBS.contains(t.lower(k))) break;
                }
                if (that >= 0) paraphrase(d, that + 1, clauseEnd(t, that + 1, end), List.of(d.entityAt(sp)));
                else if (d.on("ThatlessClause") && SAY.contains(t.lower(v)) && v + 1 < end && CLAUSE_OPENERS.contains(t.lower(v + 1)))
                    paraphrase(d, v + 1, clauseEnd(t, v + 1, end), List.of(d.entityAt(sp)));   // "X said the talks would …"
            } else if (t.lower(v).equals("according") && v + 2 < end && t.lower(v + 1).equals("to") && owner[v + 2] >= 0) {
                ExtractedEntity who = d.entityAt(v + 2);
                int k = v + 2;
                while (k < end && owner[k] == owner[v + 2]) k++;
                if (v == t.sentenceStart[sent] && k < end && t.word[k].equals(","))
                    paraphrase(d, k + 1, clauseEnd(t, k + 1, end), List.of(who));          // "According to X, CLAUSE"
                else if (v > t.sentenceStart[sent] && t.word[v - 1].equals(",") && (k == end || isPunct(t.word[k])))
                    paraphrase(d, t.sentenceStart[sent], v - 1, List.of(who));             // "CLAUSE, according to X."
            }
        }
        d.quotes.sort(java.util.Comparator.comparingInt(Quote::begin));
    }

    /** The verbs that take a clause without "that" right after them. */
    private static final java.util.Set<String> SAY = java.util.Set.of("said", "says");
    private static final java.util.Set<String> CLAUSE_OPENERS = WordList.load("clause-openers");

    static int clauseEnd(Tokens t, int from, int end) {
        for (int k = from; k < end; k++) {
            if (t.word[k].equals(";")) return k;
            if (t.word[k].equals(",") && k + 1 < end && CLAUSE_BREAKS.contains(t.lower(k + 1))) return k;
        }
        int e = end;
        while (e > from && isPunct(t.word[e - 1]) && !isQuoteMark(t.word[e - 1])) e--;
        return e;
    }

    static void paraphrase(Doc d, int from, int to, List<ExtractedEntity> who) {
        Tokens t = d.t;
        if (to - from < 3 || isQuoteMark(t.word[from])) return;
        int b = t.begin[from], e = t.end[to - 1];
        for (Quote q : d.quotes) if (q.paraphrase() && q.begin() < e && b < q.end()) return;
        d.quotes.add(new Quote(b, e, t.text.substring(b, e), d.speakers(who), true));
    }
}
