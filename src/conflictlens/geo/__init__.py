"""conflictlens.geo"""
