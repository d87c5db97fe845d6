"""QR codes drawn as vector paths.

ReportLab's own QrCodeWidget builds one drawing object per module and made a
letter take 80–100 ms; the `qrcode` package's module matrix drawn as a single
path costs a few.
"""
from __future__ import annotations


def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of the smallest QR code holding `payload` at error
    correction level M (15 %: a folded or stamped letter still scans), without
    the quiet zone; whoever draws it keeps four modules clear around it."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


def draw_qr(canvas, matrix: tuple[tuple[bool, ...], ...], x: float, y: float, size: float) -> None:
    """Draw the matrix with its lower-left corner at (x, y), `size` points square."""
    n = len(matrix)
    module = size / n
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        top = y + size - (r + 1) * module
        c = 0
        while c < n:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < n and row[c]:
                c += 1
            # One rectangle per run of dark modules; a hair taller than a
            # module so that no light seam shows between rows when rasterised.
            path.rect(x + start * module, top - 0.02, (c - start) * module, module + 0.04)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
