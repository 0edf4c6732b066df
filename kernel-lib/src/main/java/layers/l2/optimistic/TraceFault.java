package layers.l2.optimistic;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.execution.StateKey;
import layers.l1.execution.StateKey.Field;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l2.rollup.L2Withdrawal;
import layers.l2.rollup.MessagePasser;

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

    /** The step's transaction (or deposit) is left out: the state after it is the state before it. */
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

    /**
     * A withdrawal that no transaction made: the message passer's {@code sentMessages} entry for {@code amount} to
     * {@code account} written into the state, with the message nonce counted up, as if the step had withdrawn. The
     * theft that would pay out on L1 if the state root holding it became final.
     */
    record FakeWithdrawal(long step, EthereumAddress account, Wei amount) implements TraceFault {
        public FakeWithdrawal {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(amount, "amount");
            if (amount.isZero()) {
                throw new IllegalArgumentException("a fake withdrawal takes a positive amount, not " + amount);
            }
        }

        /** The withdrawal it records, as a bridge would read it: index = the message nonce before the fault. */
        public L2Withdrawal withdrawal(Map<StateKey, BigInteger> before, long l2Block) {
            long nonce = before.getOrDefault(MessagePasser.MESSAGE_NONCE, BigInteger.ZERO).longValueExact();
            return new L2Withdrawal(nonce, account, amount, l2Block);
        }

        @Override
        public void corrupt(Map<StateKey, BigInteger> state) {
            long nonce = state.getOrDefault(MessagePasser.MESSAGE_NONCE, BigInteger.ZERO).longValueExact();
            add(state, MessagePasser.sentMessageKey(MessagePasser.withdrawalHash(nonce, account, amount)),
                    BigInteger.ONE);
            add(state, MessagePasser.MESSAGE_NONCE, BigInteger.ONE);
        }
    }

    /**
     * A deposit step that credits {@code amount} to {@code credited} instead of to the deposit's {@code recipient}:
     * the step runs, then the amount is moved from the recipient to the wrong account.
     */
    record MisdirectedDeposit(long step, EthereumAddress recipient, EthereumAddress credited, Wei amount)
            implements TraceFault {
        public MisdirectedDeposit {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(credited, "credited");
            Objects.requireNonNull(amount, "amount");
            if (recipient.equals(credited)) {
                throw new IllegalArgumentException("a misdirected deposit credits another account than "
                        + recipient.toHex());
            }
        }

        @Override
        public void corrupt(Map<StateKey, BigInteger> state) {
            add(state, StateKey.of(recipient, Field.BALANCE), amount.value().negate());
            add(state, StateKey.of(credited, Field.BALANCE), amount.value());
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
