package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.GOVERNMENT_SEATS;
import static org.newsgraph.nlp.Lexicon.GOV_ORG;

import org.newsgraph.vocab.SDO;

/**
 * Gives entities their finer schema.org class: a gazetteer place its {@code Country} / {@code City} /
 * {@code AdministrativeArea}; an organisation {@code NewsMediaOrganization} when one of its names is a known outlet or
 * looks like one ("… News/Times/Post"), {@code SportsTeam} when {@link SportsTeams} made it one, {@code
 * CollegeOrUniversity} when {@link EducationPlace} did,
 * {@code GovernmentOrganization} for a seat of government ("Kremlin") or a name with a government word ("Ministry",
 * "Council", "Police" …).
 */
final class FinerClasses implements Rule {
    @Override
    public void apply(Doc d) {
        for (Ent x : d.ents) {
            ExtractedEntity e = x.e;
            if (e.type() == EntityType.PLACE) {
                d.gazetteer.byName(e.name()).ifPresent(p -> e.schemaClass(p.schemaClass()));
            } else if (e.type() == EntityType.ORGANIZATION) {
                boolean news = false, gov = false;
                for (String n : e.names()) {
                    news |= d.isNewsOutlet.test(n);
                    gov |= GOV_ORG.matcher(n).find();
                }
                if (news) e.schemaClass(SDO.NewsMediaOrganization);
                else if (d.team.contains(e.name())) e.schemaClass(SDO.SportsTeam);
                else if (d.universities.contains(e.name())) e.schemaClass(SDO.CollegeOrUniversity);
                else if (gov || GOVERNMENT_SEATS.contains(e.name())) e.schemaClass(SDO.GovernmentOrganization);
            }
        }
    }
}
