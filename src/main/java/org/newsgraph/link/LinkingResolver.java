package org.newsgraph.link;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.newsgraph.nlp.EntityResolver;
import org.newsgraph.nlp.ExtractedEntity;
import org.newsgraph.nlp.Extraction;
import org.newsgraph.rdf.ArticleContext;
import org.newsgraph.vocab.SDO;

/**
 * Links the entities NLP extracted from one article, collectively, with an {@link EntityLinker}: each entity is
 * asked for by its fullest in-document name, its type and its other names, with the article's other entities as
 * context (added by {@link Linker#linkAll}). Below the linker's NIL threshold the entity stays unlinked; above it the link is kept with its confidence
 * ({@code schema:sameAs} the Wikipedia page, {@code ng:linkConfidence}), and {@code owl:sameAs} DBpedia is added only
 * when the link is confident. A linked entity's IRI derives from its Wikipedia title, so it joins across articles. Places get a finer class (Country, City, AdministrativeArea)
 * from the linked title. {@link #describe} writes the link ({@link LinkRdf}) and, with Wikidata on, the item's facts.
 *
 * <pre>
 *   NlpEnricher.create().resolver(new LinkingResolver(EntityLinker.create().build())).build();
 * </pre>
 */
public final class LinkingResolver implements EntityResolver {
    private final EntityLinker linker;
    /** Link results of the article being processed on this thread (resolve and describe run on one thread). */
    private final ThreadLocal<Map<ExtractedEntity, EntityLinker.Result>> results = ThreadLocal.withInitial(IdentityHashMap::new);

    /** Lists of companies over this linker's index ({@link ListMates}). */
    private final ListMates.Kind companyLists;

    public LinkingResolver(EntityLinker linker) {
        this.linker = linker;
        this.companyLists = ListMates.companies(linker.linker().index());
    }

    /** {@link LinkRule#outlets} over the outlets of a publisher registry that carry a Wikipedia title. */
    public static LinkRule outletRule(org.newsgraph.rdf.PublisherRegistry reg) {
        Map<String, String> m = new java.util.HashMap<>();
        for (org.newsgraph.rdf.PublisherRegistry.Publisher p : reg.publishers()) if (p.title() != null) m.put(p.name(), p.title());
        return LinkRule.outlets(m);
    }

    @Override
    public void resolve(Extraction x) { resolve(x, null); }

    @Override
    public void resolve(Extraction x, java.time.LocalDate articleDate) {
        Map<ExtractedEntity, EntityLinker.Result> found = results.get();
        found.clear();
        List<ExtractedEntity> entities = x.entities();
        List<LinkRequest> requests = new ArrayList<>(entities.size());
        ArticleText article = new ArticleText(x.text());
        for (ExtractedEntity e : entities) requests.add(request(e).withDate(articleDate).withArticle(article));
        List<EntityLinker.Result> results = linker.linkArticle(requests);
        for (int i = 0; i < entities.size(); i++) {
            ExtractedEntity e = entities.get(i);
            EntityLinker.Result r = results.get(i);
            r.link().filter(l -> typeAgrees(e, l.title()) || retypeTeamNamedAsPlace(e, l.title(), article)).ifPresent(l -> {
                e.link(l.title(), l.confidence());
                refineClass(e, l.title(), r.wikidata().orElse(null));
                found.put(e, r);
            });
        }
        ListMates.relink(ListMates.TEAMS, linker, entities, requests, article, found);
        ListMates.relink(companyLists, linker, entities, requests, article, found);
        ListMates.relink(ListMates.UNIVERSITIES, linker, entities, requests, article, found);
        AcronymPersons.relink(linker, entities, requests, found);
        TeamShortNames.relink(linker, entities, article, found);
        LeaguePlaces.relink(linker, entities, requests, article, found);
    }

    @Override
    public void describe(ArticleContext ctx, ExtractedEntity entity, Node node) {
        EntityLinker.Result r = results.get().get(entity);
        if (r != null) linker.emit(ctx, node, r);
    }

    /** The entity as the linker wants it; {@link Linker#linkAll} adds the article's other entities as context. */
    static LinkRequest request(ExtractedEntity e) {
        return new LinkRequest(e.name(), type(e), List.copyOf(e.alternateNames()), List.of(), null, e.schemaClass().getURI());
    }

    static EntityType type(ExtractedEntity e) {
        return switch (e.type()) {
            case PERSON -> EntityType.PERSON;
            case ORGANIZATION -> EntityType.ORGANIZATION;
            case PLACE -> EntityType.PLACE;
        };
    }

    /**
     * Whether the title's own type (from its form: "(company)", a known country…) does not contradict the entity's:
     * a place is not kept linked to a company, an organisation not to a town (metonymy), a person to neither.
     */
    private static final java.util.Set<String> GOVERNMENTS = LinkRule.GovernmentMetonymy.INSTANCE.titles();

    static boolean typeAgrees(ExtractedEntity e, String title) {
        TitleType t = TitleTypes.fromTitle(title);
        return t == TitleType.UNKNOWN || t == TitleType.OTHER || type(e).matches(t);
    }

    /** Club words that end a team's name but rarely a town's ("Bristol City", "Blackburn Rovers"): {@code club-words.txt}. */
    private static final java.util.Set<String> CLUB_WORDS = ClubNames.clubWords();

    /**
     * Rule {@code teamsasplaces}: a place NER found whose best title is a sports team ("Fulham" → {@code Fulham_F.C.},
     * "Bristol City" → {@code Bristol_City_F.C.}) is that team — in a sports report ({@link SportsFrame}), when its
     * name ends in a club word ("City", "United", "Rovers"…), or when the text writes a sport after it ("Alabama
     * football", {@link SportNames}) — and becomes an organisation ({@code schema:SportsTeam}).
     * Elsewhere the link is dropped as before ("a flat in Fulham" is no club). Returns whether it retyped the entity.
     */
    boolean retypeTeamNamedAsPlace(ExtractedEntity e, String title, ArticleText article) {
        if (e.type() != org.newsgraph.nlp.EntityType.PLACE || linker.linker().isOff("teamsasplaces") || !TitleTypes.isSportsTeam(title))
            return false;
        String[] words = e.name().split(" ");
        if (!article.sports().on() && !(words.length > 1 && CLUB_WORDS.contains(words[words.length - 1]))
                && SportNames.sportAfter(e.name(), article.text()) == null) return false;
        e.retype(org.newsgraph.nlp.EntityType.ORGANIZATION, SDO.SportsTeam);
        return true;
    }

    /**
     * A place linked to a country, city or administrative area gets that schema.org class (when NLP had none finer);
     * an organisation linked to a government body through {@link LinkRule#governmentMetonymy} is a
     * {@code schema:GovernmentOrganization}. With a Wikidata item, its P31 class counts when the title says nothing.
     */
    private static void refineClass(ExtractedEntity e, String title, WikidataItem item) {
        if (e.type() == org.newsgraph.nlp.EntityType.ORGANIZATION && GOVERNMENTS.contains(title)) {
            e.schemaClass(SDO.GovernmentOrganization);
            return;
        }
        if (e.type() != org.newsgraph.nlp.EntityType.PLACE || !e.schemaClass().equals(SDO.Place)) return;
        TitleType t = TitleTypes.fromTitle(title);
        if (t == TitleType.UNKNOWN && item != null) t = WikidataClasses.type(item.instanceOf().stream()
                .map(q -> Integer.parseInt(q.substring(1))).toList());
        switch (t) {
            case COUNTRY -> e.schemaClass(SDO.Country);
            case CITY -> e.schemaClass(SDO.City);
            case ADMIN_AREA -> e.schemaClass(SDO.AdministrativeArea);
            default -> { }
        }
    }
}
