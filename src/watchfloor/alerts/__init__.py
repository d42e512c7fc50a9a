"""Alerts on saved searches: evaluated after every ingest and watch round against what is new,
each hit recorded once in the store and delivered once to each of the alert's channels.

    from watchfloor.alerts import check_alerts
    store.add_alert("rus-arrests", "events", {"type": ["ARREST"], "nationality": "RUS"},
                    deliver=["jsonl:/srv/alerts.jsonl"])
    check_alerts(store)  # what `watchfloor ingest` and `watchfloor watch` do after storing
"""

from watchfloor.alerts.channels import (
    DeliveryError,
    WebhookSettings,
    body,
    describe,
    parse_channel,
    summary,
)
from watchfloor.alerts.run import AlertRun, check_alerts, deliver_pending

__all__ = [
    "AlertRun",
    "DeliveryError",
    "WebhookSettings",
    "body",
    "check_alerts",
    "deliver_pending",
    "describe",
    "parse_channel",
    "summary",
]
