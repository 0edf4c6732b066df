package layers.l2.channels;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.ledger.utxo.Transaction;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches the chain for an offline client and punishes a revoked commitment for it. After each revocation the client
 * hands over a pre-signed penalty transaction, encrypted under a key only the revoked commitment's txid gives, and
 * filed under a hint derived from that txid: the tower learns nothing about the channel until the cheater publishes,
 * and then it can decrypt exactly that penalty. The scheme follows the idea of LND's watchtower protocol (hint and
 * key from the breach txid); the cipher here, a SHA-256 keystream, stands in for its authenticated encryption.
 */
public final class Watchtower {

    private final Map<Hash, byte[]> blobsByHint = new HashMap<>();
    private final List<Verdict> penalties = new ArrayList<>();
    private int scanned;

    /** Stores the penalty for the commitment whose txid is {@code breachTxid}, encrypted. */
    public void watch(Hash breachTxid, Transaction penalty) {
        blobsByHint.put(hint(breachTxid), xor(penalty.serialize(), breachTxid));
    }

    /** Reads the blocks since the last scan and broadcasts the penalty for every revoked commitment it finds. */
    public List<Verdict> scan(ChannelChain chain) {
        List<Verdict> broadcast = new ArrayList<>();
        List<ConfirmedTx> txs = chain.transactions();
        for (; scanned < txs.size(); scanned++) {
            Hash txid = txs.get(scanned).transaction().txid();
            byte[] blob = blobsByHint.remove(hint(txid));
            if (blob != null) {
                Verdict verdict = chain.submit(Transaction.parse(xor(blob, txid)));
                broadcast.add(verdict);
                penalties.add(verdict);
            }
        }
        return broadcast;
    }

    /** How many penalties it holds, one per revoked commitment of the other party. */
    public int appointments() {
        return blobsByHint.size();
    }

    /** Every penalty broadcast so far, with the chain's verdict. */
    public List<Verdict> penalties() {
        return List.copyOf(penalties);
    }

    /** The hint a blob is filed under: {@code SHA256(txid)}, which does not reveal the txid. */
    static Hash hint(Hash txid) {
        return Sha256.hash(txid.bytes());
    }

    /** XOR with the keystream {@code SHA256(txid || txid || counter)}, counter 0, 1, 2, ... (encrypts and decrypts). */
    static byte[] xor(byte[] data, Hash txid) {
        byte[] out = data.clone();
        for (int block = 0; block * 32 < out.length; block++) {
            byte[] stream = Sha256.hash(txid.bytes(), txid.bytes(), ByteBuffer.allocate(4).putInt(block).array())
                    .bytes();
            for (int i = 0; i < 32 && block * 32 + i < out.length; i++) {
                out[block * 32 + i] ^= stream[i];
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Watchtower(" + appointments() + " appointments, " + penalties.size() + " penalties broadcast)";
    }
}
