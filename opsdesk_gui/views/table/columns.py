"""What a table column is: its key in the frame, its (translated) title, how to show it.

Kinds: `text`, `id` (order numbers and the like: text, written to Excel as text so every
digit survives), `int`, `money` (integer cents, shown in yuan), `rate` (a fraction, shown
as a percentage), `change` (a fraction of change, shown signed with one decimal, as the
printed reviews show it: "+12.3%"), `number`, `date` ('YYYY-MM-DD'), `datetime`
('YYYY-MM-DD HH:MM:SS').
`personal` names the masker (opsdesk_gui.privacy.MASKERS) for buyers' names, phones,
e-mails and addresses; such a column is shown masked until the owner unmasks it.
"""

from __future__ import annotations

from dataclasses import dataclass

from opsdesk_gui.privacy import MASKERS

NUMBER_KINDS = frozenset({"int", "money", "rate", "change", "number"})
TEXT_KINDS = frozenset({"text", "id", "date", "datetime"})
KINDS = NUMBER_KINDS | TEXT_KINDS


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = "text"
    tooltip: str = ""
    personal: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r} for {self.key!r}")
        if self.personal is not None:
            if self.personal not in MASKERS:
                raise ValueError(f"unknown personal kind {self.personal!r} for {self.key!r}")
            if self.kind not in TEXT_KINDS:
                raise ValueError(f"personal column {self.key!r} must hold text")

    @property
    def numeric(self) -> bool:
        return self.kind in NUMBER_KINDS
