"""Parsing: one module per language behind one interface."""
