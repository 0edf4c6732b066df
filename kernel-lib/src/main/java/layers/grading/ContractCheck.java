package layers.grading;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides whether a class can stand for an exercise's contract, and if not, says what to change in words a
 * learner can act on, naming the methods the contract needs.
 */
final class ContractCheck {

    private ContractCheck() {
    }

    static Optional<String> check(Class<?> contract, Class<?> candidate) {
        String name = name(candidate);
        if (!contract.isAssignableFrom(candidate)) {
            return Optional.of(notImplemented(contract, candidate));
        }
        if (candidate.isInterface() || Modifier.isAbstract(candidate.getModifiers())) {
            return Optional.of(name + " is abstract; the tests need a class they can make objects of, like `class "
                    + conventionalName(contract) + " implements " + contract.getSimpleName() + " { ... }`");
        }
        if (candidate.isMemberClass() && !Modifier.isStatic(candidate.getModifiers())) {
            return Optional.of(name + " is an inner class of " + candidate.getEnclosingClass().getSimpleName()
                    + "; declare it static, or outside any class, so the tests can make one");
        }
        try {
            candidate.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            return Optional.of(name + " needs a constructor without parameters, so that each test can make a fresh "
                    + name);
        }
        return Optional.empty();
    }

    static String notImplemented(Class<?> contract, Class<?> candidate) {
        String name = name(candidate);
        return name + " does not implement " + contract.getName() + "; it needs: "
                + String.join("; ", signatures(contract)) + ". Declare it as `class " + name + " implements "
                + contract.getSimpleName() + " { ... }`.";
    }

    /** The methods an implementation must write, as Java: {@code long sum(long[] amounts)}. */
    static List<String> signatures(Class<?> contract) {
        return Arrays.stream(contract.getMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()))
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                .map(ContractCheck::signature)
                .toList();
    }

    static String conventionalName(Class<?> contract) {
        return "My" + contract.getSimpleName();
    }

    private static String signature(Method method) {
        String parameters = Arrays.stream(method.getParameters())
                .map(ContractCheck::parameter)
                .collect(Collectors.joining(", "));
        return typeName(method.getGenericReturnType()) + " " + method.getName() + "(" + parameters + ")";
    }

    private static String parameter(Parameter parameter) {
        String type = parameter.isVarArgs()
                ? typeName(parameter.getType().getComponentType()) + "..."
                : typeName(parameter.getParameterizedType());
        return parameter.isNamePresent() ? type + " " + parameter.getName() : type;
    }

    /** {@code java.util.List<java.lang.Long>} becomes {@code List<Long>}. */
    private static String typeName(Type type) {
        return type.getTypeName().replaceAll("\\b[a-z_][\\w]*\\.", "").replace('$', '.');
    }

    private static String name(Class<?> candidate) {
        return candidate.getSimpleName().isEmpty() ? candidate.getName() : candidate.getSimpleName();
    }
}
