package layers.l2.rollup;

import layers.l1.execution.Tx;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimTime;

import java.util.List;
import java.util.Objects;

/**
 * A message sent to the rollup through L1 rather than through the sequencer, queued in the inbox in the order L1
 * received it: a deposit of ether, or an L2 transaction submitted on L1 (Arbitrum's delayed inbox; OP Stack's deposit
 * transactions through {@code OptimismPortal}). The sequencer should include them in order; if it does not, anyone
 * can force them in once they are {@link RollupConfig#forceInclusionDelay()} old.
 */
public sealed interface DelayedMessage {

    /** Position in the delayed inbox, from 0. */
    long index();

    /** The L1 block that received it. */
    long l1Block();

    /** When L1 received it. */
    SimTime submittedAt();

    /** The bytes the inbox's delayed accumulator commits to. */
    byte[] encode(TxListCodec codec);

    /** Ether locked in the L1 bridge by {@code from}, to be credited to {@code to} on L2. */
    record Deposit(long index, EthereumAddress from, EthereumAddress to, Wei amount, long l1Block, SimTime submittedAt)
            implements DelayedMessage {
        public Deposit {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(submittedAt, "submittedAt");
        }

        @Override
        public byte[] encode(TxListCodec codec) {
            return Bytes.write(out -> {
                out.writeByte(0);
                out.writeLong(index);
                out.write(from.bytes());
                out.write(to.bytes());
                out.write(Uint256.bytes(amount.value()));
            });
        }
    }

    /** An L2 transaction submitted on L1, to run on L2 exactly as if the sequencer had included it. */
    record ForcedTx(long index, Tx tx, long l1Block, SimTime submittedAt) implements DelayedMessage {
        public ForcedTx {
            Objects.requireNonNull(tx, "tx");
            Objects.requireNonNull(submittedAt, "submittedAt");
        }

        @Override
        public byte[] encode(TxListCodec codec) {
            byte[] body = codec.encode(List.of(tx));
            return Bytes.write(out -> {
                out.writeByte(1);
                out.writeLong(index);
                out.write(body);
            });
        }
    }
}
