package layers.l2.rollup;

import layers.core.Verdict;
import layers.l1.execution.ExecutionBlock;
import layers.l1.execution.ExecutionRule;
import layers.l1.execution.Tx;
import layers.l1.fees.Gas;
import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimTime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The sequencer: receives L2 transactions, orders them (first come, first served), executes them at once and gives
 * soft confirmations, one L2 block every {@link RollupConfig#l2BlockTime()}; reads the delayed inbox in order
 * (deposits, transactions submitted on L1); and every so often posts the blocks it has made as one batch to the L1
 * inbox. The failure modes of a single operator are switches: {@link #censor} makes it ignore a sender (in its
 * mempool and in the delayed inbox, where it can only stall everything from that message on), {@link #goDown} stops
 * it entirely. It also follows the inbox: when someone forces delayed messages in, it rebuilds its unposted blocks
 * on top of the forced block.
 *
 * <pre>{@code
 * var seq = new RollupSequencer(inbox);
 * seq.submit(tx, now);
 * List<SoftConfirmation> c = seq.produceBlock(now.plus(config.l2BlockTime()));   // L2 block 1, before L1 knows
 * seq.postBatch(now.plus(SimTime.ofMinutes(1)));                                    // now L1 does
 * }</pre>
 */
public final class RollupSequencer {

    /** The gas limit of the L2 blocks this sequencer makes (the execution layer's 30M). */
    public static final Gas BLOCK_GAS_LIMIT = ExecutionBlock.DEFAULT_GAS_LIMIT;

    private final RollupInbox inbox;
    private final RollupConfig config;
    private final RollupDerivation derivation;
    private RollupChain safe = RollupChain.genesis();
    private RollupChain head = RollupChain.genesis();
    private final List<RollupBlock> unposted = new ArrayList<>();
    private int knownEntries;
    private final Map<Tx, SimTime> mempool = new LinkedHashMap<>();
    private final Set<EthereumAddress> censored = new HashSet<>();
    private final List<RollupBlockResult.Skipped> dropped = new ArrayList<>();
    private boolean up = true;
    private int reorgedBlocks;
    private RollupBlockResult lastBlock;

    public RollupSequencer(RollupInbox inbox) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.config = inbox.config();
        this.derivation = new RollupDerivation(inbox.codec());
    }

    // --- users ---

    /**
     * A user sends {@code tx}. False if the sequencer is down: no soft confirmation will come (the user can still
     * submit it on L1 with {@link RollupInbox#submitForcedTransaction}).
     */
    public boolean submit(Tx tx, SimTime now) {
        Objects.requireNonNull(tx, "tx");
        if (!up) {
            return false;
        }
        mempool.putIfAbsent(tx, now);
        return true;
    }

    // --- the operator's switches ---

    /** From now on, ignore transactions from {@code senders} (and stall the delayed inbox at their messages). */
    public void censor(EthereumAddress... senders) {
        censored.addAll(List.of(senders));
    }

    public void stopCensoring() {
        censored.clear();
    }

    public Set<EthereumAddress> censored() {
        return Set.copyOf(censored);
    }

    /** The sequencer stops: no blocks, no batches, no soft confirmations; its mempool is lost. */
    public void goDown() {
        up = false;
        mempool.clear();
    }

    /** The sequencer restarts from what L1 holds: blocks it made but never posted are gone. */
    public void comeBack() {
        up = true;
        unposted.clear();
        follow();
        head = safe.copy();
    }

    public boolean isUp() {
        return up;
    }

    // --- blocks and batches ---

    /**
     * Makes the next L2 block at {@code now}: the delayed messages that have arrived (up to the first from a
     * censored sender), then pending transactions in arrival order that fit the gas limit, censored senders left
     * out. Soft confirmations for the sequencer's transactions; empty when down.
     *
     * @throws IllegalArgumentException if {@code now} is before the last block's timestamp
     */
    public List<SoftConfirmation> produceBlock(SimTime now) {
        if (!up) {
            return List.of();
        }
        follow();
        long read = head.delayedMessagesRead();
        List<DelayedMessage> reading = new ArrayList<>();
        Gas room = BLOCK_GAS_LIMIT;
        while (read < inbox.delayedMessageCount()) {
            DelayedMessage m = inbox.delayedMessage(read);
            if (now.isBefore(m.submittedAt()) || isCensored(m)) {
                break;
            }
            if (m instanceof DelayedMessage.ForcedTx f && !f.tx().gasLimit().isGreaterThan(BLOCK_GAS_LIMIT)) {
                if (f.tx().gasLimit().isGreaterThan(room)) {
                    break; // the next block has room for it
                }
                room = room.minus(f.tx().gasLimit());
            } // a forced transaction no block can hold is read all the same: the chain leaves it out, with why
            reading.add(m);
            read++;
        }
        List<Tx> picked = new ArrayList<>();
        Map<Tx, SimTime> pickedAt = new LinkedHashMap<>();
        List<Tx> tooBig = new ArrayList<>();
        for (Map.Entry<Tx, SimTime> e : mempool.entrySet()) {
            Tx tx = e.getKey();
            if (censored.contains(tx.from()) || e.getValue().compareTo(now) > 0) {
                continue;
            }
            if (tx.gasLimit().isGreaterThan(BLOCK_GAS_LIMIT)) {
                tooBig.add(tx);
                continue;
            }
            if (tx.gasLimit().isGreaterThan(room)) {
                break; // first come, first served: the rest wait for the next block
            }
            room = room.minus(tx.gasLimit());
            picked.add(tx);
            pickedAt.put(tx, e.getValue());
        }
        picked.forEach(mempool::remove);
        for (Tx tx : tooBig) {
            mempool.remove(tx);
            dropped.add(new RollupBlockResult.Skipped(tx, Verdict.rejected(ExecutionRule.BLOCK_GAS_LIMIT_REACHED,
                    "gas limit " + tx.gasLimit() + " is above the L2 block gas limit " + BLOCK_GAS_LIMIT), false));
        }
        RollupBlockResult r = head.apply(head.height() + 1, now, reading, picked);
        lastBlock = r;
        unposted.add(r.block());
        dropped.addAll(r.skipped());
        List<SoftConfirmation> out = new ArrayList<>();
        for (RollupBlockResult.Included inc : r.included()) {
            if (!inc.forced()) {
                out.add(new SoftConfirmation(inc.tx(), r.block().number(), now, inc.receipt(), pickedAt.get(inc.tx())));
            }
        }
        return out;
    }

    /**
     * Whether a block made at {@code now} would hold anything: a pending transaction from a sender not censored, or
     * a delayed message it would read. (Real sequencers make empty blocks too; simulations can skip them.)
     */
    public boolean hasWork(SimTime now) {
        if (!up) {
            return false;
        }
        follow();
        long read = head.delayedMessagesRead();
        if (read < inbox.delayedMessageCount()) {
            DelayedMessage m = inbox.delayedMessage(read);
            if (!now.isBefore(m.submittedAt()) && !isCensored(m)) {
                return true;
            }
        }
        for (Map.Entry<Tx, SimTime> e : mempool.entrySet()) {
            if (!censored.contains(e.getKey().from()) && e.getValue().compareTo(now) <= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean isCensored(DelayedMessage m) {
        if (m instanceof DelayedMessage.ForcedTx f) {
            return censored.contains(f.tx().from());
        }
        DelayedMessage.Deposit d = (DelayedMessage.Deposit) m;
        return censored.contains(d.from()) || censored.contains(d.to());
    }

    /**
     * Posts every block made since the last batch as one batch. Nothing to post (or down): valid, and nothing
     * happens.
     */
    public Verdict postBatch(SimTime now) {
        if (!up) {
            return Verdict.valid();
        }
        follow();
        if (unposted.isEmpty()) {
            return Verdict.valid();
        }
        byte[] data = RollupBatch.encode(unposted, inbox.codec());
        Verdict v = inbox.postBatch(config.batchPoster(), data, unposted.get(unposted.size() - 1).delayedMessagesRead(),
                now);
        if (v.isValid()) {
            unposted.clear();
            safe = head.copy();
            knownEntries = inbox.entryCount();
        }
        return v;
    }

    /** Posts the head's output root as a state commitment (the sequencer as proposer). */
    public StateCommitment postStateCommitment(SimTime now) {
        return inbox.postStateCommitment(config.batchPoster(), head.height(), head.outputRoot(), now);
    }

    /**
     * Catches up with inbox entries the sequencer did not post (forced inclusions): applies them to the L1-derived
     * chain and re-executes its unposted blocks on top, renumbered; their soft confirmations change block numbers.
     */
    private void follow() {
        if (knownEntries == inbox.entryCount()) {
            return;
        }
        List<SequencerInboxEntry> entries = inbox.entries();
        List<RollupBlockResult> ignored = new ArrayList<>();
        for (int i = knownEntries; i < entries.size(); i++) {
            derivation.applyOrSkip(safe, entries.get(i), inbox.delayedMessages(), ignored);
        }
        knownEntries = entries.size();
        List<RollupBlock> old = List.copyOf(unposted);
        unposted.clear();
        head = safe.copy();
        List<DelayedMessage> delayed = inbox.delayedMessages();
        for (RollupBlock b : old) {
            long read = Math.max(b.delayedMessagesRead(), head.delayedMessagesRead());
            RollupBlockResult r = head.apply(head.height() + 1, b.timestamp().isBefore(head.timestamp())
                    ? head.timestamp() : b.timestamp(), new ArrayList<>(delayed.subList(
                    (int) head.delayedMessagesRead(), (int) read)), b.transactions());
            unposted.add(r.block());
            dropped.addAll(r.skipped());
            reorgedBlocks++;
        }
    }

    // --- reading ---

    /** The chain with every block the sequencer has made: what soft confirmations describe. */
    public RollupChain head() {
        return head;
    }

    /** The chain as L1 defines it so far: what the exit hatch would rebuild. */
    public RollupChain safe() {
        follow();
        return safe;
    }

    public int unpostedBlocks() {
        return unposted.size();
    }

    public int pendingTransactions() {
        return mempool.size();
    }

    /** Transactions the chain left out (wrong nonce, too little ether...), with why. */
    public List<RollupBlockResult.Skipped> dropped() {
        return List.copyOf(dropped);
    }

    /** The result of the last block this sequencer made (forced transactions it read included), if any. */
    public Optional<RollupBlockResult> lastBlock() {
        return Optional.ofNullable(lastBlock);
    }

    /** How many unposted blocks were rebuilt because a forced inclusion came first. */
    public int reorgedBlocks() {
        return reorgedBlocks;
    }
}
