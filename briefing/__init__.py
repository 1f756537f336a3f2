"""briefing: one TOML file in, a print-ready situation brief (PDF) out."""

__version__ = "0.1.0"
