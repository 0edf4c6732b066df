package layers.grading;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Runs tests in the order they are written, so score tables read like the test file: easy cases first.
 *
 * <p>Reflection does not promise any order, but javac writes methods to the class file in source order, so this
 * reads the class file. {@link GradedExercise} applies it to every exercise.
 */
public final class SourceOrder implements MethodOrderer {

    @Override
    public void orderMethods(MethodOrdererContext context) {
        List<String> written = methodsInClassFile(context.getTestClass());
        if (!written.isEmpty()) {
            context.getMethodDescriptors().sort(Comparator.comparingInt(d -> position(written, d.getMethod())));
        }
    }

    private static int position(List<String> written, Method method) {
        int index = written.indexOf(method.getName() + Type.getMethodDescriptor(method));
        return index >= 0 ? index : Integer.MAX_VALUE;
    }

    private static List<String> methodsInClassFile(Class<?> testClass) {
        List<String> methods = new ArrayList<>();
        String resource = "/" + testClass.getName().replace('.', '/') + ".class";
        try (InputStream in = testClass.getResourceAsStream(resource)) {
            if (in == null) {
                return methods;
            }
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    methods.add(name + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (IOException | RuntimeException e) {
            methods.clear();
        }
        return methods;
    }
}
