package layers.grading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One exercise of the course, as described by the {@link GradedExercise} annotation on its test class.
 *
 * <p>Get one from {@link Exercises#find(String)}. It knows what learners read (title, statement, hints), what they
 * implement ({@link #contract()}), where their IDE class is ({@link #implementationClassName()}), and its graded
 * tests with their points. Which tests: those on the classpath, so a learner's copy (visible tests) and the
 * instructor's (visible and hidden) differ in {@link #tests()} and {@link #totalPoints()}.
 */
public final class Exercise {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+");

    private final GradedExercise info;
    private final Class<?> testClass;
    private volatile List<GradedTest> tests;

    private Exercise(GradedExercise info, Class<?> testClass) {
        this.info = info;
        this.testClass = testClass;
    }

    /**
     * The exercise whose tests are {@code testClass}.
     *
     * @throws IllegalArgumentException if the class is not annotated {@link GradedExercise} or its id is malformed
     */
    public static Exercise of(Class<?> testClass) {
        GradedExercise info = testClass.getAnnotation(GradedExercise.class);
        if (info == null) {
            throw new IllegalArgumentException(testClass.getName() + " is not annotated @GradedExercise");
        }
        if (!ID.matcher(info.id()).matches()) {
            throw new IllegalArgumentException("exercise id '" + info.id() + "' in " + testClass.getName()
                    + " is not lower-case words separated by dots, like welcome.sum or pow.retarget");
        }
        return new Exercise(info, testClass);
    }

    public String id() {
        return info.id();
    }

    public String title() {
        return info.title();
    }

    /** What to build, in Markdown. */
    public String statement() {
        return info.statement();
    }

    /** Hints, from the gentlest to the most telling. */
    public List<String> hints() {
        return List.of(info.hints());
    }

    /** The interface the learner implements. */
    public Class<?> contract() {
        return info.contract();
    }

    /** The methods of {@link #contract()} an implementation must write, as Java: {@code long sum(long[] amounts)}. */
    public List<String> contractMethods() {
        return ContractCheck.signatures(contract());
    }

    /** The binary name of the learner's class in the {@code exercises} module, e.g. {@code ...welcome.MySatoshiSum}. */
    public String implementationClassName() {
        if (!info.implementation().isEmpty()) {
            return info.implementation();
        }
        return contract().getPackageName() + "." + ContractCheck.conventionalName(contract());
    }

    /**
     * Fresh objects of the learner's class found on the classpath by {@link #implementationClassName()}, as the
     * tests see them when Maven, an IDE or a gradebook JVM runs them. Each call of the supplier looks the class up
     * again; when it is missing or does not fit the contract, the supplier throws an {@link AssertionError} that
     * says so, which fails the test with that message.
     */
    public java.util.function.Supplier<Object> implementationOnClasspath() {
        return ImplementationClasses.fromClasspath(this);
    }

    /** The simple name learners give their class in a notebook, e.g. {@code MySatoshiSum}. */
    public String implementationSimpleName() {
        String name = implementationClassName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The JUnit test class. */
    public Class<?> testClass() {
        return testClass;
    }

    /** The graded tests on the classpath, in the order they are written. */
    public List<GradedTest> tests() {
        List<GradedTest> found = tests;
        if (found == null) {
            found = List.copyOf(Launching.discoverTests(testClass));
            tests = found;
        }
        return found;
    }

    public int totalPoints() {
        return tests().stream().mapToInt(GradedTest::points).sum();
    }

    /**
     * Picks the class to grade among classes a notebook defined, listed oldest first: the newest one with the
     * conventional name that implements the contract, or else the newest class that implements it.
     */
    public Optional<Class<?>> findImplementation(Collection<? extends Class<?>> definedClasses) {
        List<Class<?>> newestFirst = new ArrayList<>(definedClasses);
        java.util.Collections.reverse(newestFirst);
        Optional<Class<?>> conventional = newestFirst.stream()
                .filter(c -> c.getSimpleName().equals(implementationSimpleName()) && contract().isAssignableFrom(c))
                .findFirst();
        if (conventional.isPresent()) {
            return conventional;
        }
        return newestFirst.stream()
                .filter(c -> contract().isAssignableFrom(c) && !c.isInterface())
                .findFirst();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Exercise that && testClass.equals(that.testClass);
    }

    @Override
    public int hashCode() {
        return testClass.hashCode();
    }

    @Override
    public String toString() {
        return id();
    }
}
