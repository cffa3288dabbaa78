"""The version of politika, in a module of its own: any module can import it without loading ``politika``'s API."""

__version__ = "0.1.0"
