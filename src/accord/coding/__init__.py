"""The coder: actors, events, modality, dates and places from annotated sentences."""
from .assemble import Coder

__all__ = ["Coder"]
