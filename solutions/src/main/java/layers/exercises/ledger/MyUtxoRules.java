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
        // BEGIN SOLUTION ledger.utxo-rules
        if (spends.isEmpty()) {
            return Optional.of(TxRule.NO_INPUTS);
        }
        if (outputs.isEmpty()) {
            return Optional.of(TxRule.NO_OUTPUTS);
        }
        long paid = 0;
        for (Amount output : outputs) {
            paid += output.satoshis(); // each output is at most MAX_MONEY: no overflow before the check below
            if (paid > Amount.MAX_MONEY) {
                return Optional.of(TxRule.OUTPUT_TOTAL_TOO_LARGE);
            }
        }
        if (new HashSet<>(spends).size() < spends.size()) {
            return Optional.of(TxRule.DOUBLE_SPEND);
        }
        long held = 0;
        for (OutPoint input : spends) {
            if (spent.contains(input)) {
                return Optional.of(TxRule.DOUBLE_SPEND);
            }
            Amount amount = unspent.get(input);
            if (amount == null) {
                return Optional.of(TxRule.MISSING_INPUT);
            }
            held = Math.addExact(held, amount.satoshis());
        }
        return paid > held ? Optional.of(TxRule.OVERSPEND) : Optional.empty();
        // END SOLUTION
    }

    @Override
    public Amount fee(List<OutPoint> spends, List<Amount> outputs, Map<OutPoint, Amount> unspent,
                      Set<OutPoint> spent) {
        // BEGIN SOLUTION ledger.utxo-rules
        Optional<TxRule> broken = firstBrokenRule(spends, outputs, unspent, spent);
        if (broken.isPresent()) {
            throw new IllegalArgumentException("a transaction that breaks " + broken.get() + " has no fee");
        }
        long held = 0;
        for (OutPoint input : spends) {
            held += unspent.get(input).satoshis();
        }
        long paid = 0;
        for (Amount output : outputs) {
            paid += output.satoshis();
        }
        return Amount.sats(held - paid);
        // END SOLUTION
    }
}
