package layers.l2.zk.field;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldilocksTest {

    private static final BigInteger P = new BigInteger("18446744069414584321");

    private static BigInteger big(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }

    private static long random(SplittableRandom rng) {
        return Goldilocks.of(rng.nextLong());
    }

    @Test
    void modulusIsTwoToThe64MinusTwoToThe32PlusOne() {
        assertEquals(BigInteger.TWO.pow(64).subtract(BigInteger.TWO.pow(32)).add(BigInteger.ONE), big(Goldilocks.P));
        assertTrue(P.isProbablePrime(64));
    }

    @Test
    void arithmeticAgreesWithBigIntegerOnRandomAndEdgeValues() {
        SplittableRandom rng = new SplittableRandom(7);
        long[] edges = {0, 1, 2, Goldilocks.P - 1, Goldilocks.P - 2, 0xFFFF_FFFFL, 0x1_0000_0000L,
                Goldilocks.P - 0xFFFF_FFFFL, Long.MAX_VALUE, Long.MIN_VALUE};
        for (int k = 0; k < 20_000; k++) {
            long a = k < edges.length * edges.length ? edges[k % edges.length] : random(rng);
            long b = k < edges.length * edges.length ? edges[k / edges.length] : random(rng);
            assertEquals(big(a).add(big(b)).mod(P), big(Goldilocks.add(a, b)), "add");
            assertEquals(big(a).subtract(big(b)).mod(P), big(Goldilocks.sub(a, b)), "sub");
            assertEquals(big(a).multiply(big(b)).mod(P), big(Goldilocks.mul(a, b)), "mul " + a + " " + b);
        }
    }

    @Test
    void reduce128HandlesTheLargestInputs() {
        long hi = -1L;
        long lo = -1L;
        BigInteger x = BigInteger.TWO.pow(128).subtract(BigInteger.ONE);
        assertEquals(x.mod(P), big(Goldilocks.reduce128(hi, lo)));
    }

    @Test
    void inverseTimesValueIsOne() {
        SplittableRandom rng = new SplittableRandom(8);
        for (int k = 0; k < 200; k++) {
            long a = random(rng);
            if (a != 0) {
                assertEquals(1, Goldilocks.mul(a, Goldilocks.inv(a)));
            }
        }
        assertThrows(ArithmeticException.class, () -> Goldilocks.inv(0));
    }

    @Test
    void batchInverseMatchesSingleInverses() {
        long[] v = {3, 5, Goldilocks.P - 1, 123456789};
        long[] inv = Goldilocks.batchInverse(v);
        for (int i = 0; i < v.length; i++) {
            assertEquals(Goldilocks.inv(v[i]), inv[i]);
        }
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Goldilocks.batchInverse(new long[] {1, 0}));
        assertTrue(e.getMessage().contains("value 1"));
    }

    @Test
    void twoAdicRootOfUnityIsPlonky2sConstant() {
        // Plonky2, goldilocks_field.rs: POWER_OF_TWO_GENERATOR = 1753635133440165772 (a primitive 2^32-th root).
        assertEquals(1753635133440165772L, Goldilocks.rootOfUnity(32));
        long w = Goldilocks.rootOfUnity(32);
        assertEquals(1, Goldilocks.pow(w, 1L << 32));
        assertEquals(Goldilocks.P - 1, Goldilocks.pow(w, 1L << 31), "w^(2^31) = -1, so the order is exactly 2^32");
        assertThrows(IllegalArgumentException.class, () -> Goldilocks.rootOfUnity(33));
    }

    @Test
    void sevenIsNotASquareSoTheExtensionIsAField() {
        // Euler's criterion: 7^((p-1)/2) = -1.
        assertEquals(Goldilocks.P - 1, Goldilocks.pow(7, (Goldilocks.P - 1) >>> 1));
    }

    @Test
    void bytesRoundTripLittleEndian() {
        byte[] b = new byte[8];
        Goldilocks.writeBytes(0x0102030405060708L, b, 0);
        assertEquals(8, b[0]);
        assertEquals(0x0102030405060708L, Goldilocks.readBytes(b, 0));
    }
}
