package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the {@link Linker} looks one entity up under, before any candidate is filtered or scored: its cleaned name
 * (capitals of a headline, an honorific, a possessive off), the name's variants (legal and club forms, umlauts, a
 * state's abbreviation, "University of X"), its alternate names, the article's places that qualify a generic body
 * ("China's Foreign Ministry"), the surfaces and evidence of the {@link ArticleRule}s — and the candidates all of them
 * reach ({@link Candidates}), with what the name's form says of the person (an honorific, a title, a royal style).
 * One per request and ranking; {@link Linker#rank} then filters and scores the candidates.
 */
final class Lookup {
    private static final double ALTERNATE_DISCOUNT = 0.8;
    /** Weight of a candidate found through an organisation form of the name ("Canon" + " Inc."). */
    private static final double ORG_FORM_WEIGHT = 0.6;
    private static final List<String> ORG_SUFFIXES = List.of(" F.C.", " FC", " CF", " Inc.", " Corporation", " Group", " plc", " Party");
    private static final List<String> ORG_PREFIXES = List.of("FC ", "AC ", "AFC ");

    /** The candidates every surface below reached. */
    final Candidates cands;
    /** The cleaned name ({@link #normName} its index form). */
    final String name, normName;
    /** The name opens with a royal or clerical style ("King Abdullah"), after an honorific taking a surname ("Mr Blair"), or after a title ("Governor George"). */
    final boolean styled, surnameStyled, titled;
    /** A royal's style and name ("Prince William"), or null. */
    final RoyalNames royal;
    /** The article's places that qualify a generic organisation ({@link ArticlePlaces}). */
    final List<String> places;
    /** The names of the article's other entities, normalised. */
    final Set<String> contextWords;
    /** Longer names the article itself gives the entity (they count for the name match: rule {@code formnames}). */
    final List<String> articleNames;
    /** Each article rule's word on the request, in the order of the rules. */
    final List<ArticleRule.Evidence> evidence;
    /** The name is an office's portfolio ("Interior" of "Interior Minister"): only a ministry's title fits ({@link Portfolios}). */
    final boolean portfolio;

    Lookup(WikiDictIndex index, WikidataIndex wikidata, Set<String> off, List<ArticleRule> articleRules, LinkRequest req,
           List<String> relatedForms) {
        Candidates cands = new Candidates(index, wikidata);
        String name = off.contains("allcaps") ? Linker.clean(req.name()) : NameForms.normalize(Linker.clean(req.name()), req.type());
        // rule headlineword: capitals only in headline lines, of a word the story writes ("VOLVO MASTERS" … "the Volvo
        // Masters"), are typography: the anchors "VOLVO" (an aircraft engine's) are not its spelling (ArticleText)
        if (req.article() != null && !off.contains("headlineword") && name.length() > 3 && NameMatch.acronym(name) && name.indexOf('.') < 0
                && req.article().capitalsOnlyInHeadlines(name, NameForms.titleCase(name))) name = NameForms.titleCase(name);
        String normName = Surfaces.normalize(name);
        cands.gather(name, 1.0, false);
        // an honorific is a person's ("Mr Shorten", "Justice Ginsburg"): "Justice Department", "Queen Street" keep theirs
        String bare = req.type() == EntityType.PERSON || req.type() == EntityType.OTHER ? NameForms.stripHonorific(name) : name;
        boolean styled = NameForms.royalOrClericalStyle(name);
        // rule honorificsurname: "Mr Blair", "Dr. Bose" name a surname; the WikiDict's anchor "Mr Blair" is George Orwell's
        boolean surnameStyled = req.type() == EntityType.PERSON && !off.contains("honorificsurname")
                && (NameForms.surnameHonorific(name) || req.alternateNames().stream().anyMatch(NameForms::surnameHonorific)
                    || req.article() != null && req.article().honorificSurnames().contains(NameForms.stripHonorific(name)));
        // rule titledsurname: "Governor George", "Chancellor Clarke" name a surname, not a given name (TitledNames)
        boolean titled = req.type() == EntityType.PERSON && !off.contains("titledsurname") && req.article() != null
                && req.article().titledNames().contains(NameForms.stripHonorific(name));
        RoyalNames royal = off.contains("royals") ? null : RoyalNames.of(req, name);   // "Prince William"
        if (!bare.equals(name)) {
            cands.gather(bare, 1.0, false);
            name = bare;
            normName = Surfaces.normalize(bare);
        }
        for (String form : NameForms.variants(name, req.type(), !off.contains("legalform"), !off.contains("initials"), !off.contains("ampersand")))
            cands.gather(form, NameForms.VARIANT_WEIGHT, false);
        // rule tradewords: "Tesla" of a business story is also looked up as "Tesla Motors" … (TradeWords)
        if (!off.contains("tradewords") && TradeWords.applies(req, name, index)) TradeWords.gather(cands, name, index);
        // a place in capitals is a dateline's typography, not an acronym: "MILAN" is Milan (its anchors in capitals
        // are the missile), "CAIRO" Cairo
        if (req.type() == EntityType.PLACE && !off.contains("allcaps") && name.length() >= 4 && name.chars().allMatch(Character::isUpperCase))
            cands.gather(NameForms.titleCase(name), 1.0, false);
        if (!off.contains("umlauts"))   // "Poehl" is Pöhl: only a title written with the umlaut
            for (String form : NameForms.umlautSpellings(name))
                cands.gatherWhere(form, NameForms.VARIANT_WEIGHT, false, NameForms::hasUmlaut);
        // rule longerplacename: a place written in full ("New York City") that NLP's gazetteer named shorter ("New
        // York") is the place written: the longer name counts fully, as a name
        List<String> writtenNames = new ArrayList<>(1);
        for (String alt : req.alternateNames()) {
            String a = off.contains("allcaps") ? Linker.clean(alt) : NameForms.normalize(Linker.clean(alt), req.type());
            String na = Surfaces.normalize(a);
            if (na.equals(normName)) continue;
            boolean longer = req.type() == EntityType.PLACE && !off.contains("longerplacename") && NameMatch.containsPhrase(na, normName);
            cands.gather(a, longer ? 1.0 : ALTERNATE_DISCOUNT, false);
            if (longer) writtenNames.add(a);
        }
        // Organisations named generically ("Foreign Ministry") are qualified by the article's places (ArticlePlaces).
        List<String> places = ArticlePlaces.of(req, normName, off);
        Set<String> contextWords = new HashSet<>();
        for (LinkRequest.ContextEntity c : req.context()) {
            String nc = Surfaces.normalize(Linker.clean(c.name()));
            if (nc.equals(normName)) continue;
            // A longer place name containing this one ("New Delhi" for "Delhi") is another place, not a hint to its
            // title (for a person, "Bernhard Langer" next to "Langer" is the same one and stays a hint).
            if (req.type() != EntityType.PLACE || !NameMatch.containsPhrase(nc, normName)) contextWords.add(nc);
        }
        if (royal != null) for (String f : royal.forms(places)) cands.gather(f, 1.0, false);   // "King Abdullah of Jordan"
        if (req.type() == EntityType.ORGANIZATION) {
            // An organisation is often named without its legal or club form ("Canon", "Sevilla", "Labour"): the
            // WikiDict surfaces of those forms are candidates too, discounted.
            if (!name.isEmpty() && Character.isUpperCase(name.charAt(0)) && !name.contains(" F.C") && !NameMatch.acronym(name)) {
                for (String f : ORG_SUFFIXES) cands.gather(name + f, ORG_FORM_WEIGHT, false, true);
                for (String f : ORG_PREFIXES) cands.gather(f + name, ORG_FORM_WEIGHT, false, true);
            }
            ArticlePlaces.gatherQualified(cands, index, name, places, off);   // "China's Foreign Ministry", "Senate of Brazil"
        }
        List<ArticleRule.Evidence> evidence = new ArrayList<>(articleRules.size());
        List<String> articleNames = new ArrayList<>(writtenNames);
        if (req.isUniversity() && !off.contains("universities"))   // "educated at Oxford": Wikipedia's names of it
            for (String f : List.of("University of " + name, name + " University", name + " College")) {
                cands.gather(f, 1.0, false);
                articleNames.add(f);
            }
        String state = req.type() == EntityType.PLACE && !off.contains("stateabbrev") ? StateAbbreviations.expand(name) : null;
        if (state != null) {   // "Ky." is Kentucky: looked up, and matched, by the state's name
            cands.gather(state, 1.0, false);
            articleNames.add(state);
        }
        for (ArticleRule r : articleRules) {
            ArticleRule.Evidence e = r.evidence(req, name, index);   // once per request, asked for every candidate below
            evidence.add(e);
            for (ArticleRule.Form f : e.forms()) {
                cands.gather(f.surface(), f.weight(), false, true);
                if (f.name()) articleNames.add(f.surface());
            }
        }
        for (String f : relatedForms) cands.gather(f, RelatedNames.WEIGHT, false, true);
        // rule portfolios: "Interior Minister …" names a ministry, never the article on the word (Portfolios); the
        // ministry's name the story writes ("the Department for Transport") is looked up too
        boolean portfolio = !off.contains("portfolios") && Portfolios.applies(req, name, index);
        if (portfolio) for (String m : Portfolios.writtenMinistries(name, req.article().text())) cands.gather(m, 1.0, false);
        this.cands = cands;
        this.name = name;
        this.normName = normName;
        this.styled = styled;
        this.surnameStyled = surnameStyled;
        this.titled = titled;
        this.royal = royal;
        this.places = places;
        this.contextWords = contextWords;
        this.articleNames = articleNames;
        this.evidence = evidence;
        this.portfolio = portfolio;
    }
}
