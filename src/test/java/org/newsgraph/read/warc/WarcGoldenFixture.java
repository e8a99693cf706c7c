package org.newsgraph.read.warc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes the golden case {@code src/test/resources/golden/warc-crawl/crawl.warc.gz} (a committed fixture, so the
 * golden test reads bytes as a crawler left them): a warcinfo-less crawl of a request, the article page (HTML 200,
 * no date in the page: the record's date is used), its image, a 404 page, a redirect and a second article in
 * ISO-8859-1. Re-run only to change the fixture:
 * {@code java -cp target/test-classes:target/classes:… org.newsgraph.read.warc.WarcGoldenFixture}.
 */
public final class WarcGoldenFixture {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/golden/warc-crawl/crawl.warc.gz");
        String story = "https://www.valleycourier.example/news/2025/06/10/river-floods-old-town";
        try (WarcFixture w = new WarcFixture(out, true)) {
            w.request(story);
            w.html(story, 200, WarcFixture.page("River Floods Old Town",
                    "The river rose two metres overnight and flooded the old town, the mayor said on Tuesday.",
                    "Emergency crews evacuated 300 residents from houses along the embankment."));
            w.response("https://www.valleycourier.example/img/flood.jpg", 200, "image/jpeg",
                    new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
            w.html("https://www.valleycourier.example/news/old-page", 404, WarcFixture.page("Page not found", "Sorry."));
            w.response("http://valleycourier.example/flood", 301, "text/html", new byte[0], "Location: " + story);
            w.response("https://www.valleycourier.example/news/2025/06/09/cafe-reopens", 200, "text/html; charset=iso-8859-1",
                    WarcFixture.page("Café Reopens on the Quay", "The café reopened on Monday after a fire in March.")
                            .replace("charset=\"utf-8\"", "charset=\"iso-8859-1\"").getBytes(StandardCharsets.ISO_8859_1));
        }
        System.out.println(out);
    }
}
