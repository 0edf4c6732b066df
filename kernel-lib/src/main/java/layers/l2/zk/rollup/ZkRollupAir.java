package layers.l2.zk.rollup;

import layers.l2.zk.air.BoundaryConstraint;
import layers.l2.zk.air.TraceTable;
import layers.l2.zk.air.PublicColumn;
import layers.l2.zk.air.StarkAir;
import layers.l2.zk.field.Goldilocks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The AIR of a batch of transfers: "these transfers, applied in order under the rollup's rules, take the state from
 * {@code previous} to {@code next}". Row i holds the state before transfer i and the transfer itself; row i + 1 holds
 * the state after it; rows past the batch are idle (no transfer, state unchanged), and the last row holds the final
 * state. With K accounts the columns are:
 * <pre>
 *   0 .. K−1      balance of each account          K .. 2K−1    nonce of each account
 *   2K .. 3K−1    s_a: 1 if account a sends        3K .. 4K−1   r_a: 1 if account a receives
 *   4K active (1 on a transfer row)   4K+1 from   4K+2 to   4K+3 amount   4K+4 nonce of the transfer
 *   4K+5 withdrawn-from   4K+6 withdrawn amount (the transfer's, when it goes to the bridge account 0; else 0)
 *   4K+7 .. 4K+38  the 32 bits of the sender's balance after the transfer
 *   4K+39 .. 4K+70 the 32 bits of the amount
 * </pre>
 * The transition constraints, all of degree at most 2 ({@link #transitionConstraintName} names each):
 * <ul>
 *   <li>balances move by the amount: {@code bal'_a − bal_a + amount·s_a − amount·r_a = 0};</li>
 *   <li>the sender's nonce increments: {@code nonce'_a − nonce_a − s_a = 0};</li>
 *   <li>the selectors are bits, one sender and one receiver on an active row, not the same account, and they name
 *       the posted from/to: {@code s_a(s_a − 1) = 0}, {@code Σ s_a = active}, {@code Σ a·s_a = from},
 *       {@code s_a·r_a = 0}, and the same for r;</li>
 *   <li>correct nonce: {@code Σ s_a·nonce_a = nonce of the transfer};</li>
 *   <li>no overspend: the 32 bit columns are bits and {@code Σ 2^j·b_j = Σ s_a·bal'_a}, so the sender's new balance
 *       is in [0, 2^32): an overspend would wrap to about p ≈ 2^64 and have no 32-bit decomposition;</li>
 *   <li>no negative amount: the amount is written in 32 bits too. Posted data bounds it already, but in a validium
 *       the amount is private, and an "amount" of p − 5 would move 5 from the receiver to the sender;</li>
 *   <li>conservation of value: {@code Σ bal'_a − Σ bal_a = 0} (implied by the balance rows; kept, to be seen);</li>
 *   <li>withdrawals: {@code withdrawnAmount = amount·r_0}, {@code withdrawnFrom = from·r_0}.</li>
 * </ul>
 * Boundary constraints fix the first row to {@code previous} and the last row to {@code next}. Public columns:
 * active, withdrawn-from and withdrawn amount always (the contract pays withdrawals), and from, to, amount and nonce
 * when the data is on L1 (a rollup); in a validium these four stay private and only the data's hash is in the
 * statement.
 */
public final class ZkRollupAir extends StarkAir {

    private static final int BITS = 32;

    private final ZkRollupState previous;
    private final ZkRollupState next;
    private final int length;
    private final int batchSize;
    private final byte[] dataHash;
    private final List<ZkWithdrawal> withdrawals;
    /** The batch's transfers when they are public (rollup), else null (validium). */
    private final ZkBatch publicBatch;
    private final int k;

    private ZkRollupAir(ZkRollupState previous, ZkRollupState next, int length, int batchSize, byte[] dataHash,
            List<ZkWithdrawal> withdrawals, ZkBatch publicBatch) {
        if (previous.accountCount() != next.accountCount()) {
            throw new IllegalArgumentException("the states have " + previous.accountCount() + " and "
                    + next.accountCount() + " accounts");
        }
        if (length < 8 || Integer.bitCount(length) != 1) {
            throw new IllegalArgumentException("the trace length must be a power of two of at least 8, not " + length);
        }
        if (batchSize > length - 1) {
            throw new IllegalArgumentException("a trace of " + length + " rows holds at most " + (length - 1)
                    + " transfers, not " + batchSize);
        }
        for (ZkWithdrawal w : withdrawals) {
            if (w.position() >= batchSize) {
                throw new IllegalArgumentException("withdrawal at position " + w.position() + " is past the batch of "
                        + batchSize);
            }
        }
        this.previous = previous;
        this.next = next;
        this.length = length;
        this.batchSize = batchSize;
        this.dataHash = dataHash.clone();
        this.withdrawals = List.copyOf(withdrawals);
        this.publicBatch = publicBatch;
        this.k = previous.accountCount();
    }

    /** The statement of a rollup batch whose transfers are public (data on L1). */
    public static ZkRollupAir forRollup(ZkRollupState previous, ZkRollupState next, ZkBatch batch, int length) {
        return new ZkRollupAir(previous, next, length, batch.size(), batch.dataHash().bytes(), batch.withdrawals(),
                batch);
    }

    /** The statement of a validium batch: only the data's hash, its size and its withdrawals are public. */
    public static ZkRollupAir forValidium(ZkRollupState previous, ZkRollupState next, int batchSize,
            byte[] dataHash, List<ZkWithdrawal> withdrawals, int length) {
        return new ZkRollupAir(previous, next, length, batchSize, dataHash, withdrawals, null);
    }

    /** The smallest trace length (a power of two, at least 8) that holds {@code batchSize} transfers. */
    public static int traceLengthFor(int batchSize) {
        int n = 8;
        while (n - 1 < batchSize) {
            n <<= 1;
        }
        return n;
    }

    // Column indices.
    int balance(int a) {
        return a;
    }

    int nonce(int a) {
        return k + a;
    }

    int sends(int a) {
        return 2 * k + a;
    }

    int receives(int a) {
        return 3 * k + a;
    }

    int active() {
        return 4 * k;
    }

    int from() {
        return 4 * k + 1;
    }

    int to() {
        return 4 * k + 2;
    }

    int amount() {
        return 4 * k + 3;
    }

    int txNonce() {
        return 4 * k + 4;
    }

    int withdrawnFrom() {
        return 4 * k + 5;
    }

    int withdrawnAmount() {
        return 4 * k + 6;
    }

    int bit(int j) {
        return 4 * k + 7 + j;
    }

    int amountBit(int j) {
        return 4 * k + 7 + BITS + j;
    }

    /**
     * The trace of {@code batch} applied to {@code previous}, padded with idle rows to {@code length}.
     *
     * @throws IllegalArgumentException if a transfer breaks a rule (the message names it) or the batch does not fit
     */
    public static TraceTable trace(ZkRollupState previous, ZkBatch batch, int length) {
        previous.apply(batch); // throws, naming the transfer and the rule, if one is invalid
        return build(previous, batch, length);
    }

    /**
     * The trace a cheating operator would build: the transfers applied by field arithmetic with no rule checked (an
     * overspent balance wraps around p, a wrong nonce is carried as is). Its rows break the AIR where a rule is
     * broken, so no valid proof of it can be made.
     *
     * @throws IllegalArgumentException if a transfer names an account the state does not have, or the batch does not
     *                                  fit
     */
    public static TraceTable traceWithoutRules(ZkRollupState previous, ZkBatch batch, int length) {
        for (ZkTransfer t : batch.transfers()) {
            if (t.from() >= previous.accountCount() || t.to() >= previous.accountCount()) {
                throw new IllegalArgumentException("transfer " + t + " names an account outside 0.."
                        + (previous.accountCount() - 1));
            }
        }
        return build(previous, batch, length);
    }

    private static TraceTable build(ZkRollupState previous, ZkBatch batch, int length) {
        if (batch.size() > length - 1) {
            throw new IllegalArgumentException("a trace of " + length + " rows holds at most " + (length - 1)
                    + " transfers, not " + batch.size());
        }
        int k = previous.accountCount();
        ZkRollupAir air = new ZkRollupAir(previous, previous, length, batch.size(), new byte[32], List.of(), batch);
        long[][] cols = new long[air.traceWidth()][length];
        long[] balances = previous.balances();
        long[] nonces = previous.nonces();
        for (int row = 0; row < length; row++) {
            for (int a = 0; a < k; a++) {
                cols[air.balance(a)][row] = balances[a];
                cols[air.nonce(a)][row] = nonces[a];
            }
            if (row < batch.size()) {
                ZkTransfer t = batch.transfers().get(row);
                cols[air.sends(t.from())][row] = 1;
                cols[air.receives(t.to())][row] = 1;
                cols[air.active()][row] = 1;
                cols[air.from()][row] = t.from();
                cols[air.to()][row] = t.to();
                cols[air.amount()][row] = t.amount();
                cols[air.txNonce()][row] = t.nonce();
                if (t.isWithdrawal()) {
                    cols[air.withdrawnFrom()][row] = t.from();
                    cols[air.withdrawnAmount()][row] = t.amount();
                }
                balances[t.from()] = Goldilocks.sub(balances[t.from()], t.amount());
                balances[t.to()] = Goldilocks.add(balances[t.to()], t.amount());
                nonces[t.from()] = Goldilocks.add(nonces[t.from()], 1);
                long senderAfter = balances[t.from()];
                for (int j = 0; j < BITS; j++) {
                    cols[air.bit(j)][row] = (senderAfter >>> j) & 1;
                    cols[air.amountBit(j)][row] = (t.amount() >>> j) & 1;
                }
            }
        }
        return TraceTable.ofColumns(cols);
    }

    public ZkRollupState previous() {
        return previous;
    }

    public ZkRollupState next() {
        return next;
    }

    public int batchSize() {
        return batchSize;
    }

    public boolean transfersArePublic() {
        return publicBatch != null;
    }

    @Override
    public String name() {
        return "zk-rollup transfers, " + k + " accounts";
    }

    @Override
    public int traceWidth() {
        return 4 * k + 7 + 2 * BITS;
    }

    @Override
    public int traceLength() {
        return length;
    }

    @Override
    public int transitionConstraintCount() {
        return 5 * k + 6 + BITS + 3 + 1 + BITS;
    }

    @Override
    public String transitionConstraintName(int j) {
        if (j < k) {
            return "balance of account " + j + " moves by the amount";
        }
        if (j < 2 * k) {
            return "nonce of account " + (j - k) + " increments when it sends";
        }
        if (j < 3 * k) {
            return "sender selector of account " + (j - 2 * k) + " is a bit";
        }
        if (j < 4 * k) {
            return "receiver selector of account " + (j - 3 * k) + " is a bit";
        }
        if (j < 5 * k) {
            return "account " + (j - 4 * k) + " does not send to itself";
        }
        int i = j - 5 * k;
        return switch (i) {
            case 0 -> "one sender on a transfer row, none on an idle row";
            case 1 -> "one receiver on a transfer row, none on an idle row";
            case 2 -> "the sender selector names the posted sender";
            case 3 -> "the receiver selector names the posted receiver";
            case 4 -> "the transfer carries the sender's current nonce";
            case 5 -> "no overspend: the sender's new balance is the number its 32 bits write";
            default -> i < 6 + BITS ? "bit " + (i - 6) + " of the sender's new balance is 0 or 1"
                    : i == 6 + BITS ? "conservation of value: the balances' sum does not change"
                    : i == 7 + BITS ? "the withdrawn amount is the amount of a transfer to the bridge"
                    : i == 8 + BITS ? "the withdrawn-from column is the sender of a transfer to the bridge"
                    : i == 9 + BITS ? "the amount is the number its 32 bits write (no negative amount)"
                    : "bit " + (i - 10 - BITS) + " of the amount is 0 or 1";
        };
    }

    @Override
    public int transitionDegree() {
        return 2;
    }

    @Override
    public void evaluateTransition(long[] cur, long[] nxt, long[] out) {
        long amount = cur[amount()];
        long sumS = 0;
        long sumR = 0;
        long namedFrom = 0;
        long namedTo = 0;
        long senderNonce = 0;
        long senderAfter = 0;
        long before = 0;
        long after = 0;
        for (int a = 0; a < k; a++) {
            long s = cur[sends(a)];
            long r = cur[receives(a)];
            // bal' − bal + amount·s − amount·r
            out[a] = Goldilocks.add(Goldilocks.sub(nxt[balance(a)], cur[balance(a)]),
                    Goldilocks.mul(amount, Goldilocks.sub(s, r)));
            out[k + a] = Goldilocks.sub(Goldilocks.sub(nxt[nonce(a)], cur[nonce(a)]), s);
            out[2 * k + a] = Goldilocks.mul(s, Goldilocks.sub(s, 1));
            out[3 * k + a] = Goldilocks.mul(r, Goldilocks.sub(r, 1));
            out[4 * k + a] = Goldilocks.mul(s, r);
            sumS = Goldilocks.add(sumS, s);
            sumR = Goldilocks.add(sumR, r);
            namedFrom = Goldilocks.add(namedFrom, Goldilocks.mul(a, s));
            namedTo = Goldilocks.add(namedTo, Goldilocks.mul(a, r));
            senderNonce = Goldilocks.add(senderNonce, Goldilocks.mul(s, cur[nonce(a)]));
            senderAfter = Goldilocks.add(senderAfter, Goldilocks.mul(s, nxt[balance(a)]));
            before = Goldilocks.add(before, cur[balance(a)]);
            after = Goldilocks.add(after, nxt[balance(a)]);
        }
        int o = 5 * k;
        out[o] = Goldilocks.sub(sumS, cur[active()]);
        out[o + 1] = Goldilocks.sub(sumR, cur[active()]);
        out[o + 2] = Goldilocks.sub(namedFrom, cur[from()]);
        out[o + 3] = Goldilocks.sub(namedTo, cur[to()]);
        out[o + 4] = Goldilocks.sub(senderNonce, cur[txNonce()]);
        long recomposed = 0;
        for (int j = BITS - 1; j >= 0; j--) {
            long b = cur[bit(j)];
            recomposed = Goldilocks.add(Goldilocks.add(recomposed, recomposed), b);
            out[o + 6 + j] = Goldilocks.mul(b, Goldilocks.sub(b, 1));
        }
        out[o + 5] = Goldilocks.sub(recomposed, senderAfter);
        out[o + 6 + BITS] = Goldilocks.sub(after, before);
        long toBridge = cur[receives(ZkTransfer.BRIDGE)];
        out[o + 7 + BITS] = Goldilocks.sub(cur[withdrawnAmount()], Goldilocks.mul(amount, toBridge));
        out[o + 8 + BITS] = Goldilocks.sub(cur[withdrawnFrom()], Goldilocks.mul(cur[from()], toBridge));
        long amountRecomposed = 0;
        for (int j = BITS - 1; j >= 0; j--) {
            long b = cur[amountBit(j)];
            amountRecomposed = Goldilocks.add(Goldilocks.add(amountRecomposed, amountRecomposed), b);
            out[o + 10 + BITS + j] = Goldilocks.mul(b, Goldilocks.sub(b, 1));
        }
        out[o + 9 + BITS] = Goldilocks.sub(amountRecomposed, amount);
    }

    @Override
    public List<BoundaryConstraint> boundaryConstraints() {
        List<BoundaryConstraint> b = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            b.add(new BoundaryConstraint(balance(a), 0, previous.balance(a)));
            b.add(new BoundaryConstraint(nonce(a), 0, previous.nonce(a)));
        }
        for (int a = 0; a < k; a++) {
            b.add(new BoundaryConstraint(balance(a), length - 1, next.balance(a)));
            b.add(new BoundaryConstraint(nonce(a), length - 1, next.nonce(a)));
        }
        return b;
    }

    @Override
    public List<PublicColumn> publicColumns() {
        long[] active = new long[length];
        long[] wFrom = new long[length];
        long[] wAmount = new long[length];
        for (int i = 0; i < batchSize; i++) {
            active[i] = 1;
        }
        for (ZkWithdrawal w : withdrawals) {
            wFrom[w.position()] = w.account();
            wAmount[w.position()] = w.amount();
        }
        List<PublicColumn> p = new ArrayList<>(List.of(new PublicColumn(active(), active),
                new PublicColumn(withdrawnFrom(), wFrom), new PublicColumn(withdrawnAmount(), wAmount)));
        if (publicBatch != null) {
            long[] from = new long[length];
            long[] to = new long[length];
            long[] amount = new long[length];
            long[] nonce = new long[length];
            for (int i = 0; i < batchSize; i++) {
                ZkTransfer t = publicBatch.transfers().get(i);
                from[i] = t.from();
                to[i] = t.to();
                amount[i] = t.amount();
                nonce[i] = t.nonce();
            }
            p.add(new PublicColumn(from(), from));
            p.add(new PublicColumn(to(), to));
            p.add(new PublicColumn(amount(), amount));
            p.add(new PublicColumn(txNonce(), nonce));
        }
        return p;
    }

    @Override
    public byte[] publicInputBytes() {
        byte[] label = (publicBatch != null ? "rollup" : "validium").getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(label.length + 32 + 32 + 32 + 8).put(label).put(previous.root().bytes())
                .put(next.root().bytes()).put(dataHash).putInt(batchSize).putInt(k).array();
    }
}
