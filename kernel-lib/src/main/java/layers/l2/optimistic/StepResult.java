package layers.l2.optimistic;

import layers.core.Verdict;
import layers.l1.execution.Receipt;
import layers.l1.execution.StateKey;

import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one step did: whether its transaction was valid (an invalid one is dropped and the step changes nothing),
 * its receipt if it ran (a deposit step has none), and the value after the step of every entry it touched (zero: absent).
 */
public record StepResult(Verdict validity, Optional<Receipt> receipt, Map<StateKey, BigInteger> after) {

    public StepResult {
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(receipt, "receipt");
        after = Map.copyOf(after);
    }
}
