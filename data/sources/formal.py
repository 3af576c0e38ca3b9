"""Hand-written labelled debtor replies, slice "formal".

Flavour: formal written business English from finance departments, public
bodies and professionals: councils, schools, universities, NHS trusts,
charities, housing associations, law firms, accountancy practices, insolvency
practitioners, factoring companies and continental European companies writing
formal English ("We hereby confirm...", "Please be advised that...", "Further
to your letter of..."). Procurement rules (purchase orders, budget holders,
financial year-end, grant funding, committee approvals), contract clauses,
"without prejudice" letters, retentions, set-off claims, administration and
liquidation notices, supplier forms, insurance certificates, VAT numbers.
Letters pasted as text, PDFs attached, Outlook quoting, HTML mail.

Every message body and every quoted reminder below was written by hand as
literal data; kit.py only packages them (see its docstring for the fields of M).

Run:  .venv/bin/python data/sources/formal.py -v
Writes data/labelled/formal/formal-NNN.eml and labels.jsonl
"""

from __future__ import annotations

import sys

from kit import M, main

# ==========================================================================
# DATA - batch 1
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2025-06-16", fr="Accounts Payable <ap.team@wyvernvalley-nhs.example>", s="RE: Overdue invoice INV-52218",
  b="""Dear Sir/Madam,

Further to your reminder, please be advised that invoice INV-52218 has now been receipted against purchase order WV/PO/884120 and released for payment.

It will be included in the Trust's BACS run on Thursday 19 June.

Yours faithfully,

Accounts Payable Team
Wyvern Valley NHS Foundation Trust
Finance Directorate, Level 2, Brunel House

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. The Trust does not accept liability for any virus transmitted by this e-mail.""",
  q=("ol", 5, """Dear Accounts Payable,

Our invoice INV-52218 for cleaning consumables supplied to the Outpatients Department on [[-48|%-d %B]] remains unpaid and is now 18 days past its due date.

We would be grateful if you could confirm when payment will be made.

Yours faithfully,
Credit Control
Kestrel Facilities Services""", "Overdue invoice INV-52218"),
  cr="ks", fmt="alt",
  i="P", pd=("wd", "thu"), n="NHS trust, receipted against PO, 'BACS run on Thursday 19 June' (message Mon 16 Jun)")

M(d="2025-02-19", fr="Exchequer Services <exchequer@ashcombe-council.example>", s="RE: Invoice INV-18864 - payment overdue",
  b="""Good afternoon,

We refer to the above invoice.

The Council's standard terms are payment within 30 days of receipt of a valid, undisputed invoice. Your invoice was not received by this office until 7 February as it had been sent to the Highways depot in error. It has now been verified by the budget holder and I have authorised it today.

Payment of £4,386.00 will be made by BACS on 28 February.

Regards

Mrs J. Okonkwo
Exchequer Officer
Finance & Procurement
Ashcombe District Council
Civic Centre, Market Street, Ashcombe AC1 2DD""",
  q=("om", 6, """Dear Sir or Madam,

We note that invoice INV-18864 (£4,386.00), issued on [[-40|%-d %B %Y]] for grounds maintenance at the Civic Centre, is now overdue.

Please let us know when we may expect payment.

Kind regards,
Kestrel Facilities Services
Accounts Receivable"""),
  cr="ks",
  fmt="alt",
  i="P", pd=("md", 2, 28), a="4386.00 GBP", n="council, authorised today, explicit date 28 February")

M(d="2025-04-10", fr="Hargreaves & Pell LLP <accounts@hargreavespell.example>", s="Your invoice INV-30914",
  b="""Dear Sirs

Re: Your invoice INV-30914 - printing of client seminar brochures

We acknowledge receipt of your letter of 3 April and apologise for the delay in settlement, which arose from the absence on leave of the partner responsible for approving marketing expenditure.

Approval has now been given and our cashier will remit the sum of £1,212.60 to you within seven days of the date of this letter.

Yours faithfully

Hargreaves & Pell LLP
Solicitors
14 Cathedral Close, Wells BA5 2PL

Hargreaves & Pell LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 604112). A list of members is available at our registered office.""",
  q=("om", 7, """Dear Sirs,

We write regarding invoice INV-30914 for £1,212.60, which fell due on [[-21|%-d %B %Y]] and remains outstanding.

We would be grateful for settlement or an indication of when payment will be made.

Yours faithfully,
Harbour Lane Print Co"""),
  cr="hl",
  i="P", pd=("plus", 7), a="1212.60 GBP", n="law firm letter, 'within seven days of the date of this letter' -> +7")

M(d="2026-01-29", fr="Dr Helen Marsh <h.marsh@eng.carrow-university.example>", s="RE: Outstanding invoice - conference website",
  b="""Dear Bright Pixel team,

Thank you for your patience with this one. The invoice had to be re-coded to the research grant rather than the School's discretionary budget, which held it up in Finance for a fortnight.

I have just had confirmation from the Research Finance Office that it is cleared and will be paid in their next supplier run on Tuesday.

With best wishes,

Helen

Dr Helen Marsh
Senior Lecturer in Structural Engineering
School of Engineering, Carrow University""",
  q=("gm", 3, """Dear Dr Marsh,

I hope you are well. I'm writing about our invoice INV-44810 for the ICSE 2026 conference website, which was due on [[-17|%-d %B]]. Could you let us know where it is in your approval process?

Many thanks,
Bright Pixel Studio"""),
  cr="bp", fmt="alt",
  i="P", pd=("wd", "tue"), n="academic, grant re-coding, 'next supplier run on Tuesday' (message Thu)")

M(d="2025-05-07", fr="Van der Berg Transport B.V. <crediteuren@vdberg-transport.example>", s="RE: Payment reminder invoice no. 20417",
  b="""Dear Sir, Madam,

With reference to your reminder we hereby confirm that the outstanding amount of EUR 7.840,00 relating to invoice no. 20417 will be transferred to your account on 15 May 2025 at the latest.

We apologise for the inconvenience caused.

Kind regards,

M. de Graaf
Crediteurenadministratie
Van der Berg Transport B.V.
Havenweg 118, 3089 KS Rotterdam""",
  q=("nl", 4, """Dear Sir or Madam,

According to our records invoice no. 20417 dated [[-45|%d.%m.%Y]] in the amount of EUR 7.840,00 has not yet been paid.

We kindly ask you to transfer the amount within the next 7 days.

Kind regards
Alpenrose Logistik GmbH
Buchhaltung"""),
  cr="al",
  fmt="alt",
  i="P", pd=("md", 5, 15), a="7840.00 EUR", n="Dutch company, 'hereby confirm ... will be transferred on 15 May at the latest'")

M(d="2026-03-12", fr="Finance Officer <finance@riverbendhospice.example>", s="RE: Account statement - Riverbend Hospice",
  b="""Dear Accounts Team,

Thank you for your patience. Our Finance and Audit Committee met last night and approved all supplier payments that had been held pending the release of our quarterly grant.

Your invoice is included and will be paid with our payment run on the last working day of this month.

With kind regards,

Margaret Ilesanmi
Finance Officer
Riverbend Hospice
Registered Charity No. 1098834""",
  q=("om", 9, """Dear Finance Officer,

Please find attached your statement of account. Invoice INV-47702 (£2,304.00), due on [[-20|%-d %B]], is now overdue.

We should be grateful if you would arrange payment.

Kind regards,
Greenfold Packaging
Accounts"""),
  cr="gf",
  i="P", pd=("iso", "2026-03-31"), n="charity committee approval, 'last working day of this month' = Tue 31 Mar 2026")

M(d="2025-06-11", fr="Partner's Office <office@lindqvistandco-accountants.example>", s="RE: Overdue account",
  b="""Dear Mr Fairbairn,

I refer to your email of 9 June regarding our outstanding balance of £3,450.00.

I can confirm that a payment of £2,000.00 will be made today, with the remaining £1,450.00 to follow by 30 June. I apologise that this has run beyond your terms; we changed practice management software in May and a number of supplier accounts were not carried across correctly.

Yours sincerely

Anna Lindqvist FCA
Managing Partner
Lindqvist & Co Chartered Accountants
Tel: 01632 960 887""",
  q=("gm", 2, """Dear Ms Lindqvist,

Your account with us currently shows an overdue balance of £3,450.00 (INV-33015 and INV-33190). We would be grateful for settlement at your earliest convenience.

Kind regards,
Robert Fairbairn
Credit Controller
Northwind Supplies Ltd""", "Overdue account"),
  cr="nwc",
  i="P", pd=("today",), a="2000.00 GBP", n="HARD: split promise, first payment £2,000 today, balance by 30 June; amount/date = first payment")

# ---------------------------------------------------------------- extension_request
M(d="2026-02-24", fr="School Business Manager <sbm@hollinwoodprimary.example>", s="RE: INV-49120 - reminder",
  b="""Dear Sir/Madam,

Please be advised that the school's budget for the current financial year has now been fully committed, and the local authority has instructed schools not to raise further expenditure before year-end.

We would therefore respectfully request that payment of this invoice be deferred until the new financial year commences on 1 April, when our revised budget will be released. The invoice will be the first item processed.

I apologise for any inconvenience and hope this is acceptable.

Yours faithfully

Clare Needham
School Business Manager
Hollinwood Primary School""",
  q=("ol", 3, """Dear Hollinwood Primary School,

We write to remind you that invoice INV-49120 for £1,876.00 (exercise books and display materials) was due on [[-14|%-d %B %Y]] and has not yet been paid.

Kind regards,
Harbour Lane Print Co"""),
  cr="hl",
  i="X", pd=("md", 4, 1), n="school budget committed, asks deferral to new financial year 1 April")

M(d="2025-06-30", fr="Treasurer <treasurer@kingsmere-youthtrust.example>", s="Invoice INV-33982",
  b="""Dear Ms Patel,

I write as Honorary Treasurer of the Kingsmere Youth Trust in connection with the above invoice.

The Trust is funded principally by a grant from the county community foundation, paid in quarterly tranches. The next tranche is due to be received on 15 July. Until then our reserves are committed to staff salaries.

I would be most grateful if you could allow us until 20 July to settle your invoice in full. I can assure you that it will be paid promptly once the grant has cleared.

Yours sincerely

Geoffrey Aldous
Honorary Treasurer, Kingsmere Youth Trust
Registered Charity No. 1142290""",
  cr="bp",
  fmt="alt",
  i="X", pd=("md", 7, 20), n="charity awaiting grant tranche, asks until 20 July")

M(d="2025-09-18", fr="Income & Payments <payments@ferngatehousing.example>", s="RE: Outstanding balance - Ferngate Housing Association",
  b="""Dear Credit Control,

Thank you for your letter regarding the outstanding balance of £9,600.00 in respect of the void property clearance works.

Due to an unexpected increase in our responsive repairs expenditure this quarter, we would like to propose settling the balance in three equal monthly instalments of £3,200.00, the first to be paid on 1 October and the remaining two on 1 November and 1 December.

We should be grateful if you would confirm whether this arrangement is acceptable to you.

Yours faithfully

David Odukoya
Head of Finance
Ferngate Housing Association Ltd
Registered Society No. 30211R""",
  q=("om", 8, """Dear Sir or Madam,

We refer to our invoices INV-38871 and INV-38902, totalling £9,600.00, for void property clearance. Both invoices are now more than 30 days overdue.

Please arrange payment within 7 days.

Kestrel Facilities Services
Credit Control"""),
  cr="ks",
  i="X", pd=("md", 10, 1), a="3200.00 GBP", n="housing association proposes 3 instalments of £3,200, first on 1 October")

M(d="2025-11-05", fr="Jan Kowalczyk <j.kowalczyk@baltyk-chem.example>", s="RE: Reminder INV-40022",
  b="""Dear Sirs,

We regret to inform you that, due to a temporary liquidity constraint following the delayed settlement of a major customer contract, we are unable to settle invoice INV-40022 on its due date.

We kindly ask you to grant us a further fourteen days from today. We value our cooperation with your company highly and trust that you will understand our situation.

Yours faithfully,

Jan Kowalczyk
Chief Accountant
Bałtyk Chemicals Sp. z o.o.""",
  q=("gm", 2, """Dear Mr Kowalczyk,

This is a reminder that invoice INV-40022 for EUR 14,250.00 falls due for payment on [[+1|%-d %B %Y]].

Kind regards
Alpenrose Logistik GmbH"""),
  cr="al",
  fmt="alt",
  i="X", pd=("plus", 14), n="Polish company, 'a further fourteen days from today' -> +14")

M(d="2026-05-13", fr="Edward Lyle <edward@lylesolicitors.example>", s="Your account",
  b="""Dear Sirs,

Thank you for your letter of 5 May.

I regret that I am not presently in a position to discharge your account. As a sole practitioner my cash flow is dependent on the recovery of costs in a number of matters, one of which, a substantial inter partes costs claim, is expected to be settled within the coming weeks.

I would ask that you kindly hold matters over until the end of next month, by which time I anticipate being able to settle the account in full.

Yours faithfully,

Edward Lyle
Lyle & Co Solicitors
3 Bridge Street, Hexham""",
  cr="nw",
  i="X", pd=("eonm",), n="sole practitioner solicitor, 'hold matters over until the end of next month' (May -> 30 Jun)")

M(d="2025-07-16", fr="Supplier Payments <supplier.payments@carrow-university.example>", s="RE: Invoice INV-34455 overdue",
  b="""Dear Supplier,

Regrettably, owing to the University's financial year-end closedown, no supplier payments will be processed between 20 July and 4 August while the ledgers are closed and audited.

We must therefore ask for your forbearance. Your invoice will be released in the first payment run after the ledgers re-open.

Yours faithfully,

Supplier Payments Team
Finance Office, Carrow University""",
  q=("ol", 2, """Dear Supplier Payments,

Invoice INV-34455 for £612.00, addressed to the Department of Music, is now 10 days overdue. Please advise when it will be paid.

Regards,
Harbour Lane Print Co"""),
  cr="hl",
  i="X", n="HARD: year-end closedown, asks forbearance; 'first run after the ledgers re-open' not resolvable -> null")

M(d="2026-08-06", fr="Practice Manager <practicemanager@elmsidesurgery.example>", s="RE: Reminder - INV-61177",
  b="""Dear Sir/Madam,

I am writing on behalf of the partners of Elmside Surgery regarding the above invoice for the refurbishment of our waiting area.

Our quarterly reimbursement from the ICB has been delayed, and the partners have asked me to enquire whether it would be possible to settle the invoice in monthly instalments. We would propose £500.00 per month, commencing on the 28th of this month, until the balance is cleared.

I look forward to hearing from you.

Yours faithfully,

Sandra Whitfield
Practice Manager
Elmside Surgery""",
  q=("ol", 4, """Dear Practice Manager,

We write regarding invoice INV-61177 for £2,950.00, which was due for payment on [[-12|%-d %B]]. We should be grateful if you would arrange settlement.

Kind regards
Kestrel Facilities Services"""),
  cr="ks",
  i="X", pd=("dom", 28), a="500.00 GBP", n="GP surgery asks instalments £500/month from the 28th")

# ---------------------------------------------------------------- dispute
M(d="2025-10-21", fr="Commercial Manager <commercial@stanbridgeconstruction.example>", s="RE: INV-39960 - Application for payment",
  b="""Dear Sirs,

We refer to your invoice INV-39960 in the sum of £7,060.00.

Please be advised that we are exercising our right of set-off under clause 14.3 of the Subcontract Agreement in respect of liquidated damages of £2,750.00, arising from the late completion of the mechanical cleaning works at Block C, which were certified complete eleven days after the contractual completion date.

Accordingly, the sum of £4,310.00 will be paid in our next payment cycle. A Pay Less Notice has been issued separately in accordance with the Housing Grants, Construction and Regeneration Act 1996.

Yours faithfully,

Alan Trewin
Commercial Manager
Stanbridge Construction Ltd""",
  att=["pay_less_notice.pdf"],
  cr="ks",
  i="D", a="2750.00 GBP", n="HARD: set-off of liquidated damages + partial payment; dispute wins, amount = sum set off")

M(d="2026-04-08", fr="Quantity Surveyor <qs@marlowbuild.example>", s="RE: Invoice INV-52007",
  b="""Good morning,

Your invoice INV-52007 has been raised for the full subcontract value of £23,600.00.

Under clause 7 of the subcontract, retention of 5% (£1,180.00) is to be held until the end of the defects liability period, with half released on practical completion. Practical completion has not yet been certified.

We are therefore unable to process the invoice as presented. Please issue a revised invoice showing the retention deduction.

Regards

Kieran Doyle MRICS
Senior Quantity Surveyor
Marlow Build Ltd""",
  fmt="alt",
  cr="ks",
  i="D", a="1180.00 GBP", n="retention not deducted; contests the invoiced amount -> dispute; amount = retention in dispute")

M(d="2025-12-02", fr="Fenwick Stone Solicitors <litigation@fenwickstone.example>", s="WITHOUT PREJUDICE SAVE AS TO COSTS - Your invoice INV-41880",
  b="""WITHOUT PREJUDICE SAVE AS TO COSTS

Dear Sirs

Our client: Orchard Lane Care Homes Ltd
Your invoice: INV-41880

We act for the above-named client and have been passed your invoice and subsequent reminders.

Our client does not accept that the additional charges of £3,600.00 for weekend and out-of-hours working were authorised. No variation was issued in writing as required by clause 9.2 of the Services Agreement, and our client's site manager had no authority to instruct such works.

Our client is willing to pay the undisputed balance upon receipt of a credit note for the sum referred to above. We invite you to confirm within 14 days that a credit note will be issued.

Yours faithfully

Fenwick Stone Solicitors""",
  att=["letter_FS-2219.pdf"],
  cr="ks",
  fmt="alt",
  i="D", a="3600.00 GBP", n="solicitors' letter contesting unauthorised extra charges; payment conditional on credit note")

M(d="2025-03-27", fr="Materials Management <receipting@northgate-hospital.example>", s="RE: INV-26650 - overdue",
  b="""Dear Supplier,

We have checked the above invoice against our receiving records. Our stores department has no record of any delivery against purchase order NGH-PO-550172, and no goods receipt note has been raised.

The invoice cannot be paid until the goods have been received. If you believe the goods were delivered, please provide a signed proof of delivery showing the name of the person who accepted them.

Regards

Materials Management
Northgate Hospital""",
  q=("ol", 5, """Dear Sir or Madam,

Invoice INV-26650 for 40 cases of nitrile gloves (£1,392.00) remains unpaid. It was due on [[-10|%-d %B]].

Please advise when payment will be made.

Northwind Supplies Ltd
Credit Control"""),
  i="D", n="hospital says goods not received (no GRN); POD request is part of the dispute")

M(d="2025-08-19", fr="Weber Maschinenbau GmbH <kreditoren@weber-mb.example>", s="AW: Payment reminder invoice no. 20931",
  b="""Dear Sir or Madam,

We herewith object to invoice no. 20931 dated 14 July 2025.

The freight rate applied (EUR 1,45 per kg) does not correspond to the tariff of EUR 1,20 per kg agreed in our framework agreement of 2 January 2025. The invoice total of EUR 3.625,00 is therefore incorrect.

We kindly ask you to cancel the invoice and to issue a corrected one. Until then we must put the invoice on hold.

With kind regards

Sabine Krüger
Kreditorenbuchhaltung
Weber Maschinenbau GmbH
Industriestraße 22, 70565 Stuttgart
Geschäftsführer: Dr. Thomas Weber | Amtsgericht Stuttgart HRB 71234""",
  q=("de", 6, """Dear Ms Krüger,

We would like to remind you that invoice no. 20931 in the amount of EUR 3.625,00 was due on [[-9|%d.%m.%Y]].

Kind regards
Alpenrose Logistik GmbH"""),
  cr="al",
  fmt="alt",
  i="D", a="3625.00 EUR", n="German company objects to rate vs framework agreement; amount = invoice total contested")

M(d="2026-06-23", fr="Accounts Payable <creditors@thornbury-bc.example>", s="RE: Overdue invoice INV-58840",
  b="""Dear Sirs,

Invoice INV-58840 appears to be a duplicate of invoice INV-58215, which covers the same delivery note (DN 77310) and the same goods. INV-58215 was paid on 4 June under our remittance reference TBC-0041827.

Please cancel INV-58840 and confirm that your ledger has been adjusted.

Yours faithfully

Accounts Payable
Thornbury Borough Council""",
  cr="nw",
  i="D", n="HARD: duplicate invoice claim, original paid -> dispute beats already_paid")

M(d="2025-01-14", fr="Estates Department <estates@st-aidans-college.example>", s="Query regarding invoice INV-21090",
  b="""Dear Sir or Madam,

Could you kindly explain why the College has been invoiced for twelve days' hire of the scissor lift, when our records show that it was collected by your driver on the eighth day?

We would be grateful if the invoice could be amended accordingly.

Yours faithfully

R. Castellanos
Estates Administrator
St Aidan's College""",
  cr="ks", fmt="html",
  html="""<p>Dear Sir or Madam,</p><p>Could you kindly explain why the College has been invoiced for <b>twelve</b> days' hire of the scissor lift, when our records show that it was collected by your driver on the eighth day?</p><p>We would be grateful if the invoice could be amended accordingly.</p><p>Yours faithfully</p><p>R. Castellanos<br>Estates Administrator<br>St Aidan's College</p>""",
  i="D", n="HARD: polite question that contests hire days charged -> dispute")

# ---------------------------------------------------------------- already_paid
M(d="2025-08-20", fr="Payments Team <payments@ashcombe-council.example>", s="RE: Reminder INV-36215",
  b="""Dear Sir/Madam,

Payment of £2,145.60 was made by BACS on 14 August under payment reference 7000123498. A copy of the remittance advice is attached for your records.

Regards

Payments Team
Ashcombe District Council""",
  att=["remittance_7000123498.pdf"],
  q=("ol", 1, """Dear Payments Team,

Invoice INV-36215 for £2,145.60 was due on [[-8|%-d %B]] and remains unpaid on our ledger. Please advise.

Regards
Kestrel Facilities Services"""),
  cr="ks",
  i="A", a="2145.60 GBP", n="council BACS payment with remittance attached")

M(d="2025-09-04", fr="Hofmann Elektrotechnik AG <buchhaltung@hofmann-et.example>", s="AW: Zahlungserinnerung / payment reminder INV-37408",
  b="""Dear Sir or Madam,

We hereby confirm that the amount of EUR 12.300,00 was transferred on 02.09.2025 to your account at Commerzbank AG (IBAN ending 4471). Please find enclosed the bank confirmation.

We would ask you to check your account again and to inform us should the amount not have been credited.

Kind regards

i.A. Petra Lindner
Finanzbuchhaltung
Hofmann Elektrotechnik AG""",
  att=["Zahlungsbestaetigung_02092025.pdf"],
  q=("de", 3, """Sehr geehrte Damen und Herren,

unsere Rechnung INV-37408 über EUR 12.300,00 ist seit dem [[-10|%d.%m.%Y]] fällig. Wir bitten um Ausgleich.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH"""),
  cr="al",
  i="A", a="12300.00 EUR", n="Swiss/German company confirms transfer with bank confirmation attached")

M(d="2026-10-07", fr="Mrs P. Greaves <office@oakhill-infants.example>", s="Re: Invoice reminder",
  b="""Dear Sir/Madam,

I can confirm that your invoice was paid by cheque, which was signed by our Chair of Governors and posted first class on Monday. I would expect it to reach you shortly.

Kind regards

Mrs P. Greaves
School Administrator
Oakhill Infant School""",
  q=("gm", 2, """Dear Mrs Greaves,

Our invoice INV-86604 for the school's autumn prospectus printing is now overdue. Could you let us know when it will be paid?

Thank you,
Harbour Lane Print Co"""),
  cr="hl",
  i="A", n="school cheque posted Monday")

M(d="2025-11-12", fr="Cashiers <cashiers@mortonbryce-law.example>", s="Payment of your invoice INV-40530",
  b="""Dear Sirs,

We should be grateful if you would confirm receipt of our transfer of £640.00 made on 7 November in settlement of the above invoice. The payment was made from our office account and referenced with your invoice number.

Yours faithfully,

Accounts Department
Morton Bryce LLP""",
  cr="nw",
  fmt="alt",
  i="A", a="640.00 GBP", n="law firm asks to confirm receipt of transfer -> already_paid (convention)")

M(d="2025-05-14", fr="Accounts Payable <ap@carrow-university.example>", s="RE: Statement of account",
  b="""Dear Colleague,

Thank you for your statement. I can confirm that invoices INV-21170, INV-21184 and INV-21203 were settled in a single consolidated payment of £18,922.40 on 30 April, under remittance reference CU-PAY-553021.

Please allocate the payment accordingly. A copy of the remittance is attached.

Kind regards

Accounts Payable
Carrow University""",
  att=["CU-PAY-553021.pdf"],
  q=("ol", 6, """Dear Accounts Payable,

Please find below the outstanding items on your account:

INV-21170   £6,240.00
INV-21184   £8,112.40
INV-21203   £4,570.00

Total: £18,922.40

Kind regards
Credit Control
Northwind Supplies Ltd""", "Statement of account"),
  i="A", a="18922.40 GBP", n="HARD: consolidated payment of three invoices; amount = total paid")

M(d="2026-01-10", fr="Clerk to the Trustees <clerk@almondbury-almshouses.example>", s="RE: Overdue invoice",
  b="""Dear Sir or Madam,

Our records indicate that your invoice was paid in full on 3 January by bank transfer. I suspect the payment may not have been allocated to our account on your side, as the Trustees' bank quoted our purchase order number (AA/2025/117) as the payment reference rather than your invoice number.

I should be obliged if you would check and let me know.

Yours faithfully,

Roger Penhaligon
Clerk to the Trustees
Almondbury Almshouse Charity""",
  q=("om", 4, """Dear Sirs,

Invoice INV-45220 for £735.00 (window cleaning, December) is overdue. We would be grateful for payment.

Kestrel Facilities Services"""),
  cr="ks",
  i="A", n="charity says paid 3 Jan, reference was PO number; Saturday message")

M(d="2026-05-19", fr="Finance <finance@greystonehomes.example>", s="RE: INV-54117",
  b="""Paid 19/05/2026 - £867.00 - our ref GH-PAY-220419.""",
  fmt="html",
  html="""<div style="font-family:Calibri,sans-serif;font-size:11pt">Paid 19/05/2026 &ndash; &pound;867.00 &ndash; our ref GH-PAY-220419.</div><div style="font-family:Calibri,sans-serif;font-size:9pt;color:#666">Greystone Homes Housing Association | Finance Team</div>""",
  cr="ks",
  i="A", a="867.00 GBP", n="terse HTML-only payment confirmation from housing association")

# ---------------------------------------------------------------- question
M(d="2025-03-04", fr="Procurement Team <procurement@ashcombe-council.example>", s="RE: Invoice INV-25518",
  b="""Dear Sir/Madam,

Thank you for your invoice.

Before payment can be processed, the Council requires all new suppliers to be registered on our financial system. Could you please complete and return the attached New Supplier Form, together with a copy of your current public liability insurance certificate (minimum cover £5 million) and a bank letter or voided cheque confirming your account details?

Once these have been received and verified your invoice will be released for payment.

Kind regards

Procurement Team
Ashcombe District Council""",
  att=["New_Supplier_Form_v4.pdf"],
  cr="ks",
  i="Q", n="council needs supplier form + insurance certificate before paying")

M(d="2025-10-02", fr="Accounts Payable <ap.team@wyvernvalley-nhs.example>", s="RE: Payment chase - INV-39114",
  b="""Dear Supplier,

The Trust operates a strict 'No PO, No Pay' policy. Your invoice INV-39114 does not quote a valid official purchase order number and has therefore been placed on hold.

Could you please let us know the purchase order number issued to you for this supply, or the name of the requisitioner at the Trust who placed the order, so that we can match the invoice?

Accounts Payable Team
Wyvern Valley NHS Foundation Trust""",
  cr="nw", fmt="alt",
  i="Q", n="HARD: no-PO hold, asks for PO number/requisitioner; not contesting debt -> question")

M(d="2026-09-15", fr="Lefèvre Distribution SAS <comptabilite@lefevre-distrib.example>", s="RE: Invoice INV-84410",
  b="""Dear Madam, Dear Sir,

Please be advised that your invoice INV-84410 does not show your intra-community VAT identification number, which we require in order to apply the reverse charge mechanism.

Could you kindly provide your VAT number, or send us a corrected invoice showing it?

Best regards,

Claire Fontaine
Service Comptabilité Fournisseurs
Lefèvre Distribution SAS""",
  q=("fr", 5, """Dear Ms Fontaine,

Our invoice INV-84410 dated [[-35|%d/%m/%Y]] is now overdue. We would appreciate your prompt payment.

Kind regards,
Alpenrose Logistik GmbH"""),
  cr="al",
  i="Q", n="French company asks for VAT number for reverse charge")

M(d="2025-12-09", fr="Departmental Administrator <admin@chem.carrow-university.example>", s="RE: INV-42215",
  b="""Dear Sir/Madam,

Could you please re-send a copy of this invoice addressed to Carrow University, Department of Chemistry, rather than to Dr Simmons personally? Invoices addressed to individuals are rejected by our Finance Office.

Could you also confirm whether you are registered on the University's supplier portal? If so, the invoice should be uploaded there rather than emailed.

Many thanks

Jasmine Ford
Departmental Administrator
Department of Chemistry""",
  cr="nw",
  fmt="alt",
  i="Q", n="university asks for re-addressed invoice copy and portal upload")

M(d="2026-04-21", fr="Audit Senior <audit@bramwellpartners-ca.example>", s="Statement request - year-end",
  b="""Dear Sirs,

We are currently preparing for our year-end audit and are reconciling all supplier balances as at 31 March 2026.

Could you kindly provide a statement of account showing all invoices, credit notes and payments on our account since 1 April 2025? We have a small difference between our ledger and your last reminder which we would like to understand before we release any payments.

Yours faithfully,

Thomas Grieve
Audit Senior
Bramwell Partners Chartered Accountants""",
  cr="hl",
  i="Q", n="HARD: statement request for reconciliation; mentions a difference but doesn't contest -> question")

M(d="2025-07-22", fr="Finance Manager <finance@meadowlarktrust.example>", s="RE: Payment reminder - bank details",
  b="""Dear Accounts Team,

We have received an email, purportedly from your company, advising that your bank details have changed. As a charity we are obliged to verify any such change independently before making payment.

Could you please confirm your current bank account details by letter on your company's headed paper, or telephone our finance office on 01632 960 442 and ask for me?

Yours sincerely

Olivia Brandt
Finance Manager
Meadowlark Trust""",
  cr="gf",
  fmt="alt",
  i="Q", n="charity verifying bank details change (fraud control)")

M(d="2025-11-25", fr="Purchase Ledger <purchaseledger@holtcroftschools.example>", s="RE: INV-41066",
  b="""Dear Sir/Madam,

The invoice you have sent is a pro forma and does not show your VAT registration number or a tax point date.

Upon receipt of a valid VAT invoice we will arrange payment within five working days.

Kind regards

Purchase Ledger
Holtcroft Schools Trust""",
  q=("ol", 3, """Dear Purchase Ledger,

Please find attached our invoice INV-41066 for £1,530.00. Payment is now overdue.

Regards,
Harbour Lane Print Co"""),
  cr="hl",
  i="Q", n="HARD: promise conditional on receiving a valid VAT invoice -> question")

# ---------------------------------------------------------------- ignore
M(d="2026-02-03", fr="Carter Lowe Restructuring <creditors@carterlowe-ip.example>", s="Notice of Appointment of Administrators - Pembury Interiors Limited",
  b="""PEMBURY INTERIORS LIMITED - IN ADMINISTRATION
Registered number: 09811204

Notice to creditors

We write to inform you that Mark Carter and Sunita Lowe of Carter Lowe Restructuring LLP were appointed Joint Administrators of the above company on 30 January 2026 by the directors, pursuant to paragraph 22 of Schedule B1 to the Insolvency Act 1986.

The affairs, business and property of the company are being managed by the Joint Administrators, who act as agents of the company and without personal liability.

If you are owed money by the company, please complete the enclosed proof of debt form and return it to this office together with supporting documentation. Further information will be provided in the Administrators' proposals, which will be issued within eight weeks of appointment.

Yours faithfully

For and on behalf of Pembury Interiors Limited
Sunita Lowe
Joint Administrator""",
  att=["Notice_to_creditors.pdf", "Proof_of_debt_form.pdf"],
  noref=1,
  i="I", n="HARD: administration notice inviting a proof of debt; no stance on our invoice -> ignore")

M(d="2025-02-27", fr="Linda Morrow <l.morrow@ashcombe-council.example>", s="Automatic reply: Invoice INV-23870 overdue",
  b="""Thank you for your email. I am out of the office until Monday 3 March with no access to email.

If your query relates to an invoice or payment, please contact the Accounts Payable helpdesk on 01632 960 500 or at ap@ashcombe-council.example.

Linda Morrow
Senior Finance Officer""",
  auto=1,
  cr="ks",
  i="I", rd=("md", 3, 3), n="council OOO with return date")

M(d="2025-09-29", fr="Correspondence Unit <post@stmarys-hospitalcharity.example>", s="RE: Outstanding invoice",
  b="""Dear Sir/Madam,

We acknowledge receipt of your correspondence, which has been forwarded to the relevant department for attention.

Yours faithfully,

Correspondence Unit
St Mary's Hospital Charity""",
  q=("om", 1, """Dear Sir/Madam,

Our invoice INV-38004 for £420.00 remains unpaid. Please advise.

Bright Pixel Studio"""),
  cr="bp",
  i="I", n="formal bare acknowledgement, forwarded internally")

M(d="2026-07-02", fr="Reception <reception@baileyhart-accountants.example>", s="RE: Payment reminder INV-60412",
  b="""Good morning,

Thank you for your email. I have passed this on to our Practice Accounts team at accounts@baileyhart-accountants.example, who deal with all supplier invoices and payments.

Kind regards

Jenny
Reception
Bailey Hart Chartered Accountants""",
  cr="nw",
  fmt="alt",
  i="I", n="receptionist forwards to accounts team, no stance")

M(d="2025-04-24", fr="Ashcombe District Council <procurement-news@ashcombe-council.example>", s="Supplier Bulletin - April 2025: upcoming tender opportunities",
  b="""ASHCOMBE DISTRICT COUNCIL - SUPPLIER BULLETIN
April 2025

Upcoming tender opportunities
- Grounds maintenance framework 2025-2029 (Lot 1: parks; Lot 2: cemeteries). Expressions of interest by 16 May.
- Civic Centre catering concession. Market engagement event on 8 May.

Meet the Buyer
Our annual Meet the Buyer event for local SMEs will take place on 12 June at the Civic Centre. Places are limited.

Reminder: all invoices must quote a valid purchase order number.

You are receiving this bulletin because you are registered on the Council's supplier portal. To unsubscribe, update your preferences in the portal.""",
  fmt="html",
  html="""<h2>Ashcombe District Council &ndash; Supplier Bulletin</h2><p><i>April 2025</i></p><h3>Upcoming tender opportunities</h3><ul><li>Grounds maintenance framework 2025&ndash;2029 (Lot 1: parks; Lot 2: cemeteries). Expressions of interest by 16 May.</li><li>Civic Centre catering concession. Market engagement event on 8 May.</li></ul><h3>Meet the Buyer</h3><p>Our annual Meet the Buyer event for local SMEs will take place on 12 June at the Civic Centre. Places are limited.</p><p><b>Reminder:</b> all invoices must quote a valid purchase order number.</p><p style="font-size:8pt;color:#777">You are receiving this bulletin because you are registered on the Council's supplier portal. To unsubscribe, update your preferences in the portal.</p>""",
  noref=1, cr="ks",
  i="I", n="council supplier newsletter")

M(d="2026-04-01", fr="Graham Oduya <g.oduya@ferngatehousing.example>", s="Out of Office: Overdue invoices INV-50871 / INV-50902",
  b="""Thank you for your message. I am on annual leave and will be returning to the office on Wednesday 15 April.

Please note that supplier payment runs continue as normal during my absence. Any queries about payments should be directed to payments@ferngatehousing.example.

Graham Oduya
Finance Business Partner""",
  auto=1, cr="ks",
  i="I", rd=("md", 4, 15), n="HARD: OOO mentioning payment runs; not a promise. returning Wed 15 April")

M(d="2025-10-30", fr="Company Secretary <cosec@harrowfield-estates.example>", s="RE: Your letter of 22 October",
  b="""Dear Sirs,

Thank you for your letter of 22 October, the contents of which have been noted.

We will revert to you in due course.

Yours faithfully,

Company Secretary
Harrowfield Estates plc""",
  q=("om", 8, """Dear Sirs,

We write regarding invoice INV-39310 in the sum of £5,900.00, now more than 60 days overdue. Unless payment is received within 14 days we will have no option but to refer the matter for recovery.

Yours faithfully,
Northwind Supplies Ltd
Credit Control""", "Final notice - INV-39310"),
  cr="nwc",
  i="I", n="HARD: 'contents noted, will revert in due course' - no commitment, no stance -> ignore")

# ==========================================================================
# DATA - batch 2
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2026-03-10", fr="Accounts Payable <accountspayable@pinecrest-usd.example>", s="RE: Past due invoice INV-50128",
  b="""Good afternoon,

Please be advised that your invoice INV-50128 in the amount of $3,214.75 was approved by the Board of Education at its regular meeting on March 9. A check will be issued in the March 13 accounts payable cycle and mailed to the remit-to address on file.

Thank you for your patience.

Respectfully,

Diane Whitaker
Accounts Payable Specialist
Pinecrest Unified School District
Business Services Division
Tel: (555) 014-2231""",
  q=("gmus", 6, """Hello,

Our records show that invoice INV-50128 for $3,214.75 (classroom furniture, delivered [[-52|%B %-d]]) is now past due. Could you please let us know when payment will be made?

Thank you,
Meridian Office Solutions Inc.
Billing Department"""),
  cr="mo",
  i="P", pd=("md", 3, 13), a="3214.75 USD", n="US school district board approval, check issued in 'March 13 AP cycle'")

M(d="2025-01-27", fr="Purchase Ledger <purchaseledger@calderbridge-homes.example>", s="RE: Invoices INV-22310 and INV-22388",
  b="""Dear Sirs,

We have received the notice of assignment from Albion Invoice Finance Ltd confirming that your invoices are now assigned to them, and we have updated our supplier record accordingly.

Both of the above invoices have been approved and will be paid to the Albion Invoice Finance collection account on Friday.

Yours faithfully

Purchase Ledger Department
Calderbridge Homes Ltd""",
  cr="nw",
  fmt="alt",
  i="P", pd=("wd", "fri"), n="factoring: payment to the factor's account on Friday (message Mon)")

M(d="2025-12-19", fr="J. Whitcombe <bursar@stcuthberts-school.example>", s="RE: INV-43602",
  b="""Dear Sir,

I confirm that your invoice will be settled by close of business today.

Yours faithfully,

J. Whitcombe
Bursar""",
  q=("om", 2, """Dear Bursar,

We refer to our invoice INV-43602 for £2,710.00 for the supply of examination stationery, which remains unpaid beyond our 30-day terms.

Yours faithfully,
Harbour Lane Print Co"""),
  cr="hl",
  fmt="html",
  i="P", pd=("today",), n="short bursar note, 'by close of business today'")

M(d="2026-06-26", fr="Harlow Finch Insolvency <cases@harlowfinch-ip.example>", s="RE: Records storage - invoice INV-60955",
  b="""Dear Sirs

Quayside Kitchens Limited - In Creditors' Voluntary Liquidation

Thank you for your email regarding the above invoice for the storage of the company's books and records since the date of our appointment.

The Joint Liquidators have agreed that these charges are properly payable as an expense of the liquidation. Payment of £1,080.00 will be made from the estate account on Monday.

Yours faithfully

Naomi Birch
Case Administrator
for and on behalf of the Joint Liquidators

The affairs, business and property of the Company are being managed by the Joint Liquidators, who act as agents of the Company and without personal liability.""",
  cr="ks",
  i="P", pd=("wd", "mon"), a="1080.00 GBP", n="HARD: liquidators pay post-appointment storage as an expense; insolvency wording but a real promise (Fri -> Mon)")

M(d="2026-09-21", fr="Ufficio Amministrazione <amministrazione@ferraricostruzioni.example>", s="R: Sollecito di pagamento INV-71880",
  b="""Dear Sirs,

With reference to your e-mail, we inform you that the payment of the invoice INV-71880 has been scheduled with value date 30/09/2026 by bank transfer.

Best regards

Ufficio Amministrazione
Ferrari Costruzioni S.p.A.
Via dell'Industria 41, 37135 Verona
P.IVA 03318990231""",
  q=("gm", 4, """Dear Sirs,

Please be informed that invoice INV-71880 dated [[-40|%d/%m/%Y]] has not yet been settled. We kindly ask you to arrange payment.

Best regards
Alpenrose Logistik GmbH
Accounting"""),
  cr="al",
  fmt="alt",
  i="P", pd=("md", 9, 30), n="Italian company, 'scheduled with value date 30/09/2026'")

M(d="2025-05-02", fr="Creditors Section <creditors@dunmore-council.example>", s="RE: INV-31145 - remains unpaid",
  b="""Dear Sir or Madam,

I can confirm that we have not yet paid this invoice. It was received after the cut-off for the April payment run, which closed on 24 April.

It will, however, be included in the run on 8 May, and funds should reach your account the following working day.

Regards

Creditors Section
Dunmore County Council
Tel: 01632 960 212""",
  cr="ks",
  i="P", pd=("md", 5, 8), n="HARD: negation 'have not yet paid' then firm run date 8 May; date = run date")

M(d="2025-09-29", fr="Research Finance <researchfinance@tolworth-university.example>", s="RE: Invoice INV-37991 - chase",
  b="""Dear Bright Pixel Studio,

Apologies for the delay in responding. I have spoken to the Principal Investigator and the purchase order has now been raised retrospectively against the project account.

Our accounts team have your invoice scheduled and the funds will be with you by the end of the week.

Kind regards,

Priyanka Shah
Research Finance Officer
Tolworth University""",
  q=("gm", 5, """Dear Research Finance,

I'm following up on invoice INV-37991 for the project website (£4,800.00), which was due on [[-14|%-d %B]]. Is there anything further you need from us?

Best wishes,
Bright Pixel Studio"""),
  cr="bp", fmt="alt",
  i="P", pd=("eow",), n="university, PO raised retrospectively, 'with you by the end of the week' (Mon -> Fri)")

# ---------------------------------------------------------------- extension_request
M(d="2025-09-26", fr="Clerk to the Council <clerk@lower-brayton-pc.example>", s="Invoice INV-38120 - Lower Brayton Parish Council",
  b="""Dear Sir/Madam,

Thank you for your invoice for the replacement noticeboard at the village green.

Under the Council's Financial Regulations, all payments must be approved by resolution at a meeting of the full Council, and two councillors must then authorise the bank transfer. The next meeting of the Council is on Tuesday 14 October.

I would ask you to kindly bear with us until then. I will present the invoice at that meeting.

Yours faithfully

Mrs A. Thorne
Clerk and Responsible Financial Officer
Lower Brayton Parish Council""",
  cr="ks",
  i="X", pd=("md", 10, 14), n="HARD: parish council asks to 'bear with us' until the 14 Oct meeting; asks for time -> extension")

M(d="2026-02-16", fr="Harcourt & Webb Accountants <tax@harcourtwebb.example>", s="Mr S. Ellery - your account",
  b="""Dear Sirs

We act as accountants to Mr Stephen Ellery, trading as Ellery Landscapes, and write on his behalf with his authority.

Our client has experienced a significant downturn in trade over the winter months and is unable to settle the balance of his account in full at this time. He would like to propose a payment plan of £250.00 per month by standing order, commencing on 1 March, until the balance is cleared.

We should be grateful if you would confirm whether this proposal is acceptable, and if so, provide the bank details to which the standing order should be made.

Yours faithfully

Harcourt & Webb
Chartered Certified Accountants""",
  q=("om", 10, """Dear Mr Ellery,

Your account shows an overdue balance of £2,840.00 in respect of invoices INV-46302, INV-46410 and INV-46555. Please arrange payment within 7 days.

Northwind Supplies Ltd
Credit Control"""),
  fmt="alt",
  i="X", pd=("md", 3, 1), a="250.00 GBP", n="accountants write for client proposing £250/month from 1 March")

M(d="2025-03-17", fr="Finance Director <fd@hallamgroup.example>", s="RE: Final reminder",
  b="""Dear Sirs,

Regrettably the company is not in a position to make payment at this time.

We are in discussions with our bank regarding a revised facility and will contact you again once our position becomes clearer.

Yours faithfully

R. Ashworth
Finance Director
Hallam Group Ltd""",
  q=("om", 3, """Dear Mr Ashworth,

FINAL REMINDER - INV-26688 (£8,420.00)

Despite previous reminders this invoice remains unpaid. Unless we receive payment within seven days we will suspend your credit account.

Northwind Supplies Ltd
Credit Control""", "Final reminder"),
  cr="nwc",
  i="X", n="HARD: 'not in a position to make payment at this time', no date -> extension, null")

M(d="2026-01-19", fr="De Smet Logistics NV <accounting@desmet-logistics.example>", s="RE: Invoice no. 20566 - reminder",
  b="""Dear Madam, Dear Sir,

Referring to your reminder concerning invoice no. 20566, we would like to ask whether it would be possible to settle the amount in two instalments of EUR 4.100,00 each, the first on 31 January and the second on 28 February.

We thank you in advance for your understanding and remain at your disposal for any further information.

Kind regards,

Els Vermeulen
Accounting Department
De Smet Logistics NV, Antwerpen""",
  cr="al",
  fmt="alt",
  i="X", pd=("md", 1, 31), a="4100.00 EUR", n="Belgian company asks two instalments, first 31 January")

M(d="2025-10-31", fr="Estates & Facilities Finance <ef.finance@southmoor-nhs.example>", s="RE: INV-39502 - overdue",
  b="""Dear Kestrel Facilities,

Thank you for your email. Invoices above £5,000 require approval by the budget holder, who is currently on leave and returns on 10 November.

In the circumstances we would ask that you allow us until 21 November to process payment. I apologise for the inconvenience.

Kind regards

Finance Officer
Estates & Facilities
Southmoor Hospitals NHS Trust""",
  cr="ks",
  i="X", pd=("md", 11, 21), n="NHS budget holder on leave; asks until 21 November (Friday message)")

M(d="2025-11-30", fr="Dr Miriam Osei <treasurer@fernleafoodbank.example>", s="Invoice INV-41722",
  b="""Dear Sir or Madam,

I write as a trustee of Fernlea Food Bank. I am afraid that the charity cannot meet this invoice in the current month, as our December donations have not yet come in.

Would you be prepared to accept payment on 15 December? I should be grateful for your understanding.

Yours faithfully,

Dr Miriam Osei
Trustee and Treasurer""",
  cr="gf",
  i="X", pd=("dom", 15), n="charity trustee writing on a Sunday, asks to pay on 15 December")

M(d="2026-10-23", fr="Pryor Mendes Solicitors <debt@pryormendes.example>", s="WITHOUT PREJUDICE - Lanyon Catering Ltd",
  b="""WITHOUT PREJUDICE

Dear Sirs

Re: Lanyon Catering Ltd - outstanding balance £7,500.00

We are instructed by Lanyon Catering Ltd in relation to your letter before action dated 14 October.

Our client does not dispute the sum claimed. It is, however, unable to discharge the debt in a single payment. Our client proposes to settle the balance by six monthly instalments of £1,250.00, the first instalment to be paid on 1 November and subsequent instalments on the first day of each month thereafter.

We should be grateful to receive your client's confirmation that this proposal is acceptable and that no further action will be taken while the instalments are maintained.

Yours faithfully

Pryor Mendes Solicitors""",
  att=["PM-ltr-23102026.pdf"],
  cr="nw",
  i="X", pd=("md", 11, 1), a="1250.00 GBP", n="HARD: 'without prejudice' but debt accepted; instalment proposal -> extension, first £1,250 on 1 Nov")

# ---------------------------------------------------------------- dispute
M(d="2025-07-11", fr="Supplies Department <supplies@kingsbrook-hospital.example>", s="RE: INV-35130 overdue",
  b="""Dear Sir/Madam,

The consignment delivered on 4 July was damaged in transit. Six of the twenty cartons were crushed and the contents (sterile dressing packs) are unusable. Photographs were taken at the time of delivery and the damage was noted on your driver's delivery note.

We will not pay for the damaged goods. Please issue a credit note for £318.00 in respect of the six cartons. The remainder of the invoice will be paid once the credit note has been received.

Regards

Supplies Department
Kingsbrook Hospital""",
  att=["delivery_damage_photos.pdf"],
  fmt="alt",
  i="D", a="318.00 GBP", n="damaged goods; partial credit requested; conditional payment -> dispute")

M(d="2026-09-04", fr="Contract Monitoring <contracts@dunmore-council.example>", s="RE: Invoice INV-83315 - grounds maintenance August",
  b="""Dear Sirs,

The Council does not accept that the above invoice is payable in full.

Our Contract Monitoring Officer inspected the eastern cemetery and the Riverside Park sites on 12 August and recorded that grass cutting had not been carried out to the standard required by Schedule 2 of the Contract. Photographs and the inspection report are attached.

In accordance with clause 11 of the Contract, payment is being withheld pending completion of the remedial works and a satisfactory re-inspection.

Yours faithfully

Contract Monitoring Team
Dunmore County Council""",
  att=["inspection_report_12Aug.pdf"],
  cr="ks",
  i="D", n="poor work per contract inspection; payment withheld")

M(d="2025-04-28", fr="Ufficio Acquisti <acquisti@bellandi-tessile.example>", s="R: Reminder - invoice INV-28840",
  b="""Dear Sirs,

We have received your reminder regarding invoice INV-28840. After careful verification, we inform you that our company has never placed this order. There is no purchase order in our system and none of our employees recognises the shipment described.

Unless you can provide an order signed by an authorised person of our company, we consider the invoice void.

Kind regards

Ufficio Acquisti
Bellandi Tessile S.r.l.""",
  cr="al",
  i="D", n="Italian company: never ordered; invoice considered void")

M(d="2026-05-04", fr="Accounts Payable <ap@westfieldcare.example>", s="RE: Notice of assignment - Greenfold Packaging",
  b="""Dear Sirs,

We acknowledge receipt of the notice from Albion Invoice Finance informing us that your invoices have been assigned to them.

Please note, however, that invoice INV-53310 is subject to a credit note of £465.00, which was agreed with your sales manager, Mr Doyle, in respect of the mis-printed cartons. The credit note has not yet been issued. We will only pay the net balance, and we would ask that both you and your financier note this.

Yours faithfully

Accounts Payable
Westfield Care Group""",
  cr="gf",
  i="D", a="465.00 GBP", n="HARD: factoring notice acknowledged but invoice subject to agreed credit -> dispute")

M(d="2026-07-27", fr="Procurement Office <procurement@tolworth-university.example>", s="Invoice INV-63380 - pricing",
  b="""Dear Sir/Madam,

We note that the above invoice has been priced at your 2026 list prices.

Our framework agreement (ref. TU/FW/2024/118) fixes prices until 31 July 2026. Can you confirm why an uplift has been applied to an order placed on 2 July, and arrange for a corrected invoice?

Kind regards

Procurement Office
Tolworth University""",
  cr="nw",
  fmt="alt",
  i="D", n="HARD: phrased as question but contests price uplift against framework -> dispute")

M(d="2025-02-10", fr="Brouwer Agri B.V. <finance@brouwer-agri.example>", s="RE: Overdue invoice INV-24012",
  b="""Dear Sir, Madam,

Please be advised that we will be offsetting the sum of EUR 2.400,00 against the above invoice in respect of the demurrage charges that we incurred when your vehicle arrived two days late at the port of Vlissingen on 21 January.

The supporting invoices from the terminal operator are enclosed. The balance of the invoice will be settled in the usual way.

Kind regards,

Finance Department
Brouwer Agri B.V.""",
  att=["demurrage_Vlissingen.pdf"],
  cr="al",
  i="D", a="2400.00 EUR", n="Dutch company set-off for demurrage; amount = sum offset")

M(d="2025-12-15", fr="Facilities Manager <facilities@greyfriars-academy.example>", s="RE: INV-42790",
  b="""Good morning,

I must make clear that we will not be paying this invoice until the credit note for the returned stacking chairs has been received. The chairs were collected by your carrier on 20 November and we have the signed collection note.

Regards,

Mark Henshaw
Facilities Manager
Greyfriars Academy""",
  q=("ol", 3, """Dear Mr Henshaw,

Invoice INV-42790 for £1,940.00 (hall furniture) is now overdue. Please could you arrange payment?

Kind regards
Northwind Supplies Ltd"""),
  i="D", n="HARD: negation 'will not be paying until credit note' -> dispute, not promise")

# ---------------------------------------------------------------- already_paid
M(d="2025-10-09", fr="Accounts Payable <ap@marlow-county.example>", s="RE: Past due notice - INV-38844",
  b="""Good morning,

Check #104477 in the amount of $1,860.00 was mailed on October 2 to the remit-to address shown on your invoice (P.O. Box 4410). Please allow 7-10 days for mail delivery.

If the check has not been received by October 20, please contact our office and we will place a stop payment and reissue.

Thank you,

Accounts Payable
Marlow County Auditor's Office""",
  cr="mo",
  fmt="alt",
  i="A", a="1860.00 USD", n="US county: check mailed with check number")

M(d="2026-03-23", fr="Purchase Ledger <purchaseledger@calderbridge-homes.example>", s="RE: Statement - INV-48806",
  b="""Dear Sirs,

Invoice INV-48806 was paid to your factor, Albion Invoice Finance Ltd, on 12 March, in accordance with the notice of assignment we received from them in January. You may wish to check with them.

Yours faithfully

Purchase Ledger Department
Calderbridge Homes Ltd""",
  cr="nw",
  i="A", n="HARD: paid to the factor per notice of assignment -> already_paid")

M(d="2026-02-27", fr="S. Malik <s.malik@oakfieldtrust.example>", s="RE: INV-47915",
  b="""Payment made today. Remittance attached.

Regards
S. Malik
Finance Assistant, Oakfield Trust""",
  att=["remittance.pdf"],
  q=("om", 1, """Dear Sir/Madam,

Our invoice INV-47915 for £560.00 remains unpaid. Please could you arrange payment.

Greenfold Packaging"""),
  cr="gf",
  i="A", n="short: payment made today, remittance attached")

M(d="2026-04-17", fr="Contabilità Fornitori <fornitori@morettiarredi.example>", s="R: Payment reminder INV-51470",
  b="""Dear Sirs,

We inform you that the invoice INV-51470 was paid by bank transfer with value date 15/04/2026, CRO 0306958420117311.

Please find attached the bank receipt.

Best regards,
Contabilità Fornitori
Moretti Arredi S.r.l.""",
  att=["contabile_bonifico.pdf"],
  cr="al",
  i="A", n="Italian company, transfer with value date and CRO reference")

M(d="2025-06-06", fr="Finance Office <finance@quarrymoor-housing.example>", s="RE: INV-33488 and receipt",
  b="""Dear Sir/Madam,

We paid £2,200.00 on 3 June by faster payment in full settlement of the above. Please could you send us a receipted invoice for our files?

Kind regards

Finance Office
Quarrymoor Housing Co-operative""",
  cr="ks",
  i="A", a="2200.00 GBP", n="HARD: paid + asks for receipt; payment report wins -> already_paid")

M(d="2025-09-01", fr="Group Treasury <treasury@harrowholdings.example>", s="RE: INV-36870 - Harrow Retail Ltd",
  b="""Dear Sirs,

Please be advised that your invoice to Harrow Retail Ltd was settled by the parent company, Harrow Holdings plc, on its subsidiary's behalf on 28 August. The payment will therefore appear on your bank statement under the name of Harrow Holdings.

Yours faithfully,

Group Treasury
Harrow Holdings plc""",
  q=("ol", 4, """Dear Harrow Retail,

Our invoice INV-36870 for £3,115.00 is now overdue. We would be grateful for payment.

Regards
Northwind Supplies Ltd"""),
  i="A", n="paid by parent company on subsidiary's behalf")

M(d="2025-11-17", fr="School Office <office@brackenhill-primary.example>", s="Re: Invoice INV-40988",
  b="""Dear Sir/Madam,

Please be advised that the above invoice was paid via the school's purchasing card on 11 November. The transaction ID is 4471-0098-2231.

Kind regards

School Office
Brackenhill Primary School""",
  cr="hl", fmt="alt",
  i="A", n="school paid by purchasing card, transaction ID")

# ---------------------------------------------------------------- question
M(d="2026-05-29", fr="Vendor Maintenance <vendors@harlancounty.example>", s="RE: Invoice INV-55620 - vendor registration",
  b="""Hello,

Before payment can be released on invoice INV-55620, vendor registration must be completed. Please furnish the following:

1. A completed and signed IRS Form W-9 (Rev. March 2024)
2. A certificate of insurance naming Harlan County as additional insured
3. The ACH authorization form (attached)

Documents may be returned to this address. Please let us know if you have any questions.

Thank you,

Vendor Maintenance
Harlan County Finance Department""",
  att=["ACH_Authorization_Form.pdf"],
  cr="mo",
  i="Q", n="US county needs W-9, COI and ACH form")

M(d="2025-08-04", fr="Repairs Finance <repairs.finance@ferngatehousing.example>", s="RE: Outstanding invoices",
  b="""Dear Kestrel,

Could you please confirm which properties the attached invoices relate to? They quote only your internal job numbers and our repairs team is unable to match them to works orders.

If you could provide the property address and our works order reference for each, we will be able to progress them.

Kind regards

Repairs Finance Team
Ferngate Housing Association""",
  q=("ol", 6, """Dear Repairs Finance,

Please find attached copies of the following overdue invoices: INV-36011, INV-36029, INV-36044. We would be grateful for payment.

Kind regards
Kestrel Facilities Services"""),
  cr="ks",
  fmt="alt",
  i="Q", n="housing association asks which properties; can't match to works orders")

M(d="2026-11-09", fr="Kreditorenbuchhaltung <kreditoren@schneider-praezision.example>", s="AW: Invoice INV-89044 - new supplier",
  b="""Dear Sir or Madam,

Thank you for your invoice. As you are a new supplier, our internal control system requires a confirmation of your bank account details issued by your bank on the bank's letterhead (Bankbestätigung), before the first payment can be released.

Could you kindly provide this document?

Kind regards

Kreditorenbuchhaltung
Schneider Präzisionstechnik GmbH""",
  cr="al",
  i="Q", n="German company asks for bank confirmation letter")

M(d="2025-01-20", fr="Corporate Finance <corporate.finance@ashcombe-council.example>", s="RE: INV-22055",
  b="""Dear Sir/Madam,

We have been unable to identify which department ordered the goods on the above invoice, as no purchase order or officer name is shown.

Could you please confirm the name of the officer who placed the order, and the delivery address, so that we can obtain approval from the appropriate budget holder?

Regards

Corporate Finance
Ashcombe District Council""",
  cr="gf",
  fmt="html",
  i="Q", n="council asks who ordered to route for approval")

M(d="2026-08-14", fr="Finance Team <finance@brightwaterhospice.example>", s="Advertising invoice INV-62770 - VAT",
  b="""Dear Bright Pixel,

Thank you for your invoice for the design of our summer appeal advertisement.

As a registered charity we understand that advertising services supplied to charities may qualify for the zero rate of VAT. Could you confirm whether you have considered this, and whether you would be able to provide the relevant certificate for us to complete if it applies?

With thanks,

Finance Team
Brightwater Hospice""",
  cr="bp",
  i="Q", n="HARD: charity asks about zero-rating of VAT; enquiry, not contesting -> question")

M(d="2025-06-23", fr="Office Manager <office@penrose-law.example>", s="RE: Invoice INV-33750",
  b="""Dear Sirs,

Your invoice shows two different addresses for remittances, one in Bristol and one in Swindon. Could you please confirm the correct address to which our cheque should be sent?

Yours faithfully,

Office Manager
Penrose & Co Solicitors""",
  cr="hl",
  fmt="alt",
  i="Q", n="law firm asks which remittance address for cheque")

M(d="2025-03-31", fr="AP Shared Services <apss@northern-nhs-sbs.example>", s="RE: INV-27205 - copy request",
  b="""Dear Supplier,

We are unable to locate invoice INV-27205 on our system. Could you please send a copy of the invoice, together with the relevant delivery note, to invoices@northern-nhs-sbs.example? Please ensure the purchase order number is shown.

Regards

AP Shared Services""",
  i="Q", n="NHS shared services can't find invoice, asks copy + delivery note")

# ---------------------------------------------------------------- ignore
M(d="2025-08-15", fr="Ellison Marsh Recovery <creditors@ellisonmarsh-ip.example>", s="Brackley Tooling Limited - In Liquidation - Notice to creditors",
  b="""BRACKLEY TOOLING LIMITED - IN LIQUIDATION
Company number: 07733120

NOTICE OF DECISION PROCEDURE

Notice is given that the Liquidator is seeking a decision from the company's creditors by way of electronic voting on the approval of his remuneration and the drawing of category 2 expenses.

Creditors wishing to vote must submit a proof of debt, if not already submitted, by no later than 23:59 on 1 September 2025. The voting form and fee estimate are attached.

Creditors who meet the thresholds in section 246ZE of the Insolvency Act 1986 may require a physical meeting to be held.

Peter Ellison
Liquidator""",
  att=["Notice_of_decision_procedure.pdf", "Voting_form.pdf"],
  noref=1, cr="ks",
  i="I", n="HARD: liquidation decision procedure notice; no stance on our invoice -> ignore")

M(d="2026-04-02", fr="Office <office@thistlebank-primary.example>", s="Automatic reply: Invoice INV-51022",
  b="""Thank you for your email. The school office is closed for the Easter holidays and will reopen on Monday 20 April 2026.

Emails received during the holiday will not be read. For safeguarding concerns please contact the local authority on 01632 960 000.""",
  auto=1, fmt="html", cr="hl",
  i="I", rd=("md", 4, 20), n="school Easter OOO, HTML-only")

M(d="2025-07-04", fr="Revenues Officer <s.clark@dunmore-council.example>", s="RE: INV-34980",
  b="""Received with thanks.""",
  q=("ol", 0, """Dear Mr Clark,

As requested, please find attached a copy of invoice INV-34980 for £764.00, together with the signed delivery note.

Kind regards
Kestrel Facilities Services"""),
  cr="ks",
  i="I", n="bare formal acknowledgement of invoice copy")

M(d="2026-01-05", fr="Finance Mailbox <finance-noreply@tolworth-university.example>", s="Automatic reply: Overdue invoice INV-45118",
  b="""This mailbox is not monitored.

Supplier queries, including queries about the status of invoices and payments, must be submitted via the University's Supplier Query Portal. Please do not reply to this message.

Tolworth University Finance Office""",
  auto=1, cr="bp",
  i="I", n="unmonitored mailbox auto-reply pointing to portal")

M(d="2025-10-13", fr="Dr Paul Nwosu <p.nwosu@carrow-university.example>", s="RE: INV-38690 overdue",
  b="""Dear Sir/Madam,

Thank you for the reminder. I will raise this with the budget holder at our next departmental meeting.

Kind regards

Dr Paul Nwosu""",
  cr="nw",
  i="I", n="HARD: 'will raise this with the budget holder' - no payment commitment -> ignore")

M(d="2025-05-26", fr="Admin <admin@crowfieldvillagehall.example>", s="Re: Greenfold Packaging - spring offers",
  b="""UNSUBSCRIBE""",
  q=("gm", 3, """Spring offers from Greenfold Packaging!

20% off all recycled mailer boxes until the end of May. Order online or call our sales team.

Greenfold Packaging""", "Greenfold Packaging - spring offers"),
  cr="gf",
  i="I", n="bare unsubscribe from a village hall")

M(d="2026-06-01", fr="Catherine Bell <c.bell@harrowfield-estates.example>", s="Out of Office: Final notice - INV-58018",
  b="""I am out of the office until 9 June.

If your email concerns the payment of an invoice, please note that all supplier payments are processed by our Shared Service Centre in Leeds and I am unable to authorise payments. Please contact sscpayments@harrowfield-estates.example.

Catherine Bell
Financial Controller""",
  auto=1, cr="nwc",
  i="I", rd=("md", 6, 9), n="HARD: OOO that talks about payments; not a promise")

# ==========================================================================
# DATA - batch 3
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2025-08-26", fr="Creditor Payments <creditorpayments@eastleigh-chs.example>", s="RE: INV-36640 - outstanding",
  b="""Good morning,

Your invoice is now on the payment proposal for Wednesday's BACS run.

Regards,
Creditor Payments
Eastleigh Community Health Services NHS Trust""",
  q=("ol", 4, """Dear Creditor Payments,

Invoice INV-36640 for £1,028.00 (PO EC-448190) was due on [[-6|%-d %B]]. Please could you confirm the payment date?

Thanks,
Northwind Supplies Ltd
Credit Control"""),
  fmt="alt",
  i="P", pd=("wd", "wed"), n="NHS short: 'on the payment proposal for Wednesday's BACS run' (Tue msg)")

M(d="2026-10-18", fr="Rev. Andrew Coulthard <treasurer@stmichaels-pcc.example>", s="Re: Invoice INV-87110",
  b="""Dear Sir,

Thank you for your patience. I have now received the second signature required under our financial controls, and I shall authorise the online payment this evening.

Yours faithfully,

Andrew Coulthard
Treasurer, St Michael's Parochial Church Council""",
  cr="hl",
  i="P", pd=("today",), n="church treasurer on a Sunday, 'authorise the online payment this evening' = today")

M(d="2025-03-24", fr="Finance Assistant <finance@abbeyfieldsouth.example>", s="RE: Invoice INV-27390",
  b="""Dear Sir/Madam,

I have raised a manual cheque request for this invoice as your bank details are not yet set up on our system. The cheque will be signed at Thursday's cheque run and posted the same day.

Kind regards

Marion Keyes
Finance Assistant
Abbeyfield South Housing Society
Tel: 01632 960 671""",
  cr="ks",
  i="P", pd=("wd", "thu"), n="housing society: cheque signed and posted at Thursday's run (Mon msg)")

M(d="2026-07-07", fr="Finanzabteilung <finanz@gruber-holzbau.example>", s="AW: Payment reminder INV-62155",
  b="""Dear Sirs,

We are pleased to inform you that the payment order for EUR 5.960,00 has been released today and will be executed on the next banking day.

Kind regards,

Gruber Holzbau GmbH
Finanzabteilung
A-6020 Innsbruck""",
  cr="al",
  i="P", pd=("tmrw",), a="5960.00 EUR", n="HARD: Austrian company, 'executed on the next banking day' from a Tuesday = tomorrow")

M(d="2025-10-20", fr="Practice Accounts <practiceaccounts@morrishayes-ca.example>", s="RE: Overdue invoice INV-38872",
  b="""Dear Harbour Lane,

Thank you for your email. Your invoice has been approved and is included in the list of supplier payments for sign-off at the partners' meeting at month-end. Payment will therefore be released on 31 October.

Kind regards

Practice Accounts
Morris Hayes Chartered Accountants
www.morrishayes-ca.example""",
  q=("gm", 3, """Dear Practice Accounts,

I'm writing to follow up on invoice INV-38872 for £845.00 (printed year-end packs), which fell due on [[-9|%-d %B]].

Kind regards,
Harbour Lane Print Co"""),
  cr="hl", fmt="alt",
  i="P", pd=("eom",), n="accountancy practice month-end sign-off, 'released on 31 October'")

M(d="2026-02-16", fr="Accounts <accounts@kiltonleisuretrust.example>", s="RE: Credit note CN-0877 / INV-47412",
  b="""Dear Credit Control,

Thank you for the credit note and the revised invoice, which resolve the query we raised about the unused pool chemicals.

We will pay the revised balance of £2,115.00 on Friday 20 February.

Kind regards

Accounts Team
Kilton Leisure Trust""",
  q=("ol", 1, """Dear Accounts Team,

Further to our telephone conversation, please find attached credit note CN-0877 and a revised copy of invoice INV-47412 showing a balance of £2,115.00.

We trust this resolves the matter and look forward to receiving payment.

Kind regards
Kestrel Facilities Services
Credit Control"""),
  cr="ks",
  i="P", pd=("wd", "fri"), a="2115.00 GBP", n="HARD: earlier dispute resolved by credit note; now firm promise Fri 20 Feb")

M(d="2026-04-09", fr="Disbursements Office <disbursements@lakeshore-state-univ.example>", s="RE: Invoice INV-50947 - status",
  b="""Hello,

The payment for invoice INV-50947 has been approved and will be issued via ACH on our next disbursement date, Wednesday, April 15.

Regards,

Office of Disbursements
Lakeshore State University""",
  cr="mo",
  i="P", pd=("wd", "wed"), n="US university ACH on next disbursement date Wed April 15 (Thu msg)")

# ---------------------------------------------------------------- extension_request
M(d="2025-05-20", fr="Chief Finance Officer <cfo@hartwellacademytrust.example>", s="RE: Invoice INV-31804 - overdue",
  b="""Dear Sirs,

We write to request an extension to the payment terms on the above invoice. Owing to a delay in the release of our capital grant funding, we would ask that you allow us an additional 30 days from the original due date of 14 May.

We trust this is acceptable and apologise for any inconvenience caused.

Yours faithfully

Chief Finance Officer
Hartwell Academy Trust""",
  cr="hl",
  i="X", pd=("iso", "2025-06-13"), n="HARD: 'additional 30 days from the original due date of 14 May' = 13 June 2025")

M(d="2025-04-04", fr="Company Secretary <cosec@aldermanfoods.example>", s="RE: Invoice INV-28105",
  b="""Dear Sirs,

We regret that we are unable to settle this invoice this month. We would propose payment in full on 30 April and trust this will be acceptable.

Yours faithfully,

Company Secretary
Alderman Foods Ltd""",
  cr="gf",
  i="X", pd=("md", 4, 30), n="can't pay this month, proposes 30 April")

M(d="2026-07-19", fr="Parish Office <office@holytrinity-eastbrook.example>", s="Invoice for printing of parish magazine",
  b="""Dear Sir or Madam,

The Parochial Church Council considered your invoice at its meeting on Thursday evening. Regrettably, the parish's income has fallen this year and the Council has asked me to enquire whether you would accept payment in three instalments over the coming three months.

I should be grateful for your reply.

Yours faithfully

Margaret Hollis
Parish Administrator
Holy Trinity, Eastbrook""",
  cr="hl",
  i="X", n="PCC asks three instalments, no amounts or dates -> null (Sunday msg)")

M(d="2026-11-02", fr="Honorary Treasurer <treasurer@ashvale-rfc.example>", s="Your invoice INV-88321",
  b="""Dear Sirs,

I write on behalf of the committee of Ashvale Rugby Football Club regarding your invoice for the resurfacing of the car park.

Might we ask for your indulgence until after our annual fundraising dinner on 21 November? The proceeds are earmarked for this invoice and the committee has resolved to settle it in full immediately afterwards.

Yours faithfully

Colin Rennie
Honorary Treasurer""",
  cr="ks",
  i="X", pd=("md", 11, 21), n="club asks 'indulgence until after' fundraising dinner 21 Nov")

M(d="2026-03-06", fr="Cavendish Rowe LLP <r.ahmed@cavendishrowe.example>", s="Our client: Sandford Engineering Ltd - your invoices",
  b="""Dear Sirs

We act for Sandford Engineering Ltd, who have passed to us your recent letter.

Our client accepts that the sum of £18,240.00 is due. However, our client is presently awaiting completion of the sale of its former premises at Unit 4, Castle Road, which is scheduled for 27 March.

We are instructed to ask whether your client would agree to defer any further recovery action until completion, upon which the outstanding invoices will be discharged in full from the sale proceeds.

Yours faithfully

Cavendish Rowe LLP""",
  cr="nw",
  i="X", pd=("md", 3, 27), n="law firm asks to defer recovery until completion on 27 March; debt accepted")

M(d="2025-08-12", fr="Buchhaltung <buchhaltung@reiter-stahl.example>", s="AW: Reminder invoice no. 20788",
  b="""Dear Sir or Madam,

Due to the postponement of a large customer payment, we kindly request a deferral of payment for invoice no. 20788 until the end of the current quarter.

We would be grateful for your confirmation.

Kind regards

Reiter Stahlhandel GmbH
Buchhaltung""",
  cr="al",
  i="X", pd=("iso", "2025-09-30"), n="HARD: 'until the end of the current quarter' (Aug) = 30 Sep 2025")

# ---------------------------------------------------------------- dispute
M(d="2025-06-02", fr="Asset Management <asset.finance@ferngatehousing.example>", s="RE: INV-33105 - void clearance 14 Elm Court",
  b="""Dear Sirs,

Works order WO-221874 was issued for a standard void clearance at 14 Elm Court.

Your invoice includes a 'hazardous waste' surcharge of £940.00. This was not authorised under the works order, our Voids Officer was not contacted, and no waste transfer notes or photographs have been provided to show that hazardous materials were present.

We are therefore not prepared to pay the surcharge. Please re-invoice for the works order value.

Yours faithfully

Asset Management Finance
Ferngate Housing Association""",
  cr="ks",
  i="D", a="940.00 GBP", n="unauthorised surcharge on works order; contests £940")

M(d="2026-03-30", fr="Marketing Partner <marketing@gilmourfraser-law.example>", s="Brochure print job - invoice INV-49961",
  b="""Dear Sirs,

We have received your invoice for the printing of our client brochure.

I regret to say that the brochures were printed using the previous year's schedule of fees, notwithstanding the corrected proof which I approved and returned to your studio on 3 March. The brochures cannot be distributed to clients in this form.

We will not accept the invoice unless the brochures are reprinted from the approved proof at your cost.

Yours faithfully,

Fiona Gilmour
Marketing Partner
Gilmour Fraser LLP""",
  cr="hl",
  i="D", n="poor work: wrong proof printed; rejects invoice until reprinted")

M(d="2025-05-13", fr="Purchase Ledger <ledger@stokesayhotels.example>", s="RE: Statement of account",
  b="""Dear Sirs,

Your statement shows INV-30877 as outstanding. This invoice was cancelled by your credit note CN-0412 issued on 2 May, a copy of which is attached.

Please remove it from our account.

Yours faithfully

Purchase Ledger
Stokesay Hotels Ltd""",
  att=["CN-0412.pdf"],
  cr="gf",
  i="D", n="already credited (credit note); contests the balance shown")

M(d="2025-11-19", fr="Accounts Payable <ap@dunmore-council.example>", s="RE: INV-40415 - on hold",
  b="""Dear Sir/Madam,

The above invoice exceeds the value of the purchase order against which it was raised. Purchase order 40023311 was issued for £1,200.00, but the invoice is for £1,560.00.

No variation to the order has been approved by the budget holder. The Council will pay the purchase order value only; the excess of £360.00 will not be paid.

Regards

Accounts Payable
Dunmore County Council""",
  cr="nw",
  i="D", a="360.00 GBP", n="invoice exceeds PO; excess refused; amount = excess contested")

M(d="2026-10-05", fr="Quality Department <quality@vandijk-bloemen.example>", s="Complaint - invoice INV-86015",
  b="""Dear Sir, Madam,

We hereby give notice that we reject invoice INV-86015.

The pallets supplied with consignment 4471 were not heat-treated and marked in accordance with ISPM 15, as required in our order. As a result the consignment was held by the authorities in Felixstowe and we incurred additional costs for re-palletising.

We will inform you separately of our claim for these costs.

Yours faithfully,

Quality Department
Van Dijk Bloemen B.V.""",
  cr="gf",
  i="D", n="Dutch company rejects invoice: pallets not ISPM 15 compliant")

M(d="2025-01-23", fr="Managing Director <md@tanfieldtechnical.example>", s="RE: Invoices INV-22470 to INV-22473",
  b="""Dear Sirs,

We have no contract with your company. Having reviewed the matter, the services appear to have been ordered by a former director, who left the company in October and had no authority to commit the company to expenditure of this kind.

The company will not be paying these invoices.

Yours faithfully

A. Tanfield
Managing Director
Tanfield Technical Services Ltd""",
  cr="ks",
  i="D", n="denies contract: ordered by a former director without authority")

M(d="2025-12-03", fr="Procurement <procurement@mereside-college.example>", s="RE: INV-42588",
  b="""Dear Sir/Madam,

We will pay £1,150.00 of the £1,450.00 invoiced on Friday.

The balance of £300.00 represents the late-delivery deduction under clause 6 of the order terms, as the furniture arrived nine days after the agreed date. We are therefore deducting this amount.

Regards

Procurement
Mereside College""",
  i="D", a="300.00 GBP", n="HARD: partial promise + deduction for late delivery; dispute wins, amount = deducted £300")

# ---------------------------------------------------------------- already_paid
M(d="2025-07-28", fr="Payments <payments@trentvale-council.example>", s="RE: INV-35218",
  b="""This invoice was paid on 21 July. Ref: BACS 00418872.""",
  fmt="html",
  html="""<p style="font-family:Arial,sans-serif;font-size:10pt">This invoice was paid on 21 July. Ref: BACS 00418872.</p><p style="font-family:Arial,sans-serif;font-size:8pt;color:#555">Trent Vale Borough Council &middot; Payments Team</p>""",
  cr="ks",
  i="A", n="short HTML: paid on 21 July with BACS ref")

M(d="2026-06-11", fr="Accounts <accounts@wolstenholme-solicitors.example>", s="RE: Your invoice INV-59760",
  b="""Dear Sirs,

Our cheque no. 004218 for £312.00, drawn on our office account, was sent to you by first class post yesterday in settlement of the above invoice.

Yours faithfully,

Accounts Department
Wolstenholme & Co Solicitors""",
  cr="hl",
  i="A", a="312.00 GBP", n="law firm cheque posted yesterday")

M(d="2025-06-10", fr="Accounts Payable <ap@riverbend-schools.example>", s="RE: Past due - INV-33320",
  b="""Good morning,

Payment for invoice INV-33320 was remitted via ACH on 6/3. Trace number 091000443218. Please allow up to 3 business days for posting.

Thanks,
Accounts Payable
Riverbend Independent School District""",
  cr="mo",
  fmt="html",
  i="A", n="US school district ACH with trace number")

M(d="2025-10-08", fr="Comptabilité <compta@durand-emballages.example>", s="RE: Relance facture INV-38501",
  b="""Dear Sirs,

We have already paid this invoice on 30 September, together with invoices INV-38390 and INV-38455, by a single transfer in the amount of EUR 27.450,00.

Please find attached the payment advice.

Best regards,

Service Comptabilité
Durand Emballages SA""",
  att=["avis_de_paiement.pdf"],
  cr="gf",
  i="A", a="27450.00 EUR", n="French company: single transfer for three invoices; amount = total")

M(d="2025-12-22", fr="Finance Office <finance@broadoakhousing.example>", s="RE: Account query",
  b="""Dear Sir/Madam,

Kindly confirm that our remittance of £1,995.00, made on 16 December, has been received and allocated to the correct invoices.

Yours faithfully

Finance Office
Broad Oak Housing Trust""",
  cr="ks",
  i="A", a="1995.00 GBP", n="'kindly confirm remittance received' -> already_paid")

M(d="2026-02-23", fr="Supplier Payments <supplier.payments@carrow-university.example>", s="RE: INV-47001 - short payment",
  b="""Dear Colleague,

We paid £3,880.00 on 14 February, which is the invoice total less the 2% prompt payment discount offered in your terms of business, as payment was made within 10 days of the invoice date.

Kind regards

Supplier Payments Team
Carrow University""",
  q=("ol", 2, """Dear Supplier Payments,

We have received £3,880.00 against invoice INV-47001, which was for £3,959.18. Could you please let us know why the payment was short?

Regards
Northwind Supplies Ltd"""),
  i="A", a="3880.00 GBP", n="HARD: short payment explained by prompt-payment discount; not contesting, reports payment")

M(d="2026-08-24", fr="Secretary <secretary@millbrookallotments.example>", s="Re: Invoice INV-64203",
  b="""Dear Sirs,

Our Treasurer has confirmed to me that the bank transfer was made on Friday.

Yours faithfully,

Secretary
Millbrook Allotment Society""",
  cr="gf",
  i="A", n="society secretary relays treasurer: transfer made on Friday")

# ---------------------------------------------------------------- question
M(d="2025-02-04", fr="Procurement & Contracts <procurement@eastmere-council.example>", s="RE: INV-23605",
  b="""Dear Sir/Madam,

Could you please provide a copy of your current Employers' Liability Insurance certificate? The Council's Contract Procedure Rules require this for all contractors working on Council premises before the first payment can be made.

Regards

Procurement & Contracts
Eastmere Borough Council""",
  cr="ks",
  i="Q", n="council asks for EL insurance certificate")

M(d="2026-01-13", fr="Payroll & Payables <payables@granthamhomes.example>", s="RE: Invoice INV-45390 - CIS",
  b="""Dear Sirs,

Before we can process your invoice, could you confirm whether the works fall within the scope of the Construction Industry Scheme? If they do, we shall need your UTR and company registration number to verify your status with HMRC.

Kind regards

Payables Team
Grantham Homes Ltd""",
  cr="ks",
  i="Q", n="CIS/UTR verification question before payment")

M(d="2025-09-23", fr="Rechnungseingang <rechnungseingang@stadtwerke-lindau.example>", s="AW: Invoice INV-37760",
  b="""Dear Sir or Madam,

As a public-sector body we are obliged to accept only electronic invoices in the XRechnung format or via the PEPPOL network. Unfortunately we are not permitted to process PDF invoices.

Could you kindly resubmit your invoice in one of these formats? Please let us know if you require our Leitweg-ID.

Kind regards

Rechnungseingang
Stadtwerke Lindau""",
  cr="al",
  i="Q", n="German public body requires XRechnung/PEPPOL e-invoice")

M(d="2026-05-18", fr="Finance Business Partner <fbp@medsci.tolworth-university.example>", s="RE: Invoice INV-54481",
  b="""Dear Bright Pixel,

I have been asked to look into this invoice, but I can find no record of the project in the Faculty's purchasing system. Could you let me know who at the University commissioned the work, and whether a purchase order was issued?

Best regards,

Finance Business Partner
Faculty of Medical Sciences""",
  cr="bp",
  i="Q", n="HARD: no record, but asks who commissioned rather than denying -> question")

M(d="2025-04-15", fr="Accounts Payable <ap@lowfield-care.example>", s="RE: Reminder",
  b="""Dear Sirs,

Could you please confirm the invoice number to which your reminder relates? We hold several invoices from you for similar amounts and your email does not quote a reference.

Yours faithfully

Accounts Payable
Lowfield Care Homes""",
  q=("om", 1, """Dear Sir/Madam,

We note that your account has an overdue balance of £486.00. Please arrange payment at your earliest convenience.

Northwind Supplies Ltd""", "Reminder"),
  i="Q", n="which invoice does the reminder refer to")

M(d="2026-04-28", fr="Finance Manager <finance@westcombe-wildlife.example>", s="Balance confirmation request - 31 March 2026",
  b="""Dear Sir/Madam,

As part of the audit of our accounts for the year ended 31 March 2026, our auditors have asked us to obtain confirmation of the balance owed by the Trust to your company at that date.

Could you please complete, sign and return the attached balance confirmation directly to our auditors at the address shown?

Yours faithfully

Finance Manager
Westcombe Wildlife Trust""",
  att=["balance_confirmation.pdf"],
  noref=1, cr="gf",
  i="Q", n="audit balance confirmation request")

M(d="2025-08-29", fr="Contracts Team <contracts@northgate-hospital.example>", s="RE: Agency invoice INV-36995",
  b="""Dear Sirs,

We will settle the invoice as soon as you provide the signed timesheets for the weeks ending 1 and 8 August. These are required for our audit trail.

Regards

Contracts Team
Northgate Hospital""",
  cr="ks",
  i="Q", n="HARD: payment conditional on receiving timesheets (information) -> question")

# ---------------------------------------------------------------- ignore
M(d="2025-03-11", fr="Laura Pennington <l.pennington@eastmere-council.example>", s="Automatic reply: INV-26702",
  b="""Thank you for your email. I am currently on maternity leave.

Please direct all correspondence regarding supplier accounts to the Finance Helpdesk at finance.helpdesk@eastmere-council.example.""",
  auto=1, cr="ks",
  i="I", rd=None, n="maternity leave autoreply, no return date")

M(d="2026-05-07", fr="Harlow Finch Insolvency <cases@harlowfinch-ip.example>", s="Quayside Kitchens Limited - Notice of intended dividend",
  b="""QUAYSIDE KITCHENS LIMITED - IN CREDITORS' VOLUNTARY LIQUIDATION

NOTICE OF INTENDED DIVIDEND

Notice is hereby given that the Joint Liquidators intend to declare a first and final dividend to unsecured creditors within two months of the last date for proving, which is 5 June 2026.

Creditors who have not yet proved their debts must do so by that date, otherwise they will be excluded from the dividend.

Naomi Birch
Case Administrator""",
  noref=1, cr="ks",
  i="I", n="HARD: notice of intended dividend from liquidators -> ignore")

M(d="2025-10-24", fr="Kim Osborne <k.osborne@lowfield-care.example>", s="RE: Invoice INV-38960",
  b="""Many thanks for your email. I confirm receipt.

Kim""",
  cr="nw",
  i="I", n="bare receipt confirmation")

M(d="2026-03-02", fr="Fenwick Stone Solicitors <insights@fenwickstone.example>", s="Employment Law Update - March 2026",
  b="""EMPLOYMENT LAW UPDATE | MARCH 2026

Statutory sick pay: what changes from 6 April
From April, SSP will be payable from the first day of absence and the lower earnings limit will be removed. Employers should review their absence policies now.

Webinar: Managing long-term sickness absence
Join our employment team on 19 March at 10am for a practical session on the new rules.

You are receiving this email because you are on the Fenwick Stone client mailing list. Unsubscribe | Privacy notice""",
  fmt="html",
  html="""<table width="600"><tr><td><h1 style="color:#1a3d5c">Employment Law Update | March 2026</h1><h3>Statutory sick pay: what changes from 6 April</h3><p>From April, SSP will be payable from the first day of absence and the lower earnings limit will be removed. Employers should review their absence policies now.</p><h3>Webinar: Managing long-term sickness absence</h3><p>Join our employment team on 19 March at 10am for a practical session on the new rules.</p><p style="font-size:8pt">You are receiving this email because you are on the Fenwick Stone client mailing list. <a href="https://fenwickstone.example/unsubscribe">Unsubscribe</a> | <a href="https://fenwickstone.example/privacy">Privacy notice</a></p></td></tr></table>""",
  noref=1, cr="ks",
  i="I", n="law firm client newsletter")

M(d="2025-11-06", fr="DocuSafe Notifications <no-reply@docusafe-secure.example>", s="Payment document pending your review",
  b="""You have received a secure document: "Remittance_Advice_Nov.pdf"

The sender has shared a payment document with you. To review and sign, please verify your email account within 24 hours.

REVIEW DOCUMENT

This message was sent to accounts@northwind-supplies.example. If you did not expect this document, you may ignore this message.""",
  noref=1, fmt="html",
  html="""<div style="text-align:center;font-family:Helvetica"><p>You have received a secure document: <b>"Remittance_Advice_Nov.pdf"</b></p><p>The sender has shared a payment document with you. To review and sign, please verify your email account within 24 hours.</p><p><a href="http://docusafe-secure.example/verify?u=accounts" style="background:#f2b705;padding:10px 20px;color:#000">REVIEW DOCUMENT</a></p><p style="font-size:8pt">This message was sent to accounts@northwind-supplies.example. If you did not expect this document, you may ignore this message.</p></div>""",
  i="I", n="HARD: phishing mentioning remittance; spam -> ignore")

M(d="2026-09-28", fr="Jonathan Pike <j.pike@brackenridge-trust.example>", s="FW: INV-84930",
  b="""Forwarding to Accounts for their attention.

Jonathan

-----Original Message-----
From: Jonathan Pike
Sent: 14 September 2026 09:12
To: Kestrel Facilities Services
Subject: RE: INV-84930

Dear Sirs, thank you for your reminder. I can confirm that this will be paid in our run on 25 September.

Jonathan Pike
Estates Manager""",
  to="Accounts <accounts@brackenridge-trust.example>, Kestrel Facilities Services <ar@kestrel-fs.example>",
  cr="ks",
  i="I", n="HARD: new text only forwards; the old promise sits in the quoted history -> ignore")

M(d="2025-01-08", fr="Seasonal Greetings <events@ashcombe-council.example>", s="Thank you from the Ashcombe Civic Centre team",
  b="""Dear Supplier,

On behalf of everyone at the Civic Centre, thank you for your support during 2024. We look forward to working with you in the year ahead.

Best wishes,

Facilities Management Team
Ashcombe District Council""",
  noref=1, cr="ks",
  i="I", n="thank-you note, no payment content")

# ==========================================================================
# DATA - batch 4
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2025-02-28", fr="Finance Hub <financehub@sevenrivers-consortium.example>", s="RE: Invoice INV-24490",
  b="""Dear Sir/Madam,

Your invoice has been matched to the purchase order and goods receipt and approved for payment. In accordance with our 30-day terms from the date of receipt, it will be paid on 10 March.

Kind regards

Finance Hub
Seven Rivers Universities Purchasing Consortium""",
  q=("ol", 3, """Dear Finance Hub,

Could you please confirm the payment status of invoice INV-24490 (£1,764.00)? It has not yet appeared on a remittance.

Many thanks
Northwind Supplies Ltd"""),
  fmt="alt",
  i="P", pd=("md", 3, 10), n="consortium approved, 'will be paid on 10 March'")

M(d="2025-12-01", fr="Ekonomiavdelningen <ekonomi@lindgren-maskin.example>", s="SV: Reminder invoice INV-42005",
  b="""Dear Sirs,

Thank you for your reminder. We confirm that payment will be made on Friday, 5 December.

With kind regards,

Karin Lindgren
Ekonomiavdelningen
Lindgren Maskin AB""",
  cr="al",
  fmt="alt",
  i="P", pd=("wd", "fri"), n="Swedish company confirms Friday 5 December (Mon msg)")

M(d="2026-07-03", fr="Accounts Payable <ap@marchbank-foods.example>", s="RE: Overdue - INV-61540",
  b="""Dear Sirs,

We note your reminder. However, the invoice is not yet overdue under the 45-day terms agreed in our supply contract: it falls due on 14 July and will be paid on that date.

Yours faithfully

Accounts Payable
Marchbank Foods Ltd""",
  q=("om", 2, """Dear Sir/Madam,

Invoice INV-61540 for £6,115.20 is now overdue. Please arrange payment by return.

Greenfold Packaging
Accounts"""),
  cr="gf",
  i="P", pd=("md", 7, 14), n="HARD: says not yet overdue (terms), but commits to pay on due date -> promise, not dispute")

M(d="2026-04-06", fr="Finance Officer <finance@westgate-sixthform.example>", s="RE: INV-50215 and INV-50390",
  b="""Dear Sir/Madam,

INV-50215 was paid on 2 April; the remittance should have reached you by email.

INV-50390 requires the approval of the Head of Science, who returns from the Easter holiday on Wednesday. It will be paid on Thursday.

Kind regards

Finance Officer
Westgate Sixth Form College""",
  cr="hl",
  i="P", pd=("wd", "thu"), n="HARD: one paid + one promised Thursday; promise wins")

M(d="2025-02-14", fr="Completions Team <completions@barnard-lees.example>", s="RE: Your fee account - INV-24977",
  b="""Dear Sirs,

Please note that we have today instructed our bank to pay you the sum of £14,200.00 by CHAPS this afternoon, in settlement of your fee account. Our reference will be BL/2241/KP.

Yours faithfully

Completions Team
Barnard Lees Solicitors""",
  cr="nw",
  i="P", pd=("today",), a="14200.00 GBP", n="law firm: CHAPS instructed, to be paid this afternoon = today")

M(d="2026-03-13", fr="Finance Services <financeservices@eastmere-council.example>", s="RE: Invoice INV-49433 - approval",
  b="""Dear Sir/Madam,

I write further to my email of 2 March.

I am pleased to confirm that your invoice was approved by the Finance and Resources Committee on 12 March. Under the Council's Financial Procedure Rules, payment will be made within 10 working days of the date of approval.

Regards

Finance Services
Eastmere Borough Council""",
  cr="ks",
  i="P", pd=("iso", "2026-03-26"), n="HARD: committee approval Thu 12 Mar + 10 working days = Thu 26 Mar 2026")

M(d="2025-11-21", fr="R. Baptiste <r.baptiste@holmwood-partnership.example>", s="RE: INV-40630",
  b="""Noted. Payment will follow on Monday.

R. Baptiste
Practice Administrator""",
  q=("gm", 1, """Dear Mr Baptiste,

Invoice INV-40630 for £398.00 is now overdue. Please advise when we may expect payment.

Regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "mon"), n="short: 'Noted. Payment will follow on Monday.' (Fri msg)")

# ---------------------------------------------------------------- extension_request
M(d="2025-08-18", fr="School Business Manager <sbm@larkrise-primary.example>", s="RE: INV-36811",
  b="""Dear Sir/Madam,

Please be advised that Larkrise Primary School converts to academy status on 1 September, when all supplier accounts will transfer to the Willowbrook Learning Trust.

As the local authority has closed our budget for new payments, could you kindly hold this invoice until the Trust's finance system goes live in mid-September? It will then be paid by the Trust.

Yours faithfully

Karen Doyle
School Business Manager""",
  cr="hl",
  i="X", n="academy conversion, asks to hold invoice until 'mid-September' -> vague, null")

M(d="2026-06-15", fr="Director of Finance <dof@quarrymoor-housing.example>", s="Supplier payments - cyber incident",
  b="""Dear Supplier,

As you may be aware, our organisation experienced a cyber incident on 8 June which has affected our finance and payment systems.

We are currently unable to make any supplier payments, including payment of your invoice. We anticipate that systems will be restored within the next two weeks and we would ask for your patience in the meantime. All invoices received will be honoured.

We apologise for the inconvenience.

Yours faithfully

Director of Finance
Quarrymoor Housing Co-operative""",
  q=("ol", 2, """Dear Finance Team,

Our invoice INV-59100 for £1,310.00 is now 14 days overdue. Please let us know when it will be paid.

Kestrel Facilities Services"""),
  cr="ks",
  i="X", n="HARD: cyber incident, cannot pay now, asks patience; 'restored within two weeks' is not a payment date -> null")

M(d="2025-05-28", fr="Departamento Financiero <finanzas@olmedo-envases.example>", s="RE: Payment reminder INV-32310",
  b="""Dear Sirs,

With reference to your reminder, we would like to request to pay the outstanding amount of EUR 9.000,00 in three monthly instalments of EUR 3.000,00, starting on 15 June.

We remain at your disposal and thank you in advance for your understanding.

Best regards,

Departamento Financiero
Olmedo Envases S.L.""",
  cr="gf",
  i="X", pd=("md", 6, 15), a="3000.00 EUR", n="Spanish company asks three instalments of EUR 3,000 from 15 June")

M(d="2026-10-12", fr="Maitland Rhodes Advisory <restructuring@maitlandrhodes.example>", s="Kelsall Fabrications Limited - request for standstill",
  b="""Dear Sirs

Kelsall Fabrications Limited

We have been engaged as financial advisers to the above company, which is reviewing options for a consensual restructuring of its liabilities.

To enable proposals to be prepared and put to creditors, the directors ask that creditors refrain from taking any recovery or enforcement action for a period of 28 days from the date of this letter. The company intends to continue trading and will write to all creditors again before the end of that period.

Yours faithfully

Maitland Rhodes Advisory LLP""",
  att=["letter_to_creditors.pdf"],
  noref=1, cr="nw",
  i="X", pd=("plus", 28), n="HARD: adviser asks creditors for a 28-day standstill (time to pay) -> extension, +28")

M(d="2025-09-10", fr="Finance Officer <finance@tolworthsu.example>", s="RE: INV-37220",
  b="""Dear Harbour Lane,

Could we have until the 30th, please? Our block grant from the University arrives on the 25th.

Kind regards

Finance Officer
Tolworth Students' Union""",
  cr="hl",
  fmt="alt",
  i="X", pd=("dom", 30), n="students' union asks until the 30th")

M(d="2025-03-06", fr="Manager <manager@greenlanescommunitycentre.example>", s="Re: Overdue invoice INV-26104",
  b="""Dear Sir or Madam,

The committee has asked me to write to enquire whether the balance could be paid at £150 per week. Our hall hire income has fallen sharply since the roof repairs began.

Yours sincerely

Beverley Aston
Centre Manager
Green Lanes Community Centre""",
  cr="gf",
  i="X", a="150.00 GBP", n="community centre asks £150/week, no start date -> null")

M(d="2026-03-25", fr="Finance <finance@northdown-gpfed.example>", s="RE: INV-49870 - due",
  b="""Good morning,

Our allocation for Q4 has been exhausted. Would it be possible to defer payment to our April run on 7 April?

Thanks

Finance Team
Northdown GP Federation""",
  cr="nw",
  fmt="html",
  i="X", pd=("md", 4, 7), n="GP federation asks to defer to April run 7 April")

M(d="2026-01-07", fr="Financial Controller <fc@wrekinengineering.example>", s="RE: Statement - overdue balance",
  b="""Dear Sirs,

We will pay £1,000.00 on Friday as a payment on account, and we would ask that you allow us until 31 January for the balance of £4,600.00.

Trading over December was considerably weaker than forecast, and I would rather be straightforward with you than make a commitment we cannot keep.

Yours faithfully

Financial Controller
Wrekin Engineering Ltd""",
  q=("om", 4, """Dear Sirs,

Your account shows an overdue balance of £5,600.00 (INV-44302, INV-44518, INV-44690). Please arrange payment by return.

Northwind Supplies Ltd
Credit Control"""),
  cr="nwc",
  i="X", pd=("wd", "fri"), a="1000.00 GBP", n="HARD: part payment Friday + asks time for balance; extension wins; first payment £1,000 Friday")

# ---------------------------------------------------------------- dispute
M(d="2025-02-18", fr="Procurement <procurement@kingsbrook-hospital.example>", s="RE: INV-24702",
  b="""Dear Sir/Madam,

This invoice relates to an order which was cancelled. Our buyer cancelled the order by email on 3 February, before dispatch, and your customer service team acknowledged the cancellation. The goods subsequently delivered were refused at goods-in.

We do not accept the invoice and ask that it be cancelled.

Regards

Procurement
Kingsbrook Hospital""",
  i="D", n="cancelled order, goods refused -> dispute")

M(d="2026-08-11", fr="Housing Finance <housing.finance@trentvale-council.example>", s="RE: Invoice INV-64610",
  b="""Dear Sirs,

The Council disputes liability for this invoice.

The works described were carried out at 12 Mill Lane, Trent Vale, which is a privately owned property and is not part of the Council's housing stock. No works order was issued by the Council for this address.

Please redirect your invoice to the property owner.

Yours faithfully

Housing Finance
Trent Vale Borough Council""",
  cr="ks",
  i="D", n="council: wrong property, not their stock -> disputes liability")

M(d="2025-10-15", fr="Ashford Quinn Solicitors <aq@ashfordquinn.example>", s="Our client: Riverside Events Ltd - equipment hire",
  b="""Dear Sirs

We act for Riverside Events Ltd.

We are instructed that the hire charges in your invoice INV-38975 exceed those agreed. Our client agreed a rate of £95.00 per day with your Mr Hale, as confirmed in his email of 2 August, whereas your invoice applies your standard rate of £130.00 per day.

Our client will pay at the agreed rate. The difference of £420.00 is disputed.

Yours faithfully

Ashford Quinn Solicitors""",
  cr="ks",
  fmt="alt",
  i="D", a="420.00 GBP", n="solicitors contest hire rate; amount = difference disputed")

M(d="2026-05-26", fr="Einkauf <einkauf@brenner-anlagenbau.example>", s="AW: Reminder INV-55104",
  b="""Dear Sir or Madam,

We must inform you that the goods were delivered three weeks after the confirmed delivery date. In accordance with section 5 of our General Terms of Purchase, which form part of the order, we are entitled to a contractual penalty of 5% of the order value, i.e. EUR 612,50.

We have deducted this amount from our payment.

Kind regards

Brenner Anlagenbau GmbH
Einkauf""",
  cr="al",
  i="D", a="612.50 EUR", n="German company deducts contractual penalty for late delivery")

M(d="2025-04-22", fr="Admissions Office <admissions@hollybank-school.example>", s="Prospectus invoice INV-29180",
  b="""Dear Sir/Madam,

We were invoiced for 500 copies of the school prospectus but received only 400; the delivery note signed by our caretaker shows four boxes of 100.

Please credit the difference.

Regards

Admissions Office
Hollybank School""",
  cr="hl",
  fmt="html",
  i="D", n="short delivery 400 of 500 -> credit requested")

M(d="2026-02-09", fr="Finance Manager <finance@stowecommunityarts.example>", s="INV-47566 - administration fee",
  b="""Dear Sir/Madam,

We should be grateful if you would explain the administration fee of £75.00 which has been added to the above invoice. No such fee was mentioned in your quotation of 6 January, which we accepted in writing, and we do not believe it is payable.

Yours faithfully

Finance Manager
Stowe Community Arts""",
  cr="bp",
  i="D", a="75.00 GBP", n="HARD: request for explanation but states fee not payable (not in quote) -> dispute")

M(d="2025-07-31", fr="Chair of Trustees <chair@riverbendhospice.example>", s="Invoice INV-35790 - gala dinner",
  b="""Dear Sirs,

Your invoice is addressed to Riverbend Hospice. However, the gala dinner to which it relates was booked, and subsequently cancelled, by the Friends of Riverbend Hospice, which is a separate unincorporated association and not part of the charity.

The Hospice is not liable for this invoice.

Yours faithfully

Chair of Trustees
Riverbend Hospice""",
  cr="gf",
  i="D", n="wrong entity: charity says not liable")

# ---------------------------------------------------------------- already_paid
M(d="2025-11-18", fr="Ekonomi <ekonomi@bergqvist-tra.example>", s="SV: Payment reminder INV-40311",
  b="""Dear Sirs,

We confirm that payment of SEK 48 500 was made on 12 November to your bank account as stated on the invoice. Please check your account again.

Kind regards

Anna Bergqvist
Bergqvist Trä AB""",
  cr="al",
  i="A", a="48500.00 SEK", n="Swedish company, SEK with space separator")

M(d="2025-10-10", fr="Payments Team <payments@eastmere-council.example>", s="RE: INV-38155 overdue",
  b="""Dear Sir/Madam,

The above invoice was paid on 2 October as part of payment run 4471. I attach the remittance advice, which was also emailed to your remittances address at the time.

Regards

Payments Team
Eastmere Borough Council""",
  att=["remittance_run4471.pdf"],
  q=("ol", 1, """Dear Payments Team,

Our records show invoice INV-38155 for £2,876.50 as unpaid. Please could you confirm the status?

Kestrel Facilities Services
Accounts Receivable"""),
  cr="ks", fmt="alt",
  i="A", n="council paid in run 4471, remittance attached")

M(d="2026-05-20", fr="Procurement Card Office <pcard@lakeshore-state-univ.example>", s="RE: Invoice INV-55010",
  b="""Hello,

This invoice was paid by Visa P-card on 5/14/2026. Please refer to authorization code 00837K. Your merchant statement should show the transaction.

Regards,
Procurement Card Office
Lakeshore State University""",
  cr="mo",
  i="A", n="US university paid by P-card with auth code")

M(d="2025-06-19", fr="Neil Trask <n.trask@cloverfield-trust.example>", s="RE: INV-33621",
  b="""I'm away from the office at present but I can confirm that this invoice was paid last week.

Neil

Sent from my iPhone""",
  cr="gf",
  i="A", n="HARD: human reply mentions being away but confirms paid -> already_paid, not OOO")

M(d="2026-03-09", fr="Accounts <accounts@halsteadtrust.example>", s="RE: INV-48114",
  b="""Dear Sir or Madam,

Could you let us know whether our transfer of 4 March has reached you? It was made to the account ending 2291.

Yours faithfully

Accounts
Halstead Educational Trust""",
  cr="hl",
  fmt="alt",
  i="A", n="HARD: asks whether transfer arrived -> already_paid (convention)")

M(d="2025-06-03", fr="Post-Completion <postcompletion@marsdenkeane.example>", s="RE: Survey fee invoice INV-33196",
  b="""Dear Sirs,

Your fee was discharged from our client account on completion on 30 May. Our client ledger reference is MK/7702.

Yours faithfully

Post-Completion Department
Marsden Keane Solicitors""",
  cr="nw",
  i="A", n="law firm paid from client account on completion")

M(d="2026-09-30", fr="Accounts Payable <ap@kiltonleisuretrust.example>", s="Remittance advice",
  b="""Dear Supplier,

Please find attached our remittance advice for payment of £5,412.33 made today.

Accounts Payable
Kilton Leisure Trust""",
  att=["remittance_advice_30092026.pdf"],
  fmt="html",
  html="""<p>Dear Supplier,</p><p>Please find attached our remittance advice for payment of <b>&pound;5,412.33</b> made today.</p><p>Accounts Payable<br>Kilton Leisure Trust</p>""",
  cr="ks",
  i="A", a="5412.33 GBP", n="HTML remittance advice, payment made today")

# ---------------------------------------------------------------- question
M(d="2025-07-08", fr="Accounts <accounts@harlingtonchambers.example>", s="RE: INV-34612",
  b="""Dear Sirs,

Could you please confirm whether your invoice should be addressed to our client, Mrs Pearce, or to this firm? We are unable to pay expert disbursements on behalf of a client without first obtaining her authority and funds on account.

Yours faithfully

Accounts
Harlington Chambers Solicitors""",
  cr="bp",
  i="Q", n="law firm asks who invoice should be addressed to")

M(d="2025-12-10", fr="Supplier Due Diligence <sdd@marlowbuild.example>", s="RE: Invoice INV-42870",
  b="""Dear Sirs,

Before we can release payment on your first invoice, our supplier due diligence process requires the following:

- your Companies House registration number and registered office address
- confirmation of your VAT registration number
- a copy of your health and safety policy

Could you let us have these at your earliest convenience?

Regards

Supplier Due Diligence
Marlow Build Ltd""",
  cr="ks",
  fmt="alt",
  i="Q", n="due diligence request: company number, VAT no, H&S policy")

M(d="2026-06-17", fr="Amministrazione <amministrazione@rossi-logistica.example>", s="R: Invoice INV-60228 - bank details",
  b="""Dear Sirs,

The IBAN indicated on your invoice appears to be incomplete (only 20 characters). Could you kindly inform us of your full IBAN and the SWIFT/BIC code of your bank, so that we can proceed with the payment?

Best regards

Amministrazione
Rossi Logistica S.r.l.""",
  cr="al",
  i="Q", n="Italian company: IBAN incomplete, asks full IBAN/BIC")

M(d="2025-01-31", fr="Office <office@sutton-cheney-village-hall.example>", s="Invoice INV-22680",
  b="""Dear Sir/Madam,

Is it possible to pay your invoice by debit card over the telephone? The hall committee does not have online banking.

Yours faithfully

Hall Secretary""",
  cr="gf",
  i="Q", n="village hall asks to pay by card over phone")

M(d="2026-10-27", fr="Elaine Marchetti <e.marchetti@brackenridge-trust.example>", s="RE: INV-87504",
  b="""Dear Sirs,

Before we release the payment I mentioned last week, could you confirm that it should still be made to your account at Barclays? We have received a letter purporting to come from you giving new bank details at a different bank.

Kind regards

Elaine Marchetti
Finance Officer

-----Original Message-----
From: Elaine Marchetti
Sent: 20 October 2026 11:04
To: Kestrel Facilities Services
Subject: RE: INV-87504

Dear Sirs, this invoice is approved and will be paid in our run on Friday 30 October.""",
  cr="ks",
  i="Q", n="HARD: new text is a bank details verification question; the promise sits only in quoted history -> question")

M(d="2026-02-03", fr="Accounts Payable <ap@medsci.tolworth-university.example>", s="RE: INV-46880",
  b="""Dear Sir/Madam,

Could you tell us the due date of this invoice? It does not state any payment terms, and our finance system will not accept an invoice without a due date.

Thank you

Accounts Payable
Faculty of Medical Sciences, Tolworth University""",
  cr="nw",
  i="Q", n="asks due date, invoice shows no terms")

# ---------------------------------------------------------------- ignore
M(d="2025-08-13", fr="Martin Vogel <m.vogel@reiter-stahl.example>", s="Abwesenheitsnotiz: Reminder invoice no. 20902",
  b="""Ich bin bis zum 22. August nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

I am out of the office until 22 August. Your e-mail will not be forwarded. In urgent cases please contact buchhaltung@reiter-stahl.example.

Martin Vogel
Buchhaltung""",
  auto=1, cr="al",
  i="I", rd=("md", 8, 22), n="German/English OOO 'until 22 August' -> return_date 22 Aug ('until X' convention)")

M(d="2026-11-16", fr="Dr Sarah Kemble <s.kemble@eng.carrow-university.example>", s="RE: Overdue invoice INV-89210",
  b="""Dear Sir,

I am not the correct contact for invoice queries. I have copied in Mr Peters of the School's Finance Office, who should be able to help.

Regards

Dr Sarah Kemble""",
  to="Northwind Supplies Ltd <accounts@northwind-supplies.example>, Graham Peters <g.peters@carrow-university.example>",
  i="I", n="not the right contact; copies in finance colleague; no stance")

M(d="2025-05-09", fr="Ian Leckie <ian.leckie@leckie-architects.example>", s="RE: Payment reminder",
  b="""Good afternoon,

I believe this email has been sent to me in error. We have no account with your company and I do not recognise the organisation named in your reminder.

Regards

Ian Leckie""",
  q=("gm", 1, """Dear Ms Leckie,

Invoice INV-31302 for £215.00 issued to Leckie Interiors is now overdue. Please arrange payment.

Greenfold Packaging"""),
  cr="gf",
  fmt="html",
  i="I", n="wrong person, not our debtor; no stance on the debt")

M(d="2025-04-14", fr="Accounts Payable <ap@kingsbrook-hospital.example>", s="Change of address - Accounts Payable",
  b="""Dear Supplier,

Please note that with effect from 1 May 2025 the Accounts Payable department will relocate to Unit 3, Meadow Business Park, Kingsbrook KB4 7TT.

Invoices should continue to be sent electronically to invoices@kingsbrook-hospital.example. There is no change to our payment terms.

Accounts Payable
Kingsbrook Hospital""",
  noref=1,
  i="I", n="change-of-address notice to suppliers")

M(d="2025-12-05", fr="Office Manager <office@stcuthberts-school.example>", s="RE: INV-42901",
  b="""Dear Sir,

Thank you for your reminder, which I will bring to the attention of the Bursar on her return.

Yours faithfully

Office Manager""",
  cr="hl",
  i="I", n="HARD: will pass to Bursar - no commitment -> ignore")

M(d="2026-08-27", fr="Accounts Payable <ap@westfieldcare.example>", s="Read: Overdue invoice INV-64788",
  b="""Your message

  To: Accounts Payable
  Subject: Overdue invoice INV-64788
  Sent: 27/08/2026 09:14

was read on 27/08/2026 10:02.""",
  cr="gf",
  i="I", n="HARD: read receipt -> ignore")

# ==========================================================================
# DATA - batch 5
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2025-06-09", fr="Commercial Department <commercial@marlowbuild.example>", s="RE: Release of retention - INV-52007",
  b="""Dear Sirs,

Further to your letter of 2 June, we confirm that the first moiety of retention, £1,180.00, became due on the certification of practical completion on 30 May.

It will be paid in our valuation payment run on 27 June.

Yours faithfully

Commercial Department
Marlow Build Ltd
Tel: 01632 960 905""",
  q=("om", 7, """Dear Sirs,

Practical completion of the cleaning and waste management package was certified on 30 May. We should be grateful if you would release the first half of the retention held against invoice INV-52007, being £1,180.00.

Yours faithfully,
Kestrel Facilities Services
Commercial Team""", "Release of retention - INV-52007"),
  cr="ks", fmt="alt",
  i="P", pd=("md", 6, 27), a="1180.00 GBP", n="retention release promised in valuation run on 27 June")

M(d="2025-10-28", fr="Service Fournisseurs <fournisseurs@garnier-industrie.example>", s="RE: Relance - invoice INV-39450",
  b="""Dear Sir or Madam,

We hereby inform you that your invoice INV-39450 has been validated and will be paid with our next payment run on 3 November.

Yours sincerely,

Service Fournisseurs
Garnier Industrie SA""",
  q=("fr", 4, """Dear Sir or Madam,

We would like to draw your attention to invoice INV-39450 of [[-38|%d/%m/%Y]], which remains unpaid. We would be grateful for prompt settlement.

Kind regards,
Alpenrose Logistik GmbH"""),
  cr="al", fmt="alt",
  i="P", pd=("md", 11, 3), n="French company: validated, next payment run 3 November")

M(d="2026-09-09", fr="Helen Carr <h.carr@greystonehomes.example>", s="RE: INV-82740",
  b="""Dear Sir/Madam,

This has been approved today and will be paid tomorrow.

Regards

Helen Carr
Finance Officer, Greystone Homes""",
  q=("ol", 2, """Dear Ms Carr,

Could you advise when invoice INV-82740 (£1,655.00, communal area cleaning August) will be paid?

Kestrel Facilities Services"""),
  cr="ks", fmt="alt",
  i="P", pd=("tmrw",), n="approved today, paid tomorrow")

M(d="2026-05-11", fr="Head of Finance <headoffinance@oakleigh-care.example>", s="RE: Queried invoice INV-55020",
  b="""Dear Sirs,

We had intended to withhold payment of this invoice pending the outcome of our query about the quantities delivered. Having now reviewed the signed delivery notes you provided, we accept that the invoice is correct.

It will be paid in full on the 21st.

Yours faithfully

Head of Finance
Oakleigh Care Group""",
  i="P", pd=("dom", 21), n="HARD: earlier intention to withhold now withdrawn; firm promise on the 21st")

M(d="2025-07-24", fr="Bursar <bursar@kingsmead-prep.example>", s="RE: Invoice INV-35630",
  b="""Dear Sir,

Thank you for your letter. I regret that this invoice was overlooked at the end of term.

I have now authorised it, and payment will be made on Monday week.

Yours faithfully

G. H. Pelling
Bursar, Kingsmead Preparatory School""",
  cr="hl",
  i="P", pd=("iso", "2025-08-04"), n="HARD: 'Monday week' from Thu 24 Jul 2025 = Mon 4 Aug 2025")

# ---------------------------------------------------------------- extension_request
M(d="2026-03-19", fr="Deputy Director of Finance <ddf@southmoor-nhs.example>", s="RE: Outstanding invoices - Kestrel Facilities Services",
  b="""Dear Sirs,

Owing to the Trust's cash position at the end of the financial year, all non-urgent supplier payments are being held until the new financial year.

We would ask that you accept payment of your outstanding invoices in the first payment run of 2026/27, which will take place on 8 April. We are grateful for your understanding.

Yours faithfully

Deputy Director of Finance
Southmoor Hospitals NHS Trust""",
  q=("om", 5, """Dear Sirs,

We refer to invoices INV-48710 and INV-48822, totalling £11,460.00, which are now 40 days overdue. Please confirm when payment will be made.

Yours faithfully,
Kestrel Facilities Services
Credit Control"""),
  cr="ks", fmt="alt",
  i="X", pd=("md", 4, 8), n="NHS year-end cash hold; asks to accept payment on 8 April")

M(d="2025-06-04", fr="Chief Executive <ceo@hollowaytrust.example>", s="Invoice INV-33071",
  b="""Dear Sir or Madam,

I am writing to ask for your help. The Trust has been notified that its core grant from the county council will be paid six weeks later than expected this year.

We would respectfully request that you accept £3,000.00 now, with the balance of £2,140.00 to follow by 30 June. I would be grateful if you could confirm that this arrangement is acceptable.

Yours faithfully

Chief Executive
The Holloway Trust""",
  cr="gf",
  i="X", pd=("today",), a="3000.00 GBP", n="HARD: asks permission for split: £3,000 now (today), rest by 30 June -> extension")

M(d="2025-12-08", fr="Bailey Kershaw Solicitors <commercial@baileykershaw.example>", s="Tremont Haulage Ltd - your invoice INV-42155",
  b="""Dear Sirs

We act for Tremont Haulage Ltd.

We regret to inform you that our client is currently unable to discharge your invoice, as its bank accounts have been frozen pending a hearing in the High Court listed for 16 December. Our client does not dispute the sum due.

We will write to you again following the hearing.

Yours faithfully

Bailey Kershaw Solicitors""",
  cr="nw",
  i="X", n="HARD: unable to pay (accounts frozen), debt undisputed; hearing date is not a payment date -> null")

M(d="2025-02-21", fr="Zakupy <zakupy@wisla-meble.example>", s="RE: Invoice no. 21230",
  b="""Dear Sirs,

We would be grateful if you could extend the payment term of invoice no. 21230 from 30 to 60 days, as our largest customer has moved to 60-day terms with us.

Best regards,

Dział Księgowości
Wisła Meble Sp. z o.o.""",
  cr="al",
  i="X", n="Polish company asks to extend terms 30 -> 60 days; no resolvable date")

M(d="2026-09-16", fr="Finance <finance@lower-brayton-pc.example>", s="RE: INV-83102",
  b="""Dear Sir/Madam,

Following the Council's meeting last night, I am asked to enquire whether you would accept settlement in two payments: £2,500.00 on 30 September and the remainder at the end of October.

Yours faithfully

Mrs A. Thorne
Clerk and RFO""",
  cr="ks",
  i="X", pd=("md", 9, 30), a="2500.00 GBP", n="parish council asks two payments, first £2,500 on 30 Sep")

# ---------------------------------------------------------------- dispute
M(d="2025-09-15", fr="Estates Manager <estates@westgate-sixthform.example>", s="INV-37540 - set-off",
  b="""Dear Sirs,

During the window cleaning works on 2 September your operative damaged the automatic barrier at the staff car park entrance. We have obtained a quotation for its repair of £1,240.00.

We are notifying a claim against your public liability insurance and, in the meantime, we will set off the repair cost of £1,240.00 against the above invoice.

Yours faithfully

Estates Manager
Westgate Sixth Form College""",
  att=["barrier_repair_quote.pdf"],
  cr="ks",
  i="D", a="1240.00 GBP", n="set-off of damage repair cost against invoice")

M(d="2026-03-16", fr="Company Secretary <cosec@harrowfield-estates.example>", s="Your letter of 4 March - late payment interest",
  b="""Dear Sirs

Further to your letter of 4 March, we dispute the interest and fixed compensation of £186.40 claimed under the Late Payment of Commercial Debts (Interest) Act 1998.

The invoice in question was paid within the 60-day terms agreed in clause 4.2 of our framework agreement, and no late payment has therefore occurred.

Yours faithfully

Company Secretary
Harrowfield Estates plc""",
  cr="nwc",
  fmt="alt",
  i="D", a="186.40 GBP", n="disputes late-payment interest claim; paid within agreed terms")

M(d="2025-11-03", fr="Responsive Repairs <repairs@broadoakhousing.example>", s="RE: Invoice INV-40210 - 7 Holly Walk",
  b="""Dear Sirs,

Our tenant at 7 Holly Walk reports that the boiler repair was not completed by your engineer and that the heating failed again the following day. A second contractor had to attend on 24 October to replace the diverter valve.

We will not pay for an incomplete repair. Please cancel the invoice.

Regards

Responsive Repairs Team
Broad Oak Housing Trust""",
  cr="ks",
  i="D", n="housing: repair not completed, second contractor attended")

M(d="2026-06-30", fr="Technischer Service <service@hauser-verpackung.example>", s="AW: Invoice INV-60841 - repair",
  b="""Dear Sir or Madam,

The repair invoiced under INV-60841 concerns the stretch-wrapping machine delivered in March 2025, which is still within the 24-month warranty period.

Under clause 10 of your warranty terms the repair is to be carried out free of charge. We therefore reject the invoice.

Kind regards

Hauser Verpackung GmbH
Technischer Service""",
  cr="gf",
  i="D", n="German company: repair under warranty, rejects invoice")

M(d="2025-03-20", fr="Director <director@ellwoodlettings.example>", s="WITHOUT PREJUDICE - INV-26880",
  b="""WITHOUT PREJUDICE

Dear Sirs,

We refer to your invoice for the refurbishment of the common parts at Ellwood House in the sum of £3,450.00.

As you are aware, the decorating was left incomplete in two stairwells and the flooring has begun to lift. Would you be prepared to accept £2,000.00 in full and final settlement, in recognition of these defects?

Yours faithfully

Director
Ellwood Lettings Ltd""",
  cr="ks",
  i="D", a="2000.00 GBP", n="HARD: settlement offer phrased as question, citing defects -> dispute; amount = sum offered")

# ---------------------------------------------------------------- already_paid
M(d="2025-08-18", fr="Commercial Department <commercial@marlowbuild.example>", s="RE: Retention - INV-52007",
  b="""Dear Sirs,

The first half of the retention, £1,180.00, was released to you by BACS on 12 August.

Yours faithfully

Commercial Department
Marlow Build Ltd""",
  cr="ks", fmt="alt",
  i="A", a="1180.00 GBP", n="retention released by BACS")

M(d="2025-07-16", fr="Claims Handling <claims@westcombe-estates.example>", s="RE: Invoice INV-34890 - flood clean-up",
  b="""Dear Sirs,

We refer to the above invoice.

As previously advised, payment was made by our insurers directly to you on 3 July under claim reference WCE/FL/2025/0119. You may wish to check receipts from Hartfield Insurance plc.

Yours faithfully

Claims Handling
Westcombe Estates""",
  cr="ks",
  i="A", n="HARD: paid by insurer directly -> already_paid")

M(d="2026-01-28", fr="Creditors <creditors@thornbury-bc.example>", s="RE: Statement January 2026",
  b="""Dear Sirs,

Please be advised that invoice INV-45690 was paid on 15 January. According to our records there are no outstanding items on your account.

Yours faithfully

Creditors Section
Thornbury Borough Council""",
  q=("ol", 2, """Dear Creditors Section,

Please find below your January statement. The following item remains outstanding:

INV-45690   £2,240.00   due [[-21|%d/%m/%Y]]

Kind regards
Northwind Supplies Ltd"""),
  fmt="alt",
  i="A", n="council: paid 15 Jan, nothing outstanding")

M(d="2025-04-29", fr="Crediteuren <crediteuren@bakker-installatie.example>", s="RE: Herinnering / reminder INV-29560",
  b="""Dear Sir, Madam,

We herewith inform you that we have transferred the amount of EUR 1.845,60 today.

Kind regards,

Crediteurenadministratie
Bakker Installatietechniek B.V.""",
  q=("nl", 3, """Dear Sir or Madam,

Our invoice INV-29560 of EUR 1.845,60 is overdue since [[-12|%d-%m-%Y]]. We kindly ask you to pay the amount within 7 days.

Kind regards
Alpenrose Logistik GmbH"""),
  cr="al",
  i="A", a="1845.60 EUR", n="Dutch company transferred today")

M(d="2025-10-22", fr="Accounts Payable <ap@holtcroftschools.example>", s="RE: INV-39012",
  b="""Dear Sir/Madam,

We believe this invoice was paid on 3 October; our remittance advice is attached. If the funds have not reached you, please let us know and we will investigate with our bank.

Kind regards

Accounts Payable
Holtcroft Schools Trust""",
  att=["remittance_03102025.pdf"],
  cr="hl",
  i="A", n="HARD: 'we believe ... paid' with remittance attached -> already_paid, not a question")

# ---------------------------------------------------------------- question
M(d="2026-04-13", fr="Contract Compliance <compliance@eastleigh-chs.example>", s="Insurance certificate - Kestrel Facilities Services",
  b="""Dear Sirs,

Our records show that your professional indemnity insurance certificate expired on 31 March 2026. Under the terms of the contract we cannot release further payments until an up-to-date certificate has been received.

Could you please supply a copy of your current certificate?

Regards

Contract Compliance
Eastleigh Community Health Services NHS Trust""",
  q=("ol", 3, """Dear Accounts Payable,

Invoice INV-50611 for £3,980.00 (March deep clean, Ward 4) has not yet been paid. Please advise.

Kestrel Facilities Services"""),
  cr="ks", fmt="alt",
  i="Q", n="expired insurance certificate, asks for current one")

M(d="2025-11-10", fr="Procurement <procurement@mereside-college.example>", s="RE: INV-40577",
  b="""Dear Sir/Madam,

Could you confirm whether you are registered as a supplier on the College's e-procurement portal? All invoices must now be submitted through the portal against the purchase order, and invoices sent by email cannot be processed.

Kind regards

Procurement
Mereside College""",
  i="Q", n="portal registration/upload question")

M(d="2026-07-14", fr="Accounts Payable <ap@orchardlane-care.example>", s="Statement request",
  b="""Dear Sirs,

Kindly send us a statement of account, so that we can reconcile your reminders against our ledger.

Yours faithfully

Accounts Payable
Orchard Lane Care Homes Ltd""",
  cr="ks",
  i="Q", n="short statement request")

M(d="2025-09-08", fr="Amministrazione <amministrazione@studiolorenzi.example>", s="R: Invoice INV-37305 - withholding tax",
  b="""Dear Sirs,

In order to avoid the application of Italian withholding tax on your fees, we need a certificate of tax residence issued by HM Revenue & Customs for the current year.

Could you kindly send it to us, or let us know if you are unable to provide it?

Best regards

Amministrazione
Studio Lorenzi Architetti Associati""",
  cr="bp",
  fmt="alt",
  i="Q", n="Italian studio asks for UK certificate of tax residence")

M(d="2026-02-12", fr="Purchase Ledger <ledger@stokesayhotels.example>", s="RE: INV-47150",
  b="""Dear Sirs,

Could you confirm whether the delivery charge is included in the invoice total? We understood from your representative that it might be waived for orders above £500.

Yours faithfully

Purchase Ledger
Stokesay Hotels Ltd""",
  q=("om", 3, """Dear Purchase Ledger,

Invoice INV-47150 for £684.00 remains unpaid. We would be grateful for settlement.

Greenfold Packaging"""),
  cr="gf",
  i="Q", n="HARD: asks whether delivery charge included; mentions possible waiver but doesn't contest -> question")

M(d="2025-05-16", fr="Accounts Payable <ap@calderbridge-homes.example>", s="Notice of assignment - please confirm",
  b="""Dear Sirs,

We have received a notice of assignment purporting to come from Albion Invoice Finance Ltd, instructing us to make all future payments on your invoices to them.

Could you please confirm in writing that this notice is genuine and that we should now pay Albion rather than your company?

Yours faithfully

Accounts Payable
Calderbridge Homes Ltd""",
  noref=1, cr="nw",
  fmt="alt",
  i="Q", n="asks to verify factoring notice of assignment")

M(d="2026-11-24", fr="Finance Officer <finance@abbeyfieldsouth.example>", s="RE: Your account",
  b="""Dear Sir/Madam,

Now that Mr Hale has left your company, could you let us know who we should contact regarding our account, and whether the monthly invoicing arrangement he agreed will continue?

Kind regards

Finance Officer
Abbeyfield South Housing Society""",
  cr="ks",
  i="Q", n="asks who to contact after account manager left")

# ---------------------------------------------------------------- ignore
M(d="2026-11-04", fr="Prof. Ruth Adeyemi <r.adeyemi@lakeshore-state-univ.example>", s="Automatic reply: Invoice INV-88875",
  b="""Thank you for your message. I am attending a conference overseas and will return on Monday, November 9.

For purchasing matters please contact the Department Administrator, Ms Lopez.""",
  auto=1, cr="mo",
  i="I", rd=("md", 11, 9), n="US OOO conference, returns Monday Nov 9")

M(d="2025-03-12", fr="Gallagher Price LLP <mvl@gallagherprice.example>", s="Tamworth Property Holdings Limited - Members' Voluntary Liquidation",
  b="""TAMWORTH PROPERTY HOLDINGS LIMITED - IN MEMBERS' VOLUNTARY LIQUIDATION

We write to advise that the members of the above company resolved on 7 March 2025 to place the company into members' voluntary liquidation, and that Daniel Price of Gallagher Price LLP was appointed Liquidator.

The directors have sworn a declaration of solvency, and it is anticipated that all creditors will be paid in full. Creditors are asked to submit details of any amounts owed by the company to this office by 11 April 2025.

Yours faithfully

Daniel Price
Liquidator""",
  noref=1, cr="ks",
  i="I", n="HARD: solvent MVL notice says creditors will be paid in full but no stance on our invoice -> ignore")

M(d="2025-05-21", fr="James Rutter <j.rutter@aldermanfoods.example>", s="RE: INV-31950",
  b="""Thank you. I will look into this and revert.

James Rutter
Financial Accountant""",
  q=("ol", 0, """Dear Mr Rutter,

Invoice INV-31950 for £2,044.00 is now 21 days overdue. Please let us know when we can expect payment.

Greenfold Packaging"""),
  cr="gf",
  i="I", n="HARD: 'will look into this and revert' - no commitment -> ignore")

M(d="2026-08-03", fr="SSC Finance Helpdesk <no-reply@northern-nhs-sbs.example>", s="[SSC-2208714] Your query has been logged",
  b="""Thank you for contacting the Finance Shared Service Centre.

Your query has been logged with reference SSC-2208714 and assigned to the Accounts Payable team. We aim to respond within five working days.

Please do not reply to this email.""",
  auto=1,
  i="I", n="shared service ticket auto-acknowledgement")

M(d="2025-12-12", fr="Fernlea Food Bank <news@fernleafoodbank.example>", s="Our Christmas appeal - thank you to our supporters",
  b="""Dear Friend,

This Christmas, more families than ever will rely on Fernlea Food Bank. Thanks to our supporters, we have distributed over 4,000 emergency parcels this year.

If you are able to give, a donation of £25 could provide three days of food for a family of four.

With warm wishes from all our volunteers,

Fernlea Food Bank
Registered Charity No. 1164221

To stop receiving these emails, reply with UNSUBSCRIBE.""",
  fmt="html",
  html="""<div style="max-width:560px;font-family:Georgia,serif"><h2 style="color:#b22222">Our Christmas appeal</h2><p>Dear Friend,</p><p>This Christmas, more families than ever will rely on Fernlea Food Bank. Thanks to our supporters, we have distributed over 4,000 emergency parcels this year.</p><p>If you are able to give, a donation of <b>&pound;25</b> could provide three days of food for a family of four.</p><p>With warm wishes from all our volunteers,<br>Fernlea Food Bank<br>Registered Charity No. 1164221</p><p style="font-size:8pt">To stop receiving these emails, reply with UNSUBSCRIBE.</p></div>""",
  noref=1, cr="gf",
  i="I", n="charity appeal newsletter from a debtor; mentions £25 donation, no AR content")

M(d="2026-02-05", fr="Finance Office <finance@halsteadtrust.example>", s="RE: INV-46205 - payment received",
  b="""Dear Sir/Madam,

Thank you for confirming receipt of our payment.

Kind regards

Finance Office
Halstead Educational Trust""",
  q=("ol", 0, """Dear Finance Office,

Thank you for your payment of £1,275.00 against invoice INV-46205, which we received today. Your account is now clear.

Kind regards
Harbour Lane Print Co"""),
  cr="hl",
  i="I", n="HARD: thanks us for confirming receipt; nothing to do -> ignore (not already_paid)")

M(d="2025-12-23", fr="Stephen Oduya <s.oduya@trentvale-council.example>", s="Automatic reply: Overdue invoice INV-43118",
  b="""I am on leave until 2 January.

Please note that the Council's Finance Office is closed between Christmas and New Year and no supplier payments will be made during this period. Payment runs resume on 6 January.

Stephen Oduya
Payments Officer""",
  auto=1, cr="ks",
  i="I", rd=("md", 1, 2), n="HARD: OOO mentioning payment runs resume 6 Jan; not a promise; return 2 Jan next year")

if __name__ == "__main__":
    sys.exit(main("formal"))
