package org.newsgraph.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reuters' wire copy marks a company without a stock listing with angle brackets — "{@code <Cominco Ltd>} said it sold
 * its stake in {@code <Pine Point Mines Ltd>}", in SGML archives also "{@code &lt;Teck Corp>}" — and CoreNLP's tokenizer
 * reads such a bracketed run as one XML-like token, so NER never sees the name. The text NLP reads has those brackets
 * (and the escaped "&amp;lt;") blanked out, and a bracketed ticker ("Texaco Inc {@code <TX>}") as a whole, so every
 * offset stays that of the original text.
 *
 * <pre>
 *   WireBrackets.mask("<Cominco Ltd> said");   // " Cominco Ltd  said"
 * </pre>
 */
final class WireBrackets {
    private WireBrackets() {}

    private static final Pattern BRACKETED = Pattern.compile("(<|&lt;)(\\p{Lu}[^<>&\\n]{0,80})>");
    /** A stock ticker in brackets after a company's name: "Texaco Inc {@code <TX>} said", "TEXACO {@code <TX>} SEES". */
    private static final Pattern TICKER = Pattern.compile("[A-Z]{1,5}(?:\\.[A-Z]{1,2})?");

    /**
     * {@code text} with the brackets around capitalised names replaced by spaces, and a bracketed ticker as a whole
     * ("Texaco Inc {@code <TX>} said": no "TX" for NER to take for Texas or run into the name); the same length.
     */
    static String mask(String text) {
        if (text.indexOf('<') < 0 && !text.contains("&lt;")) return text;
        Matcher m = BRACKETED.matcher(text);
        StringBuilder sb = null;
        while (m.find()) {
            if (sb == null) sb = new StringBuilder(text);
            // a ticker goes whole: "TEXACO <TX> SEES" would give NER a "TX" to make Texas of
            int to = TICKER.matcher(m.group(2)).matches() ? m.end(2) : m.end(1);
            for (int i = m.start(1); i < to; i++) sb.setCharAt(i, ' ');
            sb.setCharAt(m.end(2), ' ');
        }
        return sb == null ? text : sb.toString();
    }
}
