package layers.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test the learners never see: {@code release} removes the annotated method (or nested class, or whole
 * file when it is on the top-level class) from the learners' copy, so it only runs in the instructor's gradebook.
 *
 * <p>Hidden tests catch solutions written to pass the visible tests rather than to solve the problem. Write the
 * annotation on a line of its own, so that {@code release} can find it without parsing Java. It is also the JUnit tag
 * {@code hidden}, so {@code mvn test -DexcludedGroups=hidden} runs only what learners get.
 */
@Documented
@Tag("hidden")
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Hidden {
}
