"""Who uses the command line, once logins are set up in the window.

Then every command that reads or changes the studio's records asks for a user name and
password at the terminal, or reads ``STUDIO_USER`` and ``STUDIO_PASSWORD`` from the environment
(for a script); with neither a terminal nor ``STUDIO_USER`` it refuses at once. The signed-in
user's role then decides what the command may do, in the services, as in the window: a wrong
password counts towards the lockout and every refusal is in the audit log. A studio's user
works in their studio; the county's users (and anyone before logins are set up) name one with
``--studio`` or ``STUDIO_STUDIO``, or work over the whole county. ``check``, ``info``
(counts only), ``template``, ``bench`` and ``--version`` ask nothing.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr

if TYPE_CHECKING:
    from studio_app.core.services import Services

STUDIO_ENV = "STUDIO_STUDIO"
USER_ENV = "STUDIO_USER"
PASSWORD_ENV = "STUDIO_PASSWORD"


class SignInRequired(StudioError):
    """Logins are on and no user could be asked for (no terminal, no STUDIO_USER)."""


def sign_in(
    services: Services,
    *,
    studio: str | None = None,
    interactive: bool | None = None,
    ask: Callable[[str], str] = input,
    ask_secret: Callable[[str], str] = getpass.getpass,
) -> None:
    """Sign a user in on ``services`` if logins are set up (else nothing is asked), then work
    in ``studio`` (a name, or ``STUDIO_STUDIO``) if one is given."""
    _log_in(services, interactive=interactive, ask=ask, ask_secret=ask_secret)
    studio = studio if studio is not None else os.environ.get(STUDIO_ENV)
    if studio:
        services.use_studio(services.studios.find(studio))


def _log_in(
    services: Services,
    *,
    interactive: bool | None,
    ask: Callable[[str], str],
    ask_secret: Callable[[str], str],
) -> None:
    if not services.access.enabled():
        return
    if interactive is None:
        interactive = sys.stdin.isatty()
    username = os.environ.get(USER_ENV)
    password = os.environ.get(PASSWORD_ENV)
    if username is None and not interactive:
        raise SignInRequired(
            tr(
                "这个数据库已设置登录，命令行也要先登录。请在终端中运行，按提示输入用户名和密码；"
                "或为脚本设置环境变量 {user} 和 {password}。"
            ).format(user=USER_ENV, password=PASSWORD_ENV)
        )
    if username is None:
        username = ask(tr("用户名："))
    if password is None:
        if not interactive:
            raise SignInRequired(
                tr("已设置 {user}，但没有设置 {password}，也没有终端可以输入密码。").format(
                    user=USER_ENV, password=PASSWORD_ENV
                )
            )
        password = ask_secret(tr("密码："))
    services.current_user = services.access.login(username, password)


def open_services(args, *, sign_in_user: bool = True) -> Services:
    """The services over ``--db``, with the user signed in when logins are set up and working
    in ``--studio`` if given (``sign_in_user`` False: a command that shows nothing personal):
    every command opens its database this way."""
    from studio_app.opening import locate, open_place

    services = open_place(locate(args.db))
    if sign_in_user:
        try:
            sign_in(services, studio=getattr(args, "studio", None))
        except BaseException:
            services.db.close()
            raise
    return services
