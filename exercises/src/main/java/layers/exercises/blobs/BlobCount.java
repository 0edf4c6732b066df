package layers.exercises.blobs;

/** How many blobs a batch needs. */
public interface BlobCount {

    /**
     * The blobs needed for {@code bytes} bytes when each blob carries {@code bytesPerBlob} bytes: enough whole blobs
     * for every byte, and at least one (EIP-4844: a blob transaction carries at least one blob).
     *
     * @throws IllegalArgumentException if {@code bytes} is negative or {@code bytesPerBlob} is not positive
     */
    int blobsNeeded(long bytes, int bytesPerBlob);
}
