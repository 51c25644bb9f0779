"""Masking buyers' personal data for the screen and for exports.

Names, phones, e-mails and addresses are shown masked unless the owner unmasks them:
张三 -> 张*, 张小三 -> 张*三, 13812341234 -> 138****1234, anna@example.com -> a***@example.com,
an address keeps its province and city. A buyer ID that is an e-mail or a phone
(Shopify's 'email:anna@example.com', 'phone:+8613812341234') is masked as one.
"""

from __future__ import annotations

import re

PERSONAL_COLUMNS = {"name": "name", "buyer_name": "name", "phone": "phone",
                    "email": "email", "address": "address"}


def mask_name(name: str | None) -> str | None:
    if not name:
        return name
    name = name.strip()
    if re.search(r"[\u4e00-\u9fff]", name):
        if len(name) <= 2:
            return name[0] + "*"
        return name[0] + "*" * (len(name) - 2) + name[-1]
    return " ".join(word[0] + "*" * (len(word) - 1) for word in name.split())


def mask_phone(phone: str | None) -> str | None:
    if not phone:
        return phone
    digits = phone.strip()
    if len(digits) >= 8:
        return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
    return "*" * max(len(digits) - 2, 0) + digits[-2:]


def mask_email(email: str | None) -> str | None:
    if not email or "@" not in email:
        return mask_name(email)
    user, _, domain = email.strip().partition("@")
    return f"{user[:1]}***@{domain}"


def mask_address(address: str | None) -> str | None:
    """Keep '省 市' (the first two parts), mask the rest."""
    if not address:
        return address
    parts = address.split()
    return " ".join([*parts[:2], "****"]) if len(parts) > 2 else "****"


def mask_buyer_id(buyer_id: str | None) -> str | None:
    """'email:anna@example.com' -> 'email:a***@example.com', 'phone:…' likewise, an ID
    that is an e-mail address masked as one; other IDs (nicknames, numbers) as they are."""
    if not buyer_id:
        return buyer_id
    kind, sep, rest = buyer_id.partition(":")
    if sep and kind == "email":
        return f"email:{mask_email(rest)}"
    if sep and kind == "phone":
        return f"phone:{mask_phone(rest)}"
    if "@" in buyer_id:
        return mask_email(buyer_id)
    return buyer_id


MASKERS = {"name": mask_name, "phone": mask_phone, "email": mask_email,
           "address": mask_address, "buyer_id": mask_buyer_id}


def mask_value(kind: str, value: str | None) -> str | None:
    return MASKERS[kind](value)
