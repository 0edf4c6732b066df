package layers.l1.crypto;

/** Hexadecimal text for bytes: two lowercase digits per byte, as Bitcoin and Ethereum tools print them. */
public final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] & 0xff) >>> 4];
            out[2 * i + 1] = DIGITS[bytes[i] & 0x0f];
        }
        return new String(out);
    }

    /**
     * The bytes written by {@code hex} (upper or lower case; an optional {@code 0x} prefix is allowed).
     *
     * @throws IllegalArgumentException naming the offending character and its position, or an odd length
     */
    public static byte[] decode(String hex) {
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("hex text must have an even number of digits, but '" + abbreviate(hex)
                    + "' has " + digits.length());
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (digit(hex, digits, 2 * i) << 4 | digit(hex, digits, 2 * i + 1));
        }
        return out;
    }

    private static int digit(String original, String digits, int index) {
        int d = Character.digit(digits.charAt(index), 16);
        if (d < 0) {
            throw new IllegalArgumentException("not a hex digit: '" + digits.charAt(index) + "' at position "
                    + (index + original.length() - digits.length()) + " of '" + abbreviate(original) + "'");
        }
        return d;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
