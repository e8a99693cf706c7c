package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Gazetteer;

/**
 * Rule {@code possessiveplace}: "Colombia's Congress", "the Russian Foreign Ministry" — the story says whose body it
 * is.
 * The generic look-ups of {@link ArticlePlaces} try every place of the story, and in a Bogota story that also writes
 * "Washington" and "U.S." the US Congress won on its prior. An ORGANIZATION that the article writes right after a
 * country's possessive or adjective (a country of NLP's gazetteer, by name, short form or demonym) is also looked up as
 * Wikipedia names such bodies — "Congress of Colombia", "Colombian Congress", "Colombia Congress", "Ministry of Foreign
 * Affairs (Russia)" — and an organisation title found so that
 * names the body ({@link NameMatch#namesOrganisation}) gets full context evidence and restricts the candidates to it.
 *
 * <pre>
 *   PossessivePlace.countries("Congress", "Colombia's Congress cleared him.");   // ["Colombia"]
 * </pre>
 */
public final class PossessivePlace implements ArticleRule {
    static final PossessivePlace INSTANCE = new PossessivePlace();

    private PossessivePlace() {}

    @Override
    public String name() { return "possessiveplace"; }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.ORGANIZATION || req.article() == null || name.isEmpty() || NameMatch.acronym(name))
            return Evidence.NONE;
        List<Form> forms = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String country : countries(name, req.article().text())) {
            List<String> surfaces = new ArrayList<>(List.of(name + " of " + country, name + " of the " + country, country + " " + name));
            for (String adjective : Gazetteer.standard().demonymsOf(country)) surfaces.add(adjective + " " + name);
            for (String body : ArticlePlaces.bodyForms(name)) surfaces.add(body + " (" + country + ")");   // "Ministry of Foreign Affairs (Russia)"
            for (String s : surfaces) {
                String title = index.exactTitle(s);
                if (title == null || !NationalPrefix.isOrganisation(index, title) || !NameMatch.namesOrganisation(title, name)) continue;
                forms.add(new Form(s, 1.0, true));
                titles.add(title);
            }
        }
        if (titles.isEmpty()) return Evidence.NONE;
        return Evidence.restricting(forms, t -> titles.contains(t) ? 1.0 : 0);
    }

    private static final Pattern POSSESSIVE = Pattern.compile("((?:\\p{Lu}[\\p{L}.]*\\s){0,2}\\p{Lu}[\\p{L}.]*)['’]s\\s+$");
    /** A country's adjective right before the name: "the Russian Foreign Ministry". */
    private static final Pattern ADJECTIVE = Pattern.compile("(?:^|\\s)(\\p{Lu}[\\p{L}]*(?:\\s\\p{Lu}[\\p{L}]*)?)\\s+$");

    /**
     * The countries whose possessive or adjective stands right before {@code name} in {@code text} ("Colombia's
     * Congress", "the Russian Foreign Ministry").
     */
    static List<String> countries(String name, String text) {
        List<String> out = new ArrayList<>();
        for (int i : ArticleText.wholeWordStarts(text, name)) {
            String before = text.substring(Math.max(0, i - 40), i);
            Matcher a = ADJECTIVE.matcher(before);
            if (a.find()) {   // "the Russian Foreign Ministry", "the South Korean Defence Ministry"
                for (String adj = a.group(1); ; adj = adj.substring(adj.indexOf(' ') + 1)) {
                    Gazetteer.Place p = Gazetteer.standard().byDemonym(adj).orElse(null);
                    if (p != null && p.isCountry() && !out.contains(p.name())) out.add(p.name());
                    if (adj.indexOf(' ') < 0) break;
                }
            }
            Matcher m = POSSESSIVE.matcher(before);
            if (!m.find()) continue;
            String words = m.group(1);
            for (int k = 0; k <= words.length(); k = words.indexOf(' ', k) + 1) {   // "Britain's", "South Korea's"
                Gazetteer.Place p = Gazetteer.standard().byName(words.substring(k)).orElse(null);
                if (p != null && p.isCountry() && !out.contains(p.name())) out.add(p.name());
                if (words.indexOf(' ', k) < 0) break;
            }
        }
        return out;
    }
}
