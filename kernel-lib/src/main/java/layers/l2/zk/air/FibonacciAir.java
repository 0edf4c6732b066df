package layers.l2.zk.air;

import layers.l2.zk.field.Goldilocks;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * The classic first AIR (as in StarkWare's "STARK 101" and Winterfell's examples): two registers (a, b) start at
 * (1, 1) and each step computes {@code (a, b) → (b, a + b)} in the field, so row i holds Fibonacci numbers F(2i+1),
 * F(2i+2) mod p. The statement: "after n − 1 steps, b is {@code result}". Two transition constraints of degree 1.
 */
public final class FibonacciAir extends StarkAir {

    private final int length;
    private final long result;

    /**
     * @throws IllegalArgumentException if the length is not a power of two of at least 2
     */
    public FibonacciAir(int length, long result) {
        if (length < 2 || Integer.bitCount(length) != 1) {
            throw new IllegalArgumentException("the trace length must be a power of two of at least 2, not " + length);
        }
        this.length = length;
        this.result = Goldilocks.of(result);
    }

    /** The honest trace of {@code length} rows. */
    public static TraceTable trace(int length) {
        long[] a = new long[length];
        long[] b = new long[length];
        a[0] = 1;
        b[0] = 1;
        for (int i = 1; i < length; i++) {
            a[i] = b[i - 1];
            b[i] = Goldilocks.add(a[i - 1], b[i - 1]);
        }
        return TraceTable.ofColumns(new long[][] {a, b});
    }

    /** The AIR for the true result of {@code length} rows. */
    public static FibonacciAir honest(int length) {
        TraceTable t = trace(length);
        return new FibonacciAir(length, t.get(length - 1, 1));
    }

    public long result() {
        return result;
    }

    @Override
    public String name() {
        return "fibonacci";
    }

    @Override
    public int traceWidth() {
        return 2;
    }

    @Override
    public int traceLength() {
        return length;
    }

    @Override
    public int transitionConstraintCount() {
        return 2;
    }

    @Override
    public String transitionConstraintName(int j) {
        return j == 0 ? "a' = b" : "b' = a + b";
    }

    @Override
    public int transitionDegree() {
        return 1;
    }

    @Override
    public void evaluateTransition(long[] current, long[] next, long[] out) {
        out[0] = Goldilocks.sub(next[0], current[1]);
        out[1] = Goldilocks.sub(next[1], Goldilocks.add(current[0], current[1]));
    }

    @Override
    public List<BoundaryConstraint> boundaryConstraints() {
        return List.of(new BoundaryConstraint(0, 0, 1), new BoundaryConstraint(1, 0, 1),
                new BoundaryConstraint(1, length - 1, result));
    }

    @Override
    public byte[] publicInputBytes() {
        return ByteBuffer.allocate(12).putInt(length).putLong(result).array();
    }
}
