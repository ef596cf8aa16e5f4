"""Writing a finished document to disk: through a temporary file beside the target, so a failed
save never leaves a half-written file in place of a good one, with a Chinese message that says
what to do. Exports hold villagers' data: the file is the user's alone (0600 on POSIX)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.base.private import write_file


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    target = Path(path)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        write_file(temp, data)
        os.replace(temp, target)
    except PermissionError as exc:
        raise StudioError(
            tr(
                "无法保存“{name}”：文件正被其他程序（如 Excel、WPS、PDF 阅读器）打开，或没有写入权限。"
                "请关闭该文件后重试，或换一个文件夹。"
            ).format(name=target.name)
        ) from exc
    except IsADirectoryError as exc:
        raise StudioError(
            tr("无法保存：“{name}”是一个文件夹，请写上文件名。").format(name=target)
        ) from exc
    except FileNotFoundError as exc:
        raise StudioError(
            tr("无法保存“{name}”：文件夹“{folder}”不存在。").format(
                name=target.name, folder=target.parent
            )
        ) from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StudioError(
                tr("无法保存“{name}”：磁盘已满。请腾出空间，或换一个磁盘、U 盘后重试。").format(
                    name=target.name
                )
            ) from exc
        if exc.errno == errno.EROFS:
            raise StudioError(
                tr("无法保存“{name}”：这个磁盘是只读的（U 盘的写保护？）。请换一个位置。").format(
                    name=target.name
                )
            ) from exc
        raise StudioError(
            tr("无法保存“{name}”（{reason}）。请换一个文件夹或文件名后重试。").format(
                name=target.name, reason=exc.strerror or exc
            )
        ) from exc
    finally:
        temp.unlink(missing_ok=True)
