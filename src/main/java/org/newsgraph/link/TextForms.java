package org.newsgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@code textforms}: news names an organisation or a person in full once and shortens it afterwards ("Tullow Oil …
 * Tullow said", "Manchester United … United's season", "Allan McGregor … McGregor saved"). An ORGANIZATION of one or two
 * words, and a PERSON named by one word (when NLP did not join the two mentions itself), is also looked up under each longer name the article's text writes around it — the name with up to two
 * capitalised words before or after it — at the weight of a fullest name, and a candidate whose title carries such a
 * longer name gets context evidence 0.5. The longer names must be WikiDict surfaces to count (the linker drops the
 * others), so "Yesterday Newcastle" at the start of a sentence adds nothing. A seat of government
 * ({@code government-metonyms.tsv}: "White House", "Downing Street") is a name of its own, never such a longer name,
 * and a person's title ("Treasury Secretary") is none of an organisation.
 *
 * <pre>
 *   TextForms.longerNames("Newcastle", "Newcastle United won. Newcastle's manager …");   // [Newcastle United]
 * </pre>
 */
public final class TextForms implements ArticleRule {
    static final TextForms INSTANCE = new TextForms();

    private TextForms() {}

    /** A lone surname, with its particle if it has one ("Trout", "McGregor", "Le Pen", "Van Gaal"). */
    private static final Pattern LONE_NAME = Pattern.compile("(?:(?:Le|La|De|Du|Van|Von|Da|Di|Del|Dos|Al|El) )?(Mc|Mac|O')?\\p{Lu}\\p{Ll}+");
    private static final String WORD = "\\p{Lu}[\\p{L}'’.&-]*";

    @Override
    public String name() { return "textforms"; }

    private static boolean applies(LinkRequest req, String name, WikiDictIndex index) {
        if (req.article() == null || name.isEmpty()) return false;
        // a lone personal name ("Trout", "McGregor", "Le Pen") near its full form ("Mike Trout", "Marine Le Pen"), when
        // NLP kept them apart
        if (req.type() == EntityType.PERSON) return LONE_NAME.matcher(name).matches();
        if (req.type() != EntityType.ORGANIZATION) return false;
        // an acronym is a name of its own ("FA" next to "FA Cup", "BBC" next to "BBC News"): not a shortening
        if (!Character.isUpperCase(name.charAt(0)) || name.split(" ").length > 2 || name.replace(".", "").chars().allMatch(Character::isUpperCase)) return false;
        // a name that is itself an organisation's usual name ("Barclays" → Barclays_plc) is not a shortening of the
        // longer names around it ("Barclays Global Investors" is another company)
        for (WikiDictIndex.Candidate c : index.candidates(name))
            if (c.exactPrior() >= 0.5 && TitleTypes.fromTitle(c.title()) != TitleType.NON_ENTITY
                    && (c.type() == TitleType.ORGANIZATION || TitleTypes.fromTitle(c.title()) == TitleType.ORGANIZATION)) return false;
        return true;
    }



    /** Decides once per request whether the rule applies (an index look-up) and which longer names the text has. */
    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (!applies(req, name, index)) return Evidence.NONE;
        List<String> longer = new ArrayList<>(req.article().longerNames(name));
        // a seat of government is a name of its own, not the full name of a body: "the House" of a story that also
        // writes "the White House" is the House of Representatives (government-metonyms.tsv)
        longer.removeIf(n -> LinkRule.GovernmentMetonymy.INSTANCE.government(n) != null);
        // nor is a person's title: "Treasury Secretary James Baker" gives the Treasury no longer name
        if (req.type() == EntityType.ORGANIZATION) longer.removeIf(n -> TitleTypes.isPosition(n.substring(n.lastIndexOf(' ') + 1)));
        if (longer.isEmpty()) return Evidence.NONE;
        List<Form> forms = new ArrayList<>(longer.size());
        List<String> normalized = new ArrayList<>(longer.size());
        for (String n : longer) {
            forms.add(new Form(n, 1.0, true));   // a name the article gives the entity
            normalized.add(" " + Surfaces.normalize(n) + " ");
        }
        return Evidence.of(forms, title -> {
            String t = " " + Surfaces.normalize(Surfaces.titleText(title)) + " ";
            for (String n : normalized) if (t.contains(n)) return 0.5;
            return 0;
        });
    }

    /** The longer names around {@code name} in {@code text}, in order of first appearance. */
    static List<String> longerNames(String name, String text) {
        Pattern p = Pattern.compile("(?:(?<![\\p{L}\\d'’.-])((?:" + WORD + " ){1,2}))?" + Pattern.quote(name)
                + "(?![\\p{L}\\d])((?: " + WORD + "){1,2})?");
        Set<String> out = new LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            String before = m.group(1), after = m.group(2);
            if (before == null && after == null) continue;
            String b = before == null ? "" : before, a = after == null ? "" : stripDot(after);
            Matcher opener = DETERMINER.matcher(b);
            if (opener.lookingAt()) b = b.substring(opener.end());   // "But Jonny Wilkinson": the opener goes, the name stays
            // every extension: "Manchester United", "United Airlines", and the shorter ones inside longer runs
            if (!a.isEmpty()) {
                out.add(name + a);
                int sp = a.indexOf(' ', 1);
                if (sp > 0) out.add(name + a.substring(0, sp));
            }
            if (!b.isEmpty()) {
                out.add(b + name);
                int sp = b.indexOf(' ');
                if (sp > 0 && sp < b.length() - 1) out.add(b.substring(sp + 1) + name);
            }
        }
        return List.copyOf(out);
    }

    /** "The Navy", "This United side", "But Jonny Wilkinson": a capitalised determiner or conjunction opens a sentence, not a name. */
    private static final Pattern DETERMINER = Pattern.compile("(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|But|And|As|At|In|On|For|When|If|After|Before) ");

    private static String stripDot(String s) { return s.endsWith(".") && !s.endsWith("St.") ? s.substring(0, s.length() - 1) : s; }
}
