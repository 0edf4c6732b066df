package layers.l2.lightning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pays on a {@link LightningGraph} as a Lightning sender does: find a route ({@link LightningRouter}), try it, and
 * on failure learn where it failed ({@link LiquidityKnowledge}: the failing hop could not carry the amount, the hops
 * before it could) and try again; if a part keeps failing, split it in two (a multi-part payment, BOLT 4
 * {@code payment_secret} and {@code total_msat}). An HTLC that gets through every hop is held, not yet settled:
 * the recipient releases the preimage only when all parts have arrived, so either every part settles (the balances
 * move, hop by hop) or every held part is failed back and nothing moves.
 */
public final class LightningPayments {

    private final LightningGraph graph;
    private final PaymentConfig config;
    private final LightningRouter router;
    private final LiquidityKnowledge knowledge;
    private final long[] held;
    private int height;
    private long searches;

    public LightningPayments(LightningGraph graph, PaymentConfig config) {
        this.graph = graph;
        this.config = config;
        this.router = new LightningRouter(graph);
        this.knowledge = new LiquidityKnowledge(graph);
        this.held = new long[2 * graph.channelCount()];
    }

    /** Sets the block height HTLC expiries are counted from. */
    public LightningPayments atHeight(int blockHeight) {
        this.height = blockHeight;
        return this;
    }

    /** {@code source} pays {@code amountMsat} to {@code target}. */
    public PaymentOutcome pay(int source, int target, long amountMsat) {
        String impossible = checkFeasible(source, target, amountMsat);
        if (impossible != null) {
            return new PaymentOutcome(false, amountMsat, 0, 0, List.of(), impossible);
        }
        knowledge.reset(source);
        List<LightningPath> settled = new ArrayList<>();
        int[] attempts = {0, 0}; // routes tried, route searches made
        String failure = payPart(source, target, amountMsat, config.maxParts(), settled, attempts);
        if (failure != null) {
            for (LightningPath p : settled) {
                release(p);
            }
            return new PaymentOutcome(false, amountMsat, 0, attempts[0], List.of(), failure);
        }
        long fee = 0;
        for (LightningPath p : settled) {
            release(p);
            for (int h = 0; h < p.hops(); h++) {
                graph.move(p.direction(h), p.amountMsat(h));
            }
            fee += p.feeMsat();
        }
        return new PaymentOutcome(true, amountMsat, fee, attempts[0], List.copyOf(settled), null);
    }

    /**
     * Pays one part, splitting it in two when no route for it is found or works; every route search counts against
     * the payment's {@code maxAttempts}. Returns null on success, else why not.
     */
    private String payPart(int source, int target, long amount, int partsBudget, List<LightningPath> held,
                           int[] attempts) {
        String failure = "no route";
        while (attempts[1] < config.maxAttempts()) {
            attempts[1]++; // route searches, the budget
            searches++;
            Optional<LightningPath> route = router.findPath(source, target, amount, height, knowledge,
                    config.router());
            if (route.isEmpty()) {
                failure = "no route for " + amount + " msat with a positive success probability";
                break;
            }
            attempts[0]++;
            LightningPath path = route.get();
            int failedAt = tryPath(path);
            if (failedAt < 0) {
                hold(path);
                held.add(path);
                return null;
            }
            failure = "attempts exhausted (last failure at hop " + failedAt + " of " + path.hops() + ")";
        }
        long half = amount / 2;
        if (partsBudget < 2 || half < config.minPartMsat() || attempts[1] >= config.maxAttempts()) {
            return failure;
        }
        String first = payPart(source, target, amount - half, partsBudget / 2, held, attempts);
        if (first != null) {
            return first;
        }
        return payPart(source, target, half, partsBudget - partsBudget / 2, held, attempts);
    }

    /**
     * What a sender can rule out without searching: it knows its own balances, and the recipient's channels are
     * public, so a payment above the sender's outbound balance or above the recipient's inbound capacity cannot
     * succeed (fees aside).
     */
    private String checkFeasible(int source, int target, long amount) {
        if (source == target) {
            throw new IllegalArgumentException("the sender and the recipient are both node " + source);
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("a payment carries more than 0 msat, not " + amount);
        }
        long outbound = 0;
        for (int d : graph.outgoing(source)) {
            outbound += graph.balanceMsat(d);
        }
        if (amount > outbound) {
            return "node " + source + " holds " + outbound + " msat on its channels, less than " + amount;
        }
        long inbound = 0;
        for (int d : graph.outgoing(target)) {
            inbound += graph.capacityMsatOf(d);
        }
        return amount > inbound ? "node " + target + "'s channels hold " + inbound + " msat in all, less than "
                + amount : null;
    }

    /** Offers the HTLCs hop by hop; returns the hop that could not carry its amount, or −1. Learns either way. */
    private int tryPath(LightningPath path) {
        for (int h = 0; h < path.hops(); h++) {
            int d = path.direction(h);
            long amount = path.amountMsat(h);
            if (graph.balanceMsat(d) - held[d] < amount) {
                knowledge.learnFailure(d, amount);
                return h;
            }
            knowledge.learnSuccess(d, amount);
        }
        return -1;
    }

    private void hold(LightningPath path) {
        for (int h = 0; h < path.hops(); h++) {
            held[path.direction(h)] += path.amountMsat(h);
            knowledge.addInFlight(path.direction(h), path.amountMsat(h));
        }
    }

    private void release(LightningPath path) {
        for (int h = 0; h < path.hops(); h++) {
            held[path.direction(h)] -= path.amountMsat(h);
        }
    }

    /** The route searches made so far, over every payment (each counts against its payment's budget). */
    public long routeSearches() {
        return searches;
    }

    public LightningGraph graph() {
        return graph;
    }
}
