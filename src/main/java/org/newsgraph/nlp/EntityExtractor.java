package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.newsgraph.rdf.PublisherRegistry;
import org.newsgraph.vocab.SDO;

/**
 * Finds the people, organisations and places of an article, resolves their mentions inside the article, and reads
 * roles, quotations and sources around them. Runs CoreNLP NER ({@link CoreNlpPipeline}) and then rules:
 * <ol>
 *   <li>spans: a run of tokens with one NER tag; a leading "the", a trailing possessive and punctuation are
 *       stripped; MISC spans that are demonyms ("Chinese") become mentions of the country, other MISC spans are
 *       kept only when they repeat a known entity's name ("Xi" tagged MISC);</li>
 *   <li>one type per surface form (majority of its tags), gazetteer places are places, "the Kremlin" is an
 *       organisation;</li>
 *   <li>in-document resolution, longest names first: a short form ("Xi", "Putin") joins the person whose full
 *       name contains it, an acronym joins the organisation it abbreviates, "U.S." joins United States;</li>
 *   <li>repeats: every further occurrence of a found entity's names (and a person's surname) is a mention, even
 *       where CoreNLP missed it;</li>
 *   <li>roles ({@link Role}), quotations ({@link Quote}), sources and salience.</li>
 * </ol>
 * Thread-safe.
 *
 * <pre>
 *   EntityExtractor x = EntityExtractor.create().build();
 *   Extraction r = x.extract("China's Xi to Visit Russia", "Chinese President Xi Jinping plans …");
 * </pre>
 */
public final class EntityExtractor {
    private final java.util.function.Supplier<CoreNlpPipeline> pipeline;
    private final Gazetteer gazetteer;
    private final Predicate<String> isNewsOutlet;
    /** The known outlets' names as words, longest first, also without a leading "The" ("Guardian"). */
    private final List<String[]> outletNames;

    private EntityExtractor(Builder b) {
        CoreNlpPipeline given = b.pipeline;
        this.pipeline = given != null ? () -> given : CoreNlpPipeline::shared;   // loaded on first use
        this.gazetteer = b.gazetteer != null ? b.gazetteer : Gazetteer.standard();
        PublisherRegistry reg = b.publishers != null ? b.publishers : PublisherRegistry.standard();
        this.isNewsOutlet = name -> reg.byName(name).isPresent() || NEWS_ORG.matcher(name).find();
        List<String[]> outlets = new ArrayList<>();
        for (PublisherRegistry.Publisher p : reg.publishers()) {
            String[] w = p.name().split(" ");
            outlets.add(w);
            if (w.length > 1 && w[0].equals("The")) outlets.add(Arrays.copyOfRange(w, 1, w.length));
        }
        outlets.sort((x, y) -> y.length - x.length);
        this.outletNames = List.copyOf(outlets);
    }

    public static Builder create() { return new Builder(); }

    /** The CoreNLP pipeline (loads the shared one on first call). */
    public CoreNlpPipeline pipeline() { return pipeline.get(); }

    /**
     * Extracts from a headline (may be null) and a body. The text NLP sees is {@code headline + "\n\n" + body}
     * (just the body when there is no headline); all offsets are into it.
     */
    public Extraction extract(String headline, String body) {
        String b = body == null ? "" : body;
        boolean hasHeadline = headline != null && !headline.isBlank();
        String text = hasHeadline ? headline + "\n\n" + b : b;
        int bodyOffset = hasHeadline ? headline.length() + 2 : 0;
        Tokens t = new Tokens(text, pipeline.get().annotate(text));
        return new Work(t, bodyOffset).run();
    }

    // ---- lexicons -------------------------------------------------------------------------------------------

    /** Organisations CoreNLP often types as places. */
    private static final Set<String> ORG_NAMES = setOf("Kremlin", "White House", "Pentagon", "Downing Street",
            "Élysée Palace", "Elysee Palace", "Elysee", "Élysée", "Congress", "Capitol Hill", "Whitehall");
    private static final java.util.regex.Pattern GOV_ORG = java.util.regex.Pattern.compile(
            "\\b(Ministry|Department|Government|Parliament|Senate|Congress|Kremlin|White House|Pentagon|Downing Street"
            + "|Police|Army|Navy|Air Force|Commission|Council|Agency|Administration|Bureau|Embassy|Duma)\\b");
    private static final java.util.regex.Pattern NEWS_ORG = java.util.regex.Pattern.compile(
            "\\b(News|Times|Post|Guardian|Telegraph|Herald|Tribune|Journal|Gazette|Press|Agency|Reuters|Bloomberg"
            + "|Xinhua|Interfax|TASS|RIA|BBC|CNN|CNBC|NBC|CBS|ABC|Fox|AFP|AP|Al Jazeera|Kommersant|Vedomosti)\\b");

    /** Head nouns of job titles. */
    private static final Set<String> TITLE_HEADS = setOf("president", "minister", "leader", "spokesperson",
            "spokesman", "spokeswoman", "chancellor", "premier", "king", "queen", "prince", "princess", "senator",
            "sen.", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.", "mayor",
            "secretary", "ambassador", "envoy", "general", "gen.", "colonel", "commander", "chief", "ceo",
            "chairman", "chairwoman", "chair", "director", "founder", "co-founder", "head", "judge", "justice",
            "coach", "manager", "captain", "star", "actor", "actress", "singer", "rapper", "writer", "author",
            "journalist", "reporter", "editor", "correspondent", "analyst", "economist", "professor", "prof.", "dr.",
            "lawyer", "attorney", "prosecutor", "officer", "official", "pope", "archbishop", "bishop", "cardinal",
            "striker", "midfielder", "defender", "goalkeeper", "player", "boss", "owner", "chef", "presenter",
            "host", "adviser", "advisor", "aide", "diplomat", "commissioner", "dictator", "monarch", "emperor",
            "speaker", "lawmaker", "legislator", "mp", "candidate", "nominee", "duke", "duchess", "spokesperson",
            "designer", "producer", "director-general", "secretary-general", "chairperson", "president-elect",
            "founder", "executive", "investor", "businessman", "businesswoman", "billionaire", "entrepreneur",
            "sheriff", "detective", "inspector", "sergeant", "lieutenant", "admiral", "marshal", "commentator",
            "historian", "scientist", "researcher", "activist", "campaigner", "opposition", "dissident",
            "comedian", "musician", "songwriter", "singer-songwriter", "model", "athlete", "champion", "chancellor");
    /** Words that may precede a head inside a title ("Foreign Minister", "Deputy Prime Minister"). */
    private static final Set<String> TITLE_MODIFIERS = setOf("foreign", "deputy", "vice", "prime", "interior",
            "defense", "defence", "finance", "health", "press", "executive", "general", "first", "chief", "senior",
            "acting", "interim", "supreme", "top", "state", "security", "economy", "trade", "education", "justice",
            "culture", "energy", "environment", "transport", "home", "u.s.", "federal", "regional", "national",
            "assistant", "associate", "managing", "lead", "head", "party", "opposition", "military", "former",
            "then", "then-", "new", "incoming", "outgoing", "presidential", "royal", "crown", "grand", "junior",
            "minister", "secretary", "communications", "policy", "political", "financial", "operating",
            "technology", "marketing", "commercial", "news", "sports", "film", "pop", "rock", "country",
            "hollywood", "tv", "television", "veteran", "legendary", "famous", "star", "police", "fire", "labour",
            "conservative", "democratic", "republican", "liberal", "agriculture", "labor", "treasury",
            "attorney", "solicitor", "lord", "lady", "sir", "dame", "white", "house");

    /** Honorifics news writes before a name; part of the mention. */
    private static final Set<String> HONORIFICS = setOf("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.",
            "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Gen.", "Brigadier", "King", "Queen", "Justice",
            "Rev.", "Reverend", "Sheikh", "Mx");

    private static final Set<String> SPEECH_VERBS = setOf("said", "says", "say", "told", "tells", "tell", "added",
            "adds", "warned", "warns", "stated", "states", "insisted", "insists", "noted", "notes", "explained",
            "explains", "wrote", "writes", "tweeted", "tweets", "declared", "declares", "announced", "announces",
            "argued", "argues", "claimed", "claims", "touted", "touts", "called", "calls", "described", "describes",
            "asked", "asks", "replied", "replies", "responded", "responds", "urged", "urges", "stressed",
            "stresses", "recalled", "recalls", "admitted", "admits", "continued", "continues", "promised",
            "promises", "vowed", "vows", "accused", "accuses", "dubbed", "labelled", "labeled", "branded",
            "posted", "posts", "reported", "reports", "suggested", "suggests", "rejected", "denied");
    private static final Set<String> QUOTED_TITLE_CUES = WordList.load("quoted-title-cues");
    private static final Set<String> INDIRECT_VERBS = WordList.load("indirect-speech-verbs");
    /** Adverbs between a speaker and the verb: "Peskov also said that". */
    private static final Set<String> ADVERBS = setOf("also", "later", "earlier", "then", "previously", "again", "separately");
    /** Words after a comma that end a reported clause: ", though", ", but", ", while". */
    private static final Set<String> CLAUSE_BREAKS = setOf("though", "although", "but", "while", "whereas");
    private static final Set<String> REPORT_VERBS = setOf("reported", "reports", "said", "says", "cited", "quoted",
            "reporting", "wrote", "writes", "revealed", "published", "confirmed");
    /** Player positions and team roles: "Ural striker …", "England's captain". */
    private static final Set<String> SPORT_ROLES = setOf("striker", "midfielder", "defender", "goalkeeper", "goalie",
            "keeper", "winger", "full-back", "fullback", "centre-back", "center-back", "fly-half", "scrum-half",
            "ruckman", "quarterback", "pitcher", "batsman", "bowler", "wicketkeeper", "wicket-keeper", "skipper",
            "captain", "coach", "playmaker", "forward", "international", "squad", "line-up", "lineup");
    /** Verbs before "for" and a team: "plays for Aachen", "signed for Fulham". */
    private static final Set<String> PLAY_FOR = setOf("play", "plays", "played", "playing", "signed", "signs", "signing",
            "captained", "captains", "captaining", "scored", "scores", "scoring", "starred", "stars", "starring",
            "debuted", "appeared", "appears", "capped");
    /** Words that join the two sides of a match: "England beat Samoa", "Alabama versus Florida State". */
    private static final Set<String> MATCH_WORDS = setOf("beat", "beats", "v", "v.", "vs", "vs.", "versus");
    /** Days and months (untagged when the CRF models that tag dates are off): "on CNN Saturday night". */
    private static final Set<String> CALENDAR_WORDS = setOf("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
            "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.", "Sat.",
            "Sun.");
    /** Heads of place names with "of": "City of London", "Isle of Man", "Republic of Ireland". */
    private static final Set<String> PLACE_HEADS = setOf("City", "Isle", "Island", "Islands", "Republic", "Kingdom",
            "State", "Province", "County", "Borough", "District", "Municipality", "Gulf", "Bay", "Port", "Cape",
            "Strait", "Straits", "Sea", "Lake", "Mount", "Vale", "Valley", "Town", "Emirate", "Principality",
            "Commonwealth", "Duchy", "Sultanate");
    /** Noble titles with "of" and a place: "the Duchess of Cambridge", "the Prince of Wales". */
    private static final Set<String> NOBLE_TITLES = setOf("Duke", "Duchess", "Prince", "Princess", "Earl", "Countess",
            "Marquess", "Marchioness", "Baron", "Baroness", "Viscount", "Viscountess");
    /** Political parties called by their members' name ("the ruling Conservatives", "Republicans said"). */
    private static final Set<String> PARTIES = setOf("Conservatives", "Tories", "Labour", "Democrats", "Republicans",
            "Liberals", "Socialists", "Greens", "Nationalists", "Communists");
    /** States whose name with "State" is the state itself, not a university. */
    private static final Set<String> STATE_IS_STATE = setOf("New York", "Washington");
    /** Head nouns that end an organisation's name. */
    private static final Set<String> ORG_HEADS = setOf("Project", "Foundation", "Institute", "Institution",
            "Association", "Society", "Trust", "Council", "Committee", "Commission", "Agency", "Authority", "Ministry",
            "Department", "University", "College", "Party", "Union", "Federation", "League", "Club", "Limited", "Ltd",
            "Ltd.", "Inc", "Inc.", "Corporation", "Corp", "Corp.", "Plc", "PLC", "plc", "Bank", "Fund", "Academy",
            "Alliance", "Coalition", "Network", "Hospital", "Charity", "Organisation", "Organization", "Bureau",
            "Office", "Board", "Court", "Tribunal", "Parliament", "Assembly", "Congress", "Senate", "Police",
            "Constabulary", "Army", "Navy", "Regiment", "Brigade", "Church", "Airlines", "Airways", "Railways",
            "Studios", "Records", "Group");
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("[A-Z]\\.?");
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z0-9&]{1,5}");
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLCDM]+");
    private static final Set<String> CURRENCIES = currencyCodes();
    /** All-caps abbreviations that are common nouns or units, not names. */
    private static final Set<String> COMMON_ABBREVIATIONS = setOf("TV", "PR", "DJ", "MP", "MPS", "CEO", "CFO", "COO",
            "CTO", "GDP", "GNP", "DNA", "RNA", "HIV", "AIDS", "OK", "AM", "PM", "USB", "PC", "ID", "IQ", "IT", "HR",
            "VIP", "FAQ", "PDF", "GPS", "SUV", "ATM", "LGBT", "LGBTQ", "COVID", "SARS", "MRI", "ICU", "ER", "RSVP",
            "DIY", "BBQ", "NB", "PS", "AD", "BC", "BCE", "CE", "ET", "EST", "GMT", "UTC", "PST", "EDT", "BST", "AKA",
            "FYI", "ASAP", "LOL", "OMG", "RIP", "MVP", "AI", "VR", "AR", "CD", "DVD", "HD", "UFO", "IPO", "VAT", "PIN",
            "SMS", "URL", "WWW", "HTML", "APP", "MPH", "KM", "KG", "CM", "MM", "MW", "GW", "KW", "BPM", "ADHD", "PTSD",
            "OCD", "CV", "QC", "KC", "MBE", "OBE", "CBE", "PHD", "MBA", "MD", "DDS", "RN", "JR", "SR", "TBA", "TBC",
            "NDA", "LED", "LCD", "CCTV", "GOP", "HQ", "PE", "RE", "UV", "IVF", "STD", "STI", "BMI", "PPE", "CPR",
            "THE", "AND", "OF", "FOR", "TO", "IN", "ON", "AT", "BY", "OR", "AN", "IS", "IT", "WE", "NO", "NOT", "YES",
            "NEW", "ALL", "BUT", "MY", "ME", "HE", "SHE", "US", "UP", "SO", "DO", "GO", "BE", "IF", "AS");
    private static final Set<String> SURNAME_STOP = setOf("May", "March", "April", "June", "July", "August", "Will",
            "Mark", "Bill", "Rose", "Hope", "Grace", "Page", "Young", "King", "Price", "Little", "Long", "White",
            "Black", "Brown", "Green", "Bush", "Love", "Banks", "Field", "Hall", "Wood", "Street", "Church", "Gay",
            "Best", "Rich", "Law", "West", "North", "South", "East", "New", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "Jr.", "Sr.", "Jr", "Sr", "II", "III");

    // ---- one article ----------------------------------------------------------------------------------------

    private static final class Cand {
        final int s, e;
        final String surface;
        EntityType type;   // null: MISC, kept only if it joins a known entity
        String name;       // canonical name (gazetteer name for places)
        final boolean demonym;
        int cb = -1, ce = -1;   // character offsets when the mention is part of a token ("Russian" in "Russian-Ukrainian")

        Cand(int s, int e, String surface, EntityType type, String name, boolean demonym) {
            this.s = s;
            this.e = e;
            this.surface = surface;
            this.type = type;
            this.name = name;
            this.demonym = demonym;
        }

        int len() { return e - s; }
    }

    private static final class Ent {
        final ExtractedEntity e;
        final List<String[]> forms = new ArrayList<>();
        int firstToken = Integer.MAX_VALUE;
        boolean headlineNonPossessive, headlinePossessive, lead;

        Ent(ExtractedEntity e) { this.e = e; }

        boolean hasForm(String[] f) {
            for (String[] g : forms) if (Arrays.equals(f, g)) return true;
            return false;
        }
    }

    private final class Work {
        final Tokens t;
        final int bodyOffset;
        final int leadEnd;
        final List<Ent> ents = new ArrayList<>();
        final int[] owner;
        final List<Quote> quotes = new ArrayList<>();
        final List<ExtractedEntity> sources = new ArrayList<>();
        final List<ExtractedEntity> extraCountries = new ArrayList<>();
        final List<int[]> within = new ArrayList<>();   // token starts of a place and the region it lies in
        final Set<String> team = new java.util.HashSet<>();   // place names used as sports teams in this article
        final Map<ExtractedEntity, ExtractedEntity> governments = new LinkedHashMap<>();   // place -> its government

        Work(Tokens t, int bodyOffset) {
            this.t = t;
            this.bodyOffset = bodyOffset;
            int p = t.text.indexOf("\n\n", bodyOffset);
            this.leadEnd = p < 0 ? t.text.length() : p;
            this.owner = new int[t.size];
            Arrays.fill(owner, -1);
        }

        Extraction run() {
            List<Cand> cands = spans();
            teams(cands);
            unifyTypes(cands);
            group(cands);
            repeats();
            refineClasses();
            roles();
            quotes();
            paraphrases();
            quotes.sort(Comparator.comparingInt(Quote::begin));
            sources();
            salience();
            List<ExtractedEntity> list = new ArrayList<>();
            for (Ent x : ents) list.add(x.e);
            list.addAll(governments.values());
            list.sort(Comparator.comparingDouble((ExtractedEntity e) -> -e.salience())
                    .thenComparingInt(e -> e.mentions().isEmpty() ? Integer.MAX_VALUE : e.mentions().get(0).begin()));
            List<Extraction.Containment> contained = new ArrayList<>();
            for (int[] w : within) {
                if (owner[w[0]] < 0 || owner[w[1]] < 0 || owner[w[0]] == owner[w[1]]) continue;
                Extraction.Containment c = new Extraction.Containment(ents.get(owner[w[0]]).e, ents.get(owner[w[1]]).e);
                if (!contained.contains(c)) contained.add(c);
            }
            return new Extraction(t.text, bodyOffset, t.size, list, quotes, sources, contained);
        }

        // 1. spans
        List<Cand> spans() {
            List<Cand> out = new ArrayList<>();
            int i = 0;
            while (i < t.size) {
                String tag = t.ner[i];
                if (!isEntityTag(tag)) {
                    if (tag.equals("O") && t.capitalized(i)) {
                        int h = orgWithHead(i);
                        if (h > i) {
                            addCand(out, i, h, "ORGANIZATION");
                            i = h;
                            continue;
                        }
                        if (t.word[i].indexOf('-') > 0) splitHyphenated(out, i, tag);
                        else if (isNameAcronym(i) || employsTitle(i) || PARTIES.contains(t.word[i])) addCand(out, i, i + 1, "ORGANIZATION");
                        else if (t.word[i].equals("Channel") && i + 1 < t.size && t.sentence[i + 1] == t.sentence[i]
                                && t.word[i + 1].matches("\\d{1,2}") && t.begin[i] >= bodyOffset) {
                            addCand(out, i, i + 2, "ORGANIZATION");   // a broadcaster: "Channel 4", "Channel 9"
                            i += 2;
                            continue;
                        }
                        else demonym(out, i);
                    }
                    i++;
                    continue;
                }
                int j = i + 1;
                // a span never crosses a line break ("Chief Executive\nNuclear Energy Institute\nWashington")
                while (j < t.size && t.ner[j].equals(tag) && t.sentence[j] == t.sentence[i]
                        && t.text.lastIndexOf('\n', t.begin[j]) < t.end[j - 1]) j++;
                int s = i, e = j;
                while (s < e && (t.lower(s).equals("the") || isPunct(t.word[s]))) s++;
                while (e > s && (t.isPossessive(e - 1) || isPunct(t.word[e - 1]))) e--;
                // "T Bone Burnett": a lone initial NER leaves out before a person's name
                if (tag.equals("PERSON") && s == i && i > 0 && t.ner[i - 1].equals("O") && t.sentence[i - 1] == t.sentence[i]
                        && INITIAL.matcher(t.word[i - 1]).matches() && !t.word[i - 1].startsWith("A")
                        && !t.word[i - 1].equals("I") && t.end[i - 1] < t.begin[i]) s--;
                if (e < t.size && partOfLongerName(e)) {
                    if (tag.equals("LOCATION") && e == j && t.word[e].equals("State") && !STATE_IS_STATE.contains(t.span(s, e))
                            && gazetteer.byName(t.span(s, e)).map(p -> SDO.AdministrativeArea.equals(p.schemaClass())).orElse(false)) {
                        // "the Ohio State recruiter", "Penn State": a state's name and "State" is its university
                        addCand(out, s, e + 1, "ORGANIZATION");
                        i = e + 1;
                        continue;
                    }
                    if (tag.equals("ORGANIZATION") && e == j) {
                        // an organisation's name runs on over capitalised words NER left out: "Amazon Prime Video",
                        // "KIIS FM", "CBS This Morning" (places and people are dropped instead: "Ohio State")
                        int k = e;
                        while (k < t.size && partOfLongerName(k) && !HONORIFICS.contains(t.word[k])) k++;
                        addCand(out, s, k, tag);
                        i = k;
                        continue;
                    }
                    i = j;
                    continue;
                }
                // "the London 2012 Olympics", "Qatar 2022 World Cup": a place, a year, a name is an event's name
                if (tag.equals("LOCATION") && e == j && yearAndNameAt(e)) {
                    i = j;
                    continue;
                }
                int sl = s;
                while (sl < e && !t.word[sl].equals("/")) sl++;
                if (sl > s && sl < e - 1 && tag.equals("ORGANIZATION")) {
                    // "a Comres/ITV poll", "YouGov/Times": two organisations, one each side of the slash
                    for (int p = s, q; p < e; p = q + 1) {
                        q = p;
                        while (q < e && !t.word[q].equals("/")) q++;
                        if (q > p) addCand(out, p, q, tag);
                    }
                    i = j;
                    continue;
                }
                int h = s;
                while (h < e && !t.word[h].equals("-")) h++;
                if (h < e && h > s && (tag.equals("LOCATION") || tag.equals("MISC"))) {               // "Delhi - Noida", "Russian - Ukrainian": split at the hyphen
                    for (int p = s, q; p < e; p = q + 1) {
                        q = p;
                        while (q < e && !t.word[q].equals("-")) q++;
                        if (q == p + 1 && (tag.equals("MISC") || gazetteer.byDemonym(t.word[p]).isPresent())) demonym(out, p);
                        else if (q > p) addCand(out, p, q, tag);
                    }
                } else if (s + 1 == e && t.word[s].indexOf('-') > 0 && !tag.equals("PERSON") && !tag.equals("ORGANIZATION"))
                    splitHyphenated(out, s, tag);
                else if (s + 1 == e && tag.equals("MISC") && PARTIES.contains(t.word[s])) addCand(out, s, e, "ORGANIZATION");
                else if (s + 1 == e && tag.equals("MISC")) demonym(out, s);
                else if (s < e && tag.equals("LOCATION") && ofPlaceStart(s) >= 0) {
                    // "the City of London", "The Duchess of Cambridge": the place is part of a longer name
                    int b = ofPlaceStart(s);
                    boolean noble = NOBLE_TITLES.contains(t.word[b]);
                    if (noble && b > 0 && t.word[b - 1].equals("The") && b - 1 != t.sentenceStart[t.sentence[b]]) b--;
                    String surface = t.span(b, e);
                    out.add(new Cand(b, e, surface, noble ? EntityType.PERSON : EntityType.PLACE, surface, false));
                }
                else if (s < e) addCand(out, s, e, tag);
                i = j;
            }
            outlets(out);
            return mergeCityRegion(out);
        }

        /**
         * A known news outlet NER left untagged ("told The Independent", "for the Guardian"): an organisation. A
         * one-word form without its "The" ("Guardian", "Times") only right after "the", a form with "The" only
         * inside a sentence.
         */
        void outlets(List<Cand> out) {
            boolean[] used = new boolean[t.size];
            for (Cand c : out) if (c.type != null || c.demonym) for (int k = c.s; k < c.e; k++) used[k] = true;
            List<Cand> found = new ArrayList<>();
            for (int i = 0; i < t.size; i++) {
                if (used[i] || !(t.ner[i].equals("O") || t.ner[i].equals("MISC")) || !t.capitalized(i)) continue;
                for (String[] f : outletNames) {
                    int e = i + f.length;
                    if (e > t.size || !Arrays.equals(f, Arrays.copyOfRange(t.word, i, e))) continue;
                    boolean free = true;
                    for (int k = i; k < e; k++) free &= !used[k] && t.sentence[k] == t.sentence[i] && !t.ner[k].equals("PERSON");
                    if (!free || f[0].equals("The") && f.length == 1) continue;
                    // "The Independent" as a name only inside a sentence ("The Independent candidate lost.")
                    int start = t.sentenceStart[t.sentence[i]];
                    if (f.length == 1 && !(i - 1 > start && t.lower(i - 1).equals("the"))) continue;
                    if (f[0].equals("The") && i == start) continue;
                    // not the start of a longer name ("The Times Literary Supplement")
                    if (e < t.size && t.sentence[e] == t.sentence[i] && t.capitalized(e) && !t.isPossessive(e)
                            && t.text.lastIndexOf('\n', t.begin[e]) < t.end[e - 1]) continue;
                    int s = f[0].equals("The") ? i + 1 : i;
                    found.add(new Cand(s, e, t.span(s, e), EntityType.ORGANIZATION, t.span(s, e), false));
                    for (int k = i; k < e; k++) used[k] = true;
                    i = e - 1;
                    break;
                }
            }
            if (found.isEmpty()) return;
            out.removeIf(c -> c.type == null && found.stream().anyMatch(f -> f.s < c.e && c.s < f.e));   // MISC "Independent"
            out.addAll(found);
            out.sort(Comparator.comparingInt((Cand c) -> c.s));
        }

        /** A year and a capitalised word at {@code k}, in one sentence: "(London) 2012 Olympics". */
        boolean yearAndNameAt(int k) {
            return k + 1 < t.size && k > 0 && t.sentence[k + 1] == t.sentence[k - 1] && t.word[k].matches("(19|20)\\d\\d")
                    && t.capitalized(k + 1) && !t.ner[k + 1].equals("PERSON");
        }

        /**
         * Whether the capitalised, untagged token at {@code k} continues a name CoreNLP cut short ("CNN Films",
         * "KIIS FM", "Ohio State"); not in the headline nor in title-case lines.
         */
        boolean partOfLongerName(int k) {
            if (t.begin[k] < bodyOffset || !t.ner[k].equals("O") || !t.capitalized(k) || TITLE_HEADS.contains(t.lower(k))
                    || CALENDAR_WORDS.contains(t.word[k])
                    || t.isPossessive(k) || t.sentence[k] != t.sentence[k - 1] || gazetteer.byDemonym(t.word[k]).isPresent())
                return false;
            if (t.text.lastIndexOf('\n', t.begin[k]) > t.end[k - 1]) return false;
            int sent = t.sentence[k], caps = 0, words = 0;
            for (int m = t.sentenceStart[sent]; m < t.sentenceStart[sent + 1]; m++) {
                if (isPunct(t.word[m])) continue;
                words++;
                if (t.capitalized(m)) caps++;
            }
            return caps * 2 < words;
        }

        /**
         * "Karen Jennings, Unison's assistant general secretary": an untagged capitalised word inside a sentence whose
         * possessive is followed by a job title (in lower case) names the employer, an organisation.
         */
        boolean employsTitle(int i) {
            int sent = t.sentence[i];
            return t.begin[i] >= bodyOffset && i > t.sentenceStart[sent] && !t.capitalized(i - 1) && i + 2 < t.size
                    && t.sentence[i + 2] == sent && t.isPossessive(i + 1) && !t.capitalized(i + 2)
                    && isTitleWord(t.lower(i + 2)) && gazetteer.byDemonym(t.word[i]).isEmpty()
                    && !HONORIFICS.contains(t.word[i]) && !isTitleWord(t.lower(i)) && !CALENDAR_WORDS.contains(t.word[i]);
        }

        /**
         * The end of an untagged run of capitalised words from {@code i} ("of", "and", "for" allowed inside) that ends
         * in an organisation's head noun ("the Second Look Project", "Ventura County Fire Department"), or {@code i}
         * when there is none. At least two words; not in an all-caps or title-case line; not before another
         * capitalised word.
         */
        int orgWithHead(int i) {
            if (t.begin[i] < bodyOffset) return i;
            int sent = t.sentence[i], j = i, last = i;
            while (j < t.size && t.sentence[j] == sent && t.ner[j].equals("O")
                    && (j == i || t.text.lastIndexOf('\n', t.begin[j]) < t.end[j - 1])) {
                if (t.capitalized(j) && !isCapsWord(t.word[j]) && !t.word[j].equals("I")) last = ++j;
                else if (j > i && (t.word[j].equals("of") || t.word[j].equals("and") || t.word[j].equals("for"))
                        && j + 1 < t.size && t.capitalized(j + 1)) j++;
                else break;
            }
            if (last - i < 2 || !ORG_HEADS.contains(t.word[last - 1])) return i;
            if (last < t.size && t.sentence[last] == sent && t.capitalized(last)) return i;
            int caps = 0, words = 0;
            for (int m = t.sentenceStart[sent]; m < t.sentenceStart[sent + 1]; m++) {
                if (isPunct(t.word[m])) continue;
                words++;
                if (t.capitalized(m)) caps++;
            }
            return caps * 2 < words ? last : i;
        }

        /**
         * An all-caps token NER left untagged that names an organisation ("ITV", "G4S", "FSCS"): 2–6 capitals or
         * digits, at least two letters, in the body, with safeguards against the all-caps words that are no names —
         * not in an all-caps line or phrase ("QUESTION:", "AT THE PLATE"), not before a colon, not next to a number
         * or a hyphen ("BGN 100", "EA-18G"), not after a capitalised word inside the sentence ("KIIS FM"), no
         * Roman numeral, ISO currency code or common abbreviation ("TV", "CEO", "DNA"); and used twice in the
         * article or after "the".
         */
        boolean isNameAcronym(int i) {
            String w = t.word[i];
            if (t.begin[i] < bodyOffset || !ACRONYM.matcher(w).matches() || w.chars().filter(Character::isLetter).count() < 2
                    || ROMAN.matcher(w).matches() || COMMON_ABBREVIATIONS.contains(w) || CURRENCIES.contains(w))
                return false;
            int sent = t.sentence[i];
            if (i + 1 < t.size && t.sentence[i + 1] == sent) {
                String n = t.word[i + 1];
                if (n.equals(":") || n.startsWith("-") || Character.isDigit(n.charAt(0)) || isCapsWord(n)) return false;
            }
            if (i > t.sentenceStart[sent]) {
                String p = t.word[i - 1];
                if (Character.isDigit(p.charAt(p.length() - 1)) || p.endsWith("-") || isCapsWord(p)) return false;
                if (t.capitalized(i - 1) && i - 1 != t.sentenceStart[sent] && t.text.lastIndexOf('\n', t.begin[i]) < t.end[i - 1])
                    return false;
            }
            int ls = t.text.lastIndexOf('\n', t.begin[i]) + 1, le = t.text.indexOf('\n', t.end[i]);
            String line = t.text.substring(ls, le < 0 ? t.text.length() : le);
            long letters = line.chars().filter(Character::isLetter).count();
            long upper = line.chars().filter(Character::isUpperCase).count();
            if (upper * 2 > letters) return false;
            // a name the article uses again, or with the article ("the FA"); a one-off bare acronym ("arrival at
            // JFK") may as well be a person or a place
            if (i > 0 && t.lower(i - 1).equals("the")) return true;
            int n = 0;
            for (int k = 0; k < t.size && n < 2; k++) if (t.word[k].equals(w)) n++;
            return n >= 2;
        }

        /**
         * The start of "City of" / "Duchess of" right before the place at {@code s} (an untagged capitalised place
         * head or noble title, then "of"), or -1.
         */
        int ofPlaceStart(int s) {
            if (s < 2 || !t.word[s - 1].equals("of") || !t.ner[s - 2].equals("O") || t.sentence[s - 2] != t.sentence[s]) return -1;
            String w = t.word[s - 2];
            return PLACE_HEADS.contains(w) || NOBLE_TITLES.contains(w) ? s - 2 : -1;
        }

        /** A demonym ("Chinese") is a mention of its country, except right before a title ("Chinese President"). */
        void demonym(List<Cand> out, int i) {
            Optional<Gazetteer.Place> d = gazetteer.byDemonym(t.word[i]);
            if (d.isEmpty()) {
                if (t.ner[i].equals("MISC")) addCand(out, i, i + 1, "MISC");
                return;
            }
            if (i + 1 < t.size && t.capitalized(i + 1) && (isTitleWord(t.lower(i + 1))
                    || (isEntityTag(t.ner[i + 1]) && !t.ner[i + 1].equals("PERSON")))) return;
            // after a capitalised word inside the sentence, part of a longer name: "African American", "L'Oxygene Polish"
            int sent = t.sentence[i];
            boolean line = t.text.lastIndexOf('\n', t.begin[i]) < (i > 0 ? t.end[i - 1] : 0);
            if (i > t.sentenceStart[sent] && line && t.capitalized(i - 1) && i - 1 != t.sentenceStart[sent]
                    && !isTitleWord(t.lower(i - 1)) && !t.ner[i - 1].equals("PERSON")) return;
            out.add(new Cand(i, i + 1, t.word[i], EntityType.PLACE, d.get().name(), true));
        }

        /** "Russian-Ukrainian", "Bulgarian-Turkish", "Delhi-Noida": each capitalised known part is a mention. */
        void splitHyphenated(List<Cand> out, int i, String tag) {
            String w = t.word[i];
            int off = 0;
            for (String part : w.split("-")) {
                int b = t.begin[i] + off, e = b + part.length();
                off += part.length() + 1;
                if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0))) continue;
                Optional<Gazetteer.Place> d = gazetteer.byDemonym(part);
                Optional<Gazetteer.Place> p = gazetteer.byName(part);
                Cand c = null;
                if (d.isPresent()) c = new Cand(i, i + 1, part, EntityType.PLACE, d.get().name(), true);
                else if (p.isPresent()) c = new Cand(i, i + 1, part, EntityType.PLACE, p.get().name(), false);
                else if (tag.equals("LOCATION")) c = new Cand(i, i + 1, part, EntityType.PLACE, part, false);
                if (c == null) continue;
                c.cb = b;
                c.ce = e;
                out.add(c);
            }
        }

        /** "Denver, Colorado", "South Bend, Indiana": a place, a comma, then the region or country it lies in. */
        List<Cand> mergeCityRegion(List<Cand> in) {
            for (int k = 0; k + 1 < in.size(); k++) {
                Cand a = in.get(k), b = in.get(k + 1);
                if (a.type == EntityType.PLACE && !a.demonym && a.cb < 0 && b.type == EntityType.PLACE && !b.demonym
                        && b.cb < 0 && b.s == a.e + 1 && t.word[a.e].equals(",") && t.sentence[b.s] == t.sentence[a.s]
                        && gazetteer.byName(b.name).map(pl -> !SDO.City.equals(pl.schemaClass())).orElse(false)
                        && gazetteer.byName(a.name).map(pl -> !pl.isCountry()).orElse(true))
                    within.add(new int[] {a.s, b.s});
            }
            return in;
        }

        void addCand(List<Cand> out, int s, int e, String tag) {
            String surface = t.span(s, e);
            if (tag.equals("MISC")) {
                Optional<Gazetteer.Place> d = gazetteer.byDemonym(surface);
                if (d.isPresent()) {
                    out.add(new Cand(s, e, surface, EntityType.PLACE, d.get().name(), true));
                    return;
                }
                Optional<Gazetteer.Place> p = gazetteer.byName(surface);
                out.add(p.isPresent() ? new Cand(s, e, surface, EntityType.PLACE, p.get().name(), false)
                        : new Cand(s, e, surface, null, surface, false));
                return;
            }
            EntityType type = EntityType.fromNerTag(tag);
            if (ORG_NAMES.contains(surface)) type = EntityType.ORGANIZATION;
            String name = surface;
            if (type != EntityType.PERSON && !ORG_NAMES.contains(surface)) {
                Optional<Gazetteer.Place> p = gazetteer.byName(surface);
                if (p.isPresent()) {
                    type = EntityType.PLACE;
                    name = p.get().name();
                }
            }
            if (type != EntityType.ORGANIZATION && e == s + 1 && gazetteer.byName(surface).isEmpty() && isBrandCase(surface))
                type = EntityType.ORGANIZATION;
            out.add(new Cand(s, e, surface, type, name, false));
        }

        /**
         * Sports metonymy: a place named with a sports cue is its team, and so is every other mention of that name
         * in the article — "Ural striker Roman Pavlyuchenko", "England's captain", "England beat Samoa", "Alabama
         * versus Florida State". The cues: a player-position noun right after the name (or after its possessive),
         * "plays for", "signed for" … before it, or a match word ("beat", "v", "vs", "versus") between two names.
         */
        void teams(List<Cand> cands) {
            Set<String> teams = new java.util.HashSet<>();
            for (int k = 0; k < cands.size(); k++) {
                Cand c = cands.get(k);
                if (c.type != EntityType.PLACE || c.demonym || c.cb >= 0) continue;
                int e = c.e;
                if (t.isPossessive(e)) e++;
                if (e < t.size && t.sentence[e] == t.sentence[c.s] && !t.capitalized(e) && SPORT_ROLES.contains(t.word[e])) teams.add(c.name);
                if (c.s >= 2 && t.word[c.s - 1].equals("for") && PLAY_FOR.contains(t.word[c.s - 2])) teams.add(c.name);   // "plays for Aachen"
                if (k + 1 < cands.size() && c.e < t.size && MATCH_WORDS.contains(t.lower(c.e))) {
                    Cand d = cands.get(k + 1);
                    if (d.s == c.e + 1 && d.type != null && d.type != EntityType.PERSON && !d.demonym && d.cb < 0) {
                        teams.add(c.name);
                        if (d.type == EntityType.PLACE) teams.add(d.name);
                    }
                }
            }
            // the cue on an occurrence NER left untagged ("Enraged Ural striker …" after "Ural's …" was tagged)
            Map<String, String> placeWords = new HashMap<>();
            for (Cand c : cands) if (c.type == EntityType.PLACE && !c.demonym && c.cb < 0 && c.len() == 1) placeWords.put(c.surface, c.name);
            for (int j = 1; j < t.size; j++) {
                if (t.capitalized(j) || !SPORT_ROLES.contains(t.word[j])) continue;
                int k = t.isPossessive(j - 1) ? j - 2 : j - 1;
                if (k >= 0 && t.sentence[k] == t.sentence[j] && placeWords.containsKey(t.word[k])) teams.add(placeWords.get(t.word[k]));
            }
            // and the places listed with a team: "England and Tonga have met", "at Fulham, Liverpool and England"
            for (boolean grew = !teams.isEmpty(); grew; ) {
                grew = false;
                for (int k = 0; k + 1 < cands.size(); k++) {
                    Cand c = cands.get(k), d = cands.get(k + 1);
                    if (c.demonym || d.demonym || c.cb >= 0 || d.cb >= 0 || c.type != EntityType.PLACE || d.type != EntityType.PLACE
                            || d.s != c.e + 1 || !(t.word[c.e].equals(",") || t.word[c.e].equals("and"))
                            || teams.contains(c.name) == teams.contains(d.name)) continue;
                    grew |= teams.add(c.name) | teams.add(d.name);
                }
            }
            for (Cand c : cands)
                if (c.type == EntityType.PLACE && !c.demonym && teams.contains(c.name)) {
                    c.type = EntityType.ORGANIZATION;
                    team.add(c.name);
                }
        }

        // 2. one type per surface form
        void unifyTypes(List<Cand> cands) {
            Map<String, int[]> votes = new HashMap<>();
            for (Cand c : cands) {
                if (c.type == null || c.demonym) continue;
                votes.computeIfAbsent(c.name, k -> new int[3])[c.type.ordinal()]++;
            }
            for (Cand c : cands) {
                if (c.type == null || c.demonym) continue;
                int[] v = votes.get(c.name);
                int best = c.type.ordinal();
                for (int k = 0; k < 3; k++) if (v[k] > v[best]) best = k;
                c.type = EntityType.values()[best];
            }
        }

        // 3. resolution
        void group(List<Cand> cands) {
            List<Cand> order = new ArrayList<>(cands);
            // body before headline (title case misleads NER: "Meet Macron"), typed before MISC, longest first
            order.sort(Comparator.comparing((Cand c) -> t.begin[c.s] < bodyOffset)
                    .thenComparing((Cand c) -> c.type == null)
                    .thenComparing(Comparator.comparingInt(Cand::len).reversed())
                    .thenComparingInt(c -> c.s));
            Map<String, Ent> byKey = new HashMap<>();
            for (Cand c : order) {
                if (c.cb < 0 && taken(c.s, c.e)) continue;
                String[] words = Arrays.copyOfRange(t.word, c.s, c.e);
                Ent ent = null;
                if (c.type != null) ent = byKey.get(c.type + "\t" + c.name);
                if (ent == null && c.type == null) {
                    for (EntityType ty : EntityType.values()) {
                        ent = byKey.get(ty + "\t" + c.name);
                        if (ent != null) break;
                    }
                }
                if (c.cb >= 0) words = new String[] {c.surface};
                if (t.begin[c.s] < bodyOffset && c.cb < 0 && c.len() > 1 && !c.demonym
                        && (c.type == null || byKey.get(c.type + "\t" + c.name) == null)) {
                    // a headline span that is no body name but contains one: "Meet Macron" → "Macron"
                    int[] sub = knownFormInside(c.s, c.e);
                    if (sub != null) {
                        if (!taken(sub[0], sub[1])) mention(ents.get(sub[2]), sub[0], sub[1], "ner");
                        continue;
                    }
                }
                // a title alone is no one's name ("the Duchess does"), not even short for "Duchess of Cambridge"
                if ((c.type == EntityType.PERSON || c.type == null) && c.len() == 1 && c.cb < 0 && NOBLE_TITLES.contains(t.word[c.s])) continue;
                if (ent == null && !c.demonym && (c.type == EntityType.PERSON || c.type == null
                        || (c.len() == 1 && gazetteer.byName(c.surface).isEmpty())))
                    ent = shortFormOf(words, c.s);
                if (ent == null && c.type == EntityType.PLACE && !c.demonym) ent = placeShortFormOf(words);
                if (ent == null && (c.type == EntityType.ORGANIZATION || c.type == null) && isAcronym(c.surface))
                    ent = acronymOf(c.surface);
                if (ent == null) {
                    if (c.type == null) continue;      // MISC that is no known entity: not ours
                    ent = new Ent(new ExtractedEntity(c.type, c.name));
                    ents.add(ent);
                }
                byKey.putIfAbsent(ent.e.type() + "\t" + c.name, ent);
                if (!c.demonym) {
                    byKey.putIfAbsent(ent.e.type() + "\t" + c.surface, ent);
                    if (!ent.hasForm(words)) ent.forms.add(words);
                    ent.e.addName(c.surface);
                    if (!c.name.equals(c.surface)) ent.e.addName(c.name);
                }
                if (c.cb >= 0) mention(ent, c.s, c.e, "ner", c.cb, c.ce);
                else mention(ent, c.s, c.e, "ner");
            }
        }

        /** The longest known entity form inside tokens {@code [s, e)}: {start, end, entity index}, or null. */
        int[] knownFormInside(int s, int e) {
            int[] best = null;
            for (int k = 0; k < ents.size(); k++) {
                for (String[] f : ents.get(k).forms) {
                    if (f.length >= e - s) continue;
                    for (int i = s; i + f.length <= e; i++) {
                        if (Arrays.equals(f, Arrays.copyOfRange(t.word, i, i + f.length))
                                && (best == null || f.length > best[1] - best[0]))
                            best = new int[] {i, i + f.length, k};
                    }
                }
            }
            return best;
        }

        /** "Denver" after "Denver, Colorado". */
        Ent placeShortFormOf(String[] words) {
            for (Ent x : ents) {
                if (x.e.type() != EntityType.PLACE) continue;
                for (String[] f : x.forms)
                    if (f.length > words.length + 1 && f[words.length].equals(",")
                            && Arrays.equals(words, Arrays.copyOf(f, words.length))) return x;
            }
            return null;
        }

        Ent shortFormOf(String[] words, int at) {
            Ent best = null;
            int bestDist = Integer.MAX_VALUE;
            for (Ent x : ents) {
                if (x.e.type() != EntityType.PERSON) continue;
                for (String[] f : x.forms) {
                    if (f.length > words.length && containsRun(f, words)) {
                        int dist = Math.abs(at - x.firstToken);
                        if (best == null || dist < bestDist) {
                            best = x;
                            bestDist = dist;
                        }
                        break;
                    }
                }
            }
            return best;
        }

        Ent acronymOf(String acronym) {
            String a = acronym.replace(".", "");
            for (Ent x : ents) {
                if (x.e.type() != EntityType.ORGANIZATION) continue;
                for (String[] f : x.forms) {
                    StringBuilder sb = new StringBuilder();
                    for (String w : f) {
                        if (w.equals("of") || w.equals("the") || w.equals("and") || w.equals("for") || w.equals("&")) continue;
                        sb.append(Character.toUpperCase(w.charAt(0)));
                    }
                    if (sb.length() >= 2 && sb.toString().equals(a)) return x;
                }
            }
            return null;
        }

        boolean taken(int s, int e) {
            for (int k = s; k < e; k++) if (owner[k] >= 0) return true;
            return false;
        }

        void mention(Ent ent, int s, int e, String source) {
            // "Mr Blair", "Dr. Bose", "King Vajiralongkorn": the honorific belongs to the mention, not the name
            if (ent.e.type() == EntityType.PERSON && s > 0 && owner[s - 1] < 0 && t.sentence[s - 1] == t.sentence[s]
                    && HONORIFICS.contains(t.word[s - 1])) s--;
            // "The Times", "The Associated Press" (a capitalised "The" inside a sentence is part of the name)
            if (ent.e.type() == EntityType.ORGANIZATION && s > 0 && owner[s - 1] < 0 && t.word[s - 1].equals("The")
                    && t.sentence[s - 1] == t.sentence[s] && s - 1 != t.sentenceStart[t.sentence[s]]) s--;
            mention(ent, s, e, source, t.begin[s], t.end[e - 1]);
        }

        void mention(Ent ent, int s, int e, String source, int b, int en) {
            int idx = ents.indexOf(ent);
            for (int k = s; k < e; k++) owner[k] = idx;
            ent.e.addMention(new Mention(b, en, t.text.substring(b, en), source));
            ent.firstToken = Math.min(ent.firstToken, s);
            if (b < bodyOffset) {
                if (t.isPossessive(e)) ent.headlinePossessive = true;
                else ent.headlineNonPossessive = true;
            } else if (b < leadEnd) {
                ent.lead = true;
            }
        }

        // 4. repeats
        void repeats() {
            Map<String, List<Object[]>> byFirst = new HashMap<>();
            for (Ent x : ents) {
                List<String[]> forms = new ArrayList<>(x.forms);
                if (x.e.type() == EntityType.PERSON) {
                    for (String[] f : x.forms) {
                        String last = f[f.length - 1];
                        if (f.length > 1 && last.length() >= 3 && Character.isUpperCase(last.charAt(0))
                                && !SURNAME_STOP.contains(last) && !Arrays.asList(f).contains("of"))   // "Duchess of Cambridge"
                            forms.add(new String[] {last});
                    }
                }
                for (String[] f : forms) {
                    if (f.length == 1 && (f[0].length() < 2 || !Character.isUpperCase(f[0].charAt(0)))) continue;
                    byFirst.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Object[] {x, f});
                }
            }
            for (List<Object[]> l : byFirst.values()) l.sort((a, b) -> ((String[]) b[1]).length - ((String[]) a[1]).length);
            for (int i = 0; i < t.size; i++) {
                if (owner[i] >= 0) continue;
                List<Object[]> cands = byFirst.get(t.word[i]);
                if (cands == null) continue;
                for (Object[] c : cands) {
                    String[] f = (String[]) c[1];
                    int e = i + f.length;
                    if (e > t.size || taken(i, e) || t.sentence[e - 1] != t.sentence[i]) continue;
                    if (!Arrays.equals(f, Arrays.copyOfRange(t.word, i, e))) continue;
                    // not part of a longer proper name CoreNLP did not tag ("Moscow" in "The Moscow Times")
                    if (e < t.size && t.capitalized(e) && t.sentence[e] == t.sentence[i] && !isEntityTag(t.ner[e])
                            && t.ner[e].equals("O") && !t.isPossessive(e)) continue;
                    if (((Ent) c[0]).e.type() == EntityType.PLACE && yearAndNameAt(e)) continue;   // "Paris 2024 Olympics"
                    if (i > 0 && t.capitalized(i - 1) && t.sentence[i - 1] == t.sentence[i]
                            && i - 1 != t.sentenceStart[t.sentence[i]] && t.ner[i - 1].equals("O")
                            && !isTitleWord(t.lower(i - 1))) continue;
                    mention((Ent) c[0], i, e, "repeat");
                    i = e - 1;
                    break;
                }
            }
        }

        // finer classes
        void refineClasses() {
            for (Ent x : ents) {
                ExtractedEntity e = x.e;
                if (e.type() == EntityType.PLACE) {
                    gazetteer.byName(e.name()).ifPresent(p -> e.schemaClass(p.schemaClass()));
                } else if (e.type() == EntityType.ORGANIZATION) {
                    boolean news = false, gov = false;
                    for (String n : e.names()) {
                        news |= isNewsOutlet.test(n);
                        gov |= GOV_ORG.matcher(n).find();
                    }
                    if (news) e.schemaClass(SDO.NewsMediaOrganization);
                    else if (team.contains(e.name())) e.schemaClass(SDO.SportsTeam);
                    else if (gov || ORG_NAMES.contains(e.name())) e.schemaClass(SDO.GovernmentOrganization);
                }
            }
        }

        // 5. roles
        void roles() {
            for (Ent x : ents) {
                if (x.e.type() != EntityType.PERSON) continue;
                for (Mention m : x.e.mentions()) {
                    int s = t.tokenAt(m.begin());
                    int e = t.firstFrom(m.end());
                    if (s < 0) continue;
                    premodifier(x, s);
                    apposition(x, e);
                }
            }
        }

        /** "Chinese President Xi Jinping", "Putin's spokesperson Dmitry Peskov", "Kremlin spokesman Dmitry Peskov". */
        void premodifier(Ent person, int s) {
            int j = s;
            while (j - 1 >= 0 && owner[j - 1] < 0 && t.sentence[j - 1] == t.sentence[s] && isTitleWord(t.lower(j - 1))) j--;
            while (j < s && (t.lower(j).equals("former") || t.lower(j).equals("then"))) j++;
            if (j == s || !hasHead(j, s)) return;
            String title = t.span(j, s);
            ExtractedEntity of = null, nat = null;
            int k = j - 1;
            if (k >= 0 && t.sentence[k] == t.sentence[s]) {
                if (t.isPossessive(k) && k - 1 >= 0 && owner[k - 1] >= 0) {
                    Ent o = ents.get(owner[k - 1]);
                    if (isCountry(o.e)) nat = o.e;
                    else if (o != person) of = o.e;
                } else if (owner[k] >= 0) {
                    Ent o = ents.get(owner[k]);
                    if (isCountry(o.e)) nat = o.e;
                    else if (o.e.type() == EntityType.ORGANIZATION) of = o.e;
                }
                else {
                    Optional<Gazetteer.Place> d = gazetteer.byDemonym(t.word[k]);
                    if (d.isPresent() && d.get().isCountry()) nat = countryEntity(d.get());
                }
            }
            person.e.addRole(new Role(title, of, nat));
        }

        /** "Dmitry Peskov, the Kremlin's spokesman," / "Xi Jinping, president of China,". */
        void apposition(Ent person, int e) {
            if (e >= t.size || !t.word[e].equals(",")) return;
            int j = e + 1;
            int sent = t.sentence[e];
            if (j < t.size && (t.lower(j).equals("the") || t.lower(j).equals("a") || t.lower(j).equals("an"))) j++;
            ExtractedEntity of = null, nat = null;
            if (j < t.size && owner[j] >= 0) {
                Ent o = ents.get(owner[j]);
                int k = j;
                while (k < t.size && owner[k] == owner[j]) k++;
                if (o == person) return;
                if (isCountry(o.e)) nat = o.e;
                else if (o.e.type() != EntityType.PLACE) of = o.e;
                j = t.isPossessive(k) ? k + 1 : k;
            }
            int s = j;
            while (j < t.size && t.sentence[j] == sent && owner[j] < 0 && isTitleWord(t.lower(j))) j++;
            int ts = s;
            while (ts < j && (t.lower(ts).equals("former") || t.lower(ts).equals("then"))) ts++;
            if (ts == j || !hasHead(ts, j)) return;
            String title = t.span(ts, j);
            if (j < t.size && (t.lower(j).equals("of") || t.lower(j).equals("at") || t.lower(j).equals("for"))
                    && j + 1 < t.size) {
                int k = j + 1;
                if (t.lower(k).equals("the")) k++;
                if (k < t.size && owner[k] >= 0) {
                    Ent o = ents.get(owner[k]);
                    if (o != person) {
                        if (isCountry(o.e) && of == null) nat = o.e;
                        else of = o.e;
                    }
                    while (k < t.size && owner[k] == owner[j + 1 < t.size && owner[j + 1] >= 0 ? j + 1 : k]) k++;
                    j = k;
                } else return;
            }
            if (j < t.size && !(t.word[j].equals(",") || t.word[j].equals(".") || t.word[j].equals(";")
                    || t.sentence[j] != sent || t.lower(j).equals("and") || t.lower(j).equals("said")
                    || t.lower(j).equals("says") || t.word[j].equals("--") || t.word[j].equals("–")))
                return;
            person.e.addRole(new Role(title, of, nat));
        }

        /** The article's entity for a country, or a new one that has no mentions (for nationality). */
        ExtractedEntity countryEntity(Gazetteer.Place p) {
            for (Ent x : ents) if (x.e.type() == EntityType.PLACE && x.e.name().equals(p.name())) return x.e;
            for (ExtractedEntity e : extraCountries) if (e.name().equals(p.name())) return e;
            ExtractedEntity e = new ExtractedEntity(EntityType.PLACE, p.name());
            e.schemaClass(p.schemaClass());
            extraCountries.add(e);
            return e;
        }

        boolean hasHead(int from, int to) {
            for (int k = from; k < to; k++) if (TITLE_HEADS.contains(t.lower(k))) return true;
            return false;
        }

        boolean isCountry(ExtractedEntity e) {
            return e.type() == EntityType.PLACE && SDO.Country.equals(e.schemaClass());
        }

        // 6. quotations
        /**
         * Direct speech: a quoted span of the body (straight or curly quotes, inside a paragraph) is a quotation only
         * when an attribution pattern or a speech verb of its sentence names who says it ({@link #attribute}); a
         * scare quote or a title in quotes (a so-called "peace plan", the film "Parasite") is none.
         */
        void quotes() {
            String s = t.text;
            int i = bodyOffset;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '"' || c == '“') {
                    char close = c == '"' ? '"' : '”';
                    int para = s.indexOf("\n\n", i);
                    if (para < 0) para = s.length();
                    int j = s.indexOf(close, i + 1);
                    if (j < 0 || j > para) {
                        i = para;
                        continue;
                    }
                    int b = i + 1, e = j;
                    while (e > b && ",.;: ".indexOf(s.charAt(e - 1)) >= 0) e--;
                    if (e > b && !s.substring(b, e).isBlank() && !quotedTitle(i)) {
                        List<ExtractedEntity> who = attribute(i, j + 1);
                        if (who != null) quotes.add(new Quote(b, e, s.substring(b, e), speakers(who)));
                    }
                    i = j + 1;
                } else {
                    i++;
                }
            }
        }

        /** A quote mark at {@code qb} right after "so-called" or a work noun ("the film", "the book"). */
        boolean quotedTitle(int qb) {
            int k = t.firstFrom(qb) - 1;
            return k >= 0 && t.end[k] <= qb && QUOTED_TITLE_CUES.contains(t.lower(k));
        }

        /**
         * The speakers as a quotation's creators: a person or organisation as found; a place ("Washington warned",
         * "Beijing told") is metonymy for its government, an organisation entity of the article
         * ({@link #government}); a place that is no country, city or region has no government to give, so no
         * speaker.
         */
        List<ExtractedEntity> speakers(List<ExtractedEntity> who) {
            List<ExtractedEntity> out = new ArrayList<>();
            for (ExtractedEntity e : who) {
                ExtractedEntity s = e.type() == EntityType.PLACE ? government(e) : e;
                if (s != null && !out.contains(s)) out.add(s);
            }
            return out;
        }

        /** The government of a country, city or region, one per place in the article; null for other places. */
        ExtractedEntity government(ExtractedEntity place) {
            Node c = place.schemaClass();
            if (!(SDO.Country.equals(c) || SDO.City.equals(c) || SDO.AdministrativeArea.equals(c))) return null;
            return governments.computeIfAbsent(place, p -> {
                ExtractedEntity g = new ExtractedEntity(EntityType.ORGANIZATION, p.name());
                g.schemaClass(SDO.GovernmentOrganization);
                g.governmentOf(p);
                return g;
            });
        }

        /**
         * Indirect speech, as quotations marked paraphrase: "X said/told … that CLAUSE" (a speaker right before an
         * indirect-speech verb, at most six words, then "that") and "CLAUSE, according to X" / "According to X,
         * CLAUSE". The clause runs to the end of the sentence or to a clause break (";", ", though", ", but",
         * ", while"); a clause that opens with a quote mark is direct speech, left to {@link #quotes}.
         */
        void paraphrases() {
            for (int v = 1; v < t.size; v++) {
                if (t.begin[v] < bodyOffset) continue;
                int sent = t.sentence[v], end = t.sentenceStart[sent + 1];
                if (INDIRECT_VERBS.contains(t.lower(v)) && owner[v] < 0) {
                    int sp = v - 1;
                    if (sp >= 0 && ADVERBS.contains(t.lower(sp))) sp--;   // "Peskov also said that"
                    if (sp < 0 || owner[sp] < 0 || t.sentence[sp] != sent) continue;
                    int that = -1;
                    for (int k = v + 1; k < Math.min(end, v + 8); k++) {
                        if (t.lower(k).equals("that")) { that = k; break; }
                        if (isPunct(t.word[k]) || INDIRECT_VERBS.contains(t.lower(k))) break;
                    }
                    if (that < 0) continue;
                    paraphrase(that + 1, clauseEnd(that + 1, end), List.of(ents.get(owner[sp]).e));
                } else if (t.lower(v).equals("according") && v + 2 < end && t.lower(v + 1).equals("to") && owner[v + 2] >= 0) {
                    ExtractedEntity who = ents.get(owner[v + 2]).e;
                    int k = v + 2;
                    while (k < end && owner[k] == owner[v + 2]) k++;
                    if (v == t.sentenceStart[sent] && k < end && t.word[k].equals(","))
                        paraphrase(k + 1, clauseEnd(k + 1, end), List.of(who));          // "According to X, CLAUSE"
                    else if (v > t.sentenceStart[sent] && t.word[v - 1].equals(",") && (k == end || isPunct(t.word[k])))
                        paraphrase(t.sentenceStart[sent], v - 1, List.of(who));          // "CLAUSE, according to X."
                }
            }
        }

        int clauseEnd(int from, int end) {
            for (int k = from; k < end; k++) {
                if (t.word[k].equals(";")) return k;
                if (t.word[k].equals(",") && k + 1 < end && CLAUSE_BREAKS.contains(t.lower(k + 1))) return k;
            }
            int e = end;
            while (e > from && isPunct(t.word[e - 1]) && !isQuoteMark(t.word[e - 1])) e--;
            return e;
        }

        void paraphrase(int from, int to, List<ExtractedEntity> who) {
            if (to - from < 3 || isQuoteMark(t.word[from])) return;
            int b = t.begin[from], e = t.end[to - 1];
            for (Quote q : quotes) if (q.paraphrase() && q.begin() < e && b < q.end()) return;
            quotes.add(new Quote(b, e, t.text.substring(b, e), speakers(who), true));
        }

        /**
         * Speakers of the quote at characters {@code [qb, qe)} including its marks; null when no attribution pattern
         * or speech verb of its sentence says who speaks (then it is no quotation), empty when one does but names
         * no entity ("officials said").
         */
        List<ExtractedEntity> attribute(int qb, int qe) {
            int first = t.firstFrom(qb);
            int after = t.firstFrom(qe);
            int sent = first < t.size ? t.sentence[first] : -1;
            // after: '"…," Peskov said' / '"…," said Peskov' / '"…," he said'
            int k = after;
            boolean verbAfter = false;
            while (k < t.size && isPunct(t.word[k]) && t.sentence[k] == sent) k++;
            if (k < t.size && t.sentence[k] == sent || k < t.size && after < t.size && t.sentence[after] != sent) {
                if (owner[k] >= 0) {
                    int m = k;
                    while (m < t.size && owner[m] == owner[k]) m++;
                    if (m < t.size && SPEECH_VERBS.contains(t.lower(m))) return List.of(ents.get(owner[k]).e);
                } else if (SPEECH_VERBS.contains(t.lower(k))) {
                    if (k + 1 < t.size && owner[k + 1] >= 0) return List.of(ents.get(owner[k + 1]).e);
                    verbAfter = true;   // '"…," said a spokesman': speech, speaker unknown
                } else if (isPronoun(t.lower(k)) && k + 1 < t.size && SPEECH_VERBS.contains(t.lower(k + 1))) {
                    return lastPerson(first);
                }
            }
            // before, in the same sentence: nearest speech verb, then the nearest entity before it
            if (sent < 0) return verbAfter ? List.of() : null;
            int start = t.sentenceStart[sent];
            for (int v = first - 1; v >= start; v--) {
                String w = t.lower(v);
                if (w.equals("according") && v + 2 <= first && v + 1 < t.size && t.lower(v + 1).equals("to")
                        && owner[v + 2] >= 0)
                    return List.of(ents.get(owner[v + 2]).e);
                if (!SPEECH_VERBS.contains(w) || owner[v] >= 0) continue;
                for (int m = v - 1; m >= start; m--) {
                    if (owner[m] >= 0) {
                        Ent sp = ents.get(owner[m]);
                        int ms = m;
                        while (ms - 1 >= start && owner[ms - 1] == owner[m]) ms--;
                        List<ExtractedEntity> who = new ArrayList<>();
                        // "X and Y touted"
                        if (ms - 2 >= start && t.lower(ms - 1).equals("and") && owner[ms - 2] >= 0
                                && ents.get(owner[ms - 2]) != sp)
                            who.add(ents.get(owner[ms - 2]).e);
                        who.add(sp.e);
                        return who;
                    }
                    if (isPronoun(t.lower(m)) && m == v - 1) return lastPerson(first);
                }
                return List.of();
            }
            return verbAfter ? List.of() : null;
        }

        List<ExtractedEntity> lastPerson(int beforeToken) {
            for (int m = beforeToken - 1; m >= 0; m--)
                if (owner[m] >= 0 && ents.get(owner[m]).e.type() == EntityType.PERSON) return List.of(ents.get(owner[m]).e);
            return List.of();
        }

        // 7. sources: "Reuters reported", "according to Reuters", "told Reuters"
        void sources() {
            for (Ent x : ents) {
                if (x.e.type() != EntityType.ORGANIZATION) continue;
                boolean outlet = false;
                for (String n : x.e.names()) outlet |= isNewsOutlet.test(n);
                if (!outlet) continue;
                for (Mention m : x.e.mentions()) {
                    if (m.begin() < bodyOffset) continue;
                    int s = t.tokenAt(m.begin());
                    int e = t.firstFrom(m.end());
                    boolean src = e < t.size && REPORT_VERBS.contains(t.lower(e))
                            || s >= 2 && t.lower(s - 2).equals("according") && t.lower(s - 1).equals("to")
                            || s >= 1 && (t.lower(s - 1).equals("told") || t.lower(s - 1).equals("citing"));
                    if (src) {
                        sources.add(x.e);
                        break;
                    }
                }
            }
        }

        // 8. salience: headline 0.4 (0.2 as a possessive modifier only), lead paragraph 0.25, frequency 0.35
        void salience() {
            int max = 1;
            for (Ent x : ents) max = Math.max(max, x.e.mentions().size());
            for (Ent x : ents) {
                double s = (x.headlineNonPossessive ? 0.4 : x.headlinePossessive ? 0.2 : 0)
                        + (x.lead ? 0.25 : 0) + 0.35 * x.e.mentions().size() / max;
                x.e.salience(Math.round(s * 1000) / 1000.0);
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** Name prefixes that take a capital inside a person's or place's name ("MacArthur", "FitzGerald", "VanDyke"). */
    private static final Set<String> NAME_PREFIXES = setOf("Mac", "Van", "Von", "Fitz", "Del", "Della", "Der", "Den",
            "Dal", "Ten", "Ter", "San", "Saint", "Santa", "Abu", "Ibn", "Bin", "Ben", "Nic", "Mhic", "Vander");

    /**
     * A brand written in camel case — a capitalised word of three or more letters, then another capital
     * ("JustGiving", "YouTube", "PayPal", "BlackRock") — names a company or a service, not a person or a place; name
     * prefixes ("McDonald", "DeVos", "LaGrange", "MacArthur", "FitzGerald") are not brands.
     */
    static boolean isBrandCase(String w) {
        if (w.length() < 5 || !Character.isUpperCase(w.charAt(0))) return false;
        int k = 1;
        while (k < w.length() && Character.isLowerCase(w.charAt(k))) k++;
        if (k < 3 || k >= w.length() - 1 || !Character.isUpperCase(w.charAt(k)) || !Character.isLowerCase(w.charAt(k + 1)))
            return false;
        return !NAME_PREFIXES.contains(w.substring(0, k));
    }

    private static Set<String> setOf(String... words) { return Set.copyOf(new java.util.HashSet<>(Arrays.asList(words))); }

    private static Set<String> currencyCodes() {
        Set<String> s = new java.util.HashSet<>();
        for (java.util.Currency c : java.util.Currency.getAvailableCurrencies()) s.add(c.getCurrencyCode());
        return Set.copyOf(s);
    }

    /** An all-caps word of two or more letters ("THE", "PLATE"). */
    static boolean isCapsWord(String w) {
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '\'')
                && w.chars().filter(Character::isLetter).count() >= 2;
    }

    static boolean isEntityTag(String tag) {
        return tag.equals("PERSON") || tag.equals("ORGANIZATION") || tag.equals("LOCATION") || tag.equals("MISC");
    }

    static boolean isPunct(String w) { return !w.isEmpty() && w.chars().noneMatch(Character::isLetterOrDigit); }

    static boolean isAcronym(String s) { return s.length() >= 2 && s.replace(".", "").chars().allMatch(Character::isUpperCase); }

    static boolean isTitleWord(String lower) { return TITLE_HEADS.contains(lower) || TITLE_MODIFIERS.contains(lower); }

    static boolean isQuoteMark(String w) { return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("“") || w.equals("”"); }

    static boolean isPronoun(String lower) { return lower.equals("he") || lower.equals("she"); }

    static boolean containsRun(String[] hay, String[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) if (!hay[i + k].equals(needle[k])) continue outer;
            return true;
        }
        return false;
    }

    public static final class Builder {
        private CoreNlpPipeline pipeline;
        private Gazetteer gazetteer;
        private PublisherRegistry publishers;

        public Builder pipeline(CoreNlpPipeline p) { this.pipeline = p; return this; }
        public Builder gazetteer(Gazetteer g) { this.gazetteer = g; return this; }
        /** Known news outlets: an outlet that "reported" is a source of the article. */
        public Builder publishers(PublisherRegistry r) { this.publishers = r; return this; }
        public EntityExtractor build() { return new EntityExtractor(this); }
    }
}
