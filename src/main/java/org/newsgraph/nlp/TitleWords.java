package org.newsgraph.nlp;

import java.util.Locale;

/**
 * The words of the titles news gives people ({@code words/title-heads.txt}: "minister", "king", "coach";
 * {@code words/title-modifiers.txt}: "prime", "foreign", "deputy"), for the linker: a Wikipedia title made of them
 * alone ("Prime_Minister", "Deputy_Prime_Minister", "Lord_Mayor") is an office, while "Stephen_King" and
 * "Alexander_Pope" are people whose surname is such a word.
 */
public final class TitleWords {
    private TitleWords() {}

    /** True for a word that may stand before a title's head ("prime", "foreign", "deputy"), any case. */
    public static boolean isModifier(String word) { return Lexicon.TITLE_MODIFIERS.contains(word.toLowerCase(Locale.ROOT)); }

    private static final java.util.Set<String> PORTFOLIOS = WordList.load("portfolios");

    /** True for a portfolio of an office as written ("Transport", "Home Affairs", "Defence": {@code words/portfolios.txt}). */
    public static boolean isPortfolio(String name) { return PORTFOLIOS.contains(name); }

    /** True for the head noun of a title ("minister", "president", "king"), any case. */
    public static boolean isHead(String word) { return Lexicon.TITLE_HEADS.contains(word.toLowerCase(Locale.ROOT)); }
}
