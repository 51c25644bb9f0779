"""Qt views: the main window, the tabs, dialogs, table adapters, charts, printing."""
