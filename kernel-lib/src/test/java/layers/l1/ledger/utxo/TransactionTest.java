package layers.l1.ledger.utxo;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.keys.PrivateKey;
import layers.l1.ledger.Amount;
import layers.l1.ledger.MalformedException;
import layers.l1.signatures.SchnorrSignature;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static layers.l1.ledger.utxo.UtxoFixtures.ALICE;
import static layers.l1.ledger.utxo.UtxoFixtures.BOB;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransactionTest {

    private final UtxoFixtures f = new UtxoFixtures();
    private final Transaction payment = ALICE.pay(f.utxos, BOB.publicKey(), Amount.bitcoin(10), Amount.sats(1_000));

    @Test
    void txidIsTheDoubleSha256OfTheSerialization() {
        assertEquals(Sha256.doubleHash(payment.serialize()), payment.txid());
    }

    @Test
    void paymentSurvivesSerializeAndParse() {
        assertEquals(payment, Transaction.parse(payment.serialize()));
    }

    @Test
    void coinbaseSurvivesSerializeAndParse() {
        Transaction parsed = Transaction.parse(f.coinbase.serialize());
        assertEquals(f.coinbase, parsed);
        assertEquals(0, parsed.coinbaseHeight());
    }

    @Test
    void randomTransactionsSurviveSerializeAndParse_seeded() {
        Random random = new Random(17);
        for (int n = 0; n < 200; n++) {
            List<TxInput> inputs = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                byte[] txid = new byte[32];
                byte[] sig = new byte[64];
                random.nextBytes(txid);
                random.nextBytes(sig);
                inputs.add(new TxInput(new OutPoint(Hash.of(txid), random.nextInt(Integer.MAX_VALUE)),
                        SchnorrSignature.of(sig)));
            }
            List<TxOutput> outputs = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                outputs.add(new TxOutput(Amount.sats(random.nextLong(Amount.MAX_MONEY + 1)),
                        random.nextBoolean() ? ALICE.publicKey() : BOB.publicKey()));
            }
            Transaction tx = random.nextInt(5) == 0 ? Transaction.coinbase(random.nextInt(1_000_000), outputs)
                    : Transaction.of(inputs, outputs);
            byte[] raw = tx.serialize();
            assertArrayEquals(raw, Transaction.parse(raw).serialize());
        }
    }

    @Test
    void sighashLeavesOutTheSignatures() {
        Transaction resigned = ALICE.sign(payment.unsigned());
        assertEquals(payment.sighash(), resigned.sighash());
        assertNotEquals(payment.txid(), resigned.txid());
    }

    @Test
    void sighashCoversTheOutputs() {
        Transaction changed = payment.withOutputs(List.of(new TxOutput(Amount.bitcoin(1), BOB.publicKey())));
        assertNotEquals(payment.sighash(), changed.sighash());
    }

    @Test
    void coinbasesAtDifferentHeightsHaveDifferentTxids_BIP34() {
        assertNotEquals(Transaction.coinbase(1, Amount.bitcoin(50), ALICE.publicKey()).txid(),
                Transaction.coinbase(2, Amount.bitcoin(50), ALICE.publicKey()).txid());
    }

    @Test
    void signingWithTheWrongNumberOfKeysIsRefused() {
        List<PrivateKey> none = List.of();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> payment.unsigned().sign(none, new Random(1)));
        assertEquals("one key per input: 1 inputs, 0 keys", e.getMessage());
    }

    @Test
    void negativeCoinbaseHeightIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Transaction.coinbase(-1, List.of()));
        assertEquals("a block height cannot be negative: -1", e.getMessage());
    }

    @Test
    void negativeOutputIndexIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OutPoint(Hash.ZERO, -2));
        assertEquals("an output index cannot be negative: -2", e.getMessage());
    }

    @Test
    void signatureOfWrongLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SchnorrSignature.of(new byte[63]));
        assertTrue(e.getMessage().contains("64 bytes"), e.getMessage());
    }

    @Test
    void parsingTruncatedBytesNamesTheFieldAndOffset() {
        MalformedException e = assertThrows(MalformedException.class, () -> Transaction.parse(new byte[] {0, 1, 0}));
        assertEquals("the input count needs 4 bytes, only 2 are left (at byte 1)", e.getMessage());
        assertEquals(1, e.offset());
    }

    @Test
    void coinbaseClaimingInputsIsMalformed() {
        byte[] raw = f.coinbase.serialize();
        raw[5] = 1;
        byte[] withRoom = java.util.Arrays.copyOf(raw, raw.length + Transaction.INPUT_SIZE);
        MalformedException e = assertThrows(MalformedException.class, () -> Transaction.parse(withRoom));
        assertTrue(e.getMessage().startsWith("a coinbase has no inputs"), e.getMessage());
    }
}
