"""外出工作包: a studio's work on a laptop in the villages, and back (``service``)."""
