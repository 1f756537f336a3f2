"""The words `briefing draft` reads an article by, one data module per language (`en.py`): speech verbs, titles,
claimant nouns, the words that make a number a duration or an age. Only tables here; the rules that use them
are in briefing/brief/draft_*.py. A reviewer who reads the language checks these without reading the rules."""
