"""QR codes drawn as vector paths.

ReportLab's own QrCodeWidget builds one drawing object per module and made a
letter take 80–100 ms; the `qrcode` package's module matrix drawn as a single
path costs a few.
"""
from __future__ import annotations

import re

_RUNS = re.compile(r"0{5,}|1{5,}")


def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of the smallest QR code holding `payload` at error
    correction level M (15 %: a folded or stamped letter still scans), without
    the quiet zone; whoever draws it keeps four modules clear around it.

    The mask pattern is the one ISO/IEC 18004 asks for, the lowest penalty of
    the eight (a fixed one left some codes unread by a common scanner
    library). The `qrcode` package finds it by laying the code out eight
    times and scoring each in Python, 8–10 ms of a 40 ms letter; here it is
    laid out once, the other seven masks are that layout with its data
    modules flipped, and the penalties are counted on rows held as integers:
    the same choice, the same modules (tests/unit/test_letters.py compares
    them), in a fraction of the time."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    code.best_fit()
    flips = _mask_flips(code.version)
    if flips is None:
        code.make(fit=False)
    else:
        # Scored as the library scores: the format information left light.
        code.makeImpl(True, 0)
        n = code.modules_count
        laid = [int("".join("1" if m else "0" for m in row), 2) for row in code.modules]
        masked = [[row ^ flip for row, flip in zip(laid, flips[mask])] for mask in range(8)]
        scores = [_penalty(rows, n) for rows in masked]
        best = scores.index(min(scores))
        # The chosen layout, with its real format (and version) information.
        code.modules = [[bool(row >> (n - 1 - c) & 1) for c in range(n)] for row in masked[best]]
        code.setup_type_info(False, best)
        if code.version >= 7:
            code.setup_type_number(False)
    return tuple(tuple(row) for row in code.get_matrix())


_FLIPS: dict[int, list[list[int]] | None] = {}
_FINDER_LIKE = ("10111010000", "00001011101")


def _mask_flips(version: int) -> list[list[int]] | None:
    """For each mask, the data modules (one integer a row, the first column
    the highest bit) where it differs from mask 0; None if the data modules
    could not be told apart (then the library chooses on its own)."""
    if version in _FLIPS:
        return _FLIPS[version]
    import qrcode
    from qrcode import util

    class Blank(qrcode.QRCode):
        # The function patterns and format information only: every module
        # left None is one the data fills.
        def map_data(self, data, mask_pattern):
            pass

    blank = Blank(version=version, border=0)
    blank.data_cache = b""
    blank.makeImpl(True, 0)
    n = blank.modules_count
    data = [(r, c) for r in range(n) for c in range(n) if blank.modules[r][c] is None]
    # Every data module holds one bit of the codewords or of the remainder:
    # a count that disagrees with the version's capacity means the layout
    # changed under us.
    if len(data) != _data_bits(version):
        _FLIPS[version] = None
        return None
    tests = [util.mask_func(mask) for mask in range(8)]
    flips = []
    for mask in range(8):
        rows = [0] * n
        for r, c in data:
            if tests[mask](r, c) != tests[0](r, c):
                rows[r] |= 1 << (n - 1 - c)
        flips.append(rows)
    _FLIPS[version] = flips
    return flips


def _data_bits(version: int) -> int:
    """Modules a QR code of this version gives to codewords and remainder bits:
    all of them less the finder, timing, alignment, format and version
    patterns (ISO/IEC 18004 table 1; 208 for version 1, 567 for version 3)."""
    modules = (16 * version + 128) * version + 64
    if version >= 2:
        alignment = version // 7 + 2
        modules -= (25 * alignment - 10) * alignment - 55
        if version >= 7:
            modules -= 36
    return modules


def _penalty(rows: list[int], n: int) -> int:
    """ISO/IEC 18004 7.8.3 penalty of a code given as rows of bits, scored as
    the `qrcode` package scores it."""
    full = (1 << n) - 1
    lines = [format(row, f"0{n}b") for row in rows]
    lines += ["".join(column) for column in zip(*lines)]
    every = "|".join(lines)  # one string to search; no run or pattern spans a "|"
    # N1: five or more alike in a line, 3 points and 1 for each beyond five.
    runs = _RUNS.findall(every)
    points = sum(map(len, runs)) - 2 * len(runs)
    # N3: a finder-like 1:1:3:1:1 run with four light modules on one side
    # (neither pattern overlaps itself, so counting finds every one).
    points += 40 * (every.count(_FINDER_LIKE[0]) + every.count(_FINDER_LIKE[1]))
    # N2: each 2x2 block of one colour, 3 points.
    for upper, lower in zip(rows, rows[1:]):
        dark, light = upper & lower, ~(upper | lower) & full
        points += 3 * ((dark & (dark >> 1)) | (light & (light >> 1))).bit_count()
    # N4: 10 points for each whole 5 % the dark share is away from half.
    dark_share = sum(row.bit_count() for row in rows) / (n * n)
    return points + int(abs(dark_share * 100 - 50) / 5) * 10


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
