"""Hand-written labelled debtor replies, slice "onbehalf".

Flavour: replies written by someone other than the person who owes, or sent to
more than one person: personal assistants, office managers, receptionists,
external bookkeepers and accountants, spouses and family members, new staff who
inherited an untidy ledger, parent-company shared-service centres, colleagues
covering for someone who is away (with or without a stance), reply-all threads
where the debtor tells a colleague to pay, businesses that were sold, merged or
renamed, "passed to our finance director" hand-offs, and people coming back
from leave with a real answer.

Every message body and every quoted reminder below was written by hand as
literal data; kit.py only packages them (see its docstring for the fields of M).

Run:  .venv/bin/python data/sources/onbehalf.py -v
Writes data/labelled/onbehalf/onbehalf-NNN.eml and labels.jsonl
"""

from __future__ import annotations

import sys

from kit import M, main

# ==========================================================================
# DATA
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2025-03-04", fr="Bev Aldous <bev@aldousbookkeeping.example>", s="Re: Overdue - INV-20918",
  b="""Hello,

I keep the books for Tolland Joinery (Martin forwarded me your reminder, he doesn't really do email). I've scheduled this one for Thursday along with their other supplier payments.

Bev Aldous
Aldous Bookkeeping Services
Tel: 01632 960 872""",
  q=("gm", 3, """Dear Martin,

Invoice INV-20918 for £1,386.00 (oak-faced MDF and hardware, delivered [[-40|%-d %B]]) is now overdue. Please could you let us know when payment will be made?

Kind regards,
Accounts Receivable
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "thu"), n="external bookkeeper writing for a joiner; scheduled Thursday")

M(d="2025-05-14", fr="Felicity Drummond <f.drummond@achterberg-estates.example>", s="RE: Invoice INV-31452 - second reminder",
  b="""Dear Sir or Madam,

I write on behalf of Mr Achterberg, who is currently overseas. He has reviewed your reminder and asked me to let you know that payment of £2,340.00 will be released on Monday 19 May.

With apologies for the delay,

Felicity Drummond
Executive Assistant to Mr H. Achterberg
Achterberg Estates Ltd | 4 Crown Yard, Bath BA1 2PT""",
  q=("ol", 6, """Dear Mr Achterberg,

We wrote to you on [[-20|%-d %B]] regarding invoice INV-31452 (£2,340.00), which remains unpaid. We would be grateful if you could arrange settlement or contact us to discuss.

Yours sincerely,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc", fmt="alt",
  i="P", pd=("wd", "mon"), a="2340.00 GBP", n="executive assistant writing for an overseas director; Monday 19 May (Wed message)")

M(d="2025-06-05", fr="Owen Marsh <owen@marshfarmshop.example>", s="Re: INV-33871 overdue",
  to="Greenfold Packaging <accounts@greenfold-pack.example>, Dilys Pugh <dilys@marshfarmshop.example>",
  b="""Dilys - can you get this one paid today please? It's the box order I signed off last week, it just never got keyed in.

Sorry Greenfold, it'll be with you this afternoon.

Owen""",
  q=("gm", 2, """Hi Owen,

Just a nudge that INV-33871 (£274.80, kraft produce boxes) is now 16 days overdue. Could you let me know when we can expect it?

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("today",), n="owner reply-all tells colleague to pay today, confirms to us")

M(d="2025-09-17", fr="Group Shared Services - Accounts Payable <ap.ssc@vorland-group.example>", s="AW: Zahlungserinnerung / payment reminder INV-37714",
  b="""Dear Alpenrose team,

Vorland Polska Sp. z o.o. and all other Vorland subsidiaries are now serviced by the Group Shared Services Centre in Kraków, which is why you have not heard back from the local office.

We have located your invoice INV-37714 in our system. It has passed three-way match and is scheduled for payment on 26 September in the amount of EUR 18,420.50.

Best regards,
Katarzyna Wróbel
AP Specialist - Supplier Desk
Vorland Group Shared Services Centre, ul. Lubicz 17, Kraków""",
  q=("de", 7, """Sehr geehrte Damen und Herren,

die Rechnung INV-37714 über 18.420,50 EUR ist seit dem [[-14|%d.%m.%Y]] fällig. Wir bitten um umgehende Zahlung.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH
Buchhaltung"""),
  cr="al",
  i="P", pd=("md", 9, 26), a="18420.50 EUR", n="parent group shared-service centre answering for a subsidiary; scheduled date")

M(d="2025-10-13", fr="Nadia Osei <office@pennantdental.example>", s="Re: Statement - Pennant Dental Care",
  b="""Hi,

I started as practice manager here three weeks ago and I'm working my way through a drawer of unopened post and reminders, so apologies that nobody got back to you. I've checked your two invoices against the delivery notes and they're both fine.

I'll make sure the £918.40 goes out by Friday.

Best wishes,
Nadia Osei
Practice Manager, Pennant Dental Care""",
  q=("om", 5, """Dear Sir/Madam,

Please find below your statement of account.

INV-38820   [[-52|%d/%m/%Y]]   £512.00
INV-39107   [[-38|%d/%m/%Y]]   £406.40

Total overdue: £918.40

Regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "fri"), a="918.40 GBP", n="new practice manager inherited the backlog; 'by Friday'")

M(d="2025-11-29", fr="Gary Lomax <garylomax62@gmail.example>", s="Re: Invoice INV-40563",
  b="""Hi, this is Gary, Tina's husband. She's got her hands full at the salon today (Saturday before Christmas rush) and asked me to reply. She'll transfer it from the business account on Monday.

Cheers
Gary""",
  q=("and", 1, """Hi Tina,

INV-40563 for £163.20 (colour and developer restock) is now overdue. Could you let us know when it will be paid?

Thanks,
Northwind Supplies"""),
  i="P", pd=("wd", "mon"), n="spouse replying for salon owner; Saturday message -> Monday")

M(d="2026-01-07", fr="Ruth Abernethy <ruth.abernethy@kilbride-veterinary.example>", s="RE: Three reminders now - INV-42288",
  b="""Hello,

Really sorry - I've been on maternity leave since July and the person covering me left before Christmas, so your reminders have been sitting in a shared inbox that nobody was checking. First week back and this is top of my list.

It will be paid by the end of the week.

Ruth Abernethy
Office Manager
Kilbride Veterinary Centre""",
  q=("ol", 2, """Dear Kilbride Veterinary Centre,

This is our third reminder about INV-42288 (£1,074.00, kennel bedding and disinfectant). Please contact us urgently.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc", fmt="alt",
  i="P", pd=("eow",), n="back from maternity leave with a real answer; 'end of the week' on a Wednesday")

M(d="2026-02-10", fr="J. Whitcombe <jwhitcombe@whitcombe-partners.example>", s="Re: INV-44019 - Mr A. Ojo",
  b="""Dear Sirs,

We act for Mr Adebayo Ojo in respect of his business accounts. Mr Ojo has passed your reminder to us.

We hold funds on his behalf and will remit £1,150.00 to you on the 27th of this month, quoting INV-44019.

Yours faithfully,

James Whitcombe ACA
Whitcombe & Partners, Chartered Accountants
12 Regent Street, Leamington Spa CV32 4HS

This email and any attachments are confidential and intended solely for the addressee.""",
  i="P", pd=("dom", 27), a="1150.00 GBP", n="accountant remitting on client's behalf on the 27th")

M(d="2026-03-12", fr="Rhys Bevan <rhysbevan@outlook.example>", s="Re: Reminder INV-45560",
  b="""Hi there

I'm Rhys, Dai Bevan's son. Dad doesn't do email at all so he asks me to keep an eye on his inbox for the garage. I read your email out to him on the phone tonight. He says sorry, he thought he'd paid it, and he'll put a cheque in the post on Monday.

Thanks
Rhys""",
  q=("gm", 4, """Dear Mr Bevan,

We have not yet received payment of INV-45560 (£327.60, exhaust parts). Please arrange payment at your earliest convenience.

Northwind Supplies Ltd"""),
  i="P", pd=("wd", "mon"), n="son relaying for elderly father; cheque in the post Monday")

M(d="2026-04-14", fr="Carl Hennessy <carl@brackenlandscapes.example>", s="Re: Payment reminder",
  b="""Hiya, Jo's off this week (half term) but I had a look at the ledger for her. Yours is approved and it'll go across with Friday's BACS run.

Carl""",
  q=("gm", 3, """Hi Jo,

A quick reminder that INV-47103 for £645.00 is now 10 days past due. Would you be able to let us know when it will be paid?

Kind regards,
Northwind Supplies Ltd Accounts"""),
  i="P", pd=("wd", "fri"), n="colleague covering for absent bookkeeper; Friday's BACS run")

M(d="2026-05-25", fr="Accounts Payable <payables@haldenmere-group.example>", s="RE: Overdue invoices - Copperleaf Interiors",
  b="""Good afternoon,

Following the acquisition of Copperleaf Interiors by Haldenmere Group in March, all supplier payments are now processed centrally by group finance, which has caused some delays while supplier records were migrated. We apologise for this.

Both invoices have now been approved and will be paid in the group payment run on the 29th.

Kind regards,
Sanjay Mistry
Group Payables Team
Haldenmere Group plc""",
  q=("ol", 9, """Dear Copperleaf Interiors,

The following invoices are now overdue:

INV-49302  £2,104.00
INV-49677  £1,318.50

Please advise when payment will be made.

Regards,
Kestrel Facilities Services
Accounts Receivable"""),
  cr="ks", fmt="alt",
  i="P", pd=("dom", 29), n="acquired company now paid by group finance; payment run on the 29th")

M(d="2026-06-23", fr="Hannah Clegg <hannah@cleggarchitects.example>", s="Re: INV-51088 reminder",
  b="""Hi Paula,

Apologies, I've been away and only just seen this. I've asked Marcus in our accounts team to release it today - he's confirmed it's on his list.

Best,
Hannah

Hannah Clegg RIBA | Director
Clegg Architects, The Old Granary, Norwich""",
  q=("gm", 5, """Hi Hannah,

Just following up on INV-51088 (£1,920.00, survey prints and mounting for the Fenwick exhibition). It's now 21 days overdue.

Thanks,
Paula
Harbour Lane Print Co"""),
  cr="hl",
  i="P", pd=("today",), n="director has asked accounts colleague to release it today")

M(d="2026-07-16", fr="Phil Roberts <phil@robertsbuilders.example>", s="Re: Statement July",
  to="Karen Hale <karen@halebookkeeping.example>",
  hdr={"Cc": "Northwind Supplies Ltd <accounts@northwind-supplies.example>"},
  b="""Karen,

Can you pay this one with the others on Tuesday please, full balance. I've checked the delivery notes, it's all correct.

Copying Northwind so they know it's coming.

Phil""",
  q=("om", 3, """Dear Phil,

Your July statement shows an overdue balance of £3,045.60 across INV-52214, INV-52380 and INV-52551. Could you let us know when this will be cleared?

Regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "tue"), n="owner instructs his bookkeeper (To) to pay Tuesday, creditor in Cc")

M(d="2026-08-04", fr="Sue Okonjo <sue@okonjobooks.example>", s="Re: INV-53860 - overdue",
  b="""Hi,

I do the bookkeeping for Daniel at Larch Tree Catering. He's asked me to sort this out. Cash is a bit tight after a quiet July, so what we'll do is £600 this Friday and the remaining £1,200 on the last day of the month. I'll send remittances each time.

Regards,
Sue Okonjo
Okonjo Bookkeeping""",
  q=("gm", 6, """Dear Daniel,

Invoice INV-53860 for £1,800.00 (catering disposables and chafing fuel) is overdue. Please let us know when payment will be made.

Northwind Supplies Ltd"""),
  i="P", pd=("wd", "fri"), a="600.00 GBP", n="HARD: bookkeeper announces a split (not asking); first £600 Friday")

M(d="2025-01-14", fr="Reception <reception@fernhillvets.example>", s="Re: INV-11206",
  b="""Hi, our practice manager has approved this and it'll be paid tomorrow. Thanks for your patience.

Chloe, Reception
Fernhill Veterinary Surgery""",
  q=("gm", 2, """Hello,

INV-11206 (£488.00) is now overdue. Please could you let us know when it will be settled?

Northwind Supplies Ltd"""),
  i="P", pd=("tmrw",), n="receptionist relaying manager's approval; tomorrow")

M(d="2025-02-20", fr="Marisol Vega <marisol@vegava.example>", s="Re: Invoice #12755 past due",
  b="""Hello Meridian team,

I'm the virtual assistant for Dr. Elena Reyes and handle her practice's bills. Dr. Reyes approved your invoice this morning. I'll process the $875.00 payment on March 3rd, which is when her operating account is funded.

Thank you,
Marisol Vega
Vega Virtual Assistance
(555) 014-2290""",
  q=("gmus", 3, """Dear Dr. Reyes,

Our records show invoice #12755 for $875.00 is 15 days past due. Please remit payment at your earliest convenience.

Sincerely,
Billing Department
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("md", 3, 3), a="875.00 USD", n="virtual assistant; explicit date March 3rd")

M(d="2025-03-27", fr="St Aldhelm's Parish Office <office@staldhelms.example>", s="Re: Overdue invoice INV-24087",
  b="""Dear Harbour Lane,

Thank you for your patience over the Lent newsletter printing. Cheques over £250 need two signatures, and our treasurer is only in after the Sunday service. He'll sign it then and I will post it to you first thing Monday.

With best wishes,
Margaret Finch
Parish Administrator""",
  q=("gm", 4, """Dear St Aldhelm's,

INV-24087 for £312.00 (Lent newsletter, 400 copies) was due on [[-9|%-d %B]]. Could you let us know when we can expect payment?

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="P", pd=("wd", "mon"), n="parish administrator; treasurer signs Sunday, posted Monday -> Monday")

M(d="2025-04-24", fr="Bursar's Office <bursar@oakhurstprep.example>", s="RE: Kestrel invoice INV-28550",
  b="""Good morning,

Mrs Penhale, our bursar, is on sick leave at the moment and I am covering her desk. I have found your invoice in her approvals folder (already signed) and have set it up to go on 2 May.

Regards,
Tom Avery
Finance Assistant
Oakhurst Preparatory School""",
  q=("ol", 5, """Dear Mrs Penhale,

Please note that invoice INV-28550 for the spring term window cleaning contract remains unpaid. We would be grateful for payment at your earliest convenience.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="P", pd=("md", 5, 2), n="covering colleague sets payment for 2 May")

M(d="2025-06-19", fr="Corporate AP <ap@brightwaterhealth.example>", s="RE: Past due - Lakeview Clinic - Inv #13990",
  b="""Hello,

Lakeview Clinic's invoices are paid by our corporate office in Columbus, not by the clinic itself, so please route future invoices to this mailbox. Invoice 13990 has been approved and will be included in next Friday's check run.

Thanks,
Denise Hartley
Accounts Payable, Brightwater Health Partners""",
  q=("gmus", 10, """Hi Lakeview Clinic,

Invoice #13990 for $2,316.45 is now 30 days past due. Please let us know the expected payment date.

Best regards,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "fri"), n="corporate office pays for the clinic; 'next Friday' = first Friday after (Thu message)")

M(d="2025-07-16", fr="Lorraine Dunne <lorraine@dunneandco-solicitors.example>", s="Re: INV-35180 and INV-35402",
  b="""Hi,

Just to update you on both of these. INV-35180 was paid by Amanda in our accounts team yesterday - it should reach you today. INV-35402 I have passed to our bookkeeper and she is paying it tomorrow.

Kind regards
Lorraine Dunne
Office Manager, Dunne & Co Solicitors""",
  q=("gm", 3, """Dear Lorraine,

We are still awaiting payment of INV-35180 (£740.00) and INV-35402 (£215.50). Please let us know when these will be paid.

Kind regards,
Harbour Lane Print Co"""),
  cr="hl",
  i="P", pd=("tmrw",), n="HARD: one paid by colleague, the other paid tomorrow by bookkeeper; promise wins")

M(d="2025-08-27", fr="Alison Keane <alison@keane-haulage.example>", s="RE: INV-36677 - 45 days overdue",
  b="""Hello,

We haven't paid this yet because Mr Keane was the only one who could authorise it and he's been in hospital for a fortnight. Good news is he's home and back at his desk today, and the transfer will go this afternoon.

Alison (office)""",
  q=("ol", 4, """Dear Mr Keane,

INV-36677 for £2,960.00 is now 45 days overdue. Please contact us to arrange payment.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("today",), n="negation 'haven't paid yet' then transfer this afternoon = today; office staff writing")

M(d="2025-10-23", fr="Deborah Lyle <deborah.lyle@lylemotors.example>", s="Re: INV-38455 - payment plan",
  b="""Hello again,

Please disregard Tom's request below. I'm the finance director and I only saw his email this morning. We don't need a payment plan - the funds from the Lowther contract came in yesterday and we'll pay the whole £3,480 on Monday.

Deborah Lyle
Finance Director, Lyle Motors

> From: Tom Rawlings <tom.rawlings@lylemotors.example>
> Sent: 20 October 2025 09:12
> Subject: Re: INV-38455
>
> Hi, would you accept INV-38455 in three monthly instalments? Things are a bit stretched this quarter.
> Tom""",
  q=("ol", 5, """Dear Lyle Motors,

INV-38455 for £3,480.00 is now overdue. Please let us know when you expect to pay.

Northwind Supplies Ltd
Accounts"""),
  i="P", pd=("wd", "mon"), a="3480.00 GBP", n="HARD: colleague's earlier instalment request in history is withdrawn; FD promises full amount Monday")

M(d="2025-12-16", fr="Camille Roux <c.roux@atelier-dubois.example>", s="RE: Facture / Invoice INV-41290",
  b="""Good morning,

I am the assistant of Madame Dubois. She is on a shoot in Lyon this week and has asked me to answer you. The transfer of 1 640 EUR will be done on Friday 19 December, she has validated it in the bank application.

Best regards,
Camille Roux
Atelier Dubois - Paris 11e""",
  q=("fr", 6, """Dear Madame Dubois,

Our invoice INV-41290 for €1,640.00 (brand identity, phase 2) is now overdue. Please let us know when we can expect payment.

Kind regards,
Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("wd", "fri"), a="1640.00 EUR", n="French assistant writing in English; Friday 19 December (Tue message)")

M(d="2026-01-22", fr="Kev <manager.leeds@crumbsandco.example>", s="Re: Leeds store - INV-42720",
  b="""Hi

I manage the Leeds franchise, the owner Jas is in India till February. I spoke to him on WhatsApp. He says the money's going across at the end of the month when the franchise fees settle.

Kev""",
  q=("gm", 3, """Hi,

INV-42720 (£536.00, sandwich wedges and bags) for your Leeds store is now overdue. Could you tell us when to expect payment?

Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("eom",), n="franchise manager relaying owner; 'end of the month'")

M(d="2026-02-13", fr="Darren Fitch <darren@fitchelectrical.example>", s="Re: INV-44301",
  b="""It won't be me who pays this - Lisa looks after all the banking. I've spoken to her and she'll do it on Monday.

Darren

Sent from my iPhone""",
  q=("ios", 2, """Hi Darren,

A reminder that INV-44301 (£1,212.00, cable and consumer units) is overdue.

Thanks
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "mon"), n="HARD: 'won't be me who pays' then colleague pays Monday -> promise")

M(d="2026-03-18", fr="Office of Mrs R. Kaur <pa@kaurpharma.example>", s="RE: Outstanding balance",
  b="""Dear Accounts team,

I have been asked by Mrs Kaur to confirm that the outstanding balance on your account will be cleared in full by the end of the month.

Kind regards,
Simran Gill
PA to the Managing Director
Kaur Pharmaceuticals Ltd""",
  q=("om", 4, """Dear Mrs Kaur,

We note an outstanding balance of £6,410.00 on your account, of which £4,880.00 is more than 30 days overdue. Please advise when payment will be made.

Yours sincerely,
Northwind Supplies Ltd"""),
  i="P", pd=("eom",), n="PA confirms balance cleared by end of month; amount only in quote -> null")

M(d="2026-04-23", fr="Block Management <accounts@marlowpropertymgmt.example>", s="RE: Beacon House - window cleaning invoices",
  b="""Dear Kestrel,

We are the managing agents for Beacon House Residents' Association and settle contractor invoices on their behalf from the service charge account.

Service charge funds for the new quarter are received on the 1st and we will release payment of your two invoices (total £1,740.00) on the 5th.

Kind regards,
Georgina Platt
Client Accountant
Marlow Property Management""",
  q=("ol", 7, """Dear Beacon House Residents' Association,

Our records show invoices INV-48016 (£870.00) and INV-48390 (£870.00) for window cleaning remain unpaid. Please arrange payment.

Kestrel Facilities Services
Accounts"""),
  cr="ks", fmt="alt",
  i="P", pd=("dom", 5), a="1740.00 GBP", n="managing agents paying for a residents' association on the 5th")

M(d="2026-05-13", fr="Tomasz Nowicki <tomasz.nowicki@everleighhotels.example>", s="RE: INV-49855 overdue",
  to="Northwind Supplies Ltd <accounts@northwind-supplies.example>, Graham Everleigh <graham@everleighhotels.example>",
  b="""Hi both,

Graham - noted. Today's run closed at 10 so I've queued it for tomorrow's run instead.

Northwind - you should have the money tomorrow.

Tomasz
Purchase Ledger, Everleigh Hotels

-----Original Message-----
From: Graham Everleigh
Sent: 13 May 2026 11:40
To: Tomasz Nowicki; Northwind Supplies Ltd
Subject: RE: INV-49855 overdue

Tomasz pls pay this in today's run, thx. G""",
  q=("om", 1, """Dear Everleigh Hotels,

INV-49855 for £2,275.00 (bathroom amenities, spring order) is now 35 days overdue. Please let us know when it will be paid.

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("tmrw",), n="HARD: boss told colleague 'today'; colleague's reply (the new text) says tomorrow -> tomorrow")

M(d="2026-06-10", fr="Payables Notification <no-reply-ap@castellan-retail.example>", s="Scheduled payment notification - Northwind Supplies Ltd",
  b="""Scheduled payment notification

Supplier: Northwind Supplies Ltd
Paying entity: Castellan Retail (Stores) Ltd, on behalf of Castellan Garden Centres Ltd
Invoice: INV-50412
Amount: GBP 4,212.96
Scheduled payment date: 19/06/2026

This payment has been approved and scheduled. Please allow up to two working days for funds to clear.
Castellan Group Finance Operations""",
  html="""<table style="font-family:Arial;font-size:13px"><tr><td colspan="2"><b>Scheduled payment notification</b></td></tr>
<tr><td>Supplier:</td><td>Northwind Supplies Ltd</td></tr>
<tr><td>Paying entity:</td><td>Castellan Retail (Stores) Ltd, on behalf of Castellan Garden Centres Ltd</td></tr>
<tr><td>Invoice:</td><td>INV-50412</td></tr>
<tr><td>Amount:</td><td>GBP 4,212.96</td></tr>
<tr><td>Scheduled payment date:</td><td>19/06/2026</td></tr></table>
<p>This payment has been approved and scheduled. Please allow up to two working days for funds to clear.<br>Castellan Group Finance Operations</p>""",
  fmt="html", noref=1,
  i="P", pd=("md", 6, 19), a="4212.96 GBP", n="HARD: system notice from sister company paying on behalf; scheduled date is a commitment, not already_paid")

M(d="2026-07-28", fr="Office <office@tidewellmarine.example>", s="Re: INV-52690",
  b="""Boss says Friday.""",
  q=("gm", 2, """Hi,

INV-52690 (£455.00) is overdue. When can we expect payment?

Northwind Supplies Ltd"""),
  i="P", pd=("wd", "fri"), n="three words, staff relaying owner")

M(d="2026-08-20", fr="Heather MacLeod <heather@macleodbookkeeping.example>", s="Re: Invoice #53917 - Pinecrest Cabins",
  b="""Hi there,

I'm the bookkeeper for Pinecrest Cabins (Muskoka). Owen asked me to take care of this. I'll send CA$2,450.00 by Interac e-Transfer next Wednesday once their weekend bookings deposit.

Heather MacLeod
MacLeod Bookkeeping, Huntsville ON""",
  q=("gmus", 4, """Hello Owen,

Invoice #53917 for CA$2,450.00 is now overdue. Please let us know when to expect payment.

Thank you,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "wed"), a="2450.00 CAD", n="Canadian bookkeeper; CA$ -> CAD; 'next Wednesday' from Thursday")

M(d="2026-09-22", fr="Maureen Quigley <mquigley@hartleyquigley-law.example>", s="RE: Bright Pixel invoice INV-55080",
  b="""Dear Bright Pixel,

I am secretary to Mr Hartley. He has approved your invoice for the new website and asked me to arrange for payment to be made from the office account on 1 October.

Yours sincerely,
Maureen Quigley
Hartley Quigley Solicitors""",
  q=("gm", 8, """Dear Mr Hartley,

I hope you're well. Invoice INV-55080 (£3,600.00, website build, final stage) is now past due. Let me know if you have any questions.

Best,
Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("md", 10, 1), n="solicitor's secretary; 1 October")

M(d="2026-10-13", fr="Imogen Shaw <imogen.shaw@fellgatebrewery.example>", s="Re: INV-56341 - fourth reminder",
  b="""Hi Sharon,

Sorry for the radio silence - I've been on leave for three weeks and it looks like nobody picked this up while I was away. I've now got the director's sign-off and it's in Thursday's payment run.

Thanks for bearing with us,
Imogen
Finance Officer, Fellgate Brewery""",
  q=("gm", 2, """Hi Imogen,

This is our fourth reminder about INV-56341 (£1,588.80, bottle labels and cartons). Could you please let us know what's happening?

Thanks,
Sharon
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("wd", "thu"), n="back from leave with a real answer; Thursday's payment run")

M(d="2026-11-17", fr="Aaron Pike <aaron.pike@quayside-events.example>", s="Re: INV-57702",
  b="""Hi,

Helen's on leave until the 24th, so I'm picking up her emails. She left a note on this one: it's approved and she wanted it paid this week. I'll make sure it goes out by Thursday.

Aaron""",
  q=("gm", 3, """Dear Helen,

INV-57702 for £760.00 (event signage) is now overdue. Please could you advise when it will be paid?

Harbour Lane Print Co"""),
  cr="hl",
  i="P", pd=("wd", "thu"), n="HARD: colleague covering mentions absence (no OOO) but commits to Thursday")


# ---------------------------------------------------------------- extension_request
M(d="2025-01-28", fr="Pauline Arkwright <pauline.arkwright@btinternet.example>", s="Re: Arkwright Plumbing - INV-11840",
  b="""Dear Sir/Madam,

I am writing for my husband Geoff, who runs Arkwright Plumbing. He had a heart operation last week and is still in the Royal Infirmary. He deals with all the invoices himself and I have no access to the business account.

He will deal with your invoice as soon as he is home and back on his feet, hopefully in a couple of weeks. I hope you can bear with us until then.

Yours faithfully,
Pauline Arkwright""",
  q=("gm", 4, """Dear Mr Arkwright,

Our records show that invoice INV-11840 for £684.00 (copper fittings and valves) remains unpaid. Please could you arrange payment or contact us?

Regards,
Northwind Supplies Ltd"""),
  i="X", n="HARD: wife writing, husband in hospital, he'll deal with it when home = extension; 'hopefully in a couple of weeks' too vague -> null")

M(d="2025-02-11", fr="Colin Barraclough <colin@barracloughaccounts.example>", s="Re: Outstanding balance - Greenway Tyres",
  b="""Good afternoon,

I'm the external accountant for Greenway Tyres Ltd. Mr Singh has asked me to approach you about the £1,200 balance. Trading has been slow since Christmas and the company can't clear it in one go at present.

Would you be willing to accept three monthly instalments of £400, the first on 1 March? I can set these up as standing orders today if you agree.

Kind regards,
Colin Barraclough FCCA
Barraclough & Co""",
  q=("ol", 8, """Dear Mr Singh,

Your account has an overdue balance of £1,200.00 (INV-12310 and INV-12577). Please contact us to arrange payment.

Northwind Supplies Ltd
Credit Control"""),
  cr="nwc",
  i="X", pd=("md", 3, 1), a="400.00 GBP", n="accountant proposes instalment plan; first £400 on 1 March")

M(d="2025-03-17", fr="Kieran Doyle <kieran.doyle@fenwickjoinery.example>", s="RE: Fenwick Joinery - account overdue",
  b="""Hi,

I joined Fenwick as finance manager last Monday and I've inherited, to put it kindly, a bit of a mess - no purchase ledger reconciliation since October and a box of paper invoices. I can see there's an overdue balance with you but I can't sign anything off until I know what we've actually received.

Could you give us until the end of next month while I get the books straight? I'd rather pay you once and correctly.

Thanks for your understanding,
Kieran Doyle
Finance Manager""",
  q=("ol", 3, """Dear Fenwick Joinery,

The following invoices are overdue on your account: INV-24412, INV-24706 and INV-25019, totalling £5,318.20. Please let us know when we can expect payment.

Regards,
Northwind Supplies Ltd"""),
  i="X", pd=("eonm",), n="new finance manager inherited the mess; asks until end of next month")

M(d="2025-04-08", fr="Yuki Harada <y.harada@sato-trading.example>", s="RE: Invoice INV-27914",
  b="""Dear Mr Clarke,

Thank you for your email. Mr Sato is the only authorised signatory on our company account and he is travelling in Japan until 22 April.

Would it be acceptable for payment to wait until his return on that date? I apologise for the inconvenience.

Best regards,
Yuki Harada
Office Administrator
Sato Trading UK Ltd""",
  q=("gm", 3, """Dear Mr Sato,

I hope you are well. Invoice INV-27914 for £3,950.00 is now 14 days overdue. Could you confirm when payment will be made?

Kind regards,
Andrew Clarke
Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("md", 4, 22), n="office administrator asks to wait until the signatory returns on 22 April")

M(d="2025-05-07", fr="Finance Shared Services <fss.payables@kronberg-industrie.example>", s="Re: Payment reminder INV-30190 - Kronberg Werk Linz",
  b="""Dear Sir or Madam,

Kronberg Werk Linz forwarded your reminder to the Finance Shared Services team.

Please note that the Kronberg group is migrating to a new ERP system. All outgoing supplier payments for the Austrian entities are suspended until the first payment run in the new system on 2 June.

We would kindly ask you to allow us until that date and apologise for the delay.

Finance Shared Services
Kronberg Industrie AG""",
  q=("de", 6, """Sehr geehrte Damen und Herren,

leider konnten wir bis heute keinen Zahlungseingang für die Rechnung INV-30190 feststellen. Bitte überweisen Sie den offenen Betrag innerhalb der nächsten 7 Tage.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH"""),
  cr="al", fmt="alt",
  i="X", pd=("md", 6, 2), n="HARD: shared-service centre: payments suspended, asks to be allowed until 2 June -> extension, date 2 June")

M(d="2025-06-03", fr="Neil Pryor <neil@pryorgardencentre.example>", s="Re: Account balance - Pryor Garden Centre",
  b="""Hi Jane,

In confidence: we're in the middle of selling the garden centre. Completion is expected at the end of next month and under the sale agreement all trade creditors are paid out of the proceeds on completion day.

Could you hold off until then? You'll be paid in full, I just can't take £4,000-odd out of the business before the sale without upsetting the buyer's due diligence.

Neil""",
  q=("gm", 7, """Hi Neil,

Just checking in on your account - the balance of £4,126.50 is now over 60 days old. Could we agree a payment date?

Thanks,
Jane
Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("eonm",), n="business being sold; asks to hold until completion at end of next month")

M(d="2025-07-01", fr="Pam Rider <pam@riderbookkeeping.example>", s="RE: INV-34290 - M. Ahmed Carpentry",
  b="""Hello,

I do the books for Mohammed Ahmed (M. Ahmed Carpentry). He's been off work with a back injury for six weeks and isn't in a position to clear the £900 in one go.

He'd like to propose £150 a month starting on the 15th of this month. Please let me know if that's agreeable and I'll set it up.

Pam Rider""",
  q=("gm", 4, """Dear Mr Ahmed,

INV-34290 for £900.00 is now overdue. Please let us know when we can expect payment.

Northwind Supplies Ltd"""),
  i="X", pd=("dom", 15), a="150.00 GBP", n="bookkeeper proposes monthly plan for injured client; £150 from the 15th")

M(d="2025-07-31", fr="Sophie Lane <sophielane88@gmail.example>", s="Re: Bloom & Stem - overdue invoice",
  b="""Hi,

I'm Carol's daughter - she owns Bloom & Stem. Mum's been really poorly this month and the shop's only been open a couple of days a week. Is there any chance you could give her a few more weeks? She's mortified it's late.

Thanks so much,
Sophie""",
  q=("gm", 3, """Hi Carol,

INV-35590 (£286.40, ribbon, cellophane and gift boxes) is now overdue. Would you be able to settle this in the next few days?

Greenfold Packaging"""),
  cr="gf",
  i="X", n="daughter asks 'a few more weeks' for ill mother; no date")

M(d="2025-08-18", fr="Joel Whitaker <joel@whitakerprint-finishing.example>", s="Re: INV-36470",
  b="""Hi,

Rachel handles all our payments and is the only one with access to the banking. She's on holiday until the end of the month. Could this wait until she's back on the 1st? I'll make sure it's the first thing she sees.

Joel""",
  q=("gm", 2, """Hi Rachel,

INV-36470 for £1,035.00 is now two weeks past due. Could you let me know when it'll be paid?

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="X", pd=("dom", 1), n="colleague asks to wait until the payer returns on the 1st")

M(d="2025-09-08", fr="Andrea Costa <andrea@costa-deli.example>", s="Re: Statement August - Costa Deli",
  hdr={"Cc": "Jim Costa <jim@costa-deli.example>"},
  b="""Hi Northwind,

Copying in Jim, my husband and business partner, since he does the banking.

The summer's been quieter than we hoped. Could we pay half now and the other half in October? Jim can send the first half as soon as you say yes.

Andrea""",
  q=("om", 5, """Dear Andrea,

Your August statement shows £1,780.00 overdue (INV-36905 and INV-37120). Please let us know when you'll be able to pay.

Northwind Supplies Ltd"""),
  i="X", pd=("today",), n="HARD: group reply; asks to split half now / half October; first half 'now' -> today; no stated amount")

M(d="2025-10-14", fr="Jenna Hollis <office@hollis-upholstery.example>", s="Re: INV-38207 overdue",
  b="""Hi there,

Sorry for not replying sooner. The unit flooded a fortnight ago and we've been closed while the insurers argue about it. Mike asked me to ask if we could have 30 days before you chase again - we will pay, we just have nothing coming in until we reopen.

Jenna (office manager)
Hollis Upholstery""",
  q=("gm", 6, """Hello,

INV-38207 (£1,442.00, foam and fabric) is now 30 days overdue. Please advise when payment will be made.

Northwind Supplies Ltd"""),
  i="X", pd=("plus", 30), n="office manager asks for 30 days after a flood")

M(d="2025-11-05", fr="Hon. Treasurer <treasurer@millbrookcricketclub.example>", s="Re: Invoice INV-39380",
  b="""Dear Harbour Lane,

Thank you for the reminder. I'm the club's volunteer treasurer. Any spend over £500 has to be approved by the committee, which next meets on the 18th. Could payment wait until then? I'll pay it online that same evening once it's approved, which I'm sure it will be.

Best regards,
David Ellwood
Hon. Treasurer, Millbrook Cricket Club""",
  q=("gm", 5, """Dear Treasurer,

INV-39380 for £640.00 (fixture cards and annual dinner programmes) is now overdue. Please arrange payment.

Harbour Lane Print Co"""),
  cr="hl",
  i="X", pd=("dom", 18), n="HARD: volunteer treasurer asks to wait for the committee on the 18th; pays that evening -> 18th")

M(d="2025-11-19", fr="Rebecca Imrie <rebecca@imrieevents.example>", s="Re: INV-39774",
  b="""Hi,

Our MD asked me to reply. We'll pay £500 on Friday, and we'd like to clear the remaining £1,500 over the next three months if that's acceptable to you? Let me know and I'll put the dates in.

Rebecca Imrie
Operations Coordinator""",
  q=("gm", 4, """Hi Rebecca,

Just a reminder that INV-39774 (£2,000.00, staging hire) is now overdue.

Thanks,
Kestrel Facilities Services"""),
  cr="ks",
  i="X", pd=("wd", "fri"), a="500.00 GBP", n="HARD: part promise + asks time for the main amount -> extension; first payment £500 Friday")

M(d="2025-12-18", fr="Stephen Rourke <s.rourke@ballanmore-foods.example>", s="RE: Ballanmore Foods - overdue account",
  b="""Dear Credit Control,

I took over as Financial Controller at Ballanmore at the start of the month, following the departure of my predecessor. On review, the company has fallen behind with a number of suppliers, including yourselves.

We are proposing the same arrangement to all affected suppliers: 25% of the balance now (£1,200.00, which I can release today) and the remainder in three equal payments on the 18th of January, February and March.

I would be grateful for your agreement.

Kind regards,
Stephen Rourke
Financial Controller, Ballanmore Foods Ltd""",
  q=("ol", 10, """Dear Ballanmore Foods,

Your account balance of £4,800.00 is now more than 60 days overdue. Unless we hear from you we will place the account on stop.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc", fmt="alt",
  i="X", pd=("today",), a="1200.00 GBP", n="HARD: new financial controller proposes a plan; first 25% (£1,200) today")

M(d="2026-01-09", fr="Margaret Ellison <m.ellison@ellisonhouse.example>", s="Re: Ellison Antiques account",
  b="""Dear Sir or Madam,

I am very sorry to tell you that my husband Frank, who ran Ellison Antiques, died just before Christmas. I am trying to make sense of his paperwork with our solicitor.

I don't doubt the money is owed, but nothing can be paid from the business account until probate is granted, which the solicitor says may take some months. I would be grateful if you could allow me until then.

Yours faithfully,
Margaret Ellison""",
  q=("gm", 3, """Dear Mr Ellison,

We have not yet received payment for INV-42590 (£312.00, packing materials). Please let us know when we can expect payment.

Greenfold Packaging"""),
  cr="gf",
  i="X", n="HARD: widow asks for time until probate; debt not contested; no date")

M(d="2026-02-06", fr="Office of Dr. Lindqvist <office@lindqvistortho.example>", s="RE: Past due reminder - Invoice #43775",
  b="""Good morning,

Dr. Lindqvist is presenting at a conference in Singapore this week and approves all practice payments personally. Could you hold off for a week? He's back in the office next week and I'll put it in front of him first thing.

Thank you,
Brenda
Office Manager, Lindqvist Orthodontics""",
  q=("gmus", 4, """Hello,

Invoice #43775 for $1,284.00 is now 21 days past due. Please arrange payment at your earliest convenience.

Thanks,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("plus", 7), n="office manager asks to 'hold off for a week' -> +7")

M(d="2026-03-03", fr="Nicola Firth <nicola@firthbookkeeping.example>", s="Re: Payment arrangement - Cobble Lane Bakery",
  b="""Hi Martin,

I'm the bookkeeper for Cobble Lane Bakery. Jess arranged with you to pay the next instalment on the 15th, but the bakery's card takings from the farmers' market don't settle until later in the month. Could we move it to the 30th instead?

Thanks,
Nicola""",
  q=("gm", 9, """Hi Jess,

Thanks for the call. As agreed, the next payment of £250.00 towards INV-44680 is due on the 15th.

Martin
Credit Control, Northwind Supplies Ltd"""),
  i="X", pd=("dom", 30), n="bookkeeper asks to move instalment from the 15th to the 30th")

M(d="2026-03-09", fr="Angela Brook <angela.brook@brook-and-sons.example>", s="RE: INV-45206",
  b="""I'm afraid we can't pay this month. Mr Brook asked me to let you know and apologise.

Angela Brook
Office Manager
Brook & Sons Removals""",
  q=("ol", 3, """Dear Mr Brook,

INV-45206 for £1,860.00 (packing crates and blankets) is now overdue. Please let us know when it will be paid.

Northwind Supplies Ltd"""),
  i="X", n="office manager says can't pay this month = extension, no date")

M(d="2026-04-06", fr="Liam <liam@carrickscaffold.example>", s="Re: INV-47011",
  b="""boss asks can it wait till next friday

sent from my phone""",
  q=("and", 2, """Hi,

INV-47011 (£980.00) is overdue. Please pay asap.

Northwind Supplies"""),
  i="X", pd=("wd", "fri"), n="staff relays boss's request; 'next friday' = first Friday after (Mon message)")

M(d="2026-05-12", fr="Charlotte Pemberton <charlotte@pembertonflorals.example>", s="Re: INV-48940 - overdue",
  b="""Hi Sam,

I'm back from three months' maternity leave and have just seen all of your emails - I'm so sorry nobody replied. I've looked at where we are and I'm afraid we can't pay the full £2,600 right now.

Could we pay £1,000 now and the rest in June? I can do the £1,000 as soon as you confirm.

Charlotte""",
  q=("gm", 5, """Hi Charlotte,

We still haven't received payment for INV-48940 (£2,600.00). This is now quite overdue - could you let me know what's happening?

Sam
Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("today",), a="1000.00 GBP", n="back from leave; asks to pay £1,000 now and the rest in June -> extension, first payment today")

M(d="2026-06-05", fr="Hollins Garvey LLP <recovery@hollinsgarvey.example>", s="Quarry Lane Motors Ltd - notice to creditors",
  b="""Dear Sirs,

We have been instructed by the directors of Quarry Lane Motors Ltd to advise on the company's financial position. Our records show the company owes your firm £2,218.40.

We are currently preparing proposals for an informal arrangement with creditors and ask that you take no recovery action for the next 28 days while we do so. We will write to all creditors with those proposals within that period.

Yours faithfully,
Ruth Garvey
Hollins Garvey LLP, Business Recovery""",
  noref=1,
  i="X", pd=("plus", 28), n="HARD: advisers acting for the company ask creditors to hold for 28 days -> extension; £2,218.40 is the debt acknowledged, not a proposed payment -> amount null")

M(d="2026-06-30", fr="Rev. Anne Hollis <anne.hollis@stmarysfoodbank.example>", s="Re: Invoice INV-51212",
  b="""Dear Kestrel,

I'm one of the trustees at St Mary's Food Bank - our coordinator has passed your reminder to me. We're entirely reliant on grants and the next tranche from the council comes through in August. Could we pay you then? I'm sorry not to be able to do better.

Anne Hollis""",
  q=("gm", 5, """Dear St Mary's Food Bank,

INV-51212 for £420.00 (deep clean of the warehouse) is now overdue. We would be grateful if you could arrange payment.

Kestrel Facilities Services"""),
  cr="ks",
  i="X", n="trustee asks to pay in August; month only -> null")

M(d="2026-07-09", fr="Farah Qureshi <farah.q@hotmail.example>", s="Re: Qureshi Convenience - INV-51940",
  b="""Hello, I am Imran's wife. Imran's father passed away and he has flown to Lahore for the funeral. He will be back around the 20th. Please can you give him until then, he will sort it out straight away. Sorry for the trouble.

Farah""",
  q=("gm", 2, """Dear Imran,

INV-51940 (£738.00) is now overdue. Please let us know when it will be paid.

Northwind Supplies Ltd"""),
  i="X", pd=("dom", 20), n="spouse asks for time until owner returns around the 20th")

M(d="2026-08-11", fr="Integration Team <finance.integration@ashgrove-hartmann.example>", s="RE: Hartmann Office - overdue invoices",
  b="""Dear Supplier,

As you may know, Hartmann Office Ltd merged with Ashgrove Business Supplies on 1 July to form Ashgrove Hartmann. We are currently moving all payments onto the new company's bank accounts and payment systems.

We would be grateful if you could allow us an extra two weeks to settle invoices raised to Hartmann Office. Payment will be made by Ashgrove Hartmann Ltd and will quote your invoice numbers.

Regards,
Finance Integration Team
Ashgrove Hartmann Ltd""",
  q=("ol", 6, """Dear Hartmann Office Ltd,

Please note that invoices INV-52806 and INV-53012 are now overdue, total $6,540.00. Kindly advise a payment date.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("plus", 14), n="merged company asks two extra weeks while bank accounts move")

M(d="2026-09-09", fr="Accounts Payable <ap@corvellis-labs.example>", s="RE: Past due notice - Invoice 54620",
  b="""Hello Meridian Billing,

Corvellis Labs' parent company has centralized treasury approvals, and all vendor payments above $10,000 now require a second sign-off at group level. That review backlog is roughly six weeks.

We are therefore requesting an extension on invoice 54620 until October 30. We apologize and appreciate your patience.

Regards,
Kimberly Ortiz
AP Lead, Corvellis Labs""",
  html="""<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello Meridian Billing,</p>
<p>Corvellis Labs' parent company has centralized treasury approvals, and all vendor payments above $10,000 now require a second sign-off at group level. That review backlog is roughly six weeks.</p>
<p>We are therefore requesting an extension on invoice 54620 until <b>October 30</b>. We apologize and appreciate your patience.</p>
<p>Regards,<br>Kimberly Ortiz<br><span style="color:#666">AP Lead, Corvellis Labs</span></p></div>""",
  q=("ol", 5, """Dear Corvellis Labs,

Invoice 54620 for $12,875.00 is now 20 days past due. Please advise the expected payment date.

Meridian Office Solutions Inc.
Billing"""),
  cr="mo", fmt="html",
  i="X", pd=("md", 10, 30), n="HTML; parent-company approval backlog; requests extension until October 30; $10,000 is a threshold, not an amount")

M(d="2026-09-18", fr="Graham Tulloch <graham@tullochaccounts.example>", s="Re: INV-55090 - D. Fraser",
  b="""Hi,

Doug Fraser's asked me to reply as I look after his accounts. He's owed a five-figure sum by the main contractor on the Inverurie site, who keeps stalling. As soon as that lands he'll clear you - but he can't pay you before it does.

Could you bear with him a little longer?

Regards,
Graham Tulloch""",
  q=("gm", 6, """Dear Doug,

INV-55090 (£2,745.00, timber and sheet materials) is now 45 days overdue. Please contact us to arrange payment.

Northwind Supplies Ltd"""),
  i="X", n="accountant: can't pay until his customer pays; asks to bear with him; no date")

M(d="2026-10-06", fr="Ben Moffat <ben@moffatcycles.example>", s="Re: INV-56105 - payment promised",
  b="""Hi Martin,

I know Sarah told you Friday. I've just been through the numbers with her and I'm afraid that's not going to happen - a big wholesale order fell through. Can we say the 28th instead? That one I'm confident about.

Ben Moffat
Owner, Moffat Cycles""",
  q=("gm", 1, """Hi Sarah,

Thanks for letting me know INV-56105 (£1,190.00) will be paid this Friday.

Martin
Credit Control, Northwind Supplies Ltd"""),
  i="X", pd=("dom", 28), n="HARD: owner withdraws colleague's Friday promise (in history) and asks for the 28th -> extension")

M(d="2026-10-26", fr="Elena Marchetti <elena.marchetti@libero.example>", s="Re: Caffè Marchetti - invoice INV-56480",
  b="""Good morning,

I help my sister Giulia with the paperwork for her café. She asked me to write because her English is not so good. She would like to know if she can pay in two parts: €350 on 1 November and €350 on 1 December. Is this possible for you?

Thank you and best regards,
Elena""",
  q=("gm", 4, """Dear Giulia,

Invoice INV-56480 for €700.00 is now overdue. Please let us know when we can expect payment.

Best regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 11, 1), a="350.00 EUR", n="sister asks for split; first €350 on 1 November")

M(d="2025-01-06", fr="Linda Morrow <linda.morrow@sky.example>", s="Re: Cutting Room - INV-11380",
  b="""Hello,

I'm Leanne's mum. I'm looking after the salon while she's on maternity leave (baby girl, born on Boxing Day!). I can open up and do the bookings but I don't have access to the business bank.

Would it be all right to wait until the end of the month? Her partner is going to sort out her payments then.

Many thanks,
Linda""",
  q=("gm", 3, """Hi Leanne,

Happy new year! INV-11380 (£198.60) was due before Christmas. Could you let us know when it will be paid?

Thanks,
Northwind Supplies"""),
  i="X", pd=("eom",), n="mother covering salon during maternity leave asks to wait till end of month")

M(d="2025-03-05", fr="Sunil Bhatt <sunil@bhattfitouts.example>", s="Re: INV-25877 - account on stop",
  to="Raj Patel <raj@bhattfitouts.example>",
  hdr={"Cc": "accounts@northwind-supplies.example"},
  b="""Raj,

We can't pay this till the Hendry job is invoiced and paid, and that's at least three weeks. Can you give Northwind a ring today and explain, and ask them to lift the stop in the meantime?

Northwind - cc'ing you so you know what's going on. Raj will call.

Sunil""",
  q=("ol", 1, """Dear Sunil,

Your account has been placed on stop due to the overdue balance on INV-25877 (£3,308.00).

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", n="HARD: owner tells colleague (To) they can't pay yet, creditor in Cc -> extension; 'at least three weeks' is not a date")

M(d="2025-04-16", fr="Greta Vogel <g.vogel@brandl-holzbau.example>", s="AW: Zahlungserinnerung INV-28140",
  b="""Dear Ms Huber,

I am the office assistant of Herr Brandl. Unfortunately Herr Brandl had an accident on a building site and is in hospital since last week. He is the managing director and only he can release payments.

Could we please postpone the payment until 15 May? He expects to be back in the office by then.

Kind regards
Greta Vogel
Brandl Holzbau GmbH""",
  q=("de", 5, """Sehr geehrter Herr Brandl,

wir erlauben uns, Sie an die offene Rechnung INV-28140 über 6.240,00 EUR zu erinnern.

Mit freundlichen Grüßen
Sabine Huber
Alpenrose Logistik GmbH"""),
  cr="al",
  i="X", pd=("md", 5, 15), n="assistant asks to postpone until 15 May while MD in hospital")

M(d="2025-05-22", fr="Mark Etherington <mark.etherington@caldervalehomes.example>", s="RE: Calder Vale Homes - overdue balance",
  b="""Dear Northwind,

Calder Vale Homes was acquired by Pennine Residential at the start of May, and I've been seconded in as interim finance director. Part of the deal is a full review of every supplier balance before the new owners release funds.

I'd ask that you allow us until 13 June to complete that review and pay what's due. I'm not disputing anything at this stage - it's purely a timing issue.

Kind regards,
Mark Etherington
Interim Finance Director""",
  q=("ol", 8, """Dear Calder Vale Homes,

The balance of £11,204.75 on your account is overdue. Please advise when payment will be made.

Northwind Supplies Ltd"""),
  i="X", pd=("md", 6, 13), n="HARD: acquired company's interim FD asks until 13 June, explicitly not disputing")

M(d="2025-09-28", fr="Kerry Duncan <kerry.duncan@icloud.example>", s="Re: INV-37660",
  b="""Hi it's Mark's wife. He's offshore on the rigs until the 12th and has no signal. Can it wait till he's home?

Sent from my iPhone""",
  q=("ios", 1, """Hi Mark,

INV-37660 (£412.00, welding gas and rods) is overdue. Please can you let us know when it'll be paid?

Northwind Supplies Ltd"""),
  i="X", pd=("dom", 12), n="wife asks to wait until husband is back on the 12th (Sunday message)")

M(d="2026-11-13", fr="Lucy Brennan <lucy@brennanbrothers.example>", s="RE: INV-57390 - final notice",
  b="""Hello,

Sean asked me to reply while he's out on site. We can pay £250 today as a goodwill payment but the rest of the invoice will have to wait until the new year I'm afraid - we've had two customers go bust on us this autumn.

Lucy
Brennan Brothers Groundworks""",
  q=("ol", 2, """Dear Sean,

FINAL NOTICE: INV-57390 for £2,150.00 remains unpaid. We will refer the account to our collections partner if payment is not received within 7 days.

Northwind Supplies Ltd
Credit Control"""),
  cr="nwc",
  i="X", pd=("today",), a="250.00 GBP", n="HARD: small payment today, the main amount 'will have to wait until the new year' -> extension; first payment £250 today")


# ---------------------------------------------------------------- dispute
M(d="2025-01-02", fr="Wendy Tranter <wendy@tranterprecision.example>", s="Re: INV-11190 - overdue",
  b="""Hello,

I'm the office manager at Tranter Precision and I look after our purchase ledger. We have no record of ever ordering from you. The order confirmation you attached is in the name of Craig Hollis, who left the company at the end of August - two months before the date on that order. Nobody here has placed an order since.

Please cancel this invoice, and let me know if you need anything from us to do that.

Regards,
Wendy Tranter
Office Manager""",
  q=("gm", 7, """Dear Tranter Precision,

INV-11190 for £1,068.00 (cutting fluid and abrasives, ordered by C. Hollis) is now overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="D", n="office manager: order placed in the name of someone who had already left -> never ordered")

M(d="2025-02-18", fr="Tessa Ward <tessa@wardbookkeeping.example>", s="Re: INV-12704 - Pickering's Bakery",
  b="""Hi,

I do the books for Pickering's Bakery. I've been through INV-12704 with Alan and he's adamant the second drop (the £620 of cake boxes listed for the 3rd) never arrived - there's no delivery note signed for it either. He's happy with the first delivery, which I've already paid.

Could you look into this before chasing again please?

Tessa Ward""",
  q=("gm", 3, """Hi Alan,

INV-12704 (£1,240.00, two deliveries of cake boxes) is showing £620.00 still outstanding. Could you let us know when it will be paid?

Greenfold Packaging"""),
  cr="gf",
  i="D", a="620.00 GBP", n="HARD: bookkeeper says second delivery never arrived; first half already paid; dispute wins, amount = contested £620")

M(d="2025-03-13", fr="Philip Crane <philip.crane@craneandhart.example>", s="RE: The Riverside Tearooms - statement",
  b="""Dear Greenfold,

I owned The Riverside Tearooms until 30 November, when the business was sold to Mrs Amira Khalil. I'm afraid the three invoices on your statement are all dated December and January, so they relate to orders placed by the new owner after completion. They are not my liability or the liability of my company.

I've passed her details on to your driver before and am happy to do so again.

Philip Crane""",
  q=("om", 4, """Dear Mr Crane,

Please find below the overdue items on the Riverside Tearooms account:

INV-41988  [[-90|%d/%m/%Y]]  £184.20
INV-42301  [[-75|%d/%m/%Y]]  £232.00
INV-42655  [[-60|%d/%m/%Y]]  £196.50

Kind regards,
Greenfold Packaging"""),
  cr="gf",
  i="D", n="HARD: former owner says invoices post-date the sale and are the buyer's liability -> dispute (contests the debt)")

M(d="2025-04-07", fr="Jade Harper <jade.harper@leeandco-dental.example>", s="RE: INV-27620 - reception refit",
  b="""Good morning,

I'm PA to Dr Lee. He's asked me to reply to your reminder because he's in surgery all day.

He is not happy with the reception desk installation. The fitters left on the Friday with the counter top unsealed, two of the front panels are chipped, and the cable tray was never fitted. He won't approve the invoice until someone comes back and finishes the job properly.

Kind regards,
Jade Harper
PA to Dr M. Lee""",
  q=("ol", 5, """Dear Dr Lee,

INV-27620 for £4,380.00 (reception desk supply and fit) is now overdue. Please let us know when payment will be made.

Kestrel Facilities Services"""),
  cr="ks",
  i="D", n="PA relays director's complaint about unfinished, damaged work")

M(d="2025-05-02", fr="AP Exceptions <ap.exceptions@tarrant-group.example>", s="RE: INV-30044 - price variance",
  b="""Dear Supplier,

Tarrant Group Shared Services processes invoices for Tarrant Hospitality Ltd.

Invoice INV-30044 is on hold with a price variance. The invoice bills 120 units at £14.20, whereas purchase order 4500218871 specifies £12.80 per unit. The difference is £168.00.

Please issue a credit note for £168.00 (or a replacement invoice at the PO price) and we will release the invoice for payment.

Kind regards,
AP Exceptions Team
Tarrant Group Shared Services""",
  q=("ol", 6, """Dear Tarrant Hospitality,

Invoice INV-30044 for £1,704.00 is now overdue. Please advise when payment will be made.

Northwind Supplies Ltd"""),
  cr="nw", fmt="alt",
  i="D", a="168.00 GBP", n="shared-service centre: price doesn't match PO; pay once credited -> dispute, amount = contested difference")

M(d="2025-06-06", fr="Diane Kowalski <diane.kowalski@comcast.example>", s="Re: Past due - Kowalski Insurance Agency, Invoice #13215",
  b="""Hello,

My husband Ted owns the agency and asked me to respond since I handle the mail at home. Ted cancelled the copier maintenance plan in March - I'm looking at his email to your service desk dated March 4 asking to cancel, and the reply from someone called Jordan confirming it.

So we shouldn't be getting billed for April, May or June. Please cancel this invoice.

Diane Kowalski""",
  q=("gmus", 5, """Dear Mr. Kowalski,

Invoice #13215 for $387.00 (copier maintenance plan, April-June) is now 30 days past due. Please remit payment.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="spouse: plan was cancelled in March, has confirmation")

M(d="2025-07-07", fr="Oliver Grant <oliver.grant@hamptonlettings.example>", s="RE: INV-34590",
  b="""Hi,

I've recently taken over the accounts at Hampton Lettings and have been working through the files. INV-34590 appears to be a duplicate of INV-34102: same PO number, same quantities, same delivery date. INV-34102 was paid on 12 May.

Please could you cancel INV-34590?

Thanks,
Oliver Grant
Accounts Administrator""",
  q=("ol", 4, """Dear Hampton Lettings,

INV-34590 for £566.40 is now overdue. Please arrange payment at your earliest convenience.

Northwind Supplies Ltd"""),
  i="D", n="HARD: new accounts administrator spots a duplicate; original paid -> dispute over already_paid")

M(d="2025-08-13", fr="Ray Gibbons <ray@gibbonsgardensupplies.example>", s="RE: INV-36380",
  to="Maxine Gibbons <maxine@gibbonsgardensupplies.example>",
  hdr={"Cc": "Greenfold Packaging <accounts@greenfold-pack.example>"},
  b="""Max - DON'T pay this one yet. They've charged us for 12 pallets of compost sacks and only 10 came off the lorry, I counted them myself.

Greenfold, I've copied you in. Please send a corrected invoice for 10 pallets.

Ray""",
  q=("gm", 2, """Hi Ray,

INV-36380 for £2,160.00 (12 pallets printed compost sacks) is overdue. Could you let me know when it'll be paid?

Greenfold Packaging"""),
  cr="gf",
  i="D", n="owner tells colleague not to pay (creditor in Cc): short delivery")

M(d="2025-09-12", fr="Ian Parfitt <ian.parfitt@mossleyhall.example>", s="Re: Invoice INV-37245",
  b="""Hello,

Emma who normally looks after this is away until the end of the month. I do know she had queried this invoice before she went - the quote we accepted for the function brochures was £2,100 and the invoice is for £2,680, which we don't agree with.

I'd rather you didn't keep chasing until that's resolved.

Ian Parfitt
Events Manager, Mossley Hall""",
  q=("gm", 6, """Hi Emma,

INV-37245 (£2,680.00, wedding and function brochures) is now 14 days overdue. Please could you let me know when it'll be settled?

Harbour Lane Print Co"""),
  cr="hl",
  i="D", a="2680.00 GBP", n="HARD: colleague says the right person is away but states their stance: price not as quoted; amount = charged figure")

M(d="2025-10-20", fr="Hugh Lambert <hugh@lambertaccountancy.example>", s="Re: Mr D. Okafor - INV-38350",
  b="""Dear Sir/Madam,

I act for Mr Daniel Okafor, who has received your reminder addressed to him personally.

The work described on this invoice was ordered by Redcliffe Interiors Ltd, where Mr Okafor was employed as a site manager until August. He placed the order in the course of that employment and has never traded with you on his own account. He is not personally liable for this invoice, and I would ask you to redirect it to Redcliffe Interiors.

Yours faithfully,
Hugh Lambert
Lambert Accountancy""",
  q=("gm", 5, """Dear Mr Okafor,

INV-38350 for £1,495.00 remains unpaid. Please arrange payment or contact us.

Kestrel Facilities Services"""),
  cr="ks",
  i="D", n="HARD: accountant denies personal liability (ordered for former employer) -> dispute, not a re-address question")

M(d="2025-11-24", fr="Megan Rhodes <megan@rhodesandrhodes.example>", s="RE: INV-39201 still outstanding",
  b="""Hi,

I'm covering accounts for the practice while our bookkeeper is on holiday. I've had a look at this one and there's a credit note from you on file, CN-2291, dated 29 September, for the full amount of INV-39201 - the toner that came in the wrong model number.

So as far as we're concerned there's nothing to pay.

Megan""",
  att=["CN-2291.pdf"],
  q=("gm", 3, """Hello,

INV-39201 (£214.80) is still showing as outstanding on your account. Please could you arrange payment?

Northwind Supplies Ltd"""),
  i="D", n="covering colleague: already credited (credit note attached)")

M(d="2025-12-23", fr="Warehouse - Dale Foods <goodsin@dalefoods.example>", s="RE: INV-41455 - damaged delivery",
  b="""Hello,

I'm the goods-in supervisor at Dale Foods. Our buyer, Karen, asked me to send you the photos from the delivery on the 10th. Of the 40 cases of tray liners, 14 were crushed and soaked through - the pallet had clearly been dropped. I wrote it on the driver's docket at the time.

We need a credit for those 14 cases before purchasing will release payment.

Steve Marsh
Goods In, Dale Foods""",
  att=["damaged_pallet_1.jpg", "damaged_pallet_2.jpg"],
  q=("ol", 4, """Dear Karen,

INV-41455 for £1,320.00 (40 cases tray liners) is now overdue. Please advise when it will be paid.

Greenfold Packaging"""),
  cr="gf",
  i="D", n="goods-in supervisor writing for buyer: damaged goods, photos attached; conditional on credit")

M(d="2026-01-15", fr="Arden Homes Accounts <accounts@ardenhomes.example>", s="Re: Arden Lettings - invoice INV-42544",
  b="""Good afternoon,

Arden Lettings changed its name to Arden Homes in 2024 - same company, same registration number, so the name on your invoice isn't the issue.

The issue is that the invoice is for end-of-tenancy cleaning at 12 Farrow Road, and we have never managed that property. I think you have confused us with Arden Residential, who are a different firm entirely.

Regards,
Nikita Shah
Accounts, Arden Homes""",
  q=("gm", 6, """Dear Arden Lettings,

INV-42544 for £295.00 (end of tenancy clean, 12 Farrow Road) is now overdue. Please arrange payment.

Kestrel Facilities Services"""),
  cr="ks",
  i="D", n="HARD: renamed company; the rename isn't the problem - never managed the property -> dispute")

M(d="2026-01-26", fr="Facilities Desk <facilities@northgate-college.example>", s="RE: INV-42870 - boiler call-out",
  b="""Hello,

Our site manager Gordon has asked me to raise this with you. Could you explain why we've been charged the full day rate of £720 when your engineer was only on site for about two hours on the 14th? Our visitor log shows him signing in at 10:05 and out at 12:10.

Thanks,
Priyanka
Facilities Coordinator, Northgate College""",
  q=("ol", 5, """Dear Northgate College,

INV-42870 for £720.00 (emergency boiler call-out, full day) is now overdue. Please advise when it will be paid.

Kestrel Facilities Services"""),
  cr="ks",
  i="D", a="720.00 GBP", n="HARD: phrased as a question but contests the charge -> dispute")

M(d="2026-02-12", fr="Sandra Pickles <sandra@picklesengineering.example>", s="RE: INV-43926",
  b="""Hi,

Mr Pickles has asked me to let you know that we will not be paying this invoice until the replacement bearings arrive. The original ones were the wrong bore size and we sent them back three weeks ago.

Sandra Pickles
Office Manager""",
  q=("ol", 3, """Dear Mr Pickles,

INV-43926 for £578.00 is now overdue. Please let us know when we can expect payment.

Northwind Supplies Ltd"""),
  i="D", n="HARD: 'will not be paying until' replacements arrive -> dispute (negated conditional)")

M(d="2026-02-17", fr="Owen Price <owen@priceandmorgan-accountants.example>", s="Re: INV-44030 - Little Acorns Nursery",
  b="""Hi,

I'm the accountant for Little Acorns Nursery. They asked me to check this before they pay. You've charged VAT at 20% on the children's car seat covers and the nappies, which are zero-rated.

They're happy to pay once you send a corrected invoice with the VAT taken off those lines.

Owen Price""",
  q=("gm", 5, """Dear Little Acorns,

INV-44030 for £864.00 is now overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="D", n="HARD: accountant: wrong VAT; pay once corrected -> dispute (conditional on fix)")

M(d="2026-03-06", fr="Group Legal & Finance <legal.finance@stoneleigh-holdings.example>", s="RE: Stoneleigh Fabrication Ltd - outstanding invoice",
  b="""Dear Sirs,

We write on behalf of Stoneleigh Holdings plc, the former parent of Stoneleigh Fabrication Ltd.

Stoneleigh Fabrication Ltd ceased trading in June 2025 and was dissolved in December. All of its trade creditors were settled in full at closure and we hold a final supplier statement from your company showing a nil balance as at 30 June 2025.

We therefore do not accept that any amount is owed and would ask you to close this account.

Yours faithfully,
Group Legal & Finance
Stoneleigh Holdings plc""",
  q=("ol", 10, """Dear Stoneleigh Fabrication,

Invoice INV-45020 for £3,112.00 remains unpaid. Please arrange settlement.

Northwind Supplies Ltd"""),
  i="D", n="former parent company: subsidiary dissolved, creditors settled, nil statement -> dispute")

M(d="2026-03-22", fr="Clare Bishop <clare.bishop@gmail.example>", s="Re: Extended warranty - INV-45701",
  b="""Hello,

I'm writing on behalf of my father, Ken Bishop, who is 84 and asked me to deal with this.

He never agreed to an extended warranty. He says someone rang him about his new printer and kept talking until he said "fine" just to get them off the phone. He didn't understand he was buying anything. Please cancel the £349 charge - he will not be paying it.

Clare Bishop""",
  q=("gm", 7, """Dear Mr Bishop,

Our records show invoice INV-45701 for £349.00 (3-year printer cover) is now past due. Please arrange payment.

Northwind Supplies Ltd"""),
  i="D", a="349.00 GBP", n="daughter disputes a warranty sold to elderly father by phone")

M(d="2026-04-03", fr="Julie Forsyth <julie@forsythkitchens.example>", s="RE: INV-46790 balance",
  b="""Hi,

Our MD asked me to pick this one up. We agreed a fixed quote of £1,800 for the showroom deep clean and paid that in full last week. The extra £240 'out-of-hours surcharge' on the invoice was never mentioned, let alone agreed - your team chose to come in on the Sunday.

We won't be paying the surcharge.

Julie Forsyth
Office Manager, Forsyth Kitchens""",
  q=("ol", 3, """Dear Forsyth Kitchens,

Thank you for your payment of £1,800.00. A balance of £240.00 remains outstanding on INV-46790. Please arrange payment.

Kestrel Facilities Services"""),
  cr="ks",
  i="D", a="240.00 GBP", n="HARD: quoted amount already paid, surcharge contested -> dispute, amount = £240")

M(d="2026-04-19", fr="Brian Tolley <secretary@elmcourt-residents.example>", s="Re: Elm Court communal cleaning - March invoice",
  b="""Dear Kestrel,

I am the secretary of the Elm Court residents' committee; our chair has asked me to respond to your reminder.

Residents have complained repeatedly about the standard of the communal cleaning in March. Stairwells B and C were not mopped for three weeks running, the bin store was not touched, and your cleaner was seen leaving after twenty minutes on at least two occasions. The committee has resolved not to pay the March invoice in full until we meet with your area manager.

Yours sincerely,
Brian Tolley
Hon. Secretary""",
  q=("gm", 6, """Dear Elm Court Residents,

Invoice INV-47602 for communal cleaning in March (£540.00) is now overdue. Please arrange payment.

Kestrel Facilities Services"""),
  cr="ks",
  i="D", n="residents' committee secretary: poor work, won't pay in full")

M(d="2026-05-08", fr="Zara Mensah <zara@ravenhill-gin.example>", s="Re: INV-48702 - packaging design",
  b="""Hi Bright Pixel team,

I'm the marketing assistant at Ravenhill. Tom (our MD) asked me to reply as he's travelling.

Tom never signed off the final bottle label designs. In the last call he was clear the rounds two and three weren't usable and we'd agreed to pause the project. We're not going to pay for a final-stage invoice on designs we haven't approved.

Thanks,
Zara""",
  q=("gm", 9, """Hi Tom,

Hope all's well! INV-48702 (£2,400.00, label design - final stage) is now a couple of weeks overdue. Could you let us know when it'll be paid?

Cheers,
Bright Pixel Studio"""),
  cr="bp",
  i="D", n="marketing assistant for MD: designs never approved, project paused")

M(d="2026-05-25", fr="Accounts Payable <ap@pinnaclecare-group.example>", s="RE: Invoice 49260 past due - Pinnacle Care Westfield",
  b="""Hello,

Pinnacle Care corporate AP processes invoices for the Westfield facility.

Westfield returned the full shipment on this invoice (12 cases of exam-table paper, wrong width) under RMA 88213 on April 30. UPS shows it delivered back to your warehouse on May 4. This invoice should be credited in full; please send the credit memo to this mailbox.

Thank you,
Luis Ortega
Accounts Payable, Pinnacle Care Group""",
  q=("gmus", 6, """Hello,

Invoice 49260 for $1,146.00 is now past due. Please let us know when payment will be issued.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="corporate AP for a facility: goods returned under RMA, credit expected")

M(d="2026-06-13", fr="Nick Adeyemi <nick@adeyemiplastering.example>", s="Re: INV-50688",
  to="Northwind Supplies Ltd <accounts@northwind-supplies.example>",
  hdr={"Cc": "Greg Summers <greg@adeyemiplastering.example>"},
  b="""Hi,

I've checked with Greg who runs the yard (cc'd). He confirms we never got the second delivery on this invoice - the 30 bags of multi-finish. It's not on any docket and there's no sign of it.

Pay for what arrived, yes. The other 30 bags, no.

Nick""",
  q=("gm", 3, """Hi Nick,

INV-50688 for £876.00 (60 bags multi-finish, two deliveries) is overdue. Could you let us know when it'll be paid?

Northwind Supplies Ltd"""),
  i="D", n="owner with colleague in Cc: part of the goods never received")

M(d="2026-07-03", fr="Office of the MD <md.office@kellett-group.example>", s="RE: Late payment fee - INV-51690",
  b="""Dear Northwind,

Ms Kellett asked me to respond. Invoice INV-51690 itself was paid the same day we received it. It only reached us late because you kept sending it to kellettcarpets@, a mailbox that was closed when we merged into Kellett Group last year - we wrote to you about the new address in January.

We won't be paying the £40 late payment fee and would ask you to remove it.

Kind regards,
Harriet Lowe
Office of the Managing Director, Kellett Group""",
  q=("om", 5, """Dear Kellett Carpets,

A late payment fee of £40.00 has been applied to your account in respect of INV-51690. Please arrange payment.

Northwind Supplies Ltd"""),
  i="D", a="40.00 GBP", n="HARD: invoice paid, late fee contested (sent to old pre-merger mailbox) -> dispute, amount £40")

M(d="2026-07-20", fr="Dominic Walsh <d.walsh@harcourtlogistics.example>", s="RE: INV-52180 - consultancy hours",
  b="""Hi,

I've passed your email to our finance director, Joanna Pike, who will reply properly.

For the record though, we don't accept the 46 hours billed for the warehouse signage project. Your own weekly updates add up to 28, and that's what I'd sign off.

Dominic Walsh
Operations Manager""",
  q=("ol", 4, """Dear Dominic,

INV-52180 for £3,450.00 (signage design and artwork, 46 hours) is now overdue. Please let us know when it will be paid.

Harbour Lane Print Co"""),
  cr="hl",
  i="D", n="HARD: 'passed to FD who will reply' would be ignore, but he states a stance: hours contested -> dispute")

M(d="2026-08-13", fr="Anja Kessler <a.kessler@moosbrugger-bau.example>", s="AW: Zahlungserinnerung INV-53440",
  b="""Dear Mr Weber,

I write for our purchasing department, because Mr Moosbrugger is on vacation.

The delivery of 28 July was not complete. The delivery note lists 18 pallets, but only 15 pallets arrived at our site in Dornbirn. Our site foreman noted this on the CMR. Please send a corrected invoice for 15 pallets, then we will pay it.

Kind regards
Anja Kessler
Moosbrugger Bau GmbH""",
  q=("de", 6, """Sehr geehrter Herr Moosbrugger,

die Rechnung INV-53440 über 9.180,00 EUR ist überfällig. Wir bitten um Ausgleich.

Mit freundlichen Grüßen
Lukas Weber
Alpenrose Logistik GmbH"""),
  cr="al",
  i="D", n="assistant writes for purchasing: 3 pallets short; pay once corrected -> dispute")

M(d="2026-08-24", fr="Receiving <receiving@oldmillgallery.example>", s="Re: INV-53790",
  b="""Hello, our director asked me to reply. We refused this delivery when it arrived - the frames were smashed in the boxes and the driver took them back with him. We have not kept any of it so we don't owe anything for this invoice.

Thanks
Connor, Old Mill Gallery""",
  q=("gm", 3, """Hello,

INV-53790 (£1,128.00, framed prints) is now overdue. Please arrange payment.

Harbour Lane Print Co"""),
  cr="hl",
  i="D", n="delivery refused as damaged; staff writing for director")

M(d="2026-09-17", fr="Kara Sullivan <kara.sullivan@bellhavenmedical.example>", s="RE: Agency cleaning - August invoice INV-54905",
  b="""Dear Kestrel,

I handle supplier invoices for the Bellhaven practice manager. We have been billed for 40 hours of agency cleaning in August, but the timesheets signed by our site manager show 32 hours. Copies attached.

Please issue a revised invoice for 32 hours.

Kind regards,
Kara Sullivan
Administration, Bellhaven Medical Centre""",
  att=["timesheets_august.pdf"],
  q=("ol", 5, """Dear Bellhaven Medical Centre,

INV-54905 (£820.00, agency cleaning, 40 hours) is now overdue. Please arrange payment.

Kestrel Facilities Services"""),
  cr="ks",
  i="D", n="admin: hours billed exceed signed timesheets; revised invoice requested")

M(d="2026-10-09", fr="Procurement <procurement@wrenfieldcare.example>", s="RE: Wrenfield Care - September invoices",
  b="""Hello,

Since Ashby Care Homes merged into Wrenfield Care in July, you have been invoicing the former Ashby homes at your standard list prices. Ashby had a contract price schedule with you (attached) that runs until March 2027, and the merger agreement transferred that contract to us.

The September invoices are roughly 18% above the contract prices. Please reissue them at the agreed rates; we'll pay promptly once you do.

Regards,
Faye Collins
Procurement Manager, Wrenfield Care""",
  att=["Ashby_price_schedule.pdf"],
  q=("ol", 4, """Dear Wrenfield Care,

The following September invoices are overdue: INV-55602, INV-55603, INV-55610. Please arrange payment.

Northwind Supplies Ltd"""),
  i="D", n="HARD: merged company: invoiced at list price instead of the inherited contract price; pay once reissued -> dispute")

M(d="2026-10-30", fr="Practice Reception <reception@bridgewaydental.example>", s="Re: INV-56610 overdue",
  b="""Hi there,

I'm on reception - our practice manager has asked me to reply. We sent back the two boxes of nitrile gloves from this invoice (wrong size, mediums instead of larges) with your driver on the 6th and he gave us a returns slip. We haven't had a credit for them yet, so this invoice shouldn't be showing as owed.

Thanks,
Amy
Bridgeway Dental""",
  q=("gm", 4, """Hi,

INV-56610 (£96.00, 2 boxes nitrile gloves) is now overdue. Could you arrange payment?

Northwind Supplies Ltd"""),
  i="D", n="receptionist: goods returned, not credited")

M(d="2026-11-03", fr="Paula Hendry <paula.hendry@cromartyinsurance.example>", s="RE: Office cleaning - October invoice",
  b="""Hi,

I've just joined Cromarty as office manager and have picked up this reminder. From the file, my predecessor gave written notice on 28 August to end the cleaning contract on 30 September - your account manager acknowledged it on 1 September (both emails attached).

No cleaning was done in October, so the October invoice INV-56880 should not have been raised. Please cancel it.

Paula Hendry
Office Manager""",
  att=["notice_and_acknowledgement.pdf"],
  i="D", n="new office manager: contract terminated with notice; invoice raised after end")

M(d="2026-11-25", fr="Jo Pennington <office@penningtonmotors.example>", s="Re: INV-57740",
  b="""Not ours - that order was cancelled the same day. Jo (office)""",
  q=("gm", 2, """Hi,

INV-57740 (£318.00) is overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="D", n="short: cancelled order")

M(d="2025-08-09", fr="Fiona Gallagher <fiona.gallagher@yahoo.example>", s="Re: Annual hosting renewal - INV-36155",
  b="""Hi,

Why has my mother been invoiced for another year of website hosting? She closed her pottery business in March and I phoned you myself to cancel everything - I spoke to a man called Rob. She's 79 and really worried by your reminder letters.

Fiona Gallagher (on behalf of Maureen Gallagher)""",
  q=("gm", 10, """Dear Maureen,

Your website hosting renewal INV-36155 (£180.00) is now overdue. Please pay to avoid the site being switched off.

Bright Pixel Studio"""),
  cr="bp",
  i="D", n="HARD: daughter asks 'why' but contests a renewal after cancellation -> dispute")

M(d="2025-10-05", fr="Ellie Kwan <ellie@kwanphysio.example>", s="Re: INV-38010",
  b="""Hi,

Amanda asked me to come back to you on this. The quote she accepted for the clinic leaflets was £1,600. Your invoice is for £2,000 and she's not prepared to pay the extra £400 unless someone can show her where that was agreed.

Ellie
Clinic Coordinator, Kwan Physiotherapy""",
  q=("gm", 4, """Hi Amanda,

INV-38010 for £2,000.00 (clinic leaflets and appointment cards) is now overdue. Please let us know when you'll be able to pay.

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="D", a="400.00 GBP", n="HARD: coordinator relays refusal to pay the £400 above quote; amount = contested excess")


# ---------------------------------------------------------------- already_paid
M(d="2025-02-24", fr="Gail Fenton <gail@fentonbookkeeping.example>", s="Re: INV-12855 - Heron Plumbing & Heating",
  b="""Hi,

I'm the bookkeeper for Heron Plumbing & Heating. I paid this on Friday on their behalf - £742.50 by Faster Payment, reference HERON INV-12855. Remittance attached.

Gail Fenton
Fenton Bookkeeping""",
  att=["remittance_heron.pdf"],
  q=("gm", 3, """Dear Heron Plumbing,

INV-12855 (£742.50) is now overdue. Please arrange payment or let us know if there's a problem.

Northwind Supplies Ltd"""),
  i="A", a="742.50 GBP", n="bookkeeper paid on client's behalf, remittance attached")

M(d="2025-03-03", fr="Kavita Desai <kavita.desai@pateloptometrists.example>", s="RE: Invoice INV-24110",
  b="""Good afternoon,

Mr Patel asked me to let you know that this was paid by bank transfer this morning. It should reach you by the end of the day.

Kind regards,
Kavita Desai
Practice Administrator, Patel Optometrists""",
  q=("ol", 2, """Dear Mr Patel,

Invoice INV-24110 for £1,306.00 is now 21 days overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="A", n="practice administrator confirms transfer made this morning (in transit, still already made)")

M(d="2025-03-14", fr="Kath Hughes <kath.hughes@talktalk.example>", s="Re: Hughes Landscaping - INV-25290",
  b="""Hello,

This is Kath, Dean's wife. I paid this from our joint account last Thursday because Dean was away on a job, so it'll show as K HUGHES on your statement rather than the business name. Sorry for any confusion.

Kath""",
  q=("gm", 2, """Hi Dean,

We haven't received payment for INV-25290 (£415.00, turf and topsoil). Could you look into it?

Thanks,
Northwind Supplies"""),
  i="A", n="spouse paid from joint account under her name")

M(d="2025-04-04", fr="SSC Accounts Payable <ssc.ap@norrhagen-group.example>", s="AW: Zahlungserinnerung INV-27601 - Norrhagen Deutschland GmbH",
  b="""Dear Sir or Madam,

The Norrhagen Shared Service Centre processes payments for Norrhagen Deutschland GmbH.

Your invoice INV-27601 was paid on 02.04.2025 in payment run 4471. Amount: EUR 7,315.00. Please find the remittance advice attached. The payer name on your bank statement will be "Norrhagen Finance Services AB".

Best regards,
Accounts Payable
Norrhagen Shared Service Centre, Gdańsk""",
  att=["remittance_4471.pdf"],
  q=("de", 4, """Sehr geehrte Damen und Herren,

zu unserer Rechnung INV-27601 über 7.315,00 EUR konnten wir noch keinen Zahlungseingang feststellen.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH"""),
  cr="al",
  i="A", a="7315.00 EUR", n="shared-service centre: paid in a payment run, payer name differs")

M(d="2025-04-30", fr="Ingrid Solberg <ingrid.solberg@halvorsenholdings.example>", s="RE: Halvorsen Marine UK - INV-28404",
  b="""Hi,

The UK subsidiary forwarded your reminder. This invoice was paid by our parent company, Halvorsen Holdings AS, on 22 April, so it will appear under that name and probably with a NOK conversion reference from our bank. Amount was £2,870.00.

Regards,
Ingrid Solberg
Group Accounting, Halvorsen Holdings AS""",
  q=("ol", 3, """Dear Halvorsen Marine UK,

INV-28404 for £2,870.00 (marine-grade fixings) is now overdue. Please advise.

Northwind Supplies Ltd"""),
  i="A", a="2870.00 GBP", n="parent company paid for the UK subsidiary; different payer name")

M(d="2025-05-29", fr="Jordan Ellis <jordan@ellisbrasserie.example>", s="Re: Still unpaid? INV-31788",
  b="""Hi,

I took over as general manager here last week. I've been through what my predecessor left and found the bank confirmation for this one - she paid it on 9 May, just before she left. Screenshot attached. Maybe it went against the wrong invoice on your side?

Jordan Ellis
General Manager, Ellis Brasserie""",
  att=["bank_confirmation.png"],
  q=("gm", 4, """Hi,

INV-31788 (£356.20) still appears to be unpaid. Could you check?

Greenfold Packaging"""),
  cr="gf",
  i="A", n="new GM found predecessor's payment confirmation")

M(d="2025-06-17", fr="Luke Barton <luke@bartonandwise.example>", s="RE: INV-32805",
  b="""Hi Sharon,

Sandra is off this week, but I've had a look in Xero and this was paid on the 4th - £1,128.00 from our Lloyds account.

Luke""",
  q=("gm", 2, """Hi Sandra,

Just checking on INV-32805 (£1,128.00) - it's still showing as open on our side.

Sharon
Greenfold Packaging"""),
  cr="gf",
  i="A", a="1128.00 GBP", n="colleague covering checks ledger: paid on the 4th")

M(d="2025-06-23", fr="Naomi Fletcher <naomi@fletchercoffee.example>", s="Re: INV-33440 overdue",
  to="Northwind Supplies Ltd <accounts@northwind-supplies.example>, Mo Rahman <mo@fletchercoffee.example>",
  b="""Mo - can you send them the remittance for this one please?

Northwind - this went out last Thursday, so I think it's just crossed with your reminder.

Naomi""",
  q=("gm", 1, """Hi Naomi,

INV-33440 (£688.00, coffee cups and lids) is now overdue. Please let us know when it'll be paid.

Thanks,
Northwind Supplies Ltd"""),
  i="A", n="reply-all: asks colleague to send remittance, tells us it was paid last Thursday")

M(d="2025-08-26", fr="Executive Office <exec.office@harlanpartners.example>", s="RE: Invoice #36702 - Second notice",
  b="""Good morning,

On behalf of Mr. Harlan, could you please confirm that you received our payment of $3,120.00? It was sent by ACH on August 19.

Thank you,
Rosalind Tate
Executive Assistant, Harlan Partners LLC""",
  q=("gmus", 2, """Dear Mr. Harlan,

This is a second notice that Invoice #36702 for $3,120.00 remains unpaid.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="3120.00 USD", n="'please confirm you received our payment' -> already_paid; EA writing")

M(d="2025-09-05", fr="Rev. Peter Adair <treasurer@hollybankbaptist.example>", s="Re: Invoice INV-37015",
  b="""Dear Harbour Lane,

I'm the church treasurer. I posted a cheque for £268.00 to your Falmouth address on Tuesday, so it should be with you any day. Apologies for the delay - our administrator has been unwell.

Every blessing,
Peter Adair""",
  q=("gm", 5, """Dear Hollybank Baptist Church,

INV-37015 (£268.00, harvest festival posters and orders of service) is now overdue.

Harbour Lane Print Co"""),
  cr="hl",
  i="A", a="268.00 GBP", n="treasurer posted cheque Tuesday")

M(d="2025-10-17", fr="Accounts <accounts@bellweatherstudio.example>", s="Re: Bellweather Design Ltd - INV-38260",
  b="""Hi,

Just to clear up any confusion - we renamed from Bellweather Design Ltd to Bellweather Studio Ltd in August (same company number). The payment on 3 October came from the Bellweather Studio account, which might be why it didn't match up on your side. It was £950.00 with reference 38260.

Thanks,
Tom
Bellweather Studio""",
  q=("gm", 5, """Dear Bellweather Design Ltd,

INV-38260 for £950.00 is now overdue. Please arrange payment.

Bright Pixel Studio"""),
  cr="bp",
  i="A", a="950.00 GBP", n="HARD: renamed company paid under new name -> already_paid (not question/ignore)")

M(d="2025-11-13", fr="Brenda Coyle <brenda@coyleandsons.example>", s="RE: INV-39490 overdue",
  b="""Hi,

We paid this on the 3rd, but I've just noticed you've changed banks. Our accounts assistant used the Barclays details from your old invoices, not the new ones on this letter. Please can you check it reached you?

Brenda Coyle
Director, Coyle & Sons""",
  q=("ol", 3, """Dear Coyle & Sons,

INV-39490 (£1,775.00) is now overdue. Please note our new bank details below.

Northwind Supplies Ltd"""),
  i="A", n="HARD: paid to old bank details, asks to check -> still already_paid")

M(d="2025-12-19", fr="Martin Eades <martin@eadesaccounts.example>", s="Re: Two invoices - Willow Cottage B&B",
  b="""Good afternoon,

On behalf of our client Willow Cottage B&B: we paid INV-41120 and INV-41388 together on Wednesday in a single transfer of £1,486.20.

Regards,
Martin Eades
Eades Accountancy""",
  q=("gm", 4, """Dear Willow Cottage,

INV-41120 (£812.00) and INV-41388 (£674.20) are both now overdue. Please arrange payment.

Greenfold Packaging"""),
  cr="gf",
  i="A", a="1486.20 GBP", n="accountant paid two invoices in one transfer; amount = total")

M(d="2026-01-05", fr="Gemma Pratt <gemma.pratt@lowfieldnursery.example>", s="Re: Reminder - INV-42385",
  b="""Hello,

Happy new year! I've just got back from two weeks' leave and saw your reminder. I set this payment up before I went off and it left our account on 22 December - it must have crossed with your email.

Gemma
Lowfield Plant Nursery""",
  q=("gm", 9, """Hello,

A reminder that INV-42385 (£403.80) is now due. Thank you!

Greenfold Packaging"""),
  cr="gf",
  i="A", n="back from leave: payment left before she went")

M(d="2026-02-09", fr="Nia Howells <nia.howells@howellsandco-accountants.example>", s="RE: INV-43905 - Mr R. Fairhurst",
  b="""Dear Sir/Madam,

Our client Mr Fairhurst has passed your reminder to us. Payment of £2,050.00 was made from our client account on 5 February, with the reference FAIRHURST. It may not be obvious on your statement that it relates to him.

Yours faithfully,
Nia Howells
Howells & Co Chartered Accountants""",
  q=("ol", 2, """Dear Mr Fairhurst,

INV-43905 for £2,050.00 (event cleaning) remains unpaid. Please arrange payment.

Kestrel Facilities Services"""),
  cr="ks",
  i="A", a="2050.00 GBP", n="accountant paid from their client account")

M(d="2026-02-16", fr="Rob Halloran <rob@hallorankitchens.example>", s="Fwd: Payment confirmation - Northwind",
  b="""Hi,

Forwarding Lucy's confirmation below - this was paid on Friday. Can you update your system please?

Rob

---------- Forwarded message ---------
From: Lucy Halloran <lucy@hallorankitchens.example>
Date: Fri, 13 Feb 2026 at 15:02
Subject: Payment confirmation - Northwind
To: Rob Halloran <rob@hallorankitchens.example>

Done - £1,392.00 to Northwind for INV-44118, ref HALLORAN.
L""",
  i="A", a="1392.00 GBP", n="forwarded colleague's payment confirmation")

M(d="2026-03-07", fr="Ed Marsh <ed@marshjoinery.example>", s="Re: INV-45104",
  b="""Paid by Jan on Friday. Ed""",
  q=("gm", 1, """Ed,

INV-45104 (£505.00) is overdue. Please pay.

Northwind"""),
  i="A", n="short: paid by colleague Friday (Saturday message)")

M(d="2026-03-15", fr="Aimee Clarke <aimee@clarkeva.example>", s="Re: Invoice INV-45390",
  b="""Hi there,

I'm the VA for Jonathan Rees. I paid your invoice yesterday afternoon by card through your payment link. Could you send a receipt for his records please?

Thanks!
Aimee
Clarke Virtual Assistance""",
  q=("gm", 3, """Hi Jonathan,

Just a reminder that INV-45390 (£225.00, portrait session prints) is overdue. You can pay online via the link on the invoice.

Harbour Lane Print Co"""),
  cr="hl",
  i="A", n="HARD: VA paid yesterday and asks for a receipt -> already_paid (receipt request is secondary)")

M(d="2026-04-11", fr="Joanna Lund <joanna@lundfitness.example>", s="Re: INV-46602 - payment",
  b="""Hi Martin,

Following on from Dan's email below - this has now gone, £880 transferred this morning.

Joanna
Lund Fitness

> On Tue, 7 Apr 2026 at 10:14, Dan Lund <dan@lundfitness.example> wrote:
> Hi Martin, sorry, we'll pay INV-46602 on Friday.
> Dan""",
  q=("gm", 6, """Hi Dan,

INV-46602 (£880.00, gym mats and foam rollers) is now overdue. Please let me know when to expect it.

Martin
Credit Control, Northwind Supplies Ltd"""),
  i="A", a="880.00 GBP", n="HARD: colleague's promise only in quoted history; new text says paid -> already_paid")

M(d="2026-04-24", fr="Reception <reception@willowbankvets.example>", s="Re: INV-47370",
  b="""Hi, this is Fran on reception. Our practice manager asked me to phone your accounts team this morning and I paid it by card over the phone - the lady I spoke to was called Priya. Thanks!""",
  q=("gm", 1, """Hello,

INV-47370 (£164.00) is now overdue. Please let us know when it will be paid.

Northwind Supplies Ltd"""),
  i="A", n="receptionist paid by card over the phone")

M(d="2026-05-19", fr="Office of Mr Adeyinka <pa@adeyinka-law.example>", s="RE: Invoice INV-48810",
  b="""Dear Bright Pixel,

Mr Adeyinka has asked me to let you know that I settled this invoice on his behalf via your client portal on Friday. The portal showed a confirmation number, BP-77120.

Kind regards,
Olu Bankole
PA to Mr T. Adeyinka""",
  q=("gm", 5, """Dear Mr Adeyinka,

INV-48810 (£1,450.00, brochure design) is now overdue. You can pay via our client portal.

Bright Pixel Studio"""),
  cr="bp",
  i="A", n="PA paid through portal; confirmation number not an invoice ref")

M(d="2026-06-16", fr="Amrit Sandhu <amrit@dalehousecarehome.example>", s="RE: INV-50370 - outstanding",
  b="""Hello,

Mrs Dale is away until next week. In the meantime our accounts team paid £500.00 towards this invoice today, which was the limit I'm allowed to authorise. She'll be in touch about the balance when she's back.

Amrit Sandhu
Deputy Manager, Dale House Care Home""",
  q=("ol", 4, """Dear Mrs Dale,

INV-50370 for £1,640.00 (continence products) is now overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="A", a="500.00 GBP", n="HARD: deputy paid £500 part-payment today; no promise or request for the rest -> already_paid")

M(d="2026-07-06", fr="Remittance Advice <remittances@brackwell-group.example>", s="Remittance advice - payment 2026-0622",
  b="""REMITTANCE ADVICE

Payer: Brackwell Group Services Ltd, on behalf of Brackwell Leisure Ltd
Payment date: 02/07/2026
Payment reference: 2026-0622

INV-50911    £1,204.00
INV-51026    £698.50
INV-51140    £2,116.30
Total paid:  £4,018.80

This is an automatically generated remittance. Please do not reply.""",
  html="""<p><b>REMITTANCE ADVICE</b></p>
<p>Payer: Brackwell Group Services Ltd, on behalf of Brackwell Leisure Ltd<br>Payment date: 02/07/2026<br>Payment reference: 2026-0622</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:12px">
<tr><th>Invoice</th><th>Amount</th></tr>
<tr><td>INV-50911</td><td>&pound;1,204.00</td></tr>
<tr><td>INV-51026</td><td>&pound;698.50</td></tr>
<tr><td>INV-51140</td><td>&pound;2,116.30</td></tr>
<tr><td><b>Total paid</b></td><td><b>&pound;4,018.80</b></td></tr></table>
<p style="color:#888">This is an automatically generated remittance. Please do not reply.</p>""",
  fmt="html", noref=1,
  i="A", a="4018.80 GBP", n="HTML remittance from group services company paying for a subsidiary; amount = total")

M(d="2026-07-27", fr="Petra Lindner <p.lindner@hofer-moebel.example>", s="AW: Zahlungserinnerung INV-52402",
  b="""Dear Ms Huber,

I answer for Mr Hofer, who is on holiday. The invoice INV-52402 was paid on 21 July, amount 3.480,00 EUR. The payment came from our new account at Raiffeisenbank because we changed bank in June. Maybe this is why you did not find it.

Kind regards
Petra Lindner
Hofer Möbel GmbH""",
  q=("de", 3, """Sehr geehrter Herr Hofer,

für die Rechnung INV-52402 über 3.480,00 EUR ist noch kein Zahlungseingang zu verzeichnen.

Mit freundlichen Grüßen
Sabine Huber
Alpenrose Logistik GmbH"""),
  cr="al",
  i="A", a="3480.00 EUR", n="assistant writes for owner on holiday: paid 21 July from new bank")

M(d="2026-08-09", fr="Julie Brennan <julie.brennan@gmail.example>", s="Re: INV-53310",
  b="""Hiya, this is Shaun's partner. He says he paid this in cash to your driver when the last delivery came, he's got the receipt in the van somewhere. He'll dig it out tomorrow and send a photo.

Julie x

Sent from my Samsung Galaxy smartphone.""",
  q=("and", 2, """Hi Shaun,

INV-53310 (£146.00) is showing unpaid. Could you let us know when you'll pay?

Northwind Supplies Ltd"""),
  i="A", n="partner says paid in cash to driver; sending receipt photo tomorrow isn't a payment promise")

M(d="2026-08-28", fr="Victoria Blake <victoria@blakeinteriors.example>", s="RE: Blake Interiors - INV-53650",
  b="""Hi,

I'm the office manager at Blake Interiors. Our bank statement shows this payment cleared on 25 August - £2,310.00 to Harbour Lane Print Co, reference INV-53650. Statement extract attached.

Thanks,
Victoria""",
  att=["statement_extract.pdf"],
  q=("ol", 3, """Dear Blake Interiors,

INV-53650 for £2,310.00 (sample books and swatch cards) is now overdue.

Harbour Lane Print Co"""),
  cr="hl",
  i="A", a="2310.00 GBP", n="office manager: cleared on bank statement")

M(d="2026-09-02", fr="Jess Moreno <jess@morenoadmin.example>", s="Re: Invoice #54480 past due",
  b="""Hi! I manage the inbox for Coastline Surf School. I sent this through PayPal on Saturday, $640, to the billing@ address on your invoice. It shows as completed on our end.

Jess""",
  q=("gmus", 3, """Hi,

Invoice #54480 for $640.00 is past due. Please remit at your earliest convenience.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="640.00 USD", n="inbox manager paid via PayPal Saturday")

M(d="2026-09-26", fr="Hayley Moss <hayley@moss-electrical.example>", s="Re: INV-55180 unpaid",
  b="""Hi,

Our bookkeeper paid this on the 15th, but she's told me she put our PO number (PO 7731) as the reference instead of the invoice number, so that's probably why you can't match it. It was the full £1,062.00.

Hayley
Moss Electrical""",
  q=("gm", 4, """Hi Hayley,

We haven't been able to find payment for INV-55180 (£1,062.00). Could you check?

Northwind Supplies Ltd"""),
  i="A", a="1062.00 GBP", n="HARD: paid with PO as reference; not a question")

M(d="2026-10-18", fr="Sam <sam@torrenceauto.example>", s="Re: INV-56200",
  b="""Paid - from our side anyway. Our office tried to tell you last week but your email bounced.

Sam""",
  q=("gm", 1, """Hi Sam,

INV-56200 (£372.00) is still showing unpaid. Please arrange payment.

Northwind Supplies Ltd"""),
  i="A", n="short; paid, colleague's notice bounced")

M(d="2026-10-20", fr="Carla Dimitriou <carla.dimitriou@vistarealty.example>", s="RE: Invoice #56245 - Vista Realty",
  to="Meridian Billing <billing@meridian-office.example>, Greg Hoffman <greg@vistarealty.example>, Finance <finance@vistarealty.example>",
  b="""Hi all,

Just to close the loop on this thread - Finance confirms the ACH transfer of $4,400.00 went out yesterday. Greg, nothing more needed from you.

Carla Dimitriou
Office Manager, Vista Realty""",
  q=("gmus", 4, """Hello Greg,

Invoice #56245 for $4,400.00 (office furniture, Suite 300) is now past due. Please let us know the status.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="4400.00 USD", n="group thread: office manager closes loop, finance paid yesterday")

M(d="2025-01-20", fr="Sanne de Vries <s.devries@vandijkholding.example>", s="RE: Van Dijk Horeca UK - INV-11650",
  b="""Dear Sir/Madam,

Our UK branch forwarded your reminder to me at the head office in Rotterdam. This invoice was paid by Van Dijk Holding BV on 15 January, amount €1,935.00 - the remitter name on your statement will be our holding company, not the UK branch.

Met vriendelijke groet,
Sanne de Vries
Crediteurenadministratie, Van Dijk Holding BV""",
  q=("nl", 5, """Dear Van Dijk Horeca UK,

INV-11650 for €1,935.00 is now overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="A", a="1935.00 EUR", n="Dutch holding company paid for its UK branch")

M(d="2025-02-26", fr="Rugby Club Treasurer <treasurer@ashworthrfc.example>", s="Re: Kit bags invoice INV-12930",
  b="""Hi, club treasurer here - our fixtures secretary passed this on. Paid by BACS last night, sorry it's late, I only get to the club's banking once a week.

Gareth""",
  q=("gm", 6, """Hello,

INV-12930 (£460.00, printed kit bags) is now overdue. Please could you arrange payment?

Greenfold Packaging"""),
  cr="gf",
  i="A", n="volunteer treasurer paid last night")

M(d="2026-11-24", fr="Hollie Dawson <hollie@dawsonsdeli.example>", s="Re: INV-57815",
  b="""Hi,

I'm off from tomorrow for a fortnight but wanted to let you know before I go that Andy paid this first thing this morning. If there's any problem with it, please speak to him while I'm away (andy@dawsonsdeli.example).

Hollie""",
  q=("gm", 2, """Hi Hollie,

INV-57815 (£279.60) is now overdue. Could you let us know when it will be paid?

Greenfold Packaging"""),
  cr="gf",
  i="A", n="HARD: reads like an out-of-office but is a real reply: colleague paid this morning -> already_paid")

M(d="2025-05-10", fr="Accounts Assistant <accounts@quillandfeather.example>", s="RE: INV-31260 overdue - second reminder",
  b="""Hello,

I think you've got this one wrong - we paid it on 3 June... sorry, 3 May! Remittance attached. Our director asked me to ask you to stop the reminders as they're going to her personally.

Regards,
Dani
Accounts Assistant, Quill & Feather""",
  att=["remittance.pdf"],
  q=("ol", 3, """Dear Quill & Feather,

This is a second reminder that INV-31260 (£598.00) remains unpaid.

Harbour Lane Print Co"""),
  cr="hl",
  i="A", n="HARD: 'you've got this wrong' is about payment status, not the invoice -> already_paid; self-corrected date")


# ---------------------------------------------------------------- question
M(d="2025-01-16", fr="Hasan Yilmaz <hasan.yilmaz@corbridgefoods.example>", s="RE: Overdue invoices - Corbridge Foods",
  b="""Hello,

I've taken over accounts payable from Daniel Reid, who retired at Christmas. His handover notes are, let's say, brief. Before I pay anything could you send me a full statement of every open item on our account, with invoice dates and any payments you've received since October?

Thanks,
Hasan Yilmaz
Accounts Payable, Corbridge Foods""",
  q=("ol", 4, """Dear Daniel,

Please see attached our reminder regarding the overdue items on your account, INV-11780 and INV-11902.

Northwind Supplies Ltd"""),
  i="Q", n="new AP clerk asks for a full statement before paying")

M(d="2025-02-21", fr="Lydia Brennan <lydia@kilnandco.example>", s="Re: Sandfield Pottery - INV-12790",
  b="""Hi,

We changed our name from Sandfield Pottery to Kiln & Co Ltd in January (new company registration too, the old one's being wound up). Our auditors won't let us pay an invoice addressed to the old name. Could you reissue it in the name of Kiln & Co Ltd? I'll get it paid as soon as it arrives.

Lydia
Office Manager, Kiln & Co""",
  q=("gm", 3, """Dear Sandfield Pottery,

INV-12790 (£522.00, kiln shelves and props) is now overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="Q", n="HARD: renamed company needs the invoice reissued before paying; not contesting; pay conditional on document -> question")

M(d="2025-03-11", fr="Denise Holloway <denise@hollowaybooks-keeping.example>", s="Re: Reminder INV-24455",
  b="""Morning,

I'm the bookkeeper for Frome Valley Florist. Sarah's forwarded me your reminder but not the invoice itself - could you send me a copy of INV-24455 please? I'll need it for the VAT return anyway.

Denise""",
  q=("gm", 2, """Hi Sarah,

Quick reminder that INV-24455 is now overdue. Thanks!

Greenfold Packaging"""),
  cr="gf",
  i="Q", n="bookkeeper asks for invoice copy")

M(d="2025-03-25", fr="P2P Helpdesk <p2p.helpdesk@fennickretail.example>", s="RE: Overdue - INV-25402 [Ticket 770129]",
  b="""Dear Supplier,

Fennick Retail's invoices are processed by the Fennick Group P2P team. Invoice INV-25402 has been received but cannot be matched because it does not quote a Fennick purchase order number.

Could you please advise the PO number this invoice relates to (it will begin 45), or the name of the Fennick employee who placed the order, so that we can route it for approval?

Kind regards,
P2P Helpdesk
Fennick Group""",
  q=("ol", 5, """Dear Fennick Retail,

INV-25402 for £1,860.00 is now overdue. Please let us know when payment will be made.

Northwind Supplies Ltd"""),
  i="Q", n="group P2P team needs the PO number; ticket number not an invoice ref")

M(d="2025-04-11", fr="Olivia Thornton <olivia.thornton@aldermanwealth.example>", s="RE: INV-27870",
  b="""Hello,

I'm PA to Mr Alderman and I'm arranging payment of this invoice for him. I have two sets of bank details for you: the ones printed on the invoice (HSBC) and different ones in the letter you sent in March (Starling). Which account should I pay into? I'd rather check than send it to the wrong place.

Many thanks,
Olivia Thornton
PA to Richard Alderman""",
  q=("gm", 4, """Dear Mr Alderman,

INV-27870 for £2,400.00 (office refurbishment, phase 1) is now overdue.

Kestrel Facilities Services"""),
  cr="ks",
  i="Q", n="PA asks which bank account is correct")

M(d="2025-04-17", fr="Martin Keogh <martin@keoghaccounts.example>", s="Re: Mr Patel's invoice INV-28030",
  b="""Hi,

I act for Sunil Patel, who runs his driving school as a sole trader. Could you tell me whether the £480 on this invoice includes VAT? He isn't VAT registered and I need to know how to record it.

Martin Keogh""",
  q=("gm", 3, """Dear Mr Patel,

INV-28030 (£480.00, printed L-plates and leaflets) is now overdue.

Harbour Lane Print Co"""),
  cr="hl",
  i="Q", n="accountant asks whether VAT included; amount null for question")

M(d="2025-05-19", fr="Accounts Payable <ap@westhavenhospitality.example>", s="RE: Past due - Westhaven Inn Portland - Invoice #30570",
  b="""Hi,

Westhaven Inn is one of our properties. Payments for all properties are issued by Westhaven Hospitality Group (the parent), and we can't set you up as a vendor without a current W-9. Could you send a signed W-9 to this address? Once we have it, the invoice can go into the next check run.

Thank you,
Marcy Delgado
AP Coordinator, Westhaven Hospitality Group""",
  q=("gmus", 6, """Hello,

Invoice #30570 for $1,975.00 is past due. Please remit payment.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="parent company AP needs W-9 before paying")

M(d="2025-06-25", fr="Kim Doherty <kim@dohertymechanical.example>", s="RE: INV-33615",
  b="""Hi,

Paul, who approves all our purchases, is off until next Tuesday. I've been asked to look at this in the meantime but I can't find a purchase order for it anywhere. Could you tell me who placed the order and which job it was delivered to?

Thanks,
Kim""",
  q=("gm", 3, """Hi Paul,

INV-33615 (£1,148.00, pipe lagging and brackets) is now overdue.

Northwind Supplies Ltd"""),
  i="Q", n="covering colleague asks who ordered; no stance")

M(d="2025-07-05", fr="Roger Blythe <rogerblythe@btinternet.example>", s="Re: Invoice INV-34900",
  b="""Hello,

My wife Anne runs her bookbinding business from home and is in Portugal for a fortnight. I'm going through her post and emails. Could you tell me what this invoice is for? I can see she paid you something in June and I don't want to pay twice if this is the same thing.

Regards,
Roger Blythe""",
  q=("gm", 3, """Dear Anne,

A reminder that INV-34900 (£136.00) is now overdue.

Harbour Lane Print Co"""),
  cr="hl",
  i="Q", n="HARD: spouse asks what the invoice is for; mentions possible earlier payment without asserting -> question")

M(d="2025-07-22", fr="Craig Walters <craig@walterscarehomes.example>", s="RE: INV-35390 overdue",
  hdr={"Cc": "Anna Kirby <anna@walterscarehomes.example>"},
  b="""Anna (cc) - do we have a PO for this? I don't recognise it.

Northwind - can you tell us who ordered it and which of our homes it went to? We've got four sites and it could be any of them.

Craig""",
  q=("gm", 4, """Dear Walters Care Homes,

INV-35390 (£942.00, disposable aprons and gloves) is now overdue.

Northwind Supplies Ltd"""),
  i="Q", n="HARD: 'don't recognise it' but asks which site/who ordered rather than denying -> question; colleague in Cc")

M(d="2025-08-05", fr="Accounts Payable <ap@holtnorris.example>", s="RE: Norris Engineering - INV-36115",
  b="""Good morning,

Norris Engineering merged with Holt Brothers on 1 July and we now trade as Holt Norris Ltd. Our AP system no longer accepts invoices in the name of Norris Engineering Ltd.

Should we ask you for a reissued invoice in the name of Holt Norris Ltd, or can you tell us how you'd prefer to handle invoices raised before the merger?

Regards,
Accounts Payable, Holt Norris Ltd""",
  q=("ol", 5, """Dear Norris Engineering,

INV-36115 for £2,640.00 is now overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="Q", n="merged company asks how to handle pre-merger invoice addressing")

M(d="2025-08-28", fr="Hamish Reid <hamish@reidcounsel.example>", s="Re: INV-36730",
  b="""Hi,

I'm paying this on behalf of my brother's company, and I'm happy to do it as soon as you send me a UK sort code and account number. The invoice only shows an IBAN and my bank's app won't accept it for a domestic payment.

Hamish""",
  q=("gm", 3, """Dear Mr Reid,

INV-36730 (£590.00) is now overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="Q", n="HARD: promise conditional on receiving sort code -> question")

M(d="2025-09-16", fr="Laura Pike <laura@pikeandsons-dairy.example>", s="Re: INV-37350",
  b="""Hi,

I've just started doing the accounts for the dairy. There's a line on this invoice for a "fuel and handling surcharge" of £38 that I haven't seen on your earlier invoices. What is it for? I'm not querying it, I just need to know which nominal code to put it under.

Laura""",
  q=("gm", 4, """Dear Pike & Sons,

INV-37350 for £714.00 is now overdue.

Greenfold Packaging"""),
  cr="gf",
  i="Q", n="HARD: asks what a surcharge is for, explicitly not querying -> question; amount null")

M(d="2025-10-01", fr="Becky Lowe <becky@lowe-va.example>", s="Re: Invoice INV-38110",
  b="""Hi! I'm Dr Hassan's VA. Can I pay this by card? If so is there a link, or can I call someone?

Becky""",
  q=("gm", 3, """Dear Dr Hassan,

INV-38110 (£310.00, appointment cards) is now due.

Harbour Lane Print Co"""),
  cr="hl",
  i="Q", n="VA asks about card payment")

M(d="2025-10-27", fr="Zoe Marland <zoe@marlandhair.example>", s="Re: Account statement",
  b="""Hello,

I'm the new salon manager. The previous manager set up an online account with you for ordering and paying but didn't leave the login. Is there a way to reset it or can you set me up with my own access? I'd like to see what we owe.

Thanks,
Zoe""",
  q=("gm", 6, """Dear Marland Hair,

Please find attached your statement of account. The overdue balance can be paid through your online account.

Northwind Supplies Ltd"""),
  i="Q", n="new manager asks for portal login")

M(d="2025-11-17", fr="Jenny Talbot <jtalbot@hexworth-wi.example>", s="Re: Invoice INV-39580",
  b="""Dear Harbour Lane,

I'm the treasurer of Hexworth WI. The invoice for our programme cards has been made out to me personally (Mrs J. Talbot) rather than to the Institute, and our bank won't let me pay an invoice in my own name from the WI account. Could you re-address it to Hexworth Women's Institute, please?

With thanks,
Jenny Talbot""",
  q=("gm", 5, """Dear Mrs Talbot,

INV-39580 (£95.00, programme cards) is now overdue.

Harbour Lane Print Co"""),
  cr="hl",
  i="Q", n="treasurer asks for invoice re-addressed to the organisation")

M(d="2025-12-02", fr="Sunita Grewal <sunita@grewalpharmacy.example>", s="RE: Overdue balance",
  b="""Hi,

My father usually deals with supplier payments, and he's not well at the moment. I can see a payment of £460 to you in October, but I can't tell which invoice it was for. Could you tell me exactly what's still outstanding, and what that payment was allocated to?

Thanks,
Sunita""",
  q=("ol", 3, """Dear Mr Grewal,

Your account shows an overdue balance of £1,210.00. Please arrange payment.

Northwind Supplies Ltd"""),
  i="Q", n="HARD: daughter sees a payment but unsure what for; asks balance -> question, not already_paid")

M(d="2025-12-31", fr="Shared Services AP <sharedservices.ap@lumenhealth.example>", s="RE: INV-41870 - Lumen Health Clinic Bristol",
  b="""Dear Supplier,

Lumen Health Clinic Bristol is serviced by Lumen Shared Services. We are unable to process INV-41870 because it does not quote our purchase order number.

Please re-submit the invoice quoting PO 4500791133 to this mailbox. Invoices without a valid PO are returned unpaid.

Lumen Shared Services - Accounts Payable""",
  q=("ol", 6, """Dear Lumen Health,

INV-41870 for £672.00 is now overdue.

Kestrel Facilities Services"""),
  cr="ks",
  i="Q", n="shared services asks for resubmission with PO")

M(d="2026-01-13", fr="Tina Morgan <tina@morganbookkeeping.example>", s="Re: INV-42506",
  b="""Hi,

I do the books for Pedal & Pint (the cycle café). There are no payment terms on this invoice, only the date. Could you tell me what the due date actually is? I'm setting up their payment schedule for the year.

Tina Morgan""",
  q=("gm", 2, """Hi,

INV-42506 (£388.00) is now overdue.

Greenfold Packaging"""),
  cr="gf",
  i="Q", n="bookkeeper asks due date / terms")

M(d="2026-01-20", fr="Clive Ashdown <clive.ashdown@ashdownlaw.example>", s="Re: Account of the late Mr G. Price",
  b="""Dear Sir/Madam,

I am the executor of the estate of the late Mr Gordon Price, who traded as Price Decorating and died on 29 November. I have received your reminder.

For the purposes of the estate accounts, please would you send me a statement of Mr Price's account as at the date of death, together with copies of any invoices still outstanding.

Yours faithfully,
Clive Ashdown
Ashdown & Co Solicitors""",
  q=("gm", 5, """Dear Mr Price,

INV-42402 (£286.50, paint and sundries) is now overdue.

Northwind Supplies Ltd"""),
  i="Q", n="HARD: executor asks for statement at date of death; no stance on payment -> question")

M(d="2026-02-02", fr="Yasmin Ali <yasmin@alidesignco.example>", s="Re: Your account",
  b="""Hi,

Our previous bookkeeper used to deal with you and she's moved on. Who's the best person to speak to about our account? I'd like to go through it on the phone if possible.

Yasmin""",
  q=("gm", 4, """Dear Ali Design Co,

Your account shows INV-43605 and INV-43741 as overdue.

Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="asks who to contact after bookkeeper left")

M(d="2026-02-25", fr="Ewan Fraser <ewan@fraserfisheries.example>", s="RE: INV-44450",
  b="""Hi,

I'm setting up the payment for our MD. Our banking system only allows 12 characters for the reference. What would you like us to quote so it matches on your side?

Ewan""",
  q=("ol", 3, """Dear Fraser Fisheries,

INV-44450 for £3,180.00 (insulated fish boxes) is overdue.

Greenfold Packaging"""),
  cr="gf",
  i="Q", n="asks what payment reference to use")

M(d="2026-03-10", fr="Rachel Ebbs <rachel@ebbsarchitecture.example>", s="Re: INV-45210 and INV-45260",
  b="""Hi,

Our office manager is away so I'm covering the invoices this week. INV-45210 and INV-45260 look almost identical (same date, both for the large-format plans). Are they two separate jobs? I'm not saying they're duplicates, I just want to check before I pay both.

Rachel""",
  q=("gm", 2, """Dear Ebbs Architecture,

INV-45210 (£412.00) and INV-45260 (£412.00) are both overdue.

Harbour Lane Print Co"""),
  cr="hl",
  i="Q", n="HARD: checking possible duplicate without asserting it -> question")

M(d="2026-03-27", fr="Office of the Finance Director <fd.office@rowntree-estates.example>", s="RE: INV-45870 - proof of delivery",
  b="""Good afternoon,

Before our Finance Director can approve this invoice she has asked for a copy of the signed proof of delivery for the consignment on 12 March. Could you send it to me?

Kind regards,
Emily Sharpe
Assistant to the Finance Director, Rowntree Estates""",
  html="""<div style="font-family:Georgia,serif;font-size:14px"><p>Good afternoon,</p>
<p>Before our Finance Director can approve this invoice she has asked for a copy of the signed proof of delivery for the consignment on 12 March. Could you send it to me?</p>
<p>Kind regards,<br><b>Emily Sharpe</b><br>Assistant to the Finance Director, Rowntree Estates</p></div>""",
  q=("ol", 4, """Dear Rowntree Estates,

INV-45870 for £1,520.00 is now overdue.

Northwind Supplies Ltd"""),
  fmt="html",
  i="Q", n="HTML; FD's assistant asks for proof of delivery before approval (no contest)")

M(d="2026-04-08", fr="Lucía Ferrer <lucia@ferrer-asesores.example>", s="RE: Invoice INV-46502 - Hostal Miramar",
  b="""Good morning,

I am from the gestoría that keeps the accounts of Hostal Miramar in Valencia. Your invoice does not have the CIF (tax number) of our client on it, and without it we cannot register it in the accounts or pay it. Could you send a new invoice with CIF B-46123987?

Thank you very much,
Lucía Ferrer
Ferrer Asesores""",
  q=("gm", 5, """Dear Hostal Miramar,

Invoice INV-46502 for €860.00 (web design) is now overdue.

Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="Spanish accountancy firm needs the client's tax number on the invoice")

M(d="2026-04-29", fr="Finance Assistant <finance@thornburyparishcouncil.example>", s="Re: Invoice INV-47890",
  b="""Dear Sirs,

The Clerk has asked me to arrange a cheque for this invoice. We have been told you have moved offices - could you confirm the correct postal address for cheques?

Regards,
Finance Assistant
Thornbury Parish Council""",
  q=("gm", 3, """Dear Thornbury Parish Council,

INV-47890 for £410.00 (grounds maintenance, April) is now due.

Kestrel Facilities Services"""),
  cr="ks",
  i="Q", n="parish council asks postal address for cheques")

M(d="2026-05-28", fr="Payables - Northern Parent <payables@ridgelinegroup.example>", s="RE: Invoice #49470 - Ridgeline Outfitters (Calgary)",
  b="""Hello,

Ridgeline Outfitters' payables are handled by Ridgeline Group in Calgary. Before we can issue payment we need your GST/HST registration number on file. Can you send it through, along with a void cheque or bank letter?

Thanks,
Dana Whitford
Payables, Ridgeline Group""",
  q=("gmus", 4, """Hello,

Invoice #49470 for CA$3,210.00 is past due. Please remit at your earliest convenience.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="Canadian parent needs GST/HST number before paying")

M(d="2026-06-18", fr="Dev Kapoor <dev@kapoorgroup-dental.example>", s="Re: Monthly supplies invoice INV-50650",
  b="""Hi,

I'm the group operations manager - this invoice covers all three of our practices, but each practice pays its own share from its own account. Could you send a breakdown by site (Harrow, Wembley, Pinner)? Then each practice manager can pay their part.

Dev""",
  q=("gm", 4, """Dear Kapoor Dental Group,

INV-50650 for £2,745.60 is now overdue.

Northwind Supplies Ltd"""),
  i="Q", n="group ops manager asks for breakdown by site")

M(d="2026-07-14", fr="Simon Ayres <simon.ayres@ayresbrothers.example>", s="RE: INV-51610",
  b="""Hi,

I've passed this to our finance director, Karen, who'll come back to you. Meanwhile, could you send me a copy of the original quote for the warehouse repaint? I can't find it on our system and she'll want to see it.

Simon Ayres
Facilities Manager""",
  q=("ol", 4, """Dear Ayres Brothers,

INV-51610 for £6,800.00 (warehouse repaint) is now overdue.

Kestrel Facilities Services"""),
  cr="ks",
  i="Q", n="HARD: 'passed to FD' would be ignore, but he also asks for the quote -> question")

M(d="2026-08-18", fr="Katie <office@brookfieldgarage.example>", s="Re: Reminder",
  b="""which invoice is this for? - Katie, office""",
  q=("gm", 1, """Hi,

Just a reminder that your account is overdue. Thanks!

Northwind Supplies Ltd""", "Reminder"),
  i="Q", n="short: which invoice")

M(d="2026-09-29", fr="Oliver Wynn <oliver@wynnhospitality.example>", s="Re: The Fox & Hounds - account",
  b="""Hi,

We bought the Fox & Hounds from the Garretts at the start of August and took over the account with you for ongoing deliveries. I can see the statement includes invoices from June and July. Are those still on the Garretts' account, or have they been moved onto ours? I need to know before I can sort out what we owe.

Oliver Wynn
Wynn Hospitality""",
  q=("om", 5, """Dear Fox & Hounds,

Your statement shows the following overdue: INV-53880, INV-54120, INV-54690.

Northwind Supplies Ltd"""),
  i="Q", n="HARD: new owners ask whether pre-sale invoices are on their account; asks rather than denies -> question")

M(d="2026-10-22", fr="Emma Shah <emma.shah@icloud.example>", s="Re: Invoice INV-55960",
  b="""Hi, my husband Rav asked me to pay this for him but the payment link in your email says it has expired. Could you send a new one?

Thanks, Emma

Sent from my iPhone""",
  q=("ios", 3, """Hi Rav,

INV-55960 (£175.00) is now overdue. Pay online here: [link].

Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="spouse asks for a new payment link")

M(d="2026-11-10", fr="Sophie Wagner <s.wagner@brightsidemedia.example>", s="RE: INV-57205",
  b="""Hello,

Mr Lambert will pay this as soon as he knows the amount in euros - our account is in EUR and he doesn't want to guess the conversion. Could you give me the euro figure?

Sophie Wagner
Assistant to Mr Lambert""",
  q=("gm", 3, """Dear Mr Lambert,

INV-57205 for £1,350.00 (animation, stage 2) is now overdue.

Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="HARD: payment conditional on receiving information (EUR figure) -> question")


# ---------------------------------------------------------------- ignore
M(d="2025-01-09", fr="Rosie Hammond <rosie@hammondtimber.example>", s="RE: INV-11420 overdue",
  b="""Hello,

I've passed this to our finance director, Nigel Cross, who will reply to you directly.

Kind regards,
Rosie Hammond
Sales Administrator, Hammond Timber""",
  q=("ol", 2, """Dear Hammond Timber,

INV-11420 for £2,915.00 is now overdue. Please let us know when payment will be made.

Northwind Supplies Ltd"""),
  i="I", n="passed to FD who will reply; no stance")

M(d="2025-01-31", fr="Caroline Esterhuizen <caroline@esterhuizen-partners.example>", s="Automatic reply: Payment reminder INV-11905",
  b="""Thank you for your email. I am PA to Mr Esterhuizen and am out of the office until Monday 10 February.

For invoice or payment queries please contact accounts@esterhuizen-partners.example. For anything urgent regarding Mr Esterhuizen's diary, please call 020 7946 0318.

Caroline""",
  auto=1,
  i="I", rd=("md", 2, 10), n="PA's out-of-office redirecting payment queries")

M(d="2025-02-14", fr="Rhiannon Jones <rhiannon@llanberisoutdoor.example>", s="Automatic reply: INV-12620 - reminder",
  b="""Hi, I'm on annual leave and back on the 24th. Supplier payment runs will resume when I'm back - if your query is urgent please call Huw on 01632 960 447.

Rhiannon (accounts)""",
  auto=1,
  i="I", rd=("dom", 24), n="HARD: out-of-office mentions payment runs resuming on return; still an auto-reply, no commitment -> ignore")

M(d="2025-03-20", fr="Graham Poole <graham@poolehaulage.example>", s="RE: INV-25410 - Jane Lister",
  b="""Hi,

Jane left the company at Christmas. I've forwarded your email to our accounts team who will pick it up. Please use accounts@poolehaulage.example in future.

Graham""",
  q=("gm", 4, """Hi Jane,

INV-25410 (£706.00) is now overdue. Could you let me know when it will be paid?

Northwind Supplies Ltd"""),
  i="I", n="colleague: addressee left, forwarded to accounts; no stance")

M(d="2025-04-02", fr="Hannah Mills <hannah.mills82@gmail.example>", s="Re: Carter's Deli - overdue invoice",
  b="""Hi, I think you've got an old contact for me - I haven't worked at Carter's for about two years, so I can't help with this I'm afraid. Not sure who does their accounts now.

Hannah""",
  q=("gm", 3, """Dear Hannah,

INV-27450 (£218.40) for Carter's Deli is now overdue.

Greenfold Packaging"""),
  cr="gf",
  i="I", n="wrong person, no stance")

M(d="2025-04-22", fr="Ken Bowyer <ken@milllanebakery.example>", s="Re: Mill Lane Bakery - account",
  b="""Hello,

Just to let you know, Mill Lane Bakery was sold on 1 April and I'm no longer involved. I've forwarded your email to the new owners, Sam and Priti Lal (hello@milllanebakery-lal.example), and this mailbox will be closed at the end of the month.

All the best,
Ken""",
  q=("gm", 5, """Hi Ken,

INV-28190 (£164.60) is now overdue. Could you let us know when it'll be paid?

Greenfold Packaging"""),
  cr="gf",
  i="I", n="HARD: business sold, forwarded to new owners, no stance on who owes -> ignore")

M(d="2025-05-26", fr="Team Oakridge <news@oakridgegroup.example>", s="We're now Oakridge & Vale",
  b="""Dear friends and partners,

From 1 June, Oakridge Garden Design will be trading as Oakridge & Vale, following our merger with Vale Landscapes. You'll see our new logo and website over the coming weeks. Our team, phone numbers and bank details stay the same.

Thank you for being part of our story.

The Oakridge & Vale team

To stop receiving these updates, reply STOP.""",
  fmt="html", noref=1,
  i="I", n="rename/merger announcement newsletter; no action")

M(d="2025-06-10", fr="Callum Reid <callum@reidandmcnab.example>", s="RE: INV-32610",
  hdr={"Cc": "Tom McNab <tom@reidandmcnab.example>"},
  b="""Adding Tom, who looks after this.""",
  q=("ol", 2, """Dear Callum,

INV-32610 for £1,450.00 is now overdue.

Bright Pixel Studio"""),
  cr="bp",
  i="I", n="adds colleague in Cc, no stance")

M(d="2025-07-09", fr="Sheila Cartwright <sheilacartwright@gmail.example>", s="Re: Cartwright Glazing - INV-34990",
  b="""This is Brian's wife. He's away fishing in Scotland until the 20th and hasn't taken his laptop. I'll tell him about your email when he's back.

Sheila

Sent from my iPad""",
  q=("ios", 2, """Dear Brian,

INV-34990 (£564.00) is now overdue.

Northwind Supplies Ltd"""),
  i="I", rd=("dom", 20), n="HARD: spouse, non-auto OOO: 'I'll tell him' (no deferral asked, no stance) -> ignore; contrast with 'he'll deal with it when home' = extension")

M(d="2025-08-04", fr="Front Desk <frontdesk@hargreavesfinancial.example>", s="RE: INV-36150",
  b="""Thank you, I've printed this and put it in Mr Hargreaves's tray for when he's next in.

Front Desk
Hargreaves Financial Planning""",
  q=("ol", 3, """Dear Mr Hargreaves,

INV-36150 for £248.00 (stationery) is now overdue.

Northwind Supplies Ltd"""),
  i="I", n="front desk puts it in the boss's tray; no stance")

M(d="2025-08-20", fr="Supplier Helpdesk <noreply.ssc@orvanto.example>", s="[Case SSC-88213] RE: INV-36530 payment reminder",
  b="""Thank you for contacting Orvanto Shared Services.

Your enquiry has been logged as case SSC-88213 and assigned to the Accounts Payable queue. Our target response time is five working days. Please quote the case number in any further correspondence.

This is an automated message.""",
  auto=1,
  i="I", n="shared-services helpdesk auto-acknowledgement; case number not an invoice ref")

M(d="2025-09-22", fr="Lisa Harding <lisa.harding@outlook.example>", s="Re: Harding Electrical account",
  b="""Hi Martin,

Just a quick note to say thank you for being so patient with Dad while he was in hospital over the summer. He's on the mend and was really touched that you didn't hound him. It means a lot to the family.

Lisa""",
  q=("gm", 6, """Dear Lisa,

Thank you for letting us know about your father. We'll put the account on hold for now - please give him our best.

Martin
Credit Control, Northwind Supplies Ltd""", "Harding Electrical account"),
  i="I", n="HARD: daughter's thank-you note; no promise, no request")

M(d="2025-10-07", fr="Owen Bright <owen@brightwellhomes.example>", s="FW: INV-37830",
  to="Priya Nair <priya@brightwellhomes.example>",
  hdr={"Cc": "accounts@northwind-supplies.example"},
  b="""Priya - FYI, see below. You asked me to pass on anything from Northwind now that you've taken over purchasing.

Owen

---------- Forwarded message ---------
From: Owen Bright <owen@brightwellhomes.example>
Date: Mon, 8 Sep 2025 at 09:41
Subject: Re: INV-37830
To: accounts@northwind-supplies.example

Hi, we'll pay this one Friday. Owen""",
  i="I", n="HARD: forwards to colleague with no stance; the only promise is a month-old one in the forwarded history -> ignore")

M(d="2025-10-28", fr="Office <office@greenlanevets.example>", s="Re: Greenfold autumn offers",
  b="""Hi, please remove Ian Forbes from your mailing list - he left the practice in the summer. Thanks, Office""",
  noref=1,
  i="I", n="mailing-list removal for departed colleague")

M(d="2025-11-11", fr="Priya Chandran <priya.chandran@sheridanpharma.example>", s="Automatic reply: INV-39180",
  b="""Thank you for your email. I am currently on maternity leave until September 2026 and am not monitoring this mailbox.

For purchase ledger enquiries please contact purchaseledger@sheridanpharma.example.

Priya Chandran""",
  auto=1,
  i="I", rd=None, n="maternity auto-reply; month only -> return date null")

M(d="2025-12-09", fr="Halden Group Communications <comms@haldengroup.example>", s="Halden Group news - winter edition",
  b="""In this issue:

- Our new distribution centre in Wakefield opens in January
- Meet the team at Halden Fresh, our latest acquisition
- Seasonal opening hours for all group companies
- Charity of the year: £18,400 raised so far!

Read the full newsletter on our website.

You are receiving this because you are a supplier to a Halden Group company. Unsubscribe.""",
  fmt="html", noref=1,
  i="I", n="parent-group newsletter; £ figure is not an amount")

M(d="2026-01-12", fr="Anita Bose <anita@bosecatering.example>", s="Re: INV-42610",
  b="""Received, thanks - will pass to Lorraine.""",
  q=("gm", 1, """Hi Anita,

Copy of INV-42610 attached as requested.

Greenfold Packaging"""),
  cr="gf",
  i="I", n="ack + passing on")

M(d="2026-01-29", fr="Steven Mayhew <s.mayhew@mayhewcontracts.example>", s="Out of Office: INV-42980 outstanding",
  b="""I am out of the office until Monday 9 February with limited access to email.

For urgent payment matters please call our accounts office on 01632 960 555. Invoices received during my absence will be processed on my return.

Steven Mayhew
Contracts Director""",
  auto=1,
  i="I", rd=("md", 2, 9), n="HARD: OOO says invoices processed on return - auto-reply, no commitment")

M(d="2026-02-19", fr="Accounts <accounts@fernleagardens.example>", s="Change of email address",
  b="""Dear supplier,

Please update your records: from 1 March our accounts email address will be payables@fernleagardens.example. The old address will stop working at the end of March.

Thank you,
Fernlea Gardens Accounts""",
  noref=1,
  i="I", n="address-change notice to suppliers; no stance")

M(d="2026-03-02", fr="Debbie Walsh <debbie@walshbros-roofing.example>", s="Re: INV-45060",
  b="""Thanks for this. I'll mention it to him when he's back in the yard.

Debbie""",
  q=("gm", 3, """Hi Debbie,

Could you remind Mick that INV-45060 (£1,288.00) is still outstanding?

Northwind Supplies Ltd"""),
  i="I", n="HARD: 'I'll mention it to him' - non-committal")

M(d="2026-03-24", fr="Marta Kowalczyk <marta@oldforgecafe.example>", s="Re: INV-45640",
  b="""Hi, I'm just the manager here - let me check with the owner and come back to you.

Marta""",
  q=("gm", 2, """Hi,

INV-45640 (£201.80) is overdue. When can we expect payment?

Greenfold Packaging"""),
  cr="gf",
  i="I", n="HARD: 'let me check with the owner' - no commitment")

M(d="2026-04-15", fr="Mail Delivery System <postmaster@penrosemarine.example>", s="Automatic reply: INV-46980 - reminder",
  b="""This mailbox is no longer monitored following the acquisition of Penrose Marine Ltd by Seaward Holdings.

Please resend your message to the relevant Seaward Holdings department. Accounts payable: ap@seawardholdings.example""",
  auto=1,
  i="I", n="unmonitored mailbox after acquisition; auto-reply")

M(d="2026-05-04", fr="Gill Parry <gill@parryandpartners.example>", s="RE: INV-48550",
  to="Sue Hanley <sue@parryandpartners.example>, Northwind Supplies Ltd <accounts@northwind-supplies.example>",
  b="""Thanks Sue! 👍""",
  q=("ol", 1, """Dear Parry & Partners,

INV-48550 for £688.00 is overdue.

Northwind Supplies Ltd"""),
  i="I", n="HARD: internal reply-all thanks to colleague; no stance visible")

M(d="2026-05-20", fr="Howard Ellery <howard.ellery@elleryproperty.example>", s="Re: Unit 4, Brook Trading Estate - overdue invoices",
  b="""Hello,

I'm the landlord of Unit 4, not the tenant. Your letters have come to me because the tenant, Zest Kitchens, used the unit address. I've forwarded them on and asked them to update their details with you.

Howard Ellery""",
  q=("gm", 5, """Dear Occupier,

INV-49210 and INV-49380 addressed to Zest Kitchens, Unit 4, are overdue.

Northwind Supplies Ltd"""),
  i="I", n="landlord, not the debtor; forwarded; no stance")

M(d="2026-06-22", fr="AP Shared Services <ap.mailbox@grantleygroup.example>", s="Automatic reply: INV-50780 overdue",
  b="""Thank you for your email. This mailbox is monitored by Grantley Group Accounts Payable Shared Services on behalf of all Grantley companies.

We aim to respond to all enquiries within five working days. Please do not send duplicate emails as this may delay our response.""",
  auto=1,
  i="I", n="shared-services mailbox auto-acknowledgement")

M(d="2026-07-13", fr="Ben Carver <ben@carverfurniture.example>", s="Re: INV-51520",
  b="""Lunch at 1? Mark's buying apparently""",
  q=("gm", 2, """Hi Ben,

INV-51520 (£940.00) is now overdue.

Northwind Supplies Ltd"""),
  i="I", n="misdirected internal message in our thread")

M(d="2026-07-30", fr="Gwen Hughes <gwen@hughesandprice.example>", s="Re: INV-52780",
  b="""Hi,

Mark is on paternity leave for two weeks (baby boy, all well!). I've made a note of your email for when he's back.

Gwen""",
  q=("gm", 2, """Hi Mark,

INV-52780 (£1,074.00) is overdue. Could you let us know when it will be paid?

Harbour Lane Print Co"""),
  cr="hl",
  i="I", rd=None, n="colleague: addressee on paternity leave 'for two weeks' (start unknown -> return date null); noted, no stance")

M(d="2026-08-26", fr="Raj Menon <raj@menontextiles.example>", s="FW: Overdue - INV-53905",
  to="Accounts <accounts@menontextiles.example>",
  hdr={"Cc": "Greenfold Packaging <accounts@greenfold-pack.example>"},
  b="""FYI""",
  q=("ol", 1, """Dear Raj,

INV-53905 for £1,610.00 (printed garment bags) is now overdue.

Greenfold Packaging"""),
  cr="gf",
  i="I", n="bare FYI forward to own accounts team, creditor in Cc")

M(d="2026-09-14", fr="Jamie Cole <jamie@colecontractors.example>", s="RE: INV-54730",
  b="""Get Outlook for iOS""",
  html="""<div dir="ltr"><br></div><div id="ms-outlook-mobile-signature"><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>""",
  q=("ol", 1, """Dear Jamie,

INV-54730 for £830.00 is overdue. Please let us know when it will be paid.

Northwind Supplies Ltd"""),
  fmt="html",
  i="I", n="HARD: empty HTML reply with only a mobile signature")

M(d="2026-09-30", fr="Lorna Fyfe <lorna.fyfe@grahamestates.example>", s="RE: INV-55510",
  b="""Thanks, noted.

Lorna Fyfe
PA to Graham Innes""",
  q=("ol", 2, """Dear Mr Innes,

INV-55510 for £3,200.00 is overdue.

Kestrel Facilities Services"""),
  cr="ks",
  i="I", n="PA bare acknowledgement")

M(d="2026-10-15", fr="Nina Patel <nina@patelandrose.example>", s="Re: INV-56020",
  b="""Hi,

I'm back from leave now and working through about 600 emails. I'll look at this next week.

Nina""",
  q=("gm", 10, """Hi Nina,

INV-56020 (£1,180.00) is now overdue. Could you let us know when it will be paid?

Bright Pixel Studio"""),
  cr="bp",
  i="I", n="HARD: back from leave but only 'I'll look at this next week' - no commitment to pay")

M(d="2026-11-05", fr="IT Service Desk <it-support@mail-quota-alert.example>", s="Your mailbox is almost full",
  b="""Dear user,

Your mailbox has reached 98% of its storage limit. To avoid losing incoming messages, verify your account within 24 hours using the link below.

VERIFY NOW

IT Service Desk""",
  fmt="html", noref=1,
  i="I", n="phishing spam")

M(d="2026-11-19", fr="Paula Grimes <paula@grimesbookkeeping.example>", s="Automatic reply: INV-57680 - Tollgate Brewery",
  b="""Thank you for your email. I am away until Monday 30 November.

Payments I scheduled for my clients before leaving will still go out as normal. I will deal with all other correspondence on my return.

Paula Grimes
Grimes Bookkeeping""",
  auto=1,
  i="I", rd=("md", 11, 30), n="HARD: bookkeeper's OOO mentions scheduled payments generically - not a promise about this invoice")

M(d="2025-06-28", fr="Office <office@tanglewoodnursery.example>", s="Re: Bright Pixel Studio - summer newsletter",
  b="""UNSUBSCRIBE""",
  noref=1,
  i="I", n="bare unsubscribe from a shared office mailbox")

M(d="2026-06-02", fr="Karl Brenner <k.brenner@brenner-elektro.example>", s="AW: Zahlungserinnerung INV-50190",
  b="""Dear Ms Huber,

thank you for your message. I forward it to our new bookkeeper, Mrs Sommer, she started last week and will answer you.

Best regards
Karl Brenner""",
  q=("de", 3, """Sehr geehrter Herr Brenner,

die Rechnung INV-50190 ist seit 14 Tagen überfällig.

Mit freundlichen Grüßen
Sabine Huber
Alpenrose Logistik GmbH"""),
  cr="al",
  i="I", n="owner forwards to new bookkeeper who will answer; no stance")


# ---------------------------------------------------------------- longer mixed batch
M(d="2025-11-27", fr="Anthony Greaves <anthony@greavesmoore.example>", s="RE: Overdue account - Thistle & Thyme Restaurants",
  b="""Dear Credit Control,

Greaves Moore were appointed as outsourced finance for Thistle & Thyme Restaurants Ltd at the start of November, after their in-house bookkeeper left without much of a handover. I'm writing to explain the delay and to give you a firm date.

We've now reconciled the purchase ledger for all four restaurants against delivery notes. Your three invoices - INV-39612, INV-39840 and INV-40015 - all match the goods received, and the directors signed off the supplier list yesterday. The full balance of £4,562.35 will be paid in the payment run on Tuesday 2 December, and you'll get a remittance by email from payments@greavesmoore.example that morning.

Going forward, please send invoices and statements to that address rather than to the restaurants directly, and copy me in on anything overdue. We run payments every other Tuesday, so you should see a much more regular pattern from the new year.

Apologies again for the silence over the last couple of months, and thank you for keeping the account open.

Kind regards,

Anthony Greaves
Client Finance Manager
Greaves Moore Outsourced Finance
Tel: 0161 496 0720 | www.greavesmoore.example

This message is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Greaves Moore Ltd is registered in England and Wales no. 09876543.""",
  q=("ol", 6, """Dear Thistle & Thyme Restaurants,

Your account is now significantly overdue:

INV-39612  £1,408.20
INV-39840  £1,622.75
INV-40015  £1,531.40

Total: £4,562.35

Please contact us urgently to arrange payment.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc", fmt="alt",
  i="P", pd=("wd", "tue"), a="4562.35 GBP", n="long: outsourced finance firm gives firm date Tuesday 2 December (Thu message)")

M(d="2026-02-23", fr="Michael Stanton <michael.stanton@plusnet.example>", s="Re: Stanton Hardware - overdue account",
  b="""Dear Sir or Madam,

I am writing on behalf of my father-in-law, Derek Ashworth, who has run Stanton Hardware on the high street for nearly forty years. I'm sorry to say that Derek was diagnosed with dementia last year, and over the autumn it became clear he was no longer managing the shop's paperwork. My wife and I now hold a lasting power of attorney for his financial affairs, and a copy can be sent to you if you need it.

Going through his desk we found your statements and several unopened reminders. We don't dispute anything on them - Derek simply stopped keeping up. The shop is being wound down and the stock sold, but that will take a few months, and there is not enough in the business account to clear the £1,640 balance in one go.

Would you be willing to accept £200 a month, starting on the 1st of March, until the balance is cleared? If the stock sells faster than expected we will of course pay off the remainder sooner.

Thank you for your patience, and please do call me on 07700 900 318 if it's easier to talk this through.

Yours faithfully,
Michael Stanton""",
  q=("gm", 9, """Dear Mr Ashworth,

We have written to you several times about the overdue balance on your account, which now stands at £1,640.00. Please contact us to discuss payment.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", pd=("dom", 1), a="200.00 GBP", n="long: son-in-law with power of attorney proposes £200/month from the 1st")

M(d="2025-07-29", fr="Vendor Query Team <vendorqueries@corrigan-group.example>", s="RE: Statement reconciliation - Corrigan Leisure Ltd [Query VQ-20931]",
  b="""Dear Northwind Supplies,

Corrigan Group's Vendor Query Team handles supplier statements for all Corrigan subsidiaries, including Corrigan Leisure Ltd. We have reconciled your statement dated 14 July against our ledger and have the following queries, which mean we are not able to release payment of the items below at this time:

1. INV-34877 (£1,296.00) appears to duplicate INV-34802. Both bill 48 cases of pool chemicals against PO 4500672210, which was received once. INV-34802 was paid on 20 June.

2. INV-35011 (£2,048.40) is priced at your 2025 list price. Corrigan Leisure's framework agreement fixes prices until 31 December 2025; at the agreed rates this invoice should be £1,742.00.

3. INV-35090 (£488.00) - no dispute. This has been approved and will be paid in the normal run.

Please cancel INV-34877 and issue a credit note or replacement invoice for INV-35011. Once we receive these we will release the corrected amounts.

Kind regards,
Vendor Query Team
Corrigan Group Finance Services""",
  q=("ol", 4, """Dear Corrigan Leisure,

Please find below your statement dated [[-15|%-d %B]]:

INV-34877  £1,296.00
INV-35011  £2,048.40
INV-35090  £488.00

Kind regards,
Northwind Supplies Ltd"""),
  i="D", n="HARD: long group reconciliation: duplicate + price dispute, third invoice approved without a date -> dispute; several amounts, none single -> null")

M(d="2026-01-27", fr="Rebecca Oyelaran <rebecca@thecopperkettle-tearoom.example>", s="Re: Copper Kettle - overdue invoices",
  b="""Hello,

I'm the new owner of the Copper Kettle - I bought the business from Jean and Malcolm Tate at the end of November and they've asked me to reply to the reminders that keep coming to the shop, since they no longer have access to this email.

I've been through the handover file with Jean on the phone. Both of the invoices in your letter were paid by the Tates before the sale completed: INV-41302 on 14 November and INV-41566 on 25 November, by bank transfer from their old business account (it will show as "M & J TATE"). Jean has sent me screenshots of both payments, which I've attached.

I think the problem is that the account with you was transferred into my name and the payments were never matched against it. Could you check and update it? I'd like to keep ordering from you, but I don't want the account on stop for money that's already been paid.

Many thanks,
Rebecca Oyelaran
The Copper Kettle Tearoom""",
  att=["tate_payment_14nov.png", "tate_payment_25nov.png"],
  q=("gm", 5, """Dear Copper Kettle,

The following invoices on your account are overdue: INV-41302 (£214.50) and INV-41566 (£187.90). Please arrange payment to avoid your account being placed on stop.

Greenfold Packaging"""),
  cr="gf",
  i="A", n="long: new owner says previous owners paid both before the sale; screenshots attached")

M(d="2026-08-06", fr="Marcus Hale <marcus.hale@bramblefieldgroup.example>", s="RE: Bramblefield Nurseries & Fenton Plants - accounts",
  b="""Hi,

I joined Bramblefield Group as finance manager last month. As you'll know, Bramblefield Nurseries and Fenton Plants merged in the spring, and I'm now trying to bring the two purchase ledgers together. Before I pay anything I need to clear up a few things with you:

1. You seem to hold two accounts for us, one for each of the old companies. Could you send statements for both, showing every open item and any unallocated payments?

2. Which legal entity should future invoices be addressed to? From 1 September everything should go to Bramblefield Group Ltd, but I don't know what you've been doing since the merger.

3. Earlier this year our old Fenton office received an email, supposedly from you, giving new bank details. Nobody acted on it, but can you confirm whether your bank details have actually changed? I'd like to verify them by phone before any payment goes out.

Once I have those I'll get the balances sorted quickly.

Thanks,
Marcus Hale
Finance Manager, Bramblefield Group
M: 07700 900 563""",
  q=("om", 5, """Dear Bramblefield Nurseries,

Please note that invoices INV-53016 and INV-53240 are now overdue. Kindly arrange payment.

Greenfold Packaging"""),
  cr="gf", fmt="alt",
  i="Q", n="long: new finance manager after merger: statements, entity, bank-detail verification")

M(d="2025-12-22", fr="Ferris & Daughters <office@ferrisanddaughters.example>", s="Automatic reply: Payment reminder INV-41430",
  b="""Thank you for your email.

Ferris & Daughters is closed for the Christmas break from Monday 22 December and reopens on Monday 5 January. Our office is run by Carol and her daughter Amy, and neither of us will be checking emails while we're closed - we're a small family business and this is the one time of year we all get to switch off!

If your email is about an invoice or payment, it will be dealt with when we reopen. Supplier payments are normally made on the Friday of the first full week in January.

For genuine emergencies on a job, please ring Peter on 07700 900 871.

Wishing you a very happy Christmas and a peaceful new year.

Carol, Amy and all the team at Ferris & Daughters Plumbing and Heating""",
  auto=1,
  i="I", rd=("md", 1, 5), n="HARD: long family-business OOO mentions when payments are usually made - generic, no commitment -> ignore")

M(d="2026-09-03", fr="Jules Okafor <jules@okaforfitout.example>", s="RE: Kestrel invoices INV-54315 / INV-54402",
  to="Marie Delacroix <marie@okaforfitout.example>",
  hdr={"Cc": "Kestrel Facilities Services <ar@kestrel-fs.example>"},
  b="""Marie,

Please put both of Kestrel's invoices in tomorrow's payment run - the site clean at Canal Street and the one for the Deansgate handover. I've checked both against the job sheets and I'm happy with them. The Deansgate one was meant to go last month and got missed when you were off.

Kestrel - copying you in so you've got it in writing. Sorry it's taken a second reminder.

Jules

Jules Okafor | Managing Director
Okafor Fit-Out Ltd
M: 07700 900 220 | T: 0161 496 0555
www.okaforfitout.example""",
  q=("ol", 2, """Dear Okafor Fit-Out,

This is our second reminder regarding the following invoices:

INV-54315  £1,980.00  (Canal Street builders' clean)
INV-54402  £2,640.00  (Deansgate handover clean)

Please arrange payment.

Kestrel Facilities Services"""),
  cr="ks",
  i="P", pd=("tmrw",), n="MD instructs colleague (To) to pay both in tomorrow's run, creditor in Cc")

M(d="2025-08-21", fr="Tariq Hussain <tariq@hussainbookkeeping.example>", s="Re: INV-36540 - payment promised for Friday",
  b="""Hi Martin,

I'm afraid I can't pay this on Friday as I told you last week. Harlow Print's bank has frozen outgoing payments while it carries out a routine review of the account, and I have no access until that's finished. The bank says it should take about a fortnight.

Could we have two more weeks? I'll pay it the day the account is released - I'm not trying to fob you off.

Tariq Hussain
Bookkeeper to Harlow Print Finishers""",
  q=("gm", 6, """Hi Tariq,

Thanks for confirming INV-36540 (£1,315.00) will be paid this Friday.

Martin
Credit Control, Northwind Supplies Ltd"""),
  i="X", pd=("plus", 14), n="HARD: negated earlier promise 'can't pay on Friday' + asks two more weeks -> extension +14")


if __name__ == "__main__":
    sys.exit(main("onbehalf"))
