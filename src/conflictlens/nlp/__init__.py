"""Sentence segmentation and named-entity recognition (spaCy)."""
from .parser import load_nlp, parse, prepare_text, paragraphs

__all__ = ["load_nlp", "parse", "prepare_text", "paragraphs"]
