package layers.kernel.install;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The installer's command line, parsed.
 *
 * @param prefix        install under {@code PREFIX/share/jupyter/kernels}; {@code null} means the user's data directory
 * @param name          the kernel spec's name (its directory name), {@code layers} by default
 * @param displayName   the name shown in Jupyter's kernel menu
 * @param jars          jar files and directories of jars to copy; empty means "the installer's own class path"
 * @param java          the {@code java} launcher the kernel runs with; {@code null} means the running JVM's
 * @param heap          the kernel's maximum heap, as for {@code -Xmx} (e.g. {@code 1g}, {@code 768m})
 * @param cellTimeout   seconds a cell may run before it is stopped; 0 means no limit
 * @param cdsArchive    a class-data-sharing archive for the kernel's JVM, or {@code null}
 * @param jvmOptions    further JVM options, in order
 * @param quiet         print nothing on success
 * @param help          print the usage text and do nothing else
 */
public record InstallOptions(
        Path prefix,
        String name,
        String displayName,
        List<Path> jars,
        Path java,
        String heap,
        long cellTimeout,
        Path cdsArchive,
        List<String> jvmOptions,
        boolean quiet,
        boolean help) {

    public static final String DEFAULT_NAME = "layers";
    public static final String DEFAULT_DISPLAY_NAME = "Java (Layers)";
    public static final String DEFAULT_HEAP = "1g";
    /** Environment variable that sets the heap at install time when {@code --heap} is not given. */
    public static final String HEAP_ENV = "LAYERS_KERNEL_HEAP";

    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    public InstallOptions {
        jars = List.copyOf(jars);
        jvmOptions = List.copyOf(jvmOptions);
    }

    public static final String USAGE = String.join("\n",
            "Usage: java -cp kernel-lib.jar layers.kernel.install.KernelSpecInstaller [options]",
            "",
            "Installs the Jupyter kernel spec for the Layers Java kernel: copies the jars into",
            "<kernels>/<name>/lib/ and writes <kernels>/<name>/kernel.json with absolute paths.",
            "Running it again updates the install in place and removes jars that are no longer needed.",
            "",
            "Where to install (default --user):",
            "  --user                 the user's Jupyter data directory: $JUPYTER_DATA_DIR, else",
            "                         ~/.local/share/jupyter (Linux), ~/Library/Jupyter (macOS)",
            "  --prefix DIR           DIR/share/jupyter/kernels (a Python environment's sys.prefix,",
            "                         /usr/local for every user, or a Binder image's environment)",
            "",
            "What to install:",
            "  --jars PATH...         jar files and directories of jars (all *.jar inside); repeatable",
            "  --classpath CP         a class path (entries separated by '" + File.pathSeparator
                    + "'; 'dir/*' and directories mean the jars in them)",
            "                         Without --jars or --classpath: the installer's own class path,",
            "                         plus the lib/ directory next to its jar.",
            "  --java PATH            the java launcher for the kernel (default: the one running the installer)",
            "  --name NAME            kernel spec name (default " + DEFAULT_NAME + ")",
            "  --display-name TEXT    name in the kernel menu (default \"" + DEFAULT_DISPLAY_NAME + "\")",
            "",
            "Kernel settings:",
            "  --heap SIZE            maximum heap, as for -Xmx (default $" + HEAP_ENV + ", else " + DEFAULT_HEAP + ")",
            "  --cell-timeout SECS    stop any cell after SECS seconds; 0 = no limit (default 0).",
            "                         Written to the spec as LAYERS_CELL_TIMEOUT; edit kernel.json to change it.",
            "  --cds                  build a class-data-sharing archive of a warmed-up kernel (layers.jsa in the",
            "                         kernel's folder) and start the kernel with it: a faster first result",
            "  --cds-archive FILE     start the kernel with -XX:SharedArchiveFile=FILE (the archive must have",
            "                         been dumped with the installed lib/ directory on the class path)",
            "  --jvm-option OPT       one more JVM option; repeatable",
            "",
            "  --quiet                print nothing on success",
            "  -h, --help             this text");

    /** Parses the command line; {@code env} supplies {@value #HEAP_ENV}. */
    public static InstallOptions parse(String[] args, Map<String, String> env) throws InstallException {
        Path prefix = null;
        boolean userSeen = false;
        String name = DEFAULT_NAME;
        String displayName = DEFAULT_DISPLAY_NAME;
        List<Path> jars = new ArrayList<>();
        Path java = null;
        String heap = null;
        long cellTimeout = 0;
        Path cds = null;
        List<String> jvmOptions = new ArrayList<>();
        boolean quiet = false;
        boolean help = false;

        List<String> list = splitEquals(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            switch (arg) {
                case "-h", "--help" -> help = true;
                case "--user" -> userSeen = true;
                case "--prefix" -> prefix = Path.of(value(list, ++i, arg));
                case "--name" -> {
                    name = value(list, ++i, arg);
                    if (!NAME.matcher(name).matches()) {
                        throw InstallException.usage("--name: '" + name
                                + "' is not a valid kernel name (letters, digits, '.', '_' and '-' only)");
                    }
                }
                case "--display-name" -> displayName = anyValue(list, ++i, arg);
                case "--jars" -> {
                    int before = jars.size();
                    while (i + 1 < list.size() && !list.get(i + 1).startsWith("--")) {
                        jars.add(Path.of(list.get(++i)));
                    }
                    if (jars.size() == before) {
                        throw InstallException.usage("--jars needs at least one jar file or directory");
                    }
                }
                case "--classpath", "--class-path", "-cp" -> {
                    for (String entry : value(list, ++i, arg).split(Pattern.quote(File.pathSeparator))) {
                        if (!entry.isBlank()) {
                            jars.add(Path.of(entry));
                        }
                    }
                }
                case "--java" -> java = Path.of(value(list, ++i, arg));
                case "--heap" -> heap = value(list, ++i, arg);
                case "--cell-timeout" -> {
                    String v = value(list, ++i, arg);
                    try {
                        cellTimeout = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        cellTimeout = -1;
                    }
                    if (cellTimeout < 0) {
                        throw InstallException.usage("--cell-timeout: '" + v
                                + "' is not a whole number of seconds (0 means no limit)");
                    }
                }
                case "--cds-archive" -> cds = Path.of(value(list, ++i, arg));
                case "--jvm-option" -> jvmOptions.add(anyValue(list, ++i, arg));
                case "--quiet", "-q" -> quiet = true;
                case "--cds" -> cds = CdsArchive.AUTO;
                default -> throw InstallException.usage("unknown option '" + arg + "'");
            }
        }
        if (userSeen && prefix != null) {
            throw InstallException.usage("--user and --prefix cannot be used together");
        }
        if (heap == null) {
            String fromEnv = env.get(HEAP_ENV);
            heap = fromEnv == null || fromEnv.isBlank() ? DEFAULT_HEAP : fromEnv.trim();
        }
        if (!HEAP.matcher(heap).matches()) {
            throw InstallException.usage("heap size '" + heap + "' (from "
                    + (list.contains("--heap") ? "--heap" : "$" + HEAP_ENV)
                    + ") is not a size such as 1g or 768m");
        }
        return new InstallOptions(prefix, name, displayName, jars, java, heap, cellTimeout, cds, jvmOptions,
                quiet, help);
    }

    private static final List<String> WITH_VALUE = List.of("--prefix", "--name", "--display-name", "--jars",
            "--classpath", "--class-path", "--java", "--heap", "--cell-timeout", "--cds-archive", "--jvm-option");

    /**
     * Turns {@code --opt=value} into {@code --opt value} for this installer's own options, leaving the value of
     * {@code --jvm-option} and {@code --display-name} alone (it may itself contain '=' or start with "--").
     */
    private static List<String> splitEquals(String[] args) {
        List<String> out = new ArrayList<>();
        boolean valueNext = false;
        for (String a : args) {
            int eq = a.indexOf('=');
            if (!valueNext && a.startsWith("--") && eq > 2 && WITH_VALUE.contains(a.substring(0, eq))) {
                out.add(a.substring(0, eq));
                out.add(a.substring(eq + 1));
                valueNext = false;
            } else {
                out.add(a);
                valueNext = !valueNext && (a.equals("--jvm-option") || a.equals("--display-name"));
            }
        }
        return out;
    }

    /** The value after an option; a following option ("--...") means the value is missing. */
    private static String value(List<String> list, int i, String option) throws InstallException {
        if (i >= list.size() || list.get(i).startsWith("--") || list.get(i).isEmpty()) {
            throw InstallException.usage(option + " needs a value");
        }
        return list.get(i);
    }

    /** The value after an option, whatever it looks like. */
    private static String anyValue(List<String> list, int i, String option) throws InstallException {
        if (i >= list.size()) {
            throw InstallException.usage(option + " needs a value");
        }
        return list.get(i);
    }
}
