package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule {@code venues}: a sport's reports name its venues by their town — in a racing report "ran well at Warwick",
 * "disappointed at Sandown" are racecourses. In an article whose {@link SportsFrame} is a sport of
 * {@code venues.tsv}, a PLACE the text writes after "at" is also looked up under the sport's venue forms ("Warwick
 * Racecourse", "Sandown Park Racecourse") at full weight, and the best known of the titles they reach gets full
 * context evidence.
 *
 * <pre>
 *   LinkRequest r = LinkRequest.of("Warwick", EntityType.PLACE).withArticle(new ArticleText(racingReport));
 * </pre>
 */
public final class SportVenues implements ArticleRule {
    static final SportVenues INSTANCE = new SportVenues();

    private static final Map<String, List<String>> FORMS = new HashMap<>();
    static {
        for (String[] f : TsvTable.rows("venues.tsv")) FORMS.put(f[0].strip(), List.of(f[1].strip().split("\\|")));
    }

    private SportVenues() {}

    @Override
    public String name() { return "venues"; }

    /** True when the text writes "at NAME" (whole words). */
    static boolean afterAt(String name, String text) {
        String at = "at " + name;
        for (int i = text.indexOf(at); i >= 0; i = text.indexOf(at, i + 1)) {
            int end = i + at.length();
            if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))))
                return true;
        }
        return false;
    }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.PLACE || req.article() == null || name.isEmpty()) return Evidence.NONE;
        List<String> forms = FORMS.get(req.article().sports().sport());
        if (forms == null || !afterAt(name, req.article().text())) return Evidence.NONE;
        // Of the venue titles the forms reach, the best known gets the evidence ("Cheltenham_Racecourse", not an
        // anchor's "Cheltenham_Park_Racecourse"; "Sandown_Park_Racecourse", not "Sandown_Racecourse").
        List<Form> out = new ArrayList<>();
        String best = null;
        int bestPop = -1;
        for (String f : forms) {
            String surface = f.replace("{}", name);
            out.add(new Form(surface, 1.0));
            String t = index.exactTitle(surface);
            int id = t == null ? -1 : index.titleId(t);
            if (id >= 0 && index.popularity(id) > bestPop) {
                best = t;
                bestPop = index.popularity(id);
            }
        }
        String venue = best;
        return Evidence.of(out, title -> title.equals(venue) ? 1.0 : 0);
    }
}
