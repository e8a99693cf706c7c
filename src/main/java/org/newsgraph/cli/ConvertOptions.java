package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.EntityExtractor;
import org.newsgraph.nlp.NlpEnricher;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.PublisherRegistry;
import org.newsgraph.vocab.NG;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inputs and mapping options shared by {@code convert}, {@code load} and {@code serve}. */
public final class ConvertOptions {
    @Parameters(paramLabel = "INPUT", description = "Article files or directories (recursive); '-' reads stdin. "
            + ".txt plain-text layout, .json/.jsonl/.ndjson, .warc web archives, .rss/.atom/.xml feeds, any of them .gz.")
    public List<String> inputs = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of minted resources (default: ${DEFAULT-VALUE}).")
    public String base = NG.DEFAULT_BASE;

    @Option(names = "--publishers", paramLabel = "FILE",
            description = "Extra known outlets, lines 'host<TAB>name<TAB>url[<TAB>outlet|agency]'.")
    public Path publishers;

    @Option(names = "--errors", paramLabel = "FILE", description = "Also write every error and warning to this file.")
    public Path errors;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    public int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-body", paramLabel = "CHARS", converter = ServerOptions.SizeConverter.class,
            description = "Most text (headline, description, body) one article may have, e.g. 300k; a longer article is "
                    + "refused with a located error before NLP (default: 300000 characters).")
    public long maxBody = org.newsgraph.pipeline.Conversion.DEFAULT_MAX_TEXT;

    @Option(names = "--nlp", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Extract people, organisations, places, roles and quotations with Stanford CoreNLP "
                    + "(default: on; --no-nlp maps the metadata only, much faster). See docs/nlp.md.")
    public boolean nlp = true;

    @Option(names = "--no-mentions", description = "With NLP: leave the NIF mention triples (offsets of every mention) out.")
    public boolean noMentions;

    @Option(names = "--link", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "With NLP: link entities to Wikipedia/DBpedia offline (default: on; the index is built in the "
                    + "cache on first use, about a minute). See docs/linking.md.")
    public boolean link = true;

    @Option(names = "--wikidata", description = "With linking: also fetch Wikidata QIDs, finer types, coordinates and "
            + "GeoNames IDs (needs network; answers are cached).")
    public boolean wikidata;

    @Option(names = "--wikidata-endpoint", paramLabel = "URL", description = "Wikidata API endpoint (default: ${DEFAULT-VALUE}).")
    public java.net.URI wikidataEndpoint = java.net.URI.create(org.newsgraph.link.WikidataClient.DEFAULT_ENDPOINT);

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Cache directory for the link index and Wikidata answers (default: $NEWSGRAPH_CACHE or ~/.cache/newsgraph).")
    public Path cache;

    /**
     * Where problems that belong to no one input go (Wikidata network trouble): the command points this at its
     * conversion, so that they count in the run's warnings total.
     */
    public java.util.function.Consumer<org.newsgraph.read.Problem> outOfBand = p -> { };

    /** The entity resolver the options ask for (linking on or off). */
    public org.newsgraph.nlp.EntityResolver resolver() throws IOException { return resolver(PublisherRegistry.standard()); }

    /** The resolver, with the registry's outlets as a linking rule (an outlet and its linked entity are one node). */
    public org.newsgraph.nlp.EntityResolver resolver(PublisherRegistry reg) throws IOException {
        if (!link) return org.newsgraph.nlp.EntityResolver.NONE;
        return new org.newsgraph.link.LinkingResolver(org.newsgraph.link.EntityLinker.create().cache(cache)
                .rule(org.newsgraph.link.LinkingResolver.outletRule(reg))
                .wikidata(wikidata).wikidataEndpoint(wikidataEndpoint)
                .onWikidataTrouble(m -> outOfBand.accept(org.newsgraph.read.Problem.warning("wikidata", 0, null, m)))
                .progress(IndexCommand.ProgressBar.onStderr(new java.io.PrintWriter(System.err, true), "WikiDict index")).build());
    }

    public ArticleMapper.Builder mapperBuilder() throws IOException {
        PublisherRegistry reg = PublisherRegistry.standard();
        if (publishers != null) reg.loadFile(publishers);
        ArticleMapper.Builder b = ArticleMapper.create().base(base).publishers(reg).linkedOutlets(nlp && link)
                .identifyLanguage(nlp); // only where it decides something: NLP runs on English articles only
        if (nlp) b.enricher(NlpEnricher.create().extractor(EntityExtractor.create().publishers(reg).build())
                .resolver(resolver(reg)).mentions(!noMentions).build());
        return b;
    }
}
