"""The web explorer: a FastAPI app over the store (``politika serve``)."""

from politika.web.app import create_app

__all__ = ["create_app"]
