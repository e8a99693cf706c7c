package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Options of the SPARQL server, shared by {@code serve} and {@code demo}. */
public final class ServerOptions {
    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    public String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    public int port = 3030;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Query timeout, e.g. 30s, 500ms, 2m; 0 for none (default: 30s).")
    public Duration timeout = Duration.ofSeconds(30);

    @Option(names = "--allow-update", description = "Enable SPARQL Update and Graph Store writes (needs --auth-file).")
    public boolean allowUpdate;

    @Option(names = "--auth-file", paramLabel = "FILE",
            description = "Users allowed to update, one 'user: password' a line (HTTP basic authentication).")
    public Path authFile;

    @Option(names = "--max-request", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Largest request body accepted, e.g. 1m, 512k (default: 1m); larger ones get 413 before they are read.")
    public long maxRequest = org.newsgraph.server.RequestLimits.DEFAULT_MAX_BODY;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "Let SPARQL SERVICE call this endpoint (repeatable). Without it federated queries are refused.")
    public java.util.List<String> allowService = new java.util.ArrayList<>();

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Most requests executed at once; the others wait their turn (503 after the query timeout). "
                    + "Default: twice the processors.")
    public int maxConcurrent = org.newsgraph.server.NewsServer.Builder.defaultMaxConcurrent();

    @Option(names = "--allow-load-host", paramLabel = "HOST",
            description = "Let an update's LOAD read from this host although it is on a loopback, private or link-local "
                    + "address (repeatable). Without it such a LOAD is refused, redirects included.")
    public java.util.List<String> allowLoadHosts = new java.util.ArrayList<>();

    /** Parses a byte count: {@code 1048576}, {@code 512k}, {@code 1m}, {@code 2g} (binary units). */
    public static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (v.endsWith("b")) v = v.substring(0, v.length() - 1);
            long unit = 1;
            if (v.endsWith("k")) unit = 1L << 10;
            else if (v.endsWith("m")) unit = 1L << 20;
            else if (v.endsWith("g")) unit = 1L << 30;
            if (unit > 1) v = v.substring(0, v.length() - 1);
            try {
                long n = Math.multiplyExact(Long.parseLong(v.strip()), unit);
                if (n <= 0) throw new NumberFormatException();
                return n;
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Not a size: '" + value + "' (expected e.g. 1m, 512k, 300000)");
            }
        }
    }

    /** Parses {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, a number of seconds, or ISO-8601 {@code PT30S}. */
    public static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            try {
                if (v.startsWith("pt")) return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
                if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).strip()));
                if (v.endsWith("s")) return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1).strip()) * 1000));
                if (v.endsWith("m")) return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1).strip()) * 60);
                if (v.endsWith("h")) return Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1).strip()));
                return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Not a duration: '" + value + "' (expected e.g. 30s, 500ms, 2m)");
            }
        }
    }
}
