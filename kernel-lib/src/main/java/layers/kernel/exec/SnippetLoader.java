package layers.kernel.exec;

import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the classes JShell compiles from cells, instrumented by {@link StopCheckWeaver}, into the kernel's own JVM.
 * Its parent is the kernel's class loader, so cells see the course library and the exercises, and a grader running
 * in the kernel sees the classes a learner defined.
 */
final class SnippetLoader implements LoaderDelegate {

    private final CellClassLoader loader;
    private final Map<String, Class<?>> loaded = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    SnippetLoader(ClassLoader parent) {
        this.loader = new CellClassLoader(parent);
    }

    ClassLoader classLoader() {
        return loader;
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException {
        boolean[] installed = new boolean[classes.length];
        try {
            for (ClassBytecodes c : classes) {
                loader.declare(c.name(), StopCheckWeaver.weave(c.bytecodes()));
            }
            for (int i = 0; i < classes.length; i++) {
                Class<?> klass = loader.loadClass(classes[i].name());
                loaded.put(classes[i].name(), klass);
                installed[i] = true;
                klass.getDeclaredMethods(); // link now, so a bad class fails here and not in the middle of a cell
            }
        } catch (Throwable e) {
            throw new ClassInstallException("load: " + e, installed);
        }
    }

    /** Every class loaded from a cell, oldest first. */
    java.util.List<Class<?>> loadedClasses() {
        synchronized (loaded) {
            return java.util.List.copyOf(loaded.values());
        }
    }

    @Override
    public void classesRedefined(ClassBytecodes[] classes) {
        for (ClassBytecodes c : classes) {
            loader.declare(c.name(), StopCheckWeaver.weave(c.bytecodes()));
        }
    }

    @Override
    public void addToClasspath(String path) throws InternalException {
        try {
            for (String entry : path.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    loader.addURL(new File(entry).toURI().toURL());
                }
            }
        } catch (MalformedURLException e) {
            throw new InternalException("cannot add to the classpath: " + path + " (" + e.getMessage() + ")");
        }
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> klass = loaded.get(name);
        if (klass == null) {
            throw new ClassNotFoundException(name + " was not loaded from a cell");
        }
        return klass;
    }

    /** Defines cell classes from bytes held in memory, and anything added by %classpath or %jars from URLs. */
    private static final class CellClassLoader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classFiles = new ConcurrentHashMap<>();

        CellClassLoader(ClassLoader parent) {
            super(new URL[0], parent);
        }

        void declare(String name, byte[] bytes) {
            classFiles.put(name, bytes);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classFiles.get(name);
            if (bytes == null) {
                return super.findClass(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        public void addURL(URL url) {
            super.addURL(url);
        }
    }
}
