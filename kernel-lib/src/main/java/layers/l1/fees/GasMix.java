package layers.l1.fees;

import java.util.List;
import java.util.Objects;

/**
 * What kinds of transaction users send and how much gas each uses, with their shares of the arrivals.
 *
 * <p>{@link #ethereumTypical()} is an assumption, not a measurement: half plain transfers (21,000 gas, exact),
 * 30% token transfers (50,000 gas, an ERC-20 transfer to a new holder is about that) and 20% swaps (150,000 gas, a
 * Uniswap-style swap through a router is typically 100,000 to 180,000). Its mean is 55,500 gas.
 */
public record GasMix(List<Kind> kinds) {

    /** One kind of transaction: a name, the gas it uses, and its weight among the kinds. */
    public record Kind(String name, Gas gas, double weight) {
        public Kind {
            Objects.requireNonNull(name, "name");
            if (gas.isLessThan(Gas.TRANSACTION)) {
                throw new IllegalArgumentException("a transaction uses at least " + Gas.TRANSACTION + ", not " + gas);
            }
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("a weight must be positive and finite, was " + weight);
            }
        }
    }

    public static final Gas TOKEN_TRANSFER_GAS = Gas.of(50_000);
    public static final Gas SWAP_GAS = Gas.of(150_000);

    public GasMix {
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a gas mix needs at least one kind of transaction");
        }
    }

    /** Transfers, token transfers and swaps in the shares 50 : 30 : 20 (an assumption, see the class comment). */
    public static GasMix ethereumTypical() {
        return new GasMix(List.of(new Kind("transfer", Gas.TRANSACTION, 0.5),
                new Kind("token transfer", TOKEN_TRANSFER_GAS, 0.3), new Kind("swap", SWAP_GAS, 0.2)));
    }

    /** Every transaction uses {@code gas}. */
    public static GasMix only(String name, Gas gas) {
        return new GasMix(List.of(new Kind(name, gas, 1)));
    }

    /** The kind a uniform draw {@code u} in [0, 1) picks, by weight. */
    public int pick(double u) {
        return pick(cumulativeWeights(), u);
    }

    /** The running sums of the weights, divided by their total: the last is 1. */
    double[] cumulativeWeights() {
        double total = kinds.stream().mapToDouble(Kind::weight).sum();
        double[] cumulative = new double[kinds.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += kinds.get(i).weight();
            cumulative[i] = sum / total;
        }
        return cumulative;
    }

    static int pick(double[] cumulative, double u) {
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** The weighted mean gas per transaction, for sizing demand against a gas limit. */
    public double meanGas() {
        double total = kinds.stream().mapToDouble(Kind::weight).sum();
        return kinds.stream().mapToDouble(k -> k.gas().value() * k.weight()).sum() / total;
    }

    /** The least gas any kind uses: below it a block has no room left. */
    public Gas minGas() {
        return kinds.stream().map(Kind::gas).min(Gas::compareTo).orElseThrow();
    }
}
