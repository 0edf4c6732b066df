package layers.l2.zk.rollup;

/**
 * A withdrawal: transfer number {@code position} of its batch moved {@code amount} from L2 account {@code account} to
 * the bridge, to be paid out on L1. Withdrawals are posted on L1 in every data-availability mode (even a validium
 * must show the contract what to pay), as three numbers.
 */
public record ZkWithdrawal(int position, int account, long amount) {

    public ZkWithdrawal {
        if (position < 0 || account < 0 || amount < 0) {
            throw new IllegalArgumentException("a withdrawal's position, account and amount cannot be negative: "
                    + position + ", " + account + ", " + amount);
        }
    }
}
