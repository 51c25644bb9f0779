"""Export files -> validated frames: decoding, reading, cleaning, platform presets (no Qt)."""
