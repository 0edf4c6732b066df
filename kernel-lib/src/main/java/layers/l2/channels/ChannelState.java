package layers.l2.channels;

import layers.l1.ledger.Amount;

import java.util.Objects;

/**
 * One state of a channel: its commitment number (0 for the state the channel opens with, then 1, 2, ...) and how
 * the capacity is split. Any numbers can be held; whether a state may follow another is {@link ChannelValidator}'s
 * question.
 */
public record ChannelState(long number, Amount toA, Amount toB) {

    public ChannelState {
        if (number < 0) {
            throw new IllegalArgumentException("a commitment number cannot be negative: " + number);
        }
        Objects.requireNonNull(toA, "toA");
        Objects.requireNonNull(toB, "toB");
    }

    public Amount balance(ChannelSide side) {
        return side == ChannelSide.A ? toA : toB;
    }

    /** The next state after {@code from} pays {@code amount} to the other side. */
    public ChannelState pay(ChannelSide from, Amount amount) {
        Amount payer = balance(from);
        if (amount.isGreaterThan(payer)) {
            throw new IllegalArgumentException(from + " has " + payer + " in the channel, cannot pay " + amount);
        }
        return from == ChannelSide.A ? new ChannelState(number + 1, toA.minus(amount), toB.plus(amount))
                : new ChannelState(number + 1, toA.plus(amount), toB.minus(amount));
    }

    /** The sum of the balances. */
    public long totalSats() {
        return Math.addExact(toA.satoshis(), toB.satoshis());
    }

    @Override
    public String toString() {
        return "state " + number + ": A " + toA + ", B " + toB;
    }
}
