package org.newsgraph.nlp;

import java.util.Arrays;
import java.util.Set;

/**
 * Fixes companies that financial and business news names in full once ("Apple Inc.", "Goldman Sachs Group Inc",
 * "HSBC Holdings plc", "JPMORGAN CHASE & CO") and then without the legal form ("Apple", "Goldman Sachs", "HSBC"),
 * which NER tags apart or as a person or place: a name that is an organisation's name without its trailing suffixes
 * ({@code words/company-suffixes.txt}) is that organisation; so is the name without one trade word more
 * ({@code words/company-descriptors.txt}: "Ford" after "Ford Motor Co", "Samsung" after "Samsung Electronics Co Ltd";
 * switch {@code CompanyDescriptor}), unless that short name is a place or a people in the gazetteer ("Singapore
 * Airlines" … "Singapore", "American Airlines" … "American"); and a company of two names written once with its legal
 * form is named by the first alone ({@link #companyOfFirstWord}, switch {@code CompanyFirstWord}). And a stock ticker in parentheses right after a
 * company's name is that company ("Tesla Inc (TSLA)", "Alphabet (NASDAQ: GOOGL)"). Used by {@link InDocumentResolution}, under this rule's name.
 */
final class CompanySuffix {
    private CompanySuffix() {}

    static final Set<String> SUFFIXES = WordList.load("company-suffixes");
    /** Trade words that end a listed company's name and that news drops too ("Motor", "Electronics", "Oil"). */
    static final Set<String> DESCRIPTORS = WordList.load("company-descriptors");

    private static boolean placeOrPeople(Doc d, String[] words) {
        String name = String.join(" ", words);
        return d.gazetteer.byName(name).isPresent() || d.gazetteer.byDemonym(name).isPresent();
    }

    private static final java.util.regex.Pattern TICKER = java.util.regex.Pattern.compile("[A-Z]{1,5}(\\.[A-Z]{1,2})?");

    /**
     * The organisation a ticker candidate at tokens {@code [s, e)} stands for: one all-caps token inside parentheses
     * right after the organisation's mention, optionally after an exchange and a colon ("(NYSE: GE)").
     */
    static Ent tickerOf(Doc d, int s, int e) {
        Tokens t = d.t;
        if (e != s + 1 || !TICKER.matcher(t.word[s]).matches() || e >= t.size || !t.word[e].equals(")")) return null;
        int open = s - 1;
        if (open >= 2 && t.word[open].equals(":") && Doc.isCapsWord(t.word[open - 1])) open -= 2;
        if (open < 1 || !t.word[open].equals("(") || d.owner[open - 1] < 0) return null;
        Ent x = d.ents.get(d.owner[open - 1]);
        return x.e.type() == EntityType.ORGANIZATION ? x : null;
    }

    /** The organisation whose name without its suffixes is {@code words}, or null. */
    static Ent companyOf(Doc d, String[] words) {
        if (words.length == 0 || SUFFIXES.contains(words[words.length - 1])) return null;
        for (Ent x : d.ents) {
            if (x.e.type() != EntityType.ORGANIZATION) continue;
            for (String[] f : x.forms) {
                int n = f.length;
                while (n > 1 && SUFFIXES.contains(f[n - 1])) n--;
                if (n < f.length && n == words.length && Arrays.equals(words, Arrays.copyOf(f, n))) return x;
                // "Ford Motor Co" → "Ford", "Samsung Electronics" → "Samsung", "Tullow Oil" → "Tullow": one trade word
                // more, unless the short form is a place or a people ("Singapore Airlines" is no "Singapore")
                if (n > 1 && n - 1 == words.length && DESCRIPTORS.contains(f[n - 1]) && d.on("CompanyDescriptor")
                        && Arrays.equals(words, Arrays.copyOf(f, n - 1)) && !placeOrPeople(d, words)) return x;
            }
        }
        return null;
    }

    /**
     * Switch {@code CompanyFirstWord}: wire copy names a company of two names in full once, with its legal form
     * ("McDonnell Douglas Corp", "Goldman Sachs Group Inc", "Merrill Lynch & Co"), and then by its first name alone
     * ("McDonnell chief executive Harry Stonecipher", "Goldman said"). The one word is that company when exactly one
     * company of the story is written so and the word is no place or people of the gazetteer; null otherwise.
     */
    static Ent companyOfFirstWord(Doc d, String[] words) {
        if (words.length != 1 || !d.on("CompanyFirstWord") || placeOrPeople(d, words)) return null;
        Ent found = null;
        for (Ent x : d.ents) {
            if (x.e.type() != EntityType.ORGANIZATION) continue;
            for (String[] f : x.forms) {
                int n = f.length;
                while (n > 1 && (SUFFIXES.contains(f[n - 1]) || f[n - 1].equals("&"))) n--;
                if (n == f.length) continue;   // written with a legal form: a company as wire copy names it first
                if (n > 1 && DESCRIPTORS.contains(f[n - 1])) n--;
                if (n != 2 || !f[0].equals(words[0]) || !Character.isUpperCase(f[1].charAt(0))) continue;
                if (found != null && found != x) return null;   // two companies of that first name: neither
                found = x;
            }
        }
        return found;
    }
}
