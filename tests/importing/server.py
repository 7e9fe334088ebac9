"""A stand-in for Kolada's API on 127.0.0.1 (http.server in a thread), for the tests: answers
by path in turn, records every request."""

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Kolada:
    """A stand-in for Kolada: answers by path (without the query), in turn; records requests."""

    url: str = ""
    answers: dict[str, list[Answer]] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    default: Answer = field(default_factory=lambda: Answer(404, b"not found"))

    def answer(self, path: str) -> Answer:
        self.requests.append(path)
        queue = self.answers.get(path.split("?")[0], [])
        return queue.pop(0) if len(queue) > 1 else (queue[0] if queue else self.default)


def data(items: list[tuple[str, int, float]], **link: str) -> bytes:
    values = [
        {"kpi": k, "municipality": "0665", "period": y, "values": [{"gender": "T", "value": v}]}
        for k, y, v in items
    ]
    return json.dumps({"values": values, "count": len(values), **link}).encode()


@pytest.fixture
def kolada() -> Iterator[Kolada]:
    state = Kolada()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            answer = state.answer(self.path)
            time.sleep(answer.delay)
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            # The client may have given up waiting (the timeout test).
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(answer.body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_port}/v2"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
