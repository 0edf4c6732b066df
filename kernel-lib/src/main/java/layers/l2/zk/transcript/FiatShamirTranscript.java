package layers.l2.zk.transcript;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l2.zk.field.Goldilocks;
import layers.l2.zk.field.GoldilocksExt2;

import java.nio.charset.StandardCharsets;

/**
 * The Fiat–Shamir transform (Fiat and Shamir, CRYPTO 1986): an interactive proof made non-interactive by replacing
 * the verifier's random challenges with hashes of everything said so far. The prover and the verifier run the same
 * transcript: each {@link #absorb} of a commitment (a Merkle root, the statement) changes the state, and each
 * challenge is derived from the state, so a prover who changes any earlier message gets different challenges and
 * cannot choose them. Mutable; one per proof.
 *
 * <p>The state is a SHA-256 chain: {@code state ← SHA-256(state || label || length || data)}; challenge k after it
 * is {@code SHA-256(state || "challenge" || k)}, and a challenge also updates the state so none repeats.
 */
public final class FiatShamirTranscript {

    private byte[] state;
    private long counter;

    /** A transcript for a protocol named {@code domain} (so two protocols never share challenges). */
    public FiatShamirTranscript(String domain) {
        state = Sha256.hash(domain.getBytes(StandardCharsets.UTF_8)).bytes();
    }

    /** Adds a labelled message (the statement, a commitment, a nonce) to the transcript. */
    public void absorb(String label, byte[] data) {
        byte[] l = label.getBytes(StandardCharsets.UTF_8);
        state = Sha256.hash(state, l, longBytes(data.length), data).bytes();
        counter = 0;
    }

    public void absorb(String label, Hash hash) {
        absorb(label, hash.bytes());
    }

    /** 32 challenge bytes. */
    public byte[] challengeBytes() {
        byte[] out = Sha256.hash(state, "challenge".getBytes(StandardCharsets.UTF_8), longBytes(counter++)).bytes();
        state = Sha256.hash(state, out).bytes();
        return out;
    }

    /** A challenge in the base field: 16 bytes reduced modulo p (bias below 2^−64). */
    public long challengeField() {
        byte[] b = challengeBytes();
        return Goldilocks.reduce128(Goldilocks.readBytes(b, 8), Goldilocks.readBytes(b, 0));
    }

    /** A challenge in the quadratic extension. */
    public GoldilocksExt2 challengeExt() {
        byte[] b = challengeBytes();
        return new GoldilocksExt2(Goldilocks.reduce128(Goldilocks.readBytes(b, 8), Goldilocks.readBytes(b, 0)),
                Goldilocks.reduce128(Goldilocks.readBytes(b, 24), Goldilocks.readBytes(b, 16)));
    }

    /**
     * A challenge index in {@code [0, bound)} for a power-of-two bound (masking, so uniform).
     *
     * @throws IllegalArgumentException if bound is not a power of two
     */
    public int challengeIndex(int bound) {
        if (bound <= 0 || Integer.bitCount(bound) != 1) {
            throw new IllegalArgumentException("index challenges need a power-of-two bound, not " + bound);
        }
        return (int) (Goldilocks.readBytes(challengeBytes(), 0) & (bound - 1));
    }

    /**
     * Grinding (ethSTARK Documentation: a proof of work before the queries are drawn): the smallest nonce such that
     * {@code SHA-256(state || nonce)} starts with {@code bits} zero bits. It costs the prover about 2^bits hashes
     * once, and a cheater 2^bits hashes for every attempt at lucky queries, so it adds {@code bits} of security.
     */
    public long grind(int bits) {
        for (long nonce = 0; ; nonce++) {
            if (leadingZeroBits(powHash(nonce)) >= bits) {
                return nonce;
            }
        }
    }

    /** Whether {@code nonce} meets the grinding target of {@code bits} at the current state. */
    public boolean checkGrinding(long nonce, int bits) {
        return leadingZeroBits(powHash(nonce)) >= bits;
    }

    private byte[] powHash(long nonce) {
        return Sha256.hash(state, "grinding".getBytes(StandardCharsets.UTF_8), longBytes(nonce)).bytes();
    }

    static int leadingZeroBits(byte[] h) {
        int bits = 0;
        for (byte b : h) {
            if (b == 0) {
                bits += 8;
            } else {
                return bits + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
            }
        }
        return bits;
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        Goldilocks.writeBytes(v, b, 0);
        return b;
    }
}
