package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entity-entity coherence (rule {@code coherence}, with a Wikidata index): the entities one article names belong
 * together. A candidate that a Wikidata statement relates to a likely candidate of another entity of the article
 * (spouse, employer, member of sports team, capital of, located in … : {@code wikidata-relations.tsv}) gains on its
 * rivals: "David and Victoria" are the Beckhams when both are named, "Georgia" is the country next to "Tbilisi" and
 * the US state next to "Atlanta", "United" is the club its players play for.
 * <p>
 * Each candidate (of the {@value #CANDIDATES} best of its entity) collects a vote from every other entity of the
 * article: the weight (score relative to that entity's best) of its best related candidate among the first
 * {@value #VOTERS}, halved ({@value #WEAK}) when the relation is a weak one (country, located in, citizenship …:
 * what many entities share). Its coherence is {@code 1 − 0.5^votes} (one related entity 0.5, two 0.75), and it adds
 * {@value #WEIGHT} × coherence to the candidate's own score. The votes are counted again on the new scores
 * ({@value #ROUNDS} rounds), so two weak candidates that support each other ("David" → David Beckham, "Victoria" →
 * Victoria Beckham) rise together. Coherence only adds: a candidate without relations keeps its score, an article
 * without a Wikidata index is linked as before.
 */
final class Coherence {
    /** Weight of a full coherence (1.0) added to a candidate's score. */
    static final double WEIGHT = 0.4;
    /** What a weak relation (country, located in, citizenship …) counts against a strong one. */
    static final double WEAK = 0.5;
    /** Candidates of an entity that can gain. */
    static final int CANDIDATES = 10;
    /** Candidates of another entity that can vote. */
    static final int VOTERS = 3;
    static final int ROUNDS = 3;

    private Coherence() {}

    /** The rankings re-scored with coherence and sorted again, in the same order; the input lists are not changed. */
    static List<List<Linker.Scored>> rerank(List<List<Linker.Scored>> ranked, WikidataIndex wd) {
        int n = ranked.size();
        Node[][] nodes = new Node[n][];
        boolean anyRelation = false;
        for (int i = 0; i < n; i++) {
            List<Linker.Scored> r = ranked.get(i);
            nodes[i] = new Node[Math.min(CANDIDATES, r.size())];
            for (int k = 0; k < nodes[i].length; k++) {
                Linker.Scored s = r.get(k);
                int item = s.item() >= 0 ? s.item() : wd.itemIdOfLinkTitle(s.title());
                nodes[i][k] = item < 0 ? new Node(-1, NONE, NONE, s.score())
                        : new Node(wd.qid(item), wd.related(item), wd.weaklyRelated(item), s.score());
                anyRelation |= nodes[i][k].strong.length > 0 || nodes[i][k].weak.length > 0;
            }
        }
        if (!anyRelation || n < 2) return ranked;
        double[][] coherence = new double[n][];
        for (int round = 0; round < ROUNDS; round++) {
            Node[][] voters = voters(nodes);
            for (int i = 0; i < n; i++) {
                coherence[i] = new double[nodes[i].length];
                for (int k = 0; k < nodes[i].length; k++) coherence[i][k] = coherence(voters, i, nodes[i][k]);
            }
            for (int i = 0; i < n; i++)
                for (int k = 0; k < nodes[i].length; k++) nodes[i][k].score = ranked.get(i).get(k).score() + WEIGHT * coherence[i][k];
        }
        List<List<Linker.Scored>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Linker.Scored> r = new ArrayList<>(ranked.get(i));
            for (int k = 0; k < nodes[i].length; k++)
                if (coherence[i][k] > 0) r.set(k, r.get(k).withCoherence(Linker.round(coherence[i][k]), nodes[i][k].score));
            r.sort((x, y) -> Double.compare(y.score(), x.score()));
            out.add(r);
        }
        return out;
    }

    /** Each entity's best {@value #VOTERS} candidates by the last round's scores, best first. */
    private static Node[][] voters(Node[][] nodes) {
        Node[][] out = new Node[nodes.length][];
        for (int j = 0; j < nodes.length; j++) {
            Node[] byScore = nodes[j].clone();
            Arrays.sort(byScore, (x, y) -> Double.compare(y.score, x.score));
            out[j] = Arrays.copyOf(byScore, Math.min(VOTERS, byScore.length));
        }
        return out;
    }

    /** Coherence of candidate {@code c} of entity {@code i} with the article's other entities (their voters). */
    private static double coherence(Node[][] voters, int i, Node c) {
        if (c.qid < 0) return 0;
        double votes = 0;
        for (int j = 0; j < voters.length; j++) {
            if (j == i || voters[j].length == 0 || voters[j][0].score <= 0) continue;
            double best = voters[j][0].score, vote = 0;
            for (Node d : voters[j])
                if (d.qid >= 0 && d.qid != c.qid) vote = Math.max(vote, relation(c, d) * d.score / best);
            votes += vote;
        }
        return votes == 0 ? 0 : 1 - Math.pow(0.5, votes);
    }

    /** 1 when a strong statement of either item names the other, {@value #WEAK} for a weak one, else 0. */
    static double relation(Node a, Node b) {
        if (Arrays.binarySearch(a.strong, b.qid) >= 0 || Arrays.binarySearch(b.strong, a.qid) >= 0) return 1;
        if (Arrays.binarySearch(a.weak, b.qid) >= 0 || Arrays.binarySearch(b.weak, a.qid) >= 0) return WEAK;
        return 0;
    }

    private static final int[] NONE = new int[0];

    /** A candidate's item (QID number, -1 when none), the QIDs it is related to, and its score in the current round. */
    static final class Node {
        final int qid;
        final int[] strong, weak;
        double score;

        Node(int qid, int[] strong, int[] weak, double score) {
            this.qid = qid;
            this.strong = strong;
            this.weak = weak;
            this.score = score;
        }
    }
}
