package layers.l1.pos;

/**
 * The constants of the Ethereum consensus specification that this package uses, each under its own name and with the
 * fork whose {@code beacon-chain.md} (ethereum/consensus-specs, {@code specs/<fork>/beacon-chain.md}) defines it.
 * The model follows the rules in force from Bellatrix (the Merge) to Deneb; Electra (2025) changed several of them,
 * noted where it matters.
 */
public final class SpecConstants {

    // --- phase0: Time parameters ---

    /** Slots in an epoch. Source: phase0, Time parameters, {@code SLOTS_PER_EPOCH = 2**5}. */
    public static final long SLOTS_PER_EPOCH = 32;
    /** Seconds in a slot. Source: phase0, Configuration, {@code SECONDS_PER_SLOT = 12} (newer text: {@code SLOT_DURATION_MS = 12000}). */
    public static final long SECONDS_PER_SLOT = 12;
    /** Epochs without finality before the inactivity leak starts. Source: phase0, Time parameters, {@code MIN_EPOCHS_TO_INACTIVITY_PENALTY = 2**2}. */
    public static final long MIN_EPOCHS_TO_INACTIVITY_PENALTY = 4;
    /** Source: phase0, Time parameters, {@code MIN_SEED_LOOKAHEAD = 2**0}. */
    public static final long MIN_SEED_LOOKAHEAD = 1;
    /** Source: phase0, Time parameters, {@code MAX_SEED_LOOKAHEAD = 2**2}. */
    public static final long MAX_SEED_LOOKAHEAD = 4;
    /** Source: phase0, Configuration, {@code MIN_VALIDATOR_WITHDRAWABILITY_DELAY = 2**8}. */
    public static final long MIN_VALIDATOR_WITHDRAWABILITY_DELAY = 256;

    // --- phase0: Gwei values and validator cycle ---

    /** Source: phase0, Gwei values, {@code MAX_EFFECTIVE_BALANCE = 2**5 * 10**9} (Electra adds {@code MAX_EFFECTIVE_BALANCE_ELECTRA = 2**11 * 10**9}). */
    public static final long MAX_EFFECTIVE_BALANCE = 32_000_000_000L;
    /** Source: phase0, Gwei values, {@code EFFECTIVE_BALANCE_INCREMENT = 2**0 * 10**9}. */
    public static final long EFFECTIVE_BALANCE_INCREMENT = 1_000_000_000L;
    /** Source: phase0, Validator cycle, {@code EJECTION_BALANCE = 2**4 * 10**9}. */
    public static final long EJECTION_BALANCE = 16_000_000_000L;
    /** Source: phase0, Validator cycle, {@code MIN_PER_EPOCH_CHURN_LIMIT = 2**2}. */
    public static final long MIN_PER_EPOCH_CHURN_LIMIT = 4;
    /** Source: phase0, Validator cycle, {@code CHURN_LIMIT_QUOTIENT = 2**16}. */
    public static final long CHURN_LIMIT_QUOTIENT = 65_536;

    // --- phase0: Misc ---

    /** Source: phase0, Misc, {@code SHUFFLE_ROUND_COUNT = 90}. */
    public static final int SHUFFLE_ROUND_COUNT = 90;
    /** Source: phase0, Misc, {@code JUSTIFICATION_BITS_LENGTH = 4}. */
    public static final int JUSTIFICATION_BITS_LENGTH = 4;
    /** Source: phase0, Misc, {@code HYSTERESIS_QUOTIENT = 4}. */
    public static final long HYSTERESIS_QUOTIENT = 4;
    /** Source: phase0, Misc, {@code HYSTERESIS_DOWNWARD_MULTIPLIER = 1}. */
    public static final long HYSTERESIS_DOWNWARD_MULTIPLIER = 1;
    /** Source: phase0, Misc, {@code HYSTERESIS_UPWARD_MULTIPLIER = 5}. */
    public static final long HYSTERESIS_UPWARD_MULTIPLIER = 5;
    /** The 4-byte domain type, as hex. Source: phase0, Domain types, {@code DOMAIN_BEACON_PROPOSER = DomainType('0x00000000')}. */
    public static final String DOMAIN_BEACON_PROPOSER = "00000000";

    // --- phase0: State list lengths ---

    /** Source: phase0, State list lengths, {@code EPOCHS_PER_HISTORICAL_VECTOR = 2**16}. */
    public static final long EPOCHS_PER_HISTORICAL_VECTOR = 65_536;
    /** Source: phase0, State list lengths, {@code EPOCHS_PER_SLASHINGS_VECTOR = 2**13} (about 36 days). */
    public static final int EPOCHS_PER_SLASHINGS_VECTOR = 8_192;

    // --- phase0: Rewards and penalties ---

    /** Source: phase0, Rewards and penalties, {@code WHISTLEBLOWER_REWARD_QUOTIENT = 2**9} (Electra: {@code WHISTLEBLOWER_REWARD_QUOTIENT_ELECTRA = 2**12}). */
    public static final long WHISTLEBLOWER_REWARD_QUOTIENT = 512;

    // --- altair: Incentivization weights and inactivity configuration ---

    /** Source: altair, Incentivization weights, {@code PROPOSER_WEIGHT = 8}. */
    public static final long PROPOSER_WEIGHT = 8;
    /** Source: altair, Incentivization weights, {@code WEIGHT_DENOMINATOR = 64}. */
    public static final long WEIGHT_DENOMINATOR = 64;
    /** Score points per inactive epoch. Source: altair, Inactivity penalties, {@code INACTIVITY_SCORE_BIAS = 2**2}. */
    public static final long INACTIVITY_SCORE_BIAS = 4;
    /** Score points per leak-free epoch. Source: altair, Inactivity penalties, {@code INACTIVITY_SCORE_RECOVERY_RATE = 2**4}. */
    public static final long INACTIVITY_SCORE_RECOVERY_RATE = 16;

    // --- bellatrix: Rewards and penalties (the "maximally punitive" values, in force through Deneb) ---

    /** Source: bellatrix, Preset, {@code INACTIVITY_PENALTY_QUOTIENT_BELLATRIX = 2**24}. */
    public static final long INACTIVITY_PENALTY_QUOTIENT_BELLATRIX = 16_777_216;
    /** Source: bellatrix, Preset, {@code MIN_SLASHING_PENALTY_QUOTIENT_BELLATRIX = 2**5} (Electra: {@code MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA = 2**12}). */
    public static final long MIN_SLASHING_PENALTY_QUOTIENT_BELLATRIX = 32;
    /** Source: bellatrix, Preset, {@code PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX = 3}. */
    public static final long PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX = 3;

    private SpecConstants() {
    }
}
