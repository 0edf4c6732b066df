package layers.l1.crypto;

/** Hash combinations that Bitcoin gives a name of their own. */
public final class Hashes {

    private Hashes() {
    }

    /**
     * Bitcoin's HASH160, {@code RIPEMD160(SHA256(data))}: the key hash in P2PKH and P2WPKH outputs (BIP-173 gives
     * {@code 751e76e8…3bd6} for the compressed generator point).
     */
    public static Hash160 hash160(byte[] data) {
        return Ripemd160.hash(Sha256.hash(data).bytes());
    }
}
