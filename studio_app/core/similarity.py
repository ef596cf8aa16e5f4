"""Whether two requests are about the same matter, also when told in other words.

A request is cut into words with jieba (Chinese has no spaces between words), each word is
replaced by its group's representative from a lexicon of grassroots complaint vocabulary
(下水道 and 排水沟 are one word here), and weighted by how telling it is: jieba's IDF table, so
that 路灯 weighs more than 情况. Two requests are alike by the cosine of their weighted words.

The lexicon ships as ``resources/lexicon/complaints.txt``; the coordinator's own words (the
local names of things) extend it through a setting in the same format (LEXICON_SETTING).
"""

from __future__ import annotations

import logging
import math
import re
import threading
import warnings
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.base.i18n import tr
from studio_app.base.resources import folder
from studio_app.base.text import to_half_width
from studio_app.core.app_settings import SettingsService
from studio_app.core.models import AppSetting
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator

if TYPE_CHECKING:
    from jieba import Tokenizer

LEXICON_FILE = "complaints.txt"
LEXICON_SETTING = "similar.lexicon"  # the coordinator's own word groups (app_setting)
# Two requests whose likeness reaches this are taken for the same matter (tuned on the labelled
# pairs in tests/data/similar_pairs.tsv; ``studio-app bench`` prints precision and recall).
SAME_MATTER = 0.37
# A lone character (水, 灯) says less than a word; a word jieba's IDF table lacks (a local
# name) is as telling as a middling word.
ONE_CHAR_WEIGHT = 0.5
# A word the lexicon knows is a word of complaints: more telling than jieba's IDF, taken from
# general text, says.
LEXICON_WEIGHT = 1.6
# Two texts about different things, or with different things gone wrong, are this much less
# alike (once for each); one saying what went wrong and the other not, somewhat less.
APART = 0.3
ONE_SIDED = 0.7
# A line of the lexicon starting so holds words saying what went wrong (English: problem:).
PROBLEM_MARKS = (to_half_width("问题："), "problem:")
MAX_OWN_WORDS = 20_000  # characters of the coordinator's own groups
MAX_WORD = 12
# Words every request has: they would make unrelated matters look alike.
_STOP_WORDS = """希望 问题 反映 解决 情况 现在 已经 一直 村民 群众 什么 怎么 因为 所以 如果 可以 需要 相关
    部门 协调 联系 尽快 目前 今年 去年 时间 工作 我们 他们 你们 大家 自己 村里 家里 这里 那里
    这个 那个 这些 那些 一下 一些 没有 不是 就是 还是 但是 而且 或者 要求 帮助 帮忙 麻烦 请求
    多次 好久 很久 经常 总是 非常 特别 严重 影响 造成 导致 出现 发生 存在 进行 得到 到现在
    领导 政府 委员 工作室 有关 处理 落实 答复 回复 一个 两个 几个 每天 天天 时候 以后 以前
    之前 之后 最近 附近 今天 昨天 上面 下面 里面 外面 有人 没人 一点 其他 其它 等等 及时 能否
    是否 为什么 还有 也是 一样 看看 来说 这样 那样 没人管"""
STOP_WORDS = frozenset(_STOP_WORDS.split())
STOP_CHARS = frozenset(
    "的地得了着过是在和与及或也都就还又而且但把被给让对向从为吗呢吧啊呀哦嘛么"
    "我你他她它们这那哪个些有没不很太更最要能会想说请帮一二三上下里去来到年月日号人家后前"
)
# A place the visitor lives in says where, not what: 东关村, 三组, 幸福小区.
_PLACE = re.compile(r".{1,6}(村|组|队|镇|乡|街道|社区|小区)$")
_MEANINGFUL = re.compile(r"[0-9a-z\u4e00-\u9fff]")
KEPT_TEXTS = 50_000  # stored texts' words kept at most (a few MB)
# The lexicon's words are preferred when cutting a text (a frequency above most of jieba's
# dictionary): 路灯不亮 is 路灯 不亮, not 路 灯不亮 as jieba's own dictionary would have it.
PREFERRED = 200_000


@dataclass(frozen=True)
class Terms:
    """A text's telling words (group representatives) and their weights; ``problems``: those
    saying what went wrong (堵塞, 拖欠), the rest say what it is about (下水道, 工资)."""

    weights: dict[str, float]
    norm: float
    problems: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.weights)


def likeness(a: Terms, b: Terms) -> float:
    """How alike two texts read, 0 to 1: the cosine of their weighted words, less when both
    say what went wrong and it differs (路灯坏了, 路灯电费高), or only one says it, and less
    again when both say what it is about and that differs (高龄补贴没发, 种粮补贴没发)."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a.weights) <= len(b.weights) else (b, a)
    dot = sum(w * large.weights.get(t, 0.0) for t, w in small.weights.items())
    score = dot / (a.norm * b.norm)
    if a.problems and b.problems:
        if not a.problems & b.problems:
            score *= APART
    elif a.problems or b.problems:
        score *= ONE_SIDED
    things_a, things_b = a.weights.keys() - a.problems, b.weights.keys() - b.problems
    if things_a and things_b and not things_a & things_b:
        score *= APART
    return score


@dataclass(frozen=True)
class WordGroup:
    words: tuple[str, ...]  # the first stands for the group
    problem: bool = False  # says what went wrong (a line starting 问题：)


def parse_lexicon(text: str) -> list[WordGroup]:
    """Word groups from the lexicon format: a group a line, words apart by spaces (or 、，,),
    ``#`` starts a note, ``问题：`` (or ``problem:``) marks words saying what went wrong."""
    groups = []
    for line in text.splitlines():
        body = to_half_width(line.split("#", 1)[0]).strip().lower()
        problem = body.startswith(PROBLEM_MARKS)
        if problem:
            body = body.split(":", 1)[1]
        words = [w for w in dict.fromkeys(re.split(r"[\s、，,；;/]+", body)) if w]
        if words:
            groups.append(WordGroup(tuple(words), problem))
    return groups


def check_own_words(text: str) -> list[WordGroup]:
    """The coordinator's groups, or a ValidationError (field ``words``) saying what is wrong
    and how to put it right."""
    v = Validator()
    label = tr("本地说法")
    v.length("words", label, text, max_length=MAX_OWN_WORDS)
    groups = parse_lexicon(text)
    for number, group in enumerate(groups, 1):
        if long := [w for w in group.words if len(w) > MAX_WORD]:
            message = tr("第 {n} 组的“{word}”太长：每个词最多 {max} 个字，词之间用空格分开。")
            v.add("words", label, message.format(n=number, word=long[0][:MAX_WORD], max=MAX_WORD))
            break
    v.raise_if_any()
    return groups


def lexicon_path() -> Path:
    """The shipped lexicon (resources/lexicon/complaints.txt)."""
    return folder("lexicon") / LEXICON_FILE


def shipped_lexicon() -> list[WordGroup]:
    return parse_lexicon(lexicon_path().read_text(encoding="utf-8"))


def jieba_tables() -> tuple[Path, Path]:
    """The files of jieba the program reads: its dictionary and its IDF table (the installer
    carries these two, packaging/bundle_data.py)."""
    root = Path(_jieba().__file__).parent
    return root / "dict.txt", root / "analyse" / "idf.txt"


class Matcher:
    """Words of texts and their likeness, with the shipped lexicon and ``own_words`` (the
    coordinator's groups, which win where a word is in both)."""

    def __init__(self, own_words: str = ""):
        self.own_words = own_words
        groups = shipped_lexicon() + parse_lexicon(own_words)
        self._canonical: dict[str, str] = {}
        self._problems: set[str] = set()
        for group in groups:
            for word in group.words:
                self._canonical[word] = group.words[0]
            if group.problem:
                self._problems.add(group.words[0])
        self._tokenizer = _tokenizer(frozenset(self._canonical))
        idf, default = _idf()
        self._weight: dict[str, float] = {}
        for group in groups:
            known = [idf[w] for w in group.words if w in idf]
            self._weight[group.words[0]] = (max(known) if known else default) * LEXICON_WEIGHT
        self._idf, self._default = idf, default
        # The words each group is said with, shortest first (one holds the longer ones): what
        # similar() looks for.
        self._said: dict[str, tuple[str, ...]] = {}
        for group in groups:
            rep = group.words[0]
            said = {*self._said.get(rep, ()), *group.words}
            self._said[rep] = tuple(sorted(said, key=lambda w: (len(w), w)))
        # The words of stored texts (open requests) by key, while their version stays: read
        # once, not at every keystroke.
        self._kept: dict[Hashable, tuple[int, Terms]] = {}

    def probes(self, terms: Terms, n: int) -> list[str]:
        """Up to ``n`` words to look for in stored texts to find those sharing ``terms``: the
        words each term is said with (near-synonyms too), taken in turn from each term, the
        weightiest first. A lone character of no lexicon group only when the text has nothing
        longer (it occurs everywhere)."""
        ranked = sorted(terms.weights, key=lambda t: (-terms.weights[t], t))
        if any(len(t) > 1 for t in ranked):
            ranked = [t for t in ranked if len(t) > 1 or t in self._said]
        said = [list(self._said.get(term, (term,))) for term in ranked]
        words: list[str] = []
        while len(words) < n and any(said):
            for options in said:
                # A word holding one already looked for is found by that one.
                while options and any(w in options[0] for w in words):
                    options.pop(0)
                if options:
                    words.append(options.pop(0))
        return words[:n]

    def kept(self, key: Hashable, version: int) -> Terms | None:
        """The words kept for ``key`` at this ``version``, if any."""
        found = self._kept.get(key)
        return found[1] if found is not None and found[0] == version else None

    def keep(self, key: Hashable, version: int, text: str, place: str = "") -> Terms:
        if len(self._kept) >= KEPT_TEXTS:  # the requests of long ago: read again if asked
            self._kept.clear()
        found = self._kept[key] = (version, self.terms(text, place))
        return found[1]

    def terms(self, text: str, place: str = "") -> Terms:
        """The telling words of ``text``, ``place`` (the visitor's village) left out."""
        clean = to_half_width(text or "").lower()
        if place:
            clean = clean.replace(place.lower(), " ")
        weights: dict[str, float] = {}
        # Without HMM: jieba's guesses at unknown words are mostly fragments (水放, 臭得).
        for token in self._tokenizer.lcut(clean, HMM=False):
            word = token.strip()
            if not _MEANINGFUL.search(word) or word in STOP_WORDS:
                continue
            group = self._canonical.get(word)
            if group is not None:
                weight = self._weight[group]
            elif len(word) == 1:
                if word in STOP_CHARS or word.isascii():
                    continue
                group, weight = word, self._idf.get(word, self._default) * ONE_CHAR_WEIGHT
            elif (word.isascii() and word.isdigit()) or _PLACE.fullmatch(word):
                continue
            else:
                group, weight = word, self._idf.get(word, self._default)
            weights[group] = max(weight, weights.get(group, 0.0))
        norm = math.sqrt(sum(w * w for w in weights.values()))
        return Terms(weights, norm, frozenset(self._problems.intersection(weights)))

    def likeness(self, a: str, b: str) -> float:
        return likeness(self.terms(a), self.terms(b))


@dataclass(frozen=True)
class Evaluation:
    """Precision and recall of SAME_MATTER on labelled pairs."""

    pairs: int
    same: int  # labelled the same matter
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.same if self.same else 0.0


def read_pairs(path: Path) -> list[tuple[bool, str, str, str]]:
    """Labelled pairs from a TSV file: 1 or 0 (the same matter or not), category, two texts."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, category, a, b = line.split("\t")
            pairs.append((label == "1", category, a, b))
    return pairs


def evaluate(pairs: list[tuple[bool, str, str, str]], matcher: Matcher) -> Evaluation:
    tp = fp = fn = 0
    for same, _category, a, b in pairs:
        found = matcher.likeness(a, b) >= SAME_MATTER
        tp, fp, fn = tp + (found and same), fp + (found and not same), fn + (same and not found)
    return Evaluation(len(pairs), sum(p[0] for p in pairs), tp, fp, fn)


class OwnWordsService:
    """The coordinator's own word groups (设置 → 近义词), kept in the database so that every PC
    on a shared server matches alike."""

    def __init__(self, db: SessionSource):
        self.db = db

    def text(self) -> str:
        with self.db.session() as s:
            return _own_words(s)

    def save(self, text: str, *, read: str | None = None) -> int:
        """Store the groups as typed (notes kept); how many groups there are. ``read``: the
        text as the dialog showed it (``text()``); changed elsewhere since, it is refused
        (``ConflictError``), not overwritten."""
        groups = check_own_words(text)
        stored = None if read is None else {LEXICON_SETTING: read}
        SettingsService(self.db).set_many({LEXICON_SETTING: text.strip()}, read=stored)
        return len(groups)

    @staticmethod
    def likeness(a: str, b: str, own_words: str) -> float:
        """How alike two texts read with ``own_words`` (not yet saved): the dialog's try-out."""
        check_own_words(own_words)
        return _matcher(own_words).likeness(a, b)


def _own_words(s: Session) -> str:
    return s.scalar(select(AppSetting.value).where(AppSetting.key == LEXICON_SETTING)) or ""


def matcher_for(s: Session) -> Matcher:
    """The matcher with the coordinator's own words as they are now: rebuilt, once, when they
    change, on whichever PC they were changed."""
    return _matcher(_own_words(s))


_matchers: dict[str, Matcher] = {}
_matchers_lock = threading.Lock()


def _matcher(own_words: str) -> Matcher:
    with _matchers_lock:
        matcher = _matchers.get(own_words)
        if matcher is None:
            if len(_matchers) > 1:  # the saved words and the ones being tried out
                _matchers.pop(next(iter(_matchers)))
            matcher = _matchers[own_words] = Matcher(own_words)
        return matcher


# ---- jieba, loaded once, quietly ---------------------------------------------------------------
_load_lock = threading.Lock()
_loaded: dict[str, object] = {}


def _jieba():
    """The jieba module, imported on first use (it takes a moment) with its console logging
    off: it prints 'Building prefix dict …' to stderr, which is no news to a coordinator."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # old setuptools' pkg_resources, DeprecationWarning
        import jieba
    log = logging.getLogger("jieba")
    log.removeHandler(jieba.log_console)
    log.setLevel(logging.WARNING)
    return jieba


def _tokenizer(words: frozenset[str]) -> Tokenizer:
    """One jieba tokenizer for the process, its dictionary loaded on first use and every
    lexicon word added, so that 房基地 stays one word."""
    with _load_lock:
        tokenizer = _loaded.get("tokenizer")
        if tokenizer is None:
            jieba = _jieba()
            tokenizer = jieba.Tokenizer()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                tokenizer.initialize()
            _loaded["tokenizer"] = tokenizer
            _loaded["words"] = set()
        added = _loaded["words"]
        for word in words - added:
            if len(word) > 1 and not word.isascii():
                tokenizer.add_word(word, freq=max(tokenizer.FREQ.get(word) or 0, PREFERRED))
        added |= words
        return tokenizer


def _idf() -> tuple[dict[str, float], float]:
    """jieba's IDF table (analyse/idf.txt, read directly: jieba.analyse would load the tagger
    too) and its median, for words it lacks."""
    with _load_lock:
        if "idf" not in _loaded:
            path = jieba_tables()[1]
            idf = {}
            with path.open(encoding="utf-8") as table:
                for line in table:
                    word, _, value = line.rstrip("\n").rpartition(" ")
                    if word:
                        idf[word] = float(value)
            values = sorted(idf.values())
            _loaded["idf"] = (idf, values[len(values) // 2])
        return _loaded["idf"]
