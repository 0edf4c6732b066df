package layers.kernel.magic;

import java.nio.file.Path;

/** What a magic may ask of the kernel. */
public interface MagicContext {

    /** Runs {@code cell} as if it had been typed in the current cell, magics included; returns its value. */
    Object evalCell(String cell);

    /** Adds jars or class folders to the classpath of later cells. */
    void addToClasspath(Path path);

    /** The folder relative paths are resolved against: the notebook's folder. */
    Path workingDirectory();

    /** Finds, among the classes the learner's cells defined, those assignable to {@code type}, newest first. */
    java.util.List<Class<?>> cellClassesAssignableTo(Class<?> type);

    /** Evaluates a Java expression in the notebook, e.g. to create an instance of a learner's class. */
    Object evalExpression(String expression);
}
