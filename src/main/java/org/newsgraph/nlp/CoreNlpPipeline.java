package org.newsgraph.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The Stanford CoreNLP pipeline newsgraph uses, built once per process on first use (2–3 s) and shared by all
 * threads: {@link #annotate} is thread-safe.
 *
 * <p>Annotators: {@code tokenize,ssplit,ner} with two coarse CRF models, all-3-class and CoNLL 4-class ({@link
 * #NER_MODELS}; CoreNLP's third default, the MUC 7-class model, mostly adds date, time, money and percentage tags that
 * newsgraph does not use, and dropping it changes no dev-set score); fine-grained NER, SUTime and the numeric
 * classifiers off: faster and, on the news dev set, as good or better. The CRF models use no part-of-speech or lemma
 * features, so {@code pos} and {@code lemma} are left out ({@code enforceRequirements=false}); NER output is the
 * same. A blank line (paragraph) always ends a sentence.
 *
 * <pre>
 *   Annotation doc = CoreNlpPipeline.shared().annotate("Chinese President Xi Jinping plans to visit Russia.");
 * </pre>
 */
public final class CoreNlpPipeline {
    private static volatile CoreNlpPipeline shared;

    private final Properties props;
    private final StanfordCoreNLP pipeline;

    private CoreNlpPipeline(Properties props) {
        this.props = props;
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** The process-wide pipeline with {@link #defaultProperties()}, built on first call. */
    public static CoreNlpPipeline shared() {
        CoreNlpPipeline p = shared;
        if (p == null) {
            synchronized (CoreNlpPipeline.class) {
                p = shared;
                if (p == null) shared = p = new CoreNlpPipeline(defaultProperties());
            }
        }
        return p;
    }

    /** A separate pipeline with other properties (benchmarks, experiments); costs a model load. */
    public static CoreNlpPipeline withProperties(Properties props) { return new CoreNlpPipeline(props); }

    /** The NER models: CoreNLP's all-3-class and CoNLL 4-class English CRFs (the latter gives MISC), in that order. */
    public static final String NER_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /** The properties newsgraph runs CoreNLP with. */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // two of CoreNLP's three English CRF models: the MUC 7-class one (dates, times, money, percentages and the
        // same name types) costs about a quarter of the NER time and changes no score on the dev sets (docs/quality.md)
        p.setProperty("ner.model", NER_MODELS);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    /** Runs the annotators on {@code text}. Thread-safe. */
    public Annotation annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc;
    }

    /** The properties as a sorted map (for provenance). */
    public Map<String, String> options() {
        Map<String, String> m = new TreeMap<>();
        for (String k : props.stringPropertyNames()) m.put(k, props.getProperty(k));
        return m;
    }

    /** "4.5.10" (from the CoreNLP jar). */
    public static String version() {
        String v = StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return v == null ? "4.5.10" : v;
    }
}
