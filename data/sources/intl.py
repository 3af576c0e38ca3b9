"""Hand-written labelled debtor replies, slice "intl".

Flavour: debtors for whom English is a second language, writing from many countries
(Germany, Netherlands, France, Spain, Italy, Poland, Czechia, Sweden, Turkey, India,
Pakistan, China, Japan, Korea, Brazil, Mexico, Nigeria, Egypt, UAE, Romania, Greece).
Non-native grammar and idiom, polite formulas, bilingual lines, local reply-header
styles, local date formats ("15.12.", "15/12/2025", "2025-12-15") and local amount
formats ("1.250,00 EUR", "Rs. 45,000", "R$ 3.400,00", "2.500 TL").

Every message body and every quoted reminder below was written by hand as literal
data; kit.py only packages them (see its docstring for the fields of M).

Run:  .venv/bin/python data/sources/intl.py -v
Writes data/labelled/intl/intl-NNN.eml and data/labelled/intl/labels.jsonl
"""

from __future__ import annotations

import sys

from kit import M, main

# ==========================================================================
# DATA
# ==========================================================================

# ---------------------------------------------------------------- promise_to_pay
M(d="2025-01-14", fr="Jürgen Albers <j.albers@albers-kuehltransporte.example>", s="AW: Zahlungserinnerung INV-70412",
  b="""Dear Mrs. Vogel,

sorry for the late answer, I was not in the office since the holidays. We will do the payment until Friday, the amount of 1.250,00 EUR is already released from our management.

With best regards
Jürgen Albers
Albers Kühltransporte GmbH
Tel. +49 421 5567 230""",
  cr="al",
  q=("de", 6, """Sehr geehrter Herr Albers,

bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass die Rechnung INV-70412 vom [[-40|%d.%m.%Y]] über 1.250,00 EUR noch offen ist.

Wir bitten Sie, den Betrag innerhalb der nächsten Tage zu überweisen.

Mit freundlichen Grüßen
Katrin Vogel
Buchhaltung
Alpenrose Logistik GmbH""", "Zahlungserinnerung INV-70412"),
  i="P", pd=("wd", "fri"), a="1250.00 EUR",
  n="German 'until Friday' (bis Freitag) = by Friday; amount in German format")

M(d="2025-02-05", fr="Rakesh Kumar Sharma <accounts@shreeganeshpolymers.example>", tz="+0530", s="RE: Pending invoice INV-12877",
  b="""Dear Sir/Madam,

Greetings of the day.

This is with reference to your mail regarding pending invoice INV-12877. Please note that the payment of Rs. 45,000/- has been approved by our management and same will be released on or before 15th of this month.

Inconvenience caused is deeply regretted.

Thanks & Regards,
Rakesh Kumar Sharma
Accounts Executive
Shree Ganesh Polymers Pvt. Ltd.
Mob: +91 98250 41177""",
  fmt="alt", q=("ol", 3, """Dear Mr Sharma,

We note that invoice INV-12877 for INR 45,000.00 (moulding additives, shipped [[-50|%-d %B]]) is now overdue.

We would be grateful if you could arrange payment or let us know the expected date.

Kind regards,
Accounts Receivable
Northwind Supplies Ltd"""),
  i="P", pd=("md", 2, 15), a="45000.00 INR",
  n="Indian formal English, 'on or before 15th of this month' = 15 Feb; Rs. with /-")

M(d="2025-03-27", fr="Marta Ruiz Ortega <administracion@conservasruiz.example>", tz="+0100", s="RE: Recordatorio / Reminder INV-26340",
  b="""Hola, buenos días:

Le informo que el pago se hará el próximo lunes.

Hello, I inform you that the payment will be done next Monday, 2.340,50 €. We are sorry for the delay, our bank had a problem with the new signatures.

Un saludo / Best regards
Marta Ruiz
Conservas Ruiz S.L. - Administración""",
  cr="gf",
  q=("gm", 4, """Dear Marta,

Just a reminder that invoice INV-26340 for €2,340.50 (printed tin sleeves) was due on [[-14|%-d %B]] and is still open.

Could you let us know when payment will be made?

Kind regards,
Greenfold Packaging"""),
  i="P", pd=("wd", "mon"), a="2340.50 EUR",
  n="bilingual Spanish/English; 'next Monday' on a Thursday = first Monday after")

M(d="2025-03-10", fr="Kenji Watanabe <k.watanabe@hoshino-trading.example>", tz="+0900", s="Re: Overdue invoice INV-25118",
  b="""Dear Ms. Harper,

Thank you very much for your kind reminder and we apologize deeply for the delay of our payment.

We have confirmed the invoice with our accounting section. They will remit the amount of ¥120,000 on 25th March, which is our regular payment day for overseas suppliers.

We are very sorry for the trouble and we appreciate your understanding.

Best regards,
Kenji Watanabe
Overseas Purchasing Section
Hoshino Trading Co., Ltd.
TEL: +81-3-5212-4408""",
  cr="bp",
  fmt="alt", q=("ol", 5, """Dear Kenji,

I hope you are well. Our invoice INV-25118 for ¥120,000 (brand illustration set) was due on [[-20|%-d %B]] and we have not yet received payment.

Could you please check on this for us?

Best wishes,
Emily Harper
Bright Pixel Studio"""),
  i="P", pd=("md", 3, 25), a="120000.00 JPY",
  n="Japanese polite formula; explicit date '25th March'; yen from a Japanese writer = JPY")

M(d="2025-04-24", fr="Thiago Mendes <thiago@mendesimport.example>", tz="-0300", s="Res: INV-28870 payment",
  b="""Oi Rachel, tudo bem?

Sorry for the delay, I was in São Paulo for a fair and the approvals stopped. I already asked our bank to send the international transfer tomorrow morning, R$ 3.400,00 as in the invoice.

Abraço,
Thiago Mendes
Mendes Importação Ltda.""",
  q=("and", 6, """Hi Thiago,

Just a quick follow-up on invoice INV-28870 for R$ 3,400.00. It was due on [[-15|%-d %B]].

Please let me know when we can expect payment.

Thanks,
Rachel
Northwind Supplies Ltd"""),
  i="P", pd=("tmrw",), a="3400.00 BRL",
  n="Brazilian, 'Res:' subject; transfer tomorrow; R$ with comma decimals = BRL")

M(d="2025-05-09", fr="Tomasz Wróbel <t.wrobel@wrobel-serwis.example>", s="Odp: Payment reminder INV-31452",
  b="""Good morning,

I send you the money at Monday, sorry we had problem with the bank token and I could not log in all week. 4 500,00 zł.

Pozdrawiam
Tomasz Wróbel""",
  q=("gm", 2, """Dear Tomasz,

A reminder that invoice INV-31452 for PLN 4,500.00 is now overdue. Please arrange payment at your earliest convenience.

Regards,
Northwind Supplies Ltd""", "Payment reminder INV-31452"),
  i="P", pd=("wd", "mon"), a="4500.00 PLN",
  n="Polish 'at Monday'; Friday message -> Monday 12 May; zł = PLN")

M(d="2025-05-28", fr="Sanne de Wit <administratie@dewit-bloembollen.example>", s="Antw: Herinnering factuur INV-32780",
  b="""Goedemiddag,

Excuses voor de vertraging. The invoice is approved by our director yesterday, the payment will go out on 03/06 together with our other suppliers.

Met vriendelijke groet,
Sanne de Wit
Financiële administratie
De Wit Bloembollen B.V.""",
  cr="gf",
  q=("nl", 7, """Dear Sanne,

Our records show that invoice INV-32780 (€1,864.00, bulb crates) was due on [[-21|%-d %B]].

We would appreciate it if you could arrange payment.

Kind regards,
Greenfold Packaging"""),
  i="P", pd=("md", 6, 3),
  n="HARD: ambiguous '03/06' from a Dutch writer in late May = 3 June (d/m; 6 March is long past)")

# ---------------------------------------------------------------- extension_request
M(d="2025-07-05", fr="Murat Yıldız <murat.yildiz@yildiz-lojistik.example>", tz="+0300", s="YNT: Payment reminder INV-74105",
  b="""Dear Sir,

Thank you for your mail. Because of the big currency fluctuation this month our cash situation is difficult. Is it possible to pay in two parts? First part 1.500 EUR on 15.07. and the remaining 1.740 EUR on 15.08.

We hope for your understanding, we are working with Alpenrose since 6 years and always paid.

Best regards
Murat Yıldız
Finance Manager
Yıldız Lojistik A.Ş.""",
  cr="al",
  q=("gm", 3, """Dear Mr. Yıldız,

please note that invoice INV-74105 over EUR 3,240.00 (transport Izmir - Munich) is overdue since [[-18|%d.%m.%Y]].

Kindly transfer the amount as soon as possible.

Best regards
Alpenrose Logistik GmbH
Accounting""", "Payment reminder INV-74105"),
  i="X", pd=("md", 7, 15), a="1500.00 EUR",
  n="Turkish, asks permission to split; first instalment 1.500 EUR on 15.07.")

M(d="2025-06-19", fr="Priya Venkataraman <priya.v@sriramtextiles.example>", tz="+0530", s="RE: Reminder - INV-33915 overdue",
  b="""Dear Sir,

With reference to the above, we wish to inform that due to delay in receipt of payment from our buyer in Dubai, we are facing temporary shortage of funds.

We therefore request you to kindly grant us extension of 30 days for clearing the said invoice. Kindly do the needful and oblige.

Thanking you,
Yours faithfully,
Priya Venkataraman
Manager - Accounts
Sri Ram Textiles""",
  fmt="alt", q=("ol", 4, """Dear Ms Venkataraman,

Invoice INV-33915 for USD 3,980.00 (dye auxiliaries) is now 21 days overdue.

Please let us know when payment can be expected.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="X", pd=("plus", 30),
  n="Indian 'kindly do the needful' asking for 30 days -> +30")

M(d="2025-08-15", fr="Alejandro Treviño <atrevino@trevinoaceros.example>", tz="-0600", s="RE: Overdue invoice INV-36228",
  b="""Buenas tardes,

Lamentablemente este mes no podemos pagar.

We cannot pay this month because our client in Monterrey has not paid us yet, they say it will be in September. Can we pay at the end of the next month? I promise we are not forgetting you.

Saludos cordiales,
Alejandro Treviño
Aceros Treviño S.A. de C.V.""",
  cr="mo",
  q=("gmus", 5, """Hello Alejandro,

This is a reminder that invoice INV-36228 for $2,615.00 is past due. Please remit payment at your earliest convenience.

Thank you,
Meridian Office Solutions Inc.
Billing Department"""),
  i="X", pd=("eonm",),
  n="Mexican; cannot pay this month, asks for end of next month -> 30 Sep")

M(d="2025-01-27", fr="Lily Zhang <lily.zhang@huaxin-electronics.example>", tz="+0800", s="Re: INV-11962 payment",
  b="""Dear Sophie,

Sorry for late reply because of Chinese New Year holiday is coming. Our boss ask if we can pay after the holiday, around 20th February? Now the factory is closing and finance staff not back until 10th.

Thank you for understanding and Happy New Year!

Lily""",
  q=("gm", 3, """Dear Lily,

Could you please give us an update on INV-11962 (USD 6,480.00)? It was due on [[-9|%-d %B]].

Thank you,
Sophie
Northwind Supplies Ltd"""),
  i="X", pd=("md", 2, 20),
  n="Chinese; asks to pay after the New Year holiday 'around 20th February' -> 20 Feb")

M(d="2025-09-18", fr="Nikos Papadopoulos <n.papadopoulos@aegeanfoods.example>", tz="+0300", s="RE: INV-38416 - second reminder",
  b="""Dear Madam,

We are not able to pay the full amount of € 3.800 at this moment, the summer season was not good for us with the fires on the island and the tourists cancelled.

Could we pay € 1.000 per month, starting 10 of the next month? I can sign an agreement if you want.

Kind regards,
Nikos Papadopoulos
Aegean Foods""",
  cr="gf",
  q=("ol", 2, """Dear Nikos,

This is our second reminder regarding invoice INV-38416 for €3,800.00. The invoice was due on [[-35|%-d %B]].

Please contact us to arrange payment.

Kind regards,
Greenfold Packaging"""),
  i="X", pd=("md", 10, 10), a="1000.00 EUR",
  n="HARD: Greek; instalment proposal, first € 1.000 on the 10th of next month -> 10 Oct")

M(d="2025-10-12", fr="Ahmed Fathy <a.fathy@nileequip.example>", tz="+0300", s="RE: Payment reminder",
  b="""Dear Sir,

Kindly note that we will need extra time to settle this invoice as the transfer of foreign currency out of Egypt need approval from the bank and this can take few weeks nowadays.

We kindly ask you to be patient with us until end of next month and we will inform you once the approval is received.

Best regards,
Eng. Ahmed Fathy
Nile Equipment Co.""",
  q=("om", 6, """Dear Mr Fathy,

We have not yet received payment for INV-39704 (USD 7,250.00), due on [[-20|%-d %B %Y]].

Please advise the payment date.

Regards,
Northwind Supplies Ltd""", "Payment reminder"),
  i="X", pd=("eonm",),
  n="Egyptian, Sunday is a working day; asks patience until end of next month -> 30 Nov")

# ---------------------------------------------------------------- dispute
M(d="2025-03-19", fr="Claire Marchand <compta@transports-marchand.example>", s="RE: Rappel de paiement INV-72190",
  b="""Bonjour,

Nous contestons cette facture.

We have not received the pallets 3 and 4 of the delivery from 12/03, the CMR is not signed by us and our warehouse has no trace of them. We cannot pay for goods that never arrived.

Please send us a credit note for the 2 pallets or the proof of delivery.

Cordialement,
Claire Marchand
Service comptabilité
Transports Marchand SARL""",
  cr="al",
  q=("fr", 2, """Dear Mrs Marchand,

Invoice INV-72190 over EUR 2,980.00 (groupage Lyon - Salzburg) is overdue. Please arrange the payment.

Best regards
Alpenrose Logistik GmbH
Accounting"""),
  i="D", n="French/English; pallets not delivered, CMR unsigned")

M(d="2025-05-06", fr="Giulia Bianchi <amministrazione@pastificiobianchi.example>", tz="+0200", s="R: Reminder invoice INV-31690",
  b="""Buongiorno,

the price in the invoice is not correct. In the offer you sent us in March (offerta n. 233/25) the price was 4,20 € per box, but in the invoice you charge 4,80 €.

Please send a credit note for the difference, 600 boxes x 0,60 € = 360,00 €. After this we pay the rest immediately.

Cordiali saluti
Giulia Bianchi
Pastificio Bianchi s.r.l.""",
  cr="gf",
  q=("gm", 3, """Dear Giulia,

Just a reminder that invoice INV-31690 for €2,880.00 (600 printed pasta boxes) is now overdue.

Many thanks,
Greenfold Packaging""", "Reminder invoice INV-31690"),
  i="D", a="360.00 EUR",
  n="Italian; unit price not as quoted; disputed difference 360,00 €")

M(d="2025-06-02", fr="Park Ji-hoon <jihoon.park@hanbit-marine.example>", tz="+0900", s="Re: INV-33218 overdue",
  b="""Dear Manager,

We received the shipment on 20 May but 12 cartons were damaged by water, the photo is attached. Inside the cartons the filters are wet and rusty.

We cannot accept to pay for the damaged items. Please check with your forwarder and reissue the invoice for only the good items.

Best regards,
Park Ji-hoon
Purchasing Team
Hanbit Marine Co., Ltd.""",
  att=["damaged_cartons.jpg"],
  fmt="alt", q=("ol", 4, """Dear Mr Park,

Invoice INV-33218 for USD 4,120.00 (fuel filters, 40 cartons) is now overdue. Please let us know when payment will be made.

Kind regards,
Northwind Supplies Ltd"""),
  i="D", n="Korean; water-damaged cartons, photo attached")

M(d="2025-07-25", fr="Sabine Krüger <s.krueger@krueger-moebel.example>", s="AW: Offene Posten INV-74211 / INV-74219",
  b="""Guten Tag Frau Vogel,

diese Rechnung haben wir doppelt erhalten.

INV-74211 and INV-74219 are for the same transport (Auftrag 88213, Hamburg - Linz, 18.06.). We paid INV-74211 already. Please cancel INV-74219 and send us a Storno.

Mit freundlichen Grüßen
Sabine Krüger
Krüger Möbelhandel GmbH""",
  cr="al",
  q=("de", 4, """Sehr geehrte Frau Krüger,

laut unserer Buchhaltung sind folgende Rechnungen offen:

INV-74211   1.480,00 EUR
INV-74219   1.480,00 EUR

Wir bitten um Ausgleich.

Mit freundlichen Grüßen
Katrin Vogel
Alpenrose Logistik GmbH""", "Offene Posten INV-74211 / INV-74219"),
  i="D", n="HARD: duplicate invoice for same transport; mentions the other is paid -> dispute wins")

M(d="2025-08-30", fr="Sandeep Mehta <purchase@mehtaengg.example>", tz="+0530", s="RE: Invoice INV-37302",
  b="""Dear Sir,

May we know why freight charges of Rs. 8,500 are added in the invoice when the quotation clearly mentioned prices FOR our works at Pune?

Kindly revise the invoice and share the corrected copy at the earliest.

Regards,
Sandeep Mehta
Purchase Dept.
Mehta Engineering Works""",
  fmt="alt", q=("om", 5, """Dear Sandeep,

Invoice INV-37302 for INR 1,12,500.00 is now due. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="D", a="8500.00 INR",
  n="HARD: phrased as a question ('may we know why') but contests the freight charge -> dispute")

M(d="2025-09-30", fr="Karin Lindqvist <karin@lindqvist-inredning.example>", s="SV: Påminnelse INV-38905",
  b="""Hej!

We will pay as soon as you have credited the 3 boxes that were missing in the delivery. Before that we can not pay the invoice, I told this already to your colleague on the phone.

Med vänliga hälsningar
Karin Lindqvist
Lindqvist Inredning AB""",
  cr="gf",
  q=("gm", 3, """Hi Karin,

A friendly reminder that INV-38905 for SEK 14,200.00 is overdue.

Best regards,
Greenfold Packaging""", "Påminnelse INV-38905"),
  i="D", n="HARD: Swedish; conditional promise on crediting missing boxes + 'can not pay' -> dispute")

M(d="2025-11-06", fr="Chukwuemeka Obi <emeka.obi@obipower.example>", tz="+0100", s="Re: Outstanding invoice INV-40318",
  b="""Good day Sir,

Thank you for your mail. Please be informed that we never ordered the extra 20 units of the alternator spare parts. Our purchase order was for 30 units only and that is what we confirmed with your sales man Mr. David.

The invoice is for 50 units. We are ready to pay for the 30 units we ordered, so kindly send a corrected invoice.

Best regards,
Chukwuemeka Obi
Procurement Manager
Obi Power Solutions Ltd, Lagos""",
  fmt="alt", q=("ol", 6, """Dear Mr Obi,

Invoice INV-40318 for USD 5,750.00 remains unpaid. Please arrange payment or advise if there is any issue.

Kind regards,
Northwind Supplies Ltd"""),
  i="D", n="Nigerian; quantity never ordered, willing to pay only ordered units -> dispute")

# ---------------------------------------------------------------- already_paid
M(d="2025-02-10", fr="Heike Baumann <h.baumann@baumann-spedition.example>", s="AW: 2. Mahnung INV-70880",
  b="""Hallo Frau Vogel,

die Zahlung ist bereits erfolgt.

The payment is made already since 3 days, please check your account again. Betrag: 3.415,20 EUR, Verwendungszweck INV-70880.

Gruß
Heike Baumann""",
  cr="al",
  att=["Zahlungsavis_70880.pdf"],
  q=("de", 1, """Sehr geehrte Frau Baumann,

leider konnten wir bis heute keinen Zahlungseingang für die Rechnung INV-70880 über 3.415,20 EUR feststellen.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH""", "2. Mahnung INV-70880"),
  i="A", a="3415.20 EUR",
  n="German 'made already since 3 days' = paid three days ago")

M(d="2025-02-14", fr="Vinod Pillai <vinod.pillai@keralaspices.example>", tz="+0530", s="RE: Payment reminder INV-13450",
  b="""Dear Sir,

We have already remitted USD 2,750 via SWIFT on 10-02-2025 against your invoice no. INV-13450. Please find attached swift copy for your reference.

Kindly confirm the receipt of funds at your end.

Warm regards,
Vinod Pillai
Kerala Spices Exports""",
  att=["SWIFT_copy_13450.pdf"],
  q=("ol", 2, """Dear Vinod,

Invoice INV-13450 for USD 2,750.00 is overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="A", a="2750.00 USD",
  n="Indian; remitted via SWIFT with copy + asks confirmation of receipt")

M(d="2025-03-18", fr="Petr Dvořák <dvorak@dvorak-stavby.example>", s="RE: INV-25530 reminder",
  b="""Dobrý den,

we paid this invoice on Friday 14.3., 1 180 EUR from our account in Komerční banka. Maybe it is not visible yet because it is international payment.

S pozdravem
Petr Dvořák""",
  q=("gm", 2, """Dear Mr Dvořák,

Invoice INV-25530 for €1,180.00 is still open. Could you please check?

Kind regards,
Northwind Supplies Ltd"""),
  i="A", a="1180.00 EUR",
  n="Czech; paid on Friday 14.3. with space thousands")

M(d="2025-04-10", fr="Chen Wei <chenwei@dongfang-hardware.example>", tz="+0800", s="Re: INV-28105 still open",
  b="""Hi Tom,

The payment was arranged already on 2025-04-08, USD 8,630.00, bank slip attached. Maybe need 3-5 working days to reach your account because of intermediary bank.

Best regards
Chen Wei
Dongfang Hardware Co., Ltd""",
  att=["bank_slip.jpg"],
  q=("gm", 1, """Hi Chen,

Following up on INV-28105 (USD 8,630.00). It is now 10 days overdue - can you let us know the status?

Thanks,
Tom
Northwind Supplies Ltd"""),
  i="A", a="8630.00 USD",
  n="Chinese; ISO date, bank slip attached")

M(d="2025-05-21", fr="Andreea Popescu <andreea.popescu@popescu-distributie.example>", tz="+0300", s="RE: Reminder INV-32150",
  b="""Buna ziua,

Am facut plata ieri.

We did the payment yesterday, 950 EUR, from our account at Banca Transilvania. I attach the payment order (ordin de plata).

O zi buna,
Andreea Popescu
Contabilitate""",
  att=["ordin_de_plata.pdf"],
  q=("gm", 3, """Dear Andreea,

Invoice INV-32150 for €950.00 is now overdue. Please arrange payment.

Thank you,
Northwind Supplies Ltd"""),
  i="A", a="950.00 EUR",
  n="Romanian/English; paid yesterday, payment order attached")

M(d="2025-06-11", fr="Faisal Al Mansoori <faisal@almansoori-trading.example>", tz="+0400", s="RE: INV-33402 / INV-33417",
  b="""Dear Sir,

Please note the payment of AED 18,365.00 for both invoices was transferred on Sunday through Emirates NBD.

Kindly acknowledge receipt and update your records accordingly.

Regards,
Faisal Al Mansoori
Accounts Department
Al Mansoori General Trading LLC
P.O. Box 44127, Dubai, UAE""",
  fmt="alt", q=("ol", 5, """Dear Faisal,

The following invoices are overdue:
INV-33402   AED 9,870.00
INV-33417   AED 8,495.00

Please advise the payment date.

Regards,
Northwind Supplies Ltd""", "INV-33402 / INV-33417"),
  i="A", a="18365.00 AED",
  n="UAE; one transfer for both invoices, amount = total transferred")

M(d="2025-07-08", fr="Lucía Fernández <lucia.fernandez@vinosfernandez.example>", tz="+0200", s="RE: Payment reminder INV-34880",
  b="""Good morning,

Please confirm you have received our payment of 1.980,00 € from 2nd of July. Our bank says it is executed.

Muchas gracias,
Lucía Fernández
Bodegas Fernández""",
  cr="gf",
  q=("gm", 1, """Dear Lucía,

Invoice INV-34880 for €1,980.00 remains open on our ledger. Could you please check?

Kind regards,
Greenfold Packaging"""),
  i="A", a="1980.00 EUR",
  n="HARD: 'please confirm you received our payment' -> already_paid (payment made 2 July)")

# ---------------------------------------------------------------- question
M(d="2025-01-23", fr="Markus Lehmann <m.lehmann@lehmann-agrar.example>", s="AW: Rechnung INV-69930",
  b="""Guten Tag,

could you please send us the invoice again with our USt-IdNr. on it (DE 812 345 678)? Without the VAT number our Steuerberater cannot book it and the payment is blocked.

Vielen Dank
Markus Lehmann
Lehmann Agrar GmbH & Co. KG""",
  cr="al",
  q=("de", 5, """Sehr geehrter Herr Lehmann,

anbei erhalten Sie die Rechnung INV-69930 über 860,00 EUR. Wir bitten um Zahlung innerhalb von 14 Tagen.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH""", "Rechnung INV-69930"),
  i="Q", n="German; needs corrected invoice with VAT ID, not contesting debt")

M(d="2025-03-04", fr="Anita Deshpande <anita.d@ranjanpharma.example>", tz="+0530", s="RE: INV-24705 - reminder",
  b="""Dear Sir,

Kindly share your bank details along with cancelled cheque or bank letter on your letterhead, for vendor registration in our SAP system. Without vendor code we are unable to process the payment.

Kindly do the needful at the earliest.

Regards,
Anita Deshpande
Finance & Accounts
Ranjan Pharma Pvt. Ltd.""",
  fmt="alt", q=("ol", 4, """Dear Anita,

Invoice INV-24705 for USD 1,640.00 is overdue. Please arrange payment.

Thank you,
Northwind Supplies Ltd"""),
  i="Q", n="Indian; bank letter for vendor registration ('do the needful' = please send)")

M(d="2025-04-18", fr="Yuki Tanaka <y.tanaka@sakura-design.example>", tz="+0900", s="Re: Payment reminder",
  b="""Dear Sir or Madam,

Thank you for your e-mail.

Could you kindly tell us the invoice number for this amount? We have 3 invoices from your company in our system and we cannot find which one is this.

I am sorry to trouble you.

Yuki Tanaka
Sakura Design Office""",
  cr="bp",
  q=("gm", 2, """Hello,

This is a reminder that GBP 780.00 is overdue on your account. Please arrange payment.

Best wishes,
Bright Pixel Studio""", "Payment reminder"),
  i="Q", n="Japanese; asks which invoice the amount refers to; no refs")

M(d="2025-12-11", fr="Élodie Garnier <elodie.garnier@garnier-fromages.example>", s="RE: Relevé / Statement",
  b="""Bonjour,

Pouvez-vous nous envoyer un relevé de compte ?

Could you please send us a statement of account with all open invoices? We close our year on 31/12 and we want to reconcile your account before.

Merci d'avance,
Élodie Garnier
Comptabilité fournisseurs""",
  q=("fr", 3, """Dear Élodie,

Your account with us has an overdue balance of €4,210.60. Please could you let us know when we can expect payment?

Kind regards,
Northwind Supplies Ltd""", "Statement"),
  i="Q", n="French; statement request for year-end reconciliation")

M(d="2025-05-26", fr="Fernanda Lima <fernanda@limacosmeticos.example>", tz="-0300", s="Res: Invoice INV-32410",
  b="""Hello!

Do you want the payment in USD or in BRL? Our bank asks in which currency and also the SWIFT/BIC code of your bank, in the invoice there is only the IBAN.

Obrigada,
Fernanda""",
  cr="bp",
  q=("gm", 5, """Hi Fernanda,

Just a reminder that invoice INV-32410 for USD 1,250.00 is due. Let me know if you have any questions!

Cheers,
Bright Pixel Studio"""),
  i="Q", n="Brazilian; currency and SWIFT code question")

M(d="2025-09-01", fr="Elif Demir <elif.demir@demirtekstil.example>", tz="+0300", s="YNT: Payment reminder INV-38360",
  b="""Dear Sir,

Before we pay we want to ask you something. Last week we received an e-mail from "your colleague" that your bank account is changed and we must pay to a new account in Lithuania. Is this true? It looked strange to us.

Please confirm which bank account we should use.

Best regards
Elif Demir
Demir Tekstil""",
  q=("gm", 4, """Dear Elif,

Invoice INV-38360 for €2,450.00 is now overdue. Please arrange payment at your earliest convenience.

Kind regards,
Northwind Supplies Ltd""", "Payment reminder INV-38360"),
  i="Q", n="HARD: Turkish; checks a suspicious bank-change mail before paying -> question")

M(d="2025-08-07", fr="Usman Tariq <usman.tariq@tariqsurgical.example>", tz="+0500", s="RE: Overdue INV-36410",
  b="""Dear Concern,

Please advise whether we can pay through your online portal by credit card or only by wire transfer. Also guide us about the bank charges, who will bear it?

Waiting for your kind response.

Regards,
Usman Tariq
Tariq Surgical Instruments, Sialkot""",
  q=("ol", 3, """Dear Usman,

Invoice INV-36410 for GBP 2,310.00 is now overdue. Please let us know when we can expect payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="Pakistani 'Dear Concern'; payment method and bank charges question")

# ---------------------------------------------------------------- ignore
M(d="2025-08-11", fr="Stefan Huber <s.huber@huber-holzbau.example>", s="Abwesenheitsnotiz: Zahlungserinnerung INV-75020",
  b="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22.08.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an buchhaltung@huber-holzbau.example.

Thank you for your message. I am out of office until 22 August 2025 and have no access to my e-mails. In urgent cases please contact buchhaltung@huber-holzbau.example.

Stefan Huber""",
  cr="al", auto=1,
  i="I", rd=("md", 8, 22), n="German/English OOO; 'bis einschließlich 22.08.2025' -> return_date 22 Aug (the stated until-date)")

M(d="2025-10-24", fr="Camille Rousseau <c.rousseau@rousseau-vins.example>", s="Réponse automatique : INV-39880",
  b="""Bonjour,

Je suis absente du bureau jusqu'au lundi 3 novembre inclus. Pour toute urgence, merci de contacter compta@rousseau-vins.example.

Hello,

I am out of the office, back on Monday 3rd November. For urgent matters please contact compta@rousseau-vins.example.

Camille""",
  auto=1,
  i="I", rd=("md", 11, 3), n="French/English OOO, Toussaint holiday, back 3 November")

M(d="2025-10-01", fr="Joost van Dijk <joost@vandijk-installatie.example>", tz="+0200", s="Antw: INV-39015 copy",
  b="""Dank u wel, goed ontvangen.
Thank you, well received.

Joost""",
  q=("nl", 1, """Dear Joost,

As requested, please find attached a copy of invoice INV-39015 (€735.00).

Kind regards,
Northwind Supplies Ltd""", "INV-39015 copy"),
  i="I", n="Dutch/English bare acknowledgement of a resent copy")

M(d="2025-11-15", fr="R. Subramanian <office@subramanian-associates.example>", tz="+0530", s="RE: Payment reminder INV-40577",
  b="""Dear Sir,

Your mail has been forwarded to our accounts department for necessary action.

Regards,
R. Subramanian
Office Administrator""",
  q=("gm", 1, """Dear Mr Subramanian,

A reminder that invoice INV-40577 for GBP 620.00 is overdue.

Kind regards,
Harbour Lane Print Co"""),
  cr="hl",
  i="I", n="Indian 'forwarded for necessary action' - forwarding with no stance")

M(d="2025-12-03", fr="Wang Fang <wangfang@jinlong-packaging.example>", tz="+0800", s="Re: INV-41730 resend",
  b="""Well noted with thanks.

Best regards
Wang Fang""",
  q=("gm", 1, """Dear Wang Fang,

Please find attached invoice INV-41730 again, with the corrected delivery address as you asked.

Kind regards,
Northwind Supplies Ltd""", "INV-41730 resend"),
  i="I", n="Chinese 'well noted with thanks' bare ack")

M(d="2025-09-09", fr="Feria Internacional del Embalaje <info@feria-embalaje.example>", tz="+0200", s="¡Últimos días! Registro gratuito / Free registration - EMBALA 2025",
  b="""Estimado profesional,

Quedan pocos días para registrarse gratis en EMBALA 2025, la feria internacional del embalaje (Madrid, 14-16 octubre).

Dear professional,

Only few days left to register for free to EMBALA 2025, the international packaging fair in Madrid, 14-16 October. More than 400 exhibitors from 30 countries!

Regístrese aquí / Register here: www.feria-embalaje.example/registro

Si no desea recibir más correos, haga clic aquí. / To unsubscribe click here.""",
  cr="gf", fmt="html", noref=1,
  html="""<table width="600" style="font-family:Arial"><tr><td><h2>EMBALA 2025</h2><p>Estimado profesional,</p><p>Quedan pocos días para registrarse gratis en EMBALA 2025, la feria internacional del embalaje (Madrid, 14-16 octubre).</p><hr><p>Dear professional,</p><p>Only few days left to register for free to EMBALA 2025, the international packaging fair in Madrid, 14-16 October. More than 400 exhibitors from 30 countries!</p><p><a href="https://www.feria-embalaje.example/registro">Regístrese aquí / Register here</a></p><p style="font-size:10px">Si no desea recibir más correos, haga clic aquí. / To unsubscribe click here.</p></td></tr></table>""",
  i="I", n="bilingual trade-fair newsletter")

M(d="2025-12-22", fr="Monika Schreiber <m.schreiber@schreiber-druck.example>", s="Automatische Antwort: Zahlungserinnerung INV-77310",
  b="""Sehr geehrte Damen und Herren,

unser Büro ist vom 22.12. bis 05.01. geschlossen. Zahlungen werden erst nach meiner Rückkehr bearbeitet.

Dear Sir or Madam,

our office is closed from 22 December until 5 January. Payments will be processed only after my return.

Frohe Weihnachten / Merry Christmas
Monika Schreiber
Buchhaltung, Schreiber Druck GmbH""",
  cr="al", auto=1,
  i="I", rd=("md", 1, 5), n="HARD: OOO that mentions payments will be processed after return - auto-reply, no commitment -> ignore; until 5 January -> next year")

# ================================================================ batch 2
# ---------------------------------------------------------------- promise_to_pay
M(d="2026-01-19", fr="Marco Ferri <marco@ferri-arredamenti.example>", s="R: INV-45512",
  b="""Buongiorno, pagheremo venerdì prossimo.
We pay next Friday. Grazie
Marco

Inviato da iPhone""",
  q=("ios", 3, """Dear Marco,

INV-45512 for €870.00 (display stands) is now overdue. Could you let us know when it will be paid?

Thanks,
Northwind Supplies Ltd""", "INV-45512"),
  i="P", pd=("wd", "fri"), n="Italian/English two-liner; 'next Friday' on Monday -> first Friday after")

M(d="2026-02-03", fr="Deepak Agarwal <deepak@agarwal-exim.example>", tz="+0530", s="RE: INV-47209 overdue",
  b="""Dear Sir,

Payment will be credited in your account by EOD today.

Rgds,
Deepak""",
  q=("ol", 1, """Dear Deepak,

INV-47209 for USD 1,150.00 is now 25 days overdue. Please confirm the payment date.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("today",), n="Indian 'by EOD today' = today")

M(d="2026-02-09", fr="Frank Reinholz <f.reinholz@reinholz-baustoffe.example>", s="AW: Zahlungserinnerung INV-80115",
  b="""Sehr geehrte Frau Vogel,

Sie haben Recht, wir haben die Rechnung noch nicht bezahlt. Wir überweisen am 16.02.

You are right, we did not pay the invoice yet. We will transfer on 16.02., the full 2.076,40 EUR.

Mit freundlichen Grüßen
Frank Reinholz
Reinholz Baustoffe GmbH
Industriestraße 14, 33602 Bielefeld""",
  cr="al",
  q=("de", 2, """Sehr geehrter Herr Reinholz,

unsere Rechnung INV-80115 über 2.076,40 EUR ist seit dem [[-14|%d.%m.%Y]] fällig. Bitte prüfen Sie den Vorgang.

Mit freundlichen Grüßen
Katrin Vogel
Alpenrose Logistik GmbH""", "Zahlungserinnerung INV-80115"),
  i="P", pd=("md", 2, 16), a="2076.40 EUR",
  n="HARD: negation 'did not pay yet' then firm date 16.02.; German date format")

M(d="2026-03-11", fr="Kim Soo-yeon <sooyeon.kim@daehan-cosmetic.example>", tz="+0900", s="Re: INV-49220 payment reminder",
  b="""Dear Emily,

Sorry for the late payment. Our team will send payment KRW 2,450,000 within this week.

Thank you for your patience.
Best regards,
Soo-yeon Kim""",
  cr="bp",
  q=("gm", 4, """Hi Soo-yeon,

A gentle reminder that INV-49220 for KRW 2,450,000 (packaging artwork, round 2) is overdue.

Best,
Emily
Bright Pixel Studio"""),
  i="P", pd=("eow",), a="2450000.00 KRW", n="Korean; 'within this week' on Wednesday -> Friday this week")

M(d="2026-03-30", fr="Funmilayo Adebayo <funmi.adebayo@adebayofarms.example>", tz="+0100", s="Re: Payment reminder INV-49870",
  b="""Good afternoon Ma,

Please bear with us. Our MD has approved the payment and it will hit your account latest by Thursday.

Thank you for your patience and God bless.

Funmilayo Adebayo (Mrs)
Accountant, Adebayo Farms Ltd
Ibadan, Oyo State""",
  cr="gf",
  q=("and", 3, """Dear Funmilayo,

This is a reminder that invoice INV-49870 for GBP 1,420.00 (egg trays) is overdue.

Kind regards,
Greenfold Packaging"""),
  i="P", pd=("wd", "thu"), n="Nigerian 'latest by Thursday', 'Ma'")

M(d="2026-04-08", fr="Jana Horáková <horakova@horak-pekarna.example>", s="RE: Outstanding invoices INV-50214, INV-50390",
  b="""Dobrý den,

the invoice INV-50214 we paid last week, please look again in your account. The second one INV-50390 we will pay on 20.4., when we get the money from the customer.

Děkuji
Jana Horáková""",
  cr="gf",
  q=("ol", 2, """Dear Jana,

The following invoices are now overdue:

INV-50214   EUR 640.00
INV-50390   EUR 1,125.00

Please let us know when we can expect payment.

Kind regards,
Greenfold Packaging""", "Outstanding invoices INV-50214, INV-50390"),
  i="P", pd=("md", 4, 20),
  n="HARD: Czech; one invoice already paid + promise for the other on 20.4. -> promise wins")

M(d="2026-04-14", fr="Erik Johansson <erik@johansson-marin.example>", s="SV: Påminnelse INV-50611",
  b="""Hej,

betalningen går iväg på torsdag.
The payment goes on Thursday, 8 900 kr.

/Erik

Skickat från min iPhone""",
  q=("ios", 5, """Hi Erik,

A reminder that INV-50611 for SEK 8,900.00 was due on [[-10|%-d %B]].

Thanks,
Northwind Supplies Ltd""", "Påminnelse INV-50611"),
  i="P", pd=("wd", "thu"), a="8900.00 SEK", n="Swedish/English; kr = SEK")

M(d="2026-05-04", fr="Verónica Salinas <vsalinas@salinas-grupo.example>", tz="-0600", s="RE: Past due invoice INV-52207",
  b="""Hello,

Thank you for the reminder. I confirm you that the payment will be done the 12/05 by wire transfer, our treasury department already has it programmed.

Best regards,
Verónica Salinas
Cuentas por Pagar
Grupo Salinas Distribución""",
  cr="mo",
  q=("gmus", 6, """Hello Verónica,

Invoice INV-52207 for $3,940.00 is now past due. Please remit payment at your earliest convenience.

Thank you,
Meridian Office Solutions Inc.
Billing Department"""),
  i="P", pd=("md", 5, 12),
  n="HARD: ambiguous '12/05' from a Mexican writer (d/m) in early May = 12 May, not 5 December; 'programmed' = scheduled")

M(d="2026-05-17", fr="Mahmoud Salem <m.salem@salem-contracting.example>", tz="+0300", s="RE: INV-52660 overdue",
  b="""Dear Mr. Lewis,

Good day. InshaAllah the transfer will be done on Thursday, the finance manager will sign the bank papers tomorrow.

Best regards,
Mahmoud Salem
Salem Contracting, Alexandria""",
  q=("gm", 4, """Dear Mr Salem,

INV-52660 for USD 2,870.00 is overdue. Please advise when payment will be made.

Regards,
Michael Lewis
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "thu"), n="Egyptian, Sunday working day; InshaAllah is still a firm promise")

M(d="2026-06-02", fr="Rafael Costa <rafael.costa@costa-moveis.example>", tz="-0300", s="Res: Invoice INV-53180 - reminder",
  b="""Bom dia!

Vamos pagar até o dia 10.

We will pay until the 10th, the value US$ 2.180,00. Sorry for the delay, we changed our ERP system and all payments are late this month.

Att.,
Rafael Costa
Financeiro - Costa Móveis""",
  cr="gf",
  q=("gm", 5, """Hi Rafael,

Just a reminder that invoice INV-53180 for USD 2,180.00 (furniture corner protectors) was due on [[-12|%-d %B]].

Kind regards,
Greenfold Packaging"""),
  i="P", pd=("dom", 10), a="2180.00 USD",
  n="Brazilian 'until the 10th' (até o dia 10) = by the 10th; US$ with comma decimals = USD")

# ---------------------------------------------------------------- extension_request
M(d="2026-03-03", fr="Christine Maier <c.maier@maier-fensterbau.example>", s="AW: Mahnung INV-81420",
  b="""Sehr geehrte Damen und Herren,

wir bitten um Zahlungsaufschub bis Ende März.

Could we please have time until end of March? Our biggest customer is in insolvency since February and we are waiting for the money from the insolvency administrator.

Vielen Dank für Ihr Verständnis.

Christine Maier
Geschäftsführerin
Maier Fensterbau GmbH""",
  cr="al",
  q=("de", 3, """Sehr geehrte Frau Maier,

trotz unserer Zahlungserinnerung ist die Rechnung INV-81420 über 4.318,00 EUR weiterhin offen.

Wir bitten um umgehenden Ausgleich.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH""", "Mahnung INV-81420"),
  i="X", pd=("eom",), n="German/English; Zahlungsaufschub until end of March")

M(d="2026-03-26", fr="Suresh Iyer <suresh.iyer@iyer-autocomp.example>", tz="+0530", s="RE: Outstanding payment INV-49905",
  b="""Dear Sir,

We acknowledge the outstanding of Rs. 1,80,000/- against the above invoice.

Due to year end closing and tight liquidity, we request you to kindly allow us to pay in 3 equal instalments of Rs. 60,000/- each, starting from 5th April.

Hope you will consider our request favourably.

Regards,
Suresh Iyer
Iyer Auto Components""",
  q=("gm", 3, """Dear Suresh,

Invoice INV-49905 for INR 1,80,000.00 is overdue. Please confirm the payment date.

Regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 4, 5), a="60000.00 INR",
  n="Indian lakh format; instalment plan, first Rs. 60,000 on 5th April")

M(d="2026-04-25", fr="Agnieszka Kowalczyk <agnieszka@kowalczyk-catering.example>", s="Odp: INV-51140",
  b="""Can we pay in 2 weeks? Now is difficult, sorry.

Agnieszka

Wysłane z iPhone'a""",
  q=("ios", 2, """Hi Agnieszka,

INV-51140 for €410.00 is overdue. Please pay when you can.

Thanks,
Greenfold Packaging""", "INV-51140"),
  cr="gf",
  i="X", pd=("plus", 14), n="Polish short ask 'in 2 weeks' -> +14")

M(d="2026-05-20", fr="Paolo Esposito <p.esposito@esposito-ceramiche.example>", s="R: Sollecito / Reminder INV-52801",
  b="""Dear Sirs,

I am sorry but we can not pay Friday like I wrote you before, the bank did not give us the credit line yet. Please wait until 29 of May, then we will have the money for sure.

Distinti saluti
Paolo Esposito
Esposito Ceramiche""",
  q=("gm", 2, """Dear Paolo,

Thank you for your previous message. As agreed, we look forward to receiving payment of INV-52801 (€3,150.00) this Friday.

Kind regards,
Northwind Supplies Ltd""", "Sollecito / Reminder INV-52801"),
  i="X", pd=("md", 5, 29),
  n="HARD: earlier promise withdrawn ('can not pay Friday'), asks to wait until 29 May -> extension")

M(d="2026-06-24", fr="Ayesha Siddiqui <ayesha.siddiqui@siddiqui-leather.example>", tz="+0500", s="RE: INV-54190 reminder",
  b="""Dear Sir,

Due to the new federal budget our bank has stopped all foreign remittances for this week for review.

We request you to kindly give us extension till 10th July. We are sorry for the inconvenience.

Regards,
Ayesha Siddiqui
Siddiqui Leather Works, Lahore""",
  q=("gm", 4, """Dear Ayesha,

Invoice INV-54190 for GBP 2,960.00 is now overdue. Please let us know the payment date.

Regards,
Northwind Supplies Ltd"""),
  i="X", pd=("md", 7, 10), n="Pakistani 'extension till 10th July'")

M(d="2026-07-07", fr="Liu Yang <liuyang@ruixiang-toys.example>", tz="+0800", s="Re: Payment for INV-54733",
  b="""Dear Mark,

Our customer delay the payment to us, so we need to delay your payment one month, sorry for this. Hope you can understand.

Best regards
Liu Yang""",
  q=("gm", 3, """Hi Liu,

INV-54733 for USD 5,310.00 is overdue since [[-15|%-d %B]]. Can you please update me?

Thanks,
Mark
Northwind Supplies Ltd""", "Payment for INV-54733"),
  i="X", n="Chinese; asks to delay 'one month' with no day -> null")

M(d="2026-08-05", fr="Mihai Ionescu <mihai.ionescu@ionescu-constructii.example>", tz="+0300", s="RE: INV-55902 - overdue",
  b="""Buna ziua,

Nu putem plăti acum toată suma.

We cannot pay now the full sum. Please accept that we send 500 EUR now and the rest 1.200 EUR in September, when the state pays us for the school project.

Multumesc,
Mihai Ionescu
Ionescu Construcții SRL""",
  q=("gm", 4, """Dear Mihai,

Invoice INV-55902 for €1,700.00 is now overdue. Please arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("today",), a="500.00 EUR",
  n="HARD: Romanian; asks acceptance of a split (500 EUR now, rest September) -> extension; first payment 'now' = today")

# ---------------------------------------------------------------- dispute
M(d="2026-01-16", fr="Javier Molina <jmolina@molina-frutas.example>", s="RE: Factura INV-79540",
  b="""Buenos días,

Esta factura no es correcta.

This invoice is not correct: you charge 2 hours of waiting time in Valencia (2 x 65 € = 130 €), but it was your truck that arrived late, not us. Our warehouse was open since 6:00.

Please cancel the waiting time and send a new invoice.

Saludos,
Javier Molina
Molina Frutas S.A.""",
  cr="al", tz="+0100",
  q=("gm", 3, """Dear Mr Molina,

Our invoice INV-79540 over EUR 1,845.00 (transport Valencia - Innsbruck incl. waiting time) is overdue.

Best regards
Alpenrose Logistik GmbH""", "Factura INV-79540"),
  i="D", a="130.00 EUR", n="Spanish/English; contests waiting-time charge of 130 €")

M(d="2026-02-18", fr="Pieter Bakker <p.bakker@bakker-fietsen.example>", tz="+0100", s="Antw: Betalingsherinnering INV-47840",
  b="""Goedemorgen,

Deze factuur is al gecrediteerd. This invoice was already credited by your colleague Anna in January, credit note CN-2291, because the delivery was cancelled. So we do not owe anything.

Met vriendelijke groet,
Pieter Bakker
Bakker Fietsen B.V.""",
  q=("nl", 2, """Dear Pieter,

Invoice INV-47840 for €1,320.00 is now overdue. Please arrange payment.

Kind regards,
Northwind Supplies Ltd""", "Betalingsherinnering INV-47840"),
  i="D", n="Dutch; already credited (credit note) -> dispute, not already_paid")

M(d="2026-03-16", fr="Aiko Nakamura <a.nakamura@nakamura-tea.example>", tz="+0900", s="Re: INV-48690 reminder",
  b="""Dear Sir,

Thank you for your e-mail.

Regarding this invoice, we must tell you that the printed colour of the tea boxes is different from the approved sample. The approved colour was PANTONE 286C but the boxes we received are more purple. Our customer refused to accept them.

Therefore we cannot accept this invoice until you reprint the boxes. We are sorry to say this.

Best regards,
Aiko Nakamura
Nakamura Tea Co., Ltd.""",
  cr="hl",
  att=["colour_comparison.jpg"],
  q=("gm", 5, """Dear Aiko,

A reminder that invoice INV-48690 for GBP 2,240.00 (5,000 printed tea boxes) is now overdue.

Best regards,
Harbour Lane Print Co"""),
  i="D", n="Japanese; print colour does not match approved sample -> dispute (poor work)")

M(d="2026-04-27", fr="Burak Şahin <burak.sahin@sahin-gida.example>", tz="+0300", s="YNT: Invoice INV-82055",
  b="""Hello,

Why do you charge us German VAT 19% in this invoice? We are a Turkish company and this is export transport, it must be without VAT. The VAT amount € 612,18 we will not pay.

Please correct the invoice and send again.

Regards
Burak Şahin
Şahin Gıda San. ve Tic. A.Ş.""",
  cr="al",
  q=("gm", 6, """Dear Mr Şahin,

please find attached our invoice INV-82055 over EUR 3,834.18 (net 3,222.00 + 19% VAT). Payment term 14 days.

Best regards
Alpenrose Logistik GmbH""", "Invoice INV-82055"),
  i="D", a="612.18 EUR", n="HARD: starts as a 'why' question but refuses the VAT part -> dispute; amount = contested VAT")

M(d="2026-05-12", fr="Omar Haddad <omar@haddad-pumps.example>", tz="+0400", s="RE: Statement of account",
  b="""Dear Sir,

Please check again. We returned the 4 pumps on 12/04 with your approval (RMA 5521) but the invoice INV-52190 still includes them, USD 3,360.00.

We can not pay for goods which are back in your warehouse.

Regards,
Omar Haddad
Haddad Pumps & Valves Trading LLC, Sharjah""",
  q=("ol", 3, """Dear Omar,

Please find below your statement of account.

INV-51877   USD 1,240.00
INV-52190   USD 6,720.00

Total overdue: USD 7,960.00

Regards,
Northwind Supplies Ltd""", "Statement of account"),
  i="D", a="3360.00 USD", n="UAE; returned goods still invoiced; amount = disputed part")

M(d="2026-06-15", fr="Gabriela Souza <gabriela@souzamoda.example>", tz="-0300", s="Res: INV-53650 second milestone",
  b="""Hi Emily,

I am sorry but the website you delivered has many errors. The checkout does not work with Brazilian cards and the layout on mobile is broken in the product pages. I sent the list of problems two times already.

We will not pay the second milestone until this is fixed.

Gabriela Souza
Souza Moda""",
  cr="bp",
  q=("gm", 3, """Hi Gabriela,

Hope you're well! A quick reminder that INV-53650 for USD 4,500.00 (second milestone, website build) is now due.

Best,
Emily
Bright Pixel Studio""", "INV-53650 second milestone"),
  i="D", n="HARD: Brazilian; negated conditional 'will not pay until fixed' -> dispute (poor work)")

M(d="2026-07-02", fr="Eleni Papadaki <eleni@papadaki-travel.example>", tz="+0300", s="RE: Overdue invoice INV-54512",
  b="""Hello,

I think there is a mistake. We never worked with your company and we did not order any printing. Maybe the invoice is for another Papadaki, it is a common name in Greece. Our VAT number is not the one on the invoice.

Please remove us from your list.

Eleni Papadaki
Papadaki Travel, Chania""",
  cr="hl",
  q=("gm", 4, """Dear Ms Papadaki,

Invoice INV-54512 for €690.00 (brochures) is now overdue. Please arrange payment.

Kind regards,
Harbour Lane Print Co"""),
  i="D", n="Greek; never ordered / wrong customer -> dispute")

# ---------------------------------------------------------------- already_paid
M(d="2026-01-15", fr="Ruud Jansen <r.jansen@jansen-bouw.example>", s="Antw: INV-45160 openstaand",
  b="""Hallo,

Deze factuur is al betaald op 12-01-2026. Already paid on 12 January, see the attachment.

Groet,
Ruud Jansen

Verzonden vanaf mijn iPhone""",
  att=["betalingsbewijs.pdf"],
  q=("nl", 1, """Dear Ruud,

Invoice INV-45160 for €560.00 is still open on our side. Could you please check?

Kind regards,
Northwind Supplies Ltd""", "INV-45160 openstaand"),
  i="A", n="Dutch/English; paid 12-01-2026 with proof attached; no amount stated")

M(d="2026-02-27", fr="Hiroshi Sato <h.sato@sato-machinery.example>", tz="+0900", s="Re: Invoice INV-47915",
  b="""Dear Sir,

We have completed the remittance of USD 4,380.00 today. Please kindly confirm upon receipt.

Best regards,
Hiroshi Sato
Accounting Department
Sato Machinery Co., Ltd.""",
  fmt="alt", q=("ol", 3, """Dear Mr Sato,

Invoice INV-47915 for USD 4,380.00 is overdue since [[-8|%-d %B]]. Please arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", a="4380.00 USD", n="Japanese; 'completed the remittance today' = already paid")

M(d="2026-03-07", fr="Bilal Chaudhry <bilal@chaudhry-sports.example>", tz="+0500", s="RE: INV-48440 payment",
  b="""Dear Sir,

Payment has been made through HBL on 02-03-2026. TT copy enclosed for your record.

Regards,
Bilal Chaudhry
Chaudhry Sports, Sialkot""",
  att=["TT_copy_INV48440.pdf"],
  q=("gm", 2, """Dear Bilal,

We have not yet received payment for INV-48440 (GBP 1,875.00). Please advise.

Kind regards,
Northwind Supplies Ltd""", "INV-48440 payment"),
  i="A", n="Pakistani; TT copy; date 02-03-2026 (d-m) irrelevant for label")

M(d="2026-04-09", fr="Ifeanyi Okonkwo <ifeanyi@okonkwo-pharma.example>", tz="+0100", s="Re: INV-50115 - reminder",
  b="""Dear Sir,

We paid USD 3,200 on Monday through Zenith Bank. Please note that the intermediary bank deducted their charges, so you may receive a little less than the invoice amount. Kindly advise if there is any shortfall.

Thank you.

Ifeanyi Okonkwo
Head of Finance, Okonkwo Pharmaceuticals Ltd""",
  q=("om", 3, """Dear Ifeanyi,

Invoice INV-50115 for USD 3,200.00 is now overdue. Please arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", a="3200.00 USD", n="HARD: Nigerian; paid on Monday, warns of bank charges and asks about shortfall -> still already_paid")

M(d="2026-04-13", fr="Nathalie Lefèvre <n.lefevre@lefevre-optique.example>", s="RE: Rappel INV-50560",
  b="""Bonjour, c'est réglé depuis le 2 avril.
Paid on 2nd April.
Cordialement,
N. Lefèvre""",
  q=("fr", 1, """Dear Nathalie,

Invoice INV-50560 for €318.00 is overdue. Could you check please?

Kind regards,
Northwind Supplies Ltd""", "Rappel INV-50560"),
  i="A", n="French/English short; 'réglé' = settled")

M(d="2026-05-27", fr="Lee Min-jung <minjung@lumiere-studio.example>", tz="+0900", s="Re: INV-52530",
  b="""Hello Emily,

We already paid through PayPal last Friday, transaction ID 7XK39201LM445120B. Maybe it went to your other PayPal account? Please check.

Thank you!
Min-jung""",
  cr="bp",
  q=("gm", 2, """Hi Min-jung,

Just a reminder that INV-52530 for USD 960.00 is still outstanding.

Cheers,
Emily
Bright Pixel Studio"""),
  i="A", n="Korean; paid via PayPal, transaction ID not an invoice ref")

M(d="2026-06-23", fr="Francesca Greco <f.greco@greco-vini.example>", s="R: Promemoria INV-53890",
  b="""Buonasera,

il bonifico è partito ieri.

The bank transfer left yesterday, € 1.245,60, CRO 0306912345678. You should see it in 1-2 days.

Saluti
Francesca Greco
Cantina Greco""",
  cr="gf",
  q=("gm", 2, """Dear Francesca,

INV-53890 for €1,245.60 (wine shipping boxes) is now overdue. Please arrange payment.

Kind regards,
Greenfold Packaging""", "Promemoria INV-53890"),
  i="A", a="1245.60 EUR", n="Italian; 'bonifico partito ieri', CRO reference not an invoice ref")

# ---------------------------------------------------------------- question
M(d="2026-01-28", fr="Rodrigo Herrera <rherrera@herrera-logistica.example>", tz="-0600", s="RE: Invoice INV-46302",
  b="""Hello,

To make the payment without the 25% withholding tax we need your certificado de residencia fiscal (Form 6166 from the IRS). Can you send it to us? Without it our accountant must retain the tax.

Thank you,
Rodrigo Herrera
Herrera Logística, Guadalajara""",
  cr="mo",
  q=("gmus", 4, """Hello Rodrigo,

Invoice INV-46302 for $6,200.00 is due on [[+2|%B %-d]]. Please remit payment by the due date.

Thank you,
Meridian Office Solutions Inc."""),
  i="Q", n="Mexican; asks for US tax residence certificate before paying -> question (tax form)")

M(d="2026-02-13", fr="Lukáš Novotný <novotny@novotny-elektro.example>", s="RE: INV-47490",
  b="""Hello,

please, what is the variable symbol for the payment? In Czech we always need it. Is it the invoice number without INV?

Thank you
Lukáš Novotný""",
  q=("gm", 2, """Dear Lukáš,

Invoice INV-47490 for €780.00 is now due. Please arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="Czech; payment reference (variabilní symbol) question")

M(d="2026-03-09", fr="Zhou Ming <zhouming@tianhe-valves.example>", tz="+0800", s="Re: INV-48600 overdue",
  b="""Dear Sarah,

Our bank need the invoice with your company stamp and signature for foreign exchange declaration. The PDF invoice has no stamp. Could you send one with stamp please? Then we can pay.

Thanks
Zhou Ming""",
  q=("ol", 3, """Dear Zhou Ming,

INV-48600 for USD 12,450.00 is overdue. Please let us know when payment will be made.

Best regards,
Sarah
Northwind Supplies Ltd"""),
  i="Q", n="Chinese; stamped invoice needed for FX declaration -> question")

M(d="2026-04-02", fr="Kavita Reddy <kavita.reddy@reddy-infra.example>", tz="+0530", s="RE: INV-49980 reminder",
  b="""Dear Sir,

We will release the payment immediately once you share the tax invoice with our correct GSTIN (36AABCR1234F1Z5). The invoice received has the GSTIN of our Mumbai office and our auditor will not accept it.

Regards,
Kavita Reddy
Accounts Payable, Reddy Infra Projects Ltd.""",
  fmt="alt", q=("ol", 4, """Dear Kavita,

Invoice INV-49980 for USD 2,640.00 is overdue. Please arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: promise conditional on receiving a corrected tax invoice (document) -> question, not promise")

M(d="2026-05-05", fr="Thomas Brenner <t.brenner@brenner-landtechnik.example>", s="AW: Zahlungserinnerung INV-83170",
  b="""Guten Tag,

ist diese Rechnung wirklich schon fällig? In unserem Rahmenvertrag haben wir 60 Tage Zahlungsziel, nicht 30. The invoice date is 20.03., so for us the due date is in May.

Können Sie das bitte prüfen? Can you please check?

Freundliche Grüße
Thomas Brenner""",
  cr="al",
  q=("de", 2, """Sehr geehrter Herr Brenner,

die Rechnung INV-83170 über 1.960,00 EUR war am 19.04. fällig. Bitte überweisen Sie den Betrag.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH""", "Zahlungserinnerung INV-83170"),
  i="Q", n="HARD: asks whether it is due under 60-day terms; asks to check, not contesting the debt -> question")

M(d="2026-06-10", fr="Sofia Bergström <sofia.bergstrom@bergstrom-bygg.example>", s="SV: INV-53420",
  b="""Hi,

We use Pagero for all supplier invoices since this year. Could you send the invoice through Pagero, or who should I contact at your side to register? We can not pay invoices that are only sent by e-mail.

Tack på förhand,
Sofia Bergström
Ekonomi, Bergström Bygg AB""",
  q=("gm", 6, """Hi Sofia,

A reminder that INV-53420 for SEK 23,750.00 is now overdue.

Kind regards,
Northwind Supplies Ltd""", "INV-53420"),
  i="Q", n="Swedish; e-invoicing portal / who to contact -> question")

M(d="2026-07-14", fr="Selin Aydın <selin.aydin@aydin-otomotiv.example>", tz="+0300", s="YNT: INV-55140",
  b="""Merhaba,

Can you send us the original invoice by post with wet signature? The customs office does not accept the PDF for the import declaration. Please tell me also which address you will send, so I can follow.

Teşekkürler,
Selin Aydın""",
  q=("gm", 3, """Dear Selin,

Please note INV-55140 for €2,080.00 is due next week.

Kind regards,
Northwind Supplies Ltd""", "INV-55140"),
  i="Q", n="Turkish; original signed invoice for customs")

# ---------------------------------------------------------------- ignore
M(d="2026-08-03", fr="Laura Gómez <lgomez@gomez-textil.example>", s="Respuesta automática: INV-55870",
  b="""Estaré fuera de la oficina hasta el 18 de agosto. Para asuntos urgentes, contacte con administracion@gomez-textil.example.

I will be out of the office until 18th August. For urgent matters please contact administracion@gomez-textil.example.

Laura Gómez""",
  auto=1, tz="+0200",
  i="I", rd=("md", 8, 18), n="Spanish/English OOO until 18 August")

M(d="2026-04-30", fr="Matsumoto Industries <info@matsumoto-ind.example>", tz="+0900", s="Auto reply: Golden Week holidays",
  b="""Thank you for your e-mail.

Our office will be closed from April 29 to May 6 for the Golden Week holidays. We will reply to your e-mail after May 7.

Matsumoto Industries Co., Ltd.""",
  auto=1,
  i="I", rd=("md", 5, 7), n="Japanese Golden Week auto-reply; return 7 May")

M(d="2026-02-24", fr="Piotr Zając <piotr.zajac@zajac-transport.example>", s="Odp: INV-47930 copy",
  b="""Dziękuję, przyjąłem do wiadomości.
Thank you, noted.""",
  q=("gm", 1, """Dear Piotr,

As requested please find INV-47930 attached once more.

Kind regards,
Northwind Supplies Ltd""", "INV-47930 copy"),
  i="I", n="Polish/English bare ack")

M(d="2026-03-21", fr="Hakan Çelik <hakan@celik-insaat.example>", tz="+0300", s="YNT: INV-48975",
  b="""Sayın ilgili,

bu maili muhasebe bölümüne ilettim.

I forwarded this mail to our accounting department, they will contact you.

Hakan Çelik
Satın Alma""",
  q=("gm", 1, """Dear Mr Çelik,

A reminder that INV-48975 for €1,430.00 is overdue.

Kind regards,
Northwind Supplies Ltd""", "INV-48975"),
  i="I", n="Turkish/English forward to accounting, no stance")

M(d="2026-05-29", fr="Wolfgang Maurer <w.maurer@maurer-elektro.example>", s="AW: Fälligkeit INV-84020",
  b="""Vielen Dank für die Erinnerung und schönes Wochenende!

W. Maurer""",
  cr="al",
  q=("de", 1, """Sehr geehrter Herr Maurer,

wir möchten Sie daran erinnern, dass die Rechnung INV-84020 über 745,00 EUR am [[+5|%d.%m.%Y]] fällig wird.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH""", "Fälligkeit INV-84020"),
  i="I", n="HARD: German thank-you for a pre-due reminder, no commitment -> ignore")

M(d="2026-06-12", fr="Choi Hyun-woo <hw.choi@choi-precision.example>", tz="+0900", s="Re: Confirmation INV-53770",
  b="""Thank you Mr. Lewis, have a nice weekend.

Choi""",
  q=("gm", 1, """Dear Mr Choi,

Thank you for confirming that INV-53770 (USD 2,300.00) will be paid on 15 June. We have noted this on your account.

Kind regards,
Michael Lewis
Northwind Supplies Ltd""", "Confirmation INV-53770"),
  i="I", n="HARD: the promise (15 June) is only in our quoted message; new text is a thank-you -> ignore")

M(d="2026-05-26", fr="Al Noor Building Materials <info@alnoor-bm.example>", tz="+0400", s="Automatic reply: INV-52940",
  b="""عيد أضحى مبارك

Eid Al Adha Mubarak! Please note our offices are closed for the Eid Al Adha holidays from 26 May to 30 May 2026. We will resume work on Monday 1 June 2026.

Al Noor Building Materials LLC, Abu Dhabi""",
  auto=1,
  i="I", rd=("md", 6, 1), n="UAE Eid holiday auto-reply, Arabic greeting; resume 1 June")

# ================================================================ batch 3
# ---------------------------------------------------------------- promise_to_pay
M(d="2026-09-22", fr="Reto Baumgartner <r.baumgartner@baumgartner-kaese.example>", s="AW: Zahlungserinnerung INV-86240",
  b="""Grüezi Frau Vogel

Entschuldigung, die Rechnung ist bei uns untergegangen. Wir zahlen die 1'250.00 CHF am 30. September mit dem nächsten Zahlungslauf.

Sorry, the invoice was lost on our side. We pay the 1'250.00 CHF on 30 September.

Freundliche Grüsse
Reto Baumgartner
Baumgartner Käserei AG
Tel: +41 71 455 12 80""",
  cr="al",
  q=("de", 4, """Sehr geehrter Herr Baumgartner,

die Rechnung INV-86240 über CHF 1'250.00 ist seit dem [[-16|%d.%m.%Y]] fällig.

Mit freundlichen Grüßen
Katrin Vogel
Alpenrose Logistik GmbH""", "Zahlungserinnerung INV-86240"),
  i="P", pd=("md", 9, 30), a="1250.00 CHF",
  n="Swiss German/English; apostrophe thousands 1'250.00 CHF; explicit date 30 September")

M(d="2026-10-15", fr="Huang Jie <huangjie@hengtai-paper.example>", tz="+0800", s="Re: INV-88115 RMB payment",
  b="""Dear Sarah,

Sorry for delay, our finance was on National Day holiday. We will pay ¥8,600 tomorrow by bank transfer to your China account.

Best regards
Huang Jie""",
  q=("gm", 5, """Dear Huang Jie,

INV-88115 for CNY 8,600.00 is now overdue. Please arrange payment to our account at Bank of China, Shanghai branch.

Best regards,
Sarah
Northwind Supplies Ltd""", "INV-88115 RMB payment"),
  i="P", pd=("tmrw",), a="8600.00 CNY",
  n="HARD: '¥' from a Chinese writer for an RMB invoice = CNY, not JPY")

M(d="2026-10-07", fr="Sylvie Bonnet <s.bonnet@bonnet-menuiserie.example>", s="RE: Relance facture INV-87620",
  b="""Madame, Monsieur,

Suite à votre relance, nous vous confirmons que nous procéderons au virement de EUR 3 480,00 le 15/10/2026.

Following your reminder, we confirm that we will make the transfer of EUR 3 480,00 on 15/10/2026.

Nous vous prions d'agréer nos salutations distinguées.

Sylvie Bonnet
Service comptabilité
Menuiserie Bonnet & Fils
Tél. : +33 4 76 22 18 90""",
  cs="iso-8859-15", cte="qp",
  fmt="alt", q=("fr", 3, """Dear Madam, Sir,

Invoice INV-87620 for €3,480.00 (hardware fittings) was due on [[-12|%-d %B %Y]] and remains unpaid.

Kind regards,
Northwind Supplies Ltd""", "Relance facture INV-87620"),
  i="P", pd=("md", 10, 15), a="3480.00 EUR",
  n="French formal bilingual; 'EUR 3 480,00' and dd/mm/yyyy; iso-8859-15 charset")

M(d="2026-09-04", fr="Zeynep Arslan <zeynep@arslan-kafe.example>", tz="+0300", s="YNT: Fatura / Invoice INV-85710",
  b="""Merhaba Emily,

yarın 2.500 TL göndereceğim.

I will send tomorrow 2.500 TL and the other 2.500 TL in the beginning of next month, because the summer season finished and it is quiet now.

Sevgiler,
Zeynep""",
  cr="bp",
  q=("and", 6, """Hi Zeynep,

Just a reminder that INV-85710 for TRY 5,000.00 (menu and logo design) is now overdue.

Best,
Emily
Bright Pixel Studio""", "Fatura / Invoice INV-85710"),
  i="P", pd=("tmrw",), a="2500.00 TRY",
  n="HARD: Turkish split stated not asked; first 2.500 TL tomorrow -> promise, amount = first part")

M(d="2025-11-22", fr="Arvind Nair <arvind.nair@nair-chemicals.example>", tz="+0530", s="RE: INV-40690 - 2nd reminder",
  b="""Dear Sir,

Good morning. The payment of USD 1,980 is under process with our bank and the amount will be debited on Monday. Will share the SWIFT copy once done.

Regards,
Arvind Nair
Nair Chemicals Pvt. Ltd.""",
  q=("ol", 2, """Dear Arvind,

This is our second reminder for invoice INV-40690 (USD 1,980.00). Please arrange payment.

Regards,
Credit Control
Northwind Supplies Ltd"""),
  cr="nwc",
  i="P", pd=("wd", "mon"), a="1980.00 USD",
  n="Indian Saturday mail; 'under process, will be debited on Monday' -> promise Monday")

M(d="2025-12-01", fr="Giorgos Karras <g.karras@karras-marble.example>", tz="+0200", s="RE: INV-41388",
  b="""Θα πληρώσουμε την Τετάρτη.
We will pay on Wednesday.

Giorgos""",
  q=("ios", 3, """Dear Giorgos,

INV-41388 for €2,115.00 is overdue. Please let us know the payment date.

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("wd", "wed"), n="Greek/English one-liner")

M(d="2025-11-19", fr="Ralf Schuster <r.schuster@schuster-landmaschinen.example>", s="AW: Zahlungserinnerung INV-76880",
  b="""Guten Tag Frau Vogel,

die Überweisung ist für den 28.11. terminiert.
The transfer is scheduled for 28.11.

Mit freundlichen Grüßen
Ralf Schuster""",
  cr="al", fmt="html",
  html="""<div style="font-family:Calibri,sans-serif;font-size:11pt">Guten Tag Frau Vogel,<br><br>die Überweisung ist für den <b>28.11.</b> terminiert.<br>The transfer is scheduled for 28.11.<br><br>Mit freundlichen Grüßen<br>Ralf Schuster<br><span style="color:#1f497d;font-size:9pt">Schuster Landmaschinen GmbH &amp; Co. KG | Hauptstraße 3 | 74523 Schwäbisch Hall</span></div>""",
  q=("ol", 2, """Sehr geehrter Herr Schuster,

die Rechnung INV-76880 über 2.940,00 EUR ist überfällig. Wir bitten um Zahlung.

Mit freundlichen Grüßen
Katrin Vogel
Alpenrose Logistik GmbH""", "Zahlungserinnerung INV-76880"),
  i="P", pd=("md", 11, 28), n="German HTML-only (Outlook); 'terminiert für den 28.11.' = scheduled")

M(d="2025-10-20", fr="Mayumi Kobayashi <m.kobayashi@kobayashi-foods.example>", tz="+0900", s="Re: Payment reminder INV-39512",
  b="""Dear Ms. Harper,

Thank you for your reminder. We are sorry, we mistook the payment schedule.

We will pay at the end of this month, on 30th October, which is our fixed payment day.

Best regards,
Mayumi Kobayashi""",
  cr="bp", fmt="alt",
  q=("gm", 2, """Dear Mayumi,

Invoice INV-39512 for ¥86,000 (label design) was due on [[-6|%-d %B]]. Could you please check?

Best wishes,
Emily Harper
Bright Pixel Studio"""),
  i="P", pd=("md", 10, 30),
  n="HARD: 'end of this month, on 30th October' - the explicit 30th, not 31 Oct")

# ---------------------------------------------------------------- extension_request
M(d="2025-10-17", fr="Martin Procházka <prochazka@prochazka-kovo.example>", s="RE: INV-39306 - upomínka",
  b="""Dobrý den,

prosím o odklad splatnosti.

Could we pay the invoice in 3 parts, each 12 400 Kč? First part on 25.10., then 25.11. and 25.12. The year is very hard for metal industry.

Děkuji za pochopení
Martin Procházka
Procházka Kovo s.r.o.""",
  cs="windows-1250",
  q=("gm", 4, """Dear Mr Procházka,

Invoice INV-39306 for CZK 37,200.00 is now overdue. Please arrange payment.

Kind regards,
Northwind Supplies Ltd""", "INV-39306 - upomínka"),
  i="X", pd=("md", 10, 25), a="12400.00 CZK",
  n="Czech; 3 instalments of 12 400 Kč from 25.10.; windows-1250 charset")

M(d="2025-10-09", fr="Tunde Bakare <tunde.bakare@bakare-foods.example>", tz="+0100", s="Re: Overdue INV-39140",
  b="""Good morning Sir,

Kindly give us till the end of the month. The naira is very unstable and we are still sourcing the dollars from our bank.

We value the relationship.

Tunde Bakare""",
  q=("gm", 3, """Dear Tunde,

Invoice INV-39140 for USD 2,480.00 is overdue. Please confirm when payment will be made.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("eom",), n="Nigerian 'kindly give us till the end of the month'")

M(d="2025-11-14", fr="Rajesh Gupta <rajesh@gupta-handicrafts.example>", tz="+0530", s="RE: INV-40122 pending",
  b="""Respected Sir,

We request you to kindly hold the payment for some days as our export incentive and GST refund is pending with the department. As soon as it is received we will clear your dues on priority.

Regards,
Rajesh Gupta""",
  q=("gm", 5, """Dear Rajesh,

INV-40122 for GBP 1,340.00 remains unpaid. Please let us know the payment date.

Kind regards,
Harbour Lane Print Co"""),
  cr="hl",
  i="X", n="Indian 'hold the payment for some days' = asks more time; no date")

M(d="2025-12-13", fr="Juliana Ribeiro <juliana@ribeiro-doces.example>", tz="-0300", s="Res: INV-41915",
  b="""Oi!

Podemos parcelar? Can we do in 3x? R$ 1.500,00 per month. December is very expensive for us with the 13º salary of the employees.

Beijos
Juliana

Enviado do meu iPhone""",
  cr="gf",
  q=("ios", 4, """Hi Juliana,

INV-41915 for BRL 4,500.00 (gift boxes) is overdue. Could you let us know when you will pay?

Thanks,
Greenfold Packaging"""),
  i="X", a="1500.00 BRL",
  n="HARD: Brazilian 'em 3x' instalment ask without start date -> date null, amount = instalment")

M(d="2026-09-10", fr="Jung Da-eun <daeun.jung@seoulstitch.example>", tz="+0900", s="Re: INV-86018",
  b="""Dear Emily,

I am very sorry. Could you please wait until next Wednesday? Our CEO is on business trip and only he can approve foreign payments.

Thank you so much.
Da-eun""",
  cr="bp",
  q=("gm", 2, """Hi Da-eun,

INV-86018 for USD 1,850.00 is now overdue. Could you arrange payment this week?

Thanks!
Emily
Bright Pixel Studio"""),
  i="X", pd=("wd", "wed"), n="Korean; asks to wait until next Wednesday")

M(d="2026-10-21", fr="Hélène Martin <helene.martin@martin-paysage.example>", s="RE: INV-88630",
  b="""Bonjour,

Nous ne pourrons pas payer avant le 15 novembre, désolée.

We cannot pay before 15 November, sorry, we are waiting for the payment of the town hall for the park works. Is it possible for you?

Bien cordialement,
Hélène Martin
Martin Paysage SAS""",
  cr="ks",
  q=("fr", 3, """Dear Hélène,

Invoice INV-88630 for €2,760.00 (grounds maintenance, September) is overdue.

Kind regards,
Kestrel Facilities Services"""),
  i="X", pd=("md", 11, 15),
  n="HARD: 'cannot pay before 15 November, is it possible?' -> extension to 15 Nov")

M(d="2026-11-26", fr="Carlos Navarro <cnavarro@navarro-reformas.example>", s="RE: Segundo aviso INV-90412",
  b="""Hola,

we need more time, the bank refused our loan this month. Please give us until 15/12/2026, then I pay everything, 2.870 €.

Lo siento mucho.
Carlos Navarro""",
  tz="+0100",
  q=("gm", 2, """Dear Carlos,

This is our second reminder for INV-90412 (€2,870.00). Please arrange payment.

Kind regards,
Northwind Supplies Ltd""", "Segundo aviso INV-90412"),
  i="X", pd=("md", 12, 15), a="2870.00 EUR", n="Spanish; asks until 15/12/2026")

# ---------------------------------------------------------------- dispute
M(d="2025-10-29", fr="Li Na <lina@kaida-lighting.example>", tz="+0800", s="Re: INV-39650 payment",
  b="""Dear Tom,

The quantity in the invoice is 5,000 pcs, but we only received 4,200 pcs. The packing list also shows 4,200 pcs. Please check with your warehouse and revise the invoice.

Thanks
Li Na""",
  fmt="alt",
  q=("gm", 4, """Hi Li Na,

INV-39650 for USD 7,500.00 (5,000 pcs LED drivers) is overdue. Please advise the payment date.

Thanks,
Tom
Northwind Supplies Ltd""", "INV-39650 payment"),
  i="D", n="Chinese; short shipment 4,200 vs 5,000 pcs")

M(d="2026-09-16", fr="Michał Lewandowski <m.lewandowski@lewandowski-soft.example>", s="Odp: INV-86190",
  b="""Hello,

the hourly rate in this invoice is wrong. In our contract we agreed 45 EUR/h, you charge 55 EUR/h. For 40 hours the invoice should be 1 800 EUR, not 2 200 EUR.

Please send corrected invoice, then we pay.

Pozdrawiam,
Michał Lewandowski""",
  cr="bp",
  q=("gm", 3, """Hi Michał,

A reminder that INV-86190 for €2,200.00 (40 hours UX work) is overdue.

Best,
Bright Pixel Studio""", "INV-86190"),
  i="D", a="2200.00 EUR", n="Polish; hourly rate not as agreed; several figures -> the charged total 2 200 EUR")

M(d="2026-10-01", fr="Meenakshi Rao <meenakshi.rao@raotech-parks.example>", tz="+0530", s="RE: AMC invoice INV-87402",
  b="""Dear Sir,

Kindly clarify why the invoice shows 12 months AMC charges when the maintenance contract was signed only in July 2026? As per the contract the billing is to start from 1st August.

Please issue the revised invoice for the correct period.

Regards,
Meenakshi Rao
Admin & Facilities, RaoTech Parks""",
  cr="ks",
  fmt="alt", q=("ol", 5, """Dear Meenakshi,

Invoice INV-87402 for USD 14,400.00 (annual maintenance contract) is now due.

Kind regards,
Kestrel Facilities Services""", "AMC invoice INV-87402"),
  i="D", n="HARD: 'kindly clarify why' + asks revised invoice for wrong billing period -> dispute")

M(d="2026-10-19", fr="Andreas Kühn <a.kuehn@kuehn-glas.example>", s="AW: INV-87930 Transport Passau - Wien",
  b="""Sehr geehrte Damen und Herren,

die Ware wurde beschädigt geliefert, siehe Schadensprotokoll im Anhang.

The goods were delivered damaged (7 glass panels broken), see the damage report. We will not pay the transport until the insurance case is clear.

Mit freundlichen Grüßen
Andreas Kühn
Kühn Glastechnik GmbH""",
  cr="al",
  att=["Schadensprotokoll_87930.pdf"],
  q=("de", 4, """Sehr geehrter Herr Kühn,

bitte beachten Sie, dass die Rechnung INV-87930 über 1.180,00 EUR noch offen ist.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH""", "INV-87930 Transport Passau - Wien"),
  i="D", n="German/English; damaged goods, withholds payment until insurance case clear")

M(d="2026-11-05", fr="Patricia Domínguez <pdominguez@dominguez-legal.example>", tz="-0600", s="RE: Invoice INV-89904 past due",
  b="""Hello,

We did not receive the toner cartridges, only the paper boxes. Please send us the proof of delivery with the signature, because nobody in our office signed for toner.

Regards,
Patricia Domínguez
Domínguez & Asociados, CDMX""",
  cr="mo",
  q=("gmus", 4, """Hello Patricia,

Invoice INV-89904 for $1,365.00 (paper and toner) is now past due. Please remit payment.

Thank you,
Meridian Office Solutions Inc."""),
  i="D", n="Mexican; part of the goods not received, asks POD -> dispute")

M(d="2025-11-13", fr="Cristina Dumitrescu <cristina@dumitrescu-mobila.example>", tz="+0200", s="RE: INV-40505",
  b="""Buna ziua,

In the contract the price is 4.950 lei, but you invoiced 1.100 EUR, which with today's rate is more than 5.400 lei. We do not accept this invoice. Please make it in lei like in the contract.

Cristina Dumitrescu
Dumitrescu Mobila SRL""",
  cr="gf",
  q=("gm", 3, """Dear Cristina,

Invoice INV-40505 for €1,100.00 is overdue. Please arrange payment.

Kind regards,
Greenfold Packaging"""),
  i="D", a="1100.00 EUR", n="Romanian; currency/price not as contracted; contested charged 1.100 EUR")

M(d="2026-11-12", fr="Anders Nilsson <anders.nilsson@nilsson-fastigheter.example>", s="SV: INV-90188 restbelopp",
  b="""Hej,

we have paid 80% of the invoice last month. The remaining 20%, 4 600 kr, we keep back because the installation of the access control is still not finished in building B. When your technician finish it, we pay the rest.

Vänliga hälsningar
Anders Nilsson
Nilsson Fastigheter AB
Tel: +46 8 612 44 30""",
  cr="ks",
  q=("gm", 4, """Dear Anders,

There is still an outstanding balance of SEK 4,600.00 on invoice INV-90188. Please arrange payment.

Kind regards,
Kestrel Facilities Services""", "INV-90188 restbelopp"),
  i="D", a="4600.00 SEK",
  n="HARD: Swedish; 80% paid, withholds 20% for unfinished work -> dispute beats already_paid; amount = withheld 4 600 kr")

# ---------------------------------------------------------------- already_paid
M(d="2025-10-08", fr="Ursula Meier <u.meier@meier-holz.example>", s="AW: Mahnung INV-76102",
  b="""Guten Tag

Die Rechnung wurde am 3. Oktober bezahlt (CHF 2'480.00), bitte prüfen Sie Ihren Zahlungseingang.

Freundliche Grüsse
Ursula Meier
Meier Holzbau GmbH""",
  cr="al", cs="iso-8859-1",
  q=("de", 1, """Sehr geehrte Frau Meier,

die Rechnung INV-76102 über CHF 2'480.00 ist überfällig.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH""", "Mahnung INV-76102"),
  i="A", a="2480.00 CHF", n="Swiss German, paid 3 October, CHF apostrophe format; latin-1")

M(d="2025-11-03", fr="Yoon Seo-jin <seojin.yoon@hanul-textile.example>", tz="+0900", s="RE: INV-40170 remittance",
  b="""Dear Sir,

Payment completed on 2025-10-30. Please refer to the attached remittance advice.

Best regards,
Seo-jin Yoon
Finance Team | Hanul Textile Co., Ltd.
T. +82-2-3453-7781""",
  fmt="alt", att=["remittance.pdf"],
  q=("ol", 3, """Dear Seo-jin,

INV-40170 for USD 6,920.00 is overdue. Please advise.

Regards,
Northwind Supplies Ltd""", "INV-40170 remittance"),
  i="A", n="Korean; ISO date, remittance attached; no amount stated")

M(d="2026-10-02", fr="Dimitra Alexiou <d.alexiou@alexiou-olive.example>", tz="+0300", s="RE: Reminder INV-87210",
  b="""Hello,

we sent the money last week with Piraeus Bank, € 740. Maybe it takes more days because it is Friday today. I will ask the bank for the confirmation.

Dimitra""",
  cr="gf",
  q=("ios", 2, """Dear Dimitra,

INV-87210 for €740.00 (olive oil tins) is still unpaid.

Kind regards,
Greenfold Packaging""", "Reminder INV-87210"),
  i="A", a="740.00 EUR", n="Greek; 'sent the money last week'")

M(d="2026-10-11", fr="Hany Mostafa <hany.mostafa@mostafa-medical.example>", tz="+0300", s="RE: INV-88002 payment",
  b="""Dear Sir,

Good morning. The transfer was done yesterday from National Bank of Egypt, 3,750 USD. Kindly find the swift message attached.

Best regards,
Dr. Hany Mostafa
Mostafa Medical Supplies, Cairo""",
  att=["swift_MT103.pdf"],
  q=("gm", 3, """Dear Dr Mostafa,

Invoice INV-88002 for USD 3,750.00 is overdue. Please arrange payment.

Kind regards,
Northwind Supplies Ltd""", "INV-88002 payment"),
  i="A", a="3750.00 USD", n="Egyptian Sunday mail; paid yesterday, MT103 attached")

M(d="2026-10-26", fr="Emre Koç <emre.koc@koc-mermer.example>", tz="+0300", s="YNT: INV-88420 still open?",
  b="""Hello,

We paid it on 16.10., € 1.960. But our accountant wrote by mistake INV-88240 in the description instead of INV-88420. Sorry for this, please allocate it to the correct invoice.

Regards
Emre Koç""",
  q=("gm", 1, """Dear Emre,

Invoice INV-88420 for €1,960.00 is still open on our side. Could you please check?

Kind regards,
Northwind Supplies Ltd""", "INV-88420 still open?"),
  i="A", a="1960.00 EUR", refs=["INV-88420"],
  n="HARD: Turkish; paid with wrong reference in description -> already_paid; refs overridden to the invoice actually paid (INV-88240 is only the mistaken description)")

M(d="2025-12-18", fr="Luis Ramírez <lramirez@ramirez-dental.example>", tz="-0600", s="RE: INV-42204 past due",
  b="""Ya quedó pagado.

It is paid already, I sent the comprobante yesterday to billing@. I attach again.

Luis""",
  cr="mo", att=["comprobante_pago.pdf"],
  q=("gmus", 1, """Hello Luis,

Invoice INV-42204 for $890.00 is past due. Please remit payment at your earliest convenience.

Thank you,
Meridian Office Solutions Inc."""),
  i="A", n="Mexican short; 'ya quedó pagado', proof attached")

M(d="2025-12-27", fr="Sunil Joshi <sunil.joshi@joshi-castings.example>", tz="+0530", s="RE: INV-42012",
  b="""Dear Sir,

Payment of USD 1,450 was released on 24th through SWIFT, our bank reference is JCPL/1224/088. Kindly check with your bank and confirm.

Wishing you a Merry Christmas and Happy New Year.

Regards,
Sunil Joshi
Joshi Castings Pvt. Ltd.""",
  q=("gm", 6, """Dear Sunil,

INV-42012 for USD 1,450.00 is overdue. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="A", a="1450.00 USD", n="Indian; released via SWIFT on 24th, asks confirmation")

# ---------------------------------------------------------------- question
M(d="2025-10-16", fr="Naoko Ishikawa <n.ishikawa@ishikawa-precision.example>", tz="+0900", s="Re: INV-39370",
  b="""Dear Sir,

Could you please tell us the payment due date of this invoice? It is not written on the invoice, and our system needs the due date to register it.

Best regards,
Naoko Ishikawa""",
  q=("gm", 3, """Dear Naoko,

Please find attached invoice INV-39370 for USD 3,120.00. We would appreciate prompt payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="Japanese; asks the due date")

M(d="2025-10-30", fr="Julien Moreau <j.moreau@moreau-cosmetiques.example>", s="RE: Facture INV-39944",
  b="""Bonjour,

Pouvez-vous nous communiquer votre numéro de TVA intracommunautaire ? Il manque sur la facture et notre expert-comptable en a besoin pour l'autoliquidation.

Could you send us your intra-EU VAT number? It is missing on the invoice.

Merci,
Julien Moreau""",
  q=("fr", 4, """Dear Julien,

Invoice INV-39944 for €1,560.00 is now due.

Kind regards,
Northwind Supplies Ltd""", "Facture INV-39944"),
  i="Q", n="French; missing VAT number for reverse charge")

M(d="2025-11-28", fr="Katerina Nikolaou <k.nikolaou@nikolaou-hotels.example>", tz="+0200", s="RE: INV-40988",
  b="""Good morning,

Who is the correct person to contact for your invoices? Our new accountant wants to have a direct contact and phone number, because the reminders come from a general e-mail.

Thank you,
Katerina Nikolaou
Nikolaou Hotels, Rhodes""",
  cr="ks",
  q=("gm", 2, """Dear Katerina,

Invoice INV-40988 for €3,300.00 is overdue.

Kind regards,
Kestrel Facilities Services"""),
  i="Q", n="Greek; asks contact person")

M(d="2026-09-07", fr="Olumide Adeyemi <olumide@adeyemi-industries.example>", tz="+0100", s="Re: INV-85990 overdue",
  b="""Dear Sir,

To process this payment our bank requires Form M. For this please send us the proforma invoice and the details of your correspondent bank in New York.

Thanks and regards,
Olumide Adeyemi
Adeyemi Industries Ltd""",
  q=("ol", 4, """Dear Olumide,

INV-85990 for USD 9,800.00 is now overdue. Please arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="Nigerian; needs proforma and correspondent bank for Form M")

M(d="2026-10-08", fr="Wouter Smit <wouter@smit-techniek.example>", s="Antw: Factuur INV-87699",
  b="""Hallo,

klopt het dat deze factuur zonder btw is? Is it correct that the invoice is without VAT? Normally you always charge 21% BTW. I want to be sure before I pay, otherwise our accountant has problem.

Groeten,
Wouter Smit""",
  q=("nl", 5, """Dear Wouter,

Please find attached invoice INV-87699 for €2,400.00 (excl. VAT, reverse charge).

Kind regards,
Northwind Supplies Ltd""", "Factuur INV-87699"),
  i="Q", n="HARD: Dutch asks whether no-VAT is correct before paying; not contesting -> question")

M(d="2026-11-06", fr="Katarzyna Wiśniewska <k.wisniewska@wisniewska-design.example>", s="Odp: INV-89930",
  b="""Dzień dobry,

czy możemy zapłacić w PLN? Can we pay in PLN instead of EUR? If yes, which exchange rate we should use, from NBP or from the invoice date?

Pozdrawiam
Katarzyna""",
  cr="bp",
  q=("gm", 3, """Hi Katarzyna,

INV-89930 for €1,150.00 is due on [[+4|%-d %B]].

Best,
Bright Pixel Studio""", "INV-89930"),
  i="Q", n="Polish; asks about paying in PLN and exchange rate")

M(d="2026-10-09", fr="Xu Lei <xulei@jiahe-ceramics.example>", tz="+0800", s="Re: INV-87540",
  b="""Hi Tom,

Did you receive our payment? I am not sure if our finance already paid it before the holiday, they are still not back to office. If not received, please tell me and I will push them.

Xu Lei""",
  q=("and", 2, """Hi Xu Lei,

INV-87540 for USD 4,060.00 is overdue. Could you check the status?

Thanks,
Tom
Northwind Supplies Ltd"""),
  i="Q", n="HARD: unsure whether paid, asks status -> question, not already_paid")

# ---------------------------------------------------------------- ignore
M(d="2025-11-05", fr="Marieke Visser <m.visser@visser-kaas.example>", tz="+0100", s="Automatisch antwoord: INV-40388",
  b="""Ik ben afwezig tot en met 14 november. Voor dringende zaken kunt u contact opnemen met info@visser-kaas.example.

I am absent until 14 November. For urgent matters please contact info@visser-kaas.example.

Met vriendelijke groet,
Marieke Visser""",
  auto=1,
  i="I", rd=("md", 11, 14), n="Dutch/English OOO 'tot en met 14 november'")

M(d="2025-10-28", fr="Ozturk Makina <info@ozturk-makina.example>", tz="+0300", s="Otomatik yanıt: INV-39801",
  b="""29 Ekim Cumhuriyet Bayramı nedeniyle ofisimiz kapalıdır. 30 Ekim Perşembe günü hizmetinize devam edeceğiz.

Our office is closed for the Republic Day holiday on 29 October. We will be back on Thursday 30 October.

Öztürk Makina San. Tic. Ltd. Şti.""",
  auto=1,
  i="I", rd=("md", 10, 30), n="Turkish/English holiday auto-reply, back 30 October")

M(d="2026-09-18", fr="Gerhard Winkler <g.winkler@winkler-baustoffe.example>", s="AW: Alpenrose News September 2026",
  b="""Bitte streichen Sie mich aus Ihrem Verteiler. Unsubscribe.

G. Winkler""",
  cr="al", noref=1,
  i="I", n="German/English unsubscribe from creditor newsletter")

M(d="2026-10-14", fr="Chiara Romano <chiara.romano@studio-romano.example>", tz="+0200", s="R: INV-87815 sollecito",
  b="""Buongiorno,

credo che abbiate sbagliato indirizzo, non lavoro più per questa azienda da due anni.

I think you have the wrong address, I don't work for this company since two years.

Chiara Romano""",
  q=("gm", 2, """Dear Chiara,

Invoice INV-87815 for €980.00 is now overdue.

Kind regards,
Bright Pixel Studio""", "INV-87815 sollecito"),
  cr="bp",
  i="I", n="HARD: Italian/English wrong person, no stance on the debt -> ignore")

M(d="2026-11-02", fr="Shenzhen Hongda Packing <sales@hongda-packing.example>", tz="+0800", s="Professional corrugated box manufacturer - factory price",
  b="""Dear Purchasing Manager,

Good day! This is Amy from Shenzhen Hongda Packing Co., Ltd. We are a professional manufacturer of corrugated boxes, mailer boxes and gift boxes since 2008, with FSC and ISO9001 certificate.

We can offer you factory price and free samples. MOQ 500 pcs only.

Looking forward to your reply!

Best regards,
Amy Chen
WhatsApp/WeChat: +86 135 0000 1234""",
  cr="gf", noref=1, fmt="alt",
  i="I", n="Chinese supplier cold-sales spam")

M(d="2025-12-29", fr="Paweł Nowicki <p.nowicki@nowicki-okna.example>", s="Automatyczna odpowiedź: INV-42260",
  b="""Dzień dobry,
jestem na urlopie do 6.01.2026. W pilnych sprawach proszę o kontakt z biuro@nowicki-okna.example.

Hello,
I am on leave until 6.01.2026. In urgent matters please contact biuro@nowicki-okna.example.

Paweł Nowicki""",
  auto=1, cs="windows-1250",
  i="I", rd=("md", 1, 6), n="Polish/English OOO until 6.01.2026 (next year)")

M(d="2025-12-04", fr="Ramesh Babu <ramesh.babu@babu-traders.example>", tz="+0530", s="RE: INV-41520",
  b="""Noted sir, will revert.""",
  q=("and", 1, """Dear Ramesh,

INV-41520 for GBP 780.00 is overdue. Please let us know the payment date.

Kind regards,
Northwind Supplies Ltd"""),
  i="I", n="HARD: Indian 'noted, will revert' = will get back, no commitment -> ignore")

# ================================================================ batch 4
# ---------------------------------------------------------------- promise_to_pay
M(d="2025-01-29", fr="Ioana Stan <ioana.stan@stan-logistic.example>", tz="+0200", s="RE: INV-11734",
  b="""Plata se face mâine.
Payment tomorrow.
Ioana""",
  cr="al",
  q=("gm", 2, """Dear Ms Stan,

invoice INV-11734 over EUR 1,290.00 is overdue since [[-10|%d.%m.%Y]].

Best regards
Alpenrose Logistik GmbH""", "INV-11734"),
  i="P", pd=("tmrw",), n="Romanian/English minimal")

M(d="2025-01-24", fr="Imran Qureshi <imran@qureshi-textiles.example>", tz="+0500", s="RE: Reminder INV-11580",
  b="""Dear Madam,

Assalam o Alaikum. InshAllah we will transfer the amount of GBP 640 on 3rd of February, when our export proceeds are realised.

Sorry for the inconvenience.

Regards,
Imran Qureshi
Qureshi Textiles, Faisalabad""",
  q=("gm", 4, """Dear Imran,

A reminder that INV-11580 for GBP 640.00 (sample dyes) is overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("md", 2, 3), a="640.00 GBP", n="Pakistani; explicit '3rd of February'")

M(d="2025-08-06", fr="Bernd Hofmann <b.hofmann@hofmann-kunststoff.example>", s="AW: Zahlungserinnerung INV-75330",
  b="""Hallo Frau Vogel,

leider klappt es nicht am 8.8. wie versprochen, unser Geschäftsführer ist im Urlaub und muss die Zahlung freigeben. Die Überweisung kommt aber sicher mit Valuta 14.08.

Unfortunately not on 8.8. as promised, but surely with value date 14.08.

Gruß
Bernd Hofmann""",
  cr="al",
  q=("de", 3, """Sehr geehrter Herr Hofmann,

vielen Dank für Ihre Rückmeldung. Wir notieren die Zahlung der Rechnung INV-75330 (3.120,00 EUR) für den 08.08.

Mit freundlichen Grüßen
Katrin Vogel
Alpenrose Logistik GmbH""", "Zahlungserinnerung INV-75330"),
  i="P", pd=("md", 8, 14),
  n="HARD: earlier date dropped but new firm date stated (not asked) -> promise 14.08., not extension")

M(d="2025-08-28", fr="Han Ji-woo <jiwoo.han@hanbit-optics.example>", tz="+0900", s="RE: INV-37150 overdue notice",
  b="""Dear Sir,

We apologize for the delay. We will make the payment on 9/5 (Fri) after the month-end closing.

Best regards,
Han Ji-woo
Accounting Team, Hanbit Optics""",
  fmt="alt",
  q=("ol", 3, """Dear Mr Han,

Our records show that invoice INV-37150 for USD 3,480.00 is overdue.

Regards,
Northwind Supplies Ltd""", "INV-37150 overdue notice"),
  i="P", pd=("md", 9, 5),
  n="HARD: Korean writer uses month/day: '9/5 (Fri)' = Friday 5 September (9 May is past, weekday confirms)")

M(d="2026-01-13", fr="Rashid Al Hashimi <rashid@alhashimi-interiors.example>", tz="+0400", s="RE: INV-46010 outstanding",
  b="""Dear Sir,

Noted. The invoice is approved and will be processed in our next payment cycle on 27th.

Best regards,
Rashid Al Hashimi
Al Hashimi Interiors LLC""",
  cr="ks",
  q=("gm", 5, """Dear Rashid,

Invoice INV-46010 for AED 12,600.00 (December cleaning contract) is outstanding.

Kind regards,
Kestrel Facilities Services"""),
  i="P", pd=("dom", 27), n="UAE; next payment cycle on 27th")

M(d="2026-07-22", fr="Adriana Flores <aflores@flores-papeleria.example>", tz="-0600", s="RE: Factura INV-55522 vencida",
  b="""Buenos días,

le confirmo que el pago sale el viernes.

I confirm the payment goes out this Friday, $ 45,800.00 MXN by SPEI to your account in Banorte.

Saludos,
Adriana Flores
Papelería Flores""",
  cr="mo", fmt="alt",
  q=("gmus", 3, """Hello Adriana,

Invoice INV-55522 for MXN 45,800.00 is past due. Please remit payment at your earliest convenience.

Thank you,
Meridian Office Solutions Inc.""", "Factura INV-55522 vencida"),
  i="P", pd=("wd", "fri"), a="45800.00 MXN",
  n="HARD: '$ ... MXN' from a Mexican writer = pesos, not USD")

M(d="2026-08-15", fr="Ngozi Eze <ngozi.eze@ezebeauty.example>", tz="+0100", s="Re: INV-56090",
  b="""Will pay first thing Monday morning, ma. Sorry.

Sent from my iPhone""",
  cr="gf",
  q=("ios", 1, """Hi Ngozi,

INV-56090 for GBP 365.00 is overdue. Can you pay this week?

Thanks,
Greenfold Packaging"""),
  i="P", pd=("wd", "mon"), n="Nigerian short, Saturday -> Monday")

# ---------------------------------------------------------------- extension_request
M(d="2026-01-18", fr="Femke de Boer <femke@deboer-interieur.example>", s="Antw: Herinnering INV-45930",
  b="""Beste,

zouden we in termijnen mogen betalen? Could we pay in 4 terms of € 500, the first one on 1 February? January is always very quiet in the shop.

Alvast bedankt,
Femke de Boer
De Boer Interieur""",
  cr="gf",
  q=("nl", 4, """Dear Femke,

Invoice INV-45930 for €2,000.00 is now overdue. Please arrange payment.

Kind regards,
Greenfold Packaging""", "Herinnering INV-45930"),
  i="X", pd=("md", 2, 1), a="500.00 EUR", n="Dutch; 4 instalments of € 500, first 1 February")

M(d="2025-02-04", fr="Pilar Sánchez <pilar@sanchez-ceramica.example>", s="RE: INV-12988",
  b="""¿Podemos pagar a finales de febrero?
Can we pay end of February?

Pilar""",
  tz="+0100",
  q=("gm", 3, """Dear Pilar,

INV-12988 for €690.00 is overdue. Please let us know when you will pay.

Kind regards,
Northwind Supplies Ltd"""),
  i="X", pd=("eom",), n="Spanish/English short ask for end of February")

M(d="2025-04-03", fr="Roberto Colombo <r.colombo@colombo-meccanica.example>", s="R: Sollecito di pagamento INV-27390",
  b="""Spettabile Northwind,

Vi chiediamo cortesemente una dilazione di 60 giorni.

We kindly ask for an extension of 60 days. Our main customer went into bankruptcy procedure (procedura fallimentare) and we are waiting the decision of the court for our credit.

Distinti saluti
Roberto Colombo
Amministrazione - Colombo Meccanica S.p.A.
Tel. +39 02 4861 3320""",
  fmt="alt", q=("om", 5, """Dear Mr Colombo,

Invoice INV-27390 for €6,480.00 remains unpaid, [[-25|%-d %B]] was the due date. Please arrange payment.

Regards,
Northwind Supplies Ltd""", "Sollecito di pagamento INV-27390"),
  i="X", pd=("plus", 60), n="Italian formal; 60-day extension -> +60")

M(d="2025-06-06", fr="Zhao Min <zhaomin@yongsheng-tools.example>", tz="+0800", s="Re: INV-33370 overdue",
  b="""Dear Tom,

Now our cash flow is tight. Can we pay 30% now (USD 2,700) and the balance 70% after we receive the payment from our customer, maybe end of June? Please kindly accept.

Best regards
Zhao Min""",
  q=("gm", 4, """Hi Zhao Min,

INV-33370 for USD 9,000.00 is overdue. Please let me know when payment will be made.

Thanks,
Tom
Northwind Supplies Ltd"""),
  i="X", pd=("today",), a="2700.00 USD",
  n="HARD: asks acceptance of 30% now + 70% later -> extension; first payment now = today, USD 2,700")

M(d="2026-03-04", fr="Yasmin Abdelrahman <yasmin@abdelrahman-foods.example>", tz="+0200", s="RE: Payment reminder INV-48215",
  b="""Dear Sir,

Ramadan Kareem. Is it possible to postpone the payment until after Eid? Maybe around 25th of March, when the company returns to normal working hours.

Thank you for your understanding.

Yasmin Abdelrahman
Abdelrahman Foods, Giza""",
  cr="gf",
  q=("gm", 3, """Dear Yasmin,

INV-48215 for USD 1,720.00 is now overdue. Please advise when we can expect payment.

Kind regards,
Greenfold Packaging""", "Payment reminder INV-48215"),
  i="X", pd=("md", 3, 25), n="Egyptian; postpone until after Eid, 'around 25th of March'")

M(d="2025-01-16", fr="Vasilis Georgiou <v.georgiou@georgiou-bakery.example>", tz="+0200", s="RE: INV-11420",
  b="""Hello,

could you give us some more days, until Monday the 20th? After the holidays everything is slow and my accountant is sick.

Thank you
Vasilis""",
  cr="gf",
  q=("ios", 2, """Hi Vasilis,

INV-11420 for €455.00 is overdue. Could you check please?

Thanks,
Greenfold Packaging"""),
  i="X", pd=("md", 1, 20), n="Greek; asks until 'Monday the 20th' (20 Jan 2025 is a Monday)")

M(d="2025-07-17", fr="Cem Yılmaz <cem.yilmaz@yilmaz-mobilya.example>", tz="+0300", s="YNT: INV-35310 payment",
  b="""Hello Sir,

We will pay, don't worry, but not this month. Maybe in the second half of August, after our customer pays us. Is this ok for you?

Regards
Cem Yılmaz""",
  q=("and", 4, """Dear Cem,

INV-35310 for €3,060.00 is overdue. Please arrange payment.

Kind regards,
Northwind Supplies Ltd""", "INV-35310 payment"),
  i="X", n="HARD: 'we will pay but not this month... is this ok?' -> extension; 'second half of August' has no day -> null")

# ---------------------------------------------------------------- dispute
M(d="2025-07-30", fr="Veronika Malá <mala@mala-reality.example>", tz="+0200", s="RE: INV-35840 - cleaning June",
  b="""Dobrý den,

this invoice is for the cleaning service in June, but your team did not come in June at all. We cancelled the June cleaning already in May, I attach the e-mail. Please cancel this invoice.

S pozdravem
Veronika Malá
Malá Reality s.r.o.""",
  cr="ks",
  q=("gm", 3, """Dear Ms Malá,

Invoice INV-35840 for €1,140.00 (office cleaning, June) is now overdue.

Kind regards,
Kestrel Facilities Services""", "INV-35840 - cleaning June"),
  i="D", n="Czech; service cancelled, not performed")

M(d="2025-02-21", fr="Takeshi Mori <t.mori@mori-electric.example>", tz="+0900", s="Re: INV-13560 and INV-13602",
  b="""Dear Sir,

Excuse me, but we think the shipping cost of USD 180 was charged two times. It is in the invoice INV-13560 and also in INV-13602, but it was one shipment only.

Could you please delete it from one invoice and send us the corrected one?

Best regards,
Takeshi Mori""",
  q=("ol", 5, """Dear Mr Mori,

The following invoices are overdue:
INV-13560  USD 2,340.00
INV-13602  USD 1,180.00

Kind regards,
Northwind Supplies Ltd""", "INV-13560 and INV-13602"),
  i="D", a="180.00 USD",
  n="HARD: very polite Japanese phrasing but asserts a double shipping charge -> dispute")

M(d="2025-04-29", fr="Oluwaseun Balogun <seun.balogun@balogun-hospital.example>", tz="+0100", s="Re: Service invoice INV-29145",
  b="""Good afternoon,

The generator your technician serviced on 14th April stopped working two days after. We found that the fuel filter was not replaced at all, although it is written in the invoice.

We will not pay for a service that was not done properly. Please send someone to complete the job.

Dr. Oluwaseun Balogun
Medical Director""",
  cr="ks",
  q=("gm", 4, """Dear Dr Balogun,

Invoice INV-29145 for USD 1,260.00 (generator service) is now due.

Kind regards,
Kestrel Facilities Services""", "Service invoice INV-29145"),
  i="D", n="Nigerian; poor work, part charged but not done -> dispute")

M(d="2026-07-28", fr="Johan Eriksson <johan@eriksson-bageri.example>", s="SV: INV-55280",
  b="""Vi har aldrig beställt detta. We never ordered this.

Johan""",
  cr="gf",
  q=("ios", 2, """Hi Johan,

INV-55280 for SEK 3,400.00 (bread bags) is overdue.

Kind regards,
Greenfold Packaging""", "INV-55280"),
  i="D", n="Swedish/English short 'never ordered'")

M(d="2026-08-19", fr="Larissa Oliveira <larissa@oliveira-arquitetura.example>", tz="-0300", s="Res: Invoice INV-56315",
  b="""Olá Emily,

A fatura está com valor diferente da proposta.

The invoice has a different value from the proposal. In the proposal we approved it was R$ 8.000,00 for the whole project, the invoice says R$ 9.200,00. We did not ask for extra work.

Please correct it.

Larissa Oliveira
Oliveira Arquitetura""",
  cr="bp",
  q=("gm", 5, """Hi Larissa,

Please find attached INV-56315 for BRL 9,200.00 (brand identity project). Payment due in 14 days.

Best,
Emily
Bright Pixel Studio"""),
  i="D", a="9200.00 BRL", n="Brazilian; price not as in proposal; contested charged R$ 9.200,00")

M(d="2026-01-08", fr="Farhan Malik <farhan@malik-traders.example>", tz="+0500", s="RE: INV-46130",
  b="""Dear Sir,

We received only 2 cartons out of 3. We will pay for the 2 cartons, GBP 480, on Friday, but the third carton was missing so we will not pay GBP 240 for it. Please check with the courier, the tracking shows 2 pieces delivered.

Regards,
Farhan Malik""",
  q=("and", 3, """Dear Farhan,

INV-46130 for GBP 720.00 (3 cartons) is overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="D", a="240.00 GBP",
  n="HARD: partial promise (GBP 480 Friday) + refuses missing carton -> dispute wins; amount = disputed GBP 240")

# ---------------------------------------------------------------- already_paid
M(d="2025-01-08", fr="Montserrat Puig <mpuig@puig-cosmetica.example>", s="RE: INV-10870",
  b="""Hola,

Ya está pagada desde el día 3. It is paid since the 3rd, I attach the justificante from the bank.

Saludos
Montse""",
  att=["justificante_transferencia.pdf"], tz="+0100",
  q=("gm", 1, """Dear Montserrat,

INV-10870 for €1,030.00 appears unpaid. Could you check please?

Kind regards,
Northwind Supplies Ltd"""),
  i="A", n="Spanish; 'paid since the 3rd', bank proof attached")

M(d="2025-04-07", fr="Grzegorz Mazur <g.mazur@mazur-auto.example>", s="Odp: Przypomnienie INV-27812",
  b="""Dzień dobry,

przelew poszedł w piątek.

The transfer went on Friday, 3 250,00 zł. Please check.

Grzegorz Mazur
Mazur Auto Części""",
  q=("gm", 3, """Dear Grzegorz,

INV-27812 for PLN 3,250.00 is overdue.

Kind regards,
Northwind Supplies Ltd""", "Przypomnienie INV-27812"),
  i="A", a="3250.00 PLN", n="Polish/English; transfer went Friday")

M(d="2025-06-20", fr="Shalini Kapoor <shalini.kapoor@kapoor-exports.example>", tz="+0530", s="RE: INV-33590 outstanding",
  b="""Dear Sir,

Please note this invoice is already settled. We had paid an advance of USD 2,400 in March against your proforma invoice PI-1187, which covers this invoice fully. Kindly adjust the advance in your books and close the invoice.

Regards,
Shalini Kapoor
Kapoor Exports""",
  fmt="alt", q=("ol", 4, """Dear Shalini,

INV-33590 for USD 2,400.00 remains unpaid. Please arrange payment.

Regards,
Northwind Supplies Ltd"""),
  i="A", a="2400.00 USD",
  n="HARD: Indian; settled by an advance payment against the proforma -> already_paid")

M(d="2025-09-12", fr="Bruna Carvalho <bruna@carvalhoflores.example>", tz="-0300", s="Res: INV-38120",
  b="""Pago! Paid this morning 😊

Enviado do meu iPhone""",
  cr="gf",
  q=("ios", 1, """Hi Bruna,

INV-38120 for BRL 620.00 is overdue.

Thanks,
Greenfold Packaging"""),
  i="A", n="Brazilian two words + emoji")

M(d="2026-01-23", fr="Simone Wagner <s.wagner@wagner-getraenke.example>", s="AW: 1. Mahnung INV-80410",
  b="""Sehr geehrte Frau Vogel,

anbei der Zahlungsnachweis. Die Überweisung vom 21.01.2026 über 5.930,00 EUR ist bei uns ausgeführt.

Attached the proof of payment, transfer from 21.01.2026.

Mit freundlichen Grüßen
Simone Wagner
Wagner Getränke GmbH""",
  cr="al", fmt="alt", att=["Zahlungsnachweis.pdf"],
  q=("de", 1, """Sehr geehrte Frau Wagner,

die Rechnung INV-80410 über 5.930,00 EUR ist überfällig.

Mit freundlichen Grüßen
Katrin Vogel
Alpenrose Logistik GmbH""", "1. Mahnung INV-80410"),
  i="A", a="5930.00 EUR", n="German; proof of transfer attached")

M(d="2026-07-09", fr="Kang Min-ho <minho.kang@hanwool.example>", tz="+0900", s="Re: INV-54890 unpaid",
  b="""Dear Sir,

The payment was made on July 3 by our headquarters in Seoul, not by our UK branch, so maybe you see another company name on the transfer: Hanwool Corporation. Please check again.

Regards,
Kang Min-ho""",
  q=("gm", 2, """Dear Mr Kang,

INV-54890 for GBP 4,150.00 (Hanwool UK Ltd) remains unpaid.

Kind regards,
Northwind Supplies Ltd""", "INV-54890 unpaid"),
  i="A", n="Korean; paid by parent company under another name")

# ---------------------------------------------------------------- question
M(d="2025-02-26", fr="Diego Castillo <dcastillo@castillo-import.example>", tz="-0600", s="RE: INV-13930",
  b="""Hello,

We made the transfer on Monday but today our bank returned it, they say the IBAN in your invoice is not valid. Can you please confirm your correct bank details? We want to pay again immediately.

Diego Castillo""",
  q=("gm", 3, """Dear Diego,

INV-13930 for €2,790.00 is overdue. Please arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="HARD: payment was returned by the bank, asks correct bank details -> question, not already_paid")

M(d="2025-03-14", fr="Sun Yue <sunyue@lanting-gifts.example>", tz="+0800", s="Re: INV-25610",
  b="""Hi,

Can we pay by Alipay or WeChat Pay? The bank transfer to UK is complicated for small amount and the fee is high.

Thanks
Sun Yue""",
  cr="gf",
  q=("gm", 2, """Hi Sun Yue,

A reminder that INV-25610 for GBP 186.00 is overdue.

Thanks,
Greenfold Packaging"""),
  i="Q", n="Chinese; payment method question")

M(d="2025-05-14", fr="Dieter Lang <d.lang@lang-transporte.example>", s="AW: Offener Betrag",
  b="""Welche Rechnung ist gemeint? Which invoice do you mean?

D. Lang""",
  cr="al",
  q=("de", 1, """Sehr geehrter Herr Lang,

auf Ihrem Konto ist ein Betrag von 1.340,00 EUR überfällig.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH""", "Offener Betrag"),
  i="Q", n="German/English short 'which invoice?'")

M(d="2025-07-21", fr="Harish Menon <harish.menon@menon-infotech.example>", tz="+0530", s="RE: INV-35050",
  b="""Dear Sir,

Please upload the invoice in our Ariba portal with the PO number 4500123456, otherwise it cannot be processed for payment. For portal registration kindly contact our vendor desk at vendordesk@menon-infotech.example.

Regards,
Harish Menon
Accounts Payable""",
  fmt="alt",
  q=("gm", 3, """Dear Harish,

Invoice INV-35050 for GBP 2,950.00 is now overdue.

Kind regards,
Bright Pixel Studio"""),
  cr="bp",
  i="Q", n="Indian; portal upload with PO number")

M(d="2026-01-30", fr="Aurélie Petit <aurelie.petit@petit-boulangerie.example>", s="RE: INV-46550",
  b="""Bonjour, pouvez-vous me renvoyer la facture en PDF ? Je ne trouve pas le fichier. Merci
Could you resend the invoice as PDF please?""",
  cr="gf", fmt="html",
  html="""<div dir="ltr">Bonjour, pouvez-vous me renvoyer la facture en PDF ? Je ne trouve pas le fichier. Merci<br>Could you resend the invoice as PDF please?</div>""",
  q=("fr", 2, """Dear Aurélie,

INV-46550 for €312.00 is now overdue.

Kind regards,
Greenfold Packaging"""),
  i="Q", n="French/English HTML-only; asks resend of invoice")

M(d="2026-08-29", fr="Sorin Constantin <sorin@constantin-agro.example>", tz="+0300", s="RE: INV-56420",
  b="""Hello,

Could you please tell me if this invoice includes the transport to Cluj, or the transport will come in a separate invoice? I need to know for our budget before paying.

Thank you,
Sorin Constantin""",
  q=("gm", 4, """Dear Sorin,

Invoice INV-56420 for €4,300.00 (irrigation fittings) is due on [[+3|%-d %B]].

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="Romanian; asks what the invoice includes, not contesting")

# ---------------------------------------------------------------- ignore
M(d="2025-07-14", fr="Ingrid Holm <ingrid.holm@holm-design.example>", s="Autosvar: INV-34910",
  b="""Jag är på semester till och med 4 augusti och läser inte min e-post.

I am on vacation until 4 August and do not read my e-mail.

/Ingrid""",
  auto=1, tz="+0200",
  i="I", rd=("md", 8, 4), n="Swedish/English summer OOO")

M(d="2025-04-15", fr="Wu Hao <wuhao@huaxing-textile.example>", tz="+0800", s="Auto Reply: INV-28340",
  b="""Thank you for your email. I am on business trip to the Canton Fair from April 15 to April 19, reply may be delayed. 谢谢！

Wu Hao""",
  auto=1,
  i="I", rd=("md", 4, 19), n="Chinese Canton Fair auto-reply; until April 19")

M(d="2025-03-24", fr="Ana Morales <ana.morales@morales-vinos.example>", s="RE: INV-26110 copy",
  b="""Recibido, gracias. Received, thanks.""",
  tz="+0100",
  q=("gm", 1, """Dear Ana,

Please find attached a copy of INV-26110 as requested.

Kind regards,
Greenfold Packaging""", "INV-26110 copy"),
  cr="gf",
  i="I", n="Spanish/English bare ack")

M(d="2025-06-27", fr="Ryo Fujimoto <r.fujimoto@fujimoto-works.example>", tz="+0900", s="Re: INV-33780 resend",
  b="""Dear Sir,

I have received the invoice. Thank you.

Fujimoto""",
  q=("gm", 1, """Dear Mr Fujimoto,

As requested, please find INV-33780 attached again.

Kind regards,
Northwind Supplies Ltd""", "INV-33780 resend"),
  i="I", n="Japanese ack of resent invoice")

M(d="2026-07-16", fr="Tobias Krämer <t.kraemer@kraemer-logistik.example>", s="WG: Zahlungserinnerung INV-85145",
  b="""Hallo Petra,

kannst du dir das bitte anschauen? Danke!

Tobias

-----Ursprüngliche Nachricht-----
Von: Alpenrose Logistik GmbH <buchhaltung@alpenrose-logistik.example>
Gesendet: Dienstag, 14. Juli 2026 10:12
Betreff: Zahlungserinnerung INV-85145

Sehr geehrter Herr Krämer,
die Rechnung INV-85145 über 2.210,00 EUR ist fällig.""",
  cr="al", to="Petra Lorenz <p.lorenz@kraemer-logistik.example>, buchhaltung@alpenrose-logistik.example",
  i="I", n="HARD: German internal forward to a colleague (cc us); the question is to Petra, no stance -> ignore")

M(d="2025-10-02", fr="Daesung Trading <info@daesung-trading.example>", tz="+0900", s="[Auto-reply] Chuseok holidays",
  b="""Dear Customer,

Our office will be closed for Chuseok holidays from October 3 to October 9, 2025. We will return on October 10.

Thank you.
Daesung Trading Co., Ltd.""",
  auto=1,
  i="I", rd=("md", 10, 10), n="Korean Chuseok auto-reply, return 10 October")

# ================================================================ batch 5
# ---------------------------------------------------------------- promise_to_pay
M(d="2026-06-19", fr="Nandini Krishnan <nandini.k@krishnan-biotech.example>", tz="+0530", s="RE: Overdue invoice INV-53960",
  b="""Dear Sir/Madam,

Thank you for your mail.

We wish to inform you that the subject invoice has been approved and is scheduled in our payment run dated 30.06.2026. The amount of USD 3,275.00 will be remitted to your account as per the bank details on the invoice.

Thanks & Regards,
Nandini Krishnan
Senior Executive - Accounts Payable
Krishnan Biotech Ltd.
Tel: +91 80 4112 5590

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it. Krishnan Biotech Ltd. accepts no liability for any damage caused by viruses.""",
  fmt="alt",
  q=("ol", 4, """Dear Nandini,

Invoice INV-53960 for USD 3,275.00 (lab consumables) was due on [[-9|%-d %B %Y]] and remains unpaid.

Kind regards,
Northwind Supplies Ltd"""),
  i="P", pd=("md", 6, 30), a="3275.00 USD",
  n="Indian AP with disclaimer; payment run dated 30.06.2026")

# ---------------------------------------------------------------- extension_request
M(d="2025-08-22", fr="Gustavo Peña <gpena@pena-construcciones.example>", tz="-0600", s="RE: Invoice INV-37010 past due",
  b="""Buen día,

¿Nos pueden dar prórroga hasta el 5 de septiembre?

Could you give us an extension until the 5th of September? The payment from our client (the state government) is delayed.

Gracias,
Gustavo Peña
Peña Construcciones, Puebla""",
  cr="mo",
  q=("gmus", 3, """Hello Gustavo,

Invoice INV-37010 for $4,275.00 is past due. Please remit payment at your earliest convenience.

Thank you,
Meridian Office Solutions Inc."""),
  i="X", pd=("md", 9, 5), n="Mexican; 'prórroga hasta el 5 de septiembre'")

M(d="2026-09-24", fr="Radek Svoboda <svoboda@svoboda-farma.example>", tz="+0200", s="RE: INV-86530",
  b="""Dobrý den,

we are sorry but we can not pay now. We are waiting for the EU subsidy for the new barn and it is expected in November. When it comes we pay immediately, I promise.

Radek Svoboda
Svoboda Farma""",
  cr="gf",
  q=("gm", 5, """Dear Radek,

INV-86530 for €1,890.00 (feed sacks) is overdue. Please arrange payment.

Kind regards,
Greenfold Packaging"""),
  i="X", n="HARD: Czech; cannot pay now, waiting for subsidy (not a dispute); 'in November' no day -> null")

M(d="2026-02-12", fr="Akira Yamamoto <a.yamamoto@yamamoto-shoji.example>", tz="+0900", s="Re: Payment reminder INV-47602",
  b="""Dear Ms. Harper,

We are sorry for the inconvenience. Our closing date is the 20th of every month and the invoice arrived after the closing.

We would like to request to change the payment date to the end of next month. Could you kindly accept this?

Best regards,
Akira Yamamoto
Yamamoto Shoji Co., Ltd.""",
  cr="bp",
  q=("gm", 3, """Dear Mr Yamamoto,

This is a reminder that INV-47602 for ¥240,000 is overdue.

Best wishes,
Emily Harper
Bright Pixel Studio"""),
  i="X", pd=("eonm",), n="Japanese 'closing date' custom; asks end of next month -> 31 March")

M(d="2026-06-01", fr="Joanna Kamińska <j.kaminska@kaminska-kwiaty.example>", s="Odp: INV-53310 przypomnienie",
  b="""Dzień dobry,

czy możemy rozłożyć na raty?

Could we split in 2 payments: 2 000 PLN on 10.06 and 2 000 PLN on 10.07? Spring was very bad for the flower business.

Z poważaniem
Joanna Kamińska""",
  cr="gf", fmt="alt",
  q=("gm", 4, """Dear Joanna,

INV-53310 for PLN 4,000.00 is now overdue.

Kind regards,
Greenfold Packaging""", "INV-53310 przypomnienie"),
  i="X", pd=("md", 6, 10), a="2000.00 PLN", n="Polish instalment ask; first 2 000 PLN on 10.06")

M(d="2026-11-17", fr="Chinedu Nwosu <chinedu@nwosu-plastics.example>", tz="+0100", s="Re: Final notice INV-89560",
  b="""Dear Sir,

We are appealing for two more weeks to settle this invoice. The forex scarcity is affecting all importers here and our bank has placed us on a queue.

We apologise sincerely.

Chinedu Nwosu
Managing Director
Nwosu Plastics Ltd, Aba""",
  q=("om", 2, """Dear Mr Nwosu,

FINAL NOTICE: invoice INV-89560 for USD 6,150.00 is 60 days overdue. Please pay immediately.

Regards,
Credit Control
Northwind Supplies Ltd""", "Final notice INV-89560"),
  cr="nwc",
  i="X", pd=("plus", 14), n="Nigerian 'appealing for two more weeks' -> +14")

M(d="2025-11-10", fr="Jens Vogt <j.vogt@vogt-fahrzeugbau.example>", s="AW: Mahnung INV-77050",
  b="""Sehr geehrte Frau Vogel,

wir haben heute 1.400,00 EUR überwiesen. Für den Rest von 2.000,00 EUR bitten wir um Aufschub bis 30.11., da ein Großkunde erst Ende des Monats zahlt.

We transferred 1.400,00 EUR today. For the rest of 2.000,00 EUR we ask for time until 30.11.

Mit freundlichen Grüßen
Jens Vogt
Vogt Fahrzeugbau GmbH""",
  cr="al",
  q=("de", 2, """Sehr geehrter Herr Vogt,

die Rechnung INV-77050 über 3.400,00 EUR ist seit über 30 Tagen überfällig.

Mit freundlichen Grüßen
Katrin Vogel
Alpenrose Logistik GmbH""", "Mahnung INV-77050"),
  i="X", pd=("md", 11, 30), a="2000.00 EUR",
  n="HARD: part paid today + asks time for the remaining 2.000,00 EUR until 30.11. -> extension; amount = what they propose to pay then")

# ---------------------------------------------------------------- dispute
M(d="2025-09-03", fr="Pierre Lambert <p.lambert@lambert-distribution.example>", s="RE: Facture INV-37880",
  b="""Bonjour,

La facture mentionne 12 palettes, nous en avons reçu 10.

The invoice says 12 pallets, we received 10. The delivery note signed by our driver says 10 too. Merci de corriger la facture.

Cordialement,
Pierre Lambert
Lambert Distribution""",
  cr="gf", fmt="alt",
  q=("fr", 3, """Dear Pierre,

INV-37880 for €4,320.00 (12 pallets of shipping cartons) is now overdue.

Kind regards,
Greenfold Packaging""", "Facture INV-37880"),
  i="D", n="French/English; 10 of 12 pallets received")

M(d="2026-02-20", fr="Pooja Bhatia <pooja.bhatia@bhatia-retail.example>", tz="+0530", s="RE: INV-47780 reminder",
  b="""Dear Sir,

As discussed with Mr. John from your sales team, 10% discount was agreed on this order because of the late delivery, and he promised to send the credit note. Till date we have not received it.

Kindly adjust the discount and send the revised invoice, we will process accordingly.

Regards,
Pooja Bhatia""",
  fmt="alt", q=("om", 5, """Dear Pooja,

INV-47780 for GBP 3,600.00 is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="D", n="Indian; agreed discount / promised credit note not applied -> dispute")

M(d="2026-06-26", fr="Zheng Hui <zhenghui@dongsheng-auto.example>", tz="+0800", s="Re: INV-53890 payment",
  b="""Dear Tom,

The goods arrived 3 weeks later than the agreed date and we had to pay air freight to our customer. According to the contract, clause 7, we deduct the penalty 5% = USD 410 from this invoice.

We will pay the balance after you confirm the deduction.

Zheng Hui""",
  q=("gm", 2, """Hi Zheng Hui,

INV-53890 for USD 8,200.00 is overdue. Please advise the payment date.

Thanks,
Tom
Northwind Supplies Ltd""", "INV-53890 payment"),
  i="D", a="410.00 USD", n="HARD: Chinese; late-delivery penalty deducted, balance conditional on confirmation -> dispute")

M(d="2025-09-21", fr="Karim Youssef <karim.youssef@youssef-agri.example>", tz="+0300", s="RE: Invoice INV-38210",
  b="""Dear Sir,

How can we pay for goods which we did not receive? The shipment is still in Alexandria port because the certificate of origin you sent is wrong and the customs refused it. We are paying storage every day.

Please send the correct documents first.

Karim Youssef
Youssef Agri, Cairo""",
  q=("om", 4, """Dear Karim,

Invoice INV-38210 for USD 6,900.00 is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="D", n="HARD: Egyptian rhetorical question; goods not received because of creditor's wrong documents -> dispute")

M(d="2026-11-19", fr="Valentina Russo <v.russo@russo-tour.example>", s="R: INV-90030 - traduzione sito",
  b="""Buongiorno Emily,

purtroppo il lavoro non è stato fatto bene. The translation of the website had many mistakes, our staff had to correct almost all the German pages.

We will pay only € 600 of the € 1.200. I think it is fair.

Valentina Russo
Russo Tour Operator""",
  cr="bp", fmt="html",
  html="""<div style="font-family:Verdana;font-size:10pt">Buongiorno Emily,<br><br>purtroppo il lavoro non è stato fatto bene. The translation of the website had many mistakes, our staff had to correct almost all the German pages.<br><br>We will pay only € 600 of the € 1.200. I think it is fair.<br><br><b>Valentina Russo</b><br>Russo Tour Operator</div>""",
  q=("gm", 4, """Hi Valentina,

A reminder that INV-90030 for €1,200.00 (website translation DE/EN) is now overdue.

Best,
Emily
Bright Pixel Studio""", "INV-90030 - traduzione sito"),
  i="D", a="600.00 EUR", n="Italian HTML; poor work, pays only half -> dispute; contested € 600")

M(d="2025-09-27", fr="Stavros Kostas <stavros@kostas-honey.example>", tz="+0300", s="RE: INV-38595",
  b="""Λάθος τιμή!
Wrong price, we agreed €2,10 per jar label, not €2,60.

Stavros""",
  cr="hl",
  q=("ios", 2, """Dear Stavros,

INV-38595 for €1,560.00 (600 printed jar labels) is overdue.

Kind regards,
Harbour Lane Print Co"""),
  i="D", a="2.60 EUR", n="Greek short; unit price contested, only per-unit figures stated -> charged unit price €2,60")

# ---------------------------------------------------------------- already_paid
M(d="2025-09-08", fr="Gökhan Öztürk <gokhan@ozturk-tekstil.example>", tz="+0300", s="YNT: INV-37790",
  b="""Merhaba,

Ödeme yapılmıştır. The payment has been done on 05.09.2025, the dekont is attached.

İyi çalışmalar,
Gökhan Öztürk
Öztürk Tekstil""",
  fmt="alt", att=["dekont_05092025.pdf"],
  q=("gm", 4, """Dear Gökhan,

INV-37790 for €2,640.00 is overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", n="Turkish/English; paid 05.09.2025, bank receipt (dekont) attached")

M(d="2026-02-17", fr="Nicolas Favre <n.favre@favre-horlogerie.example>", tz="+0100", s="RE: Rappel INV-81760",
  b="""Bonjour Madame,

Le paiement a été effectué hier, CHF 3'120.–. Vous devriez le recevoir demain.

The payment was made yesterday.

Meilleures salutations
Nicolas Favre
Favre Horlogerie SA, La Chaux-de-Fonds""",
  cr="al",
  q=("fr", 2, """Dear Mr Favre,

invoice INV-81760 over CHF 3'120.00 is overdue.

Best regards
Alpenrose Logistik GmbH""", "Rappel INV-81760"),
  i="A", a="3120.00 CHF", n="Swiss French; 'CHF 3'120.–' format; paid yesterday")

M(d="2026-06-06", fr="Asif Mahmood <asif.mahmood@mahmood-cutlery.example>", tz="+0500", s="RE: INV-53550",
  b="""Sir, payment already sent 2 days back. Pls check.""",
  q=("and", 1, """Dear Asif,

INV-53550 for GBP 870.00 is overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", n="Pakistani short 'sent 2 days back'")

M(d="2026-08-31", fr="Haruka Inoue <h.inoue@inoue-kobo.example>", tz="+0900", s="Re: INV-56440 balance",
  b="""Dear Emily,

We remitted ¥89,340 on August 28. The invoice amount was ¥90,000, but we deducted the bank transfer fee of ¥660 as is the custom in Japan. I hope this is no problem.

Best regards,
Haruka Inoue""",
  cr="bp",
  q=("gm", 2, """Hi Haruka,

Thank you for your payment. We notice a small balance of ¥660 still open on INV-56440. Could you check?

Best,
Emily
Bright Pixel Studio""", "INV-56440 balance"),
  i="A", a="89340.00 JPY",
  n="HARD: Japanese; paid less the bank fee (custom), explains rather than contests -> already_paid; amount = remitted")

M(d="2026-11-12", fr="Lotte Mulder <lotte@mulder-kapsalon.example>", tz="+0100", s="Antw: INV-89710",
  b="""Hoi, betaald via iDEAL op 10 november. Paid via iDEAL on 10 November. Groetjes, Lotte""",
  cr="bp", fmt="html",
  html="""<p>Hoi, betaald via iDEAL op 10 november. Paid via iDEAL on 10 November. Groetjes, Lotte</p>""",
  i="A", n="Dutch/English HTML-only one-liner, iDEAL payment")

M(d="2026-11-09", fr="Mona Abdallah <mona.abdallah@abdallah-pharma.example>", tz="+0200", s="RE: INV-89260 overdue",
  b="""Dear Sir,

We need your confirmation of receipt of USD 5,100 which we sent on 2nd November from Banque Misr. Our auditors are asking for it.

Best regards,
Mona Abdallah
Chief Accountant""",
  att=["transfer_confirmation.pdf"],
  fmt="alt", q=("ol", 3, """Dear Mona,

INV-89260 for USD 5,100.00 is overdue. Please arrange payment.

Kind regards,
Northwind Supplies Ltd"""),
  i="A", a="5100.00 USD", n="HARD: Egyptian; asks confirmation of receipt of a payment sent -> already_paid")

# ---------------------------------------------------------------- question
M(d="2025-09-17", fr="Oh Jae-won <jaewon.oh@mirae-display.example>", tz="+0900", s="Re: INV-38060",
  b="""Dear Sir,

Our US office in New Jersey will pay this invoice. They need your W-9 form before they can set you up as vendor. Could you send it to me or directly to ap-us@mirae-display.example?

Thank you,
Oh Jae-won""",
  cr="mo",
  q=("gmus", 2, """Hello,

Invoice INV-38060 for $5,480.00 is past due. Please remit payment.

Thank you,
Meridian Office Solutions Inc."""),
  i="Q", n="Korean; W-9 needed for US subsidiary")

M(d="2026-02-02", fr="Carina Roth <c.roth@roth-metall.example>", s="AW: INV-80905",
  b="""Guten Tag,

können Sie uns bitte eine Kopie des unterschriebenen Lieferscheins schicken? Unser Wareneingang braucht den Lieferschein für die Freigabe.

Could you send us the signed delivery note? Our goods receipt needs it for the approval.

Danke und Gruß
Carina Roth""",
  cr="al",
  q=("de", 3, """Sehr geehrte Frau Roth,

die Rechnung INV-80905 über 1.725,00 EUR ist fällig.

Mit freundlichen Grüßen
Alpenrose Logistik GmbH""", "INV-80905"),
  i="Q", n="German/English; asks signed delivery note for internal approval, not contesting")

M(d="2026-06-17", fr="Marcelo Tavares <marcelo@tavares-calcados.example>", tz="-0300", s="Res: INV-53720",
  b="""Hello,

Can you issue the invoice to our Portugal office instead (Tavares Calçados Europa, Lda., Porto)? Our company pays all European suppliers from Portugal, from Brazil it is very complicated with the Central Bank.

Obrigado,
Marcelo Tavares""",
  q=("gm", 4, """Dear Marcelo,

INV-53720 for €5,850.00 is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="Brazilian; asks to re-address invoice to another entity")

M(d="2025-09-24", fr="Eva Martínez <eva.martinez@martinez-hogar.example>", tz="+0200", s="RE: INV-38700",
  b="""Buenos días,

¿Me podría indicar el número de pedido? Our system needs the order number (número de pedido) to approve the invoice, and I cannot find it.

Gracias,
Eva Martínez
Cuentas a pagar""",
  cr="gf",
  q=("gm", 2, """Dear Eva,

INV-38700 for €1,410.00 is overdue.

Kind regards,
Greenfold Packaging"""),
  i="Q", n="Spanish; asks order number")

M(d="2026-11-22", fr="Hessa Al Suwaidi <hessa@alsuwaidi-events.example>", tz="+0400", s="RE: INV-90320",
  b="""Dear Sir,

As per UAE VAT law we need a tax invoice with your TRN (tax registration number). The invoice we received does not show it. Kindly advise if you are registered for VAT in the UAE and send us the tax invoice.

Best regards,
Hessa Al Suwaidi""",
  cr="ks",
  q=("gm", 3, """Dear Hessa,

Invoice INV-90320 for AED 18,900.00 (event site services) is overdue.

Kind regards,
Kestrel Facilities Services"""),
  i="Q", n="UAE Sunday mail; TRN / tax invoice question")

M(d="2026-08-12", fr="Federico Marino <f.marino@marino-ottica.example>", s="R: INV-56180",
  b="""Buongiorno,

potete inviarmi l'estratto conto aggiornato? Could you send me the updated statement of account? I think we have a credit from last year, but I am not sure, our old accountant left.

Grazie
Federico Marino""",
  q=("gm", 3, """Dear Federico,

INV-56180 for €940.00 is now overdue.

Kind regards,
Northwind Supplies Ltd"""),
  i="Q", n="Italian; statement request, unsure about old credit, not contesting")

# ---------------------------------------------------------------- ignore
M(d="2026-08-10", fr="Ufficio Amministrazione <amministrazione@bellini-arredi.example>", s="Risposta automatica: INV-56120",
  b="""Gentile cliente,
il nostro ufficio resterà chiuso per ferie dal 10 al 23 agosto. Riapriremo lunedì 24 agosto.

Dear customer,
our office is closed for the summer holidays from 10 to 23 August. We reopen on Monday 24 August.

Bellini Arredi S.r.l.""",
  auto=1, tz="+0200",
  i="I", rd=("md", 8, 24), n="Italian/English Ferragosto closure; reopen 24 August")

M(d="2026-02-06", fr="AP Helpdesk <ap.helpdesk@sundaram-motors.example>", tz="+0530", s="RE: INV-47590 [Ticket AP/2026/4471]",
  b="""Dear Vendor,

Thank you for your mail. This is an auto generated acknowledgement. Your mail has been received by the Accounts Payable team and the ticket no. AP/2026/4471 is generated. Our team will revert within 5 working days.

Please do not reply to this mail.

Sundaram Motors Ltd - Shared Services""",
  auto=1,
  i="I", n="Indian AP helpdesk auto-ack; ticket number not an invoice ref")

M(d="2025-08-12", fr="Eleftheria Manou <e.manou@manou-ceramics.example>", tz="+0300", s="Αυτόματη απάντηση: INV-36950",
  b="""Λείπω σε άδεια έως 25 Αυγούστου.
I am on leave until 25 August.

Eleftheria Manou""",
  auto=1,
  i="I", rd=("md", 8, 25), n="Greek/English OOO until 25 August")

M(d="2026-06-29", fr="Mariana Gutiérrez <mgutierrez@gutierrez-muebles.example>", tz="-0600", s="RE: INV-54310",
  b="""Enterado, gracias. Noted with thanks, I will tell my boss.

Mariana""",
  cr="mo",
  q=("gmus", 1, """Hello Mariana,

Invoice INV-54310 for $2,140.00 is past due.

Thank you,
Meridian Office Solutions Inc."""),
  i="I", n="HARD: Mexican ack + 'will tell my boss' = passing on, no promise -> ignore")

M(d="2026-02-16", fr="Renata Alves <renata@alves-eventos.example>", tz="-0300", s="Resposta automática: INV-47720",
  b="""Olá! Estaremos em recesso de Carnaval de 16 a 18 de fevereiro. Retornamos no dia 19.

Hello! We are closed for Carnival from 16 to 18 February. Back on 19 February.

Alves Eventos""",
  auto=1,
  i="I", rd=("md", 2, 19), n="Brazilian/English Carnival auto-reply; back 19 February")

M(d="2025-09-15", fr="Buchhaltung <rechnung@zahlung-portal-service.example>", s="Offene Rechnung Nr. 2025-8812 - Letzte Mahnung / Final notice",
  b="""Sehr geehrter Kunde,

Ihre Rechnung ist seit 14 Tagen offen. Laden Sie die Rechnung hier herunter: http://zahlung-portal-service.example/rechnung.zip

Dear customer, your invoice is open since 14 days. Download here.

Mit freundlichen Grüßen
Buchhaltung""",
  cr="al", noref=1,
  i="I", n="HARD: German/English phishing 'invoice' spam with a zip link -> ignore; its number is not our invoice ref")

# --- END OF DATA ---

if __name__ == "__main__":
    sys.exit(main("intl"))
