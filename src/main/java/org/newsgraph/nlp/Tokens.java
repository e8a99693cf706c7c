package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/** The tokens of an annotated text as flat arrays: offsets, text, NER tag and sentence number. */
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

    String lower(int i) { return i >= 0 && i < size ? word[i].toLowerCase(java.util.Locale.ROOT) : ""; }
}
