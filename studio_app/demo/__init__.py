"""Demonstration data: a township studio as it looks a few months in (``fill_demo``), for the
first-run wizard's "look around first", ``studio-app demo``, the screenshots and the tests; and a county of three
studios (``fill_county_demo``) for a county's shared server."""

from studio_app.demo.county import CountyDemo, fill_county_demo
from studio_app.demo.studio import DemoSummary, fill_demo

__all__ = ["CountyDemo", "DemoSummary", "fill_county_demo", "fill_demo"]
