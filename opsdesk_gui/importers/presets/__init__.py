"""Export presets: one module per platform, each listing its presets in PRESETS."""
