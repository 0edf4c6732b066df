package layers.exercises.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.OutPoint;
import layers.l1.ledger.utxo.TxRule;

/**
 * The rules of a UTXO ledger that need no cryptography: which outputs a transaction may spend, and how much it may
 * pay. A transaction is given as the outputs it spends ({@code spends}, one per input, in input order) and the amounts
 * of the outputs it creates ({@code outputs}); the ledger as its unspent outputs with their amounts ({@code unspent})
 * and the outputs that existed and are spent already ({@code spent}). The two never share an output.
 */
public interface UtxoRules {

    /**
     * The first rule the transaction breaks, signatures aside, checked in Bitcoin Core's order:
     * <ol>
     *   <li>{@link TxRule#NO_INPUTS}: {@code spends} is empty;</li>
     *   <li>{@link TxRule#NO_OUTPUTS}: {@code outputs} is empty;</li>
     *   <li>{@link TxRule#OUTPUT_TOTAL_TOO_LARGE}: the outputs add up to more than 21 million bitcoin
     *       ({@link Amount#MAX_MONEY} satoshis);</li>
     *   <li>{@link TxRule#DOUBLE_SPEND}: {@code spends} names the same output twice;</li>
     *   <li>then each input in order: {@link TxRule#DOUBLE_SPEND} if its output is in {@code spent},
     *       {@link TxRule#MISSING_INPUT} if its output is in neither {@code unspent} nor {@code spent};</li>
     *   <li>{@link TxRule#OVERSPEND}: the outputs add up to more than the spent outputs hold.</li>
     * </ol>
     *
     * @return the rule, or empty if the transaction keeps them all
     */
    Optional<TxRule> firstBrokenRule(List<OutPoint> spends, List<Amount> outputs, Map<OutPoint, Amount> unspent,
                                     Set<OutPoint> spent);

    /**
     * The fee the transaction leaves to the miner: what the outputs it spends hold, minus what its outputs pay.
     *
     * @throws IllegalArgumentException naming the rule, if the transaction breaks one ({@link #firstBrokenRule})
     */
    Amount fee(List<OutPoint> spends, List<Amount> outputs, Map<OutPoint, Amount> unspent, Set<OutPoint> spent);
}
