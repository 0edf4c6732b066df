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
        // BEGIN SOLUTION blobs.blobs-needed
        if (bytes < 0) {
            throw new IllegalArgumentException("a byte count is 0 or more, not " + bytes);
        }
        if (bytesPerBlob <= 0) {
            throw new IllegalArgumentException("a blob carries at least one byte, not " + bytesPerBlob);
        }
        return (int) Math.max(1, (bytes + bytesPerBlob - 1) / bytesPerBlob);
        // END SOLUTION
    }
}
