"""evclaims: EV-industry news articles in, a validated Frictionless data package out.

    import evclaims
    tables = evclaims.load()            # dict of pandas DataFrames, keyed by table name
    tables = evclaims.load("path/to/unpacked/package")
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("evclaims")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

from evclaims.load import load  # noqa: E402

__all__ = ["__version__", "load"]
