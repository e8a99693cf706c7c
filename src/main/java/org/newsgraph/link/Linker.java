package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.PossessiveNames;

/**
 * Links entities to Wikipedia titles with the WikiDict index, scoring every candidate on
 * <ul>
 *   <li><b>prior</b>: the WikiDict's P(title | surface) for the fullest name <em>as written</em> (another case
 *       variant's entry counts 0.3), the alternate names (discounted) and, for organisations, the name qualified by a
 *       place of the article ("China's Foreign Ministry") or in its legal or club form ("Canon Inc.", discounted);</li>
 *   <li><b>name match</b>: the title's own name equals the mention's fullest name;</li>
 *   <li><b>popularity</b>: how many WikiDict surface forms point at the title, relative to the other candidates;</li>
 *   <li><b>type</b>: the title's coarse {@link TitleType} against the entity type — incompatible candidates are
 *       dropped (a PERSON is not a town, a surname page is never a person, an ORGANIZATION named like a place is a
 *       metonymy and is not linked to the place);</li>
 *   <li><b>context</b>: the other entities of the article named in the title (the ministry "of China"), and places
 *       of the same granularity (a capital among capitals: "Washington" next to "Beijing" and "Moscow").</li>
 * </ul>
 * What the entity is looked up under, and the candidates that reach, is gathered first ({@link Lookup}); this class
 * then filters and scores them. Person titles must carry the surname and agree on the first initial; a lone name
 * takes a one-word title only when it is known to be a person. The best candidate becomes a {@link Link} when its score and its confidence reach the
 * NIL threshold; below it, no link.
 *
 * <pre>
 *   Linker linker = Linker.create(index).build();
 *   Optional&lt;Link&gt; l = linker.link(LinkRequest.of("Xi Jinping", EntityType.PERSON));   // Xi_Jinping
 *   List&lt;Optional&lt;Link&gt;&gt; all = linker.linkAll(requestsOfOneArticle);                   // collective
 * </pre>
 * Thread-safe.
 */
public final class Linker {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Linker.class);
    private final WikiDictIndex index;
    private final WikidataIndex wikidata;
    private final List<LinkRule> rules;
    private final List<ArticleRule> articleRules;
    private final Set<String> off;
    private final double nilThreshold;
    private final double sameAsThreshold;

    /** Default NIL threshold (on the best score and on its confidence). */
    public static final double DEFAULT_NIL_THRESHOLD = 0.45;

    private static final double W_PRIOR = 0.45, W_NAME = 0.2, W_POP = 0.1, W_TYPE = 0.1, W_CONTEXT = 0.2;
    /** Weight of a prior that comes from another case variant of the surface than the one written. */
    static final double CASE_VARIANT_DISCOUNT = 0.3;
    /** Weight of a Wikidata name's prior when the WikiDict also has the surface. */
    static final double DUMP_PRIOR_WEIGHT = 0.5;

    /** Builder: {@code Linker.create(index).nilThreshold(0.4).build()}. */
    public static final class Builder {
        private final WikiDictIndex index;
        private WikidataIndex wikidata;
        private final List<LinkRule> rules = new ArrayList<>(LinkRule.standard());
        private final List<ArticleRule> articleRules = new ArrayList<>(ArticleRule.standard());
        private double nil = DEFAULT_NIL_THRESHOLD, sameAs = 0.6;

        private Builder(WikiDictIndex index) { this.index = index; }

        /** The offline Wikidata index (from a dump): more candidates (entities newer than the WikiDict), P31 types, dates. */
        public Builder wikidata(WikidataIndex wd) { this.wikidata = wd; return this; }

        /**
         * Turns named rules off, to measure what each does (docs/quality.md): the rules of this class, the
         * {@link ArticleRule}s by their {@link ArticleRule#name()}, and those {@link LinkingResolver} reads. Every name is
         * listed with its rule in docs/linking.md ("Rules before and beside the scores"); {@code eval --link-without}
         * passes them here.
         */
        public Builder without(java.util.Collection<String> names) {
            off.addAll(names);
            articleRules.removeIf(r -> off.contains(r.name()));
            if (off.contains("metonymy")) rules.remove(LinkRule.governmentMetonymy());
            return this;
        }

        private final Set<String> off = new HashSet<>();

        /** Adds a rule that decides a link before scoring (e.g. {@link LinkRule#outlets}). */
        public Builder rule(LinkRule r) { this.rules.add(r); return this; }

        /** Score below which an entity gets no link (default 0.45). */
        public Builder nilThreshold(double t) { this.nil = t; return this; }

        /** Confidence from which a link is stated as {@code owl:sameAs} (default 0.6). */
        public Builder sameAsThreshold(double t) { this.sameAs = t; return this; }

        public Linker build() { return new Linker(this); }
    }

    public static Builder create(WikiDictIndex index) { return new Builder(index); }

    private Linker(Builder b) {
        this.index = b.index;
        this.wikidata = b.wikidata;
        this.rules = List.copyOf(b.rules);
        this.articleRules = List.copyOf(b.articleRules);
        this.off = Set.copyOf(b.off);
        this.nilThreshold = b.nil;
        this.sameAsThreshold = b.sameAs;
    }

    public WikiDictIndex index() { return index; }

    /** True when the rule of that name was turned off ({@link Builder#without}). */
    public boolean isOff(String rule) { return off.contains(rule); }

    /** The offline Wikidata index, or null. */
    public WikidataIndex wikidata() { return wikidata; }

    /** Score of a link decided by a {@link LinkRule} (confident). */
    static final double RULE_SCORE = 0.9;

    /** A scored candidate, for explanations and tests. */
    public record Scored(String title, TitleType type, double score, double prior, double nameMatch, double popularity,
                         double typeScore, double context, int item, double coherence) {
        /** A candidate without a Wikidata item and without coherence. */
        public Scored(String title, TitleType type, double score, double prior, double nameMatch, double popularity,
                      double typeScore, double context) {
            this(title, type, score, prior, nameMatch, popularity, typeScore, context, -1, 0);
        }

        /** The same candidate with its coherence with the article's other entities added to its score. */
        Scored withCoherence(double coherence, double score) {
            return new Scored(title, type, round(score), prior, nameMatch, popularity, typeScore, context, item, coherence);
        }
    }

    /** Links one entity; empty when no candidate is good enough. */
    public Optional<Link> link(LinkRequest req) { return decide(rank(req), nilThreshold); }

    /**
     * The link for a ranking: its best candidate, unless the best score or the confidence falls below the NIL
     * threshold. Exposed for threshold sweeps ({@code LinkingEval}).
     */
    public Optional<Link> decide(List<Scored> ranked, double nil) {
        if (ranked.isEmpty()) return Optional.empty();
        Scored best = ranked.get(0);
        double confidence = confidence(ranked);
        if (best.score < nil || confidence < nil) return Optional.empty();
        return Optional.of(new Link(best.title, round(confidence), confidence >= sameAsThreshold));
    }

    /** Confidence of the best candidate: its score, damped when the runner-up is within 0.15. */
    public static double confidence(List<Scored> ranked) {
        if (ranked.isEmpty()) return 0;
        Scored best = ranked.get(0);
        double margin = ranked.size() > 1 ? best.score - ranked.get(1).score : best.score;
        return clamp(best.score * (0.75 + 0.25 * Math.min(1, margin / 0.15)));
    }

    /**
     * Links all entities of one article together: each one has the others as context (in addition to any context
     * it already carries) and, with a Wikidata index, candidates related to the other entities' candidates are
     * preferred ({@link Coherence}, rule {@code coherence}). Results are in the order of {@code requests}.
     */
    public List<Optional<Link>> linkAll(List<LinkRequest> requests) {
        List<Optional<Link>> out = new ArrayList<>(requests.size());
        List<List<Scored>> ranked = rankAll(requests);
        for (int i = 0; i < ranked.size(); i++) {
            Optional<Link> link = decide(ranked.get(i), nilThreshold);
            if (LOG.isDebugEnabled()) LOG.debug(explain(requests.get(i), ranked.get(i), link));
            out.add(link);
        }
        return out;
    }

    /** One line on why an entity links as it does: its name, type, decision and best three candidates with their parts. */
    static String explain(LinkRequest req, List<Scored> ranked, Optional<Link> link) {
        StringBuilder sb = new StringBuilder("link ").append('"').append(req.name()).append("\" ").append(req.type())
                .append(" -> ").append(link.map(Link::title).orElse("NIL"));
        for (int k = 0; k < Math.min(3, ranked.size()); k++) {
            Scored c = ranked.get(k);
            sb.append(String.format(java.util.Locale.ROOT, " | %s %.3f (prior %.2f name %.2f pop %.2f type %.2f ctx %.2f coh %.2f)",
                    c.title(), c.score(), c.prior(), c.nameMatch(), c.popularity(), c.typeScore(), c.context(), c.coherence()));
        }
        return sb.toString();
    }

    /** The rankings {@link #linkAll} decides on, in the order of {@code requests}. */
    public List<List<Scored>> rankAll(List<LinkRequest> requests) {
        List<List<Scored>> ranked = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) ranked.add(rank(withOthers(requests, i)));
        if (wikidata == null || off.contains("coherence")) return ranked;
        RelatedNames related = RelatedNames.of(ranked, wikidata, nilThreshold);
        if (!related.isEmpty())
            for (int i = 0; i < requests.size(); i++) {
                List<String> forms = related.forms(i, requests.get(i).name());
                if (!forms.isEmpty()) ranked.set(i, rank(withOthers(requests, i), forms));
            }
        return Coherence.rerank(ranked, wikidata);
    }

    /** Request i with the article's other entities added to its context. */
    private static LinkRequest withOthers(List<LinkRequest> requests, int i) {
        LinkRequest r = requests.get(i);
        List<LinkRequest.ContextEntity> ctx = new ArrayList<>(r.context());
        for (int j = 0; j < requests.size(); j++)
            if (j != i) ctx.add(new LinkRequest.ContextEntity(requests.get(j).name(), requests.get(j).type()));
        return r.withContext(ctx);
    }

    /** All acceptable candidates of an entity, best first. */
    public List<Scored> rank(LinkRequest req) { return rank(req, List.of()); }

    /** All acceptable candidates of an entity with more names to look up ({@link RelatedNames}), best first. */
    List<Scored> rank(LinkRequest req, List<String> relatedForms) {
        for (LinkRule r : rules) {
            Optional<String> t = r.title(req);
            if (t.isEmpty()) continue;
            // rule outletnames: an outlet's name the WikiDict gives only to another organisation is that one in the
            // text ("the EPA delayed its decision" is the US agency; EPA, the photo agency, signs picture credits)
            if (r != LinkRule.governmentMetonymy() && !off.contains("outletnames") && namesAnotherOrganisation(req.name(), t.get())) continue;
            return List.of(new Scored(t.get(), TitleTypes.fromTitle(t.get()), RULE_SCORE, 1, 1, 1, 1, 1));
        }
        Lookup q = new Lookup(index, wikidata, off, articleRules, req, relatedForms);
        Candidates cands = q.cands;
        String name = q.name, normName = q.normName;
        boolean styled = q.styled, surnameStyled = q.surnameStyled, titled = q.titled;
        RoyalNames royal = q.royal;
        List<String> places = q.places, articleNames = q.articleNames;
        Set<String> contextWords = q.contextWords;
        List<ArticleRule.Evidence> evidence = q.evidence;
        if (cands.isEmpty()) return List.of();
        if (!off.contains("redirects")) cands.mergeRedirectVariants();
        if (wikidata != null) cands.attachItems();

        // rule capitalcity: news names a national capital bare ("talks in Washington"), and its state only with a cue
        // ("Washington state", "Seattle, Washington")
        boolean nationalCapital = req.type() == EntityType.PLACE && !off.contains("capitalcity") && req.article() != null
                && LinkRule.GovernmentMetonymy.INSTANCE.country(name) != null && !StateAbbreviations.namedAsState(name, req.article().text());
        int capitalsInContext = 0;
        for (String p : places) {
            String top = index.topTitle(p);
            if (top != null && TitleTypes.isShippedCity(top)) capitalsInContext++;
        }

        String[] nameTokens = normName.split(" ");
        // the WikiDict's own entry for a full name as written (rule exactanchor, below)
        String fullNameAnchor = nameTokens.length > 1 && req.type() == EntityType.PERSON && !off.contains("exactanchor") ? index.exactTitle(name) : null;
        double maxPop = 1;
        for (Candidates.Acc a : cands.values()) maxPop = Math.max(maxPop, a.popularity);
        // Residual prior mass for candidates known only from their title: what the explicit priors leave over.
        double explicitMax = 0;
        for (Candidates.Acc a : cands.values()) if (!a.titleOnly) explicitMax = Math.max(explicitMax, a.prior);
        double residual = Math.max(0.1, 1 - explicitMax);
        double titleOnlyPop = 0;
        for (Candidates.Acc a : cands.values()) if (a.titleOnly) titleOnlyPop += a.popularity;

        // A mention without a capital ("prosecutors", "the president") is a description, not a name: the type
        // filters for names do not apply to it (gold links such mentions to the concept: Prosecutor).
        EntityType filterType = name.chars().anyMatch(Character::isUpperCase) ? req.type() : EntityType.OTHER;
        NameMatch.CompanyName company = off.contains("companynames") || req.type() != EntityType.ORGANIZATION
                && req.type() != EntityType.OTHER ? null : NameMatch.CompanyName.of(name);
        // The article says which of them it means ("Columbia, Mo."): when one is a candidate, only those stay.
        List<ArticleRule.Evidence> deciding = new ArrayList<>();
        for (ArticleRule.Evidence e : evidence)
            if (e.restricts() && cands.values().stream().anyMatch(a -> NameForms.isRealTitle(a.title) && e.context(a.title) >= 1))
                deciding.add(e);
        // rule foreignbody: a generic body in a story about one country is not another country's (ForeignBodies)
        Set<String> countries = req.type() == EntityType.ORGANIZATION && req.article() != null && !off.contains("foreignbody")
                && !NameMatch.acronym(name) ? ForeignBodies.articleCountries(req) : Set.of();
        // rule foreigntown: a bare town of a story about Britain is no US or Canadian town of that name (ForeignBodies)
        Set<String> townCountries = req.type() == EntityType.PLACE && req.article() != null && !off.contains("foreigntown")
                && name.indexOf(',') < 0 ? ForeignBodies.articleCountries(req) : Set.of();
        boolean writtenAsWord = req.article() != null && name.length() > 2 && NameMatch.acronym(name)
                && !ArticleText.wholeWordStarts(req.article().text(), NameForms.titleCase(name)).isEmpty();
        boolean genericHead = req.type() == EntityType.ORGANIZATION && !off.contains("genericheads") && org.newsgraph.nlp.OrganisationHeads.isHead(name);
        List<Scored> out = new ArrayList<>();
        for (Candidates.Acc a : cands.values()) {
            if (deciding.stream().anyMatch(e -> e.context(a.title) <= 0)) continue;
            if (ForeignBodies.foreign(a.title, countries, req.article())) continue;
            if (ForeignBodies.foreignTown(a.title, townCountries, req.article())) continue;
            // The title's own form (qualifier, shipped list, patterns) decides; surface cues only hint; an item's
            // P31 class (with a Wikidata index) is as good as the title's form.
            if (!off.contains("realtitle") && !NameForms.isRealTitle(a.title)) continue;   // an anchor text of a missing page, not an article
            TitleType sure = TitleTypes.fromTitle(a.title);
            if (sure == TitleType.UNKNOWN && a.item >= 0) sure = wikidata.type(a.item);
            double dateFactor = a.item >= 0 && req.date() != null && !off.contains("dates") ? DateAgreement.factor(wikidata.item(a.item), req.date(), req.type()) : 1;
            if (dateFactor == 0) continue;
            if (!filterType.accepts(sure) || !off.contains("typeagree") && !TypeAgreement.fits(filterType, sure, a.type)) continue;
            if (sure == TitleType.UNKNOWN && (a.type == TitleType.NON_ENTITY || a.type == TitleType.NAME_PAGE)) continue;
            if (q.portfolio && !Portfolios.isMinistry(a.title)) continue;   // rule portfolios
            // rule genericheads: "Committee chairman Dan Rostenkowski", "the Court ruled": a body named by its kind is
            // never the article on the word (Committee, Court, Bank), whatever type that article's anchors give it,
            // nor a namesake town (Council,_Idaho)
            if (genericHead && Surfaces.titleBase(a.title).equals(name)) continue;
            String base = Surfaces.normalize(Surfaces.titleBase(a.title));
            // Rule acronymcase: an acronym reaches a word's title only through another case ("ANI" → Ani, the
            // medieval city; "AIM" → Aim): unless an anchor written so points at it, the acronym is not that word.
            // A headline's "TEXACO" is no acronym when the story writes "Texaco".
            if (!off.contains("acronymcase") && req.type() == EntityType.ORGANIZATION && !a.exact && NameMatch.acronym(name) && name.indexOf('.') < 0
                    && Surfaces.titleBase(a.title).equalsIgnoreCase(name) && !Surfaces.titleBase(a.title).equals(name)
                    && !writtenAsWord) continue;
            // A full name that is a Wikidata label or alias of the item fits it whatever its title says ("Voss-Berg").
            boolean royalFit = royal != null && royal.fits(nameTokens, a.title);
            // rule exactanchor: a full name whose own WikiDict entry is the title is that person whatever the title's
            // given name ("Pep Guardiola" → Josep_Guardiola), if it carries the surname
            boolean anchored = a.title.equals(fullNameAnchor) && NameMatch.carriesSurname(nameTokens, base);
            if (filterType == EntityType.PERSON && !royalFit && !anchored && !(a.named && nameTokens.length > 1) && !NameMatch.personNameFits(name, nameTokens, base, sure, a.type)) continue;
            if (filterType == EntityType.PERSON && !NameMatch.keepsGeneration(nameTokens, a.title)) continue;   // "Jeh Johnson Jr." is not Jeh_Johnson
            if (surnameStyled && nameTokens.length == 1 && !NameMatch.endsWithSurname(nameTokens[0], base)) continue;   // rule honorificsurname
            if (titled && nameTokens.length == 1 && !TitledNames.fits(nameTokens[0], a.title)) continue;   // rule titledsurname
            // rule givenname: a pope, king or sheikh is called by his given name and style ("Pope Francis", "King
            // Abdullah"), and is not whoever bears that given name first (Francis_Bacon_(painter))
            if (styled && filterType == EntityType.PERSON && nameTokens.length == 1 && !off.contains("givenname") && NameMatch.onlyGivenName(name, a.title)) continue;
            // Case variants share a key, so a rare title owning one odd variant ("FBi" → FBi_Radio) is damped by
            // its popularity relative to the best-known candidate.
            double popWeight = 0.5 + 0.5 * Math.log(2 + a.popularity) / Math.log(2 + maxPop);
            double prior = (a.titleOnly ? residual * (titleOnlyPop == 0 ? 0 : a.popularity / titleOnlyPop) : a.prior) * popWeight;
            boolean qualified = a.title.length() != Surfaces.titleBase(a.title).length();
            double nameMatch = NameMatch.score(a.title, name, req.type(), !off.contains("namefold"), !off.contains("nicknames"));
            // a longer name the article itself gives the entity ("Tullow Oil … Tullow") is as good a name as the mention
            if (!off.contains("formnames"))
                for (String f : articleNames)
                    nameMatch = Math.max(nameMatch, NameMatch.score(a.title, f, req.type(), !off.contains("namefold"), !off.contains("nicknames")));
            if (company != null && (sure == TitleType.ORGANIZATION || a.type == TitleType.ORGANIZATION))
                nameMatch = Math.max(nameMatch, company.fit(a.title));
            if (a.named) nameMatch = Math.max(nameMatch, 0.8);   // the name is a Wikidata label or alias of the item
            double pop = Math.log1p(a.popularity) / Math.log1p(maxPop);
            // Famous titles are often bare ("Valencia": type unknown) while obscure ones carry a qualifier
            // ("Valencia,_Negros_Oriental": surely a city), so an unknown type costs little.
            // A person's full name as an unqualified title is Wikipedia's primary topic for it: a person.
            boolean primaryPerson = req.type() == EntityType.PERSON && nameTokens.length > 1 && !qualified
                    && base.equals(normName) && sure == TitleType.UNKNOWN;
            double type = req.type().matches(sure) || primaryPerson ? 1 : req.type().matches(a.type) ? 0.8
                    : sure == TitleType.ORGANIZATION && req.type() == EntityType.PLACE ? 0.0
                    : sure == TitleType.OTHER && req.type() == EntityType.PLACE ? 0.0
                    : a.type == TitleType.UNKNOWN || sure != TitleType.UNKNOWN ? 0.6 : 0.3;
            double context = 0;
            String titleText = Surfaces.normalize(Surfaces.titleText(a.title));
            // a title found through "place + name" names that place: one piece of evidence, counted once
            if (a.compound) context += 0.5;
            else for (String w : contextWords) if (!w.isEmpty() && NameMatch.containsPhrase(titleText, w)) { context += 0.5; break; }
            if (company != null && req.type() == EntityType.ORGANIZATION) context += company.qualifierContext(a.title);
            if (royalFit) context += RoyalNames.CONTEXT;   // a royal's title in Wikipedia's form for royals
            for (ArticleRule.Evidence e : evidence) context += e.context(a.title);
            if (req.type() == EntityType.PLACE && TitleTypes.isShippedCity(a.title) && base.equals(normName))
                context += capitalsInContext > 0 || nationalCapital ? 1.0 : 0.5;
            context = Math.min(1, context);
            double score = dateFactor * (W_PRIOR * prior + W_NAME * nameMatch + W_POP * pop + W_TYPE * type + W_CONTEXT * context);
            out.add(new Scored(a.title, sure != TitleType.UNKNOWN ? sure : a.type, round(score), prior, nameMatch, pop, type,
                    context, a.item, 0));
        }
        // equal scores: the better name, then the better prior, then the title (never the order of a hash map)
        out.sort(java.util.Comparator.comparingDouble((Scored x) -> -x.score).thenComparingDouble(x -> -x.nameMatch)
                .thenComparingDouble(x -> -x.prior).thenComparing(Scored::title));
        return out;
    }

    /**
     * True when {@code name} is an acronym whose WikiDict anchors, as written, never point at {@code title} but mostly at
     * another title typed an organisation: "EPA" is {@code United_States_Environmental_Protection_Agency}, never the
     * photo agency.
     */
    private boolean namesAnotherOrganisation(String name, String title) {
        if (!NameMatch.acronym(clean(name))) return false;   // "BBC News" stays the registry's outlet
        List<WikiDictIndex.Candidate> found = index.candidates(clean(name));
        if (found.isEmpty()) return false;
        for (WikiDictIndex.Candidate c : found) if (c.title().equals(title)) return false;
        WikiDictIndex.Candidate top = found.get(0);
        return top.exactPrior() >= 0.5 && top.type() == TitleType.ORGANIZATION;
    }

    /**
     * Drops a possessive and surrounding punctuation: "Xi's" → "Xi"; a name whose "'s" is its own stays whole
     * ("Moody's", {@link PossessiveNames}).
     */
    static String clean(String s) {
        String t = s.strip().replace('\u2019', '\'');
        if (PossessiveNames.isName(t)) return t;
        if (t.endsWith("'s") || t.endsWith("s'")) t = t.substring(0, t.length() - (t.endsWith("'s") ? 2 : 1));
        return t.strip();
    }

    private static double clamp(double d) { return Math.max(0, Math.min(1, d)); }

    static double round(double d) { return Math.round(d * 1000) / 1000.0; }

}
