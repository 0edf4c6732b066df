package layers.grading.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import layers.grading.release.Release;
import layers.grading.release.ReleaseException;

/**
 * {@code ./course release [--check]}: makes the learners' files from {@code solutions/}, or checks that the
 * committed ones are exactly what it would make. Needs only kernel-lib on the class path.
 *
 * <pre>
 * java -cp KERNEL_LIB layers.grading.cli.ReleaseCommand [--root DIR] [--check]
 * </pre>
 * Exit status: 0 done (or up to date), 1 out of date (with {@code --check}) or a malformed source, 2 usage error.
 */
public final class ReleaseCommand {

    private static final String USAGE = "usage: ReleaseCommand [--root DIR] [--check]";

    private ReleaseCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        try {
            CommandLine line = CommandLine.parse(args, Set.of("--root"), Set.of("--check"));
            if (!line.positional().isEmpty()) {
                throw new CommandLine.UsageError("unexpected " + line.positional().get(0));
            }
            Release release = new Release(line.root("solutions"));
            if (line.flag("--check")) {
                Optional<String> difference = release.check();
                if (difference.isPresent()) {
                    System.err.println("release --check: the learners' files are not what release produces.");
                    System.err.println(difference.get());
                    return 1;
                }
                System.out.println("release --check: the learners' files are up to date ("
                        + release.plan().size() + " files)");
                return 0;
            }
            List<String> changes = release.write();
            changes.forEach(change -> System.out.println("release: " + change));
            System.out.println("release: " + (changes.isEmpty() ? "nothing to change" : changes.size() + " changes")
                    + " (" + release.plan().size() + " files)");
            return 0;
        } catch (CommandLine.UsageError e) {
            System.err.println("release: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        } catch (ReleaseException e) {
            System.err.println("release: " + e.getMessage());
            return 1;
        }
    }
}
