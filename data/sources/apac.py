"""Hand-written labelled debtor replies, slice "apac".

Flavour: English from Asia-Pacific and African business correspondents: India
(lakh/crore amounts "Rs. 2,45,000/-", "kindly", "revert", "do the needful", "PFA"),
Singapore and Malaysia (Singlish particles in informal notes, SGD/MYR, GIRO, "bank in"),
Hong Kong, the Philippines ("po", "ma'am", check release schedules), Australia and
New Zealand (AUD/NZD, EOFY, fortnightly pay runs), Japan and Korea (very polite
formulae, yyyy/mm/dd dates, Golden Week, Obon, Chuseok), China (CNY/RMB, "we have
arranged the payment", Spring Festival / Golden Week closures), South Africa (ZAR,
"just now", "now now", EFT and POP), Kenya and Nigeria (KES/NGN, M-Pesa, RTGS,
"please bear with us", FX allocation). Local date formats dd/mm/yyyy, dd-mm-yyyy,
"15th Dec" and yyyy/mm/dd; every message carries an explicit sender time zone.

Every message body and every quoted reminder below was written by hand as literal
data; kit.py only packages them (see its docstring for the fields of M).

Run:  .venv/bin/python data/sources/apac.py -v
Writes data/labelled/apac/apac-NNN.eml and data/labelled/apac/labels.jsonl

Note: Indian lakh-grouped amounts ("Rs. 3,85,400/-") make the kit print
"AMOUNT NOT IN NEW TEXT?" because it only knows western digit grouping; those
warnings were checked by hand.
"""

from __future__ import annotations

import sys

from kit import M, main

# ==========================================================================
# DATA
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2025-03-11", tz="+0530", fr="Suresh Iyer <accounts@iyer-castings.example>", s="RE: Outstanding - INV-24411",
  b="""Dear Sir,

Greetings from Iyer Castings.

With reference to your trailing mail, we wish to inform you that the bill has been passed by our plant head and we will clear the dues of Rs. 3,85,400/- on or before 20-03-2025 through NEFT.

Regret the delay caused from our end.

Thanks & Regards
Suresh Iyer
Sr. Executive - Accounts
Iyer Castings Pvt. Ltd., Coimbatore
Ph: +91 422 257 3340""",
  fmt="alt",
  q=("ol", 4, """Dear Mr Iyer,

Our records show that invoice INV-24411 for INR 3,85,400.00 (pattern plates and core boxes, despatched [[-52|%-d %B]]) is now overdue.

We would be grateful if you could let us know when payment will be made.

Kind regards,
Accounts Receivable
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 20), a="385400.00 INR",
  n="Indian formal; 'clear the dues ... on or before 20-03-2025' = 20 Mar; lakh grouping")

M(d="2025-06-18", tz="+0800", fr="Jasmine Goh <jasmine@gohtrading.example>", s="Re: INV-33817 overdue",
  b="""Hi Priya, boss signed the cheque run already, but we pay overseas by TT so I will key in tomorrow morning. SGD 1,240.50 ya. Sorry for the late!

Jasmine""",
  q=("gm", 3, """Hi Jasmine,

Hope all is well in Singapore. INV-33817 for SGD 1,240.50 (display shelving brackets) was due on [[-9|%-d %B]] - could you let us know when we can expect payment?

Thanks!
Priya
Accounts, Northwind Supplies"""),
  i="P", pd=("tmrw",), a="1240.50 SGD", n="Singapore informal; TT keyed in tomorrow")

M(d="2025-09-08", tz="+1000", fr="Accounts Payable <ap@coastlinecivil.example>", s="RE: Overdue invoice INV-37720",
  b="""Hi team,

Thanks for following up. INV-37720 has been approved and picked up for our fortnightly pay run, which goes out this Thursday. Funds normally land overnight.

Regards,
Kylie Brennan
Accounts Payable | Coastline Civil Pty Ltd
Level 3, 88 Adelaide St, Brisbane QLD 4000
P: 07 3012 8840""",
  q=("ol", 2, """Hello,

A courtesy reminder that INV-37720 for AUD 6,915.00 (site hoarding panels) is now 14 days past due.

Kind regards,
Greenfold Packaging - Accounts"""),
  cr="gf", fmt="html",
  i="P", pd=("wd", "thu"), n="AU corporate; fortnightly pay run this Thursday (message Monday)")

M(d="2025-06-24", tz="+0900", fr="Haruka Mori <h.mori@mori-seiki-parts.example>", s="Re: Payment reminder: INV-34006",
  b="""Dear Ms. Blake,

Thank you very much for your continued support.

We sincerely apologize for the delay in payment of the above invoice. The internal approval procedure has now been completed, and the remittance of JPY 1,486,000 will be executed on 2025/06/30 (end of our monthly closing).

We deeply regret the inconvenience and thank you for your patience.

Best regards,

Haruka Mori
Accounting Section
Mori Seiki Parts Co., Ltd.
Tel: +81-52-555-0192""",
  q=("gm", 5, """Dear Ms. Mori,

We notice that invoice INV-34006 for JPY 1,486,000 (spindle bearings) remains unpaid as at today.

Please could you let us know the expected payment date?

Kind regards,
Sharon Blake
Accounts Receivable | Northwind Supplies Ltd"""),
  i="P", pd=("md", 6, 30), a="1486000.00 JPY", n="Japanese polite formula; yyyy/mm/dd date")

M(d="2026-02-11", tz="+0800", fr="Zhou Lin <zhoulin@hengda-plastics.example>", s="Re: Re: INV-46120 reminder",
  b="""Dear Martin,

Happy New Year in advance! We have arranged the payment schedule with our boss: USD 9,430 will be remitted on 25 February, the first banking day after our Spring Festival holiday is over. Our finance is closed from 15th to 24th.

Thank you for your understanding.

Zhou Lin
Hengda Plastics (Ningbo) Co., Ltd.""",
  q=("gm", 2, """Dear Zhou Lin,

Just a reminder that INV-46120 for USD 9,430.00 is now overdue. Could you please confirm when it will be paid?

Best regards,
Martin
Credit Control, Northwind Supplies Ltd"""),
  i="P", pd=("md", 2, 25), a="9430.00 USD",
  n="HARD: 'we have arranged the payment schedule' + future date = promise (not already_paid); CNY holiday delay")

M(d="2025-10-28", tz="+0200", fr="Pieter Botha <pieter@bothaboerdery.example>", s="Re: Statement - October",
  b="""Morning Sharon

Sorry, our bookkeeper was booked off sick. I'm doing the EFT now now, before I go out to the lands. Will send the POP.

Pieter""",
  q=("gm", 6, """Good morning Pieter,

Please find below your October statement. The overdue balance is ZAR 18,640.00 on INV-40227.

Kind regards,
Sharon
Northwind Supplies Ltd"""),
  i="P", pd=("today",), n="South African 'now now' = very shortly, today; POP to follow")

M(d="2026-05-20", tz="+0300", fr="Grace Wanjiru <grace.wanjiru@highlandsdairy.example>", s="RE: INV-52281 - payment overdue",
  b="""Dear Sir/Madam,

We acknowledge receipt of your reminder. Kindly bear with us, our MD was travelling and could not sign.

He is back and we shall pay KES 185,000 on Friday via RTGS. We will share the confirmation once it goes through.

Regards,
Grace Wanjiru
Finance Officer
Highlands Dairy Co-operative, Nyeri""",
  q=("ol", 3, """Dear Grace,

Invoice INV-52281 for KES 185,000.00 (milk cans and cooling tank spares) was due on [[-14|%d/%m/%Y]] and remains unpaid.

Please advise when payment will be made.

Regards,
Kestrel Facilities Services - Accounts Receivable"""),
  cr="ks",
  fmt="html",
  i="P", pd=("wd", "fri"), a="185000.00 KES", n="Kenya 'kindly bear with us' then firm Friday RTGS")

M(d="2025-11-12", tz="+0100", fr="Adebayo Ogunleye <a.ogunleye@lekkilogistics.example>", s="Re: Outstanding balance",
  b="""Good afternoon,

Noted. We will effect payment of NGN 2,350,000 latest by the end of this month. Management has approved it at today's meeting.

Best regards,
Adebayo Ogunleye
Head, Finance & Accounts
Lekki Logistics Ltd, Lagos""",
  fmt="alt",
  i="P", pd=("eom",), a="2350000.00 NGN", n="Nigerian 'effect payment ... latest by end of this month'")

M(d="2026-06-03", tz="+0800", fr="Maricel Santos <maricel.santos@bulacanfoods.example>", s="RE: Reminder - INV-47390",
  b="""Good day Ma'am Priya!

Thank you for the reminder po. Please be informed that your invoice is already scheduled in our check release on the 15th. Since you are an overseas supplier, our treasury will convert it to TT on the same day.

Thank you and God bless!

Maricel Santos
Accounting Assistant
Bulacan Foods Corp.""",
  fmt="alt",
  q=("ol", 2, """Dear Maricel,

Our records show INV-47390 for USD 2,118.00 (labelling rolls) is now 10 days overdue. Could you kindly check?

Thanks,
Priya
Accounts, Northwind Supplies Ltd"""),
  i="P", pd=("dom", 15), n="Philippines 'check release on the 15th'; amount only in quote")

M(d="2026-07-21", tz="+1200", fr="Hamish Ruru <hamish@rurujoinery.example>", s="Re: INV-60554",
  b="""Kia ora,

Cheers for the nudge - it's been loaded and will go through in Wednesday's run. Should see it Thursday your time.

Hamish""",
  q=("gm", 1, """Hi Hamish,

Just a reminder that INV-60554 for NZD 3,402.00 is a week overdue. Thanks!

Harbour Lane Print Co"""),
  cr="hl",
  i="P", pd=("wd", "wed"), n="NZ; run on Wednesday (message Tuesday) - date = run date")

M(d="2025-02-19", tz="+0800", fr="Nurul Aisyah <aisyah@mutiara-furniture.example>", s="Re: INV-22930 payment",
  b="""Dear Sharon,

Sorry for delay. Our finance team confirm TT will be done by 28/2 for the full amount MYR 27,650.00. Will email you the bank slip after.

Thank you.

Nurul Aisyah
Admin & Account
Mutiara Furniture Sdn Bhd, Muar, Johor""",
  i="P", pd=("md", 2, 28), a="27650.00 MYR", n="Malaysia; 'by 28/2'")

M(d="2025-05-13", tz="+0800", fr="Kelvin Chan <kelvin.chan@harbourview-hk.example>", s="RE: Payment reminder INV-31960",
  b="""Hi Martin,

Our finance has scheduled the TT for next Tuesday, HKD 48,600. Sorry it took a while, we changed bank last month and all supplier payments were stuck.

Rgds
Kelvin""",
  q=("om", 4, """Dear Kelvin,

INV-31960 for HKD 48,600.00 (acrylic display stands) is now overdue. Please advise a payment date.

Regards,
Martin
Credit Control, Northwind Supplies Ltd"""),
  i="P", pd=("wd", "tue"), a="48600.00 HKD",
  n="HK; 'next Tuesday' on a Tuesday = the following Tuesday (first strictly after)")

M(d="2025-10-02", tz="+0900", fr="Lee Seung-min <smlee@daehan-marine.example>", s="RE: Overdue invoice INV-39981",
  b="""Dear Mr. Martin,

Thank you for your kind reminder and we are very sorry for the late payment.

Due to Chuseok holidays in Korea, our bank and company are closed from October 3 to October 9. Our company will remit the amount USD 12,400 on October 10 immediately after the holidays.

We appreciate your kind understanding.

Best regards,
Lee Seung-min / Manager
Finance Team, Daehan Marine Co., Ltd.
Busan, Korea""",
  q=("ol", 3, """Dear Mr. Lee,

Our records show INV-39981 for USD 12,400.00 is 18 days overdue. Please let us know when we can expect payment.

Regards,
Martin
Northwind Supplies Ltd"""),
  fmt="alt",
  i="P", pd=("md", 10, 10), a="12400.00 USD", n="Korea; Chuseok closure, remittance on October 10")

M(d="2026-06-09", tz="+1000", fr="Brooke Sinclair <brooke@sinclairallied.example>", s="RE: INV-58814 - 30 days overdue",
  b="""Hi Sharon,

I know, I know. EOFY is eating us alive over here. Rest assured you're on the list and you'll be paid before 30 June - I've flagged it with our FC so it doesn't roll into the new financial year.

Brooke Sinclair
Finance Manager
Sinclair Allied Health Group
Ph 03 9016 4420""",
  q=("ol", 2, """Dear Brooke,

INV-58814 (AUD 4,260.00, clinic consumables) is now 30 days past its due date. Could you please confirm a payment date?

Many thanks,
Sharon Blake
Northwind Supplies Ltd"""),
  i="P", pd=("md", 6, 30), n="AU EOFY; 'paid before 30 June' -> 30 June")

M(d="2025-12-06", tz="+0530", fr="Manoj Patil <manoj.patil@patilagro.example>", s="Re: Payment pending",
  b="""Sir, dues will be cleared by Monday positively. Kindly don't hold our next dispatch, we have urgent order from Nashik.

Regards
Manoj Patil

Sent from my iPhone""",
  q=("ios", 2, """Dear Mr Patil,

INV-43580 for INR 96,200.00 is now 21 days overdue. As per our terms, further despatches will be held until the account is brought up to date.

Regards,
Credit Control
Northwind Supplies Ltd""", "Payment pending"),
  cr="nwc",
  i="P", pd=("wd", "mon"), n="Indian owner, Saturday message, 'by Monday positively'")

M(d="2026-09-09", tz="+0530", fr="Deepa Krishnan <deepa.k@southernsilks.example>", s="RE: INV-64107 and INV-64233",
  b="""Dear Ma'am,

PFA the payment schedule approved by our Director. The first instalment of Rs. 1,20,000/- will be deposited on 15th Sep and the balance Rs. 1,36,500/- on 30th Sep.

Kindly acknowledge.

Regards,
Deepa Krishnan
Accounts Dept.
Southern Silks, Kanchipuram""",
  att=["Payment_schedule_SouthernSilks.pdf"],
  i="P", pd=("md", 9, 15), a="120000.00 INR",
  n="HARD: split schedule, first instalment Rs. 1,20,000 on 15 Sep; informs (not asks) -> promise; PFA")

M(d="2025-04-22", tz="+0800", fr="Serene Tan <serene.tan@orchidmedical.example>", s="RE: Statement of Account - April",
  b="""Hi,

Noted with thanks. We will process the payment in our next payment cycle which is on 25th. Do note our payment cycle is twice a month, 10th and 25th, so for future invoices please send at least 7 days before.

Best regards,
Serene Tan
Accounts Payable
Orchid Medical Supplies Pte Ltd
10 Ubi Crescent #04-12, Singapore 408564""",
  q=("ol", 3, """Dear Serene,

Please find attached your statement of account. INV-30415 for SGD 3,870.00 is overdue.

Regards,
Accounts Receivable
Greenfold Packaging"""),
  cr="gf",
  fmt="html",
  i="P", pd=("dom", 25), n="HARD: opens with 'noted with thanks' (ack) but commits to 25th cycle")

M(d="2025-08-04", tz="+0800", fr="Wendy Liu <wendy@sunrise-toys.example>", s="Re: INV-36001",
  b="""Dear Emma

sorry for late reply. Our boss approve already, we pay USD 8,760 next Monday. I will send you bank copy.

Wendy""",
  cr="bp",
  i="P", pd=("wd", "mon"), a="8760.00 USD", n="China; 'next Monday' on a Monday -> following Monday")

M(d="2026-08-13", tz="+0200", fr="Thandi Nkosi <thandi@nkosi-interiors.example>", s="RE: Overdue: INV-62645",
  b="""Hi Martin

Apologies, our month-end run is the 25th and you are on the list for R14 350,00. It'll reflect on the 26th because your bank is overseas.

Kind regards
Thandi Nkosi
Nkosi Interiors (Pty) Ltd
Tel: 011 555 0194 | Rosebank, Johannesburg""",
  q=("gm", 5, """Hi Thandi,

Invoice INV-62645 for ZAR 14,350.00 is past due. Could you let me know when to expect payment?

Thanks,
Martin
Credit Control"""),
  i="P", pd=("dom", 25), a="14350.00 ZAR", n="SA; run on the 25th, reflects 26th; date = run date; ZAR 'R14 350,00'")

M(d="2025-07-15", tz="+0100", fr="Ifeoma Eze <ifeoma.eze@ezepharma.example>", s="RE: Outstanding invoice INV-35524",
  b="""Dear Martin,

We have not paid yet, and I owe you an explanation. Our bank could not get dollar allocation for most of last month because of the FX scarcity here. They have now confirmed the allocation and we will remit USD 6,200 by Thursday.

Please bear with us a little longer.

Ifeoma Eze
Finance Manager, Eze Pharma Ltd, Abuja""",
  q=("ol", 5, """Dear Ifeoma,

INV-35524 for USD 6,200.00 is now 45 days past due. Please let us know the position.

Regards,
Martin
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "thu"), a="6200.00 USD", n="HARD: negation 'have not paid yet' then firm promise; Nigeria FX allocation")

M(d="2026-04-24", tz="+0900", fr="Takumi Kobayashi <t.kobayashi@kobayashi-kogyo.example>", s="Re: Reminder INV-51877",
  b="""Dear Sir or Madam,

Thank you for your e-mail.

We would like to inform you that our company and our bank will be closed for the Golden Week holidays from April 29 to May 6. Therefore, the payment of the above invoice will be made on May 7.

We apologize for any inconvenience this may cause.

Sincerely yours,
Takumi Kobayashi
General Affairs Dept.
Kobayashi Kogyo K.K.""",
  q=("gm", 2, """Dear Mr Kobayashi,

This is a reminder that invoice INV-51877 for JPY 342,000 was due on [[-3|%-d %B]]. Please let us know when it will be settled.

Kind regards,
Alpenrose Logistik GmbH - Accounts"""),
  cr="al",
  i="P", pd=("md", 5, 7), n="Japan Golden Week; informs date, does not ask -> promise")

M(d="2025-09-23", tz="+0800", fr="Jonalyn Reyes <jonalyn.reyes@gmail.example>", s="Re: Invoice INV-38611",
  b="""hi maam sorry po, i'll settle the balance tonight thru online banking. salary came in today

Sent from my iPhone""",
  q=("ios", 3, """Hi Jonalyn,

Friendly reminder that INV-38611 for USD 180.00 (logo design revisions) is overdue. Thanks!

Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("today",), n="Filipino freelancer, 'tonight' = today, 'po'")

M(d="2025-01-17", tz="+1100", fr="Shane O'Loughlin <shane@oloughlinelectrical.example>", s="Re: INV-21188 overdue",
  b="""No dramas mate, will fix it up Friday arvo when I'm back from Bendigo.

Shane""",
  q=("gm", 2, """Hi Shane,

INV-21188 for A$1,980.00 (cable tray and fittings) is now overdue. Can you let me know when it'll be paid?

Cheers,
Northwind Supplies"""),
  i="P", pd=("wd", "fri"), n="HARD: message is on a Friday; 'Friday arvo' = first Friday strictly after (next week)")

M(d="2026-03-30", tz="+0800", fr="Farah Idris <farah@idris-printing.example>", s="Re: Payment reminder INV-51260",
  b="""Hi Sharon, sorry ya, our finance lady was on leave for Raya, only back today. Payment will be this week, around Thursday. Amount RM 5,300.

Farah""",
  i="P", pd=("wd", "thu"), a="5300.00 MYR", n="Malaysia; Hari Raya leave; 'this week, around Thursday' -> Thursday (message Monday); RM = MYR")

M(d="2025-08-27", tz="+0300", fr="Peter Otieno <p.otieno@lakeregionagro.example>", s="Re: Statement of account - August",
  b="""Dear Sharon,

INV-36880 was settled last week through RTGS, please check. The balance on INV-37015 we will clear on the 10th when our tea proceeds come in.

Regards,
Peter Otieno
Lake Region Agro Ltd, Kisumu""",
  q=("ol", 4, """Dear Peter,

Please find your statement below.

INV-36880   KES 94,300.00
INV-37015   KES 128,750.00

Total overdue: KES 223,050.00

Regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 10), n="HARD: mixed already_paid (INV-36880) + promise (INV-37015); promise wins; amount only in quote")

M(d="2025-12-16", tz="+0530", fr="Accounts Payable <payables@gurukripa-textiles.example>", s="RE: Gentle reminder - INV-44190",
  b="""Dear Sir,

Payment is under process. It will be released in 2-3 working days.

Regards,
Accounts Team
Gurukripa Textiles""",
  q=("ol", 5, """Dear Sir/Madam,

A gentle reminder that INV-44190 for GBP 2,640.00 is now overdue.

Regards,
Northwind Supplies Ltd"""),
  i="P", n="HARD: 'under process, released in 2-3 working days' = commitment but no resolvable date -> null")

M(d="2025-08-20", tz="+1200", fr="Aroha Tipene <aroha@tipeneorchards.example>", s="Re: INV-36744",
  b="""Hi there,

Sorry this one's slipped. Our next supplier run is Monday week - I'll make sure it's in that one. NZ$2,140.

Ngā mihi,
Aroha Tipene
Tipene Orchards Ltd, Hastings""",
  q=("gm", 3, """Hi Aroha,

Just a reminder that INV-36744 for NZ$2,140.00 (bin liners and packing pads) is overdue since [[-12|%-d %B]].

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("iso", "2025-09-01"), a="2140.00 NZD",
  n="HARD: 'Monday week' = Monday after next Monday; Wed 20 Aug -> Mon 1 Sep 2025")

M(d="2026-01-21", tz="+0800", fr="Ivy Lam <ivy.lam@lamfamilyflorist.example>", s="Re: INV-45333 / INV-45334",
  b="""Hi Emma,

We'll pay half (HKD 12,000) this Friday and the rest by end of the month. Chinese New Year orders are coming in so cash will be fine soon.

Ivy""",
  cr="bp",
  i="P", pd=("eow",), a="12000.00 HKD", n="HARD: split promise, first half HKD 12,000 this Friday (message Wednesday)")

M(d="2026-10-20", tz="+1100", fr="Nathan Pearce <nathan.pearce@pearcehospitality.example>", s="RE: INV-70116 - corrected invoice",
  b="""Thanks Sharon, that's the one - the corrected version with the right GST treatment. With that sorted we're good to go; it'll be in next Tuesday's run.

Nathan""",
  q=("ol", 1, """Hi Nathan,

As discussed, please find attached the corrected invoice INV-70116 for AUD 7,480.00, with GST now shown separately.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "tue"),
  n="HARD: earlier dispute resolved; promise now unconditional; 'next Tuesday' on a Tuesday -> following Tuesday")

M(d="2026-03-23", tz="+0900", fr="Choi Ji-woo <jiwoo.choi@hanul-cosmetics.example>", s="RE: INV-49210",
  b="""Noted. Remittance on 2026-03-31 after month closing.

Choi Ji-woo
Hanul Cosmetics""",
  i="P", pd=("md", 3, 31), n="Korea terse; ISO date")

M(d="2025-05-29", tz="+0200", fr="Sipho Dlamini <sipho@dlaminiplant.example>", s="Re: INV-32460 - account on hold",
  b="""Hey Martin

Please don't hold the account man, we've got a big job in Polokwane next week. I'm sitting with the bank app open - R41 200 goes through tomorrow first thing, I just need the second authoriser to approve it.

Sipho""",
  q=("gm", 1, """Hi Sipho,

Unfortunately the account has been placed on hold as INV-32460 (ZAR 41,200.00) is 60 days overdue.

Regards,
Martin
Credit Control, Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("tmrw",), a="41200.00 ZAR", n="SA; needs second authoriser, goes through tomorrow")

M(d="2025-01-14", tz="+0800", fr="Chen Hui <chenhui@yongsheng-hardware.example>", s="Re: Payment reminder",
  b="""Dear Sharon,

Our finance will pay by the 20th, because after 20th our company begins the Spring Festival holiday and nobody is in office until 5 Feb. Amount RMB 68,400.

Best regards
Chen Hui""",
  q=("gm", 4, """Dear Chen Hui,

We have not yet received payment of INV-21035 for CNY 68,400.00. Please let us know when it will be made.

Kind regards,
Sharon Blake
Northwind Supplies Ltd""", "Payment reminder"),
  i="P", pd=("dom", 20), a="68400.00 CNY", n="China; RMB = CNY; paying before Spring Festival")

M(d="2026-11-05", tz="+0530", fr="Ankit Agarwal <ankit@agarwalpackers.example>", s="Re: INV-71402",
  b="""hi, will do the needful before diwali, by saturday latest. 46,800 only.

ankit""",
  i="P", pd=("wd", "sat"), a="46800.00",
  n="Indian informal; 'do the needful ... by saturday' = promise; bare number -> currency null")

M(d="2025-04-23", tz="+0800", fr="Marvin Dela Cruz <marvin.delacruz@visayasbuilders.example>", s="RE: Reminder - INV-42201",
  b="""Hello Sir Martin,

Good day! Kindly expect the payment on the 30th, which is our next check release. Our approver is on leave until the 27th so we can't release earlier than that.

Regards,
Marvin Dela Cruz
Finance Dept., Visayas Builders Inc., Cebu City""",
  q=("ol", 4, """Dear Marvin,

INV-42201 (USD 5,670.00) is now overdue. Please could you advise the payment date?

Regards,
Martin
Credit Control, Northwind Supplies Ltd"""),
  i="P", pd=("dom", 30), n="Philippines; 'kindly expect the payment on the 30th'")

# ---------------------------------------------------------------- extension_request
M(d="2025-07-09", tz="+0530", fr="Ramesh Gupta <ramesh.gupta@gupta-auto-components.example>", s="RE: Reminder - Overdue INV-35140",
  b="""Dear Sir,

This is with reference to your mail dated 4th July. We are facing some liquidity issues this quarter as two of our OEM customers have delayed their payments.

Kindly allow us 15 days more time to clear your dues. We value our association with Northwind and request your kind co-operation in this matter.

Thanks & Regards,
Ramesh Gupta
Manager - Finance
Gupta Auto Components Pvt. Ltd.
Plot 44, MIDC Bhosari, Pune 411026""",
  fmt="alt",
  q=("ol", 5, """Dear Mr Gupta,

Invoice INV-35140 for GBP 4,812.00 is now 32 days overdue. Please arrange payment or let us know the date on which it will be made.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", pd=("plus", 15), n="Indian formal; 'kindly allow us 15 days more time' -> +15")

M(d="2025-03-20", tz="+0800", fr="Darren Lim <darren@limbrosaircon.example>", s="Re: INV-27702",
  b="""Hi Sharon, can give us until end of month or not? Cash flow very tight this month lah, two projects kena delay. Sorry ah.

Darren

Sent from my iPhone""",
  q=("gm", 2, """Hi Darren,

INV-27702 for SGD 2,960.00 (copper fittings) is overdue since [[-11|%-d %B]]. Please advise when payment will be made.

Thanks,
Sharon
Northwind Supplies"""),
  i="X", pd=("eom",), n="Singlish 'can give us until end of month or not?' asks permission -> extension")

M(d="2026-02-05", tz="+1100", fr="Mick Rowland <mick@rowlandlandscapes.example>", s="Re: INV-46030 - overdue",
  b="""Hi Sharon,

Mick here. Bit of a rough start to the year - two councils have held our progress claims. Is there any chance we could pay this across our next three fortnightly runs? First one would be A$1,400 on the 12th, then the same on the 26th and the balance on 12 March.

Happy to sign something if you need it formalised.

Cheers,
Mick Rowland
Rowland Landscapes Pty Ltd | Penrith NSW
M: 0412 555 091""",
  q=("ol", 6, """Hi Mick,

INV-46030 for A$4,200.00 (irrigation fittings and drip line) is now 30 days overdue. Please let us know when it will be paid.

Regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="X", pd=("dom", 12), a="1400.00 AUD", n="AU instalment plan asked; first A$1,400 on the 12th")

M(d="2025-01-22", tz="+0800", fr="Xu Mingyu <xumingyu@jiahe-textile.example>", s="Re: Overdue payment INV-20988",
  b="""Dear Martin,

Thanks for your mail. Sorry to inform you, due to Chinese New Year holiday our finance department will be closed from 25 Jan to 4 Feb, and the boss is already gone back to hometown.

Could you please give us time until 10 Feb? We will pay at once after we come back.

Best regards
Xu Mingyu
Jiahe Textile Co., Ltd. (Shaoxing)""",
  q=("gm", 3, """Dear Xu Mingyu,

INV-20988 for USD 14,260.00 was due on [[-8|%-d %B]]. Could you please arrange payment before your holiday closure?

Best regards,
Martin
Northwind Supplies Ltd"""),
  fmt="alt",
  i="X", pd=("md", 2, 10), n="China; CNY closure; 'could you give us time until 10 Feb?'")

M(d="2025-11-26", tz="+0900", fr="Yamamoto Keiko <k.yamamoto@yamamoto-shoji.example>", s="Re: Reminder: INV-42960",
  b="""Dear Ms. Sharon Blake,

We are always grateful for your kind cooperation.

We truly apologize, but due to an unexpected delay in our year-end budget procedure, it is difficult for us to make the payment within this month. We humbly request your kind understanding to postpone the payment to the end of next month.

We are very sorry to trouble you, and we appreciate your consideration.

Sincerely,
Keiko Yamamoto
Accounting Division
Yamamoto Shoji Co., Ltd.""",
  fmt="html",
  q=("gm", 4, """Dear Ms. Yamamoto,

We would like to remind you that INV-42960 for JPY 2,150,000 remains outstanding.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="X", pd=("eonm",), n="Japanese humble request to postpone to end of next month")

M(d="2025-07-21", tz="+0100", fr="Chinedu Okonkwo <c.okonkwo@okonkwo-agrochem.example>", s="Re: Outstanding invoice INV-35730",
  b="""Dear Sir,

Please bear with us. Due to the current forex situation we are unable to pay this month as the CBN window has not allocated to us.

We will appreciate if you can give us till 15th of next month to pay in full.

Thank you for your usual understanding.

Chinedu Okonkwo
Okonkwo Agrochem Ltd, Onitsha""",
  i="X", pd=("dom", 15), n="Nigeria; unable to pay this month + asks till 15th of next month (= 15 Aug)")

M(d="2026-01-13", tz="+0300", fr="Faith Achieng <faith@achiengwholesalers.example>", s="Re: INV-45012 reminder",
  b="""Hi Martin,

Happy new year. January is always tough after school fees. Can we pay KES 60,000 now and the balance in two weeks? Please let me know if that works for you.

Faith""",
  q=("gm", 2, """Hi Faith,

Happy new year! Just a reminder that INV-45012 for KES 142,000.00 is overdue.

Best,
Martin
Northwind Supplies"""),
  i="X", pd=("today",), a="60000.00 KES", n="HARD: asks permission for split; first payment KES 60,000 'now' -> today")

M(d="2025-09-13", tz="+0200", fr="Riaan van der Merwe <riaan@vdmtransport.example>", s="RE: INV-38305 overdue",
  b="""Martin, I'm going to be straight with you, I can't pay this month. One of our trucks rolled on the N1 and the insurance is taking its time. Can I do the R8 000 on the 7th?

Riaan""",
  q=("ol", 4, """Dear Riaan,

INV-38305 for ZAR 8,000.00 is now 21 days overdue. Please advise when payment will be made.

Regards,
Martin
Credit Control"""),
  i="X", pd=("dom", 7), a="8000.00 ZAR", n="SA; can't pay this month, proposes the 7th (next month)")

M(d="2026-05-15", tz="+0800", fr="Rhea Villanueva <rhea@villanuevaresorts.example>", s="RE: Payment reminder INV-52705",
  b="""Hi Ma'am Sharon,

Good afternoon po! Would it be possible to request for a payment term extension of 30 days? Our occupancy is low because of the rainy season and our owners are still waiting for the bank loan release.

Hoping for your kind consideration. Thank you po!

Rhea Villanueva
Accounting Supervisor
Villanueva Beach Resorts, Puerto Galera""",
  i="X", pd=("plus", 30), n="Philippines; 30-day extension -> +30")

M(d="2025-10-19", tz="+0800", fr="Lim Wei Keat <weikeat@lwk-hardware.example>", s="Re: Re: Statement",
  b="""Hi, boss ask whether can split into 3 months? RM 4,500 each month starting next month. Business quite slow after the floods. Pls advise.

WK

Sent from my HONOR phone""",
  i="X", a="4500.00 MYR", n="Malaysia; split request, instalment RM 4,500, 'starting next month' no day -> date null")

M(d="2025-08-06", tz="+0800", fr="Alice Wong <alice.wong@pearlriver-trading.example>", s="RE: INV-36230 overdue",
  b="""Dear Sharon,

We are unable to pay at this moment as the L/C from our buyer in Dubai has been delayed by their bank. Could you kindly hold until 15 Aug? We expect the funds by then.

Sorry for the inconvenience.

Alice Wong
Pearl River Trading Ltd
Unit 1203, 12/F, Kwun Tong Industrial Centre, Kowloon, HK""",
  q=("ol", 3, """Dear Alice,

INV-36230 for USD 21,300.00 is now overdue. Please let us know the payment date.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  fmt="alt",
  i="X", pd=("md", 8, 15), n="HK; can't pay now + asks hold until 15 Aug")

M(d="2025-11-06", tz="+0900", fr="Kang Min-jae <mj.kang@sejong-ems.example>", s="RE: [Reminder] INV-41899",
  b="""Dear Sir/Madam,

Thank you for your email and we apologize for the late payment.

Due to the internal budget reallocation at the end of our fiscal quarter, we kindly ask for your generous consideration for an extension of the payment date to November 28, 2025.

We promise that there will be no further delay.

Best regards,
Kang Min-jae
Purchasing Team / Sejong EMS Co., Ltd.""",
  fmt="alt",
  q=("gm", 3, """Dear Mr. Kang,

INV-41899 for USD 17,540.00 was due on [[-10|%B %d]]. Please arrange payment at your earliest convenience.

Regards,
Meridian Office Solutions Inc. - Billing"""),
  cr="mo",
  i="X", pd=("md", 11, 28), n="HARD: Korean extension request + 'we promise no further delay' -> still extension (asks for new date)")

M(d="2026-08-10", tz="+1200", fr="Tama Fifita <tama@fifitabuilders.example>", s="Re: INV-62204",
  b="""Hey Sharon, any chance we could push this out to the 20th? Our main client pays us on the 19th and I'd rather not go into overdraft to cover it. Cheers, Tama""",
  cr="hl",
  i="X", pd=("dom", 20), n="NZ; 'push this out to the 20th?'")

M(d="2026-03-06", tz="+0530", fr="Kavita Sharma <kavita@sharmaexports.example>", s="RE: Overdue: INV-48233",
  b="""Dear Sharon Ji,

Request you to kindly extend the credit period till 31st March, i.e. our financial year closing. We shall clear the entire dues positively by then.

Due to GST refund pending from the department our working capital is blocked.

Regards,
Kavita Sharma
Sharma Exports, Jaipur
+91 141 555 0172""",
  q=("ol", 3, """Dear Kavita,

INV-48233 for USD 3,450.00 is overdue since [[-18|%d/%m/%Y]]. Please advise when payment will be made.

Regards,
Sharon Blake
Northwind Supplies Ltd"""),
  fmt="html",
  i="X", pd=("md", 3, 31), n="Indian 'request you to kindly extend credit period till 31st March'")

M(d="2025-06-19", tz="+1000", fr="Olivia Tran <olivia.tran@westgatehealth.example>", s="RE: INV-34310",
  b="""Hi Sharon,

Slightly awkward one. Our FY25 operating budget for the department is fully spent, so finance won't release anything more before EOFY. Would you be able to hold the invoice until 1 July, when the new budget opens? I'll push it through that morning.

Apologies for the hassle,
Olivia Tran
Practice Manager, Westgate Health Clinic
Footscray VIC""",
  q=("ol", 2, """Hi Olivia,

Just checking in on INV-34310 for AUD 2,145.00, which is now a fortnight overdue.

Thanks,
Sharon Blake
Northwind Supplies Ltd"""),
  i="X", pd=("md", 7, 1), n="HARD: AU EOFY budget exhausted, asks hold until 1 July; 'I'll push it through' is conditional on agreeing -> extension")

M(d="2026-04-15", tz="+0200", fr="Lerato Mokoena <lerato@mokoenacatering.example>", s="Re: Your account",
  b="""Hi Sharon

I can't do it now now, the business account is frozen until the bank sorts out the FICA documents. They say it's 2 days. Can you give me until Friday?

Lerato""",
  q=("gm", 1, """Hi Lerato,

Your account is overdue by ZAR 9,870.00 (INV-50882). Could you make payment today please?

Thanks,
Sharon
Northwind Supplies Ltd""", "Your account"),
  i="X", pd=("wd", "fri"), n="HARD: negated SA 'now now' + asks until Friday -> extension")

M(d="2026-05-28", tz="+0800", fr="Gao Yan <gaoyan@xinrui-lighting.example>", s="Re: INV-53120 payment",
  b="""Dear Emma,

Our customer in Guangzhou still not pay us. Can we pay 50% now and other 50% after we receive their payment? Please kindly consider.

Thanks
Gao Yan""",
  q=("gm", 4, """Dear Gao Yan,

INV-53120 for USD 7,800.00 (product photography and catalogue layout) is overdue. Please arrange payment.

Best,
Emma
Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("today",), n="HARD: asks split; first 50% 'now' -> today; only a percentage stated -> amount null")

M(d="2025-10-30", tz="+1100", fr="Daniel Hughes <daniel.hughes@hughesfitouts.example>", s="RE: Statement - October",
  b="""Hi Martin,

INV-40118 (the small one) will go in Friday's run, no issue.

INV-40002 is a different story - the builder we supplied on that job has gone quiet and we're chasing them. Could we have until the end of next month for that one? I'd rather be upfront than keep promising.

Regards,
Daniel Hughes
Director, Hughes Fitouts, Geelong""",
  q=("ol", 3, """Dear Daniel,

Your statement shows the following overdue:

INV-40002   AUD 18,920.00
INV-40118   AUD 640.00

Please let us know when these will be settled.

Regards,
Martin
Credit Control, Northwind Supplies Ltd""", "Statement - October"),
  cr="nwc",
  i="X", pd=("eonm",), n="HARD: promise on small invoice + extension on the main amount; extension wins; end of next month")

M(d="2025-04-10", tz="+0300", fr="Joseph Kamau <jkamau@kamauengineering.example>", s="RE: INV-30222",
  b="""Dear Martin,

We are not able to pay at the moment. Our payments from the Nairobi County Government have been delayed since February. We shall revert with a date once we hear from them.

Regards,
Joseph Kamau""",
  i="X", n="HARD: cannot pay now, no date -> extension, null; 'we shall revert' is not a promise")

M(d="2026-02-26", tz="+0100", fr="Funmilayo Adeyemi <f.adeyemi@adeyemihealthcare.example>", s="RE: Outstanding - INV-47444",
  b="""Dear Sir/Madam,

Further to our telephone conversation with your Mr. Martin yesterday, we are formally requesting for a 60-day moratorium on the outstanding amount. Our operations were affected by the fuel scarcity and the naira devaluation.

We are committed to settling the debt and will not disappoint you.

Yours faithfully,
Funmilayo Adeyemi (Mrs)
Chief Finance Officer
Adeyemi Healthcare Services Ltd, Ibadan""",
  fmt="alt",
  i="X", pd=("plus", 60), n="Nigeria; formal '60-day moratorium' -> +60")

M(d="2025-04-29", tz="+0800", fr="Ong Boon Hock <bh.ong@ong-precision.example>", s="RE: INV-30630 - Overdue",
  b="""Dear Ms Blake,

We refer to your reminder of 24 April.

We regret that we are unable to make payment of the full amount at this juncture owing to a delay in the completion of one of our projects. We would like to propose to settle the sum in two equal instalments of SGD 6,300 on 15 May and 15 June respectively.

We would be grateful for your confirmation.

Yours sincerely,
Ong Boon Hock
Finance Director
Ong Precision Engineering Pte Ltd""",
  q=("ol", 5, """Dear Mr Ong,

Invoice INV-30630 for SGD 12,600.00 is now 30 days overdue. We would be grateful for prompt payment.

Regards,
Sharon Blake
Northwind Supplies Ltd"""),
  fmt="alt",
  i="X", pd=("md", 5, 15), a="6300.00 SGD", n="Singapore formal instalment proposal; first SGD 6,300 on 15 May")

M(d="2025-12-19", tz="+0900", fr="Ishikawa Daisuke <d.ishikawa@ishikawa-denki.example>", s="Re: Payment reminder INV-44310",
  b="""Dear Mr. Martin,

Thank you for your reminder.

Our office will be closed for the New Year holidays from December 27 to January 4, and our monthly payment processing for December has already been closed. Could you kindly accept payment on January 9?

We sincerely apologize for the trouble and wish you a happy New Year.

Best regards,
Daisuke Ishikawa""",
  q=("gm", 2, """Dear Mr. Ishikawa,

INV-44310 for JPY 618,000 was due on [[-5|%-d %B]]. Please let us know when it will be paid.

Regards,
Martin
Credit Control, Northwind Supplies Ltd"""),
  i="X", pd=("md", 1, 9), n="Japan; year-end closure, asks to accept payment on January 9 (next year)")

M(d="2025-03-04", tz="+1300", fr="Liam Walsh <liam@walshmarine.example>", s="Re: INV-26940",
  b="""Hi Emma - sorry, I can't make Friday after all, the boat show deposit hasn't cleared. Can we say the Friday after instead? Same amount, NZ$1,850.

Liam""",
  q=("gm", 6, """Hi Liam,

Thanks for letting me know you'd pay INV-26940 (NZ$1,850.00) this Friday. I'll keep an eye out for it.

Best,
Emma
Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("nw",), a="1850.00 NZD",
  n="HARD: earlier Friday promise in the quote withdrawn ('can't make Friday'); asks for the Friday after -> Friday of next week")

M(d="2025-02-10", tz="+0530", fr="Bhavesh Shah <bhaveshshah.traders@gmail.example>", s="Re: pending payment",
  b="""Sir,

Market is very down after the budget, kindly give some time. I will pay in 2 instalments, Rs. 50,000 on 15th and balance on 28th. Please don't stop supply.

Bhavesh Shah
Shah Traders, Surat""",
  i="X", pd=("dom", 15), a="50000.00 INR", n="Indian owner; 'kindly give some time' + 2 instalments; first Rs. 50,000 on 15th")

M(d="2026-07-08", tz="+1000", fr="Accounts Payable <accountspayable@tropicana-resorts-qld.example>", s="RE: INV-60330 - 45 days overdue",
  b="""Good afternoon,

Please be advised that Tropicana Resorts has recently entered a refinancing arrangement with its lender, and all supplier payments above AUD 5,000 require lender sign-off.

We therefore request a 45-day extension on the above invoice. We appreciate your patience and will advise as soon as the approval is received.

Regards,
Accounts Payable
Tropicana Resorts Group
Cairns QLD 4870""",
  fmt="html",
  q=("ol", 3, """Dear Accounts Payable,

INV-60330 for AUD 11,482.00 (housekeeping chemicals) is now 45 days overdue.

Regards,
Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("plus", 45), n="AU corporate; 45-day extension; the AUD 5,000 threshold is not an amount to pay")

M(d="2025-12-10", tz="+0800", fr="Joy Mercado <joy@mercadobakeshop.example>", s="Re: INV-43960",
  b="""Hi Emma! Sorry, December is crazy with the Christmas orders and bonuses for staff. Can we move the payment to after the holidays? Maybe January 8? Thank you so much and Merry Christmas in advance!!

Joy""",
  cr="bp",
  i="X", pd=("md", 1, 8), n="Philippines; 'Maybe January 8?' proposed date")

M(d="2026-10-17", tz="+0800", fr="Tony Cheung <tony@cheungmotors.example>", s="Re: INV-69904",
  b="""Can we pay next month instead?

Get Outlook for iOS""",
  q=("gm", 1, """Dear Tony,

INV-69904 for HKD 8,400.00 is overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="X", n="HK terse; 'next month' without a day -> null")

M(d="2025-05-26", tz="+1200", fr="Kiri Moana <kiri@moanatours.example>", s="Re: INV-32590",
  b="""Kia ora Sharon,

I've sent NZ$500 today to show good faith. Could I have till the end of the month for the remaining NZ$1,150? Winter bookings have been slow to come in.

Kiri""",
  q=("gm", 3, """Hi Kiri,

INV-32590 for NZ$1,650.00 is overdue. Could you let us know when it'll be paid?

Thanks,
Sharon Blake
Northwind Supplies Ltd"""),
  i="X", pd=("eom",), a="1150.00 NZD",
  n="HARD: part already paid today + asks time for the rest; extension wins; proposed payment = remaining NZ$1,150 at end of month")

M(d="2026-06-18", tz="+0900", fr="Yoon Hye-jin <hj.yoon@seoulfoodsystems.example>", s="RE: Outstanding invoices",
  b="""Dear Sir or Madam,

We regret to inform you that our company is currently under a restructuring process, and payments to all vendors have been temporarily suspended until further notice.

We will inform you of the new payment schedule as soon as it is confirmed by the court-appointed administrator. We sincerely apologize.

Best regards,
Yoon Hye-jin
Finance Team, Seoul Food Systems Co., Ltd.""",
  i="X", n="HARD: formal notice that they cannot pay now (payments suspended), no date -> extension, null")

M(d="2025-08-11", tz="+0200", fr="Nomvula Zulu <nomvula@zulubeauty.example>", s="Re: INV-36502 - overdue",
  b="""Hi Martin,

Please can we arrange a payment plan? I can do R2 500 a month until it's cleared. The salon has been quiet since the load-shedding started again.

Thank you
Nomvula""",
  i="X", a="2500.00 ZAR", n="SA; payment plan R2 500 a month; no day -> null")

M(d="2025-09-26", tz="+0800", fr="Sun Jie <sunjie@huatai-packaging.example>", s="Re: INV-38800 reminder",
  b="""Dear Sharon

Sorry, National Day Golden Week holiday is coming, our bank and company closed from Oct 1 to Oct 8. We can pay after the holiday, on 13 Oct, is it ok for you?

Sun Jie""",
  i="X", pd=("md", 10, 13), n="China Golden Week; proposes 13 Oct and asks if ok -> extension")

M(d="2026-06-02", tz="+0300", fr="Caroline Njeri <c.njeri@njerischools.example>", s="RE: Overdue fees - INV-54466",
  b="""Dear Sir,

Kindly grant us up to 30th June to settle the invoice. The school term fees are still coming in from the parents.

Regards,
Caroline Njeri
Bursar, Njeri Academy, Thika""",
  q=("ol", 2, """Dear Caroline,

INV-54466 for KES 96,000.00 (classroom cleaning contract, April) is now overdue.

Regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="X", pd=("md", 6, 30), n="Kenya; 'kindly grant us up to 30th June'")

M(d="2026-11-18", tz="+0800", fr="Siti Rahmah <siti@rahmah-catering.example>", s="Re: INV-72015",
  b="""Hi Martin, can we pay on the 5th instead of end of this month? Our customers only pay us on the 3rd. Thank you ya.""",
  q=("gm", 2, """Hi Siti,

Just a reminder that INV-72015 for MYR 3,880.00 is due at the end of this month.

Thanks,
Martin
Northwind Supplies Ltd"""),
  i="X", pd=("dom", 5), n="HARD: asks to move the due date later (to the 5th of next month) -> extension, not promise")

M(d="2025-05-23", tz="+0900", fr="Fujita Ryo <r.fujita@fujita-koubou.example>", s="Re: INV-32118",
  b="""Dear Sir,

We are very sorry, but we are afraid we cannot make the payment this month.

Ryo Fujita""",
  i="X", n="Japan short; cannot pay this month, no date -> extension null")

# ---------------------------------------------------------------- dispute
M(d="2025-05-06", tz="+0530", fr="Prakash Rao <purchase@raometalforming.example>", s="RE: Overdue invoice INV-31650",
  b="""Dear Sir,

We have checked the subject invoice with our PO No. RMF/PO/2425/1187. The rate charged is Rs. 485/kg whereas the PO rate is Rs. 460/kg, which was agreed with your Mr. Martin over phone in January.

Kindly issue a revised invoice / credit note for the difference at the earliest so that we can process the payment.

Thanks & Regards,
Prakash Rao
Purchase Dept.
Rao Metal Forming Pvt. Ltd., Hosur""",
  q=("ol", 4, """Dear Mr Rao,

INV-31650 for INR 6,79,000.00 (1,400 kg CRCA strip) is now overdue. Please arrange payment.

Regards,
Martin
Credit Control, Northwind Supplies Ltd"""),
  cr="nwc",
  i="D", a="485.00 INR", n="Indian; rate not as per PO; amount = charged unit rate (convention)")

M(d="2026-01-10", tz="+0800", fr="Kenneth Teo <kenneth@teofoodsupply.example>", s="Re: INV-45190 overdue",
  b="""Hi, we only received 8 cartons not 10 leh. Why bill us for 10? Our storekeeper signed the DO for 8 only. Pls check with your driver.

Kenneth

Sent from my HUAWEI phone""",
  q=("gm", 2, """Hi Kenneth,

INV-45190 for SGD 1,150.00 (10 cartons takeaway containers) is overdue. Please arrange payment.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="D", n="HARD: Singlish question 'why bill us for 10?' contests quantity -> dispute")

M(d="2025-11-19", tz="+1100", fr="Rebecca Moore <rebecca.moore@moorehomewares.example>", s="RE: INV-42118",
  b="""Hi Sharon,

We never ordered the extra 3 pallets on this invoice - our PO was for 5 and you delivered 8. The 3 were sent back with your driver the same afternoon (he signed our returns docket, RD-5521, copy attached).

Please reissue the invoice without the A$2,310 for those pallets.

Thanks,
Rebecca Moore
Operations Manager, Moore Homewares
Unit 7, 21 Kingsgrove Rd, Belmore NSW""",
  att=["returns_docket_RD-5521.pdf"],
  i="D", a="2310.00 AUD", n="AU; extra pallets never ordered and returned; amount = disputed A$2,310")

M(d="2026-09-22", tz="+0800", fr="Huang Xiaoli <huangxl@dongsheng-ceramics.example>", s="Re: INV-66402",
  b="""Dear Martin,

The goods have quality problem. When we open the container we find about 30% of the cartons are crushed and the glass inside is broken. Photos attached.

We will not pay this invoice until you send the replacement or give us a credit note.

Huang Xiaoli""",
  att=["damage_photo1.jpg", "damage_photo2.jpg"],
  i="D", n="China; damaged goods; 'will not pay until replacement' negation -> dispute")

M(d="2025-02-24", tz="+0900", fr="Sato Yuichi <y.sato@sato-engineering.example>", s="Re: INV-24002 (payment reminder)",
  b="""Dear Sir,

Thank you for your e-mail.

We regret to inform you that the amount stated in the invoice (JPY 1,320,000) differs from the amount in your quotation No. Q-2024-118 (JPY 1,200,000). We have not received any notification regarding a change of price.

We would appreciate it if you could kindly check and send us a corrected invoice. We will proceed with the payment upon receipt.

Best regards,
Yuichi Sato
Procurement Section, Sato Engineering Co., Ltd.""",
  q=("gm", 5, """Dear Mr Sato,

Our records show that INV-24002 for JPY 1,320,000 remains unpaid. Please let us know when we can expect payment.

Regards,
Alpenrose Logistik GmbH"""),
  cr="al",
  i="D", a="1320000.00 JPY", n="HARD: polite Japanese; price differs from quotation; pay on corrected invoice = conditional -> dispute; amount = charged")

M(d="2026-03-09", tz="+0200", fr="Anele Mthembu <anele@mthembusecurity.example>", s="RE: INV-48870 outstanding",
  b="""Morning Martin

This invoice is a duplicate of INV-48711 - same PO, same delivery note, same amount. We paid INV-48711 on 20 February. Please cancel INV-48870.

Anele Mthembu
Mthembu Security Services
Durban""",
  i="D", n="HARD: duplicate invoice + original paid -> dispute over already_paid; refs include both")

M(d="2025-06-02", tz="+0100", fr="Emeka Nwosu <emeka.nwosu@nwosupackaging.example>", s="RE: Payment reminder - INV-33702",
  b="""Dear Sir,

Kindly note that the consignment covered by this invoice was delivered to us in a damaged condition at Apapa port. The survey report by the insurers shows that 14 out of 40 drums were leaking.

We cannot pay for damaged goods. We have lodged a claim and await your instruction on the replacement of the drums.

Regards,
Emeka Nwosu
Procurement Manager, Nwosu Packaging Industries Ltd, Lagos""",
  q=("ol", 3, """Dear Mr Nwosu,

INV-33702 for USD 8,800.00 (40 drums adhesive resin) is overdue since [[-16|%d/%m/%Y]].

Regards,
Martin
Northwind Supplies Ltd"""),
  fmt="alt",
  i="D", n="Nigeria; goods damaged on arrival, survey report")

M(d="2026-10-07", tz="+0300", fr="Mercy Chebet <m.chebet@riftvalleyflowers.example>", s="RE: INV-69220",
  b="""Dear Sharon,

We have been charged VAT at 16% (KES 38,400) on this invoice, but as you know we operate under an EPZ licence and are exempt. Our exemption certificate was sent to your team in March.

Kindly revise the invoice. We cannot pay the VAT portion.

Regards,
Mercy Chebet
Finance, Rift Valley Flowers EPZ Ltd, Naivasha""",
  q=("ol", 2, """Dear Mercy,

INV-69220 for KES 278,400.00 is now overdue. Please confirm when it will be paid.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  fmt="html",
  i="D", a="38400.00 KES", n="Kenya; VAT charged despite EPZ exemption; amount = contested VAT")

M(d="2025-10-10", tz="+0800", fr="Carlo Bautista <carlo.bautista@luzonsteel.example>", s="RE: INV-39055 - reminder",
  b="""Hi Ma'am,

Good day po. We already received a credit memo for this invoice last month (CM-0042, for the returned purlins), so this should be zero balance na on our side. Please check your records and update the SOA.

Thank you,
Carlo Bautista
AP Section, Luzon Steel Fabricators Inc.""",
  q=("ol", 3, """Dear Carlo,

INV-39055 for USD 3,240.00 is overdue. Could you please arrange payment?

Regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="D", n="HARD: 'check your records' but refers to a credit memo, not a payment -> dispute (already credited)")

M(d="2026-04-28", tz="+0800", fr="Raymond Ho <raymond.ho@ho-events.example>", s="RE: INV-51990 overdue",
  b="""Martin,

The backdrops arrived three weeks after the date in your confirmation and our client cancelled the launch event because of it. We have no use for the goods and we are not accepting this invoice. They are sitting in our Kwai Chung warehouse for your collection.

Raymond Ho
Director, Ho Events Ltd""",
  q=("gm", 3, """Dear Raymond,

INV-51990 for HKD 36,500.00 (printed event backdrops) is overdue. Please let us know when payment will be made.

Regards,
Martin
Harbour Lane Print Co"""),
  cr="hl",
  fmt="alt",
  i="D", n="HK; late delivery, event cancelled, refuses invoice")

M(d="2025-07-31", tz="+0900", fr="Jung Da-eun <de.jung@hanbitparts.example>", s="RE: Payment request INV-35902",
  b="""Dear Sharon,

Thank you for your email.

We checked the invoice with our goods receipt. The shipment quantity received at our Incheon warehouse was 4,800 pcs, but the invoice shows 5,000 pcs. Kindly correct the invoice to 4,800 pcs. Packing list and GR report are attached for your reference.

Best regards,
Jung Da-eun
Hanbit Parts Co., Ltd.""",
  att=["GR_report_0731.pdf"],
  fmt="alt",
  i="D", n="Korea; short shipment 4,800 vs 5,000 pcs")

M(d="2026-01-26", tz="+1300", fr="Grant McKenzie <grant@mckenziefresh.example>", s="Re: INV-46012",
  b="""Your tech didn't fix the problem - the coolroom compressor tripped again the next morning and we lost a day's stock. Not paying the NZ$380 callout until someone comes back and actually fixes it.

Grant McKenzie
McKenzie Fresh, Tauranga""",
  q=("gm", 2, """Hi Grant,

INV-46012 for NZ$380.00 (callout and diagnostic, coolroom) is now overdue.

Thanks,
Kestrel Facilities Services"""),
  cr="ks",
  i="D", a="380.00 NZD", n="NZ; poor work, refuses callout fee until fixed")

M(d="2025-12-02", tz="+0800", fr="Tan Mei Ling <meiling@tml-logistics.example>", s="Re: INV-43211 late payment interest",
  b="""Hi Sharon,

Why got late payment interest RM 186.40 on this invoice? We paid within 60 days as per our agreement with your sales manager. Please remove.

Thanks
Mei Ling""",
  q=("gm", 3, """Dear Mei Ling,

Please note that late payment interest of RM 186.40 has been applied on INV-43211 as payment was received after the 30-day terms.

Regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="D", a="186.40 MYR", n="HARD: Malaysian question form 'why got late payment interest?' contests the charge -> dispute")

M(d="2026-08-04", tz="+0530", fr="Sunil Menon <sunil.menon@menonpharma.example>", s="RE: INV-62030 - payment due",
  b="""Dear Martin,

We will release the payment once you rectify the short supply of 12 units (cartons 37-48 missing as per our GRN No. 7741). Please arrange to send the balance material or issue a debit note for the same.

Do the needful at the earliest.

Regards,
Sunil Menon
Stores & Purchase, Menon Pharma, Kochi""",
  i="D", n="HARD: conditional promise on fixing short supply -> dispute")

M(d="2025-04-16", tz="+0800", fr="Li Qiang <liqiang@tianyu-fasteners.example>", s="Re: INV-30488 payment",
  b="""Dear Sharon

Price is not correct. You quoted us USD 3.20/pc FOB Shanghai, but the invoice is USD 3.65/pc, this is CIF price. We arrange our own shipping so we cannot accept CIF.

Please send new invoice with FOB price.

Li Qiang""",
  i="D", a="3.65 USD", n="China; FOB vs CIF unit price; amount = charged unit price")

M(d="2026-05-05", tz="+1000", fr="Accounts <accounts@ridgelinebrewing.example>", s="RE: INV-52044 - final reminder",
  b="""Hi there,

This one's already been credited - Dave from your sales team issued credit note CN-2291 against it on 14 April after the keg collars came in the wrong size. Can you please have a word with him and get your ledger updated?

Cheers,
Jess
Ridgeline Brewing Co., Toowoomba""",
  q=("ol", 2, """Dear Customer,

FINAL REMINDER: INV-52044 for AUD 1,760.00 remains unpaid.

Regards,
Credit Control, Northwind Supplies Ltd"""),
  cr="nwc",
  i="D", n="AU; already credited (CN-2291), not a payment -> dispute")

M(d="2025-02-04", tz="+0200", fr="Johan Pretorius <johan@pretoriusplumbing.example>", s="RE: INV-23010",
  b="""Hi Martin

I'll pay the R6 200 for the pipes on Friday, no problem. But the R1 850 delivery charge shouldn't be there - your rep told us delivery was free over R5 000. Please remove it and send a new invoice.

Johan""",
  i="D", a="1850.00 ZAR", n="HARD: partial promise + partial dispute; dispute wins; amount = contested delivery charge")

M(d="2026-03-17", tz="+0900", fr="Nakamura Aya <aya.nakamura@nakamura-consulting.example>", s="Re: INV-48502",
  b="""Dear Emma-san,

Thank you for your message.

Regarding the above invoice, we believe that the service has not been rendered in full. The design workshop scheduled for 12 March was cancelled by your side and has not been rescheduled, but the invoice includes the full fee for it.

We would be grateful if you could kindly review the invoice.

Best regards,
Aya Nakamura""",
  fmt="html",
  cr="bp",
  i="D", n="HARD: very polite Japanese 'kindly review' but contests service not rendered -> dispute")

M(d="2025-08-18", tz="+0800", fr="Lorna Aquino <lorna.aquino@aquinohardware.example>", s="RE: INV-36455",
  b="""Hello,

We didn't order this. We are Aquino Hardware in Cebu, not in Makati - we have never bought from you. Please remove us from your billing.

Lorna Aquino""",
  i="D", n="HARD: denies ever ordering (not merely a question) -> dispute")

M(d="2026-06-24", tz="+0800", fr="Rachel Ng <rachel.ng@meridianhealthsg.example>", s="RE: INV-56320 - overdue notice",
  b="""Dear Ms Blake,

We dispute the above invoice in its entirety. The facilities management agreement was terminated with effect from 1 March 2026 by our letter of 28 January 2026, a copy of which is attached. The invoice relates to services for April, which were neither requested nor rendered.

Kindly withdraw the invoice and confirm in writing.

Yours sincerely,
Rachel Ng
Head of Procurement
Meridian Health (S) Pte Ltd""",
  att=["Termination_letter_28Jan2026.pdf"],
  cr="ks",
  fmt="html",
  i="D", n="Singapore formal; contract terminated, services not rendered")

M(d="2025-09-30", tz="+0800", fr="Eric Tsang <eric.tsang@tsangimports.example>", s="Re: INV-38730",
  b="""Hi Martin, could you explain why we're being charged HKD 2,800 for "rush handling"? We never asked for expedited shipping, the goods came on the normal vessel.

Eric""",
  i="D", a="2800.00 HKD", n="HARD: question form but contests a charge -> dispute")

M(d="2025-10-27", tz="+0530", fr="Accounts - Vardhman Agencies <accounts@vardhmanagencies.example>", s="RE: Balance outstanding INV-40560",
  b="""Dear Sir,

We have already paid Rs. 1,80,000/- against this invoice on 30-09-2025, which is the correct value as per our PO. The balance Rs. 12,600/- being claimed by you pertains to freight, which as per the PO terms was on your account (FOR destination).

Hence the same is not payable. Kindly pass a credit note and close the account.

Regards,
Accounts Dept.
Vardhman Agencies, Ludhiana""",
  i="D", a="12600.00 INR", n="HARD: already paid the agreed value + contests freight balance; dispute wins; amount = contested Rs. 12,600")

M(d="2026-02-16", tz="+0300", fr="Brian Mutua <brian@mutuaproperties.example>", s="RE: INV-47012 - painting works",
  b="""Martin,

The paint on the east wing is already peeling, two weeks after your team finished. I have photos. This is not the standard we agreed and I'm not paying for a job that has to be redone. Send someone to inspect.

Brian Mutua
Mutua Properties Ltd, Mombasa""",
  cr="ks",
  i="D", n="Kenya; poor workmanship")

M(d="2026-07-14", tz="+0100", fr="Olumide Bakare <o.bakare@bakareengineering.example>", s="RE: INV-60870 (USD)",
  b="""Dear Sharon,

We are surprised to receive this invoice in US dollars. Clause 4.2 of our contract clearly states that all invoices for the Lagos project shall be in naira at the CBN rate on the date of the LPO.

Please re-issue the invoice in naira.

Regards,
Olumide Bakare
Bakare Engineering Ltd""",
  i="D", n="Nigeria; invoiced in wrong currency per contract -> dispute")

M(d="2025-01-06", tz="+0900", fr="Kim Tae-hyun <th.kim@gangnam-interiors.example>", s="RE: INV-20711 overdue",
  b="""Dear Martin,

We have not received the goods yet. According to the tracking, the shipment is still held at Busan customs because the certificate of origin was missing from your documents.

We are sorry, but we cannot pay for goods that have not been delivered.

Kim Tae-hyun""",
  i="D", n="Korea; goods not received (held at customs)")

M(d="2025-11-03", tz="+1300", fr="Sophie Clarke <sophie@clarkedesignstudio.example>", s="RE: INV-41520",
  b="""Hi Emma,

That's not what we agreed. The quote was NZ$4,200 all in, including the two rounds of revisions. The invoice says NZ$4,850 - where did the extra $650 come from?

Sophie""",
  cr="bp",
  i="D", a="4850.00 NZD", n="NZ; price not as quoted; amount = invoiced total contested")

M(d="2026-09-06", tz="+0800", fr="Azlan Hashim <azlan@hashimmarine.example>", s="Re: INV-65020 & INV-65021",
  b="""Duplicate billing! We received 2 invoices for the same delivery, DO 55012. Only one is correct. Pls cancel INV-65021.

Azlan""",
  i="D", n="Malaysia curt; duplicate billing")

M(d="2025-06-11", tz="+0800", fr="Wu Fang <wufang@jinyuan-electric.example>", s="Re: INV-33990 reminder",
  b="""Dear Martin,

As I told you in my mail last week, batch 2405-B has 200 pcs defective motors. We will NOT pay until the credit note for the defective batch arrives. Please do not send reminder again before this is solved.

Wu Fang
Jinyuan Electric (Suzhou)""",
  q=("gm", 7, """Dear Wu Fang,

Kindly note INV-33990 for USD 15,600.00 is overdue. Please advise the payment date.

Regards,
Martin
Northwind Supplies Ltd"""),
  i="D", n="HARD: 'will NOT pay until the credit note arrives' -> dispute, not promise")

M(d="2026-02-19", tz="+1100", fr="Hannah Price <hannah.price@pricevets.example>", s="RE: INV-47561",
  b="""Hi Sharon,

Just wondering whether the 12% price increase on this invoice was meant to apply to us? Our supply agreement locks pricing until 31 December 2026, so I assumed it wouldn't. Could you have a look and send through an invoice at the contracted rates?

Many thanks,
Hannah Price
Practice Manager, Price Veterinary Group, Newcastle NSW""",
  i="D", n="HARD: polite 'just wondering' but contests the price increase against contract -> dispute")

M(d="2025-07-25", tz="+0200", fr="Charl Steyn <charl@steynfarms.example>", s="Re: Statement July",
  b="""Ag no man Sharon, you billed us twice for the June service. INV-35611 and INV-35690 are the same visit. Sort it out please.

Charl""",
  cr="ks",
  i="D", n="SA informal; double billing")

M(d="2026-11-10", tz="+0800", fr="Patricia Lim <patricia.lim@makatibpo.example>", s="RE: INV-71230 - Facilities Services October",
  b="""Dear Kestrel Team,

Please note that the invoice amount of PHP 86,400 is not in accordance with our service contract. Per Annex B, the monthly fee is PHP 72,000 inclusive of VAT; your invoice adds VAT on top of the inclusive figure.

Kindly send a corrected invoice so we can process payment within our cycle.

Thank you,
Patricia Lim
Admin & Procurement Manager
Makati BPO Solutions Inc., Makati City""",
  cr="ks",
  i="D", a="86400.00 PHP", n="Philippines; VAT double-counted; amount = invoiced figure contested")

M(d="2025-09-04", tz="+0900", fr="Ogawa Hiroshi <h.ogawa@ogawa-food.example>", s="Re: INV-37650 overdue",
  b="""Dear Sir,

We apologize for the late reply.

We have found that the unit price on the invoice (JPY 2,480 per case) is different from our purchase order (JPY 2,280 per case). Also, we would like to request you to postpone the payment date until the corrected invoice is issued.

We appreciate your understanding.

Best regards,
Hiroshi Ogawa
Ogawa Food Co., Ltd.""",
  i="D", a="2480.00 JPY", n="HARD: dispute + postponement request; dispute wins; amount = charged unit price")

M(d="2026-04-06", tz="+0530", fr="Rajiv Chopra <rajiv@choprabuildmart.example>", s="RE: Payment reminder INV-50700",
  b="""Dear Sir,

We have not received the material till date. The LR copy shared by your dispatch team is of some other consignee (Chopra Traders, Ambala) and not our firm.

Kindly check at your end and revert. We will not be able to make payment for material not received.

Regards
Rajiv Chopra
Chopra Buildmart, Chandigarh""",
  q=("ol", 3, """Dear Mr Chopra,

INV-50700 for USD 4,120.00 is overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="D", n="Indian; material not received, wrong LR; 'revert'")

M(d="2025-03-24", tz="+0100", fr="Kunle Adeyinka <kunle@adeyinkafoods.example>", s="Re: INV-27380",
  b="""That order was cancelled in writing on 3/3, before dispatch. Pls cancel the invoice.

Kunle""",
  i="D", n="Nigeria terse; order cancelled before dispatch")

# ---------------------------------------------------------------- already_paid
M(d="2025-05-14", tz="+0530", fr="Neha Joshi <neha.joshi@joshichemicals.example>", s="RE: Overdue - INV-31770",
  b="""Dear Ma'am,

PFA the UTR details for the payment made on 12-05-2025 against the subject invoice.

UTR No.: HDFCR52025051200418873
Amount: Rs. 2,45,000/-
Beneficiary: Northwind Supplies Ltd

Kindly confirm receipt and update your ledger.

Regards,
Neha Joshi
Accounts Executive
Joshi Chemicals Pvt. Ltd., Vapi""",
  att=["UTR_advice_12052025.pdf"],
  q=("ol", 2, """Dear Neha,

INV-31770 for INR 2,45,000.00 is now overdue. Please arrange payment at the earliest.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  fmt="alt",
  i="A", a="245000.00 INR", n="Indian 'PFA the UTR details'; lakh amount")

M(d="2026-03-03", tz="+0800", fr="Bryan Koh <bryan@kohdesignworks.example>", s="Re: INV-48120",
  b="""Paid already leh, last Tues via TT. Can check on your side?""",
  cr="bp",
  i="A", n="Singlish 'paid already leh'; 'can check?' is a request to verify, not a question about the debt")

M(d="2025-07-18", tz="+1000", fr="Accounts Payable <ap@brindabellaestates.example>", s="RE: INV-35305 - reminder",
  b="""Hi,

This was paid in last Thursday's run - remittance advice attached. Please allow 1-2 business days for international transfers to clear.

Kind regards,
Accounts Payable
Brindabella Estates Pty Ltd
Canberra ACT""",
  att=["Remittance_Advice_BE-0710.pdf"],
  fmt="alt",
  i="A", n="AU AP team; paid in last Thursday's run, remittance attached")

M(d="2026-06-30", tz="+0800", fr="Zhang Wei <zhangwei@fengyuan-tools.example>", s="Re: INV-56012 overdue",
  b="""Dear Martin

We have arranged the payment yesterday. Please find bank slip attached.

Zhang Wei""",
  att=["bank_slip_0629.jpg"],
  i="A", n="HARD: Chinese 'we have arranged the payment yesterday' = sent (past) -> already_paid")

M(d="2025-07-02", tz="+0900", fr="Inoue Mika <m.inoue@inoue-trading.example>", s="Re: INV-34850 payment reminder",
  b="""Dear Ms. Blake,

Thank you for your continued business.

We would like to inform you that we remitted JPY 864,000 on June 27, 2025 for the above invoice. It may take a few days to reach your account because of the overseas transfer.

We would appreciate it if you could confirm receipt at your convenience.

Best regards,
Mika Inoue
Accounting Dept., Inoue Trading Co., Ltd.""",
  fmt="alt",
  i="A", a="864000.00 JPY", n="Japan; remitted on date + asks to confirm receipt")

M(d="2025-11-27", tz="+0200", fr="Bongani Khumalo <bongani@khumalobuild.example>", s="Re: INV-42650 overdue",
  b="""Paid just now, POP attached. Sorry for the delay bru.

Sent from my iPhone""",
  att=["POP_INV-42650.pdf"],
  i="A", n="HARD: SA 'paid just now' (past tense) = paid a moment ago; POP = proof of payment")

M(d="2026-01-07", tz="+0100", fr="Ngozi Okafor <ngozi.okafor@okaforbeverages.example>", s="RE: Outstanding invoice INV-45077",
  b="""Dear Sir,

Please be informed that payment was made on the 5th inst. Find attached the SWIFT copy (MT103) for your reference.

Kindly acknowledge receipt.

Regards,
Ngozi Okafor
Treasury Unit, Okafor Beverages Plc, Lagos""",
  att=["MT103_INV-45077.pdf"],
  q=("ol", 4, """Dear Ngozi,

INV-45077 for USD 18,250.00 is overdue. Please arrange payment.

Regards,
Martin
Credit Control, Northwind Supplies Ltd"""),
  fmt="alt",
  i="A", n="Nigeria; '5th inst.' (this month); MT103 attached")

M(d="2025-07-16", tz="+0300", fr="Samuel Kiprop <s.kiprop@kiprop-transport.example>", s="RE: INV-35180",
  b="""Dear Sharon,

We paid KES 312,500 via RTGS on 14/07/2025, reference FT25195KX7Q2. Kindly check with your bank.

Regards,
Samuel Kiprop
Kiprop Transporters Ltd, Eldoret""",
  fmt="html",
  i="A", a="312500.00 KES", n="Kenya; RTGS with reference")

M(d="2026-08-24", tz="+0800", fr="Analyn Garcia <analyn.garcia@garciaprinting.example>", s="RE: Payment reminder - INV-63310",
  b="""Good day Ma'am!

Payment was already deposited to your account last Friday po. Kindly check. Also, may we request for the official receipt once posted?

Thank you!
Analyn""",
  cr="hl",
  i="A", n="HARD: Philippines; paid + asks for official receipt; already_paid wins (receipt request is follow-up)")

M(d="2025-09-05", tz="+0800", fr="Jacky Lau <jacky.lau@lau-electronics.example>", s="RE: INV-37822",
  b="""Settled on 2 Sep. HKD 31,250. Pls check w/ your bank.

Jacky

Sent from my iPhone""",
  i="A", a="31250.00 HKD", n="HK terse")

M(d="2025-11-17", tz="+0900", fr="Park So-yeon <sy.park@hanamed.example>", s="RE: INV-41990 payment status",
  b="""Dear Martin,

The payment has been completed on 2025.11.14 in the amount of USD 9,870.

Best regards,
Park So-yeon
Finance Team, Hana Medical Co., Ltd.""",
  fmt="alt",
  i="A", a="9870.00 USD", n="Korea; yyyy.mm.dd date")

M(d="2026-04-02", tz="+1300", fr="Ben Harrington <ben@harringtonvineyards.example>", s="Re: INV-50310",
  b="""Hi Sharon,

We paid this one on 27 March with the rest of the March batch - NZ$2,275.20 to your ANZ account. Might be worth checking it hasn't been matched to another customer.

Ben""",
  i="A", a="2275.20 NZD", n="NZ; paid in March batch; suggests misallocation")

M(d="2025-03-24", tz="+0800", fr="Chong Mei Yee <meiyee@chong-bakery.example>", s="Re: INV-27315",
  b="""Hi, already bank in to your account on 20/3. Attached the bank in slip. Thanks.""",
  att=["bankin_slip.jpg"],
  i="A", n="Malaysian 'bank in' = deposited")

M(d="2026-06-11", tz="+0530", fr="Accounts - Hindustan Fabricators <accounts@hindfab.example>", s="RE: Short payment against INV-55480",
  b="""Dear Sir,

We wish to inform you that we have released payment of Rs. 88,200/- on 08-06-2026 against the above invoice after deducting TDS @ 2% (Rs. 1,800/-) under Section 194C.

The TDS certificate (Form 16A) will be issued after the quarterly return is filed.

Regards,
Accounts Dept.
Hindustan Fabricators""",
  i="A", a="88200.00 INR",
  n="HARD: paid net of statutory TDS; explaining the deduction, not contesting -> already_paid; amount = paid")

M(d="2025-01-13", tz="+0800", fr="Liu Yang <liuyang@haitong-trading.example>", s="Re: INV-21410 still unpaid?",
  b="""Dear Sharon,

Our payment was sent on 8 Jan, USD 5,420. Maybe delayed by the intermediary bank in Hong Kong. Please check again, I attach the remittance copy.

Liu Yang""",
  att=["remittance_0108.pdf"],
  i="A", a="5420.00 USD", n="China; sent, possibly delayed by intermediary bank")

M(d="2025-12-12", tz="+1100", fr="Megan Doyle <megan@doyleaccounting.example>", s="RE: INV-44022 overdue",
  b="""Hi Sharon,

We paid this on 1 December to the Westpac account printed on the invoice (BSB 032-xxx). Has that account been closed? Our bank hasn't bounced it back. Please let me know so we can chase it on our end.

Megan Doyle""",
  i="A", n="HARD: paid to old bank details (with implied question) -> already_paid")

M(d="2026-05-13", tz="+0200", fr="Zanele Ndlovu <zanele@ndlovufoods.example>", s="RE: INV-52420",
  b="""Hi Martin

Please confirm you received our EFT of R23 400 on Monday?

Thanks
Zanele""",
  i="A", a="23400.00 ZAR", n="HARD: 'please confirm you received our payment' -> already_paid")

M(d="2026-01-29", tz="+0900", fr="Takahashi Ren <r.takahashi@takahashi-seimitsu.example>", s="Re: INV-45610, INV-45744",
  b="""Dear Sir or Madam,

We would like to inform you that the payment for the two invoices above was made together on January 27 in the total amount of JPY 1,052,000.

Breakdown:
INV-45610  JPY 688,000
INV-45744  JPY 364,000

Thank you for your confirmation.

Takahashi Ren
Takahashi Seimitsu Co., Ltd.""",
  i="A", a="1052000.00 JPY", n="HARD: combined payment for two invoices; amount = total paid")

M(d="2025-10-02", tz="+0300", fr="Wambui Gitau <wambui@gitaucafe.example>", s="Re: INV-39420",
  b="""Hi, I settled it through M-Pesa Paybill on 30th. Transaction code TJU8K2ZP4Q. Kindly confirm.

Wambui""",
  cr="gf",
  i="A", n="Kenya; M-Pesa Paybill, transaction code")

M(d="2025-06-27", tz="+0800", fr="Kristine Tan <kristine@tanfamilypharmacy.example>", s="Re: Reminder: INV-34420",
  b="""Thanks for the reminder! Just checked with our bookkeeper and this was paid 5 days ago through BDO. Ref no. 0062519884. Please check po :)

Kristine""",
  q=("gm", 4, """Hi Kristine,

A friendly reminder that INV-34420 for USD 940.00 is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="A", n="HARD: opens with 'thanks for the reminder' but reports payment -> already_paid")

M(d="2026-07-09", tz="+0800", fr="Payables System <payables-noreply@victoriaharbourgroup.example>", s="Payment Advice - Northwind Supplies Ltd",
  b="""PAYMENT ADVICE

Payee: Northwind Supplies Ltd
Payment date: 08/07/2026
Payment method: Telegraphic Transfer
Invoice: INV-59912   HKD 98,400.00
Invoice: INV-60017   HKD 30,240.00
Total paid: HKD 128,640.00

This is a system-generated message. Please do not reply.
Victoria Harbour Group - Shared Services Centre""",
  fmt="html",
  html="""<table style="font-family:Arial;font-size:12px"><tr><td colspan="2"><b>PAYMENT ADVICE</b></td></tr><tr><td>Payee:</td><td>Northwind Supplies Ltd</td></tr><tr><td>Payment date:</td><td>08/07/2026</td></tr><tr><td>Payment method:</td><td>Telegraphic Transfer</td></tr><tr><td>Invoice:</td><td>INV-59912 &nbsp; HKD 98,400.00</td></tr><tr><td>Invoice:</td><td>INV-60017 &nbsp; HKD 30,240.00</td></tr><tr><td><b>Total paid:</b></td><td><b>HKD 128,640.00</b></td></tr></table><p style="font-size:10px;color:#777">This is a system-generated message. Please do not reply.<br>Victoria Harbour Group - Shared Services Centre</p>""",
  noref=1,
  i="A", a="128640.00 HKD", n="HARD: HTML-only system-generated payment advice (automated but it is a payment notice) -> already_paid; total")

M(d="2026-10-22", tz="+0900", fr="Oh Sung-ho <sh.oh@daeyang-tech.example>", s="RE: INV-69110 - short payment",
  b="""Dear Sharon,

We sent the full USD 14,000 on October 19. The bank deducted an intermediary fee of USD 25, so you may have received USD 13,975. Please check.

Best regards,
Oh Sung-ho""",
  i="A", a="14000.00 USD", n="HARD: explains short receipt due to bank fee; not contesting -> already_paid; amount = sent")

M(d="2025-08-29", tz="+0800", fr="Michelle Yeo <michelle@yeoaccounting.example>", s="RE: INV-36980",
  b="""Hi Sharon, the GIRO deduction was done on 28th. Should be reflected in your account already.

Michelle""",
  i="A", n="Singapore GIRO")

M(d="2025-12-22", tz="+0530", fr="Vikas Malhotra <vikas@malhotrasteel.example>", s="RE: REMINDER 3 - INV-43802",
  b="""Sir,

Payment already done on 18th December, kindly check and revert. We are getting repeated reminders which is not good for our relationship.

Kindly update your records.

Vikas Malhotra""",
  q=("ol", 1, """Dear Mr Malhotra,

THIRD REMINDER: INV-43802 for GBP 1,985.00 remains unpaid.

Regards,
Credit Control, Northwind Supplies Ltd"""),
  cr="nwc",
  i="A", n="Indian annoyed; 'payment already done, kindly check and revert'")

M(d="2026-09-15", tz="+1000", fr="Troy Jamieson <troy@jamiesonconcreting.example>", s="Re: INV-65880",
  b="""Already paid mate. Check your bank.

Sent from my iPhone""",
  i="A", n="AU curt")

M(d="2025-02-13", tz="+1300", fr="Nikki Thompson <nikki@thompsonequine.example>", s="Re: INV-23640",
  b="""Hi Emma, I paid this by credit card over the phone with Jess on Tuesday - she said she'd send a receipt but I haven't seen one. Could you check?

Thanks
Nikki""",
  cr="bp",
  i="A", n="NZ; paid by card over phone on Tuesday")

M(d="2026-11-20", tz="+0800", fr="Lin Xiaoyu <linxy@huacheng-foods.example>", s="Re: INV-72210 reminder",
  b="""Dear Sharon,

RMB 56,800 has been remitted to your HSBC Shanghai account on 18 Nov. The bank reference is 2026111800367. Please kindly check.

Best regards
Lin Xiaoyu
Huacheng Foods Co., Ltd.""",
  fmt="alt",
  i="A", a="56800.00 CNY", n="China; RMB remitted to local account")

M(d="2025-04-04", tz="+0200", fr="Willem Coetzee <willem@coetzeeauto.example>", s="Re: INV-29840",
  b="""Done - paid this morning. POP attached.

W""",
  att=["POP.pdf"],
  q=("gm", 3, """Hi Willem,

Thanks for confirming on the phone that you'll pay INV-29840 (ZAR 12,300.00) this Friday. I'll look out for it.

Regards,
Martin
Northwind Supplies Ltd"""),
  i="A", n="HARD: earlier promise only in the quoted reminder; new text reports payment -> already_paid")

M(d="2026-02-05", tz="+0800", fr="Razak Othman <razak@othmanlogistics.example>", s="Re: INV-47200 overdue",
  b="""Payment made. Pls refer attached remittance advice.

Razak""",
  att=["remittance_advice.pdf"],
  i="A", n="Malaysia terse with remittance")

M(d="2025-06-04", tz="+0530", fr="Arvind Nair <arvind.nair@nairspices.example>", s="RE: INV-33410",
  b="""Dear Sir,

Cheque No. 004512 dated 02/06/2025 for Rs. 64,750/- drawn on State Bank of India has been dispatched to your Mumbai agent's office by courier (DTDC docket no. Z48810273).

Kindly acknowledge on receipt.

Regards,
Arvind Nair
Nair Spices & Exports, Kochi""",
  i="A", a="64750.00 INR", n="Indian; cheque posted by courier -> already_paid")

M(d="2025-05-08", tz="+0900", fr="Matsumoto Nao <n.matsumoto@matsumoto-print.example>", s="Re: Outstanding invoice",
  b="""Dear Sir,

Thank you for your kind reminder.

Please be informed that the payment for your invoice INV-31205 was processed on April 30 together with our other overseas suppliers. We would be grateful if you could confirm on your side.

Kind regards,
Nao Matsumoto""",
  cr="hl",
  i="A", n="Japan; processed on April 30")

M(d="2026-03-19", tz="+0300", fr="Daniel Ochieng <d.ochieng@ochiengsupplies.example>", s="RE: INV-48950 balance",
  b="""Dear Martin,

We paid in two tranches: KES 50,000 on 2nd March and KES 70,000 yesterday. That should clear the invoice in full. Kindly confirm.

Regards,
Daniel""",
  i="A", a="120000.00 KES", n="HARD: two past payments; amount = total paid KES 120,000")

M(d="2025-08-19", tz="+0100", fr="Tunde Balogun <tunde.balogun@balogunprints.example>", s="Re: INV-36610",
  b="""Good morning,

Payment has been made into your Zenith account. Find attached the teller.

Regards
Tunde""",
  att=["teller.jpg"],
  cr="hl",
  i="A", n="Nigerian 'teller' = bank deposit slip")

# ---------------------------------------------------------------- question
M(d="2025-08-04", tz="+0530", fr="Pooja Bhatt <pooja.bhatt@bhattlabware.example>", s="RE: INV-36320 - overdue",
  b="""Dear Ma'am,

Kindly share a fresh copy of the invoice with our correct billing address and IEC number. The copy we have shows our old Andheri address, and our bank is not accepting it for the import remittance (Form A2).

We will process the payment once the corrected copy is received.

Thanks & Regards,
Pooja Bhatt
Bhatt Labware, Navi Mumbai""",
  q=("ol", 3, """Dear Pooja,

A reminder that INV-36320 for USD 2,790.00 remains unpaid.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="Q", n="HARD: needs re-addressed invoice for bank, not contesting debt -> question")

M(d="2026-04-13", tz="+0800", fr="Eunice Lee <eunice@leefloraldesign.example>", s="Re: Overdue invoices",
  b="""Hi, can send SOA? Want to reconcile first before we pay, I think got some invoices we paid already but I'm not sure.

Eunice""",
  cr="gf",
  i="Q", n="HARD: Singlish 'can send SOA?'; unsure what is paid -> question")

M(d="2025-10-08", tz="+1100", fr="Accounts Payable <accountspayable@harbourcityhealth.example>", s="RE: INV-39610 - payment overdue",
  b="""Good afternoon,

Before we can release payment to a new supplier, our AP policy requires your bank details on company letterhead, signed by a director, together with a copy of a recent bank statement header. Could you please send these through to this address?

Once verified the invoice will be included in the next available run.

Regards,
Accounts Payable
Harbour City Health Network
Sydney NSW 2000""",
  q=("ol", 2, """Dear Accounts Payable,

INV-39610 for AUD 5,120.00 (first order, sterile wraps) is now overdue.

Regards,
Greenfold Packaging"""),
  cr="gf",
  i="Q", n="HARD: AU AP verification; payment conditional on receiving bank letter -> question")

M(d="2025-03-12", tz="+0800", fr="Zhao Ming <zhaoming@xinda-machinery.example>", s="Re: INV-26705",
  b="""Dear Sharon,

Please send us the original commercial invoice and packing list by DHL. Our bank needs the original documents for the foreign exchange remittance. The PDF copy is not accepted.

Thanks
Zhao Ming""",
  i="Q", n="China; bank needs original documents -> question")

M(d="2026-08-26", tz="+0900", fr="Ueda Sachiko <s.ueda@ueda-shokai.example>", s="Re: Payment reminder INV-63680",
  b="""Dear Sir or Madam,

Thank you very much for your e-mail.

In order to proceed with the remittance, could you kindly tell us the SWIFT code of your bank and the name of the intermediary bank, if any? Our bank has asked us to confirm these details.

We apologize for the trouble.

Best regards,
Sachiko Ueda
Ueda Shokai Co., Ltd.""",
  fmt="html",
  i="Q", n="Japan; asks SWIFT and intermediary bank")

M(d="2025-05-20", tz="+0900", fr="Han Ji-yeon <jy.han@hanriver-bio.example>", s="RE: INV-32335",
  b="""Dear Martin,

Could you please let us know whether the invoice amount includes VAT? Our tax team needs to know this to issue the reverse-charge tax invoice on our side.

Thank you.
Han Ji-yeon""",
  cr="nwc",
  i="Q", n="Korea; VAT treatment question")

M(d="2026-01-12", tz="+0200", fr="Kagiso Molefe <kagiso@molefeengineering.example>", s="Re: Payment reminder",
  b="""Hi

Which invoice is this for? We have three from you on the system and your mail doesn't say.

Kagiso""",
  q=("gm", 1, """Dear Customer,

Our records show an overdue balance of ZAR 27,500.00 on your account. Please arrange payment.

Regards,
Northwind Supplies Ltd""", "Payment reminder"),
  i="Q", n="SA; which invoice")

M(d="2025-09-24", tz="+0100", fr="Yusuf Abdullahi <y.abdullahi@arewaagro.example>", s="RE: INV-38455",
  b="""Dear Sir,

Our bank requires a proforma invoice in our name to open Form M before they can process the FX for this payment. Kindly send the proforma with HS codes at your earliest convenience.

Yusuf Abdullahi
Arewa Agro Processing Ltd, Kano""",
  i="Q", n="Nigeria; Form M / proforma needed for FX")

M(d="2026-07-29", tz="+0300", fr="Esther Wairimu <esther@wairimucakes.example>", s="Re: INV-61980",
  b="""Hello, can we pay via M-Pesa or only bank transfer? If M-Pesa please send me the Paybill and account number.

Esther""",
  cr="gf",
  i="Q", n="Kenya; payment method M-Pesa")

M(d="2025-02-21", tz="+0800", fr="Lea Fernandez <lea.fernandez@fernandezclinic.example>", s="RE: Statement of account - February",
  b="""Hi Ma'am,

Good day! May we request for a copy of the official receipt for our payment last January, and an updated SOA? Our auditor is looking for it po.

Thank you!
Lea Fernandez
Fernandez Family Clinic, Quezon City""",
  i="Q", n="Philippines; OR copy and SOA")

M(d="2026-05-22", tz="+0800", fr="Stanley Fung <stanley.fung@fungbrothers.example>", s="RE: INV-53480",
  b="""Hi,

Whom should I contact regarding our account now? Jenny in your accounts team used to handle it but her email bounces.

Thanks
Stanley""",
  i="Q", n="HK; who to contact")

M(d="2025-04-14", tz="+1200", fr="Rachel Ngata <rachel@ngataconstruction.example>", s="Re: INV-30170",
  b="""Hi there, do you have a PO number for this one? Our system won't let us pay without one. Thanks, Rachel""",
  cr="ks",
  i="Q", n="NZ; PO number")

M(d="2025-12-31", tz="+0800", fr="Ahmad Faizal <faizal@faizal-motor.example>", s="Re: INV-44688",
  b="""Hi, can pay by cheque or not? Or must be online transfer? Our online banking limit is only RM 10k per day.""",
  i="Q", n="Malaysia; payment method question")

M(d="2026-10-29", tz="+0530", fr="Sandhya Reddy <sandhya.reddy@reddyinfra.example>", s="RE: INV-70230 - payment overdue",
  b="""Dear Sir,

Your vendor code is yet to be created in our SAP. Kindly share the filled vendor registration form (attached), bank letter on your letterhead, Tax Residency Certificate and Form 10F so that we can apply the DTAA rate.

We will release the payment immediately upon receipt of the above documents.

Regards,
Sandhya Reddy
Finance & Accounts, Reddy Infra Projects Ltd., Hyderabad""",
  att=["Vendor_Registration_Form.pdf"],
  fmt="alt",
  i="Q", n="HARD: promise conditional on receiving documents (TRC, Form 10F) -> question")

M(d="2025-03-05", tz="+1100", fr="Luke Bennett <luke@bennettcivil.example>", s="RE: INV-26420",
  b="""Hi Martin, is this the one for the Parramatta site or Penrith? Both sites have separate budgets and I need to code it to the right job before it can go for approval.

Luke""",
  i="Q", n="HARD: AU which site / job code; information before acting")

M(d="2026-03-25", tz="+0800", fr="Deng Hua <denghua@longteng-furniture.example>", s="Re: INV-49530",
  b="""Dear Martin

If we pay within this week, can we get 2% discount as before? Please confirm and I will ask finance to arrange.

Deng Hua""",
  i="Q", n="HARD: asks about early-payment discount before paying; payment conditional -> question")

M(d="2025-10-13", tz="+0900", fr="Kimura Takeshi <t.kimura@kimura-denshi.example>", s="Re: Overdue invoice INV-39970",
  b="""Dear Sir,

We apologize for the inconvenience, but we cannot locate this invoice in our system. Could you please resend it to this address?

Best regards,
Takeshi Kimura
Accounting Group, Kimura Denshi Co., Ltd.""",
  i="Q", n="HARD: cannot find invoice, asks to resend (not denying the debt) -> question")

M(d="2025-06-09", tz="+0200", fr="Ayesha Patel <ayesha@patelpharmacy-dbn.example>", s="RE: INV-33890",
  b="""Hi Sharon

Has the credit note for the expired stock been processed yet? I need to know what the balance is before I can pay.

Thanks
Ayesha""",
  q=("gm", 2, """Hi Ayesha,

INV-33890 for ZAR 15,620.00 is now overdue.

Thanks,
Sharon
Northwind Supplies Ltd"""),
  i="Q", n="HARD: asks status of an agreed credit note (not contesting) -> question")

M(d="2026-11-04", tz="+0300", fr="Patrick Mwangi <patrick@mwangihardware.example>", s="Re: INV-71120",
  b="""Hi Martin, I'm not sure whether our accountant paid this before she went on leave. Can you confirm if you've received anything from us this month?

Patrick""",
  i="Q", n="HARD: unsure whether paid, asks status -> question not already_paid")

M(d="2025-11-13", tz="+0800", fr="Melissa Chua <melissa.chua@straitsholdings.example>", s="RE: INV-41790",
  b="""Dear Sharon,

Please note we are unable to process invoices received by email. All invoices need to be submitted through our Coupa supplier portal with the PO number referenced.

Do you already have supplier access? If not, I can send an invitation - please let me know which email address to use.

Regards,
Melissa Chua
Procure-to-Pay, Straits Holdings Pte Ltd""",
  cr="ks",
  fmt="alt",
  i="Q", n="Singapore corporate; portal upload + asks which email for invitation")

M(d="2026-02-10", tz="+0800", fr="Jomar Castillo <jomar@castillotravel.example>", s="RE: INV-47033",
  b="""Hi! Is the amount in USD or PHP? The invoice shows both 1,280 and 74,240 and I'm confused which one we should pay.

Jomar""",
  cr="bp",
  i="Q", n="Philippines; currency question; figures are not a payment amount")

M(d="2025-07-07", tz="+0800", fr="Candy Yip <candy.yip@yipsupplies.example>", s="RE: INV-35075",
  b="""Hi Sharon,

Before we pay, could you please confirm your bank account by phone? Last week we received an email from "you" saying your bank details have changed to an account in Malaysia. It looks suspicious to us and we want to make sure.

Our number is +852 2555 0148.

Candy Yip
Yip Supplies Ltd""",
  i="Q", n="HARD: possible payment fraud check; asks confirmation of bank details -> question")

M(d="2026-04-21", tz="+0900", fr="Seo Jun-ho <jh.seo@seomachinery.example>", s="RE: INV-51440",
  b="""Dear Sir/Madam,

In order to apply the reduced withholding tax rate under the Korea-UK tax treaty, we need a certificate of tax residence issued by HMRC. Could you kindly provide it before we make the payment?

Best regards,
Seo Jun-ho""",
  fmt="alt",
  i="Q", n="Korea; treaty residence certificate")

M(d="2025-01-28", tz="+0530", fr="Mahesh Kulkarni <mahesh@kulkarnitools.example>", s="Re: INV-22070 overdue",
  b="""Dear Sir,

Kindly confirm the due date of this invoice as per our agreed 60 days credit terms. As per our calculation it falls due only on 15th February.

Regards
Mahesh Kulkarni""",
  i="Q", n="HARD: asks to confirm due date under agreed terms, not contesting the debt -> question")

M(d="2026-09-10", tz="+0100", fr="Halima Bello <halima.bello@bellotextiles.example>", s="RE: INV-64560",
  b="""Good day,

Please do you have a domiciliary account in Nigeria we can pay into? If not, our bank is asking for the beneficiary's full address and the correspondent bank details for the USD transfer.

Regards,
Halima Bello""",
  fmt="html",
  i="Q", n="Nigeria; domiciliary account / beneficiary address")

M(d="2026-06-25", tz="+1000", fr="Jodie Marsh <jodie@marshpetsupplies.example>", s="Re: INV-58990",
  b="""Hey, do you take credit card? And is there a surcharge if we do? Trying to sort a few before EOFY.

Jodie""",
  i="Q", n="AU; card payment question; EOFY mention is not a promise")

M(d="2025-10-21", tz="+1300", fr="Owen Parata <owen@paratafarms.example>", s="Re: INV-40011",
  b="""Sorry, who are you? We don't have an account with Harbour Lane that I'm aware of. Can you send the order details and who placed it?

Owen Parata
Parata Farms, Gisborne""",
  cr="hl",
  i="Q", n="HARD: doesn't recognise supplier but asks rather than denies -> question")

M(d="2026-08-18", tz="+0800", fr="Lee Chee Keong <ck.lee@leeck-construction.example>", s="Re: INV-62890",
  b="""Hi Sharon, can you send the signed DO copy? Our store cannot match this invoice with any GRN. Maybe delivered to wrong site?

CK Lee""",
  i="Q", n="HARD: asks for proof of delivery, speculates but does not assert non-delivery -> question")

M(d="2025-11-25", tz="+0800", fr="Ma Lei <malei@guoxin-trading.example>", s="Re: INV-42270 payment",
  b="""Dear Sharon,

Could you please confirm the invoice should be paid to your Hong Kong company or the UK company? The beneficiary name on the invoice is different from the bank details in your email signature.

Ma Lei""",
  i="Q", n="China; which beneficiary entity")

M(d="2026-10-03", tz="+0200", fr="Thabo Sithole <thabo@sitholeprojects.example>", s="Re: INV-68950",
  b="""Hi, can you send me the invoice as a PDF? The link in your email isn't working on our side.

Sent from my Galaxy""",
  i="Q", n="SA; invoice copy request")

M(d="2026-01-20", tz="+0900", fr="Hayashi Emi <e.hayashi@hayashi-boueki.example>", s="Re: INV-45380",
  b="""Dear Ms. Blake,

Thank you for your email.

Under the Japanese qualified invoice system, could you please confirm whether your company has a registration number (T-number)? If so, we would be grateful if you could reissue the invoice showing it.

Best regards,
Emi Hayashi""",
  i="Q", n="Japan; qualified invoice registration number")

M(d="2025-05-29", tz="+0300", fr="Ruth Akinyi <ruth.akinyi@akinyiconsulting.example>", s="RE: INV-32801",
  b="""Dear Emma,

Under KRA rules we are required to withhold 20% tax on services from non-residents. Should we deduct it from your invoice, or has your quote been grossed up to cover it? Please advise before we process.

Regards,
Ruth Akinyi""",
  cr="bp",
  i="Q", n="Kenya; withholding tax treatment question")

M(d="2025-03-31", tz="+0800", fr="Bea Soriano <bea.soriano@gmail.example>", s="Re: INV-27560",
  b="""Hi! Is there a late fee already? Just so I know how much to pay in total. Thanks!""",
  cr="bp",
  i="Q", n="HARD: asks total incl. late fee before paying; no commitment -> question")

M(d="2025-01-31", tz="+0200", fr="Mandla Ngcobo <mandla@ngcoboelectrical.example>", s="Re: INV-21920",
  b="""Hi Martin, please resend your banking details, I deleted the old email by mistake. I'll pay as soon as I have them.

Mandla""",
  i="Q", n="HARD: promise conditional on receiving bank details -> question")

# ---------------------------------------------------------------- ignore
M(d="2025-10-17", tz="+0530", fr="Rajesh Pillai <rajesh.pillai@pillaiexports.example>", s="Out of Office: RE: INV-40215 overdue",
  b="""Dear Sender,

I am on leave till 24-10-2025 on account of Diwali festival, with limited access to mail. For urgent matters kindly contact Mr. Anand Menon at anand.menon@pillaiexports.example or +91 484 555 0190.

Wishing you a happy Diwali!

Regards,
Rajesh Pillai""",
  auto=1,
  fmt="html",
  i="I", rd=("md", 10, 24), n="Indian Diwali OOO; 'till 24-10-2025' -> return_date 24 Oct")

M(d="2026-02-27", tz="+0800", fr="Vanessa Seah <vanessa@seahinteriors.example>", s="RE: INV-47910 - statement",
  b="""Noted with thanks.

Vanessa Seah
Seah Interiors Pte Ltd""",
  q=("ol", 1, """Dear Vanessa,

Please find attached your February statement. INV-47910 for SGD 2,430.00 falls due on [[+10|%-d %B]].

Regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="I", n="HARD: Singaporean 'noted with thanks' alone = bare acknowledgement, not a promise")

M(d="2025-07-03", tz="+1000", fr="Craig Whitfield <craig.whitfield@whitfieldgroup.example>", s="Automatic reply: INV-35090",
  b="""Thanks for your email. I'm on leave and will be back in the office on Monday 14 July. For anything urgent please contact accounts@whitfieldgroup.example.

Craig""",
  auto=1,
  fmt="alt",
  i="I", rd=("iso", "2025-07-14"), n="AU OOO, returning Monday 14 July")

M(d="2026-02-13", tz="+0800", fr="Guangming Auto Parts <service@guangming-autoparts.example>", s="Auto reply: Spring Festival holiday notice",
  b="""Dear valued customers and suppliers,

Please be informed that our company will be closed for the Spring Festival holiday from 14 February to 23 February 2026, and will resume normal business on 24 February 2026. All payments and shipments will be arranged after we resume.

Happy Chinese New Year!

Guangming Auto Parts Co., Ltd.""",
  auto=1, fmt="html",
  i="I", rd=("iso", "2026-02-24"),
  n="HARD: company-wide CNY auto-notice; generic 'payments arranged after we resume' is not a promise to us -> ignore; return = resume date")

M(d="2025-04-10", tz="+0900", fr="Shimizu Kenta <k.shimizu@shimizu-kikai.example>", s="Re: INV-30250",
  b="""Dear Sir,

Thank you for your email. I have forwarded it to our accounting department.

Best regards,
Kenta Shimizu
Sales Dept.""",
  i="I", n="Japan; forwarded to accounting, no stance")

M(d="2026-06-05", tz="+0900", fr="Bae Eun-ji <ej.bae@koreanlinkexpress.example>", s="[Auto Reply] RE: INV-55710",
  b="""Thank you for your mail. I am on a business trip until 2026.06.12 and will reply after my return. For urgent matters please contact Mr. Ryu (kh.ryu@koreanlinkexpress.example).""",
  auto=1,
  i="I", rd=("md", 6, 12), n="Korea OOO until 2026.06.12")

M(d="2025-09-02", tz="+0200", fr="Nadia Jacobs <nadia@jacobsdesign.example>", s="RE: INV-37750",
  b="""Thanks, received.""",
  q=("ol", 1, """Hi Nadia,

Please find attached INV-37750 for ZAR 6,300.00, due on [[+30|%-d %B]].

Thanks,
Emma
Bright Pixel Studio"""),
  cr="bp",
  i="I", n="SA bare ack of a new invoice")

M(d="2025-12-23", tz="+0100", fr="Eko Atlantic Realty <news@ekoatlanticrealty.example>", s="Season's Greetings from Eko Atlantic Realty",
  b="""Dear Partner,

As the year draws to a close, all of us at Eko Atlantic Realty wish you a merry Christmas and a prosperous New Year. Thank you for your support in 2025.

Our offices will close on 24 December and reopen on 5 January 2026.

Warm regards,
The Management
Eko Atlantic Realty Ltd, Victoria Island, Lagos

To stop receiving these emails, click unsubscribe.""",
  fmt="html", noref=1,
  i="I", n="Nigerian company season's greetings newsletter")

M(d="2026-03-04", tz="+0300", fr="Collins Omondi <collins.omondi@gmail.example>", s="Re: INV-48320 - Tana River Traders",
  b="""Hi, I left Tana River Traders in January so I can't help with this. Please contact the office on info@tanarivertraders.example.

Collins""",
  i="I", n="left the company; redirect only, no stance")

M(d="2025-05-02", tz="+0800", fr="Gemma Ocampo <gemma@ocampodental.example>", s="Re: INV-31310 reminder",
  b="""Noted po, thank you!""",
  q=("gm", 1, """Hi Gemma,

Just a heads-up that INV-31310 for USD 420.00 is due on [[+5|%-d %B]].

Thanks,
Northwind Supplies Ltd"""),
  i="I", n="Philippines bare ack")

M(d="2026-02-02", tz="+0800", fr="Kowloon Bay Trading <marketing@kowloonbaytrading.example>", s="Chinese New Year opening hours / 農曆新年營業時間",
  b="""Dear Customers and Partners,

Kung Hei Fat Choi! Please note our showroom opening hours over the Lunar New Year:

16 Feb (Mon): 10:00 - 14:00
17-19 Feb: Closed
20 Feb (Fri): Normal hours resume

Wishing you a healthy and prosperous Year of the Horse!

Kowloon Bay Trading Ltd""",
  fmt="alt", noref=1,
  i="I", n="HK newsletter, bilingual subject")

M(d="2025-11-24", tz="+1300", fr="Mere Tawhiri <mere@tawhiricafe.example>", s="Re: INV-41805",
  b="""Cc'ing Ben who looks after our accounts now.

Mere""",
  hdr={"Cc": "Ben Walker <ben@tawhiricafe.example>"},
  i="I", n="NZ; forwarding/cc to colleague with no stance")

M(d="2026-07-02", tz="+0800", fr="Hafiz Rahman <hafiz@rahmanbakery.example>", s="Re: INV-59940",
  b="""ok noted

Sent from Yahoo Mail on Android""",
  i="I", n="Malaysia bare ack")

M(d="2026-05-18", tz="+0530", fr="Anjali Verma <anjali.verma@vermaelectricals.example>", s="Automatic reply: Payment reminder - INV-53950",
  b="""Thank you for your mail. I am out of office and will have limited access to email.

For payment related queries, kindly write to payables@vermaelectricals.example and mark a copy to Mr. Sandeep (sandeep@vermaelectricals.example).

Regards,
Anjali""",
  auto=1,
  i="I", n="HARD: OOO that mentions payment (routing only) -> ignore; no return date")

M(d="2025-08-26", tz="+1000", fr="Ella Fitzgerald <ella@fitzgeraldcafe.example>", s="Re: Upcoming: INV-36890",
  b="""Thanks for the heads up, appreciate it!""",
  q=("gm", 1, """Hi Ella,

A quick heads-up that INV-36890 for AUD 312.00 falls due on [[+7|%-d %B]].

Cheers,
Greenfold Packaging"""),
  cr="gf",
  i="I", n="HARD: thank-you note, not a promise")

M(d="2025-02-17", tz="+0800", fr="Peng Lu <penglu@yida-hardware.example>", s="Re: INV-24130",
  b="""Received, will check with finance.""",
  i="I", n="HARD: 'will check with finance' is no commitment -> ignore")

M(d="2026-09-29", tz="+0900", fr="Okada Yumi <y.okada@okada-seiko.example>", s="Re: Payment reminder INV-66680",
  b="""Dear Ms. Blake,

Thank you very much for your kind reminder. We will confirm the matter internally and revert to you.

Best regards,
Yumi Okada""",
  fmt="alt",
  i="I", n="HARD: Japanese polite 'will confirm internally and revert' - no stance, no commitment")

M(d="2026-04-05", tz="+0200", fr="Sizwe Mahlangu <sizwe@mahlanguauto.example>", s="Re: Payment reminder",
  b="""Unsubscribe""",
  i="I", n="bare unsubscribe")

M(d="2025-08-08", tz="+0300", fr="Lilian Muthoni <lilian@muthonisalon.example>", s="RE: INV-36540",
  b="""Received with thanks.

Lilian""",
  cr="gf",
  i="I", n="Kenya bare ack")

M(d="2026-08-05", tz="+0100", fr="Helpdesk <support@lagosfreightsolutions.example>", s="[Ticket #LFS-208841] RE: Overdue invoice INV-62460",
  b="""Dear Customer,

Thank you for contacting Lagos Freight Solutions. Your request has been received and assigned ticket number LFS-208841. One of our agents will respond within 48 working hours.

Please quote your ticket number in all future correspondence.

This is an automated message.""",
  auto=1,
  i="I", n="Nigerian helpdesk auto-acknowledgement")

M(d="2025-12-04", tz="+0800", fr="Kathleen Ramos <kathleen.ramos@pacificcallcenter.example>", s="RE: INV-43640 overdue",
  b="""Hi Ma'am, I think this is the wrong email, I'm from the HR dept. Pls email our accounting at accounting@pacificcallcenter.example. Thank you po!""",
  i="I", n="HARD: wrong person in the right company, redirects, no stance -> ignore")

M(d="2025-06-06", tz="+0800", fr="Shirley Quek <shirley@quekmachinery.example>", s="RE: INV-33655",
  b="""Noted with thanks, I have passed this to our finance team.

Shirley""",
  q=("ol", 2, """Hi Shirley,

Thanks for confirming on the phone yesterday that INV-33655 (SGD 4,710.00) will be paid by Friday. Could you forward the remittance once done?

Regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="I", n="HARD: promise only in our quoted reminder; new text is an ack + pass-on -> ignore")

M(d="2025-09-12", tz="+0530", fr="Girish Hegde <girish.hegde@hegdeagencies.example>", s="FW: INV-37990 - overdue",
  b="""Rao ji,

Please see below mail from Northwind and do the needful.

Girish""",
  to="Srinivas Rao <srinivas.rao@hegdeagencies.example>",
  hdr={"Cc": "Credit Control - Northwind Supplies <accounts@northwind-supplies.example>"},
  q=("om", 1, """Dear Mr Hegde,

INV-37990 for GBP 1,140.00 is now overdue. Please arrange payment.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  i="I", n="HARD: internal forward to colleague 'do the needful' (we are copied) - no stance from debtor -> ignore")

M(d="2026-06-29", tz="+1000", fr="Accounts Team <accounts@kingfisherbuilders.example>", s="Automatic reply: INV-58330",
  b="""Hi, thanks for your email. Our accounts team is flat out with EOFY and responses may be delayed until 7 July. We appreciate your patience.""",
  auto=1,
  i="I", rd=("md", 7, 7), n="AU EOFY auto-reply; delayed until 7 July")

M(d="2025-03-20", tz="+0800", fr="postmaster@mail.wingtaigroup.example", s="Undeliverable: Payment reminder INV-27460",
  b="""Your message to accounts.payable@wingtaigroup.example couldn't be delivered.

accounts.payable wasn't found at wingtaigroup.example.

Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
  noref=1,
  i="I", n="HK bounce (NDR)")

M(d="2025-08-21", tz="+0900", fr="Jeon Hyun-woo <hw.jeon@jeon-trading.example>", s="RE: INV-36705",
  b="""We have received your email. Thank you.""",
  i="I", n="Korea bare ack")

M(d="2026-03-10", tz="+1300", fr="Tom Rangi <tom@rangicontracting.example>", s="Re: INV-48440",
  b="""👍 cheers""",
  q=("gm", 1, """Hi Tom,

Just a heads-up, INV-48440 for NZ$960.00 is due on Friday.

Thanks,
Kestrel Facilities Services"""),
  cr="ks",
  i="I", n="HARD: emoji + cheers; not a promise")

M(d="2026-03-18", tz="+0800", fr="Nor Azizah <azizah@azizahtextiles.example>", s="Selamat Hari Raya Aidilfitri",
  b="""Dear valued partners,

Selamat Hari Raya Aidilfitri, Maaf Zahir dan Batin from all of us at Azizah Textiles. Please note our office will be closed from 19 to 24 March and will reopen on 25 March.

Azizah Textiles Sdn Bhd, Kota Bharu""",
  fmt="html", noref=1,
  i="I", n="Malaysian festive greeting + office closure notice (not a reply) -> ignore")

M(d="2025-05-15", tz="+0800", fr="Cindy <sales06@brightstar-led.example>", s="Cooperation - LED panel lights factory direct",
  b="""Dear purchasing manager,

Good day! This is Cindy from Brightstar LED, a professional manufacturer of LED panel lights in Zhongshan with 12 years experience. We supply to many big brands in Europe.

CE, RoHS, 5 years warranty. Free samples are available.

Looking forward to your reply!
Cindy
WhatsApp/WeChat: +86 138 5555 0132""",
  noref=1,
  i="I", n="Chinese cold sales spam")

M(d="2026-02-20", tz="+0200", fr="Lindiwe Dube <lindiwe@dubeagencies.example>", s="RE: INV-47702",
  b="""Acknowledged. Just so you know, our financial year end is end Feb so things are a bit crazy here at the moment.

Lindiwe""",
  q=("ol", 2, """Hi Lindiwe,

A reminder that INV-47702 for ZAR 11,400.00 falls due next week.

Regards,
Sharon
Northwind Supplies Ltd"""),
  i="I", n="HARD: ack + year-end remark; no promise or request -> ignore")

M(d="2025-12-19", tz="+0300", fr="Moses Karanja <moses.karanja@karanjafarm.example>", s="Out of Office: INV-44305",
  b="""I am away on annual leave returning 5th January 2026. Kindly contact the farm office on 0722 555 019 for any urgent issue.

Happy holidays.""",
  auto=1,
  fmt="alt",
  i="I", rd=("iso", "2026-01-05"), n="Kenya OOO returning 5th January 2026")

M(d="2025-08-08", tz="+0900", fr="Morita Corporation <info@morita-corp.example>", s="Auto-Reply: Obon holiday",
  b="""Thank you for your e-mail.

Our office will be closed from August 9 to August 17 for the Obon holidays. We will respond to your e-mail on or after August 18.

We apologize for any inconvenience.

Morita Corporation""",
  auto=1,
  fmt="html",
  i="I", rd=("md", 8, 18), n="Japan Obon auto-reply; respond from August 18")

M(d="2026-09-18", tz="+0800", fr="Ramon Aguilar <ramon.aguilar@aguilarsupply.example>", s="RE: INV-66110 - overdue",
  b="""Ramon Aguilar
Purchasing Officer
Aguilar Industrial Supply, Pasig City
Tel: (02) 8555 0183""",
  q=("ol", 2, """Dear Ramon,

INV-66110 for USD 1,870.00 is now overdue. Please let us know when payment will be made.

Regards,
Martin
Credit Control, Northwind Supplies Ltd"""),
  cr="nwc",
  i="I", n="HARD: empty reply - signature only above the quoted reminder")

M(d="2025-01-08", tz="+1300", fr="Sarah Tuhoe <sarah@tuhoeaccounting.example>", s="Automatic reply: INV-21011",
  b="""Kia ora, I'm away until 20 January. Invoices received during this time will be processed when I'm back. Ngā mihi, Sarah""",
  auto=1,
  i="I", rd=("md", 1, 20), n="HARD: OOO mentions invoice processing generically - not a promise -> ignore")

# ---------------------------------------------------------------- longer mixed messages
M(d="2025-08-15", tz="+0100", fr="Oluwaseun Adebayo-Cole <s.adebayocole@coastalcement.example>", s="RE: INV-36420 / INV-36488 - outstanding balance",
  b="""Dear Martin,

Thank you for your patience over the last few weeks, and my apologies that you have had to send a third reminder.

I can now confirm that both invoices were paid on Tuesday, 12 August, from our domiciliary account with Access Bank. The delay was on our side: the bank placed all outbound USD transfers above USD 10,000 on hold pending fresh documentation under the new CBN guidelines, and it took our treasury team almost three weeks to satisfy them. The total remitted was USD 23,650, being USD 15,400 for INV-36420 and USD 8,250 for INV-36488, in a single transfer.

I have attached the MT103 so that your bank can trace it if it has not yet been credited. Please note that the correspondent bank is Citibank New York, and they sometimes hold funds for a day or two for compliance checks, so if you do not see it by Monday I would be grateful if you let me know and I will escalate with our relationship manager.

On a separate note, our procurement team will be sending the purchase order for the Q4 bagging sacks next week. We would like to keep the same terms as before.

Kind regards,

Oluwaseun Adebayo-Cole (Mrs)
Group Treasury Manager
Coastal Cement Plc
Plot 12, Industrial Avenue, Ikeja, Lagos
Tel: +234 1 555 0147""",
  att=["MT103_Coastal_Cement_12Aug.pdf"],
  fmt="alt",
  q=("ol", 6, """Dear Mrs Adebayo-Cole,

THIRD REMINDER

INV-36420   USD 15,400.00
INV-36488   USD 8,250.00

Both invoices are now more than 60 days overdue. Please arrange payment immediately.

Regards,
Martin
Credit Control, Northwind Supplies Ltd"""),
  cr="nwc",
  i="A", a="23650.00 USD", n="HARD: long (230 words); combined payment for two invoices, amount = total remitted; mentions future PO (not a promise)")

M(d="2026-03-02", tz="+1100", fr="Jacqui Holloway <jacqui@rivertowncafes.example>", s="Re: INV-48010 and INV-48122 - overdue",
  b="""Hi Sharon,

I've been putting off writing this email, which I know isn't fair on you, so here goes.

As you might have seen on the news, the river came up again in late January and two of our three cafés (the Lismore and Ballina ones) were closed for nearly four weeks while we pulled out the floors and waited for the electrician to sign off. The insurer has accepted the claim but they're telling us eight to ten weeks before we see anything. In the meantime we've kept all our staff on, which has eaten through our buffer.

I don't want to leave you out of pocket - you've been great to deal with for six years. What I'd like to propose, if you can live with it, is A$2,000 on Friday 13th and then A$1,500 every fortnight after that until both invoices are cleared. If the insurance money lands earlier I'll pay the rest off in one go.

Would that work for you? Happy to jump on a call if it's easier.

Thanks so much,
Jacqui Holloway
Rivertown Cafés
0428 555 730""",
  q=("gm", 5, """Hi Jacqui,

I hope you're all okay after the weather up your way. Just flagging that INV-48010 (A$3,860.00) and INV-48122 (A$4,215.00) are now both overdue.

Let me know if there's anything we can do.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="X", pd=("dom", 13), a="2000.00 AUD",
  n="HARD: long (220 words) payment-plan proposal asking permission; first instalment A$2,000 on Friday 13th")

M(d="2026-07-23", tz="+0530", fr="Venkatesh Iyengar <venkatesh@iyengarforge.example>", s="RE: Final reminder - INV-61205",
  b="""Dear Mr. Martin,

We are in receipt of your final reminder and regret that the matter has reached this stage. However, we have to place on record that the invoice value is not acceptable to us in its present form, for the following reasons:

1. Short supply: against 40 coils invoiced, only 37 were received at our Hosur plant (GRN No. 2607/118). Value of 3 coils as per invoice: Rs. 38,400/-.
2. Rate difference: the invoice is raised at Rs. 412/kg whereas the agreed rate as per our PO dated 02-05-2026 is Rs. 408/kg. Difference on the balance quantity: Rs. 12,600/-.

Thus a total of Rs. 51,000/- is under dispute. We have requested your despatch team twice to issue a debit note for the same, but no response has been received till date.

In the interest of our long association, we are releasing the undisputed amount of Rs. 4,21,000/- on Friday through RTGS. The balance will be settled only upon receipt of the debit note or proof of delivery for the 3 missing coils.

Kindly look into the matter and revert at the earliest.

Thanks & Regards,
Venkatesh Iyengar
GM - Finance
Iyengar Forge & Fittings Pvt. Ltd., Hosur""",
  q=("ol", 2, """Dear Mr Iyengar,

FINAL REMINDER: INV-61205 for INR 4,72,000.00 remains unpaid despite our earlier reminders. Please arrange payment within 7 days.

Regards,
Martin
Credit Control, Northwind Supplies Ltd"""),
  cr="nwc",
  i="D", a="51000.00 INR",
  n="HARD: long (210 words) partial dispute (short supply + rate) with promise of undisputed part; dispute wins; amount = contested Rs. 51,000")

# --- END OF DATA ---

if __name__ == "__main__":
    sys.exit(main("apac"))
