package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives the coarse {@link TitleType} of a Wikipedia title while the index is built, from cheap evidence only,
 * first match wins:
 * <ol>
 *   <li>the shipped list {@code title-types.tsv} (US states, world capitals and large cities);</li>
 *   <li>country names from the JDK ({@code Locale.getISOCountries()} in English) → {@code COUNTRY};</li>
 *   <li>title patterns: {@code _(disambiguation)}, {@code List_of_…} → {@code NON_ENTITY};
 *       {@code (surname)}, {@code (given_name)} → {@code NAME_PAGE}; a parenthesised qualifier such as
 *       {@code (politician)}, {@code (company)}, {@code (city)}, {@code (film)}; a comma qualifier
 *       {@code Town,_Region} → {@code CITY}, unless an organisation word heads the part before the comma
 *       ({@code University_of_California,_Berkeley}); keywords in the title (Ministry, University, County, River…);</li>
 *   <li>cues in the WikiDict surface forms that point at the title: "city of …", "Moscow, Russia" → place
 *       (but "YouTube, LLC", a legal form after the comma → organisation);
 *       "President …", the surname alone for a two- or three-word title → person; "… Inc", "… agency" → organisation.</li>
 * </ol>
 * Anything else stays {@code UNKNOWN}, which the linker treats as compatible with every entity type.
 */
public final class TitleTypes {
    private static final Map<String, TitleType> SHIPPED = loadShipped();
    private static final Set<String> COUNTRIES = countries();

    private static final Map<String, TitleType> QUALIFIERS = new HashMap<>();
    /** A company's legal form after a comma ("YouTube, LLC", "Apple, Inc."); not "SA" or "AB", which are also regions. */
    private static final Pattern COMMA_LEGAL_FORM = Pattern.compile(
            ", (?:Inc\\.?|INC\\.?|LLC|L\\.L\\.C\\.|LLP|L\\.L\\.P\\.|Ltd\\.?|LTD\\.?|Limited|PLC|plc|Corp\\.?|Corporation|Co\\.|L\\.P\\.|LP|"
            + "GmbH|AG|N\\.V\\.|B\\.V\\.|S\\.A\\.|S\\.p\\.A\\.|Tbk\\.?|ASA|Oyj|KGaA)$");
    /**
     * After a comma, what names no place: a person's post-nominals ("Whopper, Jr." is a burger, "Albert Ellis, PhD"), a
     * bank's "N.A." (also the Netherlands Antilles: "Citibank, N.A.", "Bonaire, N.A."), what a web page adds ("…,
     * Wikipedia, the free encyclopedia"), a part of a work ("…, Part 2"). No cue either way.
     */
    private static final Pattern COMMA_NO_PLACE = Pattern.compile(", (?:(?:Jr\\.?|Sr\\.?|Ph\\.? ?D\\.?|M\\.D\\.?|MBE|OBE|CBE|KBE|DBE|"
            + "O\\.B\\.E\\.|C\\.B\\.E\\.|VC|S\\.J\\.|SJ|J\\.P\\.|II|III|IV|Esq\\.?|N\\. ?A\\.?),?$|.*Wikipedia|From |Part |Pt\\. |Vol\\.? |Volume )");
    static {
        for (String q : ("politician footballer actor actress singer musician writer author journalist businessman "
                + "businesswoman boxer cricketer athlete artist painter composer rapper wrestler judge lawyer general "
                + "bishop priest poet philosopher scientist economist diplomat comedian director producer model "
                + "entertainer activist soldier officer physician engineer architect coach manager player golfer "
                + "cyclist swimmer presenter broadcaster historian novelist photographer chef dancer designer "
                + "playwright screenwriter sociologist psychologist mathematician physicist chemist biologist "
                + "astronaut pilot executive entrepreneur educator academic official admiral governor mayor senator "
                + "pitcher quarterback sprinter skier referee commentator "
                // occupations of disambiguated people's titles, so a compound's head is read before its modifier
                // ("film_editor" is no film, "sea_captain" no sea, "game_developer" no game)
                + "editor developer promoter captain shooter trainer jockey driver racer guitarist drummer bassist "
                + "pianist saxophonist organist conductor tenor songwriter filmmaker cinematographer animator illustrator "
                + "cartoonist sculptor professor scholar theologian missionary clergyman archbishop congressman "
                + "representative attorney jurist surgeon botanist astronomer geologist naturalist linguist "
                + "anthropologist archaeologist meteorologist inventor explorer aviator rower skater gymnast "
                + "canoer curler diver fencer equestrian horseman outfielder infielder catcher baseman lineman "
                + "linebacker cornerback umpire hurler sportscaster announcer reporter critic programmer banker merchant "
                + "industrialist administrator unionist magician murderer martyr").split(" "))
            QUALIFIERS.put(q, TitleType.PERSON);
        for (String q : ("company band newspaper magazine agency party organization organisation club team "
                + "university school college airline bank publisher label network channel broadcaster government "
                + "ministry militia group agency corporation brand retailer firm union charity foundation institute "
                + "restaurant store station").split(" "))
            QUALIFIERS.put(q, TitleType.ORGANIZATION);
        for (String q : "city town village municipality borough suburb neighbourhood neighborhood hamlet".split(" "))
            QUALIFIERS.put(q, TitleType.CITY);
        for (String q : "state province county region district oblast prefecture parish territory department governorate".split(" "))
            QUALIFIERS.put(q, TitleType.ADMIN_AREA);
        for (String q : "country nation".split(" ")) QUALIFIERS.put(q, TitleType.COUNTRY);
        for (String q : "river mountain island lake valley volcano peninsula desert sea bay mountains".split(" "))
            QUALIFIERS.put(q, TitleType.PLACE);
        for (String q : ("film album song novel book series game play opera ship word software genus plant bird fish "
                + "musical episode single ep sculpture painting horse dog car automobile aircraft rocket satellite poem "
                + "comics character hurricane storm play manga anime magazine_issue programming language newspaper_article "
                + "disease drug law treaty battle election event festival award sport food dish mythology concept "
                + "unit letter symbol typeface emoticon").split(" "))
            QUALIFIERS.put(q, TitleType.OTHER);
        QUALIFIERS.put("surname", TitleType.NAME_PAGE);
        QUALIFIERS.put("name", TitleType.NAME_PAGE);
        QUALIFIERS.put("given", TitleType.NAME_PAGE);
        QUALIFIERS.put("disambiguation", TitleType.NON_ENTITY);
    }

    private static final Pattern NON_ENTITY = Pattern.compile(
            "(List|Lists|Index|Outline|Timeline|Glossary|Comparison)_of_|(Category|Template|Wikipedia|Portal|File|Help|"
                    + "ISO_639|ISO_3166-\\d|Wiktionary|wikt|WP|Talk|User|Special|Image|Media|Book|Draft|Module|Commons):");
    private static final Pattern REGNAL = Pattern.compile("\\p{Lu}[\\p{L}-]+(?:_\\p{Lu}[\\p{L}-]+)?_(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})"
            + "_of_(?:the_)?\\p{Lu}[\\p{L}-]+(?:_\\p{Lu}[\\p{L}-]+)*");
    private static final Pattern YEAR = Pattern.compile("\\b(born|died|\\d{4}[–-]\\d{2,4}|b\\._\\d{4})\\b");
    private static final Set<String> ORG_WORDS = Set.of(("Ministry Department Agency Party University College "
            + "Corporation Company Inc Inc. Ltd Ltd. Association Council Committee Commission Bank Airlines Airways Institute "
            + "Foundation Federation Organization Organisation Bureau Army Navy Police Service News Times Post Journal "
            + "Herald Tribune Press Club F.C. FC AFC Group Court Parliament Congress Senate Assembly Government Administration "
            + "Office Authority Network Broadcasting Television Radio Records Studios Church Society Academy School").split(" "));
    private static final Set<String> PLACE_WORDS = Set.of(("County Province Oblast River Island Islands Mountain "
            + "Mountains Lake District Region Krai Prefecture Governorate Valley Peninsula Bay Sea Ocean Desert Republic "
            + "Kingdom Emirates").split(" "));
    private static final Set<String> CITY_WORDS = Set.of("City", "Town", "Village", "Borough");
    /** A person's title after the comma: "Jr.", a regnal number, a peerage or royal style ("Duchess_of_Cambridge"). */
    private static final Pattern PERSON_SUFFIX = Pattern.compile(".*,_(Jr\\.|Sr\\.|I{1,3}|IV|(?:Grand_)?(?:Duke|Duchess)_of_.*|"
            + "(?:Earl|Countess|Count|Princess|Prince|Marquess|Marchioness|King|Queen)_of_.*|Crown_(?:Prince|Princess)_of_.*|"
            + "(?:Baron|Baroness|Viscount|Viscountess|Lord|Lady)_.*)$");
    private static final Pattern ORG_SUFFIX = Pattern.compile(".*,_(Inc\\.?|Ltd\\.?|LLC|plc|PLC|S\\.A\\.|AG|GmbH|L\\.P\\.)$");

    private static final Set<String> POSITIONS = Set.of(("minister president secretary chancellor governor mayor "
            + "ambassador senator spokesperson spokesman spokeswoman king queen emperor pope premier chairman director "
            + "minister-president").split(" "));
    private static final Set<String> FUNCTION_WORDS = Set.of(("of the and de von van la le du da del della der den "
            + "in on for at upon y bin al el di do dos das des zu und et a an to from with by over under plc e.V. ltd").split(" "));

    private TitleTypes() {}

    /** True when {@code word} (any case) names a position a person holds: "Secretary", "Minister", "Chairman". */
    static boolean isPosition(String word) { return POSITIONS.contains(word.toLowerCase(Locale.ROOT)); }

    /** A title with a lower-case content word after the first ("Foreign_minister", "Nuclear_weapon"). */
    static boolean commonNoun(String title) {
        int start = 0;
        boolean first = true;
        int stop = title.indexOf("_(");
        String t = stop > 0 ? title.substring(0, stop) : title;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '_') {
                if (!first && i > start) {
                    String w = t.substring(start, i);
                    char c = w.charAt(0);
                    if (Character.isLowerCase(c) && !FUNCTION_WORDS.contains(w) && !w.startsWith("al-") && !w.startsWith("el-"))
                        return true;
                }
                first = false;
                start = i + 1;
            }
        }
        return false;
    }

    /** Surface cues seen for one title while streaming the WikiDict. */
    public static final class Cues {
        int place, person, org;
        private String title;
        private String lastWord;
        /** The title's name before any comma or qualifier, with spaces ("Leeds" for "Leeds", "Santa_Fe,_New_Mexico"). */
        private String head;
        private String[] headWords;

        /** Starts the cues of a new title. */
        public void reset(String title) {
            place = person = org = 0;
            this.title = title;
            lastWord = null;
            int cut = title.length();
            int comma = title.indexOf(",_"), paren = title.indexOf("_(");
            if (comma > 0) cut = comma;
            if (paren > 0 && paren < cut) cut = paren;
            head = title.substring(0, cut).replace('_', ' ');
            headWords = null;
            if (title.indexOf('(') < 0 && title.indexOf(',') < 0 && !title.isEmpty() && Character.isUpperCase(title.charAt(0))) {
                int us = title.lastIndexOf('_');
                int words = 1;
                for (int i = 0; i < title.length(); i++) if (title.charAt(i) == '_') words++;
                if (us > 0 && words <= 3 && us + 1 < title.length() && Character.isUpperCase(title.charAt(us + 1)))
                    lastWord = title.substring(us + 1);
            }
        }

        /** Records the cues of one surface form pointing at the title (case-insensitive prefix and suffix tests). */
        public void see(String s) {
            int n = s.length();
            if (n == 0) return;
            // Gate on the first and last letters so most surfaces cost two char reads (this runs 15 M times).
            char f = Character.toLowerCase(s.charAt(0)), l = Character.toLowerCase(s.charAt(n - 1));
            // A place word counts only with a description or the title's own name around it ("border city", "city of
            // Leeds"): "UN city" is a building of the United Nations.
            switch (f) {
                // "capital Kabul", "the Afghan capital": lower case only; "Capital One", "SAC Capital" are companies
                case 'c' -> { if (starts(s, "city of ") && names(s, 8, n) || s.startsWith("capital ") && names(s, 8, n)) place++; }
                case 't' -> { if (starts(s, "town of ") && names(s, 8, n)) place++; }
                case 'p' -> { if (starts(s, "president ") || starts(s, "prime minister ")) person++; }
                case 'm' -> { if (starts(s, "mr. ") || starts(s, "mrs. ") || starts(s, "minister ")) person++; }
                case 's' -> { if (starts(s, "senator ") || starts(s, "sir ")) person++; }
                case 'd' -> { if (starts(s, "dr. ")) person++; }
                default -> { }
            }
            switch (l) {
                case 'y' -> {
                    if (ends(s, " city") && names(s, 0, n - 5) || ends(s, " county") && names(s, 0, n - 7)) place++;
                    else if (ends(s, " company") || ends(s, " agency") || ends(s, " party")) org++;
                }
                case 'l' -> { if (s.endsWith(" capital") && names(s, 0, n - 8)) place++; }
                case 'e' -> {
                    if (ends(s, " village") && names(s, 0, n - 8) || ends(s, " province") && names(s, 0, n - 9)) place++;
                    else if (ends(s, " news service")) org++;
                }
                case 'c', '.' -> { if (ends(s, " inc") || ends(s, " inc.")) org++; }
                case 'p' -> { if (ends(s, " corp")) org++; }
                case 'n' -> { if (ends(s, " corporation")) org++; }
                case 'd' -> { if (ends(s, " ltd")) org++; }
                case 'r' -> { if (ends(s, " newspaper")) org++; }
                default -> { }
            }
            String surface = s;
            int comma = surface.indexOf(", ");
            if (comma > 0 && title.length() == comma && title.regionMatches(0, surface, 0, comma)
                    && comma + 2 < surface.length() && Character.isUpperCase(surface.charAt(comma + 2))
                    && title.indexOf('(') < 0) {
                // "Moscow, Russia" names a place by its region; "YouTube, LLC" a company by its legal form; "Citibank,
                // N.A.", "Whopper, Jr." and "…, Wikipedia" neither
                if (COMMA_LEGAL_FORM.matcher(surface).find()) org++;
                else if (!COMMA_NO_PLACE.matcher(surface).find()) place++;
            }
            // The surname alone for a "First Last" or "First Middle Last" title: a person.
            if (lastWord != null && lastWord.equals(surface)) person++;
        }

        /**
         * True when {@code s[from, to)} describes the title: each capitalised word is (the start of) a word of the
         * title's own name ("Leeds city", "Juarez City", "Tibetan capital"), other words are lower case ("border city",
         * "southern province"). "UN city" names a building, not the United Nations.
         */
        private boolean names(String s, int from, int to) {
            if (from >= to) return false;
            if (headWords == null) headWords = Surfaces.foldMarks(head.toLowerCase(Locale.ROOT)).split(" ");
            for (String w : s.substring(from, to).split(" ")) {
                if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
                String fw = Surfaces.foldMarks(w.toLowerCase(Locale.ROOT));
                boolean ofTitle = false;
                for (String h : headWords) ofTitle |= h.length() >= 3 ? fw.startsWith(h) : fw.equals(h);
                if (!ofTitle) return false;
            }
            return true;
        }
    }

    private static boolean starts(String s, String p) { return s.regionMatches(true, 0, p, 0, p.length()); }

    private static boolean ends(String s, String p) {
        return s.length() >= p.length() && s.regionMatches(true, s.length() - p.length(), p, 0, p.length());
    }

    /**
     * The type from the title alone (shipped list, countries, patterns), without surface cues: what the linker
     * treats as certain. Cue-derived types stored in the index are only a hint.
     */
    public static TitleType fromTitle(String title) { return classify(title, null); }

    /** The type of {@code title} given the cues seen for its surface forms (may be null). */
    public static TitleType classify(String title, Cues cues) {
        TitleType t = SHIPPED.get(title);
        if (t != null) return t;
        // a major-league team ("Texas_Rangers_(baseball)", "Green_Bay_Packers"), whatever its anchors' cues say
        if (LeagueTeams.isTeamTitle(title)) return TitleType.ORGANIZATION;
        if (NON_ENTITY.matcher(title).lookingAt()) return TitleType.NON_ENTITY;
        // Wikipedia titles start with a capital (or a digit or symbol); "russia", "united_States" are noise.
        if (title.isEmpty() || Character.isLowerCase(title.codePointAt(0))) return TitleType.NON_ENTITY;
        String base = Surfaces.titleBase(title);
        int open = title.lastIndexOf("_(");
        if (open > 0 && title.endsWith(")")) {
            String q = title.substring(open + 2, title.length() - 1).toLowerCase(Locale.ROOT);
            TitleType byQualifier = qualifier(q);
            if (byQualifier != null) return byQualifier;
            if (YEAR.matcher(q).find()) return TitleType.PERSON;
        }
        if (open < 0 && title.indexOf(',') < 0 && COUNTRIES.contains(base)) return TitleType.COUNTRY;
        // a club by its form ("Hamburger_SV", "AJ_Auxerre", "S.S._Lazio"), whatever its anchors' cues say
        if (open < 0 && (CLUB.matcher(title).matches() || ClubAffixes.isClubTitle(title))) return TitleType.ORGANIZATION;
        boolean hasComma = title.indexOf(",_") > 0;
        if (hasComma && PERSON_SUFFIX.matcher(title).matches()) return TitleType.PERSON;
        String[] words = base.split(" ");
        // Offices and common nouns ("Foreign_minister", "News_agency", "Washington,_D.C._hardcore"): not a named entity.
        // An office's title is made of title words alone ("Prime_Minister", "Lord_Mayor"); "Stephen_King",
        // "Alexander_Pope" are people whose surname is one.
        if (POSITIONS.contains(words[words.length - 1].toLowerCase(Locale.ROOT)) && words.length <= 3
                && !title.contains("_of_") && office(words)) return TitleType.OTHER;
        // a national team ("England_national_rugby_union_team", "Canada_men's_national_ice_hockey_team"): an organisation
        if (base.contains(" national ") && base.endsWith(" team")) return TitleType.ORGANIZATION;
        // a representative side named without "national" ("England_cricket_team", "Gauteng_cricket_team"); not a
        // season ("2005_Auburn_Tigers_football_team") nor a history
        if (title.endsWith("_team") && SPORT_TEAM.matcher(title).matches()) return TitleType.ORGANIZATION;
        if (TEAM_PROGRAMME.matcher(title).matches()) return TitleType.ORGANIZATION;
        if (commonNoun(title)) return TitleType.OTHER;
        if (hasComma && ORG_SUFFIX.matcher(title).matches()) return TitleType.ORGANIZATION;
        int comma = title.indexOf(",_");
        // an organisation with its campus or seat after the comma ("University_of_California,_Berkeley",
        // "Richard_Huish_College,_Taunton", "Office_for_Standards_in_Education,_Children's_Services_and_Skills")
        if (hasComma && organisationHead(title.substring(0, comma).split("_"))) return TitleType.ORGANIZATION;
        if (open < 0 && comma > 0 && comma + 2 < title.length() && Character.isUpperCase(title.charAt(comma + 2)))
            return TitleType.CITY;
        for (String w : words) if (ORG_WORDS.contains(w)) return TitleType.ORGANIZATION;
        // a monarch by regnal number and realm: "Elizabeth_II_of_the_United_Kingdom", "Juan_Carlos_I_of_Spain" (not
        // the realm's "Kingdom")
        if (open < 0 && !hasComma && title.indexOf("_of_") > 0 && REGNAL.matcher(title).matches()) return TitleType.PERSON;
        if (words.length > 1 && CITY_WORDS.contains(words[words.length - 1])) return TitleType.CITY;
        // a place word in the name's head, not in the realm it belongs to: "Isle_of_Wight_County" and "Kingdom_of_Fife" are
        // places, "House_of_Commons_of_the_United_Kingdom" is not
        int headEnd = words.length;
        for (int i = 1; i < words.length; i++) if (words[i].equals("of")) { headEnd = i; break; }
        for (int i = 0; i < headEnd; i++) if (PLACE_WORDS.contains(words[i])) return TitleType.PLACE;
        if (headEnd < words.length && PLACE_WORDS.contains(words[words.length - 1]) && !ofRealm(words))
            return TitleType.PLACE;
        if (cues != null) {
            int max = Math.max(cues.place, Math.max(cues.person, cues.org));
            if (max > 0) {
                if (cues.place == max && cues.person < max && cues.org < max) return TitleType.PLACE;
                if (cues.person == max && cues.place < max && cues.org < max) return TitleType.PERSON;
                if (cues.org == max && cues.place < max && cues.person < max) return TitleType.ORGANIZATION;
            }
        }
        return TitleType.UNKNOWN;
    }

    private static TitleType qualifier(String q) {
        TitleType t = QUALIFIERS.get(q);
        if (t != null) return t;
        // "U.S._state", "Russian_politician", "American_football_player", "given_name", "band_of_…"
        String[] words = q.replace('_', ' ').split("[ ,]+");
        for (int i = words.length - 1; i >= 0; i--) {
            t = QUALIFIERS.get(words[i]);
            if (t != null) return t;
        }
        return null;
    }

    private static final Pattern CLUB = Pattern.compile(".+_(?:A\\.F\\.C\\.|F\\.C\\.|FC|AFC|CF|C\\.F\\.|R\\.F\\.C\\.|RFC|Football_Club|"
            + "Rugby_Football_Club|Rugby_League_Football_Club|Cricket_Club|\\((?:football|soccer|rugby|basketball)_(?:club|team)\\))(?:_\\d{4})?$"
            + "|(?:FC|AFC|F\\.C\\.|A\\.F\\.C\\.)_\\p{Lu}.*");   // "FC_Groningen", "AFC_Ajax", "F.C._Porto", "Bologna_F.C._1909"

    /** A school's or city's team in one sport: "Alabama_Crimson_Tide_football", "Duke_Blue_Devils_men's_basketball". */
    private static final Pattern SPORT_TEAM = Pattern.compile("(?!History_of_)\\p{L}[^(]*_(?:cricket|football|rugby_union|"
            + "rugby_league|hockey|basketball|netball|baseball)_team");
    private static final Pattern TEAM_PROGRAMME = Pattern.compile("(?:\\p{Lu}[^_]*_){2,5}(?:men's_|women's_)?"
            + "(?:football|basketball|baseball|ice_hockey|soccer|softball|lacrosse|volleyball)");

    /**
     * True for the title of a sports team: a club by its form ("Bristol_City_F.C.", "Port_Adelaide_Football_Club",
     * "Santos_FC", "FC_Groningen", "Sale_(rugby_club)"…), a school's team in one sport ("Alabama_Crimson_Tide_football") or a national
     * team ("England_national_rugby_union_team").
     */
    public static boolean isSportsTeam(String title) {
        String base = Surfaces.titleBase(title);
        return CLUB.matcher(title).matches() || ClubAffixes.isClubTitle(title) || TEAM_PROGRAMME.matcher(title).matches() || LeagueTeams.isTeamTitle(title)
                || base.contains(" national ") && base.endsWith(" team");
    }

    /** Whether every word before the last is a word of people's titles ("Deputy Prime Minister"), so the words name an office. */
    private static boolean office(String[] words) {
        for (int i = 0; i < words.length - 1; i++)
            if (!org.newsgraph.nlp.TitleWords.isModifier(words[i]) && !org.newsgraph.nlp.TitleWords.isHead(words[i])) return false;
        return true;
    }

    /** True when the title is in the shipped list as a city (a capital or large city). */
    /**
     * True when an organisation word heads the words: the last one ("… College", "… Church") or the one before the
     * first "of"/"for" ("University of …", "Office for …"). "College_Park" and "Church_Creek" are towns.
     */
    static boolean organisationHead(String[] words) {
        if (ORG_WORDS.contains(words[words.length - 1])) return true;
        for (int i = 1; i < words.length; i++)   // "University of …", "Office for …", "Committee on …"
            if (words[i].equals("of") || words[i].equals("for") || words[i].equals("on")) return ORG_WORDS.contains(words[i - 1]);
        return false;
    }

    /** True when the words after the last "of" name a country, as a body's realm does ("… of the United Kingdom"). */
    private static boolean ofRealm(String[] words) {
        int of = words.length - 1;
        while (of > 0 && !words[of].equals("of")) of--;
        StringBuilder sb = new StringBuilder();
        for (int i = of + 1; i < words.length; i++) {
            if (i == of + 1 && words[i].equals("the")) continue;
            sb.append(sb.length() > 0 ? " " : "").append(words[i]);
        }
        return COUNTRIES.contains(sb.toString());
    }

    public static boolean isShippedCity(String title) { return SHIPPED.get(title) == TitleType.CITY; }

    /** True when {@code name} (spaces, not underscores) is a country name the JDK knows in English. */
    public static boolean isCountryName(String name) { return COUNTRIES.contains(name); }

    private static Set<String> countries() {
        java.util.HashSet<String> s = new java.util.HashSet<>();
        for (String cc : Locale.getISOCountries()) s.add(new Locale("", cc).getDisplayCountry(Locale.ENGLISH));
        return Set.copyOf(s);
    }

    private static Map<String, TitleType> loadShipped() {
        Map<String, TitleType> m = new HashMap<>();
        try (InputStream in = TitleTypes.class.getResourceAsStream("title-types.tsv")) {
            if (in == null) throw new IllegalStateException("resource title-types.tsv missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 2) throw new IllegalStateException("title-types.tsv line " + n + ": expected TITLE<TAB>TYPE");
                m.put(f[0].strip(), TitleType.valueOf(f[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
