package layers.l2.rollup;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.execution.StateKey;

import java.math.BigInteger;

/**
 * A proof that the L2 state with a given state root holds {@code value()} at {@code key()}: what the L1 bridge checks
 * a withdrawal's {@code sentMessages} entry with (as OP Stack's {@code OptimismPortal.proveWithdrawalTransaction}
 * checks a storage proof of the message passer). The tree behind it is the rollup's state commitment scheme.
 */
public interface StateEntryProof {

    StateKey key();

    BigInteger value();

    /** Valid if the proof leads from the entry to {@code stateRoot}; otherwise why not. */
    Verdict verify(Hash stateRoot);
}
