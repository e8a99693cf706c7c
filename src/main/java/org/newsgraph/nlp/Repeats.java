package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.SURNAME_STOP;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixes mentions CoreNLP misses on later occurrences: each further occurrence of a found entity's names — and of a
 * person's surname ("Peskov" after "Dmitry Peskov") — is a mention. Not inside a longer untagged proper name
 * ("Moscow" in "The Moscow Times"), not after a capitalised untagged word, not a place before a year and a name
 * ("Paris 2024 Olympics"), not on words a rule claimed as no name ("Navy" of "Secretary of the Navy", {@link OfficeOf}), and
 * no surname that is a common word, month or day ({@code words/surname-stop.txt}).
 */
final class Repeats implements Rule {
    private record Form(Ent ent, String[] words) {}

    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        Map<String, List<Form>> byFirst = new HashMap<>();
        for (Ent x : d.ents) {
            List<String[]> forms = new ArrayList<>(x.forms);
            if (x.e.type() == EntityType.PERSON) {
                for (String[] f : x.forms) {
                    String last = f[f.length - 1];
                    if (f.length > 1 && last.length() >= 3 && Character.isUpperCase(last.charAt(0))
                            && !SURNAME_STOP.contains(last) && !Arrays.asList(f).contains("of"))   // "Duchess of Cambridge"
                        forms.add(new String[] {last});
                }
            }
            for (String[] f : forms) {
                if (f.length == 1 && (f[0].length() < 2 || !Character.isUpperCase(f[0].charAt(0)))) continue;
                byFirst.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Form(x, f));
            }
        }
        for (List<Form> l : byFirst.values()) l.sort((a, b) -> b.words().length - a.words().length);
        for (int i = 0; i < t.size; i++) {
            if (d.owner[i] >= 0 || d.claimed[i]) continue;   // claimed: a rule found no name there (a storm, an office's portfolio)
            List<Form> cands = byFirst.get(t.word[i]);
            if (cands == null) continue;
            for (Form c : cands) {
                String[] f = c.words();
                int e = i + f.length;
                if (e > t.size || d.taken(i, e) || t.sentence[e - 1] != t.sentence[i]) continue;
                if (!Arrays.equals(f, Arrays.copyOfRange(t.word, i, e))) continue;
                if (e < t.size && t.capitalized(e) && t.sentence[e] == t.sentence[i] && !Doc.isEntityTag(t.ner[e])
                        && t.ner[e].equals("O") && !t.isPossessive(e)) continue;
                if (c.ent().e.type() == EntityType.PLACE && d.yearAndNameAt(e)) continue;
                if (i > 0 && t.capitalized(i - 1) && t.sentence[i - 1] == t.sentence[i]
                        && i - 1 != t.sentenceStart[t.sentence[i]] && t.ner[i - 1].equals("O")
                        && !Lexicon.isTitleWord(t.lower(i - 1))) continue;
                d.mention(c.ent(), i, e, "repeat");
                i = e - 1;
                break;
            }
        }
    }
}
