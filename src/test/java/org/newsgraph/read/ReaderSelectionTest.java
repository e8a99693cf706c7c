package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Which reader takes an input: by content, with the extension trusted only when the content agrees. */
class ReaderSelectionTest {
    private static final ReaderRegistry READERS = ReaderRegistry.standard();
    private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>T</title></head><body><p>Hello.</p></body></html>";

    private static String readerFor(String name, byte[] content) throws IOException {
        return READERS.select(InputSource.ofBytes(name, content)).reader().name();
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void anHtmlPageIsReadAsHtmlWhateverItsName() throws IOException {
        for (String name : new String[] {"page.html", "page.htm", "page.txt", "page", "page.json", "-"})
            assertThat(readerFor(name, utf8(PAGE))).as(name).isEqualTo("html");
        assertThat(readerFor("page.txt", utf8("  <html><body><p>x</p></body></html>"))).isEqualTo("html");
    }

    @Test
    void aGzippedPageIsSniffedAfterDecompression() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(utf8(PAGE));
        }
        assertThat(readerFor("page.gz", bytes.toByteArray())).isEqualTo("html");
        assertThat(readerFor("page.txt.gz", bytes.toByteArray())).isEqualTo("html");
    }

    @Test
    void theExtensionDecidesWhenTheContentAgrees() throws IOException {
        // A plain-text article whose headline starts with a bracket: JSON could claim it, the extension says text.
        assertThat(readerFor("a.txt", utf8("[Video] Floods hit the north\n\nMarch 3, 2024\n\nBody."))).isEqualTo("text");
        assertThat(readerFor("a.json", utf8("{\"headline\": \"x\"}"))).isEqualTo("json");
        assertThat(readerFor("a", utf8("{\"headline\": \"x\"}"))).isEqualTo("json");
        assertThat(readerFor("a.html", utf8("Headline\n\nBody text with <u>a tag</u>."))).isEqualTo("text");
        assertThat(readerFor("a.txt", utf8("<u>Headline</u>\n\nBody."))).isEqualTo("text");
    }

    @Test
    void anEmptyInputGoesToTheReaderItsNameAsksFor() throws IOException {
        assertThat(readerFor("a.json", new byte[0])).isEqualTo("json");
        assertThat(readerFor("a", utf8("  \n"))).isEqualTo("text");
    }

    @Test
    void binaryInputIsNoArticle() {
        byte[] pdf = utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n");
        assertThatThrownBy(() -> readerFor("report.txt", pdf)).isInstanceOf(ReaderRegistry.UnrecognisedInputException.class)
                .hasMessageContaining("a PDF document");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> readerFor("photo.html", png)).hasMessageContaining("a PNG image");
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        random[0] = 'x'; // not gzip's magic number by chance
        assertThatThrownBy(() -> readerFor("noise", random)).isInstanceOf(ReaderRegistry.UnrecognisedInputException.class)
                .hasMessageContaining("binary or unknown content");
    }

    @Test
    void anXmlFeedIsNotTakenForHtmlOrText() throws IOException {
        byte[] rss = utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>&lt;html&gt;</description></item></channel></rss>");
        assertThat(readerFor("feed.txt", rss)).isEqualTo("feed");
        assertThat(readerFor("feed.html", rss)).isEqualTo("feed");
        byte[] otherXml = utf8("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><text>html</text></svg>");
        assertThatThrownBy(() -> readerFor("drawing.xml", otherXml)).isInstanceOf(ReaderRegistry.UnrecognisedInputException.class);
    }

    @Test
    void aGzippedWarcIsHandedOverStillGzipped() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(utf8("WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"));
        }
        ReaderRegistry.Selection sel = READERS.select(InputSource.ofBytes("crawl.warc.gz", bytes.toByteArray()));
        assertThat(sel.reader().name()).isEqualTo("warc");
        assertThat(sel.input().opener().open().readAllBytes()).isEqualTo(bytes.toByteArray());
    }
}
