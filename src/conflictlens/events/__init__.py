"""Event detection and classification: triggers, factuality, types, episodes, rows."""
