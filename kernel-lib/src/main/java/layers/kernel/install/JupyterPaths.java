package layers.kernel.install;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Jupyter looks for kernel specs, following the rules of {@code jupyter --paths}.
 *
 * <p>The per-user data directory is {@code $JUPYTER_DATA_DIR} when that is set; otherwise
 * {@code ~/Library/Jupyter} on macOS, {@code %APPDATA%\jupyter} on Windows, and
 * {@code $XDG_DATA_HOME/jupyter} (by default {@code ~/.local/share/jupyter}) elsewhere. A prefix
 * (a Python environment's {@code sys.prefix}, or {@code /usr/local}) holds its kernel specs in
 * {@code PREFIX/share/jupyter/kernels}.
 */
public final class JupyterPaths {

    private JupyterPaths() {
    }

    /** The per-user Jupyter data directory for the given environment, operating system and home directory. */
    public static Path userDataDir(Map<String, String> env, String osName, Path userHome) {
        String explicit = nonBlank(env.get("JUPYTER_DATA_DIR"));
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Jupyter");
        }
        if (os.startsWith("windows")) {
            String appData = nonBlank(env.get("APPDATA"));
            Path base = appData != null ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("jupyter");
        }
        String xdg = nonBlank(env.get("XDG_DATA_HOME"));
        Path base = xdg != null ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("jupyter").toAbsolutePath().normalize();
    }

    /** The per-user Jupyter data directory of the running process. */
    public static Path userDataDir() {
        return userDataDir(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** The directory that holds kernel specs under a data directory. */
    public static Path kernelsDir(Path dataDir) {
        return dataDir.resolve("kernels");
    }

    /** The data directory that belongs to a prefix: {@code PREFIX/share/jupyter}. */
    public static Path prefixDataDir(Path prefix) {
        return prefix.toAbsolutePath().normalize().resolve("share").resolve("jupyter");
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
