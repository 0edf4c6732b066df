package layers.l2.optimistic;

import layers.l1.execution.Action;
import layers.l1.execution.ContractAddresses;
import layers.l1.execution.Log;
import layers.l1.execution.StateKey;
import layers.l1.execution.StateKey.Field;
import layers.l1.execution.Tx;
import layers.l1.keys.EthereumAddress;
import layers.l2.rollup.MessagePasser;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Every state entry one transaction of the execution layer can read or write: the sender's nonce and balance, the
 * fee recipient's balance, and what its action reaches (for a withdrawal, the message passer's nonce and the
 * {@code sentMessages} entry it writes: {@link MessagePasser}). The idea of EIP-2930's access lists (the addresses and
 * storage keys a transaction touches, declared up front); here derived from the transaction, reading the state only
 * where an address is stored in it (a pool's two tokens) or a key depends on a stored number (a withdrawal's hash
 * on the message passer's nonce). A one-step proof must carry these entries; a verifier that
 * ran the step on fewer would read a missing entry as zero. Listing an entry the step does not touch costs only a
 * longer proof. {@code StepAccessListTest} checks, over random transactions, that running on just these entries gives
 * the same result as running on the whole state.
 */
public final class StepAccessList {

    private StepAccessList() {
    }

    /**
     * The entries step {@code entry} touches: a transaction's ({@link #of(Tx, StepContext, Function)}), or for a
     * deposit the recipient's balance, the only entry {@link layers.l2.rollup.RollupChain} writes for it.
     */
    public static Set<StateKey> of(TraceEntry entry, StepContext context, Function<StateKey, BigInteger> read) {
        if (entry instanceof TraceEntry.DepositCredit d) {
            Set<StateKey> keys = new LinkedHashSet<>();
            keys.add(StateKey.of(d.deposit().to(), Field.BALANCE));
            return keys;
        }
        return of(((TraceEntry.Transaction) entry).tx(), context, read);
    }

    /**
     * The entries {@code tx} touches when run as a step with {@code context}; {@code read} gives a stored value (it
     * is asked only for a pool's {@link Field#POOL_TOKEN0} and {@link Field#POOL_TOKEN1}, and for a withdrawal's
     * {@link MessagePasser#MESSAGE_NONCE}).
     */
    public static Set<StateKey> of(Tx tx, StepContext context, Function<StateKey, BigInteger> read) {
        Set<StateKey> keys = new LinkedHashSet<>();
        EthereumAddress from = tx.from();
        keys.add(StateKey.of(from, Field.NONCE));
        keys.add(StateKey.of(from, Field.BALANCE));
        keys.add(StateKey.of(context.feeRecipient(), Field.BALANCE));
        Action action = tx.action();
        if (action instanceof Action.Transfer t) {
            keys.add(StateKey.of(t.to(), Field.BALANCE));
            if (MessagePasser.isWithdrawal(tx)) {
                keys.addAll(MessagePasser.accessList(tx, read));
            }
        } else if (action instanceof Action.DeployToken) {
            EthereumAddress token = ContractAddresses.create(from, tx.nonce());
            keys.add(StateKey.of(token, Field.CODE));
            keys.add(StateKey.of(token, Field.TOKEN_OWNER));
        } else if (action instanceof Action.Mint m) {
            keys.add(StateKey.of(m.token(), Field.CODE));
            keys.add(StateKey.of(m.token(), Field.TOKEN_OWNER));
            keys.add(StateKey.of(m.token(), Field.TOKEN_SUPPLY));
            keys.add(StateKey.tokenBalance(m.token(), m.to()));
        } else if (action instanceof Action.TokenTransfer t) {
            keys.add(StateKey.of(t.token(), Field.CODE));
            keys.add(StateKey.tokenBalance(t.token(), from));
            keys.add(StateKey.tokenBalance(t.token(), t.to()));
        } else if (action instanceof Action.BalanceOf b) {
            keys.add(StateKey.of(b.token(), Field.CODE));
            keys.add(StateKey.tokenBalance(b.token(), b.holder()));
        } else if (action instanceof Action.CreatePool p) {
            keys.add(StateKey.of(p.token0(), Field.CODE));
            keys.add(StateKey.of(p.token1(), Field.CODE));
            EthereumAddress pool = ContractAddresses.create(from, tx.nonce());
            keys.add(StateKey.of(pool, Field.CODE));
            keys.add(StateKey.of(pool, Field.POOL_TOKEN0));
            keys.add(StateKey.of(pool, Field.POOL_TOKEN1));
        } else if (action instanceof Action.AddLiquidity l) {
            pool(keys, from, l.pool(), read);
        } else if (action instanceof Action.Swap s) {
            pool(keys, from, s.pool(), read);
        } else {
            throw new IllegalArgumentException("no access list for action " + action);
        }
        return keys;
    }

    /** A pool call: the pool's fields, and both tokens' code and the balances of the sender and the pool. */
    private static void pool(Set<StateKey> keys, EthereumAddress from, EthereumAddress pool,
                             Function<StateKey, BigInteger> read) {
        keys.add(StateKey.of(pool, Field.CODE));
        StateKey t0 = StateKey.of(pool, Field.POOL_TOKEN0);
        StateKey t1 = StateKey.of(pool, Field.POOL_TOKEN1);
        keys.add(t0);
        keys.add(t1);
        keys.add(StateKey.of(pool, Field.POOL_RESERVE0));
        keys.add(StateKey.of(pool, Field.POOL_RESERVE1));
        for (StateKey t : List.of(t0, t1)) {
            EthereumAddress token = new Log(StateKey.ZERO_ADDRESS, "", List.of(read.apply(t))).addressAt(0);
            keys.add(StateKey.of(token, Field.CODE));
            keys.add(StateKey.tokenBalance(token, from));
            keys.add(StateKey.tokenBalance(token, pool));
        }
    }
}
