package org.newsgraph.link;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.nlp.ExtractedEntity;
import org.newsgraph.vocab.SDO;

/**
 * Rule {@code acronympersons}: British news writes an acronym of more than four letters, and some of four, in title
 * case — "Ukip", "Unesco", "Nato", "Unicef" — and NER, seeing a capitalised word, often makes it a person, which the
 * linker then cannot link to an organisation. A person the linker left unlinked, named by one title-case word whose
 * WikiDict entry (as written, or in capitals) is a title that word abbreviates — the title itself in capitals
 * ({@code UNESCO}) or its words' initials ({@code United_Kingdom_Independence_Party}) — is linked again as an
 * organisation, and retyped when that gives the same title. A surname is no acronym of its title ("Hunt",
 * {@code Jeremy_Hunt}), so people are left alone.
 *
 * <pre>
 *   AcronymPersons.abbreviates("Ukip", "United_Kingdom_Independence_Party");   // true
 * </pre>
 */
final class AcronymPersons {
    private static final Pattern TITLE_CASE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{2,7}");
    private static final java.util.Set<String> SKIPPED = java.util.Set.of("of", "and", "for", "the", "on", "in", "&", "de");

    private AcronymPersons() {}

    /** Whether {@code name} in capitals is {@code title} itself or the initials of its words. */
    static boolean abbreviates(String name, String title) {
        String upper = name.toUpperCase(Locale.ROOT);
        String base = Surfaces.titleBase(title).replace('_', ' ');
        if (base.equals(upper)) return true;
        StringBuilder initials = new StringBuilder();
        for (String w : base.split("[ -]+"))
            if (!w.isEmpty() && !SKIPPED.contains(w)) initials.append(Character.toUpperCase(w.charAt(0)));
        return initials.length() > 2 && initials.toString().equals(upper);
    }

    /** Re-links the unlinked one-word persons that are acronyms, unless the rule is off; {@code found} is updated. */
    static void relink(EntityLinker linker, List<ExtractedEntity> entities, List<LinkRequest> requests,
                       Map<ExtractedEntity, EntityLinker.Result> found) {
        if (linker.linker().isOff("acronympersons")) return;
        WikiDictIndex index = linker.linker().index();
        for (int i = 0; i < entities.size(); i++) {
            ExtractedEntity e = entities.get(i);
            if (e.isLinked() || e.type() != org.newsgraph.nlp.EntityType.PERSON || !TITLE_CASE_WORD.matcher(e.name()).matches())
                continue;
            String title = index.exactTitle(e.name());
            if (title == null || !abbreviates(e.name(), title)) title = index.exactTitle(e.name().toUpperCase(Locale.ROOT));
            if (title == null || !abbreviates(e.name(), title)) continue;
            LinkRequest r = requests.get(i);
            LinkRequest asOrg = r.asOrganisation(SDO.Organization.getURI());
            int self = i;
            EntityLinker.Result again = linker.linkArticle(List.of(asOrg.withContextOf(requests, j -> j == self))).get(0);
            if (again.link().isEmpty() || !again.link().get().title().equals(title)) continue;
            e.retype(org.newsgraph.nlp.EntityType.ORGANIZATION, SDO.Organization);
            e.link(title, again.link().get().confidence());
            found.put(e, again);
            requests.set(i, asOrg);
        }
    }
}
