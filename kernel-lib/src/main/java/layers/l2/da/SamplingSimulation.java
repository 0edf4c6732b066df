package layers.l2.da;

import layers.l1.network.SimRandom;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Many independent sampling nodes against one publisher, seeded: how often does a node accept? Against a publisher
 * that withholds enough to block reconstruction every acceptance is a node fooled; compare with the closed form
 * {@code (1 − f)^s}. Node j draws from {@code new SimRandom(seed).split(j)}, so a run is reproducible and adding
 * nodes does not reshuffle the others.
 */
public final class SamplingSimulation {

    private SamplingSimulation() {
    }

    /**
     * @param samples   chunks each node asks for
     * @param nodes     independent nodes
     * @param accepted  nodes that accepted (fooled, if the data cannot be rebuilt)
     * @param simulated accepted / nodes: the simulated miss probability
     * @param predicted {@code (1 − f)^s}
     */
    public record Run(int samples, int nodes, int accepted, double simulated, double predicted) {
    }

    /**
     * @throws IllegalArgumentException if {@code nodes} or {@code samples} is below 1
     */
    public static Run run(DaPublisher publisher, int samples, int nodes, long seed) {
        if (nodes < 1) {
            throw new IllegalArgumentException("a simulation needs at least one node, not " + nodes);
        }
        SimRandom root = new SimRandom(seed);
        DataCommitment commitment = publisher.commitment();
        int accepted = 0;
        for (int j = 0; j < nodes; j++) {
            if (SamplingNode.sample(commitment, publisher, samples, root.split(j)).accepted()) {
                accepted++;
            }
        }
        return new Run(samples, nodes, accepted, (double) accepted / nodes,
                DetectionProbability.missProbability(publisher.withheldFraction(), samples));
    }

    /** One row per sample count 1..maxSamples: {@code samples, nodes, accepted, simulatedMiss, predictedMiss}. */
    public static Table sweep(DaPublisher publisher, int maxSamples, int nodes, long seed) {
        IntColumn s = IntColumn.create("samples");
        IntColumn n = IntColumn.create("nodes");
        IntColumn accepted = IntColumn.create("accepted");
        DoubleColumn simulated = DoubleColumn.create("simulatedMiss");
        DoubleColumn predicted = DoubleColumn.create("predictedMiss");
        for (int samples = 1; samples <= maxSamples; samples++) {
            Run r = run(publisher, samples, nodes, new SimRandom(seed).split(samples).nextLong());
            s.append(samples);
            n.append(nodes);
            accepted.append(r.accepted());
            simulated.append(r.simulated());
            predicted.append(r.predicted());
        }
        return Table.create("sampling against f = " + publisher.withheldFraction(), s, n, accepted, simulated,
                predicted);
    }
}
