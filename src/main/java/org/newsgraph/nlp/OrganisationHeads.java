package org.newsgraph.nlp;

/**
 * The head nouns that end organisations' names ({@code words/organisation-heads.txt}: "Committee", "Council", "Bank",
 * "Court" …), for the linker: such a word alone, capitalised, is a body the story names by its kind ("Committee
 * chairman Dan Rostenkowski"), never the article on the word.
 */
public final class OrganisationHeads {
    private OrganisationHeads() {}

    /** True for a head noun of organisations' names, as written ("Committee"). */
    public static boolean isHead(String word) { return Lexicon.ORG_HEADS.contains(word); }
}
