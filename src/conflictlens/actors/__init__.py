"""conflictlens.actors"""
