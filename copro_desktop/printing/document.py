"""What every printed document hands the print preview."""

from dataclasses import dataclass, field


@dataclass
class PrintedDocument:
    pdf: bytes
    pages: int
    left_out: set[str] = field(default_factory=set)  # characters the typeface cannot print
