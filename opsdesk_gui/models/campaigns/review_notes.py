"""The review's notes (复盘): each a problem, its cause and the action taken, with the
action's owner and due date. No Qt. A note with nothing written is no note."""

from __future__ import annotations

from dataclasses import dataclass

from ..periods import parse_day


@dataclass(frozen=True)
class ReviewNote:
    problem: str = ""
    cause: str = ""
    action: str = ""
    owner: str = ""
    due_on: str | None = None  # 'YYYY-MM-DD'

    @property
    def empty(self) -> bool:
        return not any((self.problem.strip(), self.cause.strip(), self.action.strip(),
                        self.owner.strip(), self.due_on))

    def to_dict(self) -> dict:
        return {"problem": self.problem, "cause": self.cause, "action": self.action,
                "owner": self.owner, "due_on": self.due_on}


def cleaned_notes(notes) -> list[ReviewNote]:
    """The notes to keep: the empty ones dropped, text trimmed, each due date checked
    (PeriodError 'bad_day' naming the value otherwise)."""
    kept = []
    for note in notes:
        due = (note.due_on or "").strip()
        if due:
            due = parse_day(due).isoformat()
        note = ReviewNote(note.problem.strip(), note.cause.strip(), note.action.strip(),
                          note.owner.strip(), due or None)
        if not note.empty:
            kept.append(note)
    return kept
