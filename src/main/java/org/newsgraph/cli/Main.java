package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgraph} command. Exit codes: 0 ok, 1 runtime failure, 2 usage error, 3 validation found violations,
 * 4 some inputs failed.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news articles into a schema.org knowledge graph.",
        subcommands = {DemoCommand.class, ConvertCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class,
                ExportCommand.class, ValidateCommand.class, EvalCommand.class, IndexCommand.class, SparkCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:runtime failure", "2:usage error", "3:validation found violations",
                "4:some inputs failed"})
public final class Main {
    /** The loggers {@code --verbose} turns to INFO. */
    static final String[] VERBOSE_LOGGERS = {"org.newsgraph", "org.apache.jena.fuseki"};

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Also log what happens (INFO lines on stderr: timings, the article index, server requests).")
    void verbose(boolean on) {
        if (!on) return;
        for (String name : VERBOSE_LOGGERS) {
            org.slf4j.Logger l = org.slf4j.LoggerFactory.getLogger(name);
            if (l instanceof ch.qos.logback.classic.Logger lb && !lb.isInfoEnabled()) lb.setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_VIOLATIONS = 3;
    public static final int EXIT_SOME_FAILED = 4;

    static {
        // Initialise Jena before any vocabulary class is touched (avoids a class-initialisation cycle).
        org.apache.jena.sys.JenaSystem.init();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("newsgraph: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("failure", ex);
            return ex instanceof IllegalArgumentException ? EXIT_USAGE : EXIT_FAILURE;
        });
        return cl;
    }

    /**
     * A usage error: the one line that says what is wrong (and picocli's "did you mean" suggestions for a mistyped
     * option or command), then where the help is; not the whole usage text.
     */
    static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        java.io.PrintWriter err = cmd.getErr();
        String prefix = ("newsgraph " + commandName(cmd)).strip();
        err.println(cmd.getColorScheme().errorText(prefix + ": " + ex.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + prefix + " --help' for more information.");
        err.flush();
        return EXIT_USAGE;
    }

    private static String commandName(CommandLine cmd) {
        String q = cmd.getCommandSpec().qualifiedName(" ");
        return q.startsWith("newsgraph") ? q.substring("newsgraph".length()).strip() : q;
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsgraph " + (v == null ? "dev" : v)};
        }
    }

    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
