package layers.exercises.channels;

import layers.core.Verdict;
import layers.l2.channels.ChannelState;

/** The first two checks a party makes on a proposed channel state (BOLT 2), before the signatures. */
public interface UpdateCheck {

    /**
     * Valid if {@code next} may follow {@code current} in a channel of {@code capacitySats}: its commitment number
     * is exactly {@code current.number() + 1} (else a rejection for {@code ChannelRule.COMMITMENT_NUMBER}), and its
     * balances add up to the capacity (else {@code ChannelRule.BALANCES_NOT_CAPACITY}); the number is checked first.
     * Each rejection's detail names the values.
     */
    Verdict check(ChannelState current, ChannelState next, long capacitySats);
}
