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
 * <p>Annotators: {@code tokenize,ssplit,ner} with the three coarse CRF models (fine-grained NER, SUTime and the
 * numeric classifiers off: faster and, on the news dev set, better). The CRF models use no part-of-speech or lemma
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

    /** The properties newsgraph runs CoreNLP with. */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
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
