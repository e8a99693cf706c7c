package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How continental football clubs are named around their town ({@code club-affixes.tsv}): a word of its own ("Sporting
 * Clube de Portugal"), a prefix ("SC Freiburg", "AJ
 * Auxerre", "S.S. Lazio"), a suffix ("Vicenza Calcio", "Montpellier HSC") or a suffix after the German adjective of the
 * town ("Hamburger SV", "Karlsruher SC"). Read by {@link TitleTypes#isSportsTeam} (a title of such a form is a club)
 * and by {@link ClubNames} (a town in a football report is looked up in each form).
 *
 * <pre>
 *   ClubAffixes.forms("Hamburg");            // […, "SC Hamburg", …, "Hamburg Calcio", …, "Hamburger SV", …]
 *   ClubAffixes.isClubTitle("Karlsruher_SC"); // true
 * </pre>
 */
final class ClubAffixes {
    private ClubAffixes() {}

    private static final List<String> PREFIXES = new ArrayList<>(), SUFFIXES = new ArrayList<>(), ADJ_SUFFIXES = new ArrayList<>(),
            WORDS = new ArrayList<>();
    private static final Pattern TITLE;

    static {
        for (String[] row : TsvTable.rows("club-affixes.tsv")) {
            String form = row[1].strip();
            switch (row[0].strip()) {
                case "prefix" -> PREFIXES.add(form);
                case "suffix" -> SUFFIXES.add(form);
                case "adjsuffix" -> ADJ_SUFFIXES.add(form);
                case "word" -> WORDS.add(form);
                default -> throw new IllegalStateException("club-affixes.tsv: unknown kind " + row[0]);
            }
        }
        // no comma ("Greenville,_SC" is a town); one to three words before a suffix ("Holden_VL_Commodore_SS_Group_A_SV" is a car)
        TITLE = Pattern.compile("(?:" + alternatives(PREFIXES) + ")_\\p{Lu}[^,]*"
                + "|\\p{Lu}[^_,]*(?:_\\p{L}[^_,]*){0,2}_(?:" + alternatives(SUFFIXES) + ")"
                + "|\\p{Lu}[^_,]*er_(?:" + alternatives(ADJ_SUFFIXES) + ")"
                + "|(?:[^,]*_)?(?:" + alternatives(WORDS) + ")(?:_[^,]*)?");
    }

    private static String alternatives(List<String> forms) {
        StringBuilder sb = new StringBuilder();
        for (String f : forms) sb.append(sb.length() > 0 ? "|" : "").append(Pattern.quote(f.replace(' ', '_')));
        return sb.toString();
    }

    /** True when the title has a club's form of this table ("SC_Freiburg", "Hamburger_SV", "Vicenza_Calcio"). */
    static boolean isClubTitle(String title) { return TITLE.matcher(title).matches(); }

    /** The club names a town may stand for, in the table's forms. */
    static List<String> forms(String town) {
        List<String> out = new ArrayList<>();
        for (String p : PREFIXES) out.add(p + " " + town);
        for (String s : SUFFIXES) out.add(town + " " + s);
        String adjective = town.endsWith("e") ? town + "r" : town + "er";   // Karlsruhe → Karlsruher, Hamburg → Hamburger
        for (String s : ADJ_SUFFIXES) out.add(adjective + " " + s);
        return out;
    }
}
