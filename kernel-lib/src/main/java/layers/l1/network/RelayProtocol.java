package layers.l1.network;

/**
 * How a node hands a block to a peer, which decides how many one-way latencies one hop costs before the block's
 * bytes flow. Gervais et al. (CCS 2016) simulate both.
 */
public enum RelayProtocol {
    /** Bitcoin's standard relay: {@code inv} announces the block, the peer asks with {@code getdata}, then the
     *  {@code block} comes: three one-way trips (Bitcoin developer reference, "Block broadcasting"). */
    INV_GETDATA(3),
    /** The block is pushed without asking: one trip (unsolicited relay; BIP 152 high-bandwidth mode is similar). */
    UNSOLICITED(1);

    private final int trips;

    RelayProtocol(int trips) {
        this.trips = trips;
    }

    /** One-way trips over the link per hop. */
    public int trips() {
        return trips;
    }
}
