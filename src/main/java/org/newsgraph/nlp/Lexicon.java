package org.newsgraph.nlp;

import java.util.Currency;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists of the extraction rules, each read once from {@code org/newsgraph/nlp/words/*.txt}
 * ({@link WordList}: one entry a line, duplicates rejected), and the few patterns they share. Each file's header says
 * what the list is for and whether it is compared in lower case.
 */
final class Lexicon {
    private Lexicon() {}

    static final Set<String> GOVERNMENT_SEATS = WordList.load("government-seats");
    static final Set<String> TITLE_HEADS = WordList.load("title-heads");
    static final Set<String> TITLE_MODIFIERS = WordList.load("title-modifiers");
    static final Set<String> HONORIFICS = WordList.load("honorifics");
    static final Set<String> SPEECH_VERBS = WordList.load("speech-verbs");
    static final Set<String> REPORT_VERBS = WordList.load("report-verbs");
    static final Set<String> SPORT_ROLES = WordList.load("sport-roles");
    static final Set<String> PLAY_FOR = WordList.load("play-for-verbs");
    static final Set<String> MATCH_WORDS = WordList.load("match-words");
    static final Set<String> SPORT_CUES = WordList.load("sport-cues");
    static final Set<String> OPPONENT_CUES = WordList.load("opponent-cues");
    static final Set<String> CALENDAR_WORDS = WordList.load("calendar-words");
    static final Set<String> PLACE_HEADS = WordList.load("place-heads");
    static final Set<String> NOBLE_TITLES = WordList.load("noble-titles");
    static final Set<String> PARTIES = WordList.load("parties-by-members");
    static final Set<String> STATE_IS_STATE = WordList.load("state-is-state");
    static final Set<String> ORG_HEADS = WordList.load("organisation-heads");
    static final Set<String> COMMON_ABBREVIATIONS = WordList.load("common-abbreviations");
    static final Set<String> SURNAME_STOP = WordList.load("surname-stop");
    static final Set<String> NAME_PREFIXES = WordList.load("name-prefixes");
    static final Set<String> QUOTED_TITLE_CUES = WordList.load("quoted-title-cues");
    static final Set<String> INDIRECT_VERBS = WordList.load("indirect-speech-verbs");
    static final Set<String> SPEECH_ADVERBS = WordList.load("speech-adverbs");
    static final Set<String> CLAUSE_BREAKS = WordList.load("clause-breaks");
    static final Set<String> POSSESSIVE_NAMES = WordList.load("possessive-names");
    /** ISO 4217 codes ("USD", "BGN"): all caps, but no organisation. */
    static final Set<String> CURRENCIES = currencyCodes();

    /** Words in an organisation's name that make it a government body. */
    static final Pattern GOV_ORG = Pattern.compile(
            "\\b(Ministry|Department|Government|Parliament|Senate|Congress|Kremlin|White House|Pentagon|Downing Street"
            + "|Police|Army|Navy|Air Force|Commission|Council|Agency|Administration|Bureau|Embassy|Duma)\\b");
    /**
     * Words in an organisation's name that make it a news outlet. Not "Agency" (the CIA, the International Energy Agency:
     * government bodies by {@link #GOV_ORG}; "news agency" has "News"), nor the "Post Office".
     */
    static final Pattern NEWS_ORG = Pattern.compile(
            "\\b(News|Times|Post(?! Office)|Guardian|Telegraph|Herald|Tribune|Journal|Gazette|Press|Reuters|Bloomberg"
            + "|Xinhua|Interfax|TASS|RIA|BBC|CNN|CNBC|NBC|CBS|ABC|Fox|AFP|AP|Al Jazeera|Kommersant|Vedomosti)\\b");
    static final Pattern INITIAL = Pattern.compile("[A-Z]\\.?");
    static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,5}");
    static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");

    static boolean isTitleWord(String lower) { return TITLE_HEADS.contains(lower) || TITLE_MODIFIERS.contains(lower); }

    private static Set<String> currencyCodes() {
        Set<String> s = new HashSet<>();
        for (Currency c : Currency.getAvailableCurrencies()) s.add(c.getCurrencyCode());
        return Set.copyOf(s);
    }
}
