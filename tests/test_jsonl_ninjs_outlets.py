"""An IPTC ninjs item's outlet is the agency that made it: 2.0's information source whose role is
"originator" (before one that only passed it on), else its copyright holder (1.x and 2.0); not the
file's name."""

from __future__ import annotations

import json

from core.reading.jsonl import parse_json
from core.reading.sources import Item

_BODY = ("<p>The coastguard opened a new lifeboat station at Skerra on Friday, the first on the island in forty years.</p>"
         "<p>Twelve volunteers will crew the boat, which cost 1.8 million.</p>")


def _outlet(item: dict[str, object]) -> str | None:
    item = {"uri": "urn:newsml:wire.example:20260410:1", "type": "text", "firstcreated": "2026-04-10T09:00:00Z",
            "headlines": [{"role": "main", "value": "Skerra gets a lifeboat station"}], "by": "Ilse Marr",
            "bodies": [{"role": "main", "contenttype": "text/html", "value": _BODY}], **item}
    [read] = [r for r in parse_json(json.dumps(item), source="wire-item-0410.json") if isinstance(r, Item)]
    return read.article.outlet


def test_a_ninjs_2_items_outlet_is_its_originator() -> None:
    sources = [{"name": "Nordic Relay", "role": "distributor"}, {"name": "Skerra Press Agency", "role": "originator"}]
    assert _outlet({"infosources": sources}) == "Skerra Press Agency"
    assert _outlet({"infosources": [{"name": "Skerra Press Agency"}]}) == "Skerra Press Agency"


def test_a_ninjs_items_copyright_holder_is_its_outlet_where_no_source_is_named() -> None:
    assert _outlet({"copyrightholder": "Skerra Press Agency", "usageterms": "Subscribers only."}) == "Skerra Press Agency"
