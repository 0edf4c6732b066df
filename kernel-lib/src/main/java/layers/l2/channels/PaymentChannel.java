package layers.l2.channels;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.OutPoint;
import layers.l1.ledger.utxo.Transaction;
import layers.l1.ledger.utxo.TxInput;
import layers.l1.ledger.utxo.TxOutput;
import layers.l1.ledger.utxo.UnsignedTransaction;
import layers.l1.signatures.SchnorrSignature;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A two-party payment channel from opening to closing, both parties simulated in one object: A funds a 2-of-2
 * output on L1, then the two exchange signed states off-chain (each a pair of commitment transactions, BOLT 3) and
 * revoke the previous one by revealing its per-commitment secret (BOLT 2 {@code revoke_and_ack}); the channel ends
 * with a cooperative close (one transaction paying both) or a unilateral one (a party publishes its commitment and
 * waits {@code to_self_delay} blocks for its own output). Publishing a revoked commitment lets the other party, or
 * its {@link Watchtower}, take everything.
 *
 * <p>Only the opening and the closing touch L1; every state in between lives off-chain. Updates come in through
 * {@link #receive}, which checks them with {@link ChannelValidator} and leaves the channel unchanged when it rejects.
 */
public final class PaymentChannel {

    /** Where a channel stands. */
    public enum Status { OPEN, CLOSED_COOPERATIVELY, FORCE_CLOSED }

    private final ChannelChain chain;
    private final ChannelParty a;
    private final ChannelParty b;
    private final ChannelConfig config;
    private final JointKey fundingKey;
    private final OutPoint funding;
    private final long capacity;
    private final List<ChannelUpdate> signed = new ArrayList<>();
    private final Map<ChannelSide, Map<Long, Hash>> revealedBy = new EnumMap<>(ChannelSide.class);
    private final Map<ChannelSide, List<Watchtower>> towers = new EnumMap<>(ChannelSide.class);
    private final Random aux = new Random(0x4c4e);
    private ChannelState state;
    private Status status = Status.OPEN;
    private ChannelCommitment published;
    private Transaction publishedTx;

    private PaymentChannel(ChannelChain chain, ChannelParty a, ChannelParty b, ChannelConfig config, JointKey key,
                           OutPoint funding, long capacity) {
        this.chain = chain;
        this.a = a;
        this.b = b;
        this.config = config;
        this.fundingKey = key;
        this.funding = funding;
        this.capacity = capacity;
        for (ChannelSide side : ChannelSide.values()) {
            revealedBy.put(side, new HashMap<>());
            towers.put(side, new ArrayList<>());
        }
    }

    /**
     * Opens a channel of {@code capacity} funded by {@code a} (BOLT 2 {@code open_channel} to
     * {@code funding_locked}): both sign the first commitments, then A's funding transaction, paying
     * {@code fundingFee} to the miner, confirms on {@code chain}.
     *
     * @throws IllegalArgumentException if A's wallet cannot pay capacity and fee, or the parties are the same
     * @throws IllegalStateException    if the funding transaction is rejected (the verdict says why)
     */
    public static PaymentChannel open(ChannelChain chain, ChannelParty a, ChannelParty b, Amount capacity,
                                      Amount fundingFee, ChannelConfig config) {
        if (a == b) {
            throw new IllegalArgumentException("a channel needs two parties, both are " + a);
        }
        if (capacity.isZero()) {
            throw new IllegalArgumentException("a channel's capacity must be above 0 sat");
        }
        JointKey key = JointKey.keyAgg(a.fundingKey().publicKey(), b.fundingKey().publicKey());
        Transaction fundingTx;
        try {
            fundingTx = a.wallet().pay(chain.utxos(), key.xOnly(), capacity, fundingFee);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("cannot open the channel: " + e.getMessage(), e);
        }
        PaymentChannel channel = new PaymentChannel(chain, a, b, config, key, fundingTx.outPoint(0),
                capacity.satoshis());
        ChannelState first = new ChannelState(0, capacity, Amount.ZERO);
        channel.signed.add(channel.propose(first));
        channel.state = first;
        Verdict verdict = chain.submit(fundingTx);
        if (!verdict.isValid()) {
            throw new IllegalStateException("the funding transaction was rejected: " + verdict);
        }
        return channel;
    }

    /** The update both parties would sign for {@code next}: their shares on each side's commitment. */
    public ChannelUpdate propose(ChannelState next) {
        return new ChannelUpdate(next, cosign(commitment(ChannelSide.A, next)), cosign(commitment(ChannelSide.B, next)));
    }

    /** {@code from} pays {@code amount} to the other side: a new state, signed, checked, and the old one revoked. */
    public Verdict pay(ChannelSide from, Amount amount) {
        if (status != Status.OPEN) {
            return closedVerdict();
        }
        Verdict verdict = receive(propose(state.pay(from, amount)));
        if (verdict.isValid()) {
            long old = state.number() - 1;
            for (ChannelSide side : ChannelSide.values()) {
                Verdict revoked = revoke(side, old, party(side).perCommitmentSecret(old));
                if (!revoked.isValid()) {
                    throw new IllegalStateException("an honest revocation failed: " + revoked);
                }
            }
        }
        return verdict;
    }

    /** Checks {@code update} against the current state and, if valid, makes it the current state. */
    public Verdict receive(ChannelUpdate update) {
        if (status != Status.OPEN) {
            return closedVerdict();
        }
        Verdict verdict = ChannelValidator.checkUpdate(state, update, capacity, funding, a, b, fundingKey, config);
        if (verdict.isValid()) {
            signed.add(update);
            state = update.state();
        }
        return verdict;
    }

    /**
     * {@code revoker} reveals the secret of its commitment {@code number} to the other party (BOLT 2
     * {@code revoke_and_ack}); the other party checks it, keeps it, and hands its watchtowers a penalty for it.
     */
    public Verdict revoke(ChannelSide revoker, long number, Hash secret) {
        if (number >= state.number()) {
            throw new IllegalArgumentException("only a commitment older than the current one (" + state.number()
                    + ") can be revoked, not " + number);
        }
        Verdict verdict = ChannelValidator.checkRevocationSecret(party(revoker).perCommitmentPoint(number), secret,
                party(revoker) + "'s commitment " + number);
        if (verdict.isValid()) {
            revealedBy.get(revoker).put(number, secret);
            for (Watchtower tower : towers.get(revoker.other())) {
                Transaction revoked = signedCommitment(revoker, number);
                tower.watch(revoked.txid(), penaltyTransaction(revoker.other(), revoked, secret));
            }
        }
        return verdict;
    }

    /** {@code client}'s watchtower from now on: it receives a penalty for every commitment the other side revokes. */
    public void hireWatchtower(ChannelSide client, Watchtower tower) {
        towers.get(client).add(tower);
    }

    /**
     * Both agree to close at the current state: one transaction spends the funding output and pays each its balance,
     * the funder A paying {@code fee}; no delay, no revocation keys.
     */
    public Verdict cooperativeClose(Amount fee) {
        if (status != Status.OPEN) {
            return closedVerdict();
        }
        UnsignedTransaction close = new UnsignedTransaction(List.of(funding), closingOutputs(fee));
        Verdict verdict = chain.submit(withSignature(close, combine(cosign(close.sighash().bytes()))));
        if (verdict.isValid()) {
            status = Status.CLOSED_COOPERATIVELY;
        }
        return verdict;
    }

    private List<TxOutput> closingOutputs(Amount fee) {
        if (fee.isGreaterThan(state.toA())) {
            throw new IllegalArgumentException("A pays the closing fee, " + fee + ", but has only " + state.toA());
        }
        List<TxOutput> outputs = new ArrayList<>();
        if (!state.toA().minus(fee).isZero()) {
            outputs.add(new TxOutput(state.toA().minus(fee), a.wallet().publicKey()));
        }
        if (!state.toB().isZero()) {
            outputs.add(new TxOutput(state.toB(), b.wallet().publicKey()));
        }
        return outputs;
    }

    /** {@code holder} publishes its latest commitment alone: a unilateral close. */
    public Verdict forceClose(ChannelSide holder) {
        return publishCommitment(holder, state.number());
    }

    /**
     * {@code holder} publishes its commitment {@code number}, which may be an old, revoked one: cheating, which the
     * chain cannot tell from an honest close, and which the other party punishes with {@link #penalize}.
     */
    public Verdict publishCommitment(ChannelSide holder, long number) {
        if (number < 0 || number > state.number()) {
            throw new IllegalArgumentException("commitment " + number + " does not exist; the channel is at "
                    + state.number());
        }
        ChannelCommitment commitment = commitment(holder, signed.get((int) number).state());
        Transaction tx = signedCommitment(holder, number);
        Verdict verdict = chain.submitCommitment(tx, commitment.toLocal());
        if (verdict.isValid()) {
            status = Status.FORCE_CLOSED;
            published = commitment;
            publishedTx = tx;
        }
        return verdict;
    }

    /** The holder of the published commitment takes its {@code to_local} output with its delayed key. */
    public Verdict sweepToLocal() {
        ChannelCommitment commitment = publishedCommitment();
        ChannelParty holder = party(commitment.holder());
        PrivateKey delayed = Bolt3Keys.derivePrivkey(holder.delayedPaymentBasepointSecret(),
                holder.perCommitmentPoint(commitment.state().number()));
        return chain.submit(spendToLocal(publishedTx, delayed, holder.wallet().publicKey()));
    }

    /**
     * {@code victim} punishes the published commitment with the secret its holder revealed when revoking it: the
     * revocation key takes the holder's {@code to_local} output at once, so the victim ends with everything.
     */
    public Verdict penalize(ChannelSide victim, Hash secret) {
        ChannelCommitment commitment = publishedCommitment();
        if (commitment.holder() != victim.other()) {
            throw new IllegalArgumentException(party(victim) + " cannot penalize its own commitment");
        }
        Verdict check = ChannelValidator.checkRevocationSecret(party(victim.other()).perCommitmentPoint(
                commitment.state().number()), secret, "penalty on " + party(victim.other()) + "'s commitment "
                + commitment.state().number());
        return check.isValid() ? chain.submit(penaltyTransaction(victim, publishedTx, secret)) : check;
    }

    /** The secret {@code side} revealed for its commitment {@code number}, as the other party holds it. */
    public Optional<Hash> revealedSecret(ChannelSide side, long number) {
        return Optional.ofNullable(revealedBy.get(side).get(number));
    }

    private Transaction penaltyTransaction(ChannelSide victim, Transaction revoked, Hash secret) {
        PrivateKey revocation = Bolt3Keys.revocationPrivkey(party(victim).revocationBasepointSecret(),
                PrivateKey.fromBytes(secret.bytes()));
        return spendToLocal(revoked, revocation, party(victim).wallet().publicKey());
    }

    /** A transaction paying all of {@code commitmentTx}'s to_local output to {@code to}, signed with {@code key}. */
    private Transaction spendToLocal(Transaction commitmentTx, PrivateKey key, XOnlyPublicKey to) {
        OutPoint toLocal = commitmentTx.outPoint(ChannelCommitment.TO_LOCAL);
        Amount amount = commitmentTx.outputs().get(ChannelCommitment.TO_LOCAL).amount();
        return new UnsignedTransaction(List.of(toLocal), List.of(new TxOutput(amount, to))).sign(List.of(key), aux);
    }

    private ChannelCommitment publishedCommitment() {
        if (published == null) {
            throw new IllegalStateException("no commitment of this channel has been published");
        }
        return published;
    }

    /** {@code holder}'s commitment {@code number} with the combined 2-of-2 signature: ready to broadcast. */
    public Transaction signedCommitment(ChannelSide holder, long number) {
        ChannelUpdate update = signed.get((int) number);
        return withSignature(commitment(holder, update.state()).transaction(), combine(update.on(holder)));
    }

    /** {@code holder}'s commitment transaction for {@code s}, unsigned. */
    public ChannelCommitment commitment(ChannelSide holder, ChannelState s) {
        return ChannelCommitment.build(holder, s, funding, party(holder), party(holder.other()), config);
    }

    private CoSignature cosign(ChannelCommitment commitment) {
        return cosign(commitment.sighash());
    }

    private CoSignature cosign(byte[] message) {
        return fundingKey.sign(a.fundingKey(), b.fundingKey(), message);
    }

    private SchnorrSignature combine(CoSignature cosig) {
        return fundingKey.combine(cosig.first(), cosig.second());
    }

    /** The transaction with {@code signature} on its one input. */
    private static Transaction withSignature(UnsignedTransaction tx, SchnorrSignature signature) {
        return Transaction.of(List.of(new TxInput(tx.spends().get(0), signature)), tx.outputs());
    }

    private Verdict closedVerdict() {
        return Verdict.rejected(ChannelRule.CHANNEL_CLOSED, "the channel was closed (" + status + ") at state "
                + state.number());
    }

    public ChannelParty party(ChannelSide side) {
        return side == ChannelSide.A ? a : b;
    }

    public ChannelState state() {
        return state;
    }

    public Status status() {
        return status;
    }

    public Amount capacity() {
        return Amount.sats(capacity);
    }

    public OutPoint fundingOutPoint() {
        return funding;
    }

    public JointKey fundingKey() {
        return fundingKey;
    }

    public ChannelConfig config() {
        return config;
    }

    public ChannelChain chain() {
        return chain;
    }

    /** The number of states both have signed, the opening one included. */
    public int signedStates() {
        return signed.size();
    }

    @Override
    public String toString() {
        return "PaymentChannel(" + a + " and " + b + ", " + capacity + " sat, " + state + ", " + status + ")";
    }
}
