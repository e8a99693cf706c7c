package org.newsgraph.nlp;

import java.util.Set;

/**
 * The company word lists NLP reads, for the linker too: legal forms ({@code words/company-suffixes.txt}: "Inc", "Plc",
 * "AG") and trade words that end a listed company's name and that news drops ({@code words/company-descriptors.txt}:
 * "Motors", "Electronics", "Airlines").
 */
public final class CompanyWords {
    private CompanyWords() {}

    /** Trade words that end a company's name ("Tesla Motors", "Samsung Electronics", "Delta Air Lines"). */
    public static Set<String> descriptors() { return CompanySuffix.DESCRIPTORS; }
}
