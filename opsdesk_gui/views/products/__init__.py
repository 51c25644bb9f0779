"""The Products tab's parts: table, detail, alerts, bundles, title check."""
