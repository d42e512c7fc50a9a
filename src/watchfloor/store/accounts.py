"""Local accounts, API tokens, browser sessions and the audit log (used by the web app and CLI).

Passwords are hashed with scrypt; tokens and session ids are random secrets stored only as their
SHA-256, so a copy of the database does not let anyone in.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from watchfloor.errors import InputError, NotFound
from watchfloor.store._base import StoreBase
from watchfloor.store.schema import api_tokens, audit_log, sessions, users

TOKEN_USE_RESOLUTION = timedelta(minutes=1)  # how often a token's last use is written back

ROLES = ("viewer", "analyst", "admin")  # each role can do what the ones before it can
SESSION_LIFETIME = timedelta(hours=12)
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
MIN_PASSWORD = 8


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    role: str
    created_at: datetime

    def can(self, role: str) -> bool:
        """Whether this user has `role` or a stronger one."""
        return ROLES.index(self.role) >= ROLES.index(role)


@dataclass(frozen=True, slots=True)
class Session:
    user: User
    csrf: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    user: str
    action: str
    target_kind: str
    target: str
    detail: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "at": self.at.isoformat(timespec="seconds"), "user": self.user,
            "action": self.action, "target_kind": self.target_kind, "target": self.target,
            "detail": self.detail,
        }  # fmt: skip


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        actual = hashlib.scrypt(
            password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except ValueError:
        return False
    return hmac.compare_digest(actual.hex(), digest)


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _user(row: Any) -> User:
    return User(row.id, row.name, row.role, _aware(row.created_at))


class AccountsMixin(StoreBase):
    # -- users ------------------------------------------------------------------------------------

    def has_users(self) -> bool:
        with self._read() as conn:
            return conn.execute(sa.select(users.c.id).limit(1)).first() is not None

    def add_user(self, name: str, password: str, role: str = "analyst", *, by: str = "cli") -> User:
        name = name.strip()
        if not name or len(name) > 64 or any(c.isspace() for c in name):
            raise InputError("a user name is 1-64 characters without spaces", input=name or "''")
        if role not in ROLES:
            raise InputError(f"role must be one of {', '.join(ROLES)}", input=role)
        if len(password) < MIN_PASSWORD:
            raise InputError(f"a password needs at least {MIN_PASSWORD} characters", input=name)
        with self._write(name) as conn:
            if conn.execute(sa.select(users.c.id).where(users.c.name == name)).first() is not None:
                raise InputError("a user with this name exists", input=name)
            values = {"name": name, "role": role, "password_hash": hash_password(password), "created_at": _now()}
            user_id = conn.execute(sa.insert(users).values(values)).inserted_primary_key
            assert user_id is not None
            _audit(conn, by, "user.add", "user", name, {"role": role})
            row = conn.execute(sa.select(users).where(users.c.id == user_id[0])).one()
        return _user(row)

    def users(self) -> list[User]:
        with self._read() as conn:
            return [_user(row) for row in conn.execute(sa.select(users).order_by(users.c.name))]

    def user(self, name: str) -> User:
        with self._read() as conn:
            row = conn.execute(sa.select(users).where(users.c.name == name)).first()
        if row is None:
            raise NotFound("no such user", input=name)
        return _user(row)

    def authenticate(self, name: str, password: str) -> User | None:
        """The user when the password is right, else None (same work either way)."""
        with self._read() as conn:
            row = conn.execute(sa.select(users).where(users.c.name == name)).first()
        if row is None:
            check_password(password, hash_password("not a user"))  # keep timing alike
            return None
        return _user(row) if check_password(password, row.password_hash) else None

    # -- API tokens -------------------------------------------------------------------------------

    def add_token(self, name: str, label: str | None = None, *, by: str = "cli") -> str:
        """A new bearer token for user `name`; only its hash is kept, so show it now."""
        user = self.user(name)
        token = "wf_" + secrets.token_urlsafe(32)
        with self._write(name) as conn:
            conn.execute(
                sa.insert(api_tokens).values(
                    user_id=user.id, token_hash=secret_hash(token), label=label, created_at=_now()
                )
            )
            _audit(conn, by, "token.add", "user", name, {"label": label})
        return token

    def token_user(self, token: str) -> User | None:
        query = (
            sa.select(users, api_tokens.c.id.label("token_id"), api_tokens.c.last_used)
            .join(api_tokens, api_tokens.c.user_id == users.c.id)
            .where(api_tokens.c.token_hash == secret_hash(token))
        )
        with self._read() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        now = _now()
        if row.last_used is None or now - _aware(row.last_used) > TOKEN_USE_RESOLUTION:
            # when a token was last used tells an admin which ones are dead; a minute is precise enough
            with self._write(row.name) as conn:
                conn.execute(sa.update(api_tokens).where(api_tokens.c.id == row.token_id).values(last_used=now))
        return _user(row)

    def tokens(self, name: str) -> list[dict[str, Any]]:
        user = self.user(name)
        query = sa.select(api_tokens).where(api_tokens.c.user_id == user.id).order_by(api_tokens.c.id)
        with self._read() as conn:
            return [
                {
                    "id": r.id,
                    "label": r.label,
                    "created_at": _aware(r.created_at).isoformat(timespec="seconds"),
                    "last_used": _aware(r.last_used).isoformat(timespec="seconds") if r.last_used else None,
                }
                for r in conn.execute(query)
            ]

    def revoke_token(self, name: str, token_id: int, *, by: str = "cli") -> None:
        """Delete one of user `name`'s tokens; requests carrying it fail from now on."""
        user = self.user(name)
        with self._write(name) as conn:
            gone = conn.execute(
                sa.delete(api_tokens).where(api_tokens.c.id == token_id, api_tokens.c.user_id == user.id)
            ).rowcount
            if not gone:
                raise NotFound(f"user {name} has no token {token_id}", input=str(token_id))
            _audit(conn, by, "token.revoke", "user", name, {"token": token_id})

    # -- sessions ---------------------------------------------------------------------------------

    def start_session(self, user: User) -> tuple[str, Session]:
        """A new session id (for the cookie) and the session, with its CSRF token."""
        secret = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(32)
        now = _now()
        expires = now + SESSION_LIFETIME
        with self._write(user.name) as conn:
            conn.execute(sa.delete(sessions).where(sessions.c.expires_at < now))
            conn.execute(
                sa.insert(sessions).values(
                    user_id=user.id, token_hash=secret_hash(secret), csrf=csrf, created_at=now, expires_at=expires
                )
            )
        return secret, Session(user, csrf, expires)

    def session(self, secret: str) -> Session | None:
        query = (
            sa.select(users, sessions.c.csrf, sessions.c.expires_at)
            .join(sessions, sessions.c.user_id == users.c.id)
            .where(sessions.c.token_hash == secret_hash(secret))
        )
        with self._read() as conn:
            row = conn.execute(query).first()
        if row is None or _aware(row.expires_at) < _now():
            return None
        return Session(_user(row), row.csrf, _aware(row.expires_at))

    def end_session(self, secret: str) -> None:
        with self._write("session") as conn:
            conn.execute(sa.delete(sessions).where(sessions.c.token_hash == secret_hash(secret)))

    # -- audit log --------------------------------------------------------------------------------

    def audit(
        self, *, target_kind: str | None = None, targets: list[str] | None = None, limit: int = 200
    ) -> list[AuditEntry]:
        """Audit entries, newest first, optionally only those about some targets."""
        query = sa.select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
        if target_kind is not None:
            query = query.where(audit_log.c.target_kind == target_kind)
        if targets is not None:
            query = query.where(audit_log.c.target.in_(targets))
        with self._read() as conn:
            return [
                AuditEntry(r.id, _aware(r.at), r.user, r.action, r.target_kind, r.target, dict(r.detail))
                for r in conn.execute(query)
            ]

    def record_audit(self, user: str, action: str, target_kind: str, target: str, detail: dict[str, Any]) -> None:
        with self._write(target) as conn:
            _audit(conn, user, action, target_kind, target, detail)


def _audit(conn: sa.Connection, user: str, action: str, kind: str, target: str, detail: dict[str, Any]) -> None:
    conn.execute(
        sa.insert(audit_log).values(
            at=_now(), user=user, action=action, target_kind=kind, target=target, detail=detail
        )
    )
