"""Magics: %%html, %%markdown, %time, %classpath, %jars, %load and %maven."""

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

import harness
from harness import Kernel


def _javac() -> str | None:
    """javac next to the java the kernel runs with, else the one on PATH."""
    spec = harness.kernel_spec()
    if spec and spec.argv:
        candidate = Path(spec.argv[0]).resolve().parent / "javac"
        if candidate.is_file():
            return str(candidate)
    return shutil.which("javac")


def _compile(tmp_path: Path, package: str, cls: str, body: str) -> Path:
    """Compiles one public class into tmp_path/classes and returns that directory."""
    javac = _javac()
    if javac is None:
        pytest.skip("no javac to compile a test class with")
    src = tmp_path / "src" / package / f"{cls}.java"
    src.parent.mkdir(parents=True)
    src.write_text(f"package {package};\npublic class {cls} {{\n{body}\n}}\n")
    out = tmp_path / "classes"
    subprocess.run([javac, "--release", "17", "-d", str(out), str(src)], check=True, timeout=120,
                   capture_output=True)
    return out


def test_cell_magic_html(kernel: Kernel):
    ex = kernel.ok("%%html\n<b>bold move</b>")
    assert any("<b>bold move</b>" in str(d.get("text/html", "")) for d in ex.bundles()), ex.describe()


def test_cell_magic_markdown(kernel: Kernel):
    ex = kernel.ok("%%markdown\n# Layer two\n*rollups* batch transactions")
    assert any("# Layer two" in str(d.get("text/markdown", "")) for d in ex.bundles()), ex.describe()


def test_line_magic_time_reports_a_duration(kernel: Kernel):
    ex = kernel.ok("%time 1+1")
    assert re.search(r"\d+(\.\d+)?\s*(ns|µs|us|ms|s)\b", ex.all_text), ex.describe()


def test_classpath_magic_adds_a_directory_of_classes(kernel: Kernel, tmp_path):
    classes = _compile(tmp_path, "layersextra", "ClasspathHello",
                       'public static String hello() { return "hello from the classpath"; }')
    kernel.ok(f"%classpath {classes}")
    assert "hello from the classpath" in kernel.value("layersextra.ClasspathHello.hello()")


def test_jars_magic_adds_a_jar(kernel: Kernel, tmp_path):
    classes = _compile(tmp_path, "layersjar", "JarHello",
                       'public static String hello() { return "hello from a jar"; }')
    jar = tmp_path / "hello.jar"
    with zipfile.ZipFile(jar, "w") as z:
        z.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n\r\n")
        for f in classes.rglob("*.class"):
            z.write(f, f.relative_to(classes).as_posix())
    kernel.ok(f"%jars {jar}")
    assert "hello from a jar" in kernel.value("layersjar.JarHello.hello()")


def test_load_magic_runs_a_jsh_snippet(kernel: Kernel, tmp_path):
    snippet = tmp_path / "snippet.jsh"
    snippet.write_text("int loadedValue = 41;\nint loadedTwice(int v) { return 2 * v; }\n")
    kernel.ok(f"%load {snippet}")
    assert kernel.value("loadedTwice(loadedValue)") == "82"


def test_load_magic_runs_a_java_file(kernel: Kernel, tmp_path):
    source = tmp_path / "LoadedGreeter.java"
    source.write_text('public class LoadedGreeter {\n'
                      '    public static String greet() { return "loaded greeter"; }\n'
                      '}\n')
    kernel.ok(f"%load {source}")
    assert "loaded greeter" in kernel.value("LoadedGreeter.greet()")


def _local_commons_lang3() -> str | None:
    """The newest commons-lang3 in the local Maven repository that has both its jar and its pom."""
    base = Path.home() / ".m2" / "repository" / "org" / "apache" / "commons" / "commons-lang3"
    found = []
    for d in base.glob("*"):
        v = d.name
        if (d / f"commons-lang3-{v}.jar").is_file() and (d / f"commons-lang3-{v}.pom").is_file():
            key = tuple(int(p) if p.isdigit() else 0 for p in re.split(r"[.-]", v))
            found.append((key, v))
    return max(found)[1] if found else None


def test_maven_magic_resolves_from_the_local_repository(kernel: Kernel):
    version = _local_commons_lang3()
    if version is None:
        pytest.skip("org.apache.commons:commons-lang3 is not in ~/.m2/repository")
    kernel.ok(f"%maven org.apache.commons:commons-lang3:{version}", timeout=180)
    assert "sreyal" in kernel.value('org.apache.commons.lang3.StringUtils.reverse("layers")')


def test_maven_magic_reports_a_missing_artifact_clearly(kernel: Kernel):
    ex = kernel.execute("%maven org.example.layers.nowhere:not-a-real-artifact:9.9.9", timeout=180)
    assert ex.status == "error", ex.describe()
    assert "not-a-real-artifact" in ex.error_text, ex.error_text
    assert kernel.value("1 + 2") == "3"
