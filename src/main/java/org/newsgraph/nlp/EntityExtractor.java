package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.rdf.PublisherRegistry;

/**
 * Finds the people, organisations and places of an article, resolves their mentions inside the article, and reads
 * roles, quotations and sources around them: CoreNLP NER ({@link CoreNlpPipeline}), then the rules of
 * {@link Rules#standard()} in order, each a small class that says what it fixes (spans NER missed or cut wrongly,
 * types, in-document resolution, repeats, titles, direct and indirect speech, sources, salience). Thread-safe.
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
    /** Rules (and parts of rules) switched off, by name. */
    private final Set<String> disabled;

    private EntityExtractor(Builder b) {
        CoreNlpPipeline given = b.pipeline;
        this.pipeline = given != null ? () -> given : CoreNlpPipeline::shared;   // loaded on first use
        this.gazetteer = b.gazetteer != null ? b.gazetteer : Gazetteer.standard();
        PublisherRegistry reg = b.publishers != null ? b.publishers : PublisherRegistry.standard();
        this.isNewsOutlet = name -> reg.byName(name).isPresent() || Lexicon.NEWS_ORG.matcher(name).find();
        Set<String> off = new java.util.HashSet<>(b.disabled);
        String prop = System.getProperty("newsgraph.nlp.disable", "");
        for (String n : prop.split(",")) if (!n.isBlank()) off.add(n.strip());
        this.disabled = Set.copyOf(off);
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
        // NLP reads the text with a wire's "<Company Ltd>" brackets blanked and "<TX>" tickers in parentheses (same offsets)
        String masked = WireBrackets.mask(text);
        return extract(new Tokens(masked, pipeline.get().annotate(masked)), bodyOffset);
    }

    /** Runs the rules on tokens already tagged (the entry point of the rule tests, which need no CoreNLP). */
    Extraction extract(Tokens t, int bodyOffset) {
        // a text given without its headline that opens with one in capitals (the wire archives' layout): the rules read
        // that line as the headline, the extraction's offsets stay as given
        int rulesBodyOffset = bodyOffset == 0 && !disabled.contains("CapsHeadline") ? CapsHeadline.end(t.text) : bodyOffset;
        Doc d = new Doc(t, rulesBodyOffset, gazetteer, isNewsOutlet, outletNames, disabled);
        for (Rule r : Rules.standard()) if (d.on(r.name())) r.apply(d);
        List<ExtractedEntity> list = new ArrayList<>();
        for (Ent x : d.ents) list.add(x.e);
        list.addAll(d.governments.values());
        list.sort(Comparator.comparingDouble((ExtractedEntity e) -> -e.salience())
                .thenComparingInt(e -> e.mentions().isEmpty() ? Integer.MAX_VALUE : e.mentions().get(0).begin()));
        List<Extraction.Containment> contained = new ArrayList<>();
        for (int[] w : d.within) {
            int[] owner = d.owner;
            if (owner[w[0]] < 0 || owner[w[1]] < 0 || owner[w[0]] == owner[w[1]]) continue;
            Extraction.Containment c = new Extraction.Containment(d.ents.get(owner[w[0]]).e, d.ents.get(owner[w[1]]).e);
            if (!contained.contains(c)) contained.add(c);
        }
        return new Extraction(t.text, bodyOffset, t.size, list, d.quotes, d.sources, contained);
    }

    public static final class Builder {
        private CoreNlpPipeline pipeline;
        private Gazetteer gazetteer;
        private PublisherRegistry publishers;
        private final Set<String> disabled = new java.util.HashSet<>();

        public Builder pipeline(CoreNlpPipeline p) { this.pipeline = p; return this; }
        public Builder gazetteer(Gazetteer g) { this.gazetteer = g; return this; }
        /** Known news outlets: an outlet that "reported" is a source of the article. */
        public Builder publishers(PublisherRegistry r) { this.publishers = r; return this; }
        /**
         * Switches rules off by name ("ChannelNumber", "SportsTeams", or a part of {@code NerSpans} such as
         * "SlashSplit"), to measure what each does; the system property {@code newsgraph.nlp.disable} (a comma list)
         * adds to these.
         */
        public Builder disable(String... ruleNames) { disabled.addAll(Arrays.asList(ruleNames)); return this; }
        public EntityExtractor build() { return new EntityExtractor(this); }
    }
}
