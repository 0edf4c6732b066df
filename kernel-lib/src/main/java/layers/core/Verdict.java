package layers.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking data that came from outside: valid, or rejected for breaking one {@link Rule}, with a
 * detail that says where (which input, which block, which byte). Invalid input from the network is a verdict, not an
 * exception; exceptions are for misuse of the API.
 */
public final class Verdict {

    private static final Verdict VALID = new Verdict(null, null);

    private final Rule rule;
    private final String detail;

    private Verdict(Rule rule, String detail) {
        this.rule = rule;
        this.detail = detail;
    }

    public static Verdict valid() {
        return VALID;
    }

    /** A rejection for breaking {@code rule}; {@code detail} says where, e.g. "input 1 spends 4a5e…:0". */
    public static Verdict rejected(Rule rule, String detail) {
        return new Verdict(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(detail, "detail"));
    }

    public boolean isValid() {
        return rule == null;
    }

    /** The broken rule, empty when valid. */
    public Optional<Rule> rule() {
        return Optional.ofNullable(rule);
    }

    /** Where the rule was broken, empty when valid. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** True if this verdict rejects for {@code expected}. */
    public boolean isRejectedFor(Rule expected) {
        return rule == expected;
    }

    /** This verdict if it is a rejection, else {@code next}: for chaining checks in the order a spec lists them. */
    public Verdict orElse(java.util.function.Supplier<Verdict> next) {
        return isValid() ? next.get() : this;
    }

    @Override
    public String toString() {
        return isValid() ? "valid" : "rejected, " + rule.name() + " (" + rule.description() + "): " + detail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Verdict v && Objects.equals(rule, v.rule) && Objects.equals(detail, v.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, detail);
    }
}
