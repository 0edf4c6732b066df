package layers.kernel.exec;

import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.time.Duration;
import java.util.Map;

/** Hands JShell the one {@link CellExecutionControl} of this kernel. */
public final class CellExecutionProvider implements ExecutionControlProvider {

    private final CellExecutionControl control;

    public CellExecutionProvider(ClassLoader parent, Duration cellTimeout) {
        this.control = new CellExecutionControl(new SnippetLoader(parent), cellTimeout);
    }

    public CellExecutionControl control() {
        return control;
    }

    @Override
    public String name() {
        return "layers-cells";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return control;
    }
}
