package layers.l1.execution;

import layers.l1.keys.EthereumAddress;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An event a transaction emitted: which contract, the event's name, and its arguments as numbers (an address is its
 * 20 bytes as an unsigned number; {@link #addressAt}). E.g. {@code Transfer(from, to, amount)}.
 */
public record Log(EthereumAddress emitter, String event, List<BigInteger> args) {

    public Log {
        Objects.requireNonNull(emitter, "emitter");
        Objects.requireNonNull(event, "event");
        args = List.copyOf(args);
    }

    /** An address as a log argument. */
    public static BigInteger arg(EthereumAddress address) {
        return new BigInteger(1, address.bytes());
    }

    /** Argument {@code i} read as an address. */
    public EthereumAddress addressAt(int i) {
        byte[] raw = args.get(i).toByteArray();
        byte[] out = new byte[EthereumAddress.LENGTH];
        int n = Math.min(raw.length, EthereumAddress.LENGTH);
        System.arraycopy(raw, raw.length - n, out, EthereumAddress.LENGTH - n, n);
        return EthereumAddress.of(out);
    }

    @Override
    public String toString() {
        return event + "(" + args.stream().map(BigInteger::toString).collect(Collectors.joining(", ")) + ") at "
                + emitter.toHex();
    }
}
