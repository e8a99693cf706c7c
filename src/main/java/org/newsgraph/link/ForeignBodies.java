package org.newsgraph.link;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Gazetteer;

/**
 * Rule {@code foreignbody}: a generic body's name ("Ministry of Trade and Industry", "the Senate", "Labour Party") in a
 * story about one country is not another country's body. Wikipedia marks a national body with its country — as a
 * qualifier ({@code Ministry_of_Trade_and_Industry_(Singapore)}, {@code Labour_Party_(UK)}), a leading adjective
 * ({@code Norwegian_Ministry_of_Trade_and_Industry}) or a trailing "of" ({@code Parliament_of_South_Africa},
 * {@code House_of_Commons_of_the_United_Kingdom}). When the article names countries, a candidate marked with a country
 * the article neither names nor writes (as a name or an adjective) is dropped: a Seoul story's "Ministry of Trade and
 * Industry" is no Norwegian ministry, and stays unlinked rather than wrong. Only organisations named in words (not an
 * acronym: "RBS" does not write Scotland), and only when the article names a country at all. English-language news
 * often leaves its own country unnamed ("the 3rd Infantry Division" of a US story that names only Iraq), so a mark of
 * one of those countries ({@code home-countries.tsv}) stays unless the article names one of them itself (an Australian
 * story's "Minister for Communications" is no Irish minister).
 *
 * <pre>
 *   ForeignBodies.mark("Norwegian_Ministry_of_Trade_and_Industry");   // Mark[written=Norwegian, country=Norway]
 * </pre>
 */
final class ForeignBodies {
    private ForeignBodies() {}

    private static final Gazetteer GAZETTEER = Gazetteer.standard();
    /** Countries whose news often leaves them unnamed ({@code home-countries.tsv}). */
    private static final Set<String> HOMES = new HashSet<>();
    static {
        for (String[] row : TsvTable.rows("home-countries.tsv")) HOMES.add(row[0].strip());
    }

    private static final Set<String> UK_PARTS = Set.of("England", "Scotland", "Wales", "Northern Ireland");

    /** The country a title marks its entity with, as the title writes it ("America") and by its usual name ("United States"). */
    record Mark(String written, String country) {}

    /** The country a title marks its entity with, or null: by qualifier, leading adjective or trailing "of". */
    static Mark mark(String title) {
        int open = title.lastIndexOf("_(");
        if (open > 0 && title.endsWith(")")) {
            String q = title.substring(open + 2, title.length() - 1).replace('_', ' ');
            String c = countryNamed(q);
            if (c != null) return new Mark(q, c);
        }
        String base = Surfaces.titleBase(title);
        int sp = base.indexOf(' ');
        if (sp > 0) {
            Optional<Gazetteer.Place> p = GAZETTEER.byDemonym(base.substring(0, sp));
            if (p.isPresent() && p.get().isCountry()) return new Mark(base.substring(0, sp), p.get().name());
        }
        int of = base.lastIndexOf(" of ");
        if (of < 0) return null;
        String realm = base.substring(of + 4);
        String c = countryNamed(realm);
        return c == null ? null : new Mark(realm.startsWith("the ") ? realm.substring(4) : realm, c);
    }

    private static String countryNamed(String name) {
        Optional<Gazetteer.Place> p = GAZETTEER.byName(name);
        return p.isPresent() && p.get().isCountry() ? p.get().name() : null;
    }

    /** The countries the request's article names: its places that are countries, or capitals and states of one. */
    static Set<String> articleCountries(LinkRequest req) {
        Set<String> out = new HashSet<>();
        for (LinkRequest.ContextEntity c : req.context()) {
            if (c.type() != EntityType.PLACE) continue;
            String n = Linker.clean(c.name());
            // a dateline or headline in capitals ("INDONESIA", "JAKARTA") names its place as the gazetteer does
            if (n.length() > 3 && n.chars().noneMatch(Character::isLowerCase)) n = NameForms.titleCaseWords(n);
            if (UK_PARTS.contains(n)) {   // England, Scotland, Wales and Northern Ireland name the United Kingdom (regions to NLP's gazetteer)
                out.add("United Kingdom");
                continue;
            }
            String country = countryNamed(n);
            if (country == null) country = ArticlePlaces.countryOf(n, Set.of());
            if (country != null) out.add(countryNamed(country) != null ? countryNamed(country) : country);
        }
        return out;
    }

    /**
     * Rule {@code foreigntown}: the state or province a town's title places it in ({@code Durham,_North_Carolina} →
     * North Carolina, United States), or null. Only US states and Canadian provinces: Wikipedia qualifies their towns
     * so, while a British or Australian town's bare title is often the primary topic ({@code Durham}).
     */
    static Mark townMark(String title) {
        int comma = title.lastIndexOf(",_");
        if (comma < 0 || title.endsWith(")")) return null;
        String region = title.substring(comma + 2).replace('_', ' ');
        if (!StateAbbreviations.isState(region)) return null;
        String country = StateAbbreviations.countryOf(region);
        return country == null ? null : new Mark(region, country);
    }

    /**
     * True when a town's title lies in a US state or Canadian province ({@link #townMark}) of a country the article
     * ({@code countries}, not empty) does not name, while the article names another home country and writes neither
     * the state nor its country: "his journey to Durham" of a story about Britain is no North Carolina town.
     */
    static boolean foreignTown(String title, Set<String> countries, ArticleText article) {
        Mark m = townMark(title);
        return m != null && foreignMark(m, countries, article);
    }

    /**
     * True when {@code title} is marked with a country other than {@code countries} (the article's, not empty) that the
     * article's text does not write either, as the title writes it, by its usual name or as an adjective.
     */
    static boolean foreign(String title, Set<String> countries, ArticleText article) {
        Mark m = mark(title);
        return m != null && foreignMark(m, countries, article);
    }

    private static boolean foreignMark(Mark m, Set<String> countries, ArticleText article) {
        if (countries.isEmpty() || article == null || countries.contains(m.country())) return false;
        // a US story need not name the United States: a home country's mark stays unless the story names another home
        if (HOMES.contains(m.country()) && java.util.Collections.disjoint(countries, HOMES)) return false;
        String text = article.text();
        if (!ArticleText.wholeWordStarts(text, m.written()).isEmpty() || !ArticleText.wholeWordStarts(text, m.country()).isEmpty())
            return false;
        for (String d : GAZETTEER.demonymsOf(m.country())) if (!ArticleText.wholeWordStarts(text, d).isEmpty()) return false;
        return true;
    }
}
