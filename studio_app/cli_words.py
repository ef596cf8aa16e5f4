"""argparse's own words (usage, options, "the following arguments are required") in the
program's language: a coordinator who mistypes a command reads what was wrong in Chinese, with
how to see the right form.

argparse looks its texts up through the module-level ``_`` and ``ngettext`` it imported from
gettext; ``install()`` replaces both with lookups into this table (through ``tr``, so the
English catalogue gives argparse's own English back). Texts not listed (programming errors in
the parser's own set-up) stay as they are.
"""

from __future__ import annotations

import argparse

from studio_app.base.i18n import N_, tr, trn

WORDS = {
    "usage: ": N_("用法："),
    "positional arguments": N_("命令和参数"),
    "options": N_("选项"),
    "show this help message and exit": N_("显示这段说明并退出"),
    "show program's version number and exit": N_("显示版本号并退出"),
    "the following arguments are required: %s": N_("缺少必须给出的参数：%s（加 -h 查看用法）"),
    "unrecognized arguments: %s": N_("无法识别的参数：%s（加 -h 查看用法）"),
    "invalid choice: %(value)r (choose from %(choices)s)": N_(
        "%(value)r 不是可选的值（可选：%(choices)s）"
    ),
    "argument %(argument_name)s: %(message)s": N_("参数 %(argument_name)s：%(message)s"),
    "expected one argument": N_("后面要跟一个值"),
    "expected at most one argument": N_("后面最多跟一个值"),
    "expected at least one argument": N_("后面至少要跟一个值"),
    "invalid %(type)s value: %(value)r": N_("%(value)r 不是有效的值（%(type)s）"),
    "ambiguous option: %(option)s could match %(matches)s": N_(
        "选项 %(option)s 不明确，可能是 %(matches)s 中的任何一个"
    ),
    "not allowed with argument %s": N_("不能和参数 %s 一起用"),
    "one of the arguments %s is required": N_("参数 %s 必须给出其中一个"),
    "ignored explicit argument %r": N_("这个选项不带值，多出的 %r 没有用"),
    "%(prog)s: error: %(message)s\n": N_("%(prog)s：错误：%(message)s\n"),
    "can't open '%(filename)s': %(error)s": N_("无法打开 %(filename)s：%(error)s"),
}
EXPECTED_N = "expected %s argument"  # ngettext's singular id; %s is the count


def _words(text: str) -> str:
    return tr(WORDS[text]) if text in WORDS else text


def _words_n(singular: str, plural: str, n: int) -> str:
    if singular == EXPECTED_N:
        return trn("后面要跟 %n 个值", n).replace(str(n), "%s", 1)
    return singular if n == 1 else plural


def install() -> None:
    argparse._ = _words
    argparse.ngettext = _words_n
