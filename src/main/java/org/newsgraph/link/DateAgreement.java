package org.newsgraph.link;

import java.time.LocalDate;

/**
 * The article's date against an entity's dates (from the Wikidata index): an entity that began after the article
 * was written (a person born, an organisation founded later) cannot be meant, and an organisation dissolved before
 * the article's year is unlikely (a 2023 article's "TASS" is not the Soviet agency dissolved in 1992). People who
 * died, and places, keep their score: news writes about them.
 *
 * <pre>
 *   double f = DateAgreement.factor(item, LocalDate.of(2023, 3, 13), EntityType.ORGANIZATION);   // 0, 0.5 or 1
 * </pre>
 */
public final class DateAgreement {
    private DateAgreement() {}

    /** Score factor for a dissolved organisation. */
    public static final double DISSOLVED = 0.5;

    /** 0 when the entity began after the article's year, {@link #DISSOLVED} for an organisation dissolved before it, else 1. */
    public static double factor(WikidataIndex.Item item, LocalDate articleDate, EntityType requested) {
        if (articleDate == null || item == null) return 1;
        int year = articleDate.getYear();
        if (item.start() != WikidataDumpEntity.NO_DATE && item.startYear() > year) return 0;
        boolean org = item.type() == TitleType.ORGANIZATION || requested == EntityType.ORGANIZATION && item.type() != TitleType.PERSON;
        if (org && item.end() != WikidataDumpEntity.NO_DATE && item.endYear() < year) return DISSOLVED;
        return 1;
    }
}
