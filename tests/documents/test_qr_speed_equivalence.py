"""The fast encoder in ``studio_app.documents.qr`` against qrcode's own ``QRCode.make`` and
against a slow mask penalty written from ISO/IEC 18004; every code is read back by zxing-cpp."""

from __future__ import annotations

import random
from fractions import Fraction
from functools import cache

import pytest
import qrcode
import zxingcpp
from PIL import Image

from studio_app.base.errors import StudioError
from studio_app.core.member_codes import MAX_CODE_BYTES, vcard
from studio_app.documents import qr
from studio_app.documents.qr import EC_LEVELS, qr_matrix

EC_ORDER = "LMQH"
CHINESE = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗委员工作室政协农业界果树种植电商乡村旅游"
RARE = "𠮷䶮𪚥𤭢"
ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;/-_?=&%#@!\r\n"
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def _payloads() -> list[str]:
    rng = random.Random(18004)

    def text(alphabet: str, length: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(length))

    payloads = [
        "王𠮷",
        "刘䶮",
        "𠮷",
        "䶮" * 3,
        "a",
        "1",
        "HELLO WORLD",
        "县（区）政协委员 · 农业界",
    ]
    for i in range(60):  # ASCII, 1 to ~1800 bytes: versions 1 to 40
        payloads.append(text(ASCII, int(1.13**i) + i))
    for i in range(40):  # Chinese with rare characters, 3 or 4 bytes each
        payloads.append(text(CHINESE + RARE, int(1.15**i) + i))
    for i in range(50):  # member cards, shortened to fit version 8 or not
        name = text("王李张刘欧阳司马", rng.randint(1, 2)) + text("伟芳𠮷䶮强", rng.randint(1, 2))
        payloads.append(
            vcard(
                name,
                "1" + text("3456789", 1) + text("0123456789", 9),
                text(CHINESE, rng.randint(0, 12 + i)),
                max_bytes=MAX_CODE_BYTES if i % 2 else None,
            )
        )
    for i in range(30):  # web addresses
        payloads.append(
            f"https://www.example.cn/member/{rng.getrandbits(128):032x}?p={'x' * i * 7}"
        )
    for i in range(20):  # numeric and alphanumeric segments (20 or more characters)
        payloads.append(text("0123456789", 5 + 31 * i))
        payloads.append(text(ALNUM, 5 + 23 * i) + text(CHINESE, i % 5))
    # Version 40. (Not "0" * 5000: qrcode 8.2 fails on a data block of only zero bytes.)
    payloads += ["王" * 777, "x" * 2331, text("0123456789", 5000)]
    return list(dict.fromkeys(payloads))


PAYLOADS = _payloads()
LEVEL_NAMES = {level: name for name, level in EC_LEVELS.items()}


@cache
def _code(payload: str, ec: str) -> qr._Code:
    return qr._encode(payload, ec)


def _fits(payload: str, ec: str) -> bool:
    try:
        _code(payload, ec)
    except StudioError:
        return False
    return True


def _one_per_version() -> list[tuple[str, str]]:
    """For every version, a payload that just fills it and one just too long for the version
    below, at the four levels in turn (in byte mode: 4 bits mode, 8 or 16 bits length)."""
    cases = []
    for version in range(1, 41):
        ec = EC_ORDER[version % 4]
        limits = qrcode.util.BIT_LIMIT_TABLE[EC_LEVELS[ec]]
        length_bits = 8 if version < 10 else 16
        full = (limits[version] - 4 - length_bits) // 8
        over = (limits[version - 1] - 4 - length_bits) // 8 + 1 if version > 1 else 1
        for size in sorted({full, max(over, 10)}):
            cases.append(("王𠮷䶮" + "k" * (size - 10), ec))
    return cases


# Made when a test first asks (encoding them all takes seconds): not while collecting, which
# every xdist worker does whether or not it runs these tests.
@cache
def _payload_cases() -> list[tuple[str, str]]:
    return [(p, EC_ORDER[i % 4]) for i, p in enumerate(PAYLOADS) if _fits(p, EC_ORDER[i % 4])]


@cache
def _version_cases() -> list[tuple[str, str]]:
    return [(p, ec) for p, ec in _one_per_version() if _fits(p, ec)]


@cache
def all_cases() -> list[tuple[str, str]]:
    return _payload_cases() + _version_cases()


@cache
def sample() -> list[tuple[str, str]]:
    """By default every version's own cases and a quarter of the others; all with -m slow."""
    return _payload_cases()[::4] + _version_cases()


@pytest.fixture(params=["sample", pytest.param("all", marks=pytest.mark.slow)])
def cases(request) -> list[tuple[str, str]]:
    return sample() if request.param == "sample" else all_cases()


def _qrcode_modules(payload: str, version: int, level: int, mask: int) -> list[list[bool]]:
    code = qrcode.QRCode(version=version, error_correction=level, mask_pattern=mask, border=0)
    code.add_data(payload)
    code.make(fit=False)
    return code.modules


def _qrcode_all_masks(payload: str, version: int, level: int) -> list[list[list[bool]]]:
    """What ``_qrcode_modules`` gives for the masks 0 to 7 (the codewords made once)."""
    code = qrcode.QRCode(version=version, error_correction=level, border=0)
    code.add_data(payload)
    masked = []
    for mask in range(8):
        code.makeImpl(False, mask)
        masked.append(code.modules)
    return masked


def _rows(code: qr._Code) -> list[list[bool]]:
    n = 4 * code.version + 17
    return [[m == "1" for m in code.modules[i : i + n]] for i in range(0, n * n, n)]


def test_the_payloads_cover_versions_levels_and_modes(cases):
    assert len(cases) >= (200 if cases is all_cases() else 100)
    versions = {_code(p, ec).version for p, ec in cases}
    assert versions == set(range(1, 41))  # version information from 7, 16-bit lengths from 10
    assert {level for _, level in cases} == set(EC_ORDER)
    assert {s.mode for p, _ in cases for s in qrcode.util.optimal_data_chunks(p, 20)} == {
        qrcode.util.MODE_NUMBER,
        qrcode.util.MODE_ALPHA_NUM,
        qrcode.util.MODE_8BIT_BYTE,
    }
    assert len({_code(p, ec).mask for p, ec in cases}) == 8


def _best_fit(payload: str, ec: str) -> tuple[int, int]:
    """The version and level the encoder used to take: QRCode.best_fit at ``ec``, then the
    strongest level whose best fit is the same version."""

    def fit(level: str) -> int | None:
        code = qrcode.QRCode(error_correction=EC_LEVELS[level], border=0)
        code.add_data(payload)
        try:
            return code.best_fit()
        except (qrcode.exceptions.DataOverflowError, ValueError):
            return None

    version = fit(ec)
    if version is None:
        raise qrcode.exceptions.DataOverflowError
    for stronger in reversed(EC_ORDER[EC_ORDER.index(ec) + 1 :]):
        if fit(stronger) == version:
            return version, EC_LEVELS[stronger]
    return version, EC_LEVELS[ec]


@pytest.mark.parametrize("ec", EC_ORDER)
def test_version_and_level_are_what_best_fit_gives(ec, cases):
    for payload in PAYLOADS[::4] if cases is sample() else PAYLOADS:
        if not _fits(payload, ec):
            with pytest.raises((qrcode.exceptions.DataOverflowError, ValueError)):
                _best_fit(payload, ec)
            continue
        code = _code(payload, ec)
        assert (code.version, code.level) == _best_fit(payload, ec), payload


def test_the_matrix_is_what_qrcode_makes_with_that_version_level_and_mask(cases):
    for payload, ec in cases:
        code = _code(payload, ec)
        expected = _qrcode_modules(payload, code.version, code.level, code.mask)
        assert qr_matrix(payload, 0, ec=ec) == expected, (payload, ec)
    payload, ec = cases[-1]
    bordered = qr_matrix(payload, 4, ec=ec)
    assert [row[4:-4] for row in bordered[4:-4]] == qr_matrix(payload, 0, ec=ec)


def test_every_mask_is_placed_as_qrcode_places_it(cases):
    for version in range(1, 41):
        payload, ec = next(
            ((p, ec) for p, ec in cases if _code(p, ec).version == version), (None, None)
        )
        if payload is None:
            continue
        chosen = _code(payload, ec)
        expected = _qrcode_all_masks(payload, chosen.version, chosen.level)
        assert expected[chosen.mask] == _qrcode_modules(
            payload, chosen.version, chosen.level, chosen.mask
        )
        for mask in range(8):
            code = qr._encode(payload, ec, mask=mask)
            assert (code.version, code.level, code.mask) == (chosen.version, chosen.level, mask)
            assert _rows(code) == expected[mask]


def test_the_mask_is_the_one_qrcode_would_choose(cases):
    """The codes are unchanged from when QRCode.make chose the mask (qrcode scores N4 with
    floats, which could differ at an exact multiple of 5 %; none of these payloads hits one)."""
    for payload, ec in cases[::3]:
        code = _code(payload, ec)
        reference = qrcode.QRCode(version=code.version, error_correction=code.level, border=0)
        reference.add_data(payload)
        assert reference.best_mask_pattern() == code.mask, (payload, ec)


# ---- the mask penalty, slowly, from ISO/IEC 18004 (7.8.3, table 11) ---------------------------
def _information_modules(version: int) -> set[tuple[int, int]]:
    """Format information (both copies), the dark module and version information (from 7)."""
    n = 4 * version + 17
    cells = {(8, c) for c in (*range(6), 7, 8)} | {(r, 8) for r in (*range(6), 7)}
    cells |= {(8, n - 1 - i) for i in range(8)} | {(n - 1 - i, 8) for i in range(8)}
    if version >= 7:
        cells |= {(r, n - 11 + c) for r in range(6) for c in range(3)}
        cells |= {(n - 11 + c, r) for r in range(6) for c in range(3)}
    return cells


def _slow_penalty(modules: list[list[bool]]) -> int:
    n = len(modules)
    lines = [list(row) for row in modules] + [list(col) for col in zip(*modules, strict=True)]
    score = 0
    for line in lines:  # N1: runs of 5 + i modules of one colour score 3 + i
        run = 1
        for i in range(1, n + 1):
            if i < n and line[i] == line[i - 1]:
                run += 1
                continue
            if run >= 5:
                score += 3 + (run - 5)
            run = 1
    for r in range(n - 1):  # N2: 3 per 2 x 2 block of one colour
        for c in range(n - 1):
            if modules[r][c] == modules[r][c + 1] == modules[r + 1][c] == modules[r + 1][c + 1]:
                score += 3
    finder = [True, False, True, True, True, False, True]
    light = [False] * 4
    for line in lines:  # N3: 1:1:3:1:1 with four light modules after it, or before it
        for i in range(n - 10):
            window = line[i : i + 11]
            score += 40 * (window == finder + light) + 40 * (window == light + finder)
    dark = Fraction(sum(map(sum, modules)), n * n)  # N4: 10 per full 5 % away from 50 %
    score += 10 * int(abs(dark * 100 - 50) / 5)
    return score


def test_the_chosen_mask_has_the_least_penalty_by_a_slow_reference(cases):
    checked: dict[int, int] = {}
    for payload, ec in cases:
        code = _code(payload, ec)
        if checked.get(code.version, 0) >= (3 if code.version <= 10 else 1) or (
            code.version > 22 and code.version not in (27, 40)
        ):
            continue  # the big ones are slow here
        checked[code.version] = checked.get(code.version, 0) + 1
        blank = _information_modules(code.version)
        slow = []
        for modules in _qrcode_all_masks(payload, code.version, code.level):
            for r, c in blank:  # scored before format and version information are written
                modules[r][c] = False
            slow.append(_slow_penalty(modules))
        assert list(code.penalties) == slow, (payload, ec)
        assert code.mask == slow.index(min(slow))
    assert set(checked) == {*range(1, 23), 27, 40}


# ---- read back --------------------------------------------------------------------------------
def test_every_code_decodes_to_its_payload(cases):
    for payload, ec in cases:
        matrix = qr_matrix(payload, 4, ec=ec)
        n = len(matrix)
        image = Image.new("L", (n, n), 255)
        image.putdata([0 if dark else 255 for row in matrix for dark in row])
        image = image.resize((n * 4, n * 4), Image.Resampling.NEAREST)
        found = [
            b for b in zxingcpp.read_barcodes(image) if b.format == zxingcpp.BarcodeFormat.QRCode
        ]
        assert [b.bytes for b in found] == [payload.encode("utf-8")], (payload, ec)
        assert found[0].text == payload
        code = _code(payload, ec)
        assert found[0].ec_level == LEVEL_NAMES[code.level]
        assert EC_ORDER.index(found[0].ec_level) >= EC_ORDER.index(ec)
