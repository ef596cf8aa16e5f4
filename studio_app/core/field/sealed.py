"""The package and return files on the USB stick: encrypted with the coordinator's passphrase.

A lost stick holds villagers' names and phones, so the whole SQLite file is sealed with AES-GCM
(``cryptography``) under a key derived from the passphrase by scrypt, with a fresh salt and
nonce each time. The file is::

    MAGIC | header length (4 bytes) | header (JSON: kind, scrypt cost, salt, nonce, check)
          | AES-GCM(zlib(SQLite file)), the magic and header as associated data

``check`` (a hash of key material derived beside the key) tells a wrong passphrase from a
damaged file, so each is refused with its own Chinese message, before anything is written.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zlib
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr

MAGIC = b"STUDIO-FIELD\x00\x01"
PACKAGE = "package"  # office → laptop
RETURN = "return"  # laptop → office
# scrypt's cost: ~0.1 s and 32 MB on a laptop, enough to make guessing a passphrase slow.
SCRYPT_N = 2**15
MAX_SCRYPT_N = 2**20  # a header asking for more is damaged (or hostile)
MIN_PASSPHRASE = 6


class PackageError(StudioError):
    """A package or return file that cannot be used: wrong passphrase, damaged, wrong kind."""


def _keys(passphrase: str, salt: bytes, n: int) -> tuple[bytes, str]:
    material = Scrypt(salt=salt, length=64, n=n, r=8, p=1).derive(passphrase.encode("utf-8"))
    return material[:32], hashlib.sha256(material[32:]).hexdigest()[:32]


def check_passphrase(passphrase: str) -> str:
    """The passphrase a new file is sealed with, refused when too short to protect it."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise PackageError(
            tr("口令至少要 {n} 个字符：U 盘丢失时，口令是群众信息的唯一保护。").format(
                n=MIN_PASSPHRASE
            )
        )
    return passphrase


def seal(plain: bytes, kind: str, passphrase: str, target: Path) -> None:
    """Write ``plain`` sealed to ``target`` (through a temporary file: a full stick or a pulled
    one leaves no half file under the name)."""
    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = _keys(check_passphrase(passphrase), salt, SCRYPT_N)
    header = json.dumps({"kind": kind, "n": SCRYPT_N, "salt": salt.hex(), "nonce": nonce.hex(),
                         "check": check}).encode()  # fmt: skip
    head = MAGIC + struct.pack(">I", len(header)) + header
    body = AESGCM(key).encrypt(nonce, zlib.compress(plain, 6), head)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(temp, "wb") as out:
            out.write(head + body)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def unseal(source: Path, kind: str, passphrase: str) -> bytes:
    """The SQLite file sealed in ``source``; a wrong passphrase, a damaged file or a file of
    the other kind (a package given where a return is asked for) refused in Chinese."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise PackageError(tr("无法读取文件“{name}”：{why}").format(
            name=source.name, why=exc.strerror or exc)) from exc  # fmt: skip
    damaged = PackageError(
        tr("文件“{name}”已损坏（可能没有完整复制到 U 盘）。请从原处重新复制一份。").format(
            name=source.name
        )
    )
    if not data.startswith(MAGIC):
        raise PackageError(
            tr("“{name}”不是外出工作包或带回文件。请选择由本程序生成的文件。").format(
                name=source.name
            )
        )
    try:
        (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
        head = data[: len(MAGIC) + 4 + length]
        header = json.loads(head[len(MAGIC) + 4 :])
        n, salt = int(header["n"]), bytes.fromhex(header["salt"])
        nonce, check, found_kind = bytes.fromhex(header["nonce"]), header["check"], header["kind"]
    except (ValueError, KeyError, TypeError, struct.error):
        raise damaged from None
    if not 2 <= n <= MAX_SCRYPT_N or n & (n - 1) or len(nonce) != 12:
        raise damaged
    if found_kind != kind:
        if kind == RETURN:
            raise PackageError(
                tr("这是外出工作包，不是带回文件：导入的是笔记本上“生成带回文件”得到的文件。")
            )
        raise PackageError(
            tr("这是带回文件，不是外出工作包：笔记本要打开的是办公室“外出工作包”生成的文件。")
        )
    key, expected = _keys(passphrase, salt, n)
    if expected != check:
        raise PackageError(tr("口令不对，文件没有打开。请输入生成这个文件时设置的口令。"))
    try:
        return zlib.decompress(AESGCM(key).decrypt(nonce, data[len(head) :], head))
    except (InvalidTag, zlib.error):
        raise damaged from None
