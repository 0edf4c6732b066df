package layers.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How many points a test of an exercise is worth. A test without it is worth one point.
 *
 * <p>A parameterized test or a test factory earns its points only when every case passes: a row of the score table
 * is a test method, not a case.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Points {
    int value();
}
