package org.newsgraph.read;

import org.newsgraph.model.Article;

/** Receives what a reader finds, as it finds it, so inputs of any size stream. */
public interface ReadListener {
    void article(Article article);

    void problem(Problem problem);
}
