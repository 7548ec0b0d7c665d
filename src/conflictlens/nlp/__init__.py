"""conflictlens.nlp"""
