package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule {@code parties}: news names a political party by its members ("the ruling Conservatives", "Tory MPs",
 * "Democrats blocked the bill", "the Socialist government"), and NLP types such a word an ORGANIZATION (its
 * {@code PartyByMembers} rule). An ORGANIZATION named by a members' noun of {@code party-members.tsv} is also looked up
 * under the party's name ("Conservative Party") and under that name qualified by each place of the article
 * ("Liberal Party of Australia"), at full weight; a candidate whose title carries the party's name gets context
 * evidence 0.5. Which party of that name is meant is left to the WikiDict's prior and to the article's places, as for
 * any organisation. Other types ("a Republican from Ohio" typed PERSON) are left alone.
 *
 * <pre>
 *   PartyMembers.party("Tories");   // "Conservative Party"
 * </pre>
 */
public final class PartyMembers implements ArticleRule {
    static final PartyMembers INSTANCE = new PartyMembers();

    private final Map<String, String> partyByNoun = new HashMap<>();

    private PartyMembers() {
        for (String[] f : TsvTable.rows("party-members.tsv"))
            for (String noun : f[0].split("\\|"))
                if (partyByNoun.put(noun.strip(), f[1].strip()) != null)
                    throw new IllegalStateException("party-members.tsv: '" + noun + "' twice");
    }

    @Override
    public String name() { return "parties"; }

    /** The party's usual name for a members' noun ("Tories" → "Conservative Party"), or null. */
    public static String party(String noun) { return INSTANCE.partyByNoun.get(noun); }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.ORGANIZATION) return Evidence.NONE;
        String bare = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
        String party = partyByNoun.get(bare);
        if (party == null) return Evidence.NONE;
        List<Form> forms = new ArrayList<>();
        forms.add(new Form(party, 1.0));
        for (LinkRequest.ContextEntity c : req.context())
            if (c.type() == EntityType.PLACE) forms.add(new Form(party + " of " + Linker.clean(c.name()), 1.0));
        String key = " " + Surfaces.normalize(party) + " ";
        return Evidence.of(forms, title -> (" " + Surfaces.normalize(Surfaces.titleText(title)) + " ").contains(key) ? 0.5 : 0);
    }


}
