package org.newsgraph.nlp;

import java.util.regex.Pattern;

/**
 * What follows a wire dateline's city: an optional region ("JACKSON, Miss.,", "NAIROBI, Kenya,"; group 1), then a date
 * ("Aug 3"; in the 1990s archives' layout an ISO date: "NEW YORK 1996-09-18", "AL-AIN, United Arab Emirates
 * 1996-12-10"), the agency in parentheses ("(Reuters)") or a dash ("NEW DELHI — ", "SAO PAULO - "). Read by NLP
 * ({@link DatelinePlace}) and by the linker's dateline rule, so both take the same lines for datelines.
 *
 * <pre>
 *   DatelineEnding.PATTERN.matcher(", Kenya, Aug. 11 (UPI) --").lookingAt();   // true, group(1) "Kenya"
 * </pre>
 */
public final class DatelineEnding {
    private DatelineEnding() {}

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d";

    /** Matched (with {@code lookingAt}) right after the city's name. */
    public static final Pattern PATTERN = Pattern.compile("(?:,\\s*((?:\\p{Lu}[\\p{L}.]*\\s?){1,3}))?(?:,\\s*" + MONTH
            + "|,?\\s*(?:19|20)\\d\\d-\\d\\d-\\d\\d\\b|\\s*\\([\\p{L} .&-]{2,40}\\)|\\s+[—–-]\\s|\\s+--)");
}
