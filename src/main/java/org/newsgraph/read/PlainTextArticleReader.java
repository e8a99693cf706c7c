package org.newsgraph.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.ImageInfo;
import org.newsgraph.model.RelatedArticle;

/**
 * Reads one article from a plain-text file laid out as news archives export it:
 * <pre>
 *   Headline
 *   March 13, 2023
 *   Photo caption. Credit / Agency
 *   Body paragraph …            (blank lines between paragraphs; inline HTML remnants are stripped)
 *   Related article: Headline of another article
 *   Original url:
 *   https://example.com/path-broken-by-a 12345
 * </pre>
 * Every part is optional. A paragraph broken mid-sentence by a blank line is joined again.
 * What cannot be placed is reported as a warning with its line.
 */
public final class PlainTextArticleReader implements ArticleReader {

    private static final Pattern RELATED = Pattern.compile("^Related (?:article|story|content)s?\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL_URL = Pattern.compile("^(?:Original|Source|Article)\\s+url\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATED = Pattern.compile("^(?:Updated|Last updated|Modified)\\b.*",
            Pattern.CASE_INSENSITIVE);
    /** A caption: sentence(s) ending in . ! or ? followed by a short credit with no sentence end of its own. */
    /**
     * A line in the date's place that tries to be a date but cannot be read as one: a short line of digits with date
     * separators ("2023-13-45", "45/13/2023"), optionally after "Published:"/"Updated", or a relative day
     * ("yesterday", "3 hours ago"). It is reported, named, and kept out of the body.
     */
    private static final Pattern UNREADABLE_DATE = Pattern.compile("^(?:(?:published|posted|updated|last updated|modified|date)\\s*:?\\s*)?"
            + "(?:\\d{1,4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,4}(?:[T ,].{0,20})?"
            + "|(?:yesterday|today|tonight|just now|(?:an?|\\d+)\\s+(?:minutes?|mins?|hours?|days?|weeks?)\\s+ago))\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile("^(.*[.!?][\"”’')]?)\\s+(\\S[^!?]{1,79})$");
    private static final Pattern CREDIT_PREFIX = Pattern.compile(
            "^(?:Photo|Image|Picture)(?:\\s+credit)?\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_HEADLINE = 250;
    private static final int MAX_CAPTION = 400;
    private static final int MAX_BARE_CAPTION_WORDS = 12;

    @Override public String name() { return "text"; }

    @Override public List<String> extensions() { return List.of("txt", "text"); }

    @Override public List<String> mediaTypes() { return List.of("text/plain"); }

    /** Any text that is not a markup document (HTML, XML feeds: {@link Sniffing#isMarkupDocument}) nor a WARC archive. */
    @Override
    public boolean sniff(byte[] head, String logicalName) {
        if (Sniffing.isMarkupDocument(head)) return false;
        if (Sniffing.lowerAscii(head, 16).startsWith("warc/")) return false;
        return Sniffing.isText(head);
    }

    /** A run of non-blank lines, with the 1-based line it starts on. */
    private record Block(int line, String text) {}

    @Override
    public void read(InputSource input, ReadListener listener) throws IOException {
        List<Block> blocks = blocks(input, listener);
        String src = input.name();
        if (blocks == null) return; // unreadable part-way: reported
        if (blocks.isEmpty()) {
            listener.problem(Problem.error(src, 1, 0, null, "empty input: no article text"));
            return;
        }
        Article.Builder b = Article.builder(src);
        List<Block> body = new ArrayList<>();
        int i = 0;

        // Header: headline, dates, caption — in that order, each optional.
        Block first = blocks.get(0);
        if (isHeadline(blocks)) {
            b.headline(TextCleaner.stripHtml(first.text()));
            i++;
        } else {
            listener.problem(Problem.warning(src, first.line(), "headline", "no headline found at the top"));
        }
        boolean dated = false;
        while (i < blocks.size()) {
            Block blk = blocks.get(i);
            Optional<Temporal> d = NewsDates.parse(blk.text());
            if (d.isEmpty() && blk.text().length() <= 40 && UNREADABLE_DATE.matcher(blk.text().strip()).matches()) {
                listener.problem(Problem.warning(src, blk.line(), UPDATED.matcher(blk.text()).matches() ? "dateModified"
                        : "datePublished", "not a date in a known format: \"" + blk.text().strip() + "\" (left out)"));
                i++;
                continue;
            }
            if (d.isPresent()) {
                if (UPDATED.matcher(blk.text()).matches()) b.dateModified(d.get());
                else {
                    b.datePublished(d.get());
                    dated = true;
                }
                i++;
                continue;
            }
            break;
        }
        if (!dated) {
            Block at = i < blocks.size() ? blocks.get(i) : blocks.get(blocks.size() - 1);
            listener.problem(Problem.warning(src, at.line(), "datePublished",
                    "no publication date " + (b.headline() != null ? "below the headline" : "at the top")));
        }
        if (i < blocks.size() && !isTrailer(blocks.get(i).text())) {
            Block blk = blocks.get(i);
            ImageInfo caption = caption(blk.text());
            boolean followedByBody = i + 1 < blocks.size() && !isTrailer(blocks.get(i + 1).text());
            if (caption == null && followedByBody && looksLikeBareCaption(blk.text()))
                caption = new ImageInfo(null, TextCleaner.stripHtml(blk.text()), null);
            if (caption != null) {
                b.image(caption);
                i++;
            }
        }

        // Body, related articles and the trailer.
        String url = null;
        boolean sawTrailer = false;
        for (; i < blocks.size(); i++) {
            Block blk = blocks.get(i);
            String text = blk.text();
            Matcher rel = RELATED.matcher(text);
            Matcher orig = ORIGINAL_URL.matcher(text);
            if (rel.matches()) {
                String h = TextCleaner.stripHtml(rel.group(1));
                if (h.isEmpty()) listener.problem(Problem.warning(src, blk.line(), "related", "empty \"Related article:\" line"));
                else if (h.matches("(?i)https?://\\S+")) b.related(new RelatedArticle(null, h));
                else b.related(new RelatedArticle(h, null));
            } else if (orig.matches()) {
                sawTrailer = true;
                StringBuilder u = new StringBuilder(orig.group(1));
                int j = i + 1;
                if (u.toString().isBlank() && j < blocks.size()) u.append(blocks.get(j++).text());
                // A URL broken over several lines of the trailer continues until a line with a space-free URL part.
                url = TextCleaner.repairUrl(u.toString());
                if (url.isEmpty() || !url.matches("(?i)https?://[^/]+.*")) {
                    listener.problem(Problem.warning(src, blk.line(), "url", "\"Original url:\" is not followed by a URL"));
                    url = null;
                    j = i + 1;
                }
                for (; j < blocks.size(); j++) {
                    listener.problem(Problem.warning(src, blocks.get(j).line(), null,
                            "text after the \"Original url:\" trailer was not placed: " + abbreviate(blocks.get(j).text())));
                }
                break;
            } else {
                body.add(blk);
            }
        }
        if (url != null) b.url(url);
        else if (!sawTrailer) listener.problem(Problem.warning(src, blocks.get(blocks.size() - 1).line(), "url",
                "no \"Original url:\" trailer: the article IRI is a hash of its text"));
        b.body(joinBody(body));
        if (b.headline() == null && b.body() == null) {
            listener.problem(Problem.error(src, first.line(), 0, null, "no headline and no body: not an article"));
            return;
        }
        listener.article(b.build());
    }

    private static boolean isTrailer(String text) {
        return RELATED.matcher(text).matches() || ORIGINAL_URL.matcher(text).matches();
    }

    /**
     * Whether the first block is the headline. Not when it is a date, a trailer line or reads like a paragraph; and
     * not when it reads like a photo caption with its credit ("Cranes stand idle. ANP / Reuters") and the block after
     * it is neither a date nor another caption — that is the layout of a file whose headline and date are missing.
     */
    private static boolean isHeadline(List<Block> blocks) {
        String text = blocks.get(0).text();
        if (NewsDates.parse(text).isPresent() || !looksLikeHeadline(text)) return false;
        if (caption(text) == null || caption(text).caption() == null) return true;
        if (blocks.size() < 2) return true;
        String next = blocks.get(1).text();
        return NewsDates.parse(next).isPresent() || caption(next) != null;
    }

    /**
     * A caption printed without a credit: one short sentence (at most {@value #MAX_BARE_CAPTION_WORDS} words, no
     * quotation) in the caption's place, i.e. right after the header and followed by the body.
     */
    private static boolean looksLikeBareCaption(String text) {
        String t = text.strip();
        return t.split("\\s+").length <= MAX_BARE_CAPTION_WORDS && t.matches("[^.!?\"“”]+\\.")
                && !t.contains("<");
    }

    /** A headline is short and does not read like a paragraph (it ends without a full stop). */
    private static boolean looksLikeHeadline(String text) {
        if (text.length() > MAX_HEADLINE || isTrailer(text)) return false;
        String t = text.strip();
        return !(t.endsWith(".") && t.split("[.!?]\\s").length > 1);
    }

    /** "Chinese leader Xi Jinping. TASS / kremlin.ru" → caption + credit; "Photo: X" → credit only. */
    static ImageInfo caption(String text) {
        if (text.length() > MAX_CAPTION) return null;
        Matcher cp = CREDIT_PREFIX.matcher(text);
        if (cp.matches()) return new ImageInfo(null, null, TextCleaner.stripHtml(cp.group(1)));
        Matcher m = CAPTION.matcher(text);
        if (!m.matches()) return null;
        String credit = m.group(2).strip();
        // A credit is a name list, not a clause: few words, no trailing punctuation.
        if (credit.split("\\s+").length > 8 || credit.matches(".*([.,;:]|[.!?]\\s.*)$") || credit.contains(". ")
                || credit.matches(".*[.!?][\"”’')]*$")) return null;
        return new ImageInfo(null, TextCleaner.stripHtml(m.group(1)), TextCleaner.stripHtml(credit));
    }

    /**
     * Joins paragraphs with a blank line; a paragraph that ends mid-sentence (no closing punctuation) and is followed
     * by one starting in lower case is the same paragraph broken by the export, and is joined with a space.
     */
    private static String joinBody(List<Block> body) {
        if (body.isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        String prev = null;
        for (Block blk : body) {
            String p = TextCleaner.stripHtml(blk.text());
            if (p.isEmpty()) continue;
            if (prev != null) {
                boolean brokenSentence = !prev.matches("(?s).*[.!?:;\"”’')\\]]$") && Character.isLowerCase(p.codePointAt(0));
                sb.append(brokenSentence ? " " : "\n\n");
            }
            sb.append(p);
            prev = p;
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static List<Block> blocks(InputSource input, ReadListener listener) throws IOException {
        List<Block> out = new ArrayList<>();
        TextDecoding.Decoded text = TextDecoding.decode(input.open());
        if (text.warning() != null) listener.problem(Problem.warning(input.name(), 0, null, text.warning()));
        int n = 0;
        try (BufferedReader r = new BufferedReader(text.reader())) {
            String line;
            int start = 0;
            StringBuilder cur = null;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) {
                    if (cur != null) { out.add(new Block(start, cur.toString().strip())); cur = null; }
                } else if (cur == null) {
                    cur = new StringBuilder(line.strip());
                    start = n;
                } else {
                    cur.append(' ').append(line.strip());
                }
            }
            if (cur != null) out.add(new Block(start, cur.toString().strip()));
        } catch (IOException e) {
            listener.problem(Problem.error(input.name(), n + 1, 0, null, "cannot read further: "
                    + TextDecoding.describe(e, text.charset()) + "; the article is not converted"));
            return null;
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
