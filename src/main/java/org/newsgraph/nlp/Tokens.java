package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * The tokens of an annotated text as flat arrays: offsets, text, NER tag and sentence number. Made from a CoreNLP
 * annotation, or from fixed tags with {@link #tagged} so that each rule can be tested without the models.
 */
final class Tokens {
    final String text;
    final int size;
    final int[] begin, end, sentence;
    final String[] word, ner;
    /** First token of each sentence, plus {@code size} at the end. */
    final int[] sentenceStart;

    Tokens(String text, Annotation doc) {
        this.text = text;
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        int n = 0;
        for (CoreMap s : sentences) n += s.get(CoreAnnotations.TokensAnnotation.class).size();
        size = n;
        begin = new int[n];
        end = new int[n];
        sentence = new int[n];
        word = new String[n];
        ner = new String[n];
        sentenceStart = new int[sentences.size() + 1];
        int i = 0, si = 0;
        for (CoreMap s : sentences) {
            sentenceStart[si] = i;
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                begin[i] = t.beginPosition();
                end[i] = t.endPosition();
                word[i] = text.substring(begin[i], end[i]);
                String tag = t.ner();
                ner[i] = tag == null ? "O" : tag;
                sentence[i] = si;
                i++;
            }
            si++;
        }
        sentenceStart[si] = n;
    }

    Tokens(String text, List<int[]> offsets, List<String> tags, List<Integer> sentences) {
        this.text = text;
        size = offsets.size();
        begin = new int[size];
        end = new int[size];
        sentence = new int[size];
        word = new String[size];
        ner = new String[size];
        int ns = size == 0 ? 0 : sentences.get(size - 1) + 1;
        sentenceStart = new int[ns + 1];
        for (int i = 0; i < size; i++) {
            begin[i] = offsets.get(i)[0];
            end[i] = offsets.get(i)[1];
            word[i] = text.substring(begin[i], end[i]);
            ner[i] = tags.get(i);
            sentence[i] = sentences.get(i);
            if (i == 0 || sentence[i] != sentence[i - 1]) sentenceStart[sentence[i]] = i;
        }
        sentenceStart[ns] = size;
    }

    private static final java.util.Set<String> TAGS = java.util.Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "O");

    /**
     * Tokens with fixed NER tags, for tests: words separated by spaces, each optionally followed by a slash and its
     * tag ({@code Xi/PERSON}; no tag: {@code O}). A sentence ends after ".", "!" or "?"; {@code ||} is a paragraph
     * break (a blank line in the text, and a new sentence). The text joins the words with one space, but none before
     * {@code , . ; : ! ? 's ’s ' )} or a closing quote mark, and none after an opening one.
     *
     * <pre>
     *   Tokens t = Tokens.tagged("Chinese President Xi/PERSON Jinping/PERSON arrived . || \" We agree , \" he said .");
     *   // text: "Chinese President Xi Jinping arrived.\n\n\"We agree,\" he said."
     * </pre>
     */
    static Tokens tagged(String spec) {
        StringBuilder text = new StringBuilder();
        List<int[]> offsets = new java.util.ArrayList<>();
        List<String> tags = new java.util.ArrayList<>();
        List<Integer> sentences = new java.util.ArrayList<>();
        int sent = 0;
        boolean newSentence = false, openQuote = false, noSpace = true;
        for (String item : spec.trim().split(" +")) {
            if (item.equals("||")) {
                text.append("\n\n");
                newSentence = !offsets.isEmpty();
                noSpace = true;
                continue;
            }
            String w = item, tag = "O";
            int slash = item.lastIndexOf('/');
            if (slash > 0 && TAGS.contains(item.substring(slash + 1))) {
                w = item.substring(0, slash);
                tag = item.substring(slash + 1);
            }
            if (newSentence) {
                sent++;
                newSentence = false;
            }
            boolean quote = w.equals("\"") || w.equals("“") || w.equals("”");
            boolean closing = quote && (w.equals("”") || (w.equals("\"") && openQuote));
            boolean glue = closing || java.util.Set.of(",", ".", ";", ":", "!", "?", "'s", "’s", "'", "’", ")").contains(w);
            if (!noSpace && !glue) text.append(' ');
            offsets.add(new int[] {text.length(), text.length() + w.length()});
            text.append(w);
            tags.add(tag);
            sentences.add(sent);
            if (quote) openQuote = !closing;
            noSpace = quote && !closing || w.equals("(");
            if (w.equals(".") || w.equals("!") || w.equals("?")) newSentence = true;
        }
        return new Tokens(text.toString(), offsets, tags, sentences);
    }

    String span(int from, int to) { return text.substring(begin[from], end[to - 1]); }

    /** The token that starts at character {@code offset}, or -1. */
    int tokenAt(int offset) {
        int lo = 0, hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (begin[mid] < offset) lo = mid + 1;
            else if (begin[mid] > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /** The first token that begins at or after {@code offset}. */
    int firstFrom(int offset) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begin[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    boolean isPossessive(int i) {
        if (i < 0 || i >= size) return false;
        String w = word[i];
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || w.equals("'S");
    }

    boolean capitalized(int i) {
        return i >= 0 && i < size && !word[i].isEmpty() && Character.isUpperCase(word[i].codePointAt(0));
    }

    /**
     * The word at {@code i}, joined with the hyphen and word after it when the text wrote them as one hyphenated word
     * ("full-back": CoreNLP splits it into three tokens).
     */
    String hyphenated(int i) {
        boolean joined = i + 2 < size && word[i + 1].equals("-") && end[i] == begin[i + 1] && end[i + 1] == begin[i + 2];
        return joined ? word[i] + "-" + word[i + 2] : word[i];
    }

    String lower(int i) { return i >= 0 && i < size ? word[i].toLowerCase(java.util.Locale.ROOT) : ""; }
}
