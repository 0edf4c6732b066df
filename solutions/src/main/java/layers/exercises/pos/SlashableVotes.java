package layers.exercises.pos;

import layers.l1.pos.AttestationData;

/**
 * Casper FFG's two slashing conditions: the pairs of votes a validator must never sign. Source: consensus-specs
 * phase0, {@code is_slashable_attestation_data}.
 */
public interface SlashableVotes {

    /**
     * Whether a validator that signed both {@code data1} and {@code data2} can be slashed:
     * <ul>
     *   <li>a <b>double vote</b>: the two are different ({@code !data1.equals(data2)}) and have the same target
     *       epoch; or</li>
     *   <li>a <b>surround vote</b>: {@code data1} surrounds {@code data2}, that is {@code data1}'s source epoch is
     *       strictly before {@code data2}'s and {@code data2}'s target epoch strictly before {@code data1}'s.</li>
     * </ul>
     * As in the specification, the surround test is one-directional: evidence of a surround vote lists the
     * surrounding vote first, and {@code data2} surrounding {@code data1} is not slashable in this order.
     */
    boolean isSlashableAttestationData(AttestationData data1, AttestationData data2);
}
