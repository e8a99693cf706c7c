package org.newsgraph.link;

/**
 * Rule {@code typeagree}: the NER type against what the WikiDict's anchors say a title is, when its own form says
 * nothing. An ORGANIZATION is not linked to a title whose anchors call it a place ("Aachen, Germany", "city of …"):
 * an organisation named like a town is its club, its council, a company or a government (metonymy), never the town
 * itself — better no link than the town. The title's own form (a qualifier, a shipped list, "… F.C.") and a Wikidata
 * P31 class stay decisive where they speak ({@link EntityType#accepts}); this only reads the softer anchor cues, and only
 * for this one contradiction, since anchor cues are noisy the other way (they call {@code David_Cameron} an
 * organisation).
 *
 * <pre>
 *   TypeAgreement.fits(EntityType.ORGANIZATION, TitleType.UNKNOWN, TitleType.PLACE);   // false
 * </pre>
 */
public final class TypeAgreement {
    private TypeAgreement() {}

    /** Whether a title of certain type {@code sure} and anchor-cue type {@code cue} may stand for a {@code requested} entity. */
    public static boolean fits(EntityType requested, TitleType sure, TitleType cue) {
        return !(requested == EntityType.ORGANIZATION && sure == TitleType.UNKNOWN && cue != null && cue.isPlace());
    }
}
