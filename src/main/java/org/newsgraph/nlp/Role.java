package org.newsgraph.nlp;

/**
 * What the text says a person is: a job title ("President", "spokesperson"), optionally held for an entity
 * ("Putin's spokesperson" → {@code of} = Vladimir Putin; "Kremlin spokesman" → the Kremlin) and a nationality
 * ("Chinese President" → China).
 *
 * @param title the job title as written, or null
 * @param of the person or organisation the title is held for, or null
 * @param nationality the country, or null
 */
public record Role(String title, ExtractedEntity of, ExtractedEntity nationality) {}
