package layers.kernel;

import layers.kernel.display.ChartRenderer;
import layers.kernel.display.TableRenderer;
import layers.kernel.eval.CellEvaluator;
import layers.kernel.eval.CompileError;
import layers.kernel.eval.RuntimeError;
import layers.kernel.exec.StopCheck;
import layers.kernel.magic.CellSegments;
import layers.kernel.magic.CellSegments.CellMagicCall;
import layers.kernel.magic.CellSegments.Code;
import layers.kernel.magic.CellSegments.LineMagicCall;
import layers.kernel.magic.Magic;
import layers.kernel.magic.MagicContext;
import layers.kernel.magic.MagicError;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.kernel.util.TextColor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * The Layers Jupyter kernel: Java cells evaluated by JShell inside this JVM, with the course library, its
 * renderers and the exercises ready to use. The Jupyter protocol is the jjava library's; this class decides what a
 * cell means.
 */
public final class LayersKernel extends BaseKernel {

    public static final String VERSION = "0.1.0";

    private final CompletableFuture<CellEvaluator> evaluator;
    private final Map<String, Magic> lineMagics = new ConcurrentHashMap<>();
    private final Map<String, Magic> cellMagics = new ConcurrentHashMap<>();
    private final KernelSettings settings;

    LayersKernel(KernelSettings settings) {
        super("layers", VERSION, languageInfo(), List.of(),
                null,
                new JupyterIO(StandardCharsets.UTF_8),
                new CommManager(),
                new Renderer(),
                null,
                new MagicsRegistry(),
                false,
                new StringStyler.Builder()
                        .addPrimaryStyle(TextColor.BOLD_RESET_FG)
                        .addSecondaryStyle(TextColor.RESET_ALL)
                        .addHighlightStyle(TextColor.BOLD_RED_FG)
                        .build());
        this.settings = settings;
        ChartRenderer.register(getRenderer());
        TableRenderer.register(getRenderer());
        KernelMagics.registerAll(this);
        // JShell takes about a second to start; do it while Jupyter connects. The first cell waits for it.
        this.evaluator = CompletableFuture.supplyAsync(this::startEvaluator);
    }

    private static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    private CellEvaluator startEvaluator() {
        CellEvaluator e = new CellEvaluator(getClassLoader(), System.getProperty("java.class.path"),
                settings.cellTimeout());
        e.importAll(DefaultImports.IMPORTS);
        return e;
    }

    CellEvaluator evaluator() {
        try {
            return evaluator.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the kernel was starting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the kernel could not start JShell: " + e.getCause(), e.getCause());
        }
    }

    public void registerLineMagic(String name, Magic magic) {
        lineMagics.put(name, magic);
    }

    public void registerCellMagic(String name, Magic magic) {
        cellMagics.put(name, magic);
    }

    /** The number Jupyter shows for the running cell. */
    private int currentCell() {
        return executionCount.get() - 1;
    }

    @Override
    public Object evalRaw(String code) {
        StopCheck.clearAll(); // an interrupt of an earlier cell must not stop this one
        evaluator().beginCell();
        Object value = runCell(code);
        return value == Magic.NO_VALUE ? null : value;
    }

    private Object runCell(String code) {
        Object value = Magic.NO_VALUE;
        for (CellSegments.Segment segment : CellSegments.split(code)) {
            if (segment instanceof Code c) {
                CellEvaluator.Result r = evaluator().evalWithinCell(c.source(), currentCell());
                value = r.hasValue() ? r.value() : Magic.NO_VALUE;
            } else if (segment instanceof LineMagicCall m) {
                value = runMagic(lineMagics, "%", m.name(), m.arguments(), "");
            } else if (segment instanceof CellMagicCall m) {
                value = runMagic(cellMagics, "%%", m.name(), m.arguments(), m.body());
            }
        }
        return value;
    }

    private Object runMagic(Map<String, Magic> magics, String prefix, String name, String args, String body) {
        Magic magic = magics.get(name);
        if (magic == null) {
            throw new MagicError("there is no magic " + prefix + name + "; the kernel knows "
                    + magics.keySet().stream().sorted().map(n -> prefix + n).reduce((a, b) -> a + ", " + b).orElse("none"));
        }
        try {
            return magic.run(args, body, magicContext);
        } catch (MagicError | CompileError | RuntimeError e) {
            throw e;
        } catch (Exception e) {
            throw new MagicError(prefix + name + " failed: " + e.getMessage());
        }
    }

    private final MagicContext magicContext = new MagicContext() {
        @Override
        public Object evalCell(String cell) {
            return runCell(cell);
        }

        @Override
        public void addToClasspath(Path path) {
            evaluator().addToClasspath(path.toAbsolutePath().toString());
        }

        @Override
        public Path workingDirectory() {
            return Path.of("").toAbsolutePath();
        }

        @Override
        public List<Class<?>> cellClassesAssignableTo(Class<?> type) {
            return evaluator().definedClassesAssignableTo(type);
        }

        @Override
        public Object evalExpression(String expression) {
            CellEvaluator.Result r = evaluator().evalWithinCell(expression, currentCell());
            return r.value();
        }
    };

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return evaluator().inspect(code, at).map(DisplayData::new).orElse(null);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        CellEvaluator.Completions c = evaluator().complete(code, at);
        return new ReplacementOptions(c.candidates(), c.start(), c.end());
    }

    @Override
    public String isComplete(String code) {
        if (code.stripLeading().startsWith("%")) {
            return IS_COMPLETE_YES;
        }
        return evaluator().isComplete(code);
    }

    @Override
    public void interrupt() {
        if (evaluator.isDone()) {
            evaluator().stop();
        }
    }

    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof CompileError ce) {
            return styled(ce.report());
        }
        if (e instanceof RuntimeError re) {
            return styled(re.report());
        }
        if (e instanceof MagicError) {
            return List.of(errorStyler.highlight("Magic error: ") + e.getMessage());
        }
        List<String> lines = new ArrayList<>();
        lines.add(errorStyler.highlight(e.getClass().getSimpleName() + ": ") + e.getMessage());
        lines.add("(an error inside the kernel; the kernel keeps running)");
        return lines;
    }

    private List<String> styled(List<String> report) {
        List<String> lines = new ArrayList<>(report.size());
        for (int i = 0; i < report.size(); i++) {
            lines.add(i == 0 ? errorStyler.highlight(report.get(i)) : report.get(i));
        }
        return lines;
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        if (evaluator.isDone() && !evaluator.isCompletedExceptionally()) {
            evaluator().close();
        }
        super.onShutdown(isRestarting);
    }

    @Override
    public String getBanner() {
        return String.format(Locale.ROOT, "Java %s :: Layers kernel %s", Runtime.version(), VERSION);
    }
}
