"""扫码说事 on paper: the studio's standing poster, whose code opens the intake page on the
studio's own network (the fixed address and the studio's revocable token).

One A4 page: the code 90 mm wide (an address with a 32-character token is version 4 or 5 at
level M, 2.6 mm a module: read from across a room), the address printed under it to type by
hand, and how to use it with no internet: join the studio's Wi-Fi first.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from studio_app.base.i18n import tr
from studio_app.documents.fonts import EMBEDDING, FontChain
from studio_app.documents.pdf_layout import PdfDocument
from studio_app.documents.qr import draw_qr
from studio_app.documents.qr_sheets import ACCENT, INK, MUTED, _canvas, _centered, fit_lines

QR_MM = 90


def render_intake_poster(studio_name: str, studio_phone: str, url: str,
                         chain: FontChain) -> PdfDocument:  # fmt: skip
    width, height = A4
    buffer = io.BytesIO()
    title = tr("扫码说事：{studio}").format(studio=studio_name)
    c = _canvas(buffer, A4, title, studio_name)
    c.setFillColor(ACCENT)
    c.rect(0, height - 45 * mm, width, 45 * mm, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    _centered(c, chain, tr("扫码说事"), width / 2, height - 25 * mm, 40)
    _centered(c, chain, studio_name, width / 2, height - 37 * mm, 18)
    c.setFillColor(INK)
    steps = [
        tr("1. 连接工作室的无线网络（WiFi）：________________"),
        tr("2. 用微信“扫一扫”或手机相机扫描下面的二维码"),
        tr("3. 填写姓名、电话和想反映的事，提交后记下回执号"),
    ]
    y = height - 62 * mm
    for step in steps:
        chain.draw_string(c, 25 * mm, y, step, 16)
        y -= 11 * mm
    qr = QR_MM * mm
    draw_qr(c, url, (width - qr) / 2, y - qr, qr)
    y -= qr + 9 * mm
    c.setFillColor(MUTED)
    _centered(c, chain, tr("打不开时，在手机浏览器中输入："), width / 2, y, 12)
    c.setFillColor(INK)
    _centered(c, chain, url, width / 2, y - 8 * mm, 12)
    y -= 22 * mm
    c.setFillColor(MUTED)
    note = tr(
        "不用上网：登记页只在工作室的网络里打开，内容只保存在工作室的电脑上。页面用普通的 http "
        "传送（没有互联网的网络无法取得证书），请不要填写身份证号、银行卡号和密码。"
    )
    for line in fit_lines(chain, note, 12, width - 50 * mm, 3):
        _centered(c, chain, line, width / 2, y, 12)
        y -= 17
    if studio_phone:
        c.setFillColor(INK)
        _centered(c, chain, tr("工作室电话：{phone}").format(phone=studio_phone), width / 2,
                  y - 6 * mm, 16)  # fmt: skip
    c.showPage()
    with EMBEDDING:
        c.save()
    return PdfDocument(buffer.getvalue(), 1, chain.missing_text(), title)
