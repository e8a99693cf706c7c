package org.newsgraph.cli;

import org.newsgraph.sink.JsonLdLib;
import picocli.CommandLine.Option;

/** {@code --jsonld full|web}, shared by {@code convert}, {@code export} and {@code query}. */
public final class JsonLdOption {
    @Option(names = "--jsonld", paramLabel = "PROFILE", defaultValue = "full",
            description = "JSON-LD profile: full (every triple: mentions, provenance, typed dates; default) or web "
                    + "(schema.org terms only, dates as plain strings, \"@context\": \"https://schema.org\": fit to paste into a page).")
    public String profile = "full";

    public JsonLdLib.Profile get() { return JsonLdLib.Profile.parse(profile); }
}
