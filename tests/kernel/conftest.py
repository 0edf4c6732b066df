"""Fixtures for the kernel tests: one kernel shared by most tests, and fresh kernels for tests that may harm one.

The tests run against the kernel spec Jupyter finds under the name in $LAYERS_KERNEL_NAME (default "layers").
./course test installs it into a scratch JUPYTER_DATA_DIR first; to run the tests by hand against your own
install, run: python3 -m pytest tests/kernel
"""

import os

import pytest

import harness


def pytest_report_header(config):
    spec = harness.kernel_spec()
    where = spec.resource_dir if spec else "NOT FOUND"
    return [f"kernel: {harness.KERNEL_NAME} ({where})",
            f"JUPYTER_DATA_DIR: {os.environ.get('JUPYTER_DATA_DIR', '(not set)')}"]


def pytest_sessionstart(session):
    if harness.kernel_spec() is None:
        pytest.exit(f"no Jupyter kernel named '{harness.KERNEL_NAME}' is installed where Jupyter looks "
                    f"(JUPYTER_DATA_DIR={os.environ.get('JUPYTER_DATA_DIR', 'not set')}). "
                    f"Run ./course test, or ./course kernel install first.", returncode=1)


@pytest.fixture(scope="session")
def kernel():
    """One kernel for every test that leaves it in working order. Tests use their own variable names."""
    k = harness.Kernel()
    yield k
    k.stop()


@pytest.fixture
def fresh_kernel():
    """A kernel of its own, for a test that interrupts, exhausts or otherwise may break it."""
    k = harness.Kernel()
    yield k
    k.stop()
