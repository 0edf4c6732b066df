package layers.exercises.channels;

import layers.core.Verdict;
import layers.l2.channels.ChannelRule;
import layers.l2.channels.ChannelState;

/**
 * Exercise {@code channels.validate-update}: the commitment-number and capacity checks of a channel update. Write
 * {@link #check}, then grade it: {@code ./course grade channels.validate-update}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Two rules, in order: first the number, then the amounts. Return at the first one broken.</li>
 *   <li>{@code Verdict.rejected(ChannelRule.COMMITMENT_NUMBER, "...")} builds a rejection; {@code Verdict.valid()}
 *       the acceptance.</li>
 *   <li>{@code next.totalSats()} adds the balances exactly; compare it with {@code capacitySats}.</li>
 * </ol>
 */
public class MyUpdateCheck implements UpdateCheck {

    @Override
    public Verdict check(ChannelState current, ChannelState next, long capacitySats) {
        // BEGIN SOLUTION channels.validate-update
        if (next.number() != current.number() + 1) {
            return Verdict.rejected(ChannelRule.COMMITMENT_NUMBER, "commitment number " + next.number()
                    + ", expected " + (current.number() + 1));
        }
        if (next.totalSats() != capacitySats) {
            return Verdict.rejected(ChannelRule.BALANCES_NOT_CAPACITY, "balances add up to " + next.totalSats()
                    + " sat, the capacity is " + capacitySats + " sat");
        }
        return Verdict.valid();
        // END SOLUTION
    }
}
