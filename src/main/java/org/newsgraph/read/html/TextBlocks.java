package org.newsgraph.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an element tree into text blocks (paragraphs) by the block/inline rules of HTML: a block element (paragraph,
 * heading, list item, quote, table cell, division …) starts and ends a paragraph, inline elements and text run on,
 * white space collapses, two {@code <br>}s in a row break the paragraph (one is a space). Each block remembers how much
 * of its text sits in links, for the link-density rules.
 */
final class TextBlocks {
    private TextBlocks() {}

    /** One paragraph of text, the element that holds it, and how many of its characters are link text. */
    record Block(String text, Element element, int linkChars) {
        double linkDensity() { return text.isEmpty() ? 0 : (double) linkChars / text.length(); }
    }

    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "html", "tt",
            "noscript", "legend", "option", "picture", "video", "audio", "iframe", "img");

    static boolean isBlock(Element e) { return BLOCK_TAGS.contains(e.normalName()); }

    static List<Block> of(List<Element> roots) {
        Collector c = new Collector();
        for (Element r : roots) {
            NodeTraversor.traverse(c, r);
            c.flush();
        }
        return c.blocks;
    }

    static List<Block> of(Element root) { return of(List.of(root)); }

    private static final class Collector implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Element owner;
        private int linkChars, breaks, linkDepth;
        private final java.util.ArrayDeque<Element> blockStack = new java.util.ArrayDeque<>();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String n = e.normalName();
                if (n.equals("br")) {
                    breaks++;
                    if (breaks >= 2) flush();
                    else pendingSpace();
                } else if (isBlock(e)) {
                    flush();
                    blockStack.push(e);
                } else if (n.equals("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (isBlock(e)) {
                    flush();
                    if (!blockStack.isEmpty() && blockStack.peek() == e) blockStack.pop();
                } else if (e.normalName().equals("a")) {
                    linkDepth--;
                } else if (!e.normalName().equals("br") && !INLINE_NO_SPACE.contains(e.normalName())) {
                    // inline elements such as <span> and <a> do not add space; others like <td> are blocks
                }
            }
        }

        private static final Set<String> INLINE_NO_SPACE = Set.of("a", "span", "b", "i", "em", "strong", "u", "sup", "sub");

        private void pendingSpace() {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
        }

        private void append(String s) {
            int before = text.length();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0'
                        || c == '\u200b' || c == '\u2028' || c == '\u2029';
                if (space) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
                } else {
                    if (c != '\u00ad') text.append(c); // soft hyphens are invisible
                    breaks = 0;
                }
            }
            if (owner == null && text.length() > 0) owner = blockStack.peek();
            if (linkDepth > 0) linkChars += text.length() - before;
        }

        void flush() {
            String s = text.toString().strip();
            if (!s.isEmpty()) blocks.add(new Block(s, owner != null ? owner : blockStack.peek(), Math.min(linkChars, s.length())));
            text.setLength(0);
            owner = null;
            linkChars = 0;
            breaks = 0;
        }
    }

    /** The blocks' texts joined as paragraphs (a blank line between them), or null when there is none. */
    static String join(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(b.text());
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
