"""conflictlens.export"""
