package layers.kernel.eval;

import jdk.jshell.Diag;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.VarSnippet;
import layers.kernel.exec.CellExecutionControl;
import layers.kernel.exec.CellExecutionProvider;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Evaluates a cell of Java with JShell: splits it into snippets, runs them in order, and returns the value of the
 * last one when it is an expression. A snippet that does not compile stops the cell with a {@link CompileError};
 * one that throws stops it with a {@link RuntimeError}. Snippets before the failing one keep their effect, as in
 * JShell.
 */
public final class CellEvaluator implements AutoCloseable {

    /** What a cell produced: a value only when its last snippet was an expression. */
    public record Result(boolean hasValue, Object value) {
        static final Result NONE = new Result(false, null);
    }

    private final JShell shell;
    private final CellExecutionControl control;
    private final SnippetOrigins origins = new SnippetOrigins();
    private final FailureReport failures = new FailureReport(origins);

    public CellEvaluator(ClassLoader parent, String classpath, Duration cellTimeout) {
        CellExecutionProvider provider = new CellExecutionProvider(parent, cellTimeout);
        this.control = provider.control();
        this.shell = JShell.builder()
                .executionEngine(provider, null)
                // -proc:none: without it javac looks for annotation processors on the whole classpath (every jar's
                // META-INF/services) for every snippet; cells never use one, and each snippet compiles about a third
                // faster without the search.
                .compilerOptions("-Xlint:none", "-proc:none")
                .build();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
    }

    /** Adds jars or class folders for later cells (used by %classpath, %jars and %maven). */
    public void addToClasspath(String path) {
        shell.addToClasspath(path);
    }

    public ClassLoader cellClassLoader() {
        return control.classLoader();
    }

    public JShell shell() {
        return shell;
    }

    /**
     * Adds imports that every later cell sees. JShell compiles every snippet it is given, and at start-up javac is
     * still cold: the default imports one by one took 0.4–0.5 s longer than in one snippet, which is how
     * they are added here. JShell files an import snippet under its first import, and a later snippet repeating that
     * import would replace the whole snippet, so the first import should be one that no cell repeats. Should JShell
     * not take them as one snippet, they are added one by one (a bad one then fails with its own message).
     */
    public void importAll(List<String> imports) {
        beginCell();
        List<SnippetEvent> events = shell.eval(String.join("\n", imports));
        boolean oneValidImport = events.size() == 1
                && events.get(0).snippet().kind() == Snippet.Kind.IMPORT
                && events.get(0).status() == Snippet.Status.VALID;
        if (!oneValidImport) {
            events.stream().map(SnippetEvent::snippet).filter(s -> shell.status(s).isActive()).forEach(shell::drop);
            for (String line : imports) {
                evalSnippets(line, 0);
            }
        }
    }

    /** Runs {@code code} as cell number {@code cell} (0 for code the kernel runs itself). */
    public Result eval(String code, int cell) {
        beginCell();
        return evalSnippets(code, cell);
    }

    /** Forgets the interrupt of an earlier cell; the kernel calls it once when a cell starts. */
    public void beginCell() {
        control.beginCell();
    }

    /** Runs {@code code} as part of the running cell (a magic's code), keeping a pending interrupt. */
    public Result evalWithinCell(String code, int cell) {
        return evalSnippets(code, cell);
    }

    /** A complete snippet of a cell: what JShell is given, and where it lies in the cell. */
    private record Piece(String source, int start, int end) {
    }

    private Result evalSnippets(String code, int cell) {
        List<Piece> pieces = split(code);
        Result result = Result.NONE;
        int i = 0;
        while (i < pieces.size()) {
            int runEnd = endOfStatementRun(pieces, i);
            if (runEnd - i >= 2 && evalAsBlock(pieces.subList(i, runEnd), code, cell)) {
                result = Result.NONE;
                i = runEnd;
                continue;
            }
            for (int last = Math.max(runEnd, i + 1); i < last; i++) {
                Piece p = pieces.get(i);
                result = evalSnippet(p.source(), code, p.start(), cell);
            }
        }
        return result;
    }

    /** The cell cut into JShell's snippets; an incomplete rest is one last piece (it will not compile). */
    private List<Piece> split(String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        List<Piece> pieces = new ArrayList<>();
        String remaining = code;
        int offset = 0;
        while (!remaining.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            boolean complete = info.completeness() == Completeness.COMPLETE
                    || info.completeness() == Completeness.COMPLETE_WITH_SEMI;
            int consumed = complete ? remaining.length() - info.remaining().length() : remaining.length();
            pieces.add(new Piece(complete ? info.source() : remaining, offset, offset + consumed));
            offset += consumed;
            remaining = remaining.substring(consumed);
        }
        return pieces;
    }

    /**
     * Where the run of plain statements (calls, assignments, loops...) that starts at {@code from} ends. JShell
     * compiles every snippet with an import of every declaration of the session, so each one costs a compilation
     * that grows with the session; a run of statements declares nothing, and compiled as one block it costs one. A
     * cell's last snippet joins the run only when it shows nothing anyway: its value is the cell's result.
     */
    private static int endOfStatementRun(List<Piece> pieces, int from) {
        int end = from;
        while (end < pieces.size() && PlainStatement.isPlainStatement(pieces.get(end).source())
                && (end < pieces.size() - 1 || PlainStatement.hasNoValue(pieces.get(end).source()))) {
            end++;
        }
        return end;
    }

    /**
     * Runs statements as one block, each on its own line of the cell as before (errors point to the same lines).
     * Returns false, having run nothing, if the block does not compile; the statements then run one by one, so that
     * those before a faulty one take effect and the fault is reported as usual.
     */
    private boolean evalAsBlock(List<Piece> run, String cellCode, int cell) {
        int start = firstNonBlank(cellCode, run.get(0).start());
        Piece last = run.get(run.size() - 1);
        String text = cellCode.substring(start, last.end());
        // The cell's last statement may lack its semicolon. (Not one after every block: after a throw it would be
        // an unreachable statement.)
        String end = text.stripTrailing();
        boolean terminated = end.endsWith(";") || end.endsWith("}");
        String block = "{" + text + (terminated ? "\n}" : "\n;}");
        control.clearLastValue();
        List<SnippetEvent> events = shell.eval(block);
        boolean rejected = events.stream()
                .anyMatch(e -> e.causeSnippet() == null && e.status() == Snippet.Status.REJECTED);
        if (rejected) {
            return false;
        }
        report(events, cellCode, start, cell);
        return true;
    }

    /** JShell numbers a snippet's lines from its first non-blank character. */
    private static int firstNonBlank(String cellCode, int from) {
        int at = from;
        while (at < cellCode.length() && Character.isWhitespace(cellCode.charAt(at))) {
            at++;
        }
        return at;
    }

    private Result evalSnippet(String source, String cellCode, int offset, int cell) {
        control.clearLastValue();
        return report(shell.eval(source), cellCode, offset, cell);
    }

    /** What JShell's events for one snippet mean to the cell: its value, or the error that stops the cell. */
    private Result report(List<SnippetEvent> events, String cellCode, int offset, int cell) {
        Result result = Result.NONE;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // an update to an earlier snippet, not this one
            }
            Snippet snippet = event.snippet();
            origins.record(snippet.id(), cell, SourcePosition.of(cellCode, firstNonBlank(cellCode, offset)).line());
            if (event.status() == Snippet.Status.REJECTED) {
                throw compileError(snippet, cellCode, offset);
            }
            JShellException thrown = event.exception();
            if (thrown != null) {
                throw failures.describe(thrown);
            }
            if (event.status() == Snippet.Status.RECOVERABLE_DEFINED
                    || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                String missing = shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet)
                        .collect(Collectors.joining(", "));
                System.err.println("Note: " + describe(snippet) + " refers to " + missing
                        + ", which is not defined yet; define it in a later cell before using this.");
            }
            if (isExpression(snippet)) {
                Object value = control.lastValue();
                // System.out.printf(...) and friends return the stream itself; that is not a result to show.
                result = value == System.out || value == System.err ? Result.NONE : new Result(true, value);
                if (snippet instanceof VarSnippet) {
                    // JShell keeps each expression's value as a variable $N and imports every one into every later
                    // snippet, so each cell would compile a little slower than the last. Notebooks show the value
                    // instead; the variable is dropped.
                    shell.drop(snippet);
                }
            } else {
                result = Result.NONE;
            }
        }
        return result;
    }

    private static boolean isExpression(Snippet snippet) {
        return snippet instanceof ExpressionSnippet
                || (snippet instanceof VarSnippet && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
    }

    private static String describe(Snippet snippet) {
        String name = snippet instanceof jdk.jshell.DeclarationSnippet d ? d.name() : snippet.source().strip();
        return snippet.kind().name().toLowerCase(Locale.ROOT).replace("type_decl", "type") + " " + name;
    }

    private CompileError compileError(Snippet snippet, String cellCode, int offset) {
        List<CompileError.Problem> problems = new ArrayList<>();
        List<Diag> diags = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
        for (Diag d : diags) {
            long start = d.getStartPosition() >= 0 ? d.getStartPosition() : d.getPosition();
            long end = d.getEndPosition() > start ? d.getEndPosition() : start + 1;
            int cellOffset = (int) Math.min(offset + start, cellCode.length());
            SourcePosition pos = SourcePosition.of(cellCode, cellOffset);
            String line = SourcePosition.lineText(cellCode, pos.line());
            int caret = caretLength(line, pos.column() - 1, (int) (end - start));
            problems.add(new CompileError.Problem(pos, cleanMessage(d.getMessage(Locale.ROOT)), line, caret));
        }
        if (problems.isEmpty()) {
            SourcePosition pos = SourcePosition.of(cellCode, offset);
            problems.add(new CompileError.Problem(pos, "this code is not valid Java",
                    SourcePosition.lineText(cellCode, pos.line()), 1));
        }
        return new CompileError(problems);
    }

    /**
     * How many characters to underline: the identifier at the fault when there is one (JShell's end positions can
     * run past it), else the diagnostic's span, never past the end of the line.
     */
    private static int caretLength(String line, int column, int span) {
        int room = Math.max(1, line.length() - column);
        if (column < line.length() && Character.isJavaIdentifierStart(line.charAt(column))) {
            int end = column;
            while (end < line.length() && Character.isJavaIdentifierPart(line.charAt(end))) {
                end++;
            }
            return Math.max(1, Math.min(end - column, Math.max(span, 1)));
        }
        return Math.max(1, Math.min(span, room));
    }

    /** JShell names the synthetic wrapper class in some messages ("location: class "); that helps nobody. */
    private static String cleanMessage(String message) {
        return message.lines()
                .filter(l -> !l.strip().equals("location: class") && !l.strip().startsWith("location: class $JShell"))
                .collect(Collectors.joining("\n"));
    }

    /** JShell's verdict on whether {@code code} is complete, in the words of Jupyter's is_complete_reply. */
    public String isComplete(String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = code;
        while (!remaining.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            switch (info.completeness()) {
                case DEFINITELY_INCOMPLETE:
                    return "    ";
                case CONSIDERED_INCOMPLETE:
                    return "    ";
                case UNKNOWN:
                    return "invalid";
                case EMPTY:
                    return "complete";
                default:
                    remaining = info.remaining();
            }
        }
        return "complete";
    }

    /** Completion candidates at {@code cursor}: where the replaced text starts, and the candidates. */
    public record Completions(int start, int end, List<String> candidates) {
    }

    public Completions complete(String code, int cursor) {
        Located located = locate(code, cursor);
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions =
                shell.sourceCodeAnalysis().completionSuggestions(
                        located.snippet.substring(0, located.cursor), located.cursor, anchor);
        List<String> candidates = suggestions.stream()
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .distinct()
                .collect(Collectors.toList());
        return new Completions(located.start + anchor[0], cursor, candidates);
    }

    /** The signatures and, where the JDK ships its sources, the Javadoc of what is at {@code cursor}. */
    public Optional<String> inspect(String code, int cursor) {
        Located located = locate(code, cursor);
        // JShell documents the call around the cursor; move to the end of the identifier first.
        int at = located.cursor;
        while (at < located.snippet.length() && Character.isJavaIdentifierPart(located.snippet.charAt(at))) {
            at++;
        }
        String probe = located.snippet.substring(0, at);
        List<SourceCodeAnalysis.Documentation> docs = shell.sourceCodeAnalysis().documentation(probe, at, true);
        if (docs.isEmpty() && !probe.endsWith("(")) {
            docs = shell.sourceCodeAnalysis().documentation(probe + "(", at + 1, true);
        }
        if (docs.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (SourceCodeAnalysis.Documentation d : docs) {
            text.append(d.signature()).append('\n');
            if (d.javadoc() != null && !d.javadoc().isBlank()) {
                text.append(d.javadoc().strip()).append("\n\n");
            }
        }
        return Optional.of(text.toString().strip());
    }

    private record Located(String snippet, int cursor, int start) {
    }

    /** Finds the snippet of the cell that contains {@code cursor}. */
    private Located locate(String code, int cursor) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        int start = 0;
        String remaining = code;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            int consumed = remaining.length() - info.remaining().length();
            boolean complete = info.completeness() == Completeness.COMPLETE
                    || info.completeness() == Completeness.COMPLETE_WITH_SEMI;
            if (!complete || consumed <= 0 || start + consumed >= cursor) {
                int end = complete && consumed > 0 ? start + consumed : code.length();
                return new Located(code.substring(start, end), Math.min(cursor, end) - start, start);
            }
            start += consumed;
            remaining = remaining.substring(consumed);
        }
    }

    /**
     * The classes that the learner's cells currently define (not older versions replaced by a later cell) and that
     * can be assigned to {@code type}, the most recently defined first.
     */
    public List<Class<?>> definedClassesAssignableTo(Class<?> type) {
        java.util.Set<String> current = shell.types()
                .filter(t -> shell.status(t) == Snippet.Status.VALID)
                .map(jdk.jshell.TypeDeclSnippet::name)
                .collect(Collectors.toSet());
        List<Class<?>> loaded = new ArrayList<>(control.loadedClasses());
        java.util.Collections.reverse(loaded);
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Class<?>> found = new ArrayList<>();
        for (Class<?> c : loaded) {
            String simple = c.getSimpleName();
            if (c.getEnclosingClass() != null && c.getEnclosingClass().getEnclosingClass() == null
                    && current.contains(simple) && seen.add(simple) && type.isAssignableFrom(c)) {
                found.add(c);
            }
        }
        return found;
    }

    /** Stops the running cell (an interrupt from the notebook). */
    public void stop() {
        control.stop();
    }

    public boolean lastCellInterrupted() {
        return control.wasInterrupted();
    }

    @Override
    public void close() {
        shell.close();
    }
}
