package org.newsgraph.query.fn;

import org.apache.jena.sys.JenaSubsystemLifecycle;

/** Registers the {@code ngf:} property functions when Jena initialises (found by ServiceLoader, as Jena's own modules are). */
public final class InitQueryFunctions implements JenaSubsystemLifecycle {
    @Override public void start() { QueryFunctions.register(); }

    @Override public void stop() {}

    /** After ARQ (level 30) and jena-text (level 151). */
    @Override public int level() { return 500; }
}
