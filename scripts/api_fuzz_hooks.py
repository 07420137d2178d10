"""Rules between fields that JSON Schema cannot state, for scripts/api-fuzz.sh.

The OpenAPI document states them in words (and the API answers 422 naming the field when one
is broken); these filters keep the fuzzer's *valid* requests within them, so that a request it
generates as valid really is. Invalid (negative) requests are left alone.
"""

from datetime import datetime, timezone

import schemathesis
from hypothesis.internal import filtering as _filtering
from hypothesis.internal import lambda_sources as _lambda_sources
from schemathesis import GenerationMode


def _guard_lambda_description(describe):
    """CPython 3.11.7 can raise `SystemError: AST constructor recursion depth mismatch` from
    `ast.parse` deep in a stack (fixed in later releases); Hypothesis parses source only to
    print a lambda in a strategy's repr, so a description it cannot make must not end the run."""

    def described(f):
        try:
            return describe(f)
        except SystemError:
            return "lambda: <unknown>"

    return described


_lambda_sources.lambda_description = _guard_lambda_description(_lambda_sources.lambda_description)
_filtering.lambda_description = _lambda_sources.lambda_description


def _positive(case):
    return case.meta is None or case.meta.generation.mode == GenerationMode.POSITIVE


def _in_order(body, first, last, strict=False):
    a, b = body.get(first), body.get(last)
    if not a or not b or not isinstance(a, str) or not isinstance(b, str):
        return True
    return a < b if strict else a <= b


def _event_ok(body):
    if not _in_order(body, "start_date", "end_date"):
        return False
    start, end = body.get("start_date"), body.get("end_date")
    if isinstance(start, str) and isinstance(end, str) and len(start) == len(end) == 10:
        days = (datetime.fromisoformat(end) - datetime.fromisoformat(start)).days
        if days > 366:
            return False
    elif isinstance(start, str) and isinstance(end, str) and len(start) == len(end) == 7:
        # From the first day of its first month to the last of its last: twelve months or
        # more make an event longer than 366 days.
        months = (int(end[:4]) - int(start[:4])) * 12 + int(end[5:7]) - int(start[5:7])
        if months > 11:
            return False
    return _in_order(body, "registration_opens", "registration_closes", strict=True)


def _scan_ok(body):
    at = body.get("scanned_at")
    if isinstance(at, str) and at:
        try:
            return datetime.fromisoformat(at.replace("Z", "+00:00")) <= datetime.now(timezone.utc)
        except ValueError:
            return True
    return True


def _times_ok(body):
    # `HH:MM` and `HH:MM:SS` compared as times, not as text.
    start, end = body.get("start_time"), body.get("end_time")
    if isinstance(start, str) and isinstance(end, str) and start and end:
        return (start + ":00")[:8] < (end + ":00")[:8]
    return True


RULES = {
    "EventPayload": _event_ok,
    "SessionPayload": _times_ok,
    "ContributionForm": lambda b: _in_order(b, "pledged_on", "received_on") and _in_order(b, "period_start", "period_end"),
}


def _extend_ok(body):
    # An invitation is extended to a day that has not ended yet anywhere (the document says so).
    day = body.get("expires_on")
    if isinstance(day, str) and len(day) == 10:
        try:
            return datetime.fromisoformat(day).date() > datetime.now(timezone.utc).date()
        except ValueError:
            return True
    return True


@schemathesis.hook
def filter_case(context, case):
    if not _positive(case):
        return True
    path, method = case.operation.path, case.method.upper()
    if path == "/api/v1/reports" and isinstance(case.query, dict):
        return _in_order(case.query, "from", "to")
    if not isinstance(case.body, dict):
        return True
    if path in ("/api/v1/events", "/api/v1/events/{id}") and method in ("POST", "PUT"):
        return RULES["EventPayload"](case.body)
    if path.startswith("/api/v1/events/{id}/sessions") and method in ("POST", "PUT"):
        return RULES["SessionPayload"](case.body)
    if "/contributions" in path and method in ("POST", "PUT"):
        return RULES["ContributionForm"](case.body)
    if path.endswith("/extend") and method == "POST":
        return _extend_ok(case.body)
    if path.startswith("/api/v1/events/{id}/checkin/"):
        return _scan_ok(case.body)
    return True


@schemathesis.serializer("application/pdf")
def _pdf(ctx, value):
    """A language version's raw PDF body: generated text or bytes, sent as bytes."""
    if isinstance(value, bytes):
        return value
    return str(value).encode("utf-8")
