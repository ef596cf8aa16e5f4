"""Which fonts draw the text of a PDF, and whether each is embedded (the smoke test's check).

    python packaging/oldglibc/pdf_fonts.py FILE.pdf     exit 1 if a font that draws text is not
                                                        embedded, or no text is drawn at all

pdffonts lists every font a page refers to, also reportlab's initial Helvetica, which is selected
at the top of each page and for table cells but draws no character (the documents' text is drawn
in the embedded CJK fonts); so the check follows the text operators instead. Needs pypdf (a test
dependency of the project).
"""

from __future__ import annotations

import sys

from pypdf import PdfReader
from pypdf.generic import ContentStream

SHOW = {b"Tj", b"TJ", b"'", b'"'}


def _embedded(font) -> bool:
    font = font.get_object()
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _drawing_fonts(reader: PdfReader, contents, resources, found: dict[str, bool]) -> None:
    fonts = resources.get("/Font", {}) if resources else {}
    current = None
    for operands, operator in ContentStream(contents, reader).operations:
        if operator == b"Tf":
            current = fonts.get(operands[0]) if operands[0] in fonts else None
        elif operator in SHOW and current is not None:
            text = operands[-1]
            if (
                len(text)
                if not isinstance(text, list)
                else any(len(t) for t in text if isinstance(t, (bytes, str)))
            ):
                found[str(current.get_object()["/BaseFont"])] = _embedded(current)
        elif operator == b"Do" and resources and "/XObject" in resources:
            xobject = resources["/XObject"].get(operands[0])
            if xobject is not None and xobject.get_object().get("/Subtype") == "/Form":
                form = xobject.get_object()
                _drawing_fonts(reader, form, form.get("/Resources", resources), found)


def main(path: str) -> int:
    reader = PdfReader(path)
    found: dict[str, bool] = {}
    for page in reader.pages:
        _drawing_fonts(reader, page.get_contents(), page.get("/Resources"), found)
    for name, embedded in sorted(found.items()):
        print(f"{'embedded    ' if embedded else 'NOT EMBEDDED'} {name}")
    if not found:
        print("no text drawn")
    return 0 if found and all(found.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
