package layers.l1.ledger.utxo;

import layers.l1.keys.PrivateKey;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.Amount;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One key and the coins locked to it: builds and signs payments for tests and notebooks. The key and the signatures'
 * auxiliary randomness come from one seeded {@link Random}, so the same seed gives the same key and, for the same
 * calls in the same order, the same transactions. Not for real money: seeded keys are predictable.
 */
public final class Wallet {

    private final PrivateKey key;
    private final XOnlyPublicKey publicKey;
    private final Random random;

    private Wallet(PrivateKey key, Random random) {
        this.key = key;
        this.publicKey = key.publicKey().xOnly();
        this.random = random;
    }

    /** A wallet whose key is drawn from {@code new Random(seed)}. */
    public static Wallet fromSeed(long seed) {
        Random random = new Random(seed);
        return new Wallet(PrivateKey.random(random), random);
    }

    /** A wallet for an existing key; {@code auxSeed} seeds the signatures' auxiliary randomness. */
    public static Wallet of(PrivateKey key, long auxSeed) {
        return new Wallet(key, new Random(auxSeed));
    }

    public PrivateKey key() {
        return key;
    }

    /** The x-only key outputs are locked to: this wallet's "address". */
    public XOnlyPublicKey publicKey() {
        return publicKey;
    }

    /** The unspent outputs locked to this wallet's key, oldest first. */
    public Map<OutPoint, TxOutput> coins(UtxoSet utxos) {
        return utxos.ownedBy(publicKey);
    }

    public Amount balance(UtxoSet utxos) {
        Amount sum = Amount.ZERO;
        for (TxOutput output : coins(utxos).values()) {
            sum = sum.plus(output.amount());
        }
        return sum;
    }

    /**
     * A signed payment of {@code amount} to {@code to}, leaving {@code fee} to the miner and the change to this
     * wallet. Spends the oldest coins first.
     *
     * @throws IllegalStateException naming the balance if the coins do not cover amount and fee
     */
    public Transaction pay(UtxoSet utxos, XOnlyPublicKey to, Amount amount, Amount fee) {
        Amount needed = amount.plus(fee);
        List<OutPoint> spends = new ArrayList<>();
        Amount gathered = Amount.ZERO;
        Iterator<Map.Entry<OutPoint, TxOutput>> coins = utxos.coinsOf(publicKey).iterator();
        while (gathered.compareTo(needed) < 0 && coins.hasNext()) {
            Map.Entry<OutPoint, TxOutput> coin = coins.next();
            spends.add(coin.getKey());
            gathered = gathered.plus(coin.getValue().amount());
        }
        if (gathered.compareTo(needed) < 0) {
            throw new IllegalStateException("wallet " + publicKey.toHex().substring(0, 16) + "… has " + gathered
                    + ", cannot pay " + amount + " with fee " + fee);
        }
        List<TxOutput> outputs = new ArrayList<>(List.of(new TxOutput(amount, to)));
        Amount change = gathered.minus(needed);
        if (!change.isZero()) {
            outputs.add(new TxOutput(change, publicKey));
        }
        return sign(new UnsignedTransaction(spends, outputs));
    }

    /** Signs every input of {@code tx} with this wallet's key. */
    public Transaction sign(UnsignedTransaction tx) {
        return tx.sign(Collections.nCopies(tx.spends().size(), key), random);
    }

    @Override
    public String toString() {
        return "Wallet(" + publicKey.toHex() + ")";
    }
}
