package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule {@code statebodies}: US news calls a state's legislature and courts "the state Senate", "the state Assembly",
 * "the state Supreme Court", and leaves the state to the story — a state it names ("lawmakers in New York"), its
 * dateline's region ("ALBANY, N.Y. (AP)") or its dateline's city when that is a state capital ("ALBANY (AP)",
 * {@code state-capitals.tsv}). Without that, "Senate" goes to the United States Senate and "Assembly" to the best-known
 * state assembly. An ORGANIZATION named Senate, Assembly, House, House of Representatives, Legislature, General
 * Assembly or Supreme Court, which the text writes after "state", in a story of exactly one state, is also looked up
 * as "<state> Senate" and "<state> State Senate" ("New York State Senate", "Texas Senate"), and the titles that name
 * the state ({@code New_York_State_Senate}, {@code Senate_of_Virginia}; not {@code West_Virginia_Senate} for Virginia)
 * get full evidence, the others dropped.
 *
 * <pre>
 *   StateBodies.writtenAsState("Senate", "The state Senate voted 33-29.");   // true
 * </pre>
 */
public final class StateBodies implements ArticleRule {
    static final StateBodies INSTANCE = new StateBodies();
    private static final Set<String> BODIES = Set.of("Senate", "Assembly", "House", "House of Representatives", "Legislature",
            "General Assembly", "Supreme Court");
    private static final Map<String, String> CAPITALS = new HashMap<>();
    static {
        for (String[] row : TsvTable.rows("state-capitals.tsv")) CAPITALS.put(row[0].strip(), row[1].strip());
    }

    private StateBodies() {}

    @Override
    public String name() { return "statebodies"; }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.ORGANIZATION || req.article() == null || !BODIES.contains(name)
                || !writtenAsState(name, req.article().text())) return Evidence.NONE;
        Set<String> states = states(req);
        if (states.size() != 1) return Evidence.NONE;
        String state = states.iterator().next();
        List<Form> forms = new ArrayList<>(List.of(new Form(state + " " + name, 1.0), new Form(state + " State " + name, 1.0)));
        String mark = state.replace(' ', '_');
        return Evidence.restricting(forms, title -> namesState(title, mark) ? 1.0 : 0);
    }

    /** Whether a title names the state (underscored) as a word of its own: first, or after "of". */
    static boolean namesState(String title, String mark) {
        return title.startsWith(mark + "_") || title.endsWith("_of_" + mark) || title.contains("_of_" + mark + "_");
    }

    /** Whether the text writes the body's name after "state" ("the state Senate", "the state Senate and Assembly"). */
    static boolean writtenAsState(String name, String text) {
        return Pattern.compile("\\bstate (?:(?:Senate|Assembly|House|Legislature) and )?" + Pattern.quote(name) + "\\b").matcher(text).find();
    }

    /** The US states the story names: as places, as its dateline's region, or by its dateline's state capital. */
    static Set<String> states(LinkRequest req) {
        Set<String> out = new LinkedHashSet<>();
        String text = req.article().text();
        for (LinkRequest.ContextEntity c : req.context()) {
            if (c.type() != EntityType.PLACE) continue;
            String n = Linker.clean(c.name());
            String written = NameForms.isAllCaps(n) ? NameForms.titleCaseWords(n) : n;
            if (StateAbbreviations.isState(written)) {
                out.add(written);
                continue;
            }
            String region = Datelines.dateline(n, text);
            if (region == null) continue;
            String expanded = StateAbbreviations.expand(region);
            if (expanded != null && StateAbbreviations.isState(expanded)) out.add(expanded);
            else if (StateAbbreviations.isState(region)) out.add(region);
            else if (region.isEmpty() && CAPITALS.containsKey(written)) out.add(CAPITALS.get(written));
        }
        return out;
    }
}
