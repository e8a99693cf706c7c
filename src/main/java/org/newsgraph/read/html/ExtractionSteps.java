package org.newsgraph.read.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** The steps of {@link MainTextExtractor}, in the order they run. */
final class ExtractionSteps {
    private ExtractionSteps() {}

    /** Elements that never hold article text: code, styles, embedded media, form controls, hidden elements. */
    static final class RemoveNonContent implements MainTextExtractor.Step {
        private static final String SELECTOR = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
                + "video, audio, picture, source, button, input, select, textarea, link, meta, head, [hidden], "
                + "[style~=(?i)display:\\s*none], [style~=(?i)visibility:\\s*hidden], [aria-hidden=true]:not(:has(p))";

        @Override public String name() { return "remove-non-content"; }

        @Override
        public void apply(MainTextExtractor.Extraction x) {
            x.page.select(SELECTOR).remove();
        }
    }

    /**
     * The element(s) holding the article text. First the selectors of {@code content-selectors.txt} (schema.org's
     * {@code articleBody}, common CMS class names), each taking all its outermost matches, when they hold enough
     * paragraph text; otherwise, or when a scored element holds several times more, the element whose paragraphs
     * score best (longer paragraphs with commas, few links — the readability measure), with its siblings that
     * score well too.
     */
    static final class ChooseContainer implements MainTextExtractor.Step {
        static final List<String> SELECTORS = WordList.load("content-selectors.txt");
        private static final int MIN_TEXT = 200;

        @Override public String name() { return "choose-container"; }

        @Override
        public void apply(MainTextExtractor.Extraction x) {
            Element body = x.page.body();
            List<Element> scored = scored(body);
            int scoredText = paragraphText(scored);
            for (String sel : SELECTORS) {
                List<Element> matches = outermost(x.page.select(sel));
                int text = paragraphText(matches);
                if (text >= MIN_TEXT && text * 3 >= scoredText) {
                    x.roots = matches;
                    return;
                }
            }
            x.roots = scored.isEmpty() ? List.of(body) : scored;
        }

        static List<Element> outermost(Elements els) {
            Set<Element> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            set.addAll(els);
            List<Element> out = new ArrayList<>();
            for (Element e : els) {
                boolean nested = false;
                for (Element p = e.parent(); p != null && !nested; p = p.parent()) nested = set.contains(p);
                if (!nested) out.add(e);
            }
            return out;
        }

        /** Characters of text in paragraph-like elements with few links. */
        static int paragraphText(List<Element> roots) {
            int n = 0;
            for (Element r : roots) {
                for (Element p : r.select("p, pre, blockquote, h2, h3, li")) {
                    if (!p.normalName().equals("p") && p.parents().stream().anyMatch(a -> a.normalName().equals("p"))) continue;
                    int len = p.text().length();
                    if (linkDensity(p) < 0.5) n += p.normalName().equals("p") || p.normalName().equals("pre") ? len : len / 2;
                }
            }
            return n;
        }

        static double linkDensity(Element e) {
            int len = e.text().length();
            if (len == 0) return 0;
            int links = 0;
            for (Element a : e.select("a")) links += a.text().length();
            return Math.min(1.0, (double) links / len);
        }

        /** The best-scoring container and its well-scoring siblings, in page order. */
        static List<Element> scored(Element body) {
            Map<Element, Double> score = new HashMap<>();
            for (Element p : body.select("p, pre, td, div, section, article")) {
                if (!p.normalName().equals("p") && !p.normalName().equals("pre") && hasBlockChild(p)) continue;
                String t = p.ownText().isEmpty() && !p.normalName().equals("p") ? "" : p.text();
                if (t.length() < 25) continue;
                double s = 1 + count(t, ',') + Math.min(t.length() / 100.0, 3);
                s *= 1 - linkDensity(p);
                Element parent = p.parent();
                if (parent == null) continue;
                score.merge(parent, s, Double::sum);
                if (parent.parent() != null) score.merge(parent.parent(), s / 2, Double::sum);
            }
            Element best = null;
            double bestScore = 0;
            for (Map.Entry<Element, Double> e : score.entrySet()) {
                double s = e.getValue();
                if (s > bestScore) {
                    best = e.getKey();
                    bestScore = s;
                }
            }
            if (best == null) return List.of();
            List<Element> out = new ArrayList<>();
            Element parent = best.parent();
            if (parent == null) return List.of(best);
            for (Element sib : parent.children()) {
                if (sib == best) {
                    out.add(sib);
                    continue;
                }
                double s = score.getOrDefault(sib, 0.0);
                String t = sib.normalName().equals("p") ? sib.text() : "";
                if (s >= Math.max(10, bestScore * 0.2) || (t.length() > 80 && linkDensity(sib) < 0.25)) out.add(sib);
            }
            return out;
        }

        private static boolean hasBlockChild(Element e) {
            for (Element c : e.children()) if (TextBlocks.isBlock(c)) return true;
            return false;
        }

        private static int count(String s, char c) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
            return n;
        }
    }

    /**
     * Inside the container: navigation, asides, footers, figures (their captions are image captions, not text) and
     * elements whose class or id names boilerplate ({@code boilerplate-names.txt}: share, related, newsletter …),
     * unless such an element holds a large part of the text (then the name belongs to a wrapper).
     */
    static final class PruneBoilerplate implements MainTextExtractor.Step {
        private static final Set<String> TAGS = Set.of("nav", "aside", "footer", "header", "figure", "figcaption",
                "form", "dialog", "menu", "button", "label", "fieldset");
        private static final Set<String> ROLES = Set.of("navigation", "complementary", "contentinfo", "banner",
                "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "figure", "button");
        private static final List<List<String>> NAMES = WordList.load("boilerplate-names.txt").stream()
                .map(n -> List.of(n.split("-"))).toList();
        private static final double MAX_SHARE = 0.4;

        @Override public String name() { return "prune-boilerplate"; }

        @Override
        public void apply(MainTextExtractor.Extraction x) {
            for (Element root : x.roots) {
                int total = Math.max(1, root.text().length());
                for (Element e : new ArrayList<>(root.getAllElements())) {
                    if (e == root || e.parent() == null) continue; // the root itself, or already removed
                    if (isBoilerplate(e) && e.text().length() < total * MAX_SHARE) e.remove();
                }
            }
        }

        static boolean isBoilerplate(Element e) {
            if (TAGS.contains(e.normalName())) return true;
            if (ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) return true;
            return namesBoilerplate(e.className()) || namesBoilerplate(e.id());
        }

        static boolean namesBoilerplate(String attr) {
            if (attr.isEmpty()) return false;
            for (String name : attr.trim().split("\\s+")) {
                List<String> words = words(name);
                for (List<String> entry : NAMES) if (containsRun(words, entry)) return true;
            }
            return false;
        }

        /** "story-body__inner" → [story, body, inner]; "relatedLinks" → [related, links]. */
        static List<String> words(String name) {
            List<String> out = new ArrayList<>();
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                boolean sep = !Character.isLetterOrDigit(c);
                boolean camel = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
                if ((sep || camel) && w.length() > 0) {
                    out.add(w.toString().toLowerCase(Locale.ROOT));
                    w.setLength(0);
                }
                if (!sep) w.append(c);
            }
            if (w.length() > 0) out.add(w.toString().toLowerCase(Locale.ROOT));
            return out;
        }

        private static boolean containsRun(List<String> words, List<String> run) {
            outer:
            for (int i = 0; i + run.size() <= words.size(); i++) {
                for (int j = 0; j < run.size(); j++) if (!words.get(i + j).equals(run.get(j))) continue outer;
                return true;
            }
            return false;
        }
    }

    /** The container's paragraphs, by {@link TextBlocks}. */
    static final class CollectBlocks implements MainTextExtractor.Step {
        @Override public String name() { return "collect-blocks"; }

        @Override
        public void apply(MainTextExtractor.Extraction x) {
            x.blocks = new ArrayList<>(TextBlocks.of(x.roots));
        }
    }

    /** Blocks that are mostly link text: lists of other stories, tag lists, "more on this" links. */
    static final class DropLinkLists implements MainTextExtractor.Step {
        @Override public String name() { return "drop-link-lists"; }

        @Override
        public void apply(MainTextExtractor.Extraction x) {
            x.blocks.removeIf(b -> b.linkDensity() >= 0.6
                    || (b.linkDensity() >= 0.35 && b.element() != null && b.element().normalName().equals("li")));
        }
    }

    /** Whole blocks that are boilerplate phrases ({@code boilerplate-lines.txt}): "Advertisement", "Read more: …". */
    static final class DropBoilerplateLines implements MainTextExtractor.Step {
        private static final List<Pattern> LINES = WordList.load("boilerplate-lines.txt").stream()
                .map(l -> Pattern.compile(l, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();

        @Override public String name() { return "drop-boilerplate-lines"; }

        @Override
        public void apply(MainTextExtractor.Extraction x) {
            x.blocks.removeIf(b -> isBoilerplate(b.text()));
        }

        static boolean isBoilerplate(String text) {
            if (text.length() > 200) return false;
            String t = text.strip();
            for (Pattern p : LINES) if (p.matcher(t).matches()) return true;
            return false;
        }
    }

    /** The headline repeated as the first block, and any block repeated verbatim. */
    static final class DropRepeats implements MainTextExtractor.Step {
        @Override public String name() { return "drop-repeats"; }

        @Override
        public void apply(MainTextExtractor.Extraction x) {
            Set<String> seen = new HashSet<>();
            if (x.headline != null) seen.add(x.headline.strip().toLowerCase(Locale.ROOT));
            x.blocks.removeIf(b -> !seen.add(b.text().toLowerCase(Locale.ROOT)));
        }
    }
}
