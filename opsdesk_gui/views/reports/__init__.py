"""The pages of the Reports tab (数据运营). Each page is a QWidget with:

- `title() -> str`: its name on the tab's page bar, translated;
- `refresh(shop_path: Path | None, selection: PeriodSelection) -> None`: reload off the GUI
  thread (through the TaskRunner given to its constructor);
- `retranslate() -> None`: its texts in the new language (the window then refreshes);
- `printable_html(title: str) -> str`: what File > Print… prints while the page is shown;
- `table`: the TableView that File > Export table… exports, or None.
"""

