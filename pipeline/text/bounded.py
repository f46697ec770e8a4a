"""PDFium's text inside a rectangle, read in one pass instead of two.

pypdfium2's ``get_text_bounded`` asks PDFium twice: once for the text's length, once
for the text, and PDFium gathers the rectangle's characters from the whole page each
time. Asked with a buffer large enough (the page's characters and then some), PDFium
gathers them once; the rare text longer than the buffer (line breaks PDFium adds between
the rectangle's lines) is read again the two-call way. The text is the same either way.
"""

from __future__ import annotations

import ctypes

SPARE = 64  # room beyond the page's characters for the line breaks PDFium adds


class BoundedText:
    """Reads a text page's text inside rectangles (PDF units), reusing one buffer."""

    def __init__(self, textpage) -> None:
        import pypdfium2.raw as raw

        self.textpage = textpage
        self.read = raw.FPDFText_GetBoundedText
        self.size = raw.FPDFText_CountChars(textpage.raw) + SPARE
        self.buffer = (ctypes.c_ushort * self.size)()

    def __call__(self, left: float, bottom: float, right: float, top: float) -> str:
        # PDFium copies the text and its terminating NUL when there is room: a return of the
        # buffer's whole size means the text may have been cut, so it is read the usual way.
        copied = self.read(self.textpage.raw, left, top, right, bottom, self.buffer, self.size)
        if copied >= self.size:
            return self.textpage.get_text_bounded(left=left, bottom=bottom, right=right, top=top)
        if copied <= 1:
            return ""
        return ctypes.string_at(self.buffer, 2 * (copied - 1)).decode("utf-16-le", errors="ignore")

    def page(self, bbox: tuple[float, float, float, float]) -> str:
        """The text inside the page's box (``page.get_bbox()``: left, bottom, right, top)."""
        return self(*bbox)
