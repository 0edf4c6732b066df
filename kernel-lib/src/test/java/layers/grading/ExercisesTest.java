package layers.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import layers.exercises.fixture.Doubler;
import layers.exercises.fixture.Misbehaviours;
import layers.exercises.fixture.MyDoubler;
import org.junit.jupiter.api.Test;

class ExercisesTest {

    @Test
    void findsAnExerciseByItsIdOnTheClasspath() {
        Exercise exercise = Exercises.find("fixture.twice").orElseThrow();

        assertEquals("Double a number", exercise.title());
        assertEquals(Doubler.class, exercise.contract());
        assertEquals("Return twice the number you are given.", exercise.statement());
        assertEquals(List.of("Multiply by two.", "`return 2 * x;`"), exercise.hints());
        assertEquals("layers.exercises.fixture.MyDoubler", exercise.implementationClassName());
        assertEquals("MyDoubler", exercise.implementationSimpleName());
        assertEquals(8, exercise.totalPoints());
        assertEquals(7, exercise.tests().size());
        assertEquals(1, exercise.tests().stream().filter(GradedTest::hidden).count());
        assertTrue(Exercises.all().contains(exercise));
    }

    @Test
    void anUnknownIdIsEmpty() {
        assertTrue(Exercises.find("welcome.nothing").isEmpty());
    }

    @Test
    void listsTheContractsMethodsAsJava() {
        assertEquals(List.of("int twice(int)"), Exercises.find("fixture.twice").orElseThrow().contractMethods()
                .stream().map(s -> s.replace(" x)", ")")).toList());
    }

    @Test
    void picksTheNewestClassWithTheConventionalNameAmongANotebooksClasses() {
        Exercise exercise = Exercises.find("fixture.twice").orElseThrow();

        assertEquals(MyDoubler.class, exercise.findImplementation(
                List.of(MyDoubler.class, Misbehaviours.Correct.class, String.class)).orElseThrow());
        assertEquals(Misbehaviours.Correct.class, exercise.findImplementation(
                List.of(Misbehaviours.OffByOne.class, Misbehaviours.Correct.class, String.class)).orElseThrow());
        assertTrue(exercise.findImplementation(List.of(String.class, Misbehaviours.Unrelated.class)).isEmpty());
    }

    @Test
    void aClassWithoutTheAnnotationIsNotAnExercise() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Exercise.of(String.class));
        assertEquals("java.lang.String is not annotated @GradedExercise", e.getMessage());
    }
}
