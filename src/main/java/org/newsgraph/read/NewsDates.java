package org.newsgraph.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date formats news sites print: "March 13, 2023", "13 March 2023", "2023-03-13",
 * "Mar. 13, 2023 10:15 am EST", "Monday, March 13, 2023", ISO 8601 with or without zone.
 * A date alone gives a {@link LocalDate} ({@code xsd:date}); with a time and zone an {@link OffsetDateTime},
 * with a time and no zone a {@link LocalDateTime} (both {@code xsd:dateTime}).
 */
public final class NewsDates {
    private NewsDates() {}

    /** North-American and European zone abbreviations news sites print; fixed offsets as printed. */
    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("ET", ZoneOffset.ofHours(-5)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("MSK", ZoneOffset.ofHours(3)),
            Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)));

    private static DateTimeFormatter f(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            f("MMMM d, uuuu"), f("MMM d, uuuu"), f("d MMMM uuuu"), f("d MMM uuuu"), f("uuuu-MM-dd"),
            f("MMMM d uuuu"), f("MMM d uuuu"), f("uuuu/MM/dd"), f("d MMMM, uuuu"));

    private static final List<DateTimeFormatter> TIMES = List.of(
            f("h:mm a"), f("h:mm:ss a"), f("H:mm"), f("H:mm:ss"), f("h a"), f("ha"), f("h:mma"));

    private static final Pattern WEEKDAY = Pattern.compile(
            "^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIX = Pattern.compile(
            "^(published|posted|updated|last updated|modified|date)\\s*(on|:)?\\s*", Pattern.CASE_INSENSITIVE);
    /** Splits "Mar 13, 2023 10:15 am EST" into date / time / zone at the time's start. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "^(.*?\\d{4}),?\\s+(?:at\\s+)?(\\d{1,2}(?::\\d{2}(?::\\d{2})?)?\\s*(?:[ap]\\.?m\\.?)?)\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");
    private static final Pattern ABBREVIATION_DOT = Pattern.compile("\\b([A-Za-z]{3,4})\\.");
    private static final Pattern SEPT = Pattern.compile("(?i)\\bsept\\b");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(\\d{1,2})(st|nd|rd|th)\\b");
    private static final Pattern AM_PM = Pattern.compile("(?i)([ap])\\.?m\\.?");
    private static final Pattern DIGIT_AM_PM = Pattern.compile("(?i)(\\d)([ap]M)");

    /** Parses {@code text} or returns empty when it is not a date in a known format. */
    public static Optional<Temporal> parse(String text) {
        if (text == null) return Optional.empty();
        String s = SPACES.matcher(text.strip().replace('\u00a0', ' ')).replaceAll(" ");
        if (s.isEmpty() || s.length() > 60) return Optional.empty();
        if (ISO_DATE.matcher(s).matches()) { // the commonest form in JSON: no exceptions, no format loop
            try {
                return Optional.of(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Optional<Temporal> iso = iso(s);
        if (iso.isPresent()) return iso;
        s = PREFIX.matcher(s).replaceFirst("");
        s = WEEKDAY.matcher(s).replaceFirst("");
        // "Mar." -> "Mar", "Sept" -> "Sep"; ordinal suffixes "13th" -> "13"
        s = ABBREVIATION_DOT.matcher(s).replaceAll("$1");
        s = SEPT.matcher(s).replaceAll("Sep");
        s = ORDINAL.matcher(s).replaceAll("$1");
        Optional<LocalDate> date = date(s);
        if (date.isPresent()) return Optional.of(date.get());
        Matcher m = DATE_TIME.matcher(s);
        if (m.matches()) {
            Optional<LocalDate> d = date(m.group(1).trim());
            if (d.isEmpty()) return Optional.empty();
            String time = DIGIT_AM_PM.matcher(AM_PM.matcher(m.group(2).trim()).replaceAll("$1M")).replaceAll("$1 $2");
            for (DateTimeFormatter tf : TIMES) {
                try {
                    LocalDateTime ldt = LocalDateTime.of(d.get(), java.time.LocalTime.parse(time, tf));
                    String zone = m.group(3);
                    if (zone == null) return Optional.of(ldt);
                    ZoneOffset off = ZONES.get(zone.toUpperCase(Locale.ROOT));
                    if (off == null && zone.matches("[+-].*")) off = ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
                    if (off == null) return Optional.empty();
                    return Optional.of(OffsetDateTime.of(ldt, off));
                } catch (java.time.DateTimeException ignored) {
                    // next time format
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String s) {
        for (DateTimeFormatter df : DATES) {
            try {
                return Optional.of(LocalDate.parse(s, df));
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        return Optional.empty();
    }

    private static Optional<Temporal> iso(String s) {
        if (!ISO_DATE_TIME.matcher(s).matches()) return Optional.empty();
        String t = s.replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(t));
        } catch (DateTimeParseException ignored) { /* no offset */ }
        try {
            return Optional.of(ZonedDateTime.parse(t).toOffsetDateTime());
        } catch (DateTimeParseException ignored) { /* no zone */ }
        try {
            return Optional.of(LocalDateTime.parse(t));
        } catch (DateTimeParseException ignored) { /* not ISO */ }
        try { // "+0300" offsets
            return Optional.of(OffsetDateTime.parse(t, DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss][.SSS]xx")));
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }

}
