"""Sentence segmentation and named-entity recognition (spaCy)."""
from .parser import doc_text, load_nlp, parse, prepare_text, paragraphs

__all__ = ["doc_text", "load_nlp", "parse", "prepare_text", "paragraphs"]
