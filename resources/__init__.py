"""Files shipped with the program (no code): fonts, icons and translations; found with
``studio_app.base.resources.folder``."""
