package layers.l1.ledger.account;

import layers.l1.keys.PrivateKey;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.Amount;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountStateTest {

    private static final PrivateKey ALICE = AccountValidatorTest.ALICE;
    private static final XOnlyPublicKey BOB = AccountValidatorTest.BOB.publicKey().xOnly();

    private final Random aux = new Random(5);
    private final AccountState state = AccountState.genesis(Map.of(ALICE.publicKey().xOnly(), Amount.sats(1_000)));

    @Test
    void applyingMovesTheAmountAndAdvancesTheSendersNonce() {
        state.apply(Transfer.sign(ALICE, BOB, Amount.sats(300), 0, aux));
        assertEquals(new Account(Amount.sats(700), 1), state.account(ALICE.publicKey().xOnly()));
        assertEquals(new Account(Amount.sats(300), 0), state.account(BOB));
    }

    @Test
    void transferToSelfOnlyAdvancesTheNonce() {
        state.apply(Transfer.sign(ALICE, ALICE.publicKey().xOnly(), Amount.sats(300), 0, aux));
        assertEquals(new Account(Amount.sats(1_000), 1), state.account(ALICE.publicKey().xOnly()));
    }

    @Test
    void unknownAccountIsEmpty() {
        assertEquals(Account.EMPTY, state.account(BOB));
    }

    @Test
    void applyingAReplayIsRefused() {
        Transfer t = Transfer.sign(ALICE, BOB, Amount.sats(300), 0, aux);
        state.apply(t);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> state.apply(t));
        assertTrue(e.getMessage().contains("validate transfers before applying them"), e.getMessage());
    }

    @Test
    void transferSurvivesSerializeAndParse() {
        Transfer t = Transfer.sign(ALICE, BOB, Amount.sats(300), 7, aux);
        assertEquals(t, Transfer.parse(t.serialize()));
        assertArrayEquals(t.serialize(), Transfer.parse(t.serialize()).serialize());
        assertEquals(Transfer.SIZE, t.serialize().length);
    }

    @Test
    void signingWithAnotherKeyIsRefused() {
        UnsignedTransfer body = new UnsignedTransfer(BOB, BOB, Amount.sats(1), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> body.sign(ALICE, aux));
        assertTrue(e.getMessage().contains("cannot sign a transfer from " + BOB.toHex()), e.getMessage());
    }

    @Test
    void negativeNonceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new UnsignedTransfer(BOB, BOB, Amount.sats(1), -1));
        assertEquals("a nonce cannot be negative: -1", e.getMessage());
    }

    @Test
    void supplyIsTheGenesisAllocationAfterAnyValidTransfers_seeded() {
        Random random = new Random(77);
        List<PrivateKey> keys = new ArrayList<>();
        Map<XOnlyPublicKey, Amount> allocation = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            keys.add(PrivateKey.random(random));
            allocation.put(keys.get(i).publicKey().xOnly(), Amount.sats(1 + random.nextInt(1_000_000)));
        }
        AccountState s = AccountState.genesis(allocation);
        Amount supply = s.totalSupply();
        int applied = 0;
        for (int step = 0; step < 150; step++) {
            PrivateKey from = keys.get(random.nextInt(keys.size()));
            Account sender = s.account(from.publicKey().xOnly());
            long nonce = random.nextInt(10) == 0 ? sender.nonce() + random.nextInt(3) - 1 : sender.nonce();
            Amount amount = Amount.sats(random.nextLong(sender.balance().satoshis() * 5 / 4 + 2));
            Transfer t = Transfer.sign(from, keys.get(random.nextInt(keys.size())).publicKey().xOnly(), amount,
                    Math.max(0, nonce), random);
            if (AccountValidator.validate(t, s).isValid()) {
                s.apply(t);
                applied++;
            }
            assertEquals(supply, s.totalSupply(), "step " + step);
        }
        assertTrue(applied > 50, "only " + applied + " transfers were valid");
    }
}
