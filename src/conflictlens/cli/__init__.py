"""conflictlens.cli"""
