package layers.l1.settlement;

import layers.l1.block.Block;
import layers.l1.block.ChainBuilder;
import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.Wallet;

import java.util.List;

/**
 * The course's small valid chains for measuring a full node: four seeded wallets take turns mining at the easy
 * target, and from the fifth block on each block carries {@code paymentsPerBlock} signed payments between them.
 * Deterministic for a seed.
 */
public final class DemoChain {

    private DemoChain() {
    }

    /** Blocks 0 to {@code blocks - 1}. */
    public static List<Block> build(int blocks, int paymentsPerBlock, long seed) {
        if (blocks < 1 || paymentsPerBlock < 0) {
            throw new IllegalArgumentException("at least one block and no negative payments, not " + blocks + ", "
                    + paymentsPerBlock);
        }
        List<Wallet> wallets = List.of(Wallet.fromSeed(seed * 4 + 1), Wallet.fromSeed(seed * 4 + 2),
                Wallet.fromSeed(seed * 4 + 3), Wallet.fromSeed(seed * 4 + 4));
        ChainBuilder chain = ChainBuilder.easy(seed);
        for (int height = 0; height < blocks; height++) {
            if (height >= wallets.size()) {
                for (int p = 0; p < paymentsPerBlock; p++) {
                    Wallet from = wallets.get((height + p) % 4);
                    Wallet to = wallets.get((height + p + 1) % 4);
                    chain.pay(from, to.publicKey(), Amount.sats(10_000 + height), Amount.sats(500));
                }
            }
            chain.mine(wallets.get(height % 4));
        }
        return chain.blocks();
    }
}
