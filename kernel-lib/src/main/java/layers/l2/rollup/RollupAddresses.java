package layers.l2.rollup;

import layers.l1.keys.EthereumAddress;

/** The fixed addresses of the rollup's system contracts, on L2 and on L1. */
public final class RollupAddresses {

    /**
     * The L2 contract a withdrawal sends its ether to: an ether transfer to it burns the ether on L2 and records a
     * withdrawal claimable on L1. Source: OP Stack predeploys, {@code L2ToL1MessagePasser} at
     * {@code 0x4200000000000000000000000000000000000016}.
     */
    public static final EthereumAddress MESSAGE_PASSER =
            EthereumAddress.fromHex("0x4200000000000000000000000000000000000016");

    /** Where L2 priority fees go. Source: OP Stack predeploys, {@code SequencerFeeVault} at {@code 0x42…0011}. */
    public static final EthereumAddress SEQUENCER_FEE_VAULT =
            EthereumAddress.fromHex("0x4200000000000000000000000000000000000011");

    /** The L1 bridge contract that holds deposited ether (this model's address; a real bridge's is chain-specific). */
    public static final EthereumAddress L1_BRIDGE =
            EthereumAddress.fromHex("0x00000000000000000000000000000000000b1d6e");

    private RollupAddresses() {
    }
}
