package layers.grading;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;

/** Finds and instantiates the learner's class, turning every way this can go wrong into a plain message. */
final class ImplementationClasses {

    private ImplementationClasses() {
    }

    /**
     * Fresh objects of the exercise's conventional class, looked up by name each time it is asked, on the thread's
     * context class loader and then the test's own: the learner's file in the IDE, the student's in the gradebook.
     */
    static Supplier<Object> fromClasspath(Exercise exercise) {
        return () -> {
            Class<?> found = load(exercise);
            ContractCheck.check(exercise.contract(), found).ifPresent(problem -> {
                throw new ContractMismatch(problem);
            });
            return newInstance(found);
        };
    }

    /** Fresh objects of a given class, made with its constructor without parameters. */
    static Supplier<Object> constructing(Class<?> implementation) {
        return () -> newInstance(implementation);
    }

    private static Class<?> load(Exercise exercise) {
        String name = exercise.implementationClassName();
        ClassLoader[] loaders = {Thread.currentThread().getContextClassLoader(), exercise.testClass().getClassLoader()};
        for (ClassLoader loader : loaders) {
            if (loader == null) {
                continue;
            }
            try {
                return Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                // try the next loader
            }
        }
        throw new ContractMismatch("could not find your class " + name + " (it belongs in exercises/src/main/java/"
                + name.replace('.', '/') + ".java)");
    }

    private static Object newInstance(Class<?> implementation) {
        try {
            Constructor<?> constructor = implementation.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw ImplementationClasses.<RuntimeException>rethrow(e.getCause());
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | RuntimeException e) {
            throw new ContractMismatch("could not make a " + implementation.getSimpleName() + ": "
                    + ContractCheck.check(implementation, implementation).orElse(String.valueOf(e.getMessage())));
        }
    }

    /** Lets the learner's constructor's own exception through unchanged, checked or not. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E rethrow(Throwable thrown) throws E {
        throw (E) thrown;
    }
}
