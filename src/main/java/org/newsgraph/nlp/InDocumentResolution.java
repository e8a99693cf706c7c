package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.NOBLE_TITLES;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns candidates into the article's entities, longest names first, so a short form joins the full name it stands
 * for: "Xi", "Xi's" join Xi Jinping and "Putin" Vladimir Putin (the nearest such person when several match); an
 * acronym joins the organisation it abbreviates, also when the long form opens with the country that places it
 * ({@code NationalAcronym}: "The U.S. Securities and Exchange Commission" → SEC, {@link #acronymOf}); "Denver" after
 * "Denver, Colorado" joins it; a headline span (title case confuses NER) is cut to a body name it contains ("Meet
 * Macron" → Macron); a company's name without its legal form joins the company ("Apple" → Apple Inc.,
 * {@link CompanySuffix}); a name after "also known as" is another name of the entity right before it ("Cyprus Popular
 * Bank, also known as Laiki", switch {@code KnownAs}, {@link #aliasOf}); a MISC candidate counts only when it repeats
 * a known name (CoreNLP tags "Xi" alone as MISC); a noble title alone ("the Duchess") is no one's name.
 */
final class InDocumentResolution implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        List<Cand> order = new ArrayList<>(d.cands);
        // body before headline (title case misleads NER: "Meet Macron"), typed before MISC, longest first
        order.sort(Comparator.comparing((Cand c) -> t.begin[c.s] < d.bodyOffset)
                .thenComparing((Cand c) -> c.type == null)
                .thenComparing(Comparator.comparingInt(Cand::len).reversed())
                .thenComparingInt(c -> c.s));
        Map<String, Ent> byKey = new HashMap<>();
        for (Cand c : order) {
            if (c.cb < 0 && d.taken(c.s, c.e)) continue;
            String[] words = Arrays.copyOfRange(t.word, c.s, c.e);
            Ent ent = null;
            if (c.type != null) ent = byKey.get(c.type + "\t" + c.name);
            if (ent == null && c.type == null) {
                for (EntityType ty : EntityType.values()) {
                    ent = byKey.get(ty + "\t" + c.name);
                    if (ent != null) break;
                }
            }
            if (c.cb >= 0) words = new String[] {c.surface};
            if (t.begin[c.s] < d.bodyOffset && c.cb < 0 && c.len() > 1 && !c.demonym
                    && (c.type == null || byKey.get(c.type + "\t" + c.name) == null)) {
                int[] sub = knownFormInside(d, c.s, c.e, c.type);
                if (sub != null) {
                    if (!d.taken(sub[0], sub[1])) d.mention(d.ents.get(sub[2]), sub[0], sub[1], "ner");
                    continue;
                }
            }
            if ((c.type == EntityType.PERSON || c.type == null) && c.len() == 1 && c.cb < 0 && NOBLE_TITLES.contains(t.word[c.s])) continue;
            if (ent == null && !c.demonym && c.cb < 0 && d.on("CompanySuffix")) {
                ent = CompanySuffix.companyOf(d, words);
                if (ent == null) ent = CompanySuffix.tickerOf(d, c.s, c.e);
                if (ent == null && (c.type == EntityType.ORGANIZATION || c.type == null)) ent = CompanySuffix.companyOfFirstWord(d, words);
            }
            if (ent == null && !c.demonym && (c.type == EntityType.PERSON || c.type == null
                    || (c.len() == 1 && d.gazetteer.byName(c.surface).isEmpty())))
                ent = shortFormOf(d, words, c.s, c.type != EntityType.ORGANIZATION && c.type != EntityType.PLACE && d.on("CapsSurname"));
            if (ent == null && !c.demonym && c.cb < 0 && d.on("KnownAs")) ent = aliasOf(d, c);
            if (ent == null && c.type == EntityType.PLACE && !c.demonym) ent = placeShortFormOf(d, words);
            // an outlet's own acronym ("(AP)" of a dateline) is the outlet, not a namesake's initials ("Apple Pay")
            if (ent == null && (c.type == EntityType.ORGANIZATION || c.type == null) && Doc.isAcronym(c.surface)
                    && !(d.isNewsOutlet.test(c.surface) && d.on("OutletAcronym")))
                ent = acronymOf(d, c.surface);
            if (ent == null) {
                if (c.type == null) continue;      // MISC that is no known entity: not ours
                ent = new Ent(new ExtractedEntity(c.type, c.name));
                d.ents.add(ent);
            }
            byKey.putIfAbsent(ent.e.type() + "\t" + c.name, ent);
            if (!c.demonym) {
                if (!c.listNamed) byKey.putIfAbsent(ent.e.type() + "\t" + c.surface, ent);
                if (!ent.hasForm(words)) ent.forms.add(words);
                ent.e.addName(c.surface);
                if (!c.name.equals(c.surface)) ent.e.addName(c.name);
            }
            if (c.cb >= 0) d.mention(ent, c.s, c.e, "ner", c.cb, c.ce);
            else d.mention(ent, c.s, c.e, "ner");
        }
    }

    /**
     * The longest known entity form inside tokens {@code [s, e)}: {start, end, entity index}, or null; all of
     * {@code [s, e)} when it opens a longer known form of an entity of its type.
     */
    static int[] knownFormInside(Doc d, int s, int e, EntityType type) {
        int[] best = null;
        for (int k = 0; k < d.ents.size(); k++) {
            for (String[] f : d.ents.get(k).forms) {
                // the span opens a longer name of the body ("MCDONNELL DOUGLAS" of "McDonnell Douglas Corp"): all of it is that entity
                // ("New York" is no "New York Stock Exchange": the same type, or none)
                if (f.length > e - s && (type == null || d.ents.get(k).e.type() == type)
                        && sameWords(Arrays.copyOf(f, e - s), d.t.word, s)) return new int[] {s, e, k};
                if (f.length >= e - s) continue;
                for (int i = s; i + f.length <= e; i++) {
                    if (sameWords(f, d.t.word, i)
                            && (best == null || f.length > best[1] - best[0]))
                        best = new int[] {i, i + f.length, k};
                }
            }
        }
        return best;
    }

    /** Whether {@code f} is written at token {@code i}; a word in capitals matches in any case ("TEXACO" is Texaco). */
    private static boolean sameWords(String[] f, String[] words, int i) {
        for (int k = 0; k < f.length; k++) {
            String w = words[i + k];
            if (!(w.equals(f[k]) || Doc.isCapsWord(w) && w.length() > 1 && w.equalsIgnoreCase(f[k]))) return false;
        }
        return true;
    }

    /** "Denver" after "Denver, Colorado". */
    static Ent placeShortFormOf(Doc d, String[] words) {
        for (Ent x : d.ents) {
            if (x.e.type() != EntityType.PLACE) continue;
            for (String[] f : x.forms)
                if (f.length > words.length + 1 && f[words.length].equals(",")
                        && Arrays.equals(words, Arrays.copyOf(f, words.length))) return x;
        }
        return null;
    }

    /**
     * The person whose name contains {@code words}, the nearest to token {@code at} when several do. With
     * {@code capsToo}, words all in capitals match in any case (switch {@code CapsSurname}): a headline in capitals names
     * the story's people by surname ("HILL TAKES POLE" is Damon Hill of the story, not the actor Dulé Hill).
     */
    static Ent shortFormOf(Doc d, String[] words, int at, boolean capsToo) {
        boolean anyCase = capsToo && Arrays.stream(words).allMatch(Doc::isCapsWord);
        Ent best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Ent x : d.ents) {
            if (x.e.type() != EntityType.PERSON) continue;
            for (String[] f : x.forms) {
                if (f.length > words.length && (Doc.containsRun(f, words) || anyCase && Doc.containsRun(f, words, true))) {
                    int dist = Math.abs(at - x.firstToken);
                    if (best == null || dist < bestDist) {
                        best = x;
                        bestDist = dist;
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static final java.util.Set<String> ALIAS_ADVERBS = java.util.Set.of("also", "better", "commonly", "widely",
            "popularly", "locally", "formerly", "simply");

    /**
     * Switch {@code KnownAs}: the name right after "known as" is another name of the entity named right before it —
     * "Cyprus Popular Bank, also known as Laiki", "Joaquin Guzman, better known as El Chapo", "the Islamic State (also
     * known as ISIS)". Null when the candidate does not stand so.
     */
    static Ent aliasOf(Doc d, Cand c) {
        Tokens t = d.t;
        int i = c.s - 1;
        if (i < 3 || !t.lower(i).equals("as") || !t.lower(i - 1).equals("known") || t.sentence[i] != t.sentence[c.s]) return null;
        int j = i - 2;
        if (ALIAS_ADVERBS.contains(t.lower(j))) j--;
        boolean opens = t.word[j].equals(",") || t.word[j].equals("(") || t.word[j].equals("-LRB-");
        if (j < 1 || !opens || t.sentence[j] != t.sentence[c.s]) return null;
        int owner = d.owner[j - 1];
        return owner < 0 ? null : d.ents.get(owner);
    }

    /**
     * The organisation whose initials (without of/the/and/for/&) are {@code acronym}; failing that (switch
     * {@code NationalAcronym}), the one whose initials they are once the leading words that place it are dropped: "the",
     * a dotted abbreviation, a country or demonym of the gazetteer and its possessive ("The U.S. Securities and Exchange
     * Commission" → SEC, "Britain's Financial Conduct Authority" → FCA).
     */
    static Ent acronymOf(Doc d, String acronym) {
        String a = acronym.replace(".", "");
        for (Ent x : d.ents) {
            if (x.e.type() != EntityType.ORGANIZATION) continue;
            for (String[] f : x.forms) if (initialsFrom(f, 0).equals(a) || initialsFrom(withoutLegalForm(f), 0).equals(a)) return x;
        }
        if (!d.on("NationalAcronym")) return null;
        for (Ent x : d.ents) {
            if (x.e.type() != EntityType.ORGANIZATION) continue;
            for (String[] f : x.forms) {
                for (int p = nationalPrefixStep(d, f, 0); p > 0 && p < f.length - 1; p = nationalPrefixStep(d, f, p))
                    if (initialsFrom(f, p).equals(a)) return x;
            }
        }
        return null;
    }

    /** {@code f} without the legal forms and descriptors that end it ("British Airways Plc" → "British Airways": BA). */
    private static String[] withoutLegalForm(String[] f) {
        int n = f.length;
        while (n > 1 && CompanySuffix.SUFFIXES.contains(f[n - 1])) n--;
        return n == f.length ? f : Arrays.copyOf(f, n);
    }

    /** The initials of {@code f} from word {@code from} on, without of/the/and/for/&; "" when fewer than two. */
    private static String initialsFrom(String[] f, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < f.length; i++) {
            String w = f[i];
            if (w.equals("of") || w.equals("the") || w.equals("and") || w.equals("for") || w.equals("&")) continue;
            sb.append(Character.toUpperCase(w.charAt(0)));
        }
        return sb.length() >= 2 ? sb.toString() : "";
    }

    /**
     * The word after the leading word(s) of {@code f} at {@code p} that place or introduce a name — "The"/"the", a
     * dotted abbreviation ("U.S.", "U.K."), a country or demonym of the gazetteer ("Britain", "South Korean", "German"),
     * with its possessive — or -1 when the word at {@code p} is none of these.
     */
    private static int nationalPrefixStep(Doc d, String[] f, int p) {
        if (p >= f.length) return -1;
        int q = -1;
        if (f[p].equalsIgnoreCase("the") || DOTTED.matcher(f[p]).matches()) q = p + 1;
        else {
            for (int k = Math.min(f.length - 1, p + 3); k > p && q < 0; k--) {
                String w = String.join(" ", Arrays.copyOfRange(f, p, k));
                if (d.gazetteer.byName(w).isPresent() || d.gazetteer.byDemonym(w).isPresent()) q = k;
            }
        }
        if (q > 0 && q < f.length && (f[q].equals("'s") || f[q].equals("\u2019s"))) q++;
        return q;
    }

    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(\\p{Lu}\\.)+");
}
