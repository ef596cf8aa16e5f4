"""The vocabularies' enums as scripts know them (``from studio_app.core.enums import RequestStatus``).

Their home is ``studio_app.base.enums``, where every layer can reach them; the program itself
imports them from there (the layer contract holds it to that).
"""

from studio_app.base.enums import *  # noqa: F403
