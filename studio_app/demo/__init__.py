"""Demonstration data: a township studio as it looks a few months in (``fill_demo``), for the
first-run wizard's "look around first", ``studio-app demo``, the screenshots and the tests."""

from studio_app.demo.studio import DemoSummary, fill_demo

__all__ = ["DemoSummary", "fill_demo"]
