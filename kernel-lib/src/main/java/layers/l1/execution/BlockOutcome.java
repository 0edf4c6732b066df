package layers.l1.execution;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;

import java.util.List;
import java.util.Objects;

/**
 * What applying a block did: valid or not (an invalid block changes nothing), each transaction's receipt, the gas
 * used, the ether burnt (base fee × gas used) and paid in tips, and the state root after the block.
 */
public record BlockOutcome(Verdict verdict, List<Receipt> receipts, Gas gasUsed, Wei burnt, Wei tips,
                           Hash stateRoot) {

    public BlockOutcome {
        Objects.requireNonNull(verdict, "verdict");
        receipts = List.copyOf(receipts);
        Objects.requireNonNull(gasUsed, "gasUsed");
        Objects.requireNonNull(burnt, "burnt");
        Objects.requireNonNull(tips, "tips");
        Objects.requireNonNull(stateRoot, "stateRoot");
    }

    public boolean isValid() {
        return verdict.isValid();
    }
}
