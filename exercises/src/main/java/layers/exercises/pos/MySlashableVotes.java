package layers.exercises.pos;

import layers.l1.pos.AttestationData;

/**
 * Exercise {@code pos.slashable}: is this pair of votes a double vote or a surround vote? Write
 * {@link #isSlashableAttestationData}, then grade it: {@code ./course grade pos.slashable}.
 *
 * <p>Hints:
 * <ol>
 *   <li>An {@code AttestationData} has {@code slot()}, {@code beaconBlockRoot()}, {@code source()} and
 *       {@code target()}; a checkpoint has {@code epoch()} and {@code root()}. Epochs compare with
 *       {@code equals}, {@code isBefore} and {@code isAfter}.</li>
 *   <li>A double vote compares the whole data, not just the targets: two votes for the same target that differ only
 *       in the head block they name are still two different votes. Records have an {@code equals} that compares
 *       every field.</li>
 *   <li>{@code !data1.equals(data2) && data1.target().epoch().equals(data2.target().epoch())}, or
 *       {@code data1.source().epoch().isBefore(data2.source().epoch())} and
 *       {@code data2.target().epoch().isBefore(data1.target().epoch())}.</li>
 * </ol>
 */
public class MySlashableVotes implements SlashableVotes {

    @Override
    public boolean isSlashableAttestationData(AttestationData data1, AttestationData data2) {
        throw new UnsupportedOperationException("exercise pos.slashable: not written yet — see the hints above");
    }
}
