package layers.l2.bridge;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What the bridge's signers sign to release tokens on L1: withdrawal {@code withdrawalId} pays {@code amount} to
 * {@code l1Recipient}. The bridge cannot see the sidechain; this order is all it knows of the burn behind it.
 */
public record ReleaseOrder(long withdrawalId, String l1Recipient, long amount) {

    public byte[] toBytes() {
        byte[] r = l1Recipient.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + 4 + r.length + 8).putLong(withdrawalId).putInt(r.length).put(r)
                .putLong(amount).array();
    }
}
