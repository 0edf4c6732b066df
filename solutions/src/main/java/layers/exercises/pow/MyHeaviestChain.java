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
        // BEGIN SOLUTION pow.heaviest-chain
        if (bits.encodingProblem().isPresent()) {
            return BigInteger.ZERO;
        }
        return BigInteger.ONE.shiftLeft(256).divide(bits.toTarget().add(BigInteger.ONE));
        // END SOLUTION
    }

    @Override
    public int heaviest(List<List<CompactTarget>> chains) {
        // BEGIN SOLUTION pow.heaviest-chain
        if (chains.isEmpty()) {
            throw new IllegalArgumentException("fork choice needs at least one chain to choose from");
        }
        int best = -1;
        BigInteger bestWork = BigInteger.ZERO;
        for (int i = 0; i < chains.size(); i++) {
            BigInteger work = BigInteger.ZERO;
            for (CompactTarget bits : chains.get(i)) {
                work = work.add(blockProof(bits));
            }
            if (best < 0 || work.compareTo(bestWork) > 0) {
                best = i;
                bestWork = work;
            }
        }
        return best;
        // END SOLUTION
    }
}
