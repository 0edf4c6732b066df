package layers.exercises.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import layers.core.Verdict;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.Amount;
import layers.l1.ledger.account.Account;
import layers.l1.ledger.account.AccountRule;
import layers.l1.ledger.account.UnsignedTransfer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "ledger.account-transfer",
        title = "Apply a transfer in the account model",
        contract = AccountTransfers.class,
        statement = """
                In the account model the ledger is a map from keys to accounts, each a balance and a nonce: the \
                number of transfers the account has sent. Write `apply`, which applies an unsigned transfer \
                (signatures are checked elsewhere) to the map. First the nonce: it must equal the sender's nonce, \
                or the verdict is `BAD_NONCE` (lower is a replay, higher a gap). Then the balance: it must cover the \
                amount, or the verdict is `INSUFFICIENT_BALANCE`. A valid transfer moves the amount from the \
                sender to the recipient and advances the sender's nonce by one; a rejected one changes nothing. \
                A key missing from the map has `Account.EMPTY`.""",
        hints = {
            "Read the sender's account with `accounts.getOrDefault(transfer.from(), Account.EMPTY)`, and check its "
                    + "nonce before its balance; return `Verdict.rejected(AccountRule.BAD_NONCE, \"...\")` and "
                    + "change nothing when a check fails.",
            "Accounts are immutable records: put a new one, `new Account(balance, nonce)`, in the map. `Amount` has "
                    + "`minus`, `plus` and `compareTo`.",
            "Write the sender's new account first, and only then read the recipient's. Otherwise a transfer to "
                    + "yourself reads your old balance twice and creates money."
        })
class AccountTransfersTest {

    // The x-only keys of the private keys 1, 2 and 3: fixed, and free to compute.
    private static final XOnlyPublicKey ALICE =
            XOnlyPublicKey.fromHex("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
    private static final XOnlyPublicKey BOB =
            XOnlyPublicKey.fromHex("c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5");
    private static final XOnlyPublicKey CAROL =
            XOnlyPublicKey.fromHex("f9308a019258c31049344f85f89d5229b531c845836f99b08601f113bce036f9");

    private final AccountTransfers transfers = Implementation.of(AccountTransfers.class);

    private static Map<XOnlyPublicKey, Account> aliceHas(long bitcoin, long nonce) {
        Map<XOnlyPublicKey, Account> accounts = new HashMap<>();
        accounts.put(ALICE, new Account(Amount.bitcoin(bitcoin), nonce));
        return accounts;
    }

    private static UnsignedTransfer transfer(XOnlyPublicKey from, XOnlyPublicKey to, long bitcoin, long nonce) {
        return new UnsignedTransfer(from, to, Amount.bitcoin(bitcoin), nonce);
    }

    @Test
    @Points(2)
    @DisplayName("a valid transfer moves the amount and advances the sender's nonce")
    void validTransferMovesTheAmount() {
        Map<XOnlyPublicKey, Account> accounts = aliceHas(10, 0);
        Verdict verdict = transfers.apply(accounts, transfer(ALICE, BOB, 4, 0));
        assertTrue(verdict.isValid(), "Alice (10 BTC, nonce 0) sends 4 BTC to Bob with nonce 0: " + verdict);
        assertEquals(new Account(Amount.bitcoin(6), 1), accounts.get(ALICE), "Alice's account after the transfer");
        assertEquals(new Account(Amount.bitcoin(4), 0), accounts.get(BOB), "Bob's account after the transfer");
    }

    @Test
    @Points(1)
    @DisplayName("a replayed transfer is BAD_NONCE and changes nothing")
    void replayIsBadNonce() {
        Map<XOnlyPublicKey, Account> accounts = aliceHas(10, 0);
        UnsignedTransfer payBob = transfer(ALICE, BOB, 4, 0);
        transfers.apply(accounts, payBob);
        Map<XOnlyPublicKey, Account> before = new HashMap<>(accounts);
        Verdict replay = transfers.apply(accounts, payBob);
        assertEquals(AccountRule.BAD_NONCE, replay.rule().orElse(null),
                "the same transfer (nonce 0) applied a second time: " + replay);
        assertEquals(before, accounts, "the accounts after the rejected replay");
    }

    @Test
    @Points(1)
    @DisplayName("a nonce that skips ahead is BAD_NONCE")
    void gapIsBadNonce() {
        Map<XOnlyPublicKey, Account> accounts = aliceHas(10, 3);
        Verdict gap = transfers.apply(accounts, transfer(ALICE, BOB, 1, 5));
        assertEquals(AccountRule.BAD_NONCE, gap.rule().orElse(null), "nonce 5 from Alice, whose nonce is 3: " + gap);
        assertEquals(aliceHas(10, 3), accounts, "the accounts after the rejected transfer");
    }

    @Test
    @Points(1)
    @DisplayName("a transfer above the balance is INSUFFICIENT_BALANCE and changes nothing")
    void overdraftIsInsufficientBalance() {
        Map<XOnlyPublicKey, Account> accounts = aliceHas(10, 0);
        Verdict overdraft = transfers.apply(accounts, transfer(ALICE, BOB, 11, 0));
        assertEquals(AccountRule.INSUFFICIENT_BALANCE, overdraft.rule().orElse(null),
                "11 BTC from Alice, who has 10: " + overdraft);
        assertEquals(aliceHas(10, 0), accounts, "the accounts after the rejected transfer");
    }

    @Test
    @Points(1)
    @DisplayName("a key that is not in the map has an empty account")
    void missingKeyIsEmpty() {
        Map<XOnlyPublicKey, Account> accounts = aliceHas(10, 0);
        Verdict fromNobody = transfers.apply(accounts, transfer(CAROL, BOB, 1, 0));
        assertEquals(AccountRule.INSUFFICIENT_BALANCE, fromNobody.rule().orElse(null),
                "1 BTC from Carol, who has no account: " + fromNobody);
        Verdict emptyTransfer = transfers.apply(accounts, transfer(CAROL, BOB, 0, 0));
        assertTrue(emptyTransfer.isValid(), "0 BTC from Carol with nonce 0: " + emptyTransfer);
        assertEquals(new Account(Amount.ZERO, 1), accounts.get(CAROL), "Carol's account after sending 0 BTC");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("the nonce is checked before the balance")
    void nonceBeforeBalance() {
        Map<XOnlyPublicKey, Account> accounts = aliceHas(10, 2);
        Verdict both = transfers.apply(accounts, transfer(ALICE, BOB, 50, 0));
        assertEquals(AccountRule.BAD_NONCE, both.rule().orElse(null),
                "50 BTC with nonce 0 from Alice, who has 10 BTC and nonce 2: " + both);
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("a transfer to yourself creates no money")
    void selfTransferCreatesNoMoney() {
        Map<XOnlyPublicKey, Account> accounts = aliceHas(10, 0);
        Verdict verdict = transfers.apply(accounts, transfer(ALICE, ALICE, 7, 0));
        assertTrue(verdict.isValid(), "7 BTC from Alice to Alice: " + verdict);
        assertEquals(new Account(Amount.bitcoin(10), 1), accounts.get(ALICE), "Alice's account after paying herself");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("300 seeded transfers among three accounts")
    void manySeededTransfers() {
        List<XOnlyPublicKey> keys = List.of(ALICE, BOB, CAROL);
        Map<XOnlyPublicKey, Account> accounts = new HashMap<>();
        Map<XOnlyPublicKey, Account> expected = new LinkedHashMap<>();
        for (XOnlyPublicKey key : keys) {
            accounts.put(key, new Account(Amount.bitcoin(20), 0));
            expected.put(key, new Account(Amount.bitcoin(20), 0));
        }
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            XOnlyPublicKey from = keys.get(random.nextInt(3));
            XOnlyPublicKey to = keys.get(random.nextInt(3));
            Account sender = expected.get(from);
            long nonce = random.nextInt(5) == 0 ? random.nextInt(4) : sender.nonce();
            Amount amount = Amount.sats((long) (random.nextDouble() * 15 * Amount.COIN));
            AccountRule rule = nonce != sender.nonce() ? AccountRule.BAD_NONCE
                    : sender.balance().compareTo(amount) < 0 ? AccountRule.INSUFFICIENT_BALANCE : null;
            if (rule == null) {
                expected.put(from, new Account(sender.balance().minus(amount), sender.nonce() + 1));
                Account recipient = expected.get(to);
                expected.put(to, new Account(recipient.balance().plus(amount), recipient.nonce()));
            }
            Verdict verdict = transfers.apply(accounts, new UnsignedTransfer(from, to, amount, nonce));
            assertEquals(rule, verdict.rule().orElse(null), "the rule broken by seeded transfer #" + i);
            assertEquals(expected, accounts, "the accounts after seeded transfer #" + i);
        }
    }
}
