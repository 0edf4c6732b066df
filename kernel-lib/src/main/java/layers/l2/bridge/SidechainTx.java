package layers.l2.bridge;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A sidechain transaction: a mint of a bridge deposit, a transfer, or a burn that asks the bridge to release on L1.
 * Amounts are in the bridged token's base units. Each encodes to bytes for the block's transaction root.
 */
public sealed interface SidechainTx {

    /** The encoding hashed into the block's transaction root. */
    byte[] toBytes();

    /** The amount moved; positive. */
    long amount();

    /** Mints {@code amount} to {@code to} for L1 deposit {@code depositId}: each deposit can be minted once. */
    record Mint(long depositId, String to, long amount) implements SidechainTx {
        public byte[] toBytes() {
            return encode((byte) 1, depositId, to, "", amount);
        }
    }

    /** Moves {@code amount} from {@code from} to {@code to}. */
    record Transfer(String from, String to, long amount) implements SidechainTx {
        public byte[] toBytes() {
            return encode((byte) 2, 0, from, to, amount);
        }
    }

    /** Destroys {@code amount} of {@code from}'s tokens so the bridge releases them to {@code l1Recipient}. */
    record Burn(String from, String l1Recipient, long amount) implements SidechainTx {
        public byte[] toBytes() {
            return encode((byte) 3, 0, from, l1Recipient, amount);
        }
    }

    private static byte[] encode(byte kind, long id, String a, String b, long amount) {
        byte[] ab = a.getBytes(StandardCharsets.UTF_8);
        byte[] bb = b.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(1 + 8 + 4 + ab.length + 4 + bb.length + 8).put(kind).putLong(id)
                .putInt(ab.length).put(ab).putInt(bb.length).put(bb).putLong(amount).array();
    }
}
