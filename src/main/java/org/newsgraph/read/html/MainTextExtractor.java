package org.newsgraph.read.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds an HTML page's main text and drops the boilerplate around and inside it, as a fixed sequence of small named
 * steps over the parsed page (each in its own class, testable on fixed input, removable on its own):
 * <ol>
 *   <li>{@link ExtractionSteps.RemoveNonContent}: scripts, styles, forms' controls, embedded media, hidden elements;</li>
 *   <li>{@link ExtractionSteps.ChooseContainer}: the element(s) holding the article text — a known article-body
 *       selector when it holds enough text, else the element with the best paragraph-text score;</li>
 *   <li>{@link ExtractionSteps.PruneBoilerplate}: navigation, asides, figures (captions are kept apart as image
 *       captions), share/related/newsletter widgets … named by their class or id, inside the container;</li>
 *   <li>{@link ExtractionSteps.CollectBlocks}: paragraphs by the HTML block/inline rules;</li>
 *   <li>{@link ExtractionSteps.DropLinkLists}: blocks that are mostly link text (lists of other stories);</li>
 *   <li>{@link ExtractionSteps.DropBoilerplateLines}: lines such as "Advertisement" or "Read more: …";</li>
 *   <li>{@link ExtractionSteps.DropRepeats}: the headline repeated at the top, blocks repeated verbatim.</li>
 * </ol>
 *
 * <pre>
 *   String body = MainTextExtractor.standard().extract(document, headline);
 * </pre>
 * The page is changed in place (elements are removed): read metadata first.
 */
public final class MainTextExtractor {
    /** One named pass over the page being extracted. */
    interface Step {
        String name();

        void apply(Extraction x);
    }

    /** The state the steps share: the page, the chosen container(s), the blocks so far. */
    static final class Extraction {
        final Document page;
        final String headline;
        List<Element> roots = new ArrayList<>();
        List<TextBlocks.Block> blocks = new ArrayList<>();

        Extraction(Document page, String headline) {
            this.page = page;
            this.headline = headline;
        }
    }

    private final List<Step> steps;

    private MainTextExtractor(List<Step> steps) { this.steps = List.copyOf(steps); }

    public static MainTextExtractor standard() {
        return new MainTextExtractor(List.of(new ExtractionSteps.RemoveNonContent(), new ExtractionSteps.ChooseContainer(),
                new ExtractionSteps.PruneBoilerplate(), new ExtractionSteps.CollectBlocks(),
                new ExtractionSteps.DropLinkLists(), new ExtractionSteps.DropBoilerplateLines(),
                new ExtractionSteps.DropRepeats()));
    }

    /** The step names, in order. */
    public List<String> stepNames() { return steps.stream().map(Step::name).toList(); }

    /** The main text, paragraphs separated by a blank line, or null when the page has none. */
    public String extract(Document page, String headline) {
        Extraction x = new Extraction(page, headline);
        for (Step s : steps) s.apply(x);
        return TextBlocks.join(x.blocks);
    }
}
