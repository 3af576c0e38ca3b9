"""Hand-written labelled debtor replies, slice "terse".

Flavour: short replies typed on phones / by busy small-business owners
(one-liners, lowercase, typos, texting abbreviations, "Sent from my iPhone",
top-posted above a quoted reminder), plus some medium-length informal mails
from sole traders and micro-businesses.

Every message body below was written by hand as literal data; kit.py only
packages them (see its docstring for the fields of M).

Run:  /work/venv/bin/python data/sources/terse.py
Writes data/labelled/terse/terse-NNN.eml and data/labelled/terse/labels.jsonl
"""

from __future__ import annotations

import sys

from kit import M, main

# ==========================================================================
# DATA
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2025-12-03", fr="Dave Collins <dave@collinsplumbing.example>", s="Re: Overdue: INV-20431",
  b="""will pay fri

Sent from my iPhone""",
  q=("ios", 4, """Hi Dave,

Just a quick reminder that invoice INV-20431 for £412.50 was due on [[-12|%-d %B]] and is still showing as unpaid on our side.

Could you let us know when we can expect payment?

Many thanks,
Northwind Supplies Accounts"""),
  i="P", pd=("wd", "fri"), n="bare weekday promise, 3 words")

M(d="2025-06-09", fr="mel <mel.trenton@gmail.example>", s="Re: Invoice INV-31877 - payment reminder",
  b="""ok sorry will sort tmrw""",
  q=("gm", 2, """Dear Melanie,

Our records show that INV-31877 (£86.00) is now 14 days overdue. Please arrange payment at your earliest convenience.

Regards
Accounts Team
Northwind Supplies Ltd"""),
  i="P", pd=("tmrw",), n="tmrw abbreviation")

M(d="2026-02-14", fr="Gareth Pryce <gareth@pryce-joinery.example>", s="RE: Statement of account - February",
  b="""Paying it Monday first thing. Sorry about the delay, been snowed under with a kitchen fit out in Cardiff.

G""",
  q=("ol", 4, """Dear Gareth,

Please find below your statement of account for February.

INV-46551   12/01/2026   £1,106.40
INV-46802   23/01/2026   £636.40

Balance overdue: £1,742.80

We would be grateful for payment by return.

Kind regards,
Sharon Blake
Accounts Receivable | Northwind Supplies Ltd"""),
  i="P", pd=("wd", "mon"), n="Saturday message, 'Monday first thing'")

M(d="2026-11-03", fr="Rosa's Kitchen <rosa@rosaskitchen-cafe.example>", s="Re: Reminder - INV-40219 now overdue",
  b="""Hi there,

Sorry, I know this one is late. We had both ovens go on us in October and the repair ate every penny we had that month. I'm going to transfer the £640 on the 15th once the card takings from the weekend clear, that's a definite.

Thanks for being patient with us, we really do appreciate the supplies.

Rosa
Rosa's Kitchen, 14 Mill Street""",
  q=("gm", 6, """Hello Rosa,

This is a friendly reminder that invoice INV-40219 for £640.00 (catering disposables, delivered [[-45|%-d %B]]) fell due on [[-15|%-d %B %Y]].

If you have already paid, please ignore this message.

Kind regards,
Northwind Supplies Ltd
Accounts Receivable"""),
  i="P", pd=("dom", 15), a="640.00 GBP", n="café owner, excuse + firm date 'the 15th'")

M(d="2025-02-24", fr="T. Okafor <tunde@okafor-electrical.example>", s="Re: Reminder: payment due",
  b="""thx for the nudge. been on a rewire in Harrogate all week and forgot the office exists. payment going out end of wk, full amount""",
  q=("gm", 2, """Hi Tunde,

A quick reminder that INV-11820 for £385.00 was due on [[-7|%-d %B]]. If it's already on its way, thank you and please ignore this.

Best,
Northwind Supplies Ltd"""),
  i="P", pd=("eow",), n="'end of wk' on a Monday -> Friday this week")

M(d="2025-03-21", fr="Jess Harlow <jess@harlowflowers.example>", s="Re: Payment reminder INV-22904",
  b="""Hiya, paying this tonight after close x""",
  q=("gm", 1, """Hi Jess,

Just flagging that INV-22904 (£158.40) is now overdue. Would you be able to settle it this week?

Thanks!
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("today",), n="'tonight' = today")

M(d="2026-07-08", fr="Sam Whitlock <sam@whitlockbuild.example>", s="Re: Final reminder INV-58112",
  b="""Sam here. Yes I know. Client still hasn't paid me for the Ashford job but I'm not leaving you hanging. I'll put £1,000 across on Friday and the other £1,430 on the 31st.

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 3, """Dear Mr Whitlock,

FINAL REMINDER

Despite previous reminders, invoice INV-58112 for £2,430.00 remains unpaid. It was due on [[-40|%d/%m/%Y]].

Unless payment is received within 7 days we will place your account on stop.

Credit Control
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "fri"), a="1000.00 GBP", n="HARD: split promise, first payment £1,000 Friday, rest on 31st; amount = first instalment")

M(d="2025-04-12", fr="Ingrid Sørlie <ingrid@fjordkaffe.example>", s="Sv: Påminnelse / reminder INV-30077",
  b="""Hi. Sorry, I have been at the trade fair in Bergen. Will pay on Tuesday, bank is closed for weekend and on Monday I am alone in the café. 4 250 NOK.

Ingrid""",
  i="P", pd=("wd", "tue"), a="4250.00 NOK", n="Norwegian café, NOK with space thousand separator")

M(d="2026-01-15", fr="Paddy Moran <paddy@moranagri.example>", s="Re: Your account",
  b="""Will clear the balance when the milk cheque comes in on the 20th. Same as every month lads.""",
  q=("om", 3, """Dear Paddy,

Your account shows an overdue balance of €2,915.60 made up of INV-45102 (€1,480.00) and INV-45388 (€1,435.60), both past their 30 day terms.

Please let us know when we can expect payment.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 20), n="farm, tied to milk cheque but firm date")

M(d="2026-08-25", fr="Ana Lima <ana@limadesign.example>", s="Re: INV-66310 reminder",
  b="""hey! totally forgot, sorry. paying it now""",
  q=("gmus", 1, """Hi Ana,

Hope you're well. INV-66310 for $750.00 is a couple of weeks past due now - could you take a look when you get a sec?

Cheers,
Northwind Supplies"""),
  i="P", pd=("today",), n="'paying it now' = today")

M(d="2025-03-06", fr="Dr. K. Mensah <reception@mensahdental.example>", s="Re: Overdue invoice inv-24518",
  b="""Dr Mensah has signed this off. It will be in our payment run next Thursday.

Lucy (Reception)
Mensah Dental Practice
Tel: 01632 960 114""",
  fmt="alt",
  i="P", pd=("wd", "thu"), n="receptionist writing; 'next Thursday' = first Thursday after (message is Thu)")

M(d="2026-06-09", fr="Hugo Brandt <hugo@brandt-metallbau.example>", s="AW: Zahlungserinnerung INV-71204",
  b="""Hallo,
zahlen wir am Freitag. Sorry für die Verspätung.
Gruß Hugo

Von meinem iPhone gesendet""",
  cr="al",
  q=("de", 5, """Sehr geehrter Herr Brandt,

wir möchten Sie freundlich daran erinnern, dass die Rechnung INV-71204 über 1.320,00 EUR seit dem [[-20|%d.%m.%Y]] fällig ist.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH
Buchhaltung"""),
  i="P", pd=("wd", "fri"), n="German one-liner, Freitag; EUR amount only in quote so amount null")

M(d="2025-08-13", fr="Chloe <chloe@thecrumbbakery.example>", s="Re: Reminder: invoice INV-35510 overdue",
  b="""Got it - will pay £95 today and the other £95 next week, hope that's ok xx

Sent from my iPhone""",
  q=("ios", 2, """Hi Chloe,

Invoice INV-35510 for £190.00 (piping bags, boxes and cake boards) is now overdue. Could you let us know when you'll be able to pay?

Thanks so much,
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("today",), a="95.00 GBP", n="HARD: two halves; first £95 today is a commitment (the 'hope that's ok' is politeness)")

M(d="2025-02-13", fr="Vikram Desai <vikram@desai-it.example>", s="Re: INV-12006 / INV-12044",
  b="""12006 was paid last Monday, check again pls. 12044 goes out tomorrow.

V""",
  q=("gm", 3, """Dear Vikram,

According to our ledger the following invoices are outstanding:

INV-12006   $1,200.00   due [[-25|%b %d]]
INV-12044   $480.00     due [[-11|%b %d]]

Please let us know when these will be settled.

Thank you,
Meridian Office Solutions Inc.
Billing Department""", "Outstanding invoices"),
  cr="mo",
  i="P", pd=("tmrw",), n="HARD: mixed already_paid + promise; promise wins, date = tomorrow for INV-12044")

M(d="2025-04-04", fr="Lorna McAllister <lorna@mcallistergrooming.example>", s="Re: Payment reminder",
  b="""I haven't paid yet no, sorry. I'll do it Monday when I'm back at the laptop.

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 3, """Hi Lorna,

I hope you're keeping well. Our records show that invoice INV-27044 for £67.50 (3 x 5L conditioning shampoo) hasn't been paid yet - it was due on [[-10|%-d %B]].

Could you have a look when you get a minute?

Thanks,
Priya
Accounts, Northwind Supplies"""),
  i="P", pd=("wd", "mon"), n="negation 'haven't paid yet' then promise")

M(d="2026-03-26", fr="Ollie Baptiste <ollie@baptisteautos.example>", s="Re: INV-44107 - 30 days overdue",
  b="""On it. Friday.""",
  q=("gm", 1, """Ollie,

INV-44107 (£1,845.00, brake parts and diagnostics kit) is now 30 days overdue. I've tried calling the garage a couple of times. Please can you confirm a payment date today.

Thanks,
Martin
Credit Control, Northwind Supplies Ltd"""),
  i="P", pd=("wd", "fri"), n="two-word fragment reply")

M(d="2026-03-10", fr="accounts@seaviewcaravans.example", s="RE: Remittance request - INV-45290",
  b="""Good morning,

This invoice has been approved and is scheduled for our payment run on the 18th. You should see £3,162.00 in your account the day after.

Kind regards

Joanne Pettifer
Accounts Assistant
Seaview Caravan Park Ltd
www.seaviewcaravans.example""",
  fmt="alt",
  i="P", pd=("dom", 18), a="3162.00 GBP", n="payment run on the 18th; date = run date")

M(d="2025-03-18", fr="Marek Zieliński <marek@zielinski-bud.example>", s="Re: INV-29015",
  b="""Dzień dobry, sorry for delay, the investor paid us late for the roof in Gdynia. I will transfer 2 800 PLN this Thursday. Regards Marek""",
  i="P", pd=("wd", "thu"), a="2800.00 PLN", n="Polish builder, PLN")

M(d="2025-09-09", fr="Beth <beth@bethjonesphotography.example>", s="Re: Quick reminder",
  b="""ahh sorry!! paying on payday which is the 28th, promise

Get Outlook for Android""",
  q=("ol", 2, """Hi Beth,

Quick reminder that INV-37762 for £220.00 (the print order from [[-50|%B]]) is overdue. No stress, just let me know when you can sort it.

Thanks
Harbour Lane Print Co"""),
  cr="hl",
  i="P", pd=("dom", 28), n="freelancer, payday the 28th")

M(d="2025-04-08", fr="Steve Rudd <steve.rudd@outlook.example>", s="Re: INV-27731 outstanding",
  b="""Steve here. Was away in Spain, phone off the whole time, wife's orders. Back now. Will pay you Thursday 10th.""",
  fmt="html",
  i="P", pd=("wd", "thu"), n="weekday + day-of-month agree (Thu 10 Apr 2025)")

M(d="2026-07-24", fr="Harriet Wells <harriet@wellsfarmshop.example>", s="Re: Statement / INV-62018, INV-62140",
  b="""Hello,

I've looked at this tonight after shutting the shop. The first one (62018) I'm fairly sure I paid by card over the phone a few weeks back, but I can't find the receipt so I'll check with the bank. The second I definitely owe and I'll transfer £318.75 on Monday morning.

Harriet
Wells Farm Shop""",
  q=("om", 2, """Dear Harriet,

Please find below your current statement.

INV-62018  £204.00
INV-62140  £318.75

Total outstanding: £522.75

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "mon"), a="318.75 GBP", n="HARD: unsure about first invoice, firm promise on second")

M(d="2026-03-16", fr="Rich Bello <rich@bellocoffee.example>", s="Re: INV-43008 overdue",
  b="""will pay end of month when i get paid by the council for the events catering

Sent from my iPhone""",
  q=("ios", 5, """Hi Rich,

INV-43008 for £1,090.00 (cups, lids and sleeves) is now three weeks overdue. Please could you let me know when we can expect it?

Cheers,
Martin
Credit Control"""),
  i="P", pd=("eom",), n="end of month with reason; still a firm date")

M(d="2025-03-07", fr="Kasia <kasia.nowak@gmail.example>", s="Re: Invoice #26419",
  b="""paid half just now, rest on the 21st. sorry for the hassle""",
  q=("gmus", 4, """Hi Kasia,

Invoice #26419 for €360.00 is now overdue. Could you arrange payment please?

Regards,
Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("dom", 21), n="HARD: half already paid + promise for rest on 21st; promise wins, date = 21st, no explicit amount")

M(d="2025-05-12", fr="Terry Gould <terry@gouldroofing.example>", s="RE: INV-32599 reminder",
  b="""Terry will pay this week - he's up on a roof in Bath today. Thursday at the latest.

Pam (Terry's wife, does the books)""",
  fmt="alt",
  i="P", pd=("wd", "thu"), n="wife doing books; 'Thursday at the latest' = date")

M(d="2025-08-22", fr="Nico Ferrante <nico@ferrantegelato.example>", s="Re: Payment overdue INV-36605",
  b="""Sorry mate, August is mental with the tourists and I haven't touched the paperwork in weeks. Sorted on Monday, €540 coming your way.""",
  q=("gm", 4, """Dear Nico,

We haven't yet received payment for INV-36605 (€540.00), due on [[-12|%-d %B %Y]].

Please arrange payment or let us know if there's a problem.

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "mon"), a="540.00 EUR", n="slang 'sorted on Monday'")

M(d="2026-10-13", fr="Aisha Rahman <aisha@rahmanpharmacy.example>", s="Re: INV-87324",
  b="""Hi,
Apologies - our bookkeeper left in September and things have slipped. I'm catching up on all suppliers this week. Yours will be paid by Friday, £1,276.30.
Aisha""",
  q=("gm", 8, """Dear Aisha,

We haven't yet received payment for INV-87324 (£1,276.30), which was due on [[-30|%-d %B]]. Please could you look into this.

Many thanks,
Accounts - Northwind Supplies Ltd"""),
  i="P", pd=("wd", "fri"), a="1276.30 GBP", n="bookkeeper left; 'by Friday'")

M(d="2025-03-10", fr="joe@joesbikes.example", s="re: inv 24980",
  b="""yep will do it wed

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 2, """Joe,

Reminder - invoice INV-24980 (£212.00, inner tubes and brake pads) is overdue since [[-9|%-d %B]].

Thanks
Northwind"""),
  i="P", pd=("wd", "wed"), n="lowercase abbreviation 'wed'")

M(d="2026-08-19", fr="Lena Hoffmann <lena@hoffmann-yoga.example>", s="Re: Erinnerung / reminder INV-64452",
  b="""Hi! I'll pay the 180 CHF tomorrow morning, was travelling. Danke & sorry!""",
  fmt="html",
  i="P", pd=("tmrw",), a="180.00 CHF", n="CHF, yoga studio")

M(d="2026-08-28", fr="Craig Dunlop <craig@dunlopscaffolding.example>", s="Re: Account on stop - INV-65190",
  b="""Craig here.

Don't put us on stop, we've got three jobs on next week and need the fittings. I've authorised the full £4,912.00 today, it'll be with you Tuesday as Monday's the bank holiday.

Cheers
Craig Dunlop
Dunlop Scaffolding Ltd
M: 07700 900412""",
  q=("ol", 1, """Dear Craig,

Your account has been placed on stop due to the overdue balance on INV-65190 (£4,912.00), now 45 days past due.

We will lift the stop as soon as payment is received.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "tue"), a="4912.00 GBP", n="HARD: authorised today but arrives Tuesday after bank holiday; promised date = Tuesday")

M(d="2026-02-16", fr="Fiona Grant <fiona@grant-accountancy.example>", s="Re: INV47003",
  b="""Fiona from Grant Accountancy here. Yes, we're aware. Payment will be made on 27 February along with our other supplier payments.""",
  q=("ol", 6, """Dear Fiona,

According to our records, invoice INV47003 for £845.00 remains unpaid. The payment terms were 30 days from the invoice date.

Please advise when payment will be made.

Regards,
Northwind Supplies Ltd"""),
  i="P", pd=("md", 2, 27), n="explicit date with month name")

M(d="2025-02-25", fr="Ray <ray.kitchens@yahoo.example>", s="Re: invoice",
  b="""ill get it paid thursday

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 3, """Hi Ray,

We still haven't received payment for INV-13120 (£1,275.00 - worktops and fittings). It was due on [[-16|%d/%m/%Y]]. Can you confirm when it'll be paid?

Thanks
Northwind Supplies""", "Invoice"),
  i="P", pd=("wd", "thu"), n="no apostrophe, vague subject, no ref")

M(d="2025-08-20", fr="Emma Clarke <emma@clarkeandcoinsurance.example>", s="RE: Payment reminder - Harbour Lane Print Co - INV-36174",
  b="""Hi,

Thanks for the reminder. The invoice for the leaflets is approved and will go in the next BACS run, which is on 29/08/2025. Amount £612.00.

Best,
Emma Clarke
Office Manager
Clarke & Co Insurance Brokers""",
  cr="hl",
  q=("ol", 3, """Hello Emma,

A gentle reminder that our invoice INV-36174 for £612.00 (5,000 A5 leaflets) was due for payment on [[-10|%-d %B]].

We'd be grateful if you could arrange payment.

Best regards,
Harbour Lane Print Co"""),
  i="P", pd=("iso", "2025-08-29"), a="612.00 GBP", n="numeric date dd/mm/yyyy unambiguous (29 > 12)")

M(d="2025-02-22", fr="Mo Haddad <mo@haddadgrocers.example>", s="Re: INV-13380",
  b="""Brother I will pay on monday inshallah. Was ill all week

Sent from my iPhone""",
  q=("ios", 3, """Hello Mo,

Just a reminder that INV-13380 for £318.20 is overdue. Please let us know if there is anything wrong with it.

Best regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "mon"), n="Saturday message; Monday")

M(d="2026-07-30", fr="Pete <pete@petesvans.example>", s="Re: Re: INV-63322 OVERDUE",
  b="""Said I'd pay and I will. Money goes out on the 1st with everything else. Stop emailing me every other day please""",
  q=("gm", 1, """Pete,

We are still waiting for payment of INV-63322 (£2,040.00). This is now 38 days overdue and our third reminder. Please pay immediately or call us.

Credit Control
Northwind Supplies Ltd""", "INV-63322 OVERDUE"),
  i="P", pd=("dom", 1), n="irritated tone, 'on the 1st' -> next 1st")

M(d="2025-05-22", fr="Claire Fenwick <claire@fenwickvet.example>", s="Re: Invoice INV-33145 overdue",
  b="""Hello

Apologies, this got stuck in our approvals as the practice manager was on leave. I've now approved it and it will be paid within the next 7 days.

Claire Fenwick
Fenwick Veterinary Clinic""",
  q=("gm", 5, """Dear Claire,

We note that invoice INV-33145 (£2,088.00, surgical consumables) is overdue by 21 days. Please advise when payment can be expected.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="P", pd=("plus", 7), n="'within the next 7 days' -> +7")

M(d="2025-10-29", fr="Zoë Adeyemi <zoe@zoeadeyemi-illustration.example>", s="Re: INV-39941",
  b="""paying tmrw! thx for waiting

Sent from my iPhone""",
  fmt="alt", q=("ios", 2, """Hi Zoë,

Hope all's well! INV-39941 for £145.00 (art paper and inks) is a little overdue now. Could you take a look?

Thanks,
Northwind"""),
  i="P", pd=("tmrw",), n="tmrw + thx")

M(d="2026-03-11", fr="Graham <graham.t@btinternet.example>", s="Re: Outstanding invoice",
  b="""I don't do online banking, never have. I will send a cheque for $275 in the post tomorrow, made out to Northwind Supplies.

Graham Tully""",
  q=("om", 5, """Dear Mr Tully,

Our records indicate that invoice INV-22150 for $275.00 is now overdue. We would appreciate your prompt attention to this matter.

Yours sincerely,
Accounts Department
Northwind Supplies Ltd""", "Outstanding invoice"),
  i="P", pd=("tmrw",), a="275.00 USD", n="cheque to be posted tomorrow")

M(d="2025-06-02", fr="Lucia Romano <lucia@romanotrattoria.example>", s="Re: reminder INV-33970 / INV-34012",
  b="""Ciao, sorry!! Will pay both today before service. Lucia

Get Outlook for Android""",
  q=("ol", 3, """Hi Lucia,

Just a reminder that the following are overdue:
- INV-33970 £289.10
- INV-34012 £144.00

Thanks a lot,
Northwind Supplies"""),
  i="P", pd=("today",), n="both invoices today")

M(d="2026-07-13", fr="Dan Petrov <dan@petrov-webdev.example>", s="Re: INV-62705",
  b="""Client paid me finally so I can pay you. Sending $2,150 on Wednesday.

Sent from my iPhone""",
  q=("ios", 6, """Hi Dan,

Following up on INV-62705 for $2,150.00 - it's now more than 30 days past due. Can you give me an update?

Thanks,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "wed"), a="2150.00 USD", n="freelancer paid by own client, Wednesday")

M(d="2025-05-06", fr="Shona <shona@shonashairstudio.example>", s="Re: Invoice INV-32811",
  b="""Yes sorry hun will pay by the end of the week

Sent from my Galaxy""",
  q=("and", 2, """Hi Shona,

INV-32811 (£178.90) was due last week - just a gentle nudge in case it got missed!

Thanks
Northwind Supplies"""),
  i="P", pd=("eow",), n="'end of the week' on Tuesday -> Friday")

M(d="2026-08-13", fr="Bjorn Lindqvist <bjorn@lindqvist-snickeri.example>", s="SV: Reminder INV-64078",
  b="""Hello, we pay 6 400 kr on Monday. Regards Björn, Lindqvist Snickeri AB""",
  fmt="alt",
  i="P", pd=("wd", "mon"), a="6400.00 SEK", n="'kr' with Swedish context = SEK")

M(d="2025-11-17", fr="Hannah Price <hannah@priceandpartnerslaw.example>", s="RE: INV-40566 - second reminder",
  b="""Dear Northwind,

Thank you for your email. I can confirm that this invoice has been passed for payment and will be settled on 28 November.

Kind regards,
Hannah Price
Practice Manager
Price & Partners Solicitors

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient please notify the sender immediately and delete it. Price & Partners Solicitors is authorised and regulated by the Solicitors Regulation Authority.""",
  q=("ol", 4, """Dear Hannah,

Second reminder: INV-40566 for £534.00 remains unpaid. It was due on [[-24|%-d %B %Y]].

Please could you let us know when payment will be made.

Yours sincerely,
Northwind Supplies Ltd"""),
  i="P", pd=("md", 11, 28), n="legal disclaimer signature; explicit date")

M(d="2026-08-02", fr="Kev <kev.gardens@gmail.example>", s="Re: INV-63981",
  b="""sorry mate forgot all about it. il pay u 2moro""",
  q=("gm", 4, """Hi Kev,

INV-63981 for £96.00 is overdue - could you sort it when you get a chance?

Cheers
Northwind Supplies"""),
  i="P", pd=("tmrw",), n="heavy texting: 'il pay u 2moro'")

M(d="2025-07-10", fr="Owen Rees <owen@reesbrewing.example>", s="Re: Payment reminder INV-34990",
  b="""Hi, Owen at Rees Brewing. Yeah we're a bit behind after the festival season but this one's in the run for Monday.

Owen""",
  fmt="html",
  i="P", pd=("wd", "mon"), n="brewery, 'in the run for Monday'")

M(d="2025-04-21", fr="Nadia Kowalczyk <nadia@sparrowtutoring.example>", s="Re: INV-28402",
  b="""Hi, the first €100 went last week as agreed with your colleague. Will pay the remaining €120 tomorrow. Thanks for your patience

Sent from my iPhone""",
  cr="bp", q=("ios", 3, """Hi Nadia,

Thanks for the first part payment. There's still €120.00 outstanding on INV-28402 - could you let us know when you'll be able to pay the balance?

Best,
Bright Pixel Studio"""),
  i="P", pd=("tmrw",), a="120.00 EUR", n="remaining balance")

M(d="2026-08-24", fr="Marcus Jeffries <marcus@jeffriesevents.example>", s="Re: INV-65512 - overdue",
  b="""Marcus here - I'm at a festival site all week with no laptop. I'll do the transfer next week, promise.

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 3, """Hi Marcus,

INV-65512 for £1,120.00 (staging hardware) is overdue. Please could you arrange payment?

Best,
Kestrel Facilities Services"""),
  cr="ks",
  i="P", pd=("nw",), n="'next week' -> Friday of following week")

M(d="2026-10-22", fr="Tom Fairbairn <tom@fairbairn-landscapes.example>", s="Re: Statement",
  b="""Tom at Fairbairn Landscapes. I'll settle the lot - £2,300 - on the 30th when our big client pays. Cheers""",
  q=("ol", 3, """Hello Tom,

Please find your statement below.

INV-85012  £1,150.00  overdue
INV-85240  £1,150.00  overdue

Total £2,300.00. We'd appreciate payment or a date.

Kind regards,
Accounts Receivable
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 30), a="2300.00 GBP", n="dated promise with reason")

M(d="2025-07-17", fr="Priya <priya@spicebox-catering.example>", s="Re: INV-35101 payment",
  b="""hi sorry for late reply, we had 3 weddings back to back this wk and im only just looking at emails. paying today by card on ur portal""",
  fmt="html",
  cr="gf",
  i="P", pd=("today",), n="'paying today by card'")

M(d="2026-01-22", fr="Will Harrington <will@harringtonfurniture.example>", s="Re: INV-46213 overdue",
  b="""I'll get this paid within 14 days. Trade has been really quiet since Christmas.

Will""",
  q=("gmus", 6, """Dear Will,

Our records show INV-46213 for £2,604.00 (upholstery foam and fabric) was due on [[-20|%-d %B]] and is still outstanding.

Please let us know when payment will be made.

Many thanks,
Northwind Supplies Ltd"""),
  i="P", pd=("plus", 14), n="'within 14 days'")

M(d="2025-04-15", fr="Eilidh Ross <eilidh@rossknitwear.example>", s="Re: reminder",
  b="""Hi, yes I will pay this when I'm back in the studio. Sorry!

Eilidh

Sent from Yahoo Mail for Android""",
  q=("and", 4, """Dear Eilidh,

This is a reminder that INV-28012 for £236.00 is overdue. Please arrange payment at your earliest convenience.

Kind regards
Northwind Supplies""", "Reminder"),
  i="P", n="vague timing -> promised_date null")

M(d="2026-07-20", fr="Jamal Ortiz <jamal@ortizfitness.example>", s="Re: INV-62980",
  b="""Payment will be made shortly. Thanks.""",
  q=("gmus", 7, """Hello Jamal,

Reminder: INV-62980 ($3,480.00, gym flooring) was due [[-14|%B %-d]]. Please advise on payment status.

Regards,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", n="'shortly' -> null date")

M(d="2025-03-11", fr="Sue Barker <sue@barkerstables.example>", s="Re: Invoice INV-25217",
  b="""Dear Sir or Madam

I'm sorry this is late. I have asked my son to do the online banking for me on Saturday when he visits as I don't do computers. It will be the £96.50.

Mrs S Barker
Barker's Livery Stables""",
  q=("om", 6, """Dear Mrs Barker,

We write to remind you that invoice INV-25217 for £96.50 (bedding and feed buckets) was due for payment on [[-18|%-d %B %Y]].

We would be grateful if you could arrange payment.

Yours sincerely,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "sat"), a="96.50 GBP", n="older sole trader, son pays Saturday")

M(d="2026-08-06", fr="Adam Wójcik <adam@wojcik-transport.example>", s="Re: INV-63640",
  b="""ok. payment 2nd sep""",
  q=("gm", 2, """Dear Adam,

Invoice INV-63640 for €3,180.00 is now 10 days overdue. Please advise on a payment date.

Regards,
Alpenrose Logistik GmbH"""),
  cr="al",
  i="P", pd=("md", 9, 2), n="terse 'payment 2nd sep'")

M(d="2025-03-08", fr="Carla Mendes <carla@mendesboutique.example>", s="Re: Friendly reminder",
  b="""Hi! Yes I'll pay it next week when the stock money comes in. Sorry x""",
  q=("gm", 2, """Hi Carla,

Just a friendly reminder that invoice INV-25330 for £240.00 is now overdue. Let us know if there's any problem.

Best,
Northwind"""),
  i="P", pd=("nw",), n="Saturday message; 'next week' -> Friday of following week")

M(d="2026-10-01", fr="Greg Tanner <greg@tannerhvac.example>", s="RE: INV-84177 past due",
  b="""Check will be mailed Monday for the full $5,612.45.

Greg Tanner
Tanner Heating & Cooling LLC
(555) 014-2290""",
  q=("om", 10, """Greg,

Our records indicate invoice INV-84177 in the amount of $5,612.45 is past due. Please remit payment at your earliest convenience.

Thank you,
Meridian Office Solutions Inc.
Accounts Receivable"""),
  cr="mo",
  i="P", pd=("wd", "mon"), a="5612.45 USD", n="US cheque ('check') mailed Monday")

M(d="2025-08-04", fr="Freya Olsen <freya@olsen-ceramics.example>", s="Re: INV-35987 reminder",
  b="""Thank you for the reminder. I've set up the transfer to go out on 8/8.""",
  fmt="alt",
  i="P", pd=("wd", "fri"), n="HARD: '8/8' is unambiguous (same day and month) = Fri 8 Aug 2025")

M(d="2026-05-29", fr="Luke Sandoval <luke@sandovalcustoms.example>", s="Re: Invoice INV-59024 overdue",
  b="""I'm paying A$850 today and will clear the rest over the next couple of weeks.

Luke""",
  q=("gmus", 5, """Hi Luke,

We haven't received payment for INV-59024 (A$2,150.00). It was due on [[-19|%-d %B]]. Please let us know when we can expect it.

Regards,
Northwind Supplies"""),
  i="P", pd=("today",), a="850.00 AUD", n="part payment today in AUD; rest vague")

M(d="2026-12-03", fr="Bernadette Kelly <bernie@kellysbar.example>", s="Re: INV-93017",
  b="""Hi, Bernie from Kelly's. I'll drop a cheque into your Dublin office tomorrow on my way to the cash and carry. €780.

Bernie""",
  fmt="html",
  i="P", pd=("tmrw",), a="780.00 EUR", n="cheque dropped in tomorrow")

M(d="2026-07-04", fr="Josh Whitaker <josh@whitakertiling.example>", s="Re: INV-61544",
  b="""Paying the 624 Mon

Sent from my iPhone""",
  q=("ios", 2, """Hi Josh,

INV-61544 (£624.00, adhesive and grout) is overdue since [[-8|%-d %B]]. Can you let me know when it'll be paid?

Thanks
Northwind Supplies"""),
  i="P", pd=("wd", "mon"), a="624.00", n="terse; bare amount without currency -> currency null")

M(d="2026-03-19", fr="Anneke de Vries <anneke@devries-bloemen.example>", s="Antw: Herinnering INV-48236",
  b="""Hello, we pay this on Tuesday 24 March. Groeten, Anneke""",
  q=("nl", 4, """Dear Anneke,

This is a reminder that invoice INV-48236 for EUR 415.00 is overdue since [[-16|%d-%m-%Y]].

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "tue"), n="Dutch florist; 'Tuesday 24 March' consistent")

M(d="2025-11-23", fr="Callum <callum.reid@hotmail.example>", s="Re: INV-40770",
  b="""will pay the £60 tomoz

Sent from my iPhone""",
  q=("ios", 3, """Hi Callum,

Just a reminder that £60.00 is still outstanding on INV-40770.

Thanks,
Northwind Supplies"""),
  i="P", pd=("tmrw",), a="60.00 GBP", n="slang 'tomoz'")

M(d="2026-04-27", fr="Sofia Marin <sofia@marin-translations.example>", s="Re: Reminder - INV-51920",
  b="""Hello,

I've been in hospital for a few days, hence the silence. I'm home now. I will make the payment of CAD 420 on Friday when my disability payment arrives.

Sofia""",
  fmt="alt",
  i="P", pd=("wd", "fri"), a="420.00 CAD", n="CAD; personal circumstances")

M(d="2026-08-28", fr="Matt <matt@mattsmobilemechanic.example>", s="Re: Parts invoice",
  b="""Bank transfer setup for tuesday. Cheers""",
  q=("gm", 2, """Hi Matt,

Quick one - the parts invoice INV-64930 (£388.45) from last month is still open. Could you let me know when you can pay?

Cheers,
Northwind Supplies"""),
  i="P", pd=("wd", "tue"), n="Friday message, 'tuesday'")

M(d="2026-04-15", fr="Helen Ashworth <helen@ashworthschool.example>", s="RE: INV-52377 Kestrel Facilities",
  b="""Good afternoon,

I can confirm this has been approved by the bursar. Schools pay suppliers on the last working day of the month so it will be paid then.

Helen Ashworth
School Business Manager
Ashworth Primary School""",
  fmt="html", q=("ol", 5, """Dear Helen,

We note that INV-52377 for £1,312.00 (classroom consumables, spring term) is now overdue. Could you please let us know when it will be paid?

Kind regards,
Accounts
Kestrel Facilities Services"""),
  cr="ks",
  i="P", pd=("iso", "2026-04-30"), n="HARD: 'last working day of the month' = Thu 30 Apr 2026")

# ---------------------------------------------------------------- extension_request
M(d="2025-09-17", fr="Becky Lowe <becky@lowelettings.example>", s="Re: INV-38205",
  b="""can we do end of month instead? bit tight rn, two tenants behind on rent and the boiler at no.14 went

Get Outlook for Android""",
  q=("ol", 3, """Hi Becky,

Reminder that INV-38205 for £940.00 is now overdue. Please get in touch if you need anything from us.

Regards,
Northwind Supplies Ltd"""),
  i="X", pd=("eom",), n="asks permission for end of month")

M(d="2025-07-09", fr="Alan Marsh <alan@marshmotors.example>", s="Re: Payment reminder - INV-34770",
  b="""Any chance of another 2 weeks on this one?

Sent from my iPhone""",
  q=("ios", 2, """Dear Alan,

Invoice INV-34770 for £1,060.00 was due on [[-9|%-d %B]]. We'd appreciate payment or an update on when to expect it.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("plus", 14), n="'another 2 weeks' -> +14")

M(d="2025-09-12", fr="Nat <nat@natsnails.example>", s="Re: Overdue",
  b="""cash is tight, cant do this week sorry

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 2, """Hi Nat,

Your invoice INV-37650 for £118.00 is overdue. Could you let us know when we'll receive payment?

Thanks
Northwind""", "Overdue"),
  i="X", n="cannot pay now, no date -> extension, null")

M(d="2025-03-30", fr="Georgios Pappas <georgios@pappascafe.example>", s="Re: Statement - 3 invoices overdue",
  b="""Hello,

I am writing about the £900 that we owe you. I am not hiding from it. The winter was very bad for us, the road outside was closed for the water works for six weeks and nobody could park. Now it is getting better with the spring.

Is it possible to pay you £300 per month, starting the 5th of April, then May and June? I will set up a standing order so you don't have to chase me.

Please tell me if this is ok.

Thank you
Georgios
Pappas Café & Bakery""",
  q=("gm", 3, """Dear Georgios,

Your account currently shows three overdue invoices:

INV-25720  £312.00
INV-26104  £288.00
INV-26688  £300.00

Total £900.00. Please contact us to arrange payment.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  i="X", pd=("md", 4, 5), a="300.00 GBP", n="instalment plan proposal; first payment 5 April; amount = instalment")

M(d="2026-08-17", fr="Imran Qureshi <imran@qureshioptics.example>", s="Re: INV-64801",
  b="""would the 28th be ok?

Sent from my iPhone""",
  q=("ios", 4, """Dear Imran,

Our records show INV-64801 for £760.00 remains unpaid. It was due on [[-14|%-d %B]].

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("dom", 28), n="permission-seeking date -> extension")

M(d="2025-11-09", fr="Lottie Shaw <lottie@shawandsparrow.example>", s="Re: Reminder: INV-40112",
  b="""Hi! Could I possibly pay this in two halves? €225 now-ish and €225 in December? Things are a bit stretched after the launch. Thanks so much, L x""",
  fmt="html",
  cr="bp",
  i="X", a="225.00 EUR", n="HARD: split request; first half €225 'now-ish' is vague -> date null, amount = first instalment")

M(d="2026-06-27", fr="Declan Byrne <declan@byrnegroundworks.example>", s="Re: Account overdue - INV-60335",
  b="""Lads I need a bit longer on this. Main contractor on the Naas job is 60 days late paying us and I've wages to cover first. Can you give me till the end of July?

Declan""",
  q=("gm", 1, """Declan,

INV-60335 (€6,720.00) is now 42 days overdue. We need to hear from you this week or we'll have to stop further deliveries.

Regards,
Credit Control
Northwind Supplies"""),
  i="X", pd=("iso", "2026-07-31"), n="'till the end of July' (message in June) -> 31 July")

M(d="2026-05-27", fr="Marta <marta@martascleaning.example>", s="Re: INV-58840",
  b="""can i pay next week instead pls

Sent from my iPhone""",
  q=("ios", 1, """Hi Marta,

INV-58840 (£212.00) was due on [[-6|%-d %B]]. Could you pay this week please?

Thanks!
Northwind Supplies"""),
  i="X", pd=("nw",), n="'next week instead pls' asks permission")

M(d="2025-12-23", fr="Stuart Innes <stuart@innesbooks.example>", s="Re: INV-43360 overdue",
  b="""Hi,

Can this wait until after Christmas? I could pay on the 9th Jan once the shop's December takings are banked. Would really help.

Stuart
Innes Books""",
  fmt="alt", q=("om", 6, """Dear Stuart,

We have not received payment of INV-43360 for £488.00, which was due on [[-21|%-d %B %Y]]. Please arrange payment as soon as possible.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  i="X", pd=("md", 1, 9), n="year rollover: 9 Jan next year")

M(d="2026-04-10", fr="Hollie Dean <hollie@deanmarketing.example>", s="Re: INV-51004",
  b="""Hi,

I'm really sorry. I lost my biggest retainer client last month and I'm waiting on a couple of smaller projects to pay out. Is there any way we could spread the $1,800 over three months? I could do $600 on the 1st of each month from May.

Hollie""",
  fmt="alt",
  cr="bp",
  i="X", pd=("dom", 1), a="600.00 USD", n="three-month plan from 1 May; amount = instalment")

M(d="2025-10-27", fr="Alfie <alfie@alfiesbarbers.example>", s="Re: reminder INV-39850",
  b="""not got it this week mate, shop was shut 4 days with the flood next door. give us till fri week?

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 2, """Alfie,

Reminder: INV-39850 £275.00 now overdue. Please pay or get in touch.

Northwind Supplies"""),
  i="X", pd=("iso", "2025-11-07"), n="HARD: 'fri week' (UK slang) = Friday of next week, Fri 7 Nov 2025")

M(d="2026-09-21", fr="Ruth Okonjo <ruth@okonjocare.example>", s="RE: INV-80266 - 2nd reminder",
  b="""Good morning

Our funding from the local authority has been delayed by about a month, which has left us short. We're a small charity and we'd rather be honest than ignore you. Could we have an extra 30 days on this invoice? I'll make sure it is the first thing paid when the grant lands.

With thanks,
Ruth Okonjo
Finance Officer
Okonjo Community Care (registered charity no. 1187xxx)""",
  q=("ol", 2, """Dear Ruth,

This is our second reminder regarding INV-80266 for £1,480.00, which was due on [[-21|%-d %B %Y]].

Please arrange payment or contact us to discuss.

Kind regards,
Accounts Receivable
Northwind Supplies Ltd"""),
  i="X", pd=("plus", 30), n="charity, 'extra 30 days' -> +30")

M(d="2025-05-06", fr="Hamish Todd <hamish@toddsheep.example>", s="Re: Feed invoice",
  b="""Wool cheque comes in July, that's when I settle up with everyone. Can it wait till then? Been a dear spring for feed.""",
  q=("gm", 5, """Dear Mr Todd,

Invoice INV-31402 for £1,624.00 (ewe nuts and mineral licks) is overdue. Please advise when payment will be made.

Regards,
Northwind Supplies Ltd""", "Feed invoice"),
  i="X", n="farmer, vague month -> null")

M(d="2026-06-14", fr="Elena Petrova <elena@petrova-studio.example>", s="Re: INV-60012",
  b="""Could we push this to the 20th? My card got cloned and the bank has frozen everything while they sort it out.""",
  fmt="alt",
  i="X", pd=("dom", 20), n="push to the 20th, frozen bank account")

M(d="2025-06-23", fr="Kieran Walsh <kieran@walshelectric.example>", s="Re: INV-33822 + INV-34015",
  b="""I can pay one now and the other one next month if thats alright?""",
  q=("gmus", 4, """Hi Kieran,

Two invoices are now overdue on your account:
INV-33822 - £410.00
INV-34015 - £395.50

Could you let us know when they'll be paid?

Thanks
Northwind Supplies"""),
  i="X", n="HARD: asks permission to split invoices over months; no clear which/when -> null")

M(d="2025-12-22", fr="Megan Ellis <megan@ellisdogwalks.example>", s="Re: Invoice",
  b="""Hi, I'm really struggling this month with Christmas and the van MOT. Can I pay in January? Sorry""",
  q=("gm", 3, """Hi Megan,

Just a reminder that INV-43140 for £84.00 is now overdue.

Thanks,
Northwind""", "Invoice"),
  i="X", n="'in January' -> vague, null")

M(d="2025-06-10", fr="Rob <rob@robsrepairs.example>", s="Re: INV-33590",
  b="""can't pay atm, waiting on insurance money. will let u know

Sent from my iPhone""",
  q=("ios", 4, """Hi Rob,

INV-33590 for £455.00 is now 20 days past due. Please let us know your plans for payment.

Regards
Northwind Supplies Ltd"""),
  i="X", n="can't pay now, no commitment")

M(d="2026-05-21", fr="Joanna Nowicka <joanna@nowicka-ksiegowosc.example>", s="Re: INV-57310 przypomnienie",
  b="""Hello,
is it possible to pay 1 500 PLN now and 1 500 PLN on 15 June? We have a problem with a client.
Best regards
Joanna Nowicka""",
  fmt="alt",
  i="X", pd=("today",), a="1500.00 PLN", n="HARD: asks permission for split; first payment 'now' = today")

M(d="2026-03-13", fr="Tyler Brooks <tyler@brooksauto.example>", s="RE: Past due invoice INV-48050",
  b="""Hey - we're a little behind due to a slow quarter. Can we get net 60 on this one? I can have it to you by April 30.

Tyler Brooks
Brooks Auto Body""",
  q=("om", 5, """Tyler,

Invoice INV-48050 for $2,960.00 is now 15 days past due. Please let us know when payment will be sent.

Thanks,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("md", 4, 30), n="asks for net 60 with proposed date")

M(d="2025-02-15", fr="Nell Hargreaves <nell@hargreavespottery.example>", s="Re: Friendly reminder - INV-12885",
  b="""Hello,

Thank you for the reminder, and sorry this is late. January was the quietest month I've had in five years of trading and I don't have the £265 right now. Would it be all right if I paid at the end of February, once the Valentine's orders have been paid out by the marketplace?

Best wishes,
Nell""",
  i="X", pd=("eom",), n="end of February (message in Feb) -> 28 Feb")

M(d="2026-11-21", fr="Connor Doyle <connor@doylecoaches.example>", s="Re: INV-91202",
  b="""would another 10 days be ok? struggling a bit

Sent from my iPhone""",
  q=("ios", 2, """Hi Connor,

Your account shows INV-91202 (£1,380.00) as overdue. Can you give me a date for payment?

Thanks,
Martin
Credit Control"""),
  i="X", pd=("plus", 10), n="'another 10 days' -> +10, permission-seeking")

M(d="2025-03-26", fr="Isla Gordon <isla@gordonstudio.example>", s="Re: Payment request",
  b="""I can't pay this until my client pays me, sorry - they're on 60 day terms. I'll keep you posted

Get Outlook for Android""",
  q=("ol", 6, """Hi Isla,

Just a reminder that INV-26050 (£1,150.00) is due for payment. Let me know if you need anything from us.

Best,
Bright Pixel Studio"""),
  cr="bp",
  i="X", n="pay-when-paid, no date")

M(d="2026-07-31", fr="Franco Bianchi <franco@bianchi-pizzeria.example>", s="Re: INV-63009 (2nd notice)",
  b="""Hi, summer very quiet this year, tourists not coming. I ask if I can pay €400 each month until it is done. Thanks Franco""",
  fmt="html",
  i="X", n="monthly plan without start date; amount €400 is instalment but no date",
  a="400.00 EUR")

M(d="2026-08-15", fr="Ben Carver <ben@carverjoinery.example>", s="Re: Reminder",
  b="""Can I sort this on the 25th when I get paid for the loft conversion?""",
  q=("gm", 3, """Hi Ben,

Reminder that INV-64700 for £1,985.00 (oak boards) fell due on [[-12|%-d %B]] and is still unpaid. Please let us know when to expect it.

Thanks,
Northwind Supplies"""),
  i="X", pd=("dom", 25), n="'Can I sort this on the 25th' -> permission")

M(d="2025-12-20", fr="Orla Quinn <orla@quinnsdeli.example>", s="Re: INV-43119",
  b="""Hi Northwind,

Would it be possible to pay this in the new year? December is always chaos with hampers and I'm trying to keep enough in the account for staff wages. I could do the 16th of January.

Thank you
Orla Quinn
Quinn's Deli""",
  fmt="html",
  i="X", pd=("md", 1, 16), n="HTML-only; proposes 16 Jan next year")

M(d="2026-12-18", fr="Ahmed Saleh <ahmed@salehtextiles.example>", s="RE: INV-94512 overdue",
  b="""We are closing for holidays from today until 5 January. Can payment wait until we are back? We will pay in the first week of January.""",
  q=("ol", 3, """Dear Ahmed,

INV-94512 (€3,905.00) is now overdue. Please advise on payment.

Regards,
Alpenrose Logistik GmbH"""),
  cr="al",
  i="X", n="asks to wait; 'first week of January' vague -> null")

M(d="2025-12-30", fr="Pippa <pippa@pippaspantry.example>", s="Re: INV-44009",
  b="""can we do half now half end of jan?""",
  q=("gm", 5, """Hi Pippa,

INV-44009 for £312.00 is overdue. Please arrange payment.

Best wishes,
Northwind Supplies"""),
  i="X", pd=("today",), n="HARD: asks permission for split; first half 'now' -> today")

M(d="2026-09-06", fr="Stephen Ward <stephen@wardmarine.example>", s="Re: Account balance",
  b="""Hi,

Boatyard's been quiet and our overdraft is maxed out. I'm not going to be able to pay the £2,400 in one go. Can we set up a payment plan? I was thinking £400 a month. Let me know what you need from me.

Steve Ward
Ward Marine Services
Mob: 07700 900881""",
  q=("om", 4, """Dear Mr Ward,

We note that your account balance of £2,400.00 (INV-78710 and INV-79022) is now overdue. Please contact us to arrange payment.

Regards,
Credit Control
Northwind Supplies Ltd""", "Account balance"),
  i="X", a="400.00 GBP", n="payment plan request, no start date; amount = instalment")

M(d="2026-08-22", fr="Jenny Li <jenny@lifamilychemist.example>", s="Re: INV-65144",
  b="""can this wait til monday week? thx""",
  q=("gm", 2, """Dear Jenny,

INV-65144 for £566.20 was due on [[-9|%-d %B]]. We would appreciate payment this week.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("iso", "2026-08-31"), n="HARD: 'monday week' = Monday after next Monday; Sat 22 Aug -> Mon 31 Aug 2026")

M(d="2026-04-18", fr="Adrian Cole <adrian@colefencing.example>", s="Re: INV-52610 - reminder",
  b="""Adrian here. Is it ok if I pay this at the end of next month? Been a slow start to the season.

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 2, """Hello Adrian,

We're writing to remind you that invoice INV-52610 for £830.00 is past its due date of [[-12|%-d %B]].

Many thanks
Northwind Supplies Ltd"""),
  i="X", pd=("eonm",), n="end of next month -> 31 May 2026")

M(d="2025-03-17", fr="Tanya Ivanova <tanya@ivanova-accounts.example>", s="Re: INV-25590",
  b="""Hi, we will need a further 21 days on this one as our customer hasn't paid. Please confirm that's acceptable.""",
  fmt="html",
  i="X", pd=("plus", 21), n="'further 21 days', asks confirmation")

M(d="2025-04-11", fr="Liam Fox <liam@foxbikes.example>", s="Re: INV-27890",
  b="""Liam here. Got hit with a big VAT bill. Can we do £200 a week for 4 weeks starting next Friday?

Sent from my iPhone""",
  q=("ios", 3, """Hi Liam,

INV-27890 (£800.00) is overdue by two weeks now. Please can you let us know when it'll be paid?

Cheers,
Northwind"""),
  i="X", pd=("wd", "fri"), a="200.00 GBP", n="weekly plan starting next Friday (message is Friday -> 18 Apr)")

M(d="2025-10-09", fr="Dorota <dorota.krawiec@onet.example>", s="Re: Reminder",
  b="""Hi sorry I can't pay now. I lost my job. I try to pay something in November. Dorota""",
  q=("gm", 4, """Hi Dorota,

A reminder that INV-38310 for £145.00 is still unpaid. Please let us know when you can pay.

Thanks,
Northwind Supplies""", "Reminder"),
  i="X", n="personal hardship, vague month")

M(d="2026-05-06", fr="Amelia Hart <amelia@hartinteriors.example>", s="Re: INV-56402",
  b="""Hi there,

Could we possibly have until the 22nd? We've had two clients go quiet on us at once.

Thanks,
Amelia""",
  fmt="alt",
  cr="hl",
  i="X", pd=("dom", 22), n="'until the 22nd'")

M(d="2026-11-17", fr="Nathan Price <nathan@pricecarpentry.example>", s="Re: INV-91555 final notice",
  b="""Please don't send this to collections. I can't pay the full £3,200 right now but I can pay something. Can we talk about instalments? Call me on 07700 900233 any time after 5.""",
  q=("ol", 2, """Dear Mr Price,

FINAL NOTICE

INV-91555 for £3,200.00 is now 60 days overdue. If we do not receive payment or hear from you within 7 days, the debt will be passed to our collections agency.

Credit Control
Northwind Supplies Ltd"""),
  i="X", n="HARD: can't pay the £3,200 in full, asks for instalments; no amount he will pay -> amount null")

M(d="2025-03-13", fr="Pam Nicholls <pam@nichollsfarm.example>", s="Re: INV-25403",
  b="""can it go to april? lambing

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 3, """Dear Pam,

INV-25403 for £1,046.00 (lambing supplies) is now overdue. Please let us know when we can expect payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", n="three-word excuse 'lambing'; 'april' vague -> null")

M(d="2025-03-09", fr="Ivo Kranjc <ivo@kranjc-design.example>", s="Re: Reminder INV-25105",
  b="""Hi, is it ok if I pay on Friday instead of today? Salary is late.""",
  q=("gm", 2, """Hi Ivo,

Small reminder that INV-25105 for €95.00 will be overdue from [[+0|%-d %B]]. Could you arrange payment?

Thanks,
Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("wd", "fri"), n="asks permission for Friday (message Sunday)")

M(d="2025-11-19", fr="Carys Morgan <carys@morgansflorist.example>", s="Re: INV-40828",
  b="""Im so sorry. Can I have a few more days? Il be in touch

Sent from my iPhone""",
  fmt="alt", q=("ios", 2, """Hi Carys,

INV-40828 (£268.00) is 2 weeks overdue. Any update on payment?

Thanks
Northwind"""),
  i="X", n="'a few more days' vague")

M(d="2026-10-30", fr="Walter Graf <walter@graf-sanitaer.example>", s="AW: INV-86210",
  b="""Guten Tag,
we ask for extension of payment until 30.11. because of liquidity problems.
Thank you.
W. Graf""",
  cr="al",
  q=("de", 7, """Sehr geehrter Herr Graf,

die Rechnung INV-86210 über 2.740,00 EUR ist seit [[-21|%d.%m.%Y]] überfällig. Bitte begleichen Sie den Betrag umgehend.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH"""),
  i="X", pd=("md", 11, 30), n="German date '30.11.' unambiguous")

M(d="2026-08-20", fr="Leo Sharpe <leo@sharpeprint.example>", s="Re: Overdue account",
  b="""Hi,

Leo here. We've had a nightmare month - the Heidelberg died and the repair was £8k. I'm asking all our suppliers for a bit of breathing room. Could we settle your balance in two parts, half on 15 September and half on 15 October?

Appreciate it,
Leo Sharpe
Sharpe Print & Design""",
  fmt="html",
  i="X", pd=("md", 9, 15), n="two-part plan, first 15 Sept")

M(d="2026-12-04", fr="Rachel Green <rachel@greensgarden.example>", s="Re: INV-93200",
  b="""Would it be ok if this was paid 5th Jan? Cashflow over Christmas is very tight for us

Sent from my iPhone""",
  q=("ios", 3, """Dear Rachel,

INV-93200 for £1,740.00 will be overdue from [[+1|%-d %B]]. Please arrange payment by then.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 1, 5), n="5th Jan next year")

M(d="2026-04-07", fr="Kofi Boateng <kofi@boatengtech.example>", s="Re: INV-51233 reminder",
  b="""Can we make it 30 days from now?""",
  q=("gmus", 2, """Hi Kofi,

Reminder that INV-51233 for $2,890.00 is now past due. Please advise on payment.

Regards,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("plus", 30), n="'30 days from now'")

M(d="2025-10-24", fr="Sinead Murphy <sinead@murphysewing.example>", s="Re: Outstanding balance",
  b="""Hello,

I know I owe this. I'm self employed and just had an operation so I haven't been able to work for five weeks. I really can't pay anything right now. Please can you put it on hold for a month or so and I'll contact you when I'm back on my feet?

Sinead""",
  fmt="html",
  i="X", n="HTML-only; medical hardship, hold request")

M(d="2026-02-05", fr="Pete Stanley <pete@stanleyplastering.example>", s="Re: INV-47512",
  b="""short this wk, next thurs ok?

Sent from my Galaxy""",
  q=("and", 1, """Pete,

INV-47512 (£520.00) now overdue. Please pay this week.

Thanks
Northwind Supplies"""),
  i="X", pd=("wd", "thu"), n="HARD: 'next thurs' asked as question; message Thu -> 12 Feb")

M(d="2025-12-27", fr="Gemma Wood <gemma@woodwellbeing.example>", s="Re: INV-43580",
  b="""Hi, could I pay in instalments? £50 a week? I've only just reopened after the refit and bookings are slow to pick up. Thanks Gemma""",
  i="X", a="50.00 GBP", n="weekly instalment, no start")

M(d="2025-01-29", fr="Yusuf Demir <yusuf@demirkebab.example>", s="Re: invoice INV-11690",
  b="""hello boss. money problem this month. february end ok?

Sent from my iPhone""",
  q=("ios", 6, """Dear Yusuf,

Invoice INV-11690 for £376.00 (takeaway containers) is overdue since [[-15|%-d %B]]. Please pay as soon as possible.

Regards,
Northwind Supplies Ltd"""),
  i="X", pd=("iso", "2025-02-28"), n="'february end ok?' -> 28 Feb 2025")

M(d="2026-04-23", fr="Clara Weiss <clara@weiss-architektur.example>", s="Re: INV-52940",
  b="""Dear Northwind team,

Our client has put the project on hold and we are owed a large sum. I'm afraid we cannot settle INV-52940 this month. Would you accept payment by 15 May? If not, please let me know what is possible.

Kind regards
Clara Weiss""",
  q=("gm", 3, """Dear Ms Weiss,

Please note that INV-52940 for €2,215.00 is overdue since [[-18|%-d %B %Y]]. Kindly arrange payment.

Best regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 5, 15), n="'Would you accept payment by 15 May?'")

M(d="2026-01-04", fr="Danny <danny@dannysdiner.example>", s="Re: INV-45900",
  b="""need another week on this sorry""",
  q=("gm", 3, """Hi Danny,

INV-45900 (£428.00) is now overdue. Could you let us know when you'll pay?

Thanks,
Northwind"""),
  i="X", pd=("plus", 7), n="HARD: 'another week' -> +7")

M(d="2025-06-27", fr="Rhiannon Evans <rhiannon@evanscakes.example>", s="Re: invoice 33417",
  b="""Hi, is there any way I could pay this off monthly? Bakery's been really quiet and I've had to let my Saturday girl go. Happy to do a standing order. Rhiannon""",
  fmt="html",
  i="X", n="'invoice 33417' in subject, monthly plan no amount")

M(d="2026-09-23", fr="Matteo Greco <matteo@greco-import.example>", s="Re: INV-80590 / INV-80611",
  b="""Ciao,
INV-80590 we pay Friday, no problem. For INV-80611 can we have until end of October? The customer has not paid us yet.
Matteo""",
  q=("gm", 4, """Dear Matteo,

The following invoices are overdue:
INV-80590  €1,220.00
INV-80611  €3,475.00

Please let us know when they will be paid.

Regards,
Northwind Supplies Ltd"""),
  i="X", pd=("iso", "2026-10-31"), n="HARD: mixed promise + extension; extension wins, date = end of October for the extended invoice")

M(d="2025-05-05", fr="Fern Abbott <fern@abbottalpacas.example>", s="Re: Reminder - INV-31688",
  b="""Hi! We can't pay this week I'm afraid, bank holiday messed up our market takings. Would the 14th be alright?""",
  fmt="alt",
  i="X", pd=("dom", 14), n="can't pay this week, asks permission for the 14th")

M(d="2026-05-26", fr="Ollie Grant <ollie@grantsound.example>", s="Re: INV-57990",
  b="""can i pay in 3 bits? 🙏

Sent from my iPhone""",
  q=("ios", 3, """Hi Ollie,

INV-57990 for £1,560.00 (speaker cabling and stands) is overdue. Please let us know when we can expect payment.

Thanks
Northwind Supplies"""),
  i="X", n="emoji, instalments no detail")

M(d="2025-08-17", fr="Sarah Bentley <sarah@bentleyvets.example>", s="Re: INV-36300 overdue",
  b="""Hi,

We are in the middle of a practice sale and all payments over £500 are frozen until completion, which our solicitor expects on or around 12 September. Could you hold off until then? We'll pay in full on completion.

Sarah Bentley
Practice Manager""",
  q=("ol", 5, """Dear Sarah,

INV-36300 for £1,915.00 remains outstanding. Please let us know when we can expect payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 9, 12), n="HARD: asks to hold off until a date 'on or around 12 September' -> 12 Sep")

M(d="2025-09-16", fr="Jacek Lewandowski <jacek@lewandowski-auto.example>", s="Re: INV-37930",
  b="""can not pay now, maybe next month. sorry

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 5, """Dear Jacek,

We remind you that INV-37930 for £690.00 is overdue since [[-20|%-d %B]].

Best regards,
Northwind Supplies Ltd"""),
  i="X", n="'maybe next month' - null")

# ---------------------------------------------------------------- dispute
M(d="2025-10-27", fr="Neil Oakes <neil@oakesbuilders.example>", s="Re: INV-39740",
  b="""never got this delivery

Sent from my iPhone""",
  q=("ios", 2, """Hi Neil,

Please note INV-39740 for £1,388.00 (timber and fixings) is now overdue. Could you let us know when we'll receive payment?

Thanks,
Northwind Supplies Ltd"""),
  i="D", n="goods not received, 4 words")

M(d="2025-05-18", fr="Becca Tilley <becca@tilleyteas.example>", s="Re: Invoice INV-32770",
  b="""this is wrong, we were quoted £180 not £240 - Jamie at your place gave us the price on the phone when we ordered the tea caddies. pls reissue""",
  q=("gm", 4, """Hi Becca,

INV-32770 for £240.00 (tea caddies, 60 units) is now overdue. Could you let us know when we can expect payment?

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="D", a="240.00 GBP", n="wrong price; amount = charged figure contested")

M(d="2026-02-17", fr="Hassan Ali <hassan@alimobiles.example>", s="Re: INV-47740 payment reminder",
  b="""Half the screen protectors came cracked. I sent photos to your warehouse guy two weeks ago and nobody got back to me. Not paying for broken stock.

Sent from my iPhone""",
  q=("ios", 3, """Hi Hassan,

Just a reminder that INV-47740 (£526.00) was due on [[-10|%-d %B]]. Please arrange payment.

Kind regards,
Northwind Accounts"""),
  i="D", n="damaged goods, refuses")

M(d="2026-02-10", fr="Gill Paterson <gill@patersonnursery.example>", s="Re: INV-47315",
  b="""We never ordered this. Please check who placed it, it wasn't anyone here. We only buy compost from you in spring and we haven't had a delivery since May.""",
  fmt="alt",
  i="D", n="never ordered")

M(d="2026-05-29", fr="Darren Holt <darren@holtplumbing.example>", s="Re: Overdue - INV-58920",
  b="""this is a duplicate of INV-58411 which I paid in April. pls cancel

Sent from my iPhone""",
  q=("ios", 2, """Hi Darren,

Our records show INV-58920 for £1,310.00 as unpaid. It was due on [[-11|%-d %B]]. Please arrange payment.

Thanks,
Northwind Supplies"""),
  i="D", n="HARD: duplicate invoice claim mentioning that the original was paid -> dispute over already_paid; refs include both")

M(d="2025-03-29", fr="Annie Fowler <annie@fowlerflowers.example>", s="Re: reminder",
  b="""Hi, I returned the two buckets of eucalyptus that were brown on arrival, your driver took them back on the Tuesday. The invoice still has them on. Can you take the £64 off and resend? Annie""",
  q=("gm", 3, """Hi Annie,

Just a reminder that INV-26540 for £412.00 (foliage and sundries, [[-35|%-d %B]]) is overdue. Let us know if you have any queries.

Kind regards,
Northwind""", "Reminder"),
  i="D", a="64.00 GBP", n="returned goods still invoiced; amount = the contested line")

M(d="2025-06-25", fr="Mike Sutton <mike@suttonroofing.example>", s="Re: INV-33990 - overdue",
  b="""Mike here.

We're not paying this until the scaffold tube that was missing off the delivery turns up. We had to hire some in to finish the job. You've charged us for 40 lengths and we got 28. I've told your depot twice.

When the rest turns up or you credit the difference, you'll get paid.

Mike Sutton
Sutton Roofing""",
  q=("gm", 4, """Hi Mike,

INV-33990 (£2,140.00) is now overdue by 14 days. Can you let us know when payment is scheduled?

Thanks,
Credit Control
Northwind Supplies Ltd"""),
  i="D", n="HARD: conditional promise on fixing short delivery -> dispute")

M(d="2026-04-10", fr="Priscilla Oduya <priscilla@oduyacleaning.example>", s="Re: Payment reminder INV-51650",
  b="""The invoice says 12 boxes but only 10 turned up. Please correct.""",
  fmt="alt",
  i="D", n="short delivery, wrong quantity")

M(d="2026-02-21", fr="Jonny <jonny@jonnysjerk.example>", s="Re: INV-47980",
  b="""this was meant to be free delivery, why is there a £35 charge on it?

Get Outlook for Android""",
  q=("ol", 2, """Hi Jonny,

INV-47980 for £395.00 including delivery is now overdue. Can you let us know when it'll be paid?

Thanks,
Northwind Supplies"""),
  i="D", a="35.00 GBP", n="HARD: phrased as question but contests a charge -> dispute")

M(d="2026-07-22", fr="Wendy Crossley <wendy@crossleydance.example>", s="Re: INV-62810",
  b="""Hello,

I think there's been a mix-up. We cancelled the second order of costume fabric by phone on the 3rd, and the lady I spoke to (Sharon?) said it was cancelled. But it arrived anyway and it's sitting in our studio unopened. I'm happy for your courier to collect it but I'm not paying £395 for something I cancelled.

Wendy Crossley
Crossley School of Dance""",
  fmt="alt",
  cr="ks",
  i="D", a="395.00 GBP", n="cancelled order delivered anyway")

M(d="2025-10-17", fr="Stan Kowalski <stan@kowalskiplant.example>", s="Re: INV-39511 - final notice",
  b="""we had a credit note for this already. CN-1182. check ur records""",
  q=("om", 2, """Dear Mr Kowalski,

FINAL NOTICE: INV-39511 (£1,875.00) remains unpaid despite two previous reminders. Please settle immediately to avoid further action.

Credit Control
Northwind Supplies Ltd"""),
  i="D", n="HARD: 'check your records' but refers to a credit note, not a payment -> dispute (already credited); CN not an invoice ref")

M(d="2025-05-26", fr="Lauren Pike <lauren@pikeevents.example>", s="Re: Invoice #32208",
  b="""Hi, we only had the marquee for 2 days not 3 - the event was cancelled on the Sunday because of the storm and your team came and took it down Saturday night. Invoice should be for 2 days. Lauren

Sent from my iPhone""",
  q=("ios", 5, """Hello Lauren,

A reminder that invoice #32208 for £1,650.00 (marquee hire, 3 days) is overdue. Please let us know when you plan to pay.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="D", n="overcharged days; amount not stated in new text")

M(d="2026-03-22", fr="Ravi Patel <ravi@patelnewsagents.example>", s="Re: INV-49007",
  b="""The fridge you sold us stopped working after 9 days. Engineer hasn't come out. We are not paying until its fixed or replaced.""",
  fmt="html",
  i="D", n="faulty goods, refuse until fixed")

M(d="2026-07-23", fr="Alison Carter <alison@carterhr.example>", s="RE: INV-63105 - overdue",
  b="""Hi,

The workshop was supposed to be a full day and your trainer left at 1pm. Several of our managers complained. We'd like to discuss a reduction before we pay anything.

Alison Carter
HR Manager, Carter HR Consulting""",
  cr="bp",
  q=("ol", 6, """Hi Alison,

INV-63105 for £2,400.00 (management training day, [[-30|%-d %B]]) is now overdue. Could you let us know when payment will be made?

Many thanks,
Bright Pixel Studio"""),
  i="D", n="service only half delivered")

M(d="2025-10-18", fr="bryn@brynsfarm.example", s="Re: feed invoice INV-39660",
  b="""half that feed was damp and mouldy. sheep wouldnt touch it. not paying full whack

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 3, """Dear Bryn,

INV-39660 for £1,120.00 (sheep feed, 40 bags) was due on [[-10|%d/%m/%Y]]. Please arrange payment.

Regards
Northwind Supplies Ltd""", "feed invoice INV-39660"),
  i="D", n="farmer, damaged feed")

M(d="2026-03-07", fr="Tasha Greene <tasha@greenelashes.example>", s="Re: INV-48702",
  b="""wrong amount, check the quote

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 1, """Hi Tasha,

INV-48702 for £336.00 is now overdue - could you let us know when it will be paid?

Best,
Northwind"""),
  i="D", n="terse wrong amount")

M(d="2026-01-08", fr="Roger Pennington <roger@penningtonvintners.example>", s="Re: INV-45560 and INV-45561",
  b="""Dear Sirs,

You have invoiced us twice for the same delivery of 30 cases. INV-45561 is a duplicate of INV-45560 - same date, same delivery note, same amount. We have paid INV-45560 in full and will not be paying the second.

Please cancel INV-45561 and confirm.

Roger Pennington
Director
Pennington Vintners Ltd
Registered in England & Wales No. 0482xxxx""",
  fmt="alt",
  i="D", n="HARD: duplicate invoice + paid original; dispute wins over already_paid")

M(d="2026-12-06", fr="Mia <mia@miascupcakes.example>", s="Re: reminder",
  b="""I sent all of these back, your driver signed for them!!""",
  q=("gm", 2, """Hi Mia,

Gentle reminder that INV-93150 for £148.50 (cupcake boxes x 300) is still outstanding.

Thanks!
Greenfold Packaging""", "Reminder"),
  cr="gf",
  i="D", n="returned goods")

M(d="2026-01-30", fr="Victor Almeida <victor@almeidarestaurante.example>", s="Re: INV-46880",
  b="""The price for the olive oil is €9.20 per litre on your list, not €11.50. Please send new invoice.""",
  fmt="alt",
  i="D", a="11.50 EUR", n="HARD: unit price contested; only per-litre figures stated -> amount = charged unit price")

M(d="2025-08-30", fr="Dean Matthews <dean@matthewsmotors.example>", s="Re: INV-36890",
  b="""Not ours mate. We dont deal with you, never have. Our parts all come from the motor factors in town. Someone's got their wires crossed""",
  q=("gm", 5, """Dear Sir/Madam,

Invoice INV-36890 for £742.00 is overdue. Please arrange payment within 7 days.

Northwind Supplies Ltd
Accounts Receivable"""),
  i="D", n="never ordered / not our invoice")

M(d="2025-03-31", fr="Eleanor Vance <eleanor@vancegallery.example>", s="Re: Invoice INV-26930 (overdue)",
  b="""Hello,

The frames arrived with the glass smashed in four of the six boxes. I have kept everything and photographed it. Please arrange collection and a replacement, or a credit. Until then I'm not in a position to pay the £744.

Best regards,
Eleanor Vance
Vance Gallery""",
  fmt="html",
  i="D", a="744.00 GBP", n="HTML-only; damaged in transit")

M(d="2025-07-05", fr="Fat Tony's Pizza <tony@fattonys.example>", s="Re: INV-34660 OVERDUE",
  b="""you charged us for 20 boxes of cheese we got 15. sort the invoice and ill pay""",
  q=("gm", 1, """Tony,

INV-34660 for £1,020.00 is OVERDUE. Please pay now.

Northwind Supplies"""),
  i="D", n="HARD: conditional promise on fixing invoice -> dispute")

M(d="2025-08-31", fr="Marion Blake <marion@blaketherapy.example>", s="Re: INV-37010 reminder",
  b="""Hi,
The room hire was cancelled more than 48 hours in advance as per your terms, so there shouldn't be a charge. I have the email confirming the cancellation if you need it.
Marion

Sent from my iPhone""",
  q=("ios", 2, """Dear Marion,

This is a reminder that INV-37010 (£90.00, room hire) is overdue.

Kind regards
Kestrel Facilities Services"""),
  cr="ks",
  i="D", n="cancelled booking charged")

M(d="2026-11-11", fr="Jakub Novak <jakub@novak-stavby.example>", s="Re: INV-90844",
  b="""The windows are the wrong size. 3 of them. We told your rep on site. No payment until replacement.""",
  fmt="alt",
  i="D", n="wrong goods")

M(d="2025-09-01", fr="Rosie Fraser <rosie@frasertearoom.example>", s="Re: INV-37340",
  b="""Hi, we'll pay the £210 for the cups and napkins this week but the £48 for the tea urn is a mistake - we sent the urn back as it leaked. Please take it off. Thanks Rosie""",
  q=("gm", 3, """Hi Rosie,

INV-37340 for £258.00 (cups, napkins and tea urn) is a week overdue. Any chance you could settle it?

Thanks
Greenfold Packaging"""),
  cr="gf",
  i="D", a="48.00 GBP", n="HARD: partial dispute + partial promise; dispute wins, amount = contested £48")

M(d="2025-01-18", fr="Paul Hendry <paul@hendryjoinery.example>", s="Re: INV-11210",
  b="""Your fitter didn't finish the job. The skirting in the back bedroom is still not done and he hasn't been back. You'll get paid when it's finished.""",
  fmt="html",
  i="D", n="work incomplete, conditional")

M(d="2026-05-17", fr="Kirsty <kirsty@kirstyslashes.example>", s="Re: Overdue",
  b="""didnt order this? whats it for""",
  q=("gm", 1, """Hi Kirsty,

Invoice INV-56930 for £72.00 is showing as overdue - could you take a look?

Thanks
Northwind"""),
  i="D", n="HARD: 'didnt order this?' with question -> contests, dispute")

M(d="2026-09-01", fr="Diego Fernández <diego@fernandez-tapas.example>", s="Re: INV-79503",
  b="""Hi, the invoice is for 50 kg of rice but we only ordered 25 kg. Can you correct and send again please.

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 4, """Hola Diego,

Invoice INV-79503 for €186.00 is overdue. Please make payment as soon as possible.

Thanks,
Northwind Supplies Ltd"""),
  i="D", n="wrong quantity")

M(d="2025-07-11", fr="Nina Sato <nina@satostudio.example>", s="RE: Overdue invoice INV-34991",
  b="""Hi,

I'm confused by this. You already credited this back in June when the prints came out with the wrong colour profile. I've got the credit note in my inbox. Why is it being chased?

Nina""",
  cr="hl",
  q=("ol", 3, """Dear Nina,

Our records show that INV-34991 for £385.00 remains unpaid. Please arrange payment within 7 days.

Regards,
Harbour Lane Print Co"""),
  i="D", n="already credited")

M(d="2025-10-02", fr="Harvey Long <harvey@longhaulage.example>", s="Re: INV-38870",
  b="""Fuel surcharge was never agreed. Remove it and resend.""",
  q=("om", 3, """Dear Harvey,

We remind you that INV-38870 for £2,640.00 (including fuel surcharge £210.00) is overdue by 18 days.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  i="D", n="unagreed surcharge")

M(d="2025-10-21", fr="Bea Lindgren <bea@lindgren-kafe.example>", s="SV: INV-39390",
  b="""We got the coffee machine but it doesn't work, error E04 from day one. Your technician has not called back. We will not pay 14 500 kr for a broken machine.""",
  fmt="alt",
  i="D", a="14500.00 SEK", n="faulty equipment, SEK")

M(d="2025-01-10", fr="Terry Nolan <terry@nolangarage.example>", s="Re: INV-10770",
  b="""Wrong garage. Were Nolan's in Leeds not Nolan's in Bradford""",
  q=("gm", 2, """Dear Terry,

INV-10770 for £604.00 (brake discs and pads) is overdue. Please pay at your earliest convenience.

Regards,
Northwind Supplies"""),
  i="D", n="misaddressed invoice, not our debt")

M(d="2025-06-04", fr="Sian Roberts <sian@robertsdesign.example>", s="Re: INV-33560 overdue",
  b="""Hi,

Sorry, but we aren't happy with the website. Half the pages you promised still aren't live and the contact form doesn't work. I've emailed Tom about it three times. I'm not paying the final £1,200 until it's finished as agreed.

Sian

Sent from my iPhone""",
  cr="bp",
  q=("ios", 5, """Hi Sian,

Just chasing the final invoice INV-33560 for £1,200.00 for the website build. It was due on [[-14|%-d %B]].

Thanks!
Bright Pixel Studio"""),
  i="D", a="1200.00 GBP", n="service incomplete")

M(d="2026-07-07", fr="Owain Griffiths <owain@griffithsgarden.example>", s="Re: INV-61780",
  b="""we were told price was £12 a bag when we ordered the 40 bags of bark. invoice says £15. not right, sort it and ill pay""",
  q=("gmus", 3, """Hi Owain,

INV-61780 for £600.00 (40 bags bark mulch) is now overdue. Please let us know when to expect payment.

Thanks,
Northwind"""),
  i="D", a="15.00 GBP", n="unit price contested")

M(d="2026-01-19", fr="Maggie O'Hara <maggie@oharaslaundry.example>", s="Re: Reminder: INV-45990",
  b="""Nothing arrived. Tracking says delivered to a house on the other side of town. Please look into it before chasing me again.""",
  fmt="alt",
  i="D", n="not received, misdelivered")

M(d="2026-09-22", fr="Ellis Warner <ellis@warnerdrones.example>", s="Re: INV-81050 reminder",
  b="""We were told the 10% trade discount would be applied and it hasn't been. Please reissue with the discount.""",
  fmt="html",
  i="D", n="missing discount")

M(d="2025-11-28", fr="Cath <cath@cathsbeads.example>", s="Re: invoice",
  b="""I paid for the original order but you've invoiced me again for the replacement you sent because the first one was wrong?? The replacement should be free""",
  q=("gm", 2, """Hi Cath,

Invoice INV-42488 for £74.00 is now overdue. Please arrange payment.

Thank you,
Northwind Supplies""", "Invoice"),
  i="D", n="HARD: mentions paying but contests a replacement invoice -> dispute")

M(d="2025-05-14", fr="Geoff Lamb <geoff@lambsaddlery.example>", s="Re: INV-32400 now overdue",
  b="""Geoff here. Three of the saddles had stitching coming apart. They've gone back. I'll pay for what I kept, which isn't what's on this invoice.""",
  q=("gm", 6, """Hello Geoff,

INV-32400 for £2,280.00 (6 x general purpose saddles) is now overdue. Please let us know when it will be paid.

Kind regards,
Northwind Supplies Ltd"""),
  i="D", n="partial return")

M(d="2026-12-14", fr="Chen Wei <chen@chenwholesale.example>", s="Re: INV-93880",
  b="""Hello. This invoice price is different from our contract. Contract price is $4.10 per unit, invoice is $4.60. Total should be $8,200 not $9,200. Please revise.""",
  fmt="alt",
  i="D", a="9200.00 USD", n="HARD: several figures; charged total contested = $9,200")

M(d="2026-06-17", fr="Lucy Hammond <lucy@hammondbeauty.example>", s="Re: INV-60710",
  b="""this was a sample order you said no charge??

Sent from my iPhone""",
  q=("ios", 2, """Hi Lucy,

Your invoice INV-60710 for £58.00 is overdue. Could you pay it this week?

Thanks,
Northwind"""),
  i="D", n="sample claimed free")

M(d="2026-09-30", fr="Pete Ogilvie <pete@ogilvieelectrics.example>", s="Re: INV-82155",
  b="""Hi there,

I've just gone through this invoice with my van stock sheet. You've charged for 10 rolls of 2.5mm twin and earth, I only took 6 - I had the other 4 returned to the trade counter the same afternoon as they gave me the wrong colour. Counter lad said he'd sort it on the system. Looks like he didn't.

Happy to pay for the 6 once you send a corrected invoice.

Pete""",
  fmt="alt",
  i="D", n="HARD: happy to pay once corrected -> conditional on fix = dispute")

M(d="2026-11-07", fr="Abby <abby@abbysbakes.example>", s="Re: INV-90310",
  b="""Um this isn't mine? I've never bought from you""",
  q=("gm", 1, """Dear Abby,

Our records show INV-90310 for £129.00 is overdue. Please pay at your earliest convenience.

Regards,
Northwind Supplies Ltd"""),
  i="D", n="never ordered")

M(d="2026-11-29", fr="Farid Karimi <farid@karimirugs.example>", s="Re: INV-91940",
  b="""Goods still not received. 3 weeks now. Why invoice before delivery? Your tracking link says 'awaiting dispatch' since the 4th and I have customers waiting for these rugs.

Sent from my iPhone""",
  q=("ios", 3, """Dear Farid,

This is a reminder that payment of INV-91940 (£3,450.00) is due. Our terms are payment within 14 days of invoice.

Regards,
Northwind Supplies Ltd"""),
  i="D", n="not received")

M(d="2025-03-02", fr="Siobhan Kerr <siobhan@kerrphysio.example>", s="Re: INV-24730",
  b="""Hi,

I've been charged for the annual maintenance contract but I cancelled it in writing in December, 30 days before renewal as the contract says. Please cancel this invoice.

Thank you,
Siobhan Kerr
Kerr Physiotherapy""",
  cr="mo",
  q=("gm", 4, """Dear Siobhan,

We note that invoice INV-24730 for the renewal of your equipment maintenance contract ($890.00) has not been paid. Please remit at your earliest convenience.

Meridian Office Solutions Inc."""),
  i="D", n="cancelled contract renewal")

M(d="2026-08-01", fr="Hamza Yilmaz <hamza@yilmazbakery.example>", s="Re: INV-64020 / INV-64115",
  b="""INV-64020 paid last week. INV-64115 the flour was wet, we threw away 6 bags. We want credit for those.

Get Outlook for Android""",
  q=("ol", 3, """Hi Hamza,

Two invoices are overdue on your account:
INV-64020  £860.00
INV-64115  £912.00

Please arrange payment.

Thanks,
Northwind Supplies"""),
  i="D", n="HARD: mixed already_paid + dispute; dispute wins")

M(d="2026-02-11", fr="Chris Duffy <chris@duffycarpets.example>", s="Re: INV-47330 - account on hold",
  b="""Don't put me on hold over this. The underlay you sent was the wrong grade - 8mm not 11mm - and the customer refused it. Ive been asking for a collection for a fortnight. Credit it and I'll pay the rest of the account today.""",
  q=("ol", 1, """Dear Chris,

Your account will be placed on hold from Monday unless payment of INV-47330 (£1,596.00) is received.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  i="D", n="HARD: promise conditional on crediting -> dispute")

M(d="2026-02-18", fr="Yvonne Price <yvonne@pricechildcare.example>", s="Re: INV-47850",
  b="""We were overcharged. We're a registered charity and should be zero rated for VAT on these items, you've added 20%. Please amend.""",
  fmt="html",
  i="D", n="VAT wrongly charged")

M(d="2026-02-13", fr="tom@tomsbikes.example", s="Re: INV-47602",
  b="""parts were for the wrong model. sent back. dont owe u""",
  q=("gm", 2, """Tom,

INV-47602 (£342.00, chainsets and cassettes) is overdue - please pay or let us know if there's an issue.

Northwind"""),
  i="D", n="terse returned")

M(d="2025-04-22", fr="Jolene Harper <jolene@harperkennels.example>", s="Re: Payment overdue INV-28110",
  b="""This invoice should have been cancelled when you replaced it with INV-28160 after the price change. Please confirm it's void.""",
  q=("gm", 5, """Dear Jolene,

Payment of INV-28110 for £688.00 is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="D", n="superseded invoice; both refs")

M(d="2026-05-14", fr="Bruno Costa <bruno@costacafe.example>", s="Re: INV-57430",
  b="""Olá, the delivery came 2 days late and the milk was out of date. I refused the milk at the door. Why is it on invoice? €86.40 for milk I did not accept""",
  fmt="alt",
  i="D", a="86.40 EUR", n="refused goods invoiced")

M(d="2026-10-17", fr="Lydia Moss <lydia@mossaccounting.example>", s="Re: INV-85330",
  b="""Not paying this, it's a duplicate.""",
  q=("ol", 3, """Dear Lydia,

INV-85330 for £450.00 is overdue. Please arrange payment.

Kind regards,
Accounts Team
Northwind Supplies Ltd"""),
  i="D", n="duplicate, terse")

M(d="2026-02-20", fr="Frank Doherty <frank@dohertyscaffold.example>", s="Re: INV-47990 3rd reminder",
  b="""FRANK HERE. I TOLD YOUR OFFICE 3 TIMES THE HIRE ENDED ON THE 15TH OF LAST MONTH. YOU HAVE CHARGED ANOTHER 4 WEEKS. I AM NOT PAYING FOR KIT THAT WAS SAT IN YOUR YARD.

Sent from my iPhone""",
  q=("ios", 2, """Dear Mr Doherty,

Third reminder: INV-47990 for £1,920.00 (scaffold hire, 8 weeks) is overdue. Please pay immediately.

Credit Control
Northwind Supplies Ltd"""),
  i="D", n="all caps, hire overcharge")

M(d="2025-06-20", fr="Ursula Brenner <ursula@brenner-gastro.example>", s="AW: INV-33910",
  b="""Hallo, die Lieferung war unvollständig - 4 Kartons fehlen. Bitte Gutschrift. Danke""",
  cr="al",
  q=("de", 4, """Sehr geehrte Frau Brenner,

bitte beachten Sie, dass die Rechnung INV-33910 über 1.146,00 EUR seit dem [[-12|%d.%m.%Y]] überfällig ist.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH"""),
  i="D", n="German, incomplete delivery")

M(d="2026-06-18", fr="Simon Reeve <simon@reevephoto.example>", s="Re: INV-60850",
  b="""The lens you sent had a scratch on the front element. I returned it via your RMA (RMA-2207) last month. Refund or credit please, not a reminder.""",
  fmt="alt",
  i="D", n="returned faulty lens; RMA not invoice ref")

M(d="2025-08-07", fr="Kerry-Ann Blake <kerryann@blakehair.example>", s="Re: INV-35880 overdue",
  b="""I'll pay it when you fix it. The hood dryer still trips the electrics and your engineer said it needed a new part 3 weeks ago.""",
  q=("gm", 4, """Hi Kerry-Ann,

INV-35880 for £1,480.00 (hood dryer) is overdue. Please let us know when payment will be made.

Thanks,
Northwind Supplies"""),
  i="D", n="HARD: 'I'll pay it when you fix it' -> conditional on fix = dispute")

M(d="2026-04-02", fr="Mark Atherton <mark@athertonag.example>", s="Re: INV-51500",
  b="""the fencing posts were meant to be treated. they arent. half are rotting already. ring me

Sent from my Galaxy""",
  q=("and", 2, """Mark,

INV-51500 for £2,760.00 (treated fence posts, 300) is now overdue. Please call us to discuss payment.

Northwind Supplies Ltd"""),
  i="D", n="defective goods")

M(d="2025-04-28", fr="Gina Russo <gina@russodeli.example>", s="Re: INV-28800",
  b="""Hi there, I think you've billed us for Bianca's Deli order - wrong account? We're Russo's. Gina""",
  fmt="html",
  i="D", n="wrong customer billed")

M(d="2025-12-09", fr="Ian Forsyth <ian@forsythplumbing.example>", s="Re: INV-42900 - 2nd reminder",
  b="""I'm disputing this. The boiler you supplied was faulty out of the box and I lost a day's labour going back to swap it. I want £240 knocked off the £1,150 to cover my time.

Ian Forsyth
Forsyth Plumbing & Heating
Gas Safe reg. 55xxxx""",
  q=("om", 4, """Dear Mr Forsyth,

We have not yet received payment of INV-42900 for £1,150.00 which was due on [[-20|%d/%m/%Y]].

Kind regards,
Credit Control
Northwind Supplies Ltd"""),
  i="D", a="1150.00 GBP", n="HARD: two amounts; the contested charged figure is £1,150 (the £240 is the reduction asked)")

# ---------------------------------------------------------------- already_paid
M(d="2025-03-10", fr="Liz Carr <liz@carrcandles.example>", s="Re: INV-25120",
  b="""paid this on friday

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 1, """Hi Liz,

INV-25120 for £148.20 is showing as overdue on our system. Could you check?

Thanks,
Northwind Supplies"""),
  i="A", n="paid last Friday, 4 words")

M(d="2025-07-20", fr="Dev Sharma <dev@sharmaconsult.example>", s="Re: INV-35090",
  b="""Already paid - check your records pls""",
  q=("gm", 2, """Dear Dev,

Our records show that INV-35090 for £1,200.00 is still unpaid.

Regards,
Northwind Supplies Ltd"""),
  i="A", n="check your records")

M(d="2025-03-15", fr="Gordon Muir <gordon@muirfishing.example>", s="Re: Invoice INV-25611",
  b="""Hi,

I paid this by bank transfer on Wednesday, £312.40, reference MUIR611. Should be with you by now.

Gordon""",
  fmt="alt",
  i="A", a="312.40 GBP", n="payment reference is not an invoice ref")

M(d="2025-06-21", fr="Tamsin Hale <tamsin@halestudio.example>", s="Re: Payment reminder - INV-33701",
  b="""Hi - remittance attached, this went out on the 18th. T

Sent from my iPhone""",
  att=["remittance.pdf"],
  q=("ios", 3, """Hi Tamsin,

Gentle reminder that INV-33701 (£1,020.00) was due on [[-8|%-d %B]].

Kind regards,
Northwind"""),
  i="A", n="remittance attached")

M(d="2025-12-20", fr="Ken Adebayo <ken@adebayofoods.example>", s="Re: INV-43250",
  b="""We paid $2,380.00 on December 12 via ACH. Confirmation #ACH778120. Please update your ledger.

Ken Adebayo
Adebayo Foods LLC""",
  cr="mo",
  q=("ol", 4, """Hello Ken,

Please be advised that INV-43250 for $2,380.00 is now past due. Kindly remit payment.

Meridian Office Solutions Inc.
Accounts Receivable"""),
  i="A", a="2380.00 USD", n="ACH confirmation number is not an invoice ref")

M(d="2026-09-13", fr="Jo <jo.barnes@icloud.example>", s="Re: INV-79960",
  b="""i paid this ages ago??

Sent from my iPhone""",
  q=("ios", 1, """Hi Jo,

INV-79960 (£64.00) is overdue. Please pay when you can.

Thanks,
Northwind"""),
  i="A", n="terse indignant")

M(d="2025-02-28", fr="Felix Braun <felix@braun-moebel.example>", s="AW: Zahlungserinnerung INV-13770",
  b="""Guten Tag,

die Zahlung über 860,00 EUR ist am 25.02. erfolgt. Bitte prüfen Sie Ihren Zahlungseingang.

Mit freundlichen Grüßen
Felix Braun
Braun Möbelwerkstatt""",
  cr="al",
  q=("de", 4, """Sehr geehrter Herr Braun,

laut unserer Buchhaltung ist die Rechnung INV-13770 über 860,00 EUR noch offen. Wir bitten um Ausgleich innerhalb von 7 Tagen.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH"""),
  i="A", a="860.00 EUR", n="German reply, paid 25.02.")

M(d="2025-04-20", fr="Amy Fletcher <amy@fletcherdogs.example>", s="Re: invoice",
  b="""Hi! I paid this over the phone with my card when I rang last week - the lady took the payment there and then. Can you check? Amy""",
  fmt="html",
  i="A", n="card over phone")

M(d="2025-01-06", fr="Rashid Bhatti <rashid@bhattiautos.example>", s="Re: INV-10450",
  b="""paid 2nd jan""",
  q=("gm", 3, """Hi Rashid,

INV-10450 for £720.00 was due on [[-8|%-d %B]]. Please can you pay.

Thanks,
Northwind Supplies"""),
  i="A", n="three words")

M(d="2026-08-09", fr="Nora Lindahl <nora@lindahl-design.example>", s="Re: INV-64500 reminder",
  b="""Hi, paid 9 800 SEK on the 5th. Screenshot attached. /Nora""",
  att=["screenshot.png"],
  fmt="alt",
  i="A", a="9800.00 SEK", n="SEK, screenshot attachment")

M(d="2026-07-09", fr="Carlos Ruiz <carlos@ruizroofing.example>", s="Re: Past due - INV-62630",
  b="""Check was mailed on 6/30 for $1,760. Should be there any day.

Sent from my iPhone""",
  q=("ios", 2, """Carlos,

Our records show INV-62630 for $1,760.00 is 20 days past due. Please remit payment or call us to discuss.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="1760.00 USD", n="check already mailed = already_paid")

M(d="2025-04-19", fr="Heather Lyle <heather@lylebnb.example>", s="Re: INV-28050",
  b="""This was paid in full. I sent it with the payment for INV-27905, it was one transfer for both, £430 total. Maybe it hasn't been allocated properly on your side?

Heather

Sent from my iPhone""",
  q=("ios", 4, """Hi Heather,

INV-28050 for £215.00 (linens) is overdue. Please arrange payment.

Thanks,
Northwind Supplies"""),
  i="A", a="430.00 GBP", n="HARD: combined payment for two invoices; amount = total paid")

M(d="2026-01-13", fr="Gus Hendricks <gus@hendricksbar.example>", s="Re: INV-46120",
  b="""Done yesterday mate

Get Outlook for Android""",
  q=("ol", 2, """Gus,

Reminder: INV-46120 for £308.00 is overdue.

Northwind Supplies"""),
  i="A", n="'Done yesterday' = paid")

M(d="2026-09-26", fr="Patricia Moore <patricia@mooreaccountants.example>", s="RE: INV-80990 - overdue",
  b="""Good afternoon,

Our records show that this invoice was paid on 22 September by BACS, amount £2,145.00. Please find the remittance advice attached.

Regards,
Patricia Moore
Accounts Payable
Moore & Sons Accountants""",
  fmt="alt", att=["Remittance_Advice_80990.pdf"],
  q=("ol", 5, """Dear Patricia,

INV-80990 for £2,145.00 is currently overdue. Could you provide an update on payment?

Kind regards,
Northwind Supplies Ltd"""),
  i="A", a="2145.00 GBP", n="formal AP with remittance")

M(d="2025-02-01", fr="Pat Kinsella <pat@kinsellabutchers.example>", s="Re: reminder",
  b="""Paid cash to your driver Tuesday. Big lad with the beard, drives the white Iveco. He gave me a receipt, it's pinned on the board in the back.""",
  q=("gm", 5, """Dear Pat,

A reminder that INV-12290 for £86.40 is now overdue. Please arrange payment.

Kind regards,
Northwind Supplies Ltd""", "Reminder"),
  i="A", n="cash to driver")

M(d="2025-03-19", fr="Ewa Maj <ewa@majflowers.example>", s="Re: INV-25880",
  b="""Hello. I already transfer this money last week from my private account, not company account, maybe this is why you don't see it. 1 150 PLN. Please check.""",
  q=("gm", 3, """Dear Ewa,

Invoice INV-25880 for 1 150,00 PLN is overdue. Please pay.

Best regards,
Northwind Supplies Ltd"""),
  i="A", a="1150.00 PLN", n="non-native English, PLN")

M(d="2025-08-06", fr="Hugh Benson <hugh@bensonvineyard.example>", s="Re: INV-35770",
  b="""Hi, payment went through on your online portal on Sunday, confirmation PAY-88213. Cheers Hugh""",
  fmt="alt",
  i="A", n="portal payment, PAY ref not invoice")

M(d="2026-01-26", fr="Maya Singh <maya@singhyoga.example>", s="Re: Overdue invoice INV-46600",
  b="""I paid this on the 14th of January, it's showing on my bank statement as gone out. Could it be that the reference was missing? I think I put my name instead of the invoice number. Sorry if so!""",
  fmt="html",
  i="A", n="HTML-only; paid with wrong reference")

M(d="2025-06-07", fr="Barry <barry@barrysbuses.example>", s="Re: INV-33480",
  b="""sent it thurs, 945

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 3, """Hi Barry,

INV-33480 (£945.00) is overdue, please pay asap.

Thanks
Northwind"""),
  i="A", n="'sent it thurs, 945' = already paid")

M(d="2026-10-17", fr="Zofia Wrona <zofia@wrona-tlumaczenia.example>", s="Re: INV-85100",
  b="""Hello, I paid this invoice on 10 October. Please see attached confirmation from my bank.

Zofia Wrona""",
  att=["potwierdzenie.pdf"],
  fmt="alt",
  i="A", n="bank confirmation attachment")

M(d="2025-09-21", fr="Craig Munro <craig@munroelectrical.example>", s="Re: Statement",
  b="""All paid up as far as I know. Last payment was £1,080 on the 2nd which cleared everything.

Sent from my iPhone""",
  q=("ios", 2, """Hi Craig,

Please find your statement below. Items overdue:

INV-37105  £540.00
INV-37220  £540.00

Many thanks,
Northwind Supplies Ltd"""),
  i="A", a="1080.00 GBP", n="one payment covering statement")

M(d="2026-09-14", fr="Alice Ng <alice@ngdentistry.example>", s="Re: INV-79330 reminder",
  b="""Hi, this was paid with our card on file automatically on the 1st. We set up the auto-pay when we signed the supply agreement so it always goes on the 1st of the month. Alice""",
  fmt="alt",
  i="A", n="auto card payment")

M(d="2025-05-11", fr="Reg Thornton <reg@thorntonhaulage.example>", s="Re: INV-31990 overdue",
  b="""Paid!! Friday morning. £3,450. Look again""",
  q=("gm", 1, """Reg,

INV-31990 for £3,450.00 is overdue. Please pay today.

Credit Control
Northwind Supplies Ltd"""),
  i="A", a="3450.00 GBP", n="exclamation, terse")

M(d="2025-05-04", fr="Louise Bell <louise@bellbridal.example>", s="Re: reminder INV-31480",
  b="""Hi there,

I'm fairly sure this was settled - I paid it at the same time as the April order when I was in the showroom. I've got a card receipt somewhere. If it's not showing on your side, let me know and I'll dig it out.

Louise
Bell Bridal""",
  fmt="alt",
  cr="hl",
  i="A", n="paid in person at showroom")

M(d="2026-05-20", fr="Ingvar Dahl <ingvar@dahl-fiske.example>", s="Sv: INV-57800",
  b="""Hi. Paid 12 000 NOK yesterday.""",
  q=("gm", 3, """Dear Ingvar,

INV-57800 for NOK 12 000,00 is past due. Please arrange payment.

Best regards,
Northwind Supplies Ltd"""),
  i="A", a="12000.00 NOK", n="NOK, yesterday")

M(d="2026-04-28", fr="Sally Upton <sally@uptonteas.example>", s="Re: INV-52320",
  b="""i did pay this, look 👇

Sent from my iPhone""",
  att=["IMG_4471.jpg"],
  q=("ios", 2, """Hi Sally,

INV-52320 for £176.00 is now overdue. Could you let us know when you'll pay?

Thanks,
Northwind"""),
  i="A", n="photo of receipt attached")

M(d="2026-05-12", fr="Gavin Boyd <gavin@boydbuilding.example>", s="Re: INV-56910 - reminder",
  b="""Transferred £2,750 this morning. Ref BOYD-MAY""",
  q=("gmus", 3, """Hi Gavin,

Could you let us know when INV-56910 (£2,750.00) will be paid? It's now a fortnight overdue.

Thanks,
Credit Control
Northwind Supplies"""),
  i="A", a="2750.00 GBP", n="transferred this morning")

M(d="2026-05-16", fr="Lena Fischer <lena@fischer-zahnarzt.example>", s="Re: INV-57460",
  b="""Hello, we paid 1.240,50 € on 12 May. Best regards, Lena Fischer (Praxis Dr. Fischer)""",
  fmt="alt",
  i="A", a="1240.50 EUR", n="European number format")

M(d="2025-11-21", fr="Wes Harlan <wes@harlanranch.example>", s="Re: INV-40990",
  b="""Paid at the co-op office when I picked up the fencing wire. Ask Linda, she wrote it in the book. Don't know why your office keeps sending me these.""",
  q=("gm", 5, """Dear Wes,

Our records show INV-40990 for £890.00 (fencing wire) is unpaid.

Regards,
Northwind Supplies Ltd"""),
  i="A", n="paid in person")

M(d="2025-04-03", fr="Olivia Stone <olivia@stonecreative.example>", s="Re: INV-27340 & INV-27455",
  b="""Both paid on 28 March, one transfer of £1,604.00. Remittance attached!""",
  att=["remittance.pdf"],
  fmt="alt",
  cr="hl",
  i="A", a="1604.00 GBP", n="both paid in one transfer")

M(d="2025-10-04", fr="Arjun Nair <arjun@nairsoftware.example>", s="Re: INV-38760",
  b="""Hi team,

We processed this on 30 September as part of our monthly supplier run. It may take a couple of days to land as it's an international transfer (CHF 3,300). Let me know if you don't see it by Wednesday.

Thanks,
Arjun""",
  fmt="alt",
  i="A", a="3300.00 CHF", n="CHF international transfer already made")

M(d="2026-05-11", fr="Michelle Byrne <michelle@byrneinteriors.example>", s="Re: INV-56700",
  b="""Paid in full on Friday!

Sent from my iPhone""",
  q=("ios", 2, """Hi Michelle,

INV-56700 for £1,045.00 is overdue. Please let us know when it will be paid.

Thanks,
Northwind"""),
  i="A", n="short")

M(d="2026-12-15", fr="Duncan Reid <duncan@reidquarry.example>", s="RE: INV-93500",
  b="""Duncan Reid here. Our accounts lady says this went on the 10th. If it hasn't arrived let me know and she'll chase the bank.

Duncan

Sent from Outlook for iOS""",
  q=("ol", 6, """Dear Duncan,

INV-93500 for £4,120.00 (drill bits and wear parts) is overdue. Please advise.

Regards,
Northwind Supplies Ltd"""),
  i="A", n="hearsay from accounts lady")

M(d="2025-06-05", fr="Kasia Bielska <kasia@bielska-cukiernia.example>", s="Re: INV-33540",
  b="""Paid today, 640 zł

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 2, """Dear Kasia,

Please pay INV-33540 (640,00 PLN). It is overdue.

Thank you,
Northwind Supplies Ltd"""),
  i="A", a="640.00 PLN", n="zł symbol = PLN")

M(d="2026-12-13", fr="Norman Fry <norman@fryhardware.example>", s="Re: INV-93310",
  b="""Dear Sirs

I posted a cheque for £215.60 to your Leeds address on 4th December. I enclose a photograph of the counterfoil.

Yours faithfully
N. Fry
Fry's Hardware""",
  att=["cheque_stub.jpg"],
  fmt="html",
  i="A", a="215.60 GBP", n="cheque posted, old-fashioned")

M(d="2026-07-16", fr="Sophie Marchand <sophie@marchand-patisserie.example>", s="Re: INV-63450",
  b="""Bonjour, the payment has been made on Monday. 520 €. Merci""",
  q=("fr", 5, """Dear Sophie,

We have not received payment for INV-63450 (€520.00), due on [[-14|%d/%m/%Y]].

Kind regards,
Northwind Supplies Ltd"""),
  i="A", a="520.00 EUR", n="French reply")

M(d="2025-02-02", fr="Andy Pearce <andy@pearcepets.example>", s="Re: INV-12340",
  b="""This was paid by direct debit on the 28th. Why am I getting a reminder?""",
  q=("gm", 1, """Hi Andy,

INV-12340 for £84.00 is overdue. Please arrange payment.

Thanks,
Northwind"""),
  i="A", n="direct debit")

M(d="2025-11-07", fr="Rebecca Tan <rebecca@tanarchitects.example>", s="RE: Outstanding invoice - INV-40470",
  b="""Hi,

Our AP team confirms payment of S$4,200 — sorry, that should read USD 4,200 — was released on 3 November. Please allow 2-3 working days for the international transfer.

Best regards,
Rebecca Tan
Office Manager | Tan Architects""",
  cr="mo",
  fmt="alt", q=("ol", 5, """Dear Rebecca,

Invoice INV-40470 for USD 4,200.00 (office furniture) is overdue. Please advise on payment status.

Regards,
Meridian Office Solutions Inc."""),
  i="A", a="4200.00 USD", n="HARD: self-corrected currency; final is USD")

M(d="2026-10-26", fr="Jack <jack@jackscoffeecart.example>", s="Re: INV-86080",
  b="""paid it sat night on my phone""",
  q=("gm", 1, """Hi Jack,

INV-86080 for £56.00 is overdue - please pay when you can.

Cheers,
Northwind"""),
  i="A", n="lowercase")

M(d="2025-04-09", fr="Marianne Holt <marianne@holtflowers.example>", s="Re: INV-27800 reminder",
  b="""Hello, I paid this last month, £188.00, I have the bank statement showing it leaving my account on 21 March to Northwind Supplies. Please check and confirm. Thank you.""",
  fmt="alt",
  i="A", a="188.00 GBP", n="asks to confirm but label already_paid (priority)")

M(d="2025-09-30", fr="Pieter Janssen <pieter@janssen-bouw.example>", s="Antw: INV-38520",
  b="""Hi, paid on 26-09. EUR 2.310,00. Regards, Pieter""",
  q=("nl", 3, """Dear Pieter,

Invoice INV-38520 for EUR 2.310,00 is overdue since [[-14|%d-%m-%Y]]. Please pay.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", a="2310.00 EUR", n="Dutch format amount")

M(d="2026-06-20", fr="Emily Wright <emily@wrightphotography.example>", s="Re: INV-60990",
  b="""Hi, I've paid the invoice - you should have it now. Emily x""",
  fmt="html",
  cr="hl",
  i="A", n="HTML-only, short")

M(d="2026-01-16", fr="Tariq Aziz <tariq@azizcarwash.example>", s="Re: INV-45880",
  b="""paid tuesday £95""",
  q=("gm", 3, """Hi Tariq,

INV-45880 £95.00 is overdue.

Thanks
Northwind"""),
  i="A", a="95.00 GBP", n="terse with amount")

M(d="2025-06-26", fr="Caroline Dupont <caroline@dupont-consulting.example>", s="Re: Reminder - INV-34020",
  b="""Hi,

Just checked and the payment went out on the 20th. I paid £650 rather than the £700 on the invoice because of the discount we agreed with Mark for early payment, hope that's clear.

Caroline""",
  fmt="alt",
  i="A", a="650.00 GBP", n="HARD: paid £650 vs £700 invoiced with agreed discount - not contesting, reporting payment; amount = paid")

M(d="2026-01-05", fr="Leon Hartley <leon@hartleygym.example>", s="Re: INV-45400",
  b="""We paid this before Christmas. 22nd Dec.

Sent from my iPhone""",
  q=("ios", 2, """Dear Leon,

INV-45400 for £1,650.00 (gym mats and weights) is overdue.

Regards,
Northwind Supplies Ltd"""),
  i="A", n="paid before Christmas")

M(d="2025-08-22", fr="Nkechi Obi <nkechi@obibeauty.example>", s="Re: INV-36050 overdue",
  b="""Paid via PayPal to the email on your invoice. Transaction ID 7XY20119KL. £276.""",
  fmt="html",
  cr="bp",
  i="A", a="276.00 GBP", n="PayPal")

M(d="2026-07-14", fr="Alistair Graham <alistair@grahamestates.example>", s="Re: INV-62990",
  b="""Hi,
This was paid on 30 June by our estate office. I'm copying Margaret who handles the payments so she can send you the details.
Alistair""",
  fmt="alt",
  i="A", n="paid, cc's colleague")

M(d="2026-06-04", fr="Ben Okoro <ben@okorologistics.example>", s="Re: INV-59900",
  b="""Payment made 2 June. £4,800.

Ben Okoro
Okoro Logistics
Tel: 0161 496 0712""",
  q=("ol", 3, """Dear Ben,

Please note INV-59900 for £4,800.00 is overdue by 10 days.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", a="4800.00 GBP", n="terse with sig")

M(d="2026-10-19", fr="Hattie Lowe <hattie@lowepottery.example>", s="Re: your email",
  b="""Hi, yes that's been paid now! Sorry it was late. Hattie""",
  q=("gm", 2, """Hi Hattie,

Hope you're well. Just a reminder that INV-84990 for £132.00 is a little overdue. Let us know if you have any questions.

Best,
Northwind"""),
  i="A", n="'been paid now'")

M(d="2025-01-29", fr="Rolf Eriksen <rolf@eriksen-bryggeri.example>", s="Re: Invoice 11810",
  b="""We paid invoice 11810 together with invoice 11822 on 24 January, 18 750 NOK in total. Please check.""",
  refs=["11810", "11822"],
  fmt="alt",
  i="A", a="18750.00 NOK", n="bare invoice numbers; two refs")

M(d="2025-08-04", fr="Rita Kaur <rita@kaurfabrics.example>", s="Re: INV-35700",
  b="""I sent payment last Thursday 31st July, £512.25. Please confirm you got it. Thanks""",
  q=("gm", 3, """Dear Rita,

INV-35700 for £512.25 (fabric rolls) is overdue. Please pay as soon as possible.

Regards,
Northwind Supplies"""),
  i="A", a="512.25 GBP", n="asks for confirmation but already paid")

M(d="2026-06-30", fr="Joel Simmons <joel@simmonsframing.example>", s="Re: INV-61105",
  b="""paid. ref SIMMONS1105

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 2, """Hi Joel,

INV-61105 for £390.00 is overdue.

Thanks,
Northwind Supplies"""),
  i="A", n="one-word + reference")

M(d="2025-12-22", fr="Teresa Gallo <teresa@gallo-wines.example>", s="Re: INV-43400",
  b="""Hello, payment was done on Friday to your IBAN ending 4471, 3 640,00 EUR. Merry Christmas!""",
  fmt="alt",
  i="A", a="3640.00 EUR", n="IBAN tail, European format")

M(d="2026-09-14", fr="Oscar Lind <oscar@lindcycles.example>", s="Re: INV-80115",
  b="""Hi, I paid to your old bank account by mistake (the Barclays one from last year). Sorry! Can you check with them or let me know what to do? £390.

Get Outlook for Android""",
  q=("ol", 4, """Dear Oscar,

We have not received payment of INV-80115 (£390.00). Please note our bank details changed in January - see the attached letter.

Regards,
Northwind Supplies Ltd"""),
  i="A", a="390.00 GBP", n="HARD: paid to old bank details - still already_paid (payment made), with implicit question")

M(d="2025-12-09", fr="Diane Foster <diane@fosterbooks.example>", s="Re: INV-42650",
  b="""I believe this was paid by our accountant, Jenkins & Co, last week. I'll forward your email to them to send you the remittance.""",
  fmt="alt",
  i="A", n="paid by accountant")

M(d="2026-04-28", fr="Zane Carter <zane@carterboats.example>", s="Re: INV-52280",
  b="""all sorted on my end - paid monday

Sent from my iPhone""",
  q=("ios", 3, """Hi Zane,

INV-52280 for £2,150.00 (marine paint and antifouling) is overdue. Please pay at your earliest convenience.

Thanks,
Northwind"""),
  i="A", n="casual")

# ---------------------------------------------------------------- question
M(d="2026-08-25", fr="Dina Yousef <dina@yousefbakery.example>", s="Re: INV-65300",
  b="""can u resend the invoice pls, cant find it

Sent from my iPhone""",
  q=("ios", 1, """Hi Dina,

INV-65300 for £204.00 is now overdue. Please arrange payment.

Thanks,
Northwind Supplies Ltd"""),
  i="Q", n="copy of invoice")

M(d="2025-03-11", fr="Phil Hargreaves <phil@hargreavesgarage.example>", s="Re: reminder",
  b="""which invoice is this for? ive got 3 from you this month and they all say the same amount. cant tell which one youre chasing""",
  i="Q", n="which invoice")

M(d="2026-02-16", fr="Anna Kowalska <anna@kowalska-biuro.example>", s="Re: INV-47100",
  b="""Hello, what are your bank details for transfer? IBAN and SWIFT please. Thank you""",
  fmt="alt",
  i="Q", n="bank details")

M(d="2026-08-13", fr="Janet Ellison <janet@ellisonhomecare.example>", s="RE: INV-64300 - overdue",
  b="""Hi,

We can't process any invoice without a purchase order number. Could you tell me which PO this relates to? It may have been raised by one of our care coordinators.

Thanks
Janet Ellison
Finance Assistant
Ellison Home Care Ltd""",
  q=("ol", 3, """Dear Janet,

Invoice INV-64300 for £688.00 (incontinence supplies and gloves) is now 21 days overdue. Please advise when we can expect payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="needs PO number")

M(d="2025-09-09", fr="Brad Kowalczyk <brad@kowalczykhvac.example>", s="Re: Past due invoice INV-37600",
  b="""Do you need a W-9 from us or do we need one from you? Our AP won't cut a check without a W-9 on file.""",
  cr="mo",
  q=("om", 5, """Brad,

Invoice INV-37600 for $1,340.00 is 25 days past due. Please remit payment or contact our office.

Meridian Office Solutions Inc.
Billing"""),
  i="Q", n="W-9 form")

M(d="2026-01-22", fr="Nicola <nicola@nicolasnursery.example>", s="Re: INV-46300",
  b="""Hi, could you send me a statement of account? Want to make sure I pay everything in one go. Thanks Nicola""",
  q=("gm", 3, """Hi Nicola,

INV-46300 for £212.00 is now overdue. Could you let us know when it'll be paid?

Thanks,
Northwind"""),
  i="Q", n="statement request")

M(d="2025-04-15", fr="Omar Farouk <omar@faroukgrocers.example>", s="Re: INV-28320",
  b="""what ref should I put on the transfer""",
  q=("gm", 2, """Dear Omar,

INV-28320 for £1,084.00 is overdue. Please arrange payment by bank transfer.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="payment reference")

M(d="2026-07-20", fr="Vera Novak <vera@novak-kavarna.example>", s="Re: INV-62850",
  b="""Hello,

I want to pay but the invoice is in GBP and my bank is in EUR. How much is it in euro? Or can I pay in GBP from my EUR account? Sorry, first time I buy from UK.

Vera""",
  fmt="alt",
  i="Q", n="currency question, no amounts")

M(d="2025-11-17", fr="Gary Lomax <gary@lomaxtyres.example>", s="Re: INV-40600",
  b="""Who do I speak to about this? Not my area, I just do the tyres. Number?""",
  q=("gm", 4, """Dear Gary,

INV-40600 for £2,275.00 remains unpaid. Please let us know when we can expect payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="who to contact")

M(d="2026-10-13", fr="Holly Crane <holly@cranecoffee.example>", s="Re: INV-87500",
  b="""can i pay by card? if so whats the link""",
  q=("gm", 2, """Hi Holly,

Reminder that INV-87500 (£156.00) is overdue. You can pay by bank transfer to the details on the invoice.

Thanks,
Northwind"""),
  i="Q", n="card payment link")

M(d="2025-07-17", fr="Ruth Abernethy <ruth@abernethyschool.example>", s="RE: INV-35150",
  b="""Good morning,

Please could you re-address the invoice to Abernethy Academy Trust rather than the school? Our trust finance team pay all suppliers centrally and won't accept it otherwise. Once we have the corrected copy it will go into the next run.

Many thanks
Ruth Abernethy
School Business Manager""",
  fmt="alt",
  i="Q", n="HARD: needs re-addressed invoice, not contesting debt; pay conditional on receiving document -> question")

M(d="2026-03-26", fr="Ali <ali@aliskebabs.example>", s="Re: INV-49150",
  b="""how much is it? cant open the pdf

Sent from my iPhone""",
  q=("ios", 2, """Hi Ali,

Please find attached invoice INV-49150 which is now overdue. Kindly arrange payment.

Thanks,
Northwind Supplies"""),
  i="Q", n="cannot open attachment")

M(d="2025-06-02", fr="Sinead Brennan <sinead@brennanbakes.example>", s="Re: INV-33400",
  b="""I'll pay today if you send me your bank details, the ones on the invoice are cut off.""",
  q=("gm", 3, """Hi Sinead,

INV-33400 for £186.00 is overdue. Could you pay this week please?

Thanks,
Northwind"""),
  i="Q", n="HARD: promise conditional on receiving bank details -> question")

M(d="2026-07-13", fr="Philip Chan <philip@chanlabs.example>", s="Re: INV-62590 reminder",
  b="""Hi, does the £1,420 include VAT? Need to know for our books before I pay it.""",
  q=("gm", 4, """Dear Philip,

Reminder: INV-62590 (£1,420.00) is due for payment. Please arrange at your earliest convenience.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="VAT inclusion question; no contest, amount null for question")

M(d="2025-05-06", fr="Grace Osei <grace@oseistudios.example>", s="Re: invoice",
  b="""sorry whats this for? can you send details

Get Outlook for Android""",
  q=("ol", 1, """Hi Grace,

Gentle reminder - INV-32390 for £300.00 is overdue.

Thanks,
Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="HARD: asks what it's for (information) without contesting -> question")

M(d="2026-08-06", fr="Kamil Nowak <kamil@nowak-meble.example>", s="Re: INV-63770",
  b="""Can you send invoice with our NIP (tax number) on it? Accounting needs. NIP 5261040828""",
  fmt="alt",
  i="Q", n="needs tax number on invoice; NIP not invoice ref")

M(d="2025-03-08", fr="Lisa Draper <lisa@draperlaw.example>", s="Re: INV-25190",
  b="""Hi, is this the invoice for the toner or the paper? We had two deliveries. Lisa""",
  q=("gm", 2, """Hi Lisa,

INV-25190 for £288.00 is now overdue. Please let us know when we can expect payment.

Thanks,
Northwind Supplies"""),
  i="Q", n="which delivery")

M(d="2026-10-01", fr="Brian Kehoe <brian@kehoesbar.example>", s="Re: INV-84200",
  b="""Whats the sort code again? Changed banks and lost all my payees

Sent from my iPhone""",
  q=("ios", 3, """Hi Brian,

INV-84200 for €412.00 is overdue. Please pay to the usual account.

Thanks,
Northwind Supplies"""),
  i="Q", n="sort code")

M(d="2025-08-04", fr="Nadine Roux <nadine@roux-salon.example>", s="Re: Rappel INV-35830",
  b="""Hello, what is the payment terms? I thought it was 60 days. Can you confirm the due date please?""",
  q=("fr", 3, """Dear Nadine,

Please note that invoice INV-35830 (€410.00) was due on [[-6|%d/%m/%Y]]. Kindly arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: asks about terms/due date without contesting -> question")

M(d="2026-05-29", fr="Ted Marsh <ted@marshfarm.example>", s="Re: INV-59100",
  b="""Sent to wrong email - this is the farm, the shop has its own account. Do you want me to forward it to them or will you?""",
  fmt="alt",
  i="Q", n="HARD: routing question, not contesting")

M(d="2026-12-03", fr="Amira Hassan <amira@hassanclinic.example>", s="Re: INV-93110",
  b="""Hello,

We've recently switched to a new accounting system and all suppliers need to be set up again. Could you please send us a completed supplier form (attached), a copy of your bank details on letterhead, and your VAT certificate? Once we have those, the invoice can be paid.

Kind regards,
Amira Hassan
Clinic Administrator""",
  fmt="alt", att=["Supplier_setup_form.pdf"],
  i="Q", n="supplier onboarding documents")

M(d="2026-07-04", fr="Josie <josie@josiesjams.example>", s="Re: reminder",
  b="""is it the 86 quid or did the extra jars get added?""",
  q=("gm", 2, """Hi Josie,

Just a reminder that INV-61430 is now overdue. Please let us know if you have any questions.

Thanks,
Northwind""", "Reminder"),
  i="Q", n="HARD: 'quid' = GBP amount in question; question not dispute, amount null")

M(d="2026-03-19", fr="Derek Pyle <derek@pyleengineering.example>", s="Re: INV-48400",
  b="""Hi

Could you forward the delivery note signed by our goods-in? AP need to match it before they release payment.

Derek""",
  fmt="html",
  i="Q", n="proof of delivery request")

M(d="2025-11-23", fr="Freddie <freddie@freddiesfish.example>", s="Re: INV-40880",
  b="""do u take cheques

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 3, """Hi Freddie,

INV-40880 for £138.00 is overdue, please pay when you can.

Thanks,
Northwind"""),
  i="Q", n="payment method")

M(d="2026-04-27", fr="Agnieszka Lis <agnieszka@lis-design.example>", s="Re: invoice #51770",
  b="""Hi, I can't see the due date on this invoice. When is it due? Thanks""",
  cr="bp",
  fmt="alt",
  i="Q", n="invoice #51770 -> ref 51770")

M(d="2026-08-28", fr="Doug Ferris <doug@ferrisfarm.example>", s="Re: Statement",
  b="""What's this £48.60 for? Can't match it to anything.""",
  q=("gm", 2, """Hi Doug,

Your statement shows the following unpaid:
INV-65020  £1,210.00
INV-65201  £48.60

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: asks what a line is for, not contesting (yet) -> question; amount null for questions")

M(d="2026-04-15", fr="Karen Hughes <karen@hugheshair.example>", s="Re: INV-52400",
  b="""Hi, my accountant is asking for a proper VAT invoice as the one you sent doesnt have your VAT number on. Can you resend? Thanks Karen""",
  fmt="html",
  cr="ks",
  i="Q", n="HTML-only; VAT invoice")

M(d="2025-12-03", fr="Ryan O'Connell <ryan@oconnellvans.example>", s="Re: INV-42200",
  b="""What's the address for posting a cheque?""",
  q=("gm", 4, """Dear Ryan,

INV-42200 for £615.00 is overdue. Please send payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="postal address")

M(d="2025-02-13", fr="Martina Schulz <martina@schulz-kosmetik.example>", s="AW: Zahlungserinnerung INV-12470",
  b="""Hallo,
können Sie mir bitte die Rechnung nochmal schicken? Ich finde sie nicht.
Danke, Martina Schulz""",
  cr="al",
  q=("de", 2, """Sehr geehrte Frau Schulz,

die Rechnung INV-12470 über 245,00 EUR ist noch offen. Wir bitten um Überweisung.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH"""),
  i="Q", n="German: please resend invoice")

M(d="2025-04-04", fr="Hayley Nunn <hayley@nunncatering.example>", s="Re: INV-27660",
  b="""Hi!! Is there a portal I can pay through or is it bank transfer only?""",
  fmt="html",
  i="Q", n="portal question")

M(d="2026-03-10", fr="Victor Hughes <victor@hughesbuilders.example>", s="Re: INV-48130 / INV-48131",
  b="""Are these two the same job? Looks like the same address on both. Just want to check before I pay.""",
  fmt="alt",
  i="Q", n="HARD: checking possible duplicate without asserting it -> question")

M(d="2025-03-18", fr="Elsa Berg <elsa@bergstudio.example>", s="Re: INV-25560",
  b="""Hi, can you split the invoice into two - one for the studio and one for the shop? Our accountant wants them separate. Elsa

Sent from my iPhone""",
  q=("ios", 4, """Hi Elsa,

INV-25560 for £960.00 is overdue. Please arrange payment.

Thank you,
Northwind Supplies"""),
  i="Q", n="asks for split invoices for accounting (admin), not contest")

M(d="2025-09-09", fr="Mark Ridley <mark@ridleyfurniture.example>", s="Re: INV-37580",
  b="""sorry who is this from? dont recognise the company name""",
  cr="gf",
  q=("gm", 3, """Dear Mark,

Our invoice INV-37580 for £472.00 (packaging materials) is overdue. Please arrange payment.

Regards,
Greenfold Packaging"""),
  i="Q", n="HARD: doesn't recognise sender but asks rather than denies -> question")

M(d="2025-04-08", fr="Leah Goldberg <leah@goldbergdesign.example>", s="Re: INV-27510",
  b="""Quick q - does this need paying to the new account you emailed about or the old one?""",
  fmt="alt",
  cr="bp",
  i="Q", n="which bank account")

M(d="2026-07-24", fr="Peter Adams <peter@adamsgolf.example>", s="Re: INV-63480",
  b="""Can you send me the invoice as a pdf rather than a link? Our firewall blocks the link.""",
  fmt="alt",
  cr="hl",
  i="Q", n="format of invoice")

M(d="2025-08-22", fr="Bella Moreno <bella@morenoyoga.example>", s="Re: INV-36330",
  b="""How much do I owe in total? I think I've lost track between the mats, the blocks and the bolsters, and I'd like to clear it all in one go.

Get Outlook for Android""",
  q=("ol", 2, """Hi Bella,

INV-36330 for £144.00 is now overdue. Please arrange payment when you can.

Thanks!
Northwind"""),
  i="Q", n="balance question")

M(d="2026-10-22", fr="Fergus Wylie <fergus@wyliedistillery.example>", s="RE: INV-87700",
  b="""Hi,

Before we can pay we need the invoice to quote our PO 44781 - could you reissue with that on it?

Fergus Wylie
Wylie Distillery
www.wyliedistillery.example""",
  fmt="alt", q=("ol", 4, """Dear Fergus,

INV-87700 for £3,860.00 (glass bottles and closures) is now overdue. Please advise when payment will be made.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="PO number not invoice ref")

M(d="2025-07-10", fr="Ola Nordmann <ola@nordmann-bygg.example>", s="Sv: INV-34880",
  b="""Hi, which currency should we pay in, NOK or EUR? Invoice says both.""",
  q=("gm", 3, """Dear Ola,

Invoice INV-34880 is overdue. Amount due: NOK 8 450,00 / EUR 725,00.

Best regards,
Northwind Supplies Ltd"""),
  i="Q", n="currency question")

M(d="2025-04-21", fr="Stacey Burke <stacey@burkeflorals.example>", s="Re: INV-28170",
  b="""hi is this the one for the wedding flowers or the funeral order? they came a day apart and my husband paid one of them from his account, i just don't know which

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 2, """Hi Stacey,

INV-28170 for £185.00 is overdue. Please pay when you can.

Thanks,
Northwind"""),
  i="Q", n="which order")

M(d="2026-08-24", fr="Ricardo Sousa <ricardo@sousa-import.example>", s="Re: INV-65560",
  b="""Can you confirm your bank details by phone? We got an email last week saying your bank changed and we want to check it's not a scam before paying.""",
  fmt="alt",
  i="Q", n="fraud check on bank detail change")

M(d="2025-07-17", fr="Ellie Parsons <ellie@parsonspets.example>", s="Re: your invoice",
  b="""Hiya, do you have a different invoice number for this? The one on the email doesnt match the one on the pdf!

Sent from my iPhone""",
  q=("ios", 2, """Hi Ellie,

Reminder that INV-35210 is overdue, amount £98.40.

Thanks
Northwind"""),
  i="Q", n="reference mismatch question")

M(d="2026-01-22", fr="Warren Stokes <warren@stokesmetal.example>", s="Re: INV-46440",
  b="""Is this on 30 day or 60 day terms? Our agreement says 60""",
  q=("ol", 3, """Dear Warren,

INV-46440 for £5,120.00 was due on [[-10|%-d %B]] under our 30 day terms. Please arrange payment.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  i="Q", n="HARD: terms question hinting disagreement but asks")

M(d="2025-04-15", fr="Patty Lin <patty@linnails.example>", s="Re: Invoice",
  b="""hi can you text me the amount? on my phone and the attachment won't load""",
  fmt="alt",
  i="Q", n="amount request")

M(d="2026-07-20", fr="Harold Finch <harold@finchbooks.example>", s="Re: INV-62700",
  b="""Dear Accounts

Please advise whether a BACS payment is acceptable or whether you would prefer a cheque. I would also be grateful for your remittance email address.

Yours sincerely
Harold Finch
Finch Antiquarian Books""",
  fmt="html",
  i="Q", n="HTML-only; payment method & remittance address")

M(d="2025-03-11", fr="Theo Baxter <theo@baxtermusic.example>", s="Re: INV-25240",
  b="""Hey, I think my manager already sorted this but I'm not sure - can you tell me if it's still showing unpaid your end?""",
  q=("gmus", 3, """Hi Theo,

Invoice INV-25240 for £670.00 (PA hire) is overdue. Please pay at your earliest convenience.

Thanks,
Northwind Supplies"""),
  i="Q", n="HARD: unsure whether paid, asks status -> question not already_paid")

M(d="2026-08-06", fr="Monika Horvath <monika@horvath-pension.example>", s="Re: INV-63920",
  b="""Good day, please send IBAN. Thank you. Monika""",
  q=("gm", 2, """Dear Monika,

INV-63920 for €238.00 is overdue. Please transfer payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="terse IBAN request")

M(d="2025-03-08", fr="Jed Marshall <jed@marshallbrew.example>", s="Re: INV-25250",
  b="""who raised this order? need a name for our records, we've brought in a rule that nobody orders without a PO and I can't find one for this""",
  q=("gm", 4, """Hi Jed,

INV-25250 for £1,310.00 (malt and hops) is overdue. Please pay asap.

Cheers,
Northwind Supplies"""),
  i="Q", n="who ordered")

M(d="2026-10-01", fr="Lorraine Hale <lorraine@halesurgery.example>", s="Re: INV-84330 payment due",
  b="""Hi, I'm the new practice manager here - could you tell me what this was for and who at the surgery ordered it? Our previous manager left no notes. Thank you, Lorraine""",
  fmt="alt",
  cr="ks",
  i="Q", n="new manager asking for context")

M(d="2025-06-02", fr="Sam Kerr <sam@kerrcarpentry.example>", s="Re: INV-33460",
  b="""Whats the amount after the trade discount?""",
  q=("gm", 2, """Hi Sam,

INV-33460 for £848.00 (before trade discount) is overdue. Please let us know when you can pay.

Thanks,
Northwind"""),
  i="Q", n="discount question")

M(d="2026-07-13", fr="Ahmed Khan <ahmed@khancourier.example>", s="Re: INV-62510",
  b="""can i pay cash at your depot? whats the address

Sent from my iPhone""",
  q=("ios", 3, """Dear Ahmed,

INV-62510 for £318.00 is overdue. Please pay.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="cash at depot")

M(d="2025-05-06", fr="Claudia Ferri <claudia@ferri-hotel.example>", s="Re: INV-32530",
  b="""Hi, could you resend to accounts@ferri-hotel.example please? I'm only the receptionist. Grazie""",
  fmt="alt",
  i="Q", n="HARD: misrouted to receptionist, asks resend -> question (not ignore)")

M(d="2026-03-26", fr="Jim Ross <jim@rossplant.example>", s="Re: INV-49330 / INV-49331",
  b="""Which of these is the hire and which is the diesel? Both say plant

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 2, """Dear Jim,

Two invoices are overdue:
INV-49330  Plant - £1,860.00
INV-49331  Plant - £412.80

Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="clarification between two invoices")

M(d="2025-09-09", fr="Sara Lindström <sara@lindstrom-form.example>", s="Re: INV-37640",
  b="""Hej! Do you have a Swedish bankgiro number or do we need to pay to IBAN? Thanks /Sara""",
  fmt="html",
  i="Q", n="Swedish payment method")

M(d="2026-04-27", fr="Penny Hart <penny@hartcakes.example>", s="Re: INV-51800",
  b="""Hi! Is this for May's order or April's? I've paid one of them I think. Penny""",
  q=("gm", 3, """Hi Penny,

INV-51800 for £95.00 is overdue. Please let us know when you'll pay.

Thanks,
Northwind"""),
  i="Q", n="HARD: vague 'paid one of them I think' - uncertain, asks which -> question")

# ---------------------------------------------------------------- ignore
M(d="2025-12-30", fr="Dave Collins <dave@collinsplumbing.example>", s="Automatic reply: Payment reminder INV-44120",
  b="""Hi, I'm away until Monday 5th January. For emergencies call the office on 01632 960 331.

Dave""",
  auto=1,
  i="I", rd=("md", 1, 5), n="OOO with return date next year")

M(d="2026-06-09", fr="Jenny Hall <jenny@hallgifts.example>", s="Re: INV-60020",
  b="""noted""",
  q=("gm", 1, """Hi Jenny,

INV-60020 for £212.00 falls due on [[+7|%-d %B]]. Just a heads-up!

Thanks,
Northwind"""),
  i="I", n="bare ack one word")

M(d="2025-06-14", fr="Marcus Webb <marcus@webbtiling.example>", s="Re: Payment reminder",
  b="""👍""",
  q=("gm", 1, """Hi Marcus,

Just a reminder that INV-33660 (£540.00) falls due on [[+3|%-d %B]]. Thanks!

Northwind Supplies Ltd"""),
  i="I", n="HARD: thumbs-up emoji only; not a promise")

M(d="2026-07-21", fr="Accounts <accounts@greenacreschool.example>", s="Out of Office: INV-62900 overdue",
  b="""Thank you for your email. The school office is closed for the summer holidays and will reopen on 1 September 2026. Emails will not be read during this period.

Greenacre Primary School""",
  auto=1, fmt="html",
  i="I", rd=("iso", "2026-09-01"), n="school summer OOO, HTML-only")

M(d="2025-05-20", fr="Lucy Barnes <lucy@barnesdesign.example>", s="Re: INV-32700",
  b="""Thanks, received. Passing to our bookkeeper.""",
  fmt="alt",
  i="I", n="ack + passing on")

M(d="2025-01-27", fr="Hotel Rosenhof <info@rosenhof-hotel.example>", s="Winter-Special: 3 Nächte zum Preis von 2!",
  b="""Liebe Gäste und Partner,

genießen Sie den Winter am See: Buchen Sie jetzt 3 Nächte und zahlen Sie nur 2. Gültig bis 28. Februar.

Ihr Team vom Hotel Rosenhof

Abmelden: Antworten Sie mit ABMELDEN""",
  fmt="html", noref=1,
  i="I", n="marketing from a debtor, German")

M(d="2025-01-20", fr="Simon Tate <simon@tateconstruction.example>", s="Re: INV-11450",
  b="""I'm on leave until the 27th with no access to email. For urgent matters please contact Joanne on joanne@tateconstruction.example.""",
  auto=1,
  i="I", rd=("dom", 27), n="OOO 'until the 27th'")

M(d="2026-11-02", fr="postmaster@mail.bakerbros.example", s="Undeliverable: Payment reminder INV-90020",
  b="""Delivery has failed to these recipients or groups:

kelly.baker@bakerbros.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found'""",
  noref=1,
  i="I", n="HARD: bounce (NDR) - needs no debtor action; ref in subject")

M(d="2025-04-21", fr="Aoife Brady <aoife@bradyspharmacy.example>", s="Re: Reminder",
  b="""ok

Sent from my iPhone""",
  q=("ios", 1, """Hi Aoife,

Reminder: INV-31660 (€178.00) is due on [[+5|%-d %B]].

Thanks,
Northwind Supplies""", "Reminder"),
  i="I", n="bare 'ok' - not a promise")

M(d="2026-06-29", fr="Tim Wallis <tim@wallisfarm.example>", s="Re: INV-60900",
  b="""Forwarded to Sue who does our accounts""",
  q=("gm", 2, """Hi Tim,

INV-60900 for £2,090.00 (fertiliser, [[-40|%-d %B]]) is overdue. Could you let us know when to expect payment?

Thanks,
Northwind Supplies Ltd"""),
  i="I", n="passing on")

M(d="2025-05-28", fr="Sunita Rao <sunita@raotextiles.example>", s="Automatic reply: INV-32950",
  b="""Thank you for your message. I am currently travelling with limited access to email and will respond on my return on 9 June.

Best regards,
Sunita Rao
Rao Textiles""",
  auto=1,
  i="I", rd=("md", 6, 9), n="OOO travelling")

M(d="2026-03-26", fr="Mike <mike@mikesmotors.example>", s="Re: INV-49410",
  b="""thx

Sent from my iPhone""",
  q=("ios", 1, """Hi Mike,

INV-49410 for £412.00 is due on [[+10|%-d %B]].

Thanks,
Northwind"""),
  i="I", n="bare thanks")

M(d="2025-07-24", fr="Holly's Hounds <newsletter@hollyshounds.example>", s="🐾 Summer at Holly's Hounds - new grooming prices",
  b="""Hi friends!

Summer is here and so are our new grooming packages. Book a full groom before 31 August and get a free nail trim.

Woofs,
Holly and the team

You are receiving this because you signed up at hollyshounds.example. Unsubscribe.""",
  fmt="html", noref=1, s_=None,
  i="I", n="newsletter from a debtor")

M(d="2025-08-10", fr="Rob Hind <rob@hindelectrical.example>", s="Re: INV-36150",
  b="""Hi Sue, see you at the quiz thursday, bring the tenner you owe me 😂

Rob""",
  i="I", n="HARD: misdirected personal mail, mentions money but not to us")

M(d="2025-02-03", fr="IT Security <security-alert@mailbox-verify.example>", s="Your mailbox is almost full - verify now",
  b="""Dear user,

Your mailbox has reached 98% of its storage limit. Click below to verify your account and avoid losing messages.

VERIFY NOW

Mail Administrator""",
  fmt="html", noref=1,
  i="I", n="phishing spam")

M(d="2026-09-24", fr="Karen Dobbs <karen@dobbsdentistry.example>", s="RE: INV-81200",
  b="""Thanks for letting me know, I've passed this to our practice manager who deals with supplier payments.

Karen
Reception""",
  q=("ol", 1, """Dear Karen,

INV-81200 for £1,046.00 (dental consumables) is now overdue. Please could you pass this to whoever handles payments.

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="passing on to practice manager")

M(d="2026-09-08", fr="Ahmed Malik <ahmed@malikwholesale.example>", s="Out of office",
  b="""I am out of the office on annual leave from 7 September and will return on Monday 21 September. During my absence please contact accounts@malikwholesale.example.""",
  auto=1,
  i="I", rd=("iso", "2026-09-21"), n="OOO with subject only 'Out of office'")

M(d="2025-12-30", fr="Gemma Stone <gemma@stonepr.example>", s="Re: INV-44080",
  b="""Received, thank you. Happy new year!""",
  fmt="alt",
  i="I", n="ack with season greeting")

M(d="2025-06-14", fr="Daniela Costa <daniela@costa-eventi.example>", s="Risposta automatica: INV-33690",
  b="""Sono in ferie fino al 30 giugno. / I'm on holiday until 30 June.

Daniela""",
  auto=1,
  i="I", rd=("md", 6, 30), n="HARD: Italian/English OOO; 'until 30 June' -> return_date 30 June (last day away stated)")

M(d="2026-07-21", fr="Ray <ray@raysroofing.example>", s="Re: INV-63040",
  b="""got it""",
  q=("gmus", 1, """Ray,

Just sending over INV-63040 (£1,300.00) again as requested - due [[+14|%-d %B]].

Cheers
Northwind Supplies"""),
  i="I", n="ack of resent invoice, not a promise")

M(d="2026-05-06", fr="Fiona Laird <fiona@lairdlodge.example>", s="Re: INV-56310",
  b="""Hi,

Thanks for your email. Just to let you know I'm no longer working at Laird Lodge - I left in March. Please contact Alasdair instead at alasdair@lairdlodge.example.

All the best,
Fiona""",
  fmt="alt",
  i="I", n="HARD: left company, redirect - no action on debt itself")

M(d="2025-04-02", fr="noreply@tickets.riversidecouncil.example", s="Your ticket #48213 has been received",
  b="""Thank you for contacting Riverside Council Accounts Payable. Your request has been logged as ticket #48213. We aim to respond within 10 working days.

Please do not reply to this email.""",
  auto=1, noref=1,
  i="I", n="helpdesk auto-ack; ticket number not invoice ref")

M(d="2026-11-13", fr="Theo Papadakis <theo@papadakistaverna.example>", s="Re: INV-91050",
  b="""Sent from my iPhone""",
  q=("ios", 1, """Dear Theo,

Please find attached a copy of INV-91050 (£612.00) as requested. Payment was due on [[-5|%-d %B]].

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="HARD: empty reply, only 'Sent from my iPhone' + quoted reminder")

M(d="2025-05-08", fr="Colin Marsh <colin@marshvets.example>", s="Re: Payment reminder",
  b="""will pass this on

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 2, """Dear Colin,

Invoice INV-32720 for £566.00 is overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd""", "Payment reminder"),
  i="I", n="pass on")

M(d="2026-02-07", fr="Autoreply <autoreply@harrisonlogistics.example>", s="Re: INV-47560",
  b="""This mailbox is not monitored. For accounts queries please email payables@harrisonlogistics.example quoting your invoice number.""",
  auto=1,
  i="I", n="unmonitored mailbox autoreply")

M(d="2025-07-29", fr="Jade Summers <jade@summersbeauty.example>", s="Re: INV-35430",
  b="""Thanks for the reminder!""",
  q=("gm", 1, """Hi Jade,

Friendly reminder that INV-35430 (£92.00) is due on [[+3|%-d %B]].

Thanks!
Northwind"""),
  i="I", n="HARD: thanks only, no commitment")

M(d="2026-05-10", fr="Bruce Field <bruce@fieldcarpets.example>", s="Automatic reply: Overdue invoice",
  b="""I am on holiday until Tuesday 19th May, returning Wednesday 20th. I will reply when I'm back.

Bruce""",
  auto=1,
  i="I", rd=("md", 5, 20), n="HARD: OOO with both 'until' and 'returning' dates -> return_date = returning date")

M(d="2025-07-07", fr="Kelly Watts <kelly@wattstravel.example>", s="Re: INV-34590",
  b="""Ok thanks

Sent from my iPhone""",
  q=("ios", 1, """Hi Kelly,

INV-34590 for £410.00 is due next week.

Thanks
Northwind Supplies"""),
  i="I", n="bare ack")

M(d="2026-03-26", fr="Laura Chen <laura@chenstudio.example>", s="Your order from Chen Studio has shipped!",
  b="""Hi there,

Great news - your order #CS-20871 has shipped and is on its way. Track it any time from your account.

Thanks for shopping with Chen Studio!""",
  fmt="html", noref=1,
  i="I", n="order shipping notice; order number not an invoice ref")

M(d="2026-10-19", fr="Matthew Grey <matthew@greyfinance.example>", s="Automatic reply: INV-85900 reminder",
  b="""Thank you for your email. I'm currently out of the office with no access to emails and will be back on 26th October.

If your query is urgent please call 020 7946 0321.

Regards,
Matthew Grey
Finance Director
Grey Finance Ltd
This email is confidential and intended only for the named recipient.""",
  auto=1, fmt="alt",
  i="I", rd=("md", 10, 26), n="corporate OOO with disclaimer")

M(d="2025-12-12", fr="Hannah Poole <hannah@poolebakery.example>", s="Re: INV-42960",
  b="""Hi, I've forwarded this to my husband, he does the payments.""",
  q=("gm", 2, """Hi Hannah,

INV-42960 for £268.00 is overdue. Please pay when you can.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="I", n="passing on")

M(d="2025-04-04", fr="Greg Yates <greg@yatesplumbing.example>", s="Re: INV-27620",
  b="""received""",
  q=("gm", 1, """Hi Greg,

Please find attached INV-27620 for £1,040.00, due on [[+30|%-d %B]].

Thanks,
Northwind Supplies"""),
  i="I", n="one word")

M(d="2026-02-15", fr="WINNER NOTIFICATION <claims@lotto-int.example>", s="CONGRATULATIONS!!! You have won $1,500,000.00",
  b="""Dear Lucky Winner,

Your email address has been selected in our international lottery draw. To claim your prize of USD 1,500,000.00 please send your full name, address and bank details to our claims agent.

Dr. James Okeke
Claims Director""",
  noref=1,
  i="I", n="spam with an amount; ignore, amount null")

M(d="2026-04-25", fr="Sarah Miles <sarah@milesdesign.example>", s="Re: INV-51990",
  b="""Hi - I'm on maternity leave now. Please send anything to Tom (tom@milesdesign.example). Thanks!

Sarah""",
  auto=1,
  i="I", rd=None, n="maternity leave autoreply, no return date")

M(d="2026-02-21", fr="Olly Dunn <olly@dunnbikes.example>", s="Re: INV-48000",
  b="""cheers""",
  q=("gm", 1, """Hi Olly,

Statement attached - INV-48000 £260.00 due on [[+9|%-d %B]].

Cheers,
Northwind"""),
  i="I", n="one word")

M(d="2025-06-17", fr="Lakeside Garden Centre <events@lakesidegc.example>", s="You're invited: Summer Plant Fair 🌻",
  b="""Join us on Saturday 28 June for our annual Summer Plant Fair - local growers, live music, cream teas and kids' trail.

Free entry. 10am-4pm.

See you there!
Lakeside Garden Centre""",
  fmt="html", noref=1,
  i="I", n="event marketing")

M(d="2025-06-29", fr="Tony Grant <tony@grantsautos.example>", s="Re: INV-34200",
  b="""This is Tony's phone, he's away on holiday till the 10th July. This is his wife. I'll let him know about your email when he's back.

Sent from my Samsung Galaxy smartphone.""",
  i="I", rd=("md", 7, 10), n="HARD: spouse writing non-auto OOO; return_date 10 July")

M(d="2025-05-16", fr="Rachel Holt <rachel@holtaccountants.example>", s="Re: INV-32640",
  b="""Acknowledged. I'll raise it at Monday's finance meeting.""",
  fmt="alt",
  i="I", n="HARD: acknowledgement with internal meeting, not a payment commitment")

M(d="2025-02-03", fr="Paul Stevens <paul@stevensgarage.example>", s="Re: INV-12610",
  b="""Not me mate, I'm Paul Stevens the painter, you want Paul Stevens the mechanic. Happens all the time lol""",
  i="I", n="HARD: misdirected to wrong person (not our debtor) -> ignore")

M(d="2025-06-09", fr="Auto-Reply <no-reply@sunnysidecare.example>", s="Automatic reply: Payment reminder",
  b="""Thank you for contacting Sunnyside Care Homes. Your email has been received and will be dealt with by the relevant department within 5 working days.""",
  auto=1,
  i="I", n="generic autoreply")

M(d="2026-09-02", fr="Emma Ward <emma@wardinteriors.example>", s="Re: INV-80060",
  b="""Thank you - I'll look into it.""",
  q=("gm", 2, """Hi Emma,

INV-80060 for £1,725.00 (fabrics and trims) is overdue. Please let us know when we can expect payment.

Thanks,
Northwind Supplies"""),
  i="I", n="HARD: 'I'll look into it' - no commitment")

M(d="2026-04-27", fr="Noah Fischer <noah@fischer-cafe.example>", s="Abwesenheitsnotiz: INV-51660",
  b="""Ich bin bis einschließlich 3. Mai nicht im Büro. Ab dem 4. Mai bin ich wieder erreichbar.

I am out of the office until 3 May inclusive and will be back on 4 May.""",
  auto=1, cr="al",
  i="I", rd=("md", 5, 4), n="German/English OOO")

M(d="2026-11-08", fr="Laura Benson <laura@bensongroup.example>", s="Re: INV-90600",
  b="""Got this, thanks

Sent from my iPhone""",
  q=("ios", 1, """Hi Laura,

Copy of INV-90600 attached as requested.

Thanks,
Northwind"""),
  i="I", n="ack")

M(d="2025-06-04", fr="Tom Fletcher <tom@fletchercatering.example>", s="Re: Payment reminder INV-33580",
  b="""Hi all,

Reminder that the staff BBQ is this Friday from 5pm in the car park. Bring your own drinks!

Tom""",
  i="I", n="HARD: wrong email sent as reply to our thread (internal staff notice)")

M(d="2026-09-24", fr="Ian Barr <ian@barrfencing.example>", s="Re: INV-81330",
  b="""Will have a look when I'm back in the office.

Sent from my iPhone""",
  q=("ios", 1, """Ian,

INV-81330 for £2,210.00 is overdue. Please pay this week.

Northwind Supplies"""),
  i="I", n="HARD: non-committal look later")

M(d="2026-05-06", fr="Mailer-Daemon <mailer-daemon@mx.cottagecrafts.example>", s="Delivery Status Notification (Delay)",
  b="""This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed:

   jane@cottagecrafts.example""",
  auto=1, noref=1,
  i="I", n="delay DSN")

M(d="2026-11-10", fr="Sandra Quinn <sandra@quinnflooring.example>", s="Re: INV-91300",
  b="""I'm off sick at the moment, back hopefully next week. Sandra""",
  i="I", rd=None, n="HARD: personal OOO, vague return ('hopefully next week') -> return_date null")

M(d="2025-12-30", fr="Carlos Vega <carlos@vegaimports.example>", s="Re: INV-44160",
  b="""Merry Christmas and a happy new year to all at Northwind!""",
  fmt="alt",
  i="I", n="season greetings")

M(d="2025-06-14", fr="Brewers Weekly <news@brewersweekly.example>", s="This week: hop prices, new duty rules, and more",
  b="""BREWERS WEEKLY

- Hop prices expected to rise 12% this autumn
- What the new alcohol duty rules mean for small brewers
- Meet the brewery turning waste bread into beer

Read online | Unsubscribe""",
  fmt="html", noref=1,
  i="I", n="trade newsletter; 12% not an amount")

M(d="2026-07-21", fr="Aidan Kerr <aidan@kerrbuilders.example>", s="Re: INV-63000",
  b="""Cheers, seen it.""",
  q=("gm", 1, """Aidan,

INV-63000 attached, £3,180.00, due in 30 days.

Thanks
Northwind"""),
  i="I", n="ack")

M(d="2026-07-23", fr="Olivia Park <olivia@parkandco.example>", s="Automatic reply: Re: INV-62950 overdue",
  b="""Thanks for your message. I work Monday to Wednesday and will respond on my next working day.

Olivia Park | Office Manager | Park & Co""",
  auto=1,
  i="I", rd=("wd", "mon"), n="HARD: part-time autoreply sent on a Thursday; 'next working day' for a Mon-Wed worker = next Monday")

M(d="2025-01-27", fr="Lisa Shah <lisa@shahopticians.example>", s="Re: INV-11790",
  b="""Noted with thanks.""",
  q=("ol", 2, """Dear Lisa,

Please note INV-11790 for £468.00 is due for payment on [[+4|%-d %B]].

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="ack")

M(d="2026-04-27", fr="Bill Cooper <bill@cooperfarm.example>", s="Re: INV-51540",
  b="""Sorry wrong email, ignore me. Meant to send a photo of the tractor to my brother""",
  att=["IMG_0932.jpg"],
  i="I", n="misdirected with attachment")

# ---------------------------------------------------------------- mixed and longer messages (all intents)
M(d="2026-10-19", fr="Kate Morley <kate@morleyfloraldesign.example>", s="Re: Overdue invoices - Morley Floral Design",
  b="""Hi there,

I'm so sorry I've gone quiet on you. I'll be honest about what's happened because I'd rather you knew than thought I was ignoring you.

This season was meant to be my biggest yet - fourteen weddings booked between June and September. Then two couples cancelled within a fortnight of each other in August (one of the venues went bust, the other... well, let's just say the groom had second thoughts), and under my contract I had to refund most of their deposits because I hadn't placed the flower orders yet. On top of that the van failed its MOT and needed a new clutch. So I've been robbing Peter to pay Paul since about mid-August.

The good news is the autumn has picked up - I've got three corporate clients doing weekly arrangements now and the Christmas wreath workshops are nearly sold out.

So here's what I'm going to do: I'll pay £450 this Friday, and the remaining £450 on 30 October once the workshop money comes through. I've set both up as scheduled payments in my banking app this morning so it's done.

One quick question - is the bank account on the invoices still the right one? I remember you mentioned changing banks at some point last year and I want to make sure I'm not sending it into the void.

Thank you for being patient. You've always been lovely to deal with and I really appreciate it.

Kate
Morley Floral Design
07700 900518""",
  fmt="alt",
  q=("gm", 5, """Dear Kate,

Your account shows two overdue invoices:

INV-84402  £520.00  due [[-48|%-d %B]]
INV-84977  £380.00  due [[-20|%-d %B]]

We've tried to reach you by phone. Please contact us to arrange payment.

Kind regards,
Credit Control
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("wd", "fri"), a="450.00 GBP", n="HARD: long (300 words), promise + question about bank account; promise wins; first of two payments")

M(d="2025-09-08", fr="Dylan Hughes <dylan@hughesmobiletyres.example>", s="Re: INV-37485 - late payment fee added",
  b="""Ill pay it thursday. whats the total now with the late fee? dont want to underpay""",
  q=("gmus", 1, """Dear Dylan,

As INV-37485 is now more than 30 days overdue, a late payment fee of £40.00 has been applied in line with our terms. The total due is now £562.00.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "thu"), n="HARD: promise + question; promise wins; total is in the quoted reminder only -> amount null")

M(d="2026-05-04", fr="Simone Clarke <simone@clarkeopticians.example>", s="RE: INV-57020 / INV-57188",
  b="""Hi,

INV-57020 was paid on Friday. INV-57188 will go with next week's payment run.

Thanks,
Simone
Clarke Opticians""",
  i="P", pd=("nw",), n="mixed already_paid + promise; promise wins; 'next week' -> Friday of following week")

M(d="2025-07-24", fr="Wayne Fisher <wayne@fisherlandscaping.example>", s="Re: Statement July",
  b="""Hi, any chance we could spread this over 3 months? Works really slowed up with the drought, nobody wants new turf. Also can you send me a proper statement, not sure what's paid and what isn't anymore. Wayne

Get Outlook for Android""",
  q=("ol", 3, """Hi Wayne,

Your account has an overdue balance of £2,760.00. Please let us know how you'd like to settle it.

Thanks,
Northwind Supplies""", "Statement July"),
  i="X", n="HARD: extension + statement request; extension wins")

M(d="2025-08-26", fr="Aylin Kaya <aylin@kayahairdesign.example>", s="Re: INV-36720",
  b="""Hello, I can pay £200 today but is it possible the rest (£600) waits until the 15th? My card machine provider is holding my takings for a security check. Sorry for this. Aylin""",
  i="X", pd=("today",), a="200.00 GBP", n="HARD: partial payment today + asks permission for rest on the 15th; extension wins; first payment today £200")

M(d="2026-06-20", fr="Ewan Fraser <ewan@thebothycafe.example>", s="Re: Northwind account - overdue",
  b="""Hi folks,

Ewan from The Bothy here. Got your letter and your email, and I'm sorry it's come to that.

Bit of background: we're a 20-cover café on the edge of a village, and our trade depends almost entirely on walkers and the summer visitors. The council closed the car park for resurfacing for most of April and May, which they said would take three weeks. It took nine. Takings were down about 60% over that period and I had to put my own savings in to keep the two girls employed.

Now the car park's open again and June has been decent, but I can't clear the full £1,500 in one go without leaving myself short for wages and the next stock order from you (which I'd very much like to keep placing).

What I'd like to propose is £250 a month starting on 1 July, for six months, by standing order. If you can do that I'll set it up straight away and send you confirmation. If you'd rather a shorter plan, tell me what works and I'll see what I can do.

Thanks for hearing me out.

Ewan Fraser
The Bothy Café
Glen Road""",
  i="X", pd=("dom", 1), a="250.00 GBP", n="long (250 words) instalment proposal; first payment 1 July; amount = instalment")

M(d="2025-02-04", fr="Mick Thornley <mick@thornleyscaffolds.example>", s="Re: INV-12500, INV-12633",
  b="""INV-12500 went yesterday. For INV-12633 can I have another fortnight? Main contractor's messing us about

Sent from my iPhone""",
  q=("ios", 2, """Mick,

INV-12500 (£1,140.00) and INV-12633 (£2,080.00) are overdue. Please pay or call.

Credit Control
Northwind Supplies"""),
  i="X", pd=("plus", 14), n="mixed already_paid + extension; extension wins; 'another fortnight' -> +14")

M(d="2026-12-16", fr="Kyle <kyle@kylesvaleting.example>", s=None,
  b="""cant pay b4 xmas. jan ok?""",
  i="X", n="texting; 'jan' vague -> null")

M(d="2025-10-19", fr="Judith Parry <judith@parryorchard.example>", s="Re: Your invoice for the apple crates",
  b="""Dear Northwind,

Apologies for the delay. The apple harvest was a good fortnight late this year with the cold spring, so the money from the juicing co-op hasn't come in yet. Would you be able to wait until 14 November? That's when they've promised to pay growers.

With thanks,
Judith Parry
Parry's Orchard""",
  i="X", pd=("md", 11, 14), n="farm, proposes 14 November")

M(d="2026-02-20", fr="Shaun Riley <shaun@rileydecorating.example>", s="Re: INV-48030",
  b="""The £120 delivery charge is wrong, it was collected from your trade counter, I've got the collection slip. Take that off. For the rest of it can I have till end of March as I'm waiting on a big job to pay out""",
  i="D", a="120.00 GBP", n="HARD: dispute + extension; dispute wins; amount = contested charge")

M(d="2025-12-24", fr="Angela Burns <angela@burnsbnb.example>", s="Re: INV-43002 & INV-43117",
  b="""Hi, INV-43002 was paid last week. INV-43117 is for the patio heater we sent back because it didn't light - your courier collected it on the 2nd. So that one shouldn't be owed. Merry Christmas, Angela""",
  i="D", n="mixed already_paid + dispute (returned goods); dispute wins")

M(d="2026-04-08", fr="Barry Kendall <barry@kendallbuild.example>", s="RE: INV-51688 - payment overdue",
  b="""Right, I've been meaning to email about this for two weeks so here goes.

We ordered 7N dense concrete blocks for the foundation and first lift on the Millbrook extension. What turned up was 3.6N lightweight. My lad didn't check the delivery note (that's on us, he's been told), and we laid about a third of them before building control came out and spotted it. Everything had to come down. That's two days of labour for three men plus the mortar, plus the skip to get rid of it, and the client is now two weeks behind and asking me why.

I rang your branch on the day and spoke to a chap called Gary who said he'd 'sort it' and have the right blocks out the next morning. They came three days later.

So no, I'm not paying the £3,240 on this invoice as it stands. I'll pay for the correct blocks that eventually arrived, at the price we were quoted, and I want a credit for the wrong ones and something towards my costs, which I'll put in writing separately. I've got photos, the delivery notes and the building control visit note if anyone wants them.

I've used you lot for eleven years and never had a problem like this, so I'd like it sorted properly.

Barry Kendall
Kendall Building Services
Mob 07700 900147""",
  q=("ol", 6, """Dear Barry,

INV-51688 for £3,240.00 (concrete blocks, delivered [[-30|%-d %B]]) is now overdue. Please let us know when payment will be made.

Kind regards,
Northwind Supplies Ltd"""),
  i="D", a="3240.00 GBP", n="long (300 words) dispute: wrong goods supplied; amount = charged figure contested")

M(d="2025-12-29", fr="Rachel Duffy <rachel.duffy@outlook.example>", s="Re: INV-44210",
  b="""Why is there a £45 admin fee on this? Nobody told me about any fee when I opened the account. Also what's your bank sort code, I'll pay the original amount""",
  i="D", a="45.00 GBP", n="HARD: contests fee + asks bank details + implied promise; dispute wins; amount = contested fee")

M(d="2026-01-14", fr="Lee Chapman <lee@chapmanpets.example>", s="Re: INV-45920 service call",
  b="""Not paying for the second visit. Your engineer never turned up, I waited in all day and shut the shop for it. Someone rang at 5 to say he'd been sent to the wrong town.""",
  i="D", n="service not delivered")

M(d="2025-08-19", fr="Hollie Vance <hollie@vancejewellery.example>", s="Re: INV-36140",
  b="""Hi, I paid £640 on Friday. Could you send me a receipt for my accountant? Thanks Hollie""",
  i="A", a="640.00 GBP", n="mixed already_paid + receipt request; already_paid wins")

M(d="2026-05-02", fr="Margaret Ellery <treasurer@stmarksscouts.example>", s="Re: Invoice for camping equipment",
  b="""Dear Sir/Madam,

I'm the volunteer treasurer for St Mark's Scout Group and I've just picked up your reminder - apologies, I only check this inbox at weekends.

According to our bank statement the payment of £387.50 for the tents and stoves went out on 24 April by bank transfer. I put "St Marks Scouts" as the reference, which may be why it hasn't been matched to the invoice. I'm happy to send a screenshot if that would help.

Yours faithfully,
Margaret Ellery
Hon. Treasurer, St Mark's Scout Group""",
  cr="gf",
  q=("gm", 4, """Dear customer,

Our records show invoice INV-56120 for £387.50 as unpaid. Please arrange payment as soon as possible.

Kind regards,
Greenfold Packaging""", "Invoice for camping equipment"),
  i="A", a="387.50 GBP", n="charity volunteer treasurer; unmatched reference")

M(d="2025-07-26", fr="Stevie <stevie@steviestacos.example>", s="Re: INV-35380",
  b="""paid. also are u guys open bank hol monday?""",
  i="A", n="mixed already_paid + irrelevant question; already_paid wins")

M(d="2025-12-17", fr="Hélène Moreau <helene@moreau-traiteur.example>", s="Re: Relance facture INV-42790",
  b="""Bonjour,

le virement de 1 480,00 EUR a été effectué le 12 décembre. Vous devriez le recevoir cette semaine.

Cordialement,
Hélène Moreau
Moreau Traiteur""",
  cs="iso-8859-1", cte="qp",
  q=("fr", 6, """Madame,

Sauf erreur de notre part, la facture INV-42790 d'un montant de 1 480,00 EUR reste impayée à ce jour.

Cordialement,
Northwind Supplies Ltd"""),
  i="A", a="1480.00 EUR", n="French, latin-1 quoted-printable")

M(d="2026-05-15", fr="Gaz <gaz@gazplastering.example>", s="hi",
  b="""sent it yesterday, shud clear monday""",
  i="A", n="already sent; 'clear monday' is arrival not promise")

M(d="2026-10-07", fr="Priti Shah <priti@shahpharmacy.example>", s="Re: Statement - October",
  b="""Hi,

INV-86050 and INV-86101 were both paid on Monday. INV-86230 isn't due until the 20th according to your own terms, so it shouldn't be on the overdue list.

Thanks,
Priti""",
  q=("ol", 2, """Dear Priti,

Please see below the overdue items on your account:

INV-86050  £412.00
INV-86101  £286.40
INV-86230  £530.00

Kind regards,
Northwind Supplies Ltd""", "Statement - October"),
  i="A", n="HARD: two paid + one 'not yet due' (not a dispute of the debt) -> already_paid")

M(d="2026-09-22", fr="Carmen Ortega <carmen@ortegaceramics.example>", s="Re: INV-81270",
  b="""Thanks for the reminder. Could you tell me your VAT number? Our accountant needs it on file.""",
  i="Q", n="ack + question; question wins")

M(d="2025-01-07", fr="Neil Abbott <neil@theoldforgepub.example>", s="Re: Overdue account - The Old Forge",
  b="""Hello,

I took over The Old Forge on 1 December - the sale completed that day and I'm the new licensee. I've had a couple of reminders from you now. Could you tell me which of these invoices are for deliveries before the 1st? Those should be with the previous owner (Mr Denton) as part of the sale agreement. Anything from December onwards is mine and I'll sort it.

Regards,
Neil Abbott
The Old Forge

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 4, """Dear customer,

The following invoices remain unpaid:

INV-10410  [[-45|%d/%m/%Y]]  £612.00
INV-10688  [[-24|%d/%m/%Y]]  £488.00
INV-11002  [[-10|%d/%m/%Y]]  £356.00

Please arrange payment.

Northwind Supplies Ltd""", "Overdue account - The Old Forge"),
  i="Q", n="HARD: new owner asks which invoices predate the sale; information request, not yet contesting")

M(d="2026-11-05", fr="Jens Vogel <jens.vogel@vogel-maschinenbau.example>", s="AW: INV-90412",
  b="""Hello,

from 1 January we can only accept invoices in XRechnung format through our portal. Could you please re-send INV-90412 in this format? Then we can pay it.

Best regards
Jens Vogel
Kreditorenbuchhaltung
Vogel Maschinenbau GmbH""",
  cr="al", cte="b64",
  i="Q", n="needs e-invoice format; base64 transfer encoding")

M(d="2025-04-02", fr="mo <mo.khalil@gmail.example>", s=None,
  b="""bank details?""",
  i="Q", n="two words")

M(d="2026-11-13", fr="Grace Whitfield <grace@whitfieldstudio.example>", s="Re: INV-91100",
  b="""Is there any discount if I pay it all today? I've got the funds now but I'd like to check first.""",
  i="Q", n="HARD: asks about discount before paying; 'pay today' is conditional -> question")

M(d="2025-05-08", fr="Mrs D. Okafor <bursar@hollybankprimary.example>", s="RE: Invoice INV-31920",
  b="""Dear Northwind Supplies,

Thank you for your email. I'm the new bursar at Hollybank Primary and I've been working through a backlog of supplier queries.

Before I can pay your invoice I need to set you up on the council's finance system, which involves a few pieces of paperwork:

1. A completed new supplier form (I'll send this separately)
2. A copy of your public liability insurance certificate
3. Bank details on company letterhead, signed by a director
4. Your company registration number

Once I have those it takes about 5 working days for the council to approve the supplier, and then the invoice can be paid in the next run.

Could you let me know who the best contact is for this?

Kind regards,
Mrs D. Okafor
School Bursar
Hollybank Primary School""",
  fmt="html",
  i="Q", n="school bursar supplier setup; list of documents")

M(d="2025-07-29", fr="Sabine Krüger <sabine@krueger-design.example>", s="Abwesenheitsnotiz: Zahlungserinnerung INV-35011",
  b="""Vielen Dank für Ihre Nachricht. Ich bin bis 11. August im Urlaub und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@krueger-design.example.

Mit freundlichen Grüßen
Sabine Krüger""",
  auto=1, cr="al", cs="iso-8859-1", cte="qp",
  i="I", rd=("md", 8, 11), n="German OOO, latin-1 QP; 'bis 11. August'")

M(d="2025-07-07", fr="Nina Patel <nina@patelhome.example>", s="Re: INV-34488",
  b="""Thanks Sharon, will pass it on to Raj. By the way, loved the new catalogue - the outdoor range looks great!""",
  i="I", n="ack + passing on + chit-chat")

M(d="2026-03-26", fr="Careers at Oakleaf <jobs@oakleafgroup.example>", s="We're hiring: Warehouse Operatives (Leeds)",
  b="""Oakleaf Group is growing!

We're looking for Warehouse Operatives to join our Leeds team on a full-time basis. Competitive pay, overtime available, free parking.

Apply online at oakleafgroup.example/careers""",
  fmt="html", noref=1,
  i="I", n="recruitment marketing")

M(d="2025-12-12", fr="Deborah Lane <deborah@laneandson.example>", s="Re: INV-42870",
  b="""Noted - our accounts department will be in touch. Have a lovely Christmas!""",
  i="I", n="ack, no commitment")

M(d="2025-06-17", fr="Rajesh Iyer <rajesh@iyerconsulting.example>", s="Automatic reply: INV-33690 reminder",
  b="""I am attending a conference in Singapore and will be back in the office on Monday 23 June. I will have intermittent access to email.

Rajesh Iyer
Iyer Consulting""",
  auto=1, fmt="html", cte="b64",
  i="I", rd=("md", 6, 23), n="OOO, HTML base64")

M(d="2026-09-02", fr="Paula Grant <paula@grantmotorhomes.example>", s="RE: INV-80488",
  b="""Adding Jane for visibility.""",
  q=("ol", 1, """Dear Paula,

INV-80488 for £1,920.00 (awning kits) is overdue. Please advise on payment.

Regards,
Northwind Supplies Ltd"""),
  i="I", n="cc-ing a colleague, no action")

M(d="2025-05-16", fr="Gareth Bowen <gareth@bowentimber.example>", s="Automatic reply: Reminder INV-32560",
  b="""I'm out of the office today and will be back on Monday.

Gareth""",
  auto=1,
  i="I", rd=("wd", "mon"), n="OOO 'back on Monday' (message Friday)")

M(d="2026-09-17", fr="Noreen Walsh <noreen@walshcleaning.example>", s="Re: INV-81640",
  b="""Our owner Mr Walsh passed away last week. The business is closed until further notice. Please direct any correspondence to our solicitor, Hegarty & Co, 14 Main Street.""",
  i="I", n="HARD: bereavement/closure notice redirecting to solicitor - no payment intent; ignore")

M(d="2025-09-28", fr="Joe Price <joe@pricebakery.example>", s="Re: INV-37960",
  b="""Can you stop sending these to this address pls, it's my personal email. Business one is orders@pricebakery.example. Paid the invoice last Tuesday anyway.""",
  i="A", n="mixed: address change request + already paid; already_paid wins")

M(d="2026-09-25", fr="Ivana Horák <ivana@horak-glass.example>", s="Re: INV-81905",
  b="""Will pay 4 500 PLN on Monday. Please confirm your IBAN is still PL61 1090 1014 0000 0712 1981 2874.""",
  i="P", pd=("wd", "mon"), a="4500.00 PLN", n="HARD: promise + confirmation question; promise wins; IBAN digits are not refs")

M(d="2026-11-02", fr="Rory Keane <rory@keaneelectrical.example>", s="Re: INV-90150",
  b="""I'll be honest, I can't pay anything this month. Had a fall off a ladder and I'm off work for six weeks. The wife's doing my emails. We'll sort something out when I'm back on the tools.""",
  i="X", n="hardship, can't pay now, no date")

M(d="2025-01-27", fr="Karl Becker <karl@becker-gastro.example>", s="Re: INV-11520",
  b="""Zahlung erfolgt heute. Payment sent today, 2.160,00 EUR.""",
  i="A", a="2160.00 EUR", n="bilingual; 'sent today' = already paid")

M(d="2026-06-29", fr="Louise Tan <louise@tanyoga.example>", s="Re: INV-60400",
  b="""We didn't get the 20 bolsters, only the mats. Please check and correct. Happy to pay for the mats now if you can send a revised invoice.""",
  i="D", n="HARD: short delivery + conditional payment on revised invoice -> dispute")

# --- END OF DATA ---

if __name__ == "__main__":
    sys.exit(main("terse"))
