package layers.exercises.ledger;

import java.math.BigInteger;
import layers.l1.block.BlockHeader;
import layers.l1.crypto.Hash;

/**
 * Exercise {@code ledger.find-nonce}: compare a block hash with a target, and find the nonce that makes a header
 * meet its target. Write {@link #meetsTarget} and {@link #findNonce}, then grade them:
 * {@code ./course grade ledger.find-nonce}.
 *
 * <p>Hints:
 * <ol>
 *   <li>{@code new BigInteger(1, bytes)} reads bytes as an unsigned big-endian number. A block hash is read the
 *       other way round, so reverse the bytes first, or use {@code blockHash.toLittleEndianNumber()}.</li>
 *   <li>"At most" is {@code compareTo(target) <= 0}.</li>
 *   <li>The header's bits give the target: {@code template.bits().toTarget()}. Check
 *       {@code template.bits().encodingProblem()} first: with a zero target, no nonce works and the search never
 *       ends.</li>
 *   <li>Try {@code template.withNonce(nonce)} for nonce = 0, 1, 2, ... up to {@code 0xffffffffL}, and return the
 *       first whose {@code hash()} meets the target.</li>
 * </ol>
 */
public class MyNonceFinder implements NonceFinder {

    @Override
    public boolean meetsTarget(Hash blockHash, BigInteger target) {
        throw new UnsupportedOperationException("exercise ledger.find-nonce: not written yet — see the hints above");
    }

    @Override
    public long findNonce(BlockHeader template) {
        throw new UnsupportedOperationException("exercise ledger.find-nonce: not written yet — see the hints above");
    }
}
