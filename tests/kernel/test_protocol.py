"""The Jupyter messaging protocol: kernel_info, completion, inspection, is_complete and message signatures."""

import time

import zmq
from jupyter_client.session import Session

from harness import Kernel


def test_kernel_info_names_java_and_the_implementation(kernel):
    reply = kernel.request("kernel_info")
    content = reply["content"]
    assert content.get("status", "ok") == "ok"
    assert content["language_info"]["name"] == "java"
    assert isinstance(content.get("implementation"), str) and content["implementation"].strip(), content
    assert str(content.get("protocol_version", "")).startswith("5"), content


def test_complete_offers_string_methods(kernel):
    code = '"abc".subs'
    content = kernel.request("complete", code, len(code))["content"]
    assert content["status"] == "ok", content
    assert any(m.startswith("substring") for m in content["matches"]), content["matches"]
    assert content["cursor_end"] == len(code), content
    assert content["cursor_start"] <= code.index("subs"), content


def test_inspect_finds_math_max(kernel):
    code = "Math.max"
    content = kernel.request("inspect", code, len(code))["content"]
    assert content["status"] == "ok", content
    assert content["found"] is True, content
    text = " ".join(str(v) for v in content["data"].values())
    assert "max" in text, content


def test_is_complete_for_a_statement(kernel):
    assert kernel.request("is_complete", "int x = 1;")["content"]["status"] == "complete"


def test_is_complete_for_an_open_block(kernel):
    assert kernel.request("is_complete", "for (int i = 0; i < 3; i++) {")["content"]["status"] == "incomplete"


def test_is_complete_for_a_broken_statement(kernel):
    assert kernel.request("is_complete", "int x = ;")["content"]["status"] == "invalid"


def _write_file_request(session: Session, path) -> dict:
    code = f'java.nio.file.Files.writeString(java.nio.file.Path.of("{path.as_posix()}"), "written");'
    return session.msg("execute_request", content={
        "code": code, "silent": False, "store_history": True, "user_expressions": {},
        "allow_stdin": False, "stop_on_error": True})


def _wait_for(path, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists():
            return True
        time.sleep(0.1)
    return path.exists()


def test_a_message_with_a_wrong_signature_is_ignored(fresh_kernel: Kernel, tmp_path):
    forged_marker = tmp_path / "forged-request-ran"
    signed_marker = tmp_path / "signed-request-ran"

    info = fresh_kernel.km.get_connection_info()
    scheme = info.get("signature_scheme", "hmac-sha256")
    key = info["key"] if isinstance(info["key"], bytes) else info["key"].encode()
    forger = Session(key=b"this-is-not-the-kernel-key", signature_scheme=scheme, username="forger")
    honest = Session(key=key, signature_scheme=scheme, username="honest")

    context = zmq.Context()
    socket = context.socket(zmq.DEALER)
    socket.linger = 0
    socket.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
    try:
        forger.send(socket, _write_file_request(forger, forged_marker))
        assert not _wait_for(forged_marker, 3), "the kernel ran a request whose signature was wrong"

        # The same route with the right key does work, so the silence above was the kernel's doing.
        honest.send(socket, _write_file_request(honest, signed_marker))
        assert _wait_for(signed_marker, 30), "a properly signed request sent the same way did not run"

        # The kernel still answers its own client, and the forged request has not run in the meantime.
        assert fresh_kernel.value("1 + 1") == "2"
        assert not forged_marker.exists(), "the kernel ran a request whose signature was wrong"
    finally:
        socket.close(linger=0)
        context.term()
