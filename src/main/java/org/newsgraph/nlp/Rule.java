package org.newsgraph.nlp;

/**
 * One extraction rule: a named, separately testable step over one article's {@link Doc}. The rules run in the order
 * of {@link Rules#standard()}; each class says in its documentation what it fixes. A rule can be switched off by its
 * name ({@link EntityExtractor.Builder#disable}, or {@code -Dnewsgraph.nlp.disable=Name,…}) to measure what it does.
 */
interface Rule {
    void apply(Doc d);

    /** The rule's name: its class's simple name. */
    default String name() { return getClass().getSimpleName(); }
}
