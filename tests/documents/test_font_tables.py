"""Fonts read with less memory print the same: a compacted font makes byte-identical subsets,
the cmap probe agrees with reportlab's own parse, and a chain parses only the fonts it uses."""

from __future__ import annotations

import random

import pytest
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from studio_app.documents import font_tables, fonts

FONTS = [f for f in fonts.candidate_fonts() if f.path.name != "Vera.ttf"]


def parsed(font: fonts.FontFile, name: str, *, compacted: bool) -> TTFont:
    with fonts._MappedFile(font.path) as mapped:
        face = TTFont(name, mapped, subfontIndex=font.subfont)
    if compacted:
        font_tables.compact(face.face)
    return face


@pytest.mark.parametrize("font", FONTS[:3], ids=lambda f: f.path.name)
def test_a_compacted_font_makes_the_same_subset(font):
    plain = parsed(font, "plain", compacted=False)
    small = parsed(font, "small", compacted=True)
    assert not hasattr(small.face, "glyphToChar") and hasattr(plain.face, "glyphToChar")
    # characters the PDF subsets hold: Latin, CJK, full-width marks, and composite glyphs
    codes = [0x20, 0x41, 0x31, 0x4E2D, 0x6587, 0x59D4, 0x5458, 0x3001, 0xFF0C, 0x25A1, 0xE9]
    codes = [c for c in codes if plain.face.charToGlyph.get(c)]
    assert len(codes) >= 6
    assert small.face.makeSubset(codes) == plain.face.makeSubset(codes)
    for code in codes:
        assert small.face.getCharWidth(code) == plain.face.getCharWidth(code)


@pytest.mark.parametrize("font", FONTS, ids=lambda f: f.path.name)
def test_the_probe_agrees_with_reportlab_on_every_character(font):
    with fonts._MappedFile(font.path) as mapped:
        parser = ttfonts.TTFontParser(mapped, subfontIndex=font.subfont)
    probe = font_tables.CmapProbe(parser._ttf_data, parser)
    cmap = parsed(font, "reference", compacted=False).face.charToGlyph
    mapped_codes = [code for code, glyph in cmap.items() if glyph]
    assert mapped_codes and all(probe.has(code) for code in mapped_codes)
    absent = set(random.Random(7).sample(range(0x20, 0x2FFFF), 20000)) - set(mapped_codes)
    assert not any(probe.has(code) for code in absent)


def test_a_chain_parses_only_the_fonts_that_supply_a_character(monkeypatch):
    """𠮷 (Extension B) is missing from the common fonts: looking for it parses the font that
    has it, not each font on the way."""
    monkeypatch.setattr(fonts, "_registered", {})
    monkeypatch.setattr(fonts, "_probes", {})
    chain = fonts.FontChain.find()
    supplier = chain.font_for("𠮷")
    if supplier is None:
        pytest.skip("no font here has Extension B")
    parsed_keys = {key for key, usable in fonts._registered.items() if usable}
    assert parsed_keys == {chain.primary, supplier}
    skipped = [f for f in chain.files if f.key not in fonts._registered]
    assert skipped, "every font of the chain was parsed"
    assert all(
        fonts._probes[f.key].has(ord("𠮷")) is False for f in skipped if f.key in fonts._probes
    )
    assert pdfmetrics.getFont(supplier).face.charToGlyph[ord("𠮷")]
