"""Hand-written labelled debtor replies, slice "dev" (the DEVELOPMENT split).

This slice is never trained on. It is meant to look like the held-out mail the product
will meet: terse phone replies, angry paragraphs, non-native English, formal AP
departments with Outlook history and disclaimers, HTML-only and multipart mail,
out-of-office notices with and without auto-reply headers, US/UK/EU/Asia/Australia
writers, many currencies and amount formats, and every date expression of the label
conventions. About a third are hard cases (notes prefixed "HARD: ").

Every message body and every quoted reminder below was written by hand as literal data;
kit.py only packages them (see its docstring for the fields of M).

Run:  .venv/bin/python data/sources/dev.py -v
Writes data/labelled/dev/dev-NNN.eml and data/labelled/dev/labels.jsonl
"""

from __future__ import annotations

import sys

from kit import M, main

# ==========================================================================
# DATA
# ==========================================================================

# ================================================================ promise_to_pay
M(d="2025-01-14", fr="Accounts Payable <ap@hollisterfreight.example>", s="RE: Past due notice - Invoice 48820",
  b="""Good afternoon,

Invoice 48820 has been approved by the department head and is scheduled for release in our ACH run this Thursday, in the amount of $2,315.60. Please allow one business day for the funds to post.

Regards,

Denise Carrow
Accounts Payable Specialist
Hollister Freight Systems, LLC
1440 Commerce Pkwy, Joliet, IL 60431
P: (815) 555-0142

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee and may contain confidential information. If you have received this message in error, please notify the sender and delete it.""",
  cr="mo",
  q=("ol", 6, """Hello,

Our records indicate that invoice 48820, dated [[-45|%m/%d/%Y]], for $2,315.60 is now past due. Please remit payment at your earliest convenience or let us know if there is an issue preventing payment.

Thank you,
Billing Department
Meridian Office Solutions Inc.""", "Past due notice - Invoice 48820"),
  i="P", pd=("wd", "thu"), a="2315.60 USD", n="US AP clerk, approved + ACH run 'this Thursday' (message Tue)")

M(d="2025-05-31", fr="Kerry Ashdown <kerry@ashdownequestrian.example>", s="Re: Invoice INV-33810 overdue",
  b="""Hi both,

Argh, sorry - it's been mayhem here with the show season starting. I'm at my sister's wedding all weekend so nothing's getting done until then, but you'll have it by Tuesday. Promise.

Kerry

Sent from my iPad""",
  q=("ios", 3, """Hi Kerry,

Hope all's well at the yard. Just a nudge that INV-33810 (£318.00 - 20 x hay nets and the feed scoops) was due on [[-9|%-d %B]] and we haven't seen it come through yet.

Thanks,
Greenfold Packaging Accounts"""),
  cr="gf",
  i="P", pd=("wd", "tue"), n="chatty owner, Saturday message, 'by Tuesday'")

M(d="2026-03-02", fr="Giulia Ferraresi <amministrazione@ferraresi-trasporti.example>", s="R: Payment reminder INV-70455",
  b="""Good morning,

sorry for the delay, our administration office was closed two weeks for the move in the new building. We make the bank transfer of € 1.980,00 at the end of this week.

Best regards
Giulia Ferraresi
Ferraresi Trasporti S.r.l. - Ufficio Amministrazione
Via dell'Industria 22, 41012 Carpi (MO)""",
  cr="al",
  q=("gm", 4, """Dear Ms Ferraresi,

We would like to remind you that our invoice INV-70455 of [[-40|%d.%m.%Y]] for EUR 1,980.00 is overdue since [[-10|%d.%m.%Y]].

We kindly ask you to transfer the amount within the next days.

Best regards
Alpenrose Logistik GmbH
Buchhaltung"""),
  i="P", pd=("eow",), a="1980.00 EUR", n="Italian writer, 'end of this week' on a Monday; European amount format")

M(d="2025-10-17", fr="Rob Tennant <rob@tennant-roofing.example>", s="Re: Reminder",
  b="""Will clear it before month end. Rob

Get Outlook for Android""",
  i="P", pd=("eom",), n="curt, 'before month end' -> end of month")

M(d="2026-06-22", fr="Marcus Oyelaran <marcus@oyelaran-architects.example>", s="Re: INV-52207 - second reminder",
  b="""Hi Tom,

Apologies, this one fell between the cracks while I was on site in Leeds. I've passed it to Denise, our bookkeeper, with instructions to pay it on Wednesday - she does the transfers midweek.

Best,
Marcus

Marcus Oyelaran RIBA
Director, Oyelaran Architects
M: 07700 900 318""",
  q=("gm", 2, """Hi Marcus,

Following up on my email from last week - INV-52207 for the large format plotting (£1,264.80) is now 21 days overdue.

Could you let me know when we can expect payment?

Cheers,
Tom Gregory
Harbour Lane Print Co"""),
  cr="hl",
  i="P", pd=("wd", "wed"), n="HARD: delegated to bookkeeper but with a firm day -> promise; amount only in quote")

M(d="2025-08-05", fr="Tan Wei Ling <weiling.tan@marinaleds.example>", s="RE: Outstanding payment INV-36642",
  b="""Dear Sir/Madam,

Noted with thanks. Our finance department will arrange payment of SGD 4,860.00 on 15 Aug 2025 via telegraphic transfer. Kindly note bank charges on our side only.

Thank you.

Best Regards,
Tan Wei Ling (Ms)
Procurement Executive
Marina LED Solutions Pte Ltd
Tel: +65 6555 0193""",
  tz="+0800",
  q=("ol", 5, """Dear Ms Tan,

Please note that invoice INV-36642 for SGD 4,860.00 is now past due. We would be grateful if you could arrange settlement or advise us of the expected payment date.

Kind regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("md", 8, 15), a="4860.00 SGD", n="Singapore, explicit date '15 Aug'")

M(d="2026-09-10", fr="Brandon Kowalczyk <brandon@kowalczykhvac.example>", s="Re: Invoice #58917 past due",
  b="""Hey - I can get $1,500 to you tomorrow and the remaining $2,100 on the 30th. Jobs are finally paying out again.

Brandon
Kowalczyk Heating & Air
(614) 555-0187""",
  cr="mo",
  q=("gmus", 8, """Hi Brandon,

Invoice #58917 for $3,600.00 is now 38 days past due. Please contact us to arrange payment.

Meridian Office Solutions Inc.
Billing"""),
  i="P", pd=("tmrw",), a="1500.00 USD", n="HARD: split promise; first payment $1,500 tomorrow")

M(d="2025-12-18", fr="Helen Marsh <h.marsh@marshandcodental.example>", s="RE: Overdue account - Marsh & Co",
  b="""Hi Sophie,

No, it hasn't gone yet, sorry. I was holding it back until the signed delivery note turned up, which it finally did this morning. It's on tomorrow's BACS run so you should see it Friday.

Helen""",
  q=("om", 2, """Dear Helen,

I'm writing regarding invoice INV-38850 for £2,078.40, which was due for payment on [[-16|%-d %B]]. Could you confirm whether payment has been made?

Kind regards,
Sophie Lund
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("tmrw",), n="HARD: negation 'hasn't gone yet' then promise; BACS run tomorrow (Fri) -> tomorrow")

M(d="2026-11-04", fr="Accounts Payable <payables@quintessa-health.example>", s="RE: Statement - account QH-2281",
  b="""Hello,

Please be advised that the invoices listed below have been approved and are scheduled for payment on 11/13/2026.

Invoice 71820 - $3,980.00
Invoice 71866 - $4,432.75
Total: $8,412.75

Payment will be issued by check to the remit-to address on file.

Thank you,
Quintessa Health Partners | Accounts Payable""",
  fmt="html",
  html="""<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt"><p class="MsoNormal">Hello,</p><p class="MsoNormal">Please be advised that the invoices listed below have been approved and are scheduled for payment on <b>11/13/2026</b>.</p><table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Invoice</th><th>Amount</th></tr><tr><td>Invoice 71820</td><td>$3,980.00</td></tr><tr><td>Invoice 71866</td><td>$4,432.75</td></tr><tr><td><b>Total</b></td><td><b>$8,412.75</b></td></tr></table><p class="MsoNormal">Payment will be issued by check to the remit-to address on file.</p><p class="MsoNormal">Thank you,<br>Quintessa Health Partners | Accounts Payable</p></div>""",
  cr="mo",
  i="P", pd=("md", 11, 13), a="8412.75 USD", n="HTML-only AP notice with table; US date 11/13; amount = total")

# ============================================================= extension_request
M(d="2025-02-06", fr="Fiona Gallagher <fiona@riverbankcommunityarts.example>", s="Re: Payment reminder - INV-13925",
  b="""Dear Accounts team,

Thank you for your patience with us. Is there any chance we could push this to the end of the month? Our Arts Council grant instalment is due to land in the last week of February and things are very tight until then.

With thanks,
Fiona Gallagher
Operations Manager, Riverbank Community Arts (registered charity 1100234)""",
  cr="hl",
  q=("gm", 3, """Dear Fiona,

Invoice INV-13925 for the festival programmes (£1,740.00) fell due on [[-6|%-d %B]]. Please could you let us know when payment will be made?

Best wishes,
Harbour Lane Print Co"""),
  i="X", pd=("eom",), n="charity waiting on grant, asks to push to end of month")

M(d="2026-04-15", fr="Sunil Varma <sunil@varmafoods.example>", s="Re: Account overdue - £3,200.00",
  b="""Hi,

We are not in a position to clear the full £3,200 right now - the loss of the Hendersons contract has hit us hard. Could we do £500 a month starting on the 1st? I can set it up as a standing order so you don't have to chase.

Regards,
Sunil Varma
Varma Foods Ltd""",
  q=("om", 5, """Dear Mr Varma,

Our records show that your account is overdue by £3,200.00 (INV-57820, INV-57995). Please arrange payment by return or contact us to discuss.

Kind regards,
Credit Control
Northwind Supplies Ltd""", "Account overdue - £3,200.00"),
  i="X", pd=("dom", 1), a="500.00 GBP", n="payment plan £500/month from the 1st; amount = instalment")

M(d="2025-07-29", fr="jake.morrow77@gmail.example", s="Re: INV-35901",
  b="""cant do it this month. sorry""",
  q=("gm", 1, """Hi Jake,

INV-35901 (£145.00) is now overdue. Please could you arrange payment?

Thanks,
Northwind Supplies Ltd"""),
  i="X", n="curt can't pay this month; no date")

M(d="2026-01-26", fr="Group Finance <finance@aldermoor-group.example>", s="RE: Outstanding balance - Aldermoor Group",
  b="""Dear Sir or Madam,

We write further to your letter regarding the outstanding balance on our account.

As you may be aware from the trade press, the Group is currently undergoing a financial restructuring, and our lenders have requested that all non-payroll supplier payments above £5,000 be approved by the restructuring committee. The committee next meets at the end of February.

We therefore respectfully request an extension of 60 days on the amounts due. We value our relationship with Northwind Supplies and have every intention of settling in full; we would simply ask that no further recovery action is taken in the meantime.

Please direct any correspondence on this matter to the undersigned.

Yours faithfully,

Catherine Blyth
Group Financial Controller
Aldermoor Group plc
Registered in England and Wales No. 04481233. Registered office: 3 Kingsway, London WC2B 6XF.""",
  q=("om", 7, """Dear Sir or Madam,

Our records show an overdue balance of £18,420.00 on your account, made up of INV-44901, INV-45013 and INV-45220. Please arrange payment by return or contact us to discuss.

Yours faithfully,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", pd=("plus", 60), n="formal restructuring letter, 'extension of 60 days' -> +60")

M(d="2025-11-11", fr="Lena Hofmann <lena@hofmann-keramik.example>", s="AW: Payment reminder INV-41770",
  b="""Hello,

I can pay 300 € now, today. Would it be ok for you if I pay the other 600 € on 1 December? The Christmas markets start then and I will have the money.

Thank you and sorry
Lena Hofmann
Hofmann Keramik""",
  q=("de", 4, """Sehr geehrte Frau Hofmann,

unsere Rechnung INV-41770 über 900,00 EUR ist seit dem [[-12|%d.%m.%Y]] fällig. Wir bitten um Ausgleich.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH
Buchhaltung""", "Payment reminder INV-41770"),
  cr="al",
  i="X", pd=("today",), a="300.00 EUR", n="HARD: part now + asks permission for the rest; extension wins; first payment today 300 EUR")

M(d="2026-08-14", fr="Mick Doherty <mick@dohertyfencing.example>", s="Re: Overdue invoice INV-62030",
  b="""G'day,

Any chance of another fortnight on this one? Had two big jobs delayed by the rain and the builders haven't paid us. We'll be right to pay the full A$3,200 then.

Cheers
Mick
Doherty Fencing & Gates - Penrith NSW""",
  q=("gm", 3, """Hi Mick,

Just a reminder that INV-62030 for A$3,200.00 (colorbond panels and posts) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  tz="+1000",
  i="X", pd=("plus", 14), a="3200.00 AUD", n="Australian, 'another fortnight' -> +14; A$")

M(d="2025-04-23", fr="Javier Morales <jmorales@moralesyhijos.example>", s="RE: Reminder invoice INV-27315",
  b="""Hello,

Please, is it possible to pay this invoice in three parts? We have a problem of liquidity after the winter, the season in the hotel starts only in June. We want to pay everything, only need more time.

Thank you very much
Javier Morales
Hotel Morales e Hijos""",
  cr="gf",
  i="X", n="Spanish writer asks three instalments, no amount/date")

M(d="2026-10-05", fr="Priyanka Iyer <priyanka.iyer@lumenanalytics.example>", s="Re: INV-66871 due Friday",
  b="""Hi Ben,

Heads up - we won't make the due date on Friday, our client payment slipped. Could we say Friday the 16th instead? I'd rather ask now than be late without telling you.

Thanks,
Priyanka""",
  q=("gm", 2, """Hi Priyanka,

A friendly heads-up that INV-66871 (£4,750.00, dashboard design sprint) is due this Friday.

Thanks!
Ben
Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("md", 10, 16), n="HARD: asks to move the due date to Friday 16th -> extension, not promise")

# ======================================================================= dispute
M(d="2025-03-12", fr="Owen Pritchard <owen@pritchardjoinery.example>", s="Re: INV-25560",
  b="""Hi,

Before anyone chases this again - the quote Dylan gave us in January was £1,150 + VAT for the whole job. The invoice says £1,480 + VAT. Nobody agreed the extra and I'm not paying it. Send me a corrected invoice at the quoted price and I'll sort it.

Owen""",
  q=("gm", 1, """Hi Owen,

INV-25560 (£1,776.00 incl. VAT) for the shop signage is now overdue. Could you let us know when we can expect payment?

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="D", a="1480.00 GBP", n="price not as quoted; contested charged figure £1,480")

M(d="2026-02-18", fr="Sarah-Jane Wickes <sj.wickes@wickesdeli.example>", s="Re: Reminder: INV-47716",
  b="""Are you serious?? We NEVER received the second pallet. I rang your depot twice last month and was told it was "on the van". It wasn't. I have the delivery driver's signature sheet showing one pallet, not two.

I'm not paying for stock that never arrived. Fix the invoice and stop sending me reminders.

SJ""",
  q=("gm", 1, """Dear Ms Wickes,

Invoice INV-47716 for £962.00 (2 pallets, mixed catering disposables) is now overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="D", n="angry, goods not received (one of two pallets)")

M(d="2025-06-27", fr="Despatch - Calloway Garden Centre <despatch@callowaygc.example>", s="RE: Invoice INV-34479",
  b="""Hello,

Regarding the above invoice, 3 of the 8 cartons of 2L plant pots arrived crushed - the pallet had clearly been dropped. Photos attached. We've refused those three and they're in our goods-in area for collection.

Please issue a credit for the damaged cartons; we'll pay the balance once we have it.

Thanks
Amit
Goods In, Calloway Garden Centre""",
  cr="gf",
  att=["IMG_2291.jpg", "IMG_2292.jpg"],
  i="D", n="damaged goods with photo attachments; conditional payment -> dispute")

M(d="2026-07-21", fr="Yvonne Baptiste <yvonne@baptisteinteriors.example>", s="Re: Invoice INV-64128 - Premium Support Plan",
  b="""Hello,

Nobody at Baptiste Interiors ordered a "premium support plan". We've never even heard of it. Please cancel this invoice and confirm in writing.

Yvonne Baptiste""",
  q=("gmus", 2, """Hello,

This is a courtesy reminder that Invoice INV-64128 for $1,188.00 (Premium Support Plan, annual) is now past due.

Meridian Office Solutions Inc.
Billing"""),
  cr="mo",
  i="D", n="never ordered")

M(d="2025-09-03", fr="Hamish Ure <hamish.ure@uremarine.example>", s="RE: INV-37004 overdue",
  b="""Morning Claire,

Happy to settle this the moment you issue a credit for the 40 anodes that were missing off the delivery - we were invoiced for 120 and got 80. Paul in your warehouse has already confirmed the short ship.

Hamish""",
  q=("om", 2, """Dear Hamish,

INV-37004 (£2,640.00) is now 15 days past its due date. I'd be grateful if you could let me know when we can expect payment.

Kind regards,
Claire Dunn
Credit Control | Northwind Supplies Ltd"""),
  cr="nwc",
  i="D", n="HARD: 'happy to settle' conditional on credit for short delivery -> dispute")

M(d="2026-05-12", fr="Bookkeeping <books@tallyhocafe.example>", s="Re: Overdue invoices INV-60231, INV-60245",
  b="""Hi there,

INV-60231 and INV-60245 are for the same order - same date, same PO (TH-0419), same items. Looks like it's been invoiced twice. We'll pay one of them, but the other needs cancelling.

Thanks
Mia (bookkeeper, Tally Ho Café)""",
  cr="gf",
  i="D", n="duplicate invoice; refs both")

M(d="2025-12-02", fr="Gordon Leckie <g.leckie@leckieproperty.example>", s="RE: Invoice INV-40988 - call-out charge",
  b="""Why exactly are we being charged a £95 call-out fee for 21 November when your engineer never turned up? Our tenant waited in all day. I'd like that line removed, please.

Gordon Leckie
Leckie Property Management""",
  q=("ol", 3, """Dear Mr Leckie,

Please note that INV-40988 (£415.00) for the November reactive maintenance visits remains unpaid. We would be grateful for payment at your earliest convenience.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="D", a="95.00 GBP", n="HARD: phrased as a question but contests the call-out fee -> dispute")

M(d="2026-10-28", fr="Anouk de Vries <anouk@devriesstudio.example>", s="Re: Final milestone invoice INV-69302",
  b="""Hi Ben,

I'm going to be straight with you. The site still doesn't work properly on mobile - the menu doesn't open on iPhones and the booking form throws an error on submit. We flagged this in the sign-off call two weeks ago.

We will not pay the final milestone of €2,400 until these are fixed. Once they are, I'll approve it the same day.

Anouk de Vries
De Vries Studio | Utrecht""",
  cr="bp",
  i="D", a="2400.00 EUR", n="HARD: poor work; 'will not pay until fixed' negation -> dispute; amount = milestone")

# ================================================================= already_paid
M(d="2025-01-31", fr="Lucy Farnham <lucy@farnhamflorals.example>", s="Re: Invoice INV-10877",
  b="""Hi, paid this morning - remittance attached. Sorry for the delay!

Lucy""",
  att=["remittance.pdf"],
  q=("gm", 1, """Hi Lucy,

INV-10877 (£210.60) is a little overdue now. Could you have a look?

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="A", n="paid this morning, remittance PDF")

M(d="2026-03-19", fr="Bernard Quigley <bernard.quigley@quigleyandsons.example>", s="Re: Reminder - your account",
  b="""Dear Sirs,

I posted a cheque for £245.00 on Monday (cheque number 004417, drawn on Ulster Bank). It should be with you by now, and if it is not, please let me know and I shall stop it and issue another.

Yours sincerely,
B. Quigley""",
  i="A", a="245.00 GBP", n="older writer, cheque posted Monday")

M(d="2025-08-22", fr="Marta Kowalska <m.kowalska@polbud-serwis.example>", s="RE: Payment reminder INV-36105",
  b="""Hello,

Please confirm you have received our payment of 5 600,00 EUR made on 14 August. Our bank shows the transfer as completed.

Best regards,
Marta Kowalska
Księgowość / Accounting
Polbud Serwis Sp. z o.o.""",
  q=("gm", 4, """Dear Ms Kowalska,

Our records show that invoice INV-36105 for EUR 5,600.00 is still open. Please arrange payment or let us know if it has already been made.

Best regards
Alpenrose Logistik GmbH"""),
  cr="al",
  i="A", a="5600.00 EUR", n="HARD: 'please confirm you received our payment' -> already_paid; space thousands + comma decimals")

M(d="2026-06-04", fr="Renee Gutierrez <rgutierrez@sunvalleydental.example>", s="RE: Invoice 63012 - 30 days past due",
  b="""Hi,

This was paid via ACH on 5/28. Trace number 021000021847723. Amount $1,187.40. Can you please check on your end and update your records?

Thank you,
Renee Gutierrez
Office Manager
Sun Valley Family Dental""",
  cr="mo",
  q=("gmus", 3, """Hello,

Invoice 63012 for $1,187.40 is now 30 days past due. Please remit at your earliest convenience.

Meridian Office Solutions Inc."""),
  i="A", a="1187.40 USD", n="ACH with trace number; long digits not a ref")

M(d="2025-10-08", fr="Claire Rowntree <claire@rowntreevets.example>", s="Re: INV-38419 still unpaid?",
  b="""Hi Sophie,

We definitely paid this - £1,342.00 went out on 26 September. I've just checked, and I think it went to your old Barclays account (the one on the invoices before you changed banks in the summer). Our system still had those details. Can you check with your bank or let me know what you need from me?

Claire
Practice Manager, Rowntree Veterinary Clinic""",
  q=("gm", 2, """Hi Claire,

We still haven't received payment for INV-38419 (£1,342.00), which was due on [[-20|%-d %B]]. Can you let me know when it will be paid?

Thanks,
Sophie
Northwind Supplies Ltd"""),
  i="A", a="1342.00 GBP", n="HARD: paid to old bank details - still already_paid")

M(d="2026-09-29", fr="Tomasz <tomasz.baran@gmail.example>", s="Re: reminder",
  b="""sent the 480 over on sunday mate, should be there""",
  i="A", a="480.00", n="curt, 'sent the 480 over on Sunday'; bare number -> currency null")

M(d="2025-05-14", fr="Payments Team <payments@brightwater-retail.example>", s="Payment Advice - Remittance 20250514-0087",
  b="""PAYMENT ADVICE

Supplier: Northwind Supplies Ltd
Payment date: 14/05/2025
Payment method: BACS

INV-29911   £1,420.00
INV-30027   £380.50
Total paid: £1,800.50

This payment has been made to the bank account held on file. Please allow 2 working days for funds to clear.

Brightwater Retail Group - Accounts Payable""",
  fmt="html",
  html="""<table width="600" style="font-family:Arial;font-size:10pt"><tr><td><h3>PAYMENT ADVICE</h3></td></tr><tr><td>Supplier: Northwind Supplies Ltd<br>Payment date: 14/05/2025<br>Payment method: BACS</td></tr><tr><td><table border="1" cellspacing="0" cellpadding="3"><tr><td>INV-29911</td><td align="right">&pound;1,420.00</td></tr><tr><td>INV-30027</td><td align="right">&pound;380.50</td></tr><tr><td><b>Total paid</b></td><td align="right"><b>&pound;1,800.50</b></td></tr></table></td></tr><tr><td>This payment has been made to the bank account held on file. Please allow 2 working days for funds to clear.</td></tr><tr><td style="color:#777">Brightwater Retail Group - Accounts Payable</td></tr></table>""",
  noref=1,
  i="A", a="1800.50 GBP", n="HTML-only payment advice (not a reply), total of two invoices")

M(d="2026-11-17", fr="Jürgen Albers <j.albers@albers-spedition.example>", s="AW: Zahlungserinnerung Rechnung INV-70913",
  b="""Guten Tag,

die Zahlung über 2.145,50 EUR wurde bereits am 03.11. ausgeführt (Verwendungszweck INV-70913). Bitte prüfen Sie Ihren Zahlungseingang.

Mit freundlichen Grüßen
Jürgen Albers
Albers Spedition GmbH & Co. KG""",
  cr="al",
  q=("de", 6, """Sehr geehrte Damen und Herren,

leider konnten wir zu unserer Rechnung INV-70913 vom [[-44|%d.%m.%Y]] über 2.145,50 EUR noch keinen Zahlungseingang feststellen.

Wir bitten um Ausgleich innerhalb von 7 Tagen.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH"""),
  i="A", a="2145.50 EUR", n="German-language: payment already executed on 3 Nov")

# ====================================================================== question
M(d="2025-02-20", fr="Natasha Ivanova <natasha@ivanova-translations.example>", s="Re: Payment reminder INV-13372",
  b="""Hello,

I'm afraid I can't find INV-13372 anywhere - could you resend it as a PDF? I'll look at it as soon as it arrives.

Kind regards,
Natasha

--
Natasha Ivanova
Certified translator EN/RU/DE
www.ivanova-translations.example""",
  q=("gm", 2, """Hi Natasha,

Just a nudge that INV-13372 (£640.00, brochure layout) is now two weeks overdue.

Thanks,
Ben
Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="invoice copy request, non-committal")

M(d="2026-04-28", fr="Procurement Helpdesk <p2p.helpdesk@corvane-engineering.example>", s="RE: Invoice INV-56904 - payment status",
  b="""Dear Supplier,

Thank you for your email. Our records show that invoice INV-56904 has not been received into our accounts payable system. All invoices must quote a valid Corvane purchase order number (format 45xxxxxxxx) in order to be processed.

Could you please confirm the PO number this invoice relates to and resubmit it to invoices@corvane-engineering.example?

Kind regards,
P2P Helpdesk
Corvane Engineering Ltd

This mailbox is monitored Monday to Friday, 9am to 5pm.""",
  q=("ol", 4, """Dear Accounts Payable,

We have not yet received payment of INV-56904 (£7,320.00), which was due on [[-12|%-d %B %Y]]. Could you please confirm the payment status?

Kind regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="Q", n="asks for PO number before processing")

M(d="2025-07-09", fr="Dwayne Pickett <dpickett@pickettlandscaping.example>", s="Re: Invoice #33518 reminder",
  b="""Hey,

Our bookkeeper says she can't cut a check to a new vendor until we have a W-9 on file. Can you send one over? Then we're good.

Thanks,
Dwayne""",
  q=("gmus", 1, """Hi Dwayne,

Invoice #33518 for $2,240.00 is now past due. Please let us know when we can expect payment.

Thanks,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="W-9 request before paying")

M(d="2026-01-08", fr="Olivia Brennan <olivia.brennan@brennanlaw.example>", s="RE: Updated bank details - INV-45512",
  b="""Hi,

We received an email on Tuesday, apparently from your accounts team, saying your bank details have changed and asking us to pay INV-45512 to a new account at Monzo. Before we do anything, can you confirm by phone or letter whether that is genuine, and what the correct account is? We have been caught out by this kind of thing before.

Regards,
Olivia Brennan
Practice Manager, Brennan & Co Solicitors
DX 12345 Ipswich""",
  i="Q", n="HARD: bank-detail change verification (possible fraud) -> question")

M(d="2025-11-25", fr="Craig McBride <craig@mcbridejoinery.example>", s="Re: Outstanding INV-39903",
  b="""Ping me your sort code and account number and I'll pay it today, I can't find the invoice with them on.

Craig""",
  q=("ios", 1, """Hi Craig,

INV-39903 (£318.00) is still outstanding - could you let us know when you'll be able to pay?

Thanks,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: promise conditional on receiving bank details -> question")

M(d="2026-08-03", fr="Supplier Enablement <supplier.enablement@vantora.example>", s="RE: Payment reminder INV-65320",
  b="""Hello,

Vantora processes supplier invoices exclusively through the Coupa Supplier Portal. Invoices sent by email cannot be paid. Do you already have a Coupa supplier account? If not, please reply with a contact name and email address and we will send an invitation.

Once your account is active, please re-submit INV-65320 through the portal.

Best regards,
Supplier Enablement Team
Vantora Inc.""",
  cr="mo",
  i="Q", n="portal (Coupa) onboarding question, not contesting")

M(d="2025-04-02", fr="Rachel Oduya <rachel@oduyapharmacy.example>", s="Re: Account reminder",
  b="""Hello,

I'd like to reconcile our side before I pay anything - could you send me a full statement of account for the last six months, showing invoices, payments and any credit notes?

Many thanks,
Rachel Oduya
Oduya Pharmacy""",
  i="Q", n="statement request before paying")

M(d="2026-10-13", fr="Kenji Watanabe <k.watanabe@sakura-trading.example>", s="RE: Invoice INV-68840",
  b="""Dear Sir,

Thank you for your mail. We are not questioning the invoice, however our accounting team needs to know what is the "environmental handling surcharge" on line 4, so that they can book it to the correct cost code. Could you kindly explain?

Best regards,
Kenji Watanabe
Sakura Trading Co., Ltd.
Osaka, Japan""",
  q=("ol", 5, """Dear Mr Watanabe,

We would like to remind you that invoice INV-68840 for GBP 12,480.00 was due on [[-10|%-d %B %Y]]. We would be grateful if you could arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  tz="+0900",
  i="Q", n="HARD: asks what a surcharge is for, explicitly not questioning it -> question")

# ======================================================================== ignore
M(d="2025-03-28", fr="Simon Hartley <simon.hartley@hartleyengineering.example>", s="Automatic reply: Payment reminder INV-26204",
  b="""Thank you for your email. I am out of the office on annual leave and will return on Monday 7 April. I will have limited access to email during this time.

For urgent matters please contact reception@hartleyengineering.example or call 01632 960 700.

Simon Hartley""",
  auto=1,
  i="I", rd=("md", 4, 7), n="auto OOO, back Monday 7 April")

M(d="2026-05-29", fr="Ash <ash@ashcroftcycles.example>", s="Re: INV-61088",
  b="""Got it, cheers.""",
  q=("gm", 0, """Hi Ash,

Attached is INV-61088 for the May order. Payment due in 30 days.

Thanks,
Northwind Supplies"""),
  i="I", n="bare acknowledgement")

M(d="2025-09-16", fr="Dan Whitcombe <dan@whitcombe-media.example>", s="Re: Overdue: INV-37540",
  b="""Adding Priya from our finance team, who looks after supplier payments.

Dan""",
  to="Harbour Lane Print Co <credit@harbourlaneprint.example>, Priya Shah <priya@whitcombe-media.example>",
  cr="hl",
  q=("gm", 1, """Hi Dan,

INV-37540 (£3,115.00) is now overdue. Could you let us know when it will be paid?

Thanks,
Harbour Lane Print Co"""),
  i="I", n="adds colleague with no stance")

M(d="2026-02-09", fr="The Larder Newsletter <news@thelarder-deli.example>", s="February at The Larder: Pancake Day, new cheeses & a tasting evening",
  b="""Hello from The Larder!

February is here and we've got lots going on:

- Pancake Day (17 Feb): our crepe stand is back outside the shop from 8am.
- New in: a Lancashire crumbly from Leagram's and a smoky Welsh cheddar.
- Tasting evening, Thursday 26 February, 7pm - £15 a head, book in store.

See you soon,
The Larder team

You are receiving this because you signed up at The Larder. Unsubscribe: https://thelarder-deli.example/unsub""",
  hdr={"List-Id": "The Larder news <news.thelarder-deli.example>", "List-Unsubscribe": "<https://thelarder-deli.example/unsub>"},
  noref=1,
  i="I", n="debtor's own newsletter sent to our address")

M(d="2025-06-11", fr="Catarina Lopes <catarina.lopes@lopesimport.example>", s="Out of Office: RE: Payment reminder INV-33602",
  b="""I am out of the office until 20 June with no access to email.

For payment queries or remittances please contact our accounts department at contas@lopesimport.example. Payments are processed as normal during my absence.

Obrigada / Thank you
Catarina""",
  auto=1,
  i="I", rd=("md", 6, 20), n="HARD: auto OOO mentioning payments; 'until 20 June'")

M(d="2026-07-02", fr="Rank Higher Digital <growth@rankhigher-seo.example>", s="Quick question about your website",
  b="""Hi there,

I was checking out your website and noticed you're not ranking on page 1 of Google for some key search terms in your industry.

We've helped over 400 businesses like yours triple their organic traffic in 90 days. Would you be open to a free 15 minute audit call this week?

Best,
Jordan
Growth Consultant, Rank Higher Digital

Reply STOP to opt out.""",
  noref=1,
  i="I", n="SEO spam")

M(d="2025-12-29", fr="Niall Fitzgerald <niall@fitzgeraldbuilders.example>", s="Re: INV-41392",
  b="""Hi, I'm off until the 5th, will have a look at it then. Happy new year.

Niall""",
  q=("gm", 1, """Hi Niall,

INV-41392 (€2,880.00) is now overdue. Please let us know when we can expect payment.

Regards,
Northwind Supplies Ltd"""),
  i="I", rd=("dom", 5), n="HARD: hand-typed OOO, no auto headers; 'have a look' non-committal; until the 5th")

M(d="2026-09-21", fr="karen.whitlow@outlook.example", s="Re: Newsletter: autumn price list",
  b="""unsubscribe""",
  noref=1,
  i="I", n="bare unsubscribe")

M(d="2025-10-30", fr="Ben Adeyemi <ben@adeyemi-autos.example>", s="Re: Friendly reminder INV-38877",
  b="""Thanks for the reminder Lisa, appreciate you keeping us on track. Hope you've had a good week.

Ben""",
  q=("gm", 1, """Hi Ben,

Just a friendly reminder that INV-38877 (£540.00) is due on Friday.

Have a good week,
Lisa
Northwind Supplies Ltd"""),
  i="I", n="HARD: thank-you note, no commitment -> ignore")

# ---------------------------------------------------------------- batch 2
M(d="2025-03-04", fr="Pieter van Leeuwen <p.vanleeuwen@leeuwen-bloembollen.example>", s="RE: Betalingsherinnering / payment reminder INV-25108",
  b="""Dear Sir, madam,

The approval is done now by our director. We will pay the invoice coming Thursday together with the other foreign suppliers.

Met vriendelijke groet,
Pieter van Leeuwen
Leeuwen Bloembollen B.V. - Lisse""",
  q=("nl", 3, """Dear Mr van Leeuwen,

Our invoice INV-25108 of [[-35|%d-%m-%Y]] (EUR 3,240.00) has not yet been paid. Please arrange payment as soon as possible.

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "thu"), n="Dutch writer, 'coming Thursday' (message Tue)")

M(d="2026-01-02", fr="Gav <gavin.rourke@icloud.example>", s="Re: INV-44630",
  b="""Back from hols Monday, first job is paying you

Sent from my iPhone""",
  q=("ios", 2, """Hi Gavin,

Happy new year! INV-44630 for £228.00 went overdue over Christmas - could you take a look when you're back?

Thanks,
Northwind Supplies"""),
  i="P", pd=("wd", "mon"), n="phone, Friday message, 'first job Monday'")

M(d="2025-07-18", fr="Colin Stead <colin@steadgroundworks.example>", s="Re: Statement July",
  b="""Colin here. We're owed retention on the Wetherby site which comes in the week after next. Yours will be paid Monday week out of that, you have my word.""",
  q=("and", 4, """Dear Colin,

Please see attached your July statement. INV-35208 (£4,870.00) and INV-35377 (£1,126.00) are both now overdue.

Regards,
Credit Control
Northwind Supplies Ltd""", "Statement July"),
  cr="nwc",
  i="P", pd=("iso", "2025-07-28"), n="HARD: 'Monday week' from Fri 18 Jul = Mon 28 Jul 2025 (Monday after next)")

M(d="2026-05-20", fr="AP Team <apteam@granitebay-hotels.example>", s="RE: Overdue invoices - Granite Bay Hotels",
  b="""Hi,

Thank you for your patience. Both invoices have now cleared our three-way match and are included in our next supplier payment run on 29 May. Payment of £6,918.24 will be made by Faster Payment on that day.

Kind regards,
Accounts Payable
Granite Bay Hotels Ltd
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.""",
  fmt="alt",
  q=("ol", 6, """Dear Accounts Payable,

The following invoices remain unpaid:

INV-61402  £4,102.08
INV-61550  £2,816.16

Please could you advise when payment will be made?

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("md", 5, 29), a="6918.24 GBP", n="formal AP, payment run on 29 May, multipart")

M(d="2025-09-26", fr="Jodie Parkes <jodieparkes@btinternet.example>", s="Re: Two overdue invoices",
  b="""Hiya,

The August one went across yesterday so that should be with you. September's I'll do on payday, which is the 28th - sorry, it's been a tight month with the boiler going.

Jodie""",
  q=("gm", 3, """Hi Jodie,

Just checking in on INV-36880 (August, £96.00) and INV-37391 (September, £112.00), both now overdue.

Thanks,
Greenfold Packaging""", "Two overdue invoices"),
  cr="gf",
  i="P", pd=("dom", 28), n="HARD: one paid + one promised on the 28th; promise wins")

M(d="2026-11-23", fr="Lindiwe Khumalo <lindiwe@khumalo-events.example>", s="Re: Invoice INV-70188",
  b="""Hi Ben

Sorry! We will get this paid asap, the payment batch is just waiting for our director to sign it off.

Lindiwe""",
  cr="bp",
  tz="+0200",
  i="P", n="promise with no resolvable date ('asap') -> null")

M(d="2025-04-10", fr="Ruth Abernethy <ruth@abernethytearooms.example>", s="Re: INV-27881 overdue",
  b="""Hello Priya,

I've set the transfer up in the banking app to go on Monday (£612.30) - it wouldn't let me do it for today as I'd already hit my daily limit with the VAT bill.

Ruth""",
  i="P", pd=("wd", "mon"), a="612.30 GBP", n="HARD: future-dated transfer scheduled -> promise, not already_paid")

M(d="2026-02-26", fr="Felix Brandauer <felix.brandauer@brandauer-consulting.example>", s="Re: Invoice INV-48912",
  b="""Hi,

Our quarter closes this weekend and the payables freeze lifts afterwards. We'll settle INV-48912 in two weeks.

Best
Felix

Sent via Superhuman""",
  q=("gm", 2, """Hi Felix,

INV-48912 (EUR 3,900.00, brand workshop and deck) is now overdue. When can we expect payment?

Best,
Ben
Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("plus", 14), n="'in two weeks' -> +14")

M(d="2025-06-16", fr="Danielle Tremblay <danielle@tremblay-renos.example>", s="Re: Invoice INV-33944 - overdue",
  b="""Hi there,

So sorry, this completely slipped my mind with the end of the school year. I'll e-transfer the CA$1,275 tonight once the kids are in bed.

Danielle Tremblay
Tremblay Renovations | Ottawa, ON""",
  fmt="alt",
  tz="-0400",
  i="P", pd=("today",), a="1275.00 CAD", n="Canadian, 'tonight' = today, CA$")

M(d="2025-05-06", fr="Deepak Chaudhry <deepak@chaudhry-newsagents.example>", s="Re: INV-30502",
  b="""Hi,

We've had a burst pipe at the shop and have been closed for most of last week, insurance hasn't paid out yet. Can I have until 20 May to pay this one? I will make sure it is done then.

Thank you
Deepak""",
  q=("gm", 3, """Hi Deepak,

Our invoice INV-30502 for £412.80 is now overdue. Please could you arrange payment?

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 5, 20), n="asks for time until 20 May after flood")

M(d="2026-03-31", fr="Trish Nakamura <tnakamura@bayshoremarine.example>", s="RE: Invoice #55120",
  b="""Hi,

Our largest customer just moved us to net 90, which is killing our cash flow. Is there any way we can go net 60 on this one instead of net 30? We've been a customer for 8 years and always paid.

Trish Nakamura
Controller, Bayshore Marine Supply""",
  cr="mo",
  i="X", n="asks net 60 instead of net 30; no resolvable date")

M(d="2025-12-08", fr="Alan Pargeter <alan.pargeter@pargeterbrothers.example>", s="RE: INV-40760 - overdue £1,000.00",
  b="""Morning,

I can pay £200 this Friday. Would you accept the remaining £800 at £200 a month from January? Things have been very quiet since the roadworks started outside the shop.

Alan""",
  q=("om", 2, """Dear Mr Pargeter,

INV-40760 for £1,000.00 is now 30 days overdue. Please arrange payment or contact us to discuss.

Regards,
Northwind Supplies Ltd"""),
  i="X", pd=("wd", "fri"), a="200.00 GBP", n="HARD: first £200 Friday + asks permission for the rest monthly; extension wins, first payment")

M(d="2026-07-13", fr="Rakesh Agarwal <accounts@agarwal-textiles.example>", s="RE: Payment Reminder - INV-64405",
  b="""Dear Sir,

Greetings from Agarwal Textiles.

With reference to your mail, we kindly request you to grant us 15 days time for the payment of Rs. 3,45,000/- as our funds are presently blocked in GST refund. We assure you the payment will be released without fail.

Thanking you,
Rakesh Agarwal
Accounts Dept.
Agarwal Textiles Pvt. Ltd., Surat""",
  q=("ol", 6, """Dear Sir,

Please note that invoice INV-64405 for INR 345,000.00 is now overdue. We request you to arrange payment at the earliest.

Regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  tz="+0530",
  i="X", pd=("plus", 15), a="345000.00 INR", n="HARD: Indian English, '15 days time', lakh format Rs. 3,45,000 (INR)")

M(d="2025-08-28", fr="Kev <kev@kdmotorfactors.example>", s="Re: account",
  b="""Need another three weeks on this one mate, sorry.""",
  i="X", pd=("plus", 21), n="curt, 'another three weeks' -> +21")

M(d="2026-09-16", fr="Shauna Delaney <shauna@delaneyhair.example>", s="Re: INV-66012 - payment promised Friday",
  b="""Hi Martin,

I know I said Friday but I can't pay Friday now, the bank has put a hold on the salon account while they do some verification. It'll have to be the following Friday if that's OK with you?

Sorry,
Shauna

--
Shauna Delaney | Delaney Hair & Beauty
Tel: 028 9099 0147""",
  q=("gm", 1, """Hi Shauna,

Thanks for confirming on the phone that INV-66012 (£437.50) will be paid this Friday.

Martin
Northwind Supplies"""),
  i="X", pd=("nw",), n="HARD: withdraws Friday promise ('can't pay Friday'), proposes the following Friday -> extension, Friday of next week")

M(d="2025-01-22", fr="Marie Lefèvre <m.lefevre@lefevre-optique.example>", s="RE: Relance facture INV-11902",
  b="""Dear Sir or Madam,

Following our telephone conversation, we would like to propose a payment plan for invoice INV-11902 (total 4 200,00 EUR): three monthly instalments of 1 400,00 EUR, the first on 1 February, then 1 March and 1 April.

We hope this proposal is acceptable to you and thank you for your understanding.

Kind regards,
Marie Lefèvre
Comptabilité - Lefèvre Optique SARL""",
  fmt="alt",
  q=("fr", 8, """Dear Ms Lefèvre,

Invoice INV-11902 for EUR 4,200.00 is now more than 30 days overdue. Please contact us to arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 2, 1), a="1400.00 EUR", n="French writer, formal plan of three instalments; first on 1 Feb")

M(d="2026-11-09", fr="Brenda Okoro <brenda.okoro@yahoo.example>", s="Re: Reminder INV-69955",
  b="""Hello,

My husband was taken into hospital last week and I'm just not able to deal with any of the bills for a little while. Please bear with me, I will be in touch when things settle.

Brenda""",
  q=("gm", 1, """Hello Brenda,

Just a reminder that INV-69955 (£156.00) is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", n="can't pay now (family emergency), asks patience; no date")

M(d="2025-02-25", fr="Ian Galbraith <ian@galbraithgolf.example>", s="RE: Overdue - INV-21446",
  b="""Hello,

You raised credit note CN-2207 against this invoice in January after the wrong shafts were sent. Nothing is owed on INV-21446. Please update your ledger.

Ian Galbraith
Galbraith Golf Ltd""",
  q=("om", 4, """Dear Mr Galbraith,

Our records show INV-21446 (£1,240.00) as overdue. Please arrange payment by return.

Regards,
Northwind Supplies Ltd"""),
  i="D", n="already credited (credit note); CN not an invoice ref")

M(d="2026-06-30", fr="Siobhán Nic Aodha <siobhan@aodhadesign.example>", s="Re: INV-62755 - reminder",
  b="""Hi,

The invoice has UK VAT at 20% added, but we're a VAT-registered business in Ireland (IE 3344556TH) and this should have been reverse charged. Can you reissue it without the VAT? We'll pay the net amount once it's corrected.

Thanks,
Siobhán""",
  cr="bp",
  i="D", n="wrong VAT treatment; pay once corrected -> dispute")

M(d="2025-11-19", fr="Marco Bellini <marco@bellinigelato.example>", s="Re: Invoice #39570 - hours",
  b="""Ben,

We were billed 42 hours for the October sprint. The timesheet export you sent us with the invoice shows 31. That's 11 hours, $1,045 at your rate, that nobody can explain. We're not paying for hours that aren't on the timesheet.

Marco""",
  q=("gmus", 3, """Hi Marco,

Invoice #39570 for $3,990.00 (October sprint, 42 hours at $95) is now past due. Could you let us know when it'll be paid?

Thanks,
Ben
Bright Pixel Studio"""),
  cr="bp",
  i="D", a="1045.00 USD", n="overbilled hours; contested $1,045")

M(d="2026-04-07", fr="Purchasing <purchasing@thornfield-labs.example>", s="RE: Payment reminder INV-57723",
  b="""Good morning,

This order was cancelled in writing on 3 March, before it left your warehouse, and your sales office confirmed the cancellation the same day (confirmation attached). We have not received any goods and will not be paying INV-57723. Please cancel the invoice.

Regards,
Hannah Little
Purchasing Officer
Thornfield Laboratories Ltd""",
  q=("ol", 2, """Dear Purchasing,

INV-57723 (£2,870.00) is now overdue. Please could you confirm a payment date?

Kind regards,
Northwind Supplies Ltd"""),
  att=["cancellation_confirmation.pdf"],
  i="D", n="cancelled order with written confirmation")

M(d="2025-07-02", fr="Phil Ackroyd <phil@ackroydmotors.example>", s="Re: INV-34760 balance outstanding",
  b="""Hi,

We paid the £480 that was agreed when I placed the order. The extra £120 "delivery surcharge" was never mentioned to me and we won't be paying it. If you can show me where I agreed to it I'll happily look again.

Phil""",
  q=("gm", 4, """Hi Phil,

Thanks for your part payment against INV-34760. There is still a balance of £120.00 outstanding. Could you please arrange payment?

Thanks,
Northwind Supplies Ltd"""),
  i="D", a="120.00 GBP", n="HARD: paid the agreed part, contests surcharge; dispute wins; amount = contested £120")

M(d="2026-08-25", fr="Olivier Garnier <o.garnier@garnier-vins.example>", s="RE: Rappel INV-65880",
  b="""Hello,

We have returned all the goods the 12 August with the RMA number your colleague gave us, the transporter has the proof. Why you invoice us still for this? Please make the credit note.

Cordialement,
Olivier Garnier""",
  cr="gf",
  i="D", n="HARD: French writer, 'why you invoice us' after returning goods -> dispute")

M(d="2025-10-14", fr="Facilities <facilities@marlowcourt-offices.example>", s="RE: October invoice INV-38601",
  b="""Hello,

Your cleaners haven't been in since the 1st because we terminated the contract in September, with the 30 days' notice required under clause 9. I have the acknowledgement from your area manager. There should be no October invoice at all.

Regards,
Ray Fenwick
Facilities Manager, Marlow Court""",
  q=("ol", 1, """Dear Mr Fenwick,

Please find attached our October invoice INV-38601 for £1,450.00 for contract cleaning. Payment is due within 14 days.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="D", n="service terminated; invoice for period after contract end")

M(d="2026-01-20", fr="Elaine Carmody <elaine.carmody@carmodycare.example>", s="RE: INV-46120 / agency staff December",
  b="""Hello,

Before we get into when we can pay, the bigger issue is the rate. Our agreement is £36 an hour for senior carers and you've charged £42 on every shift in December. I'm not in a position to approve this as it stands, and realistically we couldn't pay before March anyway because of the council funding delay. But please fix the rate first.

Elaine Carmody
Registered Manager, Carmody Care Homes""",
  cr="ks",
  i="D", a="42.00 GBP", n="HARD: dispute (hourly rate) + hint of extension; dispute wins; amount = charged rate")

M(d="2025-03-20", fr="Gwen Pugh <gwen@pughandpartners.example>", s="Re: INV-25775",
  b="""Hello,

Our bank shows this cleared on the 11th - £2,060.00 by BACS, reference PUGH INV25775. Could you check your side?

Gwen""",
  q=("gm", 2, """Hi Gwen,

Just a reminder that INV-25775 (£2,060.00) is showing as unpaid on our side.

Thanks,
Northwind Supplies Ltd"""),
  i="A", a="2060.00 GBP", n="bank shows cleared on the 11th")

M(d="2026-05-05", fr="Stuart Flynn <stuart@flynnelectrical.example>", s="Re: INV-59884 - not received",
  b="""It went Friday afternoon, honest - probably just didn't land before the bank holiday. Reference was FLYNN ELEC.

Stuart""",
  q=("gm", 1, """Hi Stuart,

When we spoke on [[-7|%-d %B]] you said INV-59884 (£780.00) would be paid last Friday, but nothing has arrived yet. Could you check?

Thanks,
Northwind Supplies"""),
  i="A", n="HARD: the promise is only in the quoted reminder; new text says it was paid")

M(d="2025-09-09", fr="Agnieszka Wrona <aga.wrona@gmail.example>", s="Re: Reminder INV-37233",
  b="""Hi, I paid by card on your payment page last night, I got the confirmation email with reference 8H2K-19QX. Maybe it takes a day to show?

Aga""",
  i="A", n="paid by card on portal, confirmation ref")

M(d="2026-10-20", fr="Accounts <accounts@hallamfabrication.example>", s="RE: Overdue INV-68555",
  b="""Hi,

Your invoice carried a notice of assignment to Bibby Financial Services, so we paid the full amount to them on 9 October, as instructed on the invoice. If you're no longer factoring, you'll need to take that up with Bibby.

Regards,
Accounts
Hallam Fabrication Ltd""",
  q=("ol", 3, """Hello,

INV-68555 for £5,320.00 is now 21 days overdue. Please let us know when payment will be made.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", n="HARD: paid to the factoring company per notice of assignment -> already_paid")

M(d="2025-12-15", fr="Vendor Payments <vendorpayments@crestline-medical.example>", s="RE: Past Due Statement",
  b="""Hello,

The invoices on your statement were included in our consolidated payment of $14,212.09 issued 12/10/2025 by ACH (payment ID CM-PY-0099812), covering invoices 40512, 40677 and 40801.

Please reach out if you need the remittance detail.

Crestline Medical - Vendor Payments""",
  cr="mo",
  refs=["40512", "40677", "40801"],
  i="A", a="14212.09 USD", n="consolidated ACH covering three invoices; amount = total; refs listed by bare number")

M(d="2026-02-02", fr="Harriet Coombes <harriet@coombesbakery.example>", s="Re: INV-47203 - £50 outstanding",
  b="""Hi,

I paid £950 on Friday, which is the £1,000 less the 5% early payment discount Steve offered us on the phone. So as far as I'm concerned it's settled.

Harriet""",
  cr="gf",
  i="A", a="950.00 GBP", n="HARD: paid less with an agreed discount; reports payment, not contesting the invoice")

M(d="2025-06-03", fr="Kieran <kieran.b@outlook.example>", s="Re: INV-33190",
  b="""Done, just transferred it 👍""",
  i="A", n="terse with emoji")

M(d="2026-08-11", fr="Yuki Sato <y.sato@hoshino-seimitsu.example>", s="RE: Payment reminder INV-65106",
  b="""Dear Sirs,

Thank you for your reminder. We have remitted JPY 486,000 on August 7 by bank transfer. Please find the bank advice attached for your reference.

Best regards,
Yuki Sato
Accounting Section
Hoshino Seimitsu Co., Ltd.""",
  q=("ol", 7, """Dear Sirs,

Please note that our invoice INV-65106 for JPY 486,000 is now overdue. We would be grateful if you could arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  tz="+0900",
  att=["bank_advice.pdf"],
  i="A", a="486000.00 JPY", n="Japanese AP, JPY, bank advice attached")

M(d="2025-01-09", fr="Jo Pemberton <jo@pembertonlettings.example>", s="Re: Payment reminder",
  b="""Hi,

Which invoice is this for? There's no number on your email and I don't have anything outstanding from you on our system.

Jo""",
  q=("gm", 1, """Dear Customer,

Our records show an overdue balance on your account. Please arrange payment at your earliest convenience.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: asks which invoice; 'nothing outstanding on our system' is not a claim of payment")

M(d="2026-06-16", fr="Supplier Setup <suppliersetup@orchardvale-nhs.example>", s="RE: Unpaid invoice INV-62390",
  b="""Good afternoon,

We are unable to process INV-62390 because your company is not yet set up on our finance system. To complete set-up we require:

1. Your VAT registration number
2. Your Companies House registration number
3. A completed New Supplier Form (attached), signed by a director, with bank details on company letterhead

Once received, set-up normally takes 5 working days.

Kind regards,
Supplier Set-Up Team
Orchard Vale NHS Foundation Trust""",
  q=("ol", 4, """Dear Accounts Payable,

Our invoice INV-62390 (£9,150.00) is now overdue. Could you please advise when payment will be made?

Kind regards,
Credit Control
Northwind Supplies Ltd"""),
  fmt="alt",
  att=["New_Supplier_Form_v7.pdf"],
  i="Q", n="supplier set-up documents requested")

M(d="2025-10-22", fr="Martha Ellison <martha.ellison@ellisonstudio.example>", s="Re: INV-38950",
  b="""Do you take card? If so could you send me a payment link, that's easiest for me.""",
  cr="hl",
  i="Q", n="asks whether card payment possible")

M(d="2026-03-10", fr="Ahmed Rahimi <ahmed@rahimi-pharmacy.example>", s="Re: Your account with us",
  b="""Hello,

Jenny who used to look after our supplier accounts has left the business. Can you tell me who at your end I should speak to about our account, and what the current balance is?

Ahmed Rahimi""",
  i="Q", n="who to contact + balance request")

M(d="2025-08-13", fr="Neil Hardcastle <neil@hardcastleplant.example>", s="Re: INV-36472 now overdue",
  b="""Is there a late payment charge on this now? If so how much, so I can add it when I pay.""",
  q=("gm", 1, """Neil,

INV-36472 (£780.00) is now overdue. Please can you arrange payment this week?

Thanks,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: asks about late fee; 'when I pay' has no date -> question not promise")

M(d="2026-09-03", fr="Accounts <accounts@ridgewaycatering.example>", s="RE: INV-66230 - payment",
  b="""Hi,

When we tried to set up the payment our bank's Confirmation of Payee check came back as a "close match" - the account name it has is Northwind Supplies Limited rather than Northwind Supplies Ltd. Can you confirm this is right before we send? And where should remittance advices go - this address or another one?

Thanks
Ridgeway Catering Accounts""",
  i="Q", n="confirmation-of-payee question before paying")

M(d="2025-05-21", fr="Roisin Kelleher <roisin@kelleherstores.example>", s="Re: Reminder - INV-31088",
  b="""Hi,

Could you send over the proof of delivery for the 2 March order? I can't find a signed delivery note on our side and I need it for the file before I can put the invoice through.

Thanks
Roisin

Sent from Yahoo Mail for iPhone""",
  q=("gm", 2, """Hi Roisin,

INV-31088 for £1,115.40 (order delivered 2 March) is still unpaid. Could you let us know when we'll see payment?

Thanks,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: asks for POD without claiming non-delivery -> question, not dispute")

M(d="2026-11-12", fr="Sabine Krüger <s.krueger@krueger-werkzeuge.example>", s="AW: Zahlungserinnerung INV-70660",
  b="""Sehr geehrte Damen und Herren,

die Rechnung INV-70660 liegt uns leider nicht vor. Können Sie uns diese bitte nochmals als PDF zusenden?

Vielen Dank und freundliche Grüße
Sabine Krüger
Buchhaltung, Krüger Werkzeuge GmbH""",
  cr="al",
  i="Q", n="German: asks for invoice copy")

M(d="2025-02-14", fr="Lauren Whitaker <l.whitaker@whitaker-pr.example>", s="Out of Office: Payment reminder INV-22101",
  b="""Hi,

Thanks for your message. I'm away from my desk until Tuesday 18 February and will be back in the office on Wednesday 19 February. I'll respond to your email as soon as I can.

Lauren""",
  fmt="html",
  html="""<div style="font-family:Helvetica,Arial;font-size:13px;color:#333"><p>Hi,</p><p>Thanks for your message. I'm away from my desk until <b>Tuesday 18 February</b> and will be back in the office on <b>Wednesday 19 February</b>. I'll respond to your email as soon as I can.</p><p>Lauren</p></div>""",
  auto=1,
  i="I", rd=("md", 2, 19), n="HTML-only auto OOO with both 'until' and 'back' -> return date = back date")

M(d="2026-03-23", fr="Gemma Frost <gemma.frost@frostandwild.example>", s="Re: Reminder INV-55602",
  b="""Hi,

Just so you know, this address is being shut down at the end of the month as we've merged with Wild Accounting. Please send everything to accounts@wild-accounting.example from now on.

Gemma""",
  i="I", n="HARD: hand-typed address-change notice (looks like a bounce but is human), no stance")

M(d="2025-08-01", fr="Mail Delivery System <MAILER-DAEMON@mx1.northwind-supplies.example>", s="Undelivered Mail Returned to Sender",
  b="""This is the mail system at host mx1.northwind-supplies.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<pat@cromwell-joinery.example>: host mail.cromwell-joinery.example[203.0.113.44] said: 550 5.1.1 <pat@cromwell-joinery.example>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)

--- Original message headers ---
Subject: Payment reminder INV-35990""",
  hdr={"Auto-Submitted": "auto-replied", "X-Failed-Recipients": "pat@cromwell-joinery.example"},
  noref=1,
  i="I", n="delivery failure report (NDR)")

M(d="2026-04-20", fr="Tony Caruso <tony@carusopizza.example>", s="Re: INV-58130",
  b="""Passing this on to my accountant Lorraine, she does all this side of things.

Tony""",
  to="Northwind Supplies Ltd <accounts@northwind-supplies.example>, lorraine@lgbookkeeping.example",
  i="I", n="forwards to accountant, no stance")

M(d="2025-11-04", fr="Jamie Sinclair <jamie.sinclair@gmail.example>", s="Re: Overdue invoice INV-39221",
  b="""Hi, I think you've got the wrong Jamie Sinclair - I've never had an account with you. Might be worth double checking the address.""",
  i="I", n="HARD: wrong person, no stance on the debt (not a 'never ordered' dispute)")

M(d="2026-06-08", fr="Rupert Haines <rupert.haines@hainesbuild.example>", s="Automatic reply: INV-62114 overdue",
  b="""I am on annual leave until 15 June.

Please note all supplier payments scheduled for this period will still go out as normal via our finance team (finance@hainesbuild.example).

Regards
Rupert Haines""",
  auto=1,
  i="I", rd=("md", 6, 15), n="HARD: auto OOO mentioning payments going out as normal - not a promise")

M(d="2025-04-16", fr="Maria Santos <maria@santosbakery.example>", s="Re: April statement",
  b="""Acknowledged.""",
  q=("gm", 0, """Hi Maria,

Please find attached your April statement.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="I", n="one-word acknowledgement of a statement")

M(d="2026-10-26", fr="IT Helpdesk <helpdesk@mail-admin-notify.example>", s="Action required: your mailbox has reached 98% of its storage limit",
  b="""Dear user,

Your mailbox has reached 98% of its storage quota. Incoming messages will be rejected after 24 hours.

To avoid interruption, please verify your account and increase your storage here: http://mail-admin-notify.example/verify

IT Support Team""",
  noref=1,
  i="I", n="phishing spam")

M(d="2025-07-24", fr="Zoe Lambert <zoe@lamberthomeware.example>", s="Re: INV-35640",
  b="""Thanks Priya, I'll look into it and come back to you.""",
  i="I", n="HARD: non-committal 'I'll look into it' -> ignore")

# ---------------------------------------------------------------- batch 3
M(d="2025-02-03", fr="Lorraine Betts <lbetts@bettsfamilyfarm.example>", s="Re: Invoice 21877",
  b="""Hi there, I'll put a check for the $640 in the mail Friday. We don't do online banking out here, sorry for the wait.

Lorraine Betts
Betts Family Farm, Route 9, Millbrook NY""",
  cr="mo",
  i="P", pd=("wd", "fri"), a="640.00 USD", n="US farm, check in the mail Friday")

M(d="2026-04-03", fr="Nick Ambrose <nick@ambroseprint.example>", s="Re: INV-57510 overdue",
  b="""Banks are shut over Easter so it'll go across on Tuesday. Apologies for the delay Tom.""",
  cr="hl",
  i="P", pd=("wd", "tue"), n="Good Friday message, 'Tuesday' after bank holiday")

M(d="2025-11-27", fr="Carla Jimenez <cjimenez@pinecrestdental.example>", s="RE: Invoice #39870 - past due",
  b="""Hi,

Our accounting office is closed for the Thanksgiving holiday through Friday. The check for $2,960.00 will be issued on Monday 12/1 and mailed the same day.

Happy Thanksgiving!

Carla Jimenez
Pinecrest Dental Group
(503) 555-0126""",
  fmt="alt",
  cr="mo",
  q=("gmus", 5, """Hello,

This is a reminder that Invoice #39870 for $2,960.00 is now past due. Please let us know when we may expect payment.

Thank you,
Meridian Office Solutions Inc."""),
  i="P", pd=("md", 12, 1), a="2960.00 USD", n="US Thanksgiving, check issued Monday 12/1")

M(d="2026-07-31", fr="Jess Oduya <jess@oduyayoga.example>", s="Re: INV-64910 - still outstanding",
  b="""Hi Ben,

Thank you so much for being so patient with me on this one, it really is appreciated. It'll be with you by the end of next week - the studio's summer retreat money lands on Wednesday.

Jess x""",
  cr="bp",
  i="P", pd=("nw",), n="HARD: thank-you note that does contain a firm promise; 'end of next week' from Fri 31 Jul = Fri 7 Aug")

M(d="2025-03-15", fr="Krzysztof Nowicki <k.nowicki@wp.example>", s="Re: Payment INV-25902",
  b="""Hello, I am sorry for waiting. I will send money on 20th March when I receive my salary. All 380 pounds. Regards Krzysztof""",
  q=("gm", 3, """Dear Krzysztof,

Please note that invoice INV-25902 for £380.00 is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("md", 3, 20), a="380.00 GBP", n="Polish writer, '20th March', 'pounds' -> GBP")

M(d="2026-10-09", fr="AP Department <ap@kingsmere-retail.example>", s="RE: INV-68312 - payment date",
  b="""Hello,

INV-68312 has been approved and our AP team has it scheduled for the 3rd.

Kind regards,
Accounts Payable
Kingsmere Retail""",
  q=("ol", 3, """Hello,

Could you please let us know the expected payment date for INV-68312 (£2,205.00), which fell due on [[-5|%-d %B]]?

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 3), n="HARD: 'the 3rd' on 9 October -> next 3rd = 3 November")

M(d="2025-12-31", fr="Hugh Kavanagh <hugh@kavanaghcarpets.example>", s="Re: Year end reminder",
  b="""Hi Sophie,

Office is shut today and tomorrow. Payment will go out first thing on 2 January when we reopen - it's top of the list.

Happy new year,
Hugh""",
  i="P", pd=("md", 1, 2), n="New Year's Eve, '2 January' -> next year")

M(d="2026-08-20", fr="Anna Lindqvist <anna.lindqvist@lindqvist-design.example>", s="SV: Payment reminder INV-65640",
  b="""Hi!

Sorry, it was stuck with our accountant during vacation. We pay tomorrow, 18 450 SEK.

Med vänlig hälsning
Anna""",
  q=("gm", 2, """Hi Anna,

Just a reminder that INV-65640 for SEK 18,450.00 is now overdue.

Best,
Ben
Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("tmrw",), a="18450.00 SEK", n="Swedish writer, 'we pay tomorrow', SEK")

M(d="2025-05-27", fr="Terry Huang <terry@huangelectrical.example>", s="Re: INV-31460",
  b="""Hi, money's going in this week. Is the account ending 4471 still the right one? Just want to make sure after that scam email going round.

Terry""",
  i="P", pd=("eow",), n="HARD: promise + confirmation question; promise wins; 'this week' on Tue -> Fri")

M(d="2025-03-26", fr="Rafael Souza <rafael.souza@souzaimport.example>", s="RE: Overdue invoice INV-26120",
  b="""Hello friend,

I ask you kindly if you can give us until 10 of April for this payment. Our client in São Paulo delayed his payment to us and we are waiting. After this date no problem.

Obrigado
Rafael Souza
Souza Import & Export Ltda""",
  q=("gm", 2, """Dear Mr Souza,

Invoice INV-26120 (£2,300.00) is now overdue. Please arrange payment at your earliest convenience.

Kind regards,
Northwind Supplies Ltd"""),
  tz="-0300",
  i="X", pd=("md", 4, 10), n="Brazilian writer, 'until 10 of April'")

M(d="2026-05-14", fr="Dean Mortimer <deanmortimerdecorating@gmail.example>", s="Re: Final reminder INV-60380",
  b="""Hi,

I'm really sorry this has got to a final reminder. I'll be honest with you, the last few months have been a nightmare. My wife and I separated in February and I've had to move out and find somewhere to rent, and on top of that I lost two weeks of work with my back. I'm working again now and the diary is full into the summer so things are picking up.

I don't want to ignore this, you've always been good to me with the materials. What I'd like to ask is whether I can pay £100 a week until it's cleared, starting next Friday. I can set up a standing order so it goes automatically and you don't need to chase me. If you need more than that a week, let me know and I'll see what I can do, but £100 is what I can be sure of.

Thanks for understanding,
Dean Mortimer
Mortimer Decorating""",
  q=("gm", 2, """Dear Mr Mortimer,

FINAL REMINDER - INV-60380 - £1,180.00

Despite previous reminders, the above invoice remains unpaid. Please settle it within 7 days to avoid your account being placed on stop.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", pd=("wd", "fri"), a="100.00 GBP", n="long personal mail; weekly instalments from 'next Friday' = first Friday after (Thu 14 May -> 15 May)")

M(d="2025-10-01", fr="Ellie Marchetti <ellie@marchettiflowers.example>", s="Re: INV-37810 - payment promised 30 September",
  b="""I know, I know. I'm sorry. Could I have one more week? The wedding fair cheque bounced and I'm chasing them.

Ellie""",
  q=("gm", 1, """Hi Ellie,

You mentioned on the phone that INV-37810 (£295.00) would be paid by 30 September, but we haven't received anything yet. Can you let me know?

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("plus", 7), n="HARD: promise only in the quoted reminder; new text asks one more week -> +7")

M(d="2026-02-11", fr="Howard Finch <hfinch@finchbiologics.example>", s="RE: Outstanding invoices - Finch Biologics",
  b="""Dear Meridian team,

I am writing on behalf of Finch Biologics regarding the outstanding invoices on our account. Our Series B closing has been delayed by regulatory review, and we are conserving cash until it completes. We therefore request a 45-day deferral of the amounts currently due. We fully expect to bring the account current at that point and will keep you updated on the closing.

Sincerely,
Howard Finch
Chief Financial Officer
Finch Biologics, Inc.""",
  cr="mo",
  i="X", pd=("plus", 45), n="formal CFO 45-day deferral -> +45")

M(d="2025-06-20", fr="Lee Carver <lee@carverkitchens.example>", s="Re: INV-33711",
  b="""Can't pay till the end of July sorry, we're waiting on two stage payments""",
  q=("ios", 1, """Hi Lee,

INV-33711 (£3,640.00) is now overdue - when can we expect payment?

Thanks,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 7, 31), n="curt 'can't pay till the end of July' -> extension to 31 Jul")

M(d="2026-09-08", fr="Thomas Reinhardt <t.reinhardt@reinhardt-mode.example>", s="AW: Zahlungserinnerung INV-66602",
  b="""Sehr geehrte Damen und Herren,

aufgrund eines Zahlungsausfalls bei einem unserer Großkunden bitten wir höflich um Stundung der Rechnung INV-66602 bis zum 30.09.2026.

Wir danken für Ihr Verständnis.

Mit freundlichen Grüßen
Thomas Reinhardt
Reinhardt Mode GmbH""",
  q=("de", 5, """Sehr geehrter Herr Reinhardt,

wir erlauben uns, Sie an die Rechnung INV-66602 über 7.980,00 EUR zu erinnern, die seit dem [[-14|%d.%m.%Y]] fällig ist.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH
Buchhaltung""", "Zahlungserinnerung INV-66602"),
  cr="al",
  i="X", pd=("md", 9, 30), n="German 'Stundung bis zum 30.09.'")

M(d="2025-08-19", fr="Sandrine Moreau <sandrine@moreau-patisserie.example>", s="RE: Invoice INV-36330",
  b="""Hello,

Can we split it in two? We could do €750 now and €750 at the start of September when the tourists have paid us, ha.

Merci
Sandrine""",
  cr="gf",
  i="X", pd=("today",), a="750.00 EUR", n="HARD: asks to split; first half 'now' -> today, amount = first half")

M(d="2026-11-26", fr="Kate Rowley <kate@rowleygifts.example>", s="Re: INV-70450 reminder",
  b="""Hi there,

Would it be at all possible to pay this after our Christmas trading? Realistically mid-January. November is when all the stock bills land at once.

Thanks, Kate""",
  cr="gf",
  i="X", n="asks for time until 'mid-January' (no day) -> date null")

M(d="2025-01-06", fr="Omar Haddad <omar@haddadbarbers.example>", s="Re: INV-11408 overdue",
  b="""Hi, please can we defer this until the 24th? January is always our worst month and the shop has been dead since New Year. Thanks Omar""",
  fmt="html",
  html="""<div dir="ltr">Hi, please can we defer this until the 24th? January is always our worst month and the shop has been dead since New Year. Thanks Omar</div>""",
  i="X", pd=("dom", 24), n="HTML-only, defer until the 24th")

M(d="2025-04-08", fr="Glenn Moreau <glenn@moreauauto.example>", s="Re: Invoice #27050",
  b="""Wrong amount. We agreed $850, not $1,850. Please reissue.""",
  cr="mo",
  i="D", a="1850.00 USD", n="short: wrong amount; contested charged figure")

M(d="2026-03-25", fr="Imogen Hart <imogen@hartandbloom.example>", s="RE: INV-56120 - brochures",
  b="""Tom,

I'm genuinely disappointed to be writing this. The 5,000 brochures came back with our logo in completely the wrong green - it's nowhere near Pantone 3415, which was on the artwork AND on the proof we signed off. They look cheap and we can't use them at the trade show, which is the whole reason we ordered them.

I'm not paying INV-56120 for a print run that's unusable because of a mistake at your end. What I want is a reprint at the correct colour, at your cost, in time for the show on the 14th - or the invoice cancelled.

Please call me today.

Imogen Hart
Founder, Hart & Bloom Skincare
07700 900 552""",
  q=("om", 1, """Dear Imogen,

INV-56120 (£3,250.00) for the 5,000 A5 brochures is now due. Please arrange payment at your convenience.

Kind regards,
Tom Gregory
Harbour Lane Print Co"""),
  cr="hl",
  att=["brochure_vs_proof.jpg"],
  i="D", n="angry, print quality (wrong colour), photo attached")

M(d="2025-09-30", fr="Accounts <accounts@pennyfieldschool.example>", s="RE: INV-37596 overdue",
  b="""Hello,

INV-37596 appears to be the same invoice as INV-37102 - same date of supply, same items, same total - just with a new number. INV-37102 was paid on 14 August. Please cancel INV-37596.

Regards,
School Business Office
Pennyfield Primary School""",
  cr="hl",
  i="D", n="HARD: duplicate invoice + original already paid -> dispute (duplicate wins)")

M(d="2026-07-07", fr="Martin Leigh <martin.leigh@leighestates.example>", s="RE: Invoice INV-63780 - engineer attendance",
  b="""Hi,

Can you explain how three hours on site became seven on the invoice? Our visitor book has your technician signing in at 10:10 and out at 13:05. I'd like an amended invoice please.

Martin""",
  q=("ol", 2, """Dear Mr Leigh,

INV-63780 (£616.00 - 7 hours engineer attendance at £88/hr) is now overdue. We would be grateful for payment.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="D", n="HARD: question form but contests billed hours -> dispute")

M(d="2025-12-10", fr="Chen Jing <chenjing@hengtai-packing.example>", s="RE: Invoice INV-40830",
  b="""Dear Sir,

We did not order these 200 pcs of carton box. Our purchase order is for 20 pcs only, please check the PO attached. Please send correct invoice for 20 pcs.

Thanks & Regards
Chen Jing
Hengtai Packing (Shenzhen) Co., Ltd.""",
  tz="+0800",
  cr="gf",
  att=["PO_HT2511-08.pdf"],
  i="D", n="Chinese writer, quantity invoiced wrong (200 vs 20)")

M(d="2026-05-26", fr="Rhys Vaughan <rhys@vaughanhomes.example>", s="Re: INV-61730",
  b="""The glass splashback arrived cracked right across the corner. Your driver saw it and wrote "damaged" on the delivery note, I've got the copy. I'm not paying for it until a replacement is fitted.

Rhys""",
  i="D", n="damaged goods noted on delivery; payment withheld until replaced")

M(d="2025-07-15", fr="Operations <ops@kirkbyprecision.example>", s="RE: Payment reminder INV-35020",
  b="""Good afternoon,

We'd like to hold payment on this invoice until the replacement bearings arrive. The ones delivered on 30 June were the wrong specification (6204-2RS instead of 6204-ZZ) and have been quarantined. Once the correct parts are received we will release payment.

Regards
Operations Team
Kirkby Precision Engineering""",
  q=("om", 3, """Dear Accounts,

INV-35020 (£1,062.00, bearings 6204 x 120) is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="D", n="HARD: 'hold payment until' sounds like an extension but is because wrong goods were sent -> dispute")

M(d="2026-10-15", fr="Invoice Processing <invoices@vestergaard-foods.example>", s="RE: Overdue invoice INV-68620 - price variance",
  b="""Dear Supplier,

Invoice INV-68620 has been rejected in our system due to a price variance. The invoiced unit price of EUR 14.20 does not match the agreed purchase order price of EUR 12.80, a difference of EUR 420.00 across the 300 units.

Please issue a credit note for the difference and a corrected invoice referencing PO 4500098817.

Best regards
Invoice Processing Team
Vestergaard Foods A/S""",
  cr="al",
  i="D", a="420.00 EUR", n="AP price-variance rejection; amount = stated difference disputed")

M(d="2025-02-11", fr="Sheila Grant <sheila@grantsgarage.example>", s="Re: Payment reminder INV-22012",
  b="""Morning,

I gave the cheque to your driver on Thursday when he dropped off the oil. £318.60. He put it in his jacket pocket so maybe it's still there!

Sheila""",
  q=("gm", 2, """Hi Sheila,

Just a reminder that INV-22012 (£318.60) is overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="A", a="318.60 GBP", n="cheque handed to the driver")

M(d="2026-04-14", fr="Maya Goldberg <maya@goldbergjewellers.example>", s="Re: INV-57408",
  b="""Hi,

We paid this on 2 April. Can you send a receipt for our records please?

Maya""",
  i="A", n="HARD: already_paid + asks for receipt; the payment claim wins")

M(d="2025-10-27", fr="Brett Saunders <brett@saunderssurf.example>", s="Re: Overdue INV-38710",
  b="""Mate, paid via BPAY on Friday - A$2,418.00, receipt no. 5531029. Should show up today or tomorrow.

Brett
Saunders Surf Co. | Byron Bay""",
  q=("gm", 1, """Hi Brett,

INV-38710 for A$2,418.00 is now 14 days overdue. Could you let us know when it'll be paid?

Thanks,
Northwind Supplies Ltd"""),
  tz="+1100",
  i="A", a="2418.00 AUD", n="Australian BPAY, A$")

M(d="2026-08-31", fr="Laura Penhaligon <laura@penhaligonpottery.example>", s="Re: Missed payment INV-65440",
  b="""This is on direct debit - you should have collected it on the 25th like every other month. Can you check at your end before chasing me?

Laura""",
  i="A", n="HARD: says it is paid by direct debit (collection due on the 25th) -> already_paid")

M(d="2025-06-24", fr="Purchase Ledger <purchase.ledger@ashworth-group.example>", s="Remittance Advice - Ashworth Group",
  b="""Dear Supplier,

Please find attached a remittance advice for the payment made to your account on 23/06/2025.

This payment covers INV-33520 and INV-33601.

Regards,
Purchase Ledger
Ashworth Group Ltd
Tel: 0113 496 0077

Ashworth Group Ltd is registered in England No. 02338119. This message is confidential; if you are not the intended recipient please delete it.""",
  fmt="alt",
  att=["remittance_advice_0623.pdf"],
  noref=1,
  i="A", n="system-ish remittance advice with PDF; no amount in text")

M(d="2026-01-13", fr="Sam Whitfield <sam.whitfield@whitfieldtiling.example>", s="Re: INV-45690",
  b="""Paid cash at your trade counter on Saturday, Dean gave me a receipt. Can you tell accounts.""",
  i="A", n="paid in cash at the counter")

M(d="2025-11-03", fr="Accounts <accounts@beaconhillnursery.example>", s="RE: INV-39080 unpaid",
  b="""Hi,

We paid £760 last Tuesday, but I think we put INV-39008 in the payment reference instead of INV-39080 by mistake - sorry! The amount is the same as the invoice. Could you allocate it to the right one?

Thanks
Beacon Hill Nursery Accounts""",
  q=("ol", 2, """Hello,

INV-39080 (£760.00) is still showing as unpaid. Could you please look into this?

Kind regards,
Northwind Supplies Ltd"""),
  i="A", a="760.00 GBP", n="HARD: paid with the wrong reference; refs include both numbers as written")

M(d="2026-07-24", fr="Urs Baumann <u.baumann@baumann-uhren.example>", s="AW: Reminder INV-64712",
  b="""Good day,

The payment of CHF 3'250.00 was made on 20.07.2026 to your account at UBS. Please check again.

Kind regards
Urs Baumann
Baumann Uhren AG, Biel""",
  cr="al",
  i="A", a="3250.00 CHF", n="Swiss, apostrophe thousands separator CHF 3'250.00")

M(d="2025-03-03", fr="Paula <paula@quaysidecafe.example>", s="Re: INV-24880",
  b="""What's the PO on this? Our system won't let me pay without it.""",
  cr="gf",
  i="Q", n="short PO question")

M(d="2026-05-07", fr="Luca Romano <luca.romano@romanoelettrica.example>", s="RE: Payment reminder INV-60215",
  b="""Hello,

Do you have a bank account in euro? We prefer to pay in EUR to avoid the exchange costs. If yes, please send us the IBAN and BIC.

Thank you
Luca Romano
Romano Elettrica S.n.c.""",
  q=("gm", 3, """Dear Mr Romano,

This is a reminder that invoice INV-60215 for GBP 1,930.00 is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="asks for EUR bank details")

M(d="2025-09-18", fr="Mandy Fielding <mandy@fieldingfarmshop.example>", s="Re: Reminder INV-37300",
  b="""Hi, can you check whether you've had a payment from us this month? I'm not sure if my partner sent it before he went away and I can't get hold of him.

Mandy""",
  i="Q", n="HARD: unsure whether paid, asks to check -> question, not already_paid")

M(d="2026-02-24", fr="Jerome Watts <jwatts@wattslogistics.example>", s="RE: Invoice #47920",
  b="""Hi,

Two things - do you accept ACH, or do you need a check? And can you send future invoices to ap@wattslogistics.example rather than to me? They keep getting lost in my inbox.

Thanks,
Jerome

Jerome Watts
Operations Manager, Watts Logistics
Mob: (901) 555-0119""",
  cr="mo",
  i="Q", n="payment method + invoice address question")

M(d="2025-12-04", fr="Georgia Blake <georgia@blakeandrowe.example>", s="Re: INV-40415",
  b="""Hi,

We changed our company name in October (Blake & Rowe Ltd is now Blake Rowe Interiors Ltd, same company number). Our accountant won't pay invoices in the old name. Once I have a copy of the invoice in the new name I'll get it paid the same day.

Georgia""",
  i="Q", n="HARD: payment conditional on a re-addressed invoice -> question")

M(d="2026-10-01", fr="Accounts Payable <ap.operations@halvorsen-energy.example>", s="RE: Invoice INV-68005 - payment status",
  b="""Hello,

Halvorsen Energy receives all supplier invoices through SAP Ariba. Please submit INV-68005 via the Ariba Network against the relevant purchase order. Are you registered on Ariba? If not, we can send you a trading relationship request - please confirm the email address to use.

Regards,
AP Operations""",
  q=("ol", 4, """Dear Accounts Payable,

Could you please confirm the payment status of INV-68005 (£14,200.00), which was due on [[-8|%-d %B %Y]]?

Kind regards,
Credit Control
Northwind Supplies Ltd"""),
  fmt="alt",
  i="Q", n="Ariba portal question")

M(d="2025-07-31", fr="Ben Okafor <ben@okaforgrocers.example>", s="Re: INV-35370",
  b="""Is this the invoice for the June delivery or the July one? We had two deliveries and I can only see one invoice.""",
  cr="gf",
  i="Q", n="HARD: asks which delivery it covers, not contesting")

M(d="2026-06-26", fr="Megan Fraser <megan@fraserfitness.example>", s="Re: Invoice INV-62980",
  b="""Hey, quick one - is your GST/HST number on the invoice anywhere? My accountant needs it to claim the input tax credit. If not could you reissue with it on?

Thanks!
Megan, Fraser Fitness (Halifax, NS)""",
  tz="-0300",
  i="Q", n="Canadian asks for GST number on invoice")

M(d="2025-05-02", fr="Joost Verhoeven <j.verhoeven@verhoeven-installatie.example>", s="Afwezig: RE: Payment reminder INV-30340",
  b="""Beste afzender,

Ik ben afwezig tot en met 12 mei en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met kantoor@verhoeven-installatie.example.

Dear sender, I am out of the office until 12 May (inclusive) with limited access to email.

Met vriendelijke groet,
Joost Verhoeven""",
  auto=1,
  i="I", rd=("md", 5, 12), n="Dutch/English auto OOO, 'tot en met 12 mei'")

M(d="2026-01-19", fr="Carol Dempsey <carol.dempsey@dempseyhaulage.example>", s="Re: INV-45902",
  b="""Hi,

Sandra is on maternity leave now - I'll make sure this gets to whoever is covering her accounts work.

Carol (reception)""",
  i="I", n="colleague forwards, no stance")

M(d="2025-10-10", fr="Tom Riley <tom@rileyjoinery.example>", s="Re: INV-38240",
  b="""Regards,
Tom Riley
Riley Joinery Ltd
Unit 4, Mill Lane, Stockport
T: 0161 496 0123""",
  q=("gm", 1, """Hi Tom,

INV-38240 (£1,910.00) is overdue. Could you let us know when we'll see payment?

Thanks,
Northwind Supplies"""),
  i="I", n="HARD: empty reply, only a signature above the quoted reminder")

M(d="2026-08-17", fr="Federation of Small Traders <bulletin@fst-members.example>", s="FST Bulletin: late payment law changes, August events",
  b="""FST MEMBER BULLETIN - AUGUST

In this issue:
- Late payment: what the proposed changes to statutory interest mean for you
- Webinar: getting paid on time (3 September, 12:30)
- Member offer: 20% off card terminal fees

Read the full bulletin online.

You are receiving this email as a member of the Federation of Small Traders. Manage your preferences or unsubscribe.""",
  hdr={"List-Id": "FST Bulletin <bulletin.fst-members.example>", "List-Unsubscribe": "<mailto:unsub@fst-members.example>"},
  noref=1,
  i="I", n="HARD: trade newsletter that talks about late payment")

M(d="2025-01-28", fr="Nadia Petrova <nadia.petrova@petrova-consult.example>", s="Auto: Payment reminder INV-12610",
  b="""I'm away until 3 February. If your email is about an invoice, please resend it to invoices@petrova-consult.example so it is processed while I'm away.

Nadia""",
  auto=1,
  i="I", rd=("md", 2, 3), n="HARD: auto OOO that talks about invoices")

M(d="2026-11-02", fr="Will Aspinall <will@aspinallbuilders.example>", s="Re: October statement",
  b="""Thanks Sophie, all looks in order.""",
  q=("gm", 0, """Hi Will,

Please find your October statement attached. Let me know if you have any questions.

Thanks,
Sophie
Northwind Supplies Ltd"""),
  i="I", n="acknowledges statement, no action")

M(d="2025-08-08", fr="Gina Castellano <gina.castellano@icloud.example>", s="Re: INV-36120",
  b="""On holiday in Crete till the 18th, will deal with everything when I'm back!

Sent from my iPhone""",
  i="I", rd=("dom", 18), n="HARD: hand-typed OOO from phone (no auto headers); non-committal")

M(d="2026-04-30", fr="Daniel Price <daniel.price@priceandsons.example>", s="Re: INV-58822",
  b="""Sorry, ignore that last email - it was meant for Carl in our warehouse, not you.

Dan""",
  i="I", n="HARD: 'wrong email' note, no stance")

M(d="2025-06-30", fr="Accounts <noreply-accounts@lowmoorhousing.example>", s="Re: Payment reminder INV-34550",
  b="""This mailbox is not monitored. For accounts enquiries please call 0300 555 0144 (Mon-Fri, 9am-4pm) or use the contact form on our website.""",
  auto=1,
  i="I", n="auto-reply: unmonitored mailbox")

# ---------------------------------------------------------------- batch 4
M(d="2025-01-20", fr="Philippa Grange <p.grange@grangeestates.example>", s="RE: Overdue account - Grange Estates",
  b="""Dear Sophie,

Thank you for your email. I can confirm that payment of £4,512.00 will be made by BACS on Friday 24 January.

Kind regards,

Philippa Grange
Estate Office Manager
Grange Estates Ltd
Tel: 01632 960 455""",
  q=("om", 5, """Dear Philippa,

I'm writing regarding the overdue balance of £4,512.00 on your account (INV-11650 and INV-11732). Could you please confirm when payment will be made?

Kind regards,
Sophie Lund
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("wd", "fri"), a="4512.00 GBP", n="formal confirmation, 'Friday 24 January'")

M(d="2026-03-13", fr="Carl Benson <carl@bensonmobilemechanic.example>", s="Re: INV-55890",
  b="""Paying what I can today, £150, and the other £280 on the 27th when my big customer pays. Sorry it's in bits.

Carl""",
  q=("gm", 2, """Hi Carl,

INV-55890 (£430.00) is now 3 weeks overdue. Could you let us know when you'll pay?

Thanks,
Northwind Supplies"""),
  i="P", pd=("today",), a="150.00 GBP", n="HARD: split with firm dates, not asking permission -> promise; first payment today")

M(d="2025-09-01", fr="Macca <macca.builds@gmail.example>", s="Re: INV-36990 overdue",
  b="""Yep sorry mate, transferring the 540 as we speak

Sent from my iPhone""",
  q=("ios", 1, """Hi,

Just a reminder that INV-36990 (£540.00) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="P", pd=("today",), a="540.00", n="'transferring the 540 as we speak' = today; bare number (GBP only in the quote) -> currency null")

M(d="2026-06-11", fr="Irene Castell <irene@castellceramics.example>", s="Re: INV-62440",
  b="""Will pay tomorrow. By the way could you send me the June statement too? I want to check I'm not missing anything else.

Irene""",
  q=("gm", 3, """Hi Irene,

Friendly reminder that INV-62440 (£365.00) is now overdue.

Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("tmrw",), n="HARD: promise + statement request; promise wins")

M(d="2025-04-29", fr="Maarten de Graaf <maarten@degraaf-tuinbouw.example>", s="RE: Payment reminder INV-29050",
  b="""Hello,

The payment is ready in our bank for 6 May, the day after the holiday here (Bevrijdingsdag). It is 2.760,00 euro.

Groeten,
Maarten de Graaf""",
  cs="iso-8859-1", cte="qp",
  q=("nl", 4, """Dear Mr de Graaf,

Our invoice INV-29050 (EUR 2,760.00) is now overdue. Please let us know when we may expect payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("md", 5, 6), a="2760.00 EUR", n="Dutch writer, '6 May', latin-1 QP")

M(d="2026-09-25", fr="Accounts Payable <accountspayable@redwoodcounty-schools.example>", s="RE: Invoice #66718 - Past Due",
  b="""Good morning,

Invoice #66718 was approved by the board at Tuesday's meeting. It will be included in our next check run, which is Wednesday, 9/30. Checks are mailed the following day.

Thank you for your patience,

Accounts Payable
Redwood County School District
"Educating Every Student, Every Day\"""",
  cr="mo",
  q=("ol", 10, """To whom it may concern,

Our records show Invoice #66718 for $11,240.00 remains unpaid. Please advise of the expected payment date.

Meridian Office Solutions Inc.
Billing Department"""),
  i="P", pd=("md", 9, 30), a=None, n="US school district check run Wednesday 9/30; amount only in the quote -> null")

M(d="2025-11-14", fr="Tariq Mahmood <tariq@mahmoodbuilders.example>", s="Re: INV-39530",
  b="""Won't be able to do it today I'm afraid, I'm stuck on a job in Bolton with no signal half the time. It'll definitely be Monday though.

Tariq""",
  q=("gm", 0, """Hi Tariq,

Can you confirm INV-39530 (£1,260.00) will be paid today as discussed?

Thanks,
Northwind Supplies"""),
  i="P", pd=("wd", "mon"), n="HARD: negation 'won't be able to do it today' then a firm Monday commitment (not asking) -> promise")

M(d="2026-02-05", fr="Morag Cameron <morag@cameronwoollens.example>", s="Re: Reminder INV-47450",
  b="""Hi there, sorry about this - it'll be in your account by close of play tomorrow.

Morag
Cameron Woollens, Hawick""",
  i="P", pd=("tmrw",), n="'close of play tomorrow'")

M(d="2025-02-17", fr="Derek Aldous <derek.aldous@aldousfarms.example>", s="RE: Account on stop",
  b="""Dear Claire,

Thank you for your call this morning. As discussed, we are asking for a 30-day extension on the two invoices while the milk price dispute with our processor is resolved. I'd be grateful if the account could be reopened in the meantime, as we need feed for the spring.

Regards,
Derek Aldous
Aldous Farms""",
  q=("om", 3, """Dear Derek,

Your account has been placed on stop due to overdue invoices INV-21900 and INV-22033 (total £5,870.00). Please contact us to arrange payment.

Kind regards,
Claire Dunn
Credit Control | Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", pd=("plus", 30), n="asks a 30-day extension")

M(d="2026-04-22", fr="Wendy Fairbairn <wendy@fairbairnflorist.example>", s="Re: INV-58220",
  b="""Hi, I can't pay this month, I'm really sorry. It'll be next month - I'll let you know the date once I know when the wedding deposits are in.""",
  q=("gm", 1, """Hi Wendy,

INV-58220 (£265.00) is now overdue. Could you let us know when we'll see it?

Thanks,
Northwind Supplies Ltd"""),
  i="X", n="HARD: can't pay this month, 'next month' without a day -> extension, date null")

M(d="2025-09-23", fr="Charlie <charlie.vane@outlook.example>", s="Re: INV-37480",
  b="""any chance I can pay on the 5th instead? thats when I get paid

Sent from Outlook for iOS""",
  q=("ios", 1, """Hi Charlie,

INV-37480 (£85.00) is due today. Thanks!

Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("dom", 5), n="asks to pay on the 5th -> next 5th (5 Oct)")

M(d="2026-06-02", fr="Francesca Conti <f.conti@contiarredamenti.example>", s="R: Sollecito di pagamento INV-62005",
  b="""Good morning,

we can pay 1.100 € now and the rest at 60 days, is it possible for you? The furniture fair was not good this year.

Thank you
Francesca Conti
Conti Arredamenti""",
  cr="al",
  i="X", pd=("today",), a="1100.00 EUR", n="Italian, part now + rest at 60 days asked -> extension; first payment now")

M(d="2025-12-22", fr="Julian Sayer <julian@sayerandco-accountants.example>", s="Re: INV-41188",
  b="""Hi,

We'll definitely pay, but it won't be before the 9th of January - is that OK with you? Our partners' drawings and the Christmas payroll have taken everything this month.

Julian""",
  q=("om", 3, """Dear Julian,

INV-41188 (£2,180.00) is now overdue. Please let us know when payment will be made.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 1, 9), n="HARD: 'we'll definitely pay' but asks for 9 January -> extension")

M(d="2026-10-21", fr="Kimberly Nash <kim@nashpetgrooming.example>", s="Re: Invoice #68910",
  b="""Hi!

Would you be open to a payment plan? We could do $400 every two weeks until it's paid off. Business has been slow since the new chain opened down the road.

Thanks,
Kim Nash
Nash Pet Grooming""",
  fmt="alt",
  cr="mo",
  i="X", a="400.00 USD", n="US payment plan, $400 biweekly, no start date")

M(d="2025-07-08", fr="Zoltán Varga <zoltan.varga@vargakft.example>", s="RE: Reminder INV-35115",
  b="""Dear Madam,

At the moment we cannot pay because our bank account is blocked by the tax office, it is a mistake and our lawyer is working on it. Please wait some weeks, we will pay all.

Best regards
Zoltán Varga
Varga Kft.""",
  cr="al",
  i="X", n="Hungarian writer, account blocked, 'wait some weeks' -> null")

M(d="2026-01-30", fr="Ruby Chang <ruby@changstudio.example>", s="Re: INV-46650 overdue",
  b="""Hi Ben,

Could we have until the last working day of February? Our January invoices to clients don't pay out until then.

Ruby""",
  cr="bp",
  i="X", pd=("iso", "2026-02-27"), n="HARD: 'last working day of February' 2026 = Fri 27 Feb")

M(d="2025-04-04", fr="Sophie Kettle <sophiekettle@gmail.example>", s="Re: Invoice INV-28115",
  b="""Can I pay it in 2 halves? £300 now £300 end of the month?

Sent from my iPhone""",
  i="X", pd=("today",), a="300.00 GBP", n="asks to split; first half now -> today")

M(d="2025-01-15", fr="Goods Inwards <goodsin@westcountrydairies.example>", s="RE: Statement - January",
  b="""Hello,

We still haven't had the credit for the 12 Euro pallets we returned on your wagon on 20 December. Your driver signed for them. Until that credit is on the account we can't agree your statement.

Regards,
Goods Inwards
West Country Dairies""",
  q=("om", 4, """Dear Customer,

Please find your January statement attached. The balance of £3,146.00 is now overdue.

Kind regards,
Credit Control
Northwind Supplies Ltd""", "Statement - January"),
  cr="nwc",
  i="D", n="credit for returned pallets missing; statement not agreed")

M(d="2026-02-03", fr="Holly Barton <holly@bartonlettings.example>", s="RE: INV-47010 and INV-47122",
  b="""Hi,

INV-47010 is fine and will go tomorrow. INV-47122 is wrong though - it charges for 6 visits in January and your team only came 4 times (6th, 13th, 20th and 27th). That's £96 we're not paying. Please send a corrected one.

Holly""",
  cr="ks",
  i="D", a="96.00 GBP", n="HARD: promise on one invoice + dispute on another; dispute wins; amount = contested £96")

M(d="2025-08-26", fr="Office Manager <office@castlegateclinic.example>", s="Re: August cleaning invoice INV-36860",
  b="""Hello,

Before we pay August's invoice I need to raise that your team skipped the second floor three weeks running. We have CCTV and the consultants have been complaining. I don't think we should be paying the full monthly fee for half a service.

Regards,
Margaret Hollis
Office Manager, Castlegate Clinic""",
  cr="ks",
  i="D", n="poor service; doesn't want to pay full fee")

M(d="2026-09-14", fr="Ravi Menon <ravi.menon@menon-associates.example>", s="RE: Invoice #66530 - licences",
  b="""Hi,

Is there any reason we're paying for 12 licences when we've only ever had 8 users set up? I'd like the other 4 taken off, and credited for the past year if that's been happening all along.

Ravi""",
  q=("gmus", 2, """Hello Ravi,

Invoice #66530 for $2,880.00 (annual licences, 12 seats at $240) is now past due.

Thank you,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="HARD: question form contesting licence count -> dispute")

M(d="2025-05-09", fr="Gary <gary.t@hotmail.example>", s="Re: INV-30715",
  b="""Not paying this. The van never came.

Sent from my iPhone""",
  i="D", n="short angry, service not delivered")

M(d="2026-11-19", fr="Alison Drury <alison@drurydentalcare.example>", s="RE: Invoice INV-70560 - install",
  b="""Hi,

Could you please double check this invoice? We were quoted £2,100 for the install (I have the quote from Mark, dated 2 October) and it's come through at £2,650. I'm sure it's just a mix-up but I'll need it correcting before I can put it through.

Thanks,
Alison""",
  q=("ol", 2, """Dear Alison,

Please note that INV-70560 (£2,650.00) for the new air-conditioning installation is now due for payment.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="D", a="2650.00 GBP", n="HARD: polite 'could you double check' but asserts price not as quoted -> dispute")

M(d="2025-10-03", fr="Claire Dubois <c.dubois@dubois-traiteur.example>", s="RE: Relance facture INV-38110",
  b="""Bonjour,

La facture INV-38110 ne correspond pas à notre commande : nous avons commandé 50 cartons et vous nous facturez 80 cartons. Merci de nous envoyer un avoir ou une facture corrigée.

Cordialement,
Claire Dubois
Dubois Traiteur""",
  cr="gf",
  q=("fr", 5, """Dear Ms Dubois,

This is a reminder that invoice INV-38110 (EUR 1,296.00) is now overdue.

Kind regards,
Greenfold Packaging"""),
  i="D", n="French-language, quantity mismatch (50 ordered vs 80 invoiced)")

M(d="2026-04-24", fr="Pat Keenan <pat@keenanoffice.example>", s="Re: Invoice #58870 - toner",
  b="""Hi,

We've already paid for this - when we bought the MX-400 printer last year the toner for the first 12 months was included in the bundle price. It says so on your quote. So this toner invoice shouldn't have been raised.

Pat""",
  cr="mo",
  i="D", n="HARD: 'already paid for this' means it was included in a bundle -> dispute, not already_paid")

M(d="2025-06-05", fr="Jonathan Pryor <jpryor@pryorhomes.example>", s="RE: INV-33380 - Final notice",
  b="""Dear Sirs,

We dispute this invoice in its entirety. The landscaping works at Plot 14 were not completed to the specification in the contract (drawing LS-14-02 rev C): the drainage channel was not installed, the turf was laid on unprepared ground and has since failed, and the boundary fencing is a different product from that specified.

For the avoidance of doubt, we do not accept that any sum is due under INV-33380 or under the earlier interim valuation. The contract provides for payment on practical completion, and practical completion has not been achieved: our clerk of works inspected the plot on 9 May and his report, which lists eleven outstanding defects, was sent to your office the same day. Three of those defects relate to drainage and are the subject of a complaint from the purchaser of the adjoining plot.

We raised these matters with your site manager on 12 May and have received no response. We have now instructed our solicitors and will not be making any payment until the works are remedied. Any further reminders or late payment charges issued while this dispute is outstanding will also be disputed.

Please direct further correspondence on this matter to me.

Yours faithfully,
Jonathan Pryor
Managing Director, Pryor Homes Ltd""",
  fmt="alt",
  cr="ks",
  i="D", n="formal dispute of poor work, solicitors instructed")

M(d="2025-01-27", fr="Trevor Lusk <trevor@luskhardware.example>", s="Re: INV-12340 reminder",
  b="""Hi,

This went out on the 22nd with our weekly supplier run, £1,206.50. You should have had a remittance from remittances@luskhardware.example - maybe it went into spam?

Trevor""",
  q=("gm", 2, """Hi Trevor,

Just a reminder that INV-12340 (£1,206.50) is now overdue. Could you let me know when it will be paid?

Thanks,
Priya
Northwind Supplies Ltd"""),
  i="A", a="1206.50 GBP", n="paid in weekly run on the 22nd")

M(d="2026-03-04", fr="Accounts <accounts@brooksidevets.example>", s="RE: INV-48600 still outstanding",
  b="""Hello,

Our records show this as paid on 12 February by cheque no. 1002233. If it hasn't been banked yet please let us know and we'll cancel it and pay by transfer instead.

Regards
Brookside Vets Accounts""",
  q=("ol", 2, """Hello,

Our records show INV-48600 (£874.20) as still outstanding. Could you please confirm when payment will be made?

Kind regards,
Northwind Supplies Ltd"""),
  i="A", n="cheque sent, maybe not banked -> already_paid")

M(d="2025-07-22", fr="Becky <becky.lomas@icloud.example>", s="Re: Reminder INV-35550",
  b="""I paid it at the weekend xx

Sent from my iPhone""",
  q=("ios", 1, """Hi Becky,

Just a little reminder that INV-35550 (£64.00) is overdue.

Thanks!
Greenfold Packaging"""),
  cr="gf",
  i="A", n="very short, paid at the weekend")

M(d="2026-05-18", fr="Lucía Fernández <lucia.fernandez@fernandez-vinos.example>", s="RE: Recordatorio de pago INV-59930",
  b="""Buenos días,

Ya hemos realizado la transferencia el viernes pasado por importe de 1.845,00 €. Adjunto el justificante.

Un saludo,
Lucía Fernández
Administración - Bodegas Fernández""",
  cs="iso-8859-15", cte="qp",
  att=["justificante_transferencia.pdf"],
  cr="al",
  i="A", a="1845.00 EUR", n="Spanish-language, transfer done last Friday, proof attached; latin-9 QP")

M(d="2025-09-12", fr="Gregory Tan <gtan@tanpartners.example>", s="RE: Invoices #37010 and #37044",
  b="""Hi,

We paid both of these together on Tuesday - one wire of $3,100.00 for invoices 37010 and 37044. Can you confirm it was allocated correctly on your side?

Thanks,
Greg

--
Gregory Tan, CPA
Tan & Partners LLP | 200 Market St, Suite 410, San Francisco CA 94105
T: (415) 555-0163""",
  q=("gmus", 5, """Hi Greg,

The following invoices are past due:

Invoice #37010 - $1,850.00
Invoice #37044 - $1,250.00

Please let us know when we can expect payment.

Meridian Office Solutions Inc.""", "Invoices #37010 and #37044"),
  cr="mo",
  refs=["37010", "37044"],
  i="A", a="3100.00 USD", n="HARD: one wire for two invoices + allocation question; already_paid; refs by bare number")

M(d="2026-10-29", fr="Finance Team <finance@harwood-hotels.example>", s="RE: Overdue INV-69120",
  b="""Good afternoon,

The balance was settled on 19 October by our parent company, Harwood Holdings Ltd, as part of a group payment. It will show on your statement under their name rather than ours.

Kind regards,
Finance Team
Harwood Hotels""",
  i="A", n="paid by parent company under a different name")

M(d="2025-03-31", fr="Accounts Payable <accounts.payable@fenwickbros.example>", s="RE: INV-26340 - overdue",
  b="""Good morning,

Payment was made on Friday 28/03 for £9,880.00 (BACS reference 7781HX). Please allow up to two working days for it to reach your account.

Regards,

Accounts Payable
Fenwick Brothers Ltd""",
  fmt="alt", cte="b64",
  q=("ol", 3, """Good morning,

INV-26340 for £9,880.00 became due on [[-9|%d/%m/%Y]] and remains unpaid. Please could you confirm the payment date?

Kind regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="A", a="9880.00 GBP", n="multipart base64, BACS Friday 28/03")

M(d="2026-07-15", fr="Nicola Dunne <nicola@dunneandco.example>", s="Re: INV-63990",
  b="""We paid this - twice, I think? Our bank statement shows £415.00 going to you on the 1st and again on the 8th. Can you check and refund one of them if so?

Nicola""",
  i="A", a="415.00 GBP", n="HARD: says paid (possibly twice) and asks refund -> already_paid")

M(d="2025-12-03", fr="Declan Moriarty <declan@moriartymotors.example>", s="Re: INV-40280",
  b="""Paid by EFT yesterday, €1,090. Should be with you today.

Declan""",
  i="A", a="1090.00 EUR", n="Irish, EFT yesterday, EUR")

M(d="2025-01-13", fr="Karen Holt <karen.holt@holtandpartners.example>", s="RE: Invoice INV-11290",
  b="""Hello,

Could you send us a copy of INV-11290 showing the delivery address? Our auditors need each invoice to show the site it relates to.

Thank you,
Karen Holt
Finance Assistant

-- 
Holt & Partners Chartered Surveyors
Tel: 0117 496 0281 | www.holtandpartners.example""",
  q=("ol", 1, """Dear Karen,

INV-11290 (£1,524.00) is now past its due date. Please let us know when payment will be made.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="asks for invoice copy with delivery address for auditors")

M(d="2026-02-19", fr="Procurement <procurement@ellesmere-trust.example>", s="RE: Overdue invoice INV-48210",
  b="""Hello,

We don't have Northwind Supplies on our approved supplier list and I can't find the order on our system. Could you tell us which of our sites placed it, the name of the person who ordered, and who signed for the delivery? Then I can chase it internally.

Thanks,
Procurement Team
Ellesmere Academy Trust""",
  q=("ol", 2, """Dear Sir/Madam,

INV-48210 (£1,375.00) is now overdue. Please arrange payment or contact us if there is a problem.

Kind regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="Q", n="HARD: doesn't recognise supplier but asks who ordered rather than denying -> question")

M(d="2025-08-06", fr="Jackie Moss <jackie@mossbeauty.example>", s="Re: Reminder",
  b="""Hi, what's the total we actually owe? I've had three reminders this month all with different amounts and I'm confused.

Jackie""",
  i="Q", n="asks for total balance; confusion, not a dispute")

M(d="2026-05-28", fr="Owen Gallagher <owen.gallagher@gmail.example>", s="Re: INV-61720",
  b="""Is it OK if I pay this from my personal account? I'll put the invoice number as the reference.""",
  i="Q", n="asks whether paying from personal account is OK (no date)")

M(d="2025-10-16", fr="Haruka Mori <h.mori@mori-kogyo.example>", s="RE: Payment reminder INV-38330",
  b="""Dear Sir or Madam,

Thank you for your email. For overseas remittance our bank requires the SWIFT code and the bank address of your account. Could you please let us know?

Best regards,
Haruka Mori
Mori Kogyo Co., Ltd.""",
  tz="+0900",
  q=("gm", 2, """Dear Ms Mori,

We would like to remind you that invoice INV-38330 (GBP 6,300.00) is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="asks SWIFT code and bank address")

M(d="2026-08-06", fr="Stephanie Rourke <srourke@rourkeeng.example>", s="RE: Invoice #65210",
  b="""Hi,

Can you confirm whether the total on this invoice includes sales tax? We're registered as tax-exempt in Oregon and I need to know before I code it. If it does, I can send our exemption certificate.

Stephanie""",
  cr="mo",
  i="Q", n="asks whether sales tax included")

M(d="2025-11-10", fr="Neville Osei <neville@oseitransport.example>", s="Re: INV-39420 overdue",
  b="""When exactly was this due? I was under the impression we were on 60-day terms with you, not 30.""",
  q=("gm", 1, """Dear Neville,

INV-39420 (£920.00) was due on [[-12|%-d %B]] and is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: terms question hinting disagreement but only asks -> question")

M(d="2026-09-30", fr="Petra Schulz <p.schulz@schulz-baustoffe.example>", s="AW: Mahnung INV-67260",
  b="""Guten Tag,

bevor wir die Zahlung freigeben, senden Sie uns bitte einen aktuellen Kontoauszug mit allen offenen Posten.

Danke und Gruß
Petra Schulz
Schulz Baustoffe GmbH""",
  cr="al",
  i="Q", n="German, asks for a statement of open items before releasing payment")

M(d="2025-06-13", fr="Liam Foley <liamfoley@gmail.example>", s="Re: INV-33770",
  b="""which account do i pay into? the invoice doesnt have bank details on

Sent from my iPhone""",
  q=("ios", 1, """Hi Liam,

INV-33770 (£150.00) is now due. Thanks!

Northwind Supplies"""),
  i="Q", n="phone, asks which account to pay into")

M(d="2025-02-21", fr="Élodie Marchand <e.marchand@marchand-architectes.example>", s="Réponse automatique : Payment reminder INV-22480",
  b="""Bonjour,

Je suis absente jusqu'au 3 mars inclus, sans accès à ma messagerie. En cas d'urgence, merci de contacter le secrétariat au 04 72 00 00 00.

I am out of the office until 3 March inclusive.

Élodie Marchand""",
  auto=1, cs="iso-8859-1", cte="qp",
  i="I", rd=("md", 3, 3), n="French/English auto OOO, latin-1 QP")

M(d="2026-03-27", fr="Rosie Thornton <rosie@thorntonhats.example>", s="Re: Payment received - thank you",
  b="""Thank you!""",
  q=("gm", 0, """Hi Rosie,

Just to let you know we've received your payment for INV-56330. Thanks very much.

Greenfold Packaging""", "Payment received - thank you"),
  cr="gf",
  i="I", n="thanks for our payment confirmation")

M(d="2025-09-05", fr="Mark Oliver <mark.oliver@olivergroundcare.example>", s="Re: INV-37130",
  b="""Hi,

Jan is off sick this week, she'll pick this up when she's back on Monday.

Mark""",
  i="I", rd=("wd", "mon"), n="HARD: colleague's hand-typed absence notice (no auto headers); back Monday")

M(d="2026-07-20", fr="DocuSign via Docs <dse@docusign-secure-mail.example>", s="Completed: Please review your invoice document",
  b="""Your document has been completed.

All parties have signed "INVOICE_PAYMENT_JULY.pdf". Click below to view the document.

REVIEW DOCUMENT

This message was sent to you by Accounts Department who is using the DocuSign Electronic Signature Service.""",
  noref=1,
  i="I", n="invoice-themed phishing")

M(d="2025-12-17", fr="Bev & all at Hilltop Café <hello@hilltopcafe.example>", s="Merry Christmas!",
  b="""Merry Christmas to everyone at Greenfold! Thanks for all your help this year, see you in 2026.

Bev & the Hilltop team""",
  cr="gf", noref=1,
  i="I", n="seasonal greeting")

M(d="2026-05-04", fr="Reception <reception@tremayne-surveyors.example>", s="Automatic reply: Payment reminder INV-59620",
  b="""Thank you for your email. Our office is closed for the May bank holiday and will reopen on Tuesday 5 May at 9am. We will respond to your message then.

Tremayne Surveyors""",
  auto=1,
  i="I", rd=("md", 5, 5), n="bank holiday closure auto-reply")

M(d="2025-04-25", fr="Frank Hebden <frank@hebdenjoinery.example>", s="Re: INV-28990",
  b="""Hi all,

I'm away from Monday 28 April to Friday 9 May. I've left all the invoices with Paul in the office, who'll pay anything urgent.

Frank""",
  i="I", rd=("md", 5, 9), n="HARD: hand-typed OOO; 'Paul will pay anything urgent' is not a commitment for this invoice")

M(d="2026-11-06", fr="Aaron Whitley <aaron@whitleydesign.example>", s="FW: Overdue INV-70340",
  b="""FYI - see below.

Aaron""",
  to="ap@whitleydesign.example, Bright Pixel Studio <hello@brightpixel.example>",
  cr="bp",
  q=("ol", 1, """Hi Aaron,

INV-70340 (£2,400.00) is now overdue. Please let us know when we can expect payment.

Thanks,
Bright Pixel Studio"""),
  i="I", n="FYI forward to own AP, no stance")

# ---------------------------------------------------------------- batch 5
M(d="2025-01-04", fr="Paula Grieve <paula@grievegifts.example>", s="Re: Christmas cards order - INV-11120",
  b="""Hi Tom,

Happy new year! Sorry this one's late, the shop was bedlam right up to Christmas Eve. I'll do a bank transfer Monday morning before we open - £187.20 as per the invoice.

Paula
Grieve Gifts & Cards""",
  cr="hl",
  q=("gm", 3, """Hi Paula,

Hope you had a good Christmas! Just a quick note that INV-11120 (£187.20) for the Christmas cards is now past due.

Best,
Tom
Harbour Lane Print Co""", "Christmas cards order - INV-11120"),
  i="P", pd=("wd", "mon"), a="187.20 GBP", n="Saturday message, Monday morning transfer")

M(d="2026-01-25", fr="Danny Hughes <dannyhughes@icloud.example>", s="Re: INV-46030",
  b="""Sorry, I genuinely thought I'd paid this! Will do it first thing tomorrow.

Sent from my iPhone""",
  q=("ios", 2, """Hi Danny,

Just a reminder that INV-46030 (£212.00) is now overdue.

Thanks,
Northwind Supplies"""),
  i="P", pd=("tmrw",), n="HARD: 'thought I'd paid' but hasn't; promises tomorrow (Sunday message)")

M(d="2025-06-26", fr="Purchase Ledger <purchaseledger@castlemeadhousing.example>", s="RE: June invoice INV-33990 - overdue",
  b="""Hello,

INV-33990 has been matched and approved and will be paid in our end-of-month supplier run.

Regards
Purchase Ledger Team
Castlemead Housing Association
Registered Society No. 31078R

This email may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.""",
  cr="ks",
  q=("ol", 4, """Hello,

Our invoice INV-33990 (£3,860.00) for June reactive maintenance is now overdue. Please could you confirm when it will be paid?

Kind regards,
Kestrel Facilities Services
Accounts Receivable"""),
  i="P", pd=("eom",), n="housing association, end-of-month run")

M(d="2026-08-29", fr="Josh Whelan <josh@whelancreative.example>", s="Re: INV-65990",
  b="""Hey Ben! Client finally paid me yesterday so I'll have yours sorted by Wednesday. Cheers for not hounding me.

Josh""",
  cr="bp",
  i="P", pd=("wd", "wed"), n="Saturday, 'sorted by Wednesday'")

M(d="2025-10-20", fr="Martina Huber <m.huber@huber-holzbau.example>", s="AW: Zahlungserinnerung INV-38505",
  b="""Sehr geehrte Damen und Herren,

vielen Dank für den Hinweis. Wir überweisen den offenen Betrag von 4.380,00 EUR bis spätestens Freitag.

Freundliche Grüße
Martina Huber
Huber Holzbau GmbH, Rosenheim""",
  cr="al",
  q=("de", 3, """Sehr geehrte Frau Huber,

zu unserer Rechnung INV-38505 über 4.380,00 EUR konnten wir leider noch keinen Zahlungseingang feststellen. Wir bitten um zeitnahen Ausgleich.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH
Buchhaltung"""),
  i="P", pd=("wd", "fri"), a="4380.00 EUR", n="German 'bis spätestens Freitag'")

M(d="2026-04-16", fr="Gill Naylor <gill@naylorbridal.example>", s="Re: INV-58010 - revised payment date",
  b="""Confirmed - the 30th it is. Thanks for being so flexible, it's really helped.

Gill""",
  q=("gm", 1, """Hi Gill,

Further to your request for more time on INV-58010 (£1,050.00), we're happy to agree payment on 30 April. Could you just confirm that works?

Thanks,
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 30), n="HARD: the extension was asked earlier (quoted); new text confirms the agreed date -> promise, 30 April")

M(d="2025-08-15", fr="Lisa Marquand <lisa.marquand@marquandhotels.example>", s="RE: Account overdue - Marquand Hotels",
  b="""Dear Claire,

As discussed with your colleague this morning, £2,000 will be paid today and the balance of £1,450 next Friday.

Kind regards,
Lisa Marquand
Group Accountant""",
  q=("om", 1, """Dear Lisa,

Your account is currently £3,450.00 overdue (INV-36020 and INV-36155). Please contact us urgently to arrange payment.

Kind regards,
Claire Dunn
Credit Control | Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("today",), a="2000.00 GBP", n="split promise stated, not asked; first payment today")

M(d="2026-11-24", fr="Rich Alvarez <rich@alvarezcontracting.example>", s="Re: Invoice #70120 past due",
  b="""Payment's scheduled in Bill.com for 12/4. You'll get an email notice from them when it goes out.

-Rich""",
  cr="mo",
  q=("gmus", 4, """Hi Rich,

Invoice #70120 ($1,975.00) is now 15 days past due. Please let us know when we can expect payment.

Thanks,
Meridian Office Solutions Inc."""),
  i="P", pd=("md", 12, 4), n="US, Bill.com scheduled 12/4")

M(d="2025-02-01", fr="Jade <jadeflowers@hotmail.example>", s="Re: INV-20880",
  b="""can i leave it til next friday? really tight this week x

Sent from my iPhone""",
  q=("ios", 1, """Hi Jade,

INV-20880 for £128.40 is due today - thanks!

Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("wd", "fri"), n="asks to leave it till 'next friday' (Sat -> Fri 7 Feb)")

M(d="2026-03-09", fr="Steve Paterson <steve@patersonevents.example>", s="Re: INV-55300 - programmes",
  b="""Hi Tom,

We're going to need to pay this one in instalments if that's OK - three payments of £420, starting at the end of March? The event didn't sell as well as we'd hoped.

Steve""",
  cr="hl",
  i="X", pd=("eom",), a="420.00 GBP", n="three instalments from end of March; amount = instalment")

M(d="2025-05-19", fr="Facilities Director <facilities@greystonehall.example>", s="RE: INV-31300 - overdue",
  b="""Good afternoon,

To be clear, we are not disputing the invoice - the work was done and done well. We simply can't pay until our client pays us for the refurbishment, which should be around the 10th of June. Would you be able to hold off until then?

Regards,
Callum Reid
Facilities Director, Greystone Hall""",
  q=("ol", 2, """Dear Mr Reid,

INV-31300 (£6,480.00) for the April refurbishment works is now overdue. We would appreciate payment at your earliest convenience.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="X", pd=("md", 6, 10), n="HARD: explicitly 'not disputing', asks to hold off until around 10 June -> extension")

M(d="2026-07-09", fr="Aria Patel <aria@loopstack.example>", s="Re: Invoice #63810",
  b="""hey! any chance we can push this to Q4? we're between funding rounds and trying to keep runway. happy to sign something if needed""",
  cr="bp",
  i="X", n="startup asks to push to Q4 (no day) -> null")

M(d="2025-10-29", fr="Jeremy Stott <j.stott@stottengineering.example>", s="RE: Outstanding balance £6,550.00",
  b="""Dear Sophie,

Further to our conversation, we propose to settle the outstanding balance in two equal instalments of £3,275.00, on 14 November and 12 December. I trust this is acceptable and would be grateful for your confirmation.

Yours sincerely,
Jeremy Stott
Finance Director
Stott Engineering Ltd""",
  q=("om", 6, """Dear Mr Stott,

We note that the balance of £6,550.00 on your account remains overdue despite previous reminders. Please arrange payment within 7 days.

Yours sincerely,
Sophie Lund
Credit Control
Northwind Supplies Ltd""", "Outstanding balance £6,550.00"),
  cr="nwc",
  i="X", pd=("md", 11, 14), a="3275.00 GBP", n="formal proposal of two instalments, first 14 Nov")

M(d="2026-05-31", fr="Ionut Popescu <ionut.popescu@yahoo.example>", s="Re: Reminder INV-61900",
  b="""Hello, please give me time until 15 June. I have problem with my van, no work 2 weeks. After I pay everything, sure. Thank you Ionut""",
  i="X", pd=("md", 6, 15), n="Romanian writer, until 15 June (Sunday message)")

M(d="2025-12-12", fr="Andreas Gruber <a.gruber@gruber-elektro.example>", s="AW: Payment reminder INV-40570",
  b="""Dear colleagues,

our year-end closing is on 31.12. and the budget for this year is used. Could we pay the invoice on 15 January instead? I would be very thankful.

Best regards
Andreas Gruber
Gruber Elektrotechnik GmbH, Graz""",
  q=("gm", 3, """Dear Mr Gruber,

Please note that invoice INV-40570 for EUR 2,640.00 is now overdue.

Best regards
Alpenrose Logistik GmbH"""),
  cr="al",
  i="X", pd=("md", 1, 15), n="Austrian, asks to pay on 15 January (next year)")

M(d="2026-09-19", fr="Sian Pritchard <sianpritchard@gmail.example>", s="Re: INV-66840",
  b="""I was going to pay this today but my card got declined (bank being weird). Can I try again Thursday when my money comes in?""",
  cr="gf",
  i="X", pd=("wd", "thu"), n="HARD: failed attempt, asks to pay Thursday -> extension")

M(d="2025-03-10", fr="Norman Bright <norman.bright@btinternet.example>", s="Re: INV-24400 - interest outstanding",
  b="""I paid the invoice in full last month. Now you're asking me for £45 - what is that, late interest? Nobody ever told me you charged interest and it's not on your terms that I signed. I'm not paying it.

N. Bright""",
  i="D", a="45.00 GBP", n="HARD: mentions having paid, but contests the £45 interest charge -> dispute")

M(d="2026-01-12", fr="Hannah Osei <hannahosei@outlook.example>", s="Re: Wedding invitations - INV-45820",
  b="""Hi,

I'm sorry but I'm not paying this until something is done. Our names are spelt wrong on all 120 invitations ("Hanna" and "Kwane") even though the proof I approved had them right. I've kept the proof email. We had to order emergency replacements from somewhere else.

I want either a full reprint for free or the invoice cancelled.

Hannah""",
  cr="hl",
  i="D", n="print errors vs approved proof")

M(d="2025-07-04", fr="Operations <operations@bluelinepm.example>", s="RE: Invoice #34890 - Copier lease",
  b="""Hi,

We returned the copier within the 30-day trial period (your driver picked it up on 5/30, pickup ticket #P-22817). There shouldn't be any lease invoice. Please void #34890.

Thanks,
Operations
Blueline Property Management""",
  q=("gmus", 4, """Hello,

Invoice #34890 for $389.00 (copier lease, June) is now past due. Please remit at your earliest convenience.

Meridian Office Solutions Inc."""),
  fmt="alt",
  cr="mo",
  i="D", n="trial returned; lease invoice contested")

M(d="2026-06-18", fr="Aled Jenkins <aled.jenkins@jenkinsretail.example>", s="RE: Invoice INV-62650 - June contract cleaning",
  b="""Hi,

The contract price for 2026 was fixed at £1,850 a month when we renewed in December. Your June invoice adds a £160 "annual uplift" that was never agreed. We'll pay the £1,850 as per the contract but not the £160.

Aled Jenkins
Store Manager""",
  cr="ks",
  q=("ol", 3, """Dear Aled,

Please note that INV-62650 (£2,010.00) is now overdue. We would appreciate payment at your earliest convenience.

Kind regards,
Kestrel Facilities Services"""),
  i="D", a="160.00 GBP", n="HARD: contests the uplift only; will pay the contract price; amount = contested £160")

M(d="2025-09-20", fr="Pete Lowe <pete@lowesbutchers.example>", s="Re: INV-37350",
  b="""half the boxes were the wrong size, 300mm not 350mm. cant use them. come and get them and sort the bill out

Sent from my iPhone""",
  cr="gf",
  i="D", n="wrong size goods, curt")

M(d="2026-10-12", fr="Mehmet Yildiz <mehmet@yildizgida.example>", s="Re: Overdue invoice INV-68440",
  b="""Hello,

This invoice is not ours. Our company is Yildiz Gida Ltd, we never ordered anything from you. I think you mix us with another company with the same name. Please cancel it and remove our email from your list.

Mehmet Yildiz""",
  i="D", n="HARD: 'never ordered, not ours, cancel it' contests the debt -> dispute (not bare wrong-person)")

M(d="2025-11-21", fr="Chloe Barrington <chloe@barringtonskincare.example>", s="Re: Invoice INV-39610 - additional revisions",
  b="""Hi Ben,

The quote included two rounds of revisions. You've charged us for five extra rounds on top - but three of those were only needed because the mock-ups had our old logo on, which was your mistake. I'm happy to pay for two extra rounds, not five.

Chloe""",
  cr="bp",
  i="D", n="extra revision charges partly contested")

M(d="2026-03-17", fr="Dispo / Accounts <accounts@nordsee-fisch.example>", s="RE: Payment reminder INV-56500",
  b="""Hello,

We paid EUR 3,000.00 of the EUR 3,400.00 on 2 March. The remaining EUR 400.00 is the waiting time charge, which only happened because your truck arrived two days late at Cuxhaven. We do not accept this charge.

Regards
Nordsee Fisch GmbH - Accounts""",
  q=("de", 4, """Dear Sir or Madam,

Thank you for your partial payment. A balance of EUR 400.00 remains open on invoice INV-56500. Please settle this amount.

Best regards
Alpenrose Logistik GmbH"""),
  cr="al",
  i="D", a="400.00 EUR", n="HARD: part paid + contests the remaining demurrage charge; dispute wins; amount = contested 400")

M(d="2025-04-17", fr="Yasmin Aziz <yasmin@azizcafe.example>", s="Re: INV-28610 - display fridge",
  b="""Hi,

The display fridge you supplied stopped working after three weeks. Your own engineer came out on Tuesday and said it's a manufacturing fault with the compressor. I'm not paying for a faulty unit - please replace it or take it back and cancel the invoice.

Yasmin
Aziz Café""",
  fmt="html",
  html="""<div style="font-family:Verdana,sans-serif;font-size:12px">Hi,<br><br>The display fridge you supplied <b>stopped working after three weeks</b>. Your own engineer came out on Tuesday and said it's a manufacturing fault with the compressor. I'm not paying for a faulty unit - please replace it or take it back and cancel the invoice.<br><br>Yasmin<br>Aziz Café</div>""",
  i="D", n="faulty equipment, HTML-only")

M(d="2025-01-11", fr="Ellie Watts <elliewatts@gmail.example>", s="Re: INV-11880",
  b="""All paid up now, did it on the app last night 🙂""",
  q=("gm", 2, """Hi Ellie,

INV-11880 (£74.50) is still showing as unpaid. Could you take a look?

Greenfold Packaging"""),
  cr="gf",
  i="A", n="paid on the app last night")

M(d="2026-02-16", fr="Oscar Lindgren <oscar@lindgrenframing.example>", s="Re: INV-47300",
  b="""Thought I paid this in January? ... Yes, just checked - 14th Jan, £320, reference HLP. Can you have another look your end?

Oscar""",
  cr="hl",
  i="A", a="320.00 GBP", n="HARD: starts uncertain, then confirms payment -> already_paid")

M(d="2025-05-29", fr="Dolores Vance <dvance@vancechiropractic.example>", s="RE: Invoice #30990",
  b="""Hello,

Check #10442 was mailed on 5/20 in the amount of $785.00. If it hasn't arrived by Monday let me know and I'll stop payment and reissue.

Thank you,
Dolores Vance
Vance Chiropractic""",
  q=("gmus", 2, """Hello,

Invoice #30990 for $785.00 is now 30 days past due.

Thank you,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="785.00 USD", n="US check mailed 5/20")

M(d="2026-06-26", fr="Accounts Team <accounts@srinivasa-exports.example>", s="RE: Payment Reminder - INV-62800",
  b="""Dear Sir/Madam,

This is to inform you that payment of GBP 2,940.00 against invoice INV-62800 has been released on 25/06/2026 vide UTR no. HDFCR52026062512345. Kindly confirm receipt of the same at the earliest.

Regards,
Accounts Team
Srinivasa Exports Pvt. Ltd., Chennai""",
  tz="+0530",
  i="A", a="2940.00 GBP", n="Indian English 'vide UTR no.'; kindly confirm receipt -> already_paid")

M(d="2025-08-30", fr="Hayley Storr <hayley@storrsdeli.example>", s="Re: INV-36610",
  b="""I paid this at the till when I collected the order! Gemma took the card payment, I've got the receipt in my purse.""",
  cr="gf",
  i="A", n="paid by card at collection")

M(d="2026-04-11", fr="Nina Kaur <nina@kaurphoto.example>", s="Re: INV-57640",
  b="""All done - sent on Thursday as promised. Have a lovely weekend!

Nina""",
  cr="bp",
  q=("gm", 3, """Hi Nina,

Thanks for letting us know INV-57640 (£600.00) will be paid on Thursday - we'll keep an eye out.

Ben
Bright Pixel Studio"""),
  i="A", n="HARD: quoted thread holds the earlier promise; new text says it was sent -> already_paid")

M(d="2025-11-27", fr="Ruud Bakker <r.bakker@bakker-techniek.example>", s="RE: Herinnering factuur INV-39740",
  b="""Goedemiddag,

Het bedrag van € 1.320,00 is gisteren overgemaakt naar uw rekening. Excuses voor de vertraging.

Met vriendelijke groet,
Ruud Bakker
Bakker Techniek B.V.""",
  cr="al",
  i="A", a="1320.00 EUR", n="Dutch-language: transferred yesterday")

M(d="2026-09-07", fr="Accounts Payable <ap@fairhavenschools.example>", s="RE: INV-66390 - payment overdue",
  b="""Dear Sir/Madam,

Please be advised that payment was made on 3 September 2026 in the amount of £7,214.40. A remittance advice is attached for your records.

Kind regards,
Finance Office
Fairhaven Schools Trust""",
  fmt="alt",
  att=["Remittance_FST_0309.pdf"],
  cr="ks",
  q=("ol", 5, """Dear Sir/Madam,

INV-66390 (£7,214.40) for summer term cleaning is now overdue. Please arrange payment.

Kind regards,
Kestrel Facilities Services"""),
  i="A", a="7214.40 GBP", n="formal school trust, remittance attached, multipart")

M(d="2025-03-24", fr="Dom Reeves <dom@reevesgardening.example>", s="Re: INV-25330 and INV-25610",
  b="""Paid INV-25330 on Thursday. INV-25610 isn't due until next month, so that'll go then.

Dom""",
  i="A", n="HARD: one paid + other not yet due ('that'll go then' is not a dated promise) -> already_paid")

M(d="2025-02-08", fr="Tasha <tasha.m@icloud.example>", s="Re: INV-21480",
  b="""whats the sort code again? lost the invoice

Sent from my iPhone""",
  cr="gf",
  i="Q", n="asks sort code")

M(d="2026-01-31", fr="Emma Ridley <emma.ridley@gmail.example>", s="Re: INV-46710 - Summer Fair posters",
  b="""Hi Tom,

Would you be able to reissue the invoice to St Aidan's PTA rather than to me personally? The PTA account is paying it and the treasurer needs it in the PTA's name.

Thanks,
Emma""",
  cr="hl",
  i="Q", n="asks to re-address invoice to PTA")

M(d="2025-06-09", fr="Rob Callaghan <rob@callaghanbakery.example>", s="Re: Statement June",
  b="""Hi, do you offer any early settlement discount if I pay the whole account today? If so what would it come to?

Rob""",
  q=("gm", 1, """Hi Rob,

Please find attached your June statement, balance £2,318.00.

Thanks,
Northwind Supplies Ltd""", "Statement June"),
  i="Q", n="HARD: asks about discount; 'pay today' is conditional -> question")

M(d="2026-07-16", fr="Brenda Kowalski <bkowalski@kowalskidental.example>", s="RE: Invoice #64390",
  b="""Hi,

Which remit-to address should the check go to? Your invoice shows a PO Box in Dallas but your website says Chicago. I don't want it to get lost.

Brenda""",
  cr="mo",
  i="Q", n="asks remit-to address")

M(d="2025-10-08", fr="Femi Adebayo <femi@adebayoarts.example>", s="Re: Invoice INV-38440",
  b="""Hi Ben,

Could you split the invoice into two - one for the website and one for the logo? Our Arts Council grant only covers the website part, so they need a separate invoice for it.

Thanks,
Femi""",
  cr="bp",
  i="Q", n="asks to split the invoice for grant purposes; not contesting")

M(d="2026-10-22", fr="Georg Weber <g.weber@weber-mühle.example>", s="AW: Reminder INV-68680",
  b="""Hello,

please send the invoice also on paper by post, our tax advisor need the original for the books. Then we can pay.

Regards
Georg Weber""",
  cr="al",
  i="Q", n="HARD: asks paper original; 'then we can pay' is conditional -> question")

M(d="2025-12-05", fr="Graham Tuck <graham@tuckandsons.example>", s="Re: INV-40620",
  b="""Is this the annual maintenance fee or the callout from October? If it's the annual one I thought that wasn't due until March.""",
  cr="ks",
  i="Q", n="HARD: asks what it is; 'thought not due until March' is conditional, not a denial -> question")

M(d="2026-05-16", fr="Sue Hardy <suehardy@btinternet.example>", s="Re: INV-60900",
  b="""Is there a reference I should quote when I pay? Don't want it going astray.""",
  i="Q", n="asks for payment reference; no date")

M(d="2025-01-18", fr="Matthias Berg <m.berg@berg-consulting.example>", s="Abwesenheitsnotiz: Payment reminder INV-12200",
  b="""Vielen Dank für Ihre Nachricht. Ich bin im Skiurlaub und ab dem 27. Januar wieder im Büro.

Thank you for your message. I am skiing and back in the office on 27 January.

Matthias Berg""",
  auto=1,
  cr="al",
  i="I", rd=("md", 1, 27), n="German/English auto OOO on a Saturday, back 27 January")

M(d="2026-02-27", fr="Lee Tranter <lee@trantertyres.example>", s="Re: INV-48300 overdue",
  b="""ok""",
  q=("gm", 1, """Hi Lee,

INV-48300 (£640.00) is now overdue. When can we expect payment?

Thanks,
Northwind Supplies"""),
  i="I", n="HARD: bare 'ok' to 'when can we expect payment' - acknowledgement, no commitment")

M(d="2025-07-12", fr="June Pilkington <june.pilkington@aol.example>", s="Re: Summer offers from Northwind",
  b="""Please remove me from your mailing list. I retired in March.""",
  noref=1,
  i="I", n="remove-me request to a marketing mail")

M(d="2026-08-22", fr="Katrin Vogel <k.vogel@vogel-maschinenbau.example>", s="Automatische Antwort: Zahlungserinnerung INV-65710",
  b="""Ich bin bis einschließlich 4. September nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.

I am out of the office until 4 September inclusive. Your message will not be forwarded.""",
  fmt="html",
  html="""<html><body><p style="font-family:Arial">Ich bin bis einschlie&szlig;lich <b>4. September</b> nicht im B&uuml;ro. Ihre Nachricht wird nicht weitergeleitet.</p><p style="font-family:Arial;color:#555">I am out of the office until 4 September inclusive. Your message will not be forwarded.</p></body></html>""",
  auto=1,
  cr="al",
  i="I", rd=("md", 9, 4), n="German/English HTML-only auto OOO")

M(d="2025-09-29", fr="Rachel Dunmore <rachel.dunmore@dunmorelegal.example>", s="Automatic reply: INV-37650 reminder",
  b="""I am on leave until 6 October. Any payments due will be processed on my return.

For anything urgent please contact office@dunmorelegal.example.""",
  auto=1,
  i="I", rd=("md", 10, 6), n="HARD: auto OOO with generic 'payments will be processed on my return' - not a promise")

M(d="2026-11-14", fr="Business Growth Fund UK <awards@bizgrant-uk.example>", s="Congratulations! Your business has been selected for a £25,000 grant",
  b="""Dear Business Owner,

Congratulations! Your company has been pre-selected to receive a non-repayable business growth grant of up to £25,000.

To claim, simply confirm your details and pay the £49 processing fee via the link below within 48 hours.

CLAIM MY GRANT

Business Growth Fund UK""",
  noref=1,
  i="I", n="grant scam spam mentioning money")

M(d="2025-12-20", fr="Mike Carter <mike@carterplumbing.example>", s="Re: INV-41050",
  b="""Hello, this is Mike's wife Anne. Mike has been in hospital since last week and won't be looking at his emails for a few weeks. I'm just letting people know.

Anne Carter""",
  i="I", n="HARD: spouse's hand-typed absence note, no payment stance, no date")

# ---------------------------------------------------------------- batch 6
M(d="2025-02-12", fr="Laura Kinsella <laura.kinsella@kinsellaevents.example>", s="RE: INV-22650 - conference packs",
  b="""Hi Tom,

Our accounts payable runs every other Thursday and your invoice is in the batch for the 20th, so you should see it that afternoon.

Best wishes,
Laura Kinsella
Events Manager | Kinsella Events
www.kinsellaevents.example""",
  fmt="alt",
  cr="hl",
  q=("ol", 3, """Hi Laura,

Just following up on INV-22650 (£2,486.00) for the conference packs, which fell due on [[-5|%-d %B]]. Could you let me know when it's likely to be paid?

Thanks,
Tom Gregory
Harbour Lane Print Co"""),
  i="P", pd=("dom", 20), n="payment batch on the 20th")

M(d="2026-05-13", fr="Tyler Brooks <tbrooks@brooksroofingco.example>", s="RE: Invoice #60640",
  b="""Just approved it in our system - it'll hit your account Friday via ACH.

Tyler Brooks | Office Manager
Brooks Roofing Co.""",
  fmt="html",
  html="""<div style="font-family:Segoe UI,sans-serif;font-size:10.5pt">Just approved it in our system - it'll hit your account Friday via ACH.<br><br><span style="color:#1f497d">Tyler Brooks | Office Manager<br>Brooks Roofing Co.</span></div>""",
  cr="mo",
  i="P", pd=("wd", "fri"), n="HTML-only, 'hit your account Friday'")

M(d="2025-07-31", fr="Nikos Papadopoulos <nikos@papadopoulos-taverna.example>", s="Re: Reminder INV-35790",
  b="""Hello my friend, I am sorry, I was in Greece for my father. I will pay the 850 euros tomorrow morning from the bank.

Nikos""",
  i="P", pd=("tmrw",), a="850.00 EUR", n="Greek writer, 'tomorrow morning', euros in words")

M(d="2026-10-30", fr="Malcolm Firth <malcolm.firth@firthcarehomes.example>", s="RE: INV-68590 - credit note issued",
  b="""Hi,

Thanks for sorting the credit note for the missed visits so quickly. We'll now pay the revised balance of £1,140 on Tuesday.

Malcolm""",
  cr="ks",
  q=("ol", 1, """Dear Malcolm,

Following your query about the missed visits on INV-68590, we have issued credit note CN-3304 for £380.00. The revised balance is £1,140.00.

Kind regards,
Kestrel Facilities Services"""),
  i="P", pd=("wd", "tue"), a="1140.00 GBP", n="HARD: earlier dispute resolved (in quoted history); new text is a promise")

M(d="2025-04-14", fr="Alasdair Munro <ali@munroboats.example>", s="Re: INV-27720",
  b="""Aye, it'll go Thursday.""",
  i="P", pd=("wd", "thu"), n="Scottish three-word reply")

M(d="2026-07-27", fr="Sophie Laurent <s.laurent@laurent-fromagerie.example>", s="RE: Rappel de paiement INV-64650",
  b="""Bonjour,

Nous effectuerons le virement de 2 350,00 € le 31 juillet. Désolée pour le retard.

Bien cordialement,
Sophie Laurent
Fromagerie Laurent""",
  cr="al",
  q=("fr", 4, """Dear Ms Laurent,

Invoice INV-64650 (EUR 2,350.00) is now overdue. Please let us know when we can expect payment.

Kind regards,
Alpenrose Logistik GmbH"""),
  i="P", pd=("md", 7, 31), a="2350.00 EUR", n="French-language promise for 31 July")

M(d="2025-11-05", fr="Gemma Ashby <gemma@ashbybakes.example>", s="Re: Invoice INV-39150",
  b="""We'll pay next Friday. Sorry Ben!""",
  cr="bp",
  i="P", pd=("wd", "fri"), n="HARD: 'next Friday' on a Wednesday = first Friday after (7 Nov) per convention")

M(d="2025-03-19", fr="Kathryn Ellis <kathryn@ellisframing.example>", s="Re: INV-25880 due today",
  b="""Hi Tom, could we pay on the 28th rather than today? Our cash is a bit stretched until a big order is collected.

Kathryn""",
  cr="hl",
  q=("gm", 0, """Hi Kathryn,

Just a heads-up that INV-25880 (£540.00) is due today.

Thanks,
Harbour Lane Print Co"""),
  i="X", pd=("dom", 28), n="asks to pay on the 28th instead of today")

M(d="2026-06-24", fr="Accounts Payable <ap@sierramesa-foods.example>", s="RE: Invoice #62710 - Due 6/26",
  b="""Hello,

We are requesting a two-week extension on invoice #62710 due to a delay in receiving payment from one of our distributors. We anticipate no further delays beyond that. Please let us know if this is acceptable.

Thank you,
Accounts Payable
Sierra Mesa Foods, Inc.""",
  fmt="alt",
  cr="mo",
  i="X", pd=("plus", 14), n="US formal 'two-week extension' -> +14")

M(d="2025-09-10", fr="Graham Pike <graham@pikeconstruction.example>", s="Re: INV-37220",
  b="""Hi Sophie,

We're not thrilled about the delivery delays last month, but that's a separate conversation. Right now I just need a bit more time on this one - could we have until 30 September?

Graham""",
  q=("gm", 2, """Hi Graham,

INV-37220 (£2,915.00) is now overdue. Could you let me know when we can expect payment?

Thanks,
Sophie
Northwind Supplies Ltd"""),
  i="X", pd=("md", 9, 30), n="HARD: grumbles about service but does not contest the invoice; asks time -> extension")

M(d="2026-02-13", fr="Wong Ka Ming <km.wong@goldenharbour.example>", s="RE: Payment Reminder INV-48020",
  b="""Dear Sir,

Our company have some difficulty this month because of the Chinese New Year holiday. Can we pay by installment? 3 months, each month HKD 8,000. Please consider.

Best Regards
Wong Ka Ming
Golden Harbour Trading Ltd, Hong Kong""",
  q=("ol", 3, """Dear Mr Wong,

Please note that INV-48020 (HKD 24,000.00) for the quarterly maintenance contract is now overdue.

Kind regards,
Kestrel Facilities Services"""),
  tz="+0800",
  cr="ks",
  i="X", a="8000.00 HKD", n="Hong Kong writer, instalments of HKD 8,000, no start date")

M(d="2025-06-18", fr="Shell <shelley.wood@gmail.example>", s="Re: INV-33880",
  b="""can you give me till payday? its the 25th

sent from my phone""",
  cr="gf",
  i="X", pd=("dom", 25), n="phone, 'till payday, the 25th'")

M(d="2026-11-11", fr="Victor Amadi <victor@amadicleaning.example>", s="Re: INV-69710 - final reminder",
  b="""Hi,

I can't pay the whole thing by Friday. Can I pay £500 on Friday and the rest by the end of the month?

Victor""",
  q=("gm", 2, """Dear Victor,

This is a final reminder that INV-69710 (£1,360.00) is significantly overdue. Please pay in full by Friday to avoid further action.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", pd=("wd", "fri"), a="500.00 GBP", n="HARD: can't pay in full; asks to pay £500 Friday + rest end of month -> extension, first payment")

M(d="2025-10-24", fr="Ewa Kaczmarek <e.kaczmarek@kaczmarek-meble.example>", s="RE: Przypomnienie o płatności INV-38650",
  b="""Dzień dobry,

uprzejmie prosimy o przesunięcie terminu płatności faktury INV-38650 do 14 listopada. Nasz klient opóźnia płatność.

Z poważaniem
Ewa Kaczmarek
Kaczmarek Meble Sp. z o.o.""",
  cr="al",
  i="X", pd=("md", 11, 14), n="Polish-language: asks to move the due date to 14 November")

M(d="2026-04-09", fr="Marcus Lee <marcus@leeandlimstudio.example>", s="Re: INV-57560",
  b="""Hi Ben,

We've hit a cash-flow crunch this quarter. Would it be possible to defer this until the end of next month? We'd pay in full then.

Thanks,
Marcus""",
  fmt="html",
  cr="bp",
  i="X", pd=("eonm",), n="HTML-only (auto-converted), 'end of next month'")

M(d="2025-02-27", fr="Goods Receipting <goods.receipting@harrowgateretail.example>", s="RE: INV-23880 - outstanding",
  b="""Dear Credit Control,

We have no record of receiving the goods on your delivery note DN-44812. Our goods-in team has checked all deliveries for that week. Until you can provide a signed proof of delivery, this invoice is disputed and will not be paid.

Regards,
Goods Receipting Team
Harrowgate Retail Ltd""",
  q=("om", 3, """Dear Accounts Payable,

INV-23880 (£1,926.00) remains outstanding. Please confirm when payment will be made.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="D", n="HARD: asks for POD but asserts non-receipt and says disputed -> dispute, not question")

M(d="2026-08-12", fr="Rachel Voss <rachel@vosscharity.example>", s="Re: INV-65370 - banners",
  b="""Tom,

The banners arrived the day AFTER the fun run. They're no use to us now - the whole point was the event. We won't be paying for a late delivery that missed the date we gave you in writing.

Rachel Voss
Fundraising Manager""",
  cr="hl",
  i="D", n="late delivery made goods useless")

M(d="2025-05-28", fr="Billing Inquiries <billing@cobaltridge-dental.example>", s="RE: Invoice #31122 / #31123",
  b="""Hi,

We were double-billed. Invoice #31122 and invoice #31123 are identical - same date, same items, same amount ($1,412.50). We will pay #31122 only. Please void #31123.

Thank you,
Cobalt Ridge Dental - Billing""",
  q=("gmus", 1, """Hello,

Invoice #31123 for $1,412.50 is now past due. Please remit at your earliest convenience.

Meridian Office Solutions Inc.""", "Invoice #31123 past due"),
  cr="mo",
  refs=["31122", "31123"],
  i="D", a="1412.50 USD", n="US duplicate billing; refs by bare number")

M(d="2026-03-05", fr="Pauline Grey <pauline.grey@greyhavenapartments.example>", s="RE: INV-55620 - emergency rate",
  b="""Hello,

Your invoice charges emergency call-out rates for a boiler service we booked two weeks in advance. That's not an emergency. Please reissue at your standard rate.

Pauline Grey
Greyhaven Apartments""",
  cr="ks",
  i="D", n="wrong rate charged (emergency vs standard)")

M(d="2025-12-17", fr="Amy Holt <amy@holtcoffeeco.example>", s="Re: INV-41120",
  b="""Hi, just flagging that we were charged for 10 boxes of the 12oz cups but only 8 turned up. Could you take a look and adjust it? Thanks!

Amy""",
  cr="gf",
  i="D", n="HARD: friendly 'could you take a look' but asserts short delivery -> dispute")

M(d="2026-09-23", fr="Ollie Granger <ollie@grangerbikes.example>", s="Re: Invoice INV-66960 - maintenance retainer",
  b="""Ben,

I'm honestly staggered you've sent a reminder for this. Your developer pushed an "update" on the 2nd that took our shop offline for most of a weekend - our busiest of the year, with the local sportive on. We lost orders, we had customers emailing to ask if we'd gone bust, and it took three emails before anyone from your side even replied.

The retainer is supposed to keep the site running, not break it. I'm not paying this month's retainer, and frankly I want to talk about whether we carry on at all.

Ollie Granger
Granger Bikes""",
  q=("gm", 1, """Hi Ollie,

Just a reminder that INV-66960 (£450.00, September maintenance retainer) is now overdue.

Thanks,
Ben
Bright Pixel Studio"""),
  cr="bp",
  i="D", n="angry, service caused an outage; refuses retainer")

M(d="2025-08-20", fr="Sunita Rao <sunita@raooptometrists.example>", s="Re: INV-36540 still outstanding",
  b="""Didn't you already credit this? I have credit note CN-1190 for exactly £312.00 dated 5 August, which cancels INV-36540.""",
  i="D", a="312.00 GBP", n="HARD: question form, but says it was already credited -> dispute")

M(d="2026-05-21", fr="Stefan Koch <s.koch@koch-getraenke.example>", s="AW: Zahlungserinnerung INV-60720",
  b="""Sehr geehrte Damen und Herren,

wir widersprechen der Rechnung INV-60720. Die Ware wurde beschädigt angeliefert, dies wurde auf dem Lieferschein vermerkt. Bitte senden Sie uns eine Gutschrift.

Mit freundlichen Grüßen
Stefan Koch
Koch Getränke GmbH""",
  cr="al",
  i="D", n="German-language dispute: damaged on delivery, asks credit note")

M(d="2025-02-19", fr="Sean Doyle <sean@doylemotors.example>", s="Re: INV-22330",
  b="""Did you get our payment on Friday? It's left our account.

Sean""",
  q=("gm", 1, """Hi Sean,

INV-22330 (£830.00) is still showing as outstanding. Could you let us know when it will be paid?

Thanks,
Northwind Supplies"""),
  i="A", n="HARD: phrased as a question but asserts payment made -> already_paid")

M(d="2026-07-01", fr="Jenna Ruiz <jenna@ruizbakeshop.example>", s="Re: Invoice #63400",
  b="""Paid via Zelle this morning, $420. Confirmation code ZL8827!""",
  cr="mo",
  i="A", a="420.00 USD", n="US Zelle payment")

M(d="2025-04-30", fr="Treasury <treasury@lindenbrook-uni.example>", s="RE: INV-29580 - overdue",
  b="""Dear Sir/Madam,

Payment of £3,180.00 was remitted on 25 April under our payment reference KFS0425. Please update your records accordingly.

Regards,
Treasury Services
Lindenbrook University

This email and any attachments are confidential and may be legally privileged. Lindenbrook University accepts no liability for any loss arising from the use of this email.""",
  fmt="alt",
  cr="ks",
  q=("ol", 2, """Dear Sir/Madam,

INV-29580 (£3,180.00) is now overdue. Please let us know when payment will be made.

Kind regards,
Kestrel Facilities Services"""),
  i="A", a="3180.00 GBP", n="university treasury, formal, multipart")

M(d="2026-10-07", fr="Bryony Walsh <bryony@millane-crafts.example>", s="Re: INV-68120",
  b="""Sorry for the confusion! Our accountant paid it last week from our other account, so it'll show as Mill Lane Crafts rather than Walsh Designs.

Bryony""",
  cr="hl",
  i="A", n="paid from a differently named account")

M(d="2025-09-25", fr="Carys Morgan <carys.morgan@icloud.example>", s="Re: INV-37500",
  b="""Here's a screenshot of the payment from my banking app, it went on Tuesday.""",
  cr="gf",
  att=["IMG_4471.png"],
  i="A", n="screenshot of payment attached")

M(d="2026-01-21", fr="Ingrid Haugen <ingrid@haugen-sjomat.example>", s="RE: Payment reminder INV-45520",
  b="""Hello,

We have paid 12 400 NOK on 16 January with reference INV-45520. Maybe it takes some days because of the currency exchange?

Best regards
Ingrid Haugen
Haugen Sjømat AS""",
  q=("gm", 3, """Dear Ms Haugen,

Invoice INV-45520 for NOK 12,400.00 is now overdue. Please arrange payment.

Best regards
Alpenrose Logistik GmbH"""),
  cr="al",
  i="A", a="12400.00 NOK", n="Norwegian, NOK with space separator")

M(d="2025-06-19", fr="Paul Grimshaw <paul.grimshaw@grimshawprint.example>", s="Re: INV-33660",
  b="""Hi, I'm on leave at the moment (hence the slow reply) but I made the payment before I left on Friday, so it should be with you.

Paul""",
  i="A", n="HARD: sounds like a hand-typed out-of-office but says the payment was made -> already_paid")

M(d="2026-11-25", fr="Hazel Monroe <hazel@monroeyoga.example>", s="Re: Invoice INV-70290",
  b="""Hi Ben, we paid through the Stripe link on your invoice on Monday and got a receipt from Stripe. Let me know if it hasn't come through.

Hazel""",
  cr="bp",
  i="A", n="paid via Stripe link")

M(d="2025-03-13", fr="Accounts Payable <ap@kendrickwholesale.example>", s="RE: Statement of account - March",
  b="""Good morning,

Our ledger and your statement don't agree and I'd like to see which items are different before I do anything. Could you send a breakdown showing each invoice, payment and credit note since January?

Regards,
Accounts Payable
Kendrick Wholesale""",
  q=("ol", 2, """Good morning,

Please find attached your statement of account for March. The overdue balance is £8,744.10.

Kind regards,
Credit Control
Northwind Supplies Ltd""", "Statement of account - March"),
  cr="nwc",
  i="Q", n="HARD: ledger mismatch, asks breakdown without contesting a specific item -> question")

M(d="2026-06-10", fr="Vendor Management <vendors@pacificrim-logistics.example>", s="RE: Invoice #62140 - past due",
  b="""Hello,

Before this invoice can be released, we need an updated 2026 W-9 and our Vendor ACH Authorization form signed by an officer of your company. The W-9 we have on file is from 2022. Can you send both over?

Vendor Management
Pacific Rim Logistics""",
  q=("ol", 6, """Hello,

Invoice #62140 for $6,830.00 is now 20 days past due. Please let us know when payment will be made.

Thank you,
Meridian Office Solutions Inc.
Billing Department"""),
  fmt="alt",
  cr="mo",
  att=["Vendor_ACH_Authorization.pdf"],
  i="Q", n="updated W-9 + ACH form request")

M(d="2025-08-28", fr="Dylan Parry <dylan@parryphotography.example>", s="Re: INV-36750",
  b="""Can I pay by PayPal?""",
  cr="hl",
  i="Q", n="four-word question")

M(d="2026-03-18", fr="Finance <finance@oakridge-academy.example>", s="RE: INV-56080 - overdue",
  b="""Hello,

As soon as you send us the purchase order number this relates to, we'll get it into the next payment run. We can't process anything without one.

Thanks
Oakridge Academy Finance""",
  q=("ol", 2, """Dear Finance Team,

INV-56080 (£1,780.00) for spring term caretaking cover is now overdue.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="Q", n="HARD: payment conditional on receiving the PO number -> question")

M(d="2025-11-26", fr="Buchhaltung <buchhaltung@steiner-transporte.example>", s="AW: Payment reminder",
  b="""Hello,

could you please tell us the invoice numbers this reminder refers to? We have 4 open items from you and your email does not mention any.

Regards
Steiner Transporte GmbH - Accounting""",
  cr="al",
  i="Q", n="asks which invoices the reminder is about")

M(d="2026-09-09", fr="Dawn Fletcher <dawn@fletcherflorist.example>", s="Re: INV-66450",
  b="""Hiya, could I have a copy of the invoice with the VAT shown separately? My accountant's asked for one.""",
  cr="gf",
  i="Q", n="asks VAT invoice copy")

M(d="2025-05-15", fr="Bill Hanson <bill@hansonandwife.example>", s="Re: INV-31050",
  b="""Hi,

I've just had a phone call from someone saying they're from your credit control team and asking me to pay this invoice over the phone by card. Is that genuine? I don't normally get calls. Who should I be speaking to?

Bill""",
  i="Q", n="verifies a suspicious call, asks contact")

M(d="2026-08-27", fr="Rosa Delgado <rosa@delgadomarketing.example>", s="Re: Invoice INV-65900",
  b="""What's this one for? I don't remember ordering anything from you in July - can you send me the details?""",
  q=("gm", 2, """Hi Rosa,

INV-65900 (£480.00, July social media graphics) is now overdue. Could you take a look?

Thanks,
Ben
Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="HARD: 'don't remember ordering' + asks details, not a denial -> question")

M(d="2025-01-29", fr="Ken Ibbotson <ken@ibbotsonhardware.example>", s="Re: January statement",
  b="""Hi Priya,

Could you confirm the balance as of today, and send me a pro forma for the February order at the same time? I'll sort both together.

Ken""",
  q=("gm", 1, """Hi Ken,

Please find attached your January statement.

Thanks,
Priya
Northwind Supplies Ltd""", "January statement"),
  i="Q", n="balance + pro forma request; 'sort both together' no date")

M(d="2025-03-05", fr="Lucía Ortega <l.ortega@ortegamarmoles.example>", s="Respuesta automática: Payment reminder INV-24920",
  b="""Estaré fuera de la oficina hasta el 10 de marzo. Para asuntos urgentes, contacte con administracion@ortegamarmoles.example.

I will be out of the office until 10 March.

Lucía Ortega""",
  auto=1,
  cr="gf",
  i="I", rd=("md", 3, 10), n="Spanish/English auto OOO")

M(d="2026-04-15", fr="Dave Turnbull <dave@turnbullscaffolding.example>", s="FW: INV-57880",
  b="""Jenny - can you have a look at this one? See below.

Dave

-----Original Message-----
From: Dave Turnbull
Sent: 27 March 2026 16:02
To: Northwind Supplies Ltd
Subject: RE: INV-57880

We'll pay this by the end of March.""",
  to="jenny@turnbullscaffolding.example, Northwind Supplies Ltd <accounts@northwind-supplies.example>",
  i="I", n="HARD: forwards to colleague; the only promise is his own old message in the forwarded history -> ignore")

M(d="2025-10-15", fr="Lim Soo Yeon <sooyeon.lim@hanaprecision.example>", s="RE: Statement October",
  b="""Received with thanks.

Best regards,
Lim Soo Yeon""",
  tz="+0800",
  q=("ol", 0, """Dear Ms Lim,

Please find attached your statement for October.

Kind regards,
Northwind Supplies Ltd""", "Statement October"),
  i="I", n="'Received with thanks' acknowledgement")

M(d="2026-06-03", fr="Terri Banks <terri.banks@banksandco.example>", s="Read: Payment reminder INV-62020",
  b="""Your message

  To: Terri Banks
  Subject: Payment reminder INV-62020
  Sent: 02/06/2026 10:14

was read on 03/06/2026 08:47.""",
  i="I", n="read receipt")

M(d="2025-07-16", fr="Tom Ashworth <tom.ashworth@ashworthlegal.example>", s="Automatic reply: INV-35420",
  b="""I am on parental leave until January 2026. Please contact my colleague Sarah Green (sarah.green@ashworthlegal.example) for anything relating to accounts.""",
  auto=1,
  i="I", rd=None, n="auto OOO, long leave 'until January 2026' (no day) -> return date null")

M(d="2026-09-16", fr="Leah Kim <leah.kim@brightwellgroup.example>", s="Re: Overdue INV-66710",
  b="""Hi, I'm not the right person for this - I work in marketing. Not sure who handles invoices here, sorry.""",
  i="I", n="wrong person, no stance")

M(d="2025-11-18", fr="AP Support <apsupport@tellurian-systems.example>", s="[Ticket #48213] RE: Payment reminder INV-39800",
  b="""Thank you for contacting Tellurian Accounts Payable.

Your request has been logged as ticket #48213. A member of our AP team will respond within 3 business days. Please do not reply to this message.""",
  auto=1,
  i="I", n="HARD: ticketing system auto-acknowledgement; ticket number is not an invoice ref")

M(d="2026-02-25", fr="Margaret Lowry <m.lowry@lowrysolicitors.example>", s="RE: INV-48410",
  b="""Noted, thank you. We'll be in touch.

Margaret Lowry""",
  q=("ol", 1, """Dear Ms Lowry,

INV-48410 (£1,250.00) is now 14 days overdue. Please let us know when we can expect payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="HARD: 'we'll be in touch' acknowledgement, no commitment")

# --- END OF DATA ---

if __name__ == "__main__":
    sys.exit(main("dev"))
