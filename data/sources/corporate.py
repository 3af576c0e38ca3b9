"""Hand-written labelled debtor replies, slice "corporate".

Flavour: accounts-payable departments of mid-size and large companies, their
procurement and finance staff and shared-service centres: formal, procedural
language, Outlook/Exchange replies with long signatures and disclaimers,
"[EXTERNAL]" subject prefixes, AP helpdesk ticket numbers, payment runs and
terms (net 30/60), supplier portals (Coupa, Ariba, Tungsten), vendor set-up
forms, remittance advices covering several invoices, statement
reconciliations, credit notes, three-way match failures and missing POs.

Every message body and every quoted reminder below was written by hand as
literal data; kit.py only packages them (see its docstring for the fields of M).

Run:  .venv/bin/python data/sources/corporate.py -v
Writes data/labelled/corporate/corporate-NNN.eml and labels.jsonl
"""

from __future__ import annotations

import sys

from kit import M, main

# ==========================================================================
# DATA
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2025-11-04", fr="Accounts Payable <ap@haldengroup.example>", s="RE: [EXTERNAL] Overdue invoice INV-40817",
  b="""Good afternoon,

Thank you for your email. I can confirm that INV-40817 has been approved and is scheduled for payment in our 14 November payment run. Funds normally clear to supplier accounts within two working days of the run.

Kind regards,

Priya Ramanathan
Accounts Payable Officer
Halden Group plc
Halden House, 22 Wharf Road, Leeds LS1 4BT
T: +44 113 496 0712

Please consider the environment before printing this email.

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Halden Group plc is registered in England and Wales, no. 04418830.""",
  fmt="alt",
  q=("ol", 5, """Dear Accounts Payable team,

Our records show that invoice INV-40817 for £7,416.00, dated [[-50|%-d %B %Y]], is now overdue. We would be grateful if you could confirm when payment will be made.

Kind regards,
Sharon Blake
Accounts Receivable
Northwind Supplies Ltd"""),
  i="P", pd=("md", 11, 14), n="payment run date written as '14 November'; amount only in quote -> null")

M(d="2026-03-17", fr="Tomasz Wrona <tomasz.wrona@castellanretail.example>", s="RE: Statement reconciliation - Castellan Retail Ltd",
  b="""Hi Martin,

I've been through the statement against our ledger. All five invoices are now matched and approved. They will be paid together on Friday as one BACS payment of £18,902.45, and a remittance advice will be emailed automatically from our system when the run completes.

Regards,
Tomasz Wrona
Senior AP Analyst | Castellan Retail Ltd
Finance Shared Services, Unit 4 Orbital Park, Milton Keynes MK9 2FS
Tel: 01908 555 214""",
  fmt="alt",
  q=("ol", 3, """Dear Tomasz,

Please find below your statement as at [[-3|%-d %B %Y]]:

INV-48102   £4,210.00
INV-48177   £3,980.45
INV-48230   £2,612.00
INV-48391   £5,150.00
INV-48455   £2,950.00

Total overdue: £18,902.45

Could you let us know the payment date for these?

Kind regards,
Martin Hale
Credit Control | Northwind Supplies Ltd""", "Statement reconciliation - Castellan Retail Ltd"),
  i="P", pd=("wd", "fri"), a="18902.45 GBP", n="five invoices matched, one BACS on Friday; amount = total")

M(d="2025-06-10", fr="Jennifer Alvarez <jalvarez@vantorengineering.example>", s="RE: Past Due Notice - Invoice 55120",
  b="""Hello,

This invoice cleared approval yesterday and has been queued for the ACH batch that goes out on 6/13. You should see the funds ($12,640.00) that afternoon or the next morning depending on your bank.

Thanks for your patience,

Jennifer Alvarez
Accounts Payable Specialist
Vantor Engineering, Inc.
1400 Commerce Pkwy, Suite 300 | Dayton, OH 45402
Office: (937) 555-0148""",
  fmt="alt", cr="mo",
  q=("ol", 4, """Hello Jennifer,

Our records indicate that Invoice 55120 in the amount of $12,640.00 is now 18 days past due. Please remit payment at your earliest convenience or let us know if there is an issue.

Best regards,
Accounts Receivable
Meridian Office Solutions Inc."""),
  i="P", pd=("md", 6, 13), a="12640.00 USD", n="US date 6/13 for ACH batch")

M(d="2026-01-22", fr="GBS Kraków - P2P Team <p2p.krakow@orbisfoods.example>", s="RE: [EXTERNAL] Payment reminder INV-45911 / Orbis Foods UK Ltd",
  b="""Dear Supplier,

We are writing on behalf of Orbis Foods UK Ltd. Your invoice INV-45911 has been posted and approved. It will be paid on its due date under your agreed terms (net 60), which is 5 February 2026.

Please quote our reference GBS-UK-778412 in any further correspondence.

Best regards,
Magdalena Kurek
Procure-to-Pay Specialist
Orbis Global Business Services, Kraków
ul. Armii Krajowej 18, 30-150 Kraków, Poland""",
  fmt="alt",
  q=("om", 6, """Dear Sir or Madam,

We note that invoice INV-45911 for £2,385.60 remains unpaid. Please advise when we can expect payment.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  i="P", pd=("md", 2, 5), n="shared-service centre on behalf of subsidiary; pays on due date 5 Feb")

M(d="2025-09-18", fr="Rhys Pemberton <rhys.pemberton@brackwaterutilities.example>", s="RE: INV-37204 and INV-37390",
  b="""Morning,

Quick update - the GRN has now been receipted by the site team at Avonmouth, so the hold on INV-37204 has been lifted and it will be picked up in tomorrow's run. INV-37390 was matched first time and goes in the same run.

Rhys

Rhys Pemberton | Purchase Ledger Supervisor | Brackwater Utilities
Mobile: 07700 900 583""",
  q=("ol", 2, """Hi Rhys,

Both INV-37204 (£3,112.80) and INV-37390 (£1,466.00) are now past due. Our portal shows INV-37204 as "on hold". Could you let us know what is needed to release it?

Thanks,
Martin
Credit Control, Northwind Supplies"""),
  i="P", pd=("tmrw",), n="hold lifted after GRN; both in tomorrow's run")

M(d="2026-04-28", fr="Lisa Thorne <lisa.thorne@quillfieldhotels.example>", s="RE: [EXTERNAL] Second reminder - account 40019",
  b="""Dear Sharon,

Apologies for the delay in coming back to you. We migrated our finance system over Easter and our April supplier run did not take place as planned. I can confirm we have not yet paid, but your invoices are included in the catch-up run on Thursday 30 April.

With kind regards,
Lisa Thorne
Group Payables Manager
Quillfield Hotels Ltd | 3 Grosvenor Place, Bath BA1 2QA
+44 (0)1225 555 390
www.quillfieldhotels.example""",
  fmt="alt",
  q=("ol", 7, """Dear Lisa,

This is our second reminder regarding account 40019. The following invoices are overdue:

INV-52016  £1,284.00
INV-52340  £966.50

We would appreciate payment or an update on when this will be made.

Kind regards,
Sharon Blake
Accounts Receivable
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "thu"), n="HARD: negation 'have not yet paid' then promise for the catch-up run on Thursday 30 April")

M(d="2025-02-05", fr="Daniel Osei <daniel.osei@pellworth.example>", s="RE: Overdue - INV-23508",
  b="""Hi,

Sorry, this one fell through the cracks when our AP clerk went on leave. I've approved it this morning and asked Sharon in treasury to include it in Thursday's payment.

Daniel Osei
Commercial Manager
Pellworth Construction Ltd""",
  q=("gm", 9, """Dear Daniel,

We still have not received payment of INV-23508 for £8,950.00 for the temporary site accommodation, which was due on [[-21|%-d %B]].

Could you please look into this?

Regards,
Kestrel Facilities Services
Accounts Receivable"""),
  cr="ks",
  i="P", pd=("wd", "thu"), n="asked treasury to include in Thursday's payment")

M(d="2025-12-09", fr="Accounts Payable - Ashgrove University <creditors@ashgrove.ac.example>", s="RE: Invoice query INV-43980 [Ref: AP-2291]",
  b="""Dear Supplier,

Ref: AP-2291

Thank you for your patience. The purchase order has now been receipted by the School of Chemistry and the invoice has passed three-way match. Payment will be released on our next scheduled payment date, 19 December 2025.

Please retain the reference above if you need to contact us about this invoice.

Yours faithfully,

Creditors Team
Finance Directorate, Ashgrove University
Tel: 0161 555 0400 (option 2)""",
  fmt="alt",
  q=("ol", 12, """Dear Creditors Team,

Invoice INV-43980 for £2,746.20 (laboratory consumables, PO 4500821177) is now 30 days past due. Could you please let us know the status?

Kind regards,
Northwind Supplies Ltd
Accounts Receivable"""),
  i="P", pd=("md", 12, 19), n="university AP; three-way match passed; ticket ref not an invoice ref")

M(d="2026-07-01", fr="Finanzbuchhaltung <kreditoren@hessmann-automotive.example>", s="AW: Zahlungserinnerung INV-61877",
  b="""Sehr geehrte Damen und Herren,

die Rechnung INV-61877 wurde freigegeben. Die Überweisung über EUR 14.380,00 erfolgt mit unserem Zahllauf am 10.07.2026.

Mit freundlichen Grüßen

i.A. Katrin Vogel
Kreditorenbuchhaltung
Hessmann Automotive GmbH
Industriestraße 41, 70565 Stuttgart
Tel. +49 711 555 2190

Geschäftsführer: Dr. Jens Hessmann | Amtsgericht Stuttgart HRB 720411""",
  fmt="alt", cr="al",
  q=("de", 6, """Sehr geehrte Damen und Herren,

wir möchten Sie daran erinnern, dass die Rechnung INV-61877 über EUR 14.380,00 seit dem [[-14|%d.%m.%Y]] fällig ist.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH
Buchhaltung"""),
  i="P", pd=("md", 7, 10), a="14380.00 EUR", n="German AP, Zahllauf am 10.07.2026")

M(d="2025-08-24", fr="Mark Ellison <mark.ellison@stenhouse-logistics.example>", s="RE: Outstanding balance",
  b="""Sharon - money's coming end of month. Our 30-day suppliers all get paid in the last run of August.

Sent from my iPhone""",
  q=("ios", 3, """Dear Mark,

Your account currently shows £5,720.00 overdue across three invoices (INV-35602, INV-35688, INV-35741). Could you confirm when payment will be made?

Kind regards,
Sharon Blake
Northwind Supplies Ltd""", "Outstanding balance"),
  i="P", pd=("eom",), n="finance director on phone; end of month run")

M(d="2026-10-07", fr="Claire Ashdown <c.ashdown@meridalefoods.example>", s="RE: [EXTERNAL] RE: INV-84410 - on hold",
  b="""Hi,

Thanks for sending the signed delivery notes. That was the missing piece - the invoice has been re-matched in Coupa and is now showing "Approved for Payment". Coupa's scheduled payment date is 16-Oct-2026.

Best
Claire

Claire Ashdown
Procurement Operations Coordinator
Meridale Foods Ltd""",
  fmt="html",
  q=("om", 1, """Dear Claire,

As requested, please find attached the signed delivery notes for INV-84410 (£3,308.00). Could you let us know once the invoice has been released?

Kind regards,
Northwind Supplies Ltd
Accounts Receivable"""),
  i="P", pd=("md", 10, 16), n="Coupa scheduled payment date after delivery notes supplied")

M(d="2025-03-12", fr="Ben Hartigan <ben.hartigan@fallowfieldcare.example>", s="Re: INV-25604 - 45 days overdue",
  b="""Ben here from Fallowfield's finance team. We'll clear it this week - it's been signed off, just waiting for the Friday run.""",
  q=("gm", 2, """Dear Ben,

INV-25604 for £1,912.40 is now 45 days overdue. We have sent two previous reminders. Please advise when payment will be made.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  i="P", pd=("eow",), n="'this week... Friday run' on a Wednesday -> Friday this week")

M(d="2026-02-23", fr="Rebecca Lindqvist <rebecca.lindqvist@norvale.example>", s="RE: Account overdue - Norvale Property Management",
  b="""Dear Martin,

I have discussed the account with our Financial Controller. We are not in a position to clear the full £24,500.00 in one payment, so we will pay £10,000.00 this Friday and the remaining £14,500.00 on 31 March. Both payments will reference our account number N-2231.

Kind regards,
Rebecca Lindqvist
Head of Finance Operations
Norvale Property Management Ltd
1 Canal Square, Birmingham B1 2JP""",
  fmt="alt", cr="ks",
  q=("ol", 4, """Dear Rebecca,

Your account is now £24,500.00 overdue, relating to the Q4 cleaning contract invoices INV-47110, INV-47111 and INV-47112. Please let us know how you intend to settle this.

Kind regards,
Martin Hale
Kestrel Facilities Services"""),
  i="P", pd=("wd", "fri"), a="10000.00 GBP", n="HARD: states a two-part schedule without asking permission -> promise; first payment £10,000 Friday")

M(d="2025-10-21", fr="Rob Kingsley <rob.kingsley@tarnwoodsolar.example>", s="Re: [EXTERNAL] Invoice 39870",
  b="""The cheque will be signed at our board meeting next Tuesday and posted the same afternoon. I'll send you a scan once it's done.

Rob Kingsley
Company Secretary, Tarnwood Solar Ltd""",
  q=("gm", 5, """Dear Mr Kingsley,

Invoice 39870 for £6,125.00 is overdue. Please arrange payment.

Kind regards,
Harbour Lane Print Co"""),
  cr="hl",
  i="P", pd=("wd", "tue"), n="HARD: 'next Tuesday' on a Tuesday = the following Tuesday (first Tuesday strictly after)")

M(d="2026-05-13", fr="Purchase Ledger <purchaseledger@wexcombe.example>", s="RE: Payment reminder - INV-57214",
  b="""Hello,

This is with our approver and will be paid in our next run.

Regards
Purchase Ledger
Wexcombe District Council""",
  q=("om", 3, """Dear Purchase Ledger,

Invoice INV-57214 for £840.00 (grounds maintenance equipment) is now overdue. Please could you let us know when payment is expected.

Kind regards,
Northwind Supplies Ltd"""),
  i="P", n="'will be paid in our next run' - no date -> null")

M(d="2026-08-04", fr="Wilhelmina Jansen <w.jansen@dekroonhandel.example>", s="RE: Herinnering / Reminder INV-63655",
  b="""Dear Sir/Madam,

We apologise for the late payment. Due to the holiday period our payment proposal was not approved on time. The amount of EUR 4.216,75 will be transferred on Thursday 6 August.

Met vriendelijke groet / Kind regards,

Wilhelmina Jansen
Crediteurenadministratie
De Kroon Handel B.V. | Rotterdam""",
  fmt="alt",
  q=("nl", 5, """Dear Sir/Madam,

We kindly remind you that invoice INV-63655 for EUR 4.216,75 was due on [[-12|%d-%m-%Y]]. We look forward to receiving your payment.

Kind regards,
Alpenrose Logistik GmbH"""),
  cr="al",
  i="P", pd=("wd", "thu"), a="4216.75 EUR", n="Dutch AP, Thursday 6 August")

M(d="2025-01-15", fr="Sandeep Kaur <sandeep.kaur@lindenpharma.example>", s="RE: [EXTERNAL] Overdue invoices - Linden Pharma",
  b="""Hi Sharon,

Happy new year. I've checked and INV-11202 was paid on 8 January, remittance below for your records:

  Payment ref: LP-BACS-000918   08/01/2025   £2,040.00   INV-11202

INV-11377 was waiting on the revised PO, which came through yesterday. It's now approved and will be paid on the 24th.

Thanks,
Sandeep

Sandeep Kaur
Accounts Payable Team Lead
Linden Pharma Ltd""",
  fmt="alt",
  q=("ol", 3, """Dear Sandeep,

Could you give us an update on the following overdue invoices?

INV-11202   £2,040.00
INV-11377   £3,618.00

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 24), n="HARD: one paid + one promised on the 24th; promise beats already_paid")

M(d="2026-11-19", fr="Oliver Grant <oliver.grant@brightlinemedia.example>", s="RE: INV-91466",
  b="""Paying it today by CHAPS, you'll have it this afternoon.

Oliver Grant
CFO, Brightline Media Group""",
  fmt="html",
  i="P", pd=("today",), n="CFO one-liner, CHAPS today, html only")

M(d="2025-07-24", fr="Hannah Iqbal <hannah.iqbal@corrievale.example>", s="RE: [EXTERNAL] Reminder: INV-34715 due",
  b="""Hi,

Our terms with you are net 60 from date of invoice rather than 30 - this is set out in clause 7 of the framework agreement. On that basis INV-34715 isn't actually due until 31 July and it will be paid in that day's run.

Regards,
Hannah Iqbal
AP Officer, Corrievale Housing Association""",
  fmt="alt",
  q=("ol", 2, """Dear Hannah,

Just a reminder that INV-34715 for £5,308.00 fell due on [[-6|%-d %B]]. Please let us know when payment will be made.

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("md", 7, 31), n="HARD: corrects the terms (net 60 not 30) but does not contest the debt; commits to due date -> promise")

M(d="2026-06-15", fr="Catherine Moreau <catherine.moreau@altessegroup.example>", s="RE: Invoice INV-60441 - overdue",
  b="""Dear Mr Hale,

Thank you for your reminder. The invoice was received by our Paris office and had to be re-routed to the UK entity, which explains the delay. The UK payables team has confirmed it will be paid in two weeks, in the run of 29 June.

Best regards,
Catherine Moreau
Finance Assistant
Altesse Group - UK Branch""",
  fmt="alt",
  q=("om", 4, """Dear Ms Moreau,

INV-60441 for £2,970.00 is now past due. We would be grateful for your confirmation of the expected payment date.

Kind regards,
Martin Hale
Credit Control
Northwind Supplies Ltd"""),
  i="P", pd=("plus", 14), n="'in two weeks, in the run of 29 June' (Mon 15 Jun + 14 = 29 Jun) consistent")

M(d="2025-05-29", fr="Accounts Payable <accountspayable@fenwickmarine.example>", s="RE: INV-32377",
  b="""Hi there,

Payment for this invoice will be made on Monday.

Kind regards,
AP Team
Fenwick Marine Services""",
  fmt="alt",
  i="P", pd=("wd", "mon"), n="short formal promise Monday")

M(d="2025-04-16", fr="Gary Whitfield <gary.whitfield@summitleisure.example>", s="Re: Account on hold - Summit Leisure",
  b="""Martin

Understood. Please don't hold the order for the Bristol site. I have authorised the full balance of £11,230.00 this morning and finance will send it on Thursday with the rest of our supplier payments. I'll forward the remittance when I get it.

Gary Whitfield
Operations Director
Summit Leisure Group
M: 07700 900 241""",
  q=("gm", 1, """Dear Gary,

Your account has been placed on hold due to the overdue balance of £11,230.00. We are unable to release further orders until this is settled.

Regards,
Martin Hale
Credit Control
Northwind Supplies Ltd""", "Account on hold - Summit Leisure"),
  i="P", pd=("wd", "thu"), a="11230.00 GBP", n="authorised today, sent Thursday; Wednesday message")

M(d="2026-09-10", fr="Ana Sousa <ana.sousa@lusitaniatextiles.example>", s="RE: Overdue invoices INV-80112 / INV-80250",
  b="""Good morning,

The two invoices have been included in our September payment file, which our bank processes on the 15th. Amounts: EUR 3,400.00 and EUR 1,875.00, total EUR 5,275.00.

Best regards,
Ana Sousa
Contas a Pagar / Accounts Payable
Lusitânia Têxteis, S.A. | Porto""",
  fmt="alt",
  q=("gm", 3, """Dear Ana,

INV-80112 (EUR 3,400.00) and INV-80250 (EUR 1,875.00) are now overdue. Could you please confirm the payment date?

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 15), a="5275.00 EUR", n="two invoices in one payment file on the 15th; amount = stated total")

M(d="2025-11-27", fr="Eleanor Briggs <eleanor.briggs@thamesreach.example>", s="RE: [EXTERNAL] Invoice INV-41180 - remittance query",
  b="""Hi Sharon,

I've double-checked and I'm afraid the payment didn't go last week as I'd thought - it was rejected at the approval stage because the approver was on leave. Apologies for the confusion. It's been re-submitted and will definitely go out in the run on 4 December.

Eleanor

Eleanor Briggs
Finance Officer
Thames Reach Trust""",
  fmt="alt",
  q=("ol", 1, """Hi Eleanor,

Thanks for letting us know last week that INV-41180 (£1,350.00) had been paid. We haven't been able to find the payment on our bank statement yet - could you send us the remittance advice?

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="P", pd=("md", 12, 4), n="HARD: earlier claim of payment retracted ('didn't go'); new promise 4 Dec -> promise")

M(d="2026-03-04", fr="Marcus Fielding <m.fielding@corvexsystems.example>", s="RE: Payment schedule",
  b="""Hi,

We pay suppliers on the 25th of each month. Your February invoices have missed the cut-off for this month's run, so they will be paid on 25 March. Sorry I can't do better than that.

Marcus Fielding
Finance Manager
Corvex Systems Ltd""",
  q=("gm", 2, """Hi Marcus,

Could you let us know when we can expect payment for INV-49806 and INV-49870? Both fell due at the end of February.

Many thanks,
Bright Pixel Studio""", "Payment schedule"),
  cr="bp",
  i="P", pd=("md", 3, 25), n="missed cut-off; firm date 25 March (not a request)")

M(d="2025-08-07", fr="Kelvin Obi <kelvin.obi@radleighestates.example>", s="RE: INV-36118 overdue",
  b="""Afternoon Martin - I can't get it out tomorrow as our bank mandate needs two signatories and the second is off until Monday. It'll go on Monday first thing. Sorry for the hassle.

Kelvin""",
  q=("gm", 1, """Hi Kelvin,

Just following up our call - you mentioned INV-36118 (£2,275.00) could be paid by tomorrow. Could you confirm?

Thanks,
Martin Hale
Kestrel Facilities Services"""),
  cr="ks",
  i="P", pd=("wd", "mon"), n="HARD: negation 'can't get it out tomorrow' then firm Monday (not asking) -> promise Monday")

M(d="2025-12-01", fr="Payables Helpdesk <payables@greystoneinsurance.example>", s="RE: [EXTERNAL] Overdue account - Greystone Insurance [Case 00418872]",
  b="""Dear Supplier,

Case number: 00418872

We have reviewed your enquiry. Invoices INV-91802, INV-91844 and INV-91910 are approved and have been scheduled for payment on 11/12/2025.

Please note that payments are made by BACS only and remittance advices are sent to the email address held on your supplier record.

Kind regards,
Payables Helpdesk
Greystone Insurance Services Ltd
This message has been scanned for viruses by the Greystone email security service.""",
  fmt="html",
  html="""<div class="WordSection1"><p class="MsoNormal"><span style="font-family:Arial,sans-serif;font-size:10pt">Dear Supplier,</span></p>
<p class="MsoNormal"><span style="font-family:Arial,sans-serif;font-size:10pt"><b>Case number:</b> 00418872</span></p>
<p class="MsoNormal"><span style="font-family:Arial,sans-serif;font-size:10pt">We have reviewed your enquiry. Invoices INV-91802, INV-91844 and INV-91910 are approved and have been scheduled for payment on <b>11/12/2025</b>.</span></p>
<p class="MsoNormal"><span style="font-family:Arial,sans-serif;font-size:10pt">Please note that payments are made by BACS only and remittance advices are sent to the email address held on your supplier record.</span></p>
<p class="MsoNormal"><span style="font-family:Arial,sans-serif;font-size:10pt">Kind regards,<br>Payables Helpdesk<br>Greystone Insurance Services Ltd</span></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:#808080">This message has been scanned for viruses by the Greystone email security service.</span></p></div>""",
  q=("ol", 7, """Dear Payables team,

The following invoices on our account are overdue:

INV-91802  £1,208.00
INV-91844  £986.40
INV-91910  £2,118.00

Please could you confirm the payment date?

Regards,
Northwind Supplies Ltd"""),
  i="P", pd=("md", 12, 11), n="helpdesk case reply; UK numeric date 11/12/2025 = 11 December; case number not an invoice ref")

M(d="2025-02-20", fr="Joanne Reilly <joanne.reilly@oakbridgeschools.example>", s="RE: Invoice INV-12408 - Oakbridge Academies Trust",
  b="""Good morning,

I have spoken to the business manager at St Aidan's and they have now approved the invoice on our system. It will be paid in the last payment run of the month, which this month falls on Friday 28 February.

Kind regards
Joanne Reilly
Finance Assistant (Payables)
Oakbridge Academies Trust""",
  fmt="alt",
  q=("ol", 6, """Dear Joanne,

INV-12408 for £1,036.80 (classroom furniture delivered to St Aidan's) remains outstanding. Please could you advise on the expected payment date?

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("eom",), n="'last payment run of the month... Friday 28 February' = eom")

M(d="2026-06-30", fr="Thabo Nkosi <thabo.nkosi@kestrelminerals.example>", s="RE: [EXTERNAL] Final reminder INV-62118",
  b="""Dear Credit Control,

Noted. The delay was caused by a missing vendor bank verification on our side, which has now been completed. The payment of $27,450.00 is approved and will go with today's 3pm wire cut-off; please allow one to two days for the international wire to arrive.

Regards,
Thabo Nkosi
Treasury Analyst
Kestrel Minerals Holdings""",
  fmt="alt", cr="mo",
  q=("om", 2, """Dear Accounts Payable,

FINAL REMINDER: Invoice INV-62118 for $27,450.00 is now 60 days past due. Please remit payment immediately to avoid suspension of service.

Meridian Office Solutions Inc.
Accounts Receivable"""),
  i="P", pd=("today",), a="27450.00 USD", n="HARD: wire goes with today's cut-off (not yet sent), arrives in 1-2 days -> promise today, not already_paid")

M(d="2025-10-02", fr="Nadia Haddad <nadia.haddad@cedarbayhealth.example>", s="RE: Statement - September",
  b="""Hi,

Thanks for the statement. Everything reconciles to our ledger apart from INV-38944, which we've never received - could you send a copy? The other three are in our payment run next Wednesday.

Kind regards,
Nadia Haddad
Accounts Payable
Cedar Bay Health Partners""",
  fmt="alt",
  q=("ol", 2, """Dear Nadia,

Please find below your statement for September:

INV-38610  £612.00
INV-38702  £1,145.50
INV-38811  £334.00
INV-38944  £780.00

Total: £2,871.50

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "wed"), n="HARD: promise for three + copy request for one; promise wins")

M(d="2026-09-28", fr="Simon Achterberg <simon.achterberg@fjellborg.example>", s="RE: INV-81033 - reminder",
  b="""Hello,

Accounts have it scheduled for the 1st. Regards, Simon""",
  q=("gm", 4, """Dear Simon,

A reminder that INV-81033 for EUR 2,180.00 is now overdue. Kind regards, Alpenrose Logistik GmbH"""),
  cr="al",
  i="P", pd=("dom", 1), n="'scheduled for the 1st' -> 1 October")

M(d="2025-12-17", fr="Accounts Payable <ap@harcourtlegal.example>", s="RE: [EXTERNAL] Overdue invoices - Harcourt & Lyle LLP",
  b="""Dear Sharon,

Thank you for your patience over the past few weeks. We have now completed the year-end review of our supplier accounts.

INV-44021 and INV-44388 have been approved and will be paid before the office closes for Christmas, on 23 December.

INV-44502 is not yet due under our 45-day terms and will be paid in the normal course in January.

If you have any queries, please contact me directly.

Kind regards,

Fiona Calder
Senior Accounts Payable Clerk
Harcourt & Lyle LLP
40 St Andrew Square, Edinburgh EH2 2AD
Direct dial: 0131 555 0871

Harcourt & Lyle LLP is a limited liability partnership registered in Scotland (SO305517). This email is confidential and may be legally privileged. If you are not the intended recipient, please delete it and notify us immediately.""",
  fmt="alt",
  q=("ol", 14, """Dear Accounts Payable,

We note that the following invoices remain outstanding on your account:

INV-44021  £2,340.00  due [[-30|%-d %B]]
INV-44388  £1,775.00  due [[-16|%-d %B]]
INV-44502  £960.00    due [[+10|%-d %B]]

We would be grateful for your confirmation of payment.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="P", pd=("md", 12, 23), n="law firm; two invoices 23 Dec, third not yet due")

M(d="2025-04-03", fr="Vivek Menon <vivek.menon@tidewaterlogistics.example>", s="Re: [EXTERNAL] Overdue - INV-27955",
  b="""Vivek from Tidewater AP. You'll have it by the weekend. It's going out with Friday's supplier batch, $3,906.00.

Vivek""",
  cr="mo",
  q=("gmus", 3, """Hi Vivek,

Just checking in on Invoice INV-27955 for $3,906.00, which is now 15 days past due. Could you let us know when it will be paid?

Thanks,
Meridian Office Solutions Inc."""),
  i="P", pd=("wd", "fri"), a="3906.00 USD", n="'by the weekend... Friday batch' -> Friday")

M(d="2026-01-08", fr="Laura Beckett <laura.beckett@hollinsretail.example>", s="RE: INV-45126 - payment terms",
  b="""Dear Martin,

I've checked the terms on our vendor master and they're set at 60 days end of month, which means INV-45126 (invoiced in November) falls due at the end of January. It'll be paid then, along with your December invoices at the end of February.

Regards,
Laura Beckett
Purchase Ledger Clerk
Hollins Retail Group""",
  q=("ol", 3, """Dear Laura,

INV-45126 for £4,460.00 was due on [[-8|%-d %B]] under our 30-day terms. Please could you arrange payment?

Regards,
Martin Hale
Credit Control, Northwind Supplies Ltd"""),
  i="P", pd=("eom",), n="HARD: terms differ (60 days EOM); commits to end of January -> promise eom (message in January)")

M(d="2025-09-30", fr="Pieter de Wit <pieter.dewit@arnhemcoatings.example>", s="RE: [EXTERNAL] INV-38321",
  b="""Dear Sharon,

The invoice has been released for payment today. The transfer of £2,894.00 will be executed tonight with our daily batch.

Best regards,
Pieter de Wit
Finance | Arnhem Coatings UK Ltd""",
  fmt="alt",
  i="P", pd=("today",), a="2894.00 GBP", n="'released for payment today... executed tonight' -> today")


# ---------------------------------------------------------------- extension_request
M(d="2026-02-13", fr="Helen Marsh <helen.marsh@eastgatecare.example>", s="RE: [EXTERNAL] Overdue balance - Eastgate Care Group",
  b="""Dear Martin,

Thank you for your patience with us. As you may be aware, Eastgate is currently going through a refinancing and our lenders have asked us to manage cash carefully until it completes in April.

Rather than let the account drift, we would like to propose clearing the balance of £12,000.00 in three monthly instalments of £4,000.00, on 1 March, 1 April and 1 May. Would that be acceptable to Kestrel?

Kind regards,
Helen Marsh
Interim Finance Director
Eastgate Care Group Ltd
Registered office: 9 Chapel Walk, Sheffield S1 2PD""",
  fmt="alt", cr="ks",
  q=("ol", 4, """Dear Helen,

Your account shows an overdue balance of £12,000.00 for the November to January cleaning contract invoices. Please let us know when this will be paid.

Kind regards,
Martin Hale
Kestrel Facilities Services"""),
  i="X", pd=("md", 3, 1), a="4000.00 GBP", n="instalment plan proposal; first instalment 1 March; amount = instalment")

M(d="2025-10-16", fr="Accounts Payable <ap@ferrisgate.example>", s="RE: Payment reminder INV-39402",
  b="""Hi,

Could we have an additional 14 days on this one please? Our month-end close has been delayed by an audit and no payments are going out until it's signed off.

Thanks,
Gemma
AP, Ferrisgate Distribution""",
  q=("gm", 2, """Dear Ferrisgate AP,

INV-39402 for £1,684.00 fell due on [[-3|%-d %B]]. Please could you confirm payment?

Regards,
Northwind Supplies Ltd"""),
  i="X", pd=("plus", 14), n="'additional 14 days' -> +14")

M(d="2026-09-03", fr="Craig Munro <craig.munro@lochsidedistillers.example>", s="RE: Account 30288 - overdue invoices",
  b="""Hello Sharon,

I'm afraid we won't be able to settle these in the September run. Our cash position is tight until the new season's duty drawback comes in. Is it possible for us to pay the lot on 30 September instead? I appreciate your flexibility.

Craig Munro
Financial Controller
Lochside Distillers Ltd
Tel: 01479 555 302""",
  fmt="alt",
  q=("ol", 3, """Dear Craig,

The following invoices remain unpaid:
INV-79015  £2,460.00
INV-79140  £1,128.00
INV-79288  £3,304.50

Kind regards,
Sharon Blake
Accounts Receivable
Northwind Supplies Ltd"""),
  i="X", pd=("md", 9, 30), n="asks to pay on 30 September instead of this run")

M(d="2025-03-26", fr="Procurement <procurement@wyvernrail.example>", s="RE: [EXTERNAL] Overdue invoices - Wyvern Rail Services",
  b="""Dear Sir / Madam,

Please be advised that Wyvern Rail Services has implemented a temporary payment freeze on all non-critical suppliers until the start of our new financial year. Payments will resume from 7 April 2025.

We would ask that you place your account on hold until then and refrain from applying late payment charges. We apologise for any inconvenience.

Yours faithfully,

Procurement & Supply Chain
Wyvern Rail Services Ltd""",
  fmt="html",
  q=("ol", 5, """Dear Sir / Madam,

Invoices INV-26880 and INV-27012 totalling £9,340.00 are now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 4, 7), n="HARD: company-wide payment freeze until 7 April; cannot pay now + asks for hold -> extension, date = resumption")

M(d="2026-06-22", fr="Rachel Hughes <rachel.hughes@pendlecivils.example>", s="RE: INV-60988 - retention release",
  b="""Martin,

We'd like to ask if we can defer the retention invoice until practical completion on the Padiham scheme. The client is holding our retention until then, and we'd rather not be out of pocket on both sides. I'd expect practical completion in late summer.

Thanks,
Rachel Hughes
Commercial Director | Pendle Civils Ltd""",
  q=("gm", 5, """Dear Rachel,

INV-60988 for £6,800.00 (5% retention, Padiham welfare units) is now overdue. Please let us know when this will be settled.

Regards,
Martin Hale
Kestrel Facilities Services"""),
  cr="ks",
  i="X", n="defer until practical completion 'late summer' -> no date")

M(d="2025-07-09", fr="Jason Whitlow <jwhitlow@ridgefieldhvac.example>", s="RE: Past Due - Invoices 33015, 33102",
  b="""Hi,

We're requesting a 30-day extension on these two invoices. One of our largest GC customers is 60+ days behind with us and it's squeezing our payables. New due date of August 8 would work for us if you can approve it.

Jason Whitlow
Controller
Ridgefield HVAC Services, LLC
(614) 555-0192""",
  fmt="html", cr="mo",
  q=("gmus", 2, """Hi Jason,

Invoice 33015 ($4,210.00) and invoice 33102 ($2,875.00) are now past due. Please let us know when we can expect payment.

Thanks,
Meridian Office Solutions Inc.
Accounts Receivable"""),
  i="X", pd=("md", 8, 8), n="30-day extension, new due date August 8 (Wed 9 Jul + 30 = 8 Aug)")

M(d="2025-11-12", fr="Anja Becker <anja.becker@rheintal-pharma.example>", s="AW: Zahlungserinnerung INV-41007",
  b="""Sehr geehrte Damen und Herren,

aufgrund einer Umstellung unseres ERP-Systems können wir die Rechnung INV-41007 derzeit nicht fristgerecht begleichen. Wir bitten höflich um Zahlungsaufschub bis zum 12.12.2025.

Vielen Dank für Ihr Verständnis.

Mit freundlichen Grüßen
Anja Becker
Kreditorenbuchhaltung
Rheintal Pharma AG""",
  fmt="alt", cr="al",
  q=("de", 4, """Sehr geehrte Damen und Herren,

die Rechnung INV-41007 über EUR 5.940,00 ist seit dem [[-9|%d.%m.%Y]] fällig. Wir bitten um Ausgleich.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH"""),
  i="X", pd=("md", 12, 12), n="German Zahlungsaufschub bis 12.12.2025")

M(d="2026-01-27", fr="Stuart Kerr <stuart.kerr@kerrbuilders.example>", s="Re: Final notice - INV-46230",
  b="""Stuart here. We can pay half, £3,250, this Friday but I need to ask you to defer the balance to the end of next month. The Carlisle job has overrun and we're waiting on the valuation.

Sent from my iPhone""",
  q=("ios", 1, """Dear Mr Kerr,

FINAL NOTICE: INV-46230 for £6,500.00 is now 45 days overdue. Unless payment is received within 7 days we will refer the account for collection.

Credit Control
Northwind Supplies Ltd"""),
  i="X", pd=("wd", "fri"), a="3250.00 GBP", n="HARD: pays half Friday but asks to defer the balance; extension wins; first payment £3,250 Friday")

M(d="2025-05-14", fr="Nisha Patel <nisha.patel@brookmoorhealth.example>", s="RE: [EXTERNAL] Reminder - INV-31508",
  b="""Dear Sharon,

Unfortunately this invoice has missed this month's payment run because the budget holder did not approve it before the cut-off. Could it go in the next run, on 11 June? I'm sorry it's later than your terms.

Kind regards,
Nisha Patel
Payables Assistant
Brookmoor Health Partnership""",
  fmt="alt",
  q=("ol", 3, """Dear Nisha,

INV-31508 for £1,398.00 fell due on [[-5|%-d %B]]. We would be grateful for payment.

Regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="X", pd=("md", 6, 11), n="missed cut-off; asks to pay in next run 11 June")

M(d="2026-04-02", fr="David Osborne <david.osborne@harlowmeadcouncil.example>", s="RE: INV-53904 - please advise",
  b="""Hi,

I'm writing to let you know that we are unable to pay this invoice at present. The budget code it was raised against was closed at year end on 31 March and the new year's budgets have not yet been loaded. I'll come back to you as soon as I have a code to charge it to.

Regards,
David Osborne
Facilities Manager
Harlowmead District Council""",
  q=("om", 6, """Dear David,

INV-53904 for £2,150.00 (window cleaning, Q4) remains outstanding. Please advise when payment will be made.

Regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="X", n="cannot pay now (budget code closed); no date")

M(d="2025-12-04", fr="Treasury <treasury@caldonia-group.example>", s="RE: Outstanding invoices - Caldonia Group",
  b="""Dear Credit Control,

Further to our telephone conversation, Caldonia Group would like to request that payment of the four outstanding invoices be deferred to 9 January 2026, after our year-end cash position has been finalised. We confirm the amounts are not in dispute.

Please confirm whether this is acceptable.

Regards,
Owen Fairclough
Group Treasury Manager
Caldonia Group plc""",
  fmt="alt",
  q=("ol", 2, """Dear Owen,

As discussed, the following invoices remain outstanding:

INV-43302  £6,220.00
INV-43415  £3,810.00
INV-43508  £4,905.00
INV-43640  £2,360.00

Regards,
Martin Hale
Credit Control
Northwind Supplies Ltd"""),
  i="X", pd=("md", 1, 9), n="defer to 9 January next year; 'not in dispute' said explicitly")

M(d="2026-07-15", fr="Kirsty Doyle <kirsty.doyle@tallowbrook.example>", s="RE: [EXTERNAL] RE: Payment plan",
  b="""Hi Martin,

Apologies, we missed the July instalment - our bank changed the approval process and the payment got stuck. Rather than pay two at once, could we push the whole schedule back a month? So the next £1,500.00 would be on 14 August and so on.

Kirsty Doyle
Finance Administrator | Tallowbrook Events Ltd""",
  fmt="alt",
  q=("ol", 8, """Dear Kirsty,

Just a reminder that the July instalment of £1,500.00 under our agreed payment plan was due on [[-1|%-d %B]].

Kind regards,
Martin Hale
Credit Control
Northwind Supplies Ltd""", "Payment plan"),
  i="X", pd=("md", 8, 14), a="1500.00 GBP", n="missed instalment; asks to shift plan a month; next instalment 14 Aug")

M(d="2025-01-28", fr="Mohammed Al-Sayed <m.alsayed@crescentfm.example>", s="RE: Overdue account",
  b="""Dear Martin,

We would be grateful if you would allow us until the end of next month to clear these invoices. We are waiting on a large receipt from a public sector client which has been delayed.

Best regards,
Mohammed Al-Sayed
Finance Manager
Crescent Facilities Management""",
  cr="ks",
  q=("ol", 3, """Dear Mohammed,

Your account currently has £7,845.00 overdue across INV-22560 and INV-22617. Please could you arrange payment?

Regards,
Martin Hale
Kestrel Facilities Services""", "Overdue account"),
  i="X", pd=("eonm",), n="'until the end of next month' -> end of February")

M(d="2026-10-20", fr="Payables <payables@fairhaven-logistics.example>", s="RE: INV-86012 / INV-86190",
  b="""Hi there,

We're about to go into our quarter-end ledger freeze and nothing will be processed until after the ledger reopens on 5 November. Could you please hold off on further reminders until then? I'll make sure both invoices are in the first run after that.

Thanks,
Chris Adebayo
AP Team Leader, Fairhaven Logistics""",
  fmt="alt",
  q=("gm", 2, """Dear Payables team,

INV-86012 (£2,904.00) and INV-86190 (£3,115.00) are now overdue. Please advise when we can expect payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 11, 5), n="HARD: ledger freeze; asks to hold reminders until 5 Nov + 'first run after that' -> extension, date 5 Nov")

M(d="2025-06-19", fr="Grace Ng <grace.ng@mapleleafmedical.example>", s="RE: Past due invoice INV-33708",
  b="""Hello,

Our head office in Toronto has asked all departments to stage larger supplier payments. Would you accept CA$4,500.00 now and CA$4,500.00 on July 31 for this invoice? I can release the first payment today if you agree.

Regards,
Grace Ng
Accounts Payable, Maple Leaf Medical Supply Inc.""",
  fmt="alt", cr="mo",
  q=("om", 4, """Dear Grace,

Invoice INV-33708 for CA$9,000.00 is now 20 days past due. Please remit payment.

Meridian Office Solutions Inc."""),
  i="X", pd=("today",), a="4500.00 CAD", n="HARD: Canadian dollars; asks permission to split; first half today if agreed")

M(d="2026-03-31", fr="Peter Lowe <peter.lowe@brantwickhomes.example>", s="Re: INV-50812",
  b="""Can you give us till Monday week? Our month end payments have already gone and I don't want to run a manual one.

Peter""",
  q=("gm", 1, """Hi Peter,

INV-50812 (£1,870.00) was due on [[-2|%-d %B]]. Please could you arrange payment?

Thanks,
Sharon
Northwind Supplies Ltd"""),
  i="X", pd=("iso", "2026-04-13"), n="HARD: 'Monday week' on Tue 31 Mar 2026 = Monday after next Monday (6 Apr) = 13 Apr")

M(d="2025-09-02", fr="Lucía Fernández <lucia.fernandez@solanoenergia.example>", s="RE: Factura / Invoice INV-37850 overdue",
  b="""Dear colleagues,

We apologise for the delay. Our payment to you requires approval from our holding company in Madrid, which is closed for most of August. We kindly ask you to allow us until 19 September to make the transfer of EUR 8,640.00.

Best regards,
Lucía Fernández
Cuentas a Pagar
Solano Energía UK Ltd""",
  fmt="html",
  q=("gm", 6, """Dear Lucía,

INV-37850 for EUR 8,640.00 has been overdue since [[-20|%-d %B]]. Please let us know when payment will be made.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 9, 19), a="8640.00 EUR", n="asks to allow until 19 Sept")

M(d="2026-08-12", fr="Andrew Pike <andrew.pike@seamarkports.example>", s="RE: [EXTERNAL] INV-64770 - reminder",
  b="""Andrew Pike here, Seamark finance.

We can't pay this month I'm afraid. Our cash flow forecast has us short until the dredging contract payment lands in September. I'll keep you posted.

Regards
Andrew""",
  q=("ol", 3, """Dear Andrew,

INV-64770 for £4,025.00 is now overdue. We would be grateful for an update.

Regards,
Northwind Supplies Ltd"""),
  i="X", n="can't pay this month, vague September -> null")

M(d="2025-04-24", fr="Sophie Grainger <sophie.grainger@marlowpublishing.example>", s="RE: Invoice INV-28770",
  b="""Hi,

Would it be possible to split this invoice over our next three payment runs? It's a large amount for a single month given our current print schedule. If you're agreeable I'll set it up on our side.

Sophie Grainger
Head of Production Finance
Marlow Publishing Group""",
  cr="hl",
  q=("gm", 3, """Dear Sophie,

INV-28770 for £16,950.00 (autumn catalogue print run) is now overdue. Please let us know when payment will be made.

Regards,
Harbour Lane Print Co"""),
  i="X", n="split over next three runs; no dates or amounts")

M(d="2026-05-05", fr="Yusuf Demir <yusuf.demir@anatolia-foods.example>", s="RE: Overdue statement",
  b="""Dear Sharon,

I have reviewed the statement and all items are correct. However, following the loss of a major customer contract, we are not in a position to settle the full balance at this time.

We would like to propose the following:
- £2,000.00 on 15 May
- £2,000.00 on 15 June
- the remaining £1,480.00 on 15 July

Please let me know if Northwind can accept this arrangement.

Kind regards,
Yusuf Demir
Finance Manager
Anatolia Foods (UK) Ltd""",
  fmt="alt",
  q=("om", 2, """Dear Yusuf,

Please find attached your statement. The overdue balance is £5,480.00.

Kind regards,
Sharon Blake
Northwind Supplies Ltd""", "Overdue statement"),
  att=["Statement_Anatolia_Foods.pdf"],
  i="X", pd=("dom", 15), a="2000.00 GBP", n="three-instalment proposal; 'all items are correct' (no dispute); first £2,000 on 15 May")

M(d="2025-08-20", fr="Liam Ferguson <liam.ferguson@northpointit.example>", s="RE: INV-35980 and INV-36044",
  b="""Hi Martin,

INV-35980 will be paid in Friday's run - that one's fine.

The bigger one, INV-36044, we need more time on. Our customer has delayed their payment to us and I'd like to ask for an extension until 30 September on that invoice.

Regards,
Liam Ferguson
Finance Manager, Northpoint IT Services""",
  fmt="alt",
  q=("ol", 2, """Dear Liam,

INV-35980 (£980.00) and INV-36044 (£7,410.00) are now overdue. Please let us know when we can expect payment.

Kind regards,
Martin Hale
Credit Control
Northwind Supplies Ltd"""),
  i="X", pd=("md", 9, 30), n="HARD: small invoice promised Friday, extension for the main amount; extension wins; date = extended date 30 Sep")

M(d="2026-11-24", fr="Accounts Payable <ap@ravensworth.example>", s="RE: [EXTERNAL] Payment reminder - INV-92015",
  b="""Good morning,

We are experiencing a temporary delay to outgoing payments due to an issue with our bank's payment platform. We expect this to be resolved shortly, but in the meantime we are unable to make any payments. We will update you once normal processing resumes.

Kind regards,
Accounts Payable
Ravensworth Engineering Ltd""",
  fmt="alt",
  q=("ol", 4, """Dear Accounts Payable,

INV-92015 for £3,620.00 is now overdue. Please confirm when payment will be made.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", n="HARD: unable to make any payments (bank platform issue), no date -> extension (cannot pay now)")

M(d="2025-02-12", fr="Emma Crowther <emma.crowther@fellsidehotels.example>", s="Re: Outstanding - Fellside Hotels",
  b="""Hi Sharon - quick one. February is our quietest month and the group has asked us to defer supplier payments where we can. Could we pay your two invoices on 14 March instead of this month? Happy to put it in writing.

Emma""",
  q=("gm", 2, """Hi Emma,

INV-24410 (£1,260.00) and INV-24498 (£845.00) are now overdue. Could you let us know when they'll be paid?

Thanks,
Sharon Blake
Northwind Supplies Ltd""", "Outstanding - Fellside Hotels"),
  i="X", pd=("md", 3, 14), n="defer to 14 March")

M(d="2026-01-06", fr="Robert Clayton <robert.clayton@claytonjoinery.example>", s="RE: INV-45502 - 60 days overdue",
  b="""Dear Martin,

I will be honest with you. We had a very poor December and I can't pay the whole £5,600.00 now. What I can do is £1,400.00 a month for four months, starting on the 30th of this month. Would you be willing to accept that?

Yours sincerely,
Robert Clayton
Managing Director
Clayton Joinery Ltd""",
  q=("om", 3, """Dear Robert,

INV-45502 for £5,600.00 is now 60 days overdue. We must ask you to settle this immediately.

Regards,
Martin Hale
Credit Control
Northwind Supplies Ltd"""),
  i="X", pd=("dom", 30), a="1400.00 GBP", n="four monthly instalments from the 30th; amount = instalment")

M(d="2025-10-29", fr="Shared Services Centre <ssc.finance@lumencare.example>", s="RE: Overdue invoices - Lumen Care Homes (Ashby, Cotes Lodge)",
  b="""Dear Supplier,

We write on behalf of Lumen Care Homes Ltd. Following the transfer of the Ashby and Cotes Lodge homes to our group on 1 October, all supplier accounts are being migrated to our central system. We are unable to make payments to migrated suppliers until their accounts have been validated, which we expect to complete in approximately three weeks.

We would therefore request your patience and ask that no further action is taken on the account during this period.

Lumen Care Shared Services Centre
Finance Operations""",
  fmt="html",
  q=("ol", 5, """Dear Sir / Madam,

The following invoices for Ashby and Cotes Lodge remain unpaid:
INV-39660  £1,040.00
INV-39712  £1,212.00

Please advise when payment will be made.

Regards,
Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("plus", 21), n="HARD: acquisition migration; 'approximately three weeks' -> +21; shared-service centre")

M(d="2026-10-01", fr="Tim Harrow <tim.harrow@harrowmarine.example>", s="RE: INV-83340",
  b="""Any chance we can pay this on Friday the 9th rather than this week? Our quarterly VAT payment is going out and it's left us a bit tight.

Tim Harrow
Harrow Marine Engineering""",
  q=("gm", 1, """Hi Tim,

Just checking INV-83340 (£2,118.00) will be paid this week as discussed?

Thanks,
Martin
Kestrel Facilities Services"""),
  cr="ks",
  i="X", pd=("md", 10, 9), n="asks to pay 'Friday the 9th rather than this week' (Thu 1 Oct) -> 9 Oct")

M(d="2025-07-31", fr="Alison Parry <alison.parry@beaconschools.example>", s="RE: [EXTERNAL] Invoice INV-35204 - reminder",
  b="""Good afternoon,

The school is closed over the summer and our finance office is running a reduced service. The invoice cannot be authorised until the headteacher returns. May we ask for payment to be made in the first week of September, on the 4th?

With thanks,
Alison Parry
School Business Manager
Beacon Community College""",
  fmt="alt",
  q=("ol", 3, """Dear Alison,

INV-35204 for £3,466.00 (classroom furniture) is overdue. Please could you arrange payment?

Regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 9, 4), n="school summer closure; asks for 4 September")

M(d="2026-02-18", fr="Natalie Brooks <natalie.brooks@brooksandvane.example>", s="RE: Invoice INV-48890 overdue",
  b="""Dear Sharon,

We will not be able to make payment before the 28th, when our client's stage payment is due to us. I hope that is acceptable and apologise for the inconvenience.

Natalie Brooks
Accounts Manager
Brooks & Vane Architects""",
  q=("ol", 2, """Dear Natalie,

INV-48890 for £2,640.00 was due for payment on [[-12|%-d %B]]. We would appreciate payment at your earliest convenience.

Regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="X", pd=("dom", 28), n="HARD: 'will not be able to pay before the 28th' - negated, cannot pay now -> extension, date 28th")

M(d="2025-11-20", fr="Accounts Payable <accounts.payable@orwellport.example>", s="RE: Payment terms",
  b="""Dear Martin,

Further to your reminder, our procurement team has asked whether you would accept a change to net 60 days on the current open invoices and future invoices. Our other facilities suppliers are on 60-day terms and we are trying to standardise.

Kind regards,
Accounts Payable
Orwell Port Authority""",
  cr="ks",
  q=("ol", 4, """Dear Accounts Payable,

INV-41502 and INV-41588 are now overdue under our 30-day payment terms. Please arrange payment.

Regards,
Martin Hale
Kestrel Facilities Services""", "Payment terms"),
  i="X", n="HARD: asks to move current invoices to net 60 -> extension request, no date")

M(d="2026-05-26", fr="Jenna Wilde <jenna.wilde@oakleafgardencentres.example>", s="Re: Final reminder - INV-58025",
  b="""Hi, I know this is late. Is there any way we can have another week? I'll get it paid by Friday week without fail if so.

Sent from my iPhone""",
  q=("ios", 1, """Dear Jenna,

FINAL REMINDER: INV-58025 for £1,944.00 is now 35 days overdue. Please pay immediately.

Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("nw",), n="HARD: 'another week' + 'by Friday week' (Tue 26 May) -> Friday of next week, 5 June")

M(d="2025-03-04", fr="Finance <finance@ironbridgebrewing.example>", s="RE: INV-25118",
  b="""Hello,

We'd like to request a short deferral, please - a week should do it. Our distributor's payment has bounced and we're waiting for them to re-send.

Thanks,
Finance Team
Ironbridge Brewing Co.""",
  q=("gm", 2, """Dear Finance Team,

INV-25118 for £1,122.00 (keg collars and cases) was due on [[-4|%-d %B]]. Please could you arrange payment?

Regards,
Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("plus", 7), n="'a week should do it' -> +7")

M(d="2026-08-27", fr="Ivan Petrov <ivan.petrov@balticlinecargo.example>", s="RE: Overdue invoices Q2",
  b="""Dear Sirs,

Our company is in a standstill agreement with our lenders until 30 September and all supplier payments above EUR 5,000 require their consent. We have applied for consent to pay your invoices but cannot pay before then. We ask for your understanding and that no interest is charged in the meantime.

Regards,
Ivan Petrov
CFO, Baltic Line Cargo UAB""",
  fmt="alt", cr="al",
  q=("gm", 4, """Dear Mr Petrov,

The following Q2 invoices are overdue: INV-63102 (EUR 8,200.00), INV-63377 (EUR 6,950.00). Please advise on payment.

Alpenrose Logistik GmbH
Buchhaltung""", "Overdue invoices Q2"),
  i="X", pd=("md", 9, 30), n="HARD: standstill agreement; cannot pay before 30 Sept -> extension, date 30 Sept; amount threshold not an amount to pay")

M(d="2025-01-09", fr="Karen Holt <karen.holt@holtgroupservices.example>", s="RE: [EXTERNAL] Payment reminder - INV-11840",
  b="""Dear Martin,

Apologies - I should have written sooner. Our group has moved to a 45-day payment cycle from 1 January and this invoice has been caught in the transition. Could you kindly agree to it being paid on 20 February?

Kind regards,
Karen Holt
Purchase Ledger Manager
Holt Group Services""",
  fmt="alt",
  q=("ol", 3, """Dear Karen,

INV-11840 for £2,315.00 was due on [[-5|%-d %B]]. Please arrange payment.

Kind regards,
Martin Hale
Northwind Supplies Ltd"""),
  i="X", pd=("md", 2, 20), n="asks agreement to pay 20 February")

M(d="2026-03-14", fr="Ben Carver <ben.carver@carverdigital.example>", s="Re: Invoice #49330",
  b="""Is there any flexibility on timing? We've just been hit with a big corporation tax bill and I'd rather not go overdrawn. I could do it in April if that's ok.""",
  cr="bp",
  q=("gm", 3, """Hi Ben,

Invoice #49330 for £3,200.00 is now overdue. Could you let us know when it'll be paid?

Thanks,
Bright Pixel Studio"""),
  i="X", n="asks flexibility; 'in April' vague -> null")

M(d="2025-06-03", fr="Fatima Zahra <fatima.zahra@atlasroofing.example>", s="RE: INV-32880 - 3rd reminder",
  b="""Dear Sharon,

We cannot pay this invoice this month. We are expecting an insurance settlement in the coming weeks, after which we will clear our account in full.

Regards,
Fatima Zahra
Office Manager
Atlas Roofing & Cladding Ltd""",
  q=("om", 2, """Dear Fatima,

This is our third reminder regarding INV-32880 for £4,780.00. Please contact us urgently to discuss payment.

Regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="X", n="can't pay this month, 'coming weeks' -> null")


# ---------------------------------------------------------------- dispute
M(d="2025-05-23", fr="Accounts Payable <ap@kingsmereretail.example>", s="RE: [EXTERNAL] Overdue invoice INV-32218",
  b="""Dear Sir/Madam,

INV-32218 is currently blocked in our system due to a price variance. The unit price invoiced for item 44-1180 (nitrile gloves, box of 100) is £6.40, whereas the price on our purchase order PO 4500917326 is £5.85. The invoice cannot be released for payment until the price is corrected.

Please issue a credit note and a revised invoice at the PO price, or contact the buyer, Jamie Lowe, if you believe the PO is wrong.

Kind regards,
Accounts Payable
Kingsmere Retail plc
Kingsmere House, 1 Market Street, Nottingham NG1 6HW

Please consider the environment before printing this email.""",
  fmt="alt",
  q=("ol", 4, """Dear Accounts Payable,

INV-32218 for £3,840.00 (600 boxes of nitrile gloves) is now overdue. Please let us know when payment will be made.

Regards,
Northwind Supplies Ltd"""),
  i="D", a="6.40 GBP", n="three-way match price variance; amount = invoiced unit price contested (only per-unit figures in new text)")

M(d="2026-02-04", fr="Warehouse Accounts <goodsin.accounts@brantleydistribution.example>", s="RE: INV-47402 - payment overdue",
  b="""Hi,

Our goods received note for this delivery shows 180 cases received against the 200 invoiced. The driver's POD was signed "20 short". We will only pay for what we received, so please send a credit note for the 20 cases (£412.00) and we'll pay the balance.

Thanks,
Leanne Cross
Goods-In Accounts Clerk
Brantley Distribution Ltd
Tel: 01384 555 718""",
  fmt="alt", cr="gf",
  q=("gm", 3, """Dear Leanne,

INV-47402 for £4,120.00 (200 cases, shipper boxes) was due on [[-7|%-d %B]]. Please arrange payment.

Kind regards,
Greenfold Packaging"""),
  i="D", a="412.00 GBP", n="HARD: short delivery vs GRN; pay balance once credited -> dispute; amount = contested short-shipped value")

M(d="2025-08-12", fr="Purchase Ledger <purchase.ledger@ellingtonhealth.example>", s="RE: Statement reconciliation - Ellington Health",
  b="""Dear Sharon,

We have reconciled your statement dated 31 July to our purchase ledger. The differences are as follows:

INV-35331 - duplicate of INV-35302 (same PO, same delivery note DN 88210). INV-35302 was paid on 18 July.
INV-35390 - credited in full by your credit note CN-5512 dated 22 July. Please allocate the credit.

All other items agree and are being paid in line with terms. Please correct your ledger and send us an updated statement.

Regards,
Purchase Ledger Team
Ellington Health NHS Foundation Trust""",
  fmt="alt",
  q=("ol", 6, """Dear Purchase Ledger Team,

Please find attached your statement as at 31 July. The overdue items are:

INV-35302  £1,904.00
INV-35331  £1,904.00
INV-35390  £722.50

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  att=["Ellington_recon_July.csv"],
  i="D", n="HARD: statement recon - duplicate + already credited; mentions a paid original; dispute wins")

M(d="2026-09-18", fr="Gordon Pryce <gordon.pryce@tolvercouncil.example>", s="RE: [EXTERNAL] Invoices INV-80470 to INV-80472",
  b="""Dear Kestrel,

The cleaning contract for the Tolver Road depot was terminated with effect from 31 July 2026, and your contracts team acknowledged the notice in writing on 2 June. We therefore do not accept the invoices for August and September and will not be paying them.

Please cancel INV-80470, INV-80471 and INV-80472 and confirm in writing.

Regards,
Gordon Pryce
Contracts & Procurement Manager
Tolver Borough Council""",
  fmt="alt", cr="ks",
  q=("ol", 5, """Dear Gordon,

The following invoices for the Tolver Road depot are now overdue:

INV-80470  £2,880.00  (August cleaning)
INV-80471  £2,880.00  (September cleaning)
INV-80472  £340.00    (consumables)

Regards,
Kestrel Facilities Services"""),
  i="D", n="services invoiced after contract termination")

M(d="2025-01-23", fr="Olivia Stanton <olivia.stanton@radcliffeclinics.example>", s="RE: INV-11950",
  b="""Hi,

Could you explain why a fuel surcharge of £86.00 has been added? Our contract with you has fixed delivered pricing and there's no provision for surcharges.

Olivia Stanton
Procurement Lead, Radcliffe Clinics""",
  q=("gm", 2, """Dear Olivia,

INV-11950 for £1,286.00 is now overdue. Please could you arrange payment?

Regards,
Northwind Supplies Ltd"""),
  i="D", a="86.00 GBP", n="HARD: phrased as a question but contests a surcharge not in contract -> dispute")

M(d="2026-04-21", fr="Payables <payables@corbynfreight.example>", s="RE: Overdue INV-55102",
  b="""Hello,

We will not release payment on this invoice until the credit note for the damaged pallet has been received. Photographs and the carrier's damage report were sent to your customer services team on 27 March (their ref CS-22871).

Regards,
Payables
Corbyn Freight Ltd""",
  q=("om", 4, """Dear Payables,

INV-55102 for £2,615.00 is now past due. Please arrange payment or let us know of any issue.

Regards,
Northwind Supplies Ltd"""),
  i="D", n="HARD: 'will not release payment until the credit note' - negated conditional -> dispute")

M(d="2025-11-06", fr="Derek Lang <derek.lang@marchbankhotels.example>", s="RE: [EXTERNAL] Reminder: INV-40555",
  b="""Martin,

I've had complaints from the general managers at three of our hotels that the window cleaning simply wasn't done on the dates invoiced - Carlisle on 6 and 20 October, Penrith on 13 October. Site logs show no sign-in from your operatives on those days.

I'm not paying for visits that didn't happen. Please amend the invoice to remove those three visits (£540.00) and resend.

Derek Lang
Regional Operations Manager
Marchbank Hotels""",
  cr="ks",
  q=("ol", 3, """Dear Derek,

INV-40555 for £3,240.00 (window cleaning, October) is overdue. Please arrange payment.

Regards,
Martin Hale
Kestrel Facilities Services"""),
  i="D", a="540.00 GBP", n="visits invoiced but not carried out; amount = contested visits")

M(d="2026-06-03", fr="Accounts Payable <ap@stridertech.example>", s="RE: Past due invoice INV-59822 - subscription renewal",
  b="""Hello,

We did not authorize the renewal of this subscription. Our notice of non-renewal was sent on April 2 to your billing team, 60 days before the renewal date as required under section 9.2 of the agreement. We are not liable for the $14,400.00 annual fee and ask that the invoice be voided.

Regards,
Megan Ortiz
Accounts Payable Manager
Strider Technologies, Inc.
2200 Alder Ave, Portland, OR 97209""",
  fmt="html",
  html="""<div dir="ltr"><p style="margin:0">Hello,</p><p style="margin:0">&nbsp;</p>
<p style="margin:0">We did not authorize the renewal of this subscription. Our notice of non-renewal was sent on April 2 to your billing team, 60 days before the renewal date as required under section 9.2 of the agreement. We are not liable for the $14,400.00 annual fee and ask that the invoice be voided.</p><p style="margin:0">&nbsp;</p>
<p style="margin:0">Regards,</p>
<table cellpadding="0" cellspacing="0" style="font-family:Calibri,sans-serif;font-size:11pt"><tr><td style="border-right:2px solid #0b5394;padding-right:8px"><b>Megan Ortiz</b><br>Accounts Payable Manager</td><td style="padding-left:8px">Strider Technologies, Inc.<br>2200 Alder Ave, Portland, OR 97209</td></tr></table></div>""", cr="mo",
  q=("gmus", 7, """Hello,

Invoice INV-59822 for $14,400.00 (annual subscription renewal) is now 21 days past due. Please remit payment.

Thank you,
Meridian Office Solutions Inc."""),
  i="D", a="14400.00 USD", n="auto-renewal disputed; notice given")

M(d="2025-09-24", fr="Natasha Reid <natasha.reid@corrib-construct.example>", s="RE: INV-38150 - labour hours",
  b="""Hi,

The hours on this invoice don't match the timesheets signed by our site manager. Signed timesheets total 120 hours for the week ending 12 September; you've invoiced 142. Please reissue for 120 hours. We'll process the corrected invoice in the normal way.

Natasha Reid
Quantity Surveyor
Corrib Construction Ltd""",
  fmt="alt", cr="ks",
  q=("gm", 4, """Dear Natasha,

INV-38150 for £4,970.00 (142 hours labour at £35.00) is now overdue. Please could you confirm payment?

Regards,
Kestrel Facilities Services"""),
  i="D", n="HARD: timesheet hours mismatch; 'we'll process the corrected invoice' conditional -> dispute; no money figure in new text -> amount null")

M(d="2026-11-10", fr="Kreditorenbuchhaltung <kreditoren@baumann-maschinenbau.example>", s="AW: 2. Mahnung INV-89034",
  b="""Sehr geehrte Damen und Herren,

wir widersprechen der Rechnung INV-89034. Die Lieferung vom 14.10. wurde bei Anlieferung wegen Transportschäden vollständig zurückgewiesen; der Fahrer hat dies auf dem Lieferschein vermerkt. Bitte stornieren Sie die Rechnung.

Mit freundlichen Grüßen
Baumann Maschinenbau GmbH
Kreditorenbuchhaltung""",
  cr="al",
  q=("de", 5, """Sehr geehrte Damen und Herren,

trotz unserer Erinnerung ist die Rechnung INV-89034 über EUR 3.275,00 weiterhin offen. Wir bitten um umgehende Zahlung.

Alpenrose Logistik GmbH
Buchhaltung""", "2. Mahnung INV-89034"),
  i="D", n="German: delivery rejected on arrival for transport damage")

M(d="2025-03-13", fr="Catrin Howells <catrin.howells@dyfedwater.example>", s="RE: Invoice INV-25933 - no purchase order",
  b="""Dear Supplier,

We have no record of raising a purchase order for the goods on this invoice and none of our depots has a record of receiving them. Dyfed Water operates a strict "No PO, No Pay" policy, and this invoice has been rejected.

If you believe this is in error, please provide the name of the person who placed the order and a signed proof of delivery.

Catrin Howells
Accounts Payable
Dyfed Water Services""",
  fmt="alt",
  q=("ol", 5, """Dear Accounts Payable,

INV-25933 for £1,466.00 (safety footwear) is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="D", n="HARD: missing PO - rejected, no record of order or receipt -> dispute (not just a PO question)")

M(d="2026-07-31", fr="Jonathan Mercer <jonathan.mercer@mercerhale.example>", s="RE: INV-62960",
  b="""The quote you sent in May was £2,850 + VAT for the full job. The invoice is for £3,420 + VAT. Nobody told us about any additional work. We'll pay the quoted figure and no more.

Jonathan Mercer
Partner, Mercer Hale Surveyors""",
  cr="hl",
  q=("gm", 2, """Dear Jonathan,

INV-62960 for £4,104.00 (£3,420.00 + VAT) is now overdue. Please let us know when payment will be made.

Regards,
Harbour Lane Print Co"""),
  i="D", a="3420.00 GBP", n="HARD: price not as quoted; offer to pay quoted figure is conditional -> dispute; amount = contested invoiced net")

M(d="2025-12-10", fr="Accounts Payable <ap@quaysidemedia.example>", s="RE: [EXTERNAL] Overdue invoice - late payment charge",
  b="""Dear Sharon,

We have paid the original invoice in full. We do not accept the late payment compensation of £70.00 now being claimed. The original invoice was not submitted through our supplier portal as our terms require, and was only received by us on 3 November when you re-sent it. It was paid within 30 days of that date.

Please cancel INV-44206.

Regards,
Accounts Payable
Quayside Media Group""",
  fmt="alt",
  q=("ol", 3, """Dear Accounts Payable,

Please find attached invoice INV-44206 for £70.00, being statutory late payment compensation in respect of INV-41390.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="D", a="70.00 GBP", n="HARD: original paid but contests late-payment charge -> dispute beats already_paid")

M(d="2026-01-14", fr="Reece Hammond <reece.hammond@hammondfoodgroup.example>", s="RE: INV-45770 - volume rebate",
  b="""Hi Martin,

This invoice doesn't reflect the 5% volume rebate that applies under our 2025 supply agreement once we pass 2,000 cases a quarter - which we did in Q4. The rebate on this invoice alone comes to £318.50. Please issue a credit for the rebate and we'll settle the net amount.

Reece Hammond
Head of Procurement
Hammond Food Group""",
  q=("om", 4, """Dear Reece,

INV-45770 for £6,370.00 is now overdue. Please arrange payment.

Regards,
Martin Hale
Northwind Supplies Ltd"""),
  i="D", a="318.50 GBP", n="rebate not applied; pay net once credited -> dispute; amount = disputed rebate")

M(d="2025-06-26", fr="Sara Lindgren <sara.lindgren@nordvikshipping.example>", s="RE: Overdue invoice INV-33960 - VAT",
  b="""Dear Sir/Madam,

This invoice has been charged with UK VAT at 20%. The services were supplied to our Swedish entity, Nordvik Shipping AB, and should be outside the scope of UK VAT under the reverse charge. We cannot pay an invoice with incorrect VAT. Please issue a credit note and re-invoice without VAT, quoting our VAT number SE556677889901.

Kind regards,
Sara Lindgren
Ekonomi / Finance
Nordvik Shipping AB""",
  fmt="html",
  q=("ol", 3, """Dear Sir/Madam,

INV-33960 for £7,200.00 (including VAT £1,200.00) is now overdue. Please arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="D", n="VAT charged incorrectly (reverse charge); VAT number not a ref")

M(d="2026-10-29", fr="Hugo Lefèvre <hugo.lefevre@lefevre-industrie.example>", s="RE: INV-87714 - mauvaise devise / wrong currency",
  b="""Hello,

Our framework contract with Alpenrose is priced in GBP, not EUR. This invoice has been raised in euros at EUR 9,840.00, which at today's rate is considerably more than the agreed GBP price. Please re-issue the invoice in GBP in accordance with the contract.

Cordialement,
Hugo Lefèvre
Responsable Comptabilité Fournisseurs
Lefèvre Industrie SAS""",
  fmt="alt", cr="al",
  q=("fr", 6, """Dear Mr Lefèvre,

Please note that invoice INV-87714 for EUR 9,840.00 is now overdue. Kindly arrange payment.

Alpenrose Logistik GmbH"""),
  i="D", a="9840.00 EUR", n="invoiced in wrong currency vs contract")

M(d="2025-04-09", fr="Returns Desk <returns@cobaltelectrical.example>", s="RE: INV-28305 - RMA 60118",
  b="""Hi,

The 14 units of LED panel on this invoice were returned under RMA 60118 on 3 March and your warehouse signed for them on 6 March. We're still waiting for the credit note. Until it arrives, this invoice will stay on hold.

Regards,
Returns Desk
Cobalt Electrical Wholesale""",
  q=("gm", 4, """Dear Cobalt Electrical,

INV-28305 for £1,092.00 (14 x LED panel 600x600) is overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="D", n="returned goods under RMA, credit note awaited -> dispute")

M(d="2026-03-25", fr="Ap Exceptions <ap.exceptions@halvorsenretail.example>", s="[EXTERNAL] Invoice exception notice - INV-50330",
  b="""Dear Supplier,

Invoice number: INV-50330
Exception type: QUANTITY VARIANCE
PO number: HR-PO-771044
Quantity on PO: 48
Quantity received: 48
Quantity invoiced: 60

This invoice has been placed on hold. To resolve, please submit a credit note for the excess quantity or contact the buyer named on the purchase order. Invoices on hold are not included in payment runs.

This is a system-generated message from Halvorsen Retail Accounts Payable.""",
  fmt="html",
  i="D", n="HARD: system-generated exception notice (auto-looking) but contests the quantity -> dispute, not ignore")

M(d="2025-10-08", fr="Philip Ashworth <philip.ashworth@ashworthlegal.example>", s="RE: Overdue - INV-39118",
  b="""Dear Ms Blake,

I write regarding the above invoice. The printer you supplied in July has been out of service for a total of eleven working days since installation, and your engineer has attended four times without resolving the fault. The equipment is not of satisfactory quality and we consider ourselves entitled to reject it.

We will not be paying for it. Please arrange collection at your earliest convenience.

Yours sincerely,

Philip Ashworth
Practice Manager
Ashworth Legal LLP""",
  fmt="alt", cr="mo",
  q=("ol", 5, """Dear Mr Ashworth,

Invoice INV-39118 for $6,850.00 is now 30 days past due. Please remit payment or contact us to discuss.

Meridian Office Solutions Inc.
Accounts Receivable"""),
  i="D", n="faulty equipment rejected; amount only in quote -> null")

M(d="2026-08-18", fr="Accounts <accounts@pennineleisure.example>", s="RE: INV-64015 and INV-64016",
  b="""Hi, these look like the same invoice twice? Same PO, same date, same amount. We've paid INV-64015 - please cancel the other one.""",
  q=("gm", 3, """Hello,

INV-64015 (£1,386.00) and INV-64016 (£1,386.00) are now overdue. Please could you arrange payment?

Kind regards,
Greenfold Packaging"""),
  cr="gf",
  i="D", n="HARD: starts as a question but asserts duplicate and asks to cancel; mentions paying the original -> dispute")

M(d="2025-02-18", fr="Tamsin Oakes <tamsin.oakes@oakesandpartners.example>", s="RE: [EXTERNAL] Invoice INV-12890",
  b="""Dear Martin,

We've received the above invoice for a 12-month maintenance contract commencing 1 January. Our contract with you commenced on 1 March, not 1 January, as confirmed in the signed order form. Could you confirm why we have been charged for January and February?

Kind regards,
Tamsin Oakes
Office Manager""",
  fmt="alt", cr="ks",
  q=("ol", 2, """Dear Tamsin,

Please find attached INV-12890 for £4,800.00, covering the annual maintenance contract. Payment is now overdue.

Regards,
Martin Hale
Kestrel Facilities Services"""),
  i="D", n="HARD: polite question but contests the charged period -> dispute")

M(d="2026-05-19", fr="Nicola Fraser <nicola.fraser@kelvinsidehomes.example>", s="RE: INV-57880 - liquidated damages",
  b="""Martin,

Please note we have today paid £7,650.00 against this invoice. The balance of £1,350.00 has been withheld as liquidated damages under clause 14 of the subcontract, as the works were completed nine days after the agreed completion date. We do not accept that the balance is payable.

Regards,
Nicola Fraser
Commercial Manager
Kelvinside Homes Ltd""",
  fmt="alt", cr="ks",
  q=("ol", 4, """Dear Nicola,

INV-57880 for £9,000.00 (Phase 2 site welfare and cleaning) is overdue. Please let us know when payment will be made.

Regards,
Martin Hale
Kestrel Facilities Services"""),
  i="D", a="1350.00 GBP", n="HARD: part-paid + withholds balance as LDs; dispute beats already_paid; amount = withheld balance")

M(d="2025-07-15", fr="AP Helpdesk <aphelpdesk@trentvalleyfoods.example>", s="RE: INV-34402 [Ticket #AP-4471]",
  b="""Disputed - price variance against PO. See ticket AP-4471. Buyer contacted.

AP Helpdesk""",
  i="D", n="curt AP: 'Disputed - price variance'; ticket not an invoice ref")

M(d="2026-02-26", fr="Ewan Campbell <ewan.campbell@caledonianrail.example>", s="RE: [EXTERNAL] INV-48302",
  b="""Hi Sharon,

Price increase. Our contract requires 90 days' written notice of any price change and we had your letter on 2 January for increases effective 1 February. We will only pay at the old prices until the notice period has run, so please re-issue at the 2025 rates.

Ewan Campbell
Category Manager, Indirect Procurement
Caledonian Rail Ltd""",
  q=("gm", 2, """Dear Ewan,

INV-48302 for £2,912.00 is now overdue. Please let us know when we can expect payment.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="D", n="price increase without contractual notice -> dispute")

M(d="2025-12-02", fr="Stores Manager <stores@wrexhamforge.example>", s="Re: INV-43160",
  b="""We never received this delivery. Our stores system has no goods-in record for that date and nobody here signed for it. Send us the POD with a signature and we'll look again, but as it stands we don't owe this.""",
  q=("gm", 4, """Hi,

INV-43160 for £1,608.00 (welding consumables, delivered [[-34|%-d %B]]) is overdue. Please arrange payment.

Thanks,
Northwind Supplies Ltd"""),
  i="D", n="HARD: goods not received; asks for POD but states 'we don't owe this' -> dispute not question")

M(d="2026-06-10", fr="Procurement Helpdesk <procurement@castlemere-uni.example>", s="RE: INV-60306 - warranty",
  b="""Dear Meridian,

The repair carried out on the Faculty of Arts copier on 12 May was to a fault covered by the 24-month warranty on the device (installed March 2025). We were not told there would be a charge and we will not be paying this invoice.

Procurement Helpdesk
Castlemere University""",
  fmt="alt", cr="mo",
  q=("gmus", 4, """Hello,

Invoice INV-60306 for $425.00 (copier repair, Faculty of Arts) is now past due. Please remit payment.

Thank you,
Meridian Office Solutions Inc."""),
  i="D", n="repair covered by warranty -> dispute")

M(d="2025-08-28", fr="Rosalind Webb <rosalind.webb@webbhousing.example>", s="RE: INV-36690 - please explain",
  b="""Hello,

Is there a reason you've invoiced us for 26 bins when the contract schedule lists 18? If you've been emptying bins that aren't ours, that's not something we'll pay for. We'd like this corrected before we release anything.

Rosalind Webb
Finance Business Partner
Webb Housing Trust""",
  fmt="alt", cr="ks",
  q=("ol", 2, """Dear Rosalind,

INV-36690 for £1,404.00 (commercial waste, 26 bins, July) is overdue. Please arrange payment.

Regards,
Kestrel Facilities Services"""),
  i="D", n="HARD: question form but contests quantity and withholds payment -> dispute")

M(d="2026-09-25", fr="Luca Bianchi <luca.bianchi@bianchiarredi.example>", s="RE: Sollecito / Reminder INV-81250",
  b="""Dear Sirs,

We have received only 3 of the 5 pallets on this invoice. The CMR note confirms 3 pallets delivered. Until you deliver the remaining 2 pallets or issue a credit for them, we will pay nothing on this invoice.

Regards,
Luca Bianchi
Ufficio Acquisti
Bianchi Arredi S.r.l.""",
  cr="al",
  q=("gm", 3, """Dear Mr Bianchi,

Invoice INV-81250 for EUR 6,250.00 (5 pallets) is overdue. Please arrange payment.

Alpenrose Logistik GmbH"""),
  i="D", n="short delivery 3 of 5 pallets; pay nothing until fixed")

M(d="2025-05-07", fr="Accounts Payable <ap@greenwayleisure.example>", s="RE: [EXTERNAL] INV-31840 - wrong legal entity",
  b="""Dear Sir/Madam,

This invoice is addressed to Greenway Leisure Holdings Ltd. The order was placed by, and the contract is with, Greenway Leisure (Operations) Ltd, company no. 09117734. Greenway Leisure Holdings Ltd is a non-trading holding company and is not liable for this invoice.

Please cancel INV-31840 and re-invoice the correct entity.

Accounts Payable
Greenway Leisure Group""",
  fmt="alt",
  q=("ol", 4, """Dear Accounts Payable,

INV-31840 for £2,286.00 is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="D", n="HARD: wrong legal entity, states not liable and asks cancel -> dispute (vs a simple re-address question)")

M(d="2026-04-18", fr="Michelle Dunn <michelle.dunn@dunnlogistics.example>", s="Re: INV-54488",
  b="""Michelle Dunn, Dunn Logistics. The rate on this is wrong - we agreed £1.85 a label in the tender, not £2.10. I'd like a revised invoice please.""",
  cr="hl",
  q=("gm", 4, """Hi Michelle,

INV-54488 for £5,250.00 (2,500 thermal labels) is overdue. Please could you let us know when it'll be paid?

Thanks,
Harbour Lane Print Co"""),
  i="D", a="2.10 GBP", n="rate not as tendered; amount = charged unit price")

M(d="2025-11-25", fr="Anthony Greer <anthony.greer@greerassoc.example>", s="RE: Invoice INV-41660 / our complaint",
  b="""Dear Martin,

I'm disappointed to receive a reminder for this invoice when our complaint about the office deep clean remains unresolved. As set out in my email of 10 November, the carpets were left wet and stained and the kitchen was not cleaned at all. Your area manager agreed to send a team back, which has not happened.

We are happy to pay once the work has been completed to an acceptable standard, but not before.

Regards,
Anthony Greer
Director, Greer Associates""",
  cr="ks",
  q=("ol", 5, """Dear Anthony,

INV-41660 for £1,180.00 (office deep clean) is now overdue. Please arrange payment.

Regards,
Martin Hale
Kestrel Facilities Services"""),
  i="D", n="HARD: poor work; 'happy to pay once completed' conditional -> dispute")

M(d="2026-07-07", fr="Priyanka Shah <priyanka.shah@shahpharmacies.example>", s="RE: INV-61510",
  b="""Hi Sharon

We cancelled this order by email on 16 June, well before dispatch - your sales team confirmed the cancellation the same day (ref SO-448812). The goods turned up anyway and we refused them at the door. We do not owe this invoice.

Regards
Priyanka Shah
Head Office Finance, Shah Pharmacies""",
  fmt="alt",
  q=("gm", 3, """Dear Priyanka,

INV-61510 for £2,030.00 is overdue. Please arrange payment.

Regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="D", n="order cancelled before dispatch, refused at door")

M(d="2025-09-09", fr="Finance Office <finance@hollybanktrust.example>", s="RE: INV-37580 - already credited?",
  b="""Dear Northwind,

Your colleague Priya confirmed on 12 August that this invoice would be cancelled and replaced by INV-37902, which we paid on 29 August. Please remove INV-37580 from our account.

Regards,
Finance Office
Hollybank Trust""",
  q=("om", 2, """Dear Finance Office,

INV-37580 for £960.00 remains unpaid. Please could you arrange payment?

Regards,
Northwind Supplies Ltd"""),
  i="D", n="HARD: invoice replaced by another (which was paid); contests this one -> dispute not already_paid")

M(d="2026-11-04", fr="Rowan Ellery <rowan.ellery@elleryarchitects.example>", s="RE: [EXTERNAL] Reminder - INV-90215",
  b="""Hi,

We're not disputing the printing itself, but the delivery charge of £145.00 was never agreed - your quote said free delivery within the M25. Could you remove it and send a revised invoice? The rest we'll pay once we have that.

Thanks,
Rowan""",
  cr="hl",
  q=("gm", 3, """Dear Rowan,

INV-90215 for £1,345.00 (A1 presentation boards, incl. delivery) is overdue. Please let us know when payment will be made.

Regards,
Harbour Lane Print Co"""),
  i="D", a="145.00 GBP", n="HARD: 'not disputing the printing' but contests delivery charge; pays rest once revised -> dispute")

M(d="2025-03-31", fr="Accounts Payable <accountspayable@mosleyhealthcare.example>", s="RE: INV-26744 - payment on hold",
  b="""Good morning,

We have withheld payment of this invoice. The 40 boxes of surgical masks delivered on 6 March did not carry the required CE marking and were quarantined by our infection control team. They are awaiting collection. We will not be paying for non-compliant stock.

Regards,
Accounts Payable
Mosley Healthcare Group""",
  fmt="alt",
  q=("ol", 3, """Dear Accounts Payable,

INV-26744 for £880.00 is now overdue. Please let us know when it will be paid.

Kind regards,
Northwind Supplies Ltd"""),
  i="D", n="non-compliant goods quarantined")

M(d="2026-01-30", fr="Sven Aalto <sven.aalto@aaltopaper.example>", s="RE: INV-46640",
  b="""Good afternoon,

We are querying this invoice. The corrugated sheets were supplied at 3mm flute, but our specification and PO require 5mm. The goods are unsuitable for our use and have been set aside for collection. Please advise how you intend to resolve this - we expect a full credit.

Best regards,
Sven Aalto
Purchasing Manager
Aalto Paper Converters Oy""",
  cr="gf",
  q=("gm", 4, """Dear Sven,

INV-46640 for EUR 4,460.00 is overdue. Please arrange payment.

Kind regards,
Greenfold Packaging"""),
  i="D", n="HARD: 'querying this invoice' but wrong spec, expects full credit -> dispute")


# ---------------------------------------------------------------- already_paid
M(d="2025-04-29", fr="Remittances <remittances@harlandgroup.example>", s="RE: [EXTERNAL] Overdue invoices - Harland Group",
  b="""Dear Supplier,

Please find attached our remittance advice for payment made on 25 April 2025 by BACS, covering the following invoices:

INV-29014   £1,218.00
INV-29102   £3,406.50
INV-29177   £775.00

Total paid: £5,399.50
Payment reference: HG-250425-0087

Please allow 2-3 working days for the funds to be reflected in your account.

Regards,
Accounts Payable
Harland Group plc
Harland House, Quay Street, Manchester M3 3HN""",
  fmt="alt", att=["Remittance_HG-250425-0087.pdf"],
  q=("ol", 5, """Dear Accounts Payable,

Our records show the following invoices as overdue:
INV-29014  £1,218.00
INV-29102  £3,406.50
INV-29177  £775.00

Please let us know when payment will be made.

Regards,
Northwind Supplies Ltd"""),
  i="A", a="5399.50 GBP", n="remittance advice covering three invoices; amount = total paid")

M(d="2026-03-09", fr="Tanya Hirst <tanya.hirst@corbelinteriors.example>", s="RE: INV-49601",
  b="""Hi Sharon,

This was paid on 27 February by BACS - £2,460.00, our reference CORB-PAY-1182. Could you check your allocation? It may have been posted against another customer.

Regards,
Tanya Hirst
Accounts Assistant | Corbel Interiors Ltd""",
  q=("ol", 3, """Dear Tanya,

INV-49601 for £2,460.00 is now overdue. Please could you confirm when payment will be made?

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="A", a="2460.00 GBP", n="paid by BACS, check allocation")

M(d="2025-06-05", fr="Brian Kowalczyk <bkowalczyk@lakeshoremfg.example>", s="RE: Past due - Invoice 33190",
  b="""Hello,

Check #10492 in the amount of $3,400.00 was mailed on 5/28 to your remit-to address in Columbus. Please let me know if it hasn't arrived by the end of the week and I'll put a stop on it.

Brian Kowalczyk
A/P Supervisor
Lakeshore Manufacturing Co.""",
  cr="mo",
  q=("gmus", 3, """Hi Brian,

Our records show Invoice 33190 for $3,400.00 as 12 days past due. Please remit payment at your earliest convenience.

Thank you,
Meridian Office Solutions Inc."""),
  i="A", a="3400.00 USD", n="check mailed, US date")

M(d="2026-10-23", fr="Coupa Notifications <do_not_reply@halsteadgroup.coupahost.example>", s="Invoice INV-85572 status update: Paid",
  b="""Halstead Group

Invoice INV-85572 has been paid.

Supplier: Northwind Supplies Ltd
Invoice date: 15-Sep-2026
Invoice total: GBP 1,944.00
Payment date: 22-Oct-2026
Payment reference: PAY-00419233

You can view the invoice and payment details on the Coupa Supplier Portal.

This is an automated message. Please do not reply.""",
  fmt="html", noref=1,
  i="A", a="1944.00 GBP", n="HARD: portal automated notification that the invoice is paid - automated but carries a payment fact -> already_paid (not ignore)")

M(d="2025-09-12", fr="Jordan Wells <jordan.wells@prestonbrook.example>", s="RE: Second reminder - INV-37455",
  b="""Dear Sharon,

Apologies for the confusion. Payment was made on 1 September as I said it would be, but I've since learned our payments team used the bank details on your old letterhead (Barclays) rather than the new HSBC account. The funds have not been returned to us, so they should be in the old account. Please could you check with your bank?

Kind regards,
Jordan Wells
Finance Manager
Prestonbrook Estates""",
  fmt="alt",
  q=("ol", 3, """Dear Jordan,

This is our second reminder regarding INV-37455 for £3,150.00.

Further to your email of [[-15|%-d %B]]:

"We will be paying this on 1 September."

We have not yet received the payment. Please could you look into this.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="A", n="HARD: promise appears only in the quoted history; new text says paid (to old bank details) -> already_paid")

M(d="2026-05-12", fr="Accounts Payable <ap@verityinsurance.example>", s="RE: [EXTERNAL] Outstanding balance - Verity Insurance",
  b="""Good morning,

Please can you confirm you received our payment of £8,240.00 on 7 May? It covered INV-56601, INV-56690 and INV-56733. The remittance was sent to accounts@northwind-supplies.example on the same day.

Kind regards,
Deborah Marsh
Accounts Payable
Verity Insurance Ltd""",
  fmt="html",
  q=("ol", 4, """Dear Accounts Payable,

The following invoices remain outstanding on your account: INV-56601, INV-56690, INV-56733 (total £8,240.00).

Regards,
Northwind Supplies Ltd""", "Outstanding balance - Verity Insurance"),
  i="A", a="8240.00 GBP", n="'Please confirm you received our payment' -> already_paid")

M(d="2025-02-27", fr="Hr. Ulrich Brandt <ulrich.brandt@nordsee-spedition.example>", s="AW: Offene Posten / Open items",
  b="""Guten Tag,

die Rechnungen INV-24002 und INV-24155 wurden am 20.02.2025 mit einer Sammelüberweisung über EUR 7.315,40 beglichen. Den Zahlungsavis finden Sie im Anhang.

Mit freundlichen Grüßen

Ulrich Brandt
Finanzbuchhaltung
Nordsee Spedition GmbH & Co. KG, Bremerhaven""",
  fmt="alt", cr="al", att=["Zahlungsavis_20022025.pdf"],
  q=("de", 4, """Sehr geehrte Damen und Herren,

laut unserer Buchhaltung sind folgende Rechnungen offen:
INV-24002  EUR 3.905,40
INV-24155  EUR 3.410,00

Mit freundlichen Grüßen
Alpenrose Logistik GmbH""", "Offene Posten / Open items"),
  i="A", a="7315.40 EUR", n="German combined transfer with payment advice")

M(d="2026-08-07", fr="Jess Pardoe <jess.pardoe@linwoodcollege.example>", s="RE: INV-63502",
  b="""Paid 31/07, ref LWC-000733. Thanks""",
  q=("ol", 2, """Dear Jess,

INV-63502 for £612.00 is overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="A", n="curt AP: date + payment ref")

M(d="2025-10-14", fr="Giulia Romano <giulia.romano@romanotrasporti.example>", s="RE: Reminder INV-39330",
  b="""Good morning,

The payment was executed on 10 October with value date 13 October. Please find attached the SWIFT confirmation (MT103). Amount EUR 4,870.00.

Best regards,
Giulia Romano
Amministrazione
Romano Trasporti S.p.A.""",
  fmt="alt", cr="al", att=["MT103_20251010.pdf"],
  i="A", a="4870.00 EUR", n="SWIFT MT103 attached")

M(d="2026-01-19", fr="Owen Price <owen.price@brynmawrfoods.example>", s="RE: Overdue - INV-45880 / INV-45922",
  b="""Martin, both of these went in the January run on Friday - you should have had one payment of £4,330.00 covering the two. Remittance was emailed automatically. If it's not showing let me know and I'll get our bank to trace it.

Owen

Owen Price | Finance Manager | Bryn Mawr Foods Ltd | 01633 555 209""",
  q=("ol", 3, """Dear Owen,

INV-45880 (£2,180.00) and INV-45922 (£2,150.00) are now overdue. Please advise when payment will be made.

Regards,
Martin Hale
Northwind Supplies Ltd"""),
  i="A", a="4330.00 GBP", n="paid in Friday's run as one payment")

M(d="2025-12-15", fr="Shared Services - Accounts Payable <ap.ssc@castorgroup.example>", s="RE: [EXTERNAL] Payment reminder - Castor Logistics UK Ltd",
  b="""Dear Supplier,

We are writing on behalf of Castor Logistics UK Ltd.

Our records show that INV-43505 was settled on 28 November 2025 in payment run PR-1128, payment reference 7700129981, amount GBP 2,605.00. A remittance advice was issued to the email address registered on your vendor record.

If you have not received the funds, please provide a copy of your bank statement for the relevant period so that we can investigate.

Kind regards,
Castor Group Shared Services Centre
Accounts Payable Operations""",
  fmt="alt",
  q=("om", 5, """Dear Sir / Madam,

INV-43505 for £2,605.00 remains outstanding. Please could you let us know the payment status?

Regards,
Northwind Supplies Ltd"""),
  i="A", a="2605.00 GBP", n="shared-service centre confirms settled in run PR-1128")

M(d="2026-04-06", fr="Callum Fraser <callum.fraser@fraserdental.example>", s="RE: INV-53840",
  b="""Hi, I paid this by card through your online payment link on Thursday. Got a confirmation email - transaction ID TXN-88120347. £348.00.""",
  q=("gm", 2, """Dear Callum,

INV-53840 for £348.00 is now overdue. You can pay online using the link in the attached invoice.

Regards,
Northwind Supplies Ltd"""),
  i="A", a="348.00 GBP", n="card payment via payment link")

M(d="2025-07-01", fr="Anita Desai <anita.desai@ravenscourtbank.example>", s="RE: INV-34190 - overdue",
  b="""Dear Sharon,

I'm surprised to receive this - we did not pay late. The invoice was paid on its due date, 20 June, in the sum of £1,980.00. I attach the remittance for your information.

Regards,
Anita Desai
Procurement Operations
Ravenscourt Bank plc""",
  fmt="html", att=["remittance.pdf"],
  q=("ol", 2, """Dear Anita,

INV-34190 for £1,980.00 was due on [[-11|%-d %B]] and remains unpaid. Please could you arrange payment?

Regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="A", a="1980.00 GBP", n="HARD: negation 'did not pay late' - paid on due date -> already_paid")

M(d="2026-11-16", fr="Alex Morgan <alex.morgan@brightstonecomms.example>", s="Re: [EXTERNAL] Invoice #91204",
  b="""Hi,

This went out on Friday by Faster Payment - £1,260.00 to the account ending 4471. I've attached the bank confirmation.

While I have you, could you send me an updated statement? I think we might have an old credit sitting on the account.

Thanks,
Alex""",
  cr="bp", att=["payment_confirmation.pdf"],
  q=("gm", 4, """Hi Alex,

Invoice #91204 for £1,260.00 is now overdue. Could you let us know when it'll be paid?

Thanks,
Bright Pixel Studio"""),
  i="A", a="1260.00 GBP", n="HARD: paid + statement request; already_paid wins (payment reported, question secondary)")

M(d="2025-01-31", fr="Finance <finance@thornburyhospice.example>", s="RE: INV-12105",
  b="""Dear Northwind,

This invoice has been paid on our behalf by our parent charity, Thornbury Care Foundation, on 24 January. The payment may show on your statement under their name. Amount £865.00.

With thanks,
Finance Team
Thornbury Hospice""",
  q=("gm", 3, """Dear Finance Team,

INV-12105 for £865.00 is overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="A", a="865.00 GBP", n="paid by parent organisation")

M(d="2026-06-19", fr="Accounts Payable <payables@monarchhospitality.example>", s="RE: [EXTERNAL] INV-60780 - overdue",
  b="""Hello,

Our records show this invoice was paid on 12 June. We deducted the 2% early settlement discount shown on your invoice, so the amount paid was £3,430.00 rather than £3,500.00.

Kind regards,
Accounts Payable
Monarch Hospitality Ltd""",
  fmt="alt",
  q=("ol", 3, """Dear Accounts Payable,

Our ledger shows a balance of £70.00 remaining on INV-60780. Please could you arrange payment of the balance?

Kind regards,
Northwind Supplies Ltd"""),
  i="A", a="3430.00 GBP", n="HARD: paid net of early-settlement discount; explains shortfall without contesting -> already_paid; amount = paid")

M(d="2025-08-18", fr="Rachel Ambrose <rachel.ambrose@ambrosegroup.example>", s="Re: Reminder",
  b="""Funds left our account this morning. Should be with you by close of business.

Rachel Ambrose
Group Financial Accountant""",
  q=("gm", 3, """Dear Rachel,

Just a reminder that INV-36204 for £2,118.00 is now overdue.

Kind regards,
Northwind Supplies Ltd""", "Reminder"),
  i="A", n="'funds left our account this morning' = sent -> already_paid")

M(d="2026-02-27", fr="Payments Team <payments@sterlingcourtgroup.example>", s="REMITTANCE ADVICE - Sterling Court Group - Payment 004471",
  b="""REMITTANCE ADVICE

Payer: Sterling Court Group Ltd
Payee: Northwind Supplies Ltd
Payment number: 004471
Payment date: 26/02/2026
Payment method: BACS

Invoice No.     Invoice Date    Amount
INV-47780       12/01/2026      £1,422.00
INV-47851       19/01/2026      £968.40
INV-48012       28/01/2026      £2,116.00

Total:                          £4,506.40

This remittance advice was generated automatically. Please do not reply to this email. For queries contact payables@sterlingcourtgroup.example.""",
  fmt="html",
  html="""<table width="600" style="font-family:Arial,sans-serif;font-size:12px;border-collapse:collapse">
<tr><td colspan="3" style="background:#1f3864;color:#ffffff;font-size:16px;padding:8px"><b>REMITTANCE ADVICE</b></td></tr>
<tr><td>Payer:</td><td colspan="2">Sterling Court Group Ltd</td></tr>
<tr><td>Payee:</td><td colspan="2">Northwind Supplies Ltd</td></tr>
<tr><td>Payment number:</td><td colspan="2">004471</td></tr>
<tr><td>Payment date:</td><td colspan="2">26/02/2026</td></tr>
<tr><td>Payment method:</td><td colspan="2">BACS</td></tr>
<tr style="border-bottom:1px solid #999"><th align="left">Invoice No.</th><th align="left">Invoice Date</th><th align="right">Amount</th></tr>
<tr><td>INV-47780</td><td>12/01/2026</td><td align="right">&pound;1,422.00</td></tr>
<tr><td>INV-47851</td><td>19/01/2026</td><td align="right">&pound;968.40</td></tr>
<tr><td>INV-48012</td><td>28/01/2026</td><td align="right">&pound;2,116.00</td></tr>
<tr style="border-top:1px solid #999"><td colspan="2"><b>Total:</b></td><td align="right"><b>&pound;4,506.40</b></td></tr>
</table>
<p style="font-family:Arial,sans-serif;font-size:10px;color:#666">This remittance advice was generated automatically. Please do not reply to this email. For queries contact payables@sterlingcourtgroup.example.</p>""", noref=1,
  i="A", a="4506.40 GBP", n="HARD: system-generated remittance advice (not a reply) -> already_paid; amount = total")

M(d="2025-05-16", fr="Carl Beaumont <carl.beaumont@beaumontprecision.example>", s="RE: INV-31702 - final demand",
  b="""Carl Beaumont, MD.

I'm not happy to receive a final demand for something we paid three weeks ago. Our bank confirms £5,940.00 left our account on 24 April to your sort code 40-11-62. Please check your records properly before sending letters like this.

Carl""",
  q=("om", 1, """Dear Mr Beaumont,

FINAL DEMAND: INV-31702 for £5,940.00 remains unpaid despite previous reminders. Unless payment is received within 7 days, the matter will be passed to our collection agents.

Credit Control
Northwind Supplies Ltd"""),
  i="A", a="5940.00 GBP", n="annoyed MD, paid three weeks ago; sort code not a ref")

M(d="2026-09-01", fr="Direct Debit Admin <ddadmin@portlandfleet.example>", s="RE: INV-79402",
  b="""Hi,

This invoice is on a direct debit mandate and was collected from our account on 1 September as usual. The collection shows on our bank statement as NORTHWIND SUPP DD. Can you check that the collection has been matched on your side?

Regards,
Purchase Ledger
Portland Fleet Services""",
  q=("ol", 3, """Dear Purchase Ledger,

INV-79402 for £744.00 falls due on 1 September and will be collected by direct debit.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", n="HARD: collected by direct debit today; asks to check matching -> already_paid")

M(d="2025-03-20", fr="Marta Kowalska <marta.kowalska@vistulabuild.example>", s="RE: Overdue INV-26012",
  b="""Dear Sir,

Payment of PLN 18 450,00 was sent on 14 March. Confirmation from our bank in attachment.

Regards
Marta Kowalska
Księgowość / Accounting
Vistula Build Sp. z o.o.""",
  att=["potwierdzenie_przelewu.pdf"],
  i="A", a="18450.00 PLN", n="PLN with space thousand separator and comma decimals")

M(d="2026-07-17", fr="Accounts <accounts@hartwellbrewery.example>", s="RE: Statement - July",
  b="""Hi Greenfold,

All three invoices on the statement were included in our payment of 10 July - £3,318.00 in total, paid by BACS with reference HARTWELL JUL. I've attached the remittance again in case it didn't reach you.

Cheers,
Daisy
Accounts, Hartwell Brewery""",
  cr="gf", att=["Hartwell_remittance_10Jul.pdf"],
  q=("gm", 3, """Hi Daisy,

Please find your July statement below:

INV-62102  £1,206.00
INV-62230  £988.00
INV-62318  £1,124.00

Total: £3,318.00

Thanks,
Greenfold Packaging""", "Statement - July"),
  i="A", a="3318.00 GBP", n="statement settled by one payment, remittance re-sent")

M(d="2025-11-14", fr="Tobias Wren <tobias.wren@wrenanalytics.example>", s="RE: Invoice INV-40920",
  b="""Hello,

We paid this on 3 November via ACH, trace number 091000019987762. Amount $7,500.00. Please confirm receipt.

Tobias Wren
Controller, Wren Analytics LLC""",
  fmt="alt", cr="mo",
  i="A", a="7500.00 USD", n="ACH trace number; confirm receipt")

M(d="2026-04-23", fr="Jane Whitmore <jane.whitmore@whitmorepartners.example>", s="RE: [EXTERNAL] Overdue invoice",
  b="""Hi,

I've checked with our finance team and this was settled with the March payments - £1,145.00 on 27 March. Sorry it wasn't flagged to you sooner. Remittance attached.

Jane Whitmore
Office Manager, Whitmore Partners""",
  fmt="alt", att=["remittance.pdf"], cr="ks",
  q=("ol", 4, """Dear Jane,

INV-52018 for £1,145.00 (March office cleaning) is overdue. Please arrange payment.

Regards,
Kestrel Facilities Services""", "Overdue invoice"),
  i="A", a="1145.00 GBP", n="settled with March payments")

M(d="2025-06-30", fr="AP Team <apteam@corrigan-hotels.example>", s="RE: Reminder INV-33840",
  b="""Good afternoon,

INV-33840 was paid on 20 June. The payment was made together with three other suppliers' invoices and may appear on your statement as CORRIGAN HOTELS GRP. Our payment reference was CH-20062025-14.

Regards,
AP Team
Corrigan Hotels Group""",
  fmt="alt",
  q=("gm", 3, """Dear AP Team,

INV-33840 for EUR 2,290.00 remains unpaid. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="A", n="paid on 20 June, reference given; amount only in quote -> null")

M(d="2026-10-04", fr="Naveen Rao <naveen.rao@raoinfra.example>", s="Re: INV-84402 / INV-84510",
  b="""Both settled on Friday. One transfer, total £6,905.00. Please confirm you've received it.

Naveen

Sent from Outlook for iOS""",
  q=("ios", 3, """Dear Naveen,

INV-84402 (£4,120.00) and INV-84510 (£2,785.00) are overdue. Please advise when they will be paid.

Regards,
Northwind Supplies Ltd"""),
  i="A", a="6905.00 GBP", n="both settled Friday; Monday message")

M(d="2025-09-26", fr="Helen Cartwright <helen.cartwright@cartwrightmedical.example>", s="RE: Account statement",
  b="""Dear Sharon,

Thank you for the statement. I can confirm the balance of £4,772.60 was paid in full on 19 September by CHAPS. Our bank reference is CHAPS-CM-190925. Please update your records and send us a nil-balance statement for our audit file.

Regards,
Helen Cartwright
Financial Controller
Cartwright Medical Ltd""",
  fmt="html",
  q=("ol", 3, """Dear Helen,

Please find attached your statement showing an overdue balance of £4,772.60.

Kind regards,
Sharon Blake
Northwind Supplies Ltd""", "Account statement"),
  i="A", a="4772.60 GBP", n="paid by CHAPS; asks for nil-balance statement")

M(d="2026-01-07", fr="Purchase Ledger <purchaseledger@kirkbyfoods.example>", s="RE: INV-45004 - payment overdue",
  b="""Hello,

Our factoring company, Albion Trade Finance, settled this invoice on our behalf on 30 December. If you haven't received it, please contact them directly quoting our client number KF-2209.

Regards,
Purchase Ledger
Kirkby Foods Ltd""",
  q=("ol", 2, """Dear Purchase Ledger,

INV-45004 for £2,740.00 is now past due. Please could you confirm the payment date?

Regards,
Northwind Supplies Ltd"""),
  i="A", n="settled by factoring company")

M(d="2025-12-19", fr="Ingrid Solberg <ingrid.solberg@solbergtech.example>", s="RE: Reminder: INV-44290",
  b="""Hi,

We paid this yesterday afternoon, EUR 3,260.00 by SEPA transfer. It may take a day to arrive with the holidays.

Best,
Ingrid Solberg
Finance, Solberg Tech AS""",
  cr="bp",
  q=("gm", 2, """Hi Ingrid,

Gentle reminder that INV-44290 (EUR 3,260.00) is now overdue.

Thanks,
Bright Pixel Studio"""),
  i="A", a="3260.00 EUR", n="paid yesterday by SEPA")

M(d="2026-05-29", fr="Simon Keogh <simon.keogh@keoghplant.example>", s="RE: INV-58512 - instalment 2",
  b="""Martin,

The second instalment of £2,500.00 was transferred this morning as per our payment plan. Remittance attached.

Simon Keogh
Keogh Plant Hire Ltd""",
  fmt="alt", att=["remittance.pdf"], cr="ks",
  q=("ol", 2, """Dear Simon,

A reminder that the second instalment of £2,500.00 under the agreed payment plan for INV-58512 is due on [[+0|%-d %B]].

Regards,
Martin Hale
Kestrel Facilities Services"""),
  i="A", a="2500.00 GBP", n="instalment already transferred this morning")

M(d="2025-02-07", fr="Vendor Payments <vendor.payments@aldermanbank.example>", s="RE: [EXTERNAL] Outstanding invoices INV-12880 and INV-12930 [REF:VP-77120]",
  b="""Dear Vendor,

Thank you for contacting Vendor Payments. We have reviewed the invoices referenced above.

INV-12880 - Paid 31/01/2025, payment ID 55190321, GBP 4,150.00
INV-12930 - Paid 31/01/2025, payment ID 55190321, GBP 2,895.00

Both invoices were paid in a single payment of GBP 7,045.00. We consider this query resolved.

Kind regards,
Vendor Payments Team
Alderman Bank plc

Internal classification: PUBLIC""",
  fmt="alt",
  q=("ol", 6, """Dear Vendor Payments,

INV-12880 (£4,150.00) and INV-12930 (£2,895.00) are now overdue. Please confirm the payment date.

Regards,
Northwind Supplies Ltd"""),
  i="A", a="7045.00 GBP", n="bank vendor-payments desk; single payment total; ticket ref not an invoice")

M(d="2026-08-21", fr="Lorraine Baxter <lorraine.baxter@baxterlaw.example>", s="RE: Overdue invoice INV-64880",
  b="""Dear Sirs,

I have checked and this was paid by cheque, which was posted to your Carlisle office on 10 August. The cheque number is 002417 for £1,560.00. Please let me know if it has not been received.

Yours faithfully,
Lorraine Baxter
Cashier, Baxter & Co Solicitors""",
  cr="hl",
  q=("om", 2, """Dear Sirs,

INV-64880 for £1,560.00 is now overdue. Please could you arrange payment?

Regards,
Harbour Lane Print Co"""),
  i="A", a="1560.00 GBP", n="cheque posted; cheque number not a ref")

M(d="2025-11-01", fr="Reggie Nwosu <reggie.nwosu@nwosuengineering.example>", s="Re: INV-39560",
  b="""Sorted - paid it Wednesday.""",
  q=("gm", 1, """Hi Reggie,

INV-39560 (£420.00) is overdue. Could you let me know when it'll be paid?

Thanks,
Martin
Kestrel Facilities Services"""),
  cr="ks",
  i="A", n="short: 'paid it Wednesday'")

M(d="2026-03-20", fr="Ariba Network <ordersender-prod@ansmtp.ariba.example>", s="Payment Remittance: PR-2026-03-19-0071 from Delmore Industries",
  b="""Delmore Industries has sent you a payment remittance.

Remittance ID: PR-2026-03-19-0071
Payment date: 19 March 2026
Payment method: Electronic Funds Transfer
Net amount: 5,882.50 GBP

Invoices paid:
INV-50114    2,940.00 GBP
INV-50188    2,942.50 GBP

Log in to your Ariba Network account to view the remittance details.""",
  fmt="html", noref=1,
  i="A", a="5882.50 GBP", n="HARD: Ariba network remittance notification (automated) -> already_paid")

M(d="2025-04-14", fr="Angela Ross <angela.ross@rossfinancial.example>", s="RE: INV-27922 - please confirm",
  b="""Hi Sharon,

Just following up - we paid INV-27922 (£1,095.00) on 4 April but I've had another reminder today. Could you confirm whether you've received it? I'd hate for it to have gone astray.

Thanks,
Angela""",
  fmt="alt",
  q=("gm", 0, """Dear Angela,

INV-27922 for £1,095.00 is overdue. Please arrange payment.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="A", a="1095.00 GBP", n="paid; asks confirmation of receipt -> already_paid")


# ---------------------------------------------------------------- question
M(d="2025-03-03", fr="Supplier Maintenance <supplier.maintenance@albrightgroup.example>", s="RE: [EXTERNAL] Overdue invoice INV-25410",
  b="""Dear Supplier,

Thank you for your email. We are unable to locate an active supplier record for Northwind Supplies Ltd on our system, so your invoice cannot be processed.

To set up a supplier account, please complete and return the attached New Supplier Form together with:
- a bank letter or voided cheque confirming your account details, on bank letterhead;
- your VAT registration certificate;
- a copy of your public liability insurance certificate.

Once your record is approved, invoices are paid in the next payment run after approval.

Regards,
Supplier Maintenance Team
Albright Group Finance Shared Services""",
  fmt="html", att=["New_Supplier_Form_v7.pdf"],
  q=("ol", 5, """Dear Accounts Payable,

INV-25410 for £2,190.00 is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="vendor set-up form and documents required before payment")

M(d="2025-08-08", fr="Lauren Whitaker <lwhitaker@pinnaclehealthsys.example>", s="RE: Past Due Invoice INV-35870",
  b="""Hi there,

Before we can issue payment we need a current W-9 on file for Meridian Office Solutions. The one we have is from 2019 and our compliance team requires one dated within the last three years. Could you send a signed copy?

Thank you,
Lauren Whitaker
Accounts Payable Coordinator
Pinnacle Health Systems
(412) 555-0187""",
  fmt="alt", cr="mo",
  q=("gmus", 3, """Hi Lauren,

Invoice INV-35870 for $2,340.00 is now past due. Please let us know when we can expect payment.

Thanks,
Meridian Office Solutions Inc."""),
  i="Q", n="W-9 request before payment")

M(d="2026-02-12", fr="AP Invoices <apinvoices@crowleyretail.example>", s="RE: INV-48016 - overdue",
  b="""Hello,

Your invoice does not quote a purchase order number, so it could not be matched and has not been entered for payment. Could you please let us have the PO number (it starts with 45) or ask your contact at Crowley to provide it? Once we have it we can process the invoice.

Kind regards,
AP Invoices Team
Crowley Retail Ltd""",
  q=("ol", 3, """Dear AP Invoices Team,

INV-48016 for £1,308.00 was due on [[-9|%-d %B]]. Please could you confirm when payment will be made?

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: missing PO number - asks for it, not contesting -> question")

M(d="2025-11-18", fr="Tungsten Support <noreply@tungsten-network.example>", s="RE: INV-40988",
  b="""Hello,

Halvergate Foods now only accepts supplier invoices submitted through the Tungsten Network. Emailed PDF invoices are not processed. Could you confirm whether you are registered on Tungsten? If not, please use the registration link in Halvergate's supplier pack, or reply and we'll resend it.

Halvergate Foods Accounts Payable""",
  fmt="alt",
  q=("om", 3, """Dear Accounts Payable,

INV-40988 for £2,660.00 is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="portal submission required; asks whether registered")

M(d="2026-06-26", fr="Karen Lowry <karen.lowry@bexleyheath-group.example>", s="RE: Statement query",
  b="""Hi Sharon,

We can't find INV-61204 or INV-61255 on our system at all - I suspect they were sent to an old email address. Could you re-send copies to invoices@bexleyheath-group.example please? I'll get them approved as soon as they're in.

Thanks,
Karen
AP Clerk, Bexleyheath Group""",
  q=("ol", 2, """Dear Karen,

Your statement shows the following overdue items:
INV-61204  £845.00
INV-61255  £1,210.00

Please let us know when payment will be made.

Kind regards,
Sharon Blake
Northwind Supplies Ltd""", "Statement query"),
  i="Q", n="invoice copies to a new address")

M(d="2025-05-19", fr="Treasury Controls <treasury.controls@marshfieldplc.example>", s="RE: [EXTERNAL] Change of bank details - Northwind Supplies Ltd",
  b="""Dear Sir / Madam,

We have received a letter, purportedly from Northwind Supplies Ltd, notifying us of a change of bank account to an account with Metro Bank. In line with our fraud prevention procedures, we will not update our records until the change has been verified.

Could you please confirm whether this request is genuine? We will also call your office on the number held on our system. Payments to you are suspended until verification is complete.

Regards,
Treasury Controls
Marshfield plc""",
  fmt="alt",
  q=("ol", 6, """Dear Accounts Payable,

INV-31115 for £4,410.00 is overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: bank detail change verification (fraud check) - asks to confirm, not contesting")

M(d="2026-09-29", fr="Marcus Oyelaran <marcus.oyelaran@ferrybridgepower.example>", s="RE: INV-82133",
  b="""Hi,

Could you tell me which site and cost centre this relates to? It's come through to central AP with no requisitioner name and I need to route it to the right budget holder for approval.

Marcus Oyelaran
Accounts Payable, Ferrybridge Power""",
  cr="ks",
  q=("gm", 3, """Dear Accounts Payable,

INV-82133 for £1,920.00 (reactive maintenance call-outs) is now overdue. Please let us know when we can expect payment.

Regards,
Kestrel Facilities Services"""),
  i="Q", n="which site / cost centre for routing")

M(d="2025-01-21", fr="Accounts Payable <accountspayable@stanwellhousing.example>", s="RE: INV-11730",
  b="""Dear Northwind,

We'll release payment as soon as you send us the signed proof of delivery - our goods-in team have no GRN for this one, probably because the delivery went to the Coventry office rather than the warehouse.

Regards,
Accounts Payable
Stanwell Housing Group""",
  q=("gm", 4, """Dear Accounts Payable,

INV-11730 for £986.00 is overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: promise conditional on receiving POD (no contest, explains likely reason) -> question")

M(d="2026-04-30", fr="Ruth Kemble <ruth.kemble@kemblelaw.example>", s="RE: [EXTERNAL] Overdue statement",
  b="""Dear Sharon,

Could you send us a full statement of account showing all invoices, credit notes and payments since January? Our ledger and yours don't seem to agree and I'd like to reconcile before we make any further payments.

Kind regards,
Ruth Kemble
Practice Accounts Manager
Kemble & Shaw LLP""",
  fmt="alt",
  q=("ol", 3, """Dear Ruth,

Your account shows an overdue balance of £3,875.00. Please arrange payment.

Kind regards,
Sharon Blake
Northwind Supplies Ltd""", "Overdue statement"),
  i="Q", n="full statement for reconciliation")

M(d="2025-09-16", fr="Bianca Russo <bianca.russo@russocatering.example>", s="RE: Reminder INV-37630",
  b="""Hello, which email address should we send remittance advices to? The one on your invoice bounced last time.""",
  q=("gm", 2, """Dear Bianca,

INV-37630 for £1,140.00 is overdue. Please arrange payment and send remittance to the address on the invoice.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="remittance email address")

M(d="2026-07-09", fr="Finance Operations <finops@vexcelsoftware.example>", s="RE: Invoice INV-62440 - vendor onboarding",
  b="""Hi,

We're in the process of onboarding you as a vendor in NetSuite. Could you please send us:

1. Your company registration number
2. Your VAT number
3. Bank details on company letterhead, signed by a director
4. Your remittance email address

We'll be able to schedule INV-62440 once onboarding is complete.

Thanks,
Finance Operations
Vexcel Software Ltd""",
  fmt="alt", cr="bp",
  q=("gm", 3, """Hi,

Invoice INV-62440 for £4,800.00 is now overdue. Could you let us know when it will be paid?

Thanks,
Bright Pixel Studio"""),
  i="Q", n="onboarding document list")

M(d="2025-10-22", fr="Graham Teale <graham.teale@tealeconstruction.example>", s="RE: INV-39705 - retention",
  b="""Martin,

Does the figure on this invoice already have the 5% retention deducted, or do we need to deduct it on our side? Our QS says it's gross but I want to be sure before I approve it.

Graham""",
  cr="ks",
  q=("ol", 3, """Dear Graham,

INV-39705 for £12,600.00 (Phase 1 site services) is now overdue. Please arrange payment.

Regards,
Martin Hale
Kestrel Facilities Services"""),
  i="Q", n="retention treatment question, no contest")

M(d="2026-01-21", fr="Accounts Payable <ap@lindholmeuk.example>", s="RE: [EXTERNAL] INV-46102 [Ref: AP-31857]",
  b="""Ref: AP-31857

Hello,

We can pay this week if you can confirm the invoice has been uploaded to our Coupa portal - at the moment we can only see the emailed copy, which we are unable to process. Can you check and let us know?

Kind regards,
Accounts Payable
Lindholme UK Ltd""",
  q=("ol", 4, """Dear Accounts Payable,

INV-46102 for £3,040.00 is now 15 days overdue. Please could you advise when it will be paid?

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: payment conditional on confirmation of portal upload -> question")

M(d="2025-06-20", fr="Kristof Nagy <kristof.nagy@danubemetal.example>", s="RE: INV-33602",
  b="""Dear Sir/Madam,

To make the payment in EUR we need your IBAN and BIC. The invoice only shows a UK sort code and account number. Please send.

Regards,
Kristof Nagy
Danube Metal Kft.""",
  cr="al",
  i="Q", n="IBAN/BIC request")

M(d="2026-10-14", fr="Contracts Admin <contracts.admin@hollowayrail.example>", s="RE: INV-85190",
  b="""Hi,

Our AP team can't process invoices under the framework without our contract reference, which should be in the format CT-XXXX. Do you have it? It'll be on the call-off order we sent in August.

Thanks
Contracts Admin, Holloway Rail""",
  q=("gm", 2, """Hello,

INV-85190 for £2,310.00 remains unpaid. Please let us know when payment will be made.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="contract reference needed")

M(d="2025-02-25", fr="Deepa Krishnan <deepa.krishnan@krishnanpharma.example>", s="RE: Invoice INV-24790",
  b="""Hi,

Your invoice mentions a 2% discount for payment within 10 days. If we pay this week, would you still honour the discount even though we're past the 10 days? If so, I'll get it into Thursday's run.

Deepa Krishnan
Finance Manager""",
  fmt="alt",
  q=("gm", 3, """Dear Deepa,

INV-24790 for £5,600.00 is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: discount question; Thursday payment conditional on the answer -> question")

M(d="2026-05-07", fr="Simone Clarke <simone.clarke@clarkeevents.example>", s="RE: INV-56712",
  b="""Hi, quick question - the invoice shows a due date of 30 April but the terms at the bottom say 60 days from invoice date, which would be 4 June. Which is right?""",
  cr="hl",
  q=("gm", 2, """Hi Simone,

INV-56712 for £1,480.00 fell due on 30 April. Please arrange payment.

Thanks,
Harbour Lane Print Co"""),
  i="Q", n="HARD: asks which due date applies; not contesting the debt")

M(d="2025-12-03", fr="E-Invoicing Team <einvoicing@braemarlogistics.example>", s="RE: INV-43118 - invoice format",
  b="""Dear Supplier,

From 1 November Braemar Logistics only accepts invoices in PEPPOL BIS 3.0 format via our access point. PDF invoices are rejected automatically. Could you confirm whether you can send invoices in this format? If not, please let us know and we'll arrange access to our free supplier portal.

Kind regards,
E-Invoicing Team
Braemar Logistics Ltd""",
  fmt="html",
  q=("om", 4, """Dear Accounts Payable,

INV-43118 for £1,725.00 is overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="e-invoicing format question")

M(d="2026-03-03", fr="Pierre Gagnon <pierre.gagnon@laurentideprint.example>", s="RE: Invoice INV-49410 past due",
  b="""Good morning,

Your invoice does not show a GST/HST registration number. We need it to claim input tax credits before we can pay. Could you provide it, or confirm that you are not registered?

Regards,
Pierre Gagnon
Comptes fournisseurs / Accounts Payable
Laurentide Print Inc., Montréal""",
  fmt="alt", cr="mo",
  q=("gmus", 4, """Hello,

Invoice INV-49410 for CA$3,160.00 is now past due. Please remit payment.

Meridian Office Solutions Inc."""),
  i="Q", n="Canadian GST/HST number request")

M(d="2025-07-22", fr="Payments Desk <payments@holmfirthmills.example>", s="RE: INV-34800 - Confirmation of Payee",
  b="""Hello,

When we set up the payment our bank's Confirmation of Payee check came back as "no match" for the account name Northwind Supplies Ltd. Could you confirm the exact name your account is held in? We won't release the payment until this is resolved.

Thanks,
Payments Desk
Holmfirth Mills Ltd""",
  q=("gm", 2, """Dear Payments Desk,

INV-34800 for £2,050.00 is now overdue. Please arrange payment to the account shown on the invoice.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: Confirmation of Payee mismatch; withholding pending answer, not contesting -> question")

M(d="2026-11-11", fr="Jo Fairweather <jo.fairweather@fairweathergroup.example>", s="RE: [EXTERNAL] INV-90512",
  b="""Hello,

This invoice covers cleaning at four of our sites but our costs are charged to each site separately. Could you send a breakdown by site (Harrogate, Ripon, Knaresborough, Wetherby)? I'll get it coded and approved once I have that.

Thanks
Jo Fairweather
Group Accountant""",
  fmt="alt", cr="ks",
  q=("ol", 2, """Dear Jo,

INV-90512 for £6,320.00 (October cleaning, four sites) is now overdue. Please arrange payment.

Regards,
Kestrel Facilities Services"""),
  i="Q", n="site breakdown request")

M(d="2025-04-01", fr="Procurement <procurement@elmhurstcare.example>", s="RE: INV-27104",
  b="""Good morning,

Could you let us know who placed this order? The name on the order form isn't one we recognise and we need to find the right manager to approve the invoice.

Regards,
Procurement
Elmhurst Care Group""",
  q=("gm", 3, """Dear Procurement,

INV-27104 for £640.00 is overdue. Please arrange payment.

Regards,
Greenfold Packaging"""),
  cr="gf",
  i="Q", n="HARD: doesn't recognise orderer but asks rather than denies -> question")

M(d="2026-08-25", fr="Ben Ashcroft <ben.ashcroft@ashcroftmotors.example>", s="RE: INV-64408",
  b="""The PDF attached to your email is blank when I open it - just a white page. Can you resend?""",
  q=("gm", 1, """Dear Ben,

Please find attached a copy of INV-64408 as requested. This invoice is now overdue.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="blank attachment, resend")

M(d="2025-10-09", fr="Einkauf <einkauf@schreiber-kunststoffe.example>", s="AW: Zahlungserinnerung INV-39012",
  b="""Guten Tag,

auf Ihrer Rechnung fehlt unsere Bestellnummer. Ohne Bestellnummer kann unsere Buchhaltung die Rechnung nicht freigeben. Können Sie uns die Rechnung bitte mit der Bestellnummer 4711-2025-0388 erneut zusenden?

Mit freundlichen Grüßen
Schreiber Kunststoffe GmbH
Einkauf""",
  cr="al",
  q=("de", 3, """Sehr geehrte Damen und Herren,

die Rechnung INV-39012 über EUR 2.145,00 ist seit dem [[-10|%d.%m.%Y]] fällig.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH"""),
  i="Q", n="German: resend invoice with order number")

M(d="2026-02-03", fr="Ahmed Siddiqui <ahmed.siddiqui@orionglobaltrade.example>", s="RE: Past due invoice 47720",
  b="""Hello,

As a US company paying a foreign supplier we need either a W-8BEN-E or confirmation of your US tax status before we can release the wire. Can you confirm which applies and send the form?

Thanks,
Ahmed Siddiqui
Senior AP Analyst
Orion Global Trade Corp.""",
  fmt="alt",
  q=("gm", 5, """Dear Ahmed,

Invoice 47720 for £6,980.00 is now past due. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="W-8BEN-E request")

M(d="2025-05-28", fr="Emily Sutcliffe <emily.sutcliffe@sutcliffemanor.example>", s="RE: INV-32420",
  b="""Hi,

Is INV-32420 a duplicate of INV-32390? They look very similar - same items and quantities, a week apart. If they're both genuine deliveries that's fine, I just want to check before I pay both.

Emily Sutcliffe
Accounts, Sutcliffe Manor Hotel""",
  q=("gm", 3, """Dear Emily,

INV-32390 (£412.00) and INV-32420 (£412.00) are both now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: checks possible duplicate without asserting it -> question (cf. dispute when asserted)")

M(d="2026-11-28", fr="Dominic Yeo <dominic.yeo@yeoandco.example>", s="RE: Your account",
  b="""Hi Martin,

Could you let me know the total outstanding across all our accounts (Yeo & Co and Yeo Properties)? I'd like to clear everything in one payment rather than invoice by invoice.

Thanks,
Dominic""",
  cr="ks",
  q=("gm", 3, """Dear Dominic,

Several invoices on your account are now overdue. Please let us know when payment will be made.

Regards,
Martin Hale
Kestrel Facilities Services""", "Your account"),
  i="Q", n="asks total outstanding before paying")

M(d="2025-08-27", fr="Accounts Payable <ap@thurlowcouncil.example>", s="RE: INV-36410 [Case: 2025-08-4412]",
  b="""Dear Supplier,

Our records show an unallocated credit of £240.00 on your supplier account from a previous overpayment. Could you confirm whether you would like this offset against INV-36410, or refunded separately?

Regards,
Accounts Payable
Thurlow District Council""",
  q=("ol", 5, """Dear Accounts Payable,

INV-36410 for £1,380.00 is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: offset-or-refund question about a credit; amount null for question")

M(d="2026-05-30", fr="Michael Roche <michael.roche@rocheengineering.example>", s="RE: Overdue INV-59300",
  b="""What are your bank details? We've switched to a new banking platform and all supplier payees need to be re-keyed from source documents, not from our old system.""",
  i="Q", n="bank details needed for re-keying")

M(d="2025-12-22", fr="Supplier Queries <supplierqueries@ashbournepharma.example>", s="RE: INV-44880 - remittance",
  b="""Hello,

Our system shows INV-44880 as "approved - awaiting payment run", but I can't see which run it's been allocated to. Could you confirm the amount you're expecting so I can check it against our payment proposal? There seem to be two versions of this invoice on file with different totals.

Regards,
Supplier Queries Team
Ashbourne Pharma""",
  fmt="alt",
  q=("gm", 2, """Dear Supplier Queries,

INV-44880 remains unpaid. Please let us know when it will be paid.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: two versions on file, asks expected amount; approved but no commitment -> question")

M(d="2026-09-08", fr="Victoria Hale <victoria.hale@stratfordarts.example>", s="RE: Invoice INV-80640",
  b="""Hi there,

I've just taken over from Paul as finance manager and I'm trying to get up to speed. Is this for the spring exhibition print run or the summer one? Paul's notes aren't clear and I want to match it to the right budget.

Many thanks,
Victoria Hale
Finance Manager, Stratford Arts Centre""",
  cr="hl",
  q=("ol", 3, """Dear Paul,

INV-80640 for £2,490.00 is now overdue. Please arrange payment.

Regards,
Harbour Lane Print Co"""),
  i="Q", n="new finance manager asks what invoice is for")

M(d="2025-03-28", fr="AP Shared Services <apss@wexfordhealthgroup.example>", s="RE: [EXTERNAL] INV-26630 / INV-26688",
  b="""Dear Supplier,

We have received two invoices referencing the same purchase order (PO 7700123451). The PO was for a single consignment. Could you please confirm whether the second invoice relates to a separate delivery? If so, please provide the delivery note number.

Regards,
AP Shared Services
Wexford Health Group""",
  fmt="alt",
  q=("ol", 4, """Dear Accounts Payable,

INV-26630 (£1,740.00) and INV-26688 (£1,740.00) are now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: two invoices on one PO - asks for delivery note rather than asserting duplicate -> question")

M(d="2026-04-16", fr="Natalia Ivanova <natalia.ivanova@volgatrade.example>", s="RE: INV-55230",
  b="""Good afternoon,

Who should we contact about this invoice? Our purchasing manager who dealt with your company has left, and I don't know who the account manager on your side is.

Regards,
Natalia Ivanova
Accountant, Volga Trade Ltd""",
  i="Q", n="who to contact")

M(d="2025-11-03", fr="Accounts Payable <ap@pembertonhomes.example>", s="RE: Remittance query - INV-40302",
  b="""Dear Sharon,

Before we process this, can you confirm whether INV-40302 includes the credit note you promised for the damaged kerbs? If the credit has been netted off we can pay it as it stands; if not, we'll wait for the credit note.

Kind regards,
Accounts Payable
Pemberton Homes""",
  q=("ol", 3, """Dear Accounts Payable,

INV-40302 for £3,780.00 is now overdue. Please arrange payment.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="Q", n="HARD: asks whether an agreed credit has been netted off (credit already agreed, not contesting) -> question")


M(d="2026-05-15", fr="Jas Dhillon <jas.dhillon@dhillonwholesale.example>", s="RE: INV-57066",
  b="""PO number please? Can't book it without one.

Jas
AP, Dhillon Wholesale""",
  q=("ol", 2, """Dear Jas,

INV-57066 for £1,164.00 is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="curt PO number request")

# ---------------------------------------------------------------- ignore
M(d="2025-08-09", fr="Claire Donnelly <claire.donnelly@ravenhillgroup.example>", s="Automatic reply: [EXTERNAL] Overdue invoice INV-36012",
  b="""Thank you for your email. I am currently on annual leave, returning on Monday 25 August 2025. I will have no access to email during this time.

For urgent accounts payable matters please contact ap@ravenhillgroup.example or call 0117 555 0300.

Kind regards,
Claire Donnelly
Accounts Payable Manager
Ravenhill Group Ltd

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Any unauthorised use or disclosure is prohibited.""",
  auto=1, fmt="alt",
  i="I", rd=("md", 8, 25), n="corporate OOO with disclaimer; returning Monday 25 August")

M(d="2026-03-02", fr="Accounts Payable <accountspayable@dunmoreretail.example>", s="Your email has been received [Ticket #AP-558210]",
  b="""Your email has been received by the Accounts Payable team.

Ticket number: AP-558210
Subject: RE: Payment reminder INV-49118

We aim to respond to all supplier queries within 5 working days. Please quote the ticket number above in any further correspondence. You do not need to reply to this message.

To check invoice status at any time, log in to the Dunmore Supplier Portal.

Dunmore Retail Group - Accounts Payable""",
  auto=1, fmt="html",
  html="""<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Your email has been received by the Accounts Payable team.</p>
<p><b>Ticket number:</b> AP-558210<br><b>Subject:</b> RE: Payment reminder INV-49118</p>
<p>We aim to respond to all supplier queries within 5 working days. Please quote the ticket number above in any further correspondence. You do not need to reply to this message.</p>
<p>To check invoice status at any time, log in to the <a href="https://suppliers.dunmoreretail.example/">Dunmore Supplier Portal</a>.</p>
<p style="color:#777;font-size:12px">Dunmore Retail Group - Accounts Payable</p></div>""",
  i="I", n="AP helpdesk auto-acknowledgement with ticket number; ref in quoted subject line")

M(d="2025-02-24", fr="Neil Armitage <neil.armitage@caversham-fm.example>", s="Out of Office: Payment reminder",
  b="""I am out of the office until Monday 3 March. Supplier payment runs will continue as normal during my absence. For payment queries please email payables@caversham-fm.example.

Neil Armitage
Finance Business Partner""",
  auto=1,
  i="I", rd=("md", 3, 3), n="HARD: OOO mentions payment runs continuing - no commitment about our invoice -> ignore")

M(d="2026-07-20", fr="Finance Team <finance@stowecollege.example>", s="RE: INV-62280",
  b="""Noted with thanks.

Finance Team
Stowe College""",
  q=("ol", 1, """Dear Finance Team,

Please find attached INV-62280 for £1,950.00, due for payment on [[+30|%-d %B]].

Regards,
Northwind Supplies Ltd"""),
  i="I", n="bare formal acknowledgement")

M(d="2025-10-27", fr="Hamish Greig <hamish.greig@greigdistillery.example>", s="RE: [EXTERNAL] Overdue invoices - Greig Distillery",
  b="""Adding Fiona in our finance team, who looks after supplier payments.

Fiona - please see below.

Hamish Greig
Operations Manager""",
  to="Northwind Supplies Ltd <accounts@northwind-supplies.example>, Fiona Reid <fiona.reid@greigdistillery.example>",
  q=("ol", 2, """Dear Hamish,

INV-39880 (£1,340.00) and INV-39942 (£2,210.00) are now overdue. Please let us know when we can expect payment.

Regards,
Northwind Supplies Ltd"""),
  i="I", n="forwarding to a colleague in finance, no stance")

M(d="2026-01-12", fr="Natalie Park <natalie.park@ellisonandpark.example>", s="RE: Payment reminder - INV-45690",
  b="""Hi,

I work in the marketing team and I'm not sure why this has come to me - I don't deal with invoices. I've forwarded it to accounts@ellisonandpark.example, who should be able to help.

Natalie""",
  fmt="alt",
  q=("gm", 2, """Dear Natalie,

INV-45690 for £720.00 is now overdue. Please arrange payment.

Regards,
Harbour Lane Print Co"""),
  cr="hl",
  i="I", n="wrong person, forwarded, no stance")

M(d="2025-06-09", fr="Procurement Communications <supplier.news@westmarkgroup.example>", s="Westmark Supplier Bulletin - June 2025",
  b="""Westmark Supplier Bulletin | June 2025

In this issue:
- Our new Supplier Code of Conduct comes into effect on 1 July
- Reminder: all invoices must quote a valid Westmark PO number
- Supplier Excellence Awards 2025: nominations now open
- Sustainability: help us reach net zero by 2040

You are receiving this bulletin because you are a registered supplier to Westmark Group. To manage your preferences or unsubscribe, visit the Westmark Supplier Portal.""",
  fmt="html", noref=1,
  i="I", n="procurement newsletter to all suppliers")

M(d="2026-10-12", fr="DocuSafe Billing <billing@docusafe-secure.example>", s="Payment confirmation - Invoice #88401 - action required",
  b="""Your invoice payment has been processed. To view your payment confirmation and remittance please log in to our secure document portal below within 24 hours or the document will expire.

VIEW REMITTANCE

DocuSafe Secure Messaging""",
  fmt="html", noref=1,
  i="I", n="HARD: phishing disguised as a remittance notice - not from a debtor -> ignore (ref in subject)")

M(d="2025-04-22", fr="j.baird@bairdlogistics.example", s="RE: Payment reminder",
  b="""unsubscribe""",
  q=("gm", 1, """Dear Customer,

This is a reminder that INV-28810 for £566.00 is due on [[+5|%-d %B]].

Regards,
Northwind Supplies Ltd"""),
  i="I", n="bare unsubscribe")

M(d="2026-05-26", fr="Oliver Scott <oliver.scott@scottmeridian.example>", s="RE: [EXTERNAL] INV-57940 - reminder",
  b="""Thanks Martin, appreciate the heads-up. I'll get the team to take a look.

Oliver""",
  q=("ol", 1, """Dear Oliver,

Just a courtesy reminder that INV-57940 for £3,600.00 falls due on [[+4|%-d %B]].

Regards,
Martin Hale
Kestrel Facilities Services"""),
  cr="ks",
  i="I", n="HARD: thanks + 'get the team to take a look' - no commitment -> ignore")

M(d="2025-09-04", fr="Gavin Hurst <gavin.hurst@hurstpropertygroup.example>", s="FW: Overdue invoice INV-37590",
  b="""Tom - see below, can you action?

Gavin""",
  to="Tom Baines <tom.baines@hurstpropertygroup.example>",
  q=("ol", 1, """Dear Gavin,

Further to your email of [[-10|%-d %B]], in which you said:

"This will be paid on Friday."

We have not yet received payment of INV-37590 for £2,880.00. Please could you look into this?

Regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="I", n="HARD: internal forward copied to us; the only promise is in the quoted history -> ignore")

M(d="2026-02-16", fr="Coupa Supplier Portal <do_not_reply@thorneygroup.coupahost.example>", s="Invoice INV-48560 received by Thorney Group",
  b="""Thorney Group has received your invoice.

Invoice number: INV-48560
Status: Pending Approval

You will receive a further notification when the status of your invoice changes. This is an automated message; please do not reply.""",
  fmt="html", noref=1, auto=1,
  i="I", n="portal auto-notification: invoice received / pending approval -> ignore")

M(d="2025-12-08", fr="Sarah Quinn <sarah.quinn@quinnpartners.example>", s="Automatic reply: Statement of account",
  b="""Thank you for your message. Please note that I no longer work at Quinn Partners. Your email has not been forwarded.

For accounts matters please contact accounts@quinnpartners.example.""",
  auto=1,
  i="I", n="left company autoreply")

M(d="2026-08-03", fr="Ellie Nash <ellie.nash@nashgroupholdings.example>", s="Automatic reply: [EXTERNAL] INV-63200 overdue",
  b="""Hello,

I am currently on parental leave and will not be checking email. Please direct all queries to my colleague Owen Hart (owen.hart@nashgroupholdings.example).

Ellie Nash
Purchase Ledger Manager""",
  auto=1, fmt="alt",
  i="I", rd=None, n="parental leave, no return date -> return_date null")

M(d="2025-12-23", fr="Accounts <accounts@pentlandhotels.example>", s="Christmas closure: Re: Overdue invoice",
  b="""Thank you for your email.

Our finance office is closed from 24 December until 2 January inclusive. We will reopen on Monday 5 January and respond to your message then.

Season's greetings from all of us at Pentland Hotels.""",
  auto=1, fmt="html",
  i="I", rd=("md", 1, 5), n="HARD: Christmas closure 'until 2 January inclusive' and 'reopen on Monday 5 January' -> return_date = reopening 5 Jan (next year)")

M(d="2026-09-14", fr="Mailer-Daemon <mailer-daemon@mx.orbitalfoods.example>", s="Undelivered Mail Returned to Sender",
  b="""This is the mail system at host mx.orbitalfoods.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<payables@orbitalfoods.example>: host mx.orbitalfoods.example said: 552 5.2.2 Mailbox full - user quota exceeded

Reporting-MTA: dns; mx.orbitalfoods.example
Original-Subject: Payment reminder INV-80770""",
  noref=1,
  i="I", n="HARD: bounce, mailbox full; ref in quoted subject only")

M(d="2025-07-07", fr="Accounts Payable <ap-noreply@fernleighgroup.example>", s="RE: INV-34520",
  b="""This mailbox is no longer monitored. Please resubmit your query through the Fernleigh Supplier Help Centre. Emails sent to this address are deleted automatically.""",
  auto=1,
  i="I", n="unmonitored mailbox autoreply")

M(d="2026-04-07", fr="Rachel Obi <rachel.obi@obiandfrank.example>", s="RE: INV-53390",
  b="""Hi Sharon, got this, thanks. I'll come back to you.

Rachel""",
  q=("gm", 1, """Dear Rachel,

INV-53390 for £940.00 is now overdue. Please let us know when payment will be made.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="I", n="HARD: 'I'll come back to you' - no commitment")

M(d="2025-03-18", fr="Finance Communications <finance.comms@barrowdalecouncil.example>", s="Important: changes to our payment schedule over Easter",
  b="""Dear Supplier,

Please note that due to the Easter bank holidays, there will be no BACS payment run on Friday 18 April. The run will instead take place on Thursday 17 April. All other payment runs will take place as normal.

This notice has been sent to all Barrowdale Council suppliers. Please do not reply to this email.

Barrowdale Council Finance""",
  fmt="html", noref=1,
  i="I", n="HARD: mass notice to all suppliers about run dates; mentions payments but no stance on our invoice -> ignore")

M(d="2026-06-23", fr="Supplier Experience <survey@vantageretail.example>", s="How are we doing? 2-minute supplier survey",
  b="""Dear valued supplier,

We'd love to hear about your experience of working with Vantage Retail's finance and procurement teams. The survey takes around two minutes and all responses are anonymous.

Take the survey

Thank you,
Vantage Retail Supplier Experience Team""",
  fmt="html", noref=1,
  i="I", n="supplier satisfaction survey")

M(d="2025-05-06", fr="AP Service Desk <apservicedesk@cheltonengineering.example>", s="[AP-SD-20931] RE: Payment reminder INV-31990",
  b="""Thank you for contacting the Chelton Engineering AP Service Desk.

Your request has been logged with reference AP-SD-20931 and assigned to the Supplier Payments queue. Our target response time is three working days. Please do not reply to this email as replies are not monitored.

AP Service Desk""",
  auto=1, noref=1,
  i="I", n="AP service desk auto-ack")

M(d="2026-11-01", fr="Katharina Vogt <katharina.vogt@vogt-industrietechnik.example>", s="Abwesenheitsnotiz: AW: Zahlungserinnerung INV-88602",
  b="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. November nicht im Büro und ab Montag, 9. November wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an buchhaltung@vogt-industrietechnik.example.

Thank you for your message. I am out of the office until 6 November and will be back on Monday 9 November. For urgent matters please contact buchhaltung@vogt-industrietechnik.example.

Katharina Vogt
Buchhaltung""",
  auto=1, cr="al",
  i="I", rd=("md", 11, 9), n="German/English OOO; 'until 6 Nov' + 'back on Monday 9 Nov' -> return_date = back date")

M(d="2025-01-13", fr="Paul Withers <paul.withers@witherspackaging.example>", s="RE: INV-11604",
  b="""Please remove me from this distribution list. I moved to the operations team last year and don't handle invoices any more.

Paul""",
  cr="gf",
  q=("gm", 2, """Dear Paul,

INV-11604 for £1,872.00 is now overdue. Please arrange payment.

Kind regards,
Greenfold Packaging"""),
  i="I", n="wrong person asks to be removed, no stance")

M(d="2026-02-20", fr="Lewis Carter <lewis.carter@cartermarine.example>", s="RE: Q1 forecast meeting",
  b="""Hi Jack,

Can you book the boardroom for Tuesday 10am and let Priya know the Q1 forecast deck needs to be final by Monday? Thanks.

Lewis""",
  noref=1,
  i="I", n="HARD: misdirected internal email, not about our invoice")

M(d="2025-11-28", fr="Jennifer Malik <jennifer.malik@malikandrowe.example>", s="RE: [EXTERNAL] Overdue account - Malik & Rowe",
  b="""+ Nina for visibility""",
  to="Northwind Supplies Ltd <accounts@northwind-supplies.example>, Nina Rowe <nina.rowe@malikandrowe.example>",
  q=("ol", 1, """Dear Jennifer,

Your account shows £4,880.00 overdue. Please let us know when payment will be made.

Regards,
Northwind Supplies Ltd"""),
  i="I", n="cc for visibility only")

M(d="2026-05-19", fr="Danielle Ford <dford@ridgelinepartners.example>", s="Automatic reply: Past due invoice INV-58890",
  b="""Thank you for your email. I will be out of the office through Friday, May 22, with limited access to email. For urgent matters please contact ap@ridgelinepartners.example.

Best,
Danielle Ford
Accounts Payable Lead
Ridgeline Partners LLC""",
  auto=1, cr="mo",
  i="I", rd=("md", 5, 22), n="US OOO 'through Friday, May 22' -> return_date 22 May (last day away stated, like 'until')")

M(d="2025-07-29", fr="Accounts Payable <ap@tennantgroup.example>", s="RE: INV-35101",
  b="""Good morning,

Thank you - received and logged.

Accounts Payable
Tennant Group""",
  q=("ol", 0, """Dear Accounts Payable,

Please find attached our invoice INV-35101 for £2,775.00.

Regards,
Northwind Supplies Ltd"""),
  i="I", n="human ack 'received and logged'")

M(d="2026-03-30", fr="Chief Executive <ceo.office@harrowgate-holdings-mail.example>", s="Urgent - confidential payment",
  b="""Hi,

Are you at your desk? I need you to process an urgent confidential payment to a new supplier today. I'm in meetings all afternoon so email only please. Reply with your availability.

Sent from my iPad""",
  noref=1,
  i="I", n="CEO-fraud spam, not a debtor reply")

M(d="2025-10-17", fr="Robert Haines <robert.haines@hainesassociates.example>", s="RE: [EXTERNAL] INV-39222",
  b="""Robert Haines
Senior Partner
Haines Associates LLP
12 King Street, Manchester M2 4LQ
T: 0161 555 0190

Please consider the environment before printing this email.

This email is confidential and intended solely for the use of the individual to whom it is addressed. If you have received it in error please notify the sender and delete it. Haines Associates LLP is authorised and regulated by the Solicitors Regulation Authority.""",
  fmt="alt",
  q=("ol", 1, """Dear Robert,

INV-39222 for £1,650.00 is now overdue. Please arrange payment.

Regards,
Harbour Lane Print Co"""),
  cr="hl",
  i="I", n="HARD: empty reply - only signature and disclaimer above the quoted reminder")

M(d="2026-07-04", fr="Martina Greco <martina.greco@grecofoods.example>", s="Risposta automatica: Sollecito INV-62750",
  b="""Sono fuori ufficio fino al 17 luglio con accesso limitato alla posta. Per questioni amministrative scrivere a amministrazione@grecofoods.example.

I am out of the office until 17 July with limited access to email. For accounts matters please write to amministrazione@grecofoods.example.""",
  auto=1, cr="al",
  i="I", rd=("md", 7, 17), n="Italian/English OOO until 17 July")

M(d="2025-05-30", fr="Steven Bright <steven.bright@brightwaterhomes.example>", s="Read: Payment reminder - INV-32540",
  b="""Your message

  To: Steven Bright
  Subject: Payment reminder - INV-32540
  Sent: 29/05/2025 10:14

was read on 30/05/2025 08:02.""",
  noref=1,
  i="I", n="read receipt")

M(d="2026-10-27", fr="Aisling Byrne <aisling.byrne@byrnecivil.example>", s="RE: Statement - October",
  b="""Thanks Sharon. Our payment run is Thursday - I'll take a look at the statement before then.

Aisling""",
  q=("gm", 1, """Dear Aisling,

Please find attached your October statement. The overdue balance is £3,215.00.

Kind regards,
Sharon Blake
Northwind Supplies Ltd""", "Statement - October"),
  i="I", n="HARD: mentions Thursday payment run but only commits to looking at the statement -> not a promise, ignore")

M(d="2025-01-06", fr="Martin Oakes <martin.oakes@oakesgroup.example>", s="Automatic reply: Overdue invoice INV-11320",
  b="""Happy New Year. I am working reduced hours this week and will respond to your email as soon as possible. For urgent supplier payment queries, please contact the AP team on 0121 555 0344.

Martin Oakes
Head of Finance""",
  auto=1,
  i="I", rd=None, n="OOO-style reduced-hours notice, no return date")

M(d="2026-09-25", fr="Compliance Team <compliance@tidewaytransport.example>", s="Supplier due diligence - annual declaration",
  b="""Dear Supplier,

As part of our annual supplier due diligence, all active suppliers are asked to complete our Modern Slavery and Anti-Bribery declaration by 31 October. The form can be completed online via the supplier portal.

Thank you for your continued support.

Compliance Team
Tideway Transport Group""",
  fmt="html", noref=1,
  i="I", n="compliance mass mail to suppliers, no stance on any invoice")

M(d="2025-08-29", fr="Lynne Patterson <lynne.patterson@pattersonmedical.example>", s="Automatic reply: RE: INV-36770",
  b="""I'm out of the office today (Friday) and will be back on Monday. If your query is about a payment, please contact payables@pattersonmedical.example.""",
  auto=1,
  i="I", rd=("wd", "mon"), n="OOO 'back on Monday' on a Friday")

M(d="2026-01-28", fr="Thomas Reid <thomas.reid@reidgroup.example>", s="Accepted: Account review call - Reid Group / Northwind",
  b="""Thomas Reid has accepted this meeting.

When: Tuesday 3 February 2026 10:00-10:30
Where: Microsoft Teams""",
  noref=1,
  i="I", n="calendar acceptance for an account review call")


# ---------------------------------------------------------------- longer and shorter additions (mixed intents)
M(d="2026-03-06", fr="Gillian Forsyth <gillian.forsyth@tayportgroup.example>", s="RE: [EXTERNAL] Overdue account - Tayport Group - 5 invoices",
  b="""Dear Sharon,

Thank you for your letter and for your patience while we have been sorting this out. I owe you an explanation.

In January we moved our purchase ledger from the old Sage system to a new ERP platform, and at the same time transferred invoice processing to our group finance team in Dundee. During the migration a number of supplier records, including Northwind's, were set up without a valid bank account, which meant your invoices were approved but silently dropped out of every payment proposal. Nobody on our side noticed until your reminder arrived, and I can only apologise.

Your record has now been corrected and verified. I have personally checked the five invoices listed in your statement (INV-48440, INV-48512, INV-48603, INV-48677 and INV-48790) against our ledger and they all agree, totalling £14,286.20. All five have been added to our next payment run, which is on Thursday 12 March, and you will receive a single BACS payment for the full amount with a remittance advice from our new system.

Going forward, please send invoices to ap.dundee@tayportgroup.example rather than to me, and copy me in on any reminders until we are confident the new process is working.

With kind regards,

Gillian Forsyth
Group Financial Controller
Tayport Group Ltd
Riverside House, 4 Dock Street, Dundee DD1 3DR
T: 01382 555 610

Please consider the environment before printing this email.""",
  fmt="alt",
  q=("ol", 4, """Dear Gillian,

Please find below your statement of account. All five invoices are now more than 30 days overdue:

INV-48440  £2,960.00
INV-48512  £3,114.20
INV-48603  £2,480.00
INV-48677  £3,302.00
INV-48790  £2,430.00

Total: £14,286.20

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "thu"), a="14286.20 GBP", n="long (230+ words) explanation of ERP migration; one BACS on Thursday 12 March for the stated total")

M(d="2025-10-11", fr="Malcolm Reeve <malcolm.reeve@reevebuildinggroup.example>", s="RE: Account 50712 - overdue balance and proposed payment plan",
  b="""Dear Martin,

I am writing further to our telephone conversation on Thursday regarding the overdue balance on our account, which I understand now stands at £31,400.00.

As I explained, one of our principal contractors, Harcastle Developments, entered administration in September owing us a little over £400,000. We are a solvent business with a full order book, but the loss of that receipt has left us with a serious short-term cash gap and our bank has asked us to agree structured arrangements with our key suppliers rather than make ad hoc payments.

We would therefore like to propose that the balance is settled in six monthly instalments, as follows:

- £5,400.00 on 31 October 2025
- £5,200.00 on the last working day of each month from November 2025 to March 2026

We would continue to pay all new invoices strictly within your normal 30-day terms, so the arrears would not grow, and we are happy for you to hold us to that as a condition of the arrangement. If it would help, our finance director would be glad to share our cash flow forecast in confidence.

I appreciate this is not what you want to hear, and I am grateful for the support Kestrel has shown us over many years. I would be grateful if you could let me know whether this proposal is acceptable.

Yours sincerely,

Malcolm Reeve
Managing Director
Reeve Building Group Ltd""",
  fmt="alt", cr="ks",
  q=("ol", 3, """Dear Malcolm,

The overdue balance on account 50712 is now £31,400.00, the oldest items being more than 60 days past due. Please contact us urgently to discuss payment.

Regards,
Martin Hale
Credit Control
Kestrel Facilities Services"""),
  i="X", pd=("md", 10, 31), a="5400.00 GBP", n="long (250 words) six-instalment proposal after a customer's administration; first instalment £5,400 on 31 Oct")

M(d="2026-07-24", fr="Purchase Ledger Control <pl.control@hambridgefoods.example>", s="RE: Statement reconciliation - Hambridge Foods - June 2026",
  b="""Dear Sharon,

We have now completed our reconciliation of your June statement against our purchase ledger. I am afraid there are a number of items we do not accept.

1. INV-61830 (£1,742.00) - the unit price for the 12oz cups has been charged at £48.50 per case. Our contract price for 2026 is £44.00 per case, as confirmed in your price file of 2 January. We have asked for a credit for the difference of £162.00.

2. INV-61905 (£2,210.00) - this appears to be a duplicate of INV-61880. Both relate to delivery note DN-90441 and our goods-in system shows only one delivery on that date.

3. INV-62012 (£388.00) - the lids on this delivery were the wrong size and were returned via your driver on 19 June. We hold a returns note signed by your driver but have not received a credit note.

4. INV-62140 (£96.00) - a delivery charge has been added. Our contract provides free delivery on orders over £500, and this order was £1,650.00.

We are not in a position to pay any of the four items above until the corrections are made. The remaining items on the statement agree to our ledger and will be paid on their due dates.

Please send credit notes or an explanation for each item to this mailbox, quoting our query reference PLQ-2207.

Regards,
Purchase Ledger Control
Hambridge Foods plc""",
  fmt="alt", cr="gf",
  q=("ol", 5, """Dear Purchase Ledger Control,

Please find attached your statement for June 2026. We would be grateful for payment of the overdue items, or for details of any queries.

Kind regards,
Sharon Blake
Greenfold Packaging""", "Statement reconciliation - Hambridge Foods - June 2026"),
  att=["Hambridge_statement_recon_June.csv"],
  i="D", n="HARD: long (240 words) statement reconciliation disputing four items (price, duplicate, returns, delivery charge) while the rest will be paid -> dispute; several amounts, none single -> amount null")

M(d="2025-06-13", fr="Lindsey Carr <lindsey.carr@bowfellmedical.example>", s="RE: Overdue invoices - Bowfell Medical",
  b="""Hi Sharon,

Thank you for your email. I have been through each of the invoices on your list and I think there has been a problem with allocation on your side rather than non-payment on ours. Our bank confirms the following payments, all made to your HSBC account ending 2290:

INV-32005 - £1,184.00 - paid 2 May, BACS ref BOWFELL 0502
INV-32118 - £2,406.50 - paid 16 May, BACS ref BOWFELL 1605
INV-32260 and INV-32301 - £3,320.00 together - paid 30 May, BACS ref BOWFELL 3005

That is £6,910.50 in total, which matches the balance on your reminder.

I suspect the payment on 30 May is the cause of the confusion, because it covered two invoices with one reference. I've attached the remittance advices for all three payments and a screenshot of our bank statement showing the funds leaving our account.

Could you look into it and confirm once the payments have been allocated correctly? If you need anything further from us, my direct line is below.

Kind regards,

Lindsey Carr
Finance Manager
Bowfell Medical Supplies Ltd
Tel: 01539 555 271""",
  fmt="alt", att=["Bowfell_remittances_May.pdf", "bank_statement_extract.png"],
  q=("ol", 3, """Dear Lindsey,

Our records show the following invoices as overdue:

INV-32005  £1,184.00
INV-32118  £2,406.50
INV-32260  £1,660.00
INV-32301  £1,660.00

Total: £6,910.50

Please arrange payment.

Kind regards,
Sharon Blake
Northwind Supplies Ltd"""),
  i="A", a="6910.50 GBP", n="long (200 words) list of three payments covering four invoices; amount = stated total")

M(d="2026-10-30", fr="Global Business Services - Supplier Onboarding <gbs.onboarding@corvinagroup.example>", s="RE: [EXTERNAL] Overdue invoices - Corvina Hotels UK Ltd - change of processing centre",
  b="""Dear Valued Supplier,

Thank you for your recent correspondence regarding invoices issued to Corvina Hotels UK Ltd.

With effect from 1 October 2026, accounts payable processing for all Corvina Group entities in the UK and Ireland has transferred to our Global Business Services centre in Lisbon. As part of this transition, we are asking all suppliers to re-validate their details before any further payments are released.

To allow us to process your outstanding invoices, could you please:

1. Confirm your legal entity name, registered address and company number;
2. Provide your bank details on company letterhead, signed by an authorised signatory (we will verify these by telephone using the number on your website, not the one on the letter);
3. Confirm the email address to which remittance advices should be sent;
4. Re-submit any invoices dated after 1 October through the Corvina Supplier Portal, quoting a valid Corvina purchase order number.

Invoices dated before 1 October do not need to be re-submitted; once your details are validated they will be released in the next available payment run.

Could you also confirm whether you hold any unapplied credit notes for Corvina entities, so that these can be reflected correctly on your account?

We apologise for any inconvenience and thank you for your cooperation.

Kind regards,

Supplier Onboarding Team
Corvina Group Global Business Services
Avenida da Liberdade 190, 1250-147 Lisboa, Portugal""",
  fmt="html",
  q=("ol", 6, """Dear Accounts Payable,

The following invoices to Corvina Hotels UK Ltd remain unpaid:

INV-86410  £2,870.00
INV-86522  £1,945.00

Please let us know when payment will be made.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="long (240 words) shared-service transition: re-validation questions before release; no commitment or contest -> question")

M(d="2025-12-20", fr="Richard Allard <richard.allard@allardgroup.example>", s="Automatic reply: [EXTERNAL] Statement of account - December",
  b="""Thank you for your email.

I am out of the office from Saturday 20 December, returning on Monday 5 January 2026. During this period I will not have access to email or voicemail.

Please note that the Allard Group head office will be closed from 24 December to 1 January inclusive. Our final supplier payment run of the year took place on 18 December, and the first run of the new year will be on 9 January.

In my absence:
- for supplier payment and remittance queries, please contact the Accounts Payable team at ap@allardgroup.example;
- for purchase orders and new supplier set-up, please contact procurement@allardgroup.example;
- for anything urgent during the closure period, please call our duty finance manager on 0113 555 0888 (10am-2pm on 29 and 30 December only).

Your email will not be forwarded. If your enquiry is still relevant on my return, I will respond as soon as I can.

Best wishes for the festive season,

Richard Allard
Finance Director
Allard Group Ltd
Allard House, 3 Park Row, Leeds LS1 5HD

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the system manager. Allard Group Ltd is registered in England and Wales under company number 03318842.""",
  auto=1, fmt="alt",
  i="I", rd=("md", 1, 5), n="HARD: long (220 words) corporate OOO with payment-run dates and closure info; no stance on our invoice -> ignore; return 5 Jan next year")

M(d="2025-09-19", fr="Rob Tierney <rob.tierney@tierneyfreight.example>", s="RE: INV-38260",
  b="""Approved - in Monday's run.""",
  q=("ol", 1, """Rob,

INV-38260 for £1,730.00 is still showing as awaiting approval on your portal. Could you chase it?

Thanks,
Martin
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "mon"), n="four-word AP promise, Friday message -> Monday")

M(d="2026-08-29", fr="Supplier Disputes <supplier.disputes@lymingtonretail.example>", s="RE: INV-64955 - dispute",
  b="""We dispute this invoice. Completed dispute form attached.

Supplier Disputes Team
Lymington Retail""",
  att=["Dispute_form_INV-64955.pdf"],
  q=("ol", 3, """Dear Accounts Payable,

INV-64955 for £2,080.00 is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="D", n="curt dispute with form attached; no reason in the text")


if __name__ == "__main__":
    sys.exit(main("corporate"))
