package org.newsgraph.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name-match feature of the {@link Linker}: how well a title's own name fits the entity's name. 1 when the title's
 * name is the name (0.8 with a qualifier: the unqualified title is the primary topic), 0.7 for a lone surname ending a
 * person's title, 0.5 when every word of the name is in the title (or for an acronym against a title of several words:
 * it cannot be read there), else 0. Two rules widen the comparison, each off by name:
 * <ul>
 *   <li>{@code namefold}: names compare without accents and dots, as English news writes them ("Carlos Gonzalez" =
 *       {@code Carlos_González}, "Recep Tayyip Erdogan" = {@code Recep_Tayyip_Erdoğan});</li>
 *   <li>{@code nicknames} (word list {@code nicknames.tsv}): a person's short given name fits the full one and back
 *       ("Mike Trout" fits {@code Michael_J._Trout}, "Bill Shorten" {@code William_Shorten}).</li>
 * </ul>
 * It also holds the linker's person filter ({@link #personNameFits}: surname and first initial) and the folding both
 * use ({@link #fold}).
 *
 * <pre>
 *   NameMatch.score("Michael_J._Trout", "Mike Trout", EntityType.PERSON, true, true);   // 0.5
 * </pre>
 */
public final class NameMatch {
    private NameMatch() {}

    private static final Map<String, List<String>> NICKNAMES = load();

    /** The feature for a title against a name, with the two rules on or off. */
    public static double score(String title, String name, EntityType type, boolean fold, boolean nicknames) {
        String base = Surfaces.normalize(Surfaces.titleBase(title));
        String n = Surfaces.normalize(name);
        boolean qualified = title.length() != Surfaces.titleBase(title).length();
        double m = raw(base, n, type, qualified);
        if (m < 1 && fold) m = Math.max(m, raw(fold(base), fold(n), type, qualified));
        if (m < 1 && fold) m = Math.max(m, raw(umlautFold(fold(base)), umlautFold(fold(n)), type, qualified));
        if (m < 0.5 && nicknames && type == EntityType.PERSON) {
            String f = fold(n), fb = fold(base);
            int sp = f.indexOf(' ');
            if (sp > 0) {
                String first = f.substring(0, sp), rest = f.substring(sp);
                for (String alt : alternatives(first)) m = Math.max(m, raw(fb, alt + rest, type, qualified));
            }
        }
        if (m < 0.8 && type == EntityType.PERSON) {   // "Ken Griffey Jr." is Ken_Griffey,_Jr.: its base has no "Jr."
            String[] t = n.split(" "), w = withoutGeneration(t);
            if (w.length < t.length) m = Math.max(m, raw(fold(base), fold(String.join(" ", w)), type, qualified));
        }
        // An acronym ("TASS", "FBI") cannot be read in its title: no evidence either way.
        if (m == 0 && acronym(name) && title.indexOf('_') > 0) m = 0.5;
        return m;
    }

    private static double raw(String base, String n, EntityType type, boolean qualified) {
        if (base.equals(n)) return qualified ? 0.8 : 1;
        String[] tokens = n.split(" ");
        if (type == EntityType.PERSON && tokens.length == 1 && base.endsWith(" " + n)) return 0.7;
        for (String t : tokens) if (!containsPhrase(base, t)) return 0;
        return 0.5;
    }

    /**
     * Rule {@code companynames}: an organisation's name fits a company's title (the {@link Linker} asks only for titles
     * typed as organisations) when both agree without their legal forms, spaces, hyphens and dots: "Exxon Mobil Corp"
     * fits {@code ExxonMobil}, "Elan Corp" {@code Elan_(company)} (a qualified title fits a name with its legal form
     * fully, a bare name at 0.8), "Samsung" {@code Samsung_Group}, "Chevron Corp" {@code Chevron_Corporation}. 0
     * otherwise.
     */
    public static double company(String title, String name, EntityType type) {
        if (type != EntityType.ORGANIZATION && type != EntityType.OTHER) return 0;
        return CompanyName.of(name).fit(title);
    }

    /** A mention's name read as a company's, once per mention: its compact form without a legal form, and whether it had one. */
    record CompanyName(String key, boolean legalForm) {
        /** Legal forms a company's title ends in ("Sumitomo_Corporation", "Caterpillar_Inc.", "Mitsui_&_Co."). */
        private static final Set<String> SPELLED_LEGAL_FORMS = Set.of("Corporation", "Incorporated", "Company", "Limited",
                "Inc.", "Co.", "Ltd.", "Corp.", "plc", "PLC", "AG", "SA", "S.A.", "N.V.", "GmbH", "K.K.");
        private static final Set<String> QUALIFIERS = Set.of("company", "corporation", "firm", "business", "bank",
                "retailer", "airline", "brand", "manufacturer", "conglomerate", "publisher", "automaker", "carmaker");

        static CompanyName of(String name) {
            String bare = NameForms.withoutLegalForm(name);
            return new CompanyName(compact(bare), !bare.equals(name));
        }

        /** The name feature of {@link #company}. */
        double fit(String title) {
            String base = Surfaces.titleBase(title);
            if (key.length() < 2 || !key.equals(compact(NameForms.withoutLegalForm(shortForm(base))))) return 0;
            // a legal form in the mention says what a qualifier says ("Elan Corp" is Elan_(company), not the primary topic)
            return title.length() == base.length() || legalForm ? 1 : 0.8;
        }

        /**
         * Context part of the rule: a name with a legal form ("Elan Corp") says what a title's qualifier "(company)"
         * says, so such a title gets context 0.5 ({@code Elan_(company)} rather than {@code Élan}).
         */
        double qualifierContext(String title) {
            if (!legalForm) return 0;
            // a title that ends in a legal form is the company itself ("Sumitomo Corp" is Sumitomo_Corporation, not the
            // Sumitomo_Group; "Mitsubishi Corp" not the group Mitsubishi)
            String base = Surfaces.titleBase(title);
            int sp = base.lastIndexOf(' ');
            if (sp > 0 && title.length() == base.replace(' ', '_').length() && SPELLED_LEGAL_FORMS.contains(base.substring(sp + 1))
                    && fit(title) > 0) return 0.5;
            int open = title.lastIndexOf("_(");
            if (open < 0 || !title.endsWith(")")) return 0;
            String q = title.substring(open + 2, title.length() - 1).replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
            return QUALIFIERS.contains(q) ? 0.5 : 0;
        }

        /**
         * A company's title without what a mention leaves out: its web address ("Amazon.com", "Booking.com"), a
         * leading "The" and a spelled-out "Company" ("The_Walt_Disney_Company" for "Walt Disney Co").
         */
        private static String shortForm(String base) {
            String b = base.startsWith("The ") ? base.substring(4) : base;
            if (b.endsWith(" Company") && b.length() > 10) b = b.substring(0, b.length() - 8);
            return b.length() > 5 && b.endsWith(".com") ? b.substring(0, b.length() - 4) : b;
        }

        private static String compact(String s) {
            return fold(Surfaces.normalize(s)).replace("&", " and ").replace(" ", "").replace("-", "").replace(".", "");
        }
    }

    /** The full forms of a short given name and the short forms of a full one (lower case). */
    static List<String> alternatives(String given) {
        return NICKNAMES.getOrDefault(given, List.of());
    }

    /**
     * Rule {@code compoundnames}: whether a title found through an organisation's name qualified by a place of the
     * article ("U.S. CIA", "China's Foreign Ministry") names that organisation: a word of the name begins a word of the
     * title ("Fed" {@code Federal_Reserve_System}, "Foreign Ministry" {@code Ministry_of_Foreign_Affairs_(China)}) or an
     * acronym name is spelled by the title's initials ("EPA" {@code United_States_Environmental_Protection_Agency}),
     * and no word of the name other than a body's head noun is missing from the title (its first five letters count:
     * "Defense Ministry" is {@code Ministry_of_Defence_(Russia)}; "Justice Department" is no {@code Department_of_the_Missouri}).
     * A single odd anchor of the compound is not the body: "United States CIA" points at {@code Project_MKULTRA}.
     */
    public static boolean namesOrganisation(String title, String name) {
        String[] titleWords = fold(Surfaces.normalize(Surfaces.titleText(title))).split("[^\\p{L}\\p{N}]+");
        if (acronym(name)) {
            String letters = name.replace(".", "");
            StringBuilder initials = new StringBuilder();
            for (String w : titleWords) if (!w.isEmpty() && !MINOR_WORDS.contains(w)) initials.append(Character.toUpperCase(w.charAt(0)));
            int k = 0;
            for (int i = 0; i < initials.length() && k < letters.length(); i++) if (initials.charAt(i) == letters.charAt(k)) k++;
            if (k == letters.length()) return true;
        }
        boolean any = false;
        for (String w : fold(Surfaces.normalize(name)).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 3 || MINOR_WORDS.contains(w)) continue;
            boolean found = false;
            for (String t : titleWords) found |= t.startsWith(w);
            // the word that says which body it is must be there too: "Justice Department" is no Department_of_the_Missouri
            // (its first five letters will do: "Defense" is in Ministry_of_Defence_(Russia))
            if (!found && !BODY_WORDS.contains(w)) {
                String stem = w.substring(0, Math.min(5, w.length()));
                for (String t : titleWords) found |= t.startsWith(stem);
                if (!found) return false;
            }
            any |= found;
        }
        return any;
    }

    /** Head nouns of public bodies, which alone do not say which body a name is. */
    private static final Set<String> BODY_WORDS = Set.of("department", "ministry", "agency", "office", "bureau", "committee",
            "council", "commission", "service", "authority", "court", "party", "board", "administration", "police", "army");

    private static final Set<String> MINOR_WORDS = Set.of("the", "of", "and", "for", "in", "on", "at", "de", "la", "le", "du");

    /** "TASS", "FBI", "U.S.": two to six capitals (dots aside). */
    static boolean acronym(String name) {
        String t = name.replace(".", "");
        return t.length() >= 2 && t.length() <= 6 && t.chars().allMatch(Character::isUpperCase);
    }

    /** {@code phrase} occurs in {@code text} as whole words. */
    static boolean containsPhrase(String text, String phrase) {
        int i = text.indexOf(phrase);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + phrase.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) return true;
            i = text.indexOf(phrase, i + 1);
        }
        return false;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> m = new HashMap<>();
        for (String[] f : TsvTable.rows("nicknames.tsv")) {
            for (String full : f[1].split("\\|")) {
                m.computeIfAbsent(f[0].strip(), k -> new java.util.ArrayList<>()).add(full.strip());
                m.computeIfAbsent(full.strip(), k -> new java.util.ArrayList<>()).add(f[0].strip());
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /**
     * A person's title must carry the person's surname, and more than the surname when the name has more, with a
     * first name of the same initial ("Mike Trout" fits Michael_J._Trout, "Chris Clarkson" not Jeremy_Clarkson). A
     * lone name ("Langer", "Rachel") fits a one-word title only when that title is known to be a person
     * ("Madonna_(entertainer)"): a bare one-word title is a surname page, a given name or something else.
     */
    static boolean personNameFits(String lone, String[] nameTokens, String base, TitleType sure, TitleType cue) {
        nameTokens = withoutGeneration(nameTokens);
        // a double surname with or without its hyphen ("Ellen Johnson Sirleaf" is Ellen_Johnson-Sirleaf)
        String[] b = fold(base).replace('-', ' ').split(" ");
        if (nameTokens.length < 2)   // "Book_of_Joel", "Duke_of_York": a title with "of" is no one's full name
            return b.length > 1 && !java.util.Arrays.asList(b).contains("of") || sure == TitleType.PERSON
                    || (sure == TitleType.UNKNOWN && cue == TitleType.PERSON)
                    || !lone.matches("(Mc|Mac|O')?\\p{Lu}\\p{Ll}+");   // "JustGiving", "TASS": not a personal name NER mistyped
        if (!carriesSurname(nameTokens, base)) return false;
        String first = fold(nameTokens[0]);
        if (PARTICLES.contains(first)) return true;   // "Van Gaal": a surname with its particle
        if (first.isEmpty() || b[0].isEmpty() || first.charAt(0) == b[0].charAt(0)) return true;
        for (int i = 1; i < b.length - 1; i++) if (b[i].equals(first)) return true;   // "Tayyip Erdogan": a middle name
        // "Richard Gephardt" is Dick_Gephardt, "Edward Kennedy" Ted_Kennedy: the given name's short or full form
        if (alternatives(first).contains(b[0])) return true;
        // "J. Hugh Liedtke" is Hugh_Liedtke: an initial before the given name he goes by
        if (first.length() == 1 && nameTokens.length > 2 && fold(nameTokens[1]).equals(b[0])) return true;
        return false;
    }

    /**
     * Whether a person's title (its base, more than one word) carries the surname of the name, accents and an umlaut's
     * "e" aside ("Pep Guardiola": {@code Josep_Guardiola}; "Poehl": Pöhl); of a hyphenated surname, its last part.
     */
    static boolean carriesSurname(String[] nameTokens, String base) {
        nameTokens = withoutGeneration(nameTokens);
        String[] b = fold(base).replace('-', ' ').split(" ");
        String last = fold(nameTokens[nameTokens.length - 1]);
        if (last.indexOf('-') > 0) last = last.substring(last.lastIndexOf('-') + 1);
        if (b.length < 2) return false;
        for (String t : b) if (t.equals(last) || umlautFold(t).equals(umlautFold(last))) return true;
        return false;
    }

    /**
     * True when a lone name is only the given name of a person's title: the first of its words and not the last, in a
     * plain "Given Surname" title (no comma, no "of", no regnal number): "Francis" of {@code Francis_Bacon_(painter)}.
     * A royal's or pope's title ("Elizabeth_II", "Pope_Francis", "Charles,_Prince_of_Wales") is not such a title.
     */
    static boolean onlyGivenName(String lone, String title) {
        if (title.indexOf(',') >= 0) return false;
        String[] b = fold(Surfaces.normalize(Surfaces.titleBase(title))).split(" ");
        if (b.length < 2 || java.util.Arrays.asList(b).contains("of")) return false;
        String l = fold(lone);
        return b[0].equals(l) && !b[b.length - 1].equals(l) && !b[b.length - 1].matches("[ivx]+");
    }

    /**
     * Whether a royal named by style and given name fits a title of the form royals have on Wikipedia: the style and
     * the realm ("Prince Harry" → {@code Prince_Henry_of_Wales}, "Prince William" → {@code Prince_William_of_Wales}), the
     * given name and the realm ("King Abdullah" → {@code Abdullah_of_Saudi_Arabia}) or a regnal number
     * ({@code Elizabeth_II_of_the_United_Kingdom}).
     */
    static boolean royalTitleFits(String lone, String style, String title) {
        if (title.indexOf("_of_") < 0) return false;
        String[] b = fold(Surfaces.normalize(Surfaces.titleBase(title))).split(" ");
        String l = fold(lone), st = fold(style);
        return b[0].equals(l) || b[0].equals(st) && b.length > 2;
    }

    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "di", "da", "du", "le", "la",
            "al", "el", "bin", "ibn", "mac", "st");

    /** A folded name with an umlaut's "e" dropped, as English news writes it ("poehl" and "pohl" → "pohl"). */
    static String umlautFold(String folded) {
        if (folded.indexOf('e') < 0) return folded;
        return folded.replace("ae", "a").replace("oe", "o").replace("ue", "u");
    }

    /** Lower case without dots and accents, for comparing name tokens ("González" = "Gonzalez", "C.K." = "C.K"). */
    private static final java.util.Set<String> GENERATIONS = java.util.Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    /**
     * The name without a generational suffix after the surname ("Ken Griffey Jr." → Ken, Griffey; "Martin Luther King
     * Jr."): Wikipedia writes it after a comma ({@code Ken_Griffey,_Jr.}), so the title's base ends with the surname.
     */
    static String[] withoutGeneration(String[] tokens) {
        if (tokens.length < 3 || !GENERATIONS.contains(tokens[tokens.length - 1].toLowerCase(java.util.Locale.ROOT))) return tokens;
        String[] out = java.util.Arrays.copyOf(tokens, tokens.length - 1);
        String last = out[out.length - 1];
        if (last.endsWith(",")) out[out.length - 1] = last.substring(0, last.length() - 1);   // "King, Jr."
        return out;
    }

    /**
     * False when the name carries a generation ("Jeh Johnson Jr.") that the title does not ({@code Jeh_Johnson}): that
     * title is the father's, not the son's.
     */
    static boolean keepsGeneration(String[] nameTokens, String title) {
        if (withoutGeneration(nameTokens).length == nameTokens.length) return true;
        String g = fold(nameTokens[nameTokens.length - 1]);
        for (String w : fold(title).split("[_,()]+")) if (w.equals(g)) return true;
        return false;
    }

    /**
     * Whether a person's title ends with the surname, its qualifier aside ("Blair" ends {@code Tony_Blair}, not
     * {@code George_Orwell} nor {@code Blair_Waldorf}); accents, dots and an umlaut's "e" aside.
     */
    static boolean endsWithSurname(String surname, String base) {
        String[] b = fold(base).replace('-', ' ').split(" ");
        String s = fold(surname);
        return b.length > 0 && (b[b.length - 1].equals(s) || umlautFold(b[b.length - 1]).equals(umlautFold(s)));
    }

    static String fold(String s) {
        String t = s.indexOf('.') < 0 ? s : s.replace(".", "");
        boolean ascii = true;
        for (int i = 0; i < t.length() && ascii; i++) ascii = t.charAt(i) < 0x80;
        t = t.toLowerCase(java.util.Locale.ROOT);
        return ascii ? t : Surfaces.foldMarks(t);   // "Wałęsa" → "walesa", as the index keys fold
    }
}
