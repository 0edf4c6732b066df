package layers.exercises.blobs;

import java.math.BigInteger;
import layers.l1.fees.Wei;

/**
 * Exercise {@code blobs.l2-fee}: the fee of an L2 transaction after EIP-4844. Write {@link #feePerTx}, then grade it:
 * {@code ./course grade blobs.l2-fee}.
 *
 * <p>Hints:
 * <ol>
 *   <li>The blob transaction costs {@code l1BaseFee.times(21_000).plus(blobBaseFee.times(131_072L * blobs))}.</li>
 *   <li>Its share per transaction is rounded up: {@code divideAndRemainder} on the {@code BigInteger} values.</li>
 *   <li>Add the execution part, {@code l2GasPrice.times(l2GasUsed)}.</li>
 * </ol>
 */
public class MyBlobL2Fee implements BlobL2Fee {

    @Override
    public Wei feePerTx(long l2GasUsed, Wei l2GasPrice, int blobs, Wei l1BaseFee, Wei blobBaseFee, int txCount) {
        throw new UnsupportedOperationException("exercise blobs.l2-fee: not written yet — see the hints above");
    }
}
