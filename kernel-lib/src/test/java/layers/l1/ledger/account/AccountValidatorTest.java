package layers.l1.ledger.account;

import layers.core.Verdict;
import layers.l1.keys.PrivateKey;
import layers.l1.ledger.Amount;
import layers.l1.signatures.Schnorr;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountValidatorTest {

    static final PrivateKey ALICE = PrivateKey.random(new Random(1));
    static final PrivateKey BOB = PrivateKey.random(new Random(2));

    private final Random aux = new Random(3);
    private final AccountState state = AccountState.genesis(Map.of(ALICE.publicKey().xOnly(), Amount.sats(1_000)));
    private final Transfer honest = Transfer.sign(ALICE, BOB.publicKey().xOnly(), Amount.sats(600), 0, aux);

    @Test
    void honestTransferIsValid() {
        assertEquals(Verdict.valid(), AccountValidator.validate(honest, state));
    }

    @Test
    void transferSignedByAnotherKeyIsRejected() {
        UnsignedTransfer body = honest.body();
        Transfer forged = new Transfer(body, Schnorr.sign(BOB, body.signingHash().bytes(), new byte[32]));
        assertTrue(AccountValidator.validate(forged, state).isRejectedFor(AccountRule.BAD_SIGNATURE));
    }

    @Test
    void changingTheAmountAfterSigningIsABadSignature() {
        Transfer tampered = honest.withBody(new UnsignedTransfer(honest.from(), honest.to(), Amount.sats(900), 0));
        assertTrue(AccountValidator.validate(tampered, state).isRejectedFor(AccountRule.BAD_SIGNATURE));
    }

    @Test
    void changingTheRecipientAfterSigningIsABadSignature() {
        Transfer tampered = honest.withBody(new UnsignedTransfer(honest.from(), ALICE.publicKey().xOnly(),
                honest.amount(), 0));
        assertTrue(AccountValidator.validate(tampered, state).isRejectedFor(AccountRule.BAD_SIGNATURE));
    }

    @Test
    void replayingAnAppliedTransferIsABadNonce() {
        state.apply(honest);
        Verdict v = AccountValidator.validate(honest, state);
        assertTrue(v.isRejectedFor(AccountRule.BAD_NONCE), v.toString());
        assertTrue(v.detail().orElseThrow().contains("a replay"), v.toString());
    }

    @Test
    void skippingANonceIsABadNonce() {
        Transfer early = Transfer.sign(ALICE, BOB.publicKey().xOnly(), Amount.sats(1), 1, aux);
        Verdict v = AccountValidator.validate(early, state);
        assertTrue(v.isRejectedFor(AccountRule.BAD_NONCE), v.toString());
        assertTrue(v.detail().orElseThrow().contains("a gap"), v.toString());
    }

    @Test
    void spendingTheSameBalanceTwiceWithOneNonceIsRejected() {
        Transfer toBob = Transfer.sign(ALICE, BOB.publicKey().xOnly(), Amount.sats(1_000), 0, aux);
        Transfer toSelf = Transfer.sign(ALICE, ALICE.publicKey().xOnly(), Amount.sats(1_000), 0, aux);
        state.apply(toBob);
        assertTrue(AccountValidator.validate(toSelf, state).isRejectedFor(AccountRule.BAD_NONCE));
    }

    @Test
    void spendingMoreThanTheBalanceIsRejected() {
        Transfer tooMuch = Transfer.sign(ALICE, BOB.publicKey().xOnly(), Amount.sats(1_001), 0, aux);
        Verdict v = AccountValidator.validate(tooMuch, state);
        assertTrue(v.isRejectedFor(AccountRule.INSUFFICIENT_BALANCE), v.toString());
        assertEquals("the sender has 1000 sat, the transfer moves 1001 sat", v.detail().orElseThrow());
    }

    @Test
    void secondTransferBeyondTheRemainingBalanceIsRejected() {
        state.apply(honest);
        Transfer second = Transfer.sign(ALICE, BOB.publicKey().xOnly(), Amount.sats(600), 1, aux);
        assertTrue(AccountValidator.validate(second, state).isRejectedFor(AccountRule.INSUFFICIENT_BALANCE));
    }

    @Test
    void honestRawBytesAreValid() {
        assertTrue(AccountValidator.validate(honest.serialize(), state).isValid());
    }

    @Test
    void truncatedBytesAreMalformed() {
        Verdict v = AccountValidator.validate(Arrays.copyOf(honest.serialize(), 100), state);
        assertTrue(v.isRejectedFor(AccountRule.MALFORMED), v.toString());
        assertEquals("the signature needs 64 bytes, only 20 are left (at byte 80)", v.detail().orElseThrow());
    }

    @Test
    void negativeAmountInBytesIsMalformed() {
        byte[] raw = honest.serialize();
        raw[64 + 7] = (byte) 0xff;
        Verdict v = AccountValidator.validate(raw, state);
        assertTrue(v.isRejectedFor(AccountRule.MALFORMED), v.toString());
        assertTrue(v.detail().orElseThrow().startsWith("amount -"), v.toString());
    }

    @Test
    void recipientKeyOffTheCurveIsMalformed() {
        byte[] raw = honest.serialize();
        Arrays.fill(raw, 32, 64, (byte) 0xff);
        assertTrue(AccountValidator.validate(raw, state).isRejectedFor(AccountRule.MALFORMED));
    }

    @Test
    void bytesLeftOverAreMalformed() {
        Verdict v = AccountValidator.validate(Arrays.copyOf(honest.serialize(), Transfer.SIZE + 1), state);
        assertTrue(v.isRejectedFor(AccountRule.MALFORMED), v.toString());
    }
}
