"""Accounts, roles, tokens, sessions and CSRF; local mode only on loopback; the CLI verbs."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from web_data import build

from watchfloor.cli import main
from watchfloor.errors import ConfigError, InputError
from watchfloor.store import Store
from watchfloor.store.accounts import check_password, hash_password
from watchfloor.store.search import EventQuery
from watchfloor.web import create_app
from watchfloor.web.auth import is_loopback

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

LOCAL = ("127.0.0.1", 40000)


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with build(tmp_path / "wf.sqlite") as store:
        yield store


def _client(store: Store, client: tuple[str, int] = LOCAL, base: str = "http://127.0.0.1") -> TestClient:
    return TestClient(create_app(store), base_url=base, client=client, follow_redirects=False)


def _event_id(store: Store) -> int:
    event_id: int = store.search_events(EventQuery(review="all")).items[0][0].id
    return event_id


def test_passwords_are_scrypt_hashed_and_checked() -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("scrypt$16384$8$1$") and "correct horse" not in stored
    assert check_password("correct horse", stored)
    assert not check_password("correct horsE", stored)
    assert not check_password("x", "md5$abc") and not check_password("x", "garbage")
    assert hash_password("same") != hash_password("same")  # salted


def test_account_input_is_checked(store: Store) -> None:
    store.add_user("ann", "password1", "admin")
    with pytest.raises(InputError, match="exists"):
        store.add_user("ann", "password2")
    with pytest.raises(InputError, match="role"):
        store.add_user("bob", "password2", "root")
    with pytest.raises(InputError, match="8 characters"):
        store.add_user("bob", "short")
    with pytest.raises(InputError, match="without spaces"):
        store.add_user("b o b", "password2")
    assert store.authenticate("ann", "password1") is not None
    assert store.authenticate("ann", "password2") is None and store.authenticate("zed", "password1") is None


def test_local_mode_only_from_loopback(store: Store) -> None:
    assert _client(store).get("/api/me").json()["via"] == "local"
    remote = _client(store, client=("192.0.2.7", 5000))
    response = remote.get("/api/events")
    assert response.status_code == 403 and "loopback" in response.json()["error"]["message"]
    rebound = _client(store, base="http://attacker.example")  # DNS rebinding: loopback client, foreign Host
    assert rebound.get("/api/events").status_code == 403
    assert _client(store, base="http://localhost:8000").get("/api/events").status_code == 200


def test_non_loopback_host_refused_until_an_account_exists(store: Store) -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost") and is_loopback("127.3.2.1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.2") and not is_loopback("example.org")
    with pytest.raises(ConfigError, match="no accounts"):
        create_app(store, host="0.0.0.0")
    store.add_user("ann", "password1", "admin")
    create_app(store, host="0.0.0.0")


def test_accounts_require_login_and_roles(store: Store) -> None:
    store.add_user("vera", "password1", "viewer")
    store.add_user("anna", "password1", "analyst")
    store.add_user("adam", "password1", "admin")
    client = _client(store)
    assert client.get("/api/events").status_code == 401
    page = client.get("/events?type=ARREST")
    assert page.status_code == 303 and page.headers["location"] == "/login?next=%2Fevents%3Ftype%3DARREST"
    bad = client.get("/api/events", headers={"Authorization": "Bearer wf_not-a-token"})
    assert bad.status_code == 401 and bad.json()["error"]["input"] == "Authorization"

    event_id = _event_id(store)
    tokens = {name: {"Authorization": f"Bearer {store.add_token(name)}"} for name in ("vera", "anna", "adam")}
    assert client.get("/api/me", headers=tokens["vera"]).json() == {"name": "vera", "role": "viewer", "via": "token"}
    assert client.get("/api/events", headers=tokens["vera"]).json()["total"] == 4
    confirm = {"action": "confirm"}
    denied = client.post(f"/api/events/{event_id}/review", json=confirm, headers=tokens["vera"])
    assert denied.status_code == 403 and "analyst" in denied.json()["error"]["message"]
    assert client.get("/api/audit", headers=tokens["vera"]).status_code == 403
    done = client.post(f"/api/events/{event_id}/review", json=confirm, headers=tokens["anna"])
    assert done.status_code == 200 and done.json()["audit"][0]["user"] == "anna"  # token: no CSRF needed
    assert client.get("/api/users", headers=tokens["anna"]).status_code == 403
    assert [u["name"] for u in client.get("/api/users", headers=tokens["adam"]).json()] == ["adam", "anna", "vera"]
    made = client.post("/api/users", json={"name": "nina", "password": "password9", "role": "viewer"},
                       headers=tokens["adam"])  # fmt: skip
    assert made.status_code == 201
    issued = client.post("/api/users/nina/tokens?label=nb", headers=tokens["adam"]).json()["token"]
    assert client.get("/api/me", headers={"Authorization": f"Bearer {issued}"}).json()["name"] == "nina"
    assert {e.action for e in store.audit(target_kind="user")} >= {"user.add", "token.add"}


def _login(client: TestClient, name: str, password: str, next: str = "/events") -> str:
    form = client.get(f"/login?next={next}")
    assert form.status_code == 200
    csrf = form.text.split('name="csrf" value="')[1].split('"')[0]
    response = client.post("/login", data={"name": name, "password": password, "csrf": csrf, "next": next})
    assert response.status_code == 303
    return response.headers["location"]


def test_browser_session_with_csrf(store: Store) -> None:
    store.add_user("anna", "password1", "analyst")
    event_id = _event_id(store)
    client = _client(store)
    assert _login(client, "anna", "wrong-one", "/timeline").startswith("/login?next=%2Ftimeline&error=1")
    assert client.post("/login", data={"name": "anna", "password": "password1", "csrf": "forged"}).status_code == 403
    assert _login(client, "anna", "password1", "//evil.example/") == "/events"  # no open redirect
    assert "wf_session" in client.cookies
    page = client.get(f"/events/{event_id}")
    assert page.status_code == 200 and "anna" in page.text
    csrf = page.text.split('name="csrf" value="')[1].split('"')[0]
    url = f"/events/{event_id}/review"
    assert client.post(url, data={"action": "confirm"}).status_code == 403  # no token
    assert client.post(url, data={"action": "confirm", "csrf": "wrong"}).status_code == 403
    foreign = client.post(url, data={"action": "confirm", "csrf": csrf}, headers={"Origin": "http://evil.example"})
    assert foreign.status_code == 403
    done = client.post(url, data={"action": "edit", "field": "admin1", "value": "Kilis", "csrf": csrf})
    assert done.status_code == 303 and done.headers["location"] == f"/events/{event_id}#audit"
    assert store.review(event_id) is not None and store.review(event_id).edits == {"admin1": "Kilis"}  # type: ignore[union-attr]
    api = client.post(f"/api/events/{event_id}/review", json={"action": "confirm"}, headers={"X-CSRF-Token": csrf})
    assert api.status_code == 200 and api.json()["review"]["status"] == "confirmed"
    assert client.post("/logout", data={"csrf": csrf}).status_code == 303
    assert client.get("/api/me").status_code == 401  # the session is gone from the store too


def test_local_mode_needs_csrf_for_browser_writes(store: Store) -> None:
    client = _client(store)
    event_id = _event_id(store)
    assert client.post(f"/api/events/{event_id}/review", json={"action": "confirm"}).status_code == 403
    page = client.get(f"/events/{event_id}").text
    csrf = page.split('name="csrf" value="')[1].split('"')[0]
    assert client.post(f"/events/{event_id}/review", data={"action": "reject", "csrf": csrf}).status_code == 303
    assert store.review(event_id).status == "rejected"  # type: ignore[union-attr]


def test_cli_user_commands_and_serve_refusal(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    runner = CliRunner()
    refused = runner.invoke(main, ["--db", db, "serve", "--host", "0.0.0.0", "--port", "1"])
    assert refused.exit_code != 0 and "no accounts" in str(refused.exception)
    added = runner.invoke(main, ["--db", db, "user", "add", "ann", "--role", "admin"], env={"WATCHFLOOR_PASSWORD": "password1"})
    assert added.exit_code == 0, added.output
    token = runner.invoke(main, ["--db", db, "user", "token", "ann", "--label", "nb"]).output.strip()
    assert token.startswith("wf_")
    listed = runner.invoke(main, ["--db", db, "user", "list"]).output
    assert "ann" in listed and "admin" in listed and "1 users" in listed
    with Store.open(db) as store:
        assert store.token_user(token) is not None and store.token_user(token + "x") is None


def test_watchfloor_serve_answers_on_loopback(tmp_path: Path) -> None:
    """The real command in its own process: uvicorn on a free loopback port."""
    import subprocess
    import sys
    import time

    import httpx

    from watchfloor.web.server import free_port

    db = tmp_path / "served.sqlite"
    build(db).close()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "watchfloor", "--db", str(db), "serve", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/me", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "watchfloor serve did not start"
                time.sleep(0.1)
        assert response.json() == {"name": "local", "role": "admin", "via": "local"}
        assert httpx.get(f"http://127.0.0.1:{port}/api/events?type=ATTACK").json()["total"] == 1
        assert "server" not in httpx.get(f"http://127.0.0.1:{port}/events").headers  # no version banner
    finally:
        server.terminate()
        _, err = server.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in err and "local mode" in err


def test_tokens_record_their_use_and_can_be_revoked(store: Store, tmp_path: Path) -> None:
    store.add_user("ann", "password1", "admin")
    token = store.add_token("ann", "notebook")
    [listed] = store.tokens("ann")
    assert listed["last_used"] is None
    client = _client(store)
    assert client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    [used] = store.tokens("ann")
    assert used["last_used"] is not None
    store.revoke_token("ann", used["id"])
    assert client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    assert store.audit()[0].action == "token.revoke"  # newest first


def test_repeated_failed_logins_are_throttled(store: Store) -> None:
    store.add_user("anna", "password1", "analyst")
    client = _client(store)
    for _ in range(5):
        assert "error=1" in _login(client, "anna", "wrong-one")
    form = client.get("/login")
    csrf = form.text.split('name="csrf" value="')[1].split('"')[0]
    blocked = client.post("/login", data={"name": "anna", "password": "password1", "csrf": csrf, "next": "/events"})
    assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) > 0  # even the right password waits


def test_cli_lists_and_revokes_tokens(tmp_path: Path) -> None:
    db = str(tmp_path / "wf.sqlite")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "user", "add", "ann", "--password", "password1"]).exit_code == 0
    assert runner.invoke(main, ["--db", db, "user", "token", "ann", "--label", "nb"]).exit_code == 0
    listed = runner.invoke(main, ["--db", db, "user", "tokens", "ann"])
    assert listed.exit_code == 0 and "nb" in listed.output and "1 tokens" in listed.output
    revoked = runner.invoke(main, ["--db", db, "user", "revoke", "ann", "1"])
    assert revoked.exit_code == 0 and "revoked" in revoked.output
    again = runner.invoke(main, ["--db", db, "user", "revoke", "ann", "1"])
    assert again.exit_code != 0
