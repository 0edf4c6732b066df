package layers.grading;

import java.util.Locale;

/** Turns JUnit's default display names ({@code rejectsNegativeAmounts()}) into words a learner reads at a glance. */
final class TestNames {

    private TestNames() {
    }

    /** The display name, or the method name in words when the display name is only JUnit's default. */
    static String readable(String displayName, String methodName, String parameterTypes) {
        if (displayName.equals(methodName + "(" + parameterTypes + ")") || displayName.equals(methodName + "()")) {
            return words(methodName);
        }
        return displayName;
    }

    /** {@code rejectsNegativeAmounts} becomes {@code rejects negative amounts}; acronyms such as {@code SHA} stay. */
    static String words(String camelCase) {
        StringBuilder out = new StringBuilder();
        String[] parts = camelCase.replace('_', ' ')
                .split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])| ");
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean acronym = part.length() > 1 && part.equals(part.toUpperCase(Locale.ROOT));
            out.append(acronym ? part : part.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
