package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the example articles (examples/) into an in-memory store and serve them with the Fuseki UI: "
                + "the same as 'serve --in-memory examples/'.")
public final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ServerOptions server;

    @Override
    public Integer call() throws Exception {
        ServeCommand.checkServerOptions(spec, server);
        Path examples = findExamples();
        if (examples == null)
            throw new ParameterException(spec.commandLine(), "No examples/ folder here or next to the newsgraph jar; "
                    + "use 'newsgraph serve --in-memory FILES...'");
        ConvertOptions options = new ConvertOptions();
        options.inputs.add(examples.toString());
        return ServeCommand.serve(spec, NewsStore.inMemory(), options, server, "in memory, " + examples);
    }

    /** {@code ./examples}, else {@code examples/} beside the directory of the jar (the project folder). */
    static Path findExamples() {
        Path here = Path.of("examples");
        if (Files.isDirectory(here)) return here;
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path project = jar.getParent() == null ? null : jar.getParent().getParent();
            if (project != null && Files.isDirectory(project.resolve("examples"))) return project.resolve("examples");
        } catch (Exception e) {
            // not from a jar: fall through
        }
        return null;
    }
}
