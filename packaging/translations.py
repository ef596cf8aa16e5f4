"""The English catalogue: find every translatable text in the code, keep the .ts, build the .qm.

    python packaging/translations.py update   # add new texts to the .ts, mark vanished ones
    python packaging/translations.py build    # compile the .ts to the .qm the program loads
    python packaging/translations.py check    # list what is untranslated or out of date

Texts are found by reading the code (``ast``), the same way ``lupdate`` would, but with this
program's own conventions, which ``lupdate`` does not know:

- ``self.tr("…")`` (or ``t("…")`` after ``t = self.tr``) inside a class: context = the class name (PySide6 looks the text up under
  the object's class and then each base class, so a base class's own texts are found);
- ``tr("…")`` and ``trn("…%n…", n)`` imported from ``studio_app.base.i18n``: context
  ``studio_app``;
- a module's helper ``def _t(text): return QCoreApplication.translate("ctx", text)``: context
  ``ctx`` for every ``_t("…")`` in that module;
- ``QCoreApplication.translate("ctx", "…")`` and ``QT_TRANSLATE_NOOP("ctx", "…")``;
- ``N_("…")`` (``studio_app.base.i18n``): a text stored in a table and translated where shown;
- ``tr(NAME)`` of a module-level text constant, and ``tr(TABLE[key])`` of a module-level dict
  (its values) or tuple: every text in it.

A text with ``%n`` (or ``%Ln``) has a count: ``self.tr("共 %n 条", None, n)``,
``QCoreApplication.translate(ctx, "…%n…", None, n)`` or ``trn("…%n…", n)``. It is kept as a
numerus message, with one English form for each of English's plural forms (one, other), which
``lrelease`` compiles and Qt picks by the number.

Any other call whose text is not a literal (``tr(name)``) cannot be found this way: its line must
say where its texts are marked (``tr(text)  # i18n: from _LABELS``), else ``check`` lists it and
``tests/ui/test_english.py`` fails.

Only the standard library is used (the .qm is built with PySide6's ``lrelease``).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "studio_app"
FOLDER = ROOT / "resources" / "translations"  # installed as studio_app.resources (pyproject.toml)
TS_FILE = FOLDER / "studio_app_en.ts"
QM_FILE = FOLDER / "studio_app_en.qm"
CORE_CONTEXT = "studio_app"
PLURAL_FORMS = 2  # English: 1 record, 2 records (the .ts says en_US; lrelease knows its rules)
COUNT = re.compile(r"%L?n")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\U00020000-\U0003134f]")


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    where: str  # "studio_app/ui/x.py:12", the first place it is used

    @property
    def numerus(self) -> bool:
        return is_numerus(self.source)


def is_numerus(source: str) -> bool:
    """A text with a count (``%n``): kept with a form for each plural form."""
    return bool(COUNT.search(source))


@dataclass
class Extraction:
    messages: dict[tuple[str, str], Message] = field(default_factory=dict)
    dynamic: list[str] = field(default_factory=list)  # "file:line" of tr(<not a literal>)

    def add(self, context: str, source: str, where: str) -> None:
        if CJK.search(source):  # a text without Chinese reads the same in English
            self.messages.setdefault((context, source), Message(context, source, where))


def _string(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


class _ModuleReader(ast.NodeVisitor):
    def __init__(self, relative: str, text: str, tree: ast.Module, out: Extraction):
        self.relative = relative
        self.lines = text.splitlines()
        self.out = out
        self.classes: list[str] = []
        self.functions: list[str] = []
        self.parameters: list[set[str]] = []
        self.aliases: list[set[str]] = []
        self.tables: dict[str, ast.AST] = {}
        for node in tree.body:
            target = node.target if isinstance(node, ast.AnnAssign) else None
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                target = node.targets[0]
            if isinstance(target, ast.Name) and isinstance(
                node.value, (ast.Dict, ast.Tuple, ast.List)
            ):
                self.tables[target.id] = node.value
        self.constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        self.helpers: dict[str, str] = {}  # function name -> context
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module == "studio_app.base.i18n":
                for alias in node.names:
                    if alias.name in ("tr", "trn", "N_"):
                        self.helpers[alias.asname or alias.name] = CORE_CONTEXT
            if isinstance(node, ast.FunctionDef) and node.args.args:
                parameter = node.args.args[0].arg
                for call in ast.walk(node):
                    if (
                        isinstance(call, ast.Call)
                        and _dotted(call.func).endswith("QCoreApplication.translate")
                        and len(call.args) >= 2
                        and isinstance(call.args[1], ast.Name)
                        and call.args[1].id == parameter
                    ):
                        context = _string(call.args[0], self.constants)
                        if context is not None:
                            self.helpers[node.name] = context

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        where = f"{self.relative}:{node.lineno}"
        func = node.func
        context: str | None = None
        text_arg: ast.AST | None = node.args[0] if node.args else None
        name = _dotted(func)
        tr_method = isinstance(func, ast.Attribute) and func.attr == "tr"
        tr_alias = isinstance(func, ast.Name) and any(func.id in n for n in self.aliases)
        if self.classes and (tr_method or tr_alias):
            context = self.classes[-1]
        elif isinstance(func, ast.Name) and func.id in self.helpers:
            context = self.helpers[func.id]
        elif name.endswith("QCoreApplication.translate") or name == "QT_TRANSLATE_NOOP":
            context = _string(node.args[0], self.constants) if node.args else None
            text_arg = node.args[1] if len(node.args) > 1 else None
            if context is None and self._passed_on(node.args[:2]):
                text_arg = None  # a function handing its own (context, text) on: no text here
            elif context is None:
                self.out.dynamic.append(where)
                context = None
                text_arg = None
        if context is not None and not self._inside_helper(text_arg):
            source = _string(text_arg, self.constants)
            if source is not None:
                self.out.add(context, source, where)
            elif not self._table(text_arg, context, where) and not self._vouched(
                node, context, where
            ):
                self.out.dynamic.append(where)
        self.generic_visit(node)

    def _vouched(self, node: ast.Call, context: str, where: str) -> bool:
        """A line saying where its texts are: ``tr(text)  # i18n: from TABLE``. A table of this
        module is read here; one imported is marked with ``N_`` where it is defined."""
        for number in range(node.lineno, node.end_lineno + 1):
            said = re.search(r"# i18n: from (\w+)", self.lines[number - 1])
            if said:
                table = self.tables.get(said.group(1))
                if table is not None:
                    self._harvest(table, context, where)
                return True
        return False

    def _harvest(self, table: ast.AST, context: str, where: str) -> None:
        leaves = table.values if isinstance(table, ast.Dict) else [table]
        for value in leaves:
            for leaf in ast.walk(value):
                if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str):
                    self.out.add(context, leaf.value, where)

    def _passed_on(self, args: list[ast.AST]) -> bool:
        """Whether ``args`` are all parameters of the function the call is in."""
        own = self.parameters[-1] if self.parameters else set()
        return bool(args) and all(isinstance(a, ast.Name) and a.id in own for a in args)

    def _inside_helper(self, text_arg: ast.AST | None) -> bool:
        """The helper's own ``translate(ctx, text)``, which translates whatever it is given."""
        return (
            bool(self.functions)
            and self.functions[-1] in self.helpers
            and isinstance(text_arg, ast.Name)
        )

    def _table(self, text_arg: ast.AST | None, context: str, where: str) -> bool:
        """``tr(TABLE[key])`` or ``tr(TABLE.get(key, …))`` over a module-level dict or tuple:
        every text in it is translatable."""
        if isinstance(text_arg, ast.Call) and _dotted(text_arg.func).endswith(".get"):
            text_arg = ast.Subscript(value=text_arg.func.value, slice=text_arg.args[0])
        while isinstance(text_arg, ast.Subscript) and isinstance(text_arg.value, ast.Subscript):
            text_arg = text_arg.value  # TABLE[a][b]
        if not (isinstance(text_arg, ast.Subscript) and isinstance(text_arg.value, ast.Name)):
            return False
        table = self.tables.get(text_arg.value.id)
        if table is None:
            return False
        self._harvest(table, context, where)
        return True

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.parameters.append({a.arg for a in node.args.args})
        aliases = {  # ``t = self.tr`` in a method: ``t("…")`` is the class's text
            target.id
            for statement in ast.walk(node)
            if isinstance(statement, ast.Assign)
            and isinstance(statement.value, ast.Attribute)
            and statement.value.attr == "tr"
            for target in statement.targets
            if isinstance(target, ast.Name)
        }
        self.aliases.append(aliases)
        self.generic_visit(node)
        self.aliases.pop()
        self.functions.pop()
        self.parameters.pop()


def source_files() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts and path.name != "screenshot.py"
    )


def extract() -> Extraction:
    out = Extraction()
    for path in source_files():
        relative = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text, relative)
        _ModuleReader(relative, text, tree, out).visit(tree)
    return out


# ---- the .ts file --------------------------------------------------------------------------


@dataclass
class Entry:
    source: str
    translation: str = ""  # a numerus entry: its first form
    obsolete: bool = False
    location: str = ""
    forms: tuple[str, ...] = ()  # a numerus entry's forms (one, other), else ()

    @property
    def numerus(self) -> bool:
        return is_numerus(self.source)

    def complete(self) -> bool:
        if self.numerus:
            return len(self.forms) == PLURAL_FORMS and all(self.forms)
        return bool(self.translation)

    def texts(self) -> tuple[str, ...]:
        return self.forms if self.numerus else (self.translation,)


def read_ts(path: Path = TS_FILE) -> dict[tuple[str, str], Entry]:
    if not path.exists():
        return {}
    entries: dict[tuple[str, str], Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            kind = translation.get("type", "") if translation is not None else ""
            forms: tuple[str, ...] = ()
            if message.get("numerus") == "yes" and translation is not None:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                text = forms[0] if forms else ""
            location = message.find("location")
            unfinished = kind == "unfinished"
            entries[(name, source)] = Entry(
                source,
                text if not unfinished else "",
                obsolete=kind in ("obsolete", "vanished"),
                location=location.get("filename", "") if location is not None else "",
                forms=forms if not unfinished or any(forms) else (),
            )
    return entries


def write_ts(entries: dict[tuple[str, str], Entry], path: Path = TS_FILE) -> None:
    root = ET.Element("TS", version="2.1", language="en_US", sourcelanguage="zh_CN")
    for context in sorted({c for c, _ in entries}):
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for (c, source), entry in sorted(entries.items()):
            if c != context:
                continue
            message = ET.SubElement(node, "message")
            if entry.numerus:
                message.set("numerus", "yes")
            if entry.location:
                file, _, line = entry.location.rpartition(":")
                ET.SubElement(message, "location", filename=file, line=line)
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            if entry.numerus:
                forms = (*entry.forms, "", "")[: max(PLURAL_FORMS, len(entry.forms))]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry.translation
            if entry.obsolete:
                translation.set("type", "vanished")
            elif not entry.complete():
                translation.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def merge(
    found: dict[tuple[str, str], Message], entries: dict[tuple[str, str], Entry]
) -> dict[tuple[str, str], Entry]:
    """The entries for the texts ``found`` in the code, their English from ``entries`` (the
    .ts as it was). A text new to its context (moved to another class) takes the English the
    same text has in contexts that no longer use it, or else in every context, when those
    agree on one; texts no longer used are kept, marked vanished."""
    left: dict[str, set[tuple]] = {}  # source -> its English where the code no longer uses it
    anywhere: dict[str, set[tuple]] = {}  # source -> its English in any context
    for key, old in entries.items():
        if old.complete():
            english = (old.translation, old.forms)
            anywhere.setdefault(old.source, set()).add(english)
            if key not in found:
                left.setdefault(old.source, set()).add(english)
    merged: dict[tuple[str, str], Entry] = {}
    for key, message in found.items():
        old = entries.get(key)
        translation, forms = (old.translation, old.forms) if old else ("", ())
        if old is None:
            known = left.get(message.source) or anywhere.get(message.source, set())
            translation, forms = next(iter(known)) if len(known) == 1 else ("", ())
        merged[key] = Entry(message.source, translation, False, message.where, forms)
    for key, old in entries.items():
        if key not in merged and old.complete():
            merged[key] = Entry(old.source, old.translation, True, "", old.forms)
    return merged


def update() -> dict[tuple[str, str], Entry]:
    """The .ts with every text the code uses (see ``merge``)."""
    merged = merge(extract().messages, read_ts())
    write_ts(merged)
    return merged


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    return found


def build(target: Path = QM_FILE) -> None:
    subprocess.run(
        [lrelease(), "-silent", "-removeidentical", str(TS_FILE), "-qm", str(target)],
        check=True,
    )


def qm_is_current() -> bool:
    """Whether the shipped .qm is what the .ts compiles to now (by content: a checkout's
    file times say nothing)."""
    if not QM_FILE.exists():
        return False
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / QM_FILE.name
        build(fresh)
        return fresh.read_bytes() == QM_FILE.read_bytes()


def placeholders(text: str) -> list[str]:
    """The ``{name}`` fields of a text, which its translation must keep."""
    return sorted(re.findall(r"\{[a-z_0-9]*(?:[:!][^{}]*)?\}", text))


def problems() -> list[str]:
    """Everything that keeps the English catalogue from being complete and current."""
    extraction = extract()
    entries = read_ts()
    found: list[str] = []
    for key, message in sorted(extraction.messages.items()):
        entry = entries.get(key)
        if entry is None or entry.obsolete:
            found.append(f"{message.where}: not in the .ts: [{key[0]}] {key[1]!r}")
        elif not entry.complete():
            what = f"{PLURAL_FORMS} plural forms" if entry.numerus else "English"
            found.append(f"{message.where}: no {what}: [{key[0]}] {key[1]!r}")
        else:
            for english in entry.texts():
                if CJK.search(english):
                    found.append(f"{message.where}: Chinese left in the English: {english!r}")
                elif placeholders(english) != placeholders(key[1]):
                    found.append(f"{message.where}: placeholders differ: {english!r}")
            if entry.numerus and not COUNT.search(entry.forms[-1]):
                found.append(f"{message.where}: no %n in the plural: {entry.forms[-1]!r}")
    if not qm_is_current():
        found.append(
            f"{QM_FILE.relative_to(ROOT)} is not built from the .ts: "
            "run `python packaging/translations.py build`"
        )
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        entries = update()
        missing = sum(1 for e in entries.values() if not e.complete() and not e.obsolete)
        print(f"{TS_FILE.relative_to(ROOT)}: {len(entries)} texts, {missing} without English")
        return 0
    if command == "build":
        build()
        print(f"built {QM_FILE.relative_to(ROOT)}")
        return 0
    if command == "check":
        listed = problems()
        for line in listed:
            print(line)
        print("dynamic tr() calls:", *extract().dynamic, sep="\n  ")
        return 1 if listed else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
