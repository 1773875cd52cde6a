# ruff: noqa: E501  (mail texts are data; they keep their own line breaks)
"""Third held-out set: 136 hand-written mails (corpus source "hand_heldout_3").

Written and labelled blind: the writer read only the label conventions and the earlier hand
sets, never the extractor's code or tests, and the extractor had not been run on these mails
when they were committed. Labels list what a careful reader would extract, normalised as
``triage.details`` documents, whether or not the extractor can do it.

Label decisions taken here (the earlier sets leave them open):
- a local phone number of another country is normalised with the country the mail makes plain
  (rupees and an Indian name, naira...); ``opts.default_region`` is set as in the earlier
  Singapore mail;
- a date a mail is about (lost phone, refund confirmed, "yesterday it was still there") is a
  transaction date; dates in quoted mail headers and deadlines are not;
- parcel tracking numbers and support case numbers are not transaction ids; a shop's order or
  booking number for the disputed payment is;
- statuses the customer quotes ("Processing", "处理中") are error messages; a nationality
  adjective ("my Belgian account") is avoided rather than labelled;
- a mixed English/Chinese mail takes the language most of its words are in.
"""

from __future__ import annotations

from typing import Any

EA = "2026-12-08T09:05:00+00:00"  # a Tuesday (London)
EB = "2027-01-04T14:30:00-05:00"  # a Monday (New York)
EC = "2026-09-17T19:45:00+10:00"  # a Thursday (Sydney)
ED = "2026-10-02T07:20:00+01:00"  # a Friday (Lagos / London summer time)
EE = "2027-02-26T23:50:00+05:30"  # a Friday (India)
EF = "2026-08-31T12:00:00+02:00"  # a Monday (Berlin)
ZA = "2026-12-10T21:30:00+08:00"  # a Thursday
ZB = "2027-01-02T00:40:00+08:00"  # a Saturday, just after midnight
ZC = "2026-10-08T10:15:00+08:00"  # a Thursday
ZD = "2027-02-15T16:00:00+08:00"  # a Monday
ZE = "2026-11-16T13:25:00+08:00"  # a Monday (Taipei / Hong Kong / Singapore)

HOLDOUT_3: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- English
    dict(
        lang="en",
        sent=EA,
        text="""Hi OKPay,

i topped up £150 from my Monzo card on sunday night and it's still not in my wallet. The card statement shows it as taken.
Top-up ref: TU-8830-2291-KQ

thanks
Ellie
--
Ellie Marsh
14 Cranbrook Road, BS6 7BN
07712 918 442""",
        exp=dict(
            amount=["150.00 GBP"],
            transaction_date=["2026-12-06"],
            transaction_id=["TU-8830-2291-KQ"],
            account_contact=["+447712918442"],
        ),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""Hello - two identical charges of €64.90 for one Zalando order (order 10502883716241, placed 3 December). Zalando says they only got paid once. Could you look into it and refund the extra one?
Regards, Pieter van Dijk""",
        exp=dict(
            amount=["64.90 EUR"],
            transaction_id=["10502883716241"],
            transaction_date=["2026-12-03"],
        ),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""okpay keeps crashing the second i tap 'Send'. galaxy s25 ultra, one ui 7, app 6.3.2. whatsapp and everything else is fine (whatsapp is on 2.24.25.78 if that matters)""",
        exp=dict(
            device_model=["Samsung Galaxy S25 Ultra"],
            os_version=["One UI 7"],
            app_version=["6.3.2"],
        ),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""Subject: Re: Re: refund still missing

As I said twice already, the refund of USD 312.40 for the cancelled booking has not arrived. Your refund reference was RF-20261119-0042. I also opened case #48213 with your chat team, no answer.

Not happy.
M. Osei""",
        exp=dict(amount=["312.40 USD"], transaction_id=["RF-20261119-0042"]),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""Hi, I'm moving to Canada next month - will my OKPay account still work there or do I need to change something? Thanks!""",
        exp=dict(country=["CA"]),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""Dear team, on 30/11 I paid a taxi 23 GBP with OKPay and it was taken three times!! 69 quid gone. Please sort this out. Reference numbers in the app: 5581902, 5581903, 5581907.""",
        exp=dict(
            transaction_date=["2026-11-30"],
            amount=["23.00 GBP", "69.00 GBP"],
            transaction_id=["5581902", "5581903", "5581907"],
        ),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""Can't log in. It says "Incorrect email or password" but I reset the password and I'm typing it right. My login is Harriet.Cole@Gmail.com. Phone is a pixel 9, android 16.""",
        exp=dict(
            error_message=["Incorrect email or password"],
            account_contact=["harriet.cole@gmail.com"],
            device_model=["Google Pixel 9"],
            os_version=["Android 16"],
        ),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""Good morning,
Please be advised that I wish to dispute a transaction of GBP 1,049.00 made on 5 December 2026 at 23:41 to "CRYPTO-XCH LTD". I did not authorise this payment. Transaction reference: 7F3K-99QA-21LM.
Yours faithfully,
Dr R. Naidoo
Tel +44 20 7946 0321""",
        exp=dict(
            amount=["1049.00 GBP"],
            transaction_date=["2026-12-05T23:41"],
            transaction_id=["7F3K-99QA-21LM"],
            account_contact=["+442079460321"],
        ),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""hi my wallet says Account under review - some features are limited. what did i do wrong? been a customer 4 years""",
        exp=dict(error_message=["Account under review - some features are limited"]),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""Thanks to Jess from your chat team, she was super helpful. You can close the ticket.""",
        exp={},
    ),
    dict(
        lang="en",
        sent=EA,
        text="""Lost my phone on the bus yesterday (iPhone 14). Please block my OKPay. Email: t.nguyen.work@gmail.com, the phone number was 07956 330 184. I'm writing from my partner's laptop.""",
        exp=dict(
            device_model=["iPhone 14"],
            transaction_date=["2026-12-07"],
            account_contact=["t.nguyen.work@gmail.com", "+447956330184"],
        ),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""Hi, feedback: the new 'split bill' feature is lovely but it rounds wrong. We split £47.85 three ways and it asked each of us for £15.96, which adds up to more than the bill. Small thing!""",
        exp=dict(amount=["47.85 GBP", "15.96 GBP"]),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""Hello,
My refund for the returned jacket still hasn't shown. I sent it back with Royal Mail (tracking AB123456789GB) and the shop (order ASOS-7712093) confirmed receipt on 26 November. Refund amount is £74.00.
Thanks, Priya
Flat 3, 22 Elm Grove, N8 9BU""",
        exp=dict(
            transaction_id=["ASOS-7712093"],
            transaction_date=["2026-11-26"],
            amount=["74.00 GBP"],
        ),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""The Face ID option disappeared after updating to iOS 26.2. I'm on iPhone 16 Plus, okpay 6.3.3. My banking app (v4.18) still has Face ID, so it's not the phone.""",
        exp=dict(os_version=["iOS 26.2"], device_model=["iPhone 16 Plus"], app_version=["6.3.3"]),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""hiya can u call me back pls 0 7 8 4 1 2 2 6 9 5 0 , cant type much on this phone lol""",
        exp=dict(account_contact=["+447841226950"]),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""Hi, trying to add my Revolut IBAN as withdrawal account: IE03 REVO 9903 6012 3456 87 - the app says the IBAN isn't valid. But it works for everything else?""",
        exp={},
        inv=dict(recipient_account=[["IE03REVO99036012345687", "iban_checksum"]]),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""Hi, please update my email from old.address@btinternet.com to Sarah.J.Kent@outlook.com.
Thanks, Sarah""",
        exp=dict(account_contact=["old.address@btinternet.com", "sarah.j.kent@outlook.com"]),
    ),
    dict(
        lang="en",
        sent=EA,
        text="""pixel 8 pro / android 16 / okpay 6.3.3 -- tap to pay at the shop just gives "Card not read, try again" every time. Contactless with Google Wallet works on the same till.""",
        exp=dict(
            device_model=["Google Pixel 8 Pro"],
            os_version=["Android 16"],
            app_version=["6.3.3"],
            error_message=["Card not read, try again"],
        ),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""hey, sent $2,300 to my cousin in Manila on Dec 31 for new years, ref OKP-PH-55102937. status has been "Processing" for 4 days now. she's with BDO, acct 0021 8845 6612.
thanks, Marco +1 917-382-6614""",
        exp=dict(
            amount=["2300.00 USD"],
            country=["PH"],
            transaction_date=["2026-12-31"],
            transaction_id=["OKP-PH-55102937"],
            error_message=["Processing"],
            recipient_account=["002188456612"],
            account_contact=["+19173826614"],
        ),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""Happy new year. My payment of 18.75 dollars at Joe's Coffee this morning shows twice in history. Not a huge amount but still. iPhone 15 Pro Max / iOS 26.2 / OKPay 6.3.4""",
        exp=dict(
            amount=["18.75 USD"],
            transaction_date=["2027-01-04"],
            device_model=["iPhone 15 Pro Max"],
            os_version=["iOS 26.2"],
            app_version=["6.3.4"],
        ),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""I need to send CAD 4,800 to my daughter's account in Toronto for her tuition. Transit 00012, institution 004, account 5029117. Is same-day possible? Fees?""",
        exp=dict(amount=["4800.00 CAD"], country=["CA"], recipient_account=["5029117"]),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""My bank (AIB) says the EUR 950 from OKPay was returned because the account is closed - but it's a brand new account! Transfer done 28 December to IE76 AIBK 9311 5218 7309 24. Where is the money now?
Siobhan""",
        exp=dict(
            amount=["950.00 EUR"],
            transaction_date=["2026-12-28"],
            recipient_account=["IE76AIBK93115218730924"],
        ),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""Hello
my OKPay balance is in USD and I want to pay a supplier in Mexico in pesos. Amount is MXN 38,500. They gave me CLABE 002180700545718226. Can the app do this?""",
        exp=dict(country=["MX"], amount=["38500.00 MXN"], recipient_account=["002180700545718226"]),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""App version 6.3.4 on Galaxy A35. When I add my debit card I get "We couldn't verify this card (code 3DS-17)". The card is a regular Visa from Chase.""",
        exp=dict(
            app_version=["6.3.4"],
            device_model=["Samsung Galaxy A35"],
            error_message=["We couldn't verify this card (code 3DS-17)"],
        ),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""pls help asap, someone in a facebook group said to send you my card to get the bonus so here: 4147 2030 1188 5569 exp 09/29 security code 218. where is my bonus???""",
        exp={},
        sens=["card_number", "cvv"],
    ),
    dict(
        lang="en",
        sent=EB,
        text="""I was charged a $3.00 "inactivity fee" on January 1st. I use the app every week! Please reverse it.""",
        exp=dict(amount=["3.00 USD"], transaction_date=["2027-01-01"]),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""Do you have a desktop version or only the phone app? My eyes aren't great and the screen is small.""",
        exp={},
    ),
    dict(
        lang="en",
        sent=EB,
        text="""<div dir="ltr">Hi,<br><br>I paid&nbsp;<b>$59.00</b> for a concert ticket on 12/28/2026 and the seller says it never came through. Transaction # is 4471-0092-3316.<br><br>Thanks,<br>Alicia</div>""",
        exp=dict(
            amount=["59.00 USD"],
            transaction_date=["2026-12-28"],
            transaction_id=["4471-0092-3316"],
        ),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""That doesn't answer my question. The money is STILL not back.

On Tue, Dec 29, 2026 at 10:14 AM OKPay Support <support@okpay.com> wrote:
> Hello, thank you for contacting us. Refunds usually take 3-5 business days.
> Kind regards, OKPay Support

My original refund was $145.20, requested Dec 22.""",
        opts=dict(own_addresses=["support@okpay.com"]),
        exp=dict(amount=["145.20 USD"], transaction_date=["2026-12-22"]),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""Hi - I think your app charged me in the wrong currency. I paid a hotel in Lisbon 420 EUR but my USD balance went down by $498.37 instead of ~$455. Hotel booking ref HX-88213.""",
        exp=dict(
            amount=["420.00 EUR", "498.37 USD", "455.00 USD"],
            country=["PT"],
            transaction_id=["HX-88213"],
        ),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""Your app logged me out and now says "This device is not registered to your account". I haven't changed phones!! Still the same iPhone 13 mini. Please fix, I need to pay rent today.""",
        exp=dict(
            error_message=["This device is not registered to your account"],
            device_model=["iPhone 13 mini"],
        ),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""The SMS code never comes, I've waited 20 min and asked for a new one 4 times. Number on the account is +1 (312) 846-2290. Phone is a Samsung Galaxy A16.""",
        exp=dict(account_contact=["+13128462290"], device_model=["Samsung Galaxy A16"]),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""Suggestion: let us schedule recurring transfers. I pay my nanny $600 every Friday and doing it by hand is annoying. Otherwise great app!""",
        exp=dict(amount=["600.00 USD"]),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""Wiring USD 12,000 to a supplier in Shenzhen. Bank of China, account 7563 2209 1184, SWIFT BKCHCNBJ45A. Please confirm the cut-off time for today.""",
        exp=dict(
            amount=["12000.00 USD"],
            country=["CN"],
            recipient_account=["756322091184"],
            swift_bic=["BKCHCNBJ45A"],
        ),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""My ATM withdrawal in Cancún was 2,000 MXN but I was charged that plus a 'convenience fee' of 95 MXN plus your 2% fee?? Date was Dec 27.""",
        exp=dict(
            amount=["2000.00 MXN", "95.00 MXN"],
            country=["MX"],
            transaction_date=["2026-12-27"],
        ),
    ),
    dict(
        lang="en",
        sent=EB,
        text="""-----Original Message-----
From: Kenji Sato <Kenji.Sato@docomo.ne.jp>
Sent: Sunday, January 3, 2027 9:12 PM
Subject: transfer

My transfer of ¥150,000 to Osaka (MUFG, account 0012345, BOTKJPJT) did not arrive. Ref JP-OK-2701-0311.""",
        exp=dict(
            account_contact=["kenji.sato@docomo.ne.jp"],
            amount=["150000 JPY"],
            country=["JP"],
            recipient_account=["0012345"],
            swift_bic=["BOTKJPJT"],
            transaction_id=["JP-OK-2701-0311"],
        ),
    ),
    dict(
        lang="en",
        sent=EC,
        text="""G'day, transferred AUD 1,200 to my mate's account in New Zealand on Tuesday (ANZ, 01-0242-0123456-00). It shows "Completed" but he's got nothing. Txn OK-AU-90217733""",
        exp=dict(
            amount=["1200.00 AUD"],
            country=["NZ"],
            transaction_date=["2026-09-15"],
            recipient_account=["010242012345600"],
            error_message=["Completed"],
            transaction_id=["OK-AU-90217733"],
        ),
    ),
    dict(
        lang="en",
        sent=EC,
        text="""hi. the app is asking me to update to 6.3.0 but the play store only has 6.2.8?? Oppo Find X8, ColorOS 15""",
        exp=dict(
            app_version=["6.3.0", "6.2.8"],
            device_model=["OPPO Find X8"],
            os_version=["ColorOS 15"],
        ),
    ),
    dict(
        lang="en",
        sent=EC,
        text="""Paid the plumber 680 AUD on 14/09 by bank transfer (BSB 032-001, acct 281 774) but he says he never got it. Reference on my side: PID-140926-7715.""",
        exp=dict(
            amount=["680.00 AUD"],
            transaction_date=["2026-09-14"],
            recipient_account=["281774"],
            transaction_id=["PID-140926-7715"],
        ),
    ),
    dict(
        lang="en",
        sent=EC,
        text="""I'm on holiday in Phuket and card payments keep failing with "Transaction not permitted in this country". Tried to pay 1,850 baht at a restaurant tonight, declined twice. Please unblock Thailand!""",
        exp=dict(
            country=["TH"],
            error_message=["Transaction not permitted in this country"],
            amount=["1850.00 THB"],
            transaction_date=["2026-09-17"],
        ),
    ),
    dict(
        lang="en",
        sent=EC,
        text="""My PIN is 0629 and the app still says 'Incorrect PIN, 2 attempts left'. I've changed nothing. Galaxy Z Fold6""",
        exp=dict(
            error_message=["Incorrect PIN, 2 attempts left"],
            device_model=["Samsung Galaxy Z Fold 6"],
        ),
        sens=["pin"],
    ),
    dict(
        lang="en",
        sent=EC,
        text="""Hi there, just asking: what's the max I can send to Japan per day? I need to pay ¥480,000 for my apartment deposit in Osaka.""",
        exp=dict(country=["JP"], amount=["480000 JPY"]),
    ),
    dict(
        lang="en",
        sent=EC,
        text="""I transferred money to the wrong account!! 250 AUD went to acct 10452287 instead of 10452278. Can you stop it before it lands?""",
        exp=dict(amount=["250.00 AUD"], recipient_account=["10452287", "10452278"]),
    ),
    dict(
        lang="en",
        sent=EC,
        text="""Sent 3,000 NZD to my landlord in Auckland, ANZ account 06-0158-0932817-00. Wrong reference entered (typed 'bond' instead of his unit number 4B). Can I edit it? Transfer went out 16 Sept 3:10pm.""",
        exp=dict(
            amount=["3000.00 NZD"],
            country=["NZ"],
            recipient_account=["060158093281700"],
            transaction_date=["2026-09-16T15:10"],
        ),
    ),
    dict(
        lang="en",
        sent=EC,
        text="""hey is there a way to turn off the sound when a payment arrives? it's driving my cat insane 😂""",
        exp={},
    ),
    dict(
        lang="en",
        sent=EC,
        text="""P60 Pro here (Huawei, no Google services). Your app from AppGallery is stuck on 6.1.9 while friends on iPhone have 6.3.x. When will AppGallery get the new version?""",
        exp=dict(device_model=["Huawei P60 Pro"], app_version=["6.1.9"]),
    ),
    dict(
        lang="en",
        sent=EC,
        text="""I got a notification that someone sent me A$0.01 with the note "verify". Is this a scam? Galaxy S23 FE if it matters.""",
        exp=dict(amount=["0.01 AUD"], device_model=["Samsung Galaxy S23 FE"]),
    ),
    dict(
        lang="en",
        sent=EC,
        text="""Is there a problem with payments to UAE? My transfer of AED 7,300 to Emirates NBD (AE39 0260 0010 1573 8294 651, EBILAEAD) got "Rejected - compliance review". Ref OKP-AE-4471029.""",
        exp=dict(
            country=["AE"],
            amount=["7300.00 AED"],
            recipient_account=["AE390260001015738294651"],
            swift_bic=["EBILAEAD"],
            error_message=["Rejected - compliance review"],
            transaction_id=["OKP-AE-4471029"],
        ),
    ),
    dict(
        lang="en",
        sent=ED,
        text="""Good morning OKPay. I funded my wallet with NGN 85,000 via bank transfer on Wednesday but it has not reflected. Session ID 000013261001143022118832990012. I am using Infinix Hot 40i.
Chukwuemeka
0803 112 4590""",
        opts=dict(default_region="NG"),
        exp=dict(
            amount=["85000.00 NGN"],
            transaction_date=["2026-09-30"],
            transaction_id=["000013261001143022118832990012"],
            device_model=["Infinix Hot 40i"],
            account_contact=["+2348031124590"],
        ),
    ),
    dict(
        lang="en",
        sent=ED,
        text="""Hello, the app shows "Your transfer limit for this month has been reached (₦2,000,000)" but I've only sent about ₦600k this month. Please check my tier.""",
        exp=dict(
            error_message=["Your transfer limit for this month has been reached (₦2,000,000)"],
            amount=["2000000.00 NGN", "600000.00 NGN"],
        ),
    ),
    dict(
        lang="en",
        sent=ED,
        text="""Sent £400 to my brother's Barclays account yesterday evening, sort code 20-45-77, account 71638401. It bounced with "Payee details do not match". I checked the name 3 times. Can you help?""",
        exp=dict(
            amount=["400.00 GBP"],
            transaction_date=["2026-10-01"],
            recipient_account=["71638401"],
            error_message=["Payee details do not match"],
        ),
    ),
    dict(
        lang="en",
        sent=ED,
        text="""Hi, trying to pay my landlord in Germany, IBAN DE57 5007 0010 0092 8374 56 - the app refuses it. The rent is 1.150 EUR and due tomorrow. Can you check what's wrong?""",
        exp=dict(country=["DE"], amount=["1150.00 EUR"]),
        inv=dict(recipient_account=[["DE57500700100092837456", "iban_checksum"]]),
    ),
    dict(
        lang="en",
        sent=ED,
        text="""Moto Edge 50 Pro, Android 15. Every time I open Cards the app restarts. Already reinstalled 6.3.1 twice.""",
        exp=dict(
            device_model=["Motorola Edge 50 Pro"], os_version=["Android 15"], app_version=["6.3.1"]
        ),
    ),
    dict(
        lang="en",
        sent=ED,
        text="""URGENT. Someone is in my account, I got texts for logins I didn't do. I already changed my password to Kwame!2026safe but I don't trust it. Freeze everything please. my number 024 455 7812 (Ghana)""",
        opts=dict(default_region="GH"),
        exp=dict(account_contact=["+233244557812"], country=["GH"]),
        sens=["password"],
    ),
    dict(
        lang="en",
        sent=ED,
        text="""Refund for my Jumia order 361245789 (₦23,500) was approved on the 25th but the money went back to my old card, not my wallet. The card is closed.""",
        exp=dict(
            transaction_id=["361245789"],
            amount=["23500.00 NGN"],
            transaction_date=["2026-09-25"],
        ),
    ),
    dict(
        lang="en",
        sent=ED,
        text="""Hello, I want to report a bug: on the transfer confirm screen the fee shows as free but afterwards I'm charged £1.50. Happens on every transfer. No big deal but you should fix it.""",
        exp=dict(amount=["1.50 GBP"]),
    ),
    dict(
        lang="en",
        sent=ED,
        text="""Dear OKPay,

I, the undersigned, authorise my daughter Amara Okafor to make enquiries on my account. My account email is grace.okafor@yahoo.co.uk and my phone +234 809 443 2187.

Mrs Grace Okafor""",
        exp=dict(account_contact=["grace.okafor@yahoo.co.uk", "+2348094432187"]),
    ),
    dict(
        lang="en",
        sent=ED,
        text="""Tecno Spark 20 Pro, app version 6.3.1. When I try to buy airtime for 1,000 naira it says Transaction failed. Try again later. but my balance is deducted each time. Happened 3 times this morning.""",
        exp=dict(
            device_model=["Tecno Spark 20 Pro"],
            app_version=["6.3.1"],
            amount=["1000.00 NGN"],
            error_message=["Transaction failed. Try again later"],
            transaction_date=["2026-10-02"],
        ),
    ),
    dict(
        lang="en",
        sent=ED,
        text="""Sent GHS 1,500 from my wallet to MTN MoMo last night and my sister still hasn't received it. Transaction ID: 46817720391. My OKPay email: kofi.mensah.gh@gmail.com""",
        exp=dict(
            amount=["1500.00 GHS"],
            transaction_date=["2026-10-01"],
            transaction_id=["46817720391"],
            account_contact=["kofi.mensah.gh@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=ED,
        text="""BE11 0635 2198 7448 is my account in Belgium (KBC, KREDBEBB). Please send my remaining balance of €1,812.44 there, I'm closing OKPay.""",
        exp=dict(
            recipient_account=["BE11063521987448"],
            country=["BE"],
            swift_bic=["KREDBEBB"],
            amount=["1812.44 EUR"],
        ),
    ),
    dict(
        lang="en",
        sent=EE,
        text="""Sir, I have sent Rs. 15,000 to my brother's HDFC account 50100234417789 (IFSC HDFC0001234) on 24-02-2027 at 6:40 PM. Amount debited from wallet but not credited. UTR no. 705512349881. Kindly do the needful.
Regards
Suresh Kumar
+91-98450 22761""",
        exp=dict(
            amount=["15000.00 INR"],
            recipient_account=["50100234417789"],
            transaction_date=["2027-02-24T18:40"],
            transaction_id=["705512349881"],
            account_contact=["+919845022761"],
        ),
    ),
    dict(
        lang="en",
        sent=EE,
        text="""App not opening after update. Redmi Note 14 Pro 5G, HyperOS 2.0.3. Version says 6.4.0. Error: 'App not installed correctly. Please reinstall from Play Store.'""",
        exp=dict(
            device_model=["Redmi Note 14 Pro"],
            os_version=["HyperOS 2.0.3"],
            app_version=["6.4.0"],
            error_message=["App not installed correctly. Please reinstall from Play Store"],
        ),
    ),
    dict(
        lang="en",
        sent=EE,
        text="""i want to send money to my son studying in Melbourne, around 2 lakh rupees. what is the exchange rate today and how long it takes?""",
        exp=dict(country=["AU"], amount=["200000.00 INR"]),
    ),
    dict(
        lang="en",
        sent=EE,
        text="""Please stop sending me promotional SMS. I have unsubscribed 3 times.""",
        exp={},
    ),
    dict(
        lang="en",
        sent=EE,
        text="""My husband and I both have OKPay. I sent him ₹7,500 on Tuesday night around 10 and he hasn't got it. Txn ID TXN7719020233. My number is 99301 48827.""",
        opts=dict(default_region="IN"),
        exp=dict(
            amount=["7500.00 INR"],
            transaction_date=["2027-02-23T22:00"],
            transaction_id=["TXN7719020233"],
            account_contact=["+919930148827"],
        ),
    ),
    dict(
        lang="en",
        sent=EE,
        text="""My phone number changed. Old: 9845022761 New: 7019 334 588. Email same as before: skumar.blr@rediffmail.com""",
        opts=dict(default_region="IN"),
        exp=dict(account_contact=["+919845022761", "+917019334588", "skumar.blr@rediffmail.com"]),
    ),
    dict(
        lang="en",
        sent=EE,
        text="""Dear Sir/Madam, kindly note that my OKPay wallet was debited ₹1,299 on 21/02/2027 for a Netflix subscription that I cancelled last year. Merchant ref NFX-IN-0098812. Request you to reverse.""",
        exp=dict(
            amount=["1299.00 INR"],
            transaction_date=["2027-02-21"],
            transaction_id=["NFX-IN-0098812"],
        ),
    ),
    dict(
        lang="en",
        sent=EE,
        text="""No issues, just wanted to say the cashback on electricity bills is very useful. 🙏""",
        exp={},
    ),
    dict(
        lang="en",
        sent=EF,
        text="""Hallo, I'm sending 2.500 € to my sister in Vienna every month. This month's transfer (Überweisung vom 28.08.) didn't arrive. IBAN AT03 1200 0520 6618 3294, BIC BKAUATWW.
Viele Grüße, Katrin""",
        exp=dict(
            amount=["2500.00 EUR"],
            country=["AT"],
            transaction_date=["2026-08-28"],
            recipient_account=["AT031200052066183294"],
            swift_bic=["BKAUATWW"],
        ),
    ),
    dict(
        lang="en",
        sent=EF,
        text="""Need to send CHF 3,000 to a clinic in Zurich. They wrote: IBAN CH03 0483 5019 2837 4650 Y, BIC UBSWCHZH8 - the app won't accept the BIC. Is it missing something?""",
        exp=dict(
            amount=["3000.00 CHF"], country=["CH"], recipient_account=["CH030483501928374650Y"]
        ),
        inv=dict(swift_bic=[["UBSWCHZH8", "bic_length"]]),
    ),
    dict(
        lang="en",
        sent=EF,
        text="""My Pixel 7 fell into the sea on holiday, I'm now on a Nothing Phone (3a) and can't get the verification SMS on my new SIM. Number is +49 176 4432 9810.""",
        exp=dict(
            device_model=["Google Pixel 7", "Nothing Phone (3a)"],
            account_contact=["+4917644329810"],
        ),
    ),
    dict(
        lang="en",
        sent=EF,
        text="""Subject: Chargeback?
Bought sneakers from an online shop (order #SNK-44190-DE) for €189,99 on 12 August, never arrived, shop doesn't answer. DHL tracking 00340434161094042557 shows "returned to sender". Can OKPay get my money back?""",
        exp=dict(
            transaction_id=["SNK-44190-DE"],
            amount=["189.99 EUR"],
            transaction_date=["2026-08-12"],
        ),
    ),
    dict(
        lang="en",
        sent=EF,
        text="""IBAN for the transfer: NL54 RABO 0318 4627 9 (copied from the invoice). App says invalid. Amount €420, to Rotterdam.""",
        exp=dict(amount=["420.00 EUR"], country=["NL"]),
        inv=dict(recipient_account=[["NL54RABO031846279", "iban_length"]]),
    ),
    dict(
        lang="en",
        sent=EF,
        text="""Guten Tag, my app (6.2.9) shows the balance in USD since the update, I want EUR back. Samsung Galaxy S24, Android 15. Danke!""",
        exp=dict(
            app_version=["6.2.9"], device_model=["Samsung Galaxy S24"], os_version=["Android 15"]
        ),
    ),
    dict(
        lang="en",
        sent=EF,
        text="""My verification code is 741903, please just log me in with it, the app keeps saying 'Code expired' and new codes take 10 minutes to come.""",
        exp=dict(error_message=["Code expired"]),
        sens=["otp"],
    ),
    dict(
        lang="en",
        sent=EF,
        text="""Moin! Quick question before I do it: can I send money from my OKPay EUR balance to Poland in złoty? Recipient: PL61 1090 1014 0000 0712 1981 2874, Santander Bank Polska, BIC WBKPPLPP. About 4 000 zł.""",
        exp=dict(
            country=["PL"],
            recipient_account=["PL61109010140000071219812874"],
            swift_bic=["WBKPPLPP"],
            amount=["4000.00 PLN"],
        ),
    ),
    dict(
        lang="en",
        sent=EF,
        text="""Hey, the exchange rate on my SEK transfer was awful. Sent 10 000 kr to Stockholm on Friday and my sister got 9 412 kronor. ref SE-TX-20260828-14.""",
        exp=dict(
            amount=["10000.00 SEK", "9412.00 SEK"],
            country=["SE"],
            transaction_date=["2026-08-28"],
            transaction_id=["SE-TX-20260828-14"],
        ),
    ),
    dict(
        lang="en",
        sent=EF,
        text="""Hi, Turkish lira question: I sent ₺18.500 to my father in Izmir on Thursday (IBAN TR39 0001 0017 2489 3215 7600 00, Ziraat, TCZBTR2A). He sees nothing yet.""",
        exp=dict(
            amount=["18500.00 TRY"],
            country=["TR"],
            transaction_date=["2026-08-27"],
            recipient_account=["TR390001001724893215760000"],
            swift_bic=["TCZBTR2A"],
        ),
    ),
    dict(
        lang="en",
        sent=EF,
        text="""My friend in Bergen gave me his account: NO93 8601 1117 947. I want to send him 5,000 NOK. How long does it take?""",
        exp=dict(country=["NO"], recipient_account=["NO9386011117947"], amount=["5000.00 NOK"]),
    ),
    dict(
        lang="en",
        sent=ZE,
        text="""Hi team, I'm in Singapore. Transfer of S$2,150.00 to my DBS account 072-123456-7 failed with "Recipient not found" at 3.45pm today. Please advise. Contact 8123 4567.""",
        opts=dict(default_region="SG"),
        exp=dict(
            country=["SG"],
            amount=["2150.00 SGD"],
            recipient_account=["0721234567"],
            error_message=["Recipient not found"],
            transaction_date=["2026-11-16T15:45"],
            account_contact=["+6581234567"],
        ),
    ),
    dict(
        lang="en",
        sent=ZB,
        text="""Dear OKPay 客服：
I transferred 5,000 港币 to my HSBC account in Hong Kong on 12/29, account no. 004-123456-838, 到现在没到账. Reference: OKHK261229770.
Thanks 谢谢
Lily Wong""",
        exp=dict(
            amount=["5000.00 HKD"],
            country=["HK"],
            transaction_date=["2026-12-29"],
            recipient_account=["004123456838"],
            transaction_id=["OKHK261229770"],
        ),
    ),
    # ---------------------------------------------------------------- Chinese
    dict(
        lang="zh",
        sent=ZA,
        text="""客服您好，我12月8号在OKPay上给房东转了3,600元，对方说一直没收到，转账单号 OKZ2612080931447，麻烦帮忙查一下，谢谢！
—— 刘女士 138 1652 9047""",
        exp=dict(
            transaction_date=["2026-12-08"],
            amount=["3600.00 CNY"],
            transaction_id=["OKZ2612080931447"],
            account_contact=["+8613816529047"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""华为Mate 70 Pro+，鸿蒙5.0.1，OKPay 6.3.2，扫码支付的时候直接黑屏退出，重启手机也没用。""",
        exp=dict(
            device_model=["Huawei Mate 70 Pro+"],
            os_version=["HarmonyOS 5.0.1"],
            app_version=["6.3.2"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""前天晚上九点多在京东买了个耳机，付了¥459，结果扣了两次款！京东订单号 312887461920，请把多扣的退给我。""",
        exp=dict(
            transaction_date=["2026-12-08T21:00"],
            amount=["459.00 CNY"],
            transaction_id=["312887461920"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""提现到工商银行失败了，页面显示“提现失败：收款卡已挂失”，但我的卡没挂失啊。金额8000元，卡号尾号 3307。""",
        exp=dict(error_message=["提现失败：收款卡已挂失"], amount=["8000.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""我的支付密码是 198806，输了好几次都说不对，现在被锁了，怎么办？""",
        exp={},
        sens=["password"],
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""你好，我在美国读书，想让爸妈通过OKPay给我转生活费，大概每个月2000美金，这样可以吗？""",
        exp=dict(country=["US"], amount=["2000.00 USD"]),
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""OPPO Find X8 Pro，ColorOS 15.0，最新版6.3.2。绑定银行卡的时候提示：该银行暂不支持绑定，请更换其他银行卡。我的是农业银行啊！""",
        exp=dict(
            device_model=["OPPO Find X8 Pro"],
            os_version=["ColorOS 15.0"],
            app_version=["6.3.2"],
            error_message=["该银行暂不支持绑定，请更换其他银行卡"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""你们的客服电话一直打不通，能不能加个在线客服？""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""要汇款到德国给我儿子交学费，IBAN：DE35 3704 0044 0532 0130 99，BIC：COBADEFFXXX，金额 €9,800。请问几天能到？""",
        exp=dict(
            country=["DE"],
            recipient_account=["DE35370400440532013099"],
            swift_bic=["COBADEFFXXX"],
            amount=["9800.00 EUR"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""转账到西班牙一直转不出去，说IBAN不对：ES15 0085 2100 6102 0004 3716，帮我看看哪里有问题？金额1,250欧元。""",
        exp=dict(country=["ES"], amount=["1250.00 EUR"]),
        inv=dict(recipient_account=[["ES1500852100610200043716", "iban_checksum"]]),
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""我的手机号换了，原来的 159 0811 2233 停机了，新号 177 4455 6688，能帮我换绑吗？""",
        exp=dict(account_contact=["+8615908112233", "+8617744556688"]),
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""在韩国首尔刷卡买东西被拒了，提示 "해외결제 차단" 还是什么的，看不懂韩语。金额 85,000韩元。""",
        exp=dict(country=["KR"], error_message=["해외결제 차단"], amount=["85000 KRW"]),
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""11月11日零点付尾款的时候被扣了两次，定金付了 100 块，尾款 899 块，OKPay 流水号 2026111100231 和 2026111100232。""",
        exp=dict(
            transaction_date=["2026-11-11T00:00"],
            amount=["100.00 CNY", "899.00 CNY"],
            transaction_id=["2026111100231", "2026111100232"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""请问怎么注销账户？我不想用了。""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""银行短信是这样的：
【招商银行】您尾号5521的账户12月09日14:32转出人民币2,000.00元，对方户名：OKPAY。
可是OKPay余额没变！""",
        exp=dict(transaction_date=["2026-12-09T14:32"], amount=["2000.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=ZB,
        text="""昨晚11点半在外滩扫码付了88元，显示支付失败，但是卡里扣了钱。订单编号：PAY20270101233508。""",
        exp=dict(
            transaction_date=["2027-01-01T23:30"],
            amount=["88.00 CNY"],
            # settled in round 9: a bare outcome after 显示 is the customer's report (as x019)
            transaction_id=["PAY20270101233508"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZB,
        text="""元旦给在悉尼的女朋友转了1,000澳元，到现在还没到账，状态一直是"处理中"。交易号：AU270101886120""",
        exp=dict(
            transaction_date=["2027-01-01"],
            country=["AU"],
            amount=["1000.00 AUD"],
            error_message=["处理中"],
            transaction_id=["AU270101886120"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZB,
        text="""验证码 884 201 发给你们了，帮我登录一下吧，我在国外收不到短信。手机号 +86 135 0211 7788""",
        exp=dict(account_contact=["+8613502117788"]),
        sens=["otp"],
    ),
    dict(
        lang="zh",
        sent=ZB,
        text="""vivo X200 Pro，OriginOS 5，打开OKPay提示「当前版本过低，请升级至最新版本」，可是应用商店里没有更新。现在是6.2.7。""",
        exp=dict(
            device_model=["vivo X200 Pro"],
            os_version=["OriginOS 5"],
            error_message=["当前版本过低，请升级至最新版本"],
            app_version=["6.2.7"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZB,
        text="""12月30日在日本东京的药妆店消费了日元32,800，但OKPay显示扣了我1,620元人民币，汇率是不是算错了？""",
        exp=dict(
            transaction_date=["2026-12-30"],
            country=["JP"],
            amount=["32800 JPY", "1620.00 CNY"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZB,
        text="""请问OKPay有没有学生优惠？""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=ZB,
        text="""上个星期三给吉隆坡的朋友转了 RM 1,200，交易号 MY2612232145，对方说收到的是 RM 1,150，少了50，是手续费吗？""",
        exp=dict(
            transaction_date=["2026-12-23"],
            country=["MY"],
            amount=["1200.00 MYR", "1150.00 MYR", "50.00 MYR"],
            transaction_id=["MY2612232145"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZC,
        text="""国庆去泰国玩，10月3日在曼谷一家餐厅付了2,450泰铢，被扣了两次，流水号分别是 TH261003190245 和 TH261003190246。""",
        exp=dict(
            transaction_date=["2026-10-03"],
            country=["TH"],
            amount=["2450.00 THB"],
            transaction_id=["TH261003190245", "TH261003190246"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZC,
        text="""我的荣耀Magic7 Pro，MagicOS 9.0，升级OKPay到6.3.0之后指纹支付用不了了，提示“指纹验证已失效，请重新设置”。""",
        exp=dict(
            device_model=["Honor Magic 7 Pro"],
            os_version=["MagicOS 9.0"],
            app_version=["6.3.0"],
            error_message=["指纹验证已失效，请重新设置"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZC,
        text="""本周一给客户转了2.5万的货款，对方一直说没到，他的账户是建设银行 6227 0038 1122 4456 789，麻烦查下！""",
        exp=dict(
            transaction_date=["2026-10-05"],
            amount=["25000.00 CNY"],
            recipient_account=["6227003811224456789"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZC,
        text="""绑卡一直失败，卡号 6258 0912 3345 6677，有效期 08/28，背面三位数 905，你们帮我绑一下吧。""",
        exp={},
        sens=["card_number", "cvv"],
    ),
    dict(
        lang="zh",
        sent=ZC,
        text="""你好，我想咨询一下，OKPay 能不能汇款到菲律宾的 GCash？我老婆在马尼拉。""",
        exp=dict(country=["PH"]),
    ),
    dict(
        lang="zh",
        sent=ZC,
        text="""上个月15号充值的500块一直没到账，银行那边说钱已经划走了，充值单号 CZ2609151822004731。""",
        exp=dict(
            transaction_date=["2026-09-15"],
            amount=["500.00 CNY"],
            transaction_id=["CZ2609151822004731"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZC,
        text="""Hi 客服，我的 iPhone 15 更新到 iOS 26.0.1 之后 OKPay 一直 crash，version 6.2.9，plz help！！""",
        exp=dict(device_model=["iPhone 15"], os_version=["iOS 26.0.1"], app_version=["6.2.9"]),
    ),
    dict(
        lang="zh",
        sent=ZC,
        text="""小米15 Ultra，澎湃OS 2.0，付款码页面一直显示"网络开小差了"，Wi-Fi和4G都试过。""",
        exp=dict(
            device_model=["Xiaomi 15 Ultra"],
            os_version=["HyperOS 2.0"],
            error_message=["网络开小差了"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZC,
        text="""给英国的房东交房租，IBAN 是 GB49 BARC 2045 3271 6384 0，系统说格式不对。金额 £1,350。""",
        # settled in round 9: the system's words, unquoted, after 系统说 are its message
        exp=dict(country=["GB"], amount=["1350.00 GBP"], error_message=["格式不对"]),
        inv=dict(recipient_account=[["GB49BARC2045327163840", "iban_length"]]),
    ),
    dict(
        lang="zh",
        sent=ZC,
        text="""我用的是华为nova 13 Pro，鸿蒙4.2，每次收钱都没有到账提醒，别的都正常。""",
        exp=dict(device_model=["Huawei nova 13 Pro"], os_version=["HarmonyOS 4.2"]),
    ),
    dict(
        lang="zh",
        sent=ZC,
        text="""我的手机丢了（华为Pura 70），里面有OKPay，请帮我冻结。身份证后四位 1234，注册手机 139 0571 8866。""",
        exp=dict(device_model=["Huawei Pura 70"], account_contact=["+8613905718866"]),
    ),
    dict(
        lang="zh",
        sent=ZD,
        text="""除夕那天（2月5号）给爸妈发了两个红包，一个888元一个666元，都被退回来了，提示"红包已过期"。""",
        exp=dict(
            transaction_date=["2027-02-05"],
            amount=["888.00 CNY", "666.00 CNY"],
            error_message=["红包已过期"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZD,
        text="""你好，春节期间在香港用OKPay消费了港币4,200，账单上却显示成了HK$42,000，多了一个零！交易编号 HK-P-27020933。""",
        exp=dict(
            country=["HK"],
            amount=["4200.00 HKD", "42000.00 HKD"],
            transaction_id=["HK-P-27020933"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZD,
        text="""收款行SWIFT代码是 ICBKCNB，对吗？我填进去系统一直报错。收款账号 6222 0202 0011 8899 001，金额五万元。""",
        exp=dict(recipient_account=["6222020200118899001"], amount=["50000.00 CNY"]),
        inv=dict(swift_bic=[["ICBKCNB", "bic_length"]]),
    ),
    dict(
        lang="zh",
        sent=ZD,
        text="""我在加拿大温哥华，OKPay 里的加元余额 CAD 2,380.55 不见了，昨天还在的。邮箱 chen.yu.van@gmail.com""",
        exp=dict(
            country=["CA"],
            amount=["2380.55 CAD"],
            transaction_date=["2027-02-14"],
            account_contact=["chen.yu.van@gmail.com"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZD,
        text="""一加13，ColorOS 15，打开转账页面就闪退。app版本6.4.0。另外微信是8.0.50，没问题。""",
        exp=dict(device_model=["OnePlus 13"], os_version=["ColorOS 15"], app_version=["6.4.0"]),
    ),
    dict(
        lang="zh",
        sent=ZD,
        text="""账号被盗了！！登录密码 Qwer@1234 被改了，我现在登不上。绑定手机 186 2233 4455，请立刻冻结账户。""",
        exp=dict(account_contact=["+8618622334455"]),
        sens=["password"],
    ),
    dict(
        lang="zh",
        sent=ZD,
        text="""2月12日下午2点15分在淘宝买衣服付了329元，订单号 4012239988017723，淘宝那边订单还没付款成功，可OKPay的钱已经扣了。""",
        exp=dict(
            transaction_date=["2027-02-12T14:15"],
            amount=["329.00 CNY"],
            transaction_id=["4012239988017723"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZD,
        text="""给越南河内的供应商付货款，收款账户 0451 0003 2288 19，越南外贸银行 SWIFT BFTVVNVX，金额 USD 6,500，请问一般几天到？""",
        exp=dict(
            country=["VN"],
            recipient_account=["04510003228819"],
            swift_bic=["BFTVVNVX"],
            amount=["6500.00 USD"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZD,
        text="""我用的是红米K80 Pro，澎湃OS 2，OKPay 6.3.9。首页余额一直显示为零，明明有钱的。""",
        exp=dict(device_model=["Redmi K80 Pro"], os_version=["HyperOS 2"], app_version=["6.3.9"]),
    ),
    dict(
        lang="zh",
        sent=ZD,
        text="""我在迪拜工作，想给在广州的家人转钱，用迪拉姆余额转成人民币可以吗？大概1万迪拉姆。""",
        exp=dict(country=["CN"], amount=["10000.00 AED"]),
    ),
    dict(
        lang="zh",
        sent=ZE,
        text="""您好，我在台北，上週五用OKPay轉帳新台幣12,000元給朋友，對方到現在都還沒收到。交易序號 TW20261113004512。我的手機 0912-345-678。""",
        opts=dict(default_region="TW"),
        exp=dict(
            country=["TW"],
            transaction_date=["2026-11-13"],
            amount=["12000.00 TWD"],
            transaction_id=["TW20261113004512"],
            account_contact=["+886912345678"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZE,
        text="""你好，我喺香港，用緊Samsung Galaxy S24 FE，每次開app都彈出「系統維護中，請稍後再試」，已經成日咗。聯絡電話 9876 5432。""",
        opts=dict(default_region="HK"),
        exp=dict(
            country=["HK"],
            device_model=["Samsung Galaxy S24 FE"],
            error_message=["系統維護中，請稍後再試"],
            account_contact=["+85298765432"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZE,
        text="""上个月在新加坡转给同事的 S$380 被退回了，原因是"收款人信息不符"，我需要重新转吗？""",
        exp=dict(country=["SG"], amount=["380.00 SGD"], error_message=["收款人信息不符"]),
    ),
    dict(
        lang="zh",
        sent=ZE,
        text="""請問可以綁定中華郵政的帳戶嗎？帳號 0001234 5678901，我想把錢提出來。""",
        exp=dict(recipient_account=["00012345678901"]),
    ),
    dict(
        lang="zh",
        sent=ZE,
        text="""我儿子在美国纽约，我想给他汇 3,000 美元，收款行 Citibank，SWIFT CITIUS33，账号 4987 2210 93，可以吗？""",
        exp=dict(
            country=["US"],
            amount=["3000.00 USD"],
            swift_bic=["CITIUS33"],
            recipient_account=["4987221093"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZC,
        text="""客服你好，我是开网店的，10月6日晚上收到一笔顾客付款 1,580 元，但是OKPay 显示"资金冻结中"，什么时候能解冻？联系邮箱 shop_owner_lin@qq.com""",
        exp=dict(
            transaction_date=["2026-10-06"],
            amount=["1580.00 CNY"],
            error_message=["资金冻结中"],
            account_contact=["shop_owner_lin@qq.com"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZE,
        text="""三星Galaxy Z Flip6，One UI 6.1.1，OKPay 6.2.4。折叠屏打开的时候页面会乱掉，然后弹出 Error 1107。""",
        exp=dict(
            device_model=["Samsung Galaxy Z Flip 6"],
            os_version=["One UI 6.1.1"],
            app_version=["6.2.4"],
            error_message=["1107"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZD,
        text="""我在马来西亚槟城出差，用OKPay付了 RM 56.80 的饭钱，结果扣了两次。时间是昨天中午12点左右。""",
        exp=dict(country=["MY"], amount=["56.80 MYR"], transaction_date=["2027-02-14T12:00"]),
    ),
    dict(
        lang="zh",
        sent=ZB,
        text="""新年快乐！想问下年费是怎么回事，1月1号扣了我 ¥99，我从来没开通过什么会员。""",
        exp=dict(transaction_date=["2027-01-01"], amount=["99.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=ZA,
        text="""你们APP的深色模式什么时候上线？我用的抖音、微信都早就有了。""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=ZC,
        text="""收到你们的通知邮件：
「尊敬的用户，您于2026-10-07 18:22发起的转账（单号 TR20261007182233）因风控原因已被退回，金额 ¥6,600.00 将原路退回。」
请问是什么风控原因？我需要提供什么材料？""",
        exp=dict(
            transaction_date=["2026-10-07T18:22"],
            transaction_id=["TR20261007182233"],
            amount=["6600.00 CNY"],
        ),
    ),
    dict(
        lang="zh",
        sent=ZE,
        text="""我的 Pixel 9a 一打开 OKPay 就显示 "Google Play services out of date"，可是已经更新了，Android 16。""",
        exp=dict(
            device_model=["Google Pixel 9a"],
            error_message=["Google Play services out of date"],
            os_version=["Android 16"],
        ),
    ),
]
