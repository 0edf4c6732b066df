package layers.exercises.sequencers;

import layers.l1.execution.Action;
import layers.l1.execution.ExecutionState;
import layers.l1.execution.Tx;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimTime;
import layers.l2.rollup.RollupAddresses;
import layers.l2.rollup.RollupConfig;
import layers.l2.rollup.RollupInbox;
import layers.l2.rollup.RollupSequencer;
import layers.l2.rollup.TxListCodec;

import java.util.Map;

/** Small rollups for the sequencers exercises, built with the course's library. */
final class SequencerFixtures {

    static final EthereumAddress ALICE = EthereumAddress.fromHex("0x00000000000000000000000000000000000a11ce");
    static final EthereumAddress BOB = EthereumAddress.fromHex("0x0000000000000000000000000000000000000b0b");
    static final EthereumAddress CAROL = EthereumAddress.fromHex("0x00000000000000000000000000000000000ca201");
    static final TxListCodec CODEC = TxListCodec.course();

    /** A rollup with its clock. */
    static final class Rollup {
        final RollupInbox inbox = new RollupInbox(RollupConfig.arbitrum(), CODEC, ExecutionState.genesis(Map.of(
                ALICE, Wei.ether(100), BOB, Wei.ether(100), CAROL, Wei.ether(100))));
        final RollupSequencer sequencer = new RollupSequencer(inbox);
        SimTime now = SimTime.ZERO;

        SimTime advance(double seconds) {
            now = now.plus(SimTime.ofSeconds(seconds));
            return now;
        }

        void block() {
            sequencer.produceBlock(advance(2));
        }

        void post() {
            if (!sequencer.postBatch(advance(60)).isValid()) {
                throw new AssertionError("batch refused");
            }
        }
    }

    static Tx transfer(EthereumAddress from, long nonce, EthereumAddress to, long milliEther) {
        return Tx.of(from, nonce, new Action.Transfer(to, Wei.of(milliEther * (Wei.PER_ETHER / 1_000))));
    }

    static Tx withdraw(EthereumAddress from, long nonce, long milliEther) {
        return transfer(from, nonce, RollupAddresses.MESSAGE_PASSER, milliEther);
    }

    /**
     * Deposits for all three, two batches of transfers, three withdrawals, Carol censored and forced in after a day,
     * a deposit read late, a last batch, and a state commitment.
     */
    static Rollup history() {
        Rollup r = new Rollup();
        r.inbox.deposit(ALICE, ALICE, Wei.ether(10), r.advance(12));
        r.inbox.deposit(BOB, BOB, Wei.ether(10), r.now);
        r.inbox.deposit(CAROL, CAROL, Wei.ether(10), r.now);
        r.block();
        r.post();
        long a = 0;
        long b = 0;
        for (int batch = 0; batch < 2; batch++) {
            for (int i = 0; i < 3; i++) {
                r.sequencer.submit(transfer(ALICE, a++, BOB, 100 + i), r.now);
                r.sequencer.submit(transfer(BOB, b++, CAROL, 50 + i), r.now);
                r.block();
            }
            r.post();
        }
        r.sequencer.submit(withdraw(ALICE, a++, 1_500), r.now);
        r.sequencer.submit(withdraw(BOB, b++, 700), r.now);
        r.block();
        r.sequencer.submit(withdraw(ALICE, a, 250), r.now);
        r.block();
        r.post();
        r.sequencer.censor(CAROL);
        r.inbox.submitForcedTransaction(transfer(CAROL, 0, ALICE, 42), r.advance(30));
        r.inbox.deposit(ALICE, BOB, Wei.ether(1), r.advance(60));
        r.block();
        r.post();
        r.now = r.now.plus(RollupConfig.ARBITRUM_FORCE_INCLUSION_DELAY);
        if (!r.inbox.forceInclusion(r.now).isValid()) {
            throw new AssertionError("force inclusion refused");
        }
        r.sequencer.stopCensoring();
        r.sequencer.submit(transfer(CAROL, 1, BOB, 5), r.now);
        r.block();
        r.post();
        r.sequencer.postStateCommitment(r.advance(12));
        return r;
    }
}
