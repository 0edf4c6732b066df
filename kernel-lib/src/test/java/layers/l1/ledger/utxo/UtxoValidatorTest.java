package layers.l1.ledger.utxo;

import layers.core.Verdict;
import layers.l1.ledger.Amount;
import layers.l1.signatures.SchnorrSignature;
import org.junit.jupiter.api.Test;

import java.util.List;

import static layers.l1.ledger.utxo.UtxoFixtures.ALICE;
import static layers.l1.ledger.utxo.UtxoFixtures.BOB;
import static layers.l1.ledger.utxo.UtxoFixtures.CAROL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UtxoValidatorTest {

    private final UtxoFixtures f = new UtxoFixtures();
    private final Transaction payment = ALICE.pay(f.utxos, BOB.publicKey(), Amount.bitcoin(10), Amount.sats(1_000));

    private Transaction signedByAlice(List<OutPoint> spends, List<TxOutput> outputs) {
        return ALICE.sign(new UnsignedTransaction(spends, outputs));
    }

    private TxOutput toBob(long sats) {
        return new TxOutput(Amount.sats(sats), BOB.publicKey());
    }

    @Test
    void honestPaymentIsValid() {
        assertEquals(Verdict.valid(), UtxoValidator.validate(payment, f.utxos));
    }

    @Test
    void feeIsInputsMinusOutputs() {
        assertEquals(Amount.sats(1_000), UtxoValidator.fee(payment, f.utxos));
    }

    @Test
    void feeOfATransactionWithAMissingInputIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UtxoValidator.fee(payment, new UtxoSet()));
        assertTrue(e.getMessage().contains("MISSING_INPUT"), e.getMessage());
    }

    @Test
    void coinbaseNeedsNoInputs() {
        assertTrue(UtxoValidator.validate(f.coinbase, new UtxoSet()).isValid());
    }

    @Test
    void transactionWithoutInputsIsRejected() {
        Transaction empty = Transaction.of(List.of(), List.of(toBob(1)));
        assertTrue(UtxoValidator.validate(empty, f.utxos).isRejectedFor(TxRule.NO_INPUTS));
    }

    @Test
    void transactionWithoutOutputsIsRejected() {
        Transaction burnsAll = signedByAlice(List.of(f.aliceCoin), List.of());
        assertTrue(UtxoValidator.validate(burnsAll, f.utxos).isRejectedFor(TxRule.NO_OUTPUTS));
    }

    @Test
    void outputsAddingUpToMoreThan21MillionBitcoinAreRejected() {
        Transaction inflation = signedByAlice(List.of(f.aliceCoin),
                List.of(toBob(Amount.MAX_MONEY), toBob(Amount.MAX_MONEY)));
        assertTrue(UtxoValidator.validate(inflation, f.utxos).isRejectedFor(TxRule.OUTPUT_TOTAL_TOO_LARGE));
    }

    @Test
    void spendingAnOutputThatNeverExistedIsRejected() {
        Transaction fromNowhere = signedByAlice(List.of(UtxoFixtures.nowhere()), List.of(toBob(1)));
        Verdict v = UtxoValidator.validate(fromNowhere, f.utxos);
        assertTrue(v.isRejectedFor(TxRule.MISSING_INPUT), v.toString());
    }

    @Test
    void spendingAnAlreadySpentOutputIsADoubleSpend() {
        f.utxos.apply(payment);
        Transaction again = ALICE.sign(new UnsignedTransaction(List.of(f.aliceCoin), List.of(
                new TxOutput(Amount.bitcoin(50), CAROL.publicKey()))));
        Verdict v = UtxoValidator.validate(again, f.utxos);
        assertTrue(v.isRejectedFor(TxRule.DOUBLE_SPEND), v.toString());
        assertTrue(v.detail().orElseThrow().contains("already spent by " + payment.txid().toDisplayHex()));
    }

    @Test
    void spendingOneOutputTwiceInOneTransactionIsADoubleSpend() {
        Transaction twice = signedByAlice(List.of(f.aliceCoin, f.aliceCoin), List.of(toBob(Amount.bitcoin(90)
                .satoshis())));
        Verdict v = UtxoValidator.validate(twice, f.utxos);
        assertTrue(v.isRejectedFor(TxRule.DOUBLE_SPEND), v.toString());
        assertEquals("inputs 0 and 1 both spend " + f.aliceCoin, v.detail().orElseThrow());
    }

    @Test
    void outputsAboveTheInputsAreAnOverspend() {
        Transaction overspend = signedByAlice(List.of(f.aliceCoin), List.of(toBob(Amount.bitcoin(50).satoshis() + 1)));
        Verdict v = UtxoValidator.validate(overspend, f.utxos);
        assertTrue(v.isRejectedFor(TxRule.OVERSPEND), v.toString());
    }

    @Test
    void outputsEqualToTheInputsPayNoFeeAndAreValid() {
        Transaction exact = signedByAlice(List.of(f.aliceCoin), List.of(toBob(Amount.bitcoin(50).satoshis())));
        assertTrue(UtxoValidator.validate(exact, f.utxos).isValid());
        assertEquals(Amount.ZERO, UtxoValidator.fee(exact, f.utxos));
    }

    @Test
    void spendingSomeoneElsesOutputIsABadSignature() {
        Transaction theft = BOB.sign(new UnsignedTransaction(List.of(f.aliceCoin), List.of(toBob(1_000))));
        Verdict v = UtxoValidator.validate(theft, f.utxos);
        assertTrue(v.isRejectedFor(TxRule.BAD_SIGNATURE), v.toString());
    }

    @Test
    void changingAnOutputAfterSigningIsABadSignature() {
        List<TxOutput> redirected = List.of(new TxOutput(Amount.bitcoin(10), CAROL.publicKey()),
                payment.outputs().get(1));
        Verdict v = UtxoValidator.validate(payment.withOutputs(redirected), f.utxos);
        assertTrue(v.isRejectedFor(TxRule.BAD_SIGNATURE), v.toString());
    }

    @Test
    void flippingABitOfTheSignatureIsABadSignature() {
        byte[] sig = payment.inputs().get(0).signature().bytes();
        sig[63] ^= 1;
        Transaction tampered = payment.withInputs(List.of(new TxInput(f.aliceCoin, SchnorrSignature.of(sig))));
        assertTrue(UtxoValidator.validate(tampered, f.utxos).isRejectedFor(TxRule.BAD_SIGNATURE));
    }

    @Test
    void signatureFromAnotherTransactionIsABadSignature() {
        Transaction other = ALICE.pay(f.utxos, CAROL.publicKey(), Amount.bitcoin(10), Amount.sats(1_000));
        Transaction replayed = payment.withInputs(other.inputs());
        assertTrue(UtxoValidator.validate(replayed, f.utxos).isRejectedFor(TxRule.BAD_SIGNATURE));
    }

    @Test
    void honestRawBytesAreValid() {
        assertTrue(UtxoValidator.validate(payment.serialize(), f.utxos).isValid());
    }

    @Test
    void truncatedBytesAreMalformed() {
        byte[] raw = payment.serialize();
        Verdict v = UtxoValidator.validate(java.util.Arrays.copyOf(raw, raw.length - 1), f.utxos);
        assertTrue(v.isRejectedFor(TxRule.MALFORMED), v.toString());
        assertTrue(v.detail().orElseThrow().contains("output count is 2, but only 79 bytes follow"), v.toString());
    }

    @Test
    void negativeAmountInBytesIsMalformed() {
        byte[] raw = payment.serialize();
        int amountOfOutput0 = 1 + 4 + Transaction.INPUT_SIZE + 4;
        raw[amountOfOutput0 + 7] = (byte) 0x80;
        Verdict v = UtxoValidator.validate(raw, f.utxos);
        assertTrue(v.isRejectedFor(TxRule.MALFORMED), v.toString());
        assertTrue(v.detail().orElseThrow().startsWith("output 0 has amount -"), v.toString());
    }

    @Test
    void ownerKeyOffTheCurveIsMalformed() {
        byte[] raw = payment.serialize();
        int ownerOfOutput0 = 1 + 4 + Transaction.INPUT_SIZE + 4 + 8;
        java.util.Arrays.fill(raw, ownerOfOutput0, ownerOfOutput0 + 32, (byte) 0xff);
        assertTrue(UtxoValidator.validate(raw, f.utxos).isRejectedFor(TxRule.MALFORMED));
    }

    @Test
    void bytesLeftOverAreMalformed() {
        byte[] raw = java.util.Arrays.copyOf(payment.serialize(), payment.serialize().length + 1);
        Verdict v = UtxoValidator.validate(raw, f.utxos);
        assertTrue(v.isRejectedFor(TxRule.MALFORMED), v.toString());
    }

    @Test
    void unknownKindIsMalformed() {
        byte[] raw = payment.serialize();
        raw[0] = 7;
        assertTrue(UtxoValidator.validate(raw, f.utxos).isRejectedFor(TxRule.MALFORMED));
    }

    @Test
    void countLargerThanTheBytesIsMalformedBeforeAllocating() {
        byte[] raw = {0x00, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f};
        Verdict v = UtxoValidator.validate(raw, f.utxos);
        assertTrue(v.isRejectedFor(TxRule.MALFORMED), v.toString());
        assertTrue(v.detail().orElseThrow().contains("input count is 2147483647"), v.toString());
    }
}
