package org.newsgraph.link;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.TitleWords;

/**
 * Rule {@code titledsurname}: news writes a person by the title and one name — "Governor George", "Chancellor Clarke",
 * "Foreign Minister Levy", "coach Ferguson", "striker Drogba" — and that one name is the surname (or a later part of
 * the name: "President Lula" is {@code Luiz_Inácio_Lula_da_Silva}), never a given name. So a one-word person the
 * text writes right after a title's head noun ({@code words/title-heads.txt}, any case) and before no further
 * capitalised word is not linked to a title that starts with that word ("Governor George" is not
 * {@code George_Bernard_Shaw}). A title that is the name alone ("Suharto") still fits. Royal and clerical styles
 * take a given name ("King Abdullah", "Pope Benedict", "Queen Elizabeth") and are left to rule {@code givenname}.
 *
 * <pre>
 *   TitledNames.of("Governor George met Chancellor Clarke.");   // [George, Clarke]
 *   TitledNames.fits("George", "George_Bernard_Shaw");          // false
 * </pre>
 */
final class TitledNames {
    private TitledNames() {}

    /** Title heads that take a given name: royal and clerical styles. */
    private static final Set<String> GIVEN_NAME_STYLES = Set.of("king", "queen", "prince", "princess", "pope", "emperor",
            "empress", "monarch", "duke", "duchess");

    /** A word, then one capitalised name not followed on its line by another capitalised word. */
    private static final Pattern TITLED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([\\p{L}.-]+)[ \\t]+(\\p{Lu}[\\p{L}'-]*\\p{Ll}[\\p{L}'-]*)(?![\\p{L}\\p{N}])(?![ \\t]+\\p{Lu})");

    /** The one-word names the text writes right after a title's head noun. */
    static Set<String> of(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = TITLED.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String head = m.group(1).toLowerCase(Locale.ROOT);
            if (TitleWords.isHead(head) && !GIVEN_NAME_STYLES.contains(head) && !TitleWords.isHead(m.group(2)))
                found.add(m.group(2));
            from = m.start(2);   // the name may be the next match's title ("Minister Levy")
        }
        return found;
    }

    /** Whether a person's title fits a name written after a title: the title is the name alone, or has it after its first word. */
    static boolean fits(String name, String title) {
        String[] words = NameMatch.fold(Surfaces.titleBase(title)).replace('-', ' ').replace('_', ' ').split(" ");
        String n = NameMatch.fold(name);
        if (words.length == 1) return words[0].equals(n);
        for (int i = 1; i < words.length; i++) if (words[i].equals(n) || NameMatch.umlautFold(words[i]).equals(NameMatch.umlautFold(n))) return true;
        return false;
    }
}
