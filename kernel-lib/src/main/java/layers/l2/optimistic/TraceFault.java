package layers.l2.optimistic;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.execution.StateKey;
import layers.l1.execution.StateKey.Field;
import layers.l1.keys.EthereumAddress;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * How a dishonest proposer's trace departs from the true one: each kind of wrong state root the fraud-proof tests
 * must catch. The fault happens at step {@link #step()} (the transition from commitment {@code step} to
 * {@code step + 1}); the proposer then keeps executing honestly from its wrong state, so every later commitment is
 * wrong too, except for {@link WrongFinalRoot}, whose states are all right and whose last commitment is made up.
 */
public sealed interface TraceFault {

    /** The step whose result is wrong. */
    long step();

    /** Changes the state after the step has run (or, for {@link SkippedTx}, instead of running it). */
    default void corrupt(Map<StateKey, BigInteger> state) {
    }

    /** Whether the step's transaction is not run at all. */
    default boolean skipsStep() {
        return false;
    }

    /** The commitment the proposer claims after the last step, given the true one. */
    default Hash finalCommitment(Hash computed) {
        return computed;
    }

    /** An account's ether is off by {@code delta} wei (positive or negative). */
    record WrongBalance(long step, EthereumAddress account, BigInteger delta) implements TraceFault {
        public WrongBalance {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(delta, "delta");
        }

        @Override
        public void corrupt(Map<StateKey, BigInteger> state) {
            add(state, StateKey.of(account, Field.BALANCE), delta);
        }
    }

    /** An account's nonce is one higher than it should be. */
    record WrongNonce(long step, EthereumAddress account) implements TraceFault {
        public WrongNonce {
            Objects.requireNonNull(account, "account");
        }

        @Override
        public void corrupt(Map<StateKey, BigInteger> state) {
            add(state, StateKey.of(account, Field.NONCE), BigInteger.ONE);
        }
    }

    /** The step's transaction is left out: the state after it is the state before it. */
    record SkippedTx(long step) implements TraceFault {
        @Override
        public boolean skipsStep() {
            return true;
        }
    }

    /** Ether created from nothing for {@code beneficiary}: the classic theft a fraud proof exists to stop. */
    record ExtraMint(long step, EthereumAddress beneficiary, BigInteger amount) implements TraceFault {
        public ExtraMint {
            Objects.requireNonNull(beneficiary, "beneficiary");
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("an extra mint creates a positive amount, not " + amount);
            }
        }

        @Override
        public void corrupt(Map<StateKey, BigInteger> state) {
            add(state, StateKey.of(beneficiary, Field.BALANCE), amount);
        }
    }

    /** Every state is right but the claimed final commitment is a made-up hash. */
    record WrongFinalRoot(long step) implements TraceFault {
        @Override
        public Hash finalCommitment(Hash computed) {
            return Sha256.hash(("not the state root of " + computed.toHex()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void add(Map<StateKey, BigInteger> state, StateKey key, BigInteger delta) {
        BigInteger v = state.getOrDefault(key, BigInteger.ZERO).add(delta);
        if (v.signum() < 0) {
            throw new IllegalArgumentException(key + " would be negative: " + v);
        }
        if (v.signum() == 0) {
            state.remove(key);
        } else {
            state.put(key, v);
        }
    }
}
