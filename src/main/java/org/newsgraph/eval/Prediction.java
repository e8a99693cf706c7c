package org.newsgraph.eval;

import org.newsgraph.nlp.EntityType;

/** A predicted mention: character offsets into the gold text, our type and (with a linker) a link or null. */
public record Prediction(int begin, int end, EntityType type, String link) {}
