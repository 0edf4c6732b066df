package layers.exercises.blobs;

/**
 * Exercise {@code blobs.blobs-needed}: how many blobs a batch takes. Write {@link #blobsNeeded}, then grade it:
 * {@code ./course grade blobs.blobs-needed}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Division rounded up: {@code (bytes + bytesPerBlob - 1) / bytesPerBlob} in {@code long}.</li>
 *   <li>Then at least 1.</li>
 * </ol>
 */
public class MyBlobCount implements BlobCount {

    @Override
    public int blobsNeeded(long bytes, int bytesPerBlob) {
        throw new UnsupportedOperationException("exercise blobs.blobs-needed: not written yet — see the hints above");
    }
}
