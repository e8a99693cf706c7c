package org.newsgraph.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the bytes of a text input into characters without mangling them silently:
 * <ol>
 * <li>a byte-order mark decides (UTF-8, UTF-16 BE/LE, UTF-32 BE/LE) and is dropped;</li>
 * <li>else bytes that are valid UTF-8 are UTF-8 (plain ASCII included);</li>
 * <li>else UTF-16 without a mark is recognised by its zero bytes;</li>
 * <li>else ICU's {@link CharsetDetector} names a single-byte encoding (Windows-1252 for Latin-1 text and the like);
 * the caller reports it as a warning, since the guess may be wrong;</li>
 * <li>else, or when the decoded text is mostly control characters (binary data), the input is refused with an
 * {@link UndecodableInputException}.</li>
 * </ol>
 * Decoding is strict: a byte sequence that is malformed in the chosen encoding further on fails the read (an
 * {@link CharacterCodingException}) rather than becoming U+FFFD.
 */
public final class TextDecoding {
    private TextDecoding() {}

    /** How much of the input is looked at to decide. */
    static final int SNIFF = 1 << 16;
    /** Single-byte encodings accepted from the detector (it also guesses CJK multi-byte sets on too little evidence). */
    private static final Set<String> DETECTABLE = Set.of("ISO-8859-1", "WINDOWS-1252", "ISO-8859-2", "WINDOWS-1250",
            "ISO-8859-5", "WINDOWS-1251", "KOI8-R", "ISO-8859-7", "WINDOWS-1253", "ISO-8859-9", "WINDOWS-1254",
            "ISO-8859-15");

    /** The characters of an input and the encoding they were decoded from. */
    public record Decoded(Reader reader, Charset charset, boolean guessed) {
        /** A warning for the caller to report, or null when the encoding was certain (UTF-8, or a byte-order mark). */
        public String warning() {
            return guessed ? "not UTF-8: decoded as " + charset.name() + " (detected; check accented letters)" : null;
        }
    }

    /** An input that is not text in an encoding that could be recognised. */
    public static final class UndecodableInputException extends IOException {
        public UndecodableInputException(String message) { super(message); }
    }

    /** Decodes {@code raw}: see the class comment. */
    public static Decoded decode(InputStream raw) throws IOException {
        BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, SNIFF);
        in.mark(SNIFF + 4);
        byte[] head = in.readNBytes(SNIFF);
        boolean whole = in.read() < 0;
        in.reset();

        Charset bom = null;
        int skip = 0;
        if (starts(head, 0xEF, 0xBB, 0xBF)) { bom = StandardCharsets.UTF_8; skip = 3; }
        else if (starts(head, 0x00, 0x00, 0xFE, 0xFF)) { bom = Charset.forName("UTF-32BE"); skip = 4; }
        else if (starts(head, 0xFF, 0xFE, 0x00, 0x00)) { bom = Charset.forName("UTF-32LE"); skip = 4; }
        else if (starts(head, 0xFE, 0xFF)) { bom = StandardCharsets.UTF_16BE; skip = 2; }
        else if (starts(head, 0xFF, 0xFE)) { bom = StandardCharsets.UTF_16LE; skip = 2; }
        if (bom != null) {
            in.skipNBytes(skip);
            return new Decoded(strict(in, bom), bom, false);
        }
        // Before UTF-8: the zero bytes of UTF-16 are valid UTF-8 too.
        Charset utf16 = utf16WithoutBom(head);
        if (utf16 != null) return checked(in, head, utf16, false);
        if (validUtf8(head, whole)) return checked(in, head, StandardCharsets.UTF_8, false);

        CharsetDetector detector = new CharsetDetector();
        detector.setText(head);
        for (CharsetMatch m : detector.detectAll()) {
            String name = m.getName().toUpperCase(Locale.ROOT);
            if (!DETECTABLE.contains(name) || m.getConfidence() < 10) continue;
            // Latin-1 as detected is almost always Windows-1252 in practice (curly quotes, dashes in 0x80-0x9F).
            Charset cs = name.equals("ISO-8859-1") ? Charset.forName("windows-1252") : Charset.forName(name);
            return checked(in, head, cs, true);
        }
        throw new UndecodableInputException("not UTF-8 text, and its encoding could not be recognised (binary data?)");
    }

    /**
     * The head as UTF-8 when it is UTF-16 or UTF-32 text (by byte order mark, or UTF-16 by its zero bytes), so that
     * content sniffing sees characters rather than NULs; any other head is returned as it is.
     */
    public static byte[] sniffable(byte[] head) {
        Charset cs = null;
        int skip = 0;
        if (starts(head, 0x00, 0x00, 0xFE, 0xFF)) { cs = Charset.forName("UTF-32BE"); skip = 4; }
        else if (starts(head, 0xFF, 0xFE, 0x00, 0x00)) { cs = Charset.forName("UTF-32LE"); skip = 4; }
        else if (starts(head, 0xFE, 0xFF)) { cs = StandardCharsets.UTF_16BE; skip = 2; }
        else if (starts(head, 0xFF, 0xFE)) { cs = StandardCharsets.UTF_16LE; skip = 2; }
        else cs = utf16WithoutBom(head);
        if (cs == null) return head;
        int unit = cs.name().startsWith("UTF-32") ? 4 : 2;
        int len = (head.length - skip) - (head.length - skip) % unit;
        return new String(head, skip, len, cs).getBytes(StandardCharsets.UTF_8);
    }

    /** A message for a read that failed part-way: bytes invalid in the encoding, a corrupt gzip stream, … */
    public static String describe(IOException e, Charset cs) {
        if (e instanceof CharacterCodingException)
            return "bytes that are not valid " + (cs == null ? "text" : cs.name()) + " (mixed encodings?)";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Decoded checked(BufferedInputStream in, byte[] head, Charset cs, boolean guessed) throws IOException {
        String text = new String(head, cs);
        long controls = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        if (controls > Math.max(8, text.length() / 100))
            throw new UndecodableInputException("not text: " + controls + " control characters in the first "
                    + text.length() + " characters as " + cs.name() + " (binary data?)");
        return new Decoded(strict(in, cs), cs, guessed);
    }

    private static Reader strict(InputStream in, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, dec);
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /** Whether the bytes are UTF-8; a sequence cut by the end of the sniffed part counts as valid. */
    static boolean validUtf8(byte[] b, boolean whole) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bb = ByteBuffer.wrap(b);
        CharBuffer cb = CharBuffer.allocate(b.length + 1);
        CoderResult r = dec.decode(bb, cb, whole);
        if (r.isError()) return false;
        return !whole || !bb.hasRemaining();
    }

    /** UTF-16 without a byte-order mark: most even (BE) or odd (LE) bytes zero, as in Latin-script text. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = b.length - (b.length % 2);
        if (n < 4) return null;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return StandardCharsets.UTF_16BE;
        if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return StandardCharsets.UTF_16LE;
        return null;
    }
}
