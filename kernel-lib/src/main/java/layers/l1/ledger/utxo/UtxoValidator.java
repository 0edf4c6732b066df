package layers.l1.ledger.utxo;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.ledger.Amount;
import layers.l1.ledger.MalformedException;
import layers.l1.signatures.Schnorr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a transaction against the UTXO set, in Bitcoin Core's order: first what needs no context
 * ({@code CheckTransaction}), then the outputs it spends ({@code Consensus::CheckTxInputs}), then, the costly part
 * last, the signatures ({@code CheckInputScripts}). Source: Bitcoin Core src/consensus/tx_check.cpp,
 * src/consensus/tx_verify.cpp, src/validation.cpp.
 *
 * <p>A coinbase gets only the context-free checks; what it may pay is a block rule (see the block package).
 */
public final class UtxoValidator {

    private UtxoValidator() {
    }

    /** Whether {@code tx} may be applied to {@code utxos}. */
    public static Verdict validate(Transaction tx, UtxoSet utxos) {
        Verdict contextFree = checkTransaction(tx);
        if (!contextFree.isValid() || tx.isCoinbase()) {
            return contextFree;
        }
        return checkTxInputs(tx, utxos).orElse(() -> checkInputSignatures(tx, utxos));
    }

    /** Whether these bytes are a transaction that may be applied to {@code utxos}. */
    public static Verdict validate(byte[] rawTransaction, UtxoSet utxos) {
        Transaction tx;
        try {
            tx = Transaction.parse(rawTransaction);
        } catch (MalformedException e) {
            return Verdict.rejected(TxRule.MALFORMED, e.getMessage());
        }
        return validate(tx, utxos);
    }

    /** The checks that need nothing but the transaction. Source: Bitcoin Core {@code CheckTransaction}. */
    public static Verdict checkTransaction(Transaction tx) {
        return checkInputsNotEmpty(tx)
                .orElse(() -> checkOutputsNotEmpty(tx))
                .orElse(() -> checkOutputTotal(tx))
                .orElse(() -> checkDuplicateInputs(tx));
    }

    /** {@code bad-txns-vin-empty}: only a coinbase may spend nothing. */
    static Verdict checkInputsNotEmpty(Transaction tx) {
        return tx.inputs().isEmpty() && !tx.isCoinbase()
                ? Verdict.rejected(TxRule.NO_INPUTS, "transaction " + tx.txid().toDisplayHex() + " has no inputs")
                : Verdict.valid();
    }

    /** {@code bad-txns-vout-empty}. */
    static Verdict checkOutputsNotEmpty(Transaction tx) {
        return tx.outputs().isEmpty()
                ? Verdict.rejected(TxRule.NO_OUTPUTS, "transaction " + tx.txid().toDisplayHex() + " has no outputs")
                : Verdict.valid();
    }

    /** {@code bad-txns-txouttotal-toolarge}: the running total stays in {@code MoneyRange}. */
    static Verdict checkOutputTotal(Transaction tx) {
        long total = 0;
        for (int i = 0; i < tx.outputs().size(); i++) {
            total += tx.outputs().get(i).amount().satoshis(); // each is at most MAX_MONEY: no overflow before the check
            if (!Amount.moneyRange(total)) {
                return Verdict.rejected(TxRule.OUTPUT_TOTAL_TOO_LARGE, "outputs 0 to " + i + " add up to " + total
                        + " sat, above " + Amount.MAX_MONEY);
            }
        }
        return Verdict.valid();
    }

    /** {@code bad-txns-inputs-duplicate}: one transaction spending the same output twice. */
    static Verdict checkDuplicateInputs(Transaction tx) {
        Map<OutPoint, Integer> first = new HashMap<>();
        for (int i = 0; i < tx.inputs().size(); i++) {
            Integer earlier = first.putIfAbsent(tx.inputs().get(i).spends(), i);
            if (earlier != null) {
                return Verdict.rejected(TxRule.DOUBLE_SPEND, "inputs " + earlier + " and " + i + " both spend "
                        + tx.inputs().get(i).spends());
            }
        }
        return Verdict.valid();
    }

    /** Every input spends an unspent output, and they hold at least the outputs. Source: {@code CheckTxInputs}. */
    public static Verdict checkTxInputs(Transaction tx, UtxoSet utxos) {
        return checkInputsUnspent(tx, utxos).orElse(() -> checkInputsCoverOutputs(tx, utxos));
    }

    /** {@code bad-txns-inputs-missingorspent}, split into its two cases. */
    static Verdict checkInputsUnspent(Transaction tx, UtxoSet utxos) {
        for (int i = 0; i < tx.inputs().size(); i++) {
            OutPoint spent = tx.inputs().get(i).spends();
            if (!utxos.isUnspent(spent)) {
                Optional<Hash> spender = utxos.spentBy(spent);
                return spender.isPresent()
                        ? Verdict.rejected(TxRule.DOUBLE_SPEND, "input " + i + " spends " + spent
                                + ", already spent by " + spender.get().toDisplayHex())
                        : Verdict.rejected(TxRule.MISSING_INPUT, "input " + i + " spends " + spent
                                + ", which does not exist");
            }
        }
        return Verdict.valid();
    }

    /** {@code bad-txns-in-belowout}. */
    static Verdict checkInputsCoverOutputs(Transaction tx, UtxoSet utxos) {
        long in = inputTotal(tx, utxos);
        long out = outputTotal(tx);
        return in < out
                ? Verdict.rejected(TxRule.OVERSPEND, "inputs hold " + in + " sat, outputs pay " + out + " sat")
                : Verdict.valid();
    }

    /** Each input's signature verifies, under its output's owner key, for the transaction's sighash. */
    public static Verdict checkInputSignatures(Transaction tx, UtxoSet utxos) {
        byte[] sighash = tx.sighash().bytes();
        for (int i = 0; i < tx.inputs().size(); i++) {
            TxInput input = tx.inputs().get(i);
            TxOutput spent = utxos.get(input.spends()).orElseThrow(() -> new IllegalStateException(
                    "checkTxInputs must pass before the signatures are checked"));
            Verdict check = Schnorr.verify(spent.owner(), sighash, input.signature());
            if (!check.isValid()) {
                return Verdict.rejected(TxRule.BAD_SIGNATURE, "input " + i + " spending " + input.spends()
                        + " for key " + spent.owner().toHex() + ": " + check);
            }
        }
        return Verdict.valid();
    }

    /**
     * What the inputs hold beyond what the outputs pay: the miner's to take.
     *
     * @throws IllegalArgumentException if the transaction does not pass {@link #checkTxInputs} on {@code utxos}
     */
    public static Amount fee(Transaction tx, UtxoSet utxos) {
        if (tx.isCoinbase()) {
            return Amount.ZERO;
        }
        Verdict inputs = checkTxInputs(tx, utxos);
        if (!inputs.isValid()) {
            throw new IllegalArgumentException("no fee for " + tx.txid().toDisplayHex() + ": " + inputs);
        }
        return Amount.sats(inputTotal(tx, utxos) - outputTotal(tx));
    }

    private static long inputTotal(Transaction tx, UtxoSet utxos) {
        return sum(tx.inputs().stream().map(input -> utxos.get(input.spends()).orElseThrow().amount()).toList());
    }

    private static long outputTotal(Transaction tx) {
        return sum(tx.outputs().stream().map(TxOutput::amount).toList());
    }

    private static long sum(List<Amount> amounts) {
        long total = 0;
        for (Amount a : amounts) {
            total = Math.addExact(total, a.satoshis());
        }
        return total;
    }
}
