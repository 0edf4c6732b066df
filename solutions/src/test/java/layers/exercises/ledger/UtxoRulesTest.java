package layers.exercises.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Sha256;
import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.OutPoint;
import layers.l1.ledger.utxo.TxRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@GradedExercise(
        id = "ledger.utxo-rules",
        title = "The rules of a UTXO ledger, and the fee",
        contract = UtxoRules.class,
        statement = """
                A transaction of a UTXO ledger spends earlier outputs and creates new ones. Here it is given as the \
                outputs it spends and the amounts it pays; the ledger as its unspent outputs (with their amounts) \
                and the outputs spent already. Write `firstBrokenRule`, which names the first rule the transaction \
                breaks, signatures aside, in Bitcoin Core's order: `NO_INPUTS`, `NO_OUTPUTS`, \
                `OUTPUT_TOTAL_TOO_LARGE` (more than 21 million bitcoin), `DOUBLE_SPEND` (the same output twice in \
                this transaction), then for each input in turn `DOUBLE_SPEND` (spent already) or `MISSING_INPUT` \
                (never existed), and last `OVERSPEND` (outputs above inputs). Then write `fee`: inputs minus \
                outputs, or an `IllegalArgumentException` for a transaction that breaks a rule.""",
        hints = {
            "Check the rules one after the other, in the order listed, and return as soon as one is broken: "
                    + "`return Optional.of(TxRule.NO_INPUTS);`.",
            "Two inputs spend the same output when a `new HashSet<>(spends)` is smaller than `spends`.",
            "Add up the outputs in a `long` of satoshis and compare the running total with `Amount.MAX_MONEY` after "
                    + "each output. Each output is at most `MAX_MONEY`, so the total cannot overflow before the check "
                    + "catches it; `Amount.plus` would throw instead of answering.",
            "The fee is the inputs' total minus the outputs' total. Call `firstBrokenRule` first and throw "
                    + "`new IllegalArgumentException(\"... \" + rule)` when it finds one."
        })
class UtxoRulesTest {

    /** Unspent: 5 BTC. */
    private static final OutPoint FIVE = coin("five");
    /** Unspent: 3 BTC. */
    private static final OutPoint THREE = coin("three");
    /** Spent already. */
    private static final OutPoint SPENT = coin("spent");
    /** Never existed. */
    private static final OutPoint NOWHERE = coin("nowhere");
    private static final Map<OutPoint, Amount> UNSPENT = Map.of(FIVE, Amount.bitcoin(5), THREE, Amount.bitcoin(3));
    private static final Set<OutPoint> SPENT_ALREADY = Set.of(SPENT);

    private final UtxoRules rules = Implementation.of(UtxoRules.class);

    private static OutPoint coin(String name) {
        return new OutPoint(Sha256.hash(name.getBytes(StandardCharsets.US_ASCII)), 0);
    }

    private static List<Amount> bitcoin(long... coins) {
        return Arrays.stream(coins).mapToObj(Amount::bitcoin).toList();
    }

    private Optional<TxRule> check(List<OutPoint> spends, List<Amount> outputs) {
        return rules.firstBrokenRule(spends, outputs, UNSPENT, SPENT_ALREADY);
    }

    @Test
    @Points(1)
    @DisplayName("a payment with change and a fee breaks no rule")
    void validPayment() {
        List<Amount> outputs = List.of(Amount.bitcoin(6), Amount.sats(199_999_000));
        assertEquals(Optional.empty(), check(List.of(FIVE, THREE), outputs),
                "spending 5 + 3 BTC to pay 6 BTC and 1.99999 BTC change");
    }

    @Test
    @Points(1)
    @DisplayName("the fee is what the inputs hold minus what the outputs pay")
    void feeIsInputsMinusOutputs() {
        List<Amount> outputs = List.of(Amount.bitcoin(6), Amount.sats(199_999_000));
        assertEquals(Amount.sats(1_000), rules.fee(List.of(FIVE, THREE), outputs, UNSPENT, SPENT_ALREADY),
                "fee of spending 5 + 3 BTC to pay 6 BTC and 1.99999 BTC change");
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("spends nothing", List.of(), bitcoin(1), TxRule.NO_INPUTS),
                Arguments.of("pays nothing", List.of(FIVE), List.of(), TxRule.NO_OUTPUTS),
                Arguments.of("pays 21 million BTC and 1 sat", List.of(FIVE),
                        List.of(Amount.sats(Amount.MAX_MONEY), Amount.sats(1)), TxRule.OUTPUT_TOTAL_TOO_LARGE),
                Arguments.of("pays 8 BTC and 1 sat from 5 + 3 BTC", List.of(FIVE, THREE),
                        List.of(Amount.bitcoin(8), Amount.sats(1)), TxRule.OVERSPEND));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    @Points(2)
    @DisplayName("names the rule: no inputs, no outputs, too much money, overspending")
    void namesTheRule(String description, List<OutPoint> spends, List<Amount> outputs, TxRule expected) {
        assertEquals(Optional.of(expected), check(spends, outputs), "a transaction that " + description);
    }

    @Test
    @Points(1)
    @DisplayName("an output spent already is DOUBLE_SPEND; one that never existed is MISSING_INPUT")
    void spentAndMissing() {
        assertEquals(Optional.of(TxRule.DOUBLE_SPEND), check(List.of(SPENT), bitcoin(1)),
                "a transaction spending an output that is spent already");
        assertEquals(Optional.of(TxRule.MISSING_INPUT), check(List.of(NOWHERE), bitcoin(1)),
                "a transaction spending an output that never existed");
    }

    @Test
    @Points(2)
    @DisplayName("the same output spent twice in one transaction is DOUBLE_SPEND")
    void sameOutputTwice() {
        assertEquals(Optional.of(TxRule.DOUBLE_SPEND), check(List.of(FIVE, FIVE), bitcoin(10)),
                "a transaction spending the 5 BTC output twice to pay 10 BTC");
    }

    @Test
    @Points(1)
    @DisplayName("a transaction that breaks a rule has no fee")
    void noFeeForABrokenTransaction() {
        assertThrows(IllegalArgumentException.class,
                () -> rules.fee(List.of(FIVE), bitcoin(6), UNSPENT, SPENT_ALREADY),
                "fee of spending 5 BTC to pay 6 BTC");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("checks the rules in Bitcoin Core's order")
    void checksInOrder() {
        assertEquals(Optional.of(TxRule.NO_INPUTS), check(List.of(), List.of()),
                "a transaction that spends nothing and pays nothing");
        assertEquals(Optional.of(TxRule.NO_OUTPUTS), check(List.of(NOWHERE), List.of()),
                "a transaction that pays nothing from an output that never existed");
        assertEquals(Optional.of(TxRule.OUTPUT_TOTAL_TOO_LARGE),
                check(List.of(SPENT), List.of(Amount.sats(Amount.MAX_MONEY), Amount.sats(1))),
                "a transaction that pays 21 million BTC and 1 sat from an output spent already");
        assertEquals(Optional.of(TxRule.DOUBLE_SPEND), check(List.of(NOWHERE, NOWHERE), bitcoin(1)),
                "a transaction that spends an output that never existed, twice");
        assertEquals(Optional.of(TxRule.MISSING_INPUT), check(List.of(FIVE, NOWHERE, SPENT), bitcoin(1)),
                "a transaction that spends an unspent output, a missing one, then a spent one");
        assertEquals(Optional.of(TxRule.DOUBLE_SPEND), check(List.of(SPENT, NOWHERE), bitcoin(1)),
                "a transaction that spends a spent output, then a missing one");
        assertEquals(Optional.of(TxRule.DOUBLE_SPEND), check(List.of(SPENT), bitcoin(100)),
                "a transaction that pays 100 BTC from an output spent already");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("the value overflow of 2010: outputs whose sum wraps around a long are too large")
    void outputSumThatWrapsAroundIsTooLarge() {
        // 4,400 outputs of 21 million BTC add up to more than Long.MAX_VALUE satoshis: a plain sum wraps to negative.
        List<Amount> outputs = Collections.nCopies(4_400, Amount.sats(Amount.MAX_MONEY));
        assertEquals(Optional.of(TxRule.OUTPUT_TOTAL_TOO_LARGE), check(List.of(FIVE), outputs),
                "a transaction paying 4,400 outputs of 21 million BTC each from 5 BTC");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("paying exactly what the inputs hold is a zero fee, not an overspend")
    void exactPaymentHasZeroFee() {
        assertEquals(Optional.empty(), check(List.of(FIVE, THREE), bitcoin(8)), "spending 5 + 3 BTC to pay 8 BTC");
        assertEquals(Amount.ZERO, rules.fee(List.of(FIVE, THREE), bitcoin(8), UNSPENT, SPENT_ALREADY),
                "fee of spending 5 + 3 BTC to pay 8 BTC");
    }
}
