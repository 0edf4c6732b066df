package layers.l1.execution;

import layers.l1.fees.Gas;

import java.util.List;
import java.util.Objects;

/**
 * What running a transaction produced: whether it succeeded, the gas it used (charged even when it failed), its
 * logs (none when it failed), and why it failed. As EIP-658's receipt status: a failed transaction is still in the
 * block and still pays.
 */
public record Receipt(Status status, Gas gasUsed, List<Log> logs, String revertReason) {

    public enum Status {
        /** Every state change was kept. */
        SUCCESS,
        /** The action failed a check (a balance, the slippage limit, ownership): its changes were undone, the gas used so far paid. */
        REVERTED,
        /** The gas limit ran out: its changes were undone and the whole gas limit paid. */
        OUT_OF_GAS
    }

    public Receipt {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(gasUsed, "gasUsed");
        logs = List.copyOf(logs);
        Objects.requireNonNull(revertReason, "revertReason");
    }

    public boolean isSuccess() {
        return status == Status.SUCCESS;
    }

    @Override
    public String toString() {
        return status + ", " + gasUsed + (revertReason.isEmpty() ? "" : " (" + revertReason + ")")
                + (logs.isEmpty() ? "" : ", " + logs);
    }
}
