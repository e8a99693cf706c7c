package org.newsgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.compose.Union;

/** Test fixtures under {@code src/test/resources/validate/}. */
final class ValidateFixtures {
    private ValidateFixtures() {}

    static { org.apache.jena.sys.JenaSystem.init(); }

    /** Copies a fixture into {@code dir} (tests pass real files to the CLI). */
    static Path copy(String name, Path dir) {
        try (InputStream in = ValidateFixtures.class.getResourceAsStream("/validate/" + name)) {
            Path p = dir.resolve(name);
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TriG or Turtle fixture as one graph (default graph plus all named graphs). */
    static Graph graph(String name) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = ValidateFixtures.class.getResourceAsStream("/validate/" + name)) {
            RDFParser.source(in).lang(name.endsWith(".trig") ? Lang.TRIG : Lang.TURTLE).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Union(dsg.getDefaultGraph(), dsg.getUnionGraph());
    }

    /** Parses Turtle text (with the usual prefixes declared) into a graph. */
    static Graph turtle(String body) {
        String prefixes = """
                PREFIX schema: <http://schema.org/>
                PREFIX ng: <https://w3id.org/newsgraph/ns#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX ex: <https://example.org/>
                """;
        return RDFParser.fromString(prefixes + body, Lang.TURTLE).toGraph();
    }
}
