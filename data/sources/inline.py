"""Hand-written labelled debtor replies, slice "inline".

Flavour: structure. Messages whose new text is not simply on top of a quoted reminder:
inline answers typed between our quoted lines, "see my comments below in caps",
bottom-posted replies, forwards with a one-line comment on top (to us, or to a colleague
with us in Cc), quoted histories that contain the debtor's OWN earlier promise or dispute
while the new text says something different (labelled by the new text only), threads
quoted several levels deep (">>>", ">>", ">"), attachment-only replies with a one-word
body, replies whose subject carries the meaning, HTML-only replies with the quote in a
blockquote, and signatures or legal disclaimers longer than the message itself.

Quoted history is mostly written directly into the body b (with ">" lines, Outlook
header blocks or forwarded-message headers typed by hand); q=... is used only for some
ordinary top-posted replies. Amounts that appear only in OUR quoted lines are not the
debtor's statement, so amount stays null unless the debtor states it in new text.

Every message body and every quoted line below was written by hand as literal data;
kit.py only packages them (see its docstring for the fields of M).

Run:  .venv/bin/python data/sources/inline.py -v
Writes data/labelled/inline/inline-NNN.eml and data/labelled/inline/labels.jsonl
"""

from __future__ import annotations

import sys

from kit import M, main

# ==========================================================================
# DATA
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2026-03-12", fr="Tayo Adeyemi <tayo.adeyemi@brookvalepark.example>", s="Re: INV-48810 - payment status", cr="ks",
  b="""Hi Fran,

Replies below.

On Tue, 10 Mar 2026 at 11:02, Kestrel Facilities Services <ar@kestrel-fs.example> wrote:
> Dear Mr Adeyemi,
>
> Our records show invoice INV-48810 (February window cleaning and washroom
> services) remains unpaid.
>
> Could you confirm when payment will be made?

Friday - it's been approved.

> If there is any issue with the invoice, please let us know so we can
> resolve it.

No issues.

> Kind regards,
> Fran Okoye
> Accounts Receivable, Kestrel Facilities Services

Tayo Adeyemi
Facilities Manager, Brookvale Business Park""",
  i="P", pd=("wd", "fri"), n="inline: 'Friday' typed under our 'when will payment be made' line")

M(d="2025-05-20", fr="Lee Carver <lee@carver-kitchens.example>", s="RE: Statement of account - overdue items",
  b="""Hi Sharon - see my comments below in CAPS.

Lee

-----Original Message-----
From: Northwind Supplies Ltd [mailto:accounts@northwind-supplies.example]
Sent: 15 May 2025 09:31
To: Lee Carver
Subject: Statement of account - overdue items

Dear Lee,

Please see below the items currently overdue on your account:

INV-31904  02/04/2025  £1,240.00   IN THIS THURSDAY'S PAYMENT RUN
INV-32011  09/04/2025  £318.60     SAME - BOTH GOING TOGETHER

Total overdue: £1,558.60

Could you let us know when these will be settled?   SEE ABOVE. THURSDAY.

Kind regards,
Sharon Blake
Accounts Receivable""",
  i="P", pd=("wd", "thu"), n="HARD: caps comments written next to our statement lines; amounts only in our lines -> null")

M(d="2025-09-16", fr="Tom Beddoes <tom@beddoes-signs.example>", s="Re: INV-37215", cr="hl",
  b="""On Mon, 15 Sep 2025 at 14:20, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
> Hi Tom,
>
> Just checking in on INV-37215 (the A1 exhibition posters). It's now a
> fortnight past due. Any idea when we might see it?
>
> Thanks,
> Nadia

You'll have it by the weekend Nadia, just waiting on one of our own customers to cough up. Sorry it's dragged.

Tom""",
  i="P", pd=("eow",), n="bottom-posted; 'by the weekend' on a Tuesday -> Friday this week")

M(d="2026-01-27", fr="Dev Mistry <dev@mistrysnacks.example>", to="Sharon Pike <sharon@mistrysnacks.example>",
  hdr={"Cc": "Greenfold Packaging <accounts@greenfold-pack.example>"}, cr="gf", s="Fwd: Overdue reminder - INV-45630",
  b="""Sharon, please pay this one today - it's the box supplier and I don't want the March order held up. I've copied them in so they know it's in hand.

Thanks
Dev

---------- Forwarded message ---------
From: Greenfold Packaging <accounts@greenfold-pack.example>
Date: Mon, 26 Jan 2026 at 10:05
Subject: Overdue reminder - INV-45630
To: Dev Mistry <dev@mistrysnacks.example>

Hi Dev,

INV-45630 for £2,985.40 (printed snack boxes, 12 pallets) is now 21 days overdue. Please could you arrange payment or let us know if there's a problem.

Kind regards,
Greenfold Packaging
Accounts""",
  i="P", pd=("today",), n="forward to own colleague with instruction to pay today, creditor in Cc")

M(d="2025-11-05", fr="Hannah Lowe <hannah@lowe-interiors.example>", s="Re: INV-40318 - damaged cartons",
  b="""Thanks Priya, credit note received and it all reconciles now. The balance of £1,062.00 is going out with Tuesday's BACS.

Regards
Hannah

On Mon, 3 Nov 2025 at 16:48, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Hannah,
>
> Apologies for the error. Please find attached credit note CN-2207 for the
> two damaged cartons. That leaves £1,062.00 to pay on INV-40318.
>
> Kind regards,
> Priya
>
> On Thu, 30 Oct 2025 at 09:12, Hannah Lowe <hannah@lowe-interiors.example> wrote:
>> Priya, we won't be paying INV-40318 until the two cartons that arrived
>> crushed are credited. Photos were sent to your driver on the day.
>>
>> Hannah""",
  i="P", pd=("wd", "tue"), a="1062.00 GBP", n="HARD: her own earlier refusal is quoted two levels down; new text is a promise")

M(d="2026-06-18", fr="Luis Ferreira <luis@casaferreira-vinhos.example>", s="Re: Invoice #30512", cr="bp",
  b="""Good news, Marta - Jorge has finally signed it off. Money's coming end of month with the rest of our supplier payments.

Luis

On 16 Jun 2026, at 10:30, Bright Pixel Studio <hello@brightpixel.example> wrote:
> Hi Luis, any update on this? It's now six weeks overdue.
>
> Marta
>
>> On 9 Jun 2026, at 17:02, Luis Ferreira <luis@casaferreira-vinhos.example> wrote:
>>
>> Hi Marta, I need my director to approve anything over 2.000 euros. I'll
>> chase him this week.
>>
>>> On 8 Jun 2026, at 09:15, Bright Pixel Studio <hello@brightpixel.example> wrote:
>>>
>>> Hello Luis,
>>>
>>> Invoice #30512 (label design and the brand guidelines) is overdue.
>>> Could you let us know when to expect payment?
>>>
>>> Thanks, Marta""",
  i="P", pd=("eom",), n="three-level thread; new text 'money's coming end of month'")

M(d="2025-10-07", fr="Mark Osei <mark.osei@osei-property.example>", s="Re: INV-40112 - will be paid on the 14th", cr="ks",
  b="""As per subject line.

Mark""",
  q=("gm", 1, """Dear Mark,

INV-40112 (communal area cleaning, September) is now overdue. Please let us know when we can expect payment.

Kind regards,
Accounts Receivable
Kestrel Facilities Services"""),
  i="P", pd=("dom", 14), n="HARD: the promise is in the subject; body only 'as per subject line'")

M(d="2025-02-19", fr="Carla Jimenez <cjimenez@sunbeltdental.example>", s="RE: Past due notice - INV-23377", cr="mo", fmt="html",
  b="""Hi Dana,

Apologies for the radio silence. I approved this in our system this morning and AP will release the funds next Wednesday.

Carla Jimenez
Office Manager, Sunbelt Dental Group

From: Meridian Office Solutions Inc. <billing@meridian-office.example>
Sent: Tuesday, February 18, 2025 2:10 PM
> Hi Carla, INV-23377 for the copier service contract is now 30 days past due. Could you give us an update?
> Dana, Billing""",
  html="""<div>Hi Dana,</div><div><br></div><div>Apologies for the radio silence. I approved this in our system this morning and AP will release the funds next Wednesday.</div><div><br></div><div>Carla Jimenez<br>Office Manager, Sunbelt Dental Group</div><br><div style="border-top:1px solid #e1e1e1;padding-top:3pt"><b>From:</b> Meridian Office Solutions Inc. &lt;billing@meridian-office.example&gt;<br><b>Sent:</b> Tuesday, February 18, 2025 2:10 PM</div><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex"><div>Hi Carla, INV-23377 for the copier service contract is now 30 days past due. Could you give us an update?</div><div>Dana, Billing</div></blockquote>""",
  i="P", pd=("wd", "wed"), n="HTML-only with blockquote; 'next Wednesday' sent on a Wednesday -> +7")

M(d="2026-09-29", fr="Elena Marsh <e.marsh@marsh-halden-solicitors.example>", s="RE: INV-80764 overdue",
  b="""Will be settled on the 5th.

Elena Marsh
Office Manager
Marsh Halden LLP
1 Quayside Chambers, Newcastle upon Tyne NE1 3DX
T: 0191 496 0731

This email and any attachments are confidential and may be legally privileged. They are intended solely for the use of the addressee. If you are not the intended recipient, you must not read, copy, disclose, distribute or take any action in reliance on this email; please notify the sender immediately by reply and then delete it from your system. Marsh Halden LLP is a limited liability partnership registered in England and Wales (OC400123) and is authorised and regulated by the Solicitors Regulation Authority (SRA number 612345). A list of members is available at our registered office. We do not accept service of documents by email. Beware of cyber fraud: we will never notify you of a change to our bank details by email. Please telephone us on a known number before sending any funds to us. Email is not a secure medium and we accept no liability for any virus or interception.""",
  q=("ol", 2, """Dear Elena,

INV-80764 (stationery and archive boxes) is now overdue. Could you let us know when we can expect payment?

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 5), n="HARD: five-word promise under a disclaimer twenty times longer")

M(d="2026-04-22", fr="Nathan Greer <nathan@greerlandscapes.example>", s="Re: INV-52207 overdue",
  b="""Scheduled.""",
  att=["scheduled_payment.png"],
  q=("gm", 2, """Hi Nathan,

INV-52207 for the turf and topsoil delivery is now overdue. Could you let us know when it will be paid?

Thanks,
Northwind Supplies Ltd"""),
  i="P", n="HARD: one-word body + screenshot attachment; scheduled payment with no date stated -> pd null")

M(d="2025-07-09", fr="Roberto Vance <rvance@cobaltdental.example>", s="RE: Past due: INV-34420, INV-34466", cr="mo",
  b="""Hi Dana, answers inline below, marked [RV].

From: Meridian Office Solutions Inc. <billing@meridian-office.example>
Sent: Monday, July 7, 2025 3:12 PM
To: Roberto Vance <rvance@cobaltdental.example>
Subject: Past due: INV-34420, INV-34466

Hi Roberto,

We show two invoices past due on your account:

INV-34420 - copier lease, June
INV-34466 - toner

1) Were both invoices received?
[RV] Yes, both are in our system.

2) Is a PO required?
[RV] Not for the lease. The toner was under PO 88123, which is already on your invoice.

3) When can we expect payment?
[RV] Both are on our check run for the 15th, $2,192.75 total.

Thanks,
Dana Whitfield
Billing Specialist""",
  i="P", pd=("dom", 15), a="2192.75 USD", n="Outlook inline answers tagged [RV] between our numbered questions")

M(d="2025-03-14", fr="Bryony Kemp <bryony@kempandco-events.example>", s="RE: INV-26078 - still outstanding", cr="hl", fmt="alt",
  b="""Hi Nadia, I've asked Karen in our accounts to get this paid before she finishes today - she's in until 4. Sorry it slipped through.

Bryony""",
  q=("ol", 3, """Hi Bryony,

Just following up on INV-26078 for the event programmes and lanyards. It's now three weeks overdue.

Thanks,
Nadia
Harbour Lane Print Co"""),
  i="P", pd=("today",), n="delegated payment 'before she finishes today'")

M(d="2026-04-14", fr="Craig Dunlop <craig@dunlop-scaffolding.example>", s="Re: INV-52018",
  b="""Morning,

On Mon, 13 Apr 2026 at 15:30, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Craig,
>
> Are you able to clear the full £2,400.00 on INV-52018 by Friday?

Not all of it. £1,200 goes Friday and the balance on the 30th - that's fixed, not a request.

> Otherwise please let us know what you can do.

See above.

Craig""",
  i="P", pd=("wd", "fri"), a="1200.00 GBP", n="HARD: inline answer; split stated as fixed (not asking) -> promise, first payment £1,200 Friday")

M(d="2025-01-13", fr="Ellie Marsh <ellie@marshcommunityarts.example>", s="Re: INV-10286 - payment plan?", cr="gf",
  b="""Scrap my last email - the grant money landed sooner than I expected, so no need for the plan after all. Full £3,480 going over to you this Thursday.

Ellie

On Fri, 10 Jan 2025 at 16:22, Ellie Marsh <ellie@marshcommunityarts.example> wrote:
> Hi Greenfold team,
>
> Would it be possible to pay INV-10286 in three monthly chunks, starting in
> February? Our funding is late this year.
>
> Thanks, Ellie""",
  i="P", pd=("wd", "thu"), a="3480.00 GBP", n="HARD: her own extension request is quoted; new text withdraws it and promises full payment")

M(d="2026-08-04", fr="Kate Brennan <kate.brennan@oakfieldmedical.example>", to="Jamal Idris <jamal.idris@oakfieldmedical.example>",
  hdr={"Cc": "ar@kestrel-fs.example"}, cr="ks", s="FW: INV-63318 - overdue",
  b="""Jamal - pls add this to Thursday's run. Kestrel cc'd so they stop chasing.

K

From: Kestrel Facilities Services <ar@kestrel-fs.example>
Sent: Monday, August 3, 2026 10:41 AM
To: Kate Brennan <kate.brennan@oakfieldmedical.example>
Subject: INV-63318 - overdue

Dear Kate,

INV-63318 for £4,106.25 (July cleaning contract, Oakfield Medical Centre) is now overdue. Please could you advise on payment.

Regards,
Accounts Receivable
Kestrel Facilities Services""",
  i="P", pd=("wd", "thu"), n="forward to AP colleague 'add to Thursday's run', creditor cc'd; amount only in forwarded reminder")

M(d="2025-06-28", fr="Gavin Rourke <gavin.rourke@icloud.example>", s="Re: INV-34118",
  b="""> On 27 Jun 2025, at 15:40, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>
> Hi Gav, INV-34118 for the decking oil and brushes is overdue now - can you
> sort it when you get a chance?
>
> Thanks, Northwind

Doing it tonight once the kids are down. G

Sent from my iPhone""",
  i="P", pd=("today",), n="bottom-posted iPhone reply on a Saturday; 'tonight' = today")

M(d="2026-10-20", fr="Abi Fenwick <abi@fenwickflorals.example>", s="Re: INV-84455", cr="hl",
  b="""On Mon, 19 Oct 2026 at 12:08, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
> Hi Abi,
>
> INV-84455 (wedding stationery samples and the price cards) is showing as
> overdue. Is there anything holding this up on your side?

Nope, just month-end chaos and a new bookkeeper finding her feet.

> When can we expect it?

Monday - she's doing all the suppliers in one go.

> Thanks,
> Nadia""",
  i="P", pd=("wd", "mon"), n="inline answers; promise in second answer")

M(d="2025-10-23", fr="Jens Kowalski <jens@kowalski-getraenke.example>", s="AW: Zahlungserinnerung INV-39871", cr="al",
  b="""Guten Tag,

Antworten unten.

Am Mi., 22. Okt. 2025 um 09:14 Uhr schrieb Alpenrose Logistik GmbH <buchhaltung@alpenrose-logistik.example>:
> Die Rechnung INV-39871 ist seit dem 30.09.2025 fällig.
> Bitte teilen Sie uns mit, wann wir mit dem Zahlungseingang rechnen können.

Überweisung geht am Montag raus.

> Sollte es Unklarheiten geben, melden Sie sich bitte.

Keine Unklarheiten.

Mit freundlichen Grüßen
Jens Kowalski
Kowalski Getränke""",
  i="P", pd=("wd", "mon"), n="German inline answers: 'Überweisung geht am Montag raus'")

M(d="2026-05-28", fr="Ray Tolliver <ray@tollivergroup.example>", s="Re: Balance confirmation - INV-57790", cr="mo",
  b="""On Wed, May 27, 2026 at 4:45 PM Meridian Office Solutions Inc. <billing@meridian-office.example> wrote:
> Hi Ray,
>
> Following our call, please confirm the amount you'll be remitting on
> INV-57790 and the expected date.

$3,450.00, which is the whole balance. Going out June 15 by ACH.

> Thank you,
> Dana

Ray Tolliver
Controller | Tolliver Landscape Group""",
  i="P", pd=("md", 6, 15), a="3450.00 USD", n="inline amount + date under our request")

M(d="2025-08-12", t="12:40", fr="Pete Hale <pete@halebrewing.example>", s="Re: INV-35990",
  b="""You're right, sorry Martin. Found it - the payment was sat in "pending approval" in the banking app because I never pressed the last button. Not at the laptop until tomorrow morning but it'll be approved first thing.

Pete

On Tue, 12 Aug 2025 at 09:03, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Morning Pete, we've checked again and nothing has come in from Hale
> Brewing since June. Could you double-check?
>
> Martin
>
> On Mon, 11 Aug 2025 at 18:40, Pete Hale <pete@halebrewing.example> wrote:
>> Thought I paid this last week? Will check.
>>
>>> On Mon, 11 Aug 2025 at 10:15, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>>> INV-35990 (the July keg order) is now overdue.""",
  i="P", pd=("tmrw",), n="HARD: his own earlier 'thought I paid' is quoted; new text admits not paid and promises tomorrow")

M(d="2025-03-04", fr="Suzy Tran <suzy@tranbeauty.example>", s="Re: INV-25560", cr="gf",
  b="""Yes.

Suzy

On Mon, 3 Mar 2025 at 11:40, Greenfold Packaging <accounts@greenfold-pack.example> wrote:
> Hi Suzy,
>
> INV-25560 for the gift boxes is now overdue. Can we expect payment by
> Friday 7 March?
>
> Thanks,
> Greenfold Packaging""",
  i="P", pd=("wd", "fri"), n="HARD: bare 'Yes.' agreeing to the date proposed in our quoted question -> promise Friday 7 March")

M(d="2026-02-24", fr="Olga Brandt <olga@brandt-patisserie.example>", s="Re: Account summary - February", cr="gf", fmt="html",
  b="""Hi Tom, my replies in red below.

Olga

On Mon, 23 Feb 2026 at 09:20, Greenfold Packaging <accounts@greenfold-pack.example> wrote:
> Hi Olga,
> Your account shows INV-47102 (cake boxes, January) as overdue.
> THIS ONE GOES OUT ON THE 27TH WITH OUR FEBRUARY RUN.
> INV-47388 (ribbon and tissue) is not yet due.
> OK, NOTED.
> Thanks, Tom""",
  html="""<div>Hi Tom, my replies in red below.</div><div><br></div><div>Olga</div><br><div class="gmail_quote">On Mon, 23 Feb 2026 at 09:20, Greenfold Packaging &lt;accounts@greenfold-pack.example&gt; wrote:<br></div><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex"><div>Hi Olga,</div><div>Your account shows INV-47102 (cake boxes, January) as overdue.</div><div><span style="color:#cc0000">This one goes out on the 27th with our February run.</span></div><div>INV-47388 (ribbon and tissue) is not yet due.</div><div><span style="color:#cc0000">Ok, noted.</span></div><div>Thanks, Tom</div></blockquote>""",
  i="P", pd=("dom", 27), n="HARD: HTML-only, replies in red INSIDE the blockquote")

M(d="2026-07-15", fr="Imogen Clarke <imogen@clarke-yoga.example>", s="Re: INV-62577 reminder",
  b="""Hi, I'm on holiday in Crete until Sunday and my banking app won't let me log in abroad (long story). First thing Monday I'll pay it, promise.

Imogen

Sent from my iPhone""",
  q=("ios", 2, """Hi Imogen,

INV-62577 for the mats and blocks is now overdue - could you let us know when to expect payment?

Thanks,
Northwind Supplies"""),
  i="P", pd=("wd", "mon"), n="HARD: personal (not automatic) away message that contains a firm promise")

M(d="2026-05-05", fr="Warren Pike <warren.pike@pikehaulage.example>", s="Re: INV-58841 - payment Friday",
  b="""Warren Pike
Transport Manager
Pike Haulage Ltd
Unit 4, Crossways Depot, Dartford DA2 6QG
M: 07700 900 418""",
  q=("gm", 1, """Hi Warren,

INV-58841 (pallet wrap and strapping) is overdue. When can we expect payment?

Thanks,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "fri"), n="HARD: body is only a signature; the promise is in the edited subject")

M(d="2025-11-11", fr="Rachel Ito <rachel.ito@wellsandco-law.example>", s="Fwd: Northwind - INV-41175",
  b="""Hi Priya,

See below from our finance director - you'll be paid in the run on the 25th.

Best
Rachel

---------- Forwarded message ---------
From: Graham Wells <graham.wells@wellsandco-law.example>
Date: Mon, 10 Nov 2025 at 17:55
Subject: RE: Northwind - INV-41175
To: Rachel Ito <rachel.ito@wellsandco-law.example>

Approved. Put it in the 25th run please, not before - cash is tight this month.

G

> From: Rachel Ito
> Sent: 10 November 2025 14:02
> Graham - Northwind are chasing INV-41175 for the office furniture. OK to pay?""",
  i="P", pd=("dom", 25), n="forward of internal approval to us with comment 'you'll be paid in the run on the 25th'")

M(d="2025-04-29", fr="Jo Whitaker <jo@whitaker-vets.example>", s="Re: INV-30231",
  b="""On Mon, 28 Apr 2025 at 10:02, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Jo,
>
> INV-30231 (kennel bedding and disinfectant) is now overdue.
>
> If payment has already been made, please disregard this email.

It hasn't, my fault entirely. Paying now while I think of it.

Jo""",
  i="P", pd=("today",), n="HARD: inline under 'if already paid, disregard': 'it hasn't' then 'paying now'")

M(d="2026-11-10", fr="Colm Devlin <colm@devlinfabrication.example>", s="Re: INV-91120", cr="ks",
  b="""On Mon, 9 Nov 2026 at 16:22, Kestrel Facilities Services <ar@kestrel-fs.example> wrote:
> Hi Colm,
>
> We still haven't received payment for INV-91120 (October site cleaning).
> When will this be paid?

asap - cheques need the director's signature and he's back in tomorrow

> Regards, Kestrel AR

Colm""",
  i="P", n="HARD: 'asap'; tomorrow is when the director is back, not a payment date -> pd null")

M(d="2025-12-18", fr="Linda Okafor <lokafor@prairiehomehealth.example>", s="RE: Statement - INV-44901", cr="mo",
  b="""From: Meridian Office Solutions Inc. <billing@meridian-office.example>
Sent: Wednesday, December 17, 2025 11:05 AM
To: Linda Okafor <lokafor@prairiehomehealth.example>
Subject: Statement - INV-44901

Hi Linda,

Attached is your December statement. INV-44901 (printer fleet maintenance) is past due.

Best,
Dana

----

Dana - a check will be cut in tomorrow's run and mailed the same day.

Linda Okafor
Accounts Payable
Prairie Home Health""",
  i="P", pd=("tmrw",), n="bottom-posted below an Outlook header block; check cut tomorrow")

M(d="2025-07-31", fr="Joel Mensah <joel@mensah-tiles.example>", s="Re: INV-35422 balance",
  b="""On Wed, 30 Jul 2025 at 14:14, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Joel,
>
> Thanks for the part payment. The balance on INV-35422 remains outstanding.

Yep, I sent £400 on Monday as agreed. The other £460 goes out tomorrow, that clears it.

> Could you let us know when to expect it?

Tomorrow.

Joel""",
  i="P", pd=("tmrw",), a="460.00 GBP", n="HARD: part already paid + promise for the rest; promise wins, amount = the £460 promised")

M(d="2026-01-08", fr="Fiona Reid <fiona@reid-optometrists.example>", s="Re: INV-45015",
  b="""Hello,

> Please arrange payment by return.

Will do - done by Monday.

Fiona Reid
Reid Optometrists
22 High Street, Peebles""",
  q=("gm", 1, """Dear Fiona,

Our records show that INV-45015 (contact lens solution and cases) is overdue.

Please arrange payment by return.

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "mon"), n="quotes one line of our reminder above her answer, full reminder quoted below")

M(d="2025-08-30", fr="Harpreet Gill <harpreet@gill-cash-carry.example>", s="Re: Reminder INV-36540",
  b="""Bhai, trust me it's coming - on the 3rd when the Costco refund lands. Nothing wrong with the goods.

Harpreet""",
  q=("gm", 4, """Dear Harpreet,

INV-36540 for the catering foil and takeaway containers remains unpaid. Please let us know when you will be able to pay.

Regards,
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 3), n="Saturday, 'on the 3rd' -> 3 September")

M(d="2026-03-01", fr="Ian Forsyth <ian@forsyth-motors.example>", s="Re: INV-48102 - second reminder",
  b="""Noted. It'll be paid on Wednesday.

Ian

> Ian - as mentioned on the phone, please treat this as urgent.
> Martin

On Fri, 27 Feb 2026 at 16:05, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Ian,
>
> SECOND REMINDER: INV-48102 (workshop consumables) remains unpaid despite our
> reminder of 13 February.
>
> Credit Control""",
  cr="nwc",
  i="P", pd=("wd", "wed"), n="Sunday reply; 'noted' followed by a real promise")

M(d="2025-05-31", fr="Anya Petrov <anya@petrov-translations.example>", s="Re: Invoice INV-31660", cr="bp",
  b="""> Hi Anya, just a gentle nudge on INV-31660 - it's now two weeks overdue.

Sorry! I transfer on Monday, €480, the whole invoice.

> Marta

Anya""",
  i="P", pd=("wd", "mon"), a="480.00 EUR", n="inline, quote has no attribution line; Saturday message")

M(d="2026-09-09", fr="Accounts Payable <ap@harrowgate-hotels.example>", s="RE: INV-79014 / remittance to follow",
  b="""Good afternoon,

Please see below.

________________________________
From: Northwind Supplies Ltd <accounts@northwind-supplies.example>
Sent: Tuesday, September 8, 2026 9:48 AM
To: ap@harrowgate-hotels.example
Subject: INV-79014 overdue

Dear Sir or Madam,

INV-79014 (housekeeping consumables, August) is now 10 days overdue.

>>> AP: Approved 08/09. Scheduled for release Thursday 10/09. Remittance will be emailed on release.

Please could you confirm the payment date.

>>> AP: As above.

Regards,
Northwind Supplies Ltd

Kind regards
Accounts Payable Team
Harrowgate Hotels Group""",
  i="P", pd=("wd", "thu"), n="HARD: AP team annotates inside the unquoted Outlook block with '>>> AP:' markers; release Thursday 10 Sept")

M(d="2025-01-25", fr="Greg Halloran <greg@hallorangardens.example>", s="Re: INV-10880",
  b="""On 24 Jan 2025, at 16:12, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>
> Hi Greg,
>
> We're closing off January - will INV-10880 be paid before the end of the
> month?

yep, before the 31st for sure

Greg""",
  i="P", pd=("eom",), n="bottom-posted; 'before the 31st' in January -> end of month")

# ---------------------------------------------------------------- extension_request
M(d="2026-02-09", fr="Moira Campbell <moira@campbell-knitwear.example>", s="Re: INV-46930",
  b="""On Fri, 6 Feb 2026 at 10:17, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Moira,
>
> INV-46930 (yarn cones and packaging, December) is now overdue.
> Could you confirm when payment will be made?

Honestly, not this month. The Christmas orders were half what we hoped. Could I have until the 27th, when the wholesale account pays me?

> Kind regards,
> Northwind Supplies Ltd

Moira""",
  i="X", pd=("dom", 27), n="inline answer under our question: asks for time until the 27th")

M(d="2025-06-16", fr="Ranjit Sandhu <ranjit@sandhu-autoparts.example>", s="RE: Statement June - overdue",
  b="""My notes in CAPS.

R Sandhu

-----Original Message-----
From: Northwind Supplies Ltd [mailto:accounts@northwind-supplies.example]
Sent: 13 June 2025 08:55
To: Ranjit Sandhu
Subject: Statement June - overdue

Dear Ranjit,

INV-33120   £1,980.00   overdue 34 days    CAN WE DO THIS ONE IN TWO HALVES? HALF NOW, HALF ON THE 30TH
INV-33419   £640.00     overdue 12 days    WILL PAY WITH THE SECOND HALF

Please advise when payment can be expected.

Regards,
Credit Control""",
  cr="nwc",
  i="X", pd=("today",), n="HARD: caps notes inside our statement ask to split; first half 'now' -> today; no amount stated by him")

M(d="2025-10-31", fr="Sophie Lamb <sophie@lambandlark-cafe.example>", s="Re: INV-40077",
  b="""On Thu, 30 Oct 2025 at 15:02, Greenfold Packaging <accounts@greenfold-pack.example> wrote:
> Hi Sophie,
>
> INV-40077 for the compostable cups is now 20 days overdue. Please let us
> know when you'll be able to pay.
>
> Thanks,
> Greenfold Packaging

Hi - could we push it to the end of next month? Takings have been dire since the roadworks closed the high street. I'd rather tell you straight than promise something I can't do.

Sophie""",
  cr="gf",
  i="X", pd=("eonm",), n="bottom-posted on a Friday 31 Oct; 'end of next month' -> 30 November")

M(d="2026-06-05", fr="Keith Barlow <keith@barlow-joinery.example>", s="Fwd: Notice of administration - Westgate Developments Ltd",
  b="""FYI - this is why you haven't been paid. Westgate owed us nearly £40k. Can we have until the 30th on INV-59980 while we sort out our cash flow?

Keith

---------- Forwarded message ---------
From: Insolvency Team <insolvency@carrick-partners.example>
Date: Thu, 4 Jun 2026 at 16:30
Subject: Notice of administration - Westgate Developments Ltd
To: creditors-list@carrick-partners.example

Dear Creditor,

We write to inform you that Westgate Developments Ltd entered administration on 3 June 2026. Joint administrators have been appointed. A statement of affairs will follow in due course. Please submit your claim using the attached proof of debt form.

Carrick Partners LLP""",
  i="X", pd=("dom", 30), n="forward of a third party's administration notice, one-line request for time on top")

M(d="2025-09-12", fr="Dan Ferris <dan@ferris-electrical.example>", s="Re: INV-37640",
  b="""Sorry Martin, Friday isn't going to happen after all - the VAT bill came in a lot higher than the accountant said. Can I have until the 26th? Same amount, just two weeks later.

Dan

On Mon, 8 Sep 2025 at 18:03, Dan Ferris <dan@ferris-electrical.example> wrote:
> Hi Martin, I'll pay INV-37640 on Friday, no problem.
>
> Dan
>
>> On Mon, 8 Sep 2025 at 09:20, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>> Hi Dan, INV-37640 for the cable and fittings is overdue - can you let us
>> know when it'll be paid?""",
  i="X", pd=("dom", 26), n="HARD: his own earlier promise for Friday is quoted; new text withdraws it and asks until the 26th")

M(d="2026-07-21", fr="Paula Nunes <paula@nunes-bakery.example>", s="Re: Instalment plan - INV-60133", cr="gf",
  b="""Hi Tom,

Is there any way we could skip this month's instalment and double up in August? The ovens were out for nine days and we lost a wholesale contract.

Paula

On Tue, 2 Jun 2026 at 11:45, Greenfold Packaging <accounts@greenfold-pack.example> wrote:
> Hi Paula,
>
> Confirming the plan we agreed: INV-60133 to be paid in four monthly
> instalments, on the 25th of each month starting in June.
>
> Thanks,
> Tom
>
> On Mon, 1 Jun 2026 at 17:10, Paula Nunes <paula@nunes-bakery.example> wrote:
>> Thank you so much for agreeing to the instalments, it really helps.
>>
>> Paula""",
  i="X", n="HARD: existing agreed plan quoted; new text asks to skip a month; 'double up in August' has no day -> pd null")

M(d="2025-04-09", fr="Jo Pattinson <jo@pattinson-dance.example>", s="Re: INV-30120 - request: 2 more weeks please", cr="hl",
  b="""see subject - sorry! it's the Easter holidays gap, no class fees coming in.

Jo x""",
  q=("gm", 2, """Hi Jo,

INV-30120 for the show programmes and posters is now overdue. Could you let us know when to expect payment?

Thanks,
Nadia
Harbour Lane Print Co"""),
  i="X", pd=("plus", 14), n="HARD: request for two more weeks sits in the edited subject")

M(d="2025-09-24", fr="Marco Bellini <marco@bellini-arredamenti.example>", s="Re: Invoice #38801 - overdue", cr="bp", fmt="html",
  b="""Dear Marta,

Would it be possible to pay this invoice in three instalments of €1,000, starting on 1 October? The summer was very slow for us.

Thank you for understanding,
Marco Bellini

On 22 Sep 2025, Bright Pixel Studio wrote:
> Dear Marco, invoice #38801 (€3,000.00, catalogue photography) is now 30 days overdue. Could you let us know when we can expect payment?""",
  html="""<p>Dear Marta,</p><p>Would it be possible to pay this invoice in three instalments of &euro;1,000, starting on 1 October? The summer was very slow for us.</p><p>Thank you for understanding,<br>Marco Bellini</p><p>On 22 Sep 2025, Bright Pixel Studio wrote:</p><blockquote type="cite" style="margin:0 0 0 .8ex;border-left:2px solid #1a73e8;padding-left:1ex">Dear Marco, invoice #38801 (&euro;3,000.00, catalogue photography) is now 30 days overdue. Could you let us know when we can expect payment?</blockquote>""",
  i="X", pd=("md", 10, 1), a="1000.00 EUR", n="HTML-only blockquote; instalment plan, first €1,000 on 1 October")

M(d="2026-10-15", fr="Priya Nair <priya.nair@halcyon-logistics.example>", s="RE: INV-84010 - overdue", cr="ks",
  b="""Hi,

Can you give us another 30 days from today on this one? Our year-end audit has frozen supplier payments.

Priya Nair
Finance Business Partner | Halcyon Logistics plc
Halcyon House, 2 Canal Side, Birmingham B1 2JR
Direct: +44 121 496 0088

CONFIDENTIALITY NOTICE: This message, including any attachments, is intended only for the person or entity to which it is addressed and may contain confidential, proprietary or privileged information. Any review, retransmission, dissemination or other use of, or taking of any action in reliance upon, this information by persons or entities other than the intended recipient is prohibited. If you received this in error, please contact the sender and delete the material from any computer. Halcyon Logistics plc is registered in England and Wales under company number 01234567. Registered office as above. Halcyon Logistics plc monitors email communications for security and compliance purposes. Opinions expressed in this email are those of the individual and not necessarily those of the company. Please consider the environment before printing this email.""",
  q=("ol", 3, """Dear Priya,

INV-84010 (quarterly facilities contract) is now overdue. Please advise when payment will be made.

Regards,
Accounts Receivable
Kestrel Facilities Services"""),
  i="X", pd=("plus", 30), n="HARD: one-line request for 30 more days above a much longer confidentiality notice")

M(d="2026-01-19", fr="Alan Whitby <alan@whitbyfarm.example>", s="Re: INV-45508",
  b="""Proposal.""",
  att=["payment_plan_proposal.pdf"],
  q=("gm", 5, """Dear Alan,

Following our call, please send over the payment plan you mentioned for INV-45508 and we will review it.

Kind regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", n="HARD: one-word body + attached payment plan proposal; no date or amount in text")

M(d="2025-05-26", fr="Tanya Reeves <tanya@reeves-hair.example>", s="Re: INV-32240 overdue",
  b="""On Fri, 23 May 2025 at 12:20, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Tanya,
>
> INV-32240 (colour and developer) is overdue. We would be grateful for
> payment by 31 May.

We can't, I'm afraid. I'm two stylists down and June is the earliest realistically.

> Thanks,
> Priya

Tanya""",
  i="X", pd=None, n="inline: can't meet our date, 'June' with no day -> pd null")

M(d="2026-08-12", fr="Jordan Miles <jmiles@summitrealty.example>", s="RE: Past due - INV-65520", cr="mo",
  b="""Dana, my responses below in blue [JM].

From: Meridian Office Solutions Inc. <billing@meridian-office.example>
Sent: Tuesday, August 11, 2026 1:55 PM
To: Jordan Miles <jmiles@summitrealty.example>
Subject: Past due - INV-65520

Hi Jordan,

INV-65520 for the office relocation package is now 15 days past due.

Can you confirm a payment date?
[JM] We'd like to request a bit more time given the size of this one. Could we pay on Aug 31 instead? Our fiscal month closes then.

Is there anything you need from us?
[JM] No, the invoice is fine.

Thanks,
Dana""",
  i="X", pd=("md", 8, 31), n="Outlook inline tagged answers; asks to pay on Aug 31")

M(d="2025-02-28", fr="Lewis Grant <lewis@grant-coffee-roasters.example>", s="Re: INV-23590",
  b="""> Please arrange payment of the outstanding amount at your earliest convenience.

Would you accept it in three? £500 today and then two more at the end of March and April.

Lewis

On Thu, 27 Feb 2025 at 09:40, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Lewis,
>
> INV-23590 (coffee bags, valves and labels) is now overdue.
>
> Please arrange payment of the outstanding amount at your earliest
> convenience.
>
> Regards,
> Northwind Supplies Ltd""",
  i="X", pd=("today",), a="500.00 GBP", n="HARD: asks to split in three; first £500 today -> date today, amount = first instalment")

M(d="2025-12-03", fr="Nadia Okon <nadia@okon-events.example>", s="Re: INV-43361 - damaged banners", cr="hl",
  b="""Thanks for sorting the credit for the torn banners, that was quick. Now the awkward bit - can we have until the end of the month for the rest? December is always slow to get paid by our clients.

Nadia

On Tue, 2 Dec 2025 at 10:11, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
> Hi Nadia,
>
> Credit note CN-0981 is attached for the two torn roller banners. The
> balance on INV-43361 is now due.
>
> Thanks,
> Harbour Lane Print Co
>
> On Mon, 1 Dec 2025 at 16:50, Nadia Okon <nadia@okon-events.example> wrote:
>> Two of the roller banners arrived torn. I'm not paying for those.""",
  i="X", pd=("eom",), n="HARD: her own earlier dispute is quoted and resolved; new text asks for time")

M(d="2026-03-20", t="11:05", fr="Gareth Lloyd <gareth@lloyd-roofing.example>", to="Sian Lloyd <sian@lloyd-roofing.example>",
  hdr={"Cc": "Credit Control - Northwind Supplies <accounts@northwind-supplies.example>"}, cr="nwc", s="FW: Final reminder INV-49801",
  b="""Sian - can you ring Northwind Monday and agree a payment plan? We can't do the full six grand this month. I've cc'd them so they know we're not ignoring it.

G

From: Credit Control - Northwind Supplies <accounts@northwind-supplies.example>
Sent: Friday, March 20, 2026 08:30 AM
To: Gareth Lloyd <gareth@lloyd-roofing.example>
Subject: Final reminder INV-49801

Dear Mr Lloyd,

FINAL REMINDER: INV-49801 for £6,040.00 (slate, battens and lead) remains unpaid. Please pay within 7 days to avoid your account being placed on stop.

Credit Control""",
  i="X", n="HARD: internal forward with us cc'd: 'agree a payment plan, can't do it all this month' -> extension; no date/amount proposed")

M(d="2025-11-19", fr="Heike Vogel <h.vogel@vogel-moebel.example>", s="AW: Zahlungserinnerung INV-42230", cr="al",
  b="""Sehr geehrte Damen und Herren,

siehe unten.

Am Di., 18. Nov. 2025 um 10:05 Uhr schrieb Alpenrose Logistik GmbH <buchhaltung@alpenrose-logistik.example>:
> Die Rechnung INV-42230 (Transport Hamburg-Linz) ist überfällig.
> Wir bitten um Begleichung bis zum 21.11.2025.

Das schaffen wir leider nicht. Können wir die Zahlung auf Ende des Monats verschieben? Unser Großkunde zahlt erst am 28.

Mit freundlichen Grüßen
Heike Vogel
Vogel Möbel GmbH""",
  i="X", pd=("eom",), n="German inline: cannot meet our deadline, asks to move payment to end of month")

M(d="2026-04-30", fr="Simon Achterberg <simon@achterberg-design.example>", s="Re: Payment plan - INV-53310", cr="bp",
  b="""Hi Marta,

Could we move the second instalment from the 15th to the 22nd? The €500 is fine, it's just the date - a client has pushed their payment back a week.

Simon

On 1 Apr 2026, at 14:22, Bright Pixel Studio <hello@brightpixel.example> wrote:
> Hi Simon, that's agreed: €500 on 15 April, €500 on 15 May and €500 on 15 June.
> Marta
>
>> On 31 Mar 2026, at 19:08, Simon Achterberg <simon@achterberg-design.example> wrote:
>> Could I pay INV-53310 in three instalments? I'll pay the first €500 on the 15th for sure.
>>
>>> On 30 Mar 2026, at 09:00, Bright Pixel Studio <hello@brightpixel.example> wrote:
>>> Hello Simon, invoice INV-53310 is now overdue.""",
  i="X", pd=("dom", 22), a="500.00 EUR", n="HARD: three-level thread with an agreed plan; asks to move the next instalment to the 22nd")

M(d="2025-07-18", fr="Craig Munro <craig@munro-plant-hire.example>", s="Re: INV-35009",
  b="""Any chance we could leave it until Monday week? We've got a big hire contract paying out that day.

Craig

Sent from my iPhone""",
  q=("ios", 3, """Hi Craig,

INV-35009 for the hydraulic hoses and fittings is now overdue. Please could you let us know when to expect payment.

Thanks,
Northwind Supplies Ltd"""),
  i="X", pd=("iso", "2025-07-28"), n="HARD: 'Monday week' on Fri 18 Jul = Mon 28 Jul 2025")

M(d="2025-08-23", fr="Becky Shaw <becky.shaw@gmail.example>", s="Re: INV-36112",
  b="""On Fri, 22 Aug 2025 at 11:31, Bright Pixel Studio <hello@brightpixel.example> wrote:
> Hi Becky, a reminder that invoice INV-36112 for the wedding website is now
> overdue. Let me know if there's a problem.

No problem with the site, it's lovely. Any chance of holding off until payday though? That's the 28th.

Becky""",
  cr="bp",
  i="X", pd=("dom", 28), n="bottom-posted; asks to hold off until payday the 28th")

M(d="2026-06-26", fr="Hamid Rezaei <hamid@rezaei-rugs.example>", s="RE: Account statement",
  b="""Hello Priya - comments in capitals below.

-----Original Message-----
From: Northwind Supplies Ltd [mailto:accounts@northwind-supplies.example]
Sent: 24 June 2026 14:40
To: Hamid Rezaei
Subject: Account statement

Dear Hamid,

Your statement shows INV-60712 overdue since 1 June. PLEASE CAN WE HAVE ANOTHER WEEK. STOCK TAKE THIS WEEKEND, MONEY TIED UP.

Please let us know when you will pay. ONE MORE WEEK PLEASE.

Regards,
Priya""",
  i="X", pd=("plus", 7), n="caps comments inside the Outlook block; 'another week' -> +7")

M(d="2026-09-04", fr="Greg Tan <greg@tan-dental-lab.example>", s="Re: INV-78210 - can we pay this in instalments?", cr="mo",
  b="""Thanks,
Greg

Greg Tan, DDS
Tan Dental Lab LLC
(555) 010-4471""",
  q=("gmus", 2, """Hi Greg,

INV-78210 for the imaging workstation is now 20 days past due. Please let us know when we can expect payment.

Best,
Dana"""),
  i="X", n="HARD: instalment request carried only by the edited subject; body is 'Thanks' + signature")

M(d="2026-11-09", t="13:22", fr="Maureen Kelly <maureen@kelly-pharmacy.example>", s="Re: INV-90455",
  b="""On Mon, 9 Nov 2026 at 08:15, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Maureen,
>
> INV-90455 is now 45 days overdue. Can you pay it this week?

No.

> If not, please tell us when you can.

Friday the 20th is the earliest I can manage. I'm sorry it's been so long.

Maureen""",
  i="X", pd=("dom", 20), n="HARD: 'No' to paying this week, proposes a later date -> extension (cannot pay now)")

M(d="2025-12-12", fr="Oscar Lindqvist <oscar@lindqvist-ski.example>", s="Re: INV-44002", fmt="alt",
  b="""Hi, we're closing the shop for stocktake and then Christmas, and I won't be touching the accounts. Can we settle when we reopen on 5 January?

Oscar""",
  q=("gm", 2, """Hi Oscar,

INV-44002 (wax, edges and tuning tools) is now overdue. Could you let us know when it will be paid?

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 1, 5), n="asks to settle on reopening 5 January (next year)")

M(d="2025-03-27", fr="Ingrid Falk <ingrid.falk@falk-consulting.example>", s="RE: Remaining balance - INV-26644", cr="ks", fmt="html",
  b="""Hi Fran,

Please see my reply in green below.

Ingrid

From: Kestrel Facilities Services
Sent: 26 March 2025 15:04
Subject: Remaining balance - INV-26644
> Dear Ingrid, the remaining balance on INV-26644 is now overdue. Please confirm when it will be paid.
Would it be possible to spread it over April and May? We've had two clients go quiet on us.
> Kind regards, Fran""",
  html="""<div>Hi Fran,</div><div>Please see my reply in green below.</div><div>Ingrid</div><hr><div><b>From:</b> Kestrel Facilities Services<br><b>Sent:</b> 26 March 2025 15:04<br><b>Subject:</b> Remaining balance - INV-26644</div><blockquote style="border-left:2px solid #999;padding-left:8px;margin-left:4px"><p>Dear Ingrid, the remaining balance on INV-26644 is now overdue. Please confirm when it will be paid.</p><p style="color:#1b7a1b"><b>Would it be possible to spread it over April and May? We've had two clients go quiet on us.</b></p><p>Kind regards, Fran</p></blockquote>""",
  i="X", n="HARD: HTML-only; her reply in green sits inside the blockquote; no day -> pd null")

M(d="2026-05-18", fr="Leon Fraser <leon@fraser-builds.example>", s="Re: INV-56708", fmt="alt",
  b="""I can do £300 today and the rest when the insurance pays out on the van - is that alright with you?

Leon""",
  q=("gm", 1, """Hi Leon,

INV-56708 for the insulation boards is now overdue. Please let us know when we can expect payment.

Thanks,
Northwind Supplies Ltd"""),
  i="X", pd=("today",), a="300.00 GBP", n="HARD: partial today + rest open-ended, asks permission -> extension; first payment £300 today")

M(d="2026-11-24", fr="Ruth Abara <ruth@abara-community-trust.example>", s="Re: Final notice - INV-92004", cr="nwc",
  b="""On Mon, 23 Nov 2026 at 09:02, Credit Control - Northwind Supplies <accounts@northwind-supplies.example> wrote:
> Dear Ms Abara,
>
> FINAL NOTICE. Unless INV-92004 is paid within 7 days, we will pass the
> account to our collections partner.

Please don't - we're a small charity and we are not refusing to pay. We simply cannot pay anything until our council funding arrives in January. I can send you the award letter if that helps.

Ruth Abara
Treasurer, Abara Community Trust""",
  i="X", n="inline under a final notice: 'cannot pay anything until January' -> extension, no day")

M(d="2025-01-07", fr="Sam Fletcher <sam@fletcher-vending.example>", s="Fwd: VAT - hold payments", cr="gf",
  b="""Hi both - see below from our accountant. Can you give us until the 10th on INV-10552? Sorry to be a pain.

Sam

---------- Forwarded message ---------
From: Joanne Platt <joanne@plattaccountancy.example>
Date: Mon, 6 Jan 2025 at 17:20
Subject: VAT - hold payments
To: Sam Fletcher <sam@fletcher-vending.example>

Sam, please hold all non-essential supplier payments until the VAT return is filed and we know the final figure. Should be done by the end of this week.

Jo""",
  i="X", pd=("dom", 10), n="forward of accountant's advice with a request for time on top")

M(d="2025-10-06", fr="Ewan Patel <ewan@patel-newsagents.example>", s="Re: INV-39330",
  b="""> Please let us know if you would like to discuss a payment plan.

Yes please. Would £250 a month work?

Ewan

On Fri, 3 Oct 2025 at 10:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Ewan,
>
> INV-39330 remains unpaid. Please let us know if you would like to discuss a
> payment plan.
>
> Regards, Northwind Supplies Ltd""",
  i="X", a="250.00 GBP", n="HARD: accepts our quoted offer of a plan, proposes £250 a month; no start date")

M(d="2025-08-05", fr="Claire Dumont <claire@dumont-fleurs.example>", s="RE: Facture INV-35870", cr="bp",
  b="""Bonjour Marta,

Réponse dans le texte.

Le lun. 4 août 2025 à 10:15, Bright Pixel Studio <hello@brightpixel.example> a écrit :
> Hello Claire, invoice INV-35870 (new shop website) is now overdue.
> When can we expect payment?

Serait-il possible de régler en deux fois ? La moitié le 15 août, le reste le 15 septembre.

> Thanks, Marta

Bien cordialement,
Claire Dumont""",
  i="X", pd=("md", 8, 15), n="French inline answer asking to pay in two halves, first on 15 August")

M(d="2026-02-01", fr="Will Ashdown <will@ashdown-tiling.example>", s="Re: INV-47215",
  b="""Could we do two halves - the 1st and 15th of next month? January was a write-off with the weather.

Will Ashdown
Ashdown Tiling & Stone
Unit 9, Rother Valley Trade Park, Rotherham S60 1BZ
Office: 01709 555 018 | Mobile: 07700 900 772
www.ashdown-tiling.example
Registered in England No. 09876543 | VAT No. GB 123 4567 89
Member of the Tile Association | CSCS registered
Follow us: @ashdowntiling""",
  q=("gm", 3, """Hi Will,

INV-47215 (adhesive, grout and trims) is now overdue. When can we expect payment?

Thanks,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 3, 1), n="Sunday 1 Feb; 'the 1st and 15th of next month' -> first payment 1 March; long signature")

M(d="2025-06-07", fr="Kerry Dawson <kerry.dawson@outlook.example>", s="Re: INV-33011",
  b="""On 6 Jun 2025, at 15:55, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>
> Hi Kerry, INV-33011 for the garden furniture covers is overdue. Could you
> let us know when to expect payment?

I'm really sorry. I was made redundant last month and I can't pay right now. I'm not ignoring you. Could we talk about something small each month once my first universal credit payment comes through?

Kerry""",
  i="X", n="bottom-posted; can't pay now, asks for a small monthly arrangement; no amount or date")

M(d="2026-10-02", fr="Jack Morrow <jack@morrow-sound.example>", s="Re: INV-82280 / INV-82291", cr="hl",
  b="""On Thu, 1 Oct 2026 at 10:30, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
> Hi Jack,
>
> INV-82280 (tour posters) - overdue

I'll pay this one Monday.

> INV-82291 (merch printing) - overdue

This is the big one. Can we have till the end of the month? The tour money doesn't land till then.

> Thanks, Nadia""",
  i="X", pd=("eom",), n="HARD: inline promise on the small invoice + extension on the main one; extension wins, date = end of October")

M(d="2026-08-31", fr="Ada Nwosu <ada@nwosu-skincare.example>", s="Re: INV-76200", cr="gf", fmt="html",
  b="""Hi Tom,

Could we have a couple more weeks on this one? Our big retailer order shipped late so we've been paid late.

Ada

On 28 Aug 2026, Greenfold Packaging wrote:
> Hi Ada, INV-76200 for the jars and pumps is now overdue.""",
  html="""<div style="font-family:Calibri,sans-serif">Hi Tom,<br><br>Could we have a couple more weeks on this one? Our big retailer order shipped late so we've been paid late.<br><br>Ada</div><br><blockquote style="margin:0 0 0 8px;border-left:2px solid #c0c0c0;padding-left:8px"><div>On 28 Aug 2026, Greenfold Packaging wrote:</div><div>Hi Ada, INV-76200 for the jars and pumps is now overdue.</div></blockquote>""",
  i="X", pd=("plus", 14), n="HTML-only blockquote; 'a couple more weeks' -> +14")

# ---------------------------------------------------------------- dispute
M(d="2025-02-04", fr="Hilary Banks <hilary@banks-architects.example>", s="Re: INV-23011",
  b="""On Mon, 3 Feb 2025 at 10:40, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Hilary,
>
> INV-23011 for 40 boxes of A3 tracing paper is now overdue.

We ordered 20. The other 20 went straight back with your driver because they weren't on our PO - he signed for them.

> Please arrange payment at your earliest convenience.

Happy to, once the invoice shows 20 boxes.

Hilary""",
  i="D", n="inline: wrong quantity invoiced; payment conditional on correction -> dispute")

M(d="2026-06-02", fr="Derek Holm <derek@holm-haulage.example>", s="RE: Statement - overdue items",
  b="""See my comments in caps below.

-----Original Message-----
From: Northwind Supplies Ltd [mailto:accounts@northwind-supplies.example]
Sent: 01 June 2026 09:05
To: Derek Holm
Subject: Statement - overdue items

Dear Derek,

INV-57210   £348.00     NOT OURS. WE HAVE NEVER ORDERED FROM YOUR LEEDS DEPOT. PLEASE CHECK.
INV-57433   £1,120.00   PAID 20 MAY, BACS REF HOLM0520

Total overdue: £1,468.00

Regards,
Accounts""",
  i="D", n="HARD: caps comments: one invoice 'never ordered' + one 'paid'; dispute beats already_paid; amounts only in our lines")

M(d="2025-05-09", fr="Nigel Ashby <nigel@ashby-lettings.example>", s="Re: INV-31422 - decorating, 14 Mill Lane", cr="ks",
  b="""On Thu, 8 May 2025 at 15:12, Kestrel Facilities Services <ar@kestrel-fs.example> wrote:
> Dear Mr Ashby,
>
> INV-31422 for the communal decorating at 14 Mill Lane is now overdue.
> Please let us know when we can expect payment.
>
> Kind regards,
> Kestrel AR

The job isn't finished. The second coat was never done in the stairwell and there's paint on the new carpet on the first landing. I've sent photos to your supervisor twice. You'll be paid when it's put right, not before.

Nigel Ashby""",
  i="D", n="bottom-posted; poor/unfinished work, payment conditional on fixing -> dispute")

M(d="2026-09-17", fr="Paul Grieve <paul.grieve@grieve-foods.example>", s="Fwd: Delivery 14/09 - short", cr="gf",
  b="""FYI see below from our warehouse manager - the delivery was six pallets short. We won't be paying INV-78006 in full until that's sorted or credited.

Paul

---------- Forwarded message ---------
From: Andy Rowe <andy.rowe@grieve-foods.example>
Date: Mon, 14 Sep 2026 at 07:42
Subject: Delivery 14/09 - short
To: Paul Grieve <paul.grieve@grieve-foods.example>

Paul, Greenfold delivery this morning: paperwork says 24 pallets of trays, we counted 18. Driver agreed and noted it on the POD. Photos on the shared drive.

Andy""",
  i="D", n="forward of internal shortage report with a refusal to pay in full on top")

M(d="2025-04-17", fr="Karen Lowther <karen@lowther-dental.example>", s="Fwd: INV-29984 reminder",
  b="""This is a duplicate of INV-29301, which we paid in March. Please cancel it and stop the reminders.

Karen Lowther
Practice Manager

---------- Forwarded message ---------
From: Northwind Supplies Ltd <accounts@northwind-supplies.example>
Date: Wed, 16 Apr 2025 at 09:00
Subject: INV-29984 reminder
To: Karen Lowther <karen@lowther-dental.example>

Dear Karen,

INV-29984 for the March consumables order is now overdue.

Regards,
Northwind Supplies Ltd""",
  i="D", n="HARD: forwards our own reminder back to us: duplicate of an invoice already paid; dispute beats already_paid")

M(d="2025-11-28", fr="Fran Whitcombe <fran@whitcombe-catering.example>", s="Re: INV-42511",
  b="""Before I do - I've just looked at the invoice properly and you've charged us £870 for the 60 cases of napkins. At the £12.80 a case we agreed in January it should be £768. Please reissue and I'll pay it straight away.

Fran

On Wed, 26 Nov 2025 at 17:30, Fran Whitcombe <fran@whitcombe-catering.example> wrote:
> Sorry Priya, I'll get INV-42511 paid on Friday.
>
> On Wed, 26 Nov 2025 at 10:05, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>> Hi Fran, INV-42511 is now overdue. Could you let us know when to expect it?""",
  i="D", a="870.00 GBP", n="HARD: her own earlier promise for Friday is quoted; new text contests the price; amount = charged figure")

M(d="2026-01-14", fr="Robin Osei <robin@osei-print-brokers.example>", s="Re: INV-45771 - credit note?", cr="hl",
  b="""Nadia, you said on the 5th you'd issue a credit note for the misprinted batch (see below). It still hasn't arrived, and now I'm getting a reminder for the full amount. Please send the credit note - until then this invoice is in dispute.

Robin

On Mon, 12 Jan 2026 at 09:00, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
> Dear Robin, a reminder that INV-45771 is now overdue.
>
> On Mon, 5 Jan 2026 at 14:35, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
>> Hi Robin, you're quite right about the colour shift on the second run.
>> I'll get a credit note raised for those 500 brochures this week.
>> Nadia
>>
>>> On Fri, 2 Jan 2026 at 11:20, Robin Osei <robin@osei-print-brokers.example> wrote:
>>> The second run of brochures is visibly pinker than the proof.""",
  i="D", n="three-level thread: our own promised credit note quoted; still disputed")

M(d="2025-07-06", fr="Tariq Aziz <tariq@aziz-wholesale.example>", s="Re: INV-34805 - NOT RECEIVED",
  b="""see subject. nothing delivered to us, no POD, nothing.""",
  q=("gm", 2, """Dear Tariq,

INV-34805 (200 x 5L hand soap) is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="D", n="goods not received; subject edited to say so")

M(d="2026-03-23", fr="Erin Walsh <erin@walsh-events.example>", s="Re: INV-49217", cr="hl", fmt="html",
  b="""Hi Nadia,

We did not order the extra 200 leaflets. Our order (attached to your own quote Q-1184) was for 300, not 500. Please amend the invoice.

Erin

On 20 Mar 2026, Harbour Lane Print Co wrote:
> INV-49217: 500 x A5 leaflets, double-sided, 170gsm. Payment is now overdue.""",
  html="""<div dir="ltr"><div>Hi Nadia,</div><div><br></div><div>We did <u>not</u> order the extra 200 leaflets. Our order (attached to your own quote Q-1184) was for 300, not 500. Please amend the invoice.</div><div><br></div><div>Erin</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On 20 Mar 2026, Harbour Lane Print Co wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">INV-49217: 500 x A5 leaflets, double-sided, 170gsm. Payment is now overdue.</blockquote></div>""",
  i="D", n="HTML-only gmail_quote blockquote; quantity not ordered")

M(d="2025-06-11", fr="Adrian Coles <adrian.coles@colesgroup-estates.example>", s="RE: INV-33302 overdue", cr="ks",
  b="""We dispute this invoice. The quarterly service visit on 12 May did not take place - our site log shows no contractor on site that day.

Adrian Coles
Head of Property | Coles Group Estates Ltd
Registered office: 40 Temple Row, Birmingham B2 5HG. Registered in England & Wales no. 03456789.

IMPORTANT: The contents of this email and any attachments are confidential. They are intended for the named recipient(s) only. If you have received this email by mistake, please notify the sender immediately and do not disclose the contents to anyone or make copies thereof. Coles Group Estates Ltd does not accept liability for any errors or omissions in the contents of this message which arise as a result of email transmission. Any views or opinions expressed are solely those of the author and do not necessarily represent those of Coles Group Estates Ltd. Coles Group Estates Ltd will never ask you to change payment details by email. Please verify any request to change bank details by telephone using a number you already hold. Think before you print.""",
  q=("ol", 4, """Dear Adrian,

INV-33302 (quarterly planned maintenance visit, May) is now overdue. Please advise on payment.

Regards,
Kestrel Facilities Services"""),
  i="D", n="HARD: two-sentence dispute (service not performed) above a far longer disclaimer")

M(d="2026-07-06", fr="Lily Chen <lily@chen-tea-house.example>", s="Re: INV-61880", cr="gf",
  b="""Damaged.""",
  att=["IMG_4410.jpg", "IMG_4411.jpg"],
  q=("gm", 3, """Hi Lily,

INV-61880 for the tea tins and gift boxes is now overdue. Please let us know when we can expect payment.

Thanks,
Greenfold Packaging"""),
  i="D", n="HARD: one-word body + two photos: goods damaged")

M(d="2025-10-14", fr="Max Porter <max@porter-garden-rooms.example>", s="Re: INV-39510",
  b="""On Mon, 13 Oct 2025 at 11:11, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Max,
>
> INV-39510 is now overdue. The invoice total is £1,240.00.

Why £1,240? Your quote said £980 including delivery, I've got it in writing.

> Please let us know when we can expect payment.

Max""",
  i="D", a="1240.00 GBP", n="HARD: phrased as a question ('why £1,240?') but contests the price vs quote -> dispute; he restates the charged figure")

M(d="2026-10-27", fr="Bev Hollis <bev@hollis-nursery.example>", s="Re: INV-85003 - call-out charge", cr="ks", fmt="alt",
  b="""Good morning,

Could you explain why we've been charged a call-out fee for the 14th? Nobody came. We waited in all afternoon and in the end rang our own plumber.

Kind regards,
Bev Hollis
Hollis Day Nursery""",
  q=("gm", 2, """Dear Bev,

INV-85003 (emergency call-out, 14 October) is now overdue. Please could you arrange payment.

Kind regards,
Kestrel Facilities Services"""),
  i="D", n="HARD: polite question that is really a dispute (service never provided)")

M(d="2025-03-19", fr="Duncan Firth <duncan@firth-marine.example>", s="Re: INV-26401",
  b="""Martin,

I'll say it once more: we will NOT be paying INV-26401 until the credit note for the returned winches arrives. They went back to you on 3 February, your warehouse signed for them.

Duncan

> On Tue, 18 Mar 2025 at 09:30, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Duncan, INV-26401 remains unpaid. Could you let us know when we can expect payment?
> Martin""",
  i="D", n="negation: 'will NOT be paying until the credit note arrives' -> dispute")

M(d="2026-04-16", fr="Ulrike Baum <u.baum@baum-baustoffe.example>", s="AW: INV-53822 Zahlungserinnerung", cr="al",
  b="""Guten Tag,

Am Mi., 15. Apr. 2026 um 08:45 Uhr schrieb Alpenrose Logistik GmbH <buchhaltung@alpenrose-logistik.example>:
> Die Rechnung INV-53822 (Transport Graz-München, 33 Paletten) ist überfällig.

Die Lieferung war unvollständig - es sind nur 30 Paletten angekommen. Drei fehlen. Bitte korrigieren Sie die Rechnung.

> Wir bitten um umgehende Zahlung.

Erst nach Korrektur.

Freundliche Grüße
Ulrike Baum""",
  i="D", n="German inline: pallets missing, pay only after correction")

M(d="2025-08-20", fr="Tom Alvarez <talvarez@alvarezlaw.example>", s="RE: INV-36490 - past due", cr="mo",
  b="""Dana,

Comments below, prefixed TA.

From: Meridian Office Solutions Inc. <billing@meridian-office.example>
Sent: Tuesday, August 19, 2025 10:02 AM
To: Tom Alvarez <talvarez@alvarezlaw.example>
Subject: INV-36490 - past due

Hi Tom,

INV-36490 for on-site IT support in July is now past due: 18 hours at $125.00.
TA: Our contract rate is $95/hr, not $125. See section 4 of the MSA signed in March.

Please remit at your earliest convenience.
TA: Send a corrected invoice at the contract rate and we'll process it.

Thanks,
Dana""",
  i="D", n="HARD: comments prefixed TA inside an Outlook block; hourly rate contested; payment conditional on correction")

M(d="2025-12-22", t="15:48", fr="Carys Pugh <carys@pugh-photography.example>", s="Re: INV-44321", cr="bp",
  b="""On Mon, 22 Dec 2025 at 09:12, Bright Pixel Studio <hello@brightpixel.example> wrote:
> Hi Carys,
>
> Just a reminder that INV-44321 is now overdue.
>
> If you have any queries regarding this invoice, please let us know.

I do. We cancelled this retainer by phone in October, and I confirmed it by email on the 28th. We shouldn't have been invoiced for November or December at all.

Carys""",
  i="D", n="inline under 'if you have any queries': cancelled service still invoiced")

M(d="2026-05-13", fr="Stuart Knowles <stuart@knowles-joinery.example>", s="Re: INV-55520",
  b="""This was credited in full on CN-2290 back in March. Check your own records before sending these please.

Stuart

On Tue, 12 May 2026 at 08:30, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Stuart,
>
> INV-55520 (oak worktops) is now overdue. Please arrange payment.""",
  i="D", n="already credited -> dispute (not already_paid); CN ref not an invoice ref")

M(d="2025-09-03", fr="Helen Achebe <helen@achebe-gallery.example>", s="Re: INV-37399 - exhibition prints", cr="hl",
  b="""On Tue, 2 Sep 2025 at 16:45, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
> Hi Helen,
>
> INV-37399 for the giclée prints for the autumn exhibition is now overdue.
> Could you let us know when payment will be made?
>
> Best,
> Nadia

Nadia, every one of the twelve prints has visible banding across the sky. We couldn't hang them. I'm not paying for a print run that needs redoing, and I'd like to know when the reprints will be ready.

Helen Achebe
Achebe Gallery""",
  att=["banding_closeup.jpg"],
  i="D", n="bottom-posted; poor quality work, photo attached")

M(d="2026-02-20", fr="Julia Park <julia.park@park-optics.example>", to="Mike Hendry <mike.hendry@park-optics.example>",
  hdr={"Cc": "accounts@northwind-supplies.example"}, s="FW: INV-47944 / INV-47960",
  b="""Mike - don't pay these. They've invoiced us twice for the same January delivery: INV-47944 and INV-47960 have the same delivery note number. Northwind cc'd so they can cancel one.

Julia

From: Northwind Supplies Ltd <accounts@northwind-supplies.example>
Sent: Thursday, February 19, 2026 2:10 PM
To: Julia Park <julia.park@park-optics.example>
Subject: INV-47944 / INV-47960

Dear Julia,

Please find attached a reminder for the following overdue invoices: INV-47944 and INV-47960.

Regards,
Northwind Supplies Ltd""",
  i="D", n="internal forward 'don't pay these', duplicate invoicing, creditor cc'd")

M(d="2025-01-29", fr="Owen Blackwood <owen@blackwood-fencing.example>", s="Re: INV-11037 - wrong amount",
  b="""see attached marked-up invoice""",
  att=["INV-11037_marked_up.pdf"],
  q=("gm", 2, """Dear Owen,

INV-11037 (fence posts, rails and gravel boards) is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="D", n="HARD: meaning carried by the edited subject 'wrong amount' + marked-up attachment")

M(d="2026-08-27", fr="Amira Haddad <amira@haddad-deli.example>", s="Re: Account statement - August", cr="gf", fmt="html",
  b="""Hi Tom, comments in red.

On 25 Aug 2026, Greenfold Packaging wrote:
> INV-66012 - deli pots 500ml x 2,000 - overdue
> THE 500ML POTS WERE NEVER DELIVERED. WE GOT THE LIDS ONLY.
> INV-66150 - kraft bags x 5,000 - not yet due
> Thanks, Tom""",
  html="""<p>Hi Tom, comments in red.</p><p>On 25 Aug 2026, Greenfold Packaging wrote:</p><blockquote style="border-left:1px solid #ccc;margin-left:6px;padding-left:6px"><p>INV-66012 - deli pots 500ml x 2,000 - overdue</p><p><font color="red">The 500ml pots were never delivered. We got the lids only.</font></p><p>INV-66150 - kraft bags x 5,000 - not yet due</p><p>Thanks, Tom</p></blockquote>""",
  i="D", n="HARD: HTML-only; red comment inside the blockquote says goods never delivered")

M(d="2025-05-02", fr="Phil Norris <phil@norris-heating.example>", s="Re: INV-31170",
  b="""Right, looked at the invoice properly now I'm back. You've charged 12 hours' labour. Your engineer was here for five - I was with him the whole time. I'm not paying for seven hours nobody worked.

Phil

On 29 Apr 2025, at 18:02, Phil Norris <phil@norris-heating.example> wrote:
> Away till Thursday, will deal with it when I'm back.
>
>> On 29 Apr 2025, at 09:10, Kestrel Facilities Services <ar@kestrel-fs.example> wrote:
>> Hi Phil, INV-31170 for the boiler room works is now overdue.""",
  cr="ks",
  i="D", n="HARD: his own earlier 'will deal with it when I'm back' is quoted; new text disputes labour hours")

M(d="2026-06-24", fr="Sandra Holt <sandra@holt-cleaning.example>", s="Re: INV-60477 - late fee",
  b="""I'll pay the £200 for the chemicals, that's fair. But I'm not paying the £85 late payment fee - I was never told about it and it isn't in your terms. Please take it off.

Sandra

On Tue, 23 Jun 2026 at 10:20, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Sandra,
>
> INV-60477 is now overdue and a late payment fee has been added as per our
> terms.""",
  i="D", a="85.00 GBP", n="HARD: partial promise + contests late fee; dispute wins, amount = contested £85")

M(d="2025-03-31", fr="Rhys Morgan <rhys@morgan-cafe.example>", s="Re: INV-26983", cr="gf",
  b="""On Fri, 28 Mar 2025 at 12:05, Greenfold Packaging <accounts@greenfold-pack.example> wrote:
> Hi Rhys, INV-26983 for the printed cups is now overdue. Could you let us
> know when to expect payment?

Isn't this the order we cancelled on 3 March? We shouldn't have been invoiced for it at all - nothing was ever delivered.

Rhys""",
  i="D", n="HARD: opens with a question but asserts the order was cancelled and not delivered -> dispute")

M(d="2026-11-16", t="10:31", fr="Beatrix Lowe <beatrix@lowe-stationers.example>", s="Re: INV-90310",
  b="""> Amount due: £412.00

Wrong - the 10% trade discount hasn't been applied again.

> Due date: 31 October

Beatrix

On Mon, 16 Nov 2026 at 08:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Reminder: INV-90310
> Amount due: £412.00
> Due date: 31 October""",
  i="D", n="HARD: inline 'Wrong' under our amount line; contested figure only in our quoted line -> amount null")

M(d="2025-07-23", fr="Gerry Quinn <gerry.quinn@quinnbuild.example>", s="Re: INV-35277",
  b="""we've never ordered from you. who placed this?

Gerry

Sent from my iPhone

> On 22 Jul 2025, at 14:30, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>
> Dear Mr Quinn,
>
> INV-35277 for 40 bags of rapid-set cement is now overdue.""",
  i="D", n="never ordered (asserted), 'who placed this?' does not make it a question")

M(d="2026-03-05", fr="Vanessa Ortiz <vanessa@ortiz-realty.example>", s="RE: INV-49011", cr="mo",
  b="""Tot it up again, please - sales tax has been charged twice, once on the line items and again on the total. We're not remitting until it's fixed.

V. Ortiz

________________________________
From: Meridian Office Solutions Inc. <billing@meridian-office.example>
Sent: Wednesday, March 4, 2026 4:20 PM
To: Vanessa Ortiz <vanessa@ortiz-realty.example>
Subject: INV-49011

Hi Vanessa, a reminder that INV-49011 for the March furniture order is now past due.

Dana""",
  i="D", n="tax charged twice, not remitting until fixed")

M(d="2025-10-29", fr="Ben Okoro <ben@okoro-brewing.example>", s="Re: INV-40650 - reminder",
  b="""On Tue, 28 Oct 2025 at 09:45, Greenfold Packaging <accounts@greenfold-pack.example> wrote:
> Dear Ben,
>
> INV-40650 (6-pack can carriers x 12,000) is now overdue. Please let us
> know when payment will be made.
>
> Kind regards,
> Greenfold Packaging

Hi,

I was going to pay this today but when I went to check the delivery against the invoice I found that about a third of the carriers from that batch snap when you load them - we've had two pallets of cans hit the floor at the brewery. I've kept the rest aside. I've attached photos and our QA note.

We're not refusing to pay for what's usable, but I can't pay the full invoice for a batch that's a third faulty. Can someone come and look, or send a replacement?

Ben Okoro
Head Brewer, Okoro Brewing Co
Unit 3, Canal Works, Leeds LS11 5QR""",
  cr="gf", att=["QA_note_carriers.pdf", "broken_carriers.jpg"],
  i="D", n="HARD: bottom-posted, long; 'was going to pay today' but faulty batch -> dispute")

M(d="2026-01-31", fr="Nikos Demetriou <nikos@demetriou-grill.example>", s="Re: INV-46604",
  b="""Hi,

The fryer oil cases arrived with half of them leaking - the delivery driver saw it. I've been told twice on the phone a credit was coming. Still waiting.

Nikos Demetriou
Demetriou Grill House
88 Green Lanes, London N4 1DU
Tel: 020 7946 0321
Open 7 days | Book online at demetriou-grill.example
Follow us @demetriougrill

This email was sent from a restaurant account. Orders placed by email are not confirmed until you receive a reply from a member of our team.""",
  fmt="alt",
  q=("gm", 3, """Hi Nikos,

INV-46604 (fryer oil, 20L x 30) is now overdue. Please arrange payment.

Thanks,
Northwind Supplies Ltd"""),
  i="D", n="Saturday; damaged goods + promised credit not received; signature longer than message")

M(d="2025-09-29", fr="Lorraine Cole <lorraine@cole-gifts.example>", s="Fwd: Rejected batch - barcodes", cr="hl",
  b="""FYI - our customer has rejected the whole batch because the barcodes won't scan (see below). We won't be paying INV-38002 until you reprint the labels.

Lorraine

---------- Forwarded message ---------
From: Goods-In <goodsin@brightside-retail.example>
Date: Fri, 26 Sep 2025 at 15:12
Subject: Rejected batch - barcodes
To: Lorraine Cole <lorraine@cole-gifts.example>

Hi Lorraine, we've had to reject delivery BR-5521 - none of the product labels scan at our tills. The barcodes appear to be printed at the wrong size. Please arrange collection.

Goods-In Team""",
  i="D", n="forward of end-customer rejection; 'won't pay until you reprint' -> dispute")

M(d="2026-07-29", fr="Sean Fitzgerald <sean@fitzgerald-bikes.example>", s="Re: INV-63005 and INV-63120",
  b="""On Tue, 28 Jul 2026 at 10:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Sean,
>
> The following invoices are overdue:
>
> INV-63005 - inner tubes and tyres

Paid on the 3rd, it's on the statement you sent last month.

> INV-63120 - workshop stands x 2

We only got one stand. The second was out of stock and your rep said it wouldn't be invoiced until it shipped. It hasn't shipped.

> Please let us know when these will be settled.

Sean""",
  i="D", n="HARD: inline: one invoice paid + the other disputed (item not delivered); dispute wins")

M(d="2025-04-24", fr="Ayesha Malik <ayesha@malik-pharma.example>", s="RE: INV-30506 - query", cr="ks",
  b="""Hi Fran,

Thank you for the reminder. Before this can be approved I have to flag that the invoice is for the 'premium' washroom package. We are contracted on the standard package (contract ref KFS-0417, renewed in January) and have never agreed to an upgrade. Please could you issue a revised invoice at the standard rate.

Many thanks,
Ayesha Malik
Procurement Officer""",
  fmt="alt",
  q=("ol", 1, """Dear Ayesha,

INV-30506 (washroom services, Q1) is now overdue.

Kind regards,
Fran Okoye
Kestrel Facilities Services"""),
  i="D", n="polite, 'thank you for the reminder', but contests the service level billed")

# ---------------------------------------------------------------- already_paid
M(d="2025-06-20", fr="Mandy Fox <mandy@fox-interiors.example>", s="Paid - INV-33871",
  b="""see attached""",
  att=["remittance.pdf"], noref=1,
  i="A", n="HARD: the meaning is in the subject 'Paid - INV-33871'; body 'see attached' + remittance")

M(d="2026-07-10", fr="Graham Stott <graham@stott-engineering.example>", s="Fwd: INV-61502 - second reminder", cr="nwc",
  b="""Can you look at this again? I'm certain we paid it in June - it went in the same BACS batch as your INV-60877, which you've obviously received because you haven't chased that one.

Graham

---------- Forwarded message ---------
From: Credit Control - Northwind Supplies <accounts@northwind-supplies.example>
Date: Thu, 9 Jul 2026 at 08:30
Subject: INV-61502 - second reminder
To: Graham Stott <graham@stott-engineering.example>

Dear Mr Stott,

SECOND REMINDER: INV-61502 remains unpaid. Please arrange payment immediately.

Credit Control""",
  i="A", n="forwards our reminder back: 'certain we paid it in June' -> already_paid")

M(d="2025-06-04", fr="Olu Bankole <olu@bankole-media.example>", s="Re: INV-32990", cr="bp",
  b="""On Tue, 3 Jun 2025 at 14:50, Bright Pixel Studio <hello@brightpixel.example> wrote:
> Hi Olu,
>
> INV-32990 for the podcast artwork is showing as overdue. Could you confirm
> when payment will be made?

It was made on the 2nd - €1,420, reference BPS-32990. Should be on your statement by now.

> Thanks,
> Marta""",
  i="A", a="1420.00 EUR", n="inline answer: payment already made on the 2nd")

M(d="2026-03-16", fr="Frank Doyle <frank@doyle-carpets.example>", s="RE: Overdue items - March",
  b="""Priya, comments below in capitals.

Frank

-----Original Message-----
From: Northwind Supplies Ltd [mailto:accounts@northwind-supplies.example]
Sent: 13 March 2026 10:12
To: Frank Doyle
Subject: Overdue items - March

Dear Frank,

INV-48310   gripper and underlay     PAID 06/03
INV-48422   carpet adhesive          PAID 11/03 - REMITTANCE ATTACHED

Please arrange payment of the above.  BOTH PAID, PLEASE CHECK YOUR BANK.

Regards,
Priya""",
  att=["remittance_1103.pdf"],
  i="A", n="caps comments inside the Outlook block: both lines marked PAID")

M(d="2025-11-21", fr="Sally Ingram <sally@ingram-bridal.example>", s="Re: INV-41990", cr="hl",
  b="""On Thu, 20 Nov 2025 at 11:04, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
> Hi Sally,
>
> Just a reminder that INV-41990 (the lookbook print run) is now overdue.
>
> Thanks,
> Nadia

Paid this morning! Should be with you by Monday. Sorry for the delay, the shop's been mad.

Sally x""",
  i="A", n="bottom-posted; 'paid this morning'")

M(d="2026-02-13", fr="Rob Kettle <rob@kettle-plumbing.example>", s="Re: INV-47550",
  b="""Done - paid it this morning like I said. £615.

Rob

On Tue, 10 Feb 2026 at 19:12, Rob Kettle <rob@kettle-plumbing.example> wrote:
> Sorry, will pay Friday.
>
> On Tue, 10 Feb 2026 at 09:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>> Hi Rob, INV-47550 for the copper fittings is now overdue.""",
  i="A", a="615.00 GBP", n="HARD: his own earlier promise is quoted; new text says it is paid -> already_paid")

M(d="2025-12-10", fr="Hannah Lowe <hannah.lowe@lowe-design-studio.example>", s="Re: INV-43802 - credit note", cr="gf",
  b="""Credit received, thanks Tom. The balance of £2,115.60 went across this afternoon.

Hannah

On Mon, 8 Dec 2025 at 15:30, Greenfold Packaging <accounts@greenfold-pack.example> wrote:
> Hi Hannah, credit note CN-3315 for the crushed boxes is attached.
> Tom
>
>> On Fri, 5 Dec 2025 at 10:45, Hannah Lowe <hannah.lowe@lowe-design-studio.example> wrote:
>> We're not paying INV-43802 until the crushed boxes are credited.""",
  i="A", a="2115.60 GBP", n="HARD: her own earlier dispute is quoted; new text reports payment of the balance")

M(d="2026-09-21", t="11:17", fr="Marcus Hale <marcus@hale-furniture.example>", s="Re: INV-77904 - not received",
  b="""Here's the bank confirmation showing it left our account on the 4th. Please check with your bank - the reference is HALE77904.

Marcus

On Mon, 21 Sep 2026 at 08:50, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Marcus, we've checked again and still can't see it. Could you send proof of
> payment?
>
> On Fri, 18 Sep 2026 at 16:02, Marcus Hale <marcus@hale-furniture.example> wrote:
>> We paid this weeks ago.
>>
>>> On Fri, 18 Sep 2026 at 09:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>>> INV-77904 (upholstery fabric) is overdue.""",
  att=["bank_confirmation.pdf"],
  i="A", n="multi-level thread; sends proof of payment")

M(d="2025-01-16", fr="Eileen Murray <eileen@murray-gardens.example>", s="Re: Reminder INV-10944", fmt="html",
  b="""Hello,

The cheque was posted on Monday, first class. It should reach you any day now.

Eileen Murray

On 15 Jan 2025, Northwind Supplies Ltd wrote:
> Dear Mrs Murray, INV-10944 (bird seed and feeders) is now overdue. Please arrange payment.""",
  html="""<div style="font-family:Georgia,serif;font-size:12pt">Hello,<br><br>The cheque was posted on Monday, first class. It should reach you any day now.<br><br>Eileen Murray</div><br><blockquote style="margin-left:10px;border-left:2px solid #888;padding-left:8px">On 15 Jan 2025, Northwind Supplies Ltd wrote:<br>Dear Mrs Murray, INV-10944 (bird seed and feeders) is now overdue. Please arrange payment.</blockquote>""",
  i="A", n="HTML-only blockquote; cheque posted")

M(d="2026-08-14", fr="Accounts Payable <ap@greystone-group.example>", s="RE: INV-65012 - overdue", cr="ks",
  b="""Payment was released on 12/08 under remittance 0088412.

Greystone Group Accounts Payable
Shared Service Centre, PO Box 7781, Swindon SN1 9ZZ

Greystone Group plc and its subsidiaries (together "Greystone") process personal data in accordance with our Privacy Notice, available at greystone-group.example/privacy. This email is confidential and intended solely for the addressee. If you are not the addressee, please inform the sender and delete this message; any use, disclosure or copying is strictly prohibited. Greystone accepts no responsibility for loss or damage arising from the use of this email or attachments, and recommends that you subject them to your own virus checking procedures. Payment queries should be raised via the supplier portal; emails to this mailbox are not monitored for urgent matters. Greystone Group plc, registered in England and Wales, number 00112233.""",
  q=("ol", 3, """Dear Sir/Madam,

INV-65012 (June and July cleaning) remains unpaid. Please confirm the payment date.

Kind regards,
Kestrel Facilities Services"""),
  i="A", n="HARD: one-line 'released on 12/08' above a long corporate disclaimer")

M(d="2025-04-11", fr="Tess Morley <tess@morley-bakes.example>", s="Re: INV-29910", cr="gf",
  b="""Remittance.""",
  att=["remittance_advice_INV-29910.pdf"],
  q=("gm", 2, """Hi Tess,

INV-29910 for the cake boxes is now overdue. Let us know when to expect payment.

Thanks,
Greenfold Packaging"""),
  i="A", n="HARD: one-word body 'Remittance.' + attached remittance advice")

M(d="2025-08-27", fr="Joanna Krol <joanna.krol@krol-translations.example>", s="Re: INV-36302 - payment sent 26/08",
  b="""Joanna Krol
Krol Translations
ul. Długa 14, Gdańsk
+48 58 555 0190""",
  q=("gm", 4, """Dear Joanna,

INV-36302 is now overdue. Please let us know when payment will be made.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", n="HARD: body is only a signature; 'payment sent 26/08' is in the edited subject")

M(d="2026-05-22", fr="Tim Garside <tim@garside-autos.example>", s="Re: INV-56201",
  b="""On Thu, 21 May 2026 at 09:31, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Tim, INV-56201 is overdue, please could you let us know when we can
> expect it?

Please confirm you received our payment - it went on Tuesday, £1,184.20, and our bank shows it as cleared.

Tim""",
  i="A", a="1184.20 GBP", n="'please confirm you received our payment' -> already_paid")

M(d="2025-05-07", fr="Dwayne Parker <dparker@parkerhvac.example>", s="RE: Past due invoices", cr="mo",
  b="""See responses inline [DP].

From: Meridian Office Solutions Inc. <billing@meridian-office.example>
Sent: Tuesday, May 6, 2025 11:20 AM
To: Dwayne Parker <dparker@parkerhvac.example>
Subject: Past due invoices

Dwayne,

INV-31105 - tablets and cases
[DP] ACH sent 5/2, trace 091000019884521.

INV-31188 - MDM licences
[DP] ACH sent 5/2 in the same batch. Combined $3,418.50.

Please advise on payment status.

Thanks,
Dana""",
  i="A", a="3418.50 USD", n="HARD: inline [DP] tags in Outlook block; both invoices paid in one ACH; amount = combined total; trace number not a ref")

M(d="2026-02-26", fr="Dieter Lang <d.lang@lang-elektro.example>", s="AW: Zahlungserinnerung INV-47713", cr="al",
  b="""Guten Tag,

die Zahlung ist bereits am 20.02. erfolgt, 2.340,00 EUR, Verwendungszweck INV-47713.

Mit freundlichen Grüßen
Dieter Lang

Am Mi., 25. Feb. 2026 um 09:00 Uhr schrieb Alpenrose Logistik GmbH <buchhaltung@alpenrose-logistik.example>:
> Sehr geehrter Herr Lang,
>
> die Rechnung INV-47713 ist seit dem 15.02.2026 fällig.""",
  i="A", a="2340.00 EUR", n="German: payment already made on 20.02")

M(d="2025-10-17", fr="Fiona Walsh <fiona@walsh-physio.example>", s="Re: INV-39601 - still outstanding",
  b="""On Thu, 16 Oct 2025 at 15:45, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Fiona,
>
> INV-39601 is still showing as outstanding.

That's odd - I paid it in September to the account on your old invoices (sort code 20-00-00). Has that changed? I didn't get any notice.

Fiona""",
  i="A", n="HARD: paid to old bank details; still already_paid, with an implied question")

M(d="2026-04-27", t="12:02", fr="Colette Baird <colette@baird-pottery.example>", to="Neil Baird <neil@baird-pottery.example>",
  hdr={"Cc": "accounts@northwind-supplies.example"}, s="FW: INV-53019 overdue",
  b="""Neil - we paid this one at Easter, I remember doing it with the glaze order. Can you dig out the remittance and send it to them? They're cc'd.

C

From: Northwind Supplies Ltd <accounts@northwind-supplies.example>
Sent: Monday, April 27, 2026 9:14 AM
To: Colette Baird <colette@baird-pottery.example>
Subject: INV-53019 overdue

Dear Colette,

INV-53019 (kiln shelves and props) is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd""",
  i="A", n="HARD: forward to colleague with creditor cc'd: states it was paid at Easter, asks him to send us the remittance")

M(d="2025-07-15", fr="Ryan Cox <ryan@cox-electrics.example>", s="Re: INV-34777",
  b="""> Could you let us know when you'll be able to pay?

I paid by card over the phone to your colleague Jess last Thursday. She read me back the last four digits of the card.

Ryan

On Mon, 14 Jul 2025 at 10:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Ryan, INV-34777 is overdue. Could you let us know when you'll be able to pay?""",
  i="A", n="paid by card over the phone")

M(d="2026-10-09", fr="Isla Brown <isla@brown-bookshop.example>", s="Re: INV-83101", cr="hl",
  b="""On Thu, 8 Oct 2026 at 09:15, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
> Hi Isla,
>
> INV-83101 for the author event posters is now overdue.
>
> If you have already paid, please ignore this email.

I have - on the 1st. So I'm ignoring it, but thought you'd like to know!

Isla""",
  i="A", n="HARD: inline under 'if you have already paid, ignore': 'I have - on the 1st'")

M(d="2025-03-09", fr="Darren <darren.mills@icloud.example>", s="Re: INV-25444",
  b="""> On 7 Mar 2025, at 12:44, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>
> Hi Darren, INV-25444 is now overdue - could you sort it this week?

paid it yesterday mate

Sent from my iPhone""",
  i="A", n="bottom-posted, Sunday: 'paid it yesterday'")

M(d="2026-01-05", fr="Margaret Ellis <margaret.ellis@ellis-antiques.example>", s="Re: INV-45222", fmt="alt",
  b="""Dear Sirs,

The cheque is in the post. I posted it on Saturday from the village post office, made out to Northwind Supplies Ltd, for £388.00.

Yours faithfully,
Margaret Ellis""",
  q=("gm", 4, """Dear Mrs Ellis,

INV-45222 remains unpaid. Please arrange payment at your earliest convenience.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", a="388.00 GBP", n="cheque already posted")

M(d="2025-09-19", fr="Kirsty Law <kirsty@law-salons.example>", s="Re: Statement - September", cr="gf",
  b="""Hi Tom,

On Thu, 18 Sep 2025 at 10:20, Greenfold Packaging <accounts@greenfold-pack.example> wrote:
> INV-37301  salon gift bags
> INV-37355  tissue and ribbon
> INV-37402  printed boxes

All three went in one payment yesterday, £1,265.40 total, ref LAW-SEPT.

> Kind regards, Tom

Kirsty""",
  i="A", a="1265.40 GBP", n="inline: combined payment for three invoices; amount = total paid")

M(d="2026-06-12", fr="Amélie Rousseau <amelie@rousseau-bijoux.example>", s="RE: Facture INV-60021", cr="bp",
  b="""Bonjour Marta,

Le virement a été effectué hier, 640 EUR.

Cordialement,
Amélie

Le jeu. 11 juin 2026 à 09:30, Bright Pixel Studio <hello@brightpixel.example> a écrit :
> Hello Amélie, invoice INV-60021 (product photography) is now overdue.""",
  i="A", a="640.00 EUR", n="French: transfer made yesterday")

M(d="2025-12-05", fr="Accounts <accounts@kingsmead-school.example>", s="RE: INV-43777", cr="ks", fmt="html",
  b="""Dear Fran,

Please find below our remittance advice.

Supplier: Kestrel Facilities Services
Invoice: INV-43777
Amount: £5,412.00
Payment date: 04/12/2025
Method: BACS

Kind regards,
Kingsmead School Finance Office

From: Kestrel Facilities Services
Sent: 03 December 2025
> Dear Sir/Madam, INV-43777 (autumn term cleaning) is now overdue.""",
  html="""<p>Dear Fran,</p><p>Please find below our remittance advice.</p><table border="1" cellpadding="4" style="border-collapse:collapse"><tr><td>Supplier</td><td>Kestrel Facilities Services</td></tr><tr><td>Invoice</td><td>INV-43777</td></tr><tr><td>Amount</td><td>&pound;5,412.00</td></tr><tr><td>Payment date</td><td>04/12/2025</td></tr><tr><td>Method</td><td>BACS</td></tr></table><p>Kind regards,<br>Kingsmead School Finance Office</p><hr><p><b>From:</b> Kestrel Facilities Services<br><b>Sent:</b> 03 December 2025</p><blockquote style="border-left:1px solid #ccc;padding-left:6px">Dear Sir/Madam, INV-43777 (autumn term cleaning) is now overdue.</blockquote>""",
  i="A", a="5412.00 GBP", n="HTML-only remittance table + quoted blockquote")

M(d="2026-09-01", fr="Lena Fischer <lena@fischer-yoga.example>", s="Re: INV-76640",
  b="""On Mon, 31 Aug 2026 at 10:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> INV-76640 is overdue.

Already settled through your customer portal on Friday - the portal itself shows it as paid. Maybe the two systems don't talk?

Lena""",
  i="A", n="paid via portal on Friday")

M(d="2025-02-12", fr="Mike Sutton <mike@sutton-farm.example>", s="Re: INV-23821",
  b="""We paid on the 3rd. Can you tell me why it's still showing on your reminders?

Mike Sutton
Sutton Farm""",
  q=("gm", 1, """Dear Mike,

INV-23821 (feed bins and water troughs) is now overdue.

Regards,
Northwind Supplies Ltd"""),
  i="A", n="HARD: asks a question but states it was paid -> already_paid")

M(d="2026-11-04", fr="Neha Gupta <neha@gupta-consulting.example>", s="Re: INV-89912", cr="bp",
  b="""Transfer done.""",
  att=["transfer_screenshot.png"],
  q=("gm", 1, """Hi Neha,

Friendly reminder that INV-89912 is now overdue.

Marta
Bright Pixel Studio"""),
  i="A", n="two words + screenshot")

M(d="2025-08-08", fr="Ali Hassan <ali@hassan-carwash.example>", s="Re: INV-35811 - balance",
  b="""On Thu, 7 Aug 2025 at 11:18, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Ali,
>
> INV-35811 is overdue. Please let us know when it will be paid.

We paid £500 of this last week as agreed with Martin on the phone. He said that was fine for now.

Ali""",
  i="A", a="500.00 GBP", n="HARD: reports a part payment already made, no promise for the rest -> already_paid, amount £500")

M(d="2026-05-30", fr="Chris Baxter <chris@baxter-roofing.example>", s="Fwd: Payment advice - Northwind Supplies Ltd",
  b="""see below

---------- Forwarded message ---------
From: Online Banking <no-reply@business-bank.example>
Date: Fri, 29 May 2026 at 16:02
Subject: Payment advice - Northwind Supplies Ltd
To: Chris Baxter <chris@baxter-roofing.example>

You have made a payment.

Payee: NORTHWIND SUPPLIES LTD
Amount: £2,980.00
Reference: INV-57106
Date: 29/05/2026

This is an automated message. Please do not reply.""",
  i="A", a="2980.00 GBP", n="HARD: two-word comment on top of a forwarded bank payment notification (Saturday)")

M(d="2025-04-01", fr="Pat Dunne <pat@dunne-sports.example>", s="Re: INV-28790 / INV-28901",
  b="""On Mon, 31 Mar 2025 at 09:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Pat,
>
> INV-28790 (March 3rd delivery)

Paid 14 March.

> INV-28901 (March 10th delivery)

Paid 21 March, same reference format.

> Please arrange payment of both.

Pat""",
  i="A", n="inline: both invoices marked paid with dates")

M(d="2026-03-28", fr="Victoria Hunt <victoria@hunt-vineyard.example>", s="Re: INV-49850", fmt="alt",
  b="""Hi there,

Bizarre - the money went out on the 20th. I've attached the bank statement line with the reference circled.

Victoria

Hunt Vineyard | Cellar door open Fri-Sun 11-5 | hunt-vineyard.example
Please drink responsibly. This email and its contents are confidential.""",
  att=["statement_line.png"],
  q=("gm", 2, """Dear Victoria,

We still haven't received payment for INV-49850 (bottle cartons and dividers).

Kind regards,
Northwind Supplies Ltd"""),
  i="A", n="Saturday; money went out on the 20th, statement excerpt attached")

M(d="2025-11-03", t="09:41", fr="Jenny Ko <jenny@ko-florist.example>", to="Sam Ko <sam@ko-florist.example>",
  hdr={"Cc": "accounts@greenfold-pack.example"}, cr="gf", s="FW: Reminder INV-41408",
  b="""Sam, did you not pay this when you did the others on Friday? I'm sure you did. Greenfold cc'd - we'll get back to you.

Jenny

From: Greenfold Packaging <accounts@greenfold-pack.example>
Sent: Monday, November 3, 2025 8:55 AM
To: Jenny Ko <jenny@ko-florist.example>
Subject: Reminder INV-41408

Hi Jenny, INV-41408 (flower sleeves) is overdue.""",
  i="A", n="HARD: internal forward with creditor cc'd; 'I'm sure you did' (paid) -> already_paid")

M(d="2025-06-30", fr="Karl Jensen <karl@jensen-boatyard.example>", s="Re: INV-33660",
  b="""On Fri, 27 Jun 2025 at 09:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Karl,
>
> INV-33660 (antifouling and brushes) - please remit by 30 June.

Remitted on the 27th, same day you sent this.

> Regards,
> Northwind Supplies Ltd

Karl""",
  i="A", n="inline 'remitted on the 27th'")

# ---------------------------------------------------------------- question
M(d="2025-03-25", fr="Jasmine Rowe <jasmine@rowe-ceramics.example>", s="Re: INV-26530",
  b="""On Mon, 24 Mar 2025 at 10:02, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Jasmine,
>
> INV-26530 is now overdue. Please arrange payment to the account details
> shown on the invoice.

Which account? The invoice has two different sort codes on it, one in the header and one in the footer. I don't want to send it to the wrong one.

> Kind regards,
> Northwind Supplies Ltd

Jasmine""",
  i="Q", n="inline: asks which bank details are correct")

M(d="2026-08-18", fr="Nick Bramley <nick@bramley-motors.example>", s="RE: Account statement - August",
  b="""Comments in caps.

Nick

-----Original Message-----
From: Northwind Supplies Ltd [mailto:accounts@northwind-supplies.example]
Sent: 17 August 2026 08:40
To: Nick Bramley
Subject: Account statement - August

Dear Nick,

INV-65233   workshop consumables     WHAT IS THIS ONE FOR? CAN'T MATCH IT TO ANY PO.
INV-65290   brake fluid x 48         CAN YOU SEND THE SIGNED DELIVERY NOTE FOR THIS ONE?

Please arrange payment of the overdue balance.

Regards,
Northwind Supplies Ltd""",
  i="Q", n="caps notes inside our statement: a question on each line (what is it for / send the delivery note)")

M(d="2025-07-28", fr="Bella Tran <bella@tran-nails.example>", s="Re: INV-35390", cr="gf",
  b="""On Fri, 25 Jul 2025 at 14:20, Greenfold Packaging <accounts@greenfold-pack.example> wrote:
> Hi Bella, INV-35390 for the gift bags is now overdue - could you let us
> know when we'll see payment?
>
> Thanks, Greenfold

Hi, can you resend the invoice? It's not in our system and I can't find the original email anywhere.

Bella""",
  i="Q", n="bottom-posted: asks for invoice copy")

M(d="2026-04-08", fr="Derek Ames <derek@ames-joinery.example>", s="Fwd: URGENT - INV-52880 payment details changed",
  b="""Is this from you? It says your bank details have changed. We've had two fake invoices this year, so before we pay anything, can someone ring me on 01632 960 455 to confirm?

Derek

---------- Forwarded message ---------
From: Northwind Supplies Accounts <accounts@northwind-suppiies.example>
Date: Tue, 7 Apr 2026 at 17:45
Subject: URGENT - INV-52880 payment details changed
To: Derek Ames <derek@ames-joinery.example>

Dear Customer,

Please note our bank details have changed. Kindly remit INV-52880 to the new account below with immediate effect.

Accounts Department""",
  i="Q", n="forwards a suspicious email, asks us to confirm our bank details by phone")

M(d="2025-12-01", fr="Ollie Grant <ollie@grant-surf.example>", s="Re: INV-43105",
  b="""Went to pay this just now and realised I don't have your bank details - the invoice PDF only has a postal address. Can you send them over?

Ollie

On Thu, 27 Nov 2025 at 19:40, Ollie Grant <ollie@grant-surf.example> wrote:
> Cheers, I'll sort it Monday.
>
> On Thu, 27 Nov 2025 at 09:10, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>> Hi Ollie, INV-43105 (wetsuit hangers and racking) is overdue.""",
  i="Q", n="HARD: his own earlier promise for Monday is quoted; new text (on the Monday) asks for bank details")

M(d="2026-06-10", fr="Lucy Harding <lucy@harding-florals.example>", s="Re: INV-59930 - credit note", cr="hl",
  b="""Thanks for the credit note, Nadia. Could you send me a revised statement so I can see what's actually left to pay? I've lost track with all the back and forth.

Lucy

On Tue, 9 Jun 2026 at 15:00, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
> Hi Lucy, credit note CN-1150 is attached for the misprinted cards.
>
>> On Mon, 8 Jun 2026 at 11:22, Lucy Harding <lucy@harding-florals.example> wrote:
>> The place cards have the wrong date on them. I'm not paying for those.""",
  i="Q", n="HARD: her own earlier dispute is quoted and resolved; new text asks for a revised statement")

M(d="2025-10-20", fr="Procurement <procurement@westfield-nhs-trust.example>", s="RE: INV-39812 - overdue", cr="ks",
  b="""Hello,

What purchase order number should this be raised against? Our system automatically rejects invoices without a valid PO, which is probably why it hasn't been paid.

Procurement Team

> On Fri, 17 Oct 2025 at 16:20, Kestrel Facilities Services <ar@kestrel-fs.example> wrote:
> Could you let us know why this hasn't been paid?
>
>> On Fri, 3 Oct 2025 at 09:00, Kestrel Facilities Services <ar@kestrel-fs.example> wrote:
>> INV-39812 (deep clean, outpatients block) is now overdue.""",
  i="Q", n="multi-level: asks which PO number to use")

M(d="2026-02-17", fr="Carol Jennings <cjennings@bluegrasspediatrics.example>", s="Re: INV-47880 - W-9 needed", cr="mo",
  b="""please""",
  q=("gmus", 3, """Hi Carol,

INV-47880 for the exam room tablets is now past due. Could you give us an update?

Thanks,
Dana
Meridian Office Solutions"""),
  i="Q", n="HARD: one-word body 'please'; the W-9 request is in the edited subject")

M(d="2025-05-14", fr="Emma Schofield <emma.schofield@harrington-retail.example>", s="RE: INV-32006", cr="gf", fmt="html",
  b="""Hi Tom,

Could you upload this invoice to our Coupa supplier portal? We can't process emailed PDFs any more and it has to go through there to be paid. Let me know if you need an invitation link.

Emma

From: Greenfold Packaging
Sent: 13 May 2025
> Hi Emma, INV-32006 (shelf-ready trays) is now overdue.""",
  html="""<div>Hi Tom,</div><div><br></div><div>Could you upload this invoice to our Coupa supplier portal? We can't process emailed PDFs any more and it has to go through there to be paid. Let me know if you need an invitation link.</div><div><br></div><div>Emma</div><div><br></div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><b>From:</b> Greenfold Packaging<br><b>Sent:</b> 13 May 2025</div><blockquote style="margin-left:6px;border-left:2px solid #ccc;padding-left:6px">Hi Emma, INV-32006 (shelf-ready trays) is now overdue.</blockquote>""",
  i="Q", n="HTML-only blockquote; portal upload request")

M(d="2026-10-06", fr="Anthony Reed <anthony.reed@reed-civils.example>", s="RE: INV-82640 overdue",
  b="""Please can you confirm the PO number for this invoice.

Anthony Reed
Commercial Manager
Reed Civil Engineering Ltd
Head Office: Reed House, Station Road, Kettering NN15 7HH
T: 01536 555 010  M: 07700 900 123

Reed Civil Engineering Ltd is a company registered in England and Wales (Company No. 04567123). Registered Office: Reed House, Station Road, Kettering NN15 7HH. This email is intended only for the addressee and may contain privileged or confidential information. If you are not the intended recipient, any dissemination, distribution or copying is strictly prohibited; please notify us immediately and delete this email. We have taken precautions to minimise the risk of transmitting software viruses, but we advise you to carry out your own virus checks on any attachment to this message. Reed Civil Engineering Ltd cannot accept liability for any loss or damage caused by software viruses. Our standard terms and conditions apply to all transactions.""",
  q=("ol", 2, """Dear Anthony,

INV-82640 (site welfare supplies) is now overdue. Please advise on payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: one-line PO question above a much longer disclaimer")

M(d="2025-02-22", fr="Rosie Walker <rosie@walker-candles.example>", s="Re: Payment reminder",
  b="""?""",
  q=("gm", 2, """Hi Rosie,

Just a reminder that you have an invoice overdue with us. Please arrange payment at your earliest convenience.

Thanks,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: a bare '?' to a reminder that names no invoice -> asking which invoice (question), not ignore")

M(d="2026-09-14", fr="Gethin Rees <gethin@rees-farm-shop.example>", s="Re: INV-78644",
  b="""On Fri, 11 Sep 2026 at 10:30, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Gethin,
>
> INV-78644 is overdue - please can you let us know when you'll pay?

I'll pay it as soon as you send your bank details - they're not on the invoice and your website only has a phone number.

Gethin""",
  i="Q", n="HARD: promise conditional on receiving bank details -> question")

M(d="2025-09-08", fr="Kevin Marsh <kmarsh@marshlogistics-us.example>", s="RE: Past due - INV-37110", cr="mo",
  b="""Dana,

Our AP system won't release any payment to a new vendor without a current W-9 on file. Can you send one over? Once it's in, the invoice will go out on the next run.

Kevin

From: Meridian Office Solutions Inc. <billing@meridian-office.example>
Sent: Friday, September 5, 2025 3:30 PM
To: Kevin Marsh <kmarsh@marshlogistics-us.example>
Subject: Past due - INV-37110

Kevin, INV-37110 (dispatch office furniture) is now past due. Please advise.""",
  i="Q", n="HARD: needs W-9 before paying; payment conditional on the form -> question")

M(d="2026-03-03", fr="Tara Fenn <tara@fenn-bookkeeping.example>", s="Re: INV-48550",
  b="""On Mon, 2 Mar 2026 at 09:12, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Tara,
>
> INV-48550 was emailed to you on 3 February and is now overdue.

Emailed to which address? We never got it - it might have gone to the old info@ mailbox. Could you resend it to ap@fenn-bookkeeping.example?

> Regards,
> Northwind Supplies Ltd

Tara""",
  i="Q", n="inline: asks which address and to resend the invoice")

M(d="2025-11-16", fr="Mo Ibrahim <mo@ibrahim-grocers.example>", s="Re: Overdue balance", fmt="alt",
  b="""Could you send me a full statement please? I think we've paid some of these already but I'm not sure which ones.

Mo""",
  q=("gm", 3, """Dear Mo,

Your account has an overdue balance of £1,980.00 across four invoices. Please arrange payment.

Kind regards,
Northwind Supplies Ltd""", "Overdue balance"),
  i="Q", n="HARD: 'I think we've paid some' is uncertain; asks for statement -> question not already_paid")

M(d="2026-07-02", fr="Kelly Amos <kelly@amos-gym.example>", s="Re: Payment reminder", cr="hl",
  b="""> Please let us know when we can expect payment for your overdue invoice.

Which invoice is this? We've got three with you at the moment.

Kelly

On Wed, 1 Jul 2026 at 11:00, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
> Hi Kelly,
> Please let us know when we can expect payment for your overdue invoice.
> Harbour Lane Print Co""",
  i="Q", n="inline under our single quoted line: asks which invoice")

M(d="2025-08-14", fr="Sabine Roth <s.roth@roth-weinhandel.example>", s="AW: Rechnung INV-36021", cr="al",
  b="""Guten Tag,

Am Mi., 13. Aug. 2025 um 14:20 Uhr schrieb Alpenrose Logistik GmbH <buchhaltung@alpenrose-logistik.example>:
> Die Rechnung INV-36021 ist seit dem 31.07.2025 fällig.

Können Sie uns die Rechnung bitte noch einmal als PDF schicken? Wir finden sie nicht in unserem System.

Danke und Gruß
Sabine Roth""",
  i="Q", n="German inline: asks for a PDF copy")

M(d="2026-05-19", fr="Brad Keller <brad@kellerbrewing.example>", s="Re: INV-57002", cr="mo",
  b="""On Mon, May 18, 2026 at 10:15 AM Meridian Office Solutions Inc. <billing@meridian-office.example> wrote:
> Hi Brad, INV-57002 is 10 days past due. Please let us know how you'd like to
> pay.

Do you take credit card? If so, is there a surcharge? That'd be easiest for us.

Brad""",
  i="Q", n="asks about card payment and surcharge")

M(d="2025-01-19", fr="Yusuf Karim <yusuf@karim-pharmacy.example>", s="Re: INV-11202",
  b="""Hi,

Quick one - is VAT included in the figure on the reminder, or is it added on top? The invoice itself doesn't say.

Yusuf""",
  q=("gm", 2, """Dear Yusuf,

INV-11202 for £1,450.00 is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="VAT question, not contesting")

M(d="2026-01-22", fr="Helen Shaw <helen@shaw-opticians.example>", to="Paul Evans <paul@pe-bookkeeping.example>",
  hdr={"Cc": "accounts@northwind-supplies.example"}, s="FW: INV-46010 overdue",
  b="""Paul - this is the one I mentioned.

Northwind - Paul has taken over our bookkeeping. Could you let him know what the total outstanding balance is and send him copies of anything unpaid?

Thanks
Helen

From: Northwind Supplies Ltd <accounts@northwind-supplies.example>
Sent: Wednesday, January 21, 2026 9:30 AM
To: Helen Shaw <helen@shaw-opticians.example>
Subject: INV-46010 overdue

Dear Helen, INV-46010 is overdue.""",
  i="Q", n="HARD: forward to her bookkeeper with us cc'd, and a question to us (balance + copies) -> question, not ignore")

M(d="2025-06-25", fr="Omar Farouk <omar@farouk-kitchens.example>", s="Re: INV-33770",
  b="""Is the 2% early settlement discount still available if we pay this week? If so I'll pay today.

Omar""",
  q=("gm", 1, """Dear Omar,

INV-33770 falls due on [[+3|%-d %B]]. Our terms allow a 2% discount for payment within 14 days of invoice.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: asks about the discount; 'I'll pay today' is conditional on the answer -> question")

M(d="2026-11-20", fr="Nina Carr <nina@carr-interiors.example>", s="Re: INV-91504 - admin fee", cr="ks",
  b="""On Thu, 19 Nov 2026 at 10:00, Kestrel Facilities Services <ar@kestrel-fs.example> wrote:
> Dear Nina,
>
> INV-91504 includes a £45.00 administration fee.

Can you tell me what the admin fee covers? I haven't seen it on previous invoices and I'd like to understand it before I approve the rest.

Nina""",
  i="Q", n="HARD: asks what a fee is for without contesting it -> question; amount null")

M(d="2025-10-02", fr="Simon Leigh <simon@leigh-cabinets.example>", s="Re: INV-38960",
  b="""I think this might be a duplicate of INV-38715 - same amount and same delivery date. Can you check before we pay it?

Simon

On Wed, 1 Oct 2025 at 15:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Simon, INV-38960 (hinges and drawer runners) is now overdue.""",
  i="Q", n="HARD: possible duplicate raised as a question, not asserted -> question")

M(d="2026-04-02", fr="Anna Kowal <anna@kowal-print-shop.example>", s="Re: Terms on our account", cr="hl",
  b="""On Wed, 1 Apr 2026 at 09:45, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
> Hi Anna,
>
> INV-51230 is overdue. Payment terms on your account are 30 days.

I was told 60 days when we opened the account last year. Could you check which terms are actually set up for us? I'm not saying you're wrong, I just want to be sure before I plan payments.

Anna""",
  i="Q", n="HARD: terms question with a hint of disagreement, but explicitly asks rather than contests")

M(d="2025-04-04", fr="Carmen Ruiz <carmen@ruiz-aceites.example>", s="Re: Invoice INV-28844", cr="bp",
  b="""> Please transfer the amount due at your earliest convenience.

Hola Marta, we will transfer from our Spanish account. What is your IBAN and BIC? The invoice only shows a UK account number.

Carmen""",
  i="Q", n="inline under one quoted line; asks for IBAN/BIC")

M(d="2026-11-03", fr="Accounts Payable <ap@oakley-hotels.example>", s="RE: INV-92881 - portal rejection", cr="ks",
  b="""Good morning,

Our portal has rejected INV-92881 because it has no PO. Could you resubmit it with PO 4500128861, or tell us which PO you were given?

Accounts Payable
Oakley Hotels

From: Kestrel Facilities Services
Sent: 2 November 2026
INV-92881 (October linen service) is now overdue.""",
  i="Q", n="portal rejection; asks for resubmission with PO")

M(d="2025-01-31", fr="Margaux Petit <margaux@petit-galerie.example>", s="RE: Facture INV-10766", cr="bp",
  b="""Bonjour,

Pourriez-vous me renvoyer une copie de la facture ? Je ne la retrouve pas dans nos dossiers.

Merci,
Margaux

Le jeu. 30 janv. 2025 à 11:00, Bright Pixel Studio <hello@brightpixel.example> a écrit :
> Hello Margaux, invoice INV-10766 is now overdue.""",
  i="Q", n="French: asks for invoice copy")

M(d="2026-06-28", fr="Ben Trevelyan <ben@trevelyan-boats.example>", s="Re: INV-61117",
  b="""Who is this from? I don't recognise Northwind Supplies and I can't find an order. Can you send me the order confirmation and who placed it?

Ben""",
  q=("gm", 2, """Dear Ben,

INV-61117 (marine sealant and fixings) is now overdue.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: doesn't recognise us but asks rather than denies -> question")

M(d="2025-12-15", fr="Gwen Harris <gwen@harris-crafts.example>", s="Re: INV-44011 - remittance address?",
  b="""for a cheque""",
  q=("gm", 3, """Dear Gwen,

INV-44011 remains unpaid. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: three-word body; the question (where to post a cheque) is in the edited subject")

M(d="2026-02-04", fr="Raj Patel <raj@patel-electronics.example>", s="Re: INV-47290",
  b="""On Tue, 3 Feb 2026 at 09:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Raj, INV-47290 for the cable reels is overdue.

Can you send proof of delivery? Goods-in can't find a record of this one, but it might just be their filing.

Raj""",
  i="Q", n="HARD: asks for POD without asserting non-receipt -> question")

M(d="2025-07-05", fr="Lindsay Moore <lindsay@moore-landscaping.example>", s="Re: INV-34290", cr="ks",
  b="""> On 4 Jul 2025, at 09:20, Kestrel Facilities Services <ar@kestrel-fs.example> wrote:
>
> Hi Lindsay, INV-34290 is now overdue. Please let us know when we can
> expect payment.

Is this for the March job at the depot or the April one at the office? We had two and I want to match it to the right client.

Lindsay

Sent from my iPhone""",
  i="Q", n="bottom-posted Saturday: asks which job the invoice relates to")

M(d="2025-09-28", fr="Henry Wood <henry@wood-joinery.example>", s="Re: INV-38001",
  b="""Where should I send the remittance advice? Your reminder comes from a no-reply address.

Henry Wood
Wood & Sons Joinery""",
  q=("om", 1, """Dear Henry,

INV-38001 (hardwood and dowels) is now overdue. This mailbox is not monitored.

Northwind Supplies Ltd"""),
  i="Q", n="asks where to send remittance; no payment claim")

M(d="2025-11-08", fr="Oliver Penn <oliver@penn-carpentry.example>", s="Re: INV-41660", fmt="html",
  b="""Hi Priya,

Is this invoice net of the £300 deposit we paid when we placed the order? I can't see it shown anywhere.

Oliver

On 7 Nov 2025, Northwind Supplies Ltd wrote:
> Dear Oliver, INV-41660 for the staircase timber is now overdue.""",
  html="""<p>Hi Priya,</p><p>Is this invoice net of the &pound;300 deposit we paid when we placed the order? I can't see it shown anywhere.</p><p>Oliver</p><blockquote style="border-left:2px solid #ccc;padding-left:8px;margin-left:2px"><p>On 7 Nov 2025, Northwind Supplies Ltd wrote:</p><p>Dear Oliver, INV-41660 for the staircase timber is now overdue.</p></blockquote>""",
  i="Q", n="HARD: HTML-only; asks whether the deposit was deducted, not asserting an error -> question; amount null")

# ---------------------------------------------------------------- ignore
M(d="2025-02-11", fr="Hugh Penrose <hugh@penrose-estates.example>", s="RE: INV-23460 overdue", cr="ks", fmt="alt",
  b="""Forwarding to our AP team.

Hugh""",
  q=("ol", 1, """Dear Hugh,

INV-23460 (grounds maintenance, January) is now overdue. Please let us know when we can expect payment.

Regards,
Kestrel Facilities Services"""),
  i="I", n="'forwarding to our AP team', no stance")

M(d="2026-05-01", fr="Natalie Brooks <natalie.brooks@brooks-architecture.example>", s="Automatic reply: INV-55990 - payment reminder",
  b="""Thank you for your email. I am out of the office until Tuesday 12 May with limited access to email.

Please note that supplier payments are processed every Thursday by our finance team. For any payment queries please contact finance@brooks-architecture.example, who will be happy to help.

Kind regards,
Natalie Brooks""",
  auto=1,
  i="I", rd=("md", 5, 12), n="HARD: auto-reply that talks about payment runs; no commitment -> ignore")

M(d="2025-08-18", t="09:02", fr="Ian Castle <ian@castle-garage.example>", s="Out of Office: Re: INV-36600",
  b="""I'm on annual leave until 26 August. For anything urgent ring the workshop on 01632 960 771.

Ian

-----Original Message-----
From: Northwind Supplies Ltd <accounts@northwind-supplies.example>
Sent: 18 August 2025 09:02
Subject: Re: INV-36600

Hi Ian, just checking in on INV-36600 - could you confirm the payment date?""",
  auto=1,
  i="I", rd=("md", 8, 26), n="auto-reply with our original appended below an Outlook header")

M(d="2026-03-10", fr="Shona Grieve <shona@grieve-health.example>", s="Re: Updated invoice INV-48801",
  b="""On Mon, 9 Mar 2026 at 16:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Shona,
>
> As requested, please find attached the updated invoice INV-48801 with your
> new PO number.
>
> Please confirm receipt of this email.

Confirmed, got it.

> Kind regards,
> Priya

Shona""",
  i="I", n="HARD: inline 'confirmed' confirms receipt of the email, not payment -> ignore")

M(d="2025-06-13", fr="Kath Doyle <kath@doyle-deli.example>", s="Re: INV-33205", fmt="alt",
  b="""Just wanted to say thanks for being so patient with us over the last few months. It's really appreciated, not every supplier would have been.

Kath""",
  q=("gm", 1, """Hi Kath,

Thanks for your payment for INV-33205 - that's now cleared and your account is up to date.

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="HARD: thank-you note after we confirmed payment; not a promise nor a payment claim")

M(d="2026-10-23", t="12:15", fr="Martin Quayle <martin@quayle-signs.example>", s="Re: INV-83566",
  b="""Lovely, thanks Nadia. Have a good weekend.

Martin

On Fri, 23 Oct 2026 at 11:40, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
> Hi Martin, thanks - we've received the payment, all settled.
> Nadia
>
>> On Thu, 22 Oct 2026 at 15:10, Martin Quayle <martin@quayle-signs.example> wrote:
>> Paid INV-83566 this afternoon, ref QUAYLE83566.
>>
>>> On Thu, 22 Oct 2026 at 09:00, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
>>> INV-83566 is now overdue.""",
  cr="hl",
  i="I", n="HARD: his own 'paid' sits two levels down; new text is only thanks -> ignore")

M(d="2025-09-30", fr="Alison Kerr <alison@kerr-accountants.example>", s="Re: INV-38470 - received",
  b="""Alison Kerr ACA
Kerr & Co Chartered Accountants
3 Market Square, Hexham NE46 1XF""",
  q=("gm", 1, """Dear Alison,

Please find attached INV-38470 for the archive storage boxes, due in 30 days.

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="HARD: body is only a signature; the edited subject says 'received' -> acknowledgement")

M(d="2026-01-12", fr="Greta Olsen <greta@olsen-design.example>", s="Re: INV-45700", cr="bp", fmt="html",
  b="""Thanks Marta, I've passed this to Jamie in finance.

Greta

On 12 Jan 2026, Bright Pixel Studio wrote:
> Hi Greta, a gentle reminder that INV-45700 is due on Friday.""",
  html="""<div>Thanks Marta, I've passed this to Jamie in finance.</div><div><br></div><div>Greta</div><br><blockquote type="cite" style="padding-left:8px;border-left:2px solid #aaa;margin-left:0">On 12 Jan 2026, Bright Pixel Studio wrote:<br>Hi Greta, a gentle reminder that INV-45700 is due on Friday.</blockquote>""",
  i="I", n="HTML-only blockquote; passed to finance, no stance")

M(d="2025-04-15", fr="Richard Tan <richard.tan@tan-partners-llp.example>", s="RE: INV-29770",
  b="""Received, thank you.

Richard Tan
Partner
Tan & Partners LLP
12 St Paul's Churchyard, London EC4M 8AY
DX 123 London Chancery Lane

Tan & Partners LLP is a limited liability partnership registered in England and Wales with registered number OC312345 and is authorised and regulated by the Solicitors Regulation Authority. The word "partner" refers to a member of the LLP. This email and any attachments may be confidential and legally privileged. If you are not the intended recipient, please notify the sender and delete the email; you must not use, copy, disclose or distribute it. We accept no liability for any damage caused by viruses. CYBER CRIME WARNING: we will never change our bank details by email. Before transferring money to us, please call us on a number you have independently verified to confirm our details.""",
  q=("ol", 1, """Dear Richard,

Please find attached INV-29770 for the March stationery order.

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="HARD: three-word ack above a long law-firm disclaimer (which mentions bank transfers)")

M(d="2026-09-25", fr="Yvonne Hart <yvonne@hart-childcare.example>", s="Re: Credit application",
  b="""Attached.""",
  att=["credit_application_signed.pdf"],
  q=("gm", 3, """Hi Yvonne,

To set up your trade account, please return the attached credit application form, signed.

Thanks,
Northwind Supplies Ltd"""),
  i="I", n="HARD: one-word body + attachment, but the attachment is a signed account form, nothing about a debt -> ignore")

M(d="2025-11-25", fr="Sam Whitehead <sam.whitehead@gmail.example>", s="Re: INV-42806 - overdue",
  b="""On Mon, 24 Nov 2025 at 09:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Sam,
>
> INV-42806 for Beacon Builders Ltd is now overdue.

I think you've got the wrong Sam - I've never worked for Beacon Builders. Might be worth checking your contact list.""",
  i="I", n="wrong person, no stance on the debt")

M(d="2026-07-27", fr="Lee Harper <lee@harper-bakehouse.example>", s="Re: Payment reminder INV-63488", cr="gf",
  b="""unsubscribe""",
  q=("gm", 1, """Hi Lee,

INV-63488 is due on [[+5|%-d %B]].

Thanks,
Greenfold Packaging

To stop receiving these reminders, reply UNSUBSCRIBE."""),
  i="I", n="bare 'unsubscribe' answering the footer of our reminder")

M(d="2025-03-02", fr="Global Trade Leads <leads@b2b-leads-worldwide.example>", s="Re: Re: Your invoice",
  b="""Hello Dear,

We have a database of 2.5 million verified B2B buyers in your industry. Special price this week only $99 for the full list. Reply YES to get a free sample.

> Your invoice

Best Regards
Sales Team""",
  noref=1,
  i="I", n="spam disguised as a reply (fake Re: Re:, fake quote line)")

M(d="2026-04-20", fr="Hollow Oak Farm Shop <news@hollowoakfarm.example>", s="Spring at Hollow Oak - lambing weekend and new café menu",
  b="""Hello everyone!

Lambing weekend is back on 2-3 May. Come and meet the lambs, try our new café menu and pick up seedlings for the veg patch.

The Hollow Oak team

You are receiving this email because you signed up at hollowoakfarm.example. Unsubscribe | Manage preferences""",
  fmt="html", noref=1,
  html="""<table width="600" align="center" style="font-family:Arial,sans-serif"><tr><td style="background:#3b6b35;color:#fff;padding:16px;font-size:22px">Spring at Hollow Oak</td></tr><tr><td style="padding:16px"><p>Hello everyone!</p><p>Lambing weekend is back on <b>2-3 May</b>. Come and meet the lambs, try our new caf&eacute; menu and pick up seedlings for the veg patch.</p><p>The Hollow Oak team</p></td></tr><tr><td style="font-size:11px;color:#777;padding:16px">You are receiving this email because you signed up at hollowoakfarm.example. <a href="https://hollowoakfarm.example/u">Unsubscribe</a> | <a href="https://hollowoakfarm.example/p">Manage preferences</a></td></tr></table>""",
  i="I", n="newsletter from a debtor, HTML table layout")

M(d="2025-10-10", fr="Dominic Blake <dominic@blake-vet-group.example>", to="Credit Control - Northwind Supplies <accounts@northwind-supplies.example>",
  hdr={"Cc": "Priya Shah <priya.shah@blake-vet-group.example>"}, s="RE: INV-39440",
  b="""Adding Priya from our finance team, who looks after this now.

Dominic

From: Credit Control - Northwind Supplies <accounts@northwind-supplies.example>
Sent: Thursday, October 9, 2025 10:15 AM
To: Dominic Blake <dominic@blake-vet-group.example>
Subject: INV-39440

Dear Dominic, INV-39440 (surgical drapes and gowns) is now overdue.""",
  cr="nwc",
  i="I", n="reply-all adding a colleague to the thread; no stance")

M(d="2026-02-27", fr="Kristin Berg <kristin@berg-textiles.example>", s="Autosvar: INV-48011",
  b="""I am away from the office until 9 March. Invoices received during my absence will be processed on my return.

Kristin Berg
Berg Textiles AS""",
  auto=1,
  i="I", rd=("md", 3, 9), n="HARD: auto-reply saying invoices will be processed on return - generic, not a promise")

M(d="2025-05-23", fr="Kim Lowry <kim@lowry-florist.example>", s="Re: Copy invoice INV-32115", cr="hl",
  b="""> Please find attached a copy of the invoice as requested.

Thanks!

Kim

On Thu, 22 May 2025 at 15:20, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
> Hi Kim,
> Please find attached a copy of the invoice as requested.
> Nadia""",
  i="I", n="inline thanks for a copy invoice")

M(d="2026-08-21", fr="Pete Morgan <pete@morgan-autocentre.example>", s="Re: INV-66480",
  b="""Received. I'll have a look at it next week when things calm down.

Pete

On Thu, 20 Aug 2026 at 14:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Pete, INV-66480 is now overdue.""",
  i="I", n="HARD: 'I'll have a look at it next week' - no commitment to pay")

M(d="2025-12-29", t="10:47", fr="Tony Clarke <tony@clarke-roofing.example>", s="Re: INV-44590",
  b="""Sent from my iPhone

> On 29 Dec 2025, at 10:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>
> Hi Tony, INV-44590 is now overdue. Please could you let us know when we
> can expect payment?""",
  i="I", n="HARD: empty reply - only 'Sent from my iPhone' above the quoted reminder")

M(d="2026-06-16", fr="Ruth Penny <ruth@penny-opticians.example>", s="Re: INV-60244",
  b="""Can someone order more milk for the staff room please, we're out again. And the dishwasher tablets.

Ruth""",
  q=("gm", 1, """Dear Ruth,

INV-60244 is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="I", n="HARD: internal staff message sent as a reply to our thread by mistake")

M(d="2025-07-11", fr="Megan Rhodes <megan@rhodes-pets.example>", s="Re: Statement - July",
  b="""On Thu, 10 Jul 2025 at 09:00, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Dear Megan,
>
> Please find attached your July statement. No action is required if your
> account is up to date.

Noted, thanks.""",
  i="I", n="bottom-posted 'noted, thanks' to a statement that needs no action")

M(d="2026-03-31", fr="IT Helpdesk <helpdesk@fairway-group.example>", s="[Ticket #48812] Re: INV-50006 overdue",
  b="""This is an automated response. Your request has been received and assigned ticket number 48812. A member of our team will respond within 3 working days.

Please do not reply to this message.

Fairway Group Service Desk""",
  auto=1,
  i="I", n="helpdesk autoresponder; ticket number is not an invoice ref")

M(d="2025-08-04", fr="Jürgen Weiss <j.weiss@weiss-metall.example>", s="Abwesenheitsnotiz: INV-35760", cr="al",
  b="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 15. August nicht im Büro. In dringenden Fällen wenden Sie sich bitte an buchhaltung@weiss-metall.example.

Thank you for your message. I am out of the office until 15 August inclusive.

Jürgen Weiss""",
  auto=1,
  i="I", rd=("md", 8, 15), n="German/English OOO; 'bis einschließlich 15. August' -> return_date as stated")

M(d="2026-11-26", fr="postmaster@mail.carrow-hotels.example", s="Undeliverable: Re: INV-91770 reminder",
  b="""Your message to kate.flynn@carrow-hotels.example couldn't be delivered.

kate.flynn wasn't found at carrow-hotels.example.

Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
Subject: Re: INV-91770 reminder
From: Northwind Supplies Ltd <accounts@northwind-supplies.example>""",
  noref=1,
  i="I", n="bounce with original headers quoted")

M(d="2025-01-09", fr="Fiona Gale <fiona@gale-bridal.example>", s="Read: INV-10604 reminder",
  b="""Your message

  To: Fiona Gale
  Subject: INV-10604 reminder
  Sent: 08/01/2025 10:12

was read on 09/01/2025 08:47.""",
  i="I", n="read receipt")

M(d="2025-12-19", fr="Office <office@clayton-engineering.example>", s="Re: INV-44403 - Christmas closure", fmt="alt",
  b="""Hi,

Just to let you know our offices close on 23 December and reopen on 5 January. Anything sent in the meantime will be picked up then.

Merry Christmas!
Clayton Engineering Office""",
  q=("gm", 2, """Dear Sir/Madam,

INV-44403 is due on [[+14|%-d %B]].

Kind regards,
Northwind Supplies Ltd"""),
  i="I", rd=("md", 1, 5), n="HARD: manual (not automatic) holiday-closure notice; no stance on the invoice")

M(d="2026-05-26", t="09:58", fr="Jon Bright <jon@bright-cycles.example>", s="Re: INV-57030",
  b="""On Tue, 26 May 2026 at 09:10, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Jon,
>
> Thanks for the update. We'll send a revised statement at the end of the
> month.

ok

> Priya""",
  i="I", n="inline 'ok' to our note about a statement")

M(d="2025-10-24", fr="Patrick Neill <patrick@neill-lighting.example>", s="Re: INV-39777",
  b="""Thanks Martin - and thanks again for understanding.

Patrick

On Thu, 23 Oct 2025 at 16:30, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
> Hi Patrick, that's fine - we'll expect it on the 31st then.
> Martin
>
>> On Thu, 23 Oct 2025 at 12:05, Patrick Neill <patrick@neill-lighting.example> wrote:
>> Martin, I'll pay INV-39777 on the 31st, promise.""",
  i="I", n="HARD: his own promise is only in the quoted history; new text is thanks -> ignore")

M(d="2026-09-07", t="10:20", fr="Laura Dean <laura@dean-homewares.example>", s="Fwd: Change of address",
  b="""Please note our new address below for future invoices.

Laura

---------- Forwarded message ---------
From: Laura Dean <laura@dean-homewares.example>
Date: Mon, 7 Sep 2026 at 08:30
Subject: Change of address
To: suppliers@dean-homewares.example

Dear supplier,

From 1 October our registered and delivery address will be: Unit 12, Riverside Trading Estate, Maldon CM9 4LE. Please update your records.

Dean Homewares Ltd""",
  noref=1,
  i="I", n="forward of a change-of-address notice; no stance on any debt")

M(d="2026-02-10", t="08:59", fr="Rachel Green <rachel@green-events.example>", s="Re: INV-47420",
  b="""got it, thanks x

Sent from my iPhone

> On 10 Feb 2026, at 08:45, Northwind Supplies Ltd <accounts@northwind-supplies.example> wrote:
>
> Hi Rachel, here's INV-47420 for the chair covers - due in 14 days.""",
  i="I", n="ack of a new invoice")

M(d="2025-05-05", fr="Eddie Flint <eddie@flint-bros.example>", s="Automatic reply: Re: INV-31610",
  b="""Hi, I no longer work at Flint Bros. Please send anything about accounts to office@flint-bros.example.

This mailbox is no longer monitored.""",
  auto=1,
  i="I", n="left-company auto-reply with a redirect")

M(d="2026-06-06", fr="Stella Knight <stella@knight-gallery.example>", s="Re: INV-60350 - payment received", cr="bp",
  b="""> Thanks Stella, your payment for INV-60350 arrived this morning.

Brilliant, glad it got there in the end!

Stella""",
  i="I", n="HARD: mentions payment arrival, but we have already confirmed receipt; nothing to act on -> ignore")

M(d="2025-02-26", t="10:36", fr="Jack Moss <jack@moss-print-finishing.example>", s="Re: INV-24180", cr="hl",
  b="""Nadia - cheers, all good. Speak next week about the new order.

Jack

On Wed, 26 Feb 2025 at 10:00, Harbour Lane Print Co <credit@harbourlaneprint.example> wrote:
> Hi Jack,
>
> Just to confirm we've now applied credit note CN-0712 to INV-24180, so the
> invoice is closed.
>
> Thanks,
> Nadia
>
>> On Tue, 25 Feb 2025 at 14:00, Jack Moss <jack@moss-print-finishing.example>
>> wrote:
>> INV-24180 was for the wrong stock, I'm not paying it until it's credited.""",
  i="I", n="HARD: his own dispute is quoted two levels down and already resolved; new text is just an ack")

# --- END OF DATA ---

if __name__ == "__main__":
    sys.exit(main("inline"))
