package layers.l2.bridge;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.keys.PrivateKey;
import layers.l2.quorum.Quorum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sidechain: its own chain of blocks, valid when a threshold of its own validators signed them. Nothing about L1
 * enters the check: a block minting tokens for a deposit that never happened is valid if the validators signed it,
 * which is what "its security does not come from L1" means. Keeps balances, the minted deposits and the burns
 * (the withdrawals the bridge should release). Mutable.
 */
public final class Sidechain {

    /** The tag validators sign block headers under. */
    public static final String TAG = "layers/sidechain/block";

    private final Quorum validators;
    private final List<SidechainBlock> blocks = new ArrayList<>();
    private final Map<String, Long> balances = new HashMap<>();
    private final Set<Long> mintedDeposits = new HashSet<>();
    private final List<SidechainTx.Burn> burns = new ArrayList<>();
    private Hash tip = Hash.ZERO;

    public Sidechain(Quorum validators) {
        this.validators = validators;
    }

    public Quorum validators() {
        return validators;
    }

    /** The next block with these transactions, signed by {@code signers}. */
    public SidechainBlock propose(List<SidechainTx> transactions, List<PrivateKey> signers) {
        SidechainBlock unsigned = new SidechainBlock(height() + 1, tip, transactions, List.of());
        return unsigned.withSignatures(Quorum.signAll(signers, TAG, unsigned.header()));
    }

    /**
     * Checks {@code block} against the tip and, if valid, applies it: height, parent, the validators' signatures
     * over the header, then each transaction against the balances.
     */
    public Verdict append(SidechainBlock block) {
        Verdict v = verify(block);
        if (v.isValid()) {
            blocks.add(block);
            tip = block.hash();
            for (SidechainTx t : block.transactions()) {
                apply(t);
            }
        }
        return v;
    }

    /** The checks of {@link #append} without applying anything. */
    public Verdict verify(SidechainBlock block) {
        if (block.height() != height() + 1) {
            return Verdict.rejected(SidechainRule.WRONG_HEIGHT, "block at height " + block.height() + ", the tip is at "
                    + height());
        }
        if (!block.parent().equals(tip)) {
            return Verdict.rejected(SidechainRule.WRONG_PARENT, "the block builds on "
                    + block.parent().toHex().substring(0, 16) + "…, the tip is "
                    + tip.toHex().substring(0, 16) + "…");
        }
        Verdict sigs = validators.verify(TAG, block.header(), block.signatures());
        if (!sigs.isValid()) {
            return Verdict.rejected(SidechainRule.NOT_SIGNED_BY_VALIDATORS, "block " + block.height() + ": " + sigs);
        }
        Map<String, Long> b = new HashMap<>(balances);
        Set<Long> minted = new HashSet<>(mintedDeposits);
        List<SidechainTx> txs = block.transactions();
        for (int i = 0; i < txs.size(); i++) {
            SidechainTx t = txs.get(i);
            if (t.amount() <= 0) {
                return Verdict.rejected(SidechainRule.NON_POSITIVE_AMOUNT, "transaction " + i + " moves " + t.amount());
            }
            if (t instanceof SidechainTx.Mint m) {
                if (!minted.add(m.depositId())) {
                    return Verdict.rejected(SidechainRule.DEPOSIT_ALREADY_MINTED, "transaction " + i
                            + " mints deposit " + m.depositId() + " again");
                }
                b.merge(m.to(), m.amount(), Math::addExact);
            } else if (t instanceof SidechainTx.Transfer tr) {
                Verdict spend = spend(b, tr.from(), tr.amount(), i);
                if (!spend.isValid()) {
                    return spend;
                }
                b.merge(tr.to(), tr.amount(), Math::addExact);
            } else if (t instanceof SidechainTx.Burn burn) {
                Verdict spend = spend(b, burn.from(), burn.amount(), i);
                if (!spend.isValid()) {
                    return spend;
                }
            }
        }
        return Verdict.valid();
    }

    private static Verdict spend(Map<String, Long> b, String from, long amount, int i) {
        long have = b.getOrDefault(from, 0L);
        if (have < amount) {
            return Verdict.rejected(SidechainRule.INSUFFICIENT_BALANCE, "transaction " + i + ": " + from + " has "
                    + have + " and spends " + amount);
        }
        b.put(from, have - amount);
        return Verdict.valid();
    }

    private void apply(SidechainTx t) {
        if (t instanceof SidechainTx.Mint m) {
            mintedDeposits.add(m.depositId());
            balances.merge(m.to(), m.amount(), Math::addExact);
        } else if (t instanceof SidechainTx.Transfer tr) {
            balances.merge(tr.from(), -tr.amount(), Math::addExact);
            balances.merge(tr.to(), tr.amount(), Math::addExact);
        } else if (t instanceof SidechainTx.Burn burn) {
            balances.merge(burn.from(), -burn.amount(), Math::addExact);
            burns.add(burn);
        }
    }

    /** The number of blocks; 0 before the first. */
    public long height() {
        return blocks.size();
    }

    public Hash tip() {
        return tip;
    }

    public long balance(String account) {
        return balances.getOrDefault(account, 0L);
    }

    /** Tokens in circulation on the sidechain. */
    public long supply() {
        return balances.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every burn so far, in order: burn i is withdrawal i for the bridge. */
    public List<SidechainTx.Burn> burns() {
        return List.copyOf(burns);
    }

    public List<SidechainBlock> blocks() {
        return List.copyOf(blocks);
    }
}
