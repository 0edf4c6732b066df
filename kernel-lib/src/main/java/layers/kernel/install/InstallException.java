package layers.kernel.install;

/**
 * A problem that stops the kernel spec from being installed, with a message meant for the person who ran the
 * installer: it names the file or directory at fault and, where there is one, the way out.
 */
public final class InstallException extends Exception {
    private static final long serialVersionUID = 1L;

    /** True when the command line itself was wrong, so the usage text is worth printing. */
    private final boolean usage;
    /** True when a file or directory could not be written for lack of permission. */
    private final boolean permissionDenied;

    public InstallException(String message) {
        this(message, false, false, null);
    }

    public InstallException(String message, Throwable cause) {
        this(message, false, false, cause);
    }

    InstallException(String message, Throwable cause, boolean permissionDenied) {
        this(message, false, permissionDenied, cause);
    }

    private InstallException(String message, boolean usage, boolean permissionDenied, Throwable cause) {
        super(message, cause);
        this.usage = usage;
        this.permissionDenied = permissionDenied;
    }

    /** An error in the command line: unknown option, missing value, malformed value. */
    public static InstallException usage(String message) {
        return new InstallException(message, true, false, null);
    }

    public boolean isUsage() {
        return usage;
    }

    public boolean isPermissionDenied() {
        return permissionDenied;
    }
}
