package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What a newcomer sees when a command line is wrong: one line saying what, and where the help is. */
class CliUsageTest {
    static { org.apache.jena.sys.JenaSystem.init(); }

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aUsageErrorIsOneLineAndAHintNotTheWholeHelp() {
        Run r = run("export", "--no-such-option");
        assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err().lines().toList()).as(r.err()).hasSizeLessThanOrEqualTo(3)
                .first().asString().startsWith("newsgraph export: Unknown option: '--no-such-option'");
        assertThat(r.err()).contains("Try 'newsgraph export --help' for more information.").doesNotContain("Usage:");

        Run missing = run("serve", "--allow-update");
        assertThat(missing.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(missing.err()).startsWith("newsgraph serve: --allow-update needs --auth-file")
                .contains("Try 'newsgraph serve --help'").doesNotContain("Usage:");
        assertThat(missing.err().lines().count()).isEqualTo(2);

        Run typo = run("qurey");
        assertThat(typo.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(typo.err()).contains("query").contains("Try 'newsgraph --help'").doesNotContain("Usage:");
    }

    @Test
    void aNormalRunLogsNoInfoLinesAndVerboseTurnsThemOn() {
        org.slf4j.Logger newsgraph = org.slf4j.LoggerFactory.getLogger("org.newsgraph.store.NewsStore");
        org.slf4j.Logger fuseki = org.slf4j.LoggerFactory.getLogger("org.apache.jena.fuseki.Server");
        try {
            assertThat(run("query", "--list").exit()).isZero();
            assertThat(newsgraph.isInfoEnabled()).as("INFO off on a normal run").isFalse();
            assertThat(fuseki.isInfoEnabled()).isFalse();
            assertThat(newsgraph.isWarnEnabled()).as("warnings still shown").isTrue();
            assertThat(run("query", "--list", "--verbose").exit()).isZero();
            assertThat(newsgraph.isInfoEnabled()).as("--verbose, after the subcommand").isTrue();
            assertThat(fuseki.isInfoEnabled()).isTrue();
        } finally {
            for (String name : Main.VERBOSE_LOGGERS)
                ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(name)).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    @Test
    void aBusyPortFailsBeforeAnythingIsLoaded(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Run r = run("serve", "--store", dir.resolve("store").toString(), "--no-nlp", "--port",
                    Integer.toString(taken.getLocalPort()), "examples");
            assertThat(r.exit()).as(r.err()).isEqualTo(Main.EXIT_FAILURE);
            assertThat(r.err()).contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use").contains("--port");
            assertThat(r.err()).as("nothing loaded first").doesNotContain("articles,").doesNotContain("failed");
            try (org.newsgraph.store.NewsStore s = org.newsgraph.store.NewsStore.open(dir.resolve("store"))) {
                assertThat(s.isEmpty()).as("the store was left untouched").isTrue();
            }
        }
    }

    @Test
    void wikidataNetworkTroubleCountsInTheWarningsTotal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        Run r = run("convert", "--wikidata", "--wikidata-endpoint", "http://127.0.0.1:" + closed + "/w/api.php",
                "--cache", System.getenv().getOrDefault("NEWSGRAPH_CACHE", dir.resolve("cache").toString()),
                "-o", dir.resolve("out.ttl").toString(), "examples/lisbon-metro-circle-line.txt");
        assertThat(r.exit()).as("network trouble only costs the extras: " + r.err()).isZero();
        assertThat(r.err()).contains("warning").contains("Wikidata unreachable at http://127.0.0.1:" + closed)
                .contains("1 article, 0 failed, 1 warning");
        assertThat(java.nio.file.Files.readString(dir.resolve("out.ttl"))).contains("Lisbon");
    }
}
