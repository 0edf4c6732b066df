package layers.course;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The root of the course checkout these tests were compiled in: solutions/target/test-classes, three levels up. */
final class CourseRoot {

    private CourseRoot() {
    }

    static Path path() {
        try {
            Path testClasses = Path.of(CourseRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path testClasses() {
        return path().resolve("solutions/target/test-classes");
    }
}
