package org.newsgraph.link;

import java.util.List;

/**
 * Rule {@code racingteams}: motor-racing writing names a team by its constructor — "Schumacher was second for
 * Ferrari", "Hill is leaving Williams for Arrows", "Jordan's Rubens Barrichello" — and the bare name's best title is
 * the car maker ({@code Ferrari}), a country ({@code Jordan}) or nothing. In a motor-racing report ({@link SportsFrame}),
 * an ORGANIZATION of one word is also looked up in the team forms of {@code racing-team-forms.tsv} ("Scuderia
 * Ferrari", "Williams F1", "Jordan Grand Prix", "Tyrrell Racing"); a title that form names alone (an anchor of it
 * only, as written) gets full context evidence. The first form found wins: the table lists the surer first.
 *
 * <pre>
 *   LinkRequest r = LinkRequest.of("Ferrari", EntityType.ORGANIZATION).withArticle(new ArticleText(grandPrixReport));
 *   // → Scuderia_Ferrari
 * </pre>
 */
public final class RacingTeams implements ArticleRule {
    static final RacingTeams INSTANCE = new RacingTeams();

    private static final List<String> FORMS = TsvTable.rows("racing-team-forms.tsv").stream().map(f -> f[0].strip()).toList();

    private RacingTeams() {}

    @Override
    public String name() { return "racingteams"; }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.ORGANIZATION || req.article() == null || !"motor racing".equals(req.article().sports().sport())
                || name.isEmpty() || name.indexOf(' ') >= 0 || !Character.isUpperCase(name.charAt(0))) return Evidence.NONE;
        for (String f : FORMS) {
            String form = f.replace("{}", name);
            for (WikiDictIndex.Candidate c : index.candidates(form)) {
                if (c.exactPrior() < 0.9f) continue;
                String team = c.title();
                return Evidence.of(List.of(new Form(form, 1.0)), title -> title.equals(team) ? 1.0 : 0);
            }
        }
        return Evidence.NONE;
    }
}
