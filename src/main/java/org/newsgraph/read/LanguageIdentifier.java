package org.newsgraph.read;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.model.Article;

/**
 * The language of an article whose input names none, identified from its text by Lingua (low-accuracy mode over the
 * languages most news is written in: trigram models, a few milliseconds and ~100 MB once, loaded on first use).
 * A text too short to tell, or one Lingua is unsure about, stays unidentified.
 * <p>
 * Names say little of a text's language and a lot of where its story happens: a results report from the Dutch league
 * ("Ajax Amsterdam beat Groningen … PSV Eindhoven won at Utrecht") read as Dutch. So the words that open with a capital
 * letter are left out when the rest still holds enough letters; the rest are the function words that carry the
 * language. German keeps its lower-case "der", "und", "hat"; scripts without case lose nothing.
 *
 * <pre>
 *   Optional&lt;String&gt; lang = LanguageIdentifier.identify(article);   // "de"
 * </pre>
 */
public final class LanguageIdentifier {
    private LanguageIdentifier() {}

    /** Fewer letters than this and the language is not guessed. */
    static final int MIN_LETTERS = 120;
    /** Fewer letters than this outside capitalised words and the whole text is read, names and all. */
    static final int MIN_COMMON_LETTERS = 60;
    /** Only the start of a long text is looked at: language does not change half-way through an article. */
    static final int MAX_CHARS = 1000;

    private static final class Holder { // built on first use: loading the models takes a second
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromIsoCodes639_1(
                IsoCode639_1.EN, IsoCode639_1.DE, IsoCode639_1.FR, IsoCode639_1.ES, IsoCode639_1.PT, IsoCode639_1.IT,
                IsoCode639_1.NL, IsoCode639_1.SV, IsoCode639_1.DA, IsoCode639_1.NB, IsoCode639_1.FI, IsoCode639_1.PL,
                IsoCode639_1.CS, IsoCode639_1.SK, IsoCode639_1.HU, IsoCode639_1.RO, IsoCode639_1.EL, IsoCode639_1.TR,
                IsoCode639_1.RU, IsoCode639_1.UK, IsoCode639_1.BG, IsoCode639_1.SR, IsoCode639_1.HR, IsoCode639_1.SL,
                IsoCode639_1.CA, IsoCode639_1.ID, IsoCode639_1.MS, IsoCode639_1.VI, IsoCode639_1.TL, IsoCode639_1.SW,
                IsoCode639_1.AR, IsoCode639_1.FA, IsoCode639_1.HE, IsoCode639_1.HI, IsoCode639_1.BN, IsoCode639_1.UR,
                IsoCode639_1.ZH, IsoCode639_1.JA, IsoCode639_1.KO, IsoCode639_1.TH)
                .withLowAccuracyMode().withMinimumRelativeDistance(0.05).build();
    }

    /** The ISO 639-1 code of the article's language ("en", "de" …), from its headline and body. */
    public static Optional<String> identify(Article a) {
        StringBuilder sb = new StringBuilder();
        if (a.headline() != null) sb.append(a.headline()).append(". ");
        if (a.body() != null) sb.append(a.body(), 0, Math.min(a.body().length(), MAX_CHARS));
        return identify(sb.toString());
    }

    public static Optional<String> identify(String text) {
        if (text == null || letters(text) < MIN_LETTERS) return Optional.empty();
        String common = withoutCapitalisedWords(text);
        Language l = Holder.DETECTOR.detectLanguageOf(letters(common) >= MIN_COMMON_LETTERS ? common : text);
        if (l == Language.UNKNOWN) return Optional.empty();
        return Optional.of(l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }

    /** Whether a BCP 47 tag ("en", "en-GB", "EN_us") names English. */
    public static boolean isEnglish(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        return t.equals("en") || t.startsWith("en-") || t.startsWith("en_") || t.equals("eng") || t.equals("english");
    }

    private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{M}'’.-]*");

    /** The text with every word that opens with a capital letter blanked: names, and sentence openings. */
    static String withoutCapitalisedWords(String text) {
        return CAPITALISED.matcher(text).replaceAll(" ");
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && n < MIN_LETTERS; i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }
}
