package layers.grading.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One student's folder in a submissions directory: a copy of the {@code exercises} module
 * ({@code src/main/java/...}) or of the whole course ({@code exercises/src/main/java/...}).
 *
 * @param student the folder's name, which names the student in the gradebook
 * @param folder  the folder
 */
public record Submission(String student, Path folder) {

    /** Where the student's Java sources are, if the folder has them in either layout. */
    public Optional<Path> sources() {
        for (String candidate : new String[] {"src/main/java", "exercises/src/main/java"}) {
            Path sources = folder.resolve(candidate);
            if (Files.isDirectory(sources)) {
                return Optional.of(sources);
            }
        }
        return Optional.empty();
    }

    /** A name safe for a scratch directory. */
    String directoryName() {
        return student.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
