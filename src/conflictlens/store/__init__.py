"""conflictlens.store"""
