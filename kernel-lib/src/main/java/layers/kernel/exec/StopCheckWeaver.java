package layers.kernel.exec;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.HashSet;
import java.util.Set;

/**
 * Rewrites the bytecode of classes compiled from notebook cells so that they can be stopped and cannot end the
 * kernel.
 *
 * <ul>
 *   <li>A call to {@link StopCheck#check()} at the start of every method and before every backward jump, the same
 *       points the JDK's own local JShell engine uses from JDK 22 on. Loops and recursion therefore stop soon
 *       after an interrupt, on every JDK from 17.</li>
 *   <li>{@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} are replaced by calls that throw
 *       {@link ExitCalled}.</li>
 * </ul>
 */
public final class StopCheckWeaver {

    private static final String STOP_CHECK = "layers/kernel/exec/StopCheck";
    private static final String EXIT_GUARD = "layers/kernel/exec/ExitGuard";

    private StopCheckWeaver() {
    }

    /** Returns the instrumented class file. */
    public static byte[] weave(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        // COMPUTE_MAXS only: the inserted calls push nothing and leave stack map frames valid.
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
                boolean hasCode = (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
                return hasCode ? new CheckingMethodVisitor(next) : next;
            }
        }, 0);
        return writer.toByteArray();
    }

    private static final class CheckingMethodVisitor extends MethodVisitor {
        private final Set<Label> seenLabels = new HashSet<>();

        CheckingMethodVisitor(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            check();
        }

        @Override
        public void visitLabel(Label label) {
            seenLabels.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (seenLabels.contains(label)) {
                check();
            }
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            if (anySeen(dflt, labels)) {
                check();
            }
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            if (anySeen(dflt, labels)) {
                check();
            }
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (opcode == Opcodes.INVOKESTATIC && owner.equals("java/lang/System") && name.equals("exit")
                    && descriptor.equals("(I)V")) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, EXIT_GUARD, "systemExit", "(I)V", false);
            } else if (opcode == Opcodes.INVOKEVIRTUAL && owner.equals("java/lang/Runtime")
                    && (name.equals("exit") || name.equals("halt")) && descriptor.equals("(I)V")) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, EXIT_GUARD, "runtime" + capitalise(name),
                        "(Ljava/lang/Runtime;I)V", false);
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        }

        private boolean anySeen(Label dflt, Label[] labels) {
            if (seenLabels.contains(dflt)) {
                return true;
            }
            for (Label l : labels) {
                if (seenLabels.contains(l)) {
                    return true;
                }
            }
            return false;
        }

        private void check() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, STOP_CHECK, "check", "()V", false);
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
