package layers.l1.block;

import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.Transaction;
import layers.l1.ledger.utxo.Wallet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainBuilderTest {

    private final Wallet alice = Wallet.fromSeed(201);
    private final Wallet bob = Wallet.fromSeed(202);

    @Test
    void minerCollectsSubsidyAndFees() {
        ChainBuilder chain = ChainBuilder.easy(1);
        chain.mine(alice);
        chain.pay(alice, bob.publicKey(), Amount.bitcoin(1), Amount.sats(2_500)).mine(bob);
        assertEquals(Amount.bitcoin(51).plus(Amount.sats(2_500)), bob.balance(chain.state().utxos()));
    }

    @Test
    void sameSeedBuildsTheSameChain() {
        List<Block> a = ChainBuilder.easy(3).mineBlocks(3, Wallet.fromSeed(9)).blocks();
        List<Block> b = ChainBuilder.easy(3).mineBlocks(3, Wallet.fromSeed(9)).blocks();
        assertEquals(a, b);
    }

    @Test
    void paymentsInOneBlockMaySpendEachOthersChange() {
        ChainBuilder chain = ChainBuilder.easy(1);
        chain.mine(alice);
        chain.pay(alice, bob.publicKey(), Amount.bitcoin(30), Amount.ZERO)
                .pay(alice, bob.publicKey(), Amount.bitcoin(15), Amount.ZERO)
                .pay(bob, alice.publicKey(), Amount.bitcoin(40), Amount.ZERO)
                .mine(bob);
        assertTrue(new ChainValidator(ChainParams.easy()).validate(chain.blocks()).isValid());
    }

    @Test
    void supplyIsTheSumOfSubsidiesAndCoinbasesAddTheFees_seededRandomChains() {
        List<Wallet> wallets = List.of(alice, bob, Wallet.fromSeed(203));
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            ChainBuilder chain = ChainBuilder.easy(seed);
            long fees = 0;
            for (int height = 0; height < 12; height++) {
                for (int p = random.nextInt(4); p > 0 && height > 0; p--) {
                    Wallet from = wallets.get(random.nextInt(3));
                    long balance = from.balance(chain.utxos()).satoshis();
                    if (balance > 10_000) {
                        long fee = random.nextInt(5_000);
                        chain.pay(from, wallets.get(random.nextInt(3)).publicKey(),
                                Amount.sats(1 + random.nextLong(balance - fee - 1)), Amount.sats(fee));
                        fees += fee;
                    }
                }
                chain.mine(wallets.get(random.nextInt(3)));
            }
            long coinbases = chain.blocks().stream()
                    .flatMap(b -> b.transactions().get(0).outputs().stream())
                    .mapToLong(o -> o.amount().satoshis()).sum();
            assertTrue(new ChainValidator(ChainParams.easy()).validate(chain.blocks()).isValid());
            assertEquals(Amount.bitcoin(50 * 12), chain.state().utxos().total(), "seed " + seed);
            assertEquals(Amount.bitcoin(50 * 12).satoshis() + fees, coinbases, "seed " + seed);
        }
    }

    @Test
    void blocksAreTenMinutesApart() {
        List<Block> blocks = ChainBuilder.easy(1).mineBlocks(3, alice).blocks();
        assertEquals(ChainBuilder.GENESIS_TIME + 1_200, blocks.get(2).header().time());
    }

    @Test
    void includingAnInvalidTransactionIsRefusedWithItsVerdict() {
        ChainBuilder chain = ChainBuilder.easy(1);
        Transaction coinbase = Transaction.coinbase(5, Amount.bitcoin(1), alice.publicKey());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> chain.include(coinbase));
        assertTrue(e.getMessage().endsWith("the builder makes the coinbase"), e.getMessage());
    }
}
