package layers.kernel;

import layers.kernel.channels.LayersConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts the kernel: {@code java -cp ... layers.kernel.Main CONNECTION_FILE}, as Jupyter's kernel spec says. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp <classpath> layers.kernel.Main <connection-file>");
            System.exit(2);
        }
        String connection;
        try {
            connection = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("layers kernel: cannot read the connection file " + args[0] + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        KernelSettings settings = KernelSettings.fromEnvironment(System.getenv());
        LayersKernel kernel = new LayersKernel(settings);
        LayersConnection jupyter = new LayersConnection(KernelConnectionProperties.parse(connection));
        kernel.becomeHandlerForConnection(jupyter);
        jupyter.connect();
        kernel.onStartup();
        jupyter.waitUntilClose();
        // Threads of cells that could not be stopped must not keep the process alive.
        System.exit(0);
    }
}
