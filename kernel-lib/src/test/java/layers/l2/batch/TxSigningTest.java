package layers.l2.batch;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import layers.core.Verdict;
import layers.l1.execution.Action;
import layers.l1.execution.Tx;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.Secp256k1;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A signature recovers its sender; each kind of tampering is rejected for its own rule. */
class TxSigningTest {

    private static final PrivateKey ALICE = PrivateKey.random(new SplittableRandom(1));
    private static final EthereumAddress ALICE_ADDRESS = EthereumAddress.fromPublicKey(ALICE.publicKey());
    private static final EthereumAddress BOB = EthereumAddress.fromHex("0x0000000000000000000000000000000000000b0b");
    private static final Tx TX = Tx.of(ALICE_ADDRESS, 7, new Action.Transfer(BOB, Wei.ether(1)));

    @Test
    void anHonestSignatureRecoversTheSender() {
        for (int nonce = 0; nonce < 20; nonce++) {  // both parities occur
            Tx tx = Tx.of(ALICE_ADDRESS, nonce, new Action.Transfer(BOB, Wei.of(nonce + 1)));
            TxSignature sig = TxSigning.sign(ALICE, tx);
            assertEquals(ALICE_ADDRESS, TxSigning.recoverSender(tx, sig).orElseThrow());
            assertEquals(Verdict.valid(), TxSigning.verify(tx, sig));
            assertTrue(sig.s().compareTo(Secp256k1.HALF_N) <= 0, "low s");
            assertEquals(sig, TxSignature.fromBytes(sig.toBytes()));
            assertEquals(layers.l1.signatures.Ecdsa.sign(ALICE, TxSigning.signingHash(tx)), sig.ecdsa(),
                    "the same (r, s) as Part I's ECDSA");
        }
    }

    @Test
    void aChangedTransactionRecoversSomeoneElse() {
        TxSignature sig = TxSigning.sign(ALICE, TX);
        Tx changed = Tx.of(ALICE_ADDRESS, 7, new Action.Transfer(BOB, Wei.ether(2)));
        assertTrue(TxSigning.verify(changed, sig).isRejectedFor(TxSignatureRule.WRONG_SENDER));
        Tx otherSender = Tx.of(BOB, 7, new Action.Transfer(BOB, Wei.ether(1)));
        assertTrue(TxSigning.verify(otherSender, sig).isRejectedFor(TxSignatureRule.WRONG_SENDER));
    }

    @Test
    void aFlippedParityRecoversSomeoneElse() {
        TxSignature sig = TxSigning.sign(ALICE, TX);
        TxSignature flipped = new TxSignature(sig.r(), sig.s(), 1 - sig.yParity());
        Verdict verdict = TxSigning.verify(TX, flipped);
        assertTrue(verdict.isRejectedFor(TxSignatureRule.WRONG_SENDER), verdict.toString());
    }

    @Test
    void aChangedROrSIsRejected() {
        TxSignature sig = TxSigning.sign(ALICE, TX);
        Verdict changedS = TxSigning.verify(TX, new TxSignature(sig.r(), sig.s().subtract(BigInteger.ONE),
                sig.yParity()));
        assertTrue(changedS.isRejectedFor(TxSignatureRule.WRONG_SENDER), changedS.toString());
        Verdict changedR = TxSigning.verify(TX, new TxSignature(sig.r().add(BigInteger.ONE), sig.s(),
                sig.yParity()));
        assertTrue(changedR.isRejectedFor(TxSignatureRule.WRONG_SENDER)
                || changedR.isRejectedFor(TxSignatureRule.NO_POINT_FOR_R), changedR.toString());
    }

    @Test
    void theHighSTwinIsRejected() {
        TxSignature sig = TxSigning.sign(ALICE, TX);
        TxSignature high = new TxSignature(sig.r(), Secp256k1.N.subtract(sig.s()), 1 - sig.yParity());
        Verdict verdict = TxSigning.verify(TX, high);
        assertTrue(verdict.isRejectedFor(TxSignatureRule.S_OUT_OF_RANGE), verdict.toString());
        assertEquals(ALICE_ADDRESS, TxSigning.recoverSender(TX, high).orElseThrow(),
                "the twin does recover Alice: that is the malleability EIP-2 forbids");
    }

    @Test
    void outOfRangeValuesAreRejected() {
        TxSignature sig = TxSigning.sign(ALICE, TX);
        assertTrue(TxSigning.verify(TX, new TxSignature(BigInteger.ZERO, sig.s(), 0))
                .isRejectedFor(TxSignatureRule.R_OUT_OF_RANGE));
        assertTrue(TxSigning.verify(TX, new TxSignature(Secp256k1.N, sig.s(), 0))
                .isRejectedFor(TxSignatureRule.R_OUT_OF_RANGE));
        assertTrue(TxSigning.verify(TX, new TxSignature(sig.r(), BigInteger.ZERO, 0))
                .isRejectedFor(TxSignatureRule.S_OUT_OF_RANGE));
    }

    @Test
    void anRWithNoCurvePointIsRejected() {
        // x = 5: 5^3 + 7 = 132 is not a square mod p (liftX says so), so no point has x = 5
        assertTrue(Secp256k1.liftX(BigInteger.valueOf(5)).isEmpty());
        TxSignature sig = TxSigning.sign(ALICE, TX);
        Verdict verdict = TxSigning.verify(TX, new TxSignature(BigInteger.valueOf(5), sig.s(), 0));
        assertTrue(verdict.isRejectedFor(TxSignatureRule.NO_POINT_FOR_R), verdict.toString());
    }

    @Test
    void onlyTheSendersKeyCanSign() {
        PrivateKey mallory = PrivateKey.random(new SplittableRandom(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TxSigning.sign(mallory, TX));
        assertTrue(e.getMessage().contains("cannot sign a transaction from " + ALICE_ADDRESS), e.getMessage());
    }

    @Test
    void aBatchNamesItsFirstBadSignature() {
        BatchWorkload workload = BatchWorkload.create(11, 30);
        TxBatch batch = workload.nextSignedBatch(10);
        assertTrue(batch.verifySignatures().isValid());
        List<TxSignature> sigs = new java.util.ArrayList<>(batch.signatures());
        sigs.set(4, sigs.get(3));
        Verdict verdict = new TxBatch(batch.txs(), sigs).verifySignatures();
        assertTrue(verdict.isRejectedFor(TxSignatureRule.WRONG_SENDER), verdict.toString());
        assertTrue(verdict.detail().orElseThrow().startsWith("transaction 4: "), verdict.toString());
    }

    @Test
    void aSignatureHas65Bytes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TxSignature.fromBytes(new byte[64]));
        assertEquals("a signature has 65 bytes (r, s, y_parity), not 64", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TxSignature(BigInteger.ONE, BigInteger.ONE, 2));
    }
}
