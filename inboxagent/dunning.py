"""Plans the messages the agent starts itself (reminders and follow-ups) and holds them behind the guards.

Pure: plain records in, a list of Planned messages out. Per customer, one message per
stage lists every open invoice at that stage; follow-ups (a broken promise, a request
for remittance details) come first. Guards that no rule file can switch off:

- only addresses on file for the customer, never one that opted out or bounced: reminders go
  To its collections contacts (else its invoice addresses), copied to its cc contacts;
- an autopay customer gets no reminder before (or on) an invoice's due date;
- at most `max_per_week` automated messages per customer in any 7 days, and one a day;
- never in the customer's quiet hours, nor (unless allowed) at weekends, in their own
  time zone (from the offset of their last Date header, else the configured one);
- nothing while the customer is out of office (until the day after their return).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone, tzinfo

from .cadence import CadenceRules, Stage, stage_for, stage_rank
from .records import Account, Contact, Customer, Invoice

SITUATION_ORDER = {"broken_promise": 0, "remittance_request": 1, "reminder": 2}
TONE_ORDER = {"final": 0, "firm": 1, "neutral": 2, "friendly": 3}


@dataclass(frozen=True)
class Planned:
    customer: str
    situation: str  # reminder | broken_promise | remittance_request
    stage: str  # the cadence stage of a reminder; the situation otherwise
    tone: str
    template: str
    invoices: tuple[str, ...]
    to: tuple[str, ...]
    not_before: datetime  # the moment the guards let it go
    cc: tuple[str, ...] = ()
    held_by: str = ""  # why it waits ("" when it may go now); "no contact" never goes by itself
    key: str = ""  # stable identity: the same message is never written twice

    @property
    def ready(self) -> bool:
        return self.held_by == ""


def message_key(customer: str, situation: str, stage: str, invoices: Sequence[str], marker: str = "") -> str:
    raw = "\n".join([customer, situation, stage, ",".join(sorted(invoices)), marker])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def customer_zone(contacts: Sequence[Contact], fallback: tzinfo) -> tzinfo:
    """The customer's time zone: the UTC offset of their latest mail, else the configured zone."""
    for contact in contacts:
        if contact.utc_offset_minutes is not None:
            return timezone(timedelta(minutes=contact.utc_offset_minutes))
    return fallback


def next_allowed(moment: datetime, zone: tzinfo, cadence: CadenceRules) -> datetime:
    """The first moment at or after `moment` outside quiet hours (and weekends) in `zone`."""
    local = moment.astimezone(zone)
    for _ in range(10):
        start, end = cadence.quiet_start, cadence.quiet_end
        t = local.timetz().replace(tzinfo=None)
        quiet = (start <= t or t < end) if start > end else (start <= t < end)
        if quiet:
            day = local.date() + (timedelta(days=1) if start > end and t >= start else timedelta(0))
            local = datetime.combine(day, end, tzinfo=zone)
            continue
        if not cadence.weekends and local.weekday() >= 5:
            local = datetime.combine(local.date() + timedelta(days=7 - local.weekday()), end, tzinfo=zone)
            continue
        break
    return local.astimezone(moment.tzinfo or timezone.utc)


def plan(now: datetime, invoices: Sequence[Invoice], accounts: Mapping[str, Account],
         customers: Mapping[str, Customer], contacts: Mapping[str, Contact],
         recent: Mapping[str, Sequence[datetime]], cadence: CadenceRules, fallback_zone: tzinfo) -> list[Planned]:
    """Every message due now or held back by a guard, most urgent first.

    `recent` maps a customer to the moments of the automated messages it got lately.
    """
    if not cadence.enabled:
        return []
    today = now.date()
    groups: dict[tuple[str, str, str], list[Invoice]] = defaultdict(list)
    stage_of: dict[tuple[str, str, str], Stage] = {}
    tones: dict[tuple[str, str, str], str] = {}
    for inv in invoices:
        if not inv.is_open:
            continue
        account = accounts.get(inv.number) or Account(inv.number)
        if account.pending:
            key = (inv.customer, account.pending, account.pending)
            groups[key].append(inv)
            tones[key] = min(tones.get(key, account.tone), account.tone, key=lambda t: TONE_ORDER.get(t, 3))
            continue
        if account.hold:
            continue
        customer = customers.get(inv.customer)
        if customer is not None and customer.autopay and today <= inv.due:
            continue  # their direct debit collects it on the due date
        stages = cadence.stages_of(inv.customer, customer.name if customer else "")
        stage = stage_for(stages, inv.due, today)
        if stage is None or stage_rank(stages, stage.name) <= stage_rank(stages, account.stage):
            continue
        key = (inv.customer, "reminder", stage.name)
        groups[key].append(inv)
        stage_of[key] = stage
        tones[key] = stage.tone

    by_customer: dict[str, list[Planned]] = defaultdict(list)
    for (cust, situation, stage_name), items in groups.items():
        stage = stage_of.get((cust, situation, stage_name))
        tone = tones[(cust, situation, stage_name)]
        template = stage.template if stage else f"{situation}/{tone}.txt"
        numbers = tuple(sorted(i.number for i in items))
        # A follow-up is about one lapse (the day its hold ran out); a reminder about one stage.
        marker = ",".join(str(a.pending_since) for a in (accounts.get(n) for n in numbers) if a)
        by_customer[cust].append(Planned(
            customer=cust, situation=situation, stage=stage_name, tone=tone, template=template,
            invoices=numbers, to=(), not_before=now,
            key=message_key(cust, situation, stage_name, numbers, marker if situation != "reminder" else ""),
        ))

    out: list[Planned] = []
    for cust, planned in by_customer.items():
        planned.sort(key=lambda p: (SITUATION_ORDER.get(p.situation, 9), TONE_ORDER.get(p.tone, 9)))
        customer = customers.get(cust)
        on_file = [contacts.get(a) or Contact(a, cust) for a in (customer.reminder_to if customer else ())]
        usable = [c for c in on_file if not c.opted_out and not c.undeliverable]
        if on_file and not usable and not any(c.opted_out for c in on_file) and customer is not None \
                and customer.addresses("collections"):
            # Every collections contact bounced (none asked us to stop): the invoice address is still on file.
            fallback = [contacts.get(a) or Contact(a, cust) for a in customer.addresses("invoice")]
            usable = [c for c in fallback if not c.opted_out and not c.undeliverable]
        copied = tuple(a for a in (customer.addresses("cc") if customer else ())
                       if not (contacts.get(a) and (contacts[a].opted_out or contacts[a].undeliverable))
                       and a not in {c.address for c in usable})
        zone = customer_zone(usable or on_file, fallback_zone)
        sent = sorted(m for m in recent.get(cust, ()) if m > now - timedelta(days=7))
        for n, p in enumerate(planned):
            to = tuple(c.address for c in usable)
            held, when = "", now
            if not to:
                held = "no contact: every address on file opted out or bounced" if on_file else "no contact on file"
            else:
                away = max((c.away_until for c in usable if c.away_until and c.away_until >= today), default=None)
                if away is not None and all(c.away_until and c.away_until >= today for c in usable):
                    held, when = f"out of office until {away.isoformat()}", datetime.combine(
                        away + timedelta(days=1), cadence.quiet_end, tzinfo=zone)
                window = sent + [now] * n  # the messages planned before this one go first
                if cadence.max_per_week == 0 and not held:
                    held, when = "automated messages are off (max_per_week = 0)", now + timedelta(days=7)
                elif len(window) >= cadence.max_per_week and not held:
                    oldest = sorted(window)[len(window) - cadence.max_per_week]
                    held, when = f"at most {cadence.max_per_week} automated messages in 7 days", oldest + timedelta(days=7)
                elif any(m.astimezone(zone).date() == now.astimezone(zone).date() for m in window) and not held:
                    held, when = "one automated message a day", datetime.combine(
                        now.astimezone(zone).date() + timedelta(days=1), cadence.quiet_end, tzinfo=zone)
                allowed = next_allowed(when, zone, cadence)
                if not held and allowed > now:
                    local = now.astimezone(zone)
                    held = "weekend" if not cadence.weekends and local.weekday() >= 5 else "quiet hours"
                when = max(when, allowed)
            out.append(replace(p, to=to, cc=copied if to else (), not_before=when, held_by=held))
    out.sort(key=lambda p: (p.not_before, SITUATION_ORDER.get(p.situation, 9), p.customer))
    return out


def ready(planned: Sequence[Planned]) -> list[Planned]:
    return [p for p in planned if p.ready]

