package org.newsgraph.nlp;

/**
 * Switch {@code CapsHeadline}: a text given without a headline whose first line is written all in capitals and is
 * followed by more text opens with its headline — the layout of the wire archives ("TEXACO FILES FOR CHAPTER 11",
 * "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT." and then the dateline). The rules then read that line as
 * a headline (body names first; a headline span NER made too long is cut to a body name inside it, in any case:
 * "TEXACO FILES FOR CHAPTER" → Texaco), while offsets and the extraction's own headline stay as given.
 *
 * <pre>
 *   CapsHeadline.end("OPEC OUTPUT ABOVE CEILING\nLONDON, March 16 - OPEC crude oil output rose …");   // 26
 * </pre>
 */
final class CapsHeadline {
    private CapsHeadline() {}

    /** Where the body starts after a first line in capitals (just after its line break), or 0 when the text has none. */
    static int end(String text) {
        int nl = text.indexOf('\n');
        if (nl <= 0 || text.substring(nl).isBlank()) return 0;
        boolean letter = false;
        for (int i = 0; i < nl; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return 0;
            letter |= Character.isLetter(c);
        }
        return letter ? nl + 1 : 0;
    }
}
