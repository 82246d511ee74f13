"""The base steps of the demo: units, members, accounts, the 2025 merger (imported for registration)."""

from tuyengiao.demo import accounts, members, merger, units  # noqa: F401
