package layers.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JupyterPathsTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void jupyterDataDirWinsEverywhere() {
        Map<String, String> env = Map.of("JUPYTER_DATA_DIR", "/srv/jupyter-data", "XDG_DATA_HOME", "/xdg");
        assertEquals(Path.of("/srv/jupyter-data"), JupyterPaths.userDataDir(env, "Linux", HOME));
        assertEquals(Path.of("/srv/jupyter-data"), JupyterPaths.userDataDir(env, "Mac OS X", HOME));
    }

    @Test
    void linuxUsesLocalShareByDefault() {
        assertEquals(Path.of("/home/ada/.local/share/jupyter"), JupyterPaths.userDataDir(Map.of(), "Linux", HOME));
    }

    @Test
    void linuxHonoursXdgDataHome() {
        assertEquals(Path.of("/xdg/jupyter"),
                JupyterPaths.userDataDir(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME));
    }

    @Test
    void blankVariablesAreIgnored() {
        assertEquals(Path.of("/home/ada/.local/share/jupyter"),
                JupyterPaths.userDataDir(Map.of("JUPYTER_DATA_DIR", " ", "XDG_DATA_HOME", ""), "Linux", HOME));
    }

    @Test
    void macUsesLibraryJupyter() {
        assertEquals(Path.of("/home/ada/Library/Jupyter"), JupyterPaths.userDataDir(Map.of(), "Mac OS X", HOME));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/ada/AppData/Roaming").resolve("jupyter"),
                JupyterPaths.userDataDir(Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"), "Windows 11", HOME));
    }

    @Test
    void prefixMapsToShareJupyterKernels() {
        assertEquals(Path.of("/opt/conda/share/jupyter/kernels"),
                JupyterPaths.kernelsDir(JupyterPaths.prefixDataDir(Path.of("/opt/conda"))));
    }
}
