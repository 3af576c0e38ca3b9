"""Hand-written labelled debtor replies, slice "cashflow".

Flavour: small and mid-size businesses with money troubles, sitting on the
promise_to_pay / extension_request boundary: firm promises with all kinds of
dates (payday, "Monday week", "end of next week", factoring releases, "in 10
days"), part-payment promises, requests for more time with and without a
proposed date, payment plans and instalments, deferrals, hardship without a
date, and the other four intents written in the same cash-strapped voice.

Every message body and every quoted reminder below was written by hand as
literal data; kit.py only packages them (see its docstring for the fields of M).
Promised dates are rules resolved by kit.py against each message's own Date.

Run:  .venv/bin/python data/sources/cashflow.py -v
Writes data/labelled/cashflow/cashflow-NNN.eml and labels.jsonl
"""

from __future__ import annotations

import sys

from kit import M, main

# ==========================================================================
# DATA
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2025-01-22", fr="Graham Hollis <graham@hollisgardencentre.example>", s="Re: Overdue account - INV-10873",
  b="""Morning,

January is always dead for us, and the Christmas tree money only clears on the 28th because the card company holds it over the holidays. I'll pay you in full that day, £1,384.20. You've been good to us this year and I won't mess you about.

Graham Hollis
Hollis Garden Centre
Tel: 01632 960 551""",
  q=("gm", 3, """Dear Graham,

Our records show that INV-10873 for £1,384.20 (compost, bark and seasonal stock) was due on [[-18|%-d %B]] and remains unpaid.

Could you let us know when we can expect payment?

Kind regards,
Priya Sandhu
Accounts Receivable
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 28), a="1384.20 GBP", n="cash-flow reason then firm date 'the 28th' (message 22 Jan -> 28 Jan)")

M(d="2025-02-07", fr="Wes Akintola <wes@akintolahaulage.example>", s="RE: Statement - 2 invoices overdue",
  b="""We'll have both cleared by the end of next week. Two of our big customers pay us on Tuesday and then you're first in line.

Wes""",
  q=("ol", 2, """Dear Wes,

Please see your statement below.

INV-12610   £860.00   due [[-20|%d/%m/%Y]]
INV-12777   £1,140.00 due [[-6|%d/%m/%Y]]

Total overdue: £2,000.00

We'd be grateful for payment or a date.

Regards,
Credit Control
Northwind Supplies Ltd""", "Statement - 2 invoices overdue"),
  cr="nwc",
  i="P", pd=("nw",), n="'by the end of next week' on a Friday -> Friday of next week (14 Feb)")

M(d="2025-03-15", fr="Carol Pennington <carol.pennington@btinternet.example>", s="Re: INV-14402",
  b="""Hello

It'll be paid Monday week. That's when the rent from the two flats comes in and I do all my bills then. Definitely.

Carol""",
  q=("gm", 4, """Dear Mrs Pennington,

We note that invoice INV-14402 for £318.00 (garden maintenance, February) has not yet been paid.

Please arrange payment at your convenience.

Kestrel Facilities Services
Accounts"""),
  cr="ks",
  i="P", pd=("iso", "2025-03-24"), n="HARD: 'Monday week' from Sat 15 Mar = Monday after next Monday (17th) -> Mon 24 Mar 2025; firm, not asked")

M(d="2025-04-29", fr="Imogen Clay <imogen@claycandleco.example>", s="Re: Reminder: INV-15931",
  b="""Sorry! The card reader money from the craft fair is still pending so I can't do it tonight. Bank transfer first thing tomorrow.

Imogen x

Sent from my iPhone""",
  q=("ios", 1, """Hi Imogen,

Just a gentle nudge: INV-15931 (£146.00, glass jars and lids) was due last week.

Thanks!
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("tmrw",), n="negation 'can't do it tonight' then 'first thing tomorrow' -> tomorrow")

M(d="2025-06-02", fr="Accounts Payable <ap@trentvalleyjoinery.example>", s="RE: Payment reminder INV-17208",
  b="""Good afternoon,

Thank you for your email. Our invoice finance facility releases funds to us on the 3rd, and your invoice INV-17208 for £2,940.00 is first on the list for that day's payments.

Apologies for the delay.

Kind regards,
Denise Farrow
Accounts Payable
Trent Valley Joinery Ltd
Unit 4, Riverside Trading Estate
Tel: 01632 960 882""",
  fmt="alt",
  q=("ol", 3, """Dear Accounts Payable,

Invoice INV-17208 for £2,940.00 (hardwood and fixings) is now 21 days past its due date.

Please let us know when payment will be made.

Regards,
Northwind Supplies Ltd
Accounts Receivable"""),
  i="P", pd=("dom", 3), a="2940.00 GBP", n="factoring releases 'on the 3rd' = firm dated promise (Mon 2 Jun -> Tue 3 Jun)")

M(d="2025-07-08", fr="Declan Murtagh <declan@murtaghflooring.example>", s="Re: INV-18844 overdue",
  b="""Declan here. Got caught out by a client going into liquidation last month, we're owed nearly 9 grand. Not your problem I know. You'll have your money within 10 days, I've a stage payment due on the Leeds job Thursday week.""",
  q=("gm", 2, """Declan,

INV-18844 (£1,725.00 oak flooring and underlay) is now 35 days overdue. I've left two voicemails. Can you call me or reply with a payment date please?

Martin Reeve
Credit Control
Northwind Supplies Ltd"""),
  i="P", pd=("plus", 10), n="HARD: 'within 10 days' is the commitment -> +10 (18 Jul); the 'Thursday week' is his own receivable, not the promise")

M(d="2025-08-05", fr="Kelly Armitage <kelly@armitageroofing.example>", s="Re: Final reminder - INV-19560",
  b="""Hi,

I've just sent £500 now and the rest, £1,160, will follow on the 30th when the insurance job pays out. Sorry it's in two goes, things have been really tight since the van was stolen.

Kelly Armitage
Armitage Roofing""",
  q=("gm", 1, """Dear Kelly,

FINAL REMINDER: INV-19560 for £1,660.00 is now 45 days overdue. Please pay in full within 7 days to avoid your account being placed on hold.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("dom", 30), a="1160.00 GBP", n="HARD: £500 already sent + firm promise of the rest (£1,160) on the 30th; promise beats already_paid; date/amount = the promised remainder (as terse: 'paid half just now, rest on the 21st')")

M(d="2025-09-17", fr="Omar Haddad <omar@haddadgrill.example>", s="Re: INV-20817",
  b="""We can't do the full £900 this week, not a chance, but we'll send £300 on Friday and keep going from there.

Omar""",
  q=("gm", 5, """Hi Omar,

Your invoice INV-20817 for £900.00 is overdue. Please could you arrange payment this week?

Thanks,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "fri"), a="300.00 GBP", n="HARD: negation of full amount, then firm £300 on Friday -> promise, amount = £300 (Wed 17 Sep -> Fri 19 Sep)")

M(d="2025-10-03", fr="Helen Marchetti <h.marchetti@marchetti-interiors.example>", s="RE: Overdue balance - Marchetti Interiors",
  b="""Dear Sirs,

I am writing in response to your letter of last week.

As you may have heard, our largest customer entered administration in August owing us a little over £40,000, which has put significant pressure on our cash position. I want to be straightforward with you: we have spent the last month restructuring our facilities with the bank, and that process completed yesterday.

I can therefore confirm that your outstanding balance of £6,212.50 will be paid in full on 15 October by BACS.

Thank you for your patience in the meantime. We value the relationship and intend to keep trading with you.

Yours faithfully,

Helen Marchetti
Finance Director
Marchetti Interiors Ltd
Registered in England No. 0XXXXXXX""",
  fmt="alt",
  q=("om", 7, """Dear Ms Marchetti,

We write regarding the overdue balance on your account of £6,212.50, comprising INV-20322 and INV-20590.

Please contact us as a matter of urgency to arrange payment.

Yours sincerely,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("md", 10, 15), a="6212.50 GBP", n="formal cash-flow explanation followed by firm date '15 October'")

M(d="2025-11-17", fr="Barry <barry@mcgintyplant.example>", s="Re: INV-22301 - 60 days",
  b="""Its going out Thursday. Had to move money round to cover the wages first, you know how it is.

Barry McGinty""",
  q=("gm", 3, """Barry,

INV-22301 (£3,400.00 excavator hire, September) is now 60 days overdue. Please confirm a date.

Kestrel Facilities Services
Accounts Receivable"""),
  cr="ks",
  i="P", pd=("wd", "thu"), n="'going out Thursday' (Mon 17 Nov -> Thu 20 Nov)")

M(d="2025-12-09", fr="Nadia Rossi <nadia@rossihair.example>", s="Re: Invoice INV-22960",
  b="""Hi there,

So sorry, I thought this had gone weeks ago. I've asked Sharon (she does our books on a Tuesday) to pay it today, so it should be with you this afternoon.

Nadia
Rossi Hair Studio""",
  fmt="alt",
  q=("gm", 4, """Dear Nadia,

INV-22960 for £274.80 (colour and developer order) is now overdue. Could you let us know when it will be paid?

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("today",), n="delegated to bookkeeper, 'pay it today' = promise not already_paid")

M(d="2026-01-14", fr="Jonno Pike <jonno@pikesurfschool.example>", s="Re: friendly reminder",
  b="""haha yeah I know, January in a surf school, what can I say. money's coming end of month when the winter wetsuit hire settles. you'll get the lot then

jonno""",
  q=("gmus", 2, """Hey Jonno,

Hope the waves are treating you well! INV-24155 for £520.00 (printed hoodies) is now a couple of weeks overdue. Any chance you can sort it?

Cheers,
Harbour Lane Print Co""", "friendly reminder"),
  cr="hl",
  i="P", pd=("eom",), n="chatty, 'money's coming end of month' = firm end of January")

M(d="2026-02-24", fr="Sunita Bhatt <sunita@bhattpharmacy.example>", s="Re: INV-25520 overdue",
  b="""Hi,

Apologies - the NHS payment was late this month which has knocked everything back. You'll have it by the weekend, full amount.

Sunita""",
  q=("gm", 2, """Dear Sunita,

Invoice INV-25520 for £1,018.40 is now 14 days overdue. Please advise when we can expect payment.

Regards,
Accounts - Northwind Supplies Ltd"""),
  i="P", pd=("eow",), n="HARD: 'by the weekend' on a Tuesday -> Friday of this week (27 Feb)")

M(d="2026-03-05", fr="Stuart Lang <stuart@langmotorcycles.example>", s="Re: Payment reminder - INV-26038",
  b="""It's not been paid, that's my fault. I was waiting for the overdraft to be renewed before I paid anyone. The bank has confirmed the renewal for the 9th and your payment goes out that morning.

Stuart Lang
Lang Motorcycles
www.langmotorcycles.example""",
  q=("om", 6, """Dear Stuart,

We have not yet received payment for INV-26038 (£2,265.00, parts and accessories). Could you confirm whether this has been paid?

Regards,
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 9), n="negation 'not been paid' then dated promise (Thu 5 Mar -> Mon 9 Mar)")

# ---------------------------------------------------------------- extension_request
M(d="2025-01-30", fr="Luca Benedetti <luca@trattoriabenedetti.example>", s="Re: INV-11290",
  b="""Ciao,

January has been terrible, half the tables empty every night. Could we have until the 14th? By then the Valentine's bookings deposits will be in.

Grazie,
Luca""",
  q=("gm", 3, """Dear Luca,

INV-11290 for £780.00 (table linen and disposables) fell due on [[-10|%-d %B]]. Please let us know when you'll be able to pay.

Thank you,
Northwind Supplies Ltd"""),
  i="X", pd=("dom", 14), n="asks 'could we have until the 14th?' (Thu 30 Jan -> 14 Feb)")

M(d="2025-02-19", fr="Megan Price <megan@pricephysio.example>", s="Re: INV-12892 - overdue",
  b="""Hi,

Is there any chance of breaking this into three equal payments of £420? I could do the first one on the 1st of March and the next two on the 1st of April and May. I've had two therapists off sick and our income has dropped right off.

Thank you,
Megan Price
Price Physiotherapy""",
  q=("gm", 4, """Dear Megan,

Invoice INV-12892 for £1,260.00 (treatment couches) is now overdue. Please arrange payment or get in touch.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("dom", 1), a="420.00 GBP", n="three equal instalments asked; first on 1 March; amount = instalment")

M(d="2025-03-27", fr="Father Tom Keegan <office@stcolmansparish.example>", s="Re: Outstanding invoice",
  b="""Dear Sir/Madam,

I'm afraid we can't pay anything this month. The diocesan grant for the hall roof has been held back pending a survey and the parish account is close to empty. I will write again as soon as I know more.

With apologies,
Fr Tom Keegan
St Colman's Parish Office""",
  q=("om", 5, """Dear Father Keegan,

Our records show invoice INV-14780 for £2,150.00 (hall roof repairs) remains unpaid.

Please let us know when payment can be expected.

Kestrel Facilities Services
Accounts""", "Outstanding invoice"),
  cr="ks",
  i="X", n="hardship, cannot pay this month, no date -> null")

M(d="2025-05-13", fr="Ruaridh Fraser <ruaridh@glenshee-skihire.example>", s="Re: INV-16610",
  b="""Hi, you'll appreciate a ski hire shop in May isn't exactly swimming in cash. Any way we can push this back until the season starts in December? I'd clear it then no problem.

Ruaridh""",
  q=("gm", 2, """Dear Ruaridh,

INV-16610 for £1,890.00 (branded fleeces) is now 30 days overdue.

Please could you let us know when we can expect payment?

Harbour Lane Print Co"""),
  cr="hl",
  i="X", n="seasonal deferral to December, no day -> null")

M(d="2025-06-18", fr="Tanya Okeke <tanya@okekecleaning.example>", s="Re: INV-17704 reminder",
  b="""Hello,

I won't be able to pay by Friday like I said on the phone, one of my contracts has paid late. But I can pay on the 27th - is that OK?

Tanya""",
  q=("gm", 6, """Hi Tanya,

Thanks for the call earlier. As discussed, INV-17704 (£365.00) is overdue - we look forward to receiving it by Friday.

Best regards,
Priya
Northwind Supplies Ltd"""),
  i="X", pd=("dom", 27), n="HARD: negation of Friday promise + 'is that OK?' for the 27th -> extension, date 27 June")

M(d="2025-07-21", fr="Jamie Doherty <jamie@dohertytyres.example>", s="Re: Account overdue",
  b="""Hi,

Would it be possible for me to do £150 a week until it's cleared, every Friday starting this Friday? I can't find the full £1,200 in one go at the moment.

Jamie Doherty
Doherty Tyres & Exhausts""",
  q=("gm", 3, """Dear Jamie,

Your account is overdue by £1,200.00 (INV-18102 and INV-18355). Please arrange payment.

Regards,
Northwind Supplies Ltd""", "Account overdue"),
  i="X", pd=("wd", "fri"), a="150.00 GBP", n="weekly instalments asked, starting this Friday (Mon 21 Jul -> Fri 25 Jul); amount = instalment")

M(d="2025-08-28", fr="Priscilla Amoah <priscilla@amoahfashion.example>", s="RE: INV-19840 overdue",
  b="""Hi,

I'm sorry this is late. We had a batch of stock held at customs for five weeks and we've only just been able to sell it, so cash is at rock bottom while the money from the marketplace comes through. I don't want to promise a date I can't keep.

Is there any flexibility at all on this one?

Priscilla""",
  q=("ol", 2, """Dear Priscilla,

Invoice INV-19840 for £2,480.00 (printed swing tags and mailers) was due on [[-16|%d %B %Y]] and is now overdue.

Please arrange payment as soon as possible.

Harbour Lane Print Co
Accounts"""),
  cr="hl",
  i="X", n="cash-flow explanation followed by a question about flexibility, no date -> extension, null")

M(d="2025-10-14", fr="Colin Ashworth <colin.ashworth@ashworth-eng.example>", s="RE: Payment reminder",
  b="""Good afternoon,

Our financial year end is 31 October and the board has frozen discretionary supplier payments until the accounts are closed. Would you be willing to accept payment on 3 November instead?

Regards,
Colin Ashworth
Financial Controller
Ashworth Engineering Ltd""",
  fmt="alt",
  q=("om", 4, """Dear Colin,

This is a reminder that invoice INV-21015 for £4,320.00 is now overdue. Please let us know when it will be settled.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 11, 3), n="asks to defer to 3 November past year end")

M(d="2025-11-05", fr="Gav <gav@gavsbikerepairs.example>", s="Re: INV-21880",
  b="""can you give me until end of next week on this? quiet couple of weeks with the weather

Sent from my iPhone""",
  q=("ios", 3, """Hi Gav,

INV-21880 (£238.50) is overdue. Let us know when you can pay please.

Northwind"""),
  i="X", pd=("nw",), n="asks 'until end of next week' (Wed 5 Nov -> Fri 14 Nov)")

M(d="2025-12-01", fr="Lisa Hartley <lisa@hartleytoys.example>", s="Re: INV-22610",
  b="""Hi both,

Any chance we can push this one to January? We're a toy shop and every penny we have is in stock on the shelves until Christmas. Once the tills have done their thing we'll be fine.

Thanks,
Lisa""",
  q=("gm", 2, """Hi Lisa,

Invoice INV-22610 for £1,120.00 (gift boxes and tissue) is due for payment now. Could you confirm when you'll pay?

Greenfold Packaging
Accounts"""),
  cr="gf",
  i="X", n="'push this one to January' with no day -> null")

M(d="2026-01-08", fr="Pete Lomas <pete@lomasvans.example>", s="Re: INV-23940 overdue",
  b="""Hi mate, would Tuesday week work for this? Been hammered by the January VAT and the new MOT ramp.

Pete""",
  q=("gm", 4, """Pete,

INV-23940 for £690.00 is overdue. When can we expect payment?

Thanks
Northwind Supplies"""),
  i="X", pd=("iso", "2026-01-20"), n="HARD: 'Tuesday week' from Thu 8 Jan = Tuesday after next Tuesday (13th) -> Tue 20 Jan 2026; asked")

M(d="2026-02-11", fr="Zoe Hammond <zoe@hammondflorist.example>", s="Re: INV-25114",
  b="""Hi, I'm really sorry. Valentine's stock has cleaned me out. Could I pay £100 now and then £100 a month until it's done? Would that be OK?

Zoe""",
  q=("gm", 3, """Dear Zoe,

Your invoice INV-25114 for £540.00 is overdue. Please can you let us know when you'll be able to pay?

Kind regards,
Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("today",), a="100.00 GBP", n="asks plan; first payment £100 'now' -> today")

M(d="2026-03-19", fr="Brenda Kowalski <bkowalski@lakeshoredental.example>", s="RE: Past due notice - Invoice #26410",
  b="""Hello,

We are writing to request an extension of 60 days on the above invoice. Our practice is transitioning to a new insurance clearinghouse and reimbursements have been delayed. We fully intend to pay the balance and would appreciate your understanding.

Please confirm whether this is acceptable.

Brenda Kowalski
Office Manager
Lakeshore Family Dental
(555) 014-2231""",
  fmt="alt",
  q=("om", 5, """Dear Brenda,

Invoice #26410 for $3,875.00 is now 20 days past due. Please remit payment at your earliest convenience.

Sincerely,
Billing Department
Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("plus", 60), n="formal US request for 60 days -> +60 (18 May 2026)")

# ---------------------------------------------------------------- dispute
M(d="2025-04-09", fr="Rob Fenwick <rob@fenwickbuilders.example>", s="Re: INV-15402 overdue",
  b="""Rob here. Look, I know we're behind with everyone at the minute and I'm not hiding from it. But two of the pallets of blocks on that delivery were smashed, your driver saw it. We'll pay once you credit the broken ones, not before.

Rob""",
  q=("gm", 4, """Dear Rob,

INV-15402 for £2,086.00 (dense blocks, 6 pallets) is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="D", n="HARD: money-trouble voice but conditional promise on credit for damaged pallets -> dispute")

M(d="2025-09-02", fr="Angela Frost <angela@frostcatering.example>", s="Re: Statement September",
  b="""Hello,

Your colleague agreed on the phone in July that we could pay the summer invoices in two halves, and we have. So why is there a £40 late payment fee on this statement? We are not paying that.

Angela Frost""",
  q=("gm", 2, """Dear Angela,

Please find attached your statement for September. The balance now due is £40.00 (late payment fee, INV-20015).

Kind regards,
Northwind Supplies Ltd""", "Statement September"),
  i="D", a="40.00 GBP", n="HARD: question form but contests late fee after agreed plan -> dispute, amount = fee")

M(d="2026-04-15", fr="Vanessa Dunn <vanessa@dunnhomes.example>", s="Re: INV-27720",
  b="""Hi,

Can you explain why this invoice says £1,150 when Marek quoted us £950 on site for the same job? We budgeted for £950, money's tight enough as it is.

Vanessa""",
  q=("gm", 5, """Dear Vanessa,

INV-27720 for £1,150.00 (boiler service and replacement valves) is now overdue. Please arrange payment.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="D", a="1150.00 GBP", n="HARD: polite question that contests price vs quote -> dispute; amount = charged £1,150")

M(d="2026-06-23", fr="Malcolm Reid <malcolm@reidhardware.example>", s="Re: INV-29915 - 2nd reminder",
  b="""We will not be paying a penny of this until the credit note for the returned paint arrives. We sent it back on your own van three weeks ago.

M Reid""",
  q=("gm", 3, """Dear Malcolm,

This is our second reminder that INV-29915 for £612.00 remains unpaid.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="D", n="HARD: negated promise 'will not be paying ... until the credit note' -> dispute")

# ---------------------------------------------------------------- already_paid
M(d="2025-05-30", fr="Keith Lowe <keith@lowemobility.example>", s="Re: INV-16955",
  b="""We paid half of this last week, did you get it? Nobody from your side has confirmed and I'd hate for it to have gone astray.

Keith""",
  q=("gm", 3, """Dear Keith,

Invoice INV-16955 for £880.00 remains unpaid. Please arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", n="'we paid half last week, did you get it?' -> already_paid; no amount stated")

M(d="2025-10-22", fr="Emma Sutherland <emma@sutherlandvets.example>", s="Re: Payment plan - INV-21340",
  b="""Hi,

The first instalment of £250 went out on Monday as we agreed. Please can you confirm you've received it?

Thanks,
Emma
Sutherland Veterinary Clinic""",
  q=("gm", 9, """Dear Emma,

Thank you for your call. As agreed, INV-21340 (£1,000.00) will be paid in four monthly instalments of £250.00, the first on [[-2|%-d %B]].

Kind regards,
Northwind Supplies Ltd""", "Payment plan - INV-21340"),
  i="A", a="250.00 GBP", n="first agreed instalment already sent, asks for confirmation -> already_paid")

M(d="2026-05-06", fr="Accounts <accounts@millbrookdairy.example>", s="Remittance advice - INV-28610",
  b="""Good morning,

Payment of £3,480.00 has been made today by BACS in settlement of INV-28610. Please find our remittance advice attached.

Apologies it's a few weeks late; we've had a difficult spring.

Millbrook Dairy Ltd - Accounts""",
  att=["remittance.pdf"],
  i="A", a="3480.00 GBP", n="remittance attached, paid today")

M(d="2026-08-11", fr="Dwayne Pruitt <dwayne@pruittlandscaping.example>", s="Re: Invoice #30218 past due",
  b="""Hi there,

Mailed a check for $612.40 on Friday. Sorry it's late, it's been a rough summer for us with the drought restrictions. Should be with you this week.

Dwayne
Pruitt Landscaping LLC""",
  q=("gmus", 4, """Hi Dwayne,

Just a reminder that invoice #30218 for $612.40 is now 30 days past due. Please let us know if you have any questions.

Thanks,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="612.40 USD", n="check mailed Friday -> already_paid")

# ---------------------------------------------------------------- question
M(d="2025-03-04", fr="Maggie Quinn <maggie@quinnsbakehouse.example>", s="Re: INV-13980",
  b="""Hi,

Can you send me your bank details so I can set up a standing order? I keep forgetting your monthly invoices and I'd rather it just went out automatically.

Maggie""",
  q=("gm", 2, """Dear Maggie,

INV-13980 for £426.00 is now overdue. Please arrange payment at your earliest convenience.

Thank you,
Greenfold Packaging"""),
  cr="gf",
  i="Q", n="HARD: asks bank details to set up a standing order for future invoices; no plan, no date -> question")

M(d="2025-08-14", fr="Faisal Iqbal <faisal@iqbaltextiles.example>", s="Re: Account overdue",
  b="""Hello,

If I clear the full balance this week is there any settlement discount available? Cash is tight and every bit helps. Please let me know before Friday.

Faisal Iqbal
Iqbal Textiles""",
  q=("gm", 3, """Dear Faisal,

Your account has an overdue balance of £2,710.00. Please let us know when payment will be made.

Regards,
Northwind Supplies Ltd""", "Account overdue"),
  i="Q", n="HARD: 'if I clear it this week' is conditional; asks about discount -> question")

M(d="2026-01-26", fr="Ben Whitaker <ben@whitakerelectrical.example>", s="Re: Statement",
  b="""Hi, I've lost track of what I owe with all the part payments I've been making. Can you send me a proper statement showing what's been paid and what's left?

Ben""",
  q=("gm", 4, """Dear Ben,

Your account remains overdue. Please make payment or contact us.

Northwind Supplies Ltd""", "Statement"),
  i="Q", n="asks for statement after part payments; no stance -> question")

M(d="2026-07-02", fr="Procurement <purchasing@castlefordcare.example>", s="RE: INV-30155",
  b="""Hi,

We'll pay this as soon as you re-send it with our purchase order number on it - our system won't release payment without a PO match. The PO is 44718.

Thanks,
Dawn
Purchasing, Castleford Care Homes""",
  q=("ol", 2, """Dear Castleford Care Homes,

Invoice INV-30155 for £1,296.00 (continence supplies) is overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: promise conditional on receiving re-issued invoice with PO -> question")

# ---------------------------------------------------------------- ignore
M(d="2025-02-03", fr="Sarah Collier <sarah.collier@collier-architects.example>", s="Automatic reply: Payment reminder INV-12250",
  b="""Thank you for your email. I am out of the office until Monday 10 February with limited access to email.

Supplier payments are processed in our Thursday payment run. For anything urgent please contact accounts@collier-architects.example.

Sarah Collier""",
  auto=1,
  i="I", rd=("md", 2, 10), n="HARD: auto-reply that mentions payment runs but makes no commitment -> ignore; return 10 Feb")

M(d="2025-06-27", fr="Donna Barker <donna@barkerkennels.example>", s="Re: Payment plan confirmed",
  b="""Thank you so much for agreeing to the plan. Honestly it's a weight off, I've not been sleeping.

Donna""",
  q=("gm", 1, """Dear Donna,

Further to our call, we confirm the payment plan for INV-17420: £200.00 on the 1st of each month from July until the balance is cleared.

Kind regards,
Northwind Supplies Ltd""", "Payment plan confirmed"),
  i="I", n="HARD: thank-you for an agreed plan; plan dates only in our quote, no new commitment -> ignore")

M(d="2025-12-17", fr="Richard Vale <richard@valeautoparts.example>", s="RE: INV-22880 overdue",
  b="""Adding Carol from our accounts team, she looks after supplier payments now.

Richard""",
  q=("ol", 1, """Dear Richard,

INV-22880 for £1,534.00 is overdue. Please can you arrange payment?

Northwind Supplies Ltd"""),
  i="I", n="forwarding to colleague with no stance -> ignore")

M(d="2026-09-09", fr="Liam Brennan <liam@brennanbrewing.example>", s="Re: INV-31402 - promised payment not received",
  b="""I've passed this to Darren, he looks after the bank side now.""",
  q=("gm", 1, """Dear Liam,

In your email of [[-8|%-d %B]] you said: "We'll pay INV-31402 on Friday, no problem."

We haven't received the £980.00 yet. Could you check?

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="HARD: the promise is only in the quoted history; new text just forwards -> ignore")

# ================================================================ batch 2
# ---------------------------------------------------------------- promise_to_pay
M(d="2026-07-14", fr="Accounts Payable <payables@northgatebuilders.example>", s="RE: INV-30388 - overdue",
  b="""Dear Northwind,

Thank you for your reminder. Following a review of our cash position we have moved all supplier payments to a single monthly run. INV-30388 (£5,416.80) is included in the run on the last working day of this month.

We apologise for the inconvenience.

Regards,
Kerry Naylor
Accounts Payable Supervisor
Northgate Builders Ltd
This email and any attachments are confidential and intended solely for the addressee.""",
  fmt="alt",
  q=("ol", 4, """Dear Sir/Madam,

We note that INV-30388 for £5,416.80 remains outstanding, [[-4|%-d %B]] having been the agreed payment date.

Please advise.

Northwind Supplies Ltd
Credit Control"""),
  cr="nwc",
  i="P", pd=("iso", "2026-07-31"), a="5416.80 GBP", n="HARD: 'last working day of this month' (July 2026) = Fri 31 Jul 2026, from calendar")

M(d="2026-05-16", fr="Mick Doyle <mick@doylesbutchers.example>", s="Re: INV-28855",
  b="""Mick here. It's payday for us on the 22nd, staff and suppliers all go out that day and you're on the list. Sorry it's late, the new chiller took every penny this month.""",
  q=("gm", 5, """Dear Mick,

INV-28855 for £743.60 (vacuum pouches and labels) is now 18 days overdue. Please arrange payment.

Kind regards,
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("dom", 22), n="'payday ... the 22nd' (Sat 16 May -> Fri 22 May)")

M(d="2026-06-04", fr="Sabrina Kaur <sabrina@kaurbeauty.example>", s="Re: Overdue INV-29610",
  b="""Hiya, I'm really sorry. I'll definitely have this paid Tuesday after next - that's when the salon's card takings from the wedding season bookings land. I've put it in my diary so I can't forget.

Sabrina""",
  q=("gm", 3, """Hi Sabrina,

INV-29610 for £398.00 is overdue. Can you let me know when you're able to pay?

Many thanks,
Northwind Supplies Ltd"""),
  i="P", pd=("iso", "2026-06-16"), n="HARD: 'Tuesday after next' from Thu 4 Jun: next Tue 9 Jun, after next = Tue 16 Jun 2026")

M(d="2026-08-03", fr="Finanzen <finanzen@weber-moebel.example>", s="AW: Mahnung INV-31060",
  b="""Sehr geehrte Damen und Herren,

wegen eines Zahlungsausfalls bei einem Großkunden kam es bei uns zu Verzögerungen. Den Betrag von 2.975,00 EUR überweisen wir spätestens am Mittwoch.

Mit freundlichen Grüßen
Petra Weber
Weber Möbel GmbH""",
  cr="al",
  q=("de", 4, """Sehr geehrte Frau Weber,

leider konnten wir bis heute keinen Zahlungseingang für die Rechnung INV-31060 über 2.975,00 EUR feststellen.

Wir bitten um umgehende Überweisung.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH"""),
  i="P", pd=("wd", "wed"), a="2975.00 EUR", n="German: 'spätestens am Mittwoch' (Mon 3 Aug -> Wed 5 Aug)")

M(d="2026-09-26", fr="Eileen Gallagher <eileen.gallagher@eircom.example>", s="Re: INV-32150",
  b="""Dear Sir,

I am an old woman and I do not bank on the computer. I will put a cheque in the post to you on Monday for the full amount. My son was meant to do it and he forgot.

Mrs E. Gallagher""",
  q=("gm", 6, """Dear Mrs Gallagher,

Our records show that INV-32150 for €265.00 (gutter clearing and repairs) is overdue.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="P", pd=("wd", "mon"), n="cheque to be posted Monday = promise (Sat 26 Sep -> Mon 28 Sep)")

M(d="2026-10-08", fr="Marcus Lee <mlee@fairviewauto.example>", s="RE: Invoice #32608 - 45 days past due",
  b="""Hi,

Apologies for the delay - we had a slow Q3 and I've been juggling payables. I'll have the full $1,940.00 sent to you by close of business today via ACH.

Marcus Lee
Controller, Fairview Auto Group
(555) 013-8840""",
  q=("om", 2, """Dear Marcus,

Invoice #32608 for $1,940.00 is now 45 days past due. Please remit payment immediately or contact us to discuss.

Regards,
Billing
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("today",), a="1940.00 USD", n="'by close of business today' -> today")

M(d="2026-11-11", fr="Joy Adebayo <joy@brightstartnursery.example>", s="Re: INV-33120",
  b="""Good morning,

Our local authority funding for the autumn term is paid in tranches and the second one is due in a fortnight. You'll have the £1,620 then. I'm sorry for the wait - nurseries run on a shoestring at the best of times.

Joy Adebayo
Manager, Bright Start Nursery""",
  q=("gm", 4, """Dear Joy,

Invoice INV-33120 for £1,620.00 (art and craft supplies, September) is overdue.

Please let us know when we can expect payment.

Northwind Supplies Ltd"""),
  i="P", pd=("plus", 14), a="1620.00 GBP", n="'in a fortnight' -> +14 (25 Nov)")

M(d="2025-01-06", fr="Tom Akers <tom@akerselectrical.example>", s="Re: INV-10440 / overdue",
  b="""Hi Martin,

Happy new year. I'll be straight with you, December was brutal. We'll pay half, £1,200, on Friday, and the balance as soon as the school job pays us.

Tom""",
  q=("gm", 3, """Hi Tom,

Hope you had a good Christmas. INV-10440 for £2,400.00 (cable and consumer units) is now overdue - please let me know when it'll be paid.

Martin
Credit Control, Northwind Supplies"""),
  cr="nwc",
  i="P", pd=("wd", "fri"), a="1200.00 GBP", n="HARD: firm first half £1,200 Friday + vague rest; promise (first payment), Mon 6 Jan -> Fri 10 Jan")

M(d="2025-02-26", fr="Nick Sharma <nick@sharmacarpets.example>", s="Re: INV-13280",
  b="""Hi,

Our own customer (a hotel refit) pays us on the 10th, and I'll transfer yours the same day. £3,090.

Nick""",
  q=("gm", 3, """Dear Nick,

INV-13280 for £3,090.00 (gripper, underlay and adhesive) is now 20 days overdue.

Regards,
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 10), a="3090.00 GBP", n="tied to own receivable but with a firm date the 10th (26 Feb -> 10 Mar)")

M(d="2025-04-17", fr="Ava Thornton <ava@thorntonstationers.example>", s="Re: INV-15675",
  b="""Hello,

I was going to pay this today but I've missed the bank cut-off, and with Good Friday and Easter Monday it won't go through before Tuesday. So Tuesday it is, sorry!

Ava""",
  q=("gm", 2, """Dear Ava,

Just a reminder that INV-15675 (£212.40) is now overdue.

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="P", pd=("wd", "tue"), n="HARD: Easter weekend, 'Tuesday it is' (Thu 17 Apr -> Tue 22 Apr 2025)")

M(d="2025-05-21", fr="Louise Grant <louise.grant@grantlogistics.example>", s="RE: Overdue invoices",
  b="""Hi,

These will be paid shortly. The payment batch is waiting for the MD's sign-off, he's back from holiday at some point this week.

Louise
Grant Logistics""",
  q=("ol", 1, """Dear Louise,

Invoices INV-16402 and INV-16590 (total £4,180.00) are both overdue. Please confirm when they will be paid.

Regards,
Alpenrose Logistik GmbH""", "Overdue invoices"),
  cr="al",
  i="P", n="HARD: 'will be paid shortly' with no resolvable date -> promise, date null")

M(d="2025-07-26", fr="Andy Kerr <andy@kerrtaxis.example>", s="Re: INV-18260",
  b="""Hi,

I've set up a standing order for £150 a month from the 1st until it's cleared. First one comes out on the 1st of August. Hope that helps, I know it's been a while.

Andy Kerr""",
  q=("gm", 4, """Dear Andy,

INV-18260 for £900.00 (vehicle valeting supplies) is now over 60 days old. Please contact us about payment.

Northwind Supplies Ltd"""),
  i="P", pd=("dom", 1), a="150.00 GBP", n="HARD: declared (not asked) monthly plan by standing order -> promise; first £150 on 1 Aug")

M(d="2025-09-06", fr="Shona McLeod <shona@mcleodknitwear.example>", s="Re: Payment plan INV-19455",
  b="""Hi, just to say the second instalment, the £400, will go on Friday as agreed. It's a week later than the plan says, apologies.

Shona""",
  q=("gm", 2, """Dear Shona,

Your second instalment of £400.00 under the agreed plan for INV-19455 was due on [[-1|%-d %B]]. We haven't received it yet.

Kind regards,
Harbour Lane Print Co"""),
  cr="hl",
  i="P", pd=("wd", "fri"), a="400.00 GBP", n="instalment under existing plan will go Friday (Sat 6 Sep -> Fri 12 Sep)")

M(d="2025-10-27", fr="Greg Tremblay <greg@tremblaymaple.example>", s="Re: Invoice #21700 past due",
  b="""Hey folks,

Sorry, I'm a small outfit and the harvest festival season cleaned out the float. I'll e-transfer the CA$850 on Thursday.

Greg Tremblay
Tremblay Maple Co., Sherbrooke QC""",
  q=("gmus", 3, """Hi Greg,

Invoice #21700 for CA$850.00 is now 30 days past due. Please let us know when we can expect payment.

Thanks,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "thu"), a="850.00 CAD", n="Canadian 'CA$' -> CAD; Thursday (Mon 27 Oct -> Thu 30 Oct)")

M(d="2025-12-29", fr="Ray Smithson <ray@smithsonscaffold.example>", s="Re: Account - INV-23015",
  b="""Evening,

Office is shut till the new year. First working day back, which is Friday the 2nd, I'll pay this in full. Promise.

Ray""",
  q=("gm", 5, """Dear Ray,

INV-23015 for £1,460.00 is now overdue. Please arrange payment or contact us.

Regards,
Northwind Supplies Ltd""", "Account - INV-23015"),
  i="P", pd=("iso", "2026-01-02"), n="HARD: 'first working day back ... Friday the 2nd' across year end -> Fri 2 Jan 2026 (1 Jan holiday)")

M(d="2026-02-08", fr="Lucy Fernandes <lucy@fernandesdesign.example>", s="Re: INV-25009",
  b="""Hi,

I'm not going to be able to pay tomorrow as I said, the client who owes me has pushed to midweek. It'll be Wednesday instead, first thing.

Lucy""",
  q=("gm", 4, """Hi Lucy,

Thanks for letting me know you'll pay INV-25009 (€480.00) on Monday.

Best,
Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("wd", "wed"), n="HARD: withdraws earlier promise but states a new date without asking -> promise (Sun 8 Feb -> Wed 11 Feb)")

M(d="2026-03-30", fr="Jan Vermeulen <jan@vermeulen-bloemen.example>", s="Re: INV-26701",
  b="""Hello,

Sorry, our Dutch bank account was blocked for a compliance check for two weeks. It is open again now. We transfer the €1,480 on Thursday, before the Easter holiday.

Groeten,
Jan Vermeulen""",
  q=("nl", 3, """Dear Jan,

INV-26701 for €1,480.00 (transport, March) is overdue. Please arrange payment.

Kind regards,
Alpenrose Logistik GmbH"""),
  cr="al",
  i="P", pd=("wd", "thu"), a="1480.00 EUR", n="Dutch sender; 'Thursday, before Easter' (Mon 30 Mar -> Thu 2 Apr 2026)")

M(d="2026-05-28", fr="Kylie Brennan <kylie@brennancoffee.example>", s="Re: Invoice INV-29140",
  b="""G'day,

Winter's hit the cafe hard and I got behind on everyone. A$2,300 will be paid on the 5th when our quarterly GST refund comes through - that's confirmed with our accountant.

Cheers,
Kylie""",
  q=("gm", 6, """Hi Kylie,

Invoice INV-29140 for A$2,300.00 (printed cups) is now overdue.

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="P", pd=("dom", 5), a="2300.00 AUD", n="Australian 'A$' -> AUD; 'on the 5th' (28 May -> 5 Jun)")

M(d="2026-10-19", fr="Hannah Clarke <hannah@clarkeeventhire.example>", s="Re: INV-32840",
  b="""Hi,

Wedding season's over, which means the money's coming in at last. We'll settle this before the week is out.

Hannah""",
  q=("gm", 3, """Hi Hannah,

INV-32840 for £1,875.00 (marquee cleaning) is overdue. When can we expect payment?

Kestrel Facilities Services"""),
  cr="ks",
  i="P", pd=("eow",), n="'before the week is out' on a Monday -> Friday this week (23 Oct)")

M(d="2026-11-02", fr="Ian Proctor <ian@proctorpetfoods.example>", s="Re: INV-33005",
  b="""Hi,

I can't clear £1,000 in one hit right now, so this is what's going to happen: £250 on the 6th, then £250 every fortnight after that until it's done. You'll get the first one on Friday.

Ian Proctor
Proctor Pet Foods""",
  q=("gm", 5, """Dear Ian,

Invoice INV-33005 for £1,000.00 is now 30 days overdue. Please arrange payment.

Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("dom", 6), a="250.00 GBP", n="HARD: declared fortnightly plan (not asked) -> promise; first £250 on the 6th (= Fri 6 Nov)")

# ---------------------------------------------------------------- extension_request
M(d="2025-01-13", fr="Accounts <accounts@pennineprecast.example>", s="RE: INV-10960",
  b="""Hi,

Is the 3rd of next month OK for this one? That's when our factoring company releases the December batch to us.

Thanks,
Lorraine
Pennine Precast""",
  q=("ol", 3, """Dear Lorraine,

INV-10960 for £3,745.00 is now overdue. Please let us know when it will be paid.

Regards,
Northwind Supplies Ltd"""),
  i="X", pd=("dom", 3), n="HARD: factoring date asked as a question ('is the 3rd OK?') -> extension (13 Jan -> 3 Feb)")

M(d="2025-03-10", fr="Bernadette Cole <bernie@colesbedandbreakfast.example>", s="Re: INV-14120",
  b="""Dear all,

Could we pay this in six monthly instalments by direct debit? The B&B is closed for refurbishment until April and there's nothing coming in. I'd be very grateful.

Bernie Cole""",
  q=("gm", 2, """Dear Mrs Cole,

Invoice INV-14120 for £1,830.00 (bed linen and towels) is overdue. Please arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", n="asks six monthly instalments, no start date or amount -> null")

M(d="2025-04-24", fr="Phil Oduya <phil@oduyasecurity.example>", s="Re: INV-15820",
  b="""Hi,

I know I said the 25th. We can't pay on the 25th now - the council have gone back on their payment date for the CCTV contract. Could we make it the 9th of May instead? I'll confirm in writing.

Phil""",
  q=("gm", 8, """Hi Phil,

Thanks for your call. We've noted your promise to pay INV-15820 (£1,150.00) on the 25th.

Best regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 5, 9), n="HARD: negation of earlier promise, asks for 9 May -> extension")

M(d="2025-06-09", fr="Vivienne Osei <v.osei@oseiarchitects.example>", s="RE: Overdue account - proposal",
  b="""Dear Credit Control,

We appreciate your forbearance. We have had two projects stall this spring and our cash flow has been badly affected. To clear the £3,350 balance we would like to propose the following:

- £1,000 on 20 June
- £1,000 on 20 July
- £1,350 on 20 August

Please let me know whether this is acceptable to you.

Kind regards,
Vivienne Osei
Practice Manager
Osei Architects LLP""",
  fmt="alt",
  q=("om", 4, """Dear Ms Osei,

Your account shows an overdue balance of £3,350.00 (INV-16105, INV-16382).

Please contact us to arrange payment.

Credit Control
Northwind Supplies Ltd""", "Overdue account"),
  cr="nwc",
  i="X", pd=("md", 6, 20), a="1000.00 GBP", n="formal three-part plan proposal, first £1,000 on 20 June")

M(d="2025-07-31", fr="Dean Holt <dean@holtplastering.example>", s="Re: INV-18560",
  b="""Alright,

I can't pay this till the main contractor pays me, which should be around the 18th. Could you hang on till then? I'd rather tell you straight than promise and let you down.

Dean""",
  q=("gm", 3, """Dean,

INV-18560 for £960.00 (plaster and beads) is overdue.

Northwind Supplies Ltd"""),
  i="X", pd=("dom", 18), n="pay-when-paid with approximate date the 18th, asks to wait (31 Jul -> 18 Aug)")

M(d="2025-09-23", fr="Ellie Marsh <ellie@marshphotography.example>", s="Re: INV-20440",
  b="""Hi!

Would another couple of weeks be OK on this? I've got three weddings to edit and they all pay on delivery.

Ellie""",
  q=("gmus", 1, """Hi Ellie,

INV-20440 (£315.00) is now a little overdue. Let us know if there's any problem.

Harbour Lane Print Co"""),
  cr="hl",
  i="X", pd=("plus", 14), n="HARD: 'another couple of weeks' read as 2 weeks -> +14 (7 Oct)")

M(d="2025-10-31", fr="Nigel Burrows <nigel@burrowsbookshop.example>", s="Re: Payment plan - November instalment",
  b="""Hello,

Would it be possible to skip November's instalment and double up in December? We've had to pay for a new shop roof out of nowhere.

Best,
Nigel""",
  q=("gm", 1, """Dear Nigel,

A reminder that your November instalment of £125.00 under the payment plan for INV-19003 is due tomorrow.

Kind regards,
Northwind Supplies Ltd""", "Payment plan - November instalment"),
  i="X", n="asks to skip an instalment and double up in December (no day) -> null; no amount stated in new text")

M(d="2025-12-12", fr="Frankie Lopes <frankie@lopesbarbers.example>", s="Re: INV-22711",
  b="""Hey, any way we can settle this after Christmas? Maybe the 2nd of January? December rent has wiped me out.

Frankie""",
  q=("gm", 2, """Hi Frankie,

INV-22711 (£188.00) is now overdue. Please pay when you can.

Northwind"""),
  i="X", pd=("md", 1, 2), n="asks for 2 January, year rollover -> 2026-01-02")

M(d="2026-01-20", fr="Klaus Richter <k.richter@richter-baustoffe.example>", s="AW: Zahlungserinnerung INV-24311",
  b="""Guten Tag,

aufgrund eines Zahlungsausfalls bei einem Kunden haben wir derzeit Liquiditätsengpässe. Können wir die Zahlung auf Ende Februar verschieben?

Mit freundlichen Grüßen
Klaus Richter
Richter Baustoffe GmbH""",
  cr="al",
  q=("de", 3, """Sehr geehrter Herr Richter,

die Rechnung INV-24311 über 4.210,00 EUR ist seit dem [[-14|%d.%m.%Y]] fällig.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH
Buchhaltung"""),
  i="X", pd=("eonm",), n="German: asks to defer to end of February (message in Jan) -> end of next month 28 Feb 2026")

M(d="2026-02-27", fr="Tash Reynolds <tash@reynoldsdance.example>", s="Re: INV-25660",
  b="""We're going to need more time on this one, sorry. Our Arts Council money is late and I genuinely don't know when it'll land. I'll be in touch as soon as it does.

Tash
Reynolds Dance Academy""",
  q=("gm", 5, """Dear Tash,

INV-25660 for £1,240.00 (printed programmes and posters) is overdue.

Harbour Lane Print Co"""),
  cr="hl",
  i="X", n="needs more time, no date -> extension, null")

M(d="2026-04-22", fr="Graham Stokes <graham@stokesgroundcare.example>", s="RE: INV-27904",
  b="""Hi,

Just to let you know we'll need to delay payment of this until 15 May. The mower finance and the spring wages have landed at the same time. I hope that's acceptable.

Graham Stokes
Stokes Groundcare""",
  q=("ol", 2, """Dear Graham,

Invoice INV-27904 for £2,380.00 is due for payment. Please arrange payment by return.

Kestrel Facilities Services"""),
  cr="ks",
  i="X", pd=("md", 5, 15), n="HARD: announces a delay to 15 May and seeks acceptance -> extension, not promise")

M(d="2026-05-11", fr="Rachel Wood <rachel@woodsdeli.example>", s="Re: Account on stop",
  b="""Hi,

Would it help if I paid £50 now as a goodwill gesture while we work out a plan for the rest? I really need the account open for the summer.

Rachel""",
  q=("gm", 1, """Dear Rachel,

Your account has been placed on stop due to the overdue balance of £1,460.00.

Regards,
Credit Control
Northwind Supplies Ltd""", "Account on stop"),
  cr="nwc",
  i="X", pd=("today",), a="50.00 GBP", n="HARD: token £50 now offered while asking for a plan for the rest -> extension; first payment today £50")

M(d="2026-07-07", fr="Dan Okoro <dan@okoromovers.example>", s="Re: INV-30040",
  b="""Can I have until payday on this? That's the last Friday of the month for us.

Dan""",
  q=("gm", 4, """Hi Dan,

INV-30040 for £420.00 (removal boxes) is overdue. Can you let us know when you'll pay?

Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("iso", "2026-07-31"), n="HARD: 'payday ... last Friday of the month' (July 2026) -> Fri 31 Jul 2026, from calendar")

M(d="2026-08-20", fr="Moira Campbell <moira@campbellgallery.example>", s="Re: INV-31490",
  b="""Hi there,

Could you give us until after the bank holiday, so Tuesday the 1st? Our summer exhibition sales haven't cleared yet.

Moira""",
  q=("gm", 3, """Dear Moira,

INV-31490 (£685.00, framing materials) is overdue. Please arrange payment.

Harbour Lane Print Co"""),
  cr="hl",
  i="X", pd=("dom", 1), n="asks for 'Tuesday the 1st' after the August bank holiday (20 Aug -> Tue 1 Sep 2026)")

M(d="2026-10-01", fr="Gordon Baxter <gordon@baxterfishmerchants.example>", s="Re: Overdue account - Baxter Fish Merchants",
  b="""Dear Sirs,

I'm writing about the £2,700 we owe you, because I don't want you to think we're ignoring you.

This has been the worst summer for us in twenty years. The quota cut in spring meant the boats were tied up for most of June, and then our biggest restaurant customer in Edinburgh closed without paying us. We are still trading and we have kept all our staff on, but there is no way I can find £2,700 in one go this side of Christmas.

What I would like to propose is £300 a month, paid on the 15th of each month, starting this month. I've worked out that clears the balance by June next year. If you'd rather a different day of the month, tell me and I'll set the standing order accordingly.

I realise this is a long time to wait and I'm grateful for your patience. You have always been fair with us.

Yours sincerely,

Gordon Baxter
Baxter Fish Merchants
The Harbour, Eyemouth""",
  q=("om", 6, """Dear Mr Baxter,

We write regarding the overdue balance of £2,700.00 on your account (INV-29010, INV-29388, INV-29702).

Please contact us within 7 days to arrange payment.

Credit Control
Greenfold Packaging""", "Overdue account"),
  cr="gf",
  i="X", pd=("dom", 15), a="300.00 GBP", n="long (~200 words) hardship letter proposing £300/month from the 15th (1 Oct -> 15 Oct); amount = instalment")

# ---------------------------------------------------------------- dispute
M(d="2025-05-07", fr="Owen Pritchard <owen@pritchardbakery.example>", s="Re: Statement - interest charges",
  b="""Hi,

There's an interest charge of £86.20 on this statement. I asked Martin for an extension in March and he agreed it, so there shouldn't be any interest on it at all. Please take it off - I've paid the invoice itself.

Owen""",
  q=("gm", 3, """Dear Owen,

Please see your statement attached. Late payment interest of £86.20 has been applied to INV-14308.

Regards,
Northwind Supplies Ltd""", "Statement - interest charges"),
  i="D", a="86.20 GBP", n="HARD: contests interest on an agreed extension; mentions invoice paid but the stance is dispute; amount = contested £86.20")

M(d="2025-11-26", fr="Patrice Moreau <patrice@moreaufromagerie.example>", s="Re: INV-22410 / INV-22415",
  b="""Bonjour,

INV-22410 and INV-22415 are the same delivery of 14 November, same boxes, same quantities. We're stretched enough this autumn without paying you twice. Please cancel one.

Patrice""",
  q=("fr", 3, """Dear Patrice,

The following invoices are overdue:
INV-22410  €318.00
INV-22415  €318.00

Please arrange payment.

Greenfold Packaging"""),
  cr="gf",
  i="D", n="duplicate invoice claim in money-trouble voice -> dispute")

M(d="2026-07-27", fr="Sandra Kemp <sandra@kempofficepark.example>", s="Re: INV-30790 cleaning - July",
  b="""Hi,

I'm not paying the full £720 for July. Your cleaners missed the second floor three weeks running and I've got the tenants' complaints to prove it. Send me a revised invoice for what was actually done.

Sandra Kemp
Kemp Office Park""",
  q=("gm", 3, """Dear Sandra,

INV-30790 for £720.00 (office cleaning, July) is now overdue.

Kind regards,
Kestrel Facilities Services""", "INV-30790 cleaning - July"),
  cr="ks",
  i="D", a="720.00 GBP", n="poor work, refuses full amount -> dispute, amount = £720 contested")

M(d="2026-10-27", fr="Craig Munro <craig@munrocider.example>", s="Re: INV-32910",
  b="""Hello,

We never ordered the second batch of 500 boxes - it turned up with the first and nobody here signed for it. Please collect them and cancel this invoice. We certainly can't afford to pay for stock we didn't ask for, this harvest has been tough enough.

Craig Munro
Munro Cider""",
  q=("gm", 4, """Dear Craig,

Invoice INV-32910 for £1,090.00 (500 x 6-bottle carriers) is overdue.

Greenfold Packaging"""),
  cr="gf",
  i="D", n="never ordered, money-trouble voice -> dispute")

# ---------------------------------------------------------------- already_paid
M(d="2025-01-17", fr="Des Quigley <des@quigleysigns.example>", s="Re: INV-10655",
  b="""Paid yesterday. Sorry it was late - was waiting on the VAT refund.

Des""",
  q=("gm", 2, """Hi Des,

INV-10655 (£540.00) is overdue. Please arrange payment.

Harbour Lane Print Co"""),
  cr="hl",
  i="A", n="'paid yesterday' after a cash-flow delay")

M(d="2025-07-16", fr="Finance <finance@ashcombeproduce.example>", s="RE: INV-18102 overdue",
  b="""Good morning,

This invoice was settled on the 11th by our invoice finance provider, Carrick Invoice Finance, as it was assigned to them. The payment will show under their name rather than ours.

Kind regards,
Finance Team
Ashcombe Produce Ltd""",
  q=("ol", 1, """Dear Ashcombe Produce,

INV-18102 for £2,150.00 remains unpaid. Please arrange payment.

Northwind Supplies Ltd"""),
  i="A", n="paid by third-party finance provider on the 11th -> already_paid")

M(d="2026-03-24", fr="Jodie Dunn <jodie@dunnsgreengrocer.example>", s="Re: INV-26355",
  b="""Hi,

Transferred £300 this morning towards INV-26355, reference DUNN300.

Jodie""",
  q=("gm", 3, """Hi Jodie,

INV-26355 for £300.00 is now overdue. Please arrange payment.

Greenfold Packaging"""),
  cr="gf",
  i="A", a="300.00 GBP", n="paid this morning with reference")

M(d="2026-11-06", fr="Jack Barlow <jack@jrbholdings.example>", s="Re: INV-33210 - Barlow's Bistro",
  b="""Hi,

That went out on Wednesday. We've moved the bistro's banking to a new holding company account after a rough year, so it'll show as "JRB HOLDINGS" on your statement, not Barlow's. Please don't chase it twice.

Jack Barlow""",
  q=("gm", 2, """Dear Jack,

We haven't received payment of INV-33210 (£812.00). Please arrange payment.

Northwind Supplies Ltd"""),
  i="A", n="paid from a new account under a different name")

# ---------------------------------------------------------------- question
M(d="2025-04-02", fr="Harry Beckett <harry@beckettgarage.example>", s="Re: INV-15144",
  b="""Can I pay by card over the phone? If so what number do I ring and when is someone there?

Harry""",
  q=("gm", 2, """Dear Harry,

INV-15144 (£327.50) is overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="Q", n="asks how to pay by card")

M(d="2025-11-12", fr="Priya Menon <priya@menontailoring.example>", s="Re: Statement",
  b="""Hi, what reference do you want me to put on the transfers? I've got three invoices with you and I don't want them mixed up.

Priya""",
  q=("gm", 3, """Dear Priya,

Please find your statement attached. Three invoices are currently outstanding.

Kind regards,
Northwind Supplies Ltd""", "Statement"),
  i="Q", n="asks which payment reference to use")

M(d="2026-04-28", fr="Robbie Hume <robbie@humejoinery.example>", s="Re: Payment plan agreed",
  b="""Morning,

Has the direct debit for the plan been set up your end yet? And what date will the first collection actually come out? I need to make sure there's money in the account that day.

Robbie""",
  q=("gm", 2, """Dear Robbie,

We're pleased to confirm the payment plan for your balance of £1,800.00: six monthly direct debit collections of £300.00.

Kind regards,
Northwind Supplies Ltd""", "Payment plan agreed"),
  i="Q", n="asks plan collection date, no stance -> question")

M(d="2026-09-15", fr="Tricia Nolan <tnolan@summitroofingco.example>", s="RE: Invoice #32002 - past due",
  b="""Hi,

Could you send us a completed W-9? Our AP won't cut a check to a new vendor without one on file, which is why this is sitting.

Thanks,
Tricia Nolan
Summit Roofing Co.""",
  q=("om", 3, """Dear Tricia,

Invoice #32002 for $2,240.00 is now 15 days past due.

Regards,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="W-9 request, payment blocked on it -> question")

# ---------------------------------------------------------------- ignore
M(d="2025-08-22", fr="Kate Morrow <kate@morrowmarine.example>", s="Out of office: INV-19702 reminder",
  b="""Hi, I'm on annual leave until 1 September. If this is about a payment, please bear with us - our finance team will pick it up when I'm back.

Kate""",
  auto=1,
  i="I", rd=("md", 9, 1), n="HARD: out-of-office that mentions payment, no commitment -> ignore; return 1 Sep")

M(d="2025-10-09", fr="Lee Harper <lee@harperbuilds.example>", s="Re: INV-21177",
  b="""received, thanks""",
  q=("gm", 1, """Dear Lee,

Please find attached a copy of INV-21177 as requested.

Regards,
Northwind Supplies Ltd"""),
  i="I", n="bare acknowledgement")

M(d="2026-02-16", fr="FastFund Business Finance <offers@fastfund-finance.example>", s="Struggling with cash flow? Get up to £250k in 24 hours",
  b="""Is late payment from customers hurting your cash flow?

FastFund can advance up to 90% of your unpaid invoices within 24 hours. No hidden fees. Apply in 5 minutes.

Apply now: https://fastfund-finance.example/apply

You are receiving this email because you subscribed to business updates. Unsubscribe: https://fastfund-finance.example/u""",
  fmt="html",
  html="""<table width="600" style="font-family:Arial"><tr><td><h2>Is late payment hurting your cash flow?</h2><p>FastFund can advance up to <b>90%</b> of your unpaid invoices within 24 hours. No hidden fees.</p><p><a href="https://fastfund-finance.example/apply">Apply in 5 minutes</a></p><p style="font-size:10px">You are receiving this email because you subscribed to business updates. <a href="https://fastfund-finance.example/u">Unsubscribe</a></p></td></tr></table>""",
  to="accounts@northwind-supplies.example", noref=1,
  i="I", n="HARD: invoice-finance spam about cash flow -> ignore")

M(d="2026-06-12", fr="Phoebe Lam <phoebe@lamteahouse.example>", s="Re: INV-29800",
  b="""Thanks for the reminder. I'll have a look at the accounts over the weekend and come back to you.

Phoebe""",
  q=("gm", 2, """Dear Phoebe,

INV-29800 for £456.00 is overdue.

Regards,
Greenfold Packaging"""),
  cr="gf",
  i="I", n="HARD: 'I'll come back to you' - no commitment, no request -> ignore")

# ================================================================ batch 3
# ---------------------------------------------------------------- promise_to_pay
M(d="2025-01-25", fr="Stevie Munro <stevie.munro@gmail.example>", s="Re: INV-10990",
  b="""Bank's shut now so I'll do it first thing Monday morning. £480. Sorry, been up in Inverness on a job all week.

Sent from my iPhone""",
  i="P", pd=("wd", "mon"), a="480.00 GBP", n="Saturday, 'first thing Monday' -> Mon 27 Jan; no quote")

M(d="2025-03-01", fr="Janet Ellery <janet@elleryopticians.example>", s="RE: Reminder INV-13702",
  b="""Hello,

Our payroll goes out on the 25th and we do suppliers straight after it, the same afternoon. Yours is on the list this month, the full £1,212.00.

Kind regards,
Janet Ellery
Practice Manager, Ellery Opticians
Tel: 01632 960 447""",
  fmt="alt",
  q=("ol", 3, """Dear Janet,

This is a reminder that INV-13702 for £1,212.00 (frames and lens cloths) is overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 25), a="1212.00 GBP", n="'straight after payroll on the 25th, the same afternoon' -> 25 March")

M(d="2025-05-04", fr="Becky Shaw <becky.shaw@shawcakes.example>", s="Re: invoice INV-16220",
  b="""I'll pay it tonight once the kids are in bed, I promise! Sorry, it's been a mad few weeks with the wedding fairs. Becky x""",
  fmt="html",
  html="""<div dir="ltr">I'll pay it tonight once the kids are in bed, I promise! Sorry, it's been a mad few weeks with the wedding fairs. Becky x</div>""",
  cr="gf",
  i="P", pd=("today",), n="HTML-only, Sunday, 'tonight' = today")

M(d="2025-06-14", fr="Adrian Pelham <adrian@pelhamfarms.example>", s="Re: Account overdue",
  b="""Good afternoon,

I've spoken to the co-op and the first payment for this season's strawberries is released in three weeks. You will be paid in full from that, and I've told my bookkeeper to do it the day it lands.

Adrian Pelham
Pelham Farms""",
  q=("gm", 4, """Dear Mr Pelham,

Your account shows £2,860.00 overdue across INV-16805 and INV-17011 (punnets and trays).

Please contact us to arrange payment.

Greenfold Packaging""", "Account overdue"),
  cr="gf",
  i="P", pd=("plus", 21), n="'in three weeks' stated as fact -> +21 (5 Jul)")

M(d="2025-08-17", fr="Tariq Aziz <tariq@azizminimart.example>", s="Re: INV-19915",
  b="""Hi, the shop's rent from the flat upstairs comes in on September 1st and you'll be paid that day. Things have been slow since the roadworks started outside.

Tariq""",
  i="P", pd=("md", 9, 1), n="Sunday, 'September 1st' -> 1 Sep 2025; no quote")

M(d="2025-09-29", fr="Niall Doherty <niall@dohertyglazing.example>", s="Re: INV-20920 - now 45 days",
  b="""It'll be Wednesday week. The bank's taking their time on the loan drawdown but it's approved. I'm not going anywhere.

Niall Doherty
Doherty Glazing
Mob: 07700 900 318""",
  q=("gm", 2, """Niall,

INV-20920 for £2,145.00 (sealed units) is now 45 days overdue. We need a firm date please.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("iso", "2025-10-08"), n="HARD: 'Wednesday week' from Mon 29 Sep = Wednesday after next Wednesday (1 Oct) -> Wed 8 Oct 2025; firm")

M(d="2025-11-29", fr="Lorna Fitzgerald <lorna@fitzgeraldgifts.example>", s="Re: Overdue - INV-22070",
  b="""Hi there,

I can't do it all at once with the Christmas stock just bought, but £640 goes on Monday and the remaining £960 on 12 December when the market takings are in.

Lorna""",
  q=("gm", 3, """Dear Lorna,

Invoice INV-22070 for £1,600.00 (gift wrap and ribbon) is overdue. Please let us know when you'll pay.

Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("wd", "mon"), a="640.00 GBP", n="declared split; first £640 Monday (Sat 29 Nov -> Mon 1 Dec)")

M(d="2026-01-31", fr="Dom Castellano <dom@castellanopizza.example>", s="Re: INV-24702",
  b="""Yeah sorry man, it's coming early next week. January's been a write-off.

Get Outlook for iOS""",
  q=("ol", 3, """Hi Dom,

Just checking in on INV-24702 (£364.00, pizza boxes) - it's overdue now.

Cheers,
Greenfold Packaging"""),
  cr="gf",
  i="P", n="HARD: 'early next week' gives no single day -> promise, date null")

M(d="2026-03-14", fr="Caroline Dupont <caroline@dupontflowers.example>", s="Re: INV-26280",
  b="""Hello,

Mother's Day weekend is tomorrow and I'm run off my feet. You'll have it this time next week, when the takings are banked.

Caroline""",
  i="P", pd=("plus", 7), n="'this time next week' -> +7 (Sat 21 Mar); no quote")

M(d="2026-04-19", fr="Accounts Payable <ap@holbrookhotels.example>", s="RE: Overdue invoices - Holbrook Hotels",
  b="""Dear Northwind,

Please note that the following have now been approved and scheduled for payment with a value date of 24/04/2026:

INV-27405   £2,310.00
INV-27612   £1,986.50

Total: £4,296.50

Regards,
Accounts Payable
Holbrook Hotels Group""",
  fmt="alt",
  q=("om", 5, """Dear Accounts Payable,

We note the following invoices remain overdue: INV-27405 (£2,310.00) and INV-27612 (£1,986.50).

Please advise a payment date.

Northwind Supplies Ltd"""),
  i="P", pd=("md", 4, 24), a="4296.50 GBP", n="HARD: scheduled with future value date 24/04/2026 -> promise, not already_paid; amount = total scheduled")

M(d="2026-06-20", fr="Kev Barnes <kevbarnes@hotmail.example>", s="Re: INV-29750",
  b="""Sorry mate forgot all about it. Will do the transfer tomorrow on the app.""",
  q=("gm", 2, """Hi Kev,

INV-29750 for £156.00 is overdue. Could you sort it please?

Northwind"""),
  i="P", pd=("tmrw",), n="Saturday, tomorrow (Sunday) on the app")

M(d="2026-08-30", fr="Gemma Lowry <gemma@lowrydogcare.example>", s="Re: Invoice INV-31620",
  b="""Hi,

Tomorrow's the bank holiday, so I'll pay on Tuesday. It's been a lean summer with half my regulars away.

Gemma

Sent from my iPhone""",
  q=("ios", 4, """Hi Gemma,

Just a quick reminder that INV-31620 for £92.00 (dog treats and poo bags!) is overdue.

Thanks,
Northwind Supplies"""),
  i="P", pd=("wd", "tue"), n="Sunday before Aug bank holiday; 'on Tuesday' -> Tue 1 Sep 2026")

# ---------------------------------------------------------------- extension_request
M(d="2025-01-04", fr="Harriet Gower <harriet@gowerinteriors.example>", s="Re: INV-10640",
  b="""Hello,

Can we hold off until the 31st? January is always lean for us while we wait for the December invoices to be paid.

Harriet""",
  q=("gm", 3, """Dear Harriet,

INV-10640 for £1,870.00 is overdue. Please arrange payment or let us know when to expect it.

Northwind Supplies Ltd"""),
  i="X", pd=("dom", 31), n="'hold off until the 31st?' (Sat 4 Jan -> 31 Jan)")

M(d="2025-02-16", fr="Callum Rae <callum.rae@gmail.example>", s="Re: INV-12955",
  b="""Do you do payment plans? I could manage £80 a fortnight if that's any good. Work's been thin since Christmas.

Callum""",
  i="X", a="80.00 GBP", n="HARD: 'do you do payment plans?' with a proposed £80 fortnightly -> extension, not question; no start date")

M(d="2025-03-22", fr="Mandy Clarke <mandy@clarkekitchens.example>", s="Re: INV-14550",
  b="""Hi,

The flood in our showroom has shut us for a month and I'm waiting on the insurers to settle. I can't pay anything until they do. Please keep the account open, I'll be in touch the minute the money comes.

Mandy Clarke
Clarke Kitchens""",
  q=("gm", 4, """Dear Mandy,

INV-14550 for £3,280.00 (worktops) is now overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="X", n="can't pay until insurance settles, no date -> null")

M(d="2025-05-25", fr="Lars Eriksen <lars@eriksen-design.example>", s="Re: Invoice #16590",
  b="""Hi,

Could we extend the due date by 14 days? A client payment was delayed and I would rather pay you in one go than in pieces.

Best regards,
Lars Eriksen""",
  fmt="alt",
  q=("gm", 2, """Dear Lars,

Invoice #16590 for €1,150.00 is now overdue. Please arrange payment.

Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("plus", 14), n="'extend the due date by 14 days' -> +14 from the message date (8 Jun)")

M(d="2025-07-05", fr="Sonia Patel <sonia@patelpharma.example>", s="Re: INV-18010",
  b="""Hi,

I can't pay on Friday as we planned, sorry - the NHS payment has been delayed. Is Monday the 14th OK instead?

Sonia""",
  q=("gm", 3, """Dear Sonia,

Thanks for confirming you'll pay INV-18010 (£1,340.00) on Friday.

Regards,
Northwind Supplies Ltd"""),
  i="X", pd=("dom", 14), n="HARD: 'Monday the 14th' (Sat 5 Jul) = 14 July, not the next Monday; asked -> extension")

M(d="2025-08-09", fr="Jo Kingsley <jo@kingsleyyarns.example>", s="Re: INV-19350",
  b="""Hi there,

Could we do this in three equal payments over the next three months? The summer shows didn't sell anything like what I'd hoped.

Thanks so much,
Jo""",
  q=("gm", 5, """Hi Jo,

INV-19350 for £1,350.00 is now overdue.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="X", n="three equal payments asked; instalment amount not stated in new text -> null amount, null date")

M(d="2025-10-19", fr="Amélie Laurent <amelie@laurent-patisserie.example>", s="Re: INV-21390",
  b="""Bonjour,

Business has been difficult since the road closure. Would it be possible to pay at the end of November? I am very sorry for this.

Amélie Laurent
Pâtisserie Laurent""",
  q=("fr", 2, """Dear Amélie,

INV-21390 for €680.00 is overdue. Please arrange payment.

Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("eonm",), n="'end of November' from October -> end of next month 30 Nov 2025")

M(d="2025-11-23", fr="Stephen Wyatt <stephen@wyattgarages.example>", s="Re: Overdue account",
  b="""We need to stretch this over the quarter I'm afraid. Let me know what you can accept.

Stephen""",
  q=("gm", 3, """Dear Stephen,

Your account has an overdue balance of £4,400.00. Please contact us.

Northwind Supplies Ltd""", "Overdue account"),
  i="X", n="stretch over the quarter, no amount or date -> null")

M(d="2026-01-03", fr="Lewis Grant <lewis@grantsportswear.example>", s="Re: INV-23870",
  b="""Happy new year! Could I pay you £200 on the 9th and then the other £200 on the 23rd? Christmas was slower than we expected.

Lewis""",
  q=("gmus", 4, """Hi Lewis,

INV-23870 for £400.00 (printed tees) is overdue.

Harbour Lane Print Co"""),
  cr="hl",
  i="X", pd=("dom", 9), a="200.00 GBP", n="asked split; first £200 on the 9th (Sat 3 Jan -> 9 Jan)")

M(d="2026-03-01", fr="Carla Mendes <cmendes@mendeslogistics.example>", s="RE: Invoice #26050 past due",
  b="""Hi,

Given how our Q1 is looking, could we get net 90 on this one? It would really help us get through to the spring contracts.

Carla Mendes
AP Manager, Mendes Logistics
(555) 019-4412""",
  q=("om", 4, """Dear Carla,

Invoice #26050 for $5,120.00 is past due. Please remit at your earliest convenience.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", n="HARD: 'net 90' counts from an invoice date we can't see -> date null")

M(d="2026-04-04", fr="Olly Fenton <olly@fentonbrewco.example>", s="Re: INV-27190",
  b="""Is it ok if we pay after Easter? Cash is tied up in the new fermenter.

Olly

Sent from my iPhone""",
  i="X", n="HARD: 'after Easter' names no day -> null")

M(d="2026-05-31", fr="Agnieszka Wróbel <aga@wrobel-cleaning.example>", s="Re: INV-28930",
  b="""Hello,

I am sorry but this month I have big problem with money. Please give me until the 10th of next month. Then I pay everything.

Agnieszka""",
  q=("gm", 5, """Dear Agnieszka,

INV-28930 for £410.00 (cleaning products) is overdue.

Northwind Supplies Ltd"""),
  i="X", pd=("dom", 10), n="'give me until the 10th of next month' (31 May -> 10 Jun)")

M(d="2026-07-19", fr="Martin Kavanagh <martin@kavanaghsigns.example>", s="Re: INV-30560",
  b="""Hi,

I can pay £400 on Friday, but I'd need until the end of August for the other £1,100. Would that work for you?

Martin""",
  q=("gm", 3, """Dear Martin,

INV-30560 for £1,500.00 (vinyl and substrates) is overdue. Please arrange payment.

Harbour Lane Print Co"""),
  cr="hl",
  i="X", pd=("wd", "fri"), a="400.00 GBP", n="HARD: part now, asks time for the larger rest -> extension; first payment £400 Friday (Sun 19 Jul -> 24 Jul)")

M(d="2026-09-05", fr="Finance Office <finance@oakleighacademy.example>", s="RE: Overdue invoice INV-31840",
  b="""Dear Sir/Madam,

The Trust has unfortunately exhausted its budget for facilities spend for this financial year. Could we defer payment of this invoice until the new financial year? We would settle it in the first payment run.

Kind regards,
Finance Office
Oakleigh Academy Trust""",
  fmt="alt",
  q=("ol", 5, """Dear Finance Office,

Invoice INV-31840 for £3,960.00 (summer deep clean) is now overdue.

Kestrel Facilities Services"""),
  cr="ks",
  i="X", n="defer to the new financial year, no date -> null")

# ---------------------------------------------------------------- dispute
M(d="2025-02-11", fr="Brian Goddard <brian@goddardpackaging.example>", s="Re: INV-12580",
  b="""Hi,

Your quote was £1,200 for the 500 units. You've invoiced £1,380. We're struggling enough as it is without being stung 15% more than we agreed. Please reissue at the quoted price.

Brian""",
  q=("gm", 3, """Dear Brian,

INV-12580 for £1,380.00 is overdue. Please arrange payment.

Harbour Lane Print Co"""),
  cr="hl",
  i="D", a="1380.00 GBP", n="price not as quoted; contested charged amount £1,380")

M(d="2025-06-24", fr="Wendy Ashdown <wendy@ashdownpubs.example>", s="Re: INV-17550 outstanding",
  b="""Hello,

This was cancelled with a credit note back in May, CN-0442, after the mis-delivery. Please check your ledger. We can't be paying invoices twice in the state things are in.

Wendy""",
  q=("gm", 4, """Dear Wendy,

Our records show INV-17550 (£466.00) is still outstanding.

Northwind Supplies Ltd"""),
  i="D", n="already credited (CN-0442) -> dispute")

M(d="2025-12-03", fr="Paul Whitby <paul.whitby@whitbyhome.example>", s="Re: INV-22515 - boiler repair",
  b="""The boiler still isn't working. Your engineer replaced a part, charged me £480 and left, and we've had no heating for ten days since. I'm not paying £480 for a repair that didn't repair anything.""",
  q=("gm", 2, """Dear Mr Whitby,

INV-22515 for £480.00 (boiler repair, callout and parts) is now due.

Kestrel Facilities Services""", "INV-22515 - boiler repair"),
  cr="ks",
  i="D", a="480.00 GBP", n="work didn't fix fault; refuses to pay -> dispute")

M(d="2026-02-03", fr="Cathy Bell <cathy@bellsweetshop.example>", s="Re: INV-25230",
  b="""We never received this order. Nothing arrived, no card through the door, nothing. I don't have the money to be paying for things that haven't turned up.

Cathy""",
  i="D", n="goods not received -> dispute; no quote")

M(d="2026-05-19", fr="Ian Ferris <ian@ferrisgardens.example>", s="Re: INV-28620",
  b="""Hi,

The £95 delivery surcharge on this is wrong - we collected the order ourselves from your yard. For the rest, could we have until the 29th? It's been a slow spring.

Ian Ferris
Ferris Gardens""",
  q=("gm", 4, """Dear Ian,

INV-28620 for £1,295.00 (including delivery surcharge £95.00) is overdue.

Northwind Supplies Ltd"""),
  i="D", a="95.00 GBP", n="HARD: disputes surcharge + asks time for the rest -> dispute wins; amount = contested £95")

M(d="2026-08-25", fr="Sophie Lin <sophie@linteaimports.example>", s="Re: INV-31530 - 2nd reminder",
  b="""We returned the whole order in July because the tins were dented - your warehouse signed for it on the 14th. Why are we still being chased for it? We're a tiny business and this is really stressful.""",
  q=("gm", 3, """Dear Sophie,

This is our second reminder for INV-31530 (£1,120.00, printed tea tins).

Greenfold Packaging"""),
  cr="gf",
  i="D", n="HARD: question form but the goods were returned -> dispute")

M(d="2026-10-13", fr="Hamid Karimi <hamid@karimiaccountants.example>", s="Re: INV-32720",
  b="""Hello,

You've billed 32 hours for the office clear-out but my own timesheets for your team show 24. We've been careful with every penny this year and I'm not signing off hours that weren't worked. Please recheck.

Hamid Karimi""",
  q=("ol", 2, """Dear Hamid,

Invoice INV-32720 (office clear-out, 32 hours) is overdue.

Kestrel Facilities Services"""),
  cr="ks",
  i="D", n="hours billed contested; no money figure stated -> amount null")

M(d="2026-11-18", fr="Rhona Sinclair <rhona@sinclairbuildingservices.example>", s="Re: Statement - November",
  b="""Hi,

Your colleague told us the admin fee would be waived if we cleared the arrears by the end of October, and we did, every penny. So why is the £60 admin fee back on the statement?

Rhona""",
  q=("gm", 2, """Dear Rhona,

Please find your November statement below. Balance due: £60.00 (administration fee).

Northwind Supplies Ltd""", "Statement - November"),
  i="D", a="60.00 GBP", n="HARD: question form contesting a fee that was to be waived -> dispute")

# ---------------------------------------------------------------- already_paid
M(d="2025-03-19", fr="Kim Ashby <kim@ashbyflooring.example>", s="Re: INV-14205",
  b="""Please confirm you received our payment of £720 made on Monday. We've had to borrow to make it so I'd like to know it's arrived.

Kim Ashby""",
  i="A", a="720.00 GBP", n="'please confirm you received our payment' -> already_paid; no quote")

M(d="2025-05-15", fr="Frank Dobbs <frank@dobbsbakery.example>", s="Re: INV-16480",
  b="""I paid your driver cash when he dropped off, £85, and he gave me a receipt. Check with him.""",
  q=("gm", 2, """Dear Frank,

INV-16480 (£85.00) is overdue. Please arrange payment.

Greenfold Packaging"""),
  cr="gf",
  i="A", a="85.00 GBP", n="cash to the driver -> already_paid")

M(d="2025-09-11", fr="Liz Turner <liz@turnercreative.example>", s="Re: INV-20380",
  b="""Hi, I paid this through your online portal last night, should be showing by now? Sorry it took a while, it's been a tight month.

Liz""",
  q=("gmus", 1, """Hi Liz,

INV-20380 (€540.00) is now overdue - you can pay online at our portal.

Bright Pixel Studio"""),
  cr="bp",
  i="A", n="paid via portal last night")

M(d="2025-12-20", fr="Yusuf Demir <yusuf@demirkebabs.example>", s="Re: Statement - December",
  b="""Hi,

I paid INV-22780 and INV-22905 together on Thursday, £1,045.60 total. One transfer, both invoice numbers in the reference.

Yusuf""",
  q=("gm", 2, """Dear Yusuf,

Your statement shows two overdue invoices: INV-22780 (£612.40) and INV-22905 (£433.20).

Greenfold Packaging""", "Statement - December"),
  cr="gf",
  i="A", a="1045.60 GBP", n="combined payment for two invoices; amount = total paid")

M(d="2026-04-10", fr="Hugh Daly <hugh@dalymotors.example>", s="Re: INV-27350",
  b="""Sent the money Thursday, bank says it's cleared. Screenshot attached. Apologies for the wait.

Hugh Daly
Daly Motors
Tel: 01632 960 214""",
  att=["payment-screenshot.png"],
  q=("gm", 3, """Dear Hugh,

INV-27350 for £1,580.00 is overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="A", n="sent Thursday with screenshot attached")

M(d="2026-06-28", fr="Kerry Walsh <kerry@walshcafe.example>", s="Re: Payment plan - June instalment missing",
  b="""Hi,

I did pay the June instalment on the 15th, but I've just realised it went to your old bank account from the standing order I set up last year. My bank says it's gone through. Can you check with your old bank or tell me how to get it moved?

Kerry""",
  q=("gm", 2, """Dear Kerry,

We haven't received your June instalment of £150.00 under the payment plan for INV-28200.

Kind regards,
Northwind Supplies Ltd""", "Payment plan - June instalment missing"),
  i="A", n="HARD: paid to old bank details - still already_paid, with an implicit question")

M(d="2026-09-22", fr="Derek Lyle <derek@lyleironworks.example>", s="Re: INV-31995",
  b="""The cheque went in the post on Monday, second class I'm afraid. £2,085. It's all the bank would let me write this month.

Derek""",
  q=("gm", 4, """Dear Derek,

INV-31995 for £2,085.00 is now 30 days overdue.

Northwind Supplies Ltd"""),
  i="A", a="2085.00 GBP", n="cheque posted Monday -> already_paid; 'all the bank would let me write' is colour, full amount")

M(d="2026-11-14", fr="Jade Oduya <jade@jadeoduyamakeup.example>", s="Re: Payment plan - final instalment",
  b="""Just paid the final instalment 🎉 that's us square now! Thanks for being patient with me this year.

Jade

Sent from my iPhone""",
  i="A", n="final instalment paid; thanks is colour")

# ---------------------------------------------------------------- question
M(d="2025-01-29", fr="Duncan Forsyth <duncan@forsythjoinery.example>", s="Re: Account overdue",
  b="""Hi,

Could you tell me the total outstanding including any interest you've added? I'm meeting the bank on Friday about a loan and need the exact figure.

Duncan Forsyth
Forsyth Joinery""",
  q=("gm", 3, """Dear Duncan,

Your account is overdue. Please contact us to arrange payment.

Northwind Supplies Ltd""", "Account overdue"),
  i="Q", n="asks total incl. interest for a bank loan; no stance -> question")

M(d="2025-04-14", fr="Nisha Rao <nisha@raoyoga.example>", s="Re: INV-15300",
  b="""Is the £396 on this including VAT? I need to know what I can reclaim before I pay, every bit counts at the moment.""",
  q=("gm", 3, """Dear Nisha,

INV-15300 (£396.00, yoga mats and blocks) is overdue.

Northwind Supplies Ltd"""),
  i="Q", n="asks VAT breakdown before paying -> question; amount null")

M(d="2025-07-29", fr="Gary Holt <gary.holt@yahoo.example>", s="Re: INV-18700",
  b="""can i pay cash at your depot? my card got stopped by the bank and they won't reissue it for a week""",
  i="Q", n="asks to pay cash at depot; no quote")

M(d="2025-10-06", fr="Moira Blake <moira@blakegrocers.example>", s="Re: Payment reminder",
  b="""Hi,

Which invoice is this for? I've paid everything I have on file up to the end of September, so I'm not sure what's outstanding.

Moira""",
  q=("gm", 2, """Dear Moira,

This is a reminder that your account has an overdue amount of £214.00.

Greenfold Packaging"""),
  cr="gf",
  i="Q", n="HARD: asks which invoice; general 'paid everything I have on file' is not a claim about this one -> question")

M(d="2026-01-12", fr="Franziska Huber <f.huber@huber-transporte.example>", s="AW: INV-24105",
  b="""Hello,

Before we transfer - is your IBAN still the same? Our bank flagged the account name as not matching and we had a fraud case last year, so I must check.

Franziska Huber""",
  cr="al",
  q=("de", 3, """Sehr geehrte Frau Huber,

die Rechnung INV-24105 über 1.780,00 EUR ist überfällig.

Alpenrose Logistik GmbH"""),
  i="Q", n="IBAN confirmation before paying; 'before we transfer' is not a commitment")

M(d="2026-03-10", fr="Ollie Grant <ollie@grantbikes.example>", s="Re: INV-26450",
  b="""Hi, will pay as soon as you send your bank details - they're cut off at the bottom of the PDF you sent.

Ollie""",
  q=("gm", 2, """Hi Ollie,

Please find attached INV-26450 for £620.00.

Northwind Supplies Ltd"""),
  i="Q", n="HARD: promise conditional on receiving bank details -> question")

M(d="2026-06-16", fr="Beverley Hunt <bev@hunthairdressing.example>", s="Re: Payment plan",
  b="""When is the next instalment due and how much is it? I've lost the letter you sent and I want to make sure I don't miss it.

Bev""",
  i="Q", n="asks next instalment date/amount; no stance")

M(d="2026-10-22", fr="Paul Nkemelu <paul@nkemeluimports.example>", s="Re: INV-32550",
  b="""Hi,

What would the late payment fee be if we paid on the 30th rather than now? I need to work out whether it's worth borrowing to pay it this week.

Paul""",
  q=("gm", 3, """Dear Paul,

INV-32550 for £2,940.00 is overdue. Late payment charges may apply.

Northwind Supplies Ltd"""),
  i="Q", n="HARD: asks cost of paying on the 30th; not asking permission -> question")

# ---------------------------------------------------------------- ignore
M(d="2025-04-04", fr="Sean Tierney <sean@tierneyplumbing.example>", s="RE: INV-15245",
  b="""Thanks, noted.

Sean""",
  q=("ol", 1, """Dear Sean,

Thank you for your payment of £300.00 towards INV-15245. The remaining balance is £420.00.

Northwind Supplies Ltd"""),
  i="I", n="bare acknowledgement")

M(d="2025-06-06", fr="Accounts Payable <noreply-ap@clarionhealth.example>", s="Automatic reply: Payment reminder INV-17310",
  b="""Thank you for contacting Clarion Health Accounts Payable.

Your email has been received. Invoices are processed in accordance with our standard 60-day payment terms. Please do not reply to this address; for queries use the supplier portal.

This is an automated message.""",
  auto=1,
  i="I", n="HARD: AP auto-acknowledgement describing terms, no commitment -> ignore")

M(d="2025-09-14", fr="J Bright <jbright@brightprops.example>", s="Re: Harbour Lane Print Co - newsletter September",
  b="""Unsubscribe""",
  cr="hl",
  i="I", n="bare unsubscribe")

M(d="2025-11-03", fr="Reception <reception@fernhillvets.example>", s="Re: INV-21945",
  b="""Hi, Jenny left Fernhill at the end of October. I'll pass this on to whoever is taking over her work.

Reception""",
  q=("gm", 3, """Dear Jenny,

INV-21945 (£388.00) is overdue.

Northwind Supplies Ltd"""),
  i="I", n="left company, will pass on, no stance")

M(d="2026-01-05", fr="Hartwell Hardware <office@hartwellhardware.example>", s="Automatic reply: INV-23620",
  b="""Thank you for your email. Our office is closed for the holidays and reopens on 6 January. Supplier payments will resume once we are back.

Hartwell Hardware""",
  auto=1,
  i="I", rd=("md", 1, 6), n="HARD: closure auto-reply mentions payments resuming, no commitment -> ignore; return 6 Jan")

M(d="2026-04-30", fr="Nina Hughes <nina@hughesdental.example>", s="RE: INV-27950 overdue",
  b="""Tony - can you deal with this one please? It's the hygiene supplies.

N""",
  q=("ol", 1, """Dear Nina,

INV-27950 for £845.00 is now overdue.

Northwind Supplies Ltd"""),
  i="I", n="internal forward to a colleague that reached us -> ignore")

M(d="2026-07-23", fr="Darren Cole <darren@colejoinery.example>", s="Re: Extension agreed - INV-30300",
  b="""Cheers for sorting that, really appreciate you being flexible with us.

Darren""",
  q=("gm", 1, """Dear Darren,

We're happy to confirm the extension: INV-30300 is now due on 21 August.

Kind regards,
Northwind Supplies Ltd""", "Extension agreed - INV-30300"),
  i="I", n="HARD: thanks for an agreed extension; the date is only in our quote -> ignore")

M(d="2026-10-30", fr="Pam Rigby <pam@rigbyflorists.example>", s="Re: INV-32790 copy",
  b="""Got the copy, thanks.""",
  q=("gm", 1, """Dear Pam,

As agreed on the phone, you'll be paying INV-32790 (£318.00) on the 15th. A copy of the invoice is attached for your records.

Kind regards,
Northwind Supplies Ltd""", "INV-32790 copy"),
  i="I", n="HARD: the promise is only in our quoted note; new text acknowledges the copy -> ignore")

# ================================================================ batch 4
# ---------------------------------------------------------------- promise_to_pay
M(d="2025-01-31", fr="Elaine Forbes <elaine.forbes@forbesnurseries.example>", s="RE: INV-11402 - January statement",
  b="""Good morning,

Apologies for the late reply. We will be making payment of £1,045.00 on Thursday 6th February, when our quarterly grant instalment arrives.

Kind regards,
Elaine Forbes
Office Manager
Forbes Nurseries""",
  fmt="html",
  html="""<div style="font-family:Calibri,sans-serif;font-size:11pt">Good morning,<br><br>Apologies for the late reply. We will be making payment of &pound;1,045.00 on <b>Thursday 6th February</b>, when our quarterly grant instalment arrives.<br><br>Kind regards,<br>Elaine Forbes<br><span style="color:#666">Office Manager<br>Forbes Nurseries</span></div>""",
  cr="gf",
  i="P", pd=("wd", "thu"), a="1045.00 GBP", n="HTML-only; 'Thursday 6th February' (Fri 31 Jan -> Thu 6 Feb); weekday and date agree")

M(d="2025-04-04", fr="Gerry Lynch <gerry@lynchpropertymaint.example>", s="Re: INV-15190",
  b="""Got paid by the insurers at last this afternoon, only took them four months. Sending yours Tuesday, £2,350. Cheers for not chasing harder.

Gerry""",
  i="P", pd=("wd", "tue"), a="2350.00 GBP", n="own receivable arrived; firm 'Tuesday' (Fri 4 Apr -> Tue 8 Apr); no quote")

M(d="2025-07-13", fr="Rachel Ng <rachelng@icloud.example>", s="Re: INV-18420",
  b="""transfer going in tomorrow a.m. sorry for the delay

Sent from my iPhone""",
  q=("ios", 3, """Hi Rachel,

INV-18420 (£128.00) is overdue. Could you let us know when you'll pay?

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="P", pd=("tmrw",), n="Sunday, 'tomorrow a.m.' -> Mon 14 Jul")

M(d="2025-10-10", fr="Andrew Blackwood <andrew@blackwoodcabinets.example>", s="RE: Account overdue - Blackwood Cabinets",
  b="""Dear Martin,

Thank you for your patience, and for the call on Tuesday.

I owe you an explanation. In July we took on a large fit-out contract for a hotel group in Harrogate. We bought the materials up front, including most of what is on your invoices, on the understanding that we would be paid in stages. The first stage payment was due in August and did not arrive until last week, and it was short by about a third because the client is disputing a variation. That has left us juggling every supplier and the wages.

I don't want this to drag on, and I don't want to make promises I can't keep, so here is what we will do. We will pay £1,000 on the 17th, when our own September invoices are due in, and the remaining £2,480 on 31 October. Both payments will be by BACS with the invoice numbers as the reference.

If anything changes I will tell you before the date, not after it. We have traded with Northwind for nine years and I'd like that to continue.

Kind regards,

Andrew Blackwood
Director
Blackwood Cabinets Ltd
Unit 12, Canal Side Works
Tel: 01632 960 903""",
  fmt="alt",
  q=("om", 3, """Dear Andrew,

Your account shows an overdue balance of £3,480.00 (INV-20110, INV-20455).

Further to our call, please confirm when payment will be made.

Martin Reeve
Credit Control
Northwind Supplies Ltd""", "Account overdue - Blackwood Cabinets"),
  cr="nwc",
  i="P", pd=("dom", 17), a="1000.00 GBP", n="long (~250 words) explanation + declared split; first £1,000 on the 17th (Fri 10 Oct -> Fri 17 Oct)")

M(d="2026-02-20", fr="Mr R. Ashcroft <rashcroft@talktalk.example>", s="Re: Gutter cleaning invoice",
  b="""Dear Sir,

My pension goes in on the 27th and I will pay you then by bank transfer. I apologise, the winter fuel bills came first.

R. Ashcroft""",
  q=("gm", 6, """Dear Mr Ashcroft,

Our invoice INV-25780 for £95.00 (gutter cleaning, January) is now overdue.

Kind regards,
Kestrel Facilities Services""", "Gutter cleaning invoice"),
  cr="ks",
  i="P", pd=("dom", 27), n="pensioner, 'pension goes in on the 27th' -> 27 Feb")

M(d="2026-05-01", fr="Accounts <accounts@seabrookmarine.example>", s="RE: INV-28190 / INV-28244",
  b="""Hi,

Both of these are approved and accounts have them scheduled for Thursday's run. The refit drained us over the winter but we're back on an even keel.

Regards,
Lindsay
Seabrook Marine""",
  fmt="alt",
  q=("ol", 2, """Dear Lindsay,

INV-28190 (£940.00) and INV-28244 (£1,310.00) are both overdue. Could you confirm a payment date?

Northwind Supplies Ltd"""),
  i="P", pd=("wd", "thu"), n="'scheduled for Thursday's run' (Fri 1 May -> Thu 7 May)")

M(d="2026-08-14", fr="Craig Logan <craig@loganfabrication.example>", s="Re: INV-31250 - now 40 days",
  b="""Craig here. The factor's advance on our July invoices lands Wednesday the 19th and I'll pay you out of it that day.

Craig Logan
Logan Fabrication
Mob: 07700 900 227""",
  q=("gm", 2, """Craig,

INV-31250 for £3,640.00 (steel sections) is now 40 days overdue. Please confirm a date.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("dom", 19), n="factoring advance 'Wednesday the 19th' (Fri 14 Aug -> Wed 19 Aug 2026)")

M(d="2026-09-13", fr="Selin Aksoy <selin@aksoydesign.example>", s="Re: Invoice #31980",
  b="""Hi,

You'll have it 10 days from today - that's when my retainer client pays. I'm sorry, it's been a very quiet summer for freelancers.

Selin""",
  q=("gmus", 4, """Hi Selin,

Invoice #31980 for €720.00 is overdue. Could you let us know when you'll pay?

Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("plus", 10), n="'10 days from today' -> +10 (Sun 13 Sep -> 23 Sep)")

M(d="2026-11-20", fr="Aidan Kerr <aidan@kerrandsons.example>", s="Re: INV-33540",
  b="""Doing it right now on my phone while I think of it. Cheers for the nudge.""",
  i="P", pd=("today",), n="'doing it right now' -> promise today (not yet confirmed sent); no quote")

# ---------------------------------------------------------------- extension_request
M(d="2025-01-19", fr="Lucy Parnell <lucy@parnellstudio.example>", s="Re: INV-11105",
  b="""Hi,

Any chance I could pay this in two halves, end of January and end of February? The January tax bill has flattened me.

Lucy""",
  q=("gm", 3, """Hi Lucy,

INV-11105 for £860.00 is now overdue.

Harbour Lane Print Co"""),
  cr="hl",
  i="X", pd=("eom",), n="asks two halves; first at end of January -> 31 Jan; half not stated as amount -> null")

M(d="2025-03-28", fr="Colette Byrne <colette@byrnebeauty.example>", s="Re: INV-14388 - overdue",
  b="""Hello,

I'm really sorry about this. Would you accept £250 a month by standing order from 1 May until it's paid off? The salon lost two stylists in March and I'm rebuilding.

Colette Byrne""",
  fmt="html",
  html="""<p>Hello,</p><p>I'm really sorry about this. Would you accept <strong>&pound;250 a month</strong> by standing order from 1 May until it's paid off? The salon lost two stylists in March and I'm rebuilding.</p><p>Colette Byrne</p>""",
  i="X", pd=("md", 5, 1), a="250.00 GBP", n="HTML-only; plan proposal from 1 May; amount = instalment")

M(d="2025-05-30", fr="Marcus Webb <marcus@webbandpartner.example>", s="Re: INV-16870",
  b="""I need a bit more time on this. My business partner walked out last week and took two of our biggest contracts with him. Can we talk on Monday about what's realistic?

Marcus""",
  i="X", n="needs more time, asks to talk, no date -> extension null; no quote")

M(d="2025-08-01", fr="Ken Ashford <ken@ashfordcarpentry.example>", s="Re: INV-19205",
  b="""Morning,

Could we settle this in 4 weekly payments of £125, starting next Friday? Work's been patchy with the builders' holidays.

Ken""",
  q=("gm", 3, """Dear Ken,

INV-19205 for £500.00 is overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="X", pd=("wd", "fri"), a="125.00 GBP", n="HARD: 'next Friday' sent on a Friday -> first Friday after = 8 Aug; weekly £125")

M(d="2025-09-18", fr="Tony Rizzo <tony@rizzoicecream.example>", s="Re: INV-20690",
  b="""Can't pay till October, sorry.

Sent from my iPhone""",
  i="X", n="cannot pay till October, month only -> null; no quote")

M(d="2025-11-07", fr="Heather Moss <heather@mossandco.example>", s="Re: Direct debit - November",
  b="""Hi,

Please could we move this month's direct debit to the 28th instead of the 15th? Our biggest customer has moved their payment date and it's left a gap.

Thank you,
Heather""",
  q=("gm", 2, """Dear Heather,

A reminder that your monthly direct debit of £180.00 under the payment plan will be collected on the 15th.

Northwind Supplies Ltd""", "Direct debit - November"),
  i="X", pd=("dom", 28), n="asks to move a plan collection to the 28th (7 Nov -> 28 Nov); amount only in quote")

M(d="2025-12-19", fr="Bryony Hale <bryony@halecrafts.example>", s="RE: INV-22830",
  b="""Hi,

Would the 6th of January work for this? We close on Christmas Eve and I won't get to the bank before then with the markets on.

Thanks,
Bryony

Get Outlook for Android""",
  q=("ol", 2, """Dear Bryony,

Invoice INV-22830 for £535.00 is overdue.

Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("md", 1, 6), n="asks for 6 January over year end -> 2026-01-06")

M(d="2026-02-05", fr="Simon Etherington <simon@etheringtonvets.example>", s="Re: INV-25050",
  b="""Hello,

We can pay this in full if you'll allow us until the end of the month. We're waiting on a large insurance claim from a client.

Simon""",
  q=("gm", 4, """Dear Simon,

INV-25050 (£1,720.00) is now overdue.

Northwind Supplies Ltd"""),
  i="X", pd=("eom",), n="HARD: 'we can pay in full if you allow us until the end of the month' = asks permission -> extension, 28 Feb")

M(d="2026-04-10", fr="Kirsty Alderton <kirsty@aldertonlettings.example>", s="Re: INV-27301",
  b="""Hi,

Is there any chance of three instalments of £500 each, the first one on Friday 24th and then monthly? A couple of our landlords have stopped paying their fees and it's hurting.

Kirsty
Alderton Lettings""",
  q=("gm", 3, """Dear Kirsty,

INV-27301 for £1,500.00 (void property cleans) is overdue.

Kestrel Facilities Services"""),
  cr="ks",
  i="X", pd=("dom", 24), a="500.00 GBP", n="asked plan; first £500 'Friday 24th' (24 Apr 2026 is a Friday)")

M(d="2026-06-07", fr="Bill Harrop <bill@harropfarm.example>", s="Re: Feed and bedding account",
  b="""Could you put this on hold for six weeks? We're in the middle of silage and nothing's coming in until the milk price review.

Bill""",
  q=("gm", 5, """Dear Mr Harrop,

Your account balance of £2,960.00 is overdue.

Northwind Supplies Ltd""", "Feed and bedding account"),
  i="X", pd=("plus", 42), n="HARD: 'on hold for six weeks' -> +42 (19 Jul)")

M(d="2026-08-06", fr="Fabio Conti <fabio@contivini.example>", s="Re: INV-31180",
  b="""Dear Northwind,

Our importer is late paying us for the spring shipment. Would you be willing to accept payment at the end of next month? After that we are clear.

Best regards,
Fabio Conti
Conti Vini Srl""",
  fmt="alt",
  q=("gm", 3, """Dear Fabio,

INV-31180 for €2,240.00 (wine shipping cartons) is overdue.

Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("eonm",), n="'end of next month' (Aug) -> 30 Sep 2026")

M(d="2026-10-09", fr="Dean Quinn <deanquinnelectrics@gmail.example>", s="Re: INV-32660",
  b="""Could I pay this off at £50 a week? I'm a one man band and the van's just died on me.

Sent from my Samsung Galaxy smartphone.""",
  i="X", a="50.00 GBP", n="weekly £50 plan, no start -> null date; no quote")

M(d="2026-11-26", fr="Greta Lindqvist <greta@lindqvistceramics.example>", s="Re: INV-33390",
  b="""Hej,

Can we push this to the 15th of December? My Christmas market income comes in the first week of December.

Greta""",
  q=("gm", 2, """Dear Greta,

INV-33390 for £615.00 (kiln shelves and props) is overdue.

Northwind Supplies Ltd"""),
  i="X", pd=("md", 12, 15), n="'push this to the 15th of December' -> 15 Dec 2026")

# ---------------------------------------------------------------- dispute
M(d="2025-01-10", fr="Rob Lister <rob@listerdemolition.example>", s="Re: INV-10720 skip hire",
  b="""You've charged us for three skips on the Hebden job. We had two. We're scraping by as it is without paying for a skip that never turned up.""",
  fmt="html",
  html="""<div>You've charged us for <u>three</u> skips on the Hebden job. We had two. We're scraping by as it is without paying for a skip that never turned up.</div>""",
  cr="ks",
  i="D", n="HTML-only; charged for items not supplied -> dispute")

M(d="2025-03-06", fr="Nora Hennessy <nora@hennessyhomes.example>", s="Re: INV-13855 - final invoice",
  b="""Hello,

We're not paying the final invoice until someone comes back and finishes the snagging. Half the kitchen doors don't close and the skirting in the hall is loose. I was promised it'd be done two weeks ago.

Nora Hennessy""",
  q=("gm", 4, """Dear Nora,

Please find attached our final invoice, INV-13855 for £2,750.00.

Kestrel Facilities Services""", "INV-13855 - final invoice"),
  cr="ks",
  i="D", n="HARD: refusal to pay until unfinished work is done -> dispute (poor/unfinished work)")

M(d="2025-06-29", fr="Peter Ormsby <peter.ormsby@ormsbyventures.example>", s="Re: INV-17340 overdue",
  b="""Dear Sirs,

This invoice is addressed to Ormsby Catering Ltd, which went into liquidation in March. I'm a director of a new company that bought some of its assets, but we did not take on its debts. Please direct this to the liquidator, Grey & Co.

Peter Ormsby""",
  q=("gm", 3, """Dear Mr Ormsby,

INV-17340 for £1,890.00 remains overdue.

Northwind Supplies Ltd"""),
  i="D", n="HARD: denies the debt belongs to them (old company in liquidation) -> dispute, not ignore")

M(d="2025-08-29", fr="Tanvir Hossain <tanvir@hossainsweets.example>", s="Re: INV-19980",
  b="""Hi,

You've charged £960 for the 300 sweet boxes. Our price list from you says £2.60 a box, so it should be £780. We're a small shop and we count every penny - please send a corrected invoice.

Tanvir""",
  q=("gm", 3, """Dear Tanvir,

INV-19980 for £960.00 is overdue.

Greenfold Packaging"""),
  cr="gf",
  i="D", a="960.00 GBP", n="price not as agreed; contested charged figure £960 (the £780 is what he thinks is right)")

M(d="2025-10-23", fr="Rosemary Cattell <rosemary@cattellbooks.example>", s="Re: INV-21350",
  b="""Hello,

Half the mailing boxes on that delivery were damp and had gone mouldy by the time we opened the pallet. I've got photos. I'll pay for the good half but I'm not paying for the ruined ones, and I can't afford to.

Rosemary""",
  q=("gm", 2, """Dear Rosemary,

INV-21350 for £612.00 (mailing boxes) is overdue.

Greenfold Packaging"""),
  cr="gf",
  att=["pallet1.jpg"],
  i="D", n="damaged goods, partial payment offer conditional on credit -> dispute; photo attached")

M(d="2026-01-16", fr="Karen Doyle <karen@doyleweddings.example>", s="Re: INV-24460",
  b="""Hi,

We paid a £500 deposit on this order back in October and it isn't shown anywhere on this invoice. You're asking us for the full amount. Please deduct it and reissue.

Karen""",
  q=("gmus", 3, """Hi Karen,

INV-24460 for £1,450.00 (wedding stationery) is overdue.

Harbour Lane Print Co"""),
  cr="hl",
  i="D", a="500.00 GBP", n="HARD: deposit not deducted = wrong amount -> dispute (not already_paid); amount = £500 contested overcharge")

M(d="2026-03-27", fr="Linda Park <lpark@parkinsurance.example>", s="RE: Invoice #26780 - past due",
  b="""Hello,

We cancelled this service in January - I have the cancellation confirmation from your sales rep dated January 12. We should not be billed for February or March at all. With our budget cuts this year we're checking every line.

Linda Park
Office Administrator
Park Insurance Agency""",
  q=("om", 4, """Dear Linda,

Invoice #26780 for $780.00 (managed print service, Feb-Mar) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="billed after cancellation -> dispute")

M(d="2026-07-10", fr="Joel Mensah <joel@mensahapparel.example>", s="Re: INV-30420",
  b="""Hey,

This was supposed to be free - your rep told me the first sample run was on the house to win our business. I'd never have ordered it otherwise, we can't afford £380 on samples right now.

Joel""",
  q=("gmus", 2, """Hi Joel,

INV-30420 for £380.00 (sample print run) is overdue.

Harbour Lane Print Co"""),
  cr="hl",
  i="D", a="380.00 GBP", n="claims agreed free sample -> dispute")

M(d="2026-09-24", fr="Sally Greaves <sally@greavesguesthouse.example>", s="Re: INV-31915",
  b="""Hi,

We'll happily pay for the work that was done once you take the £85 call-out charge off. Your engineer was booked for the morning, turned up at four, and we'd had to call someone else by then.

Sally""",
  q=("gm", 3, """Dear Sally,

INV-31915 for £245.00 (call-out £85.00, labour and parts) is overdue.

Kestrel Facilities Services"""),
  cr="ks",
  i="D", a="85.00 GBP", n="HARD: conditional promise on removing call-out charge -> dispute; amount = contested £85")

# ---------------------------------------------------------------- already_paid
M(d="2025-02-21", fr="Steve Okafor <steve@okaforbuild.example>", s="Re: INV-12730",
  b="""BACS went yesterday. £1,130.00.""",
  q=("gm", 3, """Steve,

INV-12730 for £1,130.00 is overdue.

Northwind Supplies Ltd"""),
  i="A", a="1130.00 GBP", n="curt 'BACS went yesterday'")

M(d="2025-04-25", fr="Purchase Ledger <purchaseledger@harrowgatecouncil.example>", s="Remittance Advice - Northwind Supplies Ltd",
  b="""Please find attached a remittance advice for payment made on 25/04/2025.

This is an automated notification from the Purchase Ledger team. Please do not reply.""",
  fmt="alt",
  att=["remittance.pdf"],
  to="accounts@northwind-supplies.example", noref=1,
  i="A", n="HARD: automated remittance notification is still a payment report -> already_paid (not ignore)")

M(d="2025-07-18", fr="Elsie Ward <elsie.ward@wardtearooms.example>", s="Re: INV-18630",
  b="""Hello, I paid this by card over the phone to Sue this morning. She gave me a reference, TX4471. Sorry it was late.

Elsie""",
  i="A", n="paid by card over the phone; TX ref not an invoice ref; no quote")

M(d="2025-10-02", fr="Aaron Fitch <aaron@fitchplumbing.example>", s="Re: Payment plan - INV-20745",
  b="""Hi,

We paid £600 of the £1,200 on Wednesday as agreed. Did it come through OK? Haven't had anything back from you.

Aaron""",
  q=("gm", 9, """Dear Aaron,

Further to our call, we agree that INV-20745 (£1,200.00) may be paid in two instalments of £600.00, the first on [[-1|%-d %B]] and the second a month later.

Northwind Supplies Ltd""", "Payment plan - INV-20745"),
  i="A", a="600.00 GBP", n="first plan instalment paid, asks if received -> already_paid")

M(d="2026-01-23", fr="Monika Schäfer <m.schaefer@schaefer-spedition.example>", s="AW: Zahlungserinnerung INV-24520",
  b="""Guten Tag,

die Zahlung über 3.150,00 EUR wurde am 21.01. veranlasst. Entschuldigen Sie die Verzögerung, wir hatten Liquiditätsprobleme im Dezember.

Mit freundlichen Grüßen
Monika Schäfer""",
  cr="al",
  q=("de", 4, """Sehr geehrte Frau Schäfer,

wir erinnern an die offene Rechnung INV-24520 über 3.150,00 EUR.

Alpenrose Logistik GmbH"""),
  i="A", a="3150.00 EUR", n="German: payment instructed on 21.01 -> already_paid")

M(d="2026-03-08", fr="Maya Joseph <mayajoseph.art@gmail.example>", s="Re: INV-26180",
  b="""I paid it yesterday. It took my last £300 but it's done.""",
  q=("gm", 4, """Hi Maya,

INV-26180 for £300.00 (giclée prints) is overdue.

Harbour Lane Print Co"""),
  cr="hl",
  i="A", a="300.00 GBP", n="paid yesterday, hardship colour")

M(d="2026-05-22", fr="Ruth Pender <ruth@pendertiles.example>", s="Re: INV-28730",
  b="""Hi,

The money was sent on Tuesday but my bank has held it for a fraud check because it was a bigger payment than usual. They say it'll be released on Monday. Nothing else I can do my end.

Ruth""",
  q=("gm", 2, """Dear Ruth,

INV-28730 for £2,640.00 is overdue.

Northwind Supplies Ltd"""),
  i="A", n="HARD: payment sent but held by the bank; release Monday is the bank's, not a promise -> already_paid")

M(d="2026-07-31", fr="Tom Hadley <tom@hadleyvintage.example>", s="Re: Invoice #30690",
  b="""Paid in full via PayPal just now, transaction ID 7GH21984KX334511L. Sorry for the delay, sales have been slow.

Tom""",
  q=("gmus", 4, """Hi Tom,

Invoice #30690 for €295.00 is overdue. You can pay by PayPal or bank transfer.

Bright Pixel Studio"""),
  cr="bp",
  i="A", n="paid via PayPal just now with transaction ID")

M(d="2026-10-23", fr="Claire Whitehead <claire@whiteheadnursing.example>", s="Re: Payment plan - missed instalment",
  b="""Hi,

I paid the September and October instalments together on Wednesday, £400 in total, so we should be up to date now. Sorry about September.

Claire""",
  q=("gm", 3, """Dear Claire,

We haven't received your September instalment of £200.00 under the plan for INV-29870.

Northwind Supplies Ltd""", "Payment plan - missed instalment"),
  i="A", a="400.00 GBP", n="two instalments paid together; amount = total paid")

# ---------------------------------------------------------------- question
M(d="2025-02-14", fr="Helen Tait <helen@taitgifts.example>", s="Re: INV-12870",
  b="""Do you charge a fee for card payments? If so I'll do a bank transfer instead - every pound matters this month.

Helen""",
  q=("gm", 2, """Dear Helen,

INV-12870 (£274.00) is overdue. You can pay by card or bank transfer.

Greenfold Packaging"""),
  cr="gf",
  i="Q", n="asks about card fees before paying")

M(d="2025-05-09", fr="Sanjay Gill <sanjay@gillconvenience.example>", s="Re: INV-16300",
  b="""Could you send me a copy of this invoice please? I can't find it anywhere and my accountant won't release any money without seeing it.

Sanjay""",
  i="Q", n="invoice copy request; no quote")

M(d="2025-08-24", fr="Philippa Moore <pip@moorestables.example>", s="Re: Account overdue",
  b="""Who do I talk to about this account? The number on your letter just rings out and I'd rather sort it with a person.""",
  q=("gm", 3, """Dear Philippa,

Your account is overdue by £1,065.00. Please call us on the number below.

Northwind Supplies Ltd""", "Account overdue"),
  i="Q", n="who to contact; no stance")

M(d="2025-11-14", fr="Gareth Evans <gareth@evanstiling.example>", s="Re: INV-21600",
  b="""Is this the full amount or does it already take off the £200 I paid in October? Just want to know what I actually owe before the next payment.

Gareth""",
  q=("gm", 2, """Dear Gareth,

INV-21600 shows a balance of £650.00 overdue.

Northwind Supplies Ltd"""),
  i="Q", n="HARD: asks whether earlier part payment is reflected, not asserting an error -> question; amount null")

M(d="2026-02-13", fr="AP Team <ap@brightwellgroup.example>", s="RE: INV-25310",
  b="""Hello,

Could you please upload this invoice to our Coupa supplier portal? Our AP team can only process invoices submitted there, emailed PDFs are not picked up.

Kind regards,
AP Team
Brightwell Group""",
  fmt="alt",
  q=("ol", 2, """Dear AP Team,

INV-25310 for £3,205.00 is overdue.

Northwind Supplies Ltd"""),
  i="Q", n="portal upload request")

M(d="2026-04-24", fr="Jamal Ibrahim <jamal@ibrahimtyres.example>", s="Re: INV-27640",
  b="""Hi, do you have a sort code and account number instead of the IBAN? My banking app won't take it.

Sent from my iPhone""",
  i="Q", n="bank details format question; no quote")

M(d="2026-07-26", fr="Tracey Bolt <tracey@boltfencing.example>", s="Re: Account on stop",
  b="""What's the minimum I'd need to pay to get the account off stop? I've got a big job starting and I need the posts.

Tracey""",
  q=("gm", 2, """Dear Tracey,

Your account has been placed on stop due to an overdue balance of £2,310.00.

Credit Control
Northwind Supplies Ltd""", "Account on stop"),
  cr="nwc",
  i="Q", n="HARD: asks what minimum would lift the stop; no proposal or date -> question")

M(d="2026-09-18", fr="Mrs J. Whitfield <jwhitfield@btinternet.example>", s="Re: INV-31870",
  b="""Where should I send the cheque? Is it still the Leeds address on the old invoices?

J Whitfield""",
  q=("gm", 4, """Dear Mrs Whitfield,

INV-31870 (£140.00, window cleaning) is overdue.

Kestrel Facilities Services"""),
  cr="ks",
  i="Q", n="asks cheque address before paying")

M(d="2026-11-08", fr="Finance <finance@grovecarehomes.example>", s="RE: Statement - Grove Care Homes",
  b="""Good afternoon,

Can you split the statement by site please? Head office will only release payment for invoices they can match to a site code, and with budgets as they are they're being strict about it.

Many thanks,
Finance
Grove Care Homes""",
  q=("ol", 3, """Dear Finance,

Please find your statement attached showing £6,480.00 overdue across all sites.

Northwind Supplies Ltd""", "Statement - Grove Care Homes"),
  i="Q", n="asks for statement split by site")

# ---------------------------------------------------------------- ignore
M(d="2025-03-02", fr="Jess Harker <jess@harkerdesign.example>", s="Automatic reply: INV-13390",
  b="""Hi, I'm on maternity leave until September and not checking emails. For anything urgent please contact studio@harkerdesign.example.""",
  auto=1,
  i="I", rd=None, n="maternity leave OOO; 'until September' has no day -> return_date null")

M(d="2025-05-16", fr="Lee Brannigan <lee@branniganbuilders.example>", s="Re: INV-16720",
  b="""ok""",
  q=("gm", 1, """Hi Lee,

Just a heads-up that INV-16720 (£412.00) falls due on Monday.

Northwind Supplies Ltd"""),
  i="I", n="one-word acknowledgement")

M(d="2025-08-08", fr="The Bakehouse <news@thebakehouse-kendal.example>", s="The Bakehouse News - August",
  b="""Hello from The Bakehouse!

Our new sourdough range lands in shops this weekend, and we're back at Kendal farmers' market every Saturday in August.

Thanks for being part of our story.

The Bakehouse team

You're receiving this because you're one of our contacts. Unsubscribe any time.""",
  fmt="html",
  html="""<h1 style="color:#8a5a2b">The Bakehouse News</h1><p>Our new sourdough range lands in shops this weekend, and we're back at Kendal farmers' market every Saturday in August.</p><p>Thanks for being part of our story.<br>The Bakehouse team</p><p style="font-size:9px">You're receiving this because you're one of our contacts. <a href="https://thebakehouse-kendal.example/unsub">Unsubscribe</a></p>""",
  to="accounts@greenfold-pack.example", cr="gf", noref=1,
  i="I", n="debtor's newsletter -> ignore")

M(d="2025-10-17", fr="Sam Clarke <samclarke1978@hotmail.example>", s="Re: INV-21255 overdue",
  b="""I think you've got the wrong Sam Clarke. I don't own a business and I've never heard of you.""",
  q=("gm", 2, """Dear Sam,

INV-21255 (£560.00) for Clarke Landscapes is overdue.

Northwind Supplies Ltd"""),
  i="I", n="wrong person, no stance on the debt -> ignore")

M(d="2026-01-09", fr="Harriet Bowes <harriet@bowesgallery.example>", s="Re: INV-24010",
  b="""Will pass to our accounts person.""",
  q=("gm", 1, """Dear Harriet,

INV-24010 (£320.00) is overdue.

Harbour Lane Print Co"""),
  cr="hl",
  i="I", n="passing on, no stance")

M(d="2026-03-20", fr="Phil Cartwright <phil@cartwrightgroundworks.example>", s="Out of Office: INV-26560",
  b="""I'm away until Monday 30 March. If you're chasing a payment, it will be dealt with on my return.

Phil Cartwright
Cartwright Groundworks""",
  auto=1,
  i="I", rd=("md", 3, 30), n="HARD: OOO 'will be dealt with on my return' is not a promise -> ignore; return 30 Mar")

M(d="2026-06-05", fr="Kate Doyle <kate@doylebakery.example>", s="FW: INV-29450 overdue",
  b="""Hi Jim,

See below - can you look at this before our meeting on Tuesday? I think it's one of the ones we talked about.

Kate""",
  q=("ol", 2, """Dear Kate,

INV-29450 for £720.00 is overdue. In your email of [[-9|%-d %B]] you said you would pay by the end of May.

Northwind Supplies Ltd"""),
  to="Jim Fraser <jim@fraseraccountancy.example>, accounts@northwind-supplies.example",
  i="I", n="HARD: forward to her accountant (cc us); the promise sits only in the quoted history -> ignore")

M(d="2026-08-21", fr="Ronan Kelly <ronan@kellyhire.example>", s="Read: INV-31310 - payment reminder",
  b="""Your message

To: Ronan Kelly
Subject: INV-31310 - payment reminder

was read on 21/08/2026 09:14.""",
  t="09:15", hdr={"X-Mailer": "Microsoft Outlook 16.0"},
  noref=1,
  i="I", n="read receipt -> ignore")

M(d="2026-10-02", fr="Louise Abbott <louise@abbottflowers.example>", s="Re: INV-32410",
  b="""Thanks for the reminder.

Louise""",
  q=("gm", 2, """Dear Louise,

INV-32410 (£245.00) is overdue.

Greenfold Packaging"""),
  cr="gf",
  i="I", n="HARD: thanks only, no commitment -> ignore")

# --- END OF DATA ---

if __name__ == "__main__":
    sys.exit(main("cashflow"))
