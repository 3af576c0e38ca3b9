"""Hand-written labelled debtor replies, slice "smallbiz".

Flavour: North American small businesses, freelancers, agencies, contractors,
clinics, restaurants and non-profits replying to reminders from Meridian Office
Solutions Inc. (office supplies, furniture, copier leases, installs; cr="mo")
and Bright Pixel Studio (web/branding agency billing hours; cr="bp"). US date
style in the text ("12/5", "Dec 5th", "by the 15th"), US payment vocabulary
(check #, ACH, wire, Zelle, Venmo, bill.com, QuickBooks link, card on file,
autopay, net 30), W-9 / 1099 / COI / PO questions, screenshots of payment
confirmations, disputes about hours, scope, change orders and missing credits.
Mostly USD, some CAD (CA$/C$) and AUD (A$).

Every message body and every quoted reminder below was written by hand as
literal data; kit.py only packages them (see its docstring for the fields of M).

Run:  .venv/bin/python data/sources/smallbiz.py -v
Writes data/labelled/smallbiz/smallbiz-NNN.eml and data/labelled/smallbiz/labels.jsonl
"""

from __future__ import annotations

import sys

from kit import M, main

# ==========================================================================
# DATA
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2025-03-12", fr="Tanya Ruiz <office@brightsmilesdental.example>", s="Re: Invoice INV-24117 past due",
  b="""Hi there,

So sorry about this - our office manager has been out on maternity leave and the bills piled up on me. I'll have a check in the mail to you by Friday.

Tanya Ruiz
Front Desk | Bright Smiles Family Dentistry
(512) 555-0143""",
  q=("gmus", 3, """Hi Tanya,

This is a friendly reminder that invoice INV-24117 for $1,284.60 (toner, exam room supplies) was due on [[-9|%B %-d]] under net 30 terms.

If you've already sent payment, please disregard this note.

Thank you,
Accounts Receivable
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "fri"), n="dental front desk, check mailed by Friday (Wed message)")

M(d="2025-06-23", fr="Marcus Bell <marcus@bellandco-creative.example>", s="RE: Bright Pixel invoice #5208",
  b="""Accounts have it scheduled for the 30th ACH run. Should land in your account a day or two after.

Marcus""",
  q=("ol", 2, """Hi Marcus,

Hope the launch went well! Just a nudge on invoice #5208 ($3,450.00, May retainer) which was due last Friday.

Thanks so much,
Priya
Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("dom", 30), n="scheduled in the ACH run on the 30th; amount only in quote")

M(d="2025-09-05", fr="Luis Ortega <luis@ortegastaqueria.example>", s="Re: Past due INV-27730",
  b="""Hey, I'll pay the $842.15 through the QuickBooks link Monday once the weekend deposits clear. Thanks for your patience.

Luis - Ortega's Taqueria""",
  q=("gmus", 4, """Hi Luis,

Our records show INV-27730 for $842.15 (to-go containers, register paper) is now 18 days past due.

You can pay online using the QuickBooks payment link on the invoice.

Best,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "mon"), a="842.15 USD", n="restaurant, Friday message, QuickBooks link Monday")

M(d="2026-01-20", t="19:42", fr="Dre <dre.castillo@gmail.example>", s="Re: invoice 6114",
  b="""zelling you tonight""",
  q=("gmus", 1, """Hey Dre,

Quick reminder on invoice 6114 for the logo refresh ($600). Let me know if you need anything from us!

Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("today",), n="curt, 'tonight' = today, Zelle as a verb")

M(d="2026-04-15", fr="Evelyn Park <treasurer@riversidefoodpantry.example>", s="RE: Statement - Riverside Community Food Pantry",
  b="""Good afternoon,

Thank you for your patience with us. As a volunteer-run organization, our checks require two board signatures, and the board next meets on 5/14. I will bring your invoice to that meeting and the check will be mailed the same day.

With gratitude,
Evelyn Park
Treasurer, Riverside Community Food Pantry
A 501(c)(3) nonprofit organization""",
  q=("ol", 5, """Dear Ms. Park,

Please find your current statement attached. The balance of $418.00 on INV-52904 is now 45 days past due.

We appreciate all you do for the community and would be grateful for an update.

Kind regards,
Dana Whitfield
Accounts Receivable, Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("md", 5, 14), n="non-profit, check mailed on board meeting date 5/14")

M(d="2025-11-26", fr="Greg Hanley <greg@hanleyinsurance.example>", s="Re: INV-41906 reminder",
  b="""We're closed Thursday and Friday for Thanksgiving, so I'll push the ACH first thing Monday 12/1. Happy Thanksgiving to the Meridian crew.

Greg Hanley
Hanley Insurance Agency
Allstate | State Farm | Progressive""",
  q=("gmus", 2, """Hi Greg,

Just a reminder that INV-41906 for $726.40 (copier maintenance, Q4) is due on [[+2|%m/%d/%Y]].

Thank you,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("md", 12, 1), n="US date 12/1 after Thanksgiving, ACH Monday")

M(d="2026-07-09", fr="Rick Dominguez <rick@dominguezhvac.example>", s="Re: Invoice INV-60377 - 30 days past due",
  b="""Rick here. Had a slow June with the rain but things have picked up. I can do $1,500 this Friday and the remaining $2,180 on the 24th. Will send both through ACH.

Rick Dominguez
Dominguez Heating & Air
Lic. #TACLA00123456C""",
  q=("gmus", 6, """Hi Rick,

INV-60377 for $3,680.00 (office furniture for your new dispatch office) is now 30 days past due. Please let us know when we can expect payment.

Thanks,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "fri"), a="1500.00 USD", n="HARD: split stated as a plan not a request; first payment $1,500 Friday")

# ---------------------------------------------------------------- extension_request
M(d="2025-02-18", fr="Jenna Moss <jenna@jennamossphoto.example>", s="Re: Bright Pixel - invoice #4417",
  b="""Hi Priya! Any chance I could have until the 28th on this one? Two of my wedding clients are late paying me and I'd rather not put it on a card.

Thank you!!
Jenna""",
  q=("gmus", 3, """Hi Jenna,

Just a friendly reminder that invoice #4417 for your website refresh ($1,150.00) was due on [[-5|%B %-d]].

Best,
Priya
Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("dom", 28), n="photographer asks until the 28th")

M(d="2025-08-07", fr="Omar Haddad <omar@haddadlawoffice.example>", s="RE: Past due balance",
  b="""Hello,

I am a solo practice and this quarter has been rough. Would you be open to a payment plan? I could do $400/month starting Sept 1st until the balance is cleared. I can set it up as a recurring ACH so you don't have to chase me.

Regards,
Omar Haddad, Esq.
Haddad Law Office, PLLC""",
  q=("ol", 4, """Dear Mr. Haddad,

Our records indicate a past due balance of $2,390.00 on INV-35018 (conference table and chairs).

Please remit payment at your earliest convenience.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("md", 9, 1), a="400.00 USD", n="payment plan, instalment $400 from Sept 1st")

M(d="2026-03-02", fr="Nina Petrakis <nina@olivegrovebistro.example>", s="Re: INV-49802",
  b="""Honestly we can't pay this month. January and February are our dead months and we're just covering payroll. Can we revisit in April when the patio opens?

Nina""",
  q=("gmus", 2, """Hi Nina,

Friendly reminder that INV-49802 for $612.75 is past due. Let us know if you have any questions.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", n="can't pay this month; 'in April' has no day -> date null")

M(d="2025-10-14", fr="Claire Tremblay <claire@tremblaydesign.example>", s="Re: Invoice INV-39440",
  b="""Hi,

Would it be possible to split the C$3,600 into three payments of C$1,200? The first one could go out on the 31st and the next two at the end of November and December.

Merci,
Claire Tremblay
Tremblay Design Intérieur, Montréal QC""",
  q=("gmus", 5, """Hi Claire,

Invoice INV-39440 for CA$3,600.00 (showroom seating) is now 15 days past due.

Please let us know when we can expect payment.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("dom", 31), a="1200.00 CAD", n="Canadian, asks to split in three; first C$1,200 on the 31st")

M(d="2026-09-18", fr="Derrick Owens <dowens@youthleaguesoccer.example>", s="Re: Reminder: invoice #7321",
  b="""Can I get two more weeks on this? We're waiting on our county grant disbursement and it's been delayed. As soon as it hits we'll pay you first, promise.

Derrick Owens
Executive Director, Eastside Youth Soccer League""",
  q=("gm", 3, """Hi Derrick,

A quick nudge on invoice #7321 for the new league website ($2,800.00), which was due on [[-10|%B %-d]].

Cheers,
Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("plus", 14), n="non-profit, two more weeks")

M(d="2026-05-27", fr="Pam Whitaker <pam@whitakerrealtygroup.example>", s="RE: INV-57113 - payment arrangement",
  b="""Hi Dana,

I know I told you we'd have the full $5,400 to you by Friday, but two closings got pushed. Could I send $2,000 on Friday and the rest by 6/15? I'd really appreciate the flexibility.

Pam Whitaker
Broker/Owner, Whitaker Realty Group""",
  q=("ol", 1, """Hi Pam,

Thanks for the call yesterday. As discussed, we'll look out for payment of INV-57113 ($5,400.00) by Friday.

Regards,
Dana Whitfield
Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("wd", "fri"), a="2000.00 USD", n="HARD: backs off earlier promise, asks for time on the rest; extension, first payment $2,000 Friday")

M(d="2025-12-19", fr="Tom Kowalski <tom@kowalskiautobody.example>", s="Re: INV-44582",
  b="""Can we push this to after the holidays? Cash is tight till the insurance checks come in January.""",
  q=("gmus", 2, """Tom,

INV-44582 ($1,045.00) is past due. Please remit or call us.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", n="push to after the holidays; January has no day -> null")

# ---------------------------------------------------------------- dispute
M(d="2025-04-03", fr="Alicia Grant <alicia@grantnutrition.example>", s="RE: Invoice #4520 - overdue",
  b="""Hi Priya,

I've looked at the breakdown and the invoice shows 42 hours for the homepage redesign. The estimate you sent in February said 25-30 hours, and nobody told me it was running over. That's 12 hours - $1,800 - I never approved.

I'm happy to pay for the 30 hours we agreed. Can you reissue it?

Alicia Grant, RDN
Grant Nutrition Counseling""",
  q=("ol", 3, """Hi Alicia,

Just following up on invoice #4520 for $6,300.00 (homepage redesign, 42 hrs @ $150). It's now a week overdue.

Thanks!
Priya
Bright Pixel Studio"""),
  cr="bp",
  i="D", a="1800.00 USD", n="hours billed over estimate; disputed 12 hrs = $1,800 overage")

M(d="2025-07-22", fr="Ken Yamada <ken@yamadaengineering.example>", s="Re: INV-34261",
  b="""We never got the second pallet. Only 20 of the 40 cases of copy paper showed up, and your driver's sheet says 20 too. Please correct the invoice before we pay anything.

Ken""",
  q=("gmus", 5, """Hi Ken,

Invoice INV-34261 for $1,398.00 (40 cs copy paper, 8.5x11) is now past due.

Thank you,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="short delivery, half the cases")

M(d="2026-02-10", fr="Sharon Liu <sliu@liupediatrics.example>", s="RE: INV-48870 - second notice",
  b="""Hello,

The $640 line on this invoice is for a "change order #2 - additional data drops". We never signed a change order. Your installer mentioned it on site and our office manager told him to check with me first, which he never did.

Please remove that line and send a corrected invoice.

Sharon Liu, MD
Liu Pediatrics""",
  q=("ol", 6, """Dear Dr. Liu,

This is a second notice that INV-48870 for $4,125.00 (front office install, incl. change order #2) remains unpaid.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", a="640.00 USD", n="unsigned change order line $640")

M(d="2025-05-29", fr="Accounts Payable <ap@summitcharter.example>", s="RE: INV-30602 past due",
  b="""Good morning,

This appears to be a duplicate of INV-30418, which we paid by check on 4/30. Same PO, same items, same amount. Please void INV-30602.

Thank you,
Maria Santos
Accounts Payable, Summit Charter Schools""",
  q=("ol", 4, """Good morning,

Our records show INV-30602 for $887.50 (PO 11873) is 14 days past due.

Regards,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="HARD: duplicate claim mentioning the original was paid -> dispute over already_paid")

M(d="2026-10-06", fr="Brian Foley <brian@foleyaccounting.example>", s="Re: Copier lease invoice INV-64410",
  b="""We were quoted $38 a month for the Canon lease when we signed. You're billing $52. I have the quote in writing from Jason if you need it.""",
  q=("gmus", 2, """Hi Brian,

Just a reminder that INV-64410 ($156.00 - copier lease, Jul-Sep) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", a="52.00 USD", n="HARD: price not as quoted; only monthly figures stated -> amount = charged monthly price")

M(d="2025-01-14", fr="Dale Simmons <dale@simmonsfeedandseed.example>", s="Re: Late fee - INV-22570",
  b="""Why exactly am I being charged a $75 late fee when you folks sent the invoice to our old PO box for two months? We never saw it until your rep called.""",
  q=("gmus", 3, """Hi Dale,

Your account shows INV-22570 ($1,210.00) plus a late fee of $75.00 now past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", a="75.00 USD", n="HARD: phrased as a question but contests the late fee -> dispute")

M(d="2026-06-30", fr="Heidi Brandt <heidi@brandtcoworking.example>", s="Re: INV-59931",
  b="""Hi,

We sent back 6 of the task chairs in May (RMA 2291, your driver picked them up) and the credit still isn't on this invoice. We'll pay as soon as the credit shows up, but until then the total is wrong.

Heidi Brandt
Community Manager, Brandt Coworking""",
  q=("gmus", 4, """Hi Heidi,

INV-59931 for $5,870.00 (24 task chairs) is now 20 days past due. Please let us know the status.

Thanks,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="HARD: promise conditional on missing credit for returns -> dispute")

# ---------------------------------------------------------------- already_paid
M(d="2025-03-27", t="09:48", fr="Kayla Brooks <kayla@brookspetgrooming.example>", s="Re: Invoice INV-25519",
  b="""Paid via Zelle this morning! Confirmation # ZL88213, $310. Sorry it was late :)""",
  q=("gmus", 2, """Hi Kayla,

Quick reminder that INV-25519 for $310.00 was due last week.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="310.00 USD", n="Zelle with confirmation number")

M(d="2025-08-19", fr="Harold Jensen <hjensen@jensentitle.example>", s="RE: Past due notice",
  b="""Check #4471 was mailed on 8/11 for the full balance. It should be there any day if it isn't already.

Harold Jensen
Jensen Title & Escrow""",
  q=("ol", 3, """Dear Mr. Jensen,

This is a notice that your account has a past due balance of $967.20 (INV-36190).

Please remit payment to Meridian Office Solutions Inc., PO Box 4410, Columbus OH 43216.

Accounts Receivable"""),
  cr="mo",
  i="A", n="check number mailed on 8/11")

M(d="2026-01-08", fr="Sam Patel <sam@patelpharmacy.example>", s="Re: INV-46211 overdue",
  b="""Here's the screenshot of the ACH confirmation from our bank - it went out 12/30. Might have crossed with the holidays on your end.

Sam""",
  att=["screenshot.png"],
  q=("gmus", 1, """Hi Sam,

INV-46211 for $2,045.90 is now past due. Please let us know when we can expect payment.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="screenshot of ACH confirmation")

M(d="2025-10-30", fr="Accounts Payable <accountspayable@lakeviewmedgroup.example>", s="Remittance Advice - Meridian Office Solutions Inc.",
  b="""Dear Vendor,

Please find attached remittance advice for payment of $4,218.70 made via ACH on October 28, 2025, covering the following invoices:

INV-40512    $2,904.10
INV-40587    $1,314.60

Please allow 1-2 business days for funds to post. Direct any questions to accountspayable@lakeviewmedgroup.example.

Lakeview Medical Group | Accounts Payable
1800 Lakeshore Dr, Suite 300, Chicago, IL 60611""",
  att=["remittance.pdf"], fmt="alt",
  cr="mo",
  i="A", a="4218.70 USD", n="formal AP remittance for two invoices, amount = total")

M(d="2026-08-14", fr="Jorge Medina <jorge@medinalandscaping.example>", s="Re: Invoice #8012",
  b="""This should have gone on the card on file on the 1st - I see the charge on my Amex statement. Maybe check your autopay?""",
  q=("gmus", 2, """Hi Jorge,

Invoice #8012 ($275.00, August hosting & maintenance) is showing as unpaid.

Thanks,
Bright Pixel Studio"""),
  cr="bp",
  i="A", n="autopay / card on file charged on the 1st")

M(d="2026-04-28", fr="Linda Cho <linda@chofamilychiro.example>", s="RE: INV-55860 - final notice",
  b="""Hi,

Could you please confirm you received our payment? Our bank says the wire went out Friday afternoon.

Thanks,
Linda Cho
Office Manager, Cho Family Chiropractic""",
  q=("ol", 2, """Dear Linda,

FINAL NOTICE: INV-55860 for $3,310.00 is 60 days past due. Please remit immediately to avoid collection.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="HARD: 'please confirm you received our payment' -> already_paid")

M(d="2025-12-04", fr="Gina Russo <gina.russo.bakes@gmail.example>", s="Re: invoice 4988",
  b="""sent it on venmo last night to @brightpixelstudio, $95! lmk if it didn't come through""",
  q=("gmus", 1, """Hi Gina,

Just a reminder about invoice 4988 ($95.00 - menu board design). No rush, just flagging!

Bright Pixel Studio"""),
  cr="bp",
  i="A", a="95.00 USD", n="Venmo last night")

# ---------------------------------------------------------------- question
M(d="2025-02-05", fr="Beth Harmon <beth@harmonvet.example>", s="Re: INV-23308",
  b="""Hi, can you send us a W-9? Our accountant won't release payment to a new vendor without one on file.

Beth
Harmon Veterinary Clinic""",
  q=("gmus", 3, """Hi Beth,

Welcome aboard! A reminder that INV-23308 for $538.00 (your first order) is due on [[+4|%B %-d]].

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="W-9 request before payment")

M(d="2025-06-11", fr="Procurement <purchasing@cedarridgeschools.example>", s="RE: INV-32277",
  b="""Hello,

What PO number should this invoice reference? Our AP system automatically rejects invoices without a valid PO, so it hasn't entered the approval queue yet.

Thank you,
Purchasing Department
Cedar Ridge Unified School District""",
  q=("ol", 5, """Hello,

INV-32277 for $3,992.40 (classroom supplies) is now past due. Please advise on payment status.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="PO number question, school district")

M(d="2026-03-19", fr="Frank DeLuca <frank@delucamasonry.example>", s="Re: payment",
  b="""Who do I make the check out to? Meridian Office Solutions or Meridian Office Solutions Inc? My bank bounced one last year over that exact thing""",
  q=("gmus", 2, """Hi Frank,

INV-51640 for $480.00 is due this week. Thanks!

Meridian Office Solutions Inc.""", "Payment reminder INV-51640"),
  cr="mo",
  i="Q", n="check payee question")

M(d="2025-09-24", fr="Rosa Delgado <rosa@delgadoflorist.example>", s="Re: Invoice #5633",
  b="""Can I pay by credit card? And if so is there a fee?""",
  q=("gmus", 1, """Hi Rosa,

Invoice #5633 for your shop's Instagram templates ($420.00) is due Friday.

Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="card payment + fee question")

M(d="2026-11-10", fr="Steve Carter <steve@carterphysicaltherapy.example>", s="RE: INV-65120",
  b="""Quick one - is there a late fee if this goes past the 30th? Trying to figure out which bills to prioritize this month.""",
  q=("ol", 2, """Hi Steve,

A reminder that INV-65120 for $1,140.00 falls due on [[+5|%m/%d]].

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="HARD: late fee question, not asking for time -> question")

M(d="2026-07-27", fr="AP Team <invoices@northgatehealth.example>", s="RE: Past due INV-62114",
  b="""Hello,

Northgate Health does not process invoices received by email. Please upload INV-62114 to our Coupa supplier portal so it can be routed for approval. If you're not yet registered, let me know and I'll send an invitation.

Regards,
Accounts Payable Team
Northgate Health System""",
  q=("ol", 7, """Hello,

INV-62114 for $6,480.00 (waiting room furniture, PO NH-22718) is past due. Please advise.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="portal upload required before processing")

M(d="2025-05-13", fr="Jasmine Howell <jasmine@howellyogastudio.example>", s="Re: Invoice #4690",
  b="""Hi Priya! Happy to pay today - I just need the routing number for ACH, the invoice only lists the account number. Can you send it over?""",
  q=("gmus", 6, """Hi Jasmine,

Just a reminder that invoice #4690 ($880.00 - class booking page) is now past due.

Priya
Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="HARD: promise conditional on receiving routing number -> question")

# ---------------------------------------------------------------- ignore
M(d="2025-07-03", fr="Karen Webb <kwebb@webbpropertymgmt.example>", s="Automatic reply: Past due INV-34980",
  b="""Thank you for your email. Our office is closed for the Fourth of July holiday. I will return on Monday, July 7 and respond to your message then.

Karen Webb
Webb Property Management""",
  auto=1,
  cr="mo",
  i="I", rd=("md", 7, 7), n="holiday OOO, return Monday July 7")

M(d="2026-02-27", fr="Jake Turner <jake@turnerbrewing.example>", s="Re: INV-49017",
  b="""Got it, thanks!""",
  q=("gmus", 1, """Hi Jake,

Attached is a copy of INV-49017 ($712.00) as requested. Due date is [[+10|%m/%d]].

Meridian Office Solutions Inc."""),
  cr="mo",
  i="I", n="bare acknowledgement of resent invoice")

M(d="2025-11-11", fr="Pinecrest IT Support <support@pinecrestit.example>", s="[Ticket #48213] Re: Past due INV-41277",
  b="""Hello,

Thank you for contacting Pinecrest IT Support. Your request has been received and ticket #48213 has been created. A member of our team will respond within 1 business day.

Please do not reply to this message. To add information to your ticket, visit support.pinecrestit.example.

Pinecrest IT Support""",
  auto=1,
  cr="mo",
  i="I", n="helpdesk auto-reply creating a ticket")

M(d="2026-05-05", fr="Melissa Grant <melissa@harbordentalgroup.example>", s="Re: INV-56901",
  b="""Hi,

I'm no longer with Harbor Dental Group as of last month. For billing questions please reach out to office@harbordentalgroup.example.

Best,
Melissa""",
  q=("gmus", 4, """Hi Melissa,

INV-56901 for $349.00 is now past due. Could you let us know when we can expect payment?

Meridian Office Solutions Inc."""),
  cr="mo",
  i="I", n="left the company, redirect with no stance")

M(d="2025-09-15", fr="Golden Crust Bakery <hello@goldencrustbakery.example>", s="Fall is here at Golden Crust!",
  b="""Hi friends,

Pumpkin season is officially here! Starting this Saturday our fall menu is back: pumpkin cream cheese muffins, apple cider donuts and our famous maple pecan sticky buns.

Catering for your office? Order 48 hours ahead and get 10% off any order over $100.

See you soon,
The Golden Crust Team
214 Main St, Frederick MD

You're receiving this because you're a valued partner. Unsubscribe | Update preferences""",
  fmt="html", noref=1,
  cr="mo",
  i="I", n="newsletter from a debtor's shop")

M(d="2026-10-21", fr="Rachel Kim <rachel@kimfamilymedicine.example>", s="Out of Office: INV-64855 past due",
  b="""Hi, I'm out of the office until Oct 26 with limited email. If this is about an invoice, payments are processed every Thursday by our bookkeeper, Jan (jan@kimfamilymedicine.example).

Rachel""",
  auto=1,
  cr="mo",
  i="I", rd=("md", 10, 26), n="HARD: OOO mentions payment processing, not a promise")

M(d="2025-04-22", fr="Chris Nolan <chris@nolanmarketing.example>", s="Re: Invoice #4611",
  b="""Adding Mike from accounting who handles these.

Mike - see below.""",
  q=("gmus", 5, """Hi Chris,

Just a friendly nudge on invoice #4611 ($2,100.00 - Q1 SEO retainer).

Thanks,
Bright Pixel Studio"""),
  cr="bp",
  i="I", n="HARD: forwarding to a colleague with no stance")


# ---------------------------------------------------------------- batch 2: promise_to_pay
M(d="2025-01-25", fr="Walt Brennan <walt@brennanroofing.example>", s="Re: INV-22741",
  b="""Sitting down to do bills this weekend. Your check for $1,962.00 goes out Monday with the rest of them.

Walt

Sent from my iPhone""",
  q=("ios", 3, """Hi Walt,

Checking in on INV-22741 for $1,962.00 (job-site trailer office furniture) - it's now about three weeks past due.

Thanks!
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "mon"), a="1962.00 USD", n="Saturday message, check out Monday")

M(d="2025-05-18", fr="Lena Fischer <lena@lenafischerwrites.example>", s="Re: invoice #4781",
  b="""Hey Priya, I get paid by my big client on the 20th, so you'll have it by the 21st at the latest. Sorry for the wait!""",
  q=("gmus", 4, """Hi Lena,

Hope all's well. Invoice #4781 for the portfolio site ($1,400.00) was due on [[-8|%B %-d]] - just making sure it didn't slip through the cracks.

Priya
Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("dom", 21), n="freelancer, 'by the 21st at the latest'")

M(d="2026-08-31", fr="Accounts Payable <ap@valleyorthopedics.example>", s="RE: Past Due Notice - INV-62980",
  b="""Good morning,

This invoice has been approved and is included in our check run dated September 4, 2026. Checks are mailed the same day.

Regards,
Tricia Nguyen
Accounts Payable Specialist
Valley Orthopedic Associates
Tel: (559) 555-0187""",
  q=("ol", 5, """Good morning,

INV-62980 for $2,716.35 (exam room casegoods) is now 35 days past due. Please advise on the status of payment.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("md", 9, 4), n="formal AP, dated check run")

M(d="2025-10-03", fr="Joe Marchetti <joe@marchettiplumbing.example>", s="Re: Statement",
  b="""I've asked Deb to cut the check Monday, she does them all at once. Thanks for being patient.

Joe Marchetti
Marchetti & Sons Plumbing
www.marchettiplumbing.example""",
  q=("gmus", 3, """Hi Joe,

Attached is your current statement. INV-38550 ($488.00) and INV-38902 ($215.60) are past due.

Thank you,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "mon"), n="owner delegates to bookkeeper, Monday (Fri message)")

M(d="2026-02-14", fr="Nadia Karimi <nadia@karimiarchitects.example>", s="Re: INV-48991 - overdue",
  b="""Hi Dana,

We haven't paid this one yet - I was holding it until your certificate of insurance came through, and it finally arrived yesterday. Now that it's on file it will go out with Wednesday's bill.com batch.

Nadia Karimi
Office Manager, Karimi Architects""",
  q=("gmus", 2, """Hi Nadia,

Our records show INV-48991 for $3,045.00 is now past due. Is there anything holding this up on your end?

Dana Whitfield
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "wed"), n="HARD: 'haven't paid yet' + past blocker resolved + Wednesday batch -> promise")

M(d="2026-11-01", tz="+1000", fr="Mick O'Donnell <mick@southerncrossfitness.example>", s="Re: Invoice #9120",
  b="""G'day Priya,

No dramas, we'll pay the A$2,340 before the end of the month. Had a bit of a shuffle with our accountant.

Cheers,
Mick
Southern Cross Fitness, Brisbane""",
  q=("gmus", 3, """Hi Mick,

Just a reminder that invoice #9120 for A$2,340.00 (member app UI design) is now past due.

Thanks,
Priya
Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("eom",), a="2340.00 AUD", n="Australian, A$ before end of the month")

M(d="2025-07-28", fr="Carla Benson <carla@bensonvetclinic.example>", s="RE: INV-35522 / INV-35870",
  b="""Hi,

INV-35522 was paid on the 18th (confirmation 20250718-5531). The other one, INV-35870, I'll take care of on Thursday when I'm back in the office.

Carla""",
  q=("ol", 2, """Hi Carla,

The following invoices are showing as past due:

INV-35522  $412.00
INV-35870  $1,088.00

Please let us know when we can expect payment.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "thu"), n="HARD: one paid + real promise for the other -> promise_to_pay, Thursday")

M(d="2025-10-19", fr="Dwayne Harris <dwayne@harrisautoglass.example>", s="Re: INV-39011 balance",
  b="""We paid $1,000 of this on 10/10 like I worked out with Dana. The remaining $1,340 goes out 11/10 per our arrangement, nothing's changed on that.""",
  q=("gmus", 1, """Hi Dwayne,

Your account shows a remaining balance of $1,340.00 on INV-39011.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("md", 11, 10), a="1340.00 USD", n="HARD: part paid + firm promise for the rest on 11/10 -> promise wins")

# ---------------------------------------------------------------- batch 2: extension_request
M(d="2025-04-12", fr="Tito Reyes <tito@titostacotruck.example>", s="Re: past due",
  b="""Hey. The truck's been in the shop for 3 weeks so zero income. Can you give me till May 15th? I'll pay all of it then, I promise.

-Tito""",
  q=("gmus", 6, """Hi Tito,

Invoice INV-27208 for $364.50 (napkins, foil, to-go boxes) is past due.

Meridian Office Solutions Inc.""", "Past due INV-27208"),
  cr="mo",
  i="X", pd=("md", 5, 15), n="food truck asks till May 15th")

M(d="2026-06-07", fr="Dr. Anil Mehta <amehta@mehtaeyecare.example>", s="Re: INV-58409",
  b="""Hello,

Is there any way we could do this in installments? $8,900 is a lot to absorb at once for a two-doctor practice. Maybe four monthly payments?

Thanks for considering,
Anil Mehta, OD""",
  q=("gmus", 5, """Dear Dr. Mehta,

INV-58409 for $8,900.00 (optical display cabinets and install) is now 30 days past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", n="asks for four installments, instalment amount not stated -> amount null")

M(d="2025-11-03", fr="Geoff Lambert <glambert@lambertlogistics.example>", s="RE: Invoice INV-41220",
  b="""Hi there,

We need an extra few weeks on this one. Our fiscal year-end is Nov 30 and our controller has frozen all discretionary spend until then. Could we pay on Dec 15 instead?

Best regards,
Geoff Lambert
Operations Manager | Lambert Logistics Ltd.
Mississauga, ON""",
  q=("ol", 4, """Hello Geoff,

A friendly reminder that INV-41220 for CA$2,180.00 is now past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("md", 12, 15), n="Canadian, year-end freeze, asks Dec 15")

M(d="2026-01-30", fr="Becca Lyons <becca@lyonsdogwalking.example>", s="Re: invoice #6207",
  b="""I'm really sorry but I'm not going to be able to pay anything until my tax refund comes in. Probably mid to late February. I haven't forgotten about it!""",
  q=("gmus", 3, """Hi Becca,

Just a friendly reminder about invoice #6207 ($375.00 - booking site setup).

Bright Pixel Studio"""),
  cr="bp",
  i="X", n="can't pay until tax refund, vague date -> null")

M(d="2025-08-25", fr="Tony Russo <tony@russospizzeria.example>", s="Re: INV-36612",
  b="""Hi, I can do $300 today and the rest the first week of October, would that be ok? Summer was slower than we planned.

Tony
Russo's Pizzeria - Since 1987""",
  q=("gmus", 4, """Hi Tony,

INV-36612 for $1,120.00 (pizza boxes, menus, receipt rolls) is now 25 days past due.

Thank you,
Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("today",), a="300.00 USD", n="HARD: partial today + asks for rest later -> extension, first payment $300 today")

M(d="2026-10-10", fr="Monica Ellis <monica@ellisfamilycounseling.example>", s="Re: Invoice INV-64702 due Monday",
  b="""Hi Dana,

I know this is due Monday. Could I pay it the following Friday instead? That's when our insurance reimbursements come in for the month.

Monica""",
  q=("gmus", 3, """Hi Monica,

Just a heads up that INV-64702 ($655.00) is due on [[+2|%m/%d]].

Thank you!
Dana
Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("wd", "fri"), n="HARD: asks to move due date (Mon) to the following Friday; Sat message -> Fri 16 Oct")

M(d="2025-03-31", fr="Kevin Shaw <kevin@shawmediagroup.example>", s="RE: Invoice #4575 - overdue",
  b="""Requesting a two week extension on #4575. Our client's payment to us got held up in their AP and we pass it straight through to you.

Kevin Shaw
Shaw Media Group""",
  q=("ol", 2, """Hi Kevin,

Invoice #4575 for $4,850.00 (campaign landing pages) is now 10 days overdue.

Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("plus", 14), n="two week extension -> +14")

# ---------------------------------------------------------------- batch 2: dispute
M(d="2025-02-22", fr="Jared Quinn <jared@quinncraftcoffee.example>", s="Re: Invoice #4452",
  b="""Priya -

The brand guidelines doc was never part of our agreement. The SOW we signed covers the logo and business cards, that's it. Please take the $1,200 brand guide line off and resend.

Jared""",
  q=("gmus", 4, """Hi Jared,

Attached is invoice #4452 for $3,700.00 (logo, business cards, brand guidelines). It's now past due.

Bright Pixel Studio"""),
  cr="bp",
  i="D", a="1200.00 USD", n="out of scope line per SOW")

M(d="2026-03-09", fr="Ruth Abrams <ruth@abramsfamilylaw.example>", s="Re: INV-50522",
  b="""Two of the desks arrived with cracked tops, photos attached. I emailed your delivery team the day they came and never heard back. We'll keep the rest of the order but we are not paying for the damaged ones.

Ruth Abrams
Abrams Family Law""",
  att=["IMG_4471.jpg"],
  q=("gmus", 5, """Hi Ruth,

INV-50522 for $6,240.00 (8 executive desks) is now past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="damaged goods with photo; amount of damaged desks not stated")

M(d="2025-06-06", fr="Office <info@sunsetcarwash.example>", s="Re: INV-32085",
  b="""We never ordered this. Nobody here ordered 12 boxes of shredder bags, we don't even own a shredder.""",
  q=("gmus", 3, """Hello,

INV-32085 for $178.80 (12 bx shredder bags) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="never ordered")

M(d="2026-09-14", fr="Paul Whitman <pwhitman@whitmancpa.example>", s="RE: INV-63710 past due",
  b="""Hello,

You issued us credit memo CM-1182 for $214.50 back in July for the wrong toner cartridges. It was supposed to be applied against this invoice, which would bring the balance to zero. Please check with whoever handled the return.

Paul Whitman, CPA""",
  q=("ol", 4, """Hello Paul,

INV-63710 for $214.50 remains unpaid.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", a="214.50 USD", n="HARD: already credited (credit memo), not a payment -> dispute")

M(d="2025-12-07", fr="Angela Price <angela@pricefamilyfarms.example>", s="Re: Final milestone invoice #5120",
  b="""Honestly, the site you delivered is broken on mobile, the contact form doesn't send anything, and I've emailed three times with no response. I'm not paying the final milestone until it actually works. I'm sorry but that's where we are.

Angela Price
Price Family Farms""",
  q=("gmus", 2, """Hi Angela,

A reminder that invoice #5120 ($2,500.00 - final milestone, site launch) is now past due.

Bright Pixel Studio"""),
  cr="bp",
  i="D", n="poor work, withholding final milestone")

M(d="2026-05-16", fr="Gary Olsen <gary@olsendentallab.example>", s="Re: INV-57006 restocking fee",
  b="""We will NOT be paying the $89 restocking fee. Your rep told us returns within 30 days were free, and we sent the chairs back in 12.""",
  q=("gmus", 3, """Hi Gary,

INV-57006 ($89.00 restocking fee, RMA 3312) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", a="89.00 USD", n="HARD: negated payment of restocking fee -> dispute")

M(d="2025-09-29", fr="Irene Costa <irene@costainsurance.example>", s="Re: INV-38210",
  b="""Can you explain why we were billed for three service visits on the copier? Your tech came out once, on 9/4, and was here maybe 20 minutes.""",
  q=("gmus", 2, """Hi Irene,

INV-38210 for $435.00 (3 service visits, Ricoh MP C3004) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="HARD: phrased as a question but contests billed visits -> dispute")

# ---------------------------------------------------------------- batch 2: already_paid
M(d="2025-01-04", fr="Ellen Foster <ellen@fosterdayspa.example>", s="Re: Invoice INV-22106",
  b="""Paid through bill.com on 12/29, payment ID P-2512-88410. Should show as deposited by now.

Ellen""",
  q=("gmus", 5, """Hi Ellen,

INV-22106 for $1,008.00 (spa reception furniture) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="bill.com payment ID")

M(d="2026-06-22", fr="Tricia Dunn <tdunn@dunnpodiatry.example>", s="RE: INV-58830",
  b="""Hi, we paid this by credit card over the phone with Jasmine last Tuesday, $655.40. The last 4 of the card is 2201 if that helps you find it.

Tricia Dunn
Practice Manager
Dunn Podiatry Associates
P: (317) 555-0122 | F: (317) 555-0123""",
  q=("ol", 3, """Hi Tricia,

INV-58830 for $655.40 is now past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="655.40 USD", n="paid by card over the phone")

M(d="2025-08-01", t="14:20", fr="Finance <finance@arcadiaeventco.example>", s="RE: Invoice #4920 - wire payment",
  b="""Hello,

Wire sent today. Fed reference 20250801MMQFMP2L000184, amount USD 12,750.00.

Thank you,
Arcadia Event Co. Finance""",
  q=("ol", 1, """Hello,

Invoice #4920 for $12,750.00 (event microsite + ticketing integration) is due today.

Bright Pixel Studio"""),
  cr="bp",
  i="A", a="12750.00 USD", n="wire sent today with Fed reference")

M(d="2026-03-29", fr="Hank <hank@hanksbarbershop.example>", s="Re: INV-51877",
  b="""paid in full 3/20, check 1093""",
  q=("gmus", 2, """Hank,

INV-51877 ($142.00) is showing past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="terse, check number")

M(d="2025-10-19", fr="Sophie Turner <sophie@turnerbridal.example>", s="Re: INV-39507",
  b="""I paid this online with the QuickBooks link last week but then got this reminder - did it not go through?? Screenshot attached. My bank shows it as completed.""",
  att=["screenshot.png"],
  q=("gmus", 3, """Hi Sophie,

INV-39507 for $318.90 (boutique shopping bags) is now past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="paid via QuickBooks link, screenshot; question is about receipt -> already_paid")

M(d="2026-11-16", fr="Marie-Claude Roy <mcroy@roycomptables.example>", s="RE: Facture / Invoice INV-65300",
  b="""Bonjour,

Payment of C$2,486.25 was sent by EFT on November 12. Please find the remittance attached.

Merci,
Marie-Claude Roy
Roy Comptables Agréés, Québec""",
  att=["remittance.pdf"],
  q=("ol", 4, """Hello Marie-Claude,

INV-65300 for CA$2,486.25 is now past due. Please let us know when we can expect payment.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="2486.25 CAD", n="Canadian EFT, C$, remittance attached")

M(d="2025-05-05", fr="Derek Young <derek@youngtaxservices.example>", s="Re: INV-30215",
  b="""This was paid on the 1st via ACH, trace number 091000019482715. Thanks for the reminder though!""",
  q=("gmus", 1, """Hi Derek,

A reminder that INV-30215 ($590.00) is due on [[+1|%m/%d]].

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="ACH trace number; 'thanks for the reminder' doesn't make it an ack")

# ---------------------------------------------------------------- batch 2: question
M(d="2025-03-02", fr="Jill Hammond <jill@hammondchiropractic.example>", s="Re: INV-24660",
  b="""Can you send me an updated statement? I think we have a few open with you and I'd like to pay them all at once instead of one at a time.""",
  q=("gmus", 3, """Hi Jill,

INV-24660 for $274.30 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="statement request before paying")

M(d="2026-01-12", fr="Lisa Moreno <lisa@morenobakery.example>", s="Re: Invoice #6140",
  b="""Hi! Our bookkeeper is asking - are you an LLC or a corporation? She needs to know whether we have to send you a 1099 for last year.""",
  q=("gmus", 2, """Hi Lisa,

Quick reminder about invoice #6140 ($960.00 - online ordering page). Thanks!

Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="1099 / entity type question")

M(d="2025-07-12", fr="Carol Whitney <cwhitney@parksidepropertygroup.example>", s="RE: INV-34809",
  b="""Hello,

Before we can release payment we need a certificate of insurance naming Parkside Property Group, LLC as additional insured for the work your crew did in the lobby. Can your agent send one over?

Thanks,
Carol Whitney
Property Accountant""",
  q=("ol", 4, """Hello Carol,

INV-34809 for $7,350.00 (lobby furniture delivery and installation) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="COI needed before payment")

M(d="2026-04-04", fr="Matt Gibbs <matt@gibbsbikeshop.example>", s="Re: Payment reminder",
  b="""Which invoice is this for? We've had three deliveries from you this month and I can't match the amount to any of them.""",
  q=("gmus", 2, """Hi Matt,

This is a reminder that $327.45 is past due on your account.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="HARD: can't match amount, asks which invoice; not contesting")

M(d="2025-10-24", fr="Rebecca Stone <rstone@stonehillacademy.example>", s="RE: INV-39720",
  b="""Hi,

What email address should our ACH remittance advice go to? Our payment system requires an AR contact before we can set you up for electronic payments.

Rebecca Stone
Business Office, Stonehill Academy""",
  q=("ol", 3, """Hi Rebecca,

INV-39720 for $1,562.00 is now past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="remittance email for ACH setup")

M(d="2026-08-09", fr="Tom Becker <tom@beckerpetsupply.example>", s="Re: INV-62399",
  b="""Hi - before I pay this, does the $1,480 include the installation or is that billed separately? Don't want to end up paying twice.""",
  q=("gmus", 3, """Hi Tom,

INV-62399 for $1,480.00 (shelving units) is due this week.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="HARD: asks what's included before paying, not contesting; amount null for question")

M(d="2025-12-13", fr="Ana <ana.gomez.nails@gmail.example>", s="Re: invoice 5188",
  b="""do you take Zelle or just checks?""",
  q=("gmus", 1, """Hi Ana,

Just a reminder about invoice 5188 ($250.00) for the salon flyers.

Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="payment method question")

# ---------------------------------------------------------------- batch 2: ignore
M(d="2025-12-22", fr="Maple Street Pediatrics <frontdesk@maplestreetpeds.example>", s="Automatic reply: INV-44720 past due",
  b="""Thank you for your message. Our administrative office is closed from December 24 through January 1 for the holidays. We will return on Friday, January 2.

For urgent medical needs please call our after-hours line.""",
  auto=1,
  cr="mo",
  i="I", rd=("md", 1, 2), n="holiday closure OOO, return Jan 2 next year")

M(d="2026-07-04", fr="Ben Carter <ben@cartercabinetry.example>", s="Re: INV-61020",
  b="""Received, thank you.""",
  q=("gmus", 2, """Hi Ben,

Please find attached INV-61020 for $2,310.00. Payment is due net 30.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="I", n="bare ack of new invoice")

M(d="2025-06-30", fr="Rob Sinclair <rob@sinclairphysio.example>", s="Re: Invoice INV-33417",
  b="""Forwarding to our bookkeeper, Anita (cc'd).

Rob""",
  q=("gmus", 3, """Hi Rob,

INV-33417 for $498.20 is now past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="I", n="forward to bookkeeper, no stance")

M(d="2026-09-06", fr="Billing <billing@redwoodvetpartners.example>", s="Re: Invoice #7040",
  b="""We've received your email at billing@redwoodvetpartners.example.

Due to high volume, responses may take 3-5 business days. Please do not send duplicate messages, as this may delay our response.

Redwood Veterinary Partners - Billing Department""",
  auto=1,
  cr="bp",
  i="I", n="shared inbox auto-reply")

M(d="2025-02-28", fr="Lauren Hayes <lauren@hayesinteriors.example>", s="Re: Invoice INV-23702 due soon",
  b="""Thanks for the heads up!""",
  q=("gmus", 1, """Hi Lauren,

Just a heads up that INV-23702 for $845.00 is due on [[+7|%m/%d]].

Meridian Office Solutions Inc."""),
  cr="mo",
  i="I", n="HARD: thank-you to pre-due reminder, not a promise")

M(d="2026-04-20", fr="Jessica Tran <jess.tran88@gmail.example>", s="Re: Sunrise Daycare - invoice #6840",
  b="""I think you have the wrong Jessica, I'm not affiliated with Sunrise Daycare. Please take me off your list.""",
  q=("gmus", 4, """Hi Jessica,

Invoice #6840 for Sunrise Daycare's enrollment page ($1,250.00) is past due.

Bright Pixel Studio"""),
  cr="bp",
  i="I", n="HARD: wrong person, no stance on the debt")

M(d="2025-08-16", fr="Amy Chen <achen@chenwellnesscenter.example>", s="Automatic reply: Past due INV-36450",
  b="""Hello,

I am on maternity leave until October 6, 2025 and will not be checking email. For accounts payable questions please contact Jordan at ap@chenwellnesscenter.example.

Thank you,
Amy""",
  auto=1,
  cr="mo",
  i="I", rd=("md", 10, 6), n="maternity leave OOO with AP redirect")

# ---------------------------------------------------------------- batch 3: promise_to_pay
M(d="2025-01-08", fr="Accounts Payable <ap@westbrookdermatology.example>", s="RE: INV-22380 - Past Due",
  b="""Hello,

Your invoice INV-22380 has been approved and is scheduled for payment on 01/15/2025 via ACH.

Thank you,
Westbrook Dermatology | Accounts Payable""",
  fmt="html",
  html="""<div style="font-family:Calibri,sans-serif;font-size:11pt">Hello,</div><div style="font-family:Calibri,sans-serif;font-size:11pt"><br></div><div style="font-family:Calibri,sans-serif;font-size:11pt">Your invoice <b>INV-22380</b> has been approved and is scheduled for payment on <b>01/15/2025</b> via ACH.</div><div style="font-family:Calibri,sans-serif;font-size:11pt"><br></div><div style="font-family:Calibri,sans-serif;font-size:11pt">Thank you,</div><div style="font-family:Calibri,sans-serif;font-size:11pt;color:#1F4E79">Westbrook Dermatology | Accounts Payable</div>""",
  q=("ol", 3, """Hello,

INV-22380 for $1,755.00 (waiting area seating) is now past due. Please advise.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("md", 1, 15), n="HTML-only AP notice, scheduled ACH date 01/15")

M(d="2026-03-25", fr="Danny Kowal <danny@threeforksbrewing.example>", s="Re: invoice #6530 (sorry!!)",
  b="""Hey Priya,

Sorry sorry sorry. I know this is the second reminder and I've been ignoring my inbox like it owes me money (ironic). Here's the deal: our distributor pays out on the 31st every month, and March was a big one because of the St. Patrick's weekend. Money's coming end of month and you're first in line, before the malt guy even.

Also the new taproom menu pages you did look amazing, people keep taking pictures of the QR code sign. So thank you for that.

Danny
Three Forks Brewing Co.
Taproom open Wed-Sun""",
  q=("gmus", 2, """Hi Danny,

Following up on invoice #6530 ($2,050.00 - taproom site + menu pages). It's now about three weeks overdue.

Thanks!
Priya
Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("dom", 31), n="chatty owner, distributor payout on the 31st")

M(d="2025-09-17", fr="Marty Shapiro <marty@shapirosdeli.example>", s="Re: INV-37615",
  b="""It's going out Thursday.

Sent from my iPhone""",
  q=("ios", 2, """Hi Marty,

INV-37615 ($228.40, deli paper and labels) is past due. Thank you!

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "thu"), n="short, going out Thursday (Wed message)")

M(d="2026-06-10", fr="Whitney Adair <whitney@adairhomestaging.example>", s="Re: INV-58901",
  b="""You'll have it by the weekend! Just finishing up a staging in Scottsdale and then I'm doing all my invoices.

Whitney""",
  q=("gmus", 3, """Hi Whitney,

Just a reminder that INV-58901 for $930.00 (rental furniture pieces) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("eow",), n="'by the weekend' on a Wednesday -> Friday this week")

M(d="2025-04-17", fr="Jenny Alvarez <jenny@alvarezaccounting.example>", s="RE: Meridian invoice INV-28140",
  b="""Hi Dana,

Just approved it in bill.com - it'll be paid out on 4/22.

Jenny Alvarez
Alvarez & Co. Accounting
Tel: (602) 555-0176""",
  fmt="alt",
  q=("ol", 2, """Hi Jenny,

Checking in on INV-28140 ($1,264.00). It's about two weeks past due now.

Thanks,
Dana Whitfield
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("md", 4, 22), n="approved in bill.com, paid out 4/22")

M(d="2026-10-29", fr="Ivan Petrov <ivan@petrovtranslation.example>", s="Re: INV-64990",
  b="""Will pay INV-64990 tomorrow by card. Can you also send me a copy of your W-9 for our files? Our accountant asks every year.

Ivan""",
  q=("gmus", 3, """Hi Ivan,

INV-64990 for $520.00 (printer + toner bundle) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("tmrw",), n="HARD: promise + W-9 question; promise wins")

# ---------------------------------------------------------------- batch 3: extension_request
M(d="2025-06-19", fr="Cheryl Banks <cheryl@banksdancestudio.example>", s="Re: Invoice #4901",
  b="""Hi Priya,

Would you accept $500 now and the other $500 on July 15? Recital costs wiped out our account this month. If that works I'll send the first part as soon as you say yes.

Thank you for understanding,
Cheryl Banks
Banks Dance Studio""",
  fmt="alt",
  q=("gmus", 4, """Hi Cheryl,

Just a reminder on invoice #4901 ($1,000.00 - registration site and recital ticket page).

Priya
Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("today",), a="500.00 USD", n="HARD: asks to split; first half 'now' = today; waits for a yes")

M(d="2026-02-04", fr="Margaret O'Neill <moneill@harborliteracy.example>", s="RE: INV-48102 - Harbor Literacy Project",
  b="""Dear Dana,

I'm writing on behalf of the Harbor Literacy Project regarding the outstanding balance on INV-48102.

We are a small nonprofit, and the majority of our operating budget comes from a state education grant that is disbursed quarterly. Unfortunately this quarter's disbursement has been delayed due to a processing backlog at the state level, and we have been told to expect it in mid-March.

Would Meridian be willing to extend our due date until March 20th? We value our relationship with you - you furnished our entire tutoring center at a price we could afford - and we would not ask if it were not necessary.

Thank you for your consideration.

Warm regards,
Margaret O'Neill
Executive Director
Harbor Literacy Project
(410) 555-0139""",
  q=("ol", 6, """Dear Ms. O'Neill,

Our records show that INV-48102 for $3,870.00 is now 30 days past due.

Please let us know when we can expect payment.

Kind regards,
Dana Whitfield
Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("md", 3, 20), n="formal non-profit, delayed grant, asks until March 20th")

M(d="2025-11-20", fr="Owen Price <owen@priceelectricllc.example>", s="Re: INV-41530",
  b="""Dana, I can't do Friday after all, one of my GCs bounced a check on me. Would next Wednesday work instead?""",
  q=("gmus", 1, """Hi Owen,

Thanks for letting us know you'll pay INV-41530 ($2,465.00) this Friday. We'll keep an eye out.

Dana
Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("wd", "wed"), n="HARD: withdraws Friday promise (negation) and asks for next Wednesday -> extension")

M(d="2026-08-20", fr="Sunita Rao <sunita@raoyogaandwellness.example>", s="Re: INV-62740",
  b="""Hi,

Can we stretch this over two months? C$900 on the 1st and the remaining C$900 on October 1st. Summer enrollment was lower than expected.

Namaste,
Sunita
Rao Yoga & Wellness, Vancouver BC""",
  q=("gmus", 5, """Hi Sunita,

INV-62740 for CA$1,800.00 (studio reception desk and benches) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("dom", 1), a="900.00 CAD", n="Canadian, split over two months, first C$900 on the 1st")

M(d="2025-03-06", fr="Jay <jay.morrison.tattoo@gmail.example>", s="Re: invoice #4498",
  b="""cant swing it this month man. next month ok?""",
  q=("gmus", 3, """Hey Jay,

Invoice #4498 ($450.00 - booking site) is a few weeks past due. Let me know!

Bright Pixel Studio"""),
  cr="bp",
  i="X", n="curt, can't pay this month, next month no day -> null")

M(d="2026-07-15", fr="Renee Walsh <renee@walshfamilydental.example>", s="Re: INV-61855 due 7/15",
  b="""Hi Dana, would it be alright if we paid this on the 25th instead of today? Our insurance deposits land around the 20th. Thank you!

Renee""",
  q=("gmus", 2, """Hi Renee,

A reminder that INV-61855 for $1,092.00 is due on [[+0|%m/%d]].

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("dom", 25), n="asks to move payment to the 25th")

# ---------------------------------------------------------------- batch 3: dispute
M(d="2025-08-28", fr="Keisha Daniels <kdaniels@danielsmarketingco.example>", s="RE: Invoice #5010 - July hours",
  b="""Hi Priya,

I've gone through the July timesheet you attached and I have a problem with the revisions line. You billed 18 hours for "revisions - landing pages" at $125/hr = $2,250.

Our contract includes two rounds of revisions at no extra charge. By my count we asked for exactly two rounds (the 7/8 email and the 7/19 call). Anything beyond that was your team's own QA, which shouldn't be billed to us.

I'm fine with the rest of the invoice. Please send a revised one without the revisions line and I'll get it approved.

Keisha Daniels
Director of Marketing
Daniels Marketing Co.""",
  q=("ol", 5, """Hi Keisha,

Invoice #5010 for $7,875.00 (July - 63 hrs) is now past due. Timesheet attached for reference.

Thanks,
Priya
Bright Pixel Studio"""),
  cr="bp",
  i="D", a="2250.00 USD", n="contests billed revision hours $2,250 (conditional approval after revision)")

M(d="2026-04-09", fr="Noah Fisher <noah@fisherrealestate.example>", s="Re: INV-55140",
  b="""We sent the label printer back in March - UPS tracking 1Z999AA10123456784 - and we're still being billed for it. Please credit it.

Noah Fisher
Fisher Real Estate
M: (919) 555-0168""",
  fmt="alt",
  q=("gmus", 4, """Hi Noah,

INV-55140 for $389.00 (Zebra label printer) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="returned item still billed")

M(d="2025-11-06", fr="Rev. Samuel Ortiz <pastor@gracecommunitychurch.example>", s="Re: INV-41011",
  b="""Hello,

I might be missing something, but wasn't the 10% nonprofit discount supposed to be applied to our order? The invoice looks like full price to me.

Blessings,
Pastor Sam""",
  q=("gmus", 3, """Hello Pastor Ortiz,

INV-41011 for $1,640.00 (fellowship hall folding tables and chairs) is now past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="HARD: polite question that contests the price (missing agreed discount) -> dispute")

M(d="2026-01-22", fr="Laura Bishop <lbishop@bishopmontessori.example>", s="Re: INV-47377",
  b="""Sales tax shouldn't be on this - we're a tax-exempt school and our exemption certificate has been on file with you since 2023. That's $84.15 that needs to come off.""",
  q=("gmus", 2, """Hi Laura,

INV-47377 for $1,104.15 (classroom supplies, incl. sales tax) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", a="84.15 USD", n="tax-exempt, sales tax charged")

M(d="2025-02-12", fr="Victor Lam <victor@lamimportsllc.example>", s="RE: INV-23540",
  b="""Hi,

We cancelled this order within 24 hours of placing it - see the attached email from your rep Tyler dated 1/28. Nothing was ever shipped to us. Please void INV-23540.

Victor Lam
Lam Imports LLC""",
  fmt="html",
  html="""<p>Hi,</p><p>We cancelled this order within 24 hours of placing it - see the attached email from your rep Tyler dated 1/28. Nothing was ever shipped to us. Please <b>void INV-23540</b>.</p><p>Victor Lam<br><span style="color:#666">Lam Imports LLC</span></p>""",
  att=["Fw_order_cancellation.pdf"],
  q=("ol", 3, """Hello,

INV-23540 for $2,980.00 (warehouse office furniture) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="order cancelled, nothing shipped; HTML-only")

M(d="2026-09-23", fr="Grace Holloway <grace@hollowaybooks.example>", s="Re: Invoice #7390",
  b="""Priya, half of this invoice is wrong. The $1,100 for "additional product pages" is for pages we never asked for - we said we'd add them ourselves. The other half I need another month on anyway, but I'm not paying for the extra pages.""",
  q=("gmus", 4, """Hi Grace,

Invoice #7390 ($2,200.00 - shop redesign phase 2) is past due.

Bright Pixel Studio"""),
  cr="bp",
  i="D", a="1100.00 USD", n="HARD: dispute + extension for the rest; dispute wins, amount = contested $1,100")

M(d="2025-05-21", fr="Stan Kuznetsov <stan@kuznetsovauto.example>", s="Re: INV-30877 and INV-30878",
  b="""This is billed twice. Same order, two invoice numbers. Fix it.""",
  q=("gmus", 2, """Stan,

INV-30877 ($315.00) and INV-30878 ($315.00) are both past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="duplicate billing, curt")

# ---------------------------------------------------------------- batch 3: already_paid
M(d="2025-06-25", fr="Accounts Payable <payables@crestviewsurgery.example>", s="Payment Notification - Meridian Office Solutions Inc.",
  b="""Payment Notification

An ACH payment of $3,127.40 was initiated to Meridian Office Solutions Inc. on 06/20/2025.

Invoice INV-32790 - $3,127.40

Remittance detail is attached. Funds typically settle within 1-2 business days.

Crestview Surgery Center - Accounts Payable
This is an automated notification. Replies to this address are not monitored.""",
  fmt="html", att=["remittance.pdf"], noref=1,
  cr="mo",
  i="A", a="3127.40 USD", n="automated AP payment notification (not auto-reply: it reports a payment)")

M(d="2026-02-18", fr="Phil Garrity <phil@garritylandsurveying.example>", s="Re: INV-48650",
  b="""We mailed check #10277 on 2/9 for $845.00. If you haven't got it by Friday let me know and I'll stop payment and reissue.

Phil""",
  q=("gmus", 2, """Hi Phil,

INV-48650 for $845.00 is still showing open on our end.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="845.00 USD", n="check mailed with number, offers reissue")

M(d="2025-09-10", fr="Mei Lin <mei@linacupuncture.example>", s="Re: INV-37204",
  b="""Just paid on your portal. Confirmation MER-88231-K.""",
  q=("gmus", 3, """Hi Mei,

INV-37204 ($186.75) is past due. You can pay online at pay.meridian-office.example.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="portal payment confirmation")

M(d="2026-05-21", t="11:05", fr="Jo Harper <jo@harpercatering.example>", s="Re: INV-57280 - following up",
  b="""sent it this morning by ACH, should be there tomorrow""",
  q=("gmus", 1, """Hi Jo,

Following up - you mentioned on the phone last week that you'd pay INV-57280 ($1,430.00) by Friday, but we haven't seen it come in yet.

Dana
Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="HARD: earlier promise only in the quoted reminder; new text says it was sent -> already_paid")

M(d="2025-12-30", fr="Nick Alvarez <nick@alvarezfitness.example>", s="Re: Invoice #5390",
  b="""Autopay ran on 12/26 for $129.00 - screenshot attached. Maybe it just hasn't synced on your side.

Nick Alvarez
Alvarez Fitness
www.alvarezfitness.example""",
  fmt="alt", att=["screenshot.png"],
  q=("gmus", 2, """Hi Nick,

Invoice #5390 ($129.00 - December site hosting) is showing unpaid.

Bright Pixel Studio"""),
  cr="bp",
  i="A", a="129.00 USD", n="autopay ran, screenshot")

M(d="2026-10-15", tz="+1100", fr="Kylie Nguyen <kylie@harbourbakery.example>", s="Re: Invoice #7455",
  b="""Hi Priya, paid A$1,650 by bank transfer yesterday, reference SXF-0917. Let me know if it hasn't come through, sometimes the international ones take a few days.

Kylie
Harbour Bakery, Sydney""",
  q=("gmus", 3, """Hi Kylie,

Friendly reminder that invoice #7455 (A$1,650.00 - online ordering site) is past due.

Bright Pixel Studio"""),
  cr="bp",
  i="A", a="1650.00 AUD", n="Australian bank transfer A$")

M(d="2025-07-31", fr="Debbie Klein <dklein@kleinfamilypractice.example>", s="RE: Statement - Klein Family Practice",
  b="""Hi,

I just went through your statement and I think there's a mix-up on your end. We paid both of those invoices in July:

INV-34511 - check #2281 for $610.00, mailed 7/2
INV-34688 - check #2309 for $245.50, mailed 7/16

Both checks have cleared our bank ($855.50 total). I can send copies of the cleared checks if that would help.

Debbie Klein
Bookkeeper, Klein Family Practice
Tel: (608) 555-0104""",
  q=("ol", 3, """Hi Debbie,

Please see your statement below.

INV-34511  $610.00
INV-34688  $245.50

Total past due: $855.50

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="855.50 USD", n="two cleared checks, amount = total paid")

# ---------------------------------------------------------------- batch 3: question
M(d="2025-01-29", fr="Diane Holt <diane@holtinsurancegroup.example>", s="RE: INV-23110",
  b="""Good morning,

Could you resend the invoice? The PDF attachment came through blank on our end.

Thank you,
Diane Holt
Holt Insurance Group""",
  fmt="alt",
  q=("ol", 2, """Good morning Diane,

Please find attached INV-23110. Payment is due net 30.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="blank PDF, asks resend")

M(d="2026-03-05", fr="Colin Barrett <colin@barrettlawgroup.example>", s="Re: INV-50290",
  b="""Hi, our AP has moved to a shared inbox. Could you resend this to payables@barrettlawgroup.example and cc me? Anything sent to me personally sits for a week before it gets to them.""",
  q=("gmus", 4, """Hi Colin,

INV-50290 for $760.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="asks to resend to AP inbox")

M(d="2025-10-08", fr="Helen Strauss <helen@straussopticians.example>", s="Re: INV-38840 - 2/10 net 30",
  b="""If we pay by check instead of card, do we still get the 2% discount for paying within 10 days? Our check run is next week.""",
  q=("gmus", 1, """Hi Helen,

Attached is INV-38840 for $2,400.00. Terms: 2/10 net 30.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="HARD: early payment discount question; mention of check run is not a promise")

M(d="2026-06-17", fr="Vendor Setup <vendors@pinnaclehomehealth.example>", s="RE: INV-59420 - vendor setup required",
  b="""Hello,

We are unable to issue payment until your company is set up in our vendor system. Please complete the attached vendor setup form and return it with a signed W-9 and a voided check or bank letter for ACH.

Thank you,
Vendor Management
Pinnacle Home Health""",
  att=["Vendor_Setup_Form.pdf"],
  q=("ol", 5, """Hello,

INV-59420 for $1,980.00 (office furniture, PO 7712) is now past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="vendor setup form + W-9 before payment")

M(d="2025-04-30", fr="Tina Marsh <tina@marshveterinary.example>", s="Re: INV-28901",
  b="""Who should I talk to about changing our billing address? All of your invoices still go to our old office on Grant St and they get forwarded weeks late.""",
  q=("gmus", 3, """Hi Tina,

INV-28901 ($417.60) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="who to contact about billing address")

M(d="2026-11-05", fr="Alan Wexler <alan@wexlerdesignbuild.example>", s="Re: Copier lease - INV-65035",
  b="""Can I set up autopay for the monthly lease so this stops happening? What do you need from me - card or bank info?""",
  q=("gmus", 2, """Hi Alan,

INV-65035 ($214.00 - monthly copier lease) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="HARD: asks how to set up autopay; not a promise to pay this invoice")

M(d="2025-08-13", fr="Frances Dolan <frances@dolanhearingcenter.example>", s="Re: INV-36380",
  b="""Does this amount already include the credit for the chair we sent back in July? If it doesn't I'd rather wait for a corrected invoice before paying.""",
  q=("gmus", 3, """Hi Frances,

INV-36380 for $1,260.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="HARD: asks whether credit is included without asserting it's missing -> question")

# ---------------------------------------------------------------- batch 3: ignore
M(d="2025-05-26", fr="Oakwood Animal Hospital <info@oakwoodanimalhospital.example>", s="Automatic reply: INV-30510",
  b="""Our business office is closed today for Memorial Day. We will respond to your email when we return on Tuesday.

For pet emergencies, please call (614) 555-0190.""",
  auto=1, fmt="html",
  cr="mo",
  i="I", rd=("wd", "tue"), n="Memorial Day OOO, return Tuesday")

M(d="2026-01-02", fr="Patty Lowe <patty@lowetravelagency.example>", s="Re: INV-47020",
  b="""Noted - happy new year!""",
  q=("gmus", 1, """Hi Patty,

Attached is INV-47020 for $520.00, due net 30.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="I", n="ack with greeting")

M(d="2025-10-01", fr="Summit Outdoor Support <help@summitoutdoor.example>", s="[Request received] Re: Invoice #5570",
  b="""Your request (#83311) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from Summit Outdoor Support. Powered by Zendesk""",
  auto=1, fmt="html",
  cr="bp",
  i="I", n="Zendesk auto-reply")

M(d="2026-08-26", fr="Marco Bianchi <marco@bianchiristorante.example>", s="Re: INV-62630",
  b="""Let me check with the owner and circle back.""",
  q=("gmus", 2, """Hi Marco,

INV-62630 for $706.30 (takeout supplies) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="I", n="HARD: 'circle back' - no commitment, no question")

M(d="2025-03-20", fr="Elaine Burke <eburke@burkeconsultinggroup.example>", s="Automatic reply: Invoice #4560",
  b="""I'm traveling through 3/28 with limited access to email. If you need a copy of our W-9 or COI, please contact admin@burkeconsultinggroup.example.""",
  auto=1,
  cr="bp",
  i="I", rd=("md", 3, 28), n="HARD: OOO mentions W-9/COI, not a question to us; 'through 3/28' -> 28 March")

M(d="2026-05-13", fr="Rank Higher Now <growth@rankhighernow.example>", s="Re: Payment reminder",
  b="""Hi there,

I came across your website and noticed it isn't ranking on page 1 of Google for your main keywords. We help businesses like yours get 3x more leads in 90 days.

Would you be open to a quick 15-minute call this week?

Best,
Ryan | Rank Higher Now

Reply STOP to opt out.""",
  noref=1,
  cr="mo",
  i="I", n="SEO spam in the reminder thread")

M(d="2025-11-19", fr="Carl Weiss <carl.weiss@weisshardware.example>", s="Re: INV-41400",
  b="""unsubscribe""",
  q=("gmus", 1, """Hi Carl,

INV-41400 for $96.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="I", n="bare unsubscribe")

# ---------------------------------------------------------------- batch 4: promise_to_pay
M(d="2025-02-07", fr="Bob Ferraro <bob@ferrarofloorcovering.example>", s="Meridian - our account",
  b="""Dana -

I'll drop a check in the mail Monday for both open ones (INV-23180 and INV-23344). Total comes to $1,118.90 by my math. Holler if that's off.

Bob Ferraro
Ferraro Floor Covering""",
  cr="mo",
  i="P", pd=("wd", "mon"), a="1118.90 USD", n="no quote, check in the mail Monday for two invoices, total stated")

M(d="2026-09-01", t="15:34", fr="Luke Harmon <luke.harmon.builds@gmail.example>", s="Re: INV-63300",
  b="""Sorry!! Sending it via Zelle when I get home from the job site, tonight for sure 🙏

Sent from my iPhone""",
  q=("ios", 3, """Hi Luke,

INV-63300 for $389.00 (trailer office chairs + desk) is past due. Thanks!

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("today",), n="Zelle tonight after work")

M(d="2025-12-12", fr="Connie Sato <csato@satofamilyoptometry.example>", s="RE: INV-44310",
  b="""Hi Dana,

No, we haven't sent it yet - sorry for the confusion, my earlier email was about a different vendor. It's going in the 12/17 check run.

Connie""",
  q=("ol", 1, """Hi Connie,

Thanks for your note saying this was paid - we don't see a payment for INV-44310 ($1,672.00) yet. Can you share the check number or date?

Dana Whitfield
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("md", 12, 17), n="HARD: negation 'haven't sent it yet' + check run date -> promise, not already_paid")

M(d="2026-04-26", fr="Raj Malhotra <raj@malhotradentalcare.example>", s="Re: INV-56012",
  b="""We'll e-transfer the C$575 tomorrow morning. Same email as last time?

Raj""",
  q=("gmus", 2, """Hi Raj,

INV-56012 for CA$575.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("tmrw",), a="575.00 CAD", n="Canadian Interac e-transfer tomorrow; small confirmation question, promise wins")

M(d="2025-07-15", fr="Ethan Cole <ethan@colecreativeagency.example>", s="Re: Invoices #4880, #4912",
  b="""Hey Priya,

Good news - our client finally paid us for the Harmon project, so we're flush for once. I've queued up a wire for $9,600 to go out Thursday covering both invoices. If you need a different split between the two for your books just tell me.

Ethan
--
Ethan Cole | Cole Creative Agency
www.colecreative.example""",
  q=("gmus", 4, """Hi Ethan,

Just following up on invoices #4880 ($5,400.00) and #4912 ($4,200.00), both now past due.

Priya
Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("wd", "thu"), a="9600.00 USD", n="agency subcontracting, wire queued for Thursday, total of two invoices",
  refs=["4880", "4912"])

M(d="2026-11-20", fr="Wendy Pratt <wendy@prattgiftshop.example>", s="Re: INV-65240 - missing boxes",
  b="""OK, I was wrong - found the boxes in our back room behind the holiday stock. So sorry for the fuss! Paying the full invoice Monday.

Wendy""",
  q=("gmus", 1, """Hi Wendy,

Our delivery record shows all 6 boxes on INV-65240 ($544.20) were signed for on 11/12 by "W. Pratt". Could you check again?

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "mon"), n="HARD: withdraws earlier dispute, then promises Monday")

# ---------------------------------------------------------------- batch 4: extension_request
M(d="2025-01-17", fr="Rita Gallagher <rita@gallagherkidsdentistry.example>", s="Payment plan request - INV-22650",
  b="""Hi,

We had a burst pipe over the holidays and the office was closed for almost two weeks, so January is a mess. Could we pay $250 every two weeks starting the 31st until INV-22650 is cleared?

Thank you,
Rita Gallagher
Office Manager""",
  cr="mo",
  i="X", pd=("dom", 31), a="250.00 USD", n="no quote, biweekly plan from the 31st")

M(d="2026-05-02", fr="Kim Baxter <kim@baxterpetsitting.example>", s="Re: invoice #8340",
  b="""In the hospital with my dad this week. Can this wait till the 15th? I'll sort it as soon as I'm home.

Sent from my iPhone""",
  q=("ios", 2, """Hi Kim,

Friendly reminder about invoice #8340 ($300.00 - booking calendar setup).

Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("dom", 15), n="family emergency, asks till the 15th")

M(d="2025-09-20", fr="Arturo Vega <arturo@vegalandscapedesign.example>", s="Re: INV-37980",
  b="""We can pay $1,000 on the 1st. Is it OK if we pay the remaining $2,400 over October and November? The HOA contracts don't pay out until then.

Arturo Vega
Vega Landscape Design""",
  q=("gmus", 6, """Hi Arturo,

INV-37980 for $3,400.00 (office furniture and install) is now 45 days past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("dom", 1), a="1000.00 USD", n="HARD: firm part-payment + asks time for the larger rest -> extension, first $1,000 on the 1st")

M(d="2026-02-24", fr="Grant Lee <grant@leefamilyhvac.example>", s="Re: INV-49230",
  b="""Is there any flexibility on the due date? We're between bookkeepers right now and the new one doesn't start until 3/9.""",
  q=("gmus", 3, """Hi Grant,

INV-49230 for $1,215.00 is due this Friday.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", n="HARD: asks for flexibility on due date without proposing a payment date (3/9 is a start date) -> null")

M(d="2025-06-03", tz="+1000", fr="Brooke Hastings <brooke@hastingsphysio.example>", s="Re: Invoice #4815",
  b="""Hi Priya,

Could we please have another 30 days on this one? End of financial year is 30 June and cash is tight until then.

Kind regards,
Brooke Hastings
Hastings Physiotherapy, Melbourne""",
  q=("gm", 3, """Hi Brooke,

Just a reminder that invoice #4815 (A$2,750.00 - clinic booking site) is now past due.

Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("plus", 30), n="Australian, another 30 days -> +30")

M(d="2026-10-25", fr="Mike Duffy <mike@duffysdiner.example>", s="Re: INV-64880",
  b="""We can't pay this right now. Business is down 40% since the road construction started out front in August and I honestly don't know when it'll pick up. I'm not ignoring you, I just don't have it.

Mike""",
  q=("gmus", 5, """Hi Mike,

INV-64880 for $1,486.00 (booths reupholstery and menus) is now 60 days past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", n="HARD: cannot pay now, no request or date -> extension, null")

# ---------------------------------------------------------------- batch 4: dispute
M(d="2025-03-15", fr="Lorraine Davis <lorraine@davisweddingvenue.example>", s="Re: INV-25410 remaining balance",
  b="""We paid $2,000 on 3/3. The remaining $480 is the delivery fee we told your rep we're not paying - the chairs showed up two days late and we had to rent 120 chairs from someone else for the Saturday wedding.""",
  q=("gmus", 2, """Hi Lorraine,

Thanks for your payment of $2,000.00. A balance of $480.00 remains on INV-25410.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", a="480.00 USD", n="HARD: part paid + refuses delivery fee -> dispute wins, amount = contested $480")

M(d="2026-07-21", fr="Sean Murphy <sean@murphyfinancialplanning.example>", s="RE: Invoice #8610",
  b="""Priya,

Per your proposal (attached again, page 3), the hosting migration was included in the flat $4,000 build fee. I'm not paying an extra $650 for it.

Sean Murphy, CFP""",
  att=["BrightPixel_Proposal_Murphy.pdf"],
  q=("ol", 3, """Hi Sean,

Invoice #8610 for $650.00 (hosting migration) is now past due.

Bright Pixel Studio"""),
  cr="bp",
  i="D", a="650.00 USD", n="billed separately for work included in fixed fee")

M(d="2025-10-28", fr="Pat Kearney <pkearney@kearneyinsurance.example>", s="Re: INV-40330",
  b="""The invoice is for 10 cases of toner but we only ordered 5. The PO says 5 and so does the packing slip. We'll pay for the 5 we got.""",
  q=("gmus", 3, """Hi Pat,

INV-40330 for $1,890.00 (10 cs toner, HP 58A) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="quantity billed exceeds PO")

M(d="2026-03-31", fr="Gloria Reyes <gloria@reyesimmigrationlaw.example>", s="RE: INV-51990 - copier lease",
  b="""Hello,

This is for the copier lease we cancelled in January. Your rep Marcus confirmed the cancellation in writing on 1/14 and the machine was picked up on 1/30. There should be no charges after January 31st.

Gloria Reyes
Reyes Immigration Law""",
  fmt="alt",
  q=("ol", 4, """Hello,

INV-51990 for $418.00 (copier lease Feb-Mar) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="billed after cancellation")

M(d="2025-08-09", fr="Ned <ned@nedsbikerepair.example>", s="Re: INV-36222",
  b="""There's a $35 "fuel surcharge" on here that's nowhere in our agreement. Take it off.""",
  q=("gmus", 2, """Hi Ned,

INV-36222 ($214.00 incl. fuel surcharge) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", a="35.00 USD", n="surcharge not in agreement")

M(d="2026-06-05", fr="Howard Lin <hlin@linandassociatescpa.example>", s="RE: INV-58200",
  b="""Dana,

Your installers left drywall damage in two of our offices when they brought in the credenzas. We had it patched and painted for $380 (receipt attached). We're deducting that from this invoice and will pay the balance next week.

Howard Lin, CPA
Lin & Associates""",
  att=["drywall_repair_receipt.pdf"],
  q=("ol", 3, """Hi Howard,

INV-58200 for $4,560.00 (office furniture delivery and installation) is now past due.

Dana Whitfield
Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", a="380.00 USD", n="HARD: deducts damage repair + promise for the balance -> dispute wins, amount = contested $380")

# ---------------------------------------------------------------- batch 4: already_paid
M(d="2025-02-16", fr="Trish Calloway <trish@callowaybeauty.example>", s="INV-23580",
  b="""Hi Dana, paid INV-23580 with my Visa through the link last night. Got the receipt email so I think it went through.

Sent from my iPhone""",
  cr="mo",
  i="A", n="no quote, paid by card via link")

M(d="2026-09-12", fr="Dan Whitaker <dan@whitakerfencing.example>", s="Re: INV-63190",
  b="""Already paid! Check 3390 cleared on 9/8.""",
  q=("gmus", 2, """Hi Dan,

INV-63190 for $612.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="short, check cleared")

M(d="2025-11-14", fr="Accounts Payable <ap@bayshoreorthodontics.example>", s="RE: Past Due Invoices - Bayshore Orthodontics",
  b="""Good afternoon,

Please be advised that payment in the amount of $6,542.00 was remitted via wire transfer on November 10, 2025, in settlement of INV-40870 and INV-41102. The wire confirmation is attached for your records.

Please update your ledger accordingly.

Regards,
Janet Cruz
Accounts Payable | Bayshore Orthodontics
1200 Bayshore Blvd, Tampa FL 33606

CONFIDENTIALITY NOTICE: This email may contain confidential information intended only for the addressee. If you have received it in error, please notify the sender and delete it.""",
  fmt="alt", att=["wire_confirmation.pdf"],
  q=("ol", 2, """Good afternoon,

The following invoices are past due: INV-40870 ($3,980.00) and INV-41102 ($2,562.00).

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="6542.00 USD", n="formal wire remittance with disclaimer")

M(d="2026-01-27", fr="Sheila Murray <sheila@murraytaxprep.example>", s="Re: INV-47610",
  b="""Can you please confirm you got our check? It was mailed to the Dayton PO box on 1/13 - I only just noticed your new invoices have a Columbus address.

Sheila""",
  q=("gmus", 3, """Hi Sheila,

INV-47610 for $455.00 is past due. Please remit to our new address: PO Box 4410, Columbus OH 43216.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="HARD: check mailed to old address, asks confirmation -> already_paid")

M(d="2025-04-05", fr="Gus Papadopoulos <gus@papasgyros.example>", s="Re: INV-27500",
  b="""Thanks! That one's taken care of, you should've gotten it Thursday.""",
  q=("gmus", 1, """Hi Gus,

INV-27500 for $276.80 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="HARD: starts with 'Thanks!' but reports payment ('taken care of') -> already_paid")

M(d="2026-07-30", fr="Carmen Ruiz <carmen@ruizbakeshop.example>", s="Re: Invoice #8755",
  b="""We paid that through Venmo Business last Friday, it was $212.50. Screenshot attached!""",
  att=["IMG_2231.PNG"],
  q=("gmus", 4, """Hi Carmen,

Invoice #8755 ($212.50 - holiday menu graphics) is showing unpaid.

Bright Pixel Studio"""),
  cr="bp",
  i="A", a="212.50 USD", n="Venmo Business, screenshot")

M(d="2025-08-23", fr="Nancy Feld <nancy@feldpsychology.example>", s="RE: INV-36310",
  b="""Hi,

Our records show this was paid by ACH on 8/5 together with INV-36150 - one combined payment of $1,904.00. Could you check whether it got applied to the wrong invoice?

Nancy Feld
Practice Administrator""",
  q=("ol", 3, """Hello Nancy,

INV-36310 for $752.00 remains open on your account.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="1904.00 USD", n="combined ACH payment possibly misapplied; amount = total paid")

# ---------------------------------------------------------------- batch 4: question
M(d="2025-01-11", fr="Pete Sorensen <pete.sorensen.cpa@gmail.example>", s="Re: INV-22510",
  b="""whats your mailing address for checks? the invoice says PO box but my bank's bill pay wants a street address""",
  q=("gmus", 2, """Hi Pete,

INV-22510 ($164.00) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="remit-to street address question")

M(d="2026-08-04", fr="Jordan Blake <jordan@blakeandrossarchitects.example>", s="Re: Invoice #8890",
  b="""Hi Priya, could you send me the timesheet behind this one? Nothing wrong, I just need to show my partner how the hours break down before we sign off.

Jordan""",
  q=("gmus", 3, """Hi Jordan,

Invoice #8890 for $3,375.00 (27 hrs - site updates) is now past due.

Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="HARD: asks for timesheet, explicitly not contesting -> question")

M(d="2025-05-09", fr="Shawna Price <shawna@priceautospa.example>", s="Re: INV-29970",
  b="""Is this invoice for the Main St location or the Elm St one? They're on separate accounts with you and I don't want to pay it from the wrong one.""",
  q=("gmus", 2, """Hi Shawna,

INV-29970 for $318.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="which location/account")

M(d="2026-10-02", fr="Supplier Compliance <compliance@evergreencommunityhealth.example>", s="RE: INV-64180 - TIN mismatch",
  b="""Hello,

Our payables system flagged a TIN mismatch between the W-9 on file for Meridian Office Solutions Inc. and IRS records. Payment of INV-64180 is on hold until we receive an updated, signed W-9.

Could you please send one at your earliest convenience?

Thank you,
Supplier Compliance
Evergreen Community Health""",
  fmt="alt",
  q=("ol", 4, """Hello,

INV-64180 for $2,145.00 is now past due. Please advise on payment status.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="W-9 TIN mismatch hold")

M(d="2025-12-20", fr="Liam O'Connor <liam@oconnorpubandgrill.example>", s="Re: INV-44890",
  b="""Do you take payment through bill.com or Plastiq? We stopped writing paper checks in the fall.""",
  q=("gmus", 3, """Hi Liam,

INV-44890 for $933.00 is past due. Checks can be mailed to PO Box 4410, Columbus OH 43216.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="payment channel question")

M(d="2026-03-14", fr="Angela Moss <amoss@riverbendartscouncil.example>", s="Re: Invoice #7930",
  b="""Hi Priya,

Could we get an itemized version of this invoice? The one we have just says "Services - $2,400" and our grant funder needs line items before they'll reimburse us. Happy to pay once I can submit it.

Angela Moss
Program Director, Riverbend Arts Council""",
  q=("gmus", 5, """Hi Angela,

Invoice #7930 for $2,400.00 is now past due.

Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="HARD: itemized invoice needed for grant; payment conditional on document -> question")

M(d="2025-07-25", fr="Tom Reilly <tom@reillyfamilychiro.example>", s="Re: INV-35700",
  b="""What's the total balance on our account right now? I'd like to pay everything off at once instead of invoice by invoice.""",
  q=("gmus", 2, """Hi Tom,

INV-35700 for $247.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="balance inquiry")

M(d="2026-05-30", fr="Marisol Cruz <marisol@cruzcleaningservices.example>", s="Re: INV-57590 + late fee",
  b="""If I pay the invoice today by card, will you waive the late fee?""",
  q=("gmus", 2, """Hi Marisol,

INV-57590 ($460.00) is 30 days past due and a $25.00 late fee has been added.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="HARD: payment today conditional on fee waiver answer -> question")

# ---------------------------------------------------------------- batch 4: ignore
M(d="2025-04-18", fr="Frank Moreno <frank@morenoroofingco.example>", s="Automatic reply: INV-28210",
  b="""I'm out of the office for the Easter weekend and will be back Monday, April 21.

Frank""",
  auto=1,
  cr="mo",
  i="I", rd=("wd", "mon"), n="Easter OOO, back Monday")

M(d="2026-06-26", fr="Emily Ward <emily@wardphotography.example>", s="Re: Invoice #8522",
  b="""ok""",
  q=("gmus", 1, """Hi Emily,

Here's invoice #8522 ($480.00) for the gallery page. Due in 30 days.

Bright Pixel Studio"""),
  cr="bp",
  i="I", n="HARD: bare 'ok' to a new invoice -> ignore")

M(d="2025-09-02", fr="accounting@hillcrestmanor.example", s="Automatic reply: INV-37110",
  b="""This mailbox is no longer monitored. Please send invoices and statements to ap@hillcrestseniorliving.example.

Thank you.""",
  auto=1,
  cr="mo",
  i="I", n="unmonitored-mailbox auto-reply")

M(d="2026-02-07", fr="Jamie Lucas <jamie@lucasyogaloft.example>", s="Re: INV-48720",
  b="""Greg's handling all the vendor stuff while I'm on leave, I've passed this on.

Greg - can you take a look when you get a sec?""",
  q=("gmus", 3, """Hi Jamie,

INV-48720 for $690.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="I", n="HARD: passes to colleague; question is to Greg, not us -> ignore")

M(d="2025-12-26", fr="Sandy Holbrook <sandy@holbrookrealty.example>", s="Re: INV-44930",
  b="""Merry Christmas to you and everyone at Meridian! Thanks for putting up with us this year.

Sandy""",
  q=("gmus", 4, """Hi Sandy,

INV-44930 for $1,050.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="I", n="HARD: holiday thank-you, no commitment")

M(d="2026-11-24", fr="Harper Dunn <harper@dunnlegalservices.example>", s="Automatic reply: INV-65410",
  b="""Thanks for your email. I'm out Wednesday 11/25 through Sunday 11/29 for Thanksgiving and back in the office Monday 11/30.

Happy Thanksgiving!
Harper""",
  auto=1,
  cr="mo",
  i="I", rd=("md", 11, 30), n="Thanksgiving OOO, both dates -> returning Monday 11/30")

# ---------------------------------------------------------------- batch 5: promise_to_pay
M(d="2025-03-24", fr="Payables <payables@northshoreent.example>", s="RE: INV-25960",
  b="""Hi,

It's in this week's ACH batch, which goes out Wednesday.

Thanks,
North Shore ENT - Payables""",
  fmt="alt",
  q=("ol", 2, """Hello,

INV-25960 for $1,344.00 is now past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "wed"), n="this week's ACH batch Wednesday (Mon message)")

M(d="2026-08-16", fr="Carlos Mendoza <carlos@elfogonkitchen.example>", s="Re: INV-62860 - past due",
  b="""Hi Dana,

First, I owe you an apology. You've sent me three of these and I didn't answer a single one, which isn't how I like to do business. We opened the second location on Oak in June and everything that wasn't cooking or staffing got pushed to "later", including the bills.

The good news is the new place is doing well and the numbers finally caught up this month. The card on file has room again after the 20th, so go ahead and run it for the full $2,060 on Friday. If for some reason it declines, call my cell (305-555-0148) and I'll give you another card right there, no more emails disappearing on me.

Also - the booths you guys installed at Oak get compliments every night. Thank you for that.

Carlos Mendoza
Owner, El Fogón Kitchen
2 locations: 18th St & Oak Ave""",
  q=("gmus", 3, """Hi Carlos,

This is our third reminder regarding INV-62860 for $2,060.00 (booth seating, Oak Ave location), now 45 days past due.

Please contact us to arrange payment.

Dana Whitfield
Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "fri"), a="2060.00 USD", n="long apologetic owner, authorizes card on file charge Friday")

M(d="2025-05-31", fr="Hal Jessup <hal@jessuptrucking.example>", s="Re: INV-31390",
  b="""Will mail check monday

Sent from my iPhone""",
  q=("ios", 2, """Hi Hal,

INV-31390 for $301.50 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "mon"), n="short, Saturday message, Monday")

M(d="2026-01-05", fr="Paula Greer <paula@greerchildrensclinic.example>", s="Re: Statement - December",
  b="""Hi! Our bookkeeper is back from vacation today and she'll have all the December invoices paid by end of week. Sorry for the holiday lag.

Paula""",
  q=("gmus", 3, """Hi Paula,

Your December statement is attached. Open items: INV-46012 ($284.00), INV-46240 ($1,130.50).

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("eow",), n="HARD: bookkeeper (third party) will pay by end of week; Monday -> Friday this week")

M(d="2025-10-12", fr="Eddie Novak <eddie@novakdrywall.example>", s="Re: INV-39350",
  b="""I get my draw from the GC in two weeks and you'll get paid the same day. Sorry it's dragging, this job's been a headache.""",
  q=("gmus", 4, """Hi Eddie,

INV-39350 for $1,575.00 (site office trailer furnishings) is now 30 days past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("plus", 14), n="contractor, paid the day his draw lands in two weeks -> +14")

M(d="2026-05-11", tz="-0300", fr="Heather MacLeod <hmacleod@macleodphysio.example>", s="RE: INV-57010",
  b="""Good morning,

A cheque for CA$1,340.00 will be couriered to your office on Wednesday.

Regards,
Heather MacLeod
MacLeod Physiotherapy, Halifax NS""",
  q=("ol", 3, """Good morning Heather,

INV-57010 for CA$1,340.00 is now past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="P", pd=("wd", "wed"), a="1340.00 CAD", n="Canadian cheque couriered Wednesday")

# ---------------------------------------------------------------- batch 5: extension_request
M(d="2025-01-26", fr="Ricky Tran <ricky@tranautorepair.example>", s="Re: INV-22830",
  b="""I know I said the 24th. Can you give me another week? A big fleet customer is paying me late too.""",
  q=("gmus", 2, """Hi Ricky,

Following up on INV-22830 ($1,870.00) - you mentioned on the phone you'd pay it on the 24th. We haven't received anything yet.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("plus", 7), n="HARD: promise is only in the quoted reminder; new text asks another week -> extension +7")

M(d="2026-04-13", fr="Accounts Payable <ap@coastalbehavioralhealth.example>", s="RE: INV-55230 - payment arrangement request",
  b="""Dear Meridian Office Solutions,

We would like to request a payment arrangement for the outstanding balance on INV-55230. We propose three equal payments of $1,450 beginning April 30, with the remaining two on May 30 and June 30.

Please confirm whether this arrangement is acceptable.

Sincerely,
Accounts Payable
Coastal Behavioral Health""",
  fmt="html",
  q=("ol", 5, """Dear Accounts Payable,

INV-55230 for $4,350.00 (counseling suite furniture) is now 45 days past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("md", 4, 30), a="1450.00 USD", n="formal HTML-only, three payments from April 30")

M(d="2025-07-06", fr="Tasha <tasha@tashasbraidstudio.example>", s="Re: invoice #4966",
  b="""need till the end of the month on this one, sorry""",
  q=("gmus", 3, """Hi Tasha,

Just a reminder that invoice #4966 ($325.00 - booking site) is past due.

Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("eom",), n="curt, asks till end of month")

M(d="2026-09-28", fr="Nora Lindgren <nora@lindgrenwellness.example>", s="Re: Retainer invoice #9050",
  b="""Hi Priya,

Could we move to paying the retainer on the 15th of each month instead of the 1st? Our insurance reimbursements come in mid-month. If that's ok this one would be paid on the 15th too.

Nora""",
  q=("gmus", 2, """Hi Nora,

Invoice #9050 for your October retainer ($1,200.00) is due on the 1st.

Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("dom", 15), n="asks to move retainer due date to the 15th, including this one")

M(d="2025-12-01", fr="Diane Kowalczyk <dkowalczyk@kowalczykcpa.example>", s="RE: INV-43520 - due Friday",
  b="""Hi,

I can't pay this Friday as your reminder asks - we close our books on the 10th and nothing goes out before then. Can it wait until the 12th?

Diane Kowalczyk, CPA""",
  q=("ol", 2, """Hello Diane,

A reminder that INV-43520 for $980.00 is due this Friday, [[+4|%m/%d]].

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("dom", 12), n="HARD: 'can't pay this Friday' (negation) + asks until the 12th")

M(d="2026-03-22", fr="Vic Amato <vic@amatotaxservice.example>", s="Re: INV-51420",
  b="""Could I do half today and the other half once tax season's over? April's a killer for us cash-wise, ironically.""",
  q=("gmus", 3, """Hi Vic,

INV-51420 for $1,640.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="X", pd=("today",), n="HARD: asks to split, first half today; amount not stated in new text -> null")

M(d="2025-10-05", tz="+1030", fr="Liam Fraser <liam@fraserhomewares.example>", s="Re: Invoice #5640",
  b="""Hi Priya,

We're waiting on a big wholesale payment. Would it be OK to pay the A$4,200 on 24 October instead? Happy to pay any fee if there is one.

Cheers,
Liam Fraser
Fraser Homewares, Adelaide""",
  q=("gm", 4, """Hi Liam,

Invoice #5640 (A$4,200.00 - Shopify store build) is past due.

Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("md", 10, 24), a="4200.00 AUD", n="Australian, asks to pay full amount on 24 October")

# ---------------------------------------------------------------- batch 5: dispute
M(d="2025-01-31", fr="Helena Marsh <helena@marshgallery.example>", s="RE: Invoice #4395 - December",
  b="""Hi Priya,

Before this goes to our bookkeeper I need to flag the "project meetings" line. You billed 6 hours of meetings in December at $140/hr ($840). We had exactly two calls, both about 30 minutes - I have them on my calendar (12/4 and 12/17).

I'm not trying to nickel and dime you, the design work itself was great. But I can't approve 6 hours for one hour of calls. Please send a corrected invoice and we'll pay it promptly.

Thanks,
Helena Marsh
Marsh Gallery | 44 Canal St""",
  fmt="alt",
  q=("ol", 3, """Hi Helena,

Invoice #4395 for $4,060.00 (December: exhibition site, 29 hrs) is due this week.

Priya
Bright Pixel Studio"""),
  cr="bp",
  i="D", a="840.00 USD", n="meeting hours overbilled; payment conditional on correction -> dispute")

M(d="2026-08-03", fr="Todd Haskins <todd@haskinsinsurance.example>", s="Re: INV-62500",
  b="""The invoice has the task chairs at $89.99 each but our contract price is $74.50. For 30 chairs that's $464.70 you've overbilled us. Please correct.""",
  q=("gmus", 4, """Hi Todd,

INV-62500 for $2,699.70 (30 task chairs) is now past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", a="464.70 USD", n="unit price above contract; debtor states total overcharge $464.70")

M(d="2025-06-15", fr="Martha Quinlan <martha@quinlanfloral.example>", s="Re: INV-32580",
  b="""Since when do you charge for delivery?? We've never paid delivery on an order over $500 in five years of buying from you. What's this $45?""",
  q=("gmus", 2, """Hi Martha,

INV-32580 for $612.00 (incl. $45.00 delivery) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", a="45.00 USD", n="HARD: phrased as questions but contests the delivery charge -> dispute")

M(d="2026-10-19", fr="Rosa Jimenez <rosa@jimenezrealtors.example>", s="Re: INV-64630",
  b="""Tracking says delivered but nothing ever came. Our building's mailroom has no record of it either. I'm not paying for something we don't have - resend it or cancel the invoice.""",
  q=("gmus", 3, """Hi Rosa,

INV-64630 for $238.00 (ink cartridges) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="goods not received despite tracking")

M(d="2025-09-07", fr="Ben Adler <ben@adlerbrewsupply.example>", s="Re: Invoice #5290",
  b="""Priya,

The logo files you sent are low-res JPGs, not the vector files the contract lists (AI/EPS/SVG). The sign shop can't use them. We're not paying the final invoice until we get the proper files.

Ben""",
  q=("gmus", 5, """Hi Ben,

Invoice #5290 ($1,350.00 - logo final delivery) is past due.

Bright Pixel Studio"""),
  cr="bp",
  i="D", n="deliverables not as contracted")

M(d="2026-01-11", fr="Kathy Lowell <kathy@lowellortho.example>", s="Re: INV-46880 - PAST DUE",
  b="""You told us on 12/18 you'd credit this entire invoice because the cabinets came in the wrong color. Now I'm getting a past due notice?? Please check with Dana before sending any more of these.""",
  q=("gmus", 2, """Hi Kathy,

INV-46880 for $2,925.00 (reception cabinetry) is now PAST DUE.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="D", n="HARD: promised credit for wrong goods; 'now past due??' -> dispute")

# ---------------------------------------------------------------- batch 5: already_paid
M(d="2025-03-09", fr="Jeff Morrow <jeff@morrowpropertyservices.example>", s="Re: INV-24880",
  b="""Paid 3/7 via ACH - $2,230.00. Confirmation 0034-77219.

Jeff""",
  q=("gmus", 2, """Hi Jeff,

INV-24880 for $2,230.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="2230.00 USD", n="ACH with confirmation")

M(d="2026-06-29", fr="Amanda Ellis <amanda@ellisbakingco.example>", s="Re: INV-59770",
  b="""Hi! We paid this on June 22nd through your QuickBooks payment link. The receipt number is 7731-2290-1182. Let me know if you need anything else!

Amanda""",
  fmt="html",
  html="""<div dir="ltr">Hi! We paid this on June 22nd through your QuickBooks payment link. The receipt number is <span style="font-family:monospace">7731-2290-1182</span>. Let me know if you need anything else!<div><br></div><div>Amanda</div></div>""",
  q=("gmus", 3, """Hi Amanda,

INV-59770 for $418.60 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="HTML-only, QuickBooks link receipt")

M(d="2025-11-30", fr="Walt Kimura <walt@kimuraoutdoors.example>", s="Re: INV-42260",
  b="""My wife handles these, I think she paid it last week? Hold on... yes, just checked the banking app, she sent it by Zelle on the 24th.""",
  q=("gmus", 4, """Hi Walt,

INV-42260 for $188.40 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="HARD: starts unsure but confirms payment in the same message -> already_paid")

M(d="2026-04-06", tz="+0800", fr="Rachel Okoye <rachel@okoyecreative.example>", s="Re: Invoice #8190",
  b="""Hi Priya, we sent a wire for AUD 5,180 on 2 April. It can take a few business days from Australia.

Rachel Okoye
Okoye Creative, Perth""",
  q=("gmus", 2, """Hi Rachel,

Invoice #8190 (A$5,180.00 - brand refresh) is past due.

Bright Pixel Studio"""),
  cr="bp",
  i="A", a="5180.00 AUD", n="Australian wire AUD")

M(d="2025-12-08", t="10:17", fr="Jenna Park <jenna@parkstreetpilates.example>", s="Re: INV-43980",
  b="""thx - paid this morning""",
  q=("gmus", 1, """Hi Jenna,

INV-43980 for $265.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="HARD: starts with thanks but reports payment")

M(d="2026-10-11", fr="Lou Barros <lou@barrosmarine.example>", s="Re: INV-64500",
  b="""Check #5520 went in the mail Friday. Should be to you by Wednesday or so.""",
  q=("gmus", 3, """Hi Lou,

INV-64500 for $1,022.00 (marina office furniture) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", n="HARD: check already mailed (arrival later) -> already_paid, not promise")

M(d="2025-02-02", fr="Accounts Payable <ap@greenleafseniorcare.example>", s="RE: Statement of Account - Greenleaf Senior Care",
  b="""Hello,

Please note the following invoices were paid in a single ACH payment of $3,486.20 on January 28, 2025:

INV-22460   $1,210.00
INV-22598   $   846.20
INV-22701   $1,430.00

Kindly apply the payment accordingly and send us an updated statement showing a zero balance.

Thank you,
Accounts Payable
Greenleaf Senior Care
Tel: (614) 555-0192""",
  fmt="alt",
  q=("ol", 4, """Hello,

Please see your statement below. Total past due: $3,486.20.

INV-22460  $1,210.00
INV-22598  $846.20
INV-22701  $1,430.00

Meridian Office Solutions Inc."""),
  cr="mo",
  i="A", a="3486.20 USD", n="AP clerk, one ACH for three invoices + statement request; already_paid")

# ---------------------------------------------------------------- batch 5: question
M(d="2025-06-08", fr="Jon Whitcomb <jon@whitcombdentalstudio.example>", s="Re: INV-32630",
  b="""Hi Dana,

Do you have a COI on file you could send over? Our landlord requires general liability coverage for any vendor crew that comes on site, and we need it before your guys come back for phase 2 and before I can release this payment.

Jon""",
  q=("gmus", 3, """Hi Jon,

INV-32630 for $5,210.00 (phase 1 install) is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="COI request before payment")

M(d="2026-02-22", fr="Mara Klein <mara@kleinstudiopottery.example>", s="invoices for 2025",
  b="""Hi Priya,

Can you send me copies of all our invoices from 2025? My CPA needs them for taxes and I can't find half of them.

Thanks!
Mara""",
  cr="bp",
  i="Q", n="no quote, invoice copies for taxes")

M(d="2025-08-31", fr="Nate Brooks <nate@brookslawncare.example>", s="Re: INV-36900",
  b="""sorry, what was this one for again?""",
  q=("gmus", 2, """Hi Nate,

INV-36900 for $142.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="asks what it's for, not contesting")

M(d="2026-07-06", fr="Sandra Voss <sandra@vossmedspa.example>", s="Re: INV-61220",
  b="""Is it ok to split the payment between two cards? Our business card limit is $2,000.""",
  q=("gmus", 2, """Hi Sandra,

INV-61220 for $3,250.00 (treatment room cabinetry) is due this week.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="HARD: asks about paying on two cards (payment method), not an extension")

M(d="2025-04-27", fr="Erin Doyle <erin@doyleandsonsmoving.example>", s="Re: INV-28780",
  b="""Hi,

We've moved all our payables to bill.com. Could you send invoices to our bill.com inbox (doyleandsons@bill.example) from now on, starting with this one?

Erin""",
  q=("gmus", 3, """Hi Erin,

INV-28780 for $734.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="asks to resend via bill.com inbox")

M(d="2026-09-20", fr="Greg Alston <greg@alstonrealestate.example>", s="Re: Invoice #9010",
  b="""Is this the final invoice for the site project or will there be a separate one for hosting? Want to get it all approved in one go.""",
  q=("gmus", 2, """Hi Greg,

Invoice #9010 for $2,600.00 (site project - final) is now past due.

Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="HARD: asks whether more invoices are coming before approving")

M(d="2025-11-24", fr="Purchasing <purchasing@lakesidecollegeprep.example>", s="RE: INV-42130",
  b="""Can you reissue this with our PO# 4500-2231 on it? AP will not process it without a PO on the face of the invoice.

Thank you,
Purchasing
Lakeside College Prep""",
  q=("ol", 3, """Hello,

INV-42130 for $1,795.00 is past due.

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="reissue with PO number")

M(d="2026-11-29", fr="Dominic Shaw <dominic@shawplasticsurgery.example>", s="Re: INV-65150 - past due",
  b="""I thought we were on net 60 with you, not net 30? Can you double-check our account terms? If it's 60 this isn't due yet.""",
  q=("gmus", 2, """Hi Dominic,

INV-65150 for $3,880.00 is now past due (net 30).

Meridian Office Solutions Inc."""),
  cr="mo",
  i="Q", n="HARD: asks to check terms; conditional 'if' rather than asserting -> question")

# ---------------------------------------------------------------- batch 5: ignore
M(d="2025-01-20", fr="Riverside Chiropractic <office@riversidechiro.example>", s="Automatic reply: INV-22610",
  b="""Our office is closed today in observance of Martin Luther King Jr. Day. We will return your message when we reopen tomorrow.""",
  auto=1,
  cr="mo",
  i="I", rd=("tmrw",), n="MLK Day OOO, back tomorrow")

M(d="2026-03-16", fr="postmaster@oakridgedental.example", s="Automatic reply: INV-50880",
  b="""Sarah Mitchell is no longer with Oakridge Dental. Your email has not been forwarded.

For billing and vendor matters please contact frontdesk@oakridgedental.example.""",
  auto=1,
  cr="mo",
  i="I", n="left-company auto-reply with redirect")

M(d="2025-08-04", fr="Bloom & Co. <news@bloomandco-florals.example>", s="August at Bloom & Co. - dahlias are in!",
  b="""Dahlia season is here!

This month at Bloom & Co:
- Locally grown dahlias, zinnias and sunflowers every Tuesday and Friday
- Office flower subscriptions now 15% off for new sign-ups
- Back-to-school teacher bouquets from $25

Thank you for supporting a small, family-owned flower shop.

Bloom & Co. | 88 Elm St, Asheville NC
Unsubscribe""",
  fmt="html", noref=1,
  cr="mo",
  i="I", n="debtor's marketing newsletter")

M(d="2026-08-30", fr="Kara Jennings <kara@jenningsvetclinic.example>", s="Re: INV-62820 copy",
  b="""Perfect, that's exactly what I needed. Thanks Dana!""",
  q=("gmus", 1, """Hi Kara,

Here's the copy of INV-62820 you asked for. Let me know if you need anything else.

Dana
Meridian Office Solutions Inc."""),
  cr="mo",
  i="I", n="HARD: thanks for a resent invoice; no commitment -> ignore")

M(d="2025-10-20", fr="Patient Services <info@sagebrushpediatrics.example>", s="We received your message",
  b="""Thank you for contacting Sagebrush Pediatrics. We have received your message and a member of our team will respond within 2 business days.

If this is a medical emergency, please call 911.""",
  auto=1, fmt="html",
  cr="mo",
  i="I", n="clinic auto-acknowledgement")

M(d="2026-06-14", fr="Neil Armitage <neil@armitageengineering.example>", s="Out of Office: INV-58990",
  b="""I'm at a conference until June 19. Invoices received during this time will be processed when I return.

Neil Armitage, PE""",
  auto=1,
  cr="mo",
  i="I", rd=("md", 6, 19), n="HARD: OOO mentions invoice processing, no commitment")

if __name__ == "__main__":
    sys.exit(main("smallbiz"))
