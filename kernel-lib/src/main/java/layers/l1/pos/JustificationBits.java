package layers.l1.pos;

/**
 * Which of the last four epochs are justified: bit 0 is the current epoch, bit 1 the previous one, and so on.
 * Immutable. Source: phase0, {@code BeaconState.justification_bits: Bitvector[JUSTIFICATION_BITS_LENGTH]}.
 */
public final class JustificationBits {

    public static final JustificationBits NONE = new JustificationBits(0);

    private static final int LENGTH = SpecConstants.JUSTIFICATION_BITS_LENGTH;

    private final int bits;

    private JustificationBits(int bits) {
        this.bits = bits;
    }

    /**
     * From text, current epoch first: {@code "1100"} has the current and previous epochs justified.
     *
     * @throws IllegalArgumentException naming the text unless it is four 0s and 1s
     */
    public static JustificationBits parse(String text) {
        if (text.length() != LENGTH || !text.matches("[01]+")) {
            throw new IllegalArgumentException("justification bits are " + LENGTH + " characters 0 or 1, not '" + text + "'");
        }
        int bits = 0;
        for (int i = 0; i < LENGTH; i++) {
            if (text.charAt(i) == '1') {
                bits |= 1 << i;
            }
        }
        return new JustificationBits(bits);
    }

    /** Bit {@code i}: whether the epoch {@code i} epochs before the current one is justified. */
    public boolean get(int i) {
        checkIndex(i);
        return (bits >> i & 1) == 1;
    }

    /** The bits one epoch later: each moves one place back, the oldest drops off, bit 0 is cleared. */
    public JustificationBits shifted() {
        return new JustificationBits(bits << 1 & (1 << LENGTH) - 1);
    }

    /** These bits with bit {@code i} set. */
    public JustificationBits with(int i) {
        checkIndex(i);
        return new JustificationBits(bits | 1 << i);
    }

    /** Whether bits {@code from} (inclusive) to {@code to} (exclusive) are all set: Python's {@code all(bits[from:to])}. */
    public boolean all(int from, int to) {
        if (from < 0 || to > LENGTH || from >= to) {
            throw new IllegalArgumentException("not a range of the " + LENGTH + " bits: [" + from + ":" + to + "]");
        }
        for (int i = from; i < to; i++) {
            if (!get(i)) {
                return false;
            }
        }
        return true;
    }

    private static void checkIndex(int i) {
        if (i < 0 || i >= LENGTH) {
            throw new IndexOutOfBoundsException("justification bit " + i + " is not 0 to " + (LENGTH - 1));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JustificationBits j && bits == j.bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }

    /** Current epoch first, e.g. {@code "1110"}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            s.append(get(i) ? '1' : '0');
        }
        return s.toString();
    }
}
