"""Similar requests in other words: jieba's words, the lexicon's near-synonyms, IDF weights, and
the labelled pairs of tests/data/similar_pairs.tsv."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from studio_app.base.errors import StudioError
from studio_app.base.labels import REQUEST_CATEGORIES
from studio_app.core.similarity import (
    SAME_MATTER,
    Matcher,
    evaluate,
    parse_lexicon,
    read_pairs,
    shipped_lexicon,
)
from studio_app.core.visitor_requests import RequestInput

PAIRS = Path(__file__).resolve().parents[1] / "data" / "similar_pairs.tsv"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher()


def test_the_evaluation_set_has_200_pairs_half_alike_across_every_category():
    pairs = read_pairs(PAIRS)
    assert len(pairs) >= 200
    same = sum(p[0] for p in pairs)
    assert abs(same - (len(pairs) - same)) <= 5
    assert {p[1] for p in pairs} == set(REQUEST_CATEGORIES)
    by_category = Counter((p[1], p[0]) for p in pairs)
    assert all(by_category[(c, label)] >= 3 for c in REQUEST_CATEGORIES for label in (True, False))


def test_precision_and_recall_on_the_labelled_pairs(matcher):
    result = evaluate(read_pairs(PAIRS), matcher)
    assert result.precision >= 0.85, result
    assert result.recall >= 0.85, result


def test_the_same_matter_in_other_words_is_found_and_a_shared_place_is_not(matcher):
    # The examples: matched before only by sharing two-character strings.
    assert matcher.likeness("下水道堵了污水漫到院子里", "排水沟不通，一下雨院子就淹") >= SAME_MATTER
    assert matcher.likeness("宅基地被邻居占了", "房基地让隔壁多占了一米") >= SAME_MATTER
    assert matcher.likeness("机井坏了没法浇地", "灌溉的水井坏了") >= SAME_MATTER
    # Sharing only 村小学: different matters.
    assert matcher.likeness("村小学门口路灯不亮", "村小学食堂饭菜不卫生") < SAME_MATTER
    # The visitor's village says where, not what.
    place = matcher.terms("我是东关村的村民，东关村的路灯坏了", "东关村")
    assert "东关村" not in place.weights and "东关" not in place.weights
    assert matcher.likeness("的了吧", "路灯坏了") == 0.0  # stop characters say nothing


def test_a_telling_word_weighs_more_than_a_common_one(matcher):
    weights = matcher.terms("路灯坏了，情况比较麻烦，影响出行").weights
    assert "情况" not in weights  # a stop word
    assert weights["路灯"] > weights["出行"] > 0


def test_the_shipped_lexicon_has_each_word_once_and_marks_problems():
    groups = shipped_lexicon()
    assert len(groups) > 140
    words = Counter(w for g in groups for w in g.words)
    assert [w for w, n in words.items() if n > 1] == []
    by_first = {g.words[0]: g for g in groups}
    assert {"排水沟", "下水道"} <= set(by_first["下水道"].words)
    assert {"房基地"} <= set(by_first["宅基地"].words)
    assert {"黑车"} <= set(by_first["网约车"].words)
    assert by_first["堵塞"].problem and not by_first["下水道"].problem


def test_own_words_extend_the_lexicon(matcher):
    # 洋沟 is the local word for 排水沟 in some counties; 坝子 for a courtyard.
    own = "洋沟 下水道  # 本地说法\n问题：冒水 积水\n\n坝子、院子"
    assert [g.words for g in parse_lexicon(own)] == [("洋沟", "下水道"), ("冒水", "积水"),
                                                     ("坝子", "院子")]  # fmt: skip
    assert parse_lexicon("Problem: 冒水 积水")[0].problem  # the English window's mark
    a, b = "洋沟冒水，坝子里全是水", "下水道积水，院子被淹"
    assert matcher.likeness(a, b) < SAME_MATTER
    assert Matcher(own).likeness(a, b) >= SAME_MATTER


def test_jieba_loads_quietly():
    # A fresh process: jieba's 'Building prefix dict …' and 'Loading model …' never reach stderr.
    code = (
        "from studio_app.core.similarity import Matcher\n"
        "print(round(Matcher().likeness('路灯坏了', '路灯不亮'), 2))\n"
    )
    done = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True,
                          text=True, timeout=120, check=False)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert float(done.stdout) >= SAME_MATTER


@pytest.mark.pg
def test_the_coordinators_words_are_saved_and_used_by_similar(services):
    lists = services.request_list
    drain = services.requests.register(RequestInput(content="洋沟冒水，坝子里全是水",
                                                    visitor_name="张三"))  # fmt: skip
    assert lists.similar("下水道积水，院子被淹") == []
    assert services.own_words.save("洋沟 下水道\n问题：冒水 积水\n坝子 院子") == 3
    assert services.own_words.text() == "洋沟 下水道\n问题：冒水 积水\n坝子 院子"
    found = lists.similar("下水道积水，院子被淹")
    assert [(f.request.id, f.reason) for f in found] == [(drain.id, "内容相近")]
    assert services.own_words.likeness("洋沟", "下水道", "") < SAME_MATTER
    assert services.own_words.likeness("洋沟", "下水道", "洋沟 下水道") == pytest.approx(1.0)
    with pytest.raises(StudioError, match="第 1 组"):
        services.own_words.save("一二三四五六七八九十一二三")
    assert services.own_words.text() == "洋沟 下水道\n问题：冒水 积水\n坝子 院子"  # unchanged
