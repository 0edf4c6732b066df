package layers.l1.block;

import layers.l1.ledger.Amount;

import java.util.Objects;

/**
 * The consensus parameters a chain is validated with: how its target is set and how much new money each block may
 * create. Source: Bitcoin Core {@code Consensus::Params} (src/consensus/params.h).
 */
public record ChainParams(WorkRequired workRequired, Amount initialSubsidy, int halvingInterval) {

    /** Mainnet's first block subsidy, 50 bitcoin. */
    public static final Amount BITCOIN_INITIAL_SUBSIDY = Amount.bitcoin(50);
    /** Mainnet's {@code nSubsidyHalvingInterval}. */
    public static final int BITCOIN_HALVING_INTERVAL = 210_000;

    /**
     * @throws IllegalArgumentException if {@code halvingInterval} is not positive
     */
    public ChainParams {
        Objects.requireNonNull(workRequired, "workRequired");
        Objects.requireNonNull(initialSubsidy, "initialSubsidy");
        if (halvingInterval <= 0) {
            throw new IllegalArgumentException("the halving interval must be positive, not " + halvingInterval);
        }
    }

    /** Bitcoin's subsidy schedule with one fixed target. */
    public static ChainParams fixedTarget(CompactTarget bits) {
        return new ChainParams(WorkRequired.fixed(bits), BITCOIN_INITIAL_SUBSIDY, BITCOIN_HALVING_INTERVAL);
    }

    /** The course's default: {@link CompactTarget#EASY} at every height, Bitcoin's subsidy schedule. */
    public static ChainParams easy() {
        return fixedTarget(CompactTarget.EASY);
    }

    /**
     * The new money a block at {@code height} may create: the initial subsidy halved every
     * {@code halvingInterval} blocks, zero after 64 halvings. Source: Bitcoin Core {@code GetBlockSubsidy}.
     */
    public Amount blockSubsidy(int height) {
        if (height < 0) {
            throw new IllegalArgumentException("a block height cannot be negative: " + height);
        }
        int halvings = height / halvingInterval;
        return halvings >= 64 ? Amount.ZERO : Amount.sats(initialSubsidy.satoshis() >> halvings);
    }
}
