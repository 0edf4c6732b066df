package layers.l1.execution;

import layers.l1.fees.Gas;

/**
 * What each step of this execution layer costs in gas: a small schedule modelled on the EVM's, every constant the
 * EVM's own where one exists. A plain transfer costs exactly {@link #TRANSACTION}; a contract call adds a charge per
 * storage slot read or written (cold, then warm: EIP-2929), for other contracts it reaches, and for its events. With
 * it a token transfer to an existing holder costs 34,856 gas and to a new holder 51,956 (on mainnet, roughly 35,000
 * and 52,000), and a swap 73,111 (mainnet Uniswap v2 through its router: over 100,000, as routing, approvals and the
 * EVM's per-opcode costs are not modelled). {@code ExecutionStateTest} adds these up line by line.
 */
public final class GasSchedule {

    /** Every transaction. Source: Yellow Paper, Appendix G, {@code G_transaction = 21000}. */
    public static final Gas TRANSACTION = Gas.TRANSACTION;
    /** Creating a contract. Source: Yellow Paper, Appendix G, {@code G_txcreate = 32000}. */
    public static final Gas CREATE = Gas.of(32_000);
    /** The first call to a contract in a transaction. Source: EIP-2929, {@code COLD_ACCOUNT_ACCESS_COST = 2600}. */
    public static final Gas COLD_ACCOUNT_ACCESS = Gas.of(2_600);
    /** The first access to a storage slot in a transaction. Source: EIP-2929, {@code COLD_SLOAD_COST = 2100}. */
    public static final Gas COLD_SLOAD = Gas.of(2_100);
    /** A later read, or a later write, of a slot in the same transaction. Source: EIP-2929, {@code WARM_STORAGE_READ_COST = 100}. */
    public static final Gas WARM_ACCESS = Gas.of(100);
    /** The first write of a slot from zero to non-zero. Source: EIP-2200, {@code SSTORE_SET_GAS = 20000}. */
    public static final Gas SSTORE_SET = Gas.of(20_000);
    /** The first write of a non-zero slot. Source: EIP-2929, {@code SSTORE_RESET_GAS = 5000 - COLD_SLOAD_COST}. */
    public static final Gas SSTORE_RESET = Gas.of(2_900);
    /** An event. Source: Yellow Paper, Appendix G, {@code G_log = 375}. */
    public static final Gas LOG = Gas.of(375);
    /** Each topic of an event. Source: Yellow Paper, Appendix G, {@code G_logtopic = 375}. */
    public static final Gas LOG_TOPIC = Gas.of(375);
    /** Each byte of an event's data. Source: Yellow Paper, Appendix G, {@code G_logdata = 8}. */
    public static final long LOG_DATA_PER_BYTE = 8;

    private GasSchedule() {
    }

    /** An event with {@code topics} topics and {@code dataWords} 32-byte words of data. */
    public static Gas log(int topics, int dataWords) {
        return LOG.plus(LOG_TOPIC.times(topics)).plus(Gas.of(LOG_DATA_PER_BYTE * 32 * dataWords));
    }
}
