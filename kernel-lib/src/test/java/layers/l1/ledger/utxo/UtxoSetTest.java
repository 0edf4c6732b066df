package layers.l1.ledger.utxo;

import layers.l1.ledger.Amount;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static layers.l1.ledger.utxo.UtxoFixtures.ALICE;
import static layers.l1.ledger.utxo.UtxoFixtures.BOB;
import static layers.l1.ledger.utxo.UtxoFixtures.CAROL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UtxoSetTest {

    private final UtxoFixtures f = new UtxoFixtures();
    private final Transaction payment = ALICE.pay(f.utxos, BOB.publicKey(), Amount.bitcoin(10), Amount.sats(1_000));

    @Test
    void applyingSpendsTheInputsAndAddsTheOutputs() {
        f.utxos.apply(payment);
        assertFalse(f.utxos.isUnspent(f.aliceCoin));
        assertEquals(Amount.bitcoin(10), BOB.balance(f.utxos));
        assertEquals(Amount.bitcoin(40).minus(Amount.sats(1_000)), ALICE.balance(f.utxos));
    }

    @Test
    void applyingRecordsWhoSpentAnOutput() {
        f.utxos.apply(payment);
        assertEquals(payment.txid(), f.utxos.spentBy(f.aliceCoin).orElseThrow());
    }

    @Test
    void feeLeavesTheSupply() {
        f.utxos.apply(payment);
        assertEquals(Amount.bitcoin(50).minus(Amount.sats(1_000)), f.utxos.total());
    }

    @Test
    void undoRestoresTheSetExactly() {
        Map<OutPoint, TxOutput> before = new HashMap<>(f.utxos.unspentOutputs());
        TxUndo undo = f.utxos.apply(payment);
        f.utxos.undo(payment, undo);
        assertEquals(before, new HashMap<>(f.utxos.unspentOutputs()));
        assertTrue(f.utxos.spentBy(f.aliceCoin).isEmpty());
    }

    @Test
    void undoingABlockRestoresTheSetExactly() {
        Map<OutPoint, TxOutput> before = new HashMap<>(f.utxos.unspentOutputs());
        UtxoSet afterPayment = f.utxos.copy();
        afterPayment.apply(payment);
        Transaction onward = BOB.pay(afterPayment, CAROL.publicKey(), Amount.bitcoin(5), Amount.sats(500));
        List<Transaction> block = List.of(Transaction.coinbase(1, Amount.bitcoin(50), CAROL.publicKey()), payment,
                onward);
        List<TxUndo> undo = f.utxos.applyAll(block);
        assertEquals(Amount.bitcoin(55), CAROL.balance(f.utxos));
        f.utxos.undoAll(block, undo);
        assertEquals(before, new HashMap<>(f.utxos.unspentOutputs()));
    }

    @Test
    void undoingOutOfOrderIsRefused() {
        TxUndo undoPayment = f.utxos.apply(payment);
        Transaction onward = BOB.pay(f.utxos, CAROL.publicKey(), Amount.bitcoin(5), Amount.sats(500));
        f.utxos.apply(onward);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.utxos.undo(payment, undoPayment));
        assertTrue(e.getMessage().contains("undo later transactions first"), e.getMessage());
    }

    @Test
    void applyingADoubleSpendIsRefused() {
        f.utxos.apply(payment);
        Transaction again = ALICE.sign(payment.unsigned());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.utxos.apply(again));
        assertTrue(e.getMessage().contains("validate transactions before applying them"), e.getMessage());
    }

    @Test
    void applyingTheSameCoinbaseTwiceIsRefused_BIP30() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.utxos.apply(f.coinbase));
        assertTrue(e.getMessage().contains("BIP 30"), e.getMessage());
    }

    @Test
    void supplyIsTheCoinbasesMinusTheFees_seededRandomSequences() {
        Random random = new Random(99);
        List<Wallet> wallets = List.of(ALICE, BOB, CAROL, Wallet.fromSeed(4));
        for (int run = 0; run < 5; run++) {
            UtxoSet utxos = new UtxoSet();
            long minted = 0;
            long fees = 0;
            for (int step = 0; step < 40; step++) {
                if (step % 8 == 0) {
                    Amount reward = Amount.sats(1 + random.nextInt(5_000_000));
                    utxos.apply(Transaction.coinbase(run * 100 + step,
                            reward, wallets.get(random.nextInt(wallets.size())).publicKey()));
                    minted += reward.satoshis();
                    continue;
                }
                Wallet from = wallets.get(random.nextInt(wallets.size()));
                long balance = from.balance(utxos).satoshis();
                if (balance < 2) {
                    continue;
                }
                long fee = random.nextInt((int) Math.min(balance / 2, 10_000) + 1);
                long amount = 1 + random.nextLong(balance - fee);
                Transaction tx = from.pay(utxos, wallets.get(random.nextInt(wallets.size())).publicKey(),
                        Amount.sats(amount), Amount.sats(fee));
                assertTrue(UtxoValidator.validate(tx, utxos).isValid());
                fees += UtxoValidator.fee(tx, utxos).satoshis();
                utxos.apply(tx);
                assertEquals(minted - fees, utxos.total().satoshis(), "run " + run + ", step " + step);
            }
        }
    }

    @Test
    void walletThatCannotCoverAPaymentSaysWhatItHas() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BOB.pay(f.utxos, ALICE.publicKey(), Amount.sats(1), Amount.ZERO));
        assertTrue(e.getMessage().endsWith("has 0 sat, cannot pay 1 sat with fee 0 sat"), e.getMessage());
    }

    @Test
    void sameSeedBuildsTheSamePayment() {
        Transaction a = Wallet.fromSeed(1).pay(f.utxos, BOB.publicKey(), Amount.bitcoin(1), Amount.ZERO);
        Transaction b = Wallet.fromSeed(1).pay(f.utxos, BOB.publicKey(), Amount.bitcoin(1), Amount.ZERO);
        assertEquals(a.txid(), b.txid());
    }

    @Test
    void paymentReturnsChangeToThePayer() {
        assertEquals(List.of(new TxOutput(Amount.bitcoin(10), BOB.publicKey()),
                        new TxOutput(Amount.bitcoin(40).minus(Amount.sats(1_000)), ALICE.publicKey())),
                new ArrayList<>(payment.outputs()));
    }
}
