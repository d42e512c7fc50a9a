"""Property-based tests of the REST API (issue 18, part 3): any query parameters on any GET route,
any JSON body on any POST route, as the OpenAPI schema names them, never give a 500 or a
traceback; a refusal is a 4xx with an error message; the same GET twice gives the same answer.

Routes and parameter names come from the app's own OpenAPI schema, so a new route is fuzzed
without touching this file. WATCHFLOOR_FUZZ_EXAMPLES sets the examples per test (default 25).
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from web_data import build

from watchfloor.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

EXAMPLES = int(os.environ.get("WATCHFLOOR_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

values = st.text(max_size=30) | st.sampled_from(
    ["", "0", "-1", "1", "99999999999999999999", "1e309", "NaN", "2015-11-02", "2015-13-45", "ARREST",
     "arrest,deport", "TUR", "asc", "desc", "csv", "json", "geojson", "%00", "\x00", "' OR 1=1 --", "<script>",
     "a" * 3000, "week", "month", "true", "false"]
)  # fmt: skip
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | values,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(values, inner, max_size=3),
    max_leaves=10,
)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with build(tmp_path_factory.mktemp("fuzz") / "wf.sqlite") as store:
        yield TestClient(
            create_app(store), base_url="http://127.0.0.1", client=("127.0.0.1", 40000), raise_server_exceptions=False
        )


def _routes(client: TestClient, method: str) -> list[tuple[str, list[str], list[str]]]:
    """(path, path parameters, query parameters) of every route of `method`."""
    spec = client.app.openapi()  # type: ignore[attr-defined]
    routes = []
    for path, ops in spec["paths"].items():
        op = ops.get(method)
        if op is None:
            continue
        params = op.get("parameters", [])
        routes.append(
            (path, [p["name"] for p in params if p["in"] == "path"], [p["name"] for p in params if p["in"] == "query"])
        )
    return routes


def _body_fields(client: TestClient, path: str) -> list[str]:
    spec = client.app.openapi()  # type: ignore[attr-defined]
    body = spec["paths"][path]["post"].get("requestBody", {})
    ref = body.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
    schema = spec["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {})
    return list(schema.get("properties", {}))


def _url(path: str, path_params: list[str], draw: Any) -> str:
    for name in path_params:
        value = draw(values | st.integers(-5, 50).map(str))
        path = path.replace("{" + name + "}", quote(value, safe="") or "x")
    return path


def _check(response: Any) -> None:
    assert response.status_code < 500, (response.request.url, response.text[:300])
    assert "Traceback" not in response.text
    if 400 <= response.status_code < 500 and response.headers.get("content-type", "").startswith("application/json"):
        error = response.json().get("error")  # the API's error shape: status, message, the input named
        assert isinstance(error, dict) and error.get("message"), response.text[:300]


@FUZZ
@given(st.data())
def test_any_query_on_any_get_route(client: TestClient, data: st.DataObject) -> None:
    path, path_params, query_params = data.draw(st.sampled_from(_routes(client, "get")))
    url = _url(path, path_params, data.draw)
    params = data.draw(
        st.lists(st.tuples(st.sampled_from(query_params) if query_params else values, values), max_size=5)
        | st.lists(st.tuples(values, values), max_size=2)
    )
    first = client.get(url, params=params)
    _check(first)
    second = client.get(url, params=params)
    assert (second.status_code, second.content) == (first.status_code, first.content)


@FUZZ
@given(st.data())
def test_any_body_on_any_post_route(client: TestClient, data: st.DataObject) -> None:
    path, path_params, query_params = data.draw(st.sampled_from(_routes(client, "post")))
    fields = _body_fields(client, path)
    body = data.draw(
        st.dictionaries(st.sampled_from(fields), json_values, max_size=len(fields)) if fields else json_values
    ) if data.draw(st.booleans()) else data.draw(json_values)
    params = data.draw(st.lists(st.tuples(st.sampled_from(query_params), values), max_size=2)) if query_params else []
    headers = {"X-CSRF-Token": client.app.state.auth.local_csrf, "Content-Type": "application/json"}  # type: ignore[attr-defined]
    content = json.dumps(body).encode("utf-8", "surrogatepass")  # NaN and Infinity too, as some clients send
    _check(client.post(_url(path, path_params, data.draw), content=content, params=params, headers=headers))


@FUZZ
@given(st.binary(max_size=200))
def test_a_body_that_is_not_json(client: TestClient, raw: bytes) -> None:
    csrf = {"X-CSRF-Token": client.app.state.auth.local_csrf, "Content-Type": "application/json"}  # type: ignore[attr-defined]
    for path, _, _ in _routes(client, "post")[:2]:
        _check(client.post(path.replace("{event_id}", "1"), content=raw, headers=csrf))


def test_routes_are_found(client: TestClient, tmp_path: Path) -> None:
    assert len(_routes(client, "get")) >= 10 and len(_routes(client, "post")) >= 4


@pytest.mark.parametrize(
    "url",
    [
        "/api/events/9223372036854775808",  # OverflowError: Python int too large to convert to SQLite INTEGER
        "/api/documents/-9223372036854775809",
        "/api/claims/99999999999999999999",
        "/api/clusters/9223372036854775808",
    ],
)
def test_crashes_found_by_fuzzing(client: TestClient, url: str) -> None:
    response = client.get(url)
    _check(response)
    assert response.status_code in (400, 404)
