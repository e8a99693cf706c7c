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
}
