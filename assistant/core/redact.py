"""One redaction function for every message the program prints, logs or stores: secrets never leave.

It removes the secret values the program knows (API keys from settings and the environment, of any
shape), credentials inside URLs, bearer and basic tokens, ``key=...`` pairs, and the shapes of
common provider keys. A server that echoes the key in an error message is therefore harmless.
"""

from __future__ import annotations

import logging
import os
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

MASK = "***"
_SECRET_ENV = re.compile(r"(?:^|_)(?:API_?KEY|KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS)$", re.I)
_MIN_SECRET = 6
_registered: set[str] = set()

_URL_USERINFO = re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/\s@'\"<>]+@")
_QUERY_SECRET = re.compile(
    r"([?&;](?:api[_-]?key|apikey|key|token|access[_-]?token|auth|password|passwd|secret|sig|signature|"
    r"client[_-]?secret|code)=)[^&\s#'\"<>]+",
    re.I,
)
_AUTH_HEADER = re.compile(r"\b(Bearer|Basic|Token|Digest)\s+[A-Za-z0-9._~+/=-]{6,}", re.I)
_KEY_VALUE = re.compile(
    r"((?:api[_-]?key|apikey|x-api-key|authorization|password|passwd|secret|client[_-]?secret|"
    r"access[_-]?token|refresh[_-]?token|token)[\"']?\s*[:=]\s*[\"']?)(?!\*\*\*)[^\s\"',;}&]{4,}",
    re.I,
)
_KEY_SHAPES = re.compile(
    r"\b(?:sk|pk|rk)-(?:proj-|ant-|live-|test-)?[A-Za-z0-9_-]{12,}"
    r"|\bAKIA[0-9A-Z]{16}\b"
    r"|\bgh[pousr]_[A-Za-z0-9]{20,}"
    r"|\bgithub_pat_[A-Za-z0-9_]{20,}"
    r"|\bxox[abprs]-[A-Za-z0-9-]{10,}"
    r"|\bAIza[0-9A-Za-z_-]{30,}"
    r"|\bhf_[A-Za-z0-9]{20,}"
    r"|\bgsk_[A-Za-z0-9]{20,}"
    r"|\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"
)


def register_secret(value: str | None) -> None:
    """Remember a secret value (an API key read from settings) so that it is always masked."""
    if value and len(value) >= _MIN_SECRET:
        _registered.add(value)


def known_secrets() -> list[str]:
    """Secret values to mask: registered ones and those in secret-named environment variables."""
    values = set(_registered)
    for name, value in os.environ.items():
        if _SECRET_ENV.search(name) and len(value) >= _MIN_SECRET:
            values.add(value)
    return sorted(values, key=len, reverse=True)


def redact(text: str) -> str:
    """``text`` with every secret masked as ``***`` (safe to print, log or store)."""
    if not text:
        return text
    for secret in known_secrets():
        if secret in text:
            text = text.replace(secret, MASK)
    text = _URL_USERINFO.sub(lambda m: m.group(1) + MASK + "@", text)
    text = _QUERY_SECRET.sub(lambda m: m.group(1) + MASK, text)
    text = _AUTH_HEADER.sub(lambda m: m.group(1) + " " + MASK, text)
    text = _KEY_VALUE.sub(lambda m: m.group(1) + MASK, text)
    return _KEY_SHAPES.sub(MASK, text)


def strip_credentials(url: str | None) -> str | None:
    """A URL to store or show: without user and password, and without secret query parameters."""
    if not url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return redact(url)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _QUERY_SECRET.match(f"?{k}=x")
        ]
    )
    return redact(urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment)))


class RedactingFilter(logging.Filter):
    """Masks secrets in a log record's message and traceback before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the raw message, still redacted
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


_factory_installed = False


def install_log_redaction() -> None:
    """Redact every log record this process creates, whichever handler prints or stores it."""
    global _factory_installed
    if _factory_installed:
        return
    previous = logging.getLogRecordFactory()
    redacting = RedactingFilter()

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = previous(*args, **kwargs)  # type: ignore[arg-type]
        redacting.filter(record)
        return record

    logging.setLogRecordFactory(factory)
    _factory_installed = True
