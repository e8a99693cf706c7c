package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One JSON-LD shape for one article whichever command writes it, and the web profile. */
class JsonLdShapeTest {
    static { org.apache.jena.sys.JenaSystem.init(); }

    static final Path LISBON = Path.of("examples/lisbon-metro-circle-line.txt");

    static void ok(String... args) {
        StringWriter err = new StringWriter();
        assertThat(LoadCommandTest.run(err, args)).as(String.join(" ", args) + ": " + err).isZero();
    }

    @Test
    void convertExportGraphAndExportQueryWriteTheSameJsonLd(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        ok("convert", "--no-nlp", "-f", "jsonld", "-o", dir.resolve("convert.jsonld").toString(), LISBON.toString());
        ok("load", "--no-nlp", "--store", store, LISBON.toString());
        String article = new ObjectMapper().readTree(dir.resolve("convert.jsonld").toFile()).get("@id").asText();
        ok("export", "--store", store, "--graph", article, "-f", "jsonld", "-o", dir.resolve("graph.jsonld").toString());
        ok("export", "--store", store, "--query", "article-graph", "-p", "article=" + article, "-f", "jsonld",
                "-o", dir.resolve("query.jsonld").toString());
        String convert = Files.readString(dir.resolve("convert.jsonld"));
        assertThat(Files.readString(dir.resolve("graph.jsonld"))).isEqualTo(convert);
        assertThat(Files.readString(dir.resolve("query.jsonld"))).isEqualTo(convert);
    }

    @Test
    void theWebProfileIsSchemaOrgOnlyWithPlainDates(@TempDir Path dir) throws Exception {
        Path full = dir.resolve("full.jsonld"), web = dir.resolve("web.jsonld");
        ok("convert", "-f", "jsonld", "-o", full.toString(), LISBON.toString());
        ok("convert", "-f", "jsonld", "--jsonld", "web", "-o", web.toString(), LISBON.toString());
        String f = Files.readString(full);
        assertThat(f).contains("nif:").contains("prov:");
        String w = Files.readString(web);
        JsonNode json = new ObjectMapper().readTree(w);
        assertThat(json.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(json.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(json.get("datePublished").isTextual()).as("a plain string").isTrue();
        assertThat(json.get("datePublished").asText()).isEqualTo("2025-03-04");
        assertThat(json.get("image").get("caption").asText()).isEqualTo("Passengers board a train at the new Estrela station.");
        assertThat(w).doesNotContain("nif:").doesNotContain("prov:").doesNotContain("ng:").doesNotContain("owl:")
                .doesNotContain("itsrdf:").doesNotContain("\"@value\"").doesNotContain("#char=")
                .contains("a promise kept to every commuter").contains("Carlos Moedas");
        // the JSON-LD profile is checked before anything runs
        StringWriter err = new StringWriter();
        assertThat(LoadCommandTest.run(err, "convert", "-f", "jsonld", "--jsonld", "tiny", LISBON.toString())).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("expected full or web");
    }
}
