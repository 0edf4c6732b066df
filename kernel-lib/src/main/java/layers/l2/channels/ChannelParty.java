package layers.l2.channels;

import layers.l1.crypto.Hash;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;
import layers.l1.ledger.utxo.Wallet;

import java.util.Random;

/**
 * One end of a channel and its secrets (BOLT 2 {@code open_channel}): a funding key for the 2-of-2 output, a wallet
 * on L1 whose key also receives {@code to_remote} outputs (BOLT 3 with {@code option_static_remotekey}), the
 * basepoint secrets from which each commitment's delayed and revocation keys are derived, and the seed of its
 * per-commitment secrets. Everything comes from one seeded {@link Random}: reproducible, so never for real money.
 */
public final class ChannelParty {

    private final String name;
    private final Wallet wallet;
    private final PrivateKey fundingKey;
    private final PrivateKey delayedPaymentBasepointSecret;
    private final PrivateKey revocationBasepointSecret;
    private final byte[] perCommitmentSeed = new byte[32];

    private ChannelParty(String name, long seed) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a channel party needs a name");
        }
        this.name = name;
        Random random = new Random(seed);
        this.wallet = Wallet.of(PrivateKey.random(random), random.nextLong());
        this.fundingKey = PrivateKey.random(random);
        this.delayedPaymentBasepointSecret = PrivateKey.random(random);
        this.revocationBasepointSecret = PrivateKey.random(random);
        random.nextBytes(perCommitmentSeed);
    }

    /** A party whose keys are drawn from {@code new Random(seed)}. */
    public static ChannelParty fromSeed(String name, long seed) {
        return new ChannelParty(name, seed);
    }

    public String name() {
        return name;
    }

    /** Its L1 wallet: coins to fund a channel, and the key that receives its balance when a channel closes. */
    public Wallet wallet() {
        return wallet;
    }

    public PrivateKey fundingKey() {
        return fundingKey;
    }

    public PublicKey delayedPaymentBasepoint() {
        return delayedPaymentBasepointSecret.publicKey();
    }

    public PublicKey revocationBasepoint() {
        return revocationBasepointSecret.publicKey();
    }

    PrivateKey delayedPaymentBasepointSecret() {
        return delayedPaymentBasepointSecret;
    }

    PrivateKey revocationBasepointSecret() {
        return revocationBasepointSecret;
    }

    /** The secret of this party's commitment number {@code n}; revealing it revokes that commitment. */
    public Hash perCommitmentSecret(long commitmentNumber) {
        return PerCommitmentSecret.generateFromSeed(perCommitmentSeed,
                PerCommitmentSecret.indexOf(commitmentNumber));
    }

    /** The point of its commitment number {@code n}, which it shares in advance (BOLT 2 {@code next_per_commitment_point}). */
    public PublicKey perCommitmentPoint(long commitmentNumber) {
        return PerCommitmentSecret.perCommitmentPoint(perCommitmentSecret(commitmentNumber));
    }

    @Override
    public String toString() {
        return name;
    }
}
