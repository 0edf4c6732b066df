package layers.exercises.sequencers;

import layers.l1.network.SimTime;
import layers.l2.rollup.DelayedMessage;
import layers.l2.rollup.RollupBatch;
import layers.l2.rollup.RollupBlock;
import layers.l2.rollup.RollupChain;
import layers.l2.rollup.SequencerInboxEntry;
import layers.l2.rollup.TxListCodec;

import java.util.List;

/**
 * Exercise {@code sequencers.replay}: rebuild the L2 chain from the entries posted on L1. Write {@link #replay},
 * then grade it: {@code ./course grade sequencers.replay}. Use {@code RollupChain.apply} and
 * {@code RollupBatch.decode}; do not call {@code ExitHatch} or {@code RollupDerivation}.
 *
 * <p>Hints:
 * <ol>
 *   <li>The delayed messages a block reads are {@code delayed.subList((int) chain.delayedMessagesRead(), (int)
 *       upTo)}.</li>
 *   <li>A forced inclusion's block is {@code chain.height() + 1}; its timestamp must not go back.</li>
 *   <li>Wrap the decode in a try/catch and rethrow with the entry's index in the message.</li>
 * </ol>
 */
public class MyBatchReplay implements BatchReplay {

    @Override
    public RollupChain replay(List<SequencerInboxEntry> entries, List<DelayedMessage> delayed, TxListCodec codec) {
        throw new UnsupportedOperationException("exercise sequencers.replay: not written yet — see the hints above");
    }
}
