package layers.l2.batch;

import java.math.BigInteger;
import java.util.Arrays;
import layers.l1.keys.Secp256k1;
import layers.l1.signatures.EcdsaSignature;

/**
 * A transaction's secp256k1 signature as Ethereum carries it: r, s and the parity of the y coordinate of the point
 * r came from (EIP-1559 and EIP-4844 call it {@code y_parity}), 65 bytes {@code r ++ s ++ y_parity}. The parity lets
 * anyone recover the signer's key from the signature, so a transaction need not carry its sender's key.
 */
public record TxSignature(BigInteger r, BigInteger s, int yParity) {

    /** r (32 bytes), s (32 bytes) and y_parity (1 byte). */
    public static final int LENGTH = 65;

    private static final BigInteger TWO_TO_256 = BigInteger.ONE.shiftLeft(256);

    /**
     * @throws IllegalArgumentException naming the field if r or s does not fit in 256 bits or yParity is not 0 or 1
     */
    public TxSignature {
        checkFits("r", r);
        checkFits("s", s);
        if (yParity != 0 && yParity != 1) {
            throw new IllegalArgumentException("y_parity is 0 or 1, not " + yParity);
        }
    }

    private static void checkFits(String name, BigInteger value) {
        if (value == null || value.signum() < 0 || value.compareTo(TWO_TO_256) >= 0) {
            throw new IllegalArgumentException("a signature's " + name + " is a number from 0 to 2^256-1, not "
                    + value);
        }
    }

    /** From the 65 bytes {@code r ++ s ++ y_parity}. */
    public static TxSignature fromBytes(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a signature has 65 bytes (r, s, y_parity), not " + bytes.length);
        }
        return new TxSignature(new BigInteger(1, Arrays.copyOfRange(bytes, 0, 32)),
                new BigInteger(1, Arrays.copyOfRange(bytes, 32, 64)), bytes[64]);
    }

    public byte[] toBytes() {
        byte[] out = new byte[LENGTH];
        System.arraycopy(Secp256k1.bytes(r), 0, out, 0, 32);
        System.arraycopy(Secp256k1.bytes(s), 0, out, 32, 32);
        out[64] = (byte) yParity;
        return out;
    }

    /** The (r, s) pair Part I's {@link layers.l1.signatures.Ecdsa} verifies. */
    public EcdsaSignature ecdsa() {
        return EcdsaSignature.of(r, s);
    }
}
