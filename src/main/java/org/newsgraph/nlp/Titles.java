package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.TITLE_HEADS;
import static org.newsgraph.nlp.Lexicon.isTitleWord;

import java.util.Optional;

/**
 * Reads the titles news gives people ({@link Role}), from title words ({@code words/title-heads.txt},
 * {@code words/title-modifiers.txt}; a title needs a head noun, "former"/"then" are dropped):
 * <ul>
 *   <li>before the name: "Chinese President Xi Jinping" (title "President", nationality China: a demonym or country
 *       before the title is the nationality), "Kremlin spokesman Dmitry Peskov" (held for the organisation), "Putin's
 *       spokesperson Dmitry Peskov" (held for the person: spokesperson of Vladimir Putin);</li>
 *   <li>in an apposition: "Dmitry Peskov, the Kremlin's spokesman," / "Xi Jinping, president of China,".</li>
 * </ul>
 */
final class Titles implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        for (Ent x : d.ents) {
            if (x.e.type() != EntityType.PERSON) continue;
            for (Mention m : x.e.mentions()) {
                int s = t.tokenAt(m.begin());
                int e = t.firstFrom(m.end());
                if (s < 0) continue;
                premodifier(d, x, s);
                apposition(d, x, e);
            }
        }
    }

    static void premodifier(Doc d, Ent person, int s) {
        Tokens t = d.t;
        int[] owner = d.owner;
        int j = s;
        while (j - 1 >= 0 && owner[j - 1] < 0 && t.sentence[j - 1] == t.sentence[s] && isTitleWord(t.lower(j - 1))) j--;
        while (j < s && (t.lower(j).equals("former") || t.lower(j).equals("then"))) j++;
        if (j == s || !hasHead(t, j, s)) return;
        String title = t.span(j, s);
        ExtractedEntity of = null, nat = null;
        int k = j - 1;
        if (k >= 0 && t.sentence[k] == t.sentence[s]) {
            if (t.isPossessive(k) && k - 1 >= 0 && owner[k - 1] >= 0) {
                Ent o = d.ents.get(owner[k - 1]);
                if (Doc.isCountry(o.e)) nat = o.e;
                else if (o != person) of = o.e;
            } else if (owner[k] >= 0) {
                Ent o = d.ents.get(owner[k]);
                if (Doc.isCountry(o.e)) nat = o.e;
                else if (o.e.type() == EntityType.ORGANIZATION) of = o.e;
            } else {
                Optional<Gazetteer.Place> dem = d.gazetteer.byDemonym(t.word[k]);
                if (dem.isPresent() && dem.get().isCountry()) nat = d.countryEntity(dem.get());
            }
        }
        person.e.addRole(new Role(title, of, nat));
    }

    static void apposition(Doc d, Ent person, int e) {
        Tokens t = d.t;
        int[] owner = d.owner;
        if (e >= t.size || !t.word[e].equals(",")) return;
        int j = e + 1;
        int sent = t.sentence[e];
        if (j < t.size && (t.lower(j).equals("the") || t.lower(j).equals("a") || t.lower(j).equals("an"))) j++;
        ExtractedEntity of = null, nat = null;
        if (j < t.size && owner[j] >= 0) {
            Ent o = d.ents.get(owner[j]);
            int k = j;
            while (k < t.size && owner[k] == owner[j]) k++;
            if (o == person) return;
            if (Doc.isCountry(o.e)) nat = o.e;
            else if (o.e.type() != EntityType.PLACE) of = o.e;
            j = t.isPossessive(k) ? k + 1 : k;
        }
        int s = j;
        while (j < t.size && t.sentence[j] == sent && owner[j] < 0 && isTitleWord(t.lower(j))) j++;
        int ts = s;
        while (ts < j && (t.lower(ts).equals("former") || t.lower(ts).equals("then"))) ts++;
        if (ts == j || !hasHead(t, ts, j)) return;
        String title = t.span(ts, j);
        if (j < t.size && (t.lower(j).equals("of") || t.lower(j).equals("at") || t.lower(j).equals("for")) && j + 1 < t.size) {
            int k = j + 1;
            if (t.lower(k).equals("the")) k++;
            if (k < t.size && owner[k] >= 0) {
                Ent o = d.ents.get(owner[k]);
                if (o != person) {
                    if (Doc.isCountry(o.e) && of == null) nat = o.e;
                    else of = o.e;
                }
                while (k < t.size && owner[k] == owner[j + 1 < t.size && owner[j + 1] >= 0 ? j + 1 : k]) k++;
                j = k;
            } else return;
        }
        if (j < t.size && !(t.word[j].equals(",") || t.word[j].equals(".") || t.word[j].equals(";")
                || t.sentence[j] != sent || t.lower(j).equals("and") || t.lower(j).equals("said")
                || t.lower(j).equals("says") || t.word[j].equals("--") || t.word[j].equals("–")))
            return;
        person.e.addRole(new Role(title, of, nat));
    }

    static boolean hasHead(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) if (TITLE_HEADS.contains(t.lower(k))) return true;
        return false;
    }
}
