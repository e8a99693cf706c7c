package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name normalisation before lookup, one small rule each:
 * <ul>
 *   <li><b>all caps</b>: a name written in capitals in a dateline, a headline or a company list ("BOEING CO",
 *       "NEW YORK") is looked up in title case ("Boeing Co", "New York"), because the WikiDict's all-caps anchors are
 *       rare and odd ("PORTLAND" → Portland, Maine); acronyms ("TASS", "NATO", "BBC") stay as written;</li>
 *   <li><b>legal form</b>: an organisation's name with its legal-form suffix ("Volkswagen AG", "Boeing Co.",
 *       "Barclays PLC", "Alibaba Group Holding Ltd") is also looked up without it (weight {@link #VARIANT_WEIGHT});</li>
 *   <li><b>initials</b>: "J. P. Morgan" and "J.P. Morgan" are looked up in both spellings, and a person's leading
 *       initial before the given name is dropped too ("J. Hugh Liedtke" → "Hugh Liedtke");</li>
 *   <li><b>ampersand</b>: "Procter and Gamble", "AT and T" are looked up as "Procter &amp; Gamble", "AT&amp;T" (and back);</li>
 *   <li><b>real titles</b>: the WikiDict holds ten thousand "titles" that are only anchor texts of missing pages,
 *       most of them in capitals ("BANKA_…_BEOGRAD", "\"THE_FORBIDDEN_SONG\""): such a title is never a link target.</li>
 * </ul>
 * Possessives ("Xi's") are dropped by {@link Linker} itself.
 *
 * <pre>
 *   NameForms.normalize("BOEING CO", EntityType.ORGANIZATION);        // "Boeing Co"
 *   NameForms.variants("Boeing Co", EntityType.ORGANIZATION);         // ["Boeing"]
 * </pre>
 */
public final class NameForms {
    private NameForms() {}

    /** Weight of a candidate found through a variant of the name (legal form dropped, initials respaced). */
    public static final double VARIANT_WEIGHT = 0.9;

    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?i),?\\s+(?:(?:Group\\s+)?(?:Holdings?\\s+)?(?:Inc|Co|Corp|Corporation|Ltd|Limited|PLC|LLC|L\\.L\\.C|AG|SA|S\\.A|SE|NV|N\\.V|"
                    + "GmbH|SpA|S\\.p\\.A|ASA|AS|A/S|AB|Oyj|KK|Pty|Bhd|Tbk|KGaA|BV|B\\.V|LLP)\\.?|Group|Holdings?|(?:&|and) Co\\.?)$");
    private static final Set<String> KEEP_SHORT_UPPER = Set.of("US", "UK", "EU", "UN", "USA", "BBC", "CNN", "NBC", "ABC",
            "CBS", "AP", "AFP", "FBI", "CIA", "IMF", "NATO", "WHO", "OPEC", "LLC", "PLC", "AG", "SA", "SE", "NV", "AB");
    private static final Pattern INITIALS_SPACED = Pattern.compile("\\b(\\p{Lu})\\.\\s+(?=\\p{Lu}\\.)");
    private static final Pattern INITIALS_TIGHT = Pattern.compile("\\b(\\p{Lu})\\.(?=\\p{Lu}\\.)");

    /** The name as it is looked up: all-caps names of several words, or long ones, in title case. */
    public static String normalize(String name, EntityType type) {
        if (!isAllCaps(name)) return name;
        String[] words = name.split(" ");
        if (words.length == 1 && name.replace(".", "").length() <= 6) return name;   // an acronym
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) sb.append(' ');
            String bare = w.replaceAll("[^\\p{L}]", "");
            if (KEEP_SHORT_UPPER.contains(bare) || (bare.length() <= 3 && w.contains("."))) sb.append(w);
            else sb.append(titleCase(w));
        }
        return sb.toString();
    }

    /** Other spellings worth a lookup: without the legal form (organisations), initials respaced. */
    public static List<String> variants(String name, EntityType type) { return variants(name, type, true, true); }

    /** As {@link #variants(String, EntityType)}, with the legal-form and the initials rule each on or off. */
    public static List<String> variants(String name, EntityType type, boolean legalForm, boolean initials) {
        return variants(name, type, legalForm, initials, true);
    }

    /** As {@link #variants(String, EntityType, boolean, boolean)}, with the {@code ampersand} rule on or off too. */
    public static List<String> variants(String name, EntityType type, boolean legalForm, boolean initials, boolean ampersand) {
        List<String> out = new ArrayList<>(2);
        if (ampersand && (type == EntityType.ORGANIZATION || type == EntityType.OTHER)) {
            String swapped = ampersand(name);
            if (swapped != null) {
                out.add(swapped);
                if (legalForm && !withoutLegalForm(name).equals(name)) {   // "Procter and Gamble Co" → "Procter & Gamble"
                    String bare = withoutLegalForm(swapped);
                    if (!bare.equals(swapped) && !out.contains(bare)) out.add(bare);
                }
            }
        }
        if (legalForm && (type == EntityType.ORGANIZATION || type == EntityType.OTHER)) {
            String spelled = spelledOut(name);   // "Walt Disney Co" → "Walt Disney Company", not the man
            if (spelled != null) out.add(spelled);
            String bare = withoutLegalForm(name);
            if (!bare.equals(name) && Character.isUpperCase(bare.charAt(0))) out.add(bare);
        }
        if (!initials) return out;
        // "J. Hugh Liedtke", "H. Ross Perot": a man who goes by his middle name is often titled without the initial
        Matcher lead = LEADING_INITIAL.matcher(name);
        if (type == EntityType.PERSON && lead.matches()) out.add(lead.group(1));
        String tight = INITIALS_SPACED.matcher(name).replaceAll("$1.");
        if (!tight.equals(name)) out.add(tight);
        String spaced = INITIALS_TIGHT.matcher(name).replaceAll("$1. ");
        if (!spaced.equals(name)) out.add(spaced);
        return out;
    }

    /** A leading initial before a given name and a surname: "J. Hugh Liedtke" → "Hugh Liedtke". */
    private static final Pattern LEADING_INITIAL = Pattern.compile("\\p{Lu}\\.\\s+(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}.*)");

    private static final Pattern AND_BETWEEN_INITIALS = Pattern.compile("\\b(\\p{Lu}{1,2}) and (\\p{Lu}{1,2})\\b");

    /**
     * Rule {@code ampersand}: wire copy writes a company's ampersand as "and" ("Procter and Gamble", "AT and T",
     * "Standard and Poor's", "Dow Jones and Co") and Wikipedia mostly keeps it ("Procter_&amp;_Gamble", "AT&amp;T"), or the other
     * way round. The name with the other spelling, or null when it has neither.
     */
    static String ampersand(String name) {
        if (name.contains(" and ")) {
            Matcher m = AND_BETWEEN_INITIALS.matcher(name);
            String tight = m.replaceAll("$1&$2");   // "AT and T" → "AT&T", "S and P" → "S&P"
            return tight.replace(" and ", " & ");
        }
        if (name.contains(" & ")) return name.replace(" & ", " and ");
        return null;
    }

    /**
     * Rule {@code umlauts}: English news writes a German umlaut as a following "e" ("Karl Otto Poehl", "Thomas Mueller",
     * "Roesler"), and Wikipedia titles keep the umlaut ({@code Karl_Otto_Pöhl}). The name with one or all of its
     * "ae", "oe", "ue" written as umlauts (at most three of them; none when the name has none); the linker keeps only
     * titles that are written with an umlaut ({@link #hasUmlaut}), so "Manuel" never becomes "Manül".
     */
    public static List<String> umlautSpellings(String name) {
        List<Integer> at = new ArrayList<>();
        for (int i = 1; i + 1 < name.length() && at.size() < 4; i++) {
            char c = name.charAt(i), e = name.charAt(i + 1);
            if (e == 'e' && (c == 'a' || c == 'o' || c == 'u' || c == 'A' || c == 'O' || c == 'U')) at.add(i);
        }
        if (at.isEmpty() || at.size() > 3) return List.of();
        List<String> out = new ArrayList<>();
        for (int mask = 1; mask < 1 << at.size(); mask++) {
            StringBuilder sb = new StringBuilder(name);
            for (int k = at.size() - 1; k >= 0; k--) {
                if ((mask & 1 << k) == 0) continue;
                int i = at.get(k);
                char c = name.charAt(i);
                char u = switch (c) { case 'a' -> 'ä'; case 'o' -> 'ö'; case 'u' -> 'ü'; case 'A' -> 'Ä'; case 'O' -> 'Ö'; default -> 'Ü'; };
                sb.replace(i, i + 2, String.valueOf(u));
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** True when the title is written with a German umlaut. */
    public static boolean hasUmlaut(String title) {
        for (int i = 0; i < title.length(); i++) if ("äöüÄÖÜ".indexOf(title.charAt(i)) >= 0) return true;
        return false;
    }

    private static final Pattern ABBREVIATED_FORM = Pattern.compile("^(\\p{Lu}.*?),? (Co|Cos|Corp)\\.?$");

    /**
     * The name with its abbreviated legal form spelled out as Wikipedia titles companies ("Walt Disney Co" → "Walt
     * Disney Company", "Tandy Corp" → "Tandy Corporation"), or null. Without the form, the name is often a person's
     * (Walt Disney) or a place's.
     */
    static String spelledOut(String name) {
        Matcher m = ABBREVIATED_FORM.matcher(name);
        if (!m.matches() || m.group(1).indexOf(' ') < 0 && m.group(1).length() < 2) return null;
        String form = switch (m.group(2)) { case "Co" -> "Company"; case "Cos" -> "Companies"; default -> "Corporation"; };
        return m.group(1) + " " + form;
    }

    /** The name without a trailing legal form ("Exxon Mobil Corp" → "Exxon Mobil", "Samsung Group" → "Samsung"). */
    static String withoutLegalForm(String name) {
        // two forms in a row: "British Petroleum Co PLC", "Samsung Electronics Co Ltd", "Toyota Motor Corp Ltd"
        String once = withoutOneLegalForm(name);
        return once.equals(name) ? name : withoutOneLegalForm(once);
    }

    private static String withoutOneLegalForm(String name) {
        Matcher m = LEGAL_FORM.matcher(name);
        if (m.find() && m.start() > 1) {
            String bare = name.substring(0, m.start()).strip();
            // "Dow Jones and Co" is a company; "Cabaye and Co" a footballer and his team-mates
            boolean spelled = name.regionMatches(true, m.start(), " and ", 0, 5);
            if (bare.length() > 1 && !(spelled && bare.indexOf(' ') < 0)) return bare;
        }
        return name;
    }

    /** False for WikiDict "titles" that are no article: anchor texts in capitals of missing pages, quoted or odd ones. */
    public static boolean isRealTitle(String title) {
        if (title.isEmpty()) return false;
        char c = title.charAt(0);
        if (c == '"' || c == '\'' || c == '$' || c == '*' || c == '&' || c == '(' || c == '-') return false;
        String base = Surfaces.titleBase(title);
        if (base.indexOf(' ') > 0 && isAllCaps(base)) {
            // an acronym and its legal form is a company's title ("UBS_AG", "SAP_AG", "BASF_SE")
            String bare = withoutLegalForm(base);
            if (!bare.equals(base) && bare.indexOf(' ') < 0) return true;
            int caps = 0;
            for (int i = 0; i < base.length(); i++) if (Character.isUpperCase(base.charAt(i))) caps++;
            return caps < 5;
        }
        return true;
    }

    static boolean isAllCaps(String s) {
        boolean upper = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLowerCase(ch)) return false;
            upper |= Character.isUpperCase(ch);
        }
        return upper;
    }

    private static final java.util.Set<String> LOWER_IN_NAMES = java.util.Set.of("of", "and", "the", "de");

    /**
     * A name in capitals written as a gazetteer or Wikipedia writes it, word by word: "SOUTH KOREA" → "South Korea",
     * "BOSNIA AND HERZEGOVINA" → "Bosnia and Herzegovina", "KUWAIT" → "Kuwait".
     */
    static String titleCaseWords(String caps) {
        StringBuilder sb = new StringBuilder();
        for (String w : caps.split(" ")) {
            if (sb.length() > 0) sb.append(' ');
            String l = w.toLowerCase(java.util.Locale.ROOT);
            sb.append(sb.length() > 0 && LOWER_IN_NAMES.contains(l) ? l : titleCase(w));
        }
        return sb.toString();
    }

    static String titleCase(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        boolean start = true;
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            sb.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            start = ch == '-' || ch == '/';
        }
        return sb.toString();
    }

    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Gen|Col|Capt|Sgt|Lt|Gov|Sen|Rep)\\.?|Justice|Judge|King|Queen|"
                    + "Prince|Princess|President|Premier|Chancellor|Senator|Governor|Mayor|Minister|Prime Minister|"
                    + "Pope|Cardinal|Bishop|Sheikh|Emir|Ayatollah)\\s+(?=\\p{Lu})");
    private static final Pattern SUFFIX = Pattern.compile(
            ",?\\s+(?:M\\.D\\.|Ph\\.D\\.|MP|QC|KC|Esq\\.?)$");

    /** An honorific before a name and a degree after it are no part of the name: "Mr Shorten" → "Shorten", "Christopher M. Rose, M.D." → "Christopher M. Rose". */
    private static final Pattern ROYAL_OR_CLERICAL = Pattern.compile(
            "^(?:King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Sheikh|Pope|Cardinal|Archbishop|Bishop|Ayatollah)\\s+(?=\\p{Lu})");

    /** True when the name starts with the style of a royal or a cleric, who is called by the given name ("Pope Francis"). */
    static boolean royalOrClericalStyle(String name) { return ROYAL_OR_CLERICAL.matcher(name).find(); }

    private static final Pattern ROYAL_STYLE = Pattern.compile("^(King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Sheikh)\\s+(?=\\p{Lu})");

    /**
     * The royal style a name carries ("Prince Harry" → "Prince"), or that the text writes right before it ("met Prince
     * William" for "William", as NLP strips the style from the name), or null.
     */
    static String royalStyle(String name, String text) {
        Matcher m = ROYAL_STYLE.matcher(name);
        if (m.find()) return m.group(1);
        if (text == null || name.indexOf(' ') >= 0) return null;
        for (int i : ArticleText.wholeWordStarts(text, name)) {
            int j = i - 1;
            while (j >= 0 && text.charAt(j) == ' ') j--;
            int k = j;
            while (k >= 0 && Character.isLetter(text.charAt(k))) k--;
            if (j > k) {
                Matcher w = ROYAL_STYLE.matcher(text.substring(k + 1, j + 1) + " " + name);
                if (w.find()) return w.group(1);
            }
        }
        return null;
    }

    /** Honorifics that take a surname ("Mr Blair", "Dr. Bose"), as a regular expression's alternatives. */
    static final String SURNAME_HONORIFICS = "Mr|Mrs|Ms|Miss|Mx|Dr|Prof";
    private static final Pattern SURNAME_HONORIFIC = Pattern.compile("^(?:" + SURNAME_HONORIFICS + ")\\.?\\s+(?=\\p{Lu})");

    /** True when the name opens with an honorific that takes a surname ("Mr Blair", "Dr. Bose"), not a given name ("Sir Alex"). */
    static boolean surnameHonorific(String name) { return SURNAME_HONORIFIC.matcher(name).find(); }

    static String stripHonorific(String s) {
        String t = HONORIFIC.matcher(s).replaceFirst("");
        t = SUFFIX.matcher(t).replaceFirst("");
        return t.isBlank() ? s : t.strip();
    }
}
