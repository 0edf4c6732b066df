package layers.grading.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary directory that deletes itself, with everything in it, when closed. */
public final class Scratch implements AutoCloseable {

    private final Path path;

    private Scratch(Path path) {
        this.path = path;
    }

    public static Scratch create(String prefix) throws IOException {
        return new Scratch(Files.createTempDirectory(prefix));
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        SourceCompiler.clean(path);
    }
}
