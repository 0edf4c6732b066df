package layers.exercises.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.OutPoint;
import layers.l1.ledger.utxo.TxRule;

/**
 * Exercise {@code ledger.utxo-rules}: the rules of a UTXO ledger that need no cryptography, and the fee.
 * Write {@link #firstBrokenRule} and {@link #fee}, then grade them: {@code ./course grade ledger.utxo-rules}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Check the rules one after the other, in the order the contract lists them, and return as soon as one is
 *       broken: {@code return Optional.of(TxRule.NO_INPUTS);}.</li>
 *   <li>Two inputs spend the same output when a {@code new HashSet<>(spends)} is smaller than {@code spends}.</li>
 *   <li>Add up the outputs in a {@code long} of satoshis and compare the running total with
 *       {@code Amount.MAX_MONEY} after each output. Each output is at most {@code MAX_MONEY}, so the total cannot
 *       overflow before the check catches it; {@code Amount.plus} would throw instead of answering.</li>
 *   <li>The fee is the inputs' total minus the outputs' total. Call {@code firstBrokenRule} first and throw
 *       {@code new IllegalArgumentException("... " + rule)} when it finds one.</li>
 * </ol>
 */
public class MyUtxoRules implements UtxoRules {

    @Override
    public Optional<TxRule> firstBrokenRule(List<OutPoint> spends, List<Amount> outputs,
                                            Map<OutPoint, Amount> unspent, Set<OutPoint> spent) {
        throw new UnsupportedOperationException("exercise ledger.utxo-rules: not written yet — see the hints above");
    }

    @Override
    public Amount fee(List<OutPoint> spends, List<Amount> outputs, Map<OutPoint, Amount> unspent,
                      Set<OutPoint> spent) {
        throw new UnsupportedOperationException("exercise ledger.utxo-rules: not written yet — see the hints above");
    }
}
