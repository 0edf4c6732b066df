package layers.l2.htlc;

import layers.core.Verdict;
import layers.l1.crypto.Hash;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A payment along a path of channels with HTLCs, as BOLT 2 and BOLT 4 run it: the sender offers an HTLC to the
 * first node; each node checks the incoming HTLC against the one it is asked to offer (fee, expiry), then offers it
 * over its next channel; the recipient checks the final HTLC and reveals the preimage; the preimage then flows back,
 * each node claiming its incoming HTLC. If any node fails or refuses while HTLCs are being offered, every HTLC
 * offered so far is failed back: nobody pays. Once the preimage is out, every HTLC can be claimed before its expiry,
 * on chain if the other side is offline (which publishes the preimage).
 *
 * <p>Balances are per channel side, in msat: {@code outgoing[i]} is node i's balance on channel i (towards node
 * i+1), {@code incoming[i]} is node i+1's balance on the same channel. No money is created or lost: it only moves
 * between the two sides of a channel.
 */
public final class MultiHopPayment {

    private final List<String> nodes;
    private final List<ChannelPolicy> policies;
    private final long[] outgoing;
    private final long[] incoming;
    private final HopConduct[] conduct;
    private final int[] blocksOffline;

    private MultiHopPayment(List<String> nodes, List<ChannelPolicy> policies, long[] outgoing, long[] incoming) {
        if (nodes.size() < 2 || policies.size() != nodes.size() - 1 || outgoing.length != policies.size()
                || incoming.length != policies.size()) {
            throw new IllegalArgumentException("a path of " + nodes.size() + " nodes has " + (nodes.size() - 1)
                    + " channels; got " + policies.size() + " policies and " + outgoing.length + "/"
                    + incoming.length + " balances");
        }
        this.nodes = List.copyOf(nodes);
        this.policies = List.copyOf(policies);
        this.outgoing = outgoing.clone();
        this.incoming = incoming.clone();
        this.conduct = new HopConduct[nodes.size()];
        Arrays.fill(conduct, HopConduct.HONEST);
        this.blocksOffline = new int[nodes.size()];
    }

    /**
     * A path through {@code nodes}; channel i has policy {@code policies.get(i)} and the balances
     * {@code outgoingMsat[i]} (node i's side) and {@code incomingMsat[i]} (node i+1's side).
     */
    public static MultiHopPayment along(List<String> nodes, List<ChannelPolicy> policies, long[] outgoingMsat,
                                        long[] incomingMsat) {
        return new MultiHopPayment(nodes, policies, outgoingMsat, incomingMsat);
    }

    /** Node {@code name} behaves as {@code how}; {@code blocks} is how long it stays offline while settling. */
    public MultiHopPayment with(String name, HopConduct how, int blocks) {
        int i = indexOf(name);
        if (i == 0 || i == nodes.size() - 1) {
            throw new IllegalArgumentException(name + " is the sender or the recipient; only a middle node's conduct "
                    + "can be set");
        }
        conduct[i] = Objects.requireNonNull(how, "how");
        blocksOffline[i] = blocks;
        return this;
    }

    /** Pays {@code amount} with payloads computed by {@link RouteHops} at {@code height}. */
    public HtlcPaymentResult send(Hash preimage, Msat amount, int height) {
        return send(preimage, amount, RouteHops.computeHopPayloads(policies, amount, height,
                RouteHops.DEFAULT_MIN_FINAL_CLTV_EXPIRY_DELTA), height, RouteHops.DEFAULT_MIN_FINAL_CLTV_EXPIRY_DELTA);
    }

    /**
     * Pays {@code invoiceAmount} (the recipient knows {@code preimage} and expects that amount) with the given
     * {@code payloads}, one per channel: pass tampered payloads to see a node refuse them.
     */
    public HtlcPaymentResult send(Hash preimage, Msat invoiceAmount, List<HopPayload> payloads, int height,
                                  int minFinalCltvExpiryDelta) {
        if (payloads.size() != policies.size()) {
            throw new IllegalArgumentException(policies.size() + " channels need as many payloads, not "
                    + payloads.size());
        }
        long[] before = netPositions();
        Hash paymentHash = Htlc.paymentHash(preimage);
        List<Htlc> htlcs = new ArrayList<>();
        Verdict failure = offer(paymentHash, invoiceAmount, payloads, height, minFinalCltvExpiryDelta, htlcs);
        int end = height;
        if (!failure.isValid()) {
            for (int i = htlcs.size() - 1; i >= 0; i--) {
                htlcs.get(i).fail();
                outgoing[i] += htlcs.get(i).amount().msat();
            }
        } else {
            end = settle(preimage, htlcs, height);
        }
        return new HtlcPaymentResult(failure, List.copyOf(htlcs), changes(before), end);
    }

    /** Offers HTLC after HTLC; the first rule broken stops it. */
    private Verdict offer(Hash paymentHash, Msat invoiceAmount, List<HopPayload> payloads, int height, int minFinal,
                          List<Htlc> htlcs) {
        for (int i = 0; i < payloads.size(); i++) {
            HopPayload out = payloads.get(i);
            if (i > 0) {
                Verdict forward = checkForward(i, payloads.get(i - 1), out);
                if (!forward.isValid()) {
                    return forward;
                }
            }
            if (out.amount().msat() > outgoing[i]) {
                return Verdict.rejected(HtlcRule.TEMPORARY_CHANNEL_FAILURE, nodes.get(i) + " has " + outgoing[i]
                        + " msat towards " + nodes.get(i + 1) + ", the HTLC needs " + out.amount().msat());
            }
            if (conduct[i + 1] == HopConduct.OFFLINE) {
                return Verdict.rejected(HtlcRule.UNKNOWN_NEXT_PEER, nodes.get(i) + " cannot reach " + nodes.get(i + 1));
            }
            outgoing[i] -= out.amount().msat();
            htlcs.add(new Htlc(paymentHash, out.amount(), out.cltvExpiry()));
        }
        return checkFinal(payloads.get(payloads.size() - 1), invoiceAmount, height, minFinal);
    }

    /** What forwarding node {@code i} checks before it offers {@code out} for {@code in} (BOLT 4). */
    Verdict checkForward(int i, HopPayload in, HopPayload out) {
        String node = nodes.get(i);
        if (conduct[i] == HopConduct.REFUSES) {
            return Verdict.rejected(HtlcRule.TEMPORARY_CHANNEL_FAILURE, node + " declines to forward");
        }
        Msat fee = policies.get(i).fee(out.amount());
        if (in.amount().msat() - out.amount().msat() < fee.msat()) {
            return Verdict.rejected(HtlcRule.FEE_INSUFFICIENT, node + " receives " + in.amount() + " to forward "
                    + out.amount() + ", a fee of " + (in.amount().msat() - out.amount().msat()) + " msat; it charges "
                    + fee);
        }
        int delta = policies.get(i).cltvExpiryDelta();
        if (in.cltvExpiry() - out.cltvExpiry() < delta) {
            return Verdict.rejected(HtlcRule.INCORRECT_CLTV_EXPIRY, node + "'s incoming HTLC expires at "
                    + in.cltvExpiry() + ", its outgoing one at " + out.cltvExpiry() + ": " + (in.cltvExpiry()
                    - out.cltvExpiry()) + " blocks apart, its cltv_expiry_delta is " + delta);
        }
        return Verdict.valid();
    }

    /** What the recipient checks (BOLT 4 final node). */
    private Verdict checkFinal(HopPayload last, Msat invoiceAmount, int height, int minFinal) {
        String recipient = nodes.get(nodes.size() - 1);
        if (last.amount().compareTo(invoiceAmount) < 0) {
            return Verdict.rejected(HtlcRule.INCORRECT_OR_UNKNOWN_PAYMENT_DETAILS, recipient + " receives "
                    + last.amount() + ", the invoice asks " + invoiceAmount);
        }
        if (last.cltvExpiry() < height + minFinal) {
            return Verdict.rejected(HtlcRule.FINAL_INCORRECT_CLTV_EXPIRY, recipient + "'s HTLC expires at "
                    + last.cltvExpiry() + ", before " + (height + minFinal) + " = height " + height
                    + " + min_final_cltv_expiry_delta " + minFinal);
        }
        return Verdict.valid();
    }

    /**
     * The preimage flows back: node i+1 claims HTLC i when it is online (at once, or when it returns); an HTLC not
     * claimed before its expiry is timed out by its offerer.
     */
    private int settle(Hash preimage, List<Htlc> htlcs, int height) {
        int end = height;
        for (int i = htlcs.size() - 1; i >= 0; i--) {
            Htlc htlc = htlcs.get(i);
            int claimer = i + 1;
            int claimAt = conduct[claimer] == HopConduct.OFFLINE_WHILE_SETTLING ? height + blocksOffline[claimer]
                    : height;
            if (htlc.fulfill(preimage, claimAt).isValid()) {
                incoming[i] += htlc.amount().msat();
                end = Math.max(end, claimAt);
            } else {
                htlc.timeout(htlc.cltvExpiry());
                outgoing[i] += htlc.amount().msat();
                end = Math.max(end, htlc.cltvExpiry());
            }
        }
        return end;
    }

    private long[] netPositions() {
        long[] net = new long[nodes.size()];
        for (int i = 0; i < policies.size(); i++) {
            net[i] += outgoing[i];
            net[i + 1] += incoming[i];
        }
        return net;
    }

    private Map<String, Long> changes(long[] before) {
        long[] after = netPositions();
        Map<String, Long> change = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            change.put(nodes.get(i), after[i] - before[i]);
        }
        return change;
    }

    /** The sum of every balance on the path: the same before and after any payment. */
    public long totalMsat() {
        return Arrays.stream(outgoing).sum() + Arrays.stream(incoming).sum();
    }

    /** Node i's balance on channel i, towards node i+1. */
    public long outgoingMsat(int channel) {
        return outgoing[channel];
    }

    /** Node i+1's balance on channel i. */
    public long incomingMsat(int channel) {
        return incoming[channel];
    }

    public List<String> nodes() {
        return nodes;
    }

    private int indexOf(String name) {
        int i = nodes.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no node " + name + " on the path " + nodes);
        }
        return i;
    }
}
