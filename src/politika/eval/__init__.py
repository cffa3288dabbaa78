"""Evaluation: readers for public gold formats, metrics, and the gate with pinned floors."""
