package layers.l2.optimistic;

import layers.l1.execution.Action;
import layers.l1.execution.ContractAddresses;
import layers.l1.execution.StateKey;
import layers.l1.execution.StateKey.Field;
import layers.l1.execution.TokenAmount;
import layers.l1.execution.Tx;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimRandom;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Batches to dispute: seeded workloads over a few accounts. {@link #transfers} makes transaction {@code i} on demand
 * (account {@code i mod n} sends, with nonce {@code i / n}), so a 2^20-step batch takes no memory;
 * {@link #mixed} exercises every action of the execution layer, a token, a pool and swaps, plus transactions with a
 * wrong nonce that the rollup drops.
 */
public final class TraceWorkloads {

    private TraceWorkloads() {
    }

    /** {@code n} accounts, 0x…1001 upwards. */
    public static List<EthereumAddress> accounts(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a workload needs at least 2 accounts, not " + n);
        }
        List<EthereumAddress> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] b = new byte[EthereumAddress.LENGTH];
            int v = 0x1001 + i;
            b[18] = (byte) (v >>> 8);
            b[19] = (byte) v;
            out.add(EthereumAddress.of(b));
        }
        return out;
    }

    /** A genesis state in which each account has {@code each}. */
    public static Map<StateKey, BigInteger> genesis(List<EthereumAddress> accounts, Wei each) {
        TreeMap<StateKey, BigInteger> state = new TreeMap<>();
        for (EthereumAddress a : accounts) {
            state.put(StateKey.of(a, Field.BALANCE), each.value());
        }
        return state;
    }

    /** {@code length} ether transfers: account {@code i mod n} sends 1 to 1000 gwei to a seeded random account. */
    public static TraceInput transfers(List<EthereumAddress> accounts, long length, long seed) {
        List<EthereumAddress> copy = List.copyOf(accounts);
        int n = copy.size();
        return TraceInput.generated(length, i -> {
            SimRandom r = new SimRandom(seed).split(i);
            EthereumAddress to = copy.get(r.nextInt(n));
            return Tx.of(copy.get((int) (i % n)), i / n, new Action.Transfer(to, Wei.gwei(1 + r.nextInt(1000))));
        });
    }

    /**
     * {@code length} transactions (at least 8): account 0 deploys two tokens, mints to everyone, creates a pool and
     * adds liquidity; then a seeded mix of ether and token transfers, swaps, balance queries and, about one in 20, a
     * transaction with a wrong nonce.
     */
    public static TraceInput mixed(List<EthereumAddress> accounts, int length, long seed) {
        if (length < 8) {
            throw new IllegalArgumentException("a mixed workload has at least 8 transactions, not " + length);
        }
        SimRandom r = new SimRandom(seed);
        int n = accounts.size();
        long[] nonces = new long[n];
        EthereumAddress owner = accounts.get(0);
        List<Tx> txs = new ArrayList<>();
        EthereumAddress gold = ContractAddresses.create(owner, 0);
        EthereumAddress silver = ContractAddresses.create(owner, 1);
        EthereumAddress pool = ContractAddresses.create(owner, 2);
        txs.add(Tx.of(owner, nonces[0]++, new Action.DeployToken("GOLD")));
        txs.add(Tx.of(owner, nonces[0]++, new Action.DeployToken("SILVER")));
        txs.add(Tx.of(owner, nonces[0]++, new Action.CreatePool(gold, silver)));
        txs.add(Tx.of(owner, nonces[0]++, new Action.Mint(gold, owner, TokenAmount.of(1_000_000_000))));
        txs.add(Tx.of(owner, nonces[0]++, new Action.Mint(silver, owner, TokenAmount.of(1_000_000_000))));
        txs.add(Tx.of(owner, nonces[0]++, new Action.AddLiquidity(pool, TokenAmount.of(100_000_000),
                TokenAmount.of(100_000_000))));
        while (txs.size() < length) {
            int s = r.nextInt(n);
            EthereumAddress from = accounts.get(s);
            EthereumAddress to = accounts.get(r.nextInt(n));
            int kind = r.nextInt(20);
            Action action;
            if (kind < 6) {
                action = new Action.Transfer(to, Wei.gwei(1 + r.nextInt(100_000)));
            } else if (kind < 10) {
                action = new Action.TokenTransfer(r.nextBoolean(0.5) ? gold : silver, to,
                        TokenAmount.of(1 + r.nextInt(50_000)));
            } else if (kind < 13 && s == 0) {
                action = new Action.Mint(gold, to, TokenAmount.of(1 + r.nextInt(1_000_000)));
            } else if (kind < 17) {
                action = new Action.Swap(pool, r.nextBoolean(0.5) ? gold : silver,
                        TokenAmount.of(1 + r.nextInt(100_000)), TokenAmount.ZERO);
            } else if (kind < 19) {
                action = new Action.BalanceOf(gold, to);
            } else {
                txs.add(Tx.of(from, nonces[s] + 5, new Action.Transfer(to, Wei.gwei(1))));
                continue;
            }
            txs.add(Tx.of(from, nonces[s]++, action));
        }
        return TraceInput.of(txs);
    }
}
