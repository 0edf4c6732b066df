package layers.l2.channels;

/** The two ends of a channel: A opened and funded it (BOLT 2's "funder"), B accepted it. */
public enum ChannelSide {
    A, B;

    public ChannelSide other() {
        return this == A ? B : A;
    }
}
