package layers.core;

/**
 * A protocol rule that data from the network can break: a block's proof of work, a transaction's signature, a
 * channel state's sequence number. Each mechanism lists its rules as an enum implementing this interface, so a
 * rejection names the rule it broke, in the words of the rule's source.
 */
public interface Rule {

    /** The rule's name in code, e.g. {@code DOUBLE_SPEND}. */
    String name();

    /** The rule in one sentence, e.g. "an input spends an output that is already spent". */
    String description();
}
