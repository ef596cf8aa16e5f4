"""argparse's own words come in the program's language: a mistyped command is explained in
Chinese, with how to see the right form; the English catalogue gives argparse's own English."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from studio_app import cli_words
from studio_app.cli import main

TS = Path(__file__).parents[2] / "resources" / "translations" / "studio_app_en.ts"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["print", "minutes"], "错误：缺少必须给出的参数：--out（加 -h 查看用法）"),
        (["bogus"], "'bogus' 不是可选的值（可选：'demo'"),
        (["export", "members", "x.xlsx", "--db"], "参数 --db：后面要跟一个值"),
        (["info", "--nonsense"], "无法识别的参数：--nonsense"),
    ],
)
def test_a_mistyped_command_is_explained_in_chinese(argv, said, capsys):
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert said in err and err.startswith("用法：")
    assert not re.search(r"\b(error|usage|required|invalid)\b", err)


def test_help_names_its_sections_in_chinese(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("用法：studio-app") and "选项" in out and "显示这段说明并退出" in out


def test_the_english_catalogue_gives_argparse_its_own_words():
    english = {
        m.findtext("source"): m.findtext("translation")
        for m in ET.parse(TS).getroot().iter("message")
    }
    for original, chinese in cli_words.WORDS.items():
        assert english[chinese] == original
