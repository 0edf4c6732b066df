package layers.l2.zk.rollup;

/** A withdrawal the L1 contract has paid: {@code amount} to the owner of L2 account {@code account}, at L1 time. */
public record ZkPayout(int account, long amount, long paidAtSeconds) {
}
