"""Kept for the modules that import it: the world layer is :mod:`kg.annotate.world`."""

from .annotate.world import BODIES, PLACES, STATES, WorldTagger, find_world, mark_world, world_in

__all__ = ["BODIES", "PLACES", "STATES", "WorldTagger", "find_world", "mark_world", "world_in"]
