"""Actors: the actor dictionary, mention finding and the choice of actor1/actor2."""
from .dictionary import ActorDictionary, default_dictionary
from .finder import ActorMention, find_actor_mentions

__all__ = ["ActorDictionary", "default_dictionary", "ActorMention", "find_actor_mentions"]
