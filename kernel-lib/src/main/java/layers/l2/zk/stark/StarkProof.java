package layers.l2.zk.stark;

import layers.l1.crypto.Hash;
import layers.l2.zk.field.Goldilocks;
import layers.l2.zk.field.GoldilocksExt2;
import layers.l2.zk.fri.FriLayerOpening;
import layers.l2.zk.fri.FriProof;
import layers.l2.zk.air.StarkAir;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A STARK proof: the trace commitment, the FRI proof of the constraint combination, the grinding nonce, and for each
 * query the opened trace rows. {@link #toBytes} is the proof as it would be posted to L1, so its size is real;
 * {@link #fromBytes} reads it back for a given statement and parameters (which fix its shape). Immutable.
 *
 * <p>Layout: trace root (32) | FRI layer roots (32 each) | final codeword (16 per value) | nonce (8) | per query:
 * row, row path, next row, next row path, then per FRI layer: the pair (32) and its path. Field elements are 8
 * little-endian bytes and must be canonical; hashes 32 bytes.
 */
public record StarkProof(Hash traceRoot, FriProof fri, long grindingNonce, List<TraceOpening> traceOpenings) {

    public StarkProof {
        traceOpenings = List.copyOf(traceOpenings);
    }

    /** The serialised proof. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(traceRoot.bytes());
        fri.layerRoots().forEach(r -> out.writeBytes(r.bytes()));
        for (GoldilocksExt2 v : fri.finalCodeword()) {
            out.writeBytes(v.toBytes());
        }
        writeLong(out, grindingNonce);
        for (int q = 0; q < traceOpenings.size(); q++) {
            TraceOpening t = traceOpenings.get(q);
            writeRow(out, t.row());
            t.path().forEach(h -> out.writeBytes(h.bytes()));
            writeRow(out, t.nextRow());
            t.nextPath().forEach(h -> out.writeBytes(h.bytes()));
            for (FriLayerOpening o : fri.queries().get(q)) {
                out.writeBytes(o.value().toBytes());
                out.writeBytes(o.negatedValue().toBytes());
                o.path().forEach(h -> out.writeBytes(h.bytes()));
            }
        }
        return out.toByteArray();
    }

    /** The size of {@link #toBytes}, in bytes. */
    public int sizeInBytes() {
        return toBytes().length;
    }

    /**
     * Reads a proof of the shape that {@code air} and {@code params} fix.
     *
     * @throws IllegalArgumentException if the bytes are too short or too long for that shape, or hold a field element
     *                                  that is not canonical (the message says which part and at which byte)
     */
    public static StarkProof fromBytes(byte[] bytes, StarkAir air, StarkParameters params) {
        ProofShape shape = ProofShape.of(air, params);
        Reader in = new Reader(bytes);
        Hash traceRoot = in.hash("trace root");
        List<Hash> roots = new ArrayList<>();
        for (int k = 0; k < shape.friLayers(); k++) {
            roots.add(in.hash("FRI layer " + k + " root"));
        }
        GoldilocksExt2[] finalCodeword = new GoldilocksExt2[shape.finalLength()];
        for (int i = 0; i < finalCodeword.length; i++) {
            finalCodeword[i] = in.ext("final codeword value " + i);
        }
        long nonce = in.rawLong("grinding nonce");
        List<TraceOpening> openings = new ArrayList<>();
        List<List<FriLayerOpening>> friQueries = new ArrayList<>();
        for (int q = 0; q < shape.queries(); q++) {
            long[] row = in.row(shape.width(), "query " + q + " row");
            List<Hash> path = in.path(shape.traceDepth(), "query " + q + " row path");
            long[] next = in.row(shape.width(), "query " + q + " next row");
            List<Hash> nextPath = in.path(shape.traceDepth(), "query " + q + " next row path");
            openings.add(new TraceOpening(row, path, next, nextPath));
            List<FriLayerOpening> layers = new ArrayList<>();
            for (int k = 0; k < shape.friLayers(); k++) {
                GoldilocksExt2 a = in.ext("query " + q + " FRI layer " + k + " value");
                GoldilocksExt2 b = in.ext("query " + q + " FRI layer " + k + " negated value");
                layers.add(new FriLayerOpening(a, b, in.path(shape.friDepth(k), "query " + q + " FRI layer " + k
                        + " path")));
            }
            friQueries.add(layers);
        }
        if (in.position != bytes.length) {
            throw new IllegalArgumentException("the proof has " + (bytes.length - in.position)
                    + " bytes more than its shape (" + in.position + " bytes)");
        }
        return new StarkProof(traceRoot, new FriProof(roots, finalCodeword, friQueries), nonce, openings);
    }

    private static void writeRow(ByteArrayOutputStream out, long[] row) {
        for (long v : row) {
            writeLong(out, v);
        }
    }

    private static void writeLong(ByteArrayOutputStream out, long v) {
        byte[] b = new byte[8];
        Goldilocks.writeBytes(v, b, 0);
        out.writeBytes(b);
    }

    /** Reads the fixed layout, naming the part it was reading when something is wrong. */
    private static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        private void need(int n, String what) {
            if (position + n > bytes.length) {
                throw new IllegalArgumentException("the proof ends at byte " + bytes.length + " while reading the "
                        + what + " (" + n + " bytes at " + position + ")");
            }
        }

        Hash hash(String what) {
            need(Hash.LENGTH, what);
            byte[] h = new byte[Hash.LENGTH];
            System.arraycopy(bytes, position, h, 0, Hash.LENGTH);
            position += Hash.LENGTH;
            return Hash.of(h);
        }

        long rawLong(String what) {
            need(8, what);
            long v = Goldilocks.readBytes(bytes, position);
            position += 8;
            return v;
        }

        long element(String what) {
            int at = position;
            long v = rawLong(what);
            if (!Goldilocks.isCanonical(v)) {
                throw new IllegalArgumentException("the " + what + " at byte " + at + " is "
                        + Long.toUnsignedString(v) + ", not a canonical field element (below p)");
            }
            return v;
        }

        GoldilocksExt2 ext(String what) {
            return new GoldilocksExt2(element(what), element(what));
        }

        long[] row(int width, String what) {
            long[] r = new long[width];
            for (int c = 0; c < width; c++) {
                r[c] = element(what + ", column " + c);
            }
            return r;
        }

        List<Hash> path(int depth, String what) {
            List<Hash> p = new ArrayList<>(depth);
            for (int i = 0; i < depth; i++) {
                p.add(hash(what + ", step " + i));
            }
            return p;
        }
    }
}
