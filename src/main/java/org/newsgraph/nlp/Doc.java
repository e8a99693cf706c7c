package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.newsgraph.vocab.SDO;

/**
 * One article while the rules run: its {@link Tokens}, the candidate spans, the entities found so far with the
 * token each owns, and what the later rules add (quotations, sources, containment). The helpers here are shared by
 * several rules; each rule's own logic lives in its class. Confined to one thread.
 */
final class Doc {
    final Tokens t;
    final int bodyOffset;
    /** End of the lead paragraph (the first paragraph of the body). */
    final int leadEnd;
    final Gazetteer gazetteer;
    final Predicate<String> isNewsOutlet;
    /** The known outlets' names as words, longest first, also without a leading "The". */
    final List<String[]> outletNames;
    private final Set<String> disabled;

    /** Span stage: candidates and the tokens a span rule has consumed. */
    final List<Cand> cands = new ArrayList<>();
    final boolean[] claimed;

    final List<Ent> ents = new ArrayList<>();
    /** The index in {@link #ents} of the entity each token belongs to, or -1. */
    final int[] owner;
    final List<Quote> quotes = new ArrayList<>();
    final List<ExtractedEntity> sources = new ArrayList<>();
    final List<ExtractedEntity> extraCountries = new ArrayList<>();
    final List<int[]> within = new ArrayList<>();   // token starts of a place and the region it lies in
    final Set<String> team = new HashSet<>();       // place names used as sports teams in this article
    final Set<String> universities = new HashSet<>();   // place names used as universities ("educated at Oxford")
    final Map<ExtractedEntity, ExtractedEntity> governments = new LinkedHashMap<>();   // place -> its government

    Doc(Tokens t, int bodyOffset, Gazetteer gazetteer, Predicate<String> isNewsOutlet, List<String[]> outletNames,
        Set<String> disabled) {
        this.t = t;
        this.bodyOffset = bodyOffset;
        this.gazetteer = gazetteer;
        this.isNewsOutlet = isNewsOutlet;
        this.outletNames = outletNames;
        this.disabled = disabled;
        int p = t.text.indexOf("\n\n", bodyOffset);
        this.leadEnd = p < 0 ? t.text.length() : p;
        this.owner = new int[t.size];
        Arrays.fill(owner, -1);
        this.claimed = new boolean[t.size];
    }

    /** Whether a rule or a named part of one is switched on. */
    boolean on(String name) { return !disabled.contains(name); }

    // ---- span helpers ---------------------------------------------------------------------------------------

    /** Whether {@code b} follows {@code a} after a comma in one sentence, both whole tokens: "Denver, Colorado". */
    boolean commaPair(Cand a, Cand b) {
        return a.cb < 0 && b.cb < 0 && b.s == a.e + 1 && t.word[a.e].equals(",") && t.sentence[b.s] == t.sentence[a.s];
    }

    /** Puts the candidates in text order (stable: parts of one token keep theirs); the later rules need it. */
    void sortCands() { cands.sort(java.util.Comparator.comparingInt((Cand c) -> c.s)); }

    /** An untagged capitalised token no span rule has taken yet: where the rules for names NER missed look. */
    boolean freeCapitalised(int i) { return !claimed[i] && t.ner[i].equals("O") && t.capitalized(i); }

    /** A one-token organisation candidate at {@code i}, claiming the token. */
    void organisation(int i) {
        addCand(i, i + 1, "ORGANIZATION");
        claimed[i] = true;
    }

    /** A candidate for tokens {@code [s, e)} with a NER tag: type from the tag, the gazetteer and brand case. */
    void addCand(int s, int e, String tag) {
        String surface = t.span(s, e);
        if (tag.equals("MISC")) {
            Optional<Gazetteer.Place> d = gazetteer.byDemonym(surface);
            if (d.isPresent()) {
                cands.add(new Cand(s, e, surface, EntityType.PLACE, d.get().name(), true));
                return;
            }
            Optional<Gazetteer.Place> p = gazetteer.byName(surface);
            cands.add(p.isPresent() ? new Cand(s, e, surface, EntityType.PLACE, p.get().name(), false)
                    : new Cand(s, e, surface, null, surface, false));
            return;
        }
        EntityType type = EntityType.fromNerTag(tag);
        if (GOVERNMENT_SEATS.contains(surface)) type = EntityType.ORGANIZATION;
        String name = surface;
        if (type != EntityType.PERSON && !GOVERNMENT_SEATS.contains(surface)) {
            Optional<Gazetteer.Place> p = gazetteer.byName(surface);
            // "BRITAIN - …" of a headline is the United Kingdom; "KUWAIT, Nov 4 -" keeps its capitals, for the dateline rules
            if (p.isEmpty() && allCaps(s, e)) p = gazetteer.byName(titleCase(surface)).filter(q -> !q.name().equals(titleCase(surface)));
            if (p.isPresent()) {
                type = EntityType.PLACE;
                name = p.get().name();
            }
        }
        cands.add(new Cand(s, e, surface, type, name, false));
    }

    /** A demonym ("Chinese") is a mention of its country, except right before a title ("Chinese President"). */
    void demonym(int i) {
        Optional<Gazetteer.Place> d = gazetteer.byDemonym(t.word[i]);
        if (d.isEmpty()) {
            if (t.ner[i].equals("MISC")) addCand(i, i + 1, "MISC");
            return;
        }
        if (i + 1 < t.size && t.capitalized(i + 1) && (isTitleWord(t.lower(i + 1))
                || (isEntityTag(t.ner[i + 1]) && !t.ner[i + 1].equals("PERSON")))) return;
        // after a capitalised word inside the sentence, part of a longer name: "African American", "L'Oxygene Polish"
        int sent = t.sentence[i];
        boolean line = t.text.lastIndexOf('\n', t.begin[i]) < (i > 0 ? t.end[i - 1] : 0);
        if (i > t.sentenceStart[sent] && line && t.capitalized(i - 1) && i - 1 != t.sentenceStart[sent]
                && !isTitleWord(t.lower(i - 1)) && !t.ner[i - 1].equals("PERSON")) return;
        cands.add(new Cand(i, i + 1, t.word[i], EntityType.PLACE, d.get().name(), true));
    }

    /** "Russian-Ukrainian", "Bulgarian-Turkish", "Delhi-Noida": each capitalised known part is a mention. */
    void splitHyphenated(int i, String tag) {
        String w = t.word[i];
        int off = 0;
        for (String part : w.split("-")) {
            int b = t.begin[i] + off, e = b + part.length();
            off += part.length() + 1;
            if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0))) continue;
            Optional<Gazetteer.Place> d = gazetteer.byDemonym(part);
            Optional<Gazetteer.Place> p = gazetteer.byName(part);
            Cand c = null;
            if (d.isPresent()) c = new Cand(i, i + 1, part, EntityType.PLACE, d.get().name(), true);
            else if (p.isPresent()) c = new Cand(i, i + 1, part, EntityType.PLACE, p.get().name(), false);
            else if (tag.equals("LOCATION")) c = new Cand(i, i + 1, part, EntityType.PLACE, part, false);
            if (c == null) continue;
            c.cb = b;
            c.ce = e;
            cands.add(c);
        }
    }

    /** A year and a capitalised word at {@code k}, in one sentence: "(London) 2012 Olympics". */
    boolean yearAndNameAt(int k) {
        return k + 1 < t.size && k > 0 && t.sentence[k + 1] == t.sentence[k - 1] && t.word[k].matches("(19|20)\\d\\d")
                && t.capitalized(k + 1) && !t.ner[k + 1].equals("PERSON");
    }

    /** Whether no line break lies between token {@code k - 1}'s end and token {@code k}. */
    boolean sameLine(int k) { return t.text.lastIndexOf('\n', t.begin[k]) < t.end[k - 1]; }

    /** Whether the token at {@code k} starts a new line after the token before it. */
    boolean lineBreakBefore(int k) { return t.text.lastIndexOf('\n', t.begin[k]) >= t.end[k - 1]; }   // end is exclusive

    /** Fewer than half the words of sentence {@code sent} are capitalised (not a title-case or all-caps line). */
    boolean mostlyLowerCase(int sent) {
        int caps = 0, words = 0;
        for (int m = t.sentenceStart[sent]; m < t.sentenceStart[sent + 1]; m++) {
            if (isPunct(t.word[m])) continue;
            words++;
            if (t.capitalized(m)) caps++;
        }
        return caps * 2 < words;
    }

    /**
     * Whether the capitalised, untagged token at {@code k} continues a name CoreNLP cut short ("CNN Films",
     * "KIIS FM", "Ohio State"); not in the headline nor in title-case lines.
     */
    boolean partOfLongerName(int k) {
        if (t.begin[k] < bodyOffset || !t.ner[k].equals("O") || !t.capitalized(k) || TITLE_HEADS.contains(t.lower(k))
                || CALENDAR_WORDS.contains(t.word[k])
                || t.isPossessive(k) || t.sentence[k] != t.sentence[k - 1] || gazetteer.byDemonym(t.word[k]).isPresent())
            return false;
        if (lineBreakBefore(k)) return false;
        return mostlyLowerCase(t.sentence[k]);
    }

    // ---- entity helpers --------------------------------------------------------------------------------------

    boolean taken(int s, int e) {
        for (int k = s; k < e; k++) if (owner[k] >= 0) return true;
        return false;
    }

    void mention(Ent ent, int s, int e, String source) {
        // "Mr Blair", "Dr. Bose", "King Vajiralongkorn": the honorific belongs to the mention, not the name
        if (ent.e.type() == EntityType.PERSON && s > 0 && owner[s - 1] < 0 && t.sentence[s - 1] == t.sentence[s]
                && HONORIFICS.contains(t.word[s - 1])) s--;
        // "The Times", "The Associated Press" (a capitalised "The" inside a sentence is part of the name)
        if (ent.e.type() == EntityType.ORGANIZATION && s > 0 && owner[s - 1] < 0 && t.word[s - 1].equals("The")
                && t.sentence[s - 1] == t.sentence[s] && s - 1 != t.sentenceStart[t.sentence[s]]) s--;
        mention(ent, s, e, source, t.begin[s], t.end[e - 1]);
    }

    void mention(Ent ent, int s, int e, String source, int b, int en) {
        int idx = ents.indexOf(ent);
        for (int k = s; k < e; k++) owner[k] = idx;
        ent.e.addMention(new Mention(b, en, t.text.substring(b, en), source));
        ent.firstToken = Math.min(ent.firstToken, s);
        if (b < bodyOffset) {
            if (t.isPossessive(e)) ent.headlinePossessive = true;
            else ent.headlineNonPossessive = true;
        } else if (b < leadEnd) {
            ent.lead = true;
        }
    }

    /** The entity owning token {@code k}. */
    ExtractedEntity entityAt(int k) { return ents.get(owner[k]).e; }

    /** The article's entity for a country, or a new one that has no mentions (for nationality). */
    ExtractedEntity countryEntity(Gazetteer.Place p) {
        for (Ent x : ents) if (x.e.type() == EntityType.PLACE && x.e.name().equals(p.name())) return x.e;
        for (ExtractedEntity e : extraCountries) if (e.name().equals(p.name())) return e;
        ExtractedEntity e = new ExtractedEntity(EntityType.PLACE, p.name());
        e.schemaClass(p.schemaClass());
        extraCountries.add(e);
        return e;
    }

    static boolean isCountry(ExtractedEntity e) {
        return e.type() == EntityType.PLACE && SDO.Country.equals(e.schemaClass());
    }

    /** The last person mentioned before token {@code beforeToken} ("…," he said). */
    List<ExtractedEntity> lastPerson(int beforeToken) {
        for (int m = beforeToken - 1; m >= 0; m--)
            if (owner[m] >= 0 && ents.get(owner[m]).e.type() == EntityType.PERSON) return List.of(ents.get(owner[m]).e);
        return List.of();
    }

    /**
     * The speakers as a quotation's creators: a person or organisation as found; a place ("Washington warned",
     * "Beijing told") is metonymy for its government ({@link #government}); a place that is no country, city or
     * region has no government to give, so no speaker.
     */
    List<ExtractedEntity> speakers(List<ExtractedEntity> who) {
        List<ExtractedEntity> out = new ArrayList<>();
        for (ExtractedEntity e : who) {
            ExtractedEntity s = e.type() == EntityType.PLACE ? government(e) : e;
            if (s != null && !out.contains(s)) out.add(s);
        }
        return out;
    }

    /**
     * The government of a country, city or region, one per place in the article: an organisation of class
     * {@code schema:GovernmentOrganization} with the place's name and no mentions of its own; null for other places.
     */
    ExtractedEntity government(ExtractedEntity place) {
        Node c = place.schemaClass();
        if (!(SDO.Country.equals(c) || SDO.City.equals(c) || SDO.AdministrativeArea.equals(c))) return null;
        return governments.computeIfAbsent(place, p -> {
            ExtractedEntity g = new ExtractedEntity(EntityType.ORGANIZATION, p.name());
            g.schemaClass(SDO.GovernmentOrganization);
            g.governmentOf(p);
            return g;
        });
    }

    // ---- word tests ------------------------------------------------------------------------------------------

    /** An all-caps word of two or more letters ("THE", "PLATE"). */
    /** Every word of tokens {@code [s, e)} is in capitals ("NEW YORK", "BRITAIN"). */
    boolean allCaps(int s, int e) {
        for (int k = s; k < e; k++) if (!isCapsWord(t.word[k])) return false;
        return true;
    }

    /** "BOSNIA AND HERZEGOVINA" → "Bosnia and Herzegovina": a name in capitals as a gazetteer writes it. */
    static String titleCase(String caps) {
        StringBuilder sb = new StringBuilder();
        for (String w : caps.split(" ", -1)) {
            String l = w.toLowerCase(java.util.Locale.ROOT);
            if (sb.length() > 0) sb.append(' ');
            sb.append(sb.length() > 0 && java.util.Set.of("of", "and", "the", "de").contains(l) || l.isEmpty() ? l
                    : Character.toUpperCase(l.charAt(0)) + l.substring(1));
        }
        return sb.toString();
    }

    static boolean isCapsWord(String w) {
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '\'')
                && w.chars().filter(Character::isLetter).count() >= 2;
    }

    static boolean isEntityTag(String tag) {
        return tag.equals("PERSON") || tag.equals("ORGANIZATION") || tag.equals("LOCATION") || tag.equals("MISC");
    }

    static boolean isPunct(String w) { return !w.isEmpty() && w.chars().noneMatch(Character::isLetterOrDigit); }

    static boolean isAcronym(String s) { return s.length() >= 2 && s.replace(".", "").chars().allMatch(Character::isUpperCase); }

    static boolean isPronoun(String lower) { return lower.equals("he") || lower.equals("she"); }

    static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("“") || w.equals("”");
    }

    static boolean containsRun(String[] hay, String[] needle) { return containsRun(hay, needle, false); }

    /** Whether {@code needle} occurs as a run of words in {@code hay}, in any case when {@code ignoreCase}. */
    static boolean containsRun(String[] hay, String[] needle, boolean ignoreCase) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++)
                if (ignoreCase ? !hay[i + k].equalsIgnoreCase(needle[k]) : !hay[i + k].equals(needle[k])) continue outer;
            return true;
        }
        return false;
    }
}
