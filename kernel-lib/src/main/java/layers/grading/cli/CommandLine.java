package layers.grading.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import layers.grading.Durations;

/** The arguments of a course command: {@code --name value} options, {@code --flag}s and the rest, in order. */
final class CommandLine {

    /** A mistake in the arguments; the command prints it with its usage and exits with status 2. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    static CommandLine parse(String[] args, Set<String> optionNames, Set<String> flagNames) throws UsageError {
        CommandLine line = new CommandLine();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionNames.contains(arg)) {
                if (i + 1 == args.length) {
                    throw new UsageError(arg + " needs a value");
                }
                line.options.put(arg, args[++i]);
            } else if (flagNames.contains(arg)) {
                line.flags.add(arg);
            } else if (arg.startsWith("--")) {
                throw new UsageError("unknown option " + arg);
            } else {
                line.positional.add(arg);
            }
        }
        return line;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    String option(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    List<String> positional() {
        return positional;
    }

    Duration duration(String name, Duration otherwise) throws UsageError {
        String value = options.get(name);
        try {
            return value == null ? otherwise : Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageError(name + ": " + e.getMessage());
        }
    }

    int integer(String name, int otherwise) throws UsageError {
        String value = options.get(name);
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageError(name + " needs a whole number, not '" + value + "'");
        }
    }

    /** The course's root: {@code --root}, else the working directory; it must hold {@code marker}. */
    Path root(String marker) throws UsageError {
        Path root = Path.of(option("--root", ".")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve(marker))) {
            throw new UsageError(root + " is not the course's root (it has no " + marker
                    + "/); run from there or pass --root DIR");
        }
        return root;
    }
}
