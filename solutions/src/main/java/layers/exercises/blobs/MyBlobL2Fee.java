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
        // BEGIN SOLUTION blobs.l2-fee
        if (txCount < 1 || blobs < 1) {
            throw new IllegalArgumentException("a batch has at least one transaction and one blob, not " + txCount
                    + " and " + blobs);
        }
        if (l2GasUsed < 0) {
            throw new IllegalArgumentException("gas used is 0 or more, not " + l2GasUsed);
        }
        Wei posting = l1BaseFee.times(21_000).plus(blobBaseFee.times(131_072L * blobs));
        BigInteger[] qr = posting.value().divideAndRemainder(BigInteger.valueOf(txCount));
        Wei share = Wei.of(qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE));
        return l2GasPrice.times(l2GasUsed).plus(share);
        // END SOLUTION
    }
}
