package layers.l1.dpos;

import java.util.Objects;

/**
 * A token holder's vote: all of its {@code tokens} behind one block-producer candidate. Token-weighted: a holder with
 * twice the tokens has twice the say. (EOS lets an account approve up to 30 producers with its full stake and Tron lets
 * it split its votes; one candidate per ballot is the simplest case of both.)
 */
public record Ballot(String voter, long tokens, String candidate) {

    public Ballot {
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(candidate, "candidate");
        if (tokens < 0) {
            throw new IllegalArgumentException("a ballot's tokens cannot be negative: " + voter + " has " + tokens);
        }
        if (voter.isBlank() || candidate.isBlank()) {
            throw new IllegalArgumentException("voter and candidate need names, got '" + voter + "' and '" + candidate + "'");
        }
    }
}
