package layers.l2.rollup;

import layers.l1.execution.Action;
import layers.l1.execution.ExecutionState;
import layers.l1.execution.Tx;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimTime;

import java.util.Map;

/** A small rollup for tests: three users with 100 ether each on L1, an inbox and a sequencer. */
final class RollupKit {

    static final EthereumAddress ALICE = EthereumAddress.fromHex("0x00000000000000000000000000000000000a11ce");
    static final EthereumAddress BOB = EthereumAddress.fromHex("0x0000000000000000000000000000000000000b0b");
    static final EthereumAddress CAROL = EthereumAddress.fromHex("0x00000000000000000000000000000000000ca201");
    static final TxListCodec CODEC = TxListCodec.course();

    final RollupConfig config;
    final RollupInbox inbox;
    final RollupSequencer sequencer;
    SimTime now = SimTime.ZERO;

    RollupKit(RollupConfig config) {
        this.config = config;
        this.inbox = new RollupInbox(config, CODEC, ExecutionState.genesis(Map.of(ALICE, Wei.ether(100),
                BOB, Wei.ether(100), CAROL, Wei.ether(100))));
        this.sequencer = new RollupSequencer(inbox);
    }

    static RollupKit arbitrum() {
        return new RollupKit(RollupConfig.arbitrum());
    }

    /** Moves time on by {@code seconds}. */
    SimTime advance(double seconds) {
        now = now.plus(SimTime.ofSeconds(seconds));
        return now;
    }

    /** Advances one L2 block time and makes a block. */
    java.util.List<SoftConfirmation> block() {
        advance(config.l2BlockTime().toSeconds());
        return sequencer.produceBlock(now);
    }

    /** Deposits on L1, makes a block (which credits it) and posts a batch. */
    void depositAndPost(EthereumAddress who, long ether) {
        inbox.deposit(who, who, Wei.ether(ether), advance(12));
        block();
        post();
    }

    void post() {
        if (!sequencer.postBatch(advance(1)).isValid()) {
            throw new AssertionError("the batch was refused");
        }
    }

    static Tx transfer(EthereumAddress from, long nonce, EthereumAddress to, long ether) {
        return Tx.of(from, nonce, new Action.Transfer(to, Wei.ether(ether)));
    }

    static Tx withdraw(EthereumAddress from, long nonce, long ether) {
        return transfer(from, nonce, RollupAddresses.MESSAGE_PASSER, ether);
    }
}
