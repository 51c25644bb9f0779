"""Render the app icon from resources/icons/opsdesk.svg into the files the builds use.

    QT_QPA_PLATFORM=offscreen .venv/bin/python build_spec/make_icons.py

writes, next to the SVG:
- opsdesk.png: 256 x 256, for Linux desktops and the window icon;
- opsdesk.ico: 16 to 256 px in one file, for the Windows executable, the installer,
  the Start-menu entry and the .opsdesk file association.

The ICO is written by hand (the format is a small directory of images) because Qt's ICO
writer stores one size only and Pillow is not a dependency. Sizes up to 48 px are
32-bit BMP entries, which every Windows reader (Explorer, NSIS, the resource compiler)
accepts; larger ones are PNG entries, as Windows Vista and later expect.
The outputs are committed, so a build never needs to run this.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
BMP_MAX = 48  # entries up to this size are BMP, larger ones PNG


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    # ICO and PNG store straight (not premultiplied) alpha.
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("could not encode PNG")
    buffer.close()
    return bytes(data)


def bmp_entry(image: QImage) -> bytes:
    """A 32-bit icon DIB: header with double height, BGRA rows bottom-up, then the
    1-bit AND mask (1 = transparent) with rows padded to 32 bits."""
    w, h = image.width(), image.height()
    bits = bytes(image.constBits())
    stride = image.bytesPerLine()
    # Format_ARGB32 is 0xAARRGGBB per pixel, i.e. B, G, R, A bytes on little-endian
    # machines, which is the DIB order; on big-endian ones swap each pixel.
    rows = [bits[y * stride:y * stride + w * 4] for y in range(h)]
    if sys.byteorder == "big":
        rows = [b"".join(r[i:i + 4][::-1] for i in range(0, len(r), 4)) for r in rows]
    mask_stride = ((w + 31) // 32) * 4
    mask_rows = []
    for row in rows:
        mask = bytearray(mask_stride)
        for x in range(w):
            if row[x * 4 + 3] == 0:
                mask[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(mask))
    pixels = b"".join(reversed(rows))
    mask = b"".join(reversed(mask_rows))
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, len(pixels) + len(mask),
                         0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(images: list[QImage]) -> bytes:
    entries = [bmp_entry(i) if i.width() <= BMP_MAX else png_bytes(i) for i in images]
    offset = 6 + 16 * len(images)
    directory = struct.pack("<HHH", 0, 1, len(images))
    for image, data in zip(images, entries, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return directory + b"".join(entries)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    svg = ICONS / "opsdesk.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"make_icons: cannot read {svg}", file=sys.stderr)
        return 1
    (ICONS / "opsdesk.png").write_bytes(png_bytes(render(renderer, 256)))
    (ICONS / "opsdesk.ico").write_bytes(ico_bytes([render(renderer, s) for s in ICO_SIZES]))
    print(f"make_icons: wrote opsdesk.png and opsdesk.ico ({len(ICO_SIZES)} sizes) in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
