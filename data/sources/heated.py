"""Hand-written labelled debtor replies, slice "heated".

Flavour: emotional and long-winded writers. Angry paragraphs, sarcasm, CAPITALS,
exclamation marks, rambling stories, passive-aggressive politeness, threats to take
business elsewhere, complaints about the tone of our reminder, and people under real
stress (illness, a client gone bust, floods, bereavement). Every intent appears in this
register, including long messages that touch several intents where one must win by the
project conventions, and negations ("I am NOT paying a penny until...").

Every message body and every quoted reminder below was written by hand as literal data;
kit.py only packages them (see its docstring for the fields of M).

Run:  .venv/bin/python data/sources/heated.py -v
Writes data/labelled/heated/heated-NNN.eml and data/labelled/heated/labels.jsonl
"""

from __future__ import annotations

import sys

from kit import M, main

# ==========================================================================
# DATA
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2025-01-21", fr="Gordon Fairlie <gordon@fairliejoinery.example>", s="Re: SECOND REMINDER - INV-10422",
  b="""Fine. Friday. Now take me off your reminder list.

Gordon""",
  q=("gm", 2, """Dear Mr Fairlie,

SECOND REMINDER

Invoice INV-10422 for £1,186.00 is now 21 days overdue. We have not received a response to our previous reminder of [[-9|%-d %B]].

Please arrange payment immediately.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("wd", "fri"), n="grudging two-word promise, curt and annoyed")

M(d="2025-04-02", fr="Bernadette Quinlan <bernie@quinlanflorists.example>", s="Re: Payment reminder - INV-27113",
  b="""Good afternoon,

I have to say I found the tone of your last email quite something. "Failure to respond will result in further action." Further action! I have been buying from Greenfold for eleven years, through two recessions and a pandemic, and I have never once not paid you. One late invoice, during the busiest fortnight of the year for a florist (Mother's Day, in case nobody in your office has a mother), and I'm being spoken to like a criminal.

For the record, the money is going across to you before the end of the week. All £2,340 of it.

I would appreciate it if whoever writes these templates remembered that there are people on the other end of them.

Bernadette Quinlan
Quinlan Florists
12 Abbey Row""",
  q=("gm", 3, """Dear Customer,

Our records indicate that invoice INV-27113 for £2,340.00 remains unpaid beyond its due date of [[-18|%-d %B %Y]].

Failure to respond will result in further action being taken, which may include suspension of your account.

Greenfold Packaging
Accounts Department"""),
  cr="gf", fmt="alt",
  i="P", pd=("eow",), a="2340.00 GBP", n="long complaint about reminder tone; promise 'before the end of the week' on a Wednesday")

M(d="2025-06-17", fr="Terry Ashdown <terry@ashdownskips.example>", s="RE: INV-33871 overdue",
  b="""Three emails in four days. THREE. Do you lot not have anything better to do?

Denise has it on her desk and it's going out tomorrow. Happy now?

T. Ashdown
Ashdown Skip Hire
Tel: 01632 960 551""",
  q=("ol", 1, """Dear Terry,

Further to our emails of [[-4|%-d %B]] and [[-2|%-d %B]], invoice INV-33871 (£688.80) remains outstanding.

Please confirm a payment date by return.

Kind regards,
Credit Control
Northwind Supplies Ltd"""),
  i="P", pd=("tmrw",), n="irritated; third-party (Denise) paying tomorrow")

M(d="2025-10-15", fr="Owen Pritchard <owen@pritchardbakery.example>", s="Re: INV-37904 - now overdue",
  b="""Right. Where do I start.

The last two deliveries were late, the driver parked across my neighbour's drive and I got an earful for it, and the lids on the soup cups still don't fit properly no matter how many times I mention it to your rep. I have had three different companies in here this month offering to beat your prices and honestly I'm tempted.

But I'm not a cheat and I pay what I owe. The £954.60 will go on the 28th when payroll's done, same as it always does.

Owen""",
  q=("gm", 5, """Hi Owen,

Just a reminder that invoice INV-37904 for £954.60 was due on [[-10|%-d %B]] and remains unpaid.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("dom", 28), a="954.60 GBP", n="HARD: complaints about service but not contesting the invoice; firm promise on the 28th")

M(d="2025-02-25", fr="Maureen Kilbride <maureen@kilbridecattery.example>", s="Re: INV-22390",
  b="""Dear Sir or Madam,

We have NOT paid it yet, whatever my husband told your young man on the telephone on Friday. Eddie thinks everything is paid because I do the paying. I had a fall in January and things have piled up.

It will be paid on Monday, I have written it in the diary in red.

Yours faithfully
Maureen Kilbride (Mrs)""",
  q=("om", 3, """Dear Mrs Kilbride,

Thank you for speaking with us on Friday. Mr Kilbride advised that INV-22390 (£212.40) had been paid, however we are unable to locate the payment. Could you please check and let us know?

Regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "mon"), n="HARD: negation 'have NOT paid it yet' then firm Monday promise")

M(d="2025-10-08", fr="Kwame Asante <kwame@asante-logistics.example>", s="Re: Statement - INV-39270",
  b="""I paid £500 of this LAST WEEK, which you would know if anybody over there looked at their bank account before firing off another "final notice". The remaining £740 will be with you on the 15th. Not the 14th, not "as soon as possible", the 15th.

Kwame Asante
Asante Logistics""",
  q=("gm", 2, """Dear Mr Asante,

FINAL NOTICE

Invoice INV-39270 for £1,240.00 remains unpaid. Unless payment is received within 7 days your account will be placed on stop.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("dom", 15), a="740.00 GBP", n="HARD: part already paid + firm promise for rest; promise wins, amount = remaining £740")

M(d="2026-03-04", fr="Dale Hutchins <dhutchins@hutchinsdental.example>", s="RE: Past due notice - Invoice 58210",
  b="""Calling my cell three times on a Sunday about a toner invoice was completely uncalled for, and I'll be raising it with Meridian's account manager.

That said: your $3,180 goes out in our check run on the 20th, same as every other vendor on net 60. It's in the system. Nobody needs to call me again.

Dale Hutchins
Practice Manager, Hutchins Family Dental
(555) 014-2290""",
  q=("ol", 2, """Dear Mr. Hutchins,

Our records show that Invoice 58210 for $3,180.00 is now past due. We have attempted to reach you by phone.

Please remit payment at your earliest convenience.

Billing Department
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("dom", 20), a="3180.00 USD", n="US practice manager, angry about calls; check run on the 20th")

# ---------------------------------------------------------------- extension_request
M(d="2025-03-17", fr="Alan Whitcombe <alan@whitcombeframing.example>", s="Re: Overdue account - INV-25501",
  b="""I'm writing this from a hospital bed so forgive the typos.

I had a heart attack on the 2nd of this month. I've been in the cardiac unit at the General ever since and the shop has been shut because it's only me. I've only just got my phone back and found your emails, four of them, each one a bit sharper than the last, which I suppose you weren't to know.

I'm not going to pretend I can pay right now, because I can't. There's nothing coming in. Could you please give me until the end of next month? They say I'll be home next week and I can open up again gently after that.

I'm very sorry. I've never been late before.

Alan Whitcombe""",
  q=("gm", 1, """Dear Mr Whitcombe,

Despite several reminders, invoice INV-25501 for £1,415.00 remains unpaid. Please contact us urgently to discuss your account.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", pd=("eonm",), n="illness, in hospital; asks until end of next month")

M(d="2025-07-09", fr="Sunil Parekh <sunil@parekh-electrics.example>", s="Re: INV-35288 / INV-35601",
  b="""Hi,

I'll be straight with you. Hollis Retail went into administration on Monday owing us just under £48,000. That was three months of fit-out work and it's gone, we'll be lucky to see 5p in the pound.

I'm not refusing to pay you. I want to be clear about that. I just can't pay this month, not without missing wages, and I won't do that to my lads.

Could we do £500 a month starting on the 1st until it's cleared? I'll set up a standing order so nobody has to chase anybody.

Sunil Parekh
Director, Parekh Electrics Ltd""",
  q=("om", 3, """Dear Sunil,

Your account shows two overdue invoices, INV-35288 (£1,920.00) and INV-35601 (£1,140.00). Please let us know when we can expect payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("dom", 1), a="500.00 GBP", n="HARD: 'I'm not refusing to pay, I just can't this month' + instalment plan from the 1st; amount = instalment")

M(d="2025-11-04", fr="Rhian Morgan <rhian@morgansdeli.example>", s="Re: Reminder INV-40770",
  b="""Please. The river came over on Saturday night and we had three foot of water through the deli. Everything's gone, the fridges, the stock, the flooring. The insurers haven't even been out yet. I am standing in a car park writing this on my phone.

I know we owe you. Can you give us six weeks before you chase again? I'll pay the minute the insurance money lands.

Rhian

Sent from my iPhone""",
  q=("ios", 2, """Hi Rhian,

A reminder that INV-40770 (£836.25) was due on [[-8|%-d %B]]. Could you let us know when it will be paid?

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("plus", 42), n="flood; asks six weeks -> +42 days")

M(d="2026-01-26", fr="Hannah Prosser <hannah.prosser@prosserfarms.example>", s="Re: Account overdue",
  b="""To whoever is dealing with this,

My father, Geoff Prosser, who ran Prosser Farms, died on the 29th of December. I'm his daughter and I am trying to work my way through a mountain of his post and emails, of which yours is the fourth this month.

I understand the account needs settling and it will be. But the business accounts are frozen until probate is granted and nobody can tell me how long that will be. Please can you put this on hold until then. I can give you the solicitor's details if you need them.

I would be grateful if the next email I get from you isn't headed FINAL DEMAND.

Hannah Prosser""",
  q=("om", 5, """Dear Mr Prosser,

FINAL DEMAND

Invoices INV-45810 (£2,060.00) and INV-46022 (£1,338.50) remain unpaid despite previous reminders. Please settle the balance within 7 days.

Credit Control
Northwind Supplies Ltd"""),
  i="X", n="bereavement; asks hold until probate, no date -> null")

M(d="2026-05-19", fr="Lee Garvey <lee@garveydrylining.example>", s="Re: INV-57733 7 days overdue",
  b="""You want your money? So do I, mate. I've got four main contractors owing me and every one of them is "waiting on the client". I'm going to need another fortnight and to be honest I'm not asking so much as telling you how it is.

Lee""",
  i="X", pd=("plus", 14), n="HARD: aggressive 'another fortnight', telling not asking - still extension; +14")

M(d="2025-08-05", fr="Colin Ames <colin@amesmotorsport.example>", s="Re: INV-36412",
  b="""Look, I know I said the full £3,600 on Friday. I can't. The sponsor money for the season has been pushed back AGAIN and I'm furious about it, but that's not your problem.

What I can do is £1,200 this Friday and then split the rest over August and September, if you'll agree to that. I'd rather tell you now than go quiet on you.

Colin""",
  q=("and", 4, """Hi Colin,

Thanks for confirming on the phone that INV-36412 (£3,600.00) will be paid in full on Friday [[+3|%-d %B]].

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("wd", "fri"), a="1200.00 GBP", n="HARD: withdraws full promise, offers part Friday + asks time for rest; extension wins; first payment £1,200 Friday")

M(d="2026-09-07", fr="Jodie Platt <jodie@plattnails.example>", s="Re: Overdue invoice",
  b="""I'm sorry. I'm so sorry. I know I keep saying I'll do it. I've had the worst month, my ex has cleared out the joint account and I've been sleeping at my mum's.

Can I please have until the 25th? That's when I get paid and I will do it the same day, I swear.

Jodie x""",
  q=("ios", 3, """Hi Jodie,

INV-80115 for £146.00 is still showing as overdue. Please can you let us know when you'll pay?

Thanks
Harbour Lane Print Co"""),
  cr="hl",
  i="X", pd=("dom", 25), n="personal crisis; asks for the 25th")

# ---------------------------------------------------------------- dispute
M(d="2025-05-21", fr="Piers Langham <piers@langhamwinebar.example>", s="Re: INV-32188 - payment overdue",
  b="""You have got to be joking.

Half of the glassware on that order arrived SMASHED. Not chipped, smashed. The box was wet through and looked like it had been dropped off the back of the van. I sent your delivery man away with photos on his phone and I emailed your warehouse the same afternoon. Nobody replied.

And now I get a "payment overdue" email for the full £612.00, as if none of that happened.

I am not paying for broken glass. Credit the damaged half or collect the whole lot, your choice.

Piers Langham""",
  q=("gm", 3, """Dear Piers,

Our records show invoice INV-32188 for £612.00 (glassware, 6 cases) is now overdue. Please arrange payment at your earliest convenience.

Kind regards,
Northwind Supplies Ltd"""),
  i="D", a="612.00 GBP", n="damaged goods, angry; contests the full invoiced £612")

M(d="2025-12-02", fr="Margaret Oyelaran <m.oyelaran@oakfieldhousing.example>", s="RE: INV-43116 - Car park lighting works",
  b="""Good morning,

I'm afraid I have to reject this invoice in full.

Your engineers attended on two days in October, dug up half of the car park, and left. The lighting columns on the north side still don't work, there are barriers and a trench outside bay 14, and we have had two residents complain about tripping in the dark. I have chased your contract manager three times without a reply.

Meanwhile Kestrel has invoiced us £4,850.00 for "completion of works". The works are not complete. Not one penny of this will be paid until someone comes back, finishes the job, and signs it off with our facilities team.

I am copying our head of property on this email.

Margaret Oyelaran
Estates Officer
Oakfield Housing Association""",
  q=("ol", 6, """Dear Margaret,

Please find attached invoice INV-43116 for £4,850.00 for the completion of car park lighting works at Oakfield Court. Payment is due within 30 days.

Kind regards,
Accounts Receivable
Kestrel Facilities Services"""),
  cr="ks", fmt="alt",
  i="D", a="4850.00 GBP", n="work not finished; 'not one penny until' = negated conditional promise -> dispute")

M(d="2026-02-18", fr="Jens Kuypers <jens@kuypers-installatie.example>", s="Re: Reminder INV-47390",
  b="""Hello,

Your sales rep Martin quoted us €1.20 a unit for the 1,500 brackets, in writing, I have his email. That is €1,800. Your invoice says €2,475. That is not a rounding error, that is 37% more than we agreed.

I'm really tired of having this conversation with suppliers. Either send me an invoice for what was quoted or we are done buying from you. There are plenty of others.

Jens Kuypers""",
  i="D", a="2475.00 EUR", n="price not as quoted; amount = the charged figure contested (quote €1,800 also stated)")

M(d="2025-04-24", fr="Rosie Tam <rosie@tamtearooms.example>", s="Re: Overdue INV-30215",
  b="""I CANCELLED THIS ORDER.

I phoned on the 3rd of March and spoke to a lady called Pauline, and I emailed the same day to confirm. I have the email. I have the call on my phone log. The order never arrived because I cancelled it, and yet here I am with a reminder for £328.00 for goods I have never seen.

Please sort out your system. This is the second time this has happened and I am losing patience.

Rosie Tam
Tam's Tea Rooms""",
  i="D", a="328.00 GBP", n="charged for a cancelled order")

M(d="2026-06-24", fr="Caroline Ibbotson <caroline@ibbotsonvets.example>", s="RE: INV-60418",
  b="""Oh, how lovely, the same invoice again with a new number on it.

INV-60418 is, line for line, exactly the same as INV-59902: same date of delivery, same forty boxes of gloves, same £1,090.40. Which we paid. In May.

I would be grateful if somebody actually looked at this before our account is put on stop for a second time over your duplicate. Please cancel INV-60418 and confirm in writing.

Caroline Ibbotson
Practice Manager""",
  q=("ol", 2, """Dear Caroline,

Invoice INV-60418 for £1,090.40 is now overdue. Please arrange payment to avoid your account being placed on stop.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  fmt="alt",
  i="D", a="1090.40 GBP", n="HARD: duplicate invoice, sarcastic; mentions original was paid -> dispute over already_paid")

M(d="2025-10-16", fr="Marcus Delaney <marcus@delaneyfitness.example>", s="Re: INV-39544 - gentle reminder",
  b="""Gentle reminder. Right.

When we signed up for the rebrand package, your account manager Zoe told me, on a call, in front of my business partner, that the two rounds of logo revisions were INCLUDED. Free. Part of the package. That was the whole reason we went with you over the other studio.

So why is there an invoice for £450 for "additional logo revisions"?

I'm not paying it and frankly I'm embarrassed I have to explain this.

Marcus""",
  q=("gm", 2, """Hi Marcus,

Gentle reminder that invoice INV-39544 (£450.00, additional logo revisions) is now overdue.

Thanks!
Bright Pixel Studio"""),
  cr="bp",
  i="D", a="450.00 GBP", n="'I was told this was free'; rhetorical question -> dispute")

M(d="2026-10-07", fr="Graham Stokoe <graham@stokoe-hauliers.example>", s="Re: INV-86205 + late payment charge",
  b="""Let me make this very simple.

The £1,320.00 for the pallets I owe, no argument, and it'll go out with Thursday's payments.

The £45.00 "late payment administration fee" you've tacked on I am NOT paying. Nobody agreed to it, it's not in any terms I've signed, and the invoice was eleven days late because your own delivery was nine days late. Take it off or I'll take it off for you.

Graham Stokoe""",
  q=("gm", 3, """Dear Graham,

INV-86205 (£1,320.00) is now overdue. Please note a late payment administration fee of £45.00 has been added to your account in line with our terms.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="D", a="45.00 GBP", n="HARD: firm promise for main invoice + contests added fee; dispute wins by convention, amount = contested £45")

# ---------------------------------------------------------------- already_paid
M(d="2025-02-07", fr="Neil Crabtree <neil@crabtreeroofing.example>", s="RE: FINAL NOTICE INV-22057",
  b="""I PAID THIS ON THE 14TH OF JANUARY.

Check your own bank statement before you send me anything with FINAL NOTICE written on it. £1,275.00, from Crabtree Roofing Ltd, reference 22057. It left my account, it'll be sat in yours.

Neil""",
  i="A", a="1275.00 GBP", n="angry already paid with date and amount, capitals")

M(d="2025-07-30", fr="Priya Venkatesh <priya@venkateshconsulting.example>", s="Re: INV-35862 - still outstanding?",
  b="""Hi,

Attached, for what I believe is the third time, is the remittance advice for £1,642.80, paid on 2 July. I sent it to accounts@ on the 3rd, to your colleague Steve on the 16th, and now to you.

I'm sure you're very busy. So am I. Perhaps someone could forward it to whoever does the bank reconciliation this time.

Kind regards,
Priya Venkatesh""",
  q=("gm", 2, """Hi Priya,

We still don't seem to have received payment for INV-35862 (£1,642.80). Could you check on your side?

Thanks,
Harbour Lane Print Co"""),
  cr="hl", att=["remittance.pdf"],
  i="A", a="1642.80 GBP", n="passive-aggressive, remittance attached 'for the third time'")

M(d="2025-12-08", fr="Eileen Hargreaves <eileen.hargreaves@btinternet.example>", s="Re: Reminder",
  b="""Dear Northwind,

I posted a cheque to you on the 21st of November. I told your colleague Gavin this on the telephone last Tuesday. He said he would make a note. Evidently he did not.

If your post room has lost it that is really not my concern. I am seventy-four years old and I have run this guest house for thirty-one years and paid every bill on time.

Mrs E. Hargreaves
Fellside Guest House""",
  q=("gm", 6, """Dear Mrs Hargreaves,

Our records show INV-42850 (£184.60) is overdue. Please arrange payment or contact us if you have any questions.

Kind regards,
Northwind Supplies Ltd""", "Reminder"),
  i="A", n="cheque posted, affronted elderly owner; no amount stated in new text")

M(d="2026-04-28", fr="Bradley Cohen <bcohen@cohenlegal.example>", s="RE: Invoice #55120 - Second notice",
  b="""Could you please, at long last, confirm that you have received the $6,200.00 wire we sent on April 3? Our bank has confirmed it was delivered. This is the second "second notice" we have received since then and my managing partner is asking me why we keep getting chased for paid invoices.

A one-line confirmation would be wonderful.

Bradley Cohen
Office Administrator
Cohen & Varga LLP""",
  q=("ol", 3, """Dear Mr. Cohen,

SECOND NOTICE

Our records show that Invoice #55120 for $6,200.00 is past due. Please remit payment immediately.

Billing Department
Meridian Office Solutions Inc."""),
  cr="mo", fmt="alt",
  i="A", a="6200.00 USD", n="'please confirm you received our payment' -> already_paid, sarcastic")

M(d="2026-06-09", fr="Stella Marchetti <stella@marchettiproperty.example>", s="Re: INV-59017 - overdue",
  b="""I will NOT be paying this twice.

It was paid on the 2nd of May by bank transfer. £2,880.00. Reference MARCHETTI 59017. My bookkeeper has the confirmation and so do I. I'm not sure how much clearer I can be.

If you take another payment from me by mistake I'll be expecting it back the same day.

Stella""",
  q=("gm", 4, """Dear Stella,

Invoice INV-59017 for £2,880.00 remains unpaid. Please arrange payment within 7 days.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="A", a="2880.00 GBP", n="HARD: 'will NOT be paying' because already paid -> already_paid, not dispute")

M(d="2026-07-21", fr="Uwe Brenner <u.brenner@brenner-moebel.example>", s="AW: 2. Mahnung INV-72018",
  b="""Sehr geehrte Damen und Herren,

das ist jetzt die zweite Mahnung für eine Rechnung, die wir am 23. Juni bezahlt haben! 3.412,50 EUR, per Überweisung, Sparkasse. Ich habe Ihnen den Beleg schon einmal geschickt.

Bitte prüfen Sie Ihre Kontoauszüge, bevor Sie uns noch einmal mahnen. Das ist ärgerlich.

Uwe Brenner
Brenner Möbelwerkstatt""",
  q=("de", 3, """Sehr geehrter Herr Brenner,

leider konnten wir bis heute keinen Zahlungseingang für die Rechnung INV-72018 über 3.412,50 EUR feststellen. Wir bitten Sie, den Betrag umgehend zu überweisen.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH
Buchhaltung""", "2. Mahnung INV-72018"),
  cr="al",
  i="A", a="3412.50 EUR", n="German, angry second dunning letter for paid invoice")

M(d="2025-09-05", fr="Tasha Greenwood <tasha@greenwoodhair.example>", s="Re: INV-37355",
  b="""Seriously?? I paid this by card over the phone on Tuesday to a guy called Ryan. He read the card number back to me and everything. £96.50. I even got a text from my bank.

If you're going to chase people at least check with your own staff first. Honestly.

Sent from my iPhone""",
  q=("ios", 1, """Hi Tasha,

Our records show INV-37355 (£96.50) is overdue. Please could you arrange payment?

Thanks
Northwind Supplies"""),
  i="A", a="96.50 GBP", n="paid by card over phone, indignant")

# ---------------------------------------------------------------- question
M(d="2025-01-16", fr="Rob Keaveney <rob@keaveneytiles.example>", s="Re: Payment reminder",
  b="""Which invoice is this even for?? You've sent me four of these now and not one has an invoice number, an amount or a date on it. I buy off you every week. Give me something to go on and I'll look.

Rob""",
  q=("gm", 2, """Dear Customer,

Our records show that your account has an overdue balance. Please arrange payment as soon as possible.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="irritated 'which invoice is this for'; no refs anywhere")

M(d="2025-06-04", fr="Deborah Flint <deborah@flintinteriors.example>", s="Re: INV-33512 - reminder",
  b="""Before I pay a single thing: WHICH bank account? You have changed your bank details twice this year, once by a letter and once by an email that our bank flagged as a possible fraud. I am not sending £2,000-odd to an account because of an email.

Can someone ring me on 01632 960 288 and confirm the correct sort code and account number over the phone, please.

Deborah Flint
Flint Interiors""",
  q=("gm", 3, """Dear Deborah,

A reminder that invoice INV-33512 for £2,064.00 is now overdue. Please remit to the bank details shown on the invoice.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="bank details verification question, suspicious of fraud; not contesting")

M(d="2026-03-17", fr="Accounts Payable <ap@ridgewaycare.example>", s="RE: INV-49780 - overdue",
  b="""Hello again,

As I have now explained three times, our system will automatically reject any invoice that does not carry a purchase order number. It is not that we don't want to pay you; it is that the software literally won't let me.

Please can you reissue INV-49780 with our PO number on it. If you don't have the PO number, please tell me which of your staff placed the order and I will find it for you.

Kind regards,
Janet Cole
Accounts Payable
Ridgeway Care Group""",
  q=("ol", 2, """Dear Accounts Payable,

Invoice INV-49780 for £738.00 is now 30 days overdue. Please arrange payment by return.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  fmt="alt",
  i="Q", n="exasperated PO-number request; not contesting the debt")

M(d="2025-10-20", fr="Fergus Doyle <fergus@doyleagri.example>", s="Re: Your account",
  b="""Who am I actually supposed to be talking to?

I rang the number on the invoice and got a recorded message. I rang the main switchboard and got put through to sales, who put me through to the warehouse, who hung up. I've emailed accounts@ twice and got nothing back except this reminder.

I want to sort this out. Just give me a name and a phone number of a human being.

Fergus""",
  q=("om", 4, """Dear Fergus,

Your account shows an overdue balance of €3,180.00 relating to INV-39712. Please contact us to arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="who to contact, exasperated")

M(d="2025-08-15", fr="Lorraine Becket <lorraine@becketcatering.example>", s="Re: Third reminder",
  b="""I'd happily pay it the minute somebody sends me the actual invoice, which nobody has ever done. I've had three reminders and a phone call but not one invoice. Can you attach it to your next email instead of just telling me I owe you money?

L. Becket""",
  q=("gm", 1, """Dear Lorraine,

This is our third reminder regarding the overdue balance on your account. Please arrange payment urgently.

Kind regards,
Harbour Lane Print Co""", "Third reminder"),
  cr="hl",
  i="Q", n="HARD: promise conditional on receiving the invoice copy -> question")

M(d="2026-07-28", fr="Travis Boone <travis@booneconstruction.example>", s="RE: Invoice 71340 - past due",
  b="""For the LAST time: our AP department cannot cut a check to a vendor without a W-9 on file. I have asked for it twice. I have explained this to two different people. Can you PLEASE send me your W-9 so I can get you paid?

Travis Boone
Boone Construction LLC""",
  cr="mo", fmt="alt",
  i="Q", n="W-9 request, capitals, exasperated")

# ---------------------------------------------------------------- ignore
M(d="2025-03-01", fr="Phil Madden <phil@maddenmotors.example>", s="Re: Overdue invoice INV-25099",
  b="""UNSUBSCRIBE""",
  q=("gm", 1, """Dear Phil,

Invoice INV-25099 (£560.00) is overdue. Please arrange payment.

Northwind Supplies Ltd"""),
  i="I", n="bare 'UNSUBSCRIBE' in capitals")

M(d="2025-11-21", fr="Gina <gina.ferro@gmail.example>", s="Re: Payment reminder",
  b="""Stop emailing me.""",
  q=("ios", 1, """Hi Gina,

Just a friendly reminder that INV-40915 (£88.00) is overdue.

Thanks!
Bright Pixel Studio"""),
  cr="bp",
  i="I", n="'stop emailing me' with nothing else")

M(d="2026-02-06", fr="Howard Tilling <howard@tillingandsons.example>", s="Re: Monthly statement",
  b="""Every single morning I open this laptop and there's another one. The bank wants something, HMRC wants something, the energy company has put the standing charge up again, and every supplier I've ever bought a box of screws from has apparently bought the same robot that sends out the same email at 7am. Nobody picks up a phone any more. Nobody knows your name. Forty years I've been doing this and I have never felt more like a number on a spreadsheet.

Anyway. That's my rant for the day.

Howard""",
  q=("gm", 1, """Dear Howard,

Please find attached your monthly statement. The balance of £1,284.00 is due by [[+14|%-d %B]].

Kind regards,
Northwind Supplies Ltd""", "Monthly statement"),
  i="I", n="HARD: rant about automated emails in general, takes no stance on paying -> ignore")

M(d="2026-08-12", fr="Jackie Stannard <jackie@stannardhomes.example>", s="Re: INV-77208 reminder",
  b="""Gary where the HELL are you?? You said eight o'clock. It is now twenty to ten and I have a kitchen with no worktops and a customer standing in it asking me when her sink's going in. Ring me the second you get this.

J""",
  q=("gm", 5, """Dear Jackie,

A reminder that INV-77208 (£1,960.00) is due for payment on [[+2|%-d %B]].

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="HARD: angry message meant for someone else sent on our thread -> ignore")

M(d="2026-05-07", fr="Simon Achterberg <simon@achterberg-bouw.example>", s="Automatic reply: INV-57102 - overdue",
  b="""I am on leave until 18 May with no access to email.

If your message concerns an overdue invoice: please note that all payments are handled by our head office in Utrecht and NOT by me. Chasing me will not speed anything up. Contact crediteuren@achterberg-bouw.example.

Simon Achterberg""",
  auto=1,
  i="I", rd=("md", 5, 18), n="HARD: curt out-of-office that mentions payment but no stance; return date 18 May")

M(d="2025-05-24", fr="Recovery Desk <claims@fundsreclaim-uk.example>", s="URGENT: YOUR BUSINESS IS OWED £4,750 - ACT NOW!!",
  b="""ATTENTION BUSINESS OWNER!!!

Our records show your company may be OWED up to £4,750 in mis-sold energy contract charges! Thousands of businesses have ALREADY claimed. Don't let the big suppliers keep YOUR money!

Reply YES today to start your claim. No win, no fee.

To stop receiving these messages reply STOP.""",
  fmt="html", noref=1,
  html="""<div style="font-family:Arial,sans-serif"><h1 style="color:#c00">ATTENTION BUSINESS OWNER!!!</h1><p>Our records show your company may be <b>OWED up to &pound;4,750</b> in mis-sold energy contract charges! Thousands of businesses have ALREADY claimed. Don't let the big suppliers keep <u>YOUR</u> money!</p><p style="font-size:18px"><a href="https://fundsreclaim-uk.example/claim">Reply YES today to start your claim.</a> No win, no fee.</p><p style="font-size:10px;color:#888">To stop receiving these messages reply STOP.</p></div>""",
  i="I", n="shouty claims spam, HTML-only")

# ==========================================================================
# batch 2
# ---------------------------------------------------------------- promise_to_pay
M(d="2025-01-30", fr="Declan Hegarty <declan@hegartybar.example>", s="Re: 7th reminder - INV-21166",
  b="""Congratulations, your seventh reminder has worked. I hope whoever set up the automatic chaser is proud of themselves.

Our accountant has the €870 scheduled to go on Tuesday. You'll see it Wednesday at the latest depending on your bank.

D. Hegarty""",
  q=("gm", 2, """Dear Declan,

This is a further reminder that invoice INV-21166 for €870.00 remains unpaid. Please arrange payment without delay.

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "tue"), a="870.00 EUR", n="sarcastic; accountant has it scheduled Tuesday; 'Wednesday at the latest' is arrival, promise date = Tuesday")

M(d="2025-06-20", fr="Nadia Brooks <nadia@brookstailoring.example>", s="Re: INV-34012",
  b="""Honestly it has been the week from hell. My machinist walked out on Monday, I've had a wedding party of nine in for fittings, and the landlord has decided now is the time to redo the roof, so I've been sewing under a tarpaulin.

I was going to write and beg for a bit more time, because that's what I've had to do with two other suppliers this month. But I'd rather just get it off my plate and stop thinking about it. It's going over to you tonight, the whole £415.

Sorry for the delay and the essay.

Nadia""",
  q=("gm", 4, """Hi Nadia,

Just a reminder that INV-34012 for £415.00 (thread and interlinings) was due on [[-9|%-d %B]].

Thanks!
Northwind Supplies Ltd"""),
  fmt="alt",
  i="P", pd=("today",), a="415.00 GBP", n="HARD: mentions wanting an extension but doesn't ask; pays tonight -> promise today")

M(d="2025-03-07", fr="Accounts Payable <payables@harrowgatehotels.example>", s="RE: Overdue invoice INV-25777",
  b="""Dear Sir/Madam,

Please be advised that INV-25777 has been approved and will be released in our payment run on 31 March, in accordance with our standard terms. Those terms, for the avoidance of doubt, are 60 days from the date of invoice and not the 30 days your reminder appears to assume. They are set out in the supplier agreement your sales director signed in November.

We would be grateful if your credit control team could update their records accordingly, so that we do not receive further reminders for invoices that are not yet due.

Yours faithfully,

Pauline Dunmore
Accounts Payable Supervisor
Harrowgate Hotels Group
This email and any attachments are confidential and intended solely for the addressee.""",
  q=("om", 2, """Dear Accounts Payable,

Invoice INV-25777 for £5,420.00 was due for payment on [[-6|%-d %B %Y]] and remains outstanding. Please arrange payment by return.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  fmt="alt",
  i="P", pd=("md", 3, 31), n="HARD: frosty dispute about payment terms, not the debt; firm payment run date 31 March -> promise")

M(d="2025-04-10", fr="Kieran Walsh <kieran@walshsignage.example>", s="Re: INV-29980",
  b="""OK OK OK. I hear you. You'll have it by the weekend!!""",
  html="""<div dir="ltr">OK OK OK. I hear you. You'll have it by the weekend!!</div>""",
  fmt="html", cr="hl",
  i="P", pd=("eow",), n="exasperated 'by the weekend' on a Thursday -> Friday this week")

M(d="2025-05-31", fr="Jason Obi <jason.obi@outlook.example>", s="Re: Reminder: INV-32644",
  b="""Just got in from a fourteen hour shift and this is what's waiting for me. Yes I know it's late. No I haven't forgotten. I'll do it from the banking app first thing Monday morning, you have my word, and then I'm going to bed.

Sent from my iPhone""",
  i="P", pd=("wd", "mon"), n="tired and irritated, Saturday message, Monday morning promise")

M(d="2025-07-17", fr="Imogen Sallis <imogen@sallisbooks.example>", s="Re: Overdue: INV-36020",
  b="""Your money will be there on Wednesday.

After that I'll be buying my paper and card from a printer who doesn't send threatening letters on day three of an invoice being late. Eight years of business, and this is how you treat people.

Imogen Sallis
Sallis & Daughter, Booksellers""",
  q=("gm", 3, """Dear Imogen,

INV-36020 (£1,188.50) is now overdue. Please be aware that accounts more than 7 days overdue may be referred to a collection agency.

Harbour Lane Print Co
Credit Control"""),
  cr="hl",
  i="P", pd=("wd", "wed"), n="promise with threat to take business elsewhere")

M(d="2026-01-15", fr="Roger Tillman <rtillman@tillmanfoods.example>", s="RE: Invoice 63355 - 45 days past due",
  b="""Relax. We're paying.

Our controller signed off on the $12,480.00 this morning and it will go out by ACH on Monday. If your team could stop calling our front desk, which is staffed by a seventeen-year-old intern who has no idea what an invoice is, that would be great.

Roger Tillman
VP Operations | Tillman Specialty Foods
Office: (555) 010-7732""",
  q=("ol", 1, """Mr. Tillman,

Invoice 63355 for $12,480.00 is now 45 days past due. Please contact our billing team immediately to arrange payment.

Meridian Office Solutions Inc.
Billing Department"""),
  cr="mo", fmt="alt",
  i="P", pd=("wd", "mon"), a="12480.00 USD", n="condescending US exec; ACH Monday")

# ---------------------------------------------------------------- extension_request
M(d="2025-08-22", fr="Martin Kells <martin@kellsgardens.example>", s="Re: Your account",
  b="""Hello,

I'm sorry I haven't replied to your last few emails. My wife's cancer has come back and her treatment started again in July. I'm driving her to the hospital three times a week and the business is basically running on whatever I can fit in around that.

I owe you the money and I want to pay it. But I can't find £780 in one go at the moment. Could I pay you £100 a week, starting next Friday, until it's cleared? I'll set it up as a standing order so I can't forget.

If that's no good please just tell me and I'll try to think of something else.

Martin Kells
Kells Garden Services""",
  q=("gm", 7, """Dear Martin,

Your account shows an overdue balance of £780.00 (INV-36101 and INV-36455). Please let us know when we can expect payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("wd", "fri"), a="100.00 GBP", n="carer under stress, weekly instalments from next Friday; amount = instalment")

M(d="2025-09-22", fr="Steph Adair <steph@adairevents.example>", s="Re: INV-37990 - overdue",
  b="""I am so ANGRY right now, not at you, at the wedding venue that has decided it's not going to pay us for the marquee season until "after their audit". Apparently they've had our invoices since June.

So I'm in the lovely position of having to ask you what I hate asking anybody. Can you hold off until the 30th? I get paid by the council for the food festival on the 29th.

Steph""",
  q=("gm", 3, """Hi Steph,

INV-37990 for £2,615.00 was due on [[-12|%-d %B]]. Please arrange payment or get in touch.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("dom", 30), n="angry at own customer; asks to hold off until the 30th")

M(d="2025-10-29", fr="Finance Team <finance@lowtherschools.example>", s="RE: INV-39880 / INV-40012 - reminder",
  b="""Dear colleagues,

I am writing to all of our suppliers. On Friday the Trust suffered a serious cyber incident and, on police and insurer advice, all of our finance systems have been taken offline. At present we are unable to make any payments at all, to anybody.

We are not disputing any invoices. We simply cannot pay them until the systems are restored, which we are told could take two to three weeks, possibly longer. Please bear with us and please do not send further reminders in the meantime, as the inbox is being monitored by one person on a borrowed laptop.

With apologies,
Catherine Brayford
Head of Finance
Lowther Schools Trust""",
  q=("ol", 5, """Dear Finance Team,

The following invoices are overdue: INV-39880 (£3,944.00) and INV-40012 (£612.50). Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="X", n="HARD: cyber incident, 'cannot make any payments'; vague 'two to three weeks' -> date null")

M(d="2025-11-15", fr="Ilse Vandermeer <ilse@vandermeer-florist.example>", s="Re: Reminder INV-41730",
  b="""Let me be very clear. I am NOT asking you to write anything off and I have never once not paid you. I am asking for time.

I had to close the shop for five weeks after my operation. I can pay the €3,000 in three instalments of €1,000, the first on 5 December, then January, then February. If that isn't acceptable I honestly don't know what to suggest.

Ilse""",
  q=("nl", 2, """Dear Ms Vandermeer,

Invoice INV-41730 for €3,000.00 is now more than 30 days overdue. Please arrange payment as soon as possible.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 12, 5), a="1000.00 EUR", n="HARD: negation 'NOT asking you to write anything off' + instalments; first €1,000 on 5 December")

M(d="2026-02-19", fr="Sandro Ricci <sandro@riccitrattoria.example>", s="Re: INV-48105",
  b="""Dear Northwind,

I don't know if you heard but we had a fire in the kitchen on the 6th. Nobody was hurt, thank God, but the extraction and half the kitchen are gone and we have been closed for two weeks. The insurance company is being the insurance company.

My accountant says we will be open again by the middle of March. I know this invoice has been waiting already, and I am embarrassed to ask, but could we move it to the end of March? At that point we will have some money coming in again and I will pay it before anything else.

Thank you for understanding, I hope.

Sandro Ricci
Trattoria Ricci""",
  q=("gm", 4, """Dear Sandro,

Invoice INV-48105 for £1,276.00 (tableware and disposables) was due on [[-16|%-d %B]]. Please let us know when we can expect payment.

Kind regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="X", pd=("eonm",), n="fire at restaurant; 'end of March' from February = end of next month")

M(d="2026-03-03", fr="Becky Orme <becky@ormecleaning.example>", s="Re: INV-49910",
  b="""I can't do Friday. I know I said Friday, and I meant it when I said it, but my van failed its MOT yesterday and the garage wants £900 before I can get it back on the road, and no van means no work.

Could we say Wednesday the 11th instead? I really am sorry to mess you about.

Becky""",
  q=("and", 2, """Hi Becky,

Thanks for letting us know INV-49910 (£344.00) will be paid this Friday.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("dom", 11), n="HARD: 'I can't do Friday' (negated promise) + asks for the 11th -> extension")

M(d="2026-04-20", fr="Gary Petherick <gary@pethericktrading.example>", s="Re: Reminder",
  b="""Since you asked so nicely (you didn't), no, I can't pay it this week.

My biggest customer has just gone onto 90 day terms without warning anybody, so I'm sitting on twelve grand of receivables and an empty bank account. You'll get paid next month when things clear. I'd rather be honest than fob you off.

Gary""",
  q=("gm", 1, """Gary,

Your account is overdue. Payment of INV-53377 must be made this week.

Northwind Supplies Ltd""", "Reminder"),
  i="X", n="sarcastic; can't pay this week, 'next month' with no day -> null")

# ---------------------------------------------------------------- dispute
M(d="2026-05-27", fr="Amber Kessler <amber@kesslerhomewares.example>", s="Re: Invoice #57215 - overdue",
  b="""The website you built DOES NOT WORK on a phone. The basket button is hidden behind the cookie banner, the menu doesn't open on iPhones, and the product pages take eleven seconds to load. I have sent your developer nine emails with screenshots since launch. Nine.

Seventy percent of my customers shop on their phones. I have lost sales every single day since this went live.

I am not paying $2,900 for a site that doesn't do the one thing it was built to do. Fix it, then we'll talk about the invoice.

Amber Kessler
Kessler Homewares""",
  cr="bp", fmt="alt",
  i="D", a="2900.00 USD", n="poor work (website); 'fix it, then we'll talk' -> dispute")

M(d="2025-02-12", fr="Goods In <goodsin@pennantmarine.example>", s="RE: INV-23014 - 2nd reminder",
  b="""We have NEVER received these goods.

I have checked with goods-in, with the stores, and with the driver log for every day in January. Nothing from Northwind. Nothing. If your courier left it somewhere, that's between you and your courier.

Show me a signed proof of delivery or stop sending me reminders.

Alun Pennant
Pennant Marine Supplies""",
  q=("ol", 3, """Dear Sir/Madam,

Second reminder: INV-23014 for £1,405.00 (marine sealant and fixings, despatched [[-30|%-d %B]]) remains unpaid.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  i="D", n="HARD: goods not received; demand for POD is rhetorical, not an information question -> dispute")

M(d="2025-12-30", fr="Lydia Faraday <lydia.faraday@corbridgemedical.example>", s="RE: INV-44018 - Emergency call-out",
  b="""Dear Kestrel,

Could you kindly explain why we are being invoiced for twelve hours of emergency call-out labour at £85 an hour, when your engineer was on site, according to our CCTV and the signing-in book, for three hours and forty minutes?

I'm sure there is a perfectly reasonable explanation, such as his having walked here from Aberdeen.

I look forward to receiving a corrected invoice.

Kind regards,
Lydia Faraday
Practice Manager
Corbridge Medical Centre""",
  q=("om", 4, """Dear Lydia,

Please find attached invoice INV-44018 for £1,020.00 (emergency call-out, boiler failure, [[-20|%-d %B]]). Payment is due within 14 days.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks", fmt="alt",
  i="D", n="HARD: polite, sarcastic 'could you kindly explain' = contests hours billed -> dispute; only hourly rate stated, total is in quote")

M(d="2026-01-06", fr="Rachel Boyce <rachel@boyceaccountants.example>", s="Re: Overdue INV-45200",
  b="""Nobody in this office ordered 200 reams of A3 paper. We don't even OWN an A3 printer. There are four of us and we print maybe a ream a month.

I don't know whose order this is but it isn't ours. Please cancel the invoice and find out who actually ordered it, because I'm guessing they're wondering where their paper is.

Rachel""",
  q=("gm", 2, """Dear Rachel,

Invoice INV-45200 for £1,090.00 (200 reams A3 copier paper) is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="D", n="never ordered, exasperated")

M(d="2026-04-03", fr="Tom Ellery <tom@elleryandco.example>", s="Re: INV-51520",
  b="""Are you actually serious?

Your OWN credit note, CN-2291, cancelled this invoice in full in March after the wrong boxes were delivered. I have the PDF, from your email address, with your logo on it. How on earth are you now chasing it?

Sort your ledger out please.""",
  q=("gm", 3, """Hi Tom,

Invoice INV-51520 (£622.00) is showing as overdue. Could you let us know when it will be paid?

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="D", n="already credited by creditor's own credit note -> dispute; CN not an invoice ref")

M(d="2026-06-30", fr="Colette Murray <colette@murraycafe.example>", s="Re: INV-60155 - balance outstanding",
  b="""Right, let me go through this once more, slowly, because clearly nobody read my last two emails.

The delivery on the 2nd of June was: 8 tables, 32 chairs, 2 high stools. The tables were fine. The stools were fine. Six of the chairs arrived with snapped back legs, which your driver saw, photographed, and signed for as damaged on his own handheld.

I paid £1,100 for everything that arrived in one piece, on Monday. That leaves the £380 for the six broken chairs, which I am NOT going to pay for, because I do not have six chairs, I have a pile of firewood in my yard.

If you want to send me six replacement chairs that aren't broken, I'll happily pay for them when they arrive. If not, credit the £380 and we're done. And I have to say I'm amazed I'm having to explain this to a company I've been recommending to other cafés for years.

Colette Murray
Murray's Café""",
  q=("gm", 2, """Dear Colette,

Thank you for your part payment. Invoice INV-60155 still has a balance of £380.00 outstanding. Please arrange payment of the remaining balance.

Kind regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="D", a="380.00 GBP", n="HARD: long, part already paid + contests balance for damaged chairs + conditional pay on replacement; dispute wins, amount = contested £380")

M(d="2026-08-19", fr="Élodie Marchand <e.marchand@marchand-vins.example>", s="RE: Facture / Invoice INV-75502",
  b="""Hello,

This is not acceptable. You invoiced transport for two pallets from Lyon to Mainz. You delivered ONE pallet. The second arrived nine days later, with a different company, which we paid for ourselves because your office never answered the phone.

We will not pay for a transport that you did not do. Please send a corrected invoice for one pallet.

Élodie Marchand
Marchand Vins SARL""",
  html="""<div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Hello,</p><p>This is <b>not acceptable</b>. You invoiced transport for two pallets from Lyon to Mainz. You delivered <b>ONE</b> pallet. The second arrived nine days later, with a different company, which we paid for ourselves because your office never answered the phone.</p><p>We will not pay for a transport that you did not do. Please send a corrected invoice for one pallet.</p><p>Élodie Marchand<br>Marchand Vins SARL</p></div>""",
  fmt="html", cr="al",
  q=("fr", 5, """Dear Madame Marchand,

We kindly remind you that invoice INV-75502 for EUR 1,860.00 (transport 2 pallets Lyon - Mainz) is overdue. Please arrange payment.

Best regards,
Alpenrose Logistik GmbH
Buchhaltung"""),
  i="D", n="billed for two pallets, one delivered; HTML-only, French writer in English; amount null (not stated in new text)")

# ---------------------------------------------------------------- already_paid
M(d="2026-09-15", fr="Vince Harmer <vince@harmerhaulage.example>", s="Re: INV-81602 - overdue",
  b="""Check your bank. It went on the 19th of last month. Same account as always. Stop wasting both our time.""",
  html="""<div>Check your bank. It went on the <b>19th of last month</b>. Same account as always. Stop wasting both our time.</div>""",
  fmt="html",
  i="A", n="curt HTML already-paid, date only")

M(d="2026-10-12", fr="Lukas Meier <lukas.meier@bluewin.example>", s="Re: Reminder INV-86640",
  b="""Here is a screenshot from my banking app, since apparently my word is not good enough. €245.00, paid 28 September, to the IBAN on YOUR invoice.

Next time maybe look first and send the reminder second.

Lukas""",
  q=("gm", 3, """Hello Lukas,

We have not yet received payment for invoice INV-86640 (€245.00). Could you please check?

Best regards,
Bright Pixel Studio"""),
  cr="bp", att=["screenshot.png"],
  i="A", a="245.00 EUR", n="sarcastic, screenshot attached")

M(d="2026-11-10", fr="Ahmed Nasser <ahmed@nasserkebabs.example>", s="Re: INV-89205",
  b="""And I did. On Friday. Like I told you I would. So why am I getting another reminder on Tuesday??

Honestly you people.""",
  q=("gm", 5, """Hi Ahmed,

Thanks for confirming on the phone that you'll pay INV-89205 (£318.00) on Friday.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", n="HARD: promise sits only in the quoted history; new text says it was paid -> already_paid")

M(d="2026-07-02", fr="Danielle Ortiz <dortiz@ortizmanufacturing.example>", s="RE: Collection notice - Invoices 70215, 70388",
  b="""To whom it may concern,

Payment of $18,940.22 covering Invoices 70215 and 70388 was remitted via ACH on 06/12/2026. ACH trace number 091000019284756. The funds cleared our account on 06/13.

I have now provided this information to your billing department twice. Please update your records and cease the collection calls to our warehouse manager, who has nothing to do with accounts payable.

Regards,
Danielle Ortiz
Accounts Payable Manager
Ortiz Manufacturing Co.""",
  q=("ol", 2, """Dear Accounts Payable,

COLLECTION NOTICE

Invoices 70215 ($11,620.00) and 70388 ($7,320.22) are more than 60 days past due. Please remit immediately to avoid referral to collections.

Meridian Office Solutions Inc."""),
  cr="mo", fmt="alt",
  refs=["70215", "70388"],
  i="A", a="18940.22 USD", n="formal, irritated AP manager, ACH trace number (not a ref); combined amount")

M(d="2026-09-21", fr="Jean Pottinger <jean@pottingerstables.example>", s="Re: Unpaid invoice INV-82210",
  b="""I paid you in July to the account printed on your OWN invoice. If you have since changed your bank account, that is your problem and your bank's problem, not mine, and I'm not paying a second time because your records are a mess.

Mrs J. Pottinger
Pottinger Livery Stables""",
  q=("ol", 4, """Dear Mrs Pottinger,

Our records show INV-82210 (£560.00) as unpaid. Please note our bank details changed on [[-90|%-d %B]]; please ensure payment is made to the account shown on our latest correspondence.

Regards,
Northwind Supplies Ltd"""),
  i="A", n="HARD: paid to old bank details, angry refusal to pay twice -> already_paid")

M(d="2025-03-25", fr="Norman Trickett <norman.trickett@talktalk.example>", s="Re: Reminder: INV-26650",
  b="""Dear Northwind,

I am writing because I am getting rather fed up with these reminders. I do not have a computer at home, so my granddaughter is typing this for me on hers.

When your driver, a pleasant young man called Kev, delivered my order on the 3rd of March, I gave him £150 in cash on the doorstep, as I always do, as I have done for the last nine years, and he wrote me a little receipt on the back of the delivery note. I have it in front of me now.

If Kev has not handed the money in, that is between you and Kev. I have paid.

Yours,
Norman Trickett""",
  q=("gm", 6, """Dear Mr Trickett,

Our records show invoice INV-26650 for £150.00 remains unpaid. Please arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", a="150.00 GBP", n="long rambling, paid cash to driver with receipt")

# ---------------------------------------------------------------- question
M(d="2025-07-24", fr="Pete Lundy <pete@lundygarage.example>", s="Re: Statement July",
  b="""Before I hit the roof, what is this £75 "account charge" at the bottom of the statement? If it's the deposit on the gas bottles then fine, just say so. If it's something else I want to know what.""",
  q=("gm", 2, """Dear Pete,

Please find your July statement attached. Balance due: £1,473.00 including account charge of £75.00.

Kind regards,
Northwind Supplies Ltd""", "Statement July"),
  i="Q", n="HARD: asks what a charge is before deciding; not yet contesting -> question, amount null")

M(d="2026-05-18", fr="Yvonne Castle <yvonne@castlecarpets.example>", s="Re: INV-56921 / your account",
  b="""Send me a statement. A proper one. Every invoice, every credit, every payment, since January.

Because I have completely lost track of what you think we owe, what we think we owe, and which of the six reminders I've had this month is for what.""",
  i="Q", n="demanding statement, curt")

M(d="2025-12-30", fr="Procurement Helpdesk <p2p@calderuniversity.example>", s="RE: INV-44231 - overdue",
  b="""Hello,

As our colleagues have now advised on two previous occasions, all invoices to the University must be submitted through the Unimarket supplier portal. Invoices sent by email are not processed and will not be paid, however many reminders follow them.

Has INV-44231 actually been uploaded to the portal? If so, what is the portal reference? If not, do you need the supplier onboarding link again?

Kind regards,
P2P Helpdesk
Calder University Finance""",
  q=("ol", 3, """Dear Sir/Madam,

Invoice INV-44231 for £6,018.00 is now overdue. Please arrange payment by return.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  fmt="alt",
  i="Q", n="portal upload question, exasperated; not contesting")

M(d="2026-11-04", fr="Mick Rowntree <mick@rowntreeplant.example>", s="Re: Overdue invoices",
  b="""I'll pay it today if someone can tell me which of the four invoices you've sent me this month is the one you're actually chasing. Two of them have the same amount and one has no number on it at all.""",
  q=("ios", 2, """Dear Mick,

Our records show an overdue invoice on your account. Please arrange payment today.

Kind regards,
Northwind Supplies Ltd""", "Overdue invoices"),
  i="Q", n="HARD: 'I'll pay today if you tell me which' = conditional on information -> question")

M(d="2026-09-21", fr="Sophie Larkin <sophie@larkinyoga.example>", s="Re: INV-82044",
  b="""Do you take card or not?? Your website says yes, your invoice says bank transfer only, and the lady on the phone said you'd prefer a cheque. A CHEQUE. In 2026.

Just tell me how you want to be paid and I'll do it.""",
  q=("gm", 3, """Hi Sophie,

Reminder: INV-82044 (£128.00) is overdue.

Thanks,
Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="irritated payment-method question")

M(d="2026-10-12", fr="Harriet Pike <harriet@pikeofficemgmt.example>", s="RE: INV-86117",
  b="""Is this the invoice for the September cleaning or the October cleaning? All of your invoices say "Services rendered". Thank you SO much for that.

We have a budget line for each month and I can't code it without knowing.""",
  html="""<div style="font-family:Arial;font-size:10pt">Is this the invoice for the September cleaning or the October cleaning? All of your invoices say "Services rendered". Thank you <i>SO</i> much for that.<br><br>We have a budget line for each month and I can't code it without knowing.</div>""",
  fmt="html", cr="ks",
  q=("ol", 2, """Dear Harriet,

Invoice INV-86117 for £1,640.00 (services rendered) is now due. Please arrange payment.

Kind regards,
Kestrel Facilities Services"""),
  i="Q", n="sarcastic which-month question; HTML-only")

M(d="2025-06-20", fr="Barry Nolan <barry@nolanbuilders.example>", s="Re: INV-34370 payment reminder",
  b="""Where's your VAT number? I can't reclaim the VAT on an invoice that hasn't got one, and to be honest I'm surprised you're allowed to send one like that. Send me a proper VAT invoice and it'll get paid like everything else.""",
  q=("gm", 4, """Hi Barry,

INV-34370 (£2,280.00 inc. VAT) is overdue. Please arrange payment.

Thanks
Northwind Supplies Ltd"""),
  i="Q", n="HARD: irritated request for VAT invoice; pay conditional on document, not contesting the debt -> question")

# ---------------------------------------------------------------- ignore
M(d="2026-01-06", fr="Keith Boddy <keith@boddyelectrical.example>", s="Re: INV-45310",
  b="""Noted. Again.""",
  q=("gm", 1, """Dear Keith,

A reminder that INV-45310 (£612.00) falls due on [[+7|%-d %B]].

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="terse sarcastic acknowledgement, no commitment")

M(d="2025-09-22", fr="Maggie Thorne <maggie@thornedairy.example>", s="Re: 3rd reminder INV-38009",
  b="""Sharon - this is the THIRD one of these. Can you please deal with these people, I haven't got time.

M""",
  q=("gm", 2, """Dear Maggie,

This is our third reminder regarding INV-38009 (£1,115.00). Please arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="HARD: irritated hand-off to colleague, no stance on paying -> ignore")

M(d="2026-04-20", fr="Tom Breckon <tom@breckon-arch.example>", s="Automatic reply: Reminder INV-53302",
  b="""I am off sick and not checking email.

If you are chasing payment: I'm sorry, but there is nobody else in the practice who can authorise payments while I'm away. I expect to be back on Monday 4 May and will deal with everything then.

Tom Breckon
Breckon Architects""",
  auto=1,
  i="I", rd=("iso", "2026-05-04"), n="HARD: auto-reply that mentions payment ('nobody can authorise') - still an OOO -> ignore")

M(d="2025-04-10", fr="Dawn Ashworth <dawn@ashworthopticians.example>", s="Re: Northwind Spring Offers - 15% off cleaning supplies!",
  b="""Why am I getting this? I have NEVER signed up for your newsletter. I buy two boxes of lens wipes a year. Take me off whatever list this is.""",
  q=("gm", 1, """Spring has sprung at Northwind!

Take 15% off all cleaning supplies this April with code SPRING15. Offer ends [[+20|%-d %B]].

The Northwind Supplies team""", "Northwind Spring Offers - 15% off cleaning supplies!"),
  i="I", n="angry reply to our marketing email; no debt content -> ignore")

M(d="2025-02-12", fr="Pat Gilroy <pgilroy@gmail.example>", s="Re: Overdue account - Doyle",
  b="""I am not Pat Doyle. I have never been Pat Doyle. This is the fifth email I've had for Pat Doyle and I don't know who Pat Doyle is.

Please check your records.""",
  q=("gm", 3, """Dear Pat Doyle,

Your account shows an overdue balance of £432.00. Please arrange payment.

Northwind Supplies Ltd"""),
  i="I", n="wrong person, annoyed, no stance")

M(d="2026-07-02", fr="Warren Ibe <warren@ibecarpentry.example>", s="RE: INV-70418",
  b="""Received. I'll pass it to finance, who will no doubt be thrilled to hear from you again.

Warren""",
  q=("ol", 1, """Dear Warren,

Please find attached a copy of INV-70418 (£978.00) as requested.

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="HARD: sarcastic ack + passing to finance, no promise")

# ==========================================================================
# batch 3
# ---------------------------------------------------------------- promise_to_pay
M(d="2026-02-10", fr="Sheila Moffatt <sheila@moffattbridal.example>", s="Re: INV-47166 - phone call today",
  b="""Hello,

I have just spent twenty minutes on the telephone with your Martin, who was perfectly polite but who asked me at least four times whether I "understood the seriousness of the situation". I run a bridal shop. I understand the seriousness of a great many things.

Since he asked me to put it in writing: the £2,075.50 will be paid on Thursday the 12th. Not before, because that's when our card settlements come through, and not after, because I keep my word.

Kind regards,
Sheila Moffatt
Moffatt Bridal
Tel: 01632 960 473
www.moffattbridal.example""",
  i="P", pd=("wd", "thu"), a="2075.50 GBP", n="no quote; prickly after a phone call; 'Thursday the 12th' (Tue 10 Feb -> Thu 12 Feb)")

M(d="2025-11-28", fr="Anthony Grieve <anthony@grievebrewing.example>", s="Re: Statement - November",
  b="""Right, I've finally had a chance to go through this properly.

The credit note you eventually sent for the crushed pallet of bottles has come through, so that one's finally sorted, no thanks to the three weeks it took and the four emails I had to send. I won't pretend I'm not still annoyed about it.

The rest of the statement looks right to me. INV-41002 and INV-41288 are both fine, so that's £3,410 in total, and it goes out on the 30th with our month-end payments.

While you're at it, could someone send me a proper PDF statement showing the credit applied? My accountant likes things to tie up.

Anthony Grieve
Grieve Brewing Co.""",
  q=("gm", 2, """Dear Anthony,

Please find your November statement below.

INV-41002   £1,925.00
INV-41288   £1,485.00
CN-00931    -£612.00 (applied)

Balance due: £3,410.00

Kind regards,
Greenfold Packaging""", "Statement - November"),
  cr="gf", fmt="alt",
  i="P", pd=("dom", 30), a="3410.00 GBP", n="HARD: past dispute now resolved by credit note (no longer contesting) + promise on the 30th + statement request; promise wins")

M(d="2026-06-05", fr="Wade Kowalczyk <wade@kowalczykhvac.example>", s="RE: Invoice 66902 - FINAL NOTICE",
  b="""Fine. Check goes in the mail Monday. Now quit calling my guys in the field.

Wade
Kowalczyk Heating & Air
Mob: (555) 017-4420""",
  q=("ol", 1, """Mr. Kowalczyk,

FINAL NOTICE: Invoice 66902 for $1,874.00 is 60 days past due. Please remit immediately.

Meridian Office Solutions Inc.
Billing Department"""),
  cr="mo",
  i="P", pd=("wd", "mon"), n="grudging US promise, cheque posted Monday (future) -> promise not already_paid")

M(d="2025-01-11", fr="Polly Shah <polly@shahpharma.example>", s="Re: INV-21720",
  b="""Doing it right now, while I'm on hold with my bank about something else entirely, which is its own nightmare. Sorry for the wait.

Polly

Sent from my iPhone""",
  q=("ios", 2, """Hi Polly,

INV-21720 (£298.40) is now overdue. Please could you let us know when you'll pay?

Thanks,
Northwind Supplies Ltd"""),
  i="P", pd=("today",), n="'doing it right now' = today, stressed")

M(d="2025-05-27", fr="Geoffrey Hale <g.hale@haleandpartners.example>", s="RE: INV-32910 - Outstanding",
  b="""Dear Sirs,

I have today instructed our bank to pay the outstanding £640.00 on 3 June.

I trust that will be the end of the matter, and that I shall not receive a further letter of the kind I received last week, which I considered discourteous in the extreme.

Yours faithfully,

G. R. Hale
Senior Partner
Hale & Partners Solicitors
This email is confidential and may be legally privileged. If you have received it in error please notify the sender and delete it.""",
  html="""<p style="font-family:'Times New Roman',serif;font-size:12pt">Dear Sirs,</p><p style="font-family:'Times New Roman',serif;font-size:12pt">I have today instructed our bank to pay the outstanding &pound;640.00 on 3 June.</p><p style="font-family:'Times New Roman',serif;font-size:12pt">I trust that will be the end of the matter, and that I shall not receive a further letter of the kind I received last week, which I considered discourteous in the extreme.</p><p style="font-family:'Times New Roman',serif;font-size:12pt">Yours faithfully,<br><br>G. R. Hale<br>Senior Partner<br>Hale &amp; Partners Solicitors</p><p style="font-size:8pt;color:#666">This email is confidential and may be legally privileged. If you have received it in error please notify the sender and delete it.</p>""",
  fmt="html",
  q=("om", 3, """Dear Mr Hale,

We note that INV-32910 (£640.00) remains outstanding. Please arrange payment within 7 days.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  i="P", pd=("md", 6, 3), a="640.00 GBP", n="frosty solicitor, payment instructed for 3 June; HTML-only with disclaimer")

M(d="2026-08-28", fr="Craig Rennie <craig@renniefencing.example>", s="Re: Account referred to collections?",
  b="""Oh no, not the collection agency! Whatever will I do.

Relax. You'll be paid in full within a fortnight, as I told your colleague a week ago before anybody started making threats.

Craig Rennie
Rennie Fencing & Gates
Mob: 07700 900 618""",
  q=("gm", 1, """Dear Craig,

As we have not received payment of INV-79045 (£2,430.00), your account may be referred to our collection partner if payment is not received within 7 days.

Regards,
Credit Control
Northwind Supplies Ltd""", "Account referred to collections?"),
  cr="nwc",
  i="P", pd=("plus", 14), n="sarcastic; 'within a fortnight' -> +14")

M(d="2025-10-23", fr="Lauren Pike <lauren@pikephysio.example>", s="Re: INV-39630 overdue",
  b="""I'm not going to make excuses. It's late because I forgot, full stop, and I'm honestly furious with myself because I pride myself on never being that person.

It'll be with you first thing tomorrow.

Lauren""",
  q=("gm", 4, """Hi Lauren,

A gentle reminder that INV-39630 (£172.00) was due on [[-11|%-d %B]].

Thanks,
Northwind Supplies"""),
  i="P", pd=("tmrw",), n="angry at herself; 'first thing tomorrow'")

# ---------------------------------------------------------------- extension_request
M(d="2025-12-05", fr="Danny Whelan <danny@whelanbuilding.example>", s="Re: INV-43300",
  b="""Hi,

My mum died on Sunday. I'm trying to organise the funeral and look after my dad and I haven't opened the laptop all week.

Can this wait until the 20th please. I'll sort it then. I'm not trying to get out of anything.

Danny""",
  i="X", pd=("dom", 20), n="bereavement, no quote; asks to wait until the 20th")

M(d="2026-03-22", fr="Rita Kapoor <rita@kapoorstores.example>", s="Re: FINAL REMINDER INV-50118",
  b="""I have paid you lot on time for SIX YEARS. Six! Every single month.

And the one time I need a couple of extra weeks, because my husband has been in hospital and I've been running two shops on my own, you send me a letter with FINAL REMINDER in red capitals and a threat about collections.

Fine. I'm asking formally, in writing, so there's no confusion: can I have until the 14th of April? That's when I'll pay it.

Rita Kapoor
Kapoor Stores (Ashby Road & Mill Lane)""",
  q=("om", 2, """Dear Mrs Kapoor,

FINAL REMINDER

INV-50118 for £1,346.00 is now 30 days overdue. If payment is not received within 7 days your account will be referred to our collection partner.

Credit Control
Northwind Supplies Ltd"""),
  i="X", pd=("md", 4, 14), n="angry loyal customer asks formally until 14 April")

M(d="2026-04-30", fr="Dwayne Fisher <dwayne@fisherautobody.example>", s="RE: Invoice 54420 - 90 days past due",
  b="""Look, I know. I KNOW. Nobody hates owing money more than me.

Business has been terrible since the dealership across the street opened. What I can do is $500 today and $500 on the 1st of every month after that until it's paid off. I'd rather do that than go dark on you like some of these guys do. Will you accept that?

Dwayne Fisher
Fisher Auto Body""",
  q=("ol", 2, """Dear Mr. Fisher,

Invoice 54420 for $2,960.00 is now 90 days past due. Please contact us immediately to arrange payment in full.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("today",), a="500.00 USD", n="HARD: payment plan with first $500 today, asks acceptance -> extension, date today, amount instalment")

M(d="2025-03-16", fr="Carl Edmonds <carl@edmondsgroundcare.example>", s="Re: INV-25840 - overdue",
  b="""Nobody's refusing to pay, so I'd appreciate it if you dropped the tone.

I can't do the whole £1,800 this month, that's all. It's the quietest month of the year for grounds maintenance and the council contract doesn't start until April. I can do £900 now and the other £900 in April. Is that acceptable?

Carl""",
  q=("gm", 3, """Carl,

INV-25840 for £1,800.00 is now overdue. We require payment in full this week.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", pd=("today",), a="900.00 GBP", n="HARD: 'nobody's refusing to pay' + split half now, half April (asks acceptance); extension, first £900 now = today")

M(d="2025-08-29", fr="Meg Atherton <meg@athertonfarmshop.example>", s="Re: Reminder - INV-36890",
  b="""Hello,

I don't know if you saw it on the news but the storm on Tuesday took the roof clean off our farm shop. The fridges are ruined, we've lost most of the stock and we're trading out of a gazebo in the car park with whatever we can get off the farm.

We are good for the money. It just can't happen in one go right now. Could we possibly pay it in three lots?

Meg Atherton
Atherton Farm Shop""",
  q=("gm", 5, """Dear Meg,

A reminder that INV-36890 (£1,254.00) was due on [[-14|%-d %B]]. Please let us know when to expect payment.

Kind regards,
Greenfold Packaging"""),
  cr="gf", fmt="alt",
  i="X", n="storm damage; asks to pay in three lots, no amounts/dates -> null")

M(d="2026-11-16", fr="Ellie Brannigan <ellie.brannigan@gmail.example>", s="Re: Overdue - INV-89412",
  b="""I can't pay this month. I just can't. I'm so sorry. My biggest client hasn't paid me since August and I've had to borrow off my sister to make rent.

I'll pay next month, I promise I will.""",
  q=("ios", 2, """Hi Ellie,

INV-89412 (£480.00) is overdue. Could you let us know when you can pay?

Thanks,
Bright Pixel Studio"""),
  cr="bp",
  i="X", n="HARD: 'can't pay this month' + 'I promise' for next month (no day) -> extension, date null")

M(d="2025-12-15", fr="Hendrik Baas <h.baas@baas-transport.example>", s="Re: Outstanding balance",
  b="""Dear Alpenrose team,

I will not hide it from you: this has been the worst year for our company in twenty-two years. Two of our biggest customers have gone, diesel is what it is, and the bank has been very nervous with us since the summer. We have had to restructure, and I have had to let go of people I have worked with for a long time.

We owe you the balance of €14,200 and we intend to pay every cent of it. What we cannot do is pay it in one amount.

We propose to settle it in four monthly instalments of €3,550, commencing on 15 January. I would be grateful if you could confirm that this is acceptable to you, so that I can put it in our plan for the bank.

With kind regards,
Hendrik Baas
Baas Transport B.V.""",
  q=("nl", 6, """Dear Mr Baas,

Your account shows an overdue balance of EUR 14,200.00 relating to invoices INV-42215, INV-42560 and INV-42901. Please arrange payment or contact us.

Best regards,
Alpenrose Logistik GmbH
Buchhaltung""", "Outstanding balance"),
  cr="al", fmt="alt",
  i="X", pd=("md", 1, 15), a="3550.00 EUR", n="long, restructuring; proposes four instalments from 15 January (next year); amount = instalment")

# ---------------------------------------------------------------- dispute
M(d="2025-06-02", fr="Colin Pryor <colin@pryorsigns.example>", s="Re: INV-33618",
  b="""£18 delivery on a box of pens?!

Your own website says FREE delivery on orders over £50. The order was £64. Take it off, I'm not paying it.""",
  q=("gm", 3, """Hi Colin,

INV-33618 (£82.00 including £18.00 delivery) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="D", a="18.00 GBP", n="contests delivery charge; amount = contested £18")

M(d="2026-05-05", fr="Nicola Beaumont <nicola@beaumontestates.example>", s="INV-57010 - April cleaning",
  b="""Your cleaners have not been into our Stanmore office for three weeks. Three weeks! We have been emptying our own bins and cleaning our own toilets, and I have reported it to your supervisor twice.

And yet INV-57010 charges us for the whole of April.

I will pay for the one week you actually turned up. I will not pay for the other three, and if this happens again we will be terminating the contract.

Nicola Beaumont
Office Manager
Beaumont Estates""",
  cr="ks",
  i="D", n="no quote; service not delivered, partial contest; amount not stated")

M(d="2025-09-03", fr="Hamish Doig <hamish@doigdistillery.example>", s="Re: INV-37580 / INV-38012 - retainer",
  b="""I CANCELLED the monthly retainer. In writing. On the 4th of August. Your own project manager replied "noted, sorry to see you go". I have that email.

So explain to me why I now have invoices for both September and October, two lots of £250.

I will not pay £500 for a service I cancelled and have not received. Please cancel both invoices.

Hamish Doig""",
  cr="bp",
  i="D", a="500.00 GBP", n="charged for cancelled retainer; amount = contested total £500")

M(d="2026-01-31", fr="Ffion Rees <ffion@reesdesignco.example>", s="Re: Invoice INV-46150",
  b="""Since when does a "small logo tweak" cost £600? Who approved that? Because it wasn't me. We agreed £150 on the phone and your designer said "it's a quick one".""",
  q=("gm", 2, """Hi Ffion,

Invoice INV-46150 for £600.00 (logo amendments) is now overdue. Please arrange payment.

Thanks!
Bright Pixel Studio"""),
  cr="bp",
  i="D", a="600.00 GBP", n="HARD: phrased as questions but contests price -> dispute; amount = charged £600")

M(d="2025-04-15", fr="Tony Marsh <tony@marshmetals.example>", s="Re: INV-29870 overdue",
  b="""I am NOT paying a penny until the 40 missing box sections turn up. Not one penny.""",
  q=("and", 3, """Tony,

INV-29870 (£3,125.00) is overdue. Please pay.

Northwind Supplies Ltd"""),
  i="D", n="negated promise 'NOT paying until missing items turn up' -> dispute")

M(d="2026-10-30", fr="Gemma Lovell <gemma@lovellcommunications.example>", s="Re: INV-87005 - overdue",
  b="""Honestly, I couldn't pay this right now even if I wanted to. We've had a horrendous quarter, one of our retainers has walked, and I've spent the week working out whether I can keep my junior on.

But that's beside the point, because the invoice is wrong anyway.

We agreed a FIXED FEE of £2,000 for the brand refresh. It's in the proposal, page 3, in bold. Your invoice charges 40 hours at £80 an hour, which comes to £3,200, which is not £2,000. I have not asked for, and have not been told about, any additional work.

So before we even get to the question of when I can pay: please reissue it at the agreed fee. Then we can talk about timing.

Gemma Lovell
Director, Lovell Communications
www.lovellcomms.example""",
  q=("gm", 3, """Hi Gemma,

Invoice INV-87005 for £3,200.00 (brand refresh, 40 hrs) is now overdue. Could you let us know when we can expect payment?

Thanks,
Bright Pixel Studio"""),
  cr="bp", fmt="alt",
  i="D", a="3200.00 GBP", n="HARD: long; can't pay (extension) + contests fixed fee; dispute wins, amount = charged £3,200")

M(d="2025-07-15", fr="Franz Huber <f.huber@huber-holzbau.example>", s="AW: Zahlungserinnerung INV-35402",
  b="""Guten Tag,

die Lieferung ist beschädigt angekommen, das wissen Sie genau! Zwei Paletten Dämmplatten waren komplett durchnässt, Ihr Fahrer hat das auf dem Lieferschein vermerkt. Ich habe Ihnen am 20. Juni Fotos geschickt und keine Antwort bekommen.

Diese Rechnung zahlen wir nicht, bis die Ware ersetzt oder gutgeschrieben ist.

F. Huber
Huber Holzbau""",
  q=("de", 4, """Sehr geehrter Herr Huber,

wir erinnern Sie an die offene Rechnung INV-35402 über 2.860,00 EUR, fällig seit [[-14|%d.%m.%Y]].

Mit freundlichen Grüßen
Alpenrose Logistik GmbH"""),
  cr="al",
  i="D", n="German, goods damaged in transit, won't pay until replaced/credited")

# ---------------------------------------------------------------- already_paid
M(d="2026-06-03", fr="Keith Ormerod <keith@ormerodplumbing.example>", s="Re: INV-60290",
  b="""For God's sake. Paid. Yesterday. Remittance attached.

K. Ormerod
Ormerod Plumbing & Heating
Tel: 01632 960 730""",
  cr="nw", att=["remittance.pdf"],
  i="A", n="curt, remittance attached, no quote")

M(d="2026-08-16", fr="Carol Yates <carol@yatesflowers.example>", s="Re: Overdue reminder INV-77690",
  b="""Okay. So. I was about to write you a very apologetic email promising to pay it on Monday, and then my husband wandered in and said "I paid that", and I said "you did not", and he got his phone out, and he did. On the 2nd of the month. £418.20.

So now I'm writing you a slightly embarrassed email instead, telling you it's already been paid, and asking you to check whether it's been put against the wrong account, because it went from his business account, not mine, and it'll say C YATES not YATES FLOWERS.

Sorry for the confusion, which isn't even my fault this time.

Carol""",
  q=("gm", 3, """Hi Carol,

INV-77690 (£418.20) is showing as overdue on our side. Could you let us know when it will be paid?

Thanks,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="A", a="418.20 GBP", n="HARD: long rambling; mentions a would-be promise but payment was already made -> already_paid")

M(d="2025-02-23", fr="Buchhaltung <buchhaltung@steiner-druck.example>", s="Re: Reminder INV-23560",
  b="""Dear Sir or Madam,

Kindly confirm receipt of our payment of €2,150.00, made fourteen days ago, as we are still receiving reminders from your office. This is now the third.

We would also appreciate it if your reminders were not sent to our managing director directly.

Regards,
Monika Steiner
Buchhaltung, Steiner Druck GmbH""",
  q=("gm", 4, """Dear Sir or Madam,

We have not received payment for invoice INV-23560 (€2,150.00). Please arrange payment promptly.

Harbour Lane Print Co"""),
  cr="hl",
  i="A", a="2150.00 EUR", n="'kindly confirm receipt of our payment' -> already_paid, frosty")

M(d="2026-03-27", fr="Jim Hollis <jim@hollisjoinery.example>", s="Re: INV-50310",
  b="""I paid it on the 10th. Do you need the remittance or can someone just LOOK? It's not hard.""",
  q=("gm", 2, """Jim,

INV-50310 (£1,460.00) still shows unpaid. Please advise.

Northwind Supplies Ltd"""),
  i="A", n="HARD: already paid + irritated question about remittance; already_paid wins")

M(d="2025-10-04", fr="Barrie Quayle <barrie@quayletransport.example>", s="RE: INV-39102",
  b="""WE PAID. BACS. 12/09. YOUR BANK. LOOK.""",
  q=("ol", 1, """Dear Barrie,

INV-39102 (£5,610.00) remains unpaid. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="A", n="shouted telegraphic already-paid")

M(d="2026-09-01", fr="Olivia Crane <olivia@craneaccountancy.example>", s="Re: Second reminder - INV-81110",
  b="""I paid this three weeks ago and have now wasted my lunch break digging out the bank statement to prove it. £264.00, 11 August, faster payment, reference CRANE.

I've been a customer for five years. If I get a third reminder for a paid invoice I'll be moving my stationery account to someone who can reconcile a bank statement.

Olivia Crane""",
  q=("ol", 5, """Dear Olivia,

This is a second reminder that INV-81110 (£264.00) is overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", a="264.00 GBP", n="HARD: already paid + threat to move account (no dispute) -> already_paid")

M(d="2025-12-28", fr="Frank DeLuca <frank@delucadeli.example>", s="Re: Invoice #44960 still open?",
  b="""The check cleared my bank on December 3. Check number 4418, for $735.50. I can send you a copy of the cancelled check if your people really can't find it, but honestly it's on you at this point.

Frank""",
  q=("gmus", 2, """Hi Frank,

Our records show Invoice #44960 ($735.50) is still open. Can you take a look?

Thanks,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="735.50 USD", n="cheque cleared, US; check number is not a ref")

# ---------------------------------------------------------------- question
M(d="2026-07-10", fr="Bryony Hart <bryony@hartgallery.example>", s="Your bank details",
  b="""Hello,

What's your sort code? The one on your invoice has five digits, which even I know isn't a sort code.

And while we're at it: are you Northwind Supplies Ltd or Northwind Supplies (UK) Ltd? Because my bank's payee check is flashing red at me and I'm not sending money anywhere until I know who I'm sending it to.

Bryony Hart
Hart Gallery""",
  i="Q", n="no quote; irritated bank details + payee name question")

M(d="2025-08-08", fr="Russ Greenhalgh <russ@greenhalghfarm.example>", s="Re: INV-36640",
  b="""I'm not saying it's wrong. I'm asking. Why does your invoice say 14 hours when the job sheet your lad left me says 11? Is there travel time on there or something I don't know about?

If there's a reason, fine, just tell me what it is.""",
  q=("gm", 3, """Dear Russ,

INV-36640 (£1,190.00, pump repair, 14 hrs) is overdue. Please arrange payment.

Regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="Q", n="HARD: explicitly not contesting, asks why hours differ -> question not dispute")

M(d="2025-06-02", fr="Tariq Hussain <tariq@hussainwholesale.example>", s="Re: INV-33700 remittance",
  b="""Is there anybody at your company who actually reads replies to these emails?

Which address am I supposed to send remittances to? accounts@ bounces, credit@ bounces, and the one on your letterhead goes to a lady in sales who says it's nothing to do with her.""",
  q=("gm", 2, """Dear Tariq,

Please send remittance advice for INV-33700 to our accounts team.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="exasperated: which address for remittances -> question")

M(d="2026-01-31", fr="Danielle Fortin <danielle@fortindesign.example>", s="Re: Invoice #46022",
  b="""Hi,

Do I actually need to pay the GST on this? You're a US company billing a Canadian business, and my accountant is going to have a fit if I pay tax I don't owe AGAIN, like last year with the other vendor.

Please just tell me yes or no before I send anything.

Danielle""",
  q=("gmus", 4, """Hi Danielle,

Invoice #46022 (CA$1,150.00 incl. tax) is now overdue.

Thanks,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="Canadian customer, tax question before paying")

M(d="2026-04-30", fr="Maxine Drury <maxine@drurytravel.example>", s="Copies of invoices please!!",
  b="""Hi there,

I'm trying to close our year end, my accountant is breathing down my neck, and I've just discovered that half your invoices from April to June are missing from our files. No idea how. Probably my fault, probably the old bookkeeper's, probably the dog's.

Could you PLEASE send me copies of every invoice from April to June, ideally all in one PDF so I don't have to open fifteen attachments? And a statement showing what's paid and what isn't.

I'd be eternally grateful. Or at least grateful until the end of the tax year.

Maxine Drury
Drury Travel""",
  fmt="alt",
  i="Q", n="rambling, stressed year-end: requests invoice copies and statement")

M(d="2025-10-24", fr="Andrew Yeo <andrew@yeoengineering.example>", s="Re: INV-39710",
  b="""Who are you and what is this for? I don't recognise the company name and there's nothing on here except an amount.

Is this something my predecessor ordered? He left in August and took his filing system with him. Send me the order details and who placed it and I'll look into it.""",
  q=("ol", 3, """Dear Andrew,

Invoice INV-39710 for £860.00 remains outstanding.

Regards,
Greenfold Packaging"""),
  cr="gf",
  i="Q", n="HARD: doesn't recognise supplier but asks for details rather than denying -> question")

# ---------------------------------------------------------------- ignore
M(d="2025-12-05", fr="Lenny Gould <lenny@gouldmobiles.example>", s="Re: Payment reminder",
  b="""unsubscribe me from this garbage""",
  q=("and", 1, """Hi Lenny,

INV-43050 (£92.00) is overdue.

Northwind Supplies""", "Payment reminder"),
  i="I", n="unsubscribe with insult, no stance")

M(d="2025-08-29", fr="Tanya Robles <tanya@roblesinteriors.example>", s="Automatic reply: INV-36985 reminder",
  b="""I am currently on holiday, as I am entitled to be. I will return on Tuesday 2 September.

If this is about money, it can wait until then.""",
  auto=1,
  i="I", rd=("iso", "2025-09-02"), n="HARD: tetchy auto-reply that mentions money; no stance -> ignore, return date 2 Sep")

M(d="2026-05-05", fr="Stevie Macrae <stevie.kitchen@glenloch-hotel.example>", s="Re: INV-56990 - 2nd reminder",
  b="""Please take me off this email chain. I don't work in accounts, I'm the head chef. I don't know why I keep getting these and I've got a 200-cover wedding on Saturday.""",
  q=("gm", 2, """Dear Glen Loch Hotel,

Second reminder: INV-56990 (£1,734.00) is overdue.

Northwind Supplies Ltd"""),
  i="I", n="wrong person at the debtor, annoyed, no stance")

M(d="2025-02-23", fr="Top Rank Digital <growth@toprank-seo.example>", s="Is your website INVISIBLE to customers???",
  b="""Hi there!!

I was looking at your website today and noticed it is NOT on page one of Google for your main keywords. That means you are LOSING customers to your competitors every single day!!!

We can get you to #1 in 30 days or your money back. Reply "YES" and I'll send our price list.

Kind regards,
Jake
Top Rank Digital""",
  fmt="html", noref=1,
  html="""<p>Hi there!!</p><p>I was looking at your website today and noticed it is <b>NOT on page one of Google</b> for your main keywords. That means you are <span style="color:red">LOSING customers</span> to your competitors every single day!!!</p><p>We can get you to #1 in 30 days or your money back. Reply "YES" and I'll send our price list.</p><p>Kind regards,<br>Jake<br>Top Rank Digital</p>""",
  i="I", n="SEO spam, shouty HTML")

M(d="2026-11-16", fr="Kerry Lamb <kerry@lambdentalcare.example>", s="Re: INV-89220",
  b="""Yes. I got your email. And the other three.""",
  q=("ios", 1, """Hi Kerry,

Just a reminder that INV-89220 (£418.00) is due on [[+4|%-d %B]].

Thanks,
Northwind Supplies Ltd"""),
  i="I", n="irritated bare acknowledgement, no commitment")

M(d="2026-03-22", fr="Julian Frost <julian@frostarchitects.example>", s="Re: INV-50022 - corrected invoice",
  b="""Thank you for finally sending the right invoice. It only took three attempts and a phone call.""",
  q=("gm", 1, """Dear Julian,

Apologies for the earlier errors. Please find attached the corrected invoice INV-50022 (£3,660.00), due on [[+30|%-d %B]].

Kind regards,
Harbour Lane Print Co"""),
  cr="hl",
  i="I", n="HARD: sarcastic thank-you, not a promise -> ignore")

# ==========================================================================
# batch 4
# ---------------------------------------------------------------- promise_to_pay
M(d="2026-09-04", fr="Lisa Kettering <lisa@ketteringbakehouse.example>", s="Re: INV-81466 and INV-81790",
  b="""Morning,

Where do I begin. I've been up since four, the mixer's making a noise like a dying goose, and I open my emails to find a reminder for an invoice I PAID last week. INV-81466 went out on Tuesday, £744.00, from the bakehouse account. Please look for it before anybody sends me another one.

The other one, INV-81790, I know about and I haven't paid yet, I'm not pretending otherwise. It's £1,068.00 and it will go out next Friday with the rest of the month's suppliers. That's a proper date, put it in your diary.

And while I have your attention: is there any chance at all the next delivery could arrive before 8am? Your driver keeps turning up in the middle of the morning rush, parking across the front of the shop and then standing there with the handheld waiting for me to sign while I've got a queue out of the door. I have asked about this three times.

I'm not having a go at you personally. It's just been one of those weeks. Again.

Lisa Kettering
Kettering Bakehouse
Tel: 01632 960 902""",
  q=("gm", 2, """Dear Lisa,

Your account shows two overdue invoices: INV-81466 (£744.00) and INV-81790 (£1,068.00). Please arrange payment at your earliest convenience.

Kind regards,
Northwind Supplies Ltd""", "INV-81466 and INV-81790"),
  fmt="alt",
  i="P", pd=("wd", "fri"), a="1068.00 GBP", n="HARD: long multi-intent (already paid one + promise other + delivery question + complaint); promise wins, amount = promised £1,068")

M(d="2025-06-23", fr="Raymond Achebe <raymond@achebeprint.example>", s="Re: INV-34118",
  b="""You're in this Thursday's BACS batch. It was always going to be this Thursday's BACS batch. There was no need to ring the shop twice and tell my Saturday girl we were "in arrears".

R. Achebe""",
  i="P", pd=("wd", "thu"), n="no quote; 'this Thursday's BACS batch' on Monday")

M(d="2025-05-21", fr="Joanna Fleet <joanna.fleet@fleetopticians.example>", s="RE: Reminder INV-32230",
  b="""Hello,

I haven't forgotten, I haven't been ignoring you, and I'm certainly not refusing to pay. It will be paid on the last working day of the month, exactly like every other supplier we have, exactly like it has been every month for the last four years.

I'd be grateful if your reminders could be set to take account of that.

Joanna Fleet
Practice Manager, Fleet Opticians""",
  q=("ol", 3, """Dear Joanna,

A reminder that INV-32230 (£486.70) was due on [[-7|%-d %B]]. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="P", pd=("iso", "2025-05-30"), n="HARD: triple negation then promise; 'last working day of the month' = Fri 30 May 2025 (31st is a Saturday)")

M(d="2026-11-25", fr="Mavis Llewellyn <mavisllewellyn@btinternet.example>", s="Re: Overdue account",
  b="""Dear Sir,

I must tell you that I cried when I opened your letter this morning. I have never owed anybody money in my life. My husband always did the accounts for the wool shop and since he passed in the spring I have been muddling along and I simply didn't see it.

I have telephoned my son and he is going to transfer the £95 to you tonight from his phone, he says it's quite easy. Please accept my apologies.

Mavis Llewellyn""",
  q=("gm", 4, """Dear Mrs Llewellyn,

Your account shows an overdue balance of £95.00 (INV-88910). Please arrange payment or contact us.

Kind regards,
Northwind Supplies Ltd""", "Overdue account"),
  i="P", pd=("today",), a="95.00 GBP", n="upset widow; son transferring tonight -> today")

M(d="2025-01-05", fr="Dustin Marsh <dustin@marshlandscaping.example>", s="RE: Invoice 22180 - courtesy reminder",
  b="""Wow. A "courtesy call" AND a "courtesy email" on the same day. Very courteous.

Your $640 will be wired on the 5th of next month, as agreed with your sales guy when we signed, and as printed on the order form you apparently don't read.

Dustin""",
  q=("ol", 1, """Hi Dustin,

This is a courtesy reminder that Invoice 22180 for $640.00 is past due. We also tried to reach you by phone today.

Thanks,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("dom", 5), a="640.00 USD", n="HARD: sarcastic; sent on the 5th, 'the 5th of next month' -> next 5th strictly after = 5 Feb")

M(d="2026-06-23", fr="Nathan Sykes <nathan@sykesautos.example>", s="Re: INV-60390",
  b="""Just so you know, it won't be Friday now, it'll be Monday. I'm not asking, I'm telling you, because some genius at the bank has frozen our business card for "unusual activity" and it takes them three days to unfreeze it.

Monday. Promise.

Nathan""",
  q=("and", 2, """Hi Nathan,

Thanks for letting us know INV-60390 (£1,342.00) will be paid on Friday.

Regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "mon"), n="HARD: moves own promise to Monday, explicitly 'not asking' -> promise, not extension")

# ---------------------------------------------------------------- extension_request
M(d="2025-03-29", fr="Ian Cartwright <ian@cartwrightcabinets.example>", s="Re: Overdue invoices - Cartwright Cabinets",
  b="""Hello,

I owe you an explanation, and probably an apology, for going quiet.

Six weeks ago Holbrook Interiors, who were about sixty percent of our work last year, went into liquidation. We had two full kitchens and a bar fit-out with them, all finished, all invoiced, none of it paid. The liquidator's letter says unsecured creditors may receive "a dividend in due course", which I'm told means nothing.

Since then I've been trying to keep the workshop going and keep my two lads in a job, and I'm afraid that has meant some suppliers have had to wait. You're one of them and I'm sorry.

I'm not walking away from this. I owe you £2,400 and you'll get every penny. What I can realistically do is four monthly payments of £600, the first at the end of this month, then the end of April, May and June. I'd much rather agree something I can stick to than promise you the lot and let you down again.

Can you let me know if that's acceptable? If you need it in writing on headed paper I can do that. And if you'd rather talk it through, ring me on the mobile below any evening after six, when I'm not on the saws.

I've bought from Northwind since my dad ran the workshop. I'd like to still be buying from you when this is over.

Ian Cartwright
Cartwright Cabinets
Mob: 07700 900 374""",
  q=("gm", 5, """Dear Ian,

We have written to you several times about the overdue balance of £2,400.00 on your account (INV-26010, INV-26245). Please contact us urgently.

Credit Control
Northwind Supplies Ltd""", "Overdue invoices - Cartwright Cabinets"),
  cr="nwc",
  i="X", pd=("eom",), a="600.00 GBP", n="long; customer liquidated; four monthly £600 from end of this month; amount = instalment")

M(d="2026-02-04", fr="Shauna Keogh <shauna@keoghcrafts.example>", s="Re: INV-47005",
  b="""I can't pay Friday. I'm not going to lie to you and say I can, because then you'd be sat there on Friday waiting for money that isn't coming.

Would the Friday after be okay? I'm owed money by the craft fair people and they've sworn it's coming next week.""",
  i="X", pd=("nw",), n="HARD: no quote; 'can't pay Friday' + asks 'the Friday after' (Wed message) -> Friday of next week")

M(d="2025-06-28", fr="Neil Brannock <neil.brannock@brannockplumbing.example>", s="Re: Account on hold",
  b="""Look, I'll be honest because I'm past caring about looking good. I'm in the middle of a divorce. Every account with my name on it is frozen while the solicitors argue about who owns what, including the business account. I couldn't pay you tomorrow if I wanted to.

Can we set up some kind of payment plan? Whatever you need from me to make that happen, tell me.

Neil""",
  q=("gm", 1, """Dear Neil,

Your account has been placed on hold due to the overdue balance of £1,920.00. Please contact us to arrange payment.

Credit Control
Northwind Supplies Ltd""", "Account on hold"),
  cr="nwc",
  i="X", n="divorce, frozen accounts; asks for payment plan, no amount or date")

M(d="2026-10-01", fr="Ollie Penhaligon <ollie@penhaligonsurf.example>", s="Re: Account on stop warning INV-85620",
  b="""PLEASE don't put me on stop, I've got the half-term rush coming and I need the wetsuit order. Give me 10 days. That's all I'm asking.

Sent from my iPhone""",
  i="X", pd=("plus", 10), n="desperate short plea for 10 days")

M(d="2025-09-13", fr="Rebecca Stroud <rebecca@stroudvet.example>", s="Re: Reminder - INV-37810",
  b="""I'm so sorry. My daughter was rushed into hospital in Leeds on Monday and I've been sleeping in a chair beside her bed all week. I haven't looked at a single email.

Could this wait until the 24th? I'll deal with it the moment I'm home.

Rebecca""",
  html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">I'm so sorry. My daughter was rushed into hospital in Leeds on Monday and I've been sleeping in a chair beside her bed all week. I haven't looked at a single email.<br><br>Could this wait until the 24th? I'll deal with it the moment I'm home.<br><br>Rebecca</div>""",
  fmt="html",
  q=("ios", 3, """Hi Rebecca,

Just a reminder that INV-37810 (£612.90) was due on [[-10|%-d %B]].

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("dom", 24), n="child in hospital; asks until the 24th; HTML-only")

M(d="2026-07-22", fr="Darren Fogg <darren@foggfabrication.example>", s="RE: Account on stop - INV-73390",
  b="""If you put us on stop over this I'll take every penny of our business to Parkside, and you know exactly how much that is.

What I need is until the end of next week. Not forever, the end of next week. Our biggest customer pays us on the 30th and I'll pay you the day after.

Darren Fogg
Fogg Fabrication Ltd""",
  q=("ol", 1, """Dear Darren,

Unless payment of INV-73390 (£6,840.00) is received by close of business Friday, your account will be placed on stop.

Credit Control
Northwind Supplies Ltd"""),
  i="X", pd=("nw",), n="HARD: threatening but asks for time until end of next week (Wed) -> Friday of next week")

# ---------------------------------------------------------------- dispute
M(d="2025-11-04", fr="Priti Sharma <priti@sharmagifts.example>", s="Re: INV-40822",
  b="""Why would I pay for fifty boxes when thirty-five arrived? Are you going to credit the other fifteen or do I have to drive to your depot with the delivery note?""",
  q=("gm", 2, """Hi Priti,

INV-40822 for £675.00 (50 x gift boxes, assorted) is overdue. Please arrange payment.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="D", n="HARD: rhetorical questions contesting a short delivery -> dispute")

M(d="2026-03-14", fr="Graham Whitby <graham.whitby@whitbydental.example>", s="INV-50402 - decorating works",
  b="""The "premium eggshell finish" your decorators applied in our waiting room is peeling off the walls after three weeks. Not in one place. Everywhere. Patients are picking it off while they wait.

I am not paying £2,240 for that. Someone needs to come and look at it, and then someone needs to come and redo it properly, at your cost.

Graham Whitby
Whitby Dental Practice""",
  cr="ks",
  i="D", a="2240.00 GBP", n="no quote; poor workmanship, refuses full amount")

M(d="2025-04-07", fr="Caroline Dunne <caroline@dunnedeli.example>", s="Re: INV-28915",
  b="""You put your prices up twelve percent in February and didn't tell a single customer. No letter, no email, nothing. I found out by comparing invoices.

This order should be at the old prices, which is £1,404, not the £1,572 you've charged. I'll pay the £1,404 when you send me a corrected invoice. Not before.""",
  q=("om", 3, """Dear Caroline,

INV-28915 (£1,572.00) is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="D", a="1572.00 GBP", n="HARD: unannounced price rise; pay conditional on corrected invoice -> dispute, amount = charged £1,572")

M(d="2026-05-15", fr="Phil Oakes <phil@oakesvending.example>", s="Re: INV-57480 overdue",
  b="""This invoice has our name on it, but the delivery address is an industrial unit in Swindon we've never heard of, and the order is for catering equipment we don't use.

Somebody has either made a mistake or is using our account. Either way it's not our order and we won't be paying it. I'd also like to know how somebody managed to order against our account without anyone checking.""",
  q=("om", 4, """Dear Phil,

Invoice INV-57480 (£3,916.00, delivered to Unit 4, Kembrey Park) is overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="D", n="not our order (wrong delivery address); question secondary -> dispute")

M(d="2025-07-20", fr="Anita Okoro <anita@okoroevents.example>", s="Re: INV-35770 - Harlow wedding",
  b="""Hello,

I have been meaning to reply to this for a week, and I've held off because I wanted to calm down first. I'm not sure I have.

Let me be fair first. The catering for the Harlow wedding was lovely. The food was hot, the canapés were beautiful, the couple were happy, and I've already recommended you to two other planners. I will pay for the catering, the £2,100, on Friday.

What I am not paying is the £350 for "four additional front-of-house staff". Two of your staff didn't turn up at all. I spent the evening carrying plates myself, in a dress, while the father of the bride asked me why the tables weren't being cleared. I am certainly not paying for four extra people when we were two short of the original number.

I'd also like to know what the £95 "service administration charge" at the bottom is, because it wasn't in the quote.

I did ring your office on the Monday after the wedding to talk about all of this, and the person I spoke to said she'd "pass it on to the events team" and that someone would call me back. Nobody did. Then this invoice arrived, for the full amount, as if the phone call never happened. That is honestly what upset me most.

So: £2,100 on Friday, the £350 comes off, and I'd like an explanation of the £95.

Anita Okoro
Okoro Events
www.okoroevents.example""",
  q=("gm", 8, """Dear Anita,

Please find attached invoice INV-35770 for £2,545.00 for catering services at the Harlow wedding. Payment was due on [[-5|%-d %B]].

Kind regards,
Bright Pixel Studio Events""", "INV-35770 - Harlow wedding"),
  cr="bp", fmt="alt",
  i="D", a="350.00 GBP", n="HARD: long; promise for main + contests staffing charge + question on a fee; dispute wins, amount = contested £350")

M(d="2026-01-25", fr="Stefan Wolff <s.wolff@wolff-maschinen.example>", s="AW: Reminder INV-46640",
  b="""WRONG AMOUNT. You charged €4,600. We agreed €4,000 for the transport, in writing, with Herr Baumann. Fix it.""",
  cr="al",
  q=("de", 2, """Dear Mr Wolff,

Invoice INV-46640 for EUR 4,600.00 is overdue. Please arrange payment.

Best regards,
Alpenrose Logistik GmbH"""),
  i="D", a="4600.00 EUR", n="curt capitals; price not as agreed; amount = charged €4,600")

# ---------------------------------------------------------------- already_paid
M(d="2025-10-12", fr="Bill Thackeray <bill@thackerayhardware.example>", s="Re: Third reminder INV-39222",
  b="""Dear all,

I've been meaning to write since the second reminder, but things have been a bit much. I had my knee replaced in September and I was off my feet for three weeks, during which time my nephew was running the shop, and I'll be honest, he doesn't open the post.

When I got back on the 1st, there was a pile of envelopes about a foot high. I went through every single one. Your invoice was in there, and I paid it that afternoon, £812.40, on the first of October. I know I did because I sat at the kitchen table with a bag of frozen peas on my knee and did all of them, one after another, with the bank on the phone because I'd forgotten my passcode.

So I was a bit put out to get a "third reminder" this week, in that particular tone.

I've attached the remittance from my bank. Perhaps it's gone against someone else's account? It will say THACKERAY HARDWARE.

Bill Thackeray
Thackeray Hardware
Tel: 01632 960 127""",
  q=("gm", 2, """Dear Mr Thackeray,

THIRD REMINDER

Despite our previous reminders, INV-39222 for £812.40 remains unpaid. Please settle this invoice immediately.

Credit Control
Northwind Supplies Ltd"""),
  att=["remittance.pdf"],
  cr="nwc",
  i="A", a="812.40 GBP", n="long rambling; paid on the 1st after knee surgery; remittance attached")

M(d="2026-08-01", fr="Naomi Berg <naomi@bergandsons.example>", s="Please stop these reminders",
  b="""Payment was sent on Friday.

Please stop the automated reminders and letters. They are going to our old registered address, which is my elderly father's house, and he is beside himself every time one arrives because he thinks the business is in trouble. It is not. It just pays at the end of the month.

Naomi Berg
Berg & Sons""",
  html="""<div>Payment was sent on Friday.</div><div><br></div><div>Please stop the automated reminders and letters. They are going to our old registered address, which is my elderly father's house, and he is beside himself every time one arrives because he thinks the business is in trouble. It is not. It just pays at the end of the month.</div><div><br></div><div>Naomi Berg<br>Berg &amp; Sons</div>""",
  fmt="html",
  i="A", n="no quote, HTML-only; paid Friday; distressed about letters to elderly father")

M(d="2025-12-02", fr="Duncan Reid <duncan.reid@reidgroup-retail.example>", s="Re: INV-42900 - Aberdeen branch",
  b="""I'm not paying it.

Not because we don't owe it, but because our head office in Leeds paid it on the 21st of November along with every other branch invoice, as it does every single month. I'm a branch manager. I'm not allowed to pay suppliers. I'm not paying it again from here and I'd be grateful if you'd stop sending branch staff reminders for invoices central accounts have already settled.

Duncan Reid
Branch Manager, Reid Group Retail (Aberdeen)""",
  q=("om", 3, """Dear Duncan,

INV-42900 (£1,184.00, Aberdeen branch) is overdue. Please arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", n="HARD: 'I'm not paying it' because head office already paid -> already_paid")

M(d="2026-04-12", fr="Eve Harrington <eve@harringtonfloristry.example>", s="Re: INV-54090 - overdue",
  b="""Your reminder crossed with my payment, which I made this morning before I'd even seen it. So we're square.

I have to say though, I didn't care for the tone of it. "Immediate action is required" is not how you talk to someone who's bought from you for nine years.

Eve""",
  q=("gm", 1, """Dear Customer,

INV-54090 (£350.00) is overdue. Immediate action is required.

Greenfold Packaging"""),
  cr="gf",
  i="A", n="paid this morning (crossed with reminder) + tone complaint -> already_paid")

M(d="2025-02-01", fr="Comptabilité <compta@atelier-roux.example>", s="Re: 2nd reminder INV-22740",
  b="""Dear Sirs,

Please find enclosed, once again, our remittance advice for €1,920.00, paid on 10 January. This is the same document we sent on 13 January and on 22 January.

We trust that it will now be allocated correctly and that we will not receive a third reminder.

Best regards,
Claire Roux
Atelier Roux""",
  q=("fr", 3, """Dear Sirs,

Second reminder: invoice INV-22740 for EUR 1,920.00 remains unpaid.

Best regards,
Alpenrose Logistik GmbH"""),
  cr="al", att=["remittance.pdf"],
  i="A", a="1920.00 EUR", n="passive-aggressive, remittance enclosed 'once again'")

M(d="2026-06-29", fr="Katie Burrows <katie@burrowsbeauty.example>", s="Re: INV-61022",
  b="""It's PAID!!! Three weeks ago!!! How many times do I have to say it!!!

Sent from my iPhone""",
  i="A", n="exclamation marks, paid three weeks ago")

M(d="2025-08-15", fr="Seamus Tierney <seamus@tierneyagri.example>", s="Re: INV-36780",
  b="""Paid it Tuesday, lads. €1,375 from the farm account. Thought we were past all this after last year.

Seamus""",
  i="A", a="1375.00 EUR", n="Irish, weary; paid Tuesday")

# ---------------------------------------------------------------- question
M(d="2026-10-10", fr="Hugh Mortimer <hugh@mortimerfarms.example>", s="INV-86350??",
  b="""What is INV-86350? I have nothing with that number. Nothing in the office, nothing in the emails, nothing in the pile on the kitchen table. Can you send it, and tell me what it's supposed to be for?""",
  i="Q", n="no quote; irritated invoice-copy request")

M(d="2025-05-03", fr="Accounts Payable <ap@fenwickhealthcare.example>", s="RE: Reminder - INV-31980",
  b="""Good afternoon,

Apologies for the delay in responding. We moved to a new finance system last month and, to put it politely, it has not been a smooth transition. Every supplier record has had to be re-verified, which means I now have to ask you for things you have probably already sent us. I'm sorry.

Please could you send:

1. Your bank details on company letterhead, signed by a director. Our new system will not accept bank details from an email body.
2. The email address you would like remittance advice sent to.
3. Confirmation of whether you accept a single payment covering several invoices, or whether you need one payment per invoice.

As soon as I have these, your invoices will be released for payment. I appreciate this is frustrating for you; believe me, it is frustrating for us too.

Kind regards,
Sunita Chowdhury
Accounts Payable Officer
Fenwick Healthcare""",
  q=("ol", 6, """Dear Accounts Payable,

A reminder that INV-31980 (£2,776.00) is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="Q", n="long AP request for bank details on letterhead etc. after system migration; pay conditional on info -> question")

M(d="2026-09-10", fr="Ross Kilpatrick <ross@kilpatrickbuilders.example>", s="Re: Statement / INV-82390",
  b="""I'd pay it tomorrow if I knew what the total actually is. Your statement says £1,200. Your reminder says £1,450. Your sales guy says "about thirteen hundred". Which is it?""",
  q=("gm", 2, """Dear Ross,

A reminder that your account balance of £1,450.00, including INV-82390, is overdue.

Kind regards,
Northwind Supplies Ltd""", "Statement / INV-82390"),
  i="Q", n="HARD: conditional promise on info about conflicting totals; asks which -> question, amount null")

M(d="2025-03-02", fr="Jill Sumner <jill@sumnerkennels.example>", s="Re: Payment reminder",
  b="""Do you even HAVE a phone number? Your website has a contact form. I am not filling in a contact form to pay a bill. Give me a number I can ring and speak to a person on.""",
  q=("gm", 2, """Dear Jill,

INV-25210 (£318.00) is overdue. You can contact us via our website.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="irritated request for a phone number")

M(d="2026-02-20", fr="Willem de Groot <willem@degroot-tuinen.example>", s="Re: Mahnung INV-48330",
  b="""Hello,

Can you send the invoice in English please? I cannot read German, and this is the third letter I get that I have to put through Google Translate. My Google Translate says you are "reminding me in a friendly manner". I don't feel it is very friendly.

Willem""",
  html="""<p>Hello,</p><p>Can you send the invoice in English please? I cannot read German, and this is the third letter I get that I have to put through Google Translate. My Google Translate says you are "reminding me in a friendly manner". I don't feel it is very friendly.</p><p>Willem</p>""",
  fmt="html", cr="al",
  q=("nl", 3, """Sehr geehrter Herr de Groot,

wir möchten Sie freundlich an die offene Rechnung INV-48330 über 980,00 EUR erinnern.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH""", "Mahnung INV-48330"),
  i="Q", n="Dutch writer asks for English invoice; sarcastic; HTML-only")

M(d="2025-11-30", fr="Kayleigh Burns <kayleigh@burnscoffeehouse.example>", s="Re: INV-41560 - overdue",
  b="""Before I pay this I need to see a copy of the signed delivery note. Our goods-in log has no record of this delivery at all, and I'm not paying for something until I know it actually came here and who signed for it.""",
  q=("gm", 4, """Hi Kayleigh,

INV-41560 (£512.00) is now overdue. Please arrange payment.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="Q", n="HARD: asks for POD without asserting non-delivery -> question (cf. 'NEVER received' -> dispute)")

M(d="2026-07-07", fr="Marcia Tolbert <mtolbert@tolbertpediatrics.example>", s="RE: Invoice 71005 - past due",
  b="""Is it net 30 or net 45? Your quote said net 45. Your invoice says net 30. Which one applies? Because that decides whether this is even late, and whether the three calls my office got this week were necessary.

Marcia Tolbert
Office Manager, Tolbert Pediatrics""",
  q=("ol", 2, """Dear Ms. Tolbert,

Invoice 71005 for $1,145.00 is past due. Please remit payment.

Billing Department
Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="HARD: terms question (net 30 vs 45), not contesting amount -> question")

# ---------------------------------------------------------------- ignore
M(d="2025-09-26", fr="Ron Baxter <ron.baxter@gmail.example>", s="Re: INV-38120",
  b="""STOP""",
  i="I", n="no quote; bare STOP")

M(d="2026-01-04", fr="Tim Hackett <tim@hackettbikes.example>", s="Re: Payment reminder INV-45088",
  b="""Is this email from a robot? Does a human being ever actually read the replies to these? I bet nobody does. I bet I could write anything here and nobody would notice.

Bananas. Custard. The moon is made of cheese.

See? Nothing.""",
  q=("gm", 3, """Hi Tim,

This is an automated reminder that INV-45088 (£440.00) is overdue.

Northwind Supplies Ltd"""),
  i="I", n="HARD: sarcastic rant testing whether anyone reads; no stance on payment")

M(d="2025-04-22", fr="Paula Ricketts <paula@rickettslaw.example>", s="Automatic reply: INV-30120 - second reminder",
  b="""I am at my daughter's wedding in Portugal until Tuesday 29 April. I will not be answering emails about invoices, or anything else, until I'm back.""",
  auto=1,
  i="I", rd=("iso", "2025-04-29"), n="OOO mentioning invoices; 'until Tuesday 29 April'")

M(d="2026-11-05", fr="Sanjay Patel <sanjay@patelnewsagents.example>", s="Re: INV-88731",
  b="""Mrs Hughes,

Jake will NOT be going on the residential trip if the school is going to keep changing the date. This is the third time. I took the week off work for the original date. I want the deposit back.

S. Patel""",
  q=("gm", 2, """Dear Sanjay,

INV-88731 (£226.00) is due on [[+5|%-d %B]].

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="HARD: angry letter to child's school sent on our thread; mentions deposit, not our money -> ignore")

M(d="2025-06-17", fr="Flamingo Boutique <hello@flamingoboutique.example>", s="!!! SUMMER SALE - UP TO 70% OFF - THIS WEEKEND ONLY !!!",
  b="""SUMMER SALE!!!

Up to 70% off EVERYTHING this weekend only. Dresses from £15, sandals from £10, and our famous straw hats are BACK.

Doors open 9am Saturday. First 20 customers get a free tote!

Flamingo Boutique, 4 Harbour Street
Unsubscribe""",
  html="""<div style="text-align:center;font-family:Georgia"><h1 style="color:#e75480">SUMMER SALE!!!</h1><p>Up to <b>70% off EVERYTHING</b> this weekend only. Dresses from &pound;15, sandals from &pound;10, and our famous straw hats are BACK.</p><p>Doors open 9am Saturday. First 20 customers get a free tote!</p><p style="font-size:10px">Flamingo Boutique, 4 Harbour Street &middot; <a href="https://flamingoboutique.example/unsub">Unsubscribe</a></p></div>""",
  fmt="html", noref=1,
  i="I", n="debtor's shouty newsletter")

M(d="2026-03-06", fr="Graham Lyle <graham@lyleengineering.example>", s="FW: INV-49905 - overdue",
  b="""Forwarding to our new accounts address: ap@lyleengineering.example. Please use that from now on.

G.""",
  q=("om", 1, """Dear Graham,

INV-49905 (£2,110.00) is overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd""", "INV-49905 - overdue"),
  i="I", n="routing to new address, no stance on paying")

M(d="2025-10-20", fr="Dean Hollis <dean@hollisflooring.example>", s="Re: INV-39501",
  b="""Got it. Loud and clear.""",
  q=("and", 1, """Dean,

INV-39501 (£1,290.00) is due on [[+7|%-d %B]]. Please ensure it is paid on time this month.

Northwind Supplies Ltd"""),
  i="I", n="HARD: curt acknowledgement 'loud and clear' is not a promise")

M(d="2026-08-22", fr="Mail Delivery System <noreply@fernside-hotel.example>", s="Automatic reply: Reminder INV-78440",
  b="""This mailbox is no longer monitored. Your email has been deleted unread.""",
  auto=1,
  i="I", n="unmonitored-mailbox auto-reply")

# ==========================================================================
# batch 5
# ---------------------------------------------------------------- promise_to_pay
M(d="2025-01-28", fr="Gav Munro <gav@munroroofing.example>", s="Re: INV-21940",
  b="""You'll get it. Tuesday. Happy?""",
  i="P", pd=("wd", "tue"), n="no quote; grudging one-liner on a Tuesday -> next Tuesday")

M(d="2026-04-25", fr="Deirdre Costello <deirdre.costello@westgatecare.example>", s="INV-53810 - your reply of 22 April",
  b="""Dear Kestrel,

I have read your reply of the 22nd, in which your credit controller informs me that "unfortunately we are unable to agree to extended terms on this occasion".

On this occasion. We have been a Kestrel client for seven years. Seven years of monthly maintenance, three boiler replacements, a full rewire of the east wing, and the night your engineer came out at 2am on Christmas Eve, which I have never forgotten and for which I was, and remain, genuinely grateful. I asked for six weeks' grace, once, because our local authority fees are three months in arrears through no fault of ours, and I am told no, in a paragraph that reads like it was written by a machine.

So be it. I will find the money. It will be in your account on the 28th, every penny of the £4,180, and it will come out of the budget that was meant for new mattresses.

After that, I will be reviewing with our trustees whether we continue with Kestrel at all. I would like you to pass this email to somebody senior.

Yours sincerely,
Deirdre Costello
Registered Manager
Westgate Care Home
Tel: 01632 960 645""",
  cr="ks", fmt="alt",
  i="P", pd=("dom", 28), a="4180.00 GBP", n="HARD: long, no quote; extension was refused, furious, now firm promise on the 28th + threat to leave")

M(d="2025-02-16", fr="Luke Ferris <luke@ferriselectrical.example>", s="Re: INV-23290 - overdue",
  b="""I can't pay it today, obviously, it's Sunday and I'm at my kid's football in the pouring rain. But it'll go first thing Monday, you have my word.

Sent from my iPhone""",
  q=("ios", 2, """Hi Luke,

INV-23290 (£905.00) is now overdue. Please arrange payment.

Thanks,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "mon"), n="HARD: 'I can't pay it today' is about Sunday, then firm Monday promise -> promise")

M(d="2026-05-10", fr="Harvey Dunn <harvey@dunnmotorcycles.example>", s="Re: May statement",
  b="""You'll see it at month end, like every month. Don't hold your breath for a thank-you card.""",
  q=("gm", 3, """Dear Harvey,

Your statement for May is attached. Balance overdue: £1,720.00 (INV-55102, INV-55430).

Kind regards,
Northwind Supplies Ltd""", "May statement"),
  i="P", pd=("eom",), n="sour 'at month end' promise")

M(d="2025-08-27", fr="Amira Haddad <amira@haddadflorals.example>", s="Re: INV-36920",
  b="""Hi,

I've genuinely had the worst month of my life. My shop was broken into twice, my van was written off, and my assistant has just handed in her notice.

But none of that is your fault and I'm not going to make you wait any longer. I've set up the payment for Wednesday, the full £588.

Amira""",
  q=("gm", 6, """Dear Amira,

A reminder that INV-36920 (£588.00) was due on [[-20|%-d %B]]. Please let us know when it will be paid.

Kind regards,
Greenfold Packaging"""),
  cr="gf", fmt="alt",
  i="P", pd=("wd", "wed"), a="588.00 GBP", n="stressed but firm; payment set up for Wednesday (message is Wed -> next Wed)")

M(d="2026-10-18", fr="Jürgen Pohl <j.pohl@pohl-baustoffe.example>", s="AW: 3. Mahnung INV-86012",
  b="""Sehr geehrte Damen und Herren,

wir überweisen die 1.280,00 EUR am Montag.

Aber ich muss Ihnen sagen: eine dritte Mahnung mit Androhung eines Inkassobüros, nach fünfzehn Jahren Zusammenarbeit, wegen zwei Wochen Verzug? Das ist nicht die Art, wie man mit Kunden umgeht.

Jürgen Pohl
Pohl Baustoffe GmbH""",
  cr="al",
  q=("de", 2, """Sehr geehrter Herr Pohl,

trotz unserer Erinnerungen ist die Rechnung INV-86012 über 1.280,00 EUR weiterhin offen. Sollten wir innerhalb von 7 Tagen keinen Zahlungseingang feststellen, übergeben wir die Forderung an ein Inkassobüro.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH""", "3. Mahnung INV-86012"),
  i="P", pd=("wd", "mon"), a="1280.00 EUR", n="German; promise Monday + complaint about collection threat")

M(d="2025-07-31", fr="Brenda Kowalski <bkowalski@kowalskiinsurance.example>", s="RE: Invoice 36118 - FRIENDLY REMINDER",
  b="""We'll cut you a check on the 15th.

And for the record: "FRIENDLY REMINDER" in 24-point red capitals, with the word OVERDUE underlined twice, is not friendly. It's the opposite of friendly. I showed it to my husband and he thought it was from the IRS.

Brenda Kowalski
Kowalski Insurance Agency""",
  q=("ol", 2, """FRIENDLY REMINDER

Invoice 36118 for $412.00 is OVERDUE. Please remit payment immediately.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("dom", 15), n="US; check on the 15th + tone complaint")

# ---------------------------------------------------------------- extension_request
M(d="2025-11-20", fr="Leona Fairbairn <leona@fairbairngallery.example>", s="Your invoices",
  b="""Hello,

I'm afraid this is going to sound made up, but it isn't.

Our accountant, Derek, who has done our books for nineteen years, died suddenly last Wednesday. He had everything: the passwords, the payment schedules, the lot. I am sitting in his office with his widow trying to work out what has been paid and what hasn't, and I genuinely have no idea where we stand with you or with anybody else.

Please would you give me a few weeks to get on top of it? I'm not trying to avoid anything. I just can't pay what I can't see.

Leona Fairbairn
Fairbairn Gallery""",
  cr="hl",
  i="X", n="no quote; accountant died; asks 'a few weeks' -> null")

M(d="2026-09-28", fr="Marcus Reilly <marcus@reillytiling.example>", s="Re: Account overdue - INV-82700",
  b="""I'm not asking for charity and I'm not asking you to write anything off. I'm asking you to let me pay what I owe in three goes instead of one, which I don't think is unreasonable after the summer I've had.

£400 on the 1st, £400 on the 15th and the last £400 at the end of October. If that's a problem, ring me, don't send me another letter.

Marcus Reilly
Mob: 07700 900 855""",
  q=("gm", 2, """Dear Marcus,

INV-82700 for £1,200.00 is now 30 days overdue. Please arrange payment in full.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", pd=("dom", 1), a="400.00 GBP", n="HARD: 'not asking for charity' + three instalments; first £400 on the 1st")

M(d="2025-03-11", fr="Shirley Amos <shirley@amosbakery.example>", s="Re: INV-26115 - overdue",
  b="""I'll put £250 across to you tonight, as a show of good faith, because I know you've been patient.

For the balance of £1,050 I need until the 20th. I'm owed money by the hotel and they've promised it by the 18th, and if I promise you something before I've got it I'll only end up letting you down. Can you live with that?

Shirley""",
  q=("gm", 4, """Dear Shirley,

INV-26115 for £1,300.00 is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="X", pd=("today",), a="250.00 GBP", n="HARD: part tonight + asks until the 20th for the balance; extension wins, first payment £250 today")

M(d="2026-06-16", fr="Bethan Pugh <bethan@valleyyouthcic.example>", s="Re: INV-60822 - Valley Youth CIC",
  b="""Hello,

I'm so sorry to be writing this. Our lottery grant payment, which covers all of our running costs until March, has been delayed because of a problem at the funder's end, and we have been told it won't arrive for at least another couple of months. We are a tiny community organisation and there is simply nothing in the bank until it does.

Could we possibly defer payment until 30 September? I promise we will pay the moment the grant lands.

With thanks,
Bethan Pugh
Coordinator, Valley Youth CIC""",
  html="""<div style="font-family:Verdana,sans-serif;font-size:13px"><p>Hello,</p><p>I'm so sorry to be writing this. Our lottery grant payment, which covers all of our running costs until March, has been delayed because of a problem at the funder's end, and we have been told it won't arrive for at least another couple of months. We are a tiny community organisation and there is simply nothing in the bank until it does.</p><p>Could we possibly defer payment until <b>30 September</b>? I promise we will pay the moment the grant lands.</p><p>With thanks,<br>Bethan Pugh<br>Coordinator, Valley Youth CIC</p></div>""",
  fmt="html", cr="hl",
  q=("gm", 4, """Dear Bethan,

INV-60822 (£640.00) is overdue. Please arrange payment.

Kind regards,
Harbour Lane Print Co"""),
  i="X", pd=("md", 9, 30), n="charity grant delayed; asks to defer until 30 September; HTML-only")

M(d="2025-12-08", fr="Tony Brannigan <tony@brannigantaxis.example>", s="Re: Final reminder INV-43120",
  b="""Is there any chance at all you could give me until after Christmas? Two of my drivers have been off sick for a month and the cars have earned nothing. January I'll be fine. December I'm not.""",
  q=("gm", 3, """Dear Tony,

Final reminder: INV-43120 (£746.00) remains unpaid.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", n="asks until 'after Christmas' - no day -> null")

M(d="2026-01-13", fr="Ricky Stone <ricky@stonebuildingservices.example>", s="Re: Outstanding balance - Stone Building Services",
  b="""Hiya,

I've been putting off writing this because it's embarrassing, but I'd rather you heard it from me.

HMRC have hit me with a tax bill from two years ago that my old accountant apparently "forgot" to tell me about. Forgot! With penalties and interest it's more than I earned in the whole of November and December put together, and they want it by the end of the month or they'll be round with the bailiffs. So that's where every penny is going right now.

I know I owe you the £1,800 and I'm not going anywhere. What I'm asking is whether we can set up a payment plan: £300 a month, on the 28th of each month, starting this month. Six months and it's cleared. I'll set up the standing order today if you say yes.

I'm sorry. I've never been in this position before and I hate it.

Ricky Stone
Stone Building Services
Mob: 07700 900 219""",
  q=("gm", 5, """Dear Ricky,

Our records show an overdue balance of £1,800.00 on your account (INV-45002). Please contact us to arrange payment.

Kind regards,
Northwind Supplies Ltd""", "Outstanding balance - Stone Building Services"),
  i="X", pd=("dom", 28), a="300.00 GBP", n="long; tax bill; asks for plan £300 monthly from the 28th; amount = instalment")

# ---------------------------------------------------------------- dispute
M(d="2025-05-13", fr="Petra Lindqvist <petra@lindqvistdesign.example>", s="INV-32515 - not received",
  b="""We have not received these goods.

Your tracking says "delivered - left on front porch". We do not have a front porch. We are on the fourth floor of an office block with a locked entrance and a reception desk. Nobody signed for anything.

Please investigate with your courier and do not chase us for payment for something we never got.

Petra Lindqvist
Lindqvist Design Studio""",
  i="D", n="no quote; goods not received, sarcastic about tracking")

M(d="2026-08-06", fr="Zoe Appleby <zoe@applebyhomewares.example>", s="Re: INV-76004",
  b="""Thank you for the reminder.

Before we pay anything, could you kindly arrange to collect the fourteen cases of sage green tableware you sent us instead of the dusk pink we ordered, and credit them to our account? I've now asked three times, and they are taking up half of our stockroom.

Many thanks,
Zoe Appleby""",
  q=("gm", 3, """Hi Zoe,

INV-76004 (£1,862.00, tableware - 20 cases) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="D", n="HARD: polite 'thank you' + 'could you kindly' but contests wrong goods -> dispute")

M(d="2025-09-09", fr="Helen Marwood <helen@marwoodschool.example>", s="RE: INV-37712 and INV-38090",
  b="""Hello,

You have billed us for the March maintenance visit twice. Once on INV-37712 and then again on INV-38090, same date, same engineer, same description, same £480.

We had ONE visit. I'm not paying for one visit twice, and I'd be grateful if somebody could explain how this keeps happening, because it is the second time this year.

Helen Marwood
School Business Manager
Marwood Primary School""",
  q=("ol", 4, """Dear Helen,

The following invoices are overdue: INV-37712 (£480.00) and INV-38090 (£480.00).

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="D", a="480.00 GBP", n="double-billed visit; amount = contested duplicate £480")

M(d="2026-03-31", fr="Gary Lindholm <gary@lindholmrealty.example>", s="RE: Invoice 50770 - past due",
  b="""Your rep, Jessica, told me that setup and installation of the copiers were INCLUDED at no charge. That was the deal. I have her email, I'll forward it to you if you like.

I'm not paying $450 for "installation services". Take it off the invoice and I'll pay the rest.

Gary Lindholm
Lindholm Realty Group""",
  q=("ol", 3, """Dear Mr. Lindholm,

Invoice 50770 ($3,890.00, including installation services $450.00) is past due. Please remit payment.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", a="450.00 USD", n="'told it was included'; conditional pay of rest -> dispute, amount = contested $450")

M(d="2025-10-29", fr="Owen Baird <owen@bairdproperty.example>", s="INV-39820 - bathroom refurb",
  b="""The job isn't finished.

Your men left last Thursday saying they'd be back on Monday to finish the tiling and fit the shower screen. It is now Wednesday. Nobody has been back. Nobody has phoned. My tenant has been washing at her sister's for a fortnight.

And you've sent me an invoice for the whole job. Not until it's done.

Owen Baird""",
  html="""<div>The job isn't finished.</div><div><br></div><div>Your men left last Thursday saying they'd be back on Monday to finish the tiling and fit the shower screen. It is now Wednesday. <b>Nobody has been back. Nobody has phoned.</b> My tenant has been washing at her sister's for a fortnight.</div><div><br></div><div>And you've sent me an invoice for the whole job. Not until it's done.</div><div><br></div><div>Owen Baird</div>""",
  fmt="html", cr="ks",
  i="D", n="no quote; work unfinished; HTML-only")

M(d="2026-11-19", fr="Janine Fuller <janine@fullerfarmshop.example>", s="Re: Revised invoice INV-88402",
  b="""I paid the original invoice. In full. On time.

Now you've sent me a "revised" invoice adding £120 of "fuel surcharge" after the fact, for a delivery that happened a month ago. Nobody told me about any surcharge when I ordered, it's not on the quote, and it's not on the delivery note.

I'm not paying a surcharge nobody mentioned until the bill arrived.""",
  q=("gm", 2, """Dear Janine,

Please find attached revised invoice INV-88402, which includes a fuel surcharge of £120.00. The balance of £120.00 is now due.

Kind regards,
Greenfold Packaging""", "Revised invoice INV-88402"),
  cr="gf",
  i="D", a="120.00 GBP", n="HARD: original paid (already_paid) + contests added surcharge; dispute wins, amount £120")

M(d="2025-04-30", fr="Marco Bellini <marco@bellinitrattoria.example>", s="Re: INV-30480 - menu printing",
  b="""Hi,

I'm sure this is just an oversight on your side, but the new menus you printed for us have the wrong prices on every single page. Every one. The lamb is £4 cheaper than it should be, the wine list is from last year, and the desserts have no prices at all.

I want to be clear that this was your proof, not ours. We signed off the version I sent you, not the one that was printed.

We can't use them. I won't be paying for 200 menus I can't put on a table. Please reprint them correctly and then we'll settle up.

Marco""",
  q=("gm", 3, """Hi Marco,

INV-30480 (£620.00, 200 x menus) is now overdue.

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="D", n="HARD: passive-aggressive 'I'm sure it's an oversight'; misprint; pay after reprint -> dispute")

# ---------------------------------------------------------------- already_paid
M(d="2026-02-26", fr="Ruth Seymour <ruth@seymourpottery.example>", s="INV-48612",
  b="""This was paid on the 3rd of February. By card. Over the phone, to your office. I have the receipt in my hand as I type.

I'm beginning to think your accounts department is a myth.

Ruth Seymour
Seymour Pottery""",
  i="A", n="no quote; paid by card with receipt, sarcastic")

M(d="2025-06-12", fr="Kevin Dawes <kevin@dawesplant.example>", s="Re: INV-34001 - overdue",
  b="""Right. For the avoidance of any more doubt: we paid £3,450.00 on the 30th of May, by BACS, reference DAWES PLANT.

Please confirm you've received it. And while you're at it, please take us off the automatic reminder list, because this is the fourth one for a paid invoice this year and it's starting to feel personal.

Kevin Dawes
Dawes Plant Hire Ltd""",
  q=("ol", 2, """Dear Kevin,

INV-34001 (£3,450.00) remains overdue.

Regards,
Northwind Supplies Ltd"""),
  i="A", a="3450.00 GBP", n="HARD: paid + 'please confirm you've received it' + asks off reminder list -> already_paid")

M(d="2026-07-16", fr="Practice Manager <manager@elmwoodsurgery.example>", s="RE: INV-70055 - balance outstanding",
  b="""Dear Kestrel,

I have now checked this three times against our bank statements, and I'm going to set it out as clearly as I can, because your letter suggests that we have paid "part" of this invoice.

We agreed, in writing, with your Mr Shah, to pay INV-70055 in three instalments. We did exactly that:

Payment 1: £500.00 on 2 April
Payment 2: £500.00 on 2 May
Payment 3: £520.00 on 2 June

That is £1,520.00, which is the full amount of the invoice. There is no balance outstanding. If your system is showing one, I suspect one of the three payments has been allocated to another customer, and I'd be grateful if you would find it rather than chasing us.

Yours sincerely,
Anne Broughton
Practice Manager
Elmwood Surgery""",
  q=("ol", 3, """Dear Practice Manager,

Our records show a balance of £520.00 outstanding on INV-70055. Please arrange payment.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks", fmt="alt",
  i="A", a="1520.00 GBP", n="methodical irritated; three instalments listed; amount = total paid £1,520")

M(d="2025-01-14", fr="Lucía Fernández <lucia@fernandez-ceramica.example>", s="Re: Reminder INV-21602",
  b="""Ya está pagado!! It was paid last week, €330, from our account at Banco Sabadell. Please check before sending more reminders, this is the second one.

Lucía""",
  q=("gm", 3, """Dear Lucía,

Invoice INV-21602 (€330.00) is overdue. Please arrange payment.

Best regards,
Bright Pixel Studio"""),
  cr="bp",
  i="A", a="330.00 EUR", n="Spanish/English mix, paid last week")

M(d="2026-05-28", fr="Accounts <accounts@hartleyhospitality.example>", s="RE: INV-58055 overdue",
  b="""Hello,

We paid this through the supplier portal on the 14th. The portal YOU told us to use, after we spent a month setting it up at your request. It shows as "paid - settled" on our side.

If it hasn't reached you, please take it up with your own portal provider.

Regards,
Tom Hartley
Hartley Hospitality""",
  q=("ol", 2, """Dear Accounts,

INV-58055 (£2,984.00) is now overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="A", n="paid via creditor's portal, irritated")

M(d="2025-08-03", fr="Callum Brodie <callum@brodiekitchens.example>", s="Re: INV-36330 - second reminder",
  b="""I'm on holiday in Crete. I'm not supposed to be checking email. But your "second reminder" popped up on my phone and annoyed me enough that I logged into the banking app on a sunbed to check.

It went out on the 2nd. Yesterday. £1,120. Now leave me alone to enjoy my week.

Sent from my iPhone""",
  q=("ios", 1, """Dear Callum,

Second reminder: INV-36330 (£1,120.00) is overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", a="1120.00 GBP", n="HARD: on holiday (not an auto OOO) but states payment made yesterday -> already_paid")

# ---------------------------------------------------------------- question
M(d="2026-10-22", fr="Hilary Stanton <hilary@stantonbooks.example>", s="Re: INV-87140 - reminder",
  b="""Your latest reminder has different bank details from the ones on the invoice itself. Which one is right?

I'm not paying anything until somebody phones me from your main office number to confirm it, because frankly this smells like a scam.""",
  q=("gm", 2, """Dear Hilary,

INV-87140 (£355.00) is overdue. Please pay to our new account: sort code 40-19-22, account 61004419.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="conflicting bank details, suspects fraud; asks which -> question")

M(d="2025-11-11", fr="Sam Okafor <sam@okaforfinancial.example>", s="INV-40990 - itemised invoice needed",
  b="""Hi,

Can I get an itemised invoice, please? "Goods as supplied - £2,340" is not going to get past my auditors, and to be honest it wouldn't get past my mum either.

I need each line: what, how many, unit price. Then it'll be paid.

Sam Okafor
Okafor Financial Planning""",
  i="Q", n="no quote; requests itemised invoice before paying -> question")

M(d="2026-09-16", fr="Alison Greer <alison@greergifts.example>", s="Re: INV-82512",
  b="""Is this for the order I returned in August? The candles that arrived melted? Because if so I'll need to chase that with you separately, but if it's for something else I just need to know what.""",
  q=("gm", 3, """Hi Alison,

INV-82512 (£276.00) is overdue. Please arrange payment.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="Q", n="HARD: asks whether it's for a returned order, not asserting -> question")

M(d="2025-02-27", fr="Procurement <procurement@ashgroveacademy.example>", s="Supplier information required",
  b="""Good morning,

Before we can process ANY payment to Northwind, our new supplier form requires your company registration number, VAT number, and a named contact for remittances. I have asked for this twice by email and once by phone.

Please could someone send it today.

Procurement Team
Ashgrove Academy""",
  html="""<div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Good morning,</p><p>Before we can process <b>ANY</b> payment to Northwind, our new supplier form requires your company registration number, VAT number, and a named contact for remittances. I have asked for this twice by email and once by phone.</p><p>Please could someone send it today.</p><p>Procurement Team<br>Ashgrove Academy</p></div>""",
  fmt="html",
  i="Q", n="no quote; supplier details needed before paying; HTML-only")

M(d="2026-04-08", fr="Ray Montoya <ray@montoyacatering.example>", s="RE: Invoice 54118 - past due",
  b="""Where exactly am I supposed to mail the check? The PO box on your invoice came back "Return to Sender - box closed". I've got the envelope sitting right here with a big red stamp on it.

Ray Montoya
Montoya Catering""",
  q=("ol", 2, """Dear Mr. Montoya,

Invoice 54118 ($980.00) is past due. Please mail your check to the address on the invoice.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="US; where to mail the check after returned post -> question")

M(d="2025-07-02", fr="Grace Ellwood <grace@ellwoodhardware.example>", s="Re: Ellwood Hardware - overdue account",
  b="""Hello,

My name's Grace, I'm Frank Ellwood's daughter. Dad had a stroke in May and he's not going to be able to come back to the shop, so I'm taking over, and I'm discovering exactly how he ran things, which was mostly on the backs of envelopes.

I've found three of your reminders in the drawer under the till, all different amounts, and I honestly can't tell whether they're for the same invoices or different ones.

Could you please send me a full list of everything outstanding on the account, with invoice numbers and dates? And is there one person I can deal with from now on, so I'm not starting from scratch every time I ring?

I'm not trying to wriggle out of anything. I just need to know what's real.

Grace Ellwood
Ellwood Hardware""",
  q=("ol", 6, """Dear Mr Ellwood,

Your account shows an overdue balance of £2,615.80. Please contact us to arrange payment.

Regards,
Northwind Supplies Ltd""", "Ellwood Hardware - overdue account"),
  i="Q", n="long; daughter taking over, asks for statement and contact -> question")

M(d="2026-06-12", fr="Fiona Mackie <fiona.mackie@mackieconsulting.example>", s="Re: INV-60701",
  b="""I don't doubt that it's ours. I just need to know WHO here ordered it, because we have four departments and I can't charge it to the right budget until I know. Nobody is owning up.""",
  q=("ol", 3, """Dear Fiona,

INV-60701 (£1,135.00) is overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: 'I don't doubt it's ours' - asks who ordered, not contesting -> question")

# ---------------------------------------------------------------- ignore
M(d="2025-12-19", fr="Norma Pike <norma.pike@gmail.example>", s="Mailing list",
  b="""Remove me from your mailing list immediately.""",
  i="I", n="no quote; unsubscribe demand")

M(d="2026-01-20", fr="Jessica Marlow <jessica@marlowpr.example>", s="Automatic reply: INV-46300 - reminder",
  b="""Thank you for your email. I am on parental leave until Monday 1 June 2026.

For ANY invoice or payment queries, please contact finance@marlowpr.example. Please do not resend reminders to this address; they will not be read.""",
  auto=1,
  i="I", rd=("iso", "2026-06-01"), n="parental-leave OOO mentioning payment queries")

M(d="2025-09-30", fr="Derek Hulme <derek@hulmeironmongers.example>", s="Re: Your account",
  b="""Is this the same Northwind that used to send a rep round every month, who'd have a cup of tea and a chat and tell you what was new? Alan, his name was. Lovely fella. Knew my kids' names.

Now it's all emails from "Credit Control" and a phone menu with seven options, none of which is "talk to somebody who knows who I am".

I don't know. Things were better. That's all I wanted to say.""",
  q=("gm", 2, """Dear Derek,

Your account has an overdue balance. Please contact Credit Control.

Northwind Supplies Ltd"""),
  i="I", n="HARD: nostalgic rant, takes no stance on the balance -> ignore")

M(d="2026-08-25", fr="Sue Carver <sue@carverdental.example>", s="Re: INV-79330",
  b="""Mark, I am NOT paying you another penny until that roof stops leaking!! It dripped on the reception desk all weekend. Ring me.""",
  q=("ios", 4, """Dear Sue,

INV-79330 (£568.00) is due on [[+6|%-d %B]].

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="HARD: 'NOT paying a penny until' aimed at her roofer, sent on our thread -> ignore, not dispute")

M(d="2025-03-19", fr="Arthur Penn <arthur@pennsaddlery.example>", s="Re: INV-26450 - reminder",
  b="""Received. Framed. Hung on the wall next to the other four.""",
  q=("gm", 1, """Dear Arthur,

INV-26450 (£212.00) is due on [[+10|%-d %B]].

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="sarcastic acknowledgement of a not-yet-due reminder; no stance")

M(d="2026-11-24", fr="Billing Support <billing-support@payments-update.example>", s="ACTION REQUIRED: Your invoice payment FAILED",
  b="""Dear Customer,

We were unable to process your recent invoice payment. Your account will be SUSPENDED within 24 hours unless you update your payment details.

Update your details now: https://payments-update.example/verify

Billing Support Team""",
  fmt="html", noref=1,
  html="""<div style="font-family:Arial"><p>Dear Customer,</p><p>We were unable to process your recent invoice payment. Your account will be <b style="color:#d00">SUSPENDED within 24 hours</b> unless you update your payment details.</p><p><a href="https://payments-update.example/verify" style="background:#06c;color:#fff;padding:8px 16px">Update your details now</a></p><p>Billing Support Team</p></div>""",
  i="I", n="payment-themed phishing spam, HTML-only")

M(d="2025-10-07", fr="Bob Ingham <bob@inghamjoinery.example>", s="Re: INV-39330",
  b="""Please don't email me on a Sunday. Some of us have families.""",
  q=("gm", 2, """Hi Bob,

Just a reminder that INV-39330 (£745.00) falls due on [[+3|%-d %B]].

Thanks,
Northwind Supplies Ltd"""),
  i="I", n="complaint about email timing, no stance on the invoice")

# ==========================================================================
if __name__ == "__main__":
    sys.exit(main("heated"))
