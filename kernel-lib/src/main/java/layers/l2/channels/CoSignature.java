package layers.l2.channels;

import java.util.Objects;

/** Both parties' shares of one signature: what makes a commitment or closing transaction spendable. */
public record CoSignature(PartialSignature first, PartialSignature second) {

    public CoSignature {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }
}
