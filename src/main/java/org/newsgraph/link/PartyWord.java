package org.newsgraph.link;

import java.util.List;

/**
 * Rule {@code partyword}: news writes a party's name and then the word "party" in lower case — "the Congress party, led
 * by Narasimha Rao", "the ruling Liberal Democratic party" — and NER's span stops before the lower-case word, so
 * "Congress" went to the US Congress in an Indian story. An ORGANIZATION that the article writes right before "party"
 * is also looked up as "Name Party", as a name, and the title that name gives gets full context evidence
 * ({@code Indian_National_Congress}).
 *
 * <pre>
 *   PartyWord.INSTANCE.evidence(LinkRequest.of("Congress", EntityType.ORGANIZATION).withArticle(…), "Congress", index);
 * </pre>
 */
public final class PartyWord implements ArticleRule {
    static final PartyWord INSTANCE = new PartyWord();

    private PartyWord() {}

    @Override
    public String name() { return "partyword"; }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.ORGANIZATION || req.article() == null || name.isEmpty() || name.endsWith(" Party")
                || !writtenBeforeParty(name, req.article().text())) return Evidence.NONE;
        String party = name + " Party", title = index.topTitle(party);
        if (title == null || !NameForms.isRealTitle(title)) return Evidence.NONE;
        return Evidence.of(List.of(new Form(party, 1.0, true)), t -> t.equals(title) ? 1.0 : 0);
    }

    /** True when {@code name} stands right before a lower-case "party" somewhere in {@code text}. */
    static boolean writtenBeforeParty(String name, String text) {
        for (int i : ArticleText.wholeWordStarts(text, name))
            if (text.startsWith(" party", i + name.length()) && (i + name.length() + 6 == text.length()
                    || !Character.isLetter(text.charAt(i + name.length() + 6)))) return true;
        return false;
    }
}
