package layers.l1.ledger.utxo;

import layers.l1.crypto.Hash;
import layers.l1.ledger.Amount;

/** Seeded wallets and a UTXO set holding a 50-bitcoin coinbase for Alice. */
final class UtxoFixtures {

    static final Wallet ALICE = Wallet.fromSeed(1);
    static final Wallet BOB = Wallet.fromSeed(2);
    static final Wallet CAROL = Wallet.fromSeed(3);

    final UtxoSet utxos = new UtxoSet();
    final Transaction coinbase = Transaction.coinbase(0, Amount.bitcoin(50), ALICE.publicKey());
    final OutPoint aliceCoin = coinbase.outPoint(0);

    UtxoFixtures() {
        utxos.apply(coinbase);
    }

    static OutPoint nowhere() {
        return new OutPoint(Hash.fromHex("11".repeat(32)), 0);
    }
}
