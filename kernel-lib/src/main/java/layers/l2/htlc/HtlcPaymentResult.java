package layers.l2.htlc;

import layers.core.Verdict;

import java.util.List;
import java.util.Map;

/**
 * How a multi-hop payment ended.
 *
 * @param verdict      valid if the recipient was paid, else the rule broken and by whom
 * @param htlcs        the HTLC of each channel that was offered, in route order, with its final status
 * @param netChangeMsat each node's gain (positive) or loss (negative) in msat
 * @param endHeight    the block height when the last HTLC was resolved
 */
public record HtlcPaymentResult(Verdict verdict, List<Htlc> htlcs, Map<String, Long> netChangeMsat, int endHeight) {

    public boolean succeeded() {
        return verdict.isValid();
    }
}
