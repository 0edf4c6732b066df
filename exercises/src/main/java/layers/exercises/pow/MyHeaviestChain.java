package layers.exercises.pow;

import java.math.BigInteger;
import java.util.List;
import layers.l1.block.CompactTarget;

/**
 * Exercise {@code pow.heaviest-chain}: the work a block proves, and the chain with the most of it. Write
 * {@link #blockProof} and {@link #heaviest}, then grade them: {@code ./course grade pow.heaviest-chain}.
 *
 * <p>Hints:
 * <ol>
 *   <li>{@code BigInteger.ONE.shiftLeft(256)} is 2^256, and {@code bits.toTarget()} the target. Check
 *       {@code bits.encodingProblem().isPresent()} first and return {@code BigInteger.ZERO} then: a zero target
 *       would otherwise claim 2^256 hashes, more than all the chain's real work together.</li>
 *   <li>Add up each chain's block proofs with {@code BigInteger.add}; the numbers outgrow a {@code long}.</li>
 *   <li>Keep the best position so far and replace it only when a chain has strictly more work
 *       ({@code compareTo(...) > 0}): that is what makes the first of two equal chains win.</li>
 * </ol>
 */
public class MyHeaviestChain implements HeaviestChain {

    @Override
    public BigInteger blockProof(CompactTarget bits) {
        throw new UnsupportedOperationException("exercise pow.heaviest-chain: not written yet — see the hints above");
    }

    @Override
    public int heaviest(List<List<CompactTarget>> chains) {
        throw new UnsupportedOperationException("exercise pow.heaviest-chain: not written yet — see the hints above");
    }
}
