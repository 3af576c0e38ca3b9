"""Hand-written labelled debtor replies, slice "trades".

Flavour: tradespeople and small operators in the UK, Ireland, Australia and
New Zealand (builders, plumbers, sparkies, farmers, hauliers, landscapers,
cafés, pubs, salons, garages, cleaners, market traders) replying to our
reminders. Colloquial and regional English, slang, typos, missing
punctuation, run-on sentences, dictated messages, phone signatures, photos of
damage, GBP / EUR / AUD / NZD.

Every message body and every quoted reminder below was written by hand as
literal data; kit.py only packages them (see its docstring for the fields of M).

Label notes specific to this slice:
- A "$" written by a writer who is clearly Australian / New Zealander (place
  names, .au/.nz style context, our reminder in AUD/NZD) is AUD / NZD.
- "Monday week" / "Friday week" = that weekday of the week after next; written
  as ("iso", ...) computed with a calendar.
- A stated date is a promise; asking for the time ("can you give us till...",
  "would the 20th do?") is an extension, even in slang.

Run:  .venv/bin/python data/sources/trades.py -v
Writes data/labelled/trades/trades-NNN.eml and data/labelled/trades/labels.jsonl
"""

from __future__ import annotations

import sys

from kit import M, main

# ==========================================================================
# DATA
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2025-01-02", fr="Ciarán Dolan <ciaran@dolanplumbing.example>", tz="+0000", s="Re: INV-40882 overdue",
  b="""Happy new year lads. Sorry this one slipped over Christmas, the van was off the road and so was I. Back on the tools Monday and I'll have it squared away Monday evening when I'm home. €1,284.60 isn't it.

Ciarán
Dolan Plumbing & Heating, Mullingar
087 555 0193""",
  q=("gm", 3, """Hi Ciarán,

A reminder that INV-40882 for €1,284.60 (copper fittings and a pallet of 15mm pipe, delivered [[-44|%-d %B]]) is now overdue.

Could you let us know when we can expect payment?

Kind regards,
Accounts
Northwind Supplies Ltd"""),
  fmt="alt",
  i="P", pd=("wd", "mon"), a="1284.60 EUR", n="Irish plumber, 'Monday evening' on a Thursday")

M(d="2025-02-11", fr="Tash Nguyen <tash@saltbushcafe.example>", tz="+1100", s="Re: Overdue - INV-17024",
  b="""no worries, will transfer the $386.50 this arvo once the lunch rush dies down

Tash
Saltbush Cafe, Fremantle St""",
  q=("gm", 2, """Hi Tash,

Just a heads up that INV-17024 for AUD 386.50 (takeaway cups, lids and kraft bags) is now 10 days overdue.

Thanks heaps,
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("today",), a="386.50 AUD", n="Aussie cafe, 'this arvo' = today; $ from an Australian writer -> AUD")

M(d="2025-03-02", fr="Callum Reid <callum.reid.joinery@gmail.example>", s="Re: Payment reminder INV-21177",
  b="""Aye nae bother, I'll get it paid Wednesday when the money for the Kelso job lands. Sorry for the wait

Callum

Sent from my iPhone""",
  i="P", pd=("wd", "wed"), n="Scots joiner, Sunday message, 'Wednesday'")

M(d="2025-03-06", fr="Gwyn Pritchard <pantglasfarm@btinternet.example>", s="Re: Invoice INV-22430",
  b="""hello its Gwyn from Pantglas farm about the fencing wire invoice I will be paying that on the 14th when the lamb money comes through from the mart sorry its late were lambing and I have hardly been in the house

Sent using voice dictation""",
  q=("gm", 5, """Dear Mr Pritchard,

Invoice INV-22430 for £1,096.00 (high tensile fencing wire and staples) is now overdue.

Please arrange payment at your earliest convenience.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  fmt="alt",
  i="P", pd=("dom", 14), n="dictated, no punctuation, Welsh farmer, date tied to mart money but firm 'the 14th'")

M(d="2025-03-15", fr="Del Munroe <delmunroe.fruitveg@gmail.example>", s="Re: your account",
  b="""sorted mate, ill bang the £212 over monday morning first thing""",
  q=("and", 1, """Hi Del,

INV-23318 (£212.00, paper bags and punnets) is still showing as outstanding on your account. Any chance you could settle it this week?

Cheers,
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("wd", "mon"), a="212.00 GBP", n="London market trader slang 'bang it over', Saturday -> Monday")

M(d="2025-03-27", fr="Shannon Leigh <shannon@shearcraftsalon.example>", s="Re: Invoice INV-23902 - website hosting",
  b="""Hiya hun so sorry I've been rubbish at replying!! The salon gets paid out tomorrow so I'll pay you tomorrow night xx""",
  q=("gm", 6, """Hi Shannon,

Hope all's well at the salon! Just a gentle nudge that INV-23902 (£180.00, annual hosting and booking plugin) is now a couple of weeks overdue.

Thanks!
Bright Pixel Studio"""),
  cr="bp",
  i="P", pd=("tmrw",), n="hairdresser, 'tomorrow night'")

M(d="2025-04-15", fr="Lee Barraclough <lee@barracloughbuilders.example>", s="RE: INV-25116 - second reminder",
  b="""No it's not been paid, I thought the missus had done it but she thought I had. She's doing all the suppliers on Thursday so you'll be in that lot.

Lee""",
  q=("ol", 2, """Dear Lee,

We wrote to you on [[-14|%-d %B]] about INV-25116 for £2,316.40. We still haven't received payment.

Please let us know when this will be paid.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("wd", "thu"), n="HARD: negation 'not been paid' followed by a firm Thursday promise")

M(d="2025-05-02", fr="Mere Tane <mere@tanelandscapes.example>", tz="+1200", s="Re: INV-28850",
  b="""Kia ora,

Yeah sorry about that, it got buried under a pile of quotes on the ute dashboard. I'll pay it Tuesday - NZ$1,150.00.

Cheers
Mere
Tane Landscapes, Hamilton
021 555 774""",
  q=("gm", 3, """Kia ora Mere,

INV-28850 for NZD 1,150.00 (retaining wall blocks) is now overdue. Could you let us know when it'll be paid?

Thanks,
Northwind Supplies"""),
  i="P", pd=("wd", "tue"), a="1150.00 NZD", n="NZ landscaper, Friday -> Tuesday")

M(d="2025-05-22", fr="Fergal Quinn <fergal@quinnsbar.example>", s="Re: Overdue account - INV-30412",
  b="""Hi,

Fierce quiet month here with the roadworks outside the door, nobody can get parked. I'll give you €500 tomorrow and the balance the week after, that'll clear it.

Fergal
Quinn's Bar, Loughrea""",
  q=("gm", 4, """Dear Fergal,

INV-30412 for €1,140.00 (printed menus, beer mats and window vinyls) was due on [[-18|%-d %B]].

We'd be grateful if you could arrange payment this week.

Kind regards,
Harbour Lane Print Co"""),
  cr="hl",
  fmt="html",
  i="P", pd=("tmrw",), a="500.00 EUR", n="HARD: stated split (not asking); first payment €500 tomorrow")

M(d="2025-06-05", fr="Kev Ashworth <kev@ashworthelectrical.example>", s="Re: Statement",
  b="""Paid 40917 on Monday. 41022 I'll do Saturday when I do the wages.

Kev""",
  q=("gm", 2, """Hi Kev,

Your statement shows two open items:

INV-40917  £318.00
INV-41022  £664.80

Could you let us know when these will be settled?

Thanks,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "sat"), n="HARD: paid one + promise on the other; promise wins, Saturday")

M(d="2025-06-23", fr="Bernie Walsh <bernie@sparkleofficeclean.example>", s="Re: INV-31760",
  b="""hi it will be paid end of this week im just waiting on two of my offices to pay me, been a nightmare month

bernie""",
  q=("gm", 3, """Hi Bernie,

INV-31760 (£276.00, mop heads, microfibre cloths and 20L floor cleaner) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="P", pd=("eow",), n="cleaner, 'end of this week' on a Monday -> Friday")

M(d="2025-07-16", fr="Dazza Pike <accounts@pikehaulage.example>", tz="+1000", s="RE: INV-33581 overdue",
  b="""G'day,

Our pay run goes every second Thursday, the next one is the 24th and you're on it for the full A$4,870.00.

Regards
Darren Pike
Pike Haulage Pty Ltd
Toowoomba QLD""",
  q=("ol", 4, """Hi Darren,

INV-33581 for AUD 4,870.00 (tarps, ratchet straps and load restraint gear) was due at the end of June and is still showing as unpaid.

Regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="P", pd=("dom", 24), a="4870.00 AUD", n="Aussie haulier, fortnightly pay run on the 24th")

M(d="2025-08-16", fr="Rob Hebden <rob@hebdenfarms.example>", s="Re: INV-35921",
  b="""Combining every day this week while the weather holds. I'll sit down with the books Monday night and pay you then. Ta.

Rob""",
  q=("om", 6, """Hi Rob,

Just a quick reminder that INV-35921 for £1,882.00 (baler twine and net wrap) is now overdue.

Many thanks,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "mon"), n="farmer at harvest, Saturday -> Monday night")

M(d="2025-09-08", fr="Baz Hussain <baz@sparkhillmotors.example>", s="Re: INV-37604",
  b="""Alright bab, ill get the £431.20 paid Friday when the MOT money's in. Tara""",
  i="P", pd=("wd", "fri"), a="431.20 GBP", n="Brummie garage owner")

M(d="2025-10-13", fr="Ian Thwaite <ian@blackbullinn.example>", s="Re: Invoice INV-39117",
  b="""Ta for the nudge. Brewery's had every penny off me this month but yours is going out Thursday, no messing.

Ian
The Black Bull, Settle""",
  cr="hl",
  i="P", pd=("wd", "thu"), n="Yorkshire pub landlord, 'going out Thursday'")

M(d="2025-10-25", fr="Shane O'Brien <shane@obriensparky.example>", tz="+1000", s="Re: INV-39588",
  b="""mate im out at a job past Gympie til tuesday and get no reception half the time. ill pay it wednesday when im back in the office

Sent from my iPhone""",
  q=("ios", 3, """Hi Shane,

INV-39588 for AUD 912.40 (cable and switchgear) is now overdue. Could you let us know when it will be paid?

Thanks,
Northwind Supplies"""),
  i="P", pd=("wd", "wed"), n="Aussie sparky, Saturday -> Wednesday")

M(d="2025-11-19", fr="Gary Robson <gary@robsonbuild.example>", s="Re: Final reminder - INV-40720",
  b="""Howay man I'm not dodging you, I've just been on that school job in Gateshead from seven till seven every day and haven't had a minute. I know it's been a while and I know I've had the two reminders, I'm not proud of it.

The council job pays out Monday week, it's been signed off by their QS and I've got the remittance date in writing. I'll settle up with you the same day, all £3,405, and then I'm back to paying on account like I used to. No need to put us on stop, I'll need more blocks off you in the new year.

Gary
Robson Build, Gateshead
Mob: 07700 900 226""",
  q=("om", 2, """Dear Gary,

FINAL REMINDER: INV-40720 for £3,405.00 remains unpaid despite two earlier reminders. Please pay within 7 days to avoid your account being placed on stop.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("iso", "2025-12-01"), a="3405.00 GBP", n="HARD: Geordie, 'Monday week' from Wed 19 Nov 2025 = Mon 1 Dec 2025")

M(d="2025-12-19", fr="Pip Carter <pip@thelarderdeli.example>", s="Re: Reminder INV-42291",
  b="""Hi there,

We're paying all our suppliers on the 23rd before we close for Christmas, so you're in that batch - £648.20.

Merry Christmas!
Pip
The Larder Deli""",
  fmt="alt",
  q=("gm", 2, """Hi Pip,

Just a reminder that INV-42291 for £648.20 (deli tubs, sandwich wedges and labels) is due on [[+2|%-d %B]].

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("dom", 23), a="648.20 GBP", n="deli, supplier batch on the 23rd")

M(d="2026-01-07", fr="Wayne Tolley <tolleyplastering@outlook.example>", s="Re: INV-43610 overdue",
  b="""Happy new year. I'll pay that in a fortnight when the VAT refund comes back, the refund's about £560 so it more than covers it""",
  q=("and", 3, """Hi Wayne,

Invoice INV-43610 for £487.90 (multi-finish, beads and scrim) was due on [[-20|%-d %B]] and is still unpaid.

Regards,
Northwind Supplies Ltd"""),
  i="P", pd=("plus", 14), n="HARD: 'in a fortnight' stated -> promise +14; the £560 is his VAT refund, not the payment -> amount null")

M(d="2026-01-26", fr="Hemi Walker <hemi@walkerdairy.example>", tz="+1300", s="Re: INV-44402",
  b="""Yeah nah sorry, haven't forgotten ya. Milk payout hits on the 20th and you'll get the whole lot then.

Hemi""",
  q=("ios", 2, """Kia ora Hemi,

INV-44402 for NZD 2,238.00 (shed hose and teat spray) is now overdue.

Cheers,
Northwind Supplies"""),
  i="P", pd=("dom", 20), n="NZ dairy farmer, milk payout on the 20th (next month)")

M(d="2026-02-12", fr="Tracey Hale <office@haleplumbing.example>", s="RE: Invoice 52031",
  b="""Hi,

Payment for invoice 52031 has been approved by Gary and will be made on Tuesday 17th February.

Kind regards,

Tracey Hale
Office Manager
G. Hale Plumbing & Heating Ltd
Unit 4, Brookside Trading Estate, Leek
Tel: 01538 555 201""",
  fmt="html",
  html="""<div>Hi,</div><div><br></div><div>Payment for invoice 52031 has been approved by Gary and will be made on <b>Tuesday 17th February</b>.</div><div><br></div><div>Kind regards,</div><div><br></div><div><span style="color:#1f4e79"><b>Tracey Hale</b></span><br>Office Manager<br>G. Hale Plumbing &amp; Heating Ltd<br>Unit 4, Brookside Trading Estate, Leek<br>Tel: 01538 555 201</div>""",
  i="P", pd=("wd", "tue"), n="plumbing office manager, HTML only, Tue 17 Feb 2026")

M(d="2026-03-03", fr="Jonno <jonno.mcgrath@gmail.example>", s="Re: INV-46115",
  b="""doing it now mate should be with you tonight

Sent from my iPhone""",
  i="P", pd=("today",), n="'doing it now' -> today, no quote")

M(d="2026-03-12", fr="Danielle Foster <danielle@foxandfringe.example>", s="Re: Website invoice INV-46690",
  b="""Hi Lauren,

Yes I know, I'm sorry! I'll get the full £395 to you on the last day of the month, that's when my chair renters pay me.

Danielle
Fox & Fringe Hair""",
  q=("gm", 7, """Hi Danielle,

Hope you're well. INV-46690 for £395.00 (new booking page and photos) is now overdue - could you let me know when you'll be able to pay?

Thanks,
Lauren
Bright Pixel Studio"""),
  cr="bp",
  fmt="alt",
  i="P", pd=("eom",), a="395.00 GBP", n="salon, 'last day of the month' = 31 March")

M(d="2026-04-06", fr="Mick Daly <mick@dalygroundworks.example>", s="Re: INV-48007",
  b="""Banks shut today with it being Easter Monday so I'll do it first thing tomorrow. Sorry Mick""",
  q=("ol", 4, """Hi Mick,

INV-48007 for £2,744.00 (MOT type 1 and drainage pipe) is now overdue.

Please let us know when you plan to pay.

Thanks,
Northwind Supplies Ltd"""),
  i="P", pd=("tmrw",), n="Easter Monday 2026 bank holiday -> tomorrow")

M(d="2026-04-23", fr="Shane Kellaway <shane@kellawayroofing.example>", tz="+1000", s="Re: INV-48911",
  b="""No dramas, I'll chuck the $1,630 through Monday. Cheers Shane

Get Outlook for iOS""",
  i="P", pd=("wd", "mon"), a="1630.00 AUD", n="Aussie roofer, 'chuck it through Monday'; $ from an Australian writer -> AUD")

M(d="2026-05-23", fr="Dan Whitby <dan@whitbygardens.example>", s="Re: Outstanding INV-50288",
  b="""hi sorry about the late payment I've been flat out with the spring rush, Monday is a bank holiday so I will pay it on Tuesday first thing. thanks Dan

Sent by voice from my Android phone""",
  q=("gm", 5, """Hi Dan,

INV-50288 for £1,318.50 (turf, topsoil and edging) was due on [[-14|%-d %B]].

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "tue"), n="dictated, Saturday before late May bank holiday -> Tuesday 26 May")

M(d="2026-06-13", fr="Sue Pollard <suesflowerstall@gmail.example>", s="Re: INV-51402",
  b="""£90 now, rest next Sat when I've done the wedding flowers.""",
  q=("ios", 1, """Hi Sue,

INV-51402 (£184.00, cellophane, ribbon and flower boxes) is overdue now. Could you pay it please?

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("today",), a="90.00 GBP", n="HARD: stated split, first £90 'now' on a Saturday -> today")

M(d="2026-07-09", fr="Tadhg Murphy <tadhgmurphy@eircom.example>", s="Re: Account",
  b="""The co-op cheque comes the 15th and you'll be paid the full €3,046 out of it that day, that's a promise. Sorry for the delay, silage and everything else.

Tadhg""",
  q=("om", 3, """Dear Tadhg,

Your account shows INV-52760 for €3,046.00 (silage wrap and netting) overdue since [[-25|%-d %B]].

Please contact us to arrange payment.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  fmt="html",
  i="P", pd=("dom", 15), a="3046.00 EUR", n="Irish farmer, co-op cheque on the 15th")

M(d="2026-07-27", fr="Steph Morley <steph@morleyhaulage.example>", s="RE: Invoice INV-53388 - 14 days overdue",
  b="""Hi,

Fuel's killing us this month but it's scheduled in the banking app for Friday, £1,962.00.

Steph Morley
Morley Haulage Ltd
Yard: 01709 555 442 | Mob: 07700 900 318""",
  q=("ol", 3, """Dear Steph,

INV-53388 for £1,962.00 (tyres and trailer parts) is now 14 days overdue.

Please let us know when we can expect payment.

Kind regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="P", pd=("wd", "fri"), a="1962.00 GBP", n="scheduled payment Friday")

M(d="2026-08-05", fr="Owen Bevan <owen@bevanelectrical.example>", s="Re: INV-53980",
  b="""I know it was due last week, my fault. It'll be paid next Wednesday, sorry for the delay.

Owen
Bevan Electrical
Mob: 07700 900 730""",
  i="P", pd=("wd", "wed"), n="HARD: stated later date, not asking -> promise; 'next Wednesday' on a Wednesday = +7")

M(d="2026-08-16", fr="Aroha <aroha@kowhaicafe.example>", tz="+1200", s="Re: Payment reminder",
  b="""Sweet as, I'll sort it tomorrow when I'm at the bank. Chur""",
  q=("ios", 2, """Hi Aroha,

A quick reminder that INV-54512 for NZD 276.00 (compostable cups) is now overdue.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("tmrw",), n="NZ cafe, 'sort it tomorrow'")

M(d="2026-08-24", fr="Alasdair Munro <alasdair@munroelectrical.example>", s="RE: Outstanding invoice INV-54880",
  b="""Good afternoon,

Apologies for the delay in getting back to you. I've passed it to my bookkeeper and she'll pay it along with the rest of the August bills on the 28th.

Regards,
Alasdair Munro
Munro Electrical Services
Inverness
M: 07700 900 561""",
  fmt="alt",
  q=("ol", 5, """Dear Alasdair,

INV-54880 for £1,204.60 is overdue. Please could you confirm when payment will be made.

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("dom", 28), n="bookkeeper will pay on the 28th")

M(d="2026-09-19", fr="Marco Rinaldi <marco@thetanneryarms.example>", s="Re: INV-56014",
  b="""Chef's wages first then you. Tuesday you'll have it.""",
  cr="hl",
  i="P", pd=("wd", "tue"), n="curt pub landlord, Saturday -> Tuesday")

M(d="2026-10-09", fr="Kelly Jarvis <kelly@jarvisnails.example>", s="Re: INV-57120",
  b="""can't do today sorry the card machine money doesn't clear til monday, I'll pay it then""",
  q=("and", 1, """Hi Kelly,

INV-57120 (£148.00) is overdue - any chance of paying it today?

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="P", pd=("wd", "mon"), n="HARD: 'can't do today' but states Monday -> promise Monday")

M(d="2026-11-03", fr="Pauline Clegg <pauline@cleggsbakery.example>", s="Re: INV-58206",
  b="""I've asked our Jodie to pay it when she does the books on Thursday.

Pauline""",
  q=("om", 3, """Hi Pauline,

INV-58206 for £214.00 (monthly pest control visits, August and September) is now overdue. Could you let us know when it will be paid?

Thanks,
Kestrel Facilities Services"""),
  cr="ks",
  i="P", pd=("wd", "thu"), n="delegated to the bookkeeper with a day")

# ---------------------------------------------------------------- extension_request
M(d="2025-01-06", fr="Niamh Kerr <niamh@thecopperkettle.example>", s="Re: INV-41906 overdue",
  b="""Hi,

January is always dead after the Christmas rush and the tills have been tumbleweed since New Year. Any chance you could give us till the end of the month on this one? I'd rather ask than just go quiet on you.

Niamh
The Copper Kettle, Ballymena""",
  q=("gm", 4, """Hi Niamh,

Invoice INV-41906 for £534.70 (takeaway boxes, napkins and stirrers) was due on [[-8|%-d %B]] and is now overdue.

Kind regards,
Greenfold Packaging"""),
  cr="gf",
  fmt="alt",
  i="X", pd=("eom",), n="cafe asks 'till the end of the month' -> 31 Jan")

M(d="2025-02-18", fr="Brett Coleman <brett@colemanbuilding.example>", tz="+1100", s="Re: INV-16844",
  b="""mate we've been rained out three weeks straight up here in Lismore, havent laid a slab since the start of the month. can you give us a fortnight and ill get it sorted

Brett

Sent from my iPhone""",
  q=("ios", 2, """Hi Brett,

INV-16844 for AUD 2,960.00 (reo mesh and bar chairs) is now overdue. Please let us know when it will be paid.

Thanks,
Northwind Supplies"""),
  i="X", pd=("plus", 14), n="Aussie builder rained off, asks for 'a fortnight' -> +14")

M(d="2025-03-03", fr="Morag Baird <morag@bairdsbakehouse.example>", s="Re: Invoice INV-22108",
  b="""Hello

I'm struggling a wee bit since the new road layout went in and half my passing trade's gone. Could we pay this up at £100 a week, starting this Friday? I'll set up a standing order so you don't have to chase.

Morag Baird
Baird's Bakehouse, Kirkcaldy""",
  q=("gm", 6, """Dear Morag,

Our records show that INV-22108 for £612.00 (cake boxes, greaseproof sheets and bags) was due on [[-21|%-d %B]].

Please arrange payment or contact us to discuss.

Regards,
Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("wd", "fri"), a="100.00 GBP", n="weekly instalments from Friday; amount = instalment")

M(d="2025-03-07", fr="Huw Roberts <huw.roberts.tyddyn@gmail.example>", s="Re: INV-22570",
  b="""Sorry for not replying sooner, we are in the middle of lambing and I'm lucky to get four hours sleep. Could I have till after lambing, say the 10th of April? Money will be easier once the store lambs go.

Huw""",
  q=("om", 3, """Dear Huw,

INV-22570 for £826.40 (lambing supplies - iodine, colostrum and feeders) is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 4, 10), n="Welsh farmer asks till 10 April")

M(d="2025-03-17", fr="Seamus Hanlon <seamus@hanlonsbar.example>", s="Re: Overdue invoices",
  b="""Happy Paddy's day to ye.

I'll be straight with you because you've always been decent to deal with. Honestly I can't pay this month. I'm skint after doing up the beer garden - the builder went over by nearly double, the new heaters cost a fortune, and then the weather turned so nobody's been out there to use it anyway. The bank won't budge on the overdraft either, I was in with them on Tuesday and got nowhere.

Today should be a big one and Easter after it, so things will come right, but I can't clear both of these in one go. Can we talk about some kind of plan? Even a small bit every week would be more than I can promise you in a lump right now. I'm not going anywhere, the pub's been in the family forty years and I'm not about to start ducking suppliers.

Ring me on the bar number any morning before twelve.

Seamus
Hanlon's Bar
Tel: 091 555 0126""",
  q=("om", 5, """Dear Seamus,

The following invoices on your account are overdue:

INV-21990  €740.00
INV-22304  €515.50

Please contact us to arrange payment.

Harbour Lane Print Co"""),
  cr="hl",
  i="X", n="Irish pub, 'can't pay this month' + asks for a plan; no date or amount")

M(d="2025-03-31", fr="Jade Whitfield <jade@glowandgloss.example>", s="Re: INV-24400 - website build balance",
  b="""Hi Lauren,

Would it be alright if I split this? £137.50 on Friday and the other half at the end of April. April's always quiet after the Mother's Day bookings.

Thanks, Jade""",
  q=("ol", 5, """Hi Jade,

Just a reminder that the balance for your website build, INV-24400 (£275.00), is now overdue.

Thanks,
Lauren
Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("wd", "fri"), a="137.50 GBP", n="HARD: asks permission to split; first half Friday")

M(d="2025-04-16", fr="Paul Jessop <paul@jessoplandscapes.example>", s="Re: INV-25377 overdue",
  b="""Hi

Easter is going to be manic and I've got two lads off. Would Monday week be ok for this one? I'll have the Hallam job money in by then.

Paul Jessop
Jessop Landscapes
07700 900 812""",
  q=("gm", 4, """Hi Paul,

INV-25377 for £1,470.00 (sandstone paving and jointing compound) was due on [[-10|%-d %B]] and remains unpaid.

Thanks,
Northwind Supplies Ltd"""),
  i="X", pd=("iso", "2025-04-28"), n="HARD: 'Monday week' asked as a question; Wed 16 Apr 2025 -> next Mon 21 Apr (Easter Monday) -> Monday week 28 Apr")

M(d="2025-05-02", fr="Tama Ngata <tama@ngatatransport.example>", tz="+1200", s="Re: INV-28611",
  b="""Kia ora, any chance of holding off till the 20th? Got a big forestry contract paying out then and I'm a bit light till it does.

Tama
Ngata Transport, Gisborne""",
  q=("gm", 2, """Kia ora Tama,

INV-28611 for NZD 3,412.00 (trailer tyres and fitting) is now overdue.

Regards,
Northwind Supplies"""),
  i="X", pd=("dom", 20), n="NZ haulier asks to hold off till the 20th")

M(d="2025-05-29", fr="Brenda Haigh <brendahaigh.cleaning@gmail.example>", s="Re: INV-30022",
  b="""I cant pay it all at once love, its been a rotten month, two of my regulars have moved away. Could I do £50 a week till its cleared?

Brenda""",
  q=("and", 3, """Hi Brenda,

INV-30022 for £296.00 (cleaning chemicals and vacuum bags) is now overdue. Could you let us know when you'll be able to pay?

Thanks,
Northwind Supplies Ltd"""),
  i="X", a="50.00 GBP", n="Yorkshire cleaner, weekly instalments, no start date -> pd null")

M(d="2025-06-05", fr="Lisa Papadopoulos <lisa@wattlebirdcafe.example>", tz="+1000", s="Re: Payment reminder INV-30987",
  b="""Hi there,

Winter is killing the trade up here in the mountains, we're doing about a third of what we did in summer. Could I pay it off at $200 a fortnight? I know it's not ideal. I'd start next week.

Lisa
Wattlebird Cafe, Katoomba""",
  q=("gm", 3, """Hi Lisa,

A reminder that INV-30987 for AUD 1,180.00 (cups, lids and bagasse containers) is now overdue.

Thanks heaps,
Greenfold Packaging"""),
  cr="gf",
  fmt="html",
  i="X", a="200.00 AUD", n="fortnightly instalments, 'next week' with no day -> pd null")

M(d="2025-07-01", fr="Tony Ellis <tony@ellisautorepairs.example>", s="RE: INV-32144 - 30 days overdue",
  b="""Can't do it this month. The two post ramp packed in and cost me £4k to fix. Can you give me till August on this?

Tony""",
  q=("ol", 2, """Dear Tony,

INV-32144 for £860.00 (oils, filters and brake fluid) is now 30 days overdue.

Please arrange payment by return.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", n="HARD: 'till August' (no day) -> date null")

M(d="2025-07-31", fr="Declan Fahy <declan@fahyconstruction.example>", s="Re: Statement July",
  b="""Lads, it's the builders' holidays next week and I'm paying the crew before they go. Could ye give me till the 15th of August for the statement? Sound, thanks.

Declan""",
  q=("gm", 2, """Hi Declan,

Please see your July statement attached. The overdue balance is €4,288.00 (INV-33120 and INV-33402).

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 8, 15), n="Irish builder asks till 15 August")

M(d="2025-08-18", fr="Andrew Crossley <andrew@crossleygrange.example>", s="Re: INV-35540",
  b="""Afternoon,

The wet weather has set harvest back at least three weeks and nothing's sold yet. Would the end of September be alright for this? I'll pay it in full then.

Andrew Crossley
Crossley Grange Farm""",
  q=("gm", 5, """Dear Andrew,

INV-35540 for £2,650.00 (grain store fan and moisture meter) is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="X", pd=("md", 9, 30), n="farmer asks for end of September")

M(d="2025-09-12", fr="Ricky Dunn <rickydunnmarkets@gmail.example>", s="Re: Payment reminder",
  b="""need another week on this one mate

Sent from my iPhone""",
  q=("ios", 1, """Hi Ricky,

INV-37866 for £148.50 (carrier bags and paper sacks) is now overdue.

Cheers,
Greenfold Packaging"""),
  cr="gf",
  i="X", pd=("plus", 7), n="curt 'need another week' -> +7")

M(d="2025-10-14", fr="Gerry Lynch <gerry@lynchplumbing.example>", s="Re: INV-38455",
  b="""hi sorry I can't pay this at the moment my biggest customer has gone bust owing me nearly eleven grand and I'm trying to work out where I stand, I will ring you next week to sort something out please bear with me

Sent with voice typing""",
  q=("gm", 4, """Hi Gerry,

INV-38455 for £1,318.00 (radiators and valves) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="X", n="dictated, cannot pay now, no date; 'eleven grand' is his loss not an amount to pay")

M(d="2025-11-04", fr="Craig Baxter <craig@baxterelectrical.example>", s="Re: INV-39980 - still outstanding",
  b="""I know I said Friday. Any chance I can push it to the 20th? The wholesaler's had me over on a big order and I'm stretched till the end of the job.

Craig""",
  q=("gm", 1, """Hi Craig,

Thanks for your reply below. We haven't received the payment yet - could you check it went through?

Thanks,
Northwind Supplies Ltd

-----
From: Craig Baxter
Sent: [[-12|%-d %B]]
> yep will pay Friday sorry
>
> > INV-39980 for £1,088.00 is now overdue.""", "INV-39980 - still outstanding"),
  i="X", pd=("dom", 20), n="HARD: old promise 'will pay Friday' only in quoted history; new text asks to push to the 20th -> extension")

M(d="2025-11-24", fr="Jackie Moss <jackie@theplougharms.example>", s="Re: INV-40406 overdue",
  b="""Hiya,

I'll do £200 of it Friday but could the rest wait till after Christmas? Our Christmas party bookings are down a lot on last year.

Jackie
The Plough Arms""",
  q=("gm", 3, """Hi Jackie,

INV-40406 for £860.00 (Christmas menus, posters and gift vouchers) is now overdue.

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="X", pd=("wd", "fri"), a="200.00 GBP", n="HARD: part promise + asks time for the main amount -> extension; first payment £200 Friday")

M(d="2025-12-23", fr="Kylie Brennan <kylie@greenedgegardens.example>", tz="+1100", s="Re: INV-42530",
  b="""Hi, can you give us till the 16th of January on this one, that's when the council pays our maintenance contract. Everything is shut from tomorrow till after new year anyway. Merry Christmas!

Kylie - Green Edge Gardens""",
  q=("gm", 4, """Hi Kylie,

INV-42530 for AUD 1,845.00 (mulch, irrigation fittings and tree stakes) is now overdue.

Thanks,
Northwind Supplies"""),
  fmt="alt",
  i="X", pd=("md", 1, 16), n="Aussie landscaper asks till 16 January next year")

M(d="2026-01-09", fr="Rhys Morgan <rhys@morganroofingcardiff.example>", s="Re: INV-43688",
  b="""Alright,

January's a killer, nobody wants a roofer when it's blowing a gale. Could I pay it in three lots, £400 each, first one end of the month? Would be tidy if you can.

Rhys""",
  q=("and", 5, """Hi Rhys,

INV-43688 for £1,200.00 (slate, lead and batten) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="X", pd=("eom",), a="400.00 GBP", n="three instalments of £400 from end of January")

M(d="2026-02-01", fr="Ruby Tamatea <ruby@thecurlroom.example>", tz="+1300", s="Re: INV-44801",
  b="""hey, could I pay this off in two halves? $240 on the 15th and the rest on the 1st of March. summer's quiet for us, everyone's at the beach lol

Ruby x
The Curl Room, Tauranga""",
  q=("gm", 4, """Hi Ruby,

INV-44801 for NZD 480.00 (salon booking site, annual plan) is now overdue.

Thanks,
Bright Pixel Studio"""),
  cr="bp",
  i="X", pd=("dom", 15), a="240.00 NZD", n="NZ salon asks to split; first half on the 15th")

M(d="2026-02-13", fr="Leanne <leanne.sparkles@outlook.example>", s="Re: INV-45170",
  b="""cant pay till the 28th is that ok

Get Outlook for Android""",
  i="X", pd=("dom", 28), n="no punctuation, asks if the 28th is ok")

M(d="2026-03-06", fr="Accounts <accounts@holdenfreight.example>", s="RE: Overdue balance - INV-45522, INV-45790",
  b="""Dear Sir/Madam,

Thank you for your statement and reminder regarding the above invoices.

I am writing to let you know that one of our largest customers, a regional distribution company we have hauled for since 2011, entered administration last month owing us a significant sum. We have been advised by the administrators that unsecured creditors are unlikely to receive anything for several months, if at all. As a result we are experiencing short-term cash flow difficulties, although our remaining contracts are secure and the business is otherwise trading normally.

We have always valued our account with Northwind and have no intention of leaving the balance unpaid. We would therefore like to propose a payment plan of £1,000 per month commencing 1 April until the balance is cleared, paid by standing order on the first working day of each month. If it helps, we are happy to continue ordering on a pro-forma basis in the meantime.

Please confirm whether this is acceptable, or let me know if you would like to discuss it by phone.

Yours faithfully,

Maureen Holden
Director
Holden Freight Ltd
Registered in England No. 04821907""",
  fmt="alt",
  q=("ol", 7, """Dear Sir/Madam,

The following invoices are now overdue:

INV-45522  £2,380.00
INV-45790  £1,940.00

Total: £4,320.00

Please remit payment by return.

Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", pd=("md", 4, 1), a="1000.00 GBP", n="formal haulier, monthly plan from 1 April")

M(d="2026-03-15", fr="Gemma Lowe <gemma@thebluedoorcafe.example>", s="Re: INV-46870",
  b="""Hi sorry, today was Mother's Day and it's been bonkers all weekend. Could I have two more weeks on this? Will be much easier once I've banked the weekend.

Gemma""",
  q=("gm", 4, """Hi Gemma,

INV-46870 for £422.00 is overdue. Please let us know when you'll pay.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  fmt="html",
  i="X", pd=("plus", 14), n="asks for two more weeks -> +14")

M(d="2026-04-06", fr="Eoin Brennan <eoin@brennanjoinery.example>", s="Re: INV-47602",
  b="""Could we push it out to the end of the month? The grant for the workshop from the Council hasn't landed yet and I'm a bit stuck till it does.

Eoin""",
  i="X", pd=("eom",), n="asks to push to end of the month -> 30 April")

M(d="2026-05-02", fr="Col Fraser <fraser.downs@bigpond.example>", tz="+1000", s="Re: INV-49720",
  b="""Drought's got us by the throat. Can't pay a cent till the cattle are sold, hopefully sometime in June if the prices pick up. Sorry, not what you want to hear.

Col Fraser
Fraser Downs, via Roma""",
  q=("gm", 5, """Hi Col,

INV-49720 for AUD 3,790.00 (water troughs and poly pipe) is now overdue.

Regards,
Northwind Supplies"""),
  i="X", n="HARD: can't pay till the cattle are sold, 'sometime in June' -> date null")

M(d="2026-05-25", fr="Ash Patel <ash@patelmotors.example>", s="Re: INV-50610",
  b="""Any chance I could pay £310 now and the other half Friday week? Bank holiday or not I'm in the garage so I'll do the first bit today if you're ok with it.

Ash""",
  q=("gm", 3, """Hi Ash,

INV-50610 for £620.00 (exhausts and clamps) is overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="X", pd=("today",), a="310.00 GBP", n="HARD: asks permission for split; first half 'now/today'")

M(d="2026-06-23", fr="Jason Kerr <jason@kerrconcreting.example>", tz="+1000", s="Re: INV-51760",
  b="""G'day,

Can we hold this one till after EOFY? Say the 7th of July once the accountant has done our tax stuff. Just trying to keep the cash in the business till then.

Jase""",
  q=("gm", 3, """Hi Jason,

INV-51760 for AUD 2,244.00 (formwork ply and pegs) is now overdue.

Regards,
Northwind Supplies"""),
  fmt="alt",
  i="X", pd=("md", 7, 7), n="Aussie, after end of financial year, 7 July")

M(d="2026-07-16", fr="Stevie McInnes <stevie@mcinneslandscaping.example>", s="Re: INV-52880",
  b="""Cannae pay it the now pal, skint till the Fair's over and the work picks back up. Can ye give us till the end of the month?

Stevie""",
  i="X", pd=("eom",), n="Glaswegian, asks till end of month")

M(d="2026-07-28", fr="Nathan Pugh <nathan@pughplumbing.example>", s="Re: INV-53144",
  b="""I said I'd pay it Friday but I can't now, the van's needed a new clutch. Can I do it the Friday after instead? Sorry.

Nathan""",
  q=("ios", 6, """Hi Nathan,

INV-53144 for £512.00 is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="X", pd=("nw",), n="HARD: 'can't pay Friday', asks for the Friday after -> Friday of next week (7 Aug)")

M(d="2026-08-09", fr="Sophie Lane <sophie@alpinebeans.example>", tz="+1200", s="Re: INV-54030",
  b="""Hiya, bit skint at the moment, the ski season's been rubbish with hardly any snow on the Remarkables. Could we do $100 a week till it's paid?

Soph, Alpine Beans Queenstown""",
  q=("gm", 3, """Hi Sophie,

INV-54030 for NZD 720.00 is now overdue.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="X", a="100.00 NZD", n="NZ cafe weekly instalments, no start date")

M(d="2026-08-18", fr="Accounts Payable <ap@corcoranhaulage.example>", tz="+0100", s="RE: Invoice INV-54360",
  b="""Good morning,

Due to delays in payment from a number of our own customers, we would be grateful if you could allow us a further 60 days on the above invoice.

Kind regards,

Aoife Corcoran
Accounts
Corcoran Haulage Ltd, Portlaoise
Registered in Ireland No. 331204

This e-mail and any files transmitted with it are confidential and intended solely for the use of the addressee. If you have received it in error please notify the sender and delete it.""",
  fmt="alt",
  q=("ol", 4, """Dear Aoife,

INV-54360 for €5,604.00 is now overdue. Please arrange payment.

Regards,
Alpenrose Logistik GmbH
Buchhaltung"""),
  cr="al",
  i="X", pd=("plus", 60), n="formal request for a further 60 days -> +60")

M(d="2026-08-28", fr="Lou Bishop <lou@bishopsbaps.example>", s="Re: INV-54988",
  b="""Can I pay you on the 5th instead? Rent's due today and it's cleaned me out.

Lou""",
  cr="gf",
  i="X", pd=("dom", 5), n="asks to pay on the 5th -> 5 September")

M(d="2026-09-22", fr="Big Al <alan.stokes.build@gmail.example>", s="Re: INV-56280",
  b="""can we set up a plan I can do 250 a week if thats any good I just cant do it in one go at the minute

Sent from Samsung voice input""",
  q=("and", 4, """Hi Alan,

INV-56280 for £1,750.00 (blocks, cement and lintels) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="X", a="250.00", n="HARD: dictated plan, bare '250' with no currency -> currency null")

M(d="2026-10-13", fr="Carol Dinsdale <carol@dinsdalegroundcare.example>", s="Re: INV-57288",
  b="""Hello,

Do you do payment plans? If so I'd like one please, I can't clear this in one go with the season finished.

Thanks
Carol Dinsdale""",
  q=("om", 3, """Dear Carol,

INV-57288 for £940.00 (mower blades and servicing) is now overdue.

Regards,
Northwind Supplies Ltd"""),
  i="X", n="HARD: phrased as a question but it is a request for a plan -> extension, not question")

M(d="2026-11-07", fr="Trish O'Neill <trish@scissorsandsoul.example>", s="Re: INV-58340",
  b="""hi would it be ok if this waited till the 30th? things always pick up once the christmas party bookings start, november is always a bit dead

trish""",
  cr="hl",
  i="X", pd=("dom", 30), n="salon asks to wait till the 30th")

# ---------------------------------------------------------------- dispute
M(d="2025-01-14", fr="Liam Doherty <liam@dohertydrylining.example>", s="Re: INV-42810",
  b="""Half that plasterboard came off the lorry with the corners smashed in, photos attached. Twelve sheets I can't use, that's £142.80 on your own price list. I'm not paying for them.

Liam""",
  att=["IMG_2231.jpg", "IMG_2232.jpg"],
  q=("gm", 3, """Hi Liam,

INV-42810 for £618.80 (40 sheets 12.5mm plasterboard and fixings) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="D", a="142.80 GBP", n="damaged goods with photos; disputed part £142.80")

M(d="2025-02-20", fr="Zoe Hartley <zoe@beanandbloomcafe.example>", s="Re: INV-18022 overdue",
  b="""Hi,

You've charged us for 2,000 cups but we only got 1,000 - the driver took the second box back because it was crushed. Can you sort the invoice out?

Zoe""",
  q=("ol", 2, """Hi Zoe,

INV-18022 for £264.00 (2,000 x 12oz double wall cups) is now overdue.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="D", n="billed for goods sent back; quantity not as delivered")

M(d="2025-03-03", fr="Gavin Pryor <gavin@thecrownandanchor.example>", s="Re: Invoice INV-21844",
  b="""The menus came back with last year's prices on them even though I sent you the new ones. I can't put them out. I'm not paying for a reprint of your mistake, and I'm not paying for the first lot either.

Gavin
The Crown & Anchor""",
  q=("ios", 4, """Dear Gavin,

INV-21844 for £312.00 (menu reprint, 60 x A4 laminated) is now overdue.

Kind regards,
Harbour Lane Print Co"""),
  cr="hl",
  fmt="alt",
  i="D", n="poor work: wrong prices printed")

M(d="2025-03-09", fr="Mitch Donnelly <mitch@donnellyelectrical.example>", tz="+1100", s="Re: INV-22760",
  b="""never ordered the 100m of 6mm TPS mate, that must be some other bloke's order. take it off and ill pay the rest""",
  q=("gm", 3, """Hi Mitch,

INV-22760 for AUD 1,308.00 (cable, conduit and junction boxes) is now overdue.

Thanks,
Northwind Supplies"""),
  i="D", n="HARD: never ordered one line; conditional 'take it off and I'll pay the rest' -> dispute")

M(d="2025-03-17", fr="Kath Morrell <kath@morrellbuild.example>", s="Re: INV-23520",
  b="""How come there's a £45 delivery charge on this when your rep told me delivery was free on anything over £500?

Kath""",
  q=("ios", 2, """Hi Kath,

INV-23520 for £684.00 (incl. delivery £45.00) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="D", a="45.00 GBP", n="HARD: phrased as question but contests the delivery charge -> dispute")

M(d="2025-04-04", fr="Pete Sandhu <pete@sandhuautocentre.example>", s="Re: INV-25010 - March cleaning",
  b="""Your cleaners never turned up on the 18th or the 25th so why am I being billed for the full month? I want the two missed visits taken off.

Pete Sandhu
Sandhu Auto Centre""",
  q=("gm", 4, """Dear Pete,

INV-25010 for £240.00 (weekly workshop and office clean, March) is now overdue.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  fmt="alt",
  i="D", n="service not delivered (missed cleans), question form")

M(d="2025-04-17", fr="Pádraig Cusack <padraig.cusack@eircom.example>", tz="+0100", s="Re: INV-25460 / INV-25488",
  b="""Ye've billed me twice for the same load of fencing posts. 25460 and 25488 are the one delivery, same date same docket number. I paid the first one a fortnight ago so the second one, €1,512, is not owed.

Pádraig""",
  q=("gm", 3, """Dear Pádraig,

INV-25488 for €1,512.00 (200 x treated fencing posts) is now overdue.

Regards,
Northwind Supplies Ltd""", "INV-25488 overdue"),
  i="D", a="1512.00 EUR", n="HARD: duplicate invoice; mentions paying the original -> dispute beats already_paid; amount = the duplicate contested")

M(d="2025-05-08", fr="Aaron Tipene <aaron@tipenelandscaping.example>", tz="+1200", s="Re: INV-29044",
  b="""Quoted $1,480 for the pavers, you've invoiced $1,720. Send me a corrected one at the quoted price and I'll pay it same day.

Aaron""",
  q=("gm", 3, """Kia ora Aaron,

INV-29044 for NZD 1,720.00 (exposed aggregate pavers) is now overdue.

Thanks,
Northwind Supplies"""),
  i="D", a="1720.00 NZD", n="HARD: price not as quoted + conditional promise -> dispute; amount = charged figure")

M(d="2025-05-31", fr="Faye Dalton <faye@daltonbrowbar.example>", s="Re: Final balance INV-30290",
  b="""I'm sorry but no. The booking system's been down more than it's been up since you built it and I've told Lauren about it three times now.

Last Saturday I had four clients turning up to a locked door because it took bookings for a day I'd blocked out for my sister's wedding. Two of them have left me bad reviews. The week before, it double booked my Thursday evening so I had two brides-to-be sat in the waiting area at the same time for a brow lamination, which was awkward to say the least. And it still sends the confirmation texts an hour late, if it sends them at all.

I paid the deposit up front without a quibble because I wanted it done right. I'm not paying the balance till it actually works and I've had a full month with no problems. If you want to come in and see it going wrong for yourself you're welcome.

Faye
Dalton Brow Bar""",
  q=("gm", 6, """Hi Faye,

The final balance for your new site, INV-30290 (£650.00), is now overdue.

Thanks,
Bright Pixel Studio"""),
  cr="bp",
  i="D", n="poor work; 'not paying till it works' is not a promise")

M(d="2025-06-06", fr="Transport Office <office@kinlochhaulage.example>", s="RE: INV-31044",
  b="""Good afternoon,

Two of the tyres supplied on this invoice developed sidewall bulges inside a week and had to be replaced elsewhere at the roadside. We won't be paying for those two (£368.00) until they've been assessed. The rest of the invoice is fine.

Regards,
Isla Kinloch
Kinloch Haulage Ltd
Tel: 01463 555 870""",
  fmt="alt",
  q=("ol", 5, """Dear Isla,

INV-31044 for £1,472.00 (8 x 315/80 R22.5 drive tyres) is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="D", a="368.00 GBP", n="defective goods, partial dispute £368")

M(d="2025-07-05", fr="Terry Blake <terryblake.market@gmail.example>", s="Re: INV-32630",
  b="""didnt get no delivery mate, nothing came to the lock up on the tuesday, i was there all day

Sent from my Samsung Galaxy smartphone.""",
  cr="gf",
  i="D", n="goods not received, market trader slang")

M(d="2025-08-02", fr="Eilidh Grant <eilidh@thewhitehousecafe.example>", s="Re: INV-34120",
  b="""Hi there,

The paper straws went soggy in about two minutes and we had customers complaining all week. I sent three boxes back with your driver on the 18th and they're still on the invoice. Could you take them off please?

Eilidh""",
  q=("gm", 5, """Hi Eilidh,

INV-34120 for £186.00 (paper straws and napkins) is now overdue.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  fmt="html",
  i="D", n="poor quality goods returned but still billed")

M(d="2025-08-26", fr="Mandy Foulds <mandy@fouldsfarmshop.example>", s="Re: INV-35880 - waste collections August",
  b="""The bins weren't emptied for three weeks in August and I had to take it all to the tip myself in the Land Rover. I'm not paying for collections that didn't happen.

Mandy
Foulds Farm Shop""",
  q=("om", 3, """Dear Mandy,

INV-35880 for £176.00 (weekly general waste and recycling collections, August) is now overdue.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="D", n="service not delivered (missed bin collections)")

M(d="2025-09-13", fr="Graham Nuttall <graham@nuttallpaving.example>", s="Re: INV-37290",
  b="""Dave your rep said he'd put a credit through for the cracked kerbs when he was out on site, so this should be cleared. Can you check with him before sending me any more of these?

Graham""",
  q=("and", 4, """Hi Graham,

INV-37290 for £438.00 (kerbs and haunching) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="D", n="HARD: 'already credited' by the rep, phrased as a request to check -> dispute, not already_paid")

M(d="2025-10-17", fr="Dermot Fitz <dermot@fitzheating.example>", s="Re: INV-38702",
  b="""Price on the combi is wrong, it was €1,150 on the quote not €1,390. Quote attached. Fix it and send it back.

Dermot""",
  att=["quote_Q-8841.pdf"],
  q=("gm", 2, """Hi Dermot,

INV-38702 for €1,390.00 (combi boiler and flue kit) is now overdue.

Regards,
Northwind Supplies Ltd"""),
  i="D", a="1390.00 EUR", n="price not as quoted; amount = charged figure")

M(d="2025-11-05", fr="Jon Scaife <jon@scaifejoinery.example>", s="Re: INV-39810",
  b="""I'll pay for the timber Friday but not the £96 delivery. It turned up two days late and I had to send the lads home, cost me a day's wages.

Jon""",
  q=("gm", 3, """Hi Jon,

INV-39810 for £1,056.00 (timber £960.00, delivery £96.00) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="D", a="96.00 GBP", n="HARD: partial promise + partial dispute -> dispute, amount = contested £96")

M(d="2025-11-29", fr="Sharnie Kemp <sharnie@theflatwhiteco.example>", tz="+1100", s="Re: INV-40930",
  b="""Mate, the cups were the wrong size. We ordered 12oz and got 8oz, your courier picked them up Tuesday. Why's it still on the account?

Sharnie""",
  q=("ios", 2, """Hi Sharnie,

INV-40930 for AUD 412.00 (12oz cups and sip lids) is now overdue.

Thanks heaps,
Greenfold Packaging"""),
  cr="gf",
  i="D", n="wrong goods returned; question form but contesting")

M(d="2025-12-23", fr="Bill Hargreaves <bill@thefleeceinn.example>", s="Re: Invoice INV-42540",
  b="""The Christmas menus turned up yesterday. Yesterday! Two weeks after the date you promised. Half the Christmas parties have been and gone with us printing sheets off on the office printer. I'm not paying full whack for that.

Bill""",
  q=("gm", 1, """Dear Bill,

INV-42540 for £485.00 (Christmas menus and table cards) is due for payment.

Kind regards,
Harbour Lane Print Co"""),
  cr="hl",
  fmt="alt",
  i="D", n="late delivery, refuses full price")

M(d="2026-01-11", fr="Kieran Shaw <kieranshaw.groundworks@gmail.example>", s="Re: INV-43880",
  b="""these are the slabs as they came off the lorry on friday. 14 cracked out of 40 and thats not me being fussy, you can see the corners are gone on half of them and two are snapped clean in half. the driver wouldnt wait while we checked them, just dropped the pallet on the drive and went, and when I rang the branch on friday afternoon nobody picked up. I had the customer stood there watching and it made me look a right mug. ive had to go and buy 14 more from the builders merchant down the road at full retail to keep the job moving so im out of pocket already. not paying a penny of this till theyre replaced or credited, and I want someone to ring me not just send another email

Kieran

Sent from my iPhone""",
  att=["IMG_4410.jpg", "IMG_4411.jpg", "IMG_4413.jpg"],
  i="D", n="damaged goods, photos attached, no quote")

M(d="2026-02-06", fr="Sarah Ince <sarah@incebuild.example>", s="Re: INV-44980 - skip hire",
  b="""Hi

We didn't order the second skip. The one we booked was collected on the 28th and someone dropped another one off the same afternoon without asking. We haven't even used it. Please cancel this invoice and come and take it away.

Sarah Ince
Ince Building Services""",
  q=("gm", 2, """Dear Sarah,

INV-44980 for £265.00 (8 yard skip hire, 14 days) is now overdue.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="D", n="never ordered the second skip")

M(d="2026-02-13", fr="Ray Coulson <ray@coulsonexhausts.example>", s="Re: INV-45044",
  b="""Your lad Andy agreed a £120 credit for the damaged silencers back on the 2nd. We will NOT be paying this until that credit note arrives.

Ray Coulson""",
  q=("gm", 5, """Hi Ray,

INV-45044 for £744.00 (silencers and clamps) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="D", a="120.00 GBP", n="HARD: 'will NOT be paying until the credit note' -> dispute, not promise; amount = the £120 credit contested")

M(d="2026-03-06", fr="Amber Keogh <amber@bronzeandblush.example>", s="Re: Hosting renewal INV-45880",
  b="""You've charged me for 12 months hosting but I cancelled in January, I've got the email where Lauren confirmed it. I moved to another company.

Amber""",
  cr="bp",
  i="D", n="billed after cancellation")

M(d="2026-03-18", fr="Barry Quigley <barry@quigleyscafe.example>", s="Re: INV-46990",
  b="""Can you tell me what the £65 call-out charge is for? Your fella was here twenty minutes, didn't fix the leak under the sink, and I had to get my own plumber in the next day. I don't see why I'd pay a call-out on top of that.

Barry""",
  q=("gm", 3, """Dear Barry,

INV-46990 for £65.00 (reactive maintenance call-out, [[-20|%-d %B]]) is now overdue.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="D", a="65.00 GBP", n="HARD: opens like a question but contests the call-out (poor work) -> dispute")

M(d="2026-04-11", fr="Jack Ackroyd <jack.ackroyd@fellsidefarm.example>", s="Re: INV-47890",
  b="""You sent the ewe nuts not the lamb creep I ordered. Wrong mix entirely, I've not opened it. Come and collect it and take it off the bill.

Jack""",
  i="D", n="wrong goods delivered")

M(d="2026-05-10", fr="Accounts <accounts@redgumfreight.example>", tz="+1000", s="RE: INV-49960",
  b="""Hi,

GST has been charged twice on this one. The line items already include GST and then another 10% has been added at the bottom. Please reissue.

Thanks
Kerry
Redgum Freight Pty Ltd""",
  q=("ol", 4, """Hi Kerry,

INV-49960 for AUD 2,926.00 is now overdue.

Regards,
Northwind Supplies"""),
  i="D", n="tax charged twice -> wrong amount")

M(d="2026-05-25", fr="Carly Webster <carly@sparkleandshinecleaning.example>", s="Re: INV-50580",
  b="""The vinyls on the van are peeling off after five weeks and the phone number on the back doors is WRONG, one digit out. I've had two customers tell me they couldn't get through. I'm not paying for that.

Carly""",
  att=["IMG_5520.jpg"],
  q=("gm", 3, """Hi Carly,

INV-50580 for £395.00 (van livery, design and fitting) is now overdue.

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="D", n="poor work on van livery, photo attached")

M(d="2026-06-30", fr="Orla Brady <orla@thegreengablescafe.example>", s="Re: INV-51880",
  b="""Hi,

Just wondering - is it right that we're being charged the new prices on an order we placed in May, before the increase? I thought anything ordered before the 1st of June was at the old price. Thanks.

Orla""",
  q=("gm", 2, """Hi Orla,

INV-51880 for €528.00 is now overdue.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  fmt="html",
  i="D", n="HARD: polite 'just wondering' question that contests the price -> dispute")

M(d="2026-07-18", fr="Karl Beech <karl@beechplumbing.example>", s="Re: Statement",
  b="""I paid 52614 last week, should be with you. The other one, 52790, is for a delivery that never turned up.

Karl""",
  q=("ol", 3, """Hi Karl,

Your statement shows:

INV-52614  £284.00
INV-52790  £530.00

Total overdue £814.00.

Thanks,
Northwind Supplies Ltd"""),
  i="D", n="HARD: already_paid for one + goods not received for the other -> dispute wins")

M(d="2026-07-29", fr="Kiri <kiri@manukahair.example>", tz="+1200", s="Re: INV-53200",
  b="""not paying this, the site still doesnt work on phones and thats where all my clients book from

Sent from my iPhone""",
  cr="bp",
  i="D", n="curt refusal, poor work")

M(d="2026-08-09", fr="Euan Mackie <euan@mackiefarms.example>", s="Re: INV-53990",
  b="""Short delivered. 18 bags of fertiliser came not 24, the driver said the rest were on the next load and that never came. I'll pay for 18 when you send a corrected invoice.

Euan""",
  q=("om", 4, """Dear Euan,

INV-53990 for £1,032.00 (24 x 600kg bags fertiliser) is now overdue.

Regards,
Northwind Supplies Ltd"""),
  i="D", n="HARD: short delivery + promise conditional on corrected invoice -> dispute")

M(d="2026-08-20", fr="Denise Rourke <denise@theoldforge.example>", s="Re: INV-54420",
  b="""We never ordered these beer mats. Someone's put an order in under our name, it's not ours. We don't even use printed mats.

Denise
The Old Forge""",
  cr="hl",
  i="D", n="never ordered")

M(d="2026-09-02", fr="Dean Hollis <dean@hollisbuilders.example>", s="Re: INV-55480 skip",
  b="""hi dean here about the skip you've charged us for 14 days but we only had it a week it was picked up on the Friday I've got the photo of the empty drive so can you correct that please thanks

Sent with voice typing""",
  q=("and", 3, """Hi Dean,

INV-55480 for £310.00 (skip hire, 14 days) is now overdue.

Kind regards,
Kestrel Facilities Services"""),
  cr="ks",
  i="D", n="dictated; billed for 14 days, had it 7 -> dispute (correction request)")

M(d="2026-09-22", fr="Bec Hollander <bec@hollanderlandscapes.example>", tz="+1000", s="Re: INV-56140",
  b="""The turf arrived dead. Yellow as anything, it had obviously been sitting on a pallet in the sun for days. Photos attached. We had to bin the lot and buy from someone else.

Bec""",
  att=["IMG_8802.jpg", "IMG_8803.jpg"],
  q=("ios", 4, """Hi Bec,

INV-56140 for AUD 1,560.00 (couch turf, 200m2) is now overdue.

Thanks,
Northwind Supplies"""),
  i="D", n="dead turf, photos")

M(d="2026-10-13", fr="Jim Garside <jim@garsideextensions.example>", s="RE: INV-57240",
  b="""We paid a £500 deposit in August which isn't shown anywhere on this. The invoice should be £1,240 not £1,740.

Jim Garside""",
  q=("ol", 5, """Dear Jim,

INV-57240 for £1,740.00 (bespoke windows, balance) is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="D", a="1740.00 GBP", n="HARD: mentions paying a deposit but contests the invoice amount -> dispute; amount = charged £1,740")

M(d="2026-11-13", fr="Accounts <accounts@greystonebuild.example>", s="RE: INV-58612",
  b="""Good morning,

We dispute INV-58612. The 6 bags of cement were returned unopened on the 2nd - returns note attached, signed by your driver. Please issue a credit note.

Kind regards,

Lynne Armitage
Accounts
Greystone Build Ltd""",
  fmt="alt", att=["returns_note.pdf"],
  q=("ol", 4, """Dear Lynne,

INV-58612 for £58.20 (6 x 25kg cement) is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="D", n="returned goods billed; returns note attached")

# ---------------------------------------------------------------- already_paid
M(d="2025-01-25", fr="Mark Tully <marktully.builder@gmail.example>", s="Re: INV-42950",
  b="""paid it tuesday mate check again

Sent from my iPhone""",
  i="A", n="curt 'paid it tuesday'")

M(d="2025-02-21", fr="Jess Mancini <jess@thelittlesparrow.example>", tz="+1100", s="Re: INV-17480 overdue",
  b="""All paid! Transferred the $412 yesterday arvo, might not land till Monday with the bank being slow.

Jess x""",
  q=("ios", 2, """Hi Jess,

INV-17480 for AUD 412.00 (cups, lids and carry trays) is now overdue.

Thanks heaps,
Greenfold Packaging"""),
  cr="gf",
  i="A", a="412.00 AUD", n="Aussie cafe, transferred yesterday; 'might not land till Monday' is clearing, not a promise")

M(d="2025-03-04", fr="Margaret Hollins <hollinsfarm@btinternet.example>", s="Re: INV-22390",
  b="""Dear Sir/Madam

I do the books for my husband John. I posted a cheque for £864.20 on Friday, second class I'm afraid, so it should reach you this week.

Yours faithfully
Margaret Hollins
Hollins Farm, Ashbourne""",
  q=("om", 4, """Dear Mr Hollins,

INV-22390 for £864.20 (sheep hurdles and gates) is now overdue.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  fmt="alt",
  i="A", a="864.20 GBP", n="farmer's wife, cheque already posted")

M(d="2025-03-11", fr="Ryan Cole <ryan@colesparks.example>", s="Re: INV-23110",
  b="""Paid this morning, screenshot attached

Sent from my iPhone""",
  att=["IMG_3318.png"],
  q=("ios", 1, """Hi Ryan,

INV-23110 for £506.00 is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="A", n="screenshot of transfer attached")

M(d="2025-03-22", fr="Sid Okoro <sidsfruitandveg@gmail.example>", s="Re: INV-23640",
  b="""Gave the cash to your driver Kev on Thursday, £96, he wrote it on the docket. Ask him.""",
  q=("and", 2, """Hi Sid,

INV-23640 for £96.00 (veg boxes and paper sacks) is now overdue.

Cheers,
Greenfold Packaging"""),
  cr="gf",
  i="A", a="96.00 GBP", n="cash paid to the driver")

M(d="2025-04-07", fr="Róisín Kelleher <roisin@kellehershair.example>", tz="+0100", s="Re: INV-24880",
  b="""Hi, I paid that on Friday by card over the phone to a girl called Sinéad. She gave me a receipt number, it's on a post-it somewhere in the salon. Can you check it's gone through?

Róisín""",
  q=("ol", 3, """Hi Róisín,

INV-24880 for €210.00 (appointment cards and loyalty cards) is now overdue.

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="A", n="paid by card over the phone, asks to check it went through")

M(d="2025-04-18", fr="Accounts Payable <ap@hartwellinns.example>", s="RE: Remittance - INV-25190",
  b="""Good afternoon,

We made payment of £1,237.40 by BACS on 14 April in settlement of INV-25190. Remittance advice attached.

Could you please confirm receipt?

Kind regards,

Hartwell Inns Ltd - Accounts Payable
The Bell | The Ship | The Golden Lion
This email and any attachments are confidential and intended solely for the addressee.""",
  fmt="alt", att=["remittance.pdf"],
  q=("ol", 3, """Dear Accounts Payable,

INV-25190 for £1,237.40 (menus and signage for three sites) is now overdue.

Kind regards,
Harbour Lane Print Co"""),
  cr="hl",
  i="A", a="1237.40 GBP", n="HARD: 'please confirm receipt' of a BACS payment -> already_paid; Good Friday message")

M(d="2025-05-10", fr="Logan Pere <logan@perefencing.example>", tz="+1200", s="Re: INV-29288",
  b="""Paid Wednesday, used the invoice number as the reference. Cheers bro""",
  q=("ios", 3, """Kia ora Logan,

INV-29288 for NZD 1,370.00 (posts and battens) is now overdue.

Thanks,
Northwind Supplies"""),
  i="A", n="NZ fencer, paid Wednesday")

M(d="2025-06-03", fr="Accounts <accounts@pennineroadhaulage.example>", s="Remittance advice - Pennine Road Haulage",
  b="""Please find attached remittance advice for a payment of £3,118.00 made today by Faster Payment, covering INV-30884 and INV-31002.

Pennine Road Haulage Ltd
Accounts Department
Tel: 01422 555 630""",
  fmt="html",
  html="""<div style="font-family:Arial,sans-serif;font-size:10pt">Please find attached remittance advice for a payment of <b>£3,118.00</b> made today by Faster Payment, covering INV-30884 and INV-31002.</div><div><br></div><div style="font-family:Arial,sans-serif;font-size:9pt;color:#555">Pennine Road Haulage Ltd<br>Accounts Department<br>Tel: 01422 555 630</div>""",
  att=["remittance.pdf"], noref=1,
  i="A", a="3118.00 GBP", n="HTML-only remittance advice, payment made today")

M(d="2025-06-17", fr="Jo Marsden <jo@marsdenplumbing.example>", s="Re: INV-31420",
  b="""Hi,

I did pay this on the 9th, but I've just seen your invoices have new bank details at the bottom. I used the ones saved in my banking app from last year. Has it gone to the wrong place?

Jo""",
  q=("gm", 3, """Hi Jo,

INV-31420 for £722.00 is now overdue. Please note our bank details changed in April.

Thanks,
Northwind Supplies Ltd"""),
  i="A", n="HARD: paid to the old bank details; payment made -> already_paid despite the question")

M(d="2025-07-06", fr="Tina Birch <tinabirchcleans@outlook.example>", s="Re: INV-32880",
  b="""hi yes I paid that on Thursday by bank transfer it was £118 can you check your end please thank you

Sent via voice""",
  q=("and", 2, """Hi Tina,

INV-32880 for £118.00 is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="A", a="118.00 GBP", n="dictated, paid Thursday")

M(d="2025-08-03", fr="Wade Simmons <wade@simmonsroofing.example>", tz="+1000", s="Re: Statement July",
  b="""Mate that all went through on the 25th, one lump sum of $5,230 for the three of them. Check again.

Wade""",
  q=("ios", 2, """Hi Wade,

Your July statement shows:

INV-33020  AUD 1,890.00
INV-33166  AUD 2,140.00
INV-33410  AUD 1,200.00

Thanks,
Northwind Supplies"""),
  i="A", a="5230.00 AUD", n="HARD: one combined payment for three invoices; amount = total paid")

M(d="2025-08-27", fr="Fiona Ross <fiona@thewheelhousecafe.example>", s="Re: INV-35110",
  b="""Aye it's been paid, our Kirsty did it at the weekend. Sorry if it crossed with your email.

Fiona""",
  q=("ios", 3, """Hi Fiona,

INV-35110 for £240.00 is now overdue.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="A", n="Scots cafe, daughter paid it at the weekend")

M(d="2025-09-17", fr="Harj Sandhu <harj@sandhumotors.example>", s="Re: INV-36990",
  b="""That was paid in full last month, £1,145. You'll find it under Sandhu Motors not Sandhu Auto Centre, we changed the name on the bank account in the summer.

Harj""",
  q=("gm", 4, """Hi Harj,

INV-36990 for £1,145.00 (brake discs and pads) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  fmt="html",
  i="A", a="1145.00 GBP", n="paid under a different company name")

M(d="2025-10-20", fr="Nicky Flynn <nicky@flynnsflowers.example>", s="Re: INV-38520",
  b="""Hi, I paid £200 of it on Friday like I agreed with Tom on the phone.

Nicky""",
  q=("and", 2, """Hi Nicky,

INV-38520 for £412.00 is now overdue.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="A", a="200.00 GBP", n="HARD: part payment already made as agreed, no new commitment -> already_paid, amount paid")

M(d="2025-11-13", fr="Grant Holloway <grant@hollowayfarming.example>", tz="+1300", s="Re: INV-40280",
  b="""Paid via internet banking this morning, NZ$2,460.00, reference HOLLOWAY.

Grant Holloway
Holloway Farming, Ashburton""",
  q=("gm", 3, """Hi Grant,

INV-40280 for NZD 2,460.00 (irrigation parts) is now overdue.

Thanks,
Northwind Supplies"""),
  fmt="alt",
  i="A", a="2460.00 NZD", n="NZ farmer, internet banking this morning")

M(d="2025-12-16", fr="Lenny Price <lenny@theroyaloak.example>", s="Re: INV-41988",
  b="""That was settled last week with the card over the phone, I've got the receipt behind the bar somewhere.

Lenny
The Royal Oak""",
  q=("om", 3, """Hi Lenny,

INV-41988 for £276.00 (Christmas posters and menus) is now overdue.

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="A", n="settled by card last week")

M(d="2025-12-26", fr="Noel Geraghty <noel@geraghtyelectrical.example>", s="Re: INV-42210",
  b="""It's paid since the 19th lads, €940. Happy Christmas.""",
  i="A", a="940.00 EUR", n="Irish, Boxing Day, 'paid since the 19th'")

M(d="2026-01-15", fr="Stu Fenwick <stu.fenwick.plumbing@gmail.example>", s="Re: INV-43790",
  b="""cheque went in the post monday""",
  i="A", n="cheque posted, no quote")

M(d="2026-02-07", fr="Accounts <accounts@southerncrosscartage.example>", tz="+1100", s="Remittance - invoices 44120 and 44306",
  b="""Hi team,

Remittance attached for invoices 44120 and 44306, total AUD 6,842.50 paid on 5 Feb via EFT.

Regards
Donna
Southern Cross Cartage""",
  fmt="alt", att=["remittance.pdf"], noref=1,
  refs=["44120", "44306"],
  i="A", a="6842.50 AUD", n="Aussie remittance for two invoices; refs override (second number not caught by the pattern)")

M(d="2026-02-14", fr="Leah Brook <leah@thebrowlounge.example>", s="Re: INV-45190",
  b="""Paid it this morning before the Valentine's rush kicked off xx""",
  cr="gf",
  i="A", n="paid this morning")

M(d="2026-03-07", fr="Vinnie Carr <vinnie@carrpropertymaintenance.example>", s="Re: INV-45940",
  b="""I paid it last night - might take till Monday to show with the weekend.""",
  i="A", n="HARD: 'till Monday' is when it clears, not a promise -> already_paid")

M(d="2026-03-22", fr="Owen Pryce <pryce.tynewydd@gmail.example>", s="Re: INV-46410",
  b="""The missus paid it with the rest of the feed bills on Friday. Should be there.""",
  i="A", n="wife paid it Friday")

M(d="2026-04-14", fr="Shaun Kettle <shaun@kettlekitchens.example>", s="Re: INV-47700",
  b="""Paid this on the 2nd. Do you want me to send you a screenshot?

Shaun""",
  q=("ol", 2, """Hi Shaun,

INV-47700 for £2,206.00 (worktops and sinks) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="A", n="HARD: paid + offers screenshot (question form) -> already_paid")

M(d="2026-05-13", fr="Cathal Byrne <cathal@byrnebrickwork.example>", s="Re: INV-49310",
  b="""Hi,

I think there's been a mix-up on your side. That one was paid by the main contractor on our behalf - on the Athy job Kilbride Construction pay our materials suppliers directly and knock it off our stage payments, it's in the contract that way because the bank wanted it. They paid it on the 30th of April, I have their payment schedule here in front of me and it's listed against your company name with the invoice number.

It might have come in under their name rather than ours, so if you're searching for Byrne Brickwork you won't see it. Their accounts office is in Naas, ask for Michelle, she's very good and she'll send you the remittance if you need it.

The bricks were grand by the way, the architect was delighted with the colour match.

Cathal Byrne
Byrne Brickwork Ltd
086 555 0412""",
  q=("gm", 4, """Hi Cathal,

INV-49310 for €3,360.00 (facing bricks) is now overdue.

Regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="A", n="paid by a third party (main contractor) on their behalf")

M(d="2026-05-27", fr="Kerry Milne <kerry@milnegardenservices.example>", s="Re: INV-50422",
  b="""Hi,

Transferred yesterday, £1,065. Sorry for the delay, spring is bedlam.

Kerry""",
  fmt="html",
  i="A", a="1065.00 GBP", n="HTML-only, transferred yesterday")

M(d="2026-07-03", fr="Holly Parr <holly@parrsbakery.example>", s="Re: INV-52140",
  b="""Omg I've actually paid it twice!! Once last Friday and again on Tuesday when your reminder came through, I didn't check. Can you refund one of them? £168.

Holly""",
  q=("ios", 1, """Hi Holly,

INV-52140 (£168.00) is now overdue.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="A", a="168.00 GBP", n="HARD: paid twice and asks for a refund -> already_paid (not contesting the invoice)")

M(d="2026-07-19", fr="Colm Daly <colm.daly.farm@eircom.example>", s="Re: INV-52560",
  b="""The direct debit should have taken the €648 on the first. Check your end, it's gone out of my account.""",
  q=("om", 2, """Dear Colm,

INV-52560 for €648.00 is now overdue.

Regards,
Northwind Supplies Ltd"""),
  i="A", a="648.00 EUR", n="direct debit collected")

M(d="2026-08-02", fr="Tel Briggs <telbriggs.stall@gmail.example>", s="Re: INV-53310",
  b="""Paid ya, the 74 quid. Sorted Friday.

Sent from my iPhone""",
  cr="gf",
  i="A", a="74.00 GBP", n="curt 'paid ya', '74 quid' = GBP, 'sorted Friday' = done last Friday")

M(d="2026-08-11", fr="Marcus Hale <marcus@haletiling.example>", s="Re: INV-53690",
  b="""done, paid this morning""",
  q=("gm", 1, """Hi Marcus,

Thanks - we're still waiting for this one. You said you'd pay it last Friday:

> Marcus Hale wrote:
> sorry mate, will pay it friday

INV-53690 for £466.00.

Thanks,
Northwind Supplies Ltd"""),
  i="A", n="HARD: old promise only in the quoted history; new text says paid -> already_paid")

M(d="2026-08-21", fr="Mia Rossi <mia@thestyleloft.example>", tz="+1000", s="Re: INV-54550",
  b="""Hey, I paid that with an EFT on Tuesday, used the salon name as the reference. $178.20

Mia""",
  q=("ios", 3, """Hi Mia,

INV-54550 for AUD 178.20 (salon price lists) is now overdue.

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="A", a="178.20 AUD", n="Aussie salon EFT on Tuesday")

M(d="2026-09-09", fr="Brian Walshe <brian@walsheelectrical.example>", s="RE: INV-55770",
  b="""Hello,

Payment of €2,040.00 was made on 4 September to the account ending 4471. Please update your records.

Regards,
Brian Walshe
Walshe Electrical Contractors Ltd
Tel: 021 555 0784""",
  fmt="alt",
  q=("ol", 4, """Dear Brian,

INV-55770 for €2,040.00 is now overdue.

Regards,
Northwind Supplies Ltd"""),
  i="A", a="2040.00 EUR", n="formal, payment made 4 September")

M(d="2026-09-26", fr="Leon Hughes <leon@hughesheating.example>", s="Re: INV-56310",
  b="""Pretty sure I paid this? Yep just checked the app, went out on the 15th.

Leon
Hughes Heating & Plumbing
Gas Safe reg. 551203
Tel: 01204 555 310""",
  i="A", n="self-checks and confirms paid")

M(d="2026-10-18", fr="Gail Turner <gail@theswanatwetherby.example>", s="Re: INV-57330",
  b="""Our bookkeeper pays everything on the 1st and this was in the October batch, so it's been paid. Maybe it's been put against the wrong account?

Gail
The Swan""",
  q=("ol", 3, """Hi Gail,

INV-57330 for £212.00 (event posters) is now overdue.

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="A", n="paid in the October batch")

M(d="2026-11-17", fr="Donna Clarke <donna.clarke.cleaning@gmail.example>", s="Re: INV-58420",
  b="""Paid cash at your trade counter on Saturday, got a receipt, photo attached

Donna""",
  att=["IMG_9021.jpg"],
  q=("and", 2, """Hi Donna,

INV-58420 for £84.50 (cleaning supplies) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="A", n="cash at trade counter, receipt photo")

# ---------------------------------------------------------------- question
M(d="2025-01-28", fr="Dean Fairclough <dean@faircloughbuild.example>", s="Re: INV-43120",
  b="""which job's this for? ive got three on the go and they all get billed to different clients so I need to know which one to put it against

Dean""",
  q=("and", 2, """Hi Dean,

INV-43120 for £1,128.00 (timber, fixings and membrane) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="Q", n="asks which job the invoice belongs to")

M(d="2025-02-24", fr="Charlotte Dunne <charlotte@thehungryheron.example>", s="Re: INV-18390 overdue",
  b="""Hi, could you send us a copy of the invoice? It never came through, it's probably sitting in junk somewhere. Thanks!

Charlotte
The Hungry Heron""",
  q=("ol", 3, """Hi Charlotte,

INV-18390 for £312.40 is now overdue.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="Q", n="invoice copy request")

M(d="2025-03-05", fr="Jarrod Whelan <jarrod@whelanelectrical.example>", tz="+1100", s="Re: INV-22280",
  b="""whats your BSB and account number? lost the old invoice and the new one's got nothing at the bottom""",
  q=("ios", 2, """Hi Jarrod,

INV-22280 for AUD 734.00 is now overdue.

Thanks,
Northwind Supplies"""),
  i="Q", n="Aussie, asks BSB/account number")

M(d="2025-03-13", fr="Michael Moran <michael.moran.farm@gmail.example>", s="Re: Invoice INV-23010",
  b="""Is that price with the VAT or without? I need to know for the farm accounts before I do anything with it.

Michael""",
  q=("gm", 3, """Dear Michael,

INV-23010 for €2,480.00 (cattle crush and gates) is now overdue.

Regards,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="Q", n="asks whether VAT included, not contesting")

M(d="2025-03-25", fr="Keith Armitage <keith@armitagetiling.example>", s="Re: INV-23880",
  b="""Will pay as soon as you send me your bank details. The ones on my copy are smudged where the printer ran out, can't read the account number.

Keith""",
  q=("om", 4, """Hi Keith,

INV-23880 for £458.00 (tile adhesive and grout) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: promise conditional on receiving bank details -> question")

M(d="2025-04-08", fr="Purchasing <purchasing@redliongroup.example>", s="RE: INV-24920",
  b="""Hello,

Our head office needs a PO number on every supplier invoice before it will be released for payment. Could you let me know which PO this was raised against, or reissue it with the PO shown?

Thanks,
Nadia
Red Lion Pub Group - Purchasing""",
  fmt="alt",
  q=("ol", 3, """Dear Nadia,

INV-24920 for £1,860.00 (menus and signage, four sites) is now overdue.

Kind regards,
Harbour Lane Print Co"""),
  cr="hl",
  i="Q", n="PO number needed before payment")

M(d="2025-04-24", fr="Office <office@calderhaulage.example>", s="RE: Overdue balance",
  b="""Good morning,

Could you send a full statement of account please? We've had a change of bookkeeper and need to reconcile what's open before anything else is paid.

Kind regards,

Julie Marsh
Calder Haulage Ltd""",
  q=("ol", 5, """Dear Julie,

Your account shows an overdue balance of £4,206.00 across three invoices (INV-24310, INV-24588, INV-24702).

Kind regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="Q", n="statement request for reconciliation")

M(d="2025-05-14", fr="Tia Herewini <tia@shearbliss.example>", tz="+1200", s="Re: INV-29610",
  b="""Hi! Can I pay by credit card? And is there a surcharge if I do?

Tia""",
  q=("ios", 2, """Kia ora Tia,

INV-29610 for NZD 320.00 (website maintenance) is now overdue.

Thanks,
Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="NZ salon asks about card payment and surcharge")

M(d="2025-06-10", fr="Gareth Lowe <gareth@lowelandscapes.example>", s="Re: INV-30770",
  b="""Who do I talk to about my account? I'd rather sort it over the phone, I'm rubbish with emails. What's the best number?

Gareth
07700 900 447""",
  q=("gm", 3, """Hi Gareth,

INV-30770 for £966.00 (sleepers and gravel) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="Q", n="asks who to contact")

M(d="2025-06-19", fr="Grant Buchanan <grant@buchananplumbing.example>", s="Re: INV-31560",
  b="""Can ye resend it made out to the limited company? My accountant says it has to be in the company name, Buchanan Plumbing & Heating Ltd, not my own name, or it can't go through the books.

Cheers
Grant""",
  q=("gm", 4, """Hi Grant,

INV-31560 for £1,414.00 (cylinder and valves) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  fmt="html",
  i="Q", n="reissue to the limited company; not contesting")

M(d="2025-07-07", fr="Ade Oyelaran <ade@oyelarandecorating.example>", s="Re: INV-32420",
  b="""Not arguing with it, just need to know what the £38.50 fuel surcharge line is for so I can put it against the right job. Is it per delivery?

Ade""",
  q=("gm", 2, """Hi Ade,

INV-32420 for £506.50 is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: asks about a charge but explicitly not contesting -> question; amount null")

M(d="2025-08-09", fr="Pat Devlin <patdevlinmarkets@gmail.example>", s="Re: INV-34620",
  b="""is this the one for the bags or the boxes""",
  cr="gf",
  i="Q", n="curt, which invoice")

M(d="2025-08-28", fr="Nat Kowalski <nat@thebeanyard.example>", tz="+1000", s="Re: INV-35720",
  b="""Hey, do you have a portal or something where I can see all my invoices in one place? Trying to get my BAS done and I'm missing a couple.

Nat""",
  q=("gm", 3, """Hi Nat,

INV-35720 for AUD 488.00 is now overdue.

Thanks heaps,
Greenfold Packaging"""),
  cr="gf",
  i="Q", n="Aussie cafe asks for portal (BAS)")

M(d="2025-09-28", fr="Dennis Thornber <thornber.hillfarm@btinternet.example>", s="Re: INV-37440",
  b="""Can you post me a paper copy of this? I don't have a printer and my accountant wants everything on paper.

D. Thornber
Hill Farm, Slaidburn""",
  q=("om", 4, """Dear Mr Thornber,

INV-37440 for £722.00 (sheep feeders) is now overdue.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  fmt="alt",
  i="Q", n="paper copy request")

M(d="2025-10-23", fr="Josh Tait <josh@taitelectrical.example>", s="Re: Statement",
  b="""Whats the invoice number for the Hartley Road job? Need to put it on the payment reference or my bookkeeper goes mad""",
  q=("gm", 2, """Hi Josh,

Please find your statement attached. Total overdue: £1,906.00.

Thanks,
Northwind Supplies Ltd"""),
  i="Q", n="asks invoice number for a job; no ref in message")

M(d="2025-11-15", fr="Gloria Bennett <glorias.kitchen@outlook.example>", s="Re: INV-40210",
  b="""hi can you tell me how much is outstanding altogether I think there might be two or three invoices and I'd rather pay them all in one go thanks Gloria

Sent from my Android using voice""",
  q=("and", 2, """Hi Gloria,

INV-40210 for £186.00 is now overdue.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="Q", n="dictated, asks for total outstanding before paying")

M(d="2025-12-10", fr="Frank Maguire <frank@thedrovers.example>", s="Re: INV-41660",
  b="""Do you still take cheques? Our accountant prefers them for the audit trail.

Frank
The Drovers Inn""",
  cr="hl",
  i="Q", n="asks if cheques accepted")

M(d="2025-12-31", fr="Howard Platt <howard@plattjoinery.example>", s="Re: INV-42640",
  b="""Are you open between Christmas and new year? I want to come in and pay at the trade counter but don't want a wasted trip out.

Howard""",
  q=("om", 2, """Hi Howard,

INV-42640 for £592.00 is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: intends to pay but only asks opening hours, no commitment -> question")

M(d="2026-01-18", fr="Brendan Cullen <brendan@cullenroofing.example>", s="Re: INV-43920",
  b="""What's the IBAN? The one on the invoice looks like it's missing a couple of digits, the bank won't take it.

Brendan
Cullen Roofing
M: 087 555 0861""",
  i="Q", n="IBAN request")

M(d="2026-02-09", fr="Becky Naylor <becky@naylornails.example>", s="Re: INV-44890",
  b="""hi what's this one for? I don't remember getting anything in January, is it the hosting? sorry just trying to keep track

Becky""",
  q=("ios", 3, """Hi Becky,

INV-44890 for £60.00 is now overdue.

Thanks,
Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="HARD: asks what it is for, guesses hosting; not contesting -> question")

M(d="2026-02-16", fr="Phil Ormerod <phil@ormerodconstruction.example>", s="Re: INV-45230",
  b="""Morning,

Can you split the invoice by site? About half of that order went to Oak Lane and the rest went straight to the school job, and they're two different clients who both want to see the material costs itemised before they'll pay me for them. If it all comes through as one lump I can't recharge it properly and I end up chasing my own tail for weeks.

I've checked the delivery notes and I reckon it was:

Oak Lane - 400 blocks, 20 bags cement
School - 320 blocks, 15 bags cement, the sand

But your lads will have the proper dockets. If you could send two separate invoices with the site address on each that would be brilliant, and let me know if there's anything you need from my end to do it.

Cheers
Phil Ormerod
Ormerod Construction
Tel: 01257 555 819""",
  q=("gm", 2, """Hi Phil,

INV-45230 for £3,840.00 (blocks, cement and sand) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="Q", n="asks for invoice split by site")

M(d="2026-03-10", fr="Tom Rangi <tom@rangibuilders.example>", tz="+1300", s="Re: INV-46320",
  b="""Is GST included in that total? The quote was GST exclusive so I just want to know which one I'm paying.

Tom""",
  q=("ol", 3, """Kia ora Tom,

INV-46320 for NZD 4,140.00 (framing timber) is now overdue.

Thanks,
Northwind Supplies"""),
  i="Q", n="NZ builder asks whether GST included; not contesting")

M(d="2026-03-29", fr="Skye Anderson <skye@anderson-cleaning.example>", tz="+1100", s="Re: INV-46980",
  b="""Can you send me the invoice with your ABN on it? My bookkeeper won't process anything without one.

Skye""",
  q=("gm", 3, """Hi Skye,

INV-46980 for AUD 612.00 (cleaning chemicals) is now overdue.

Thanks,
Northwind Supplies"""),
  i="Q", n="Aussie, needs ABN on the invoice")

M(d="2026-04-16", fr="Ravi Chauhan <ravi@chauhantyres.example>", s="Re: INV-47760",
  b="""Which email should remittances go to? The last one bounced back.

Ravi""",
  i="Q", n="asks where to send remittances; does not say paid")

M(d="2026-05-17", fr="Ifan Jones <ifan.jones.caerwen@gmail.example>", s="Re: INV-49620",
  b="""Is this for the gate hinges or the whole gate order? I've had two lots from you in April and I'm not sure which one this is.""",
  i="Q", n="which order is this")

M(d="2026-06-05", fr="Accounts Payable <ap@stourvalefreight.example>", s="RE: INV-51120",
  b="""Dear Supplier,

We are unable to process invoices received by email. Please upload INV-51120 to our supplier portal using the instructions attached, quoting your supplier number SV-00418.

Regards,

Accounts Payable
Stour Vale Freight Ltd""",
  fmt="alt", att=["supplier_portal_guide.pdf"],
  q=("ol", 3, """Dear Accounts Payable,

INV-51120 for £2,750.00 is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="portal upload required")

M(d="2026-07-04", fr="Lily Evans <lily@thedaisychaincafe.example>", s="Re: INV-52210",
  b="""Hi, what are your bank details? I'll pay it Monday once I've got them.

Lily""",
  q=("ios", 2, """Hi Lily,

INV-52210 for £248.00 is now overdue.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="Q", n="HARD: promise on Monday conditional on receiving bank details -> question, no date")

M(d="2026-07-20", fr="Sean Kavanagh <sean@kavanaghsbar.example>", s="Re: INV-52900",
  b="""is this the final total or is there another one coming for the banners? want to pay it all together""",
  q=("and", 2, """Hi Sean,

INV-52900 for €640.00 (menus and posters) is now overdue.

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="Q", n="asks if another invoice is coming")

M(d="2026-08-04", fr="Aisling Ryan <aisling@theblowdrybar.example>", s="Re: INV-53520 / INV-53610",
  b="""Do you want me to pay the two together or separately? They've different job numbers on them so I wasn't sure.

Aisling""",
  q=("gm", 2, """Hi Aisling,

INV-53520 (€180.00) and INV-53610 (€95.00) are now overdue.

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  i="Q", n="asks how to pay two invoices")

M(d="2026-08-13", fr="Dom Reilly <dom@reillyplumbing.example>", s="Re: INV-53840",
  b="""Have you got the signed delivery note for this one? The lads say they don't remember signing for it. I'm not saying it didn't come, I just want to check before I pay it.

Dom""",
  q=("ol", 3, """Hi Dom,

INV-53840 for £690.00 (bath and shower tray) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: asks for proof of delivery but explicitly not contesting -> question")

M(d="2026-08-26", fr="Fleet Admin <fleet@outbackroadtrains.example>", tz="+0930", s="RE: INV-54660",
  b="""Hi,

Can you resend this with the rego numbers of the trucks on each line? Our fleet manager needs them to allocate costs.

Thanks
Tanya
Outback Road Trains, Alice Springs""",
  q=("ol", 3, """Hi Tanya,

INV-54660 for AUD 3,380.00 (tyres and fitting) is now overdue.

Regards,
Northwind Supplies"""),
  i="Q", n="Aussie haulier asks to add rego numbers")

M(d="2026-09-17", fr="Clare Whitley <clare@whitleygardens.example>", s="Re: INV-55910",
  b="""Hiya, can I get a copy of the credit note Pete mentioned on the phone? Then I'll know what's left to pay.

Clare""",
  q=("gm", 4, """Hi Clare,

INV-55910 for £528.00 is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  fmt="alt",
  i="Q", n="asks for an agreed credit note copy, not contesting")

M(d="2026-09-27", fr="Gaz <gaz.brickwork@gmail.example>", s="Re: Payment reminder",
  b="""invoice number?""",
  i="Q", n="one word, asks invoice number; no ref")

M(d="2026-10-26", fr="Rachel Dobson <rachel@dobsonsbakery.example>", s="Re: INV-57420",
  b="""Can you tell me when the early payment discount cuts off? If I pay by Friday do I still get the 2%?

Rachel""",
  q=("gm", 2, """Hi Rachel,

INV-57420 for £865.00 is due soon. Pay within 14 days of the invoice date for a 2% discount.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="Q", n="HARD: mentions paying by Friday only as a conditional question -> question, no date")

M(d="2026-11-19", fr="Nigel Pickup <nigel@pickupbuilders.example>", s="Re: INV-58710",
  b="""Hello,

Can you send me copies of all our invoices since April? The accountant is doing the year end and I can't find half of them.

Thanks
Nigel""",
  fmt="html",
  html="""<div>Hello,</div><div><br></div><div>Can you send me copies of all our invoices since April? The accountant is doing the year end and I can't find half of them.</div><div><br></div><div>Thanks<br>Nigel</div><div><br></div><div style="font-size:8pt;color:grey">Pickup Builders Ltd &middot; Registered in England &amp; Wales</div>""",
  i="Q", n="HTML-only, copies of invoices for year end")

# ---------------------------------------------------------------- ignore
M(d="2025-02-09", fr="Woody <woody.carpentry@gmail.example>", s="Re: INV-17250",
  b="""cheers got it""",
  q=("and", 1, """Hi Woody,

Please find attached INV-17250 for £356.00, due on [[+14|%-d %B]].

Thanks,
Northwind Supplies Ltd""", "INV-17250"),
  i="I", n="bare ack of a new invoice")

M(d="2025-02-26", fr="Andy Birtles <andy@birtlesplumbing.example>", s="Automatic reply: INV-18460 overdue",
  b="""Hi, I'm out on a job and probably up a loft with no signal. I'll get back to you tonight. If you've got a leak or no heating ring 07700 900 264.

Andy
Birtles Plumbing""",
  auto=1,
  i="I", rd=None, n="tradesman auto-reply, no return date")

M(d="2025-03-20", fr="Dave Hughes <davehughesroofing@outlook.example>", s="Re: INV-23480",
  b="""wrong bloke mate. I'm Dave Hughes the roofer from Wigan, not whoever ordered this. never heard of you

Sent from my iPhone""",
  q=("ios", 2, """Hi Dave,

INV-23480 for £622.00 (plasterboard and beads) is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="I", n="HARD: wrong person, no stance on the debt -> ignore (not a 'never ordered' dispute by our customer)")

M(d="2025-03-14", fr="VoiceBox <voicemail@voicebox-mail.example>", to="accounts@northwind-supplies.example", s="Fwd: New voicemail from 01632 960552",
  b="""You have a new voicemail.

From: 01632 960552 (Northwind Supplies)
Received: Friday 14 March, 10:42
Duration: 0:38

Transcription (beta):
"Hi Mick it's Sharon from Northwind Supplies calling about invoice INV-23001 which is now overdue, could you give me a call back on oh one six three two nine six oh five five two, thanks."

Listen in the VoiceBox app. Transcriptions are generated automatically and may contain errors.""",
  auto=1, noref=1,
  i="I", n="HARD: voicemail-transcription notice of our own call, forwarded by the debtor's phone system -> ignore")

M(d="2025-03-26", fr="Shaz Kelly <shaz@kellybrosconcreting.example>", tz="+1100", s="Out of Office: INV-24010",
  b="""G'day, I'm on leave till Monday 7th April. For anything urgent give Mick a bell on 0412 555 019.

Cheers, Shaz""",
  auto=1,
  i="I", rd=("md", 4, 7), n="Aussie OOO, back 7 April")

M(d="2025-04-11", fr="Business Energy Savings <offers@bizenergy-deals.example>", s="Re: Your business account",
  b="""Congratulations! Your business has been selected for a FREE energy audit worth £499.

Our advisers can cut your gas and electric bills by up to 40%. Reply YES to book your free call.

To stop receiving these emails reply STOP.""",
  noref=1,
  i="I", n="spam reply with an amount; ignore, amount null")

M(d="2025-05-01", fr="Jenny Platt <jennyp1978@hotmail.example>", s="Re: INV-28740",
  b="""Please stop emailing this address, it's my personal email not the business one.""",
  q=("gm", 2, """Hi Jenny,

INV-28740 for £184.00 is now overdue.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="I", n="HARD: 'stop emailing, personal address' with no stance on the debt -> ignore")

M(d="2025-05-18", fr="Robbo <robbo.sparks@gmail.example>", s="Re: INV-29650",
  b="""ta

Sent from my iPhone""",
  q=("ios", 1, """Hi Robbo,

INV-29650 for £248.00 is due on [[+7|%-d %B]].

Thanks,
Northwind Supplies Ltd"""),
  i="I", n="one-word ack")

M(d="2025-06-12", fr="Helen Cartwright <helen@cartwrightcafe.example>", tz="+0100", s="Automatic reply: Payment reminder INV-30620",
  b="""Thank you for your email. I'm on holiday until the 23rd of June with no access to email. Any invoices will be paid when I get back.

Helen
Cartwright's Café""",
  auto=1,
  fmt="html",
  i="I", rd=("md", 6, 23), n="HARD: out-of-office that mentions paying on return -> ignore; return_date 23 June")

M(d="2025-06-21", fr="Steve Lumb <steve@lumbjoinery.example>", to="Sandra Lumb <sandra@lumbjoinery.example>", s="Fwd: INV-31690",
  b="""Sandra - one for you, see below.

Steve""",
  q=("gm", 3, """Hi Steve,

INV-31690 for £734.00 is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="I", n="forwarded to a colleague with no stance (we were cc'd)")

M(d="2025-07-13", fr="The Red Lion <events@redlionkirkby.example>", s="🍺 Summer Beer Festival this weekend!",
  b="""Summer Beer Festival - Friday 18th to Sunday 20th July

30 real ales, live music Saturday night, hog roast from 4pm.
Families welcome until 8pm.

See you at the bar!
The Red Lion, Kirkby

Unsubscribe | Update preferences""",
  fmt="html", noref=1,
  html="""<div style="text-align:center"><h2>&#127866; Summer Beer Festival</h2><p><b>Friday 18th to Sunday 20th July</b></p><p>30 real ales, live music Saturday night, hog roast from 4pm.<br>Families welcome until 8pm.</p><p>See you at the bar!<br>The Red Lion, Kirkby</p><p style="font-size:8pt"><a href="#">Unsubscribe</a> | <a href="#">Update preferences</a></p></div>""",
  i="I", n="pub newsletter")

M(d="2025-08-13", fr="Julie Crabtree <julie@crabtreecleaning.example>", s="Re: INV-34940",
  b="""Thanks for letting me know.""",
  q=("ol", 1, """Hi Julie,

Just a heads-up that INV-34940 for £142.00 falls due on [[+5|%-d %B]].

Thanks,
Northwind Supplies Ltd"""),
  i="I", n="HARD: thank-you note, no commitment -> ignore")

M(d="2025-09-05", fr="Danny <danny.mobilevaleting@gmail.example>", s="Re: Northwind Supplies - September offers",
  b="""unsubscribe""",
  i="I", n="bare unsubscribe to a marketing mail")

M(d="2025-10-05", fr="Kahu Rewiti <kahu@rewitibuilders.example>", tz="+1300", s="Automatic reply: INV-38230",
  b="""Kia ora, I'm away tramping with no reception until Monday 13 October. For site queries call Ana on 021 555 308.

Ngā mihi, Kahu""",
  auto=1,
  i="I", rd=("md", 10, 13), n="NZ OOO, back 13 October")

M(d="2025-10-29", fr="Terry Hallam <terry@hallamfencing.example>", s="Re: INV-39040",
  b="""I'll have a look when I'm home""",
  q=("gm", 2, """Hi Terry,

INV-39040 for £518.00 is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="I", n="HARD: non-committal 'I'll have a look' -> ignore")

M(d="2025-11-20", fr="Maz <maz@mazsmotors.example>", s="Re: INV-40520",
  b="""nice one ta""",
  q=("and", 1, """Hi Maz,

Here's the corrected invoice INV-40520 as discussed, £268.00.

Thanks,
Northwind Supplies Ltd"""),
  i="I", n="ack of corrected invoice")

M(d="2025-12-18", fr="Phil & Sue <thegeorgeinn@btinternet.example>", s="Merry Christmas!",
  b="""Merry Christmas to everyone at Harbour Lane!

Just wanted to say a big thank you for all your help this year. The new menus have gone down a storm, we've had people taking photos of the cover for Instagram, and the walkers love the little map on the back. Sue says the Christmas table cards were the best we've had and she's kept a set for the scrapbook.

It's been a mad year with the kitchen refit and the new chef, but we got there. We're shut Christmas Day and Boxing Day this year for the first time in ages, so we're going to put our feet up and eat someone else's cooking for a change.

Have a lovely break and see you in the new year - we'll be in touch about the spring menu in February.

Phil & Sue
The George Inn""",
  cr="hl", noref=1,
  i="I", n="HARD: seasonal thank-you, no stance")

M(d="2026-01-04", fr="Mulligan's Bar <info@mulligansbar.example>", s="Auto: closed for holidays",
  b="""Thanks for your email. We are closed for our winter break and will reopen on Monday 12th January. Emails will be answered then.

Mulligan's Bar, Dingle""",
  auto=1,
  i="I", rd=("md", 1, 12), n="Irish pub winter closure, reopens 12 January")

M(d="2026-01-22", fr="Ciara Flanagan <ciaraflanagan84@gmail.example>", s="Re: INV-44180",
  b="""Hi, I left Burke's Bar in November so I don't deal with their accounts any more. You'd want to contact the new manager.

Ciara""",
  q=("gm", 3, """Hi Ciara,

INV-44180 for €412.00 is now overdue.

Thanks,
Harbour Lane Print Co"""),
  cr="hl",
  fmt="alt",
  i="I", n="left the company, no stance")

M(d="2026-02-10", fr="Accounts <accounts@bramhallbuilding.example>", s="RE: INV-45010",
  b="""Received, thank you.

Bramhall Building Ltd - Accounts""",
  q=("ol", 1, """Dear Accounts,

Please find attached INV-45010 for £2,160.00.

Kind regards,
Northwind Supplies Ltd""", "INV-45010"),
  fmt="alt",
  i="I", n="formal ack")

M(d="2026-02-17", fr="Kerrigan Haulage <noreply@kerriganhaulage.example>", s="Re: INV-45310",
  b="""This mailbox is not monitored. For accounts queries please call the yard on 028 9055 0147 between 8am and 4pm.""",
  auto=1,
  i="I", n="unmonitored mailbox autoreply")

M(d="2026-03-09", fr="Gary Holt <gary@holtroofing.example>", s="Gary Holt shared a document with you",
  b="""Gary Holt has shared a file with you via OneDrive.

INVOICE_PAYMENT_CONFIRMATION.pdf

Open the document below to view. You will need to sign in with your email password to verify your identity.

[Open Document]""",
  noref=1,
  i="I", n="HARD: phishing from a debtor's hacked account that mentions 'payment confirmation' -> ignore")

M(d="2026-04-03", fr="The Hair Lounge <hello@thehairlounge.example>", s="Out of Office",
  b="""Hi lovely, the salon is closed for Easter and we reopen on Tuesday 7th April. Happy Easter! x""",
  auto=1, fmt="html",
  i="I", rd=("md", 4, 7), n="salon Easter closure, HTML-only")

M(d="2026-04-19", fr="Gethin Price <gethin.price.farm@gmail.example>", s="Re: INV-48290",
  b="""Passed this on to the missus, she does the books.""",
  i="I", n="passed on to the wife, no stance")

M(d="2026-05-22", fr="Karen Firth <karen@firthflorists.example>", s="Re: INV-50160",
  b="""I'll get back to you.

K""",
  cr="gf",
  i="I", n="HARD: 'I'll get back to you' is not a promise to pay -> ignore")

M(d="2026-06-10", fr="Mail Delivery System <MAILER-DAEMON@mx.bigbarnfarm.example>", s="Undelivered Mail Returned to Sender",
  b="""This is the mail system at host mx.bigbarnfarm.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<tom@bigbarnfarm.example>: mailbox full - quota exceeded""",
  noref=1,
  i="I", n="bounce, mailbox full")

M(d="2026-07-05", fr="Bazza Flint <bazza@flintplumbing.example>", tz="+1000", s="Re: INV-52330",
  b="""Cheers for the reminder, appreciate you lot being patient with us.""",
  q=("ios", 2, """Hi Bazza,

INV-52330 for AUD 840.00 is now overdue.

Regards,
Northwind Supplies"""),
  i="I", n="HARD: thank-you note that is not a promise -> ignore")

M(d="2026-07-26", fr="Sam Walker <samwalker.retired@outlook.example>", s="Re: INV-53010",
  b="""I think you've got the wrong Sam Walker. I'm a retired teacher in Harrogate and I've never bought anything from a packaging company. Good luck finding him.""",
  q=("gm", 3, """Hi Sam,

INV-53010 for £174.00 is now overdue.

Thanks,
Greenfold Packaging"""),
  cr="gf",
  i="I", n="HARD: wrong person entirely (not our customer), no stance -> ignore")

M(d="2026-08-06", fr="Ann Rushton <rushtonfarm@btinternet.example>", s="Re: INV-53700",
  b="""John's on the combine till the end of the month and won't see his emails. I'll tell him you've been in touch.

Ann""",
  q=("gm", 2, """Dear John,

INV-53700 for £2,340.00 is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  fmt="html",
  i="I", rd=("eom",), n="HARD: wife writing a manual out-of-office for the farmer; no stance -> ignore, back end of month")

M(d="2026-08-15", fr="Jas <jas@jasfoodtruck.example>", s="Re: INV-54080",
  b="""ok ta""",
  q=("and", 1, """Hi Jas,

INV-54080 for £112.00 is due on [[+10|%-d %B]].

Thanks,
Greenfold Packaging"""),
  i="I", cr="gf", n="bare ack")

M(d="2026-08-31", fr="Hartley Garage <service@hartleygarage.example>", s="Automatic reply: INV-54990",
  b="""We're closed today for the bank holiday and back tomorrow from 8am. Breakdowns: 01632 960 778.""",
  auto=1,
  i="I", rd=("tmrw",), n="bank holiday autoreply, back tomorrow")

M(d="2026-09-18", fr="Greenways Lawn Care <news@greenwayslawncare.example>", s="Autumn lawn care - 15% off scarifying",
  b="""Autumn is the best time to get your lawn ready for next year!

Book a scarify and overseed before 31 October and get 15% off.

Greenways Lawn Care
Reply STOP to opt out""",
  fmt="alt", noref=1,
  i="I", n="landscaper's marketing newsletter; 15% not an amount")

M(d="2026-10-06", fr="Mo Rashid <mo@rashidelectrics.example>", s="Re: INV-57060",
  b="""yep got it thanks

Sent via voice from my Galaxy""",
  q=("gm", 1, """Hi Mo,

Attached is INV-57060 for £594.00, due on [[+30|%-d %B]].

Thanks,
Northwind Supplies Ltd""", "INV-57060"),
  i="I", n="dictated ack")

M(d="2026-10-30", fr="Lisa Hart <lisa@hartgroundworks.example>", s="Re: INV-57610",
  b="""Can you pick up 20 bags of postmix on the way in tomorrow and drop them at the Bramley site? Ta

Lisa""",
  q=("ol", 3, """Hi Lisa,

INV-57610 for £1,208.00 is now overdue.

Thanks,
Northwind Supplies Ltd"""),
  i="I", n="HARD: misdirected message meant for her own staff, replied on our thread -> ignore")

M(d="2026-11-25", fr="Conor Walsh <conor@walshdrainage.example>", s="Re: INV-58830",
  b="""yep seen it

Get Outlook for iOS""",
  q=("om", 1, """Hi Conor,

INV-58830 for €486.00 is due on [[+7|%-d %B]].

Regards,
Northwind Supplies Ltd"""),
  i="I", n="curt ack")

# --- END OF DATA ---

if __name__ == "__main__":
    sys.exit(main("trades"))
