"""conflictlens.time"""
