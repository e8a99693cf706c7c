package org.newsgraph.nlp;

import static org.newsgraph.nlp.Doc.isPronoun;
import static org.newsgraph.nlp.Doc.isPunct;
import static org.newsgraph.nlp.Lexicon.QUOTED_TITLE_CUES;
import static org.newsgraph.nlp.Lexicon.SPEECH_VERBS;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct speech: a quoted span of the body (straight or curly quotes, inside a paragraph) is a {@link Quote} only when
 * someone says it — an attribution after it ('"…," Peskov said', '"…," said Peskov', '"…," he said': the last person
 * before) or a speech verb of its sentence before it ({@code words/speech-verbs.txt}; the entity just before the
 * verb speaks, "Putin and Xi have touted their "no-limits" partnership" → both; "according to X"), so a partial quote
 * is its speaker's; a paragraph that opens with a quote goes on quoting the speaker of the paragraph before
 * ({@link #continued}). A quoted span no one says is a scare quote or a title, and so is one right after "so-called" or a
 * work noun ("the film "Parasite""; {@code words/quoted-title-cues.txt}). A place as speaker is its government
 * ({@link Doc#speakers}).
 */
final class DirectQuotes implements Rule {
    @Override
    public void apply(Doc d) {
        String s = d.t.text;
        int i = d.bodyOffset;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '“') {
                char close = c == '"' ? '"' : '”';
                int para = s.indexOf("\n\n", i);
                if (para < 0) para = s.length();
                int j = s.indexOf(close, i + 1);
                if (j < 0 || j > para) {
                    i = para;
                    continue;
                }
                int b = i + 1, e = j;
                while (e > b && ",.;: ".indexOf(s.charAt(e - 1)) >= 0) e--;
                if (e > b && !s.substring(b, e).isBlank() && !quotedTitle(d, i)) {
                    List<ExtractedEntity> who = attribute(d, i, j + 1);
                    if (who != null) d.quotes.add(new Quote(b, e, s.substring(b, e), d.speakers(who)));
                    else if (d.on("QuoteParagraph")) {
                        Quote prev = continued(d, i);
                        if (prev != null) d.quotes.add(new Quote(b, e, s.substring(b, e), prev.speakers()));
                    }
                }
                i = j + 1;
            } else {
                i++;
            }
        }
    }

    /**
     * {@code QuoteParagraph}: a paragraph that opens with a quote no one in its sentence says goes on quoting the speaker
     * of the paragraph before, when that paragraph's last quotation has one ('Peskov said: "…" ¶ "We will see."').
     */
    static Quote continued(Doc d, int qb) {
        String s = d.t.text;
        if (qb < 2 || !s.startsWith("\n\n", qb - 2) || d.quotes.isEmpty()) return null;
        Quote prev = d.quotes.get(d.quotes.size() - 1);
        if (prev.paraphrase() || prev.speakers().isEmpty()) return null;
        int prevPara = s.lastIndexOf("\n\n", qb - 3);
        return prev.begin() > prevPara ? prev : null;
    }

    /** A quote mark at {@code qb} right after "so-called" or a work noun ("the film", "the book"). */
    static boolean quotedTitle(Doc d, int qb) {
        int k = d.t.firstFrom(qb) - 1;
        return k >= 0 && d.t.end[k] <= qb && QUOTED_TITLE_CUES.contains(d.t.lower(k));
    }

    /**
     * Speakers of the quote at characters {@code [qb, qe)} including its marks; null when no attribution pattern or
     * speech verb of its sentence says who speaks (then it is no quotation), empty when one does but names no entity
     * ("officials said").
     */
    static List<ExtractedEntity> attribute(Doc d, int qb, int qe) {
        Tokens t = d.t;
        int[] owner = d.owner;
        int first = t.firstFrom(qb);
        int after = t.firstFrom(qe);
        int sent = first < t.size ? t.sentence[first] : -1;
        // after: '"…," Peskov said' / '"…," said Peskov' / '"…," he said'
        int k = after;
        boolean verbAfter = false;
        while (k < t.size && isPunct(t.word[k]) && t.sentence[k] == sent) k++;
        if (k < t.size && t.sentence[k] == sent || k < t.size && after < t.size && t.sentence[after] != sent) {
            if (owner[k] >= 0) {
                int m = k;
                while (m < t.size && owner[m] == owner[k]) m++;
                if (m < t.size && SPEECH_VERBS.contains(t.lower(m))) return List.of(d.entityAt(k));
            } else if (SPEECH_VERBS.contains(t.lower(k))) {
                if (k + 1 < t.size && owner[k + 1] >= 0) return List.of(d.entityAt(k + 1));
                verbAfter = true;   // '"…," said a spokesman': speech, speaker unknown
            } else if (isPronoun(t.lower(k)) && k + 1 < t.size && SPEECH_VERBS.contains(t.lower(k + 1))) {
                return d.lastPerson(first);
            }
        }
        // before, in the same sentence: nearest speech verb, then the nearest entity before it
        if (sent < 0) return verbAfter ? List.of() : null;
        int start = t.sentenceStart[sent];
        for (int v = first - 1; v >= start; v--) {
            String w = t.lower(v);
            if (w.equals("according") && v + 2 <= first && v + 1 < t.size && t.lower(v + 1).equals("to") && owner[v + 2] >= 0)
                return List.of(d.entityAt(v + 2));
            if (!SPEECH_VERBS.contains(w) || owner[v] >= 0) continue;
            for (int m = v - 1; m >= start; m--) {
                if (owner[m] >= 0) {
                    Ent sp = d.ents.get(owner[m]);
                    int ms = m;
                    while (ms - 1 >= start && owner[ms - 1] == owner[m]) ms--;
                    List<ExtractedEntity> who = new ArrayList<>();
                    // "X and Y touted"
                    if (ms - 2 >= start && t.lower(ms - 1).equals("and") && owner[ms - 2] >= 0 && d.ents.get(owner[ms - 2]) != sp)
                        who.add(d.entityAt(ms - 2));
                    who.add(sp.e);
                    return who;
                }
                if (isPronoun(t.lower(m)) && m == v - 1) return d.lastPerson(first);
            }
            return List.of();
        }
        return verbAfter ? List.of() : null;
    }
}
