"""Connecting a PC to the county's PostgreSQL server: the settings, the test, and remembering.

The first-run wizard's "连接县政协服务器" asks for the server's address, port, database, the
database login and its password, and how the connection is encrypted (libpq's ``sslmode``;
``verify-full`` with the county's CA file is what the README asks for on a LAN). ``check``
tries them and says in Chinese what failed: the address, a stopped server, the password, TLS
or the certificate, a missing database, or the schema (missing, another program's, older or
newer than this program). ``save`` remembers them for every later start:

* ``server.json`` in the user's config folder: everything but the password;
* ``server.pgpass`` beside it, private to the user (0600), in the format of libpq's own
  password file (``host:port:database:user:password``), named in the URL as ``passfile``, so
  the password is read by libpq and never written into a settings file or the log. (The OS
  keyring is not on every UOS/Kylin PC; this is what libpq itself does with ``~/.pgpass``.)
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import URL, create_engine, inspect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from studio_app.base.i18n import tr
from studio_app.base.private import create_file, make_folder
from studio_app.base.redact import describe
from studio_app.storage.database import config_dir
from studio_app.storage.migrate import current_revision, head_revision, known_revisions

log = logging.getLogger("studio_app.storage")

SETTINGS_FILE = "server.json"
PASSWORD_FILE = "server.pgpass"
SSL_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")
CONNECT_TIMEOUT = 5  # seconds: a LAN server answers at once, or not at all


@dataclass(frozen=True)
class ServerSettings:
    """How this PC reaches the county's server (no password: that is kept apart)."""

    host: str
    port: int = 5432
    database: str = "studio"
    user: str = "studio"
    sslmode: str = "verify-full"
    sslrootcert: str = ""  # the county's CA certificate file (verify-ca, verify-full)

    def url(self, password: str | None = None, *, passfile: Path | None = None) -> URL:
        """The URL to connect with: the password in it (a test), or the password file."""
        query = {"sslmode": self.sslmode}
        if self.sslrootcert:
            query["sslrootcert"] = self.sslrootcert
        if passfile is not None:
            query["passfile"] = str(passfile)
        return URL.create(
            "postgresql+psycopg", username=self.user, password=password or None,
            host=self.host, port=self.port, database=self.database, query=query,
        )  # fmt: skip


class Outcome(StrEnum):
    """What a connection test found."""

    OK = "ok"
    NO_DRIVER = "no_driver"  # the program was built without PostgreSQL support
    ADDRESS = "address"  # no such host name
    UNREACHABLE = "unreachable"  # no answer: network, firewall, wrong address
    REFUSED = "refused"  # the host answers, nothing listens: the server is stopped (or port)
    NOT_POSTGRES = "not_postgres"  # something else answers at that port
    PASSWORD = "password"  # wrong user name or password
    NOT_ALLOWED = "not_allowed"  # pg_hba.conf has no line for this PC
    TLS_REQUIRED = "tls_required"  # the server accepts encrypted connections only
    TLS_UNAVAILABLE = "tls_unavailable"  # TLS asked for, the server has none
    CA_FILE = "ca_file"  # the CA file is missing or unreadable
    CERTIFICATE = "certificate"  # the server's certificate is not signed by that CA
    HOST_NAME = "host_name"  # the certificate is for another name
    NO_DATABASE = "no_database"
    NO_SCHEMA = "no_schema"  # an empty database: server-init not run
    FOREIGN = "foreign"  # tables of another program
    OLDER = "older"  # this program's schema, older: the county office upgrades it
    NEWER = "newer"  # written by a newer version: update this program
    OTHER = "other"


@dataclass(frozen=True)
class ConnectionCheck:
    """The result of ``check``: ``ok``, what was found, and the sentence to show."""

    outcome: Outcome
    message: str
    revision: str | None = None

    @property
    def ok(self) -> bool:
        return self.outcome == Outcome.OK


def check(settings: ServerSettings, password: str) -> ConnectionCheck:
    """Connect to the server with ``settings`` and ``password`` and look at the schema."""
    if not settings.host.strip():
        return ConnectionCheck(Outcome.ADDRESS, tr("请填写服务器地址（如 192.168.1.10）。"))
    if settings.sslrootcert and not Path(settings.sslrootcert).is_file():
        return ConnectionCheck(Outcome.CA_FILE, _ca_file_message(settings))
    try:
        import psycopg  # noqa: F401 - the driver: an optional part of the program
    except ImportError:
        return ConnectionCheck(Outcome.NO_DRIVER, tr(
            "这个安装包没有包含连接 PostgreSQL 服务器的组件。请安装县政协提供的完整安装包。"
        ))  # fmt: skip
    engine = create_engine(
        settings.url(password), poolclass=NullPool, hide_parameters=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT},
    )  # fmt: skip
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
            tables = inspect(connection).get_table_names()
    except DBAPIError as exc:
        outcome, message = _connection_failure(exc, settings)
        log.info("server connection test: %s (%s)", outcome.value, describe(exc.orig or exc))
        return ConnectionCheck(outcome, message)
    finally:
        engine.dispose()
    return _schema(settings, revision, tables)


def _where(settings: ServerSettings) -> str:
    return f"{settings.host}:{settings.port}"


def _ca_file_message(settings: ServerSettings) -> str:
    return tr(
        "找不到或读不了证书文件“{file}”（县政协的 CA 证书）。请重新选择县政协信息管理员提供的"
        " .crt 文件。"
    ).format(file=settings.sslrootcert)


def _says(text: str, *phrases: str) -> bool:
    return any(phrase in text for phrase in phrases)


def _connection_failure(exc: DBAPIError, settings: ServerSettings) -> tuple[Outcome, str]:
    """What a failed connection means, from libpq's message and the SQLSTATE."""
    error = exc.orig or exc
    state = getattr(error, "sqlstate", None)
    text = str(error).lower()
    where = _where(settings)
    if _says(text, "root certificate file", "could not read root certificate"):
        return Outcome.CA_FILE, _ca_file_message(settings)
    if _says(text, "does not match host name", "no subject alternative name"):
        return Outcome.HOST_NAME, tr(
            "服务器证书上的名字与地址“{host}”不符。请填写证书上的服务器名字（问县政协信息管理员），"
            "或请他们重新签发包含这个地址的证书。"
        ).format(host=settings.host)
    if _says(text, "certificate verify failed", "self-signed certificate", "unknown ca",
             "unable to get local issuer"):  # fmt: skip
        return Outcome.CERTIFICATE, tr(
            "服务器的证书不受信任：它不是由所选的 CA 证书签发的。请确认证书文件是县政协信息管理员"
            "提供的那个；如果服务器刚换了证书，请向他们要新的 CA 证书。"
        )  # fmt: skip
    if _says(text, "server does not support ssl"):
        return Outcome.TLS_UNAVAILABLE, tr(
            "服务器“{where}”没有开启加密连接（TLS），而这里要求加密。请县政协信息管理员在服务器上"
            "开启 TLS（见使用说明），不要关掉这里的加密。"
        ).format(where=where)
    if _says(text, "no pg_hba.conf entry") and _says(text, "no encryption"):
        return Outcome.TLS_REQUIRED, tr(
            "服务器只接受加密连接（TLS）。请把“加密方式”选为“verify-full”，并选择县政协的 CA 证书文件。"
        )
    if state == "28P01" or _says(text, "password authentication failed", "no password supplied"):
        return Outcome.PASSWORD, tr(
            "数据库用户名或密码不对（服务器“{where}”拒绝了用户“{user}”）。请核对后再试；"
            "这里的用户名和密码是县政协信息管理员给的数据库账户，不是程序里的登录用户。"
        ).format(where=where, user=settings.user)
    if state == "28000" or "pg_hba.conf" in text:
        return Outcome.NOT_ALLOWED, tr(
            "服务器“{where}”不允许这台电脑连接（pg_hba.conf 里没有它）。请县政协信息管理员在服务器上"
            "允许这个网段连接。"
        ).format(where=where)
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return Outcome.NO_DATABASE, tr(
            "服务器上没有数据库“{db}”。请核对数据库名称（问县政协信息管理员）。"
        ).format(db=settings.database)
    if _says(text, "could not translate host name", "name or service not known",
             "nodename nor servname", "no such host"):  # fmt: skip
        return Outcome.ADDRESS, tr(
            "找不到服务器“{host}”：这个名字查不到地址。请核对服务器地址，或改填它的 IP 地址（如 192.168.1.10）。"
        ).format(host=settings.host)
    if _says(text, "connection refused"):
        return Outcome.REFUSED, tr(
            "服务器“{where}”拒绝连接：那台电脑开着，但数据库服务没有运行（或端口不对）。请联系县政协"
            "信息管理员启动数据库服务，或核对端口（一般是 5432）。"
        ).format(where=where)
    if _says(text, "invalid response to ssl negotiation", "received invalid response",
             "expected authentication request"):  # fmt: skip
        return Outcome.NOT_POSTGRES, tr(
            "“{where}”上回应的不是数据库服务（可能端口填错了）。请核对端口（一般是 5432）。"
        ).format(where=where)
    if _says(text, "timeout", "timed out", "no route to host", "network is unreachable",
             "host is unreachable"):  # fmt: skip
        return Outcome.UNREACHABLE, tr(
            "连不上服务器“{where}”：{s} 秒内没有回应。请检查这台电脑的网络、服务器地址，"
            "以及服务器是否开机、防火墙是否放行端口 {port}。"
        ).format(where=where, s=CONNECT_TIMEOUT, port=settings.port)
    return Outcome.OTHER, tr("连接服务器“{where}”失败：{error}").format(
        where=where, error=describe(error)
    )


def _schema(settings: ServerSettings, revision: str | None, tables: list[str]) -> ConnectionCheck:
    head = head_revision()
    db = settings.database
    if revision is None and not tables:
        return ConnectionCheck(Outcome.NO_SCHEMA, tr(
            "已连上服务器，但数据库“{db}”是空的，还没有初始化。请县政协信息管理员先运行"
            " studio-app server-init，再来连接。"
        ).format(db=db))  # fmt: skip
    if revision is None:
        return ConnectionCheck(Outcome.FOREIGN, tr(
            "数据库“{db}”里是别的程序的数据表，不是委员工作室助手的数据库。请核对数据库名称。"
        ).format(db=db))  # fmt: skip
    if revision not in known_revisions():
        return ConnectionCheck(Outcome.NEWER, tr(
            "服务器上的数据库已由更新版本的委员工作室助手使用（结构版本 {rev}），这台电脑上的程序"
            "太旧，不能连接。请安装县政协提供的最新版本。"
        ).format(rev=revision), revision)  # fmt: skip
    if revision != head:
        return ConnectionCheck(Outcome.OLDER, older_message(revision), revision)
    return ConnectionCheck(Outcome.OK, tr(
        "连接成功：服务器“{where}”上的数据库“{db}”（结构版本 {rev}）。"
    ).format(where=_where(settings), db=db, rev=revision), revision)  # fmt: skip


def older_schema(url: URL) -> str | None:
    """The server's schema revision if it is older than this program's (else None, also when
    the server cannot be read: opening it then says why)."""
    engine = create_engine(url, poolclass=NullPool, hide_parameters=True,
                           connect_args={"connect_timeout": CONNECT_TIMEOUT})  # fmt: skip
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
    except DBAPIError:
        return None
    finally:
        engine.dispose()
    known = known_revisions()
    if revision in known and known.index(revision) < known.index(head_revision()):
        return revision
    return None


def older_message(revision: str) -> str:
    return tr(
        "服务器上的数据库是旧版本（结构版本 {rev}，本程序需要 {head}）。服务器上的数据库由县政协"
        "统一升级（会影响所有工作室的电脑），各工作室的电脑不会自行升级它：请联系县政协信息管理员"
        "用新版本程序运行 studio-app server-upgrade 升级后，再打开。"
    ).format(rev=revision, head=head_revision())


# ---- remembering the connection ---------------------------------------------------------------


def password_file() -> Path:
    return config_dir() / PASSWORD_FILE


def _pgpass_field(value: str) -> str:
    """libpq's .pgpass escaping: a backslash or a colon is preceded by a backslash."""
    return value.replace("\\", "\\\\").replace(":", "\\:")


def save(settings: ServerSettings, password: str) -> URL:
    """Remember the connection for every later start; returns the URL the program opens (the
    password in the private password file, not in it)."""
    folder = config_dir()
    make_folder(folder)
    secret = password_file()
    line = ":".join(_pgpass_field(str(v)) for v in (
        settings.host, settings.port, settings.database, settings.user, password))  # fmt: skip
    _write_private(secret, line + "\n")
    _write_private(folder / SETTINGS_FILE, json.dumps(
        {"version": 1, **asdict(settings)}, ensure_ascii=False, indent=2))  # fmt: skip
    return settings.url(passfile=secret)


def _write_private(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` atomically, the user's alone (0600) from the first byte."""
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        create_file(temp)
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def saved() -> ServerSettings | None:
    """The server this PC was connected to in the wizard, if any."""
    try:
        data = json.loads((config_dir() / SETTINGS_FILE).read_text(encoding="utf-8"))
        data.pop("version", None)
        return ServerSettings(**data)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError) as exc:
        log.warning("ignoring unreadable %s: %s", SETTINGS_FILE, type(exc).__name__)
        return None


def saved_url() -> URL | None:
    """The URL of the saved server (its password in the password file), if any."""
    settings = saved()
    return settings.url(passfile=password_file()) if settings is not None else None
