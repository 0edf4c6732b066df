package layers.exercises.pos;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.pos.Gwei;
import layers.l1.pos.ProposerSelection;
import layers.l1.pos.SpecConstants;

/**
 * Exercise {@code pos.proposer}: the stake-weighted walk that picks a slot's proposer. Write
 * {@link #computeProposerIndex}, then grade it: {@code ./course grade pos.proposer}. The shuffle is given: call
 * {@code ProposerSelection.computeShuffledIndex(position, total, seed)}. (The same class also has a
 * {@code computeProposerIndex}; write the walk yourself.)
 *
 * <p>Hints:
 * <ol>
 *   <li>Loop with a {@code long i} from 0 until a candidate is accepted; nothing else ends the walk. Check that
 *       {@code indices} is not empty first, or the walk has nobody to visit.</li>
 *   <li>The random bytes come 32 at a time: hash {@code seed.bytes()} together with
 *       {@code ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(i / 32).array()}
 *       ({@code Sha256.hash(a, b)} hashes {@code a} then {@code b}), and take byte {@code i % 32}. Java's bytes are
 *       signed: {@code & 0xff} gives 0 to 255.</li>
 *   <li>Compare in {@code long}s: {@code effectiveBalance.value() * 255 >= SpecConstants.MAX_EFFECTIVE_BALANCE *
 *       randomByte}. Both sides stay far below {@code Long.MAX_VALUE}.</li>
 * </ol>
 */
public class MyProposerSampling implements ProposerSampling {

    @Override
    public int computeProposerIndex(Gwei[] effectiveBalances, int[] indices, Hash seed) {
        throw new UnsupportedOperationException("exercise pos.proposer: not written yet — see the hints above");
    }
}
