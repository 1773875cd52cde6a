# ruff: noqa: E501  (mail texts are data; they keep their own line breaks)
"""Eighth held-out set: 140 hand-written mails (corpus source "hand_heldout_8").

Written and labelled blind: the writer read only the label conventions at the top of
``docs/benchmarks-details.md`` (above "Round 1", as updated for this round), the docstrings and
mails of ``bench/details_corpus_hand5.py`` to ``bench/details_corpus_hand7.py`` (to learn the
conventions and normalised forms) and the taxonomy; never the extractor's code, its tests, the
development set, other bench files, the rest of the benchmark notes or the git history, and
neither the extractor nor ``bench/details.py`` was run on these mails before they were
committed. Labels list what a careful reader would extract, normalised as the conventions say,
whether or not the extractor can do it. IBAN checksums and lengths and BIC shapes were checked
with schwifty, phone numbers with phonenumbers (every labelled phone is valid and is found in
its mail's new text under the mail's ``default_region``), weekdays with ``datetime``, card
numbers with the Luhn sum; a throwaway script also asserted that every ``secrets`` entry is a
substring of its text and that ``sens`` is set exactly when a secret sits in the new text.

Keys as in set 7: every mail with a secret has ``secrets``, the literal secret strings as
written (one entry per distinct string, each a substring of ``text``).

140 mails: 80 English, 60 Chinese (43 simplified; 17 traditional, nine of them Cantonese and
eight Taiwanese Mandarin). English mails mix in Spanish, German, French, Italian, Czech,
Hinglish, Tagalog, Malay and Singlish. Ten ``sent`` stamps in seven UTC offsets (+01:00,
-04:00, -05:00, +02:00, +05:30, +08:00, +10:00; the Sydney stamp is early Friday morning,
still Thursday in UTC); relative dates are labelled against the sender's local date as in sets
5 to 7 (a bare weekday is the latest such day before the mail, "上周X"/"上個禮拜X"/"上週X" that
day of the previous calendar week).

- 49 mails carry 54 secret strings; 47 have ``sens`` (mails per kind: otp 17, password 11,
  cvv 9, card_number 7, pin 7), and two have their secret only in the customer's own quoted
  earlier message (an otp in mail 9, a password in mail 136, counting from 0), so they list
  ``secrets`` but no ``sens``. Forms invented for this set: a code in English words ("seven one nine, four four
  two"), a CVC in words ("zero four four"), "otp=552190", an alphanumeric e-mailed login code
  ("7KQ-M42"), a code inside an SMS with a prefix ("OK-614092 is your ... code"), a used 2FA
  backup code ("4418-2290"), a German bank TAN next to an OKPay code in one mail, a Filipino
  "one-time PIN", an Italian "codice OKPay", full-width digits ("６２９０４８"), 幺 for one
  ("幺三五七九零"), a code with a middle dot alone on its own line ("4 0 7 · 3 1 8"), 动态密码
  and 一次性密碼 (one-time codes whose names contain 密码/密碼), 短信校验码, 簡訊認證碼 read out
  as 「零九一一四七」; a card number broken over two lines, a 4-6-5 grouped Amex with its CID,
  card/expiry/CVV as a form ("Card: ... / CVV: 318"), "card#4012...", cards with dashes; CVVs
  as "the little number on the signature strip", "card behind number", CVN2, 签名条上的三位数,
  卡背脊三個數字, 背面末三碼; PINs as "my PIN's 2580", "the OKPay unlock code", a PIN changed
  at an ATM, "Geheimzahl", 银行卡密码 at an ATM, "PIN 83零6" (digits mixed with 零); passwords
  as "all lowercase no spaces: ...", "my dog's name + year + !, i.e. ...", "passwd", "mi
  clave", "mot de passe", "kata laluan", 登录口令, 六位支付密码, 原密码, 备忘录里存着的密码,
  「密碼：...（全部小寫）」.
- 30 mails with secret-like distractors and no secret: promo and coupon codes (FILMJUNE,
  JUNECASH, LK88VIP), a support ticket, 工单号, a lottery code (中奖码), a DPD parcel and a
  "delivery code" that never came, 取件码, an Indian PIN (postcode), a US zip code, a Shenzhen
  邮编, the last four of an SSN, an NRIC, 身份证后六位, 统编, an Octopus card number, Aadhaar
  and card last digits (尾号, 末四碼), a BSB and a US routing number, "the 6-digit code you
  text never arrives", "I didn't get any SMS code", 验证码发不到, a request to read out "短信里的
  6位数" that was refused, an MPIN forgotten, a PIN mailer that never came, a card reader asking
  for a PIN the customer does not have, phone numbers of a shop, a hotel, a scammer's line and
  the customer's mother, a domestic bank card number given as the recipient account.
- 61 ordinary mails; 12 mails with no labels at all.
- Six invalid entries: iban_checksum 2, iban_length 1, bic_length 1, bic_country 2.

Labelled values per detail: amount 90, error_message 73, transaction_date 62,
account_contact 56, transaction_id 37, country 31, device_model 28, recipient_account 21,
app_version 20, swift_bic 18, os_version 12.

Label decisions taken here (beyond those of sets 5 to 7, which are followed, and the updated
conventions, which win where they differ):
- details and ``sens`` come from the new text only: a quoted earlier message of the customer
  yields neither its secret's kind nor its address, error or amounts (this replaces set 7's
  labelling of the customer's own quote); the secret string is still listed in ``secrets``;
- a city named as the place of a payment, a trip or a transfer gives its country also when it
  is domestic (Chicago box office US, Ballarat AU, a cancelled Shenzhen-Chengdu flight CN); a
  city where a phone was stolen ("Camden market", "at a gig") gives none;
- a one-time code is an ``otp`` whatever its shape or sender: a bank's 3-D Secure text, a
  German TAN, a bank's 动态密码, an e-mailed alphanumeric login code, a 2FA backup code; two
  codes in one mail give one ``otp`` kind and two strings;
- the app's "unlock code" and a card PIN (also 银行卡密码 typed at an ATM, "Geheimzahl") are
  ``pin``; 登录口令, 原密码 and a six-digit 支付密码 are ``password``; CVN2 is a ``cvv``;
- a code written in words keeps its words and punctuation in ``secrets`` ("seven one nine, four
  four two"); a prefixed SMS code lists only the code digits ("614092" of "OK-614092"); a card
  number broken over two lines is one string with its line break;
- "about an hour ago" and "today" give only the date; "at 2am" in a mail sent the same morning
  gives the hour; "since yesterday"/"since Sunday" give the day a problem began (set 6); the
  day a password last worked ("it worked on Monday"), the day a ticket was filed (上周一提交的)
  and deadlines ("by the 10th", "6 月 30 日前到账") are not transaction dates;
- a dollar sign in a mail from Sydney that names no city but a BSB, NAB or an Australian phone
  is AUD, and in a Singapore mail with a Singapore phone SGD;
- a customer's own bank account named for a refund (an NAB account) is a recipient account; a
  bonus or prize that was promised but not paid ("the $5 bonus", "50 元红包") is an amount like
  set 6's missing money; a total the customer topped up ("I'd only done £150") is an amount; a
  fee from the rules (£500 free allowance, "$1 fee for instant withdrawals") is not;
- IDR carries two decimals (ISO minor unit 2), VND none, like JPY and KRW;
- an ATM's "Karte einbehalten" or a status like "Refund initiated" is an error message; an
  on-screen request ("Apple Pay asks me to verify the card") is not;
- model names: "Oppo" is written OPPO, "Vivo" vivo, 一加 OnePlus, "Honor Magic5 Pro" and "vivo
  X Fold3" get a space before the generation number, "Galaxy Tab S9" is "Samsung Galaxy Tab
  S9", an iPad is "iPad Air" and its system "iPadOS 17.5.1"; 鸿蒙 is HarmonyOS.
"""

from __future__ import annotations

from typing import Any

LO = "2028-06-06T08:40:00+01:00"  # a Tuesday (London, summer time)
NY = "2028-06-08T19:25:00-04:00"  # a Thursday (New York)
CH = "2028-06-12T07:10:00-05:00"  # a Monday (Chicago)
BE = "2028-06-14T12:30:00+02:00"  # a Wednesday (Berlin / Paris / Madrid / Vienna)
IN = "2028-06-09T22:50:00+05:30"  # a Friday, late evening (India)
SG = "2028-06-13T09:05:00+08:00"  # a Tuesday (Singapore / Kuala Lumpur / Manila)
SY = "2028-06-16T06:45:00+10:00"  # a Friday, early morning (Sydney; still Thursday in UTC)
BJ = "2028-06-07T20:10:00+08:00"  # a Wednesday (Beijing)
SZ = "2028-06-19T09:30:00+08:00"  # a Monday (Shenzhen)
TP = "2028-06-21T15:40:00+08:00"  # a Wednesday (Taipei / Hong Kong)

HOLDOUT_8: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- English
    dict(
        lang="en",
        sent=LO,
        text="""Subject: cant get in

hi, 3rd time writing. password is all lowercase no spaces: wobblyjellyfish42 . the app keeps saying "Something's not right. Check your details" and then kicks me back to the start. Using a Galaxy S21 FE, OKPay 8.3.0.
Shaun (07791 226 048)""",
        opts=dict(default_region="GB"),
        exp=dict(
            error_message=["Something's not right. Check your details"],
            device_model=["Samsung Galaxy S21 FE"],
            app_version=["8.3.0"],
            account_contact=["+447791226048"],
        ),
        sens=["password"],
        secrets=["wobblyjellyfish42"],
    ),
    dict(
        lang="en",
        sent=LO,
        text="""A man phoned at lunchtime yesterday claiming to be from OKPay and said my money was being moved to a "safe wallet". He asked for the code on my screen and I read it out - seven one nine, four four two. Since then £2,340.00 has gone. Payment ref OKP-GB-550291. I'm on 07412 908 335.""",
        opts=dict(default_region="GB"),
        exp=dict(
            transaction_date=["2028-06-05"],
            amount=["2340.00 GBP"],
            transaction_id=["OKP-GB-550291"],
            account_contact=["+447412908335"],
        ),
        sens=["otp"],
        secrets=["seven one nine, four four two"],
    ),
    dict(
        lang="en",
        sent=LO,
        text="""Hello, I'm trying to pay £18.50 for a cinema ticket with promo code FILMJUNE but the 6-digit code you text never arrives, so it times out with "Authentication timed out (AUTH-77)". My support ticket from last week is #448120, nobody replied.
- Greg, 07533 610 274""",
        opts=dict(default_region="GB"),
        exp=dict(
            amount=["18.50 GBP"],
            error_message=["Authentication timed out (AUTH-77)"],
            account_contact=["+447533610274"],
        ),
    ),
    dict(
        lang="en",
        sent=LO,
        text="""Morning. On Friday 2 June I sent 4,200 zł to my brother in Kraków, IBAN PL60 1020 1026 0000 0422 7020 1111, BIC BPKOPLPW. Your app says "Delivered" but PKO says nothing arrived. Ref OKX-PL-020628-17.""",
        exp=dict(
            transaction_date=["2028-06-02"],
            amount=["4200.00 PLN"],
            country=["PL"],
            recipient_account=["PL60102010260000042270201111"],
            swift_bic=["BPKOPLPW"],
            error_message=["Delivered"],
            transaction_id=["OKX-PL-020628-17"],
        ),
    ),
    dict(
        lang="en",
        sent=LO,
        text="""Hi, need my virtual card unblocked. Card number
5391 2874
0036 1746
expiry 08/30. It was blocked after I bought train tickets on trainline on Sunday (£64.20).
Ta, Niamh""",
        exp=dict(transaction_date=["2028-06-04"], amount=["64.20 GBP"]),
        sens=["card_number"],
        secrets=["5391 2874\n0036 1746"],
    ),
    dict(
        lang="en",
        sent=LO,
        text="""The checkout on ASOS keeps saying "Security check failed" - I've put in the little number on the signature strip (926) about five times. Card ends 0412. Order total £112.49. My email is tamsin.hughes@outlook.com""",
        exp=dict(
            error_message=["Security check failed"],
            amount=["112.49 GBP"],
            account_contact=["tamsin.hughes@outlook.com"],
        ),
        sens=["cvv"],
        secrets=["926"],
    ),
    dict(
        lang="en",
        sent=LO,
        text="""I was charged £2.99 for topping up with my credit card on 30 May. Your fees page says top-ups are free up to £500 a month and I'd only done £150. Please refund the fee. Account: Rahul.Dasgupta@gmail.com""",
        exp=dict(
            amount=["2.99 GBP", "150.00 GBP"],
            transaction_date=["2028-05-30"],
            account_contact=["rahul.dasgupta@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=LO,
        text="""My phone's been stolen from my bag in Camden market about an hour ago - iPhone 14 Plus. The OKPay unlock code is 190 384 which is also my phone's code (stupid I know). Please freeze the account! mob was 07868 331 590, I'm emailing from my partner's laptop.""",
        opts=dict(default_region="GB"),
        exp=dict(
            transaction_date=["2028-06-06"],
            device_model=["iPhone 14 Plus"],
            account_contact=["+447868331590"],
        ),
        sens=["pin"],
        secrets=["190 384"],
    ),
    dict(
        lang="en",
        sent=LO,
        text="""Small suggestion - could the statement export include the merchant's category? I do my budget in a spreadsheet and have to tag every line by hand. Otherwise cracking app.""",
        exp={},
    ),
    dict(
        lang="en",
        sent=LO,
        text="""Still no reply. I've had another two texts since.

On Sat, 3 Jun 2028 at 19:02, Owen Pritchard <owen.pritchard@sky.com> wrote:
> Got a text saying "OKPay security code 508 227, valid for 10 mins" and I was not logging in. Is somebody trying to get in?""",
        exp={},
        secrets=["508 227"],
    ),
    dict(
        lang="en",
        sent=LO,
        text="""Apple Pay won't add my OKPay card. iPhone 12 Pro, iOS 17.5.1, OKPay 8.3.0. Error: "Card Not Added - the card issuer has not yet provided information to activate this card".""",
        exp=dict(
            device_model=["iPhone 12 Pro"],
            os_version=["iOS 17.5.1"],
            app_version=["8.3.0"],
            error_message=[
                "Card Not Added - the card issuer has not yet provided information to activate this card"
            ],
        ),
    ),
    dict(
        lang="en",
        sent=LO,
        text="""Returned a lamp to Dunelm (order DN-5561203, £74.00) on 25/05. Evri tracking H01JKA0019283746 says it reached them. They promise refunds within 14 days, so by the 10th at the latest - can you tell me if anything is on its way? Sarah Begum""",
        exp=dict(
            transaction_id=["DN-5561203"],
            amount=["74.00 GBP"],
            transaction_date=["2028-05-25"],
        ),
    ),
    dict(
        lang="en",
        sent=LO,
        text="""Trying to pay a deposit of €950 for a summer let in Kinsale. IBAN IE71 BOFI 9013 8847 2615 30 - the app keeps saying "That IBAN doesn't look right". BIC BOFIIE2D.""",
        exp=dict(
            country=["IE"],
            amount=["950.00 EUR"],
            error_message=["That IBAN doesn't look right"],
            swift_bic=["BOFIIE2D"],
        ),
        inv=dict(recipient_account=[["IE71BOFI90138847261530", "iban_checksum"]]),
    ),
    dict(
        lang="en",
        sent=LO,
        text="""Tried to reset my password yesterday, the reset link in the email had already expired by the time it came ("This link has expired, request a new one"). Also, does the new password have to avoid symbols like £? Account 07940 115 862""",
        opts=dict(default_region="GB"),
        exp=dict(
            transaction_date=["2028-06-05"],
            error_message=["This link has expired, request a new one"],
            account_contact=["+447940115862"],
        ),
    ),
    dict(
        lang="en",
        sent=LO,
        text="""Paid 46,80 € at a restaurant in Lisbon on Saturday night and your app shows two charges of £40.12. The rate you showed was 1 GBP = 1.1665 EUR. Transaction IDs TX-3006-1182 and TX-3006-1183.""",
        exp=dict(
            amount=["46.80 EUR", "40.12 GBP"],
            country=["PT"],
            transaction_date=["2028-06-03"],
            transaction_id=["TX-3006-1182", "TX-3006-1183"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Card keeps getting "Incorrect PIN" at the CVS on Broadway even though my PIN's 2580 (straight down the keypad, I know). Happened Tuesday and again this morning. Paying $23.17 for groceries. Phone (718) 440-2296""",
        opts=dict(default_region="US"),
        exp=dict(
            error_message=["Incorrect PIN"],
            transaction_date=["2028-06-06", "2028-06-08"],
            amount=["23.17 USD"],
            account_contact=["+17184402296"],
        ),
        sens=["pin"],
        secrets=["2580"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""hey can u verify me manually, otp=552190 (just came thru) my login is danny.reyes.bk@gmail.com. im on a pixel 7a, app 8.2.4""",
        exp=dict(
            account_contact=["danny.reyes.bk@gmail.com"],
            device_model=["Google Pixel 7a"],
            app_version=["8.2.4"],
        ),
        sens=["otp"],
        secrets=["552190"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""A send of $250 to my roommate failed yesterday with "Recipient can't be reached right now". The money left my balance. Ref US-P2P-8827130. Card on file ends 4471, billing zip 07302 in case you need to verify me. Email: k.nakamura@icloud.com""",
        exp=dict(
            amount=["250.00 USD"],
            transaction_date=["2028-06-07"],
            error_message=["Recipient can't be reached right now"],
            transaction_id=["US-P2P-8827130"],
            account_contact=["k.nakamura@icloud.com"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Sending $1,100 to my cousin in Lagos for his school fees - GTBank, account 0241185367, SWIFT GTBINGLA. Does the naira rate lock in when I press send or when it arrives?""",
        exp=dict(
            country=["NG"],
            amount=["1100.00 USD"],
            recipient_account=["0241185367"],
            swift_bic=["GTBINGLA"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Name: Tyrone Greaves
Card: 4556 0182 7734 9926
Exp: 02/29
CVV: 318
^ you asked me to send these in the chat but it kept timing out so here they are. Please lift the hold on my card.""",
        exp={},
        sens=["card_number", "cvv"],
        secrets=["4556 0182 7734 9926", "318"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""OKPay 8.2.4 crashes when I open Statements on my Galaxy S24+ (One UI 6.1.1). Chase app 5.12 works fine on the same phone. Error flashes for a second: "java.lang.IllegalStateException".""",
        exp=dict(
            app_version=["8.2.4"],
            device_model=["Samsung Galaxy S24+"],
            os_version=["One UI 6.1.1"],
            error_message=["java.lang.IllegalStateException"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Case 30918 - still nothing. You said 3 business days on June 1st.

On Thu, Jun 1, 2028 at 2:14 PM OKPay Support <care@okpay.com> wrote:
> Hi Marisol, we've opened a trace on transfer OKUS-0527-44120 ($760.00). We'll update you within 3 business days.""",
        opts=dict(own_addresses=["care@okpay.com"]),
        exp={},
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Hi there. Locked out after the update. For the record my password is my dog's name + year + !, i.e. Biscuit2019! , and it worked on Monday. Now: "Too many failed attempts. Try again in 24 hours". Pixel 8, Android 14, OKPay 8.2.4.""",
        exp=dict(
            error_message=["Too many failed attempts. Try again in 24 hours"],
            device_model=["Google Pixel 8"],
            os_version=["Android 14"],
            app_version=["8.2.4"],
        ),
        sens=["password"],
        secrets=["Biscuit2019!"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Used my OKPay card at a hotel in Toronto on May 29, CA$612.40. I was charged US$452.18 plus a $13.57 "foreign transaction fee". Your site says no FX fees on the Plus plan, which I'm on. Please refund the $13.57.""",
        exp=dict(
            country=["CA"],
            transaction_date=["2028-05-29"],
            amount=["612.40 CAD", "452.18 USD", "13.57 USD"],
        ),
    ),
    dict(
        lang="en",
        sent=CH,
        text="""So I get this text at 2am: "OK-614092 is your OKPay sign-in code. If this wasn't you, call us." Then an email saying my password was changed. I did NOT do this. Account is lena.kowalczyk@outlook.com, phone 773-905-1182. Balance was about $2,300.""",
        opts=dict(default_region="US"),
        exp=dict(
            transaction_date=["2028-06-12T02:00"],
            account_contact=["lena.kowalczyk@outlook.com", "+17739051182"],
            amount=["2300.00 USD"],
        ),
        sens=["otp"],
        secrets=["614092"],
    ),
    dict(
        lang="en",
        sent=CH,
        text="""The card reader at Jewel-Osco asked for a PIN for a $9.80 purchase, I don't have a PIN for the virtual card so I pressed Cancel and it said "Declined 55". Is there a PIN I'm supposed to set? Happened Saturday.""",
        exp=dict(
            amount=["9.80 USD"],
            error_message=["Declined 55"],
            transaction_date=["2028-06-10"],
        ),
    ),
    dict(
        lang="en",
        sent=CH,
        text="""Withdrawal to my Chase checking for $1,875.00 on 6/9/28 at 4:52 PM is still showing "Processing". ID WDR-06092028-118. Chase sees nothing. Number on account +1 312 447 9031.""",
        exp=dict(
            amount=["1875.00 USD"],
            transaction_date=["2028-06-09T16:52"],
            error_message=["Processing"],
            transaction_id=["WDR-06092028-118"],
            account_contact=["+13124479031"],
        ),
    ),
    dict(
        lang="en",
        sent=CH,
        text="""The new $1 fee for instant withdrawals under $100 is ridiculous. Used to be free. Thinking of going back to Venmo.""",
        exp={},
    ),
    dict(
        lang="en",
        sent=CH,
        text="""Apple Pay asks me to verify the card. I type the CVC, zero four four, and it says "Invalid card details". My card ends 6619, app 8.2.3 on iPhone 13 Pro.""",
        exp=dict(
            error_message=["Invalid card details"],
            app_version=["8.2.3"],
            device_model=["iPhone 13 Pro"],
        ),
        sens=["cvv"],
        secrets=["zero four four"],
    ),
    dict(
        lang="en",
        sent=CH,
        text="""Buenas, no puedo iniciar sesión desde el sábado. Mi clave es Toluca#1985 y la app dice "Credenciales incorrectas". I also tried the fingerprint, nothing. My cell 312-618-0473.""",
        opts=dict(default_region="US"),
        exp=dict(
            transaction_date=["2028-06-10"],
            error_message=["Credenciales incorrectas"],
            account_contact=["+13126180473"],
        ),
        sens=["password"],
        secrets=["Toluca#1985"],
    ),
    dict(
        lang="en",
        sent=CH,
        text="""Hi, I'm wiring €3,150 tuition to a music school in Leipzig. IBAN DE81 1005 0000 1063 8824 71, BIC BELADEBEXXX. Your app only lets me pick "USD" as the source - will the conversion happen at your rate or the bank's?""",
        exp=dict(
            country=["DE"],
            amount=["3150.00 EUR"],
            recipient_account=["DE81100500001063882471"],
            swift_bic=["BELADEBEXXX"],
        ),
    ),
    dict(
        lang="en",
        sent=CH,
        text="""Why does the checkout in your app not ask for a CVV when I add a card? Feels unsafe. Also, I ordered a metal card on May 30 (order MC-22019, $19.00) and it still hasn't shipped. Called 1-800-555-0143 and got nowhere.""",
        exp=dict(
            transaction_date=["2028-05-30"],
            transaction_id=["MC-22019"],
            amount=["19.00 USD"],
        ),
    ),
    dict(
        lang="en",
        sent=CH,
        text="""Logging in on my work laptop asks for the code you emailed me. It's 7KQ-M42 but the site says "Code not valid". I'm logged in fine on my phone (iPhone 15, OKPay 8.2.4). Email is ben.adeyemi@gmail.com""",
        exp=dict(
            error_message=["Code not valid"],
            device_model=["iPhone 15"],
            app_version=["8.2.4"],
            account_contact=["ben.adeyemi@gmail.com"],
        ),
        sens=["otp"],
        secrets=["7KQ-M42"],
    ),
    dict(
        lang="en",
        sent=CH,
        text="""Bought two Cubs tickets on Friday at the Wrigley Field box office in Chicago, $148.00, and the charge went through twice. Receipt WF-061028-0042. Refund one please.
- Pete Lawson, 872-201-6634""",
        opts=dict(default_region="US"),
        exp=dict(
            transaction_date=["2028-06-09"],
            country=["US"],
            amount=["148.00 USD"],
            transaction_id=["WF-061028-0042"],
            account_contact=["+18722016634"],
        ),
    ),
    dict(
        lang="en",
        sent=CH,
        text="""my debit card# 4012887344025612 got declined at Walgreens and then at Shell, both "Do not honor". I have $430 on it. what's wrong??""",
        exp=dict(error_message=["Do not honor"], amount=["430.00 USD"]),
        sens=["card_number"],
        secrets=["4012887344025612"],
    ),
    dict(
        lang="en",
        sent=BE,
        text="""Hallo, meine Karte wurde gestern gegen 18 Uhr am Automaten am Bahnhof eingezogen. Die Geheimzahl ist 7 3 0 4 - that's definitely right, I use it every week. Screen said "Karte einbehalten". Account anna.vogt@web.de""",
        exp=dict(
            transaction_date=["2028-06-13T18:00"],
            error_message=["Karte einbehalten"],
            account_contact=["anna.vogt@web.de"],
        ),
        sens=["pin"],
        secrets=["7 3 0 4"],
    ),
    dict(
        lang="en",
        sent=BE,
        text="""Guten Tag, I need to send €780 to a dentist in Vienna: AT56 2011 1826 1509 2283, BIC GIBAATW. The app says "BIC must have 8 or 11 characters". The invoice says GIBAATW, what now?""",
        exp=dict(
            country=["AT"],
            amount=["780.00 EUR"],
            recipient_account=["AT562011182615092283"],
            error_message=["BIC must have 8 or 11 characters"],
        ),
        inv=dict(swift_bic=[["GIBAATW", "bic_length"]]),
    ),
    dict(
        lang="en",
        sent=BE,
        text="""Bonjour, I paid my Airbnb host in Rotterdam €1.240,00 on 10/06 (NL48 INGB 0006 7318 29, INGBNL2A). The status is "Returned" since this morning but the money is not back. Référence OKFR-1006-88213.""",
        exp=dict(
            country=["NL"],
            amount=["1240.00 EUR"],
            transaction_date=["2028-06-10"],
            recipient_account=["NL48INGB0006731829"],
            swift_bic=["INGBNL2A"],
            error_message=["Returned"],
            transaction_id=["OKFR-1006-88213"],
        ),
    ),
    dict(
        lang="en",
        sent=BE,
        text="""I wanted to pay a hotel in Debrecen with the OKPay card but the 3-D Secure text took ages to arrive and your screen said "3-D Secure timed out". The hotel's phone is +36 52 510 400, they say just try again. Amount 96 400 Ft. Can I retry without being charged twice?""",
        exp=dict(
            country=["HU"],
            error_message=["3-D Secure timed out"],
            amount=["96400.00 HUF"],
        ),
    ),
    dict(
        lang="en",
        sent=BE,
        text="""Bonjour, depuis ce matin impossible d'ouvrir l'appli: "Session invalide". I typed my mot de passe Ch@teau1789 three times, it's correct. My phone is a Galaxy A55, OKPay 8.3.0. Please help, +33 6 72 18 40 93""",
        exp=dict(
            transaction_date=["2028-06-14"],
            error_message=["Session invalide"],
            device_model=["Samsung Galaxy A55"],
            app_version=["8.3.0"],
            account_contact=["+33672184093"],
        ),
        sens=["password"],
        secrets=["Ch@teau1789"],
    ),
    dict(
        lang="en",
        sent=BE,
        text="""Hi, I paid 3.450 TRY at a carpet shop in Istanbul on 8 June with the OKPay card. It shows as €101,37 in the app. That rate seems terrible compared to the 1 EUR = 35,2 TRY I saw online. Card ends 7781.""",
        exp=dict(
            country=["TR"],
            amount=["3450.00 TRY", "101.37 EUR"],
            transaction_date=["2028-06-08"],
        ),
    ),
    dict(
        lang="en",
        sent=BE,
        text="""Ciao, I received "codice OKPay: 83 19 05" while I was at work and I didn't request anything. Then someone tried to change my email. Can you lock it? +39 347 218 5591""",
        exp=dict(account_contact=["+393472185591"]),
        sens=["otp"],
        secrets=["83 19 05"],
    ),
    dict(
        lang="en",
        sent=BE,
        text="""Sending €420 to my sister in Antwerp for our mum's birthday present. IBAN BE68 5390 0754 7034, BIC KREDEBBB - I copied it from her WhatsApp. App says "Unknown BIC".""",
        exp=dict(
            country=["BE"],
            amount=["420.00 EUR"],
            recipient_account=["BE68539007547034"],
            error_message=["Unknown BIC"],
        ),
        inv=dict(swift_bic=[["KREDEBBB", "bic_country"]]),
    ),
    dict(
        lang="en",
        sent=BE,
        text="""Since 8.3.0 the balance is hidden behind a tap by default. Please make that optional, I'm the only one using my phone.""",
        exp=dict(app_version=["8.3.0"]),
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Sir, my OKPay PIN 908172 is not working since afternoon, showing "PIN verification failed. Attempts left: 1". Please reset. Registered mobile 91678 33402. Device Redmi Note 12 Pro, version 8.2.2.""",
        opts=dict(default_region="IN"),
        exp=dict(
            transaction_date=["2028-06-09"],
            error_message=["PIN verification failed. Attempts left: 1"],
            account_contact=["+919167833402"],
            device_model=["Redmi Note 12 Pro"],
            app_version=["8.2.2"],
        ),
        sens=["pin"],
        secrets=["908172"],
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Dear team, my KYC address update failed. New address: 14 Park Street, Kolkata, PIN 700016. It says "Address proof unreadable". Also the OTP is not coming on my alternate number. Registered email sourav.b1979@gmail.com""",
        exp=dict(
            error_message=["Address proof unreadable"],
            account_contact=["sourav.b1979@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Paid ₹1,249 to Swiggy on 07-06-2028 at 13:05, money debited but order shows "Payment pending". UTR 816003445129. Please refund.""",
        exp=dict(
            amount=["1249.00 INR"],
            transaction_date=["2028-06-07T13:05"],
            error_message=["Payment pending"],
            transaction_id=["816003445129"],
        ),
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Want to send £1,800 to my son's university in Leicester. Account name University of Leicester, IBAN GB33 LOYD 3098 4172 6503 18, swift LOYDGB21. Also what is your markup over the RBI rate?""",
        exp=dict(
            country=["GB"],
            amount=["1800.00 GBP"],
            recipient_account=["GB33LOYD30984172650318"],
            swift_bic=["LOYDGB21"],
        ),
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Sir aaj shaam ek call aaya, bola OKPay se bol raha hoon, cashback ke liye jo number aaya wo batao. Maine 40 92 71 bata diya. Ab ₹7,800 gaya. Txn id OKIN8802779310. Mera no 98191 42270""",
        opts=dict(default_region="IN"),
        exp=dict(
            transaction_date=["2028-06-09"],
            amount=["7800.00 INR"],
            transaction_id=["OKIN8802779310"],
            account_contact=["+919819142270"],
        ),
        sens=["otp"],
        secrets=["40 92 71"],
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Samsung Galaxy M35, Android 14, OKPay version 8.2.2 - QR scanner shows "Invalid QR: not a payment code" for every shop QR since Wednesday.""",
        exp=dict(
            device_model=["Samsung Galaxy M35"],
            os_version=["Android 14"],
            app_version=["8.2.2"],
            error_message=["Invalid QR: not a payment code"],
            transaction_date=["2028-06-07"],
        ),
    ),
    dict(
        lang="en",
        sent=SG,
        text="""Hi, online shopping on Shopee cannot go through, keep saying "Card authentication failed". I key in the card behind number 509 correctly one. Amount $86.30. Pls check. Mobile 9017 4428""",
        opts=dict(default_region="SG"),
        exp=dict(
            error_message=["Card authentication failed"],
            amount=["86.30 SGD"],
            account_contact=["+6590174428"],
        ),
        sens=["cvv"],
        secrets=["509"],
    ),
    dict(
        lang="en",
        sent=SG,
        text="""Topped up S$1,000 via PayNow at 11.42pm on 11 June, DBS shows debited. OKPay still not credited. PayNow ref 20280611DBS99214508. Email me at jason.teo.sg@gmail.com""",
        exp=dict(
            amount=["1000.00 SGD"],
            transaction_date=["2028-06-11T23:42"],
            transaction_id=["20280611DBS99214508"],
            account_contact=["jason.teo.sg@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=SG,
        text="""Good morning po. Nag-login ako sa bagong phone, my one-time PIN po is 338104 pero "Invalid OTP" lagi. Phone ko OPPO A78. Number ko 0927 611 4480. Salamat!""",
        opts=dict(default_region="PH"),
        exp=dict(
            error_message=["Invalid OTP"],
            device_model=["OPPO A78"],
            account_contact=["+639276114480"],
        ),
        sens=["otp"],
        secrets=["338104"],
    ),
    dict(
        lang="en",
        sent=SG,
        text="""Hi, sending THB 25,000 to my supplier in Hat Yai, Bangkok Bank account 402-3-18874-1, SWIFT BKKBTHBK. Transfer ID MY-TH-130628-5. It's "On hold - compliance review" since yesterday. Tel 012-771 3498""",
        opts=dict(default_region="MY"),
        exp=dict(
            country=["TH"],
            amount=["25000.00 THB"],
            recipient_account=["4023188741"],
            swift_bic=["BKKBTHBK"],
            transaction_id=["MY-TH-130628-5"],
            error_message=["On hold - compliance review"],
            transaction_date=["2028-06-12"],
            account_contact=["+60127713498"],
        ),
    ),
    dict(
        lang="en",
        sent=SG,
        text="""My OKPay card came but no PIN mailer. Courier was Ninja Van, tracking NVSGOKP0019283. Card ends 2207. Also the promo code JUNECASH didn't give me the $5 bonus. Number 8622 0915""",
        opts=dict(default_region="SG"),
        exp=dict(amount=["5.00 SGD"], account_contact=["+6586220915"]),
    ),
    dict(
        lang="en",
        sent=SG,
        text="""OKPay 8.3.0 on iPhone 15 Pro Max iOS 17.5 - Face ID prompt loops forever after I tap Pay. Error in the end: "LAErrorSystemCancel". Started after Sunday's update.""",
        exp=dict(
            app_version=["8.3.0"],
            device_model=["iPhone 15 Pro Max"],
            os_version=["iOS 17.5"],
            error_message=["LAErrorSystemCancel"],
            transaction_date=["2028-06-11"],
        ),
    ),
    dict(
        lang="en",
        sent=SY,
        text="""hey, login broken on my Oppo Find X5 Pro. passwd Sunnyside_Up88 (capital S and U). error "We can't log you in right now (E-LOGIN-09)". mob 0423 118 605""",
        opts=dict(default_region="AU"),
        exp=dict(
            device_model=["OPPO Find X5 Pro"],
            error_message=["We can't log you in right now (E-LOGIN-09)"],
            account_contact=["+61423118605"],
        ),
        sens=["password"],
        secrets=["Sunnyside_Up88"],
    ),
    dict(
        lang="en",
        sent=SY,
        text="""Charged twice at a servo in Ballarat yesterday arvo - $92.15 each. Receipt 3381-0615. Can you reverse one? Cheers, Bec""",
        exp=dict(
            country=["AU"],
            transaction_date=["2028-06-15"],
            amount=["92.15 AUD"],
            transaction_id=["3381-0615"],
        ),
    ),
    dict(
        lang="en",
        sent=SY,
        text="""Need to send VND 30,000,000 to my mother-in-law in Da Nang. Vietcombank account 0041 0003 88217, SWIFT BFTVVNVX. How much in AUD will that be roughly?""",
        exp=dict(
            country=["VN"],
            amount=["30000000 VND"],
            recipient_account=["0041000388217"],
            swift_bic=["BFTVVNVX"],
        ),
    ),
    dict(
        lang="en",
        sent=SY,
        text="""Someone on Facebook Marketplace "buying" my bike said OKPay would send me a code to receive his payment, and I forwarded it: 915 604. Now $1,480 is gone from my wallet. Transaction AU-TRF-160628-0047. 0411 093 772""",
        opts=dict(default_region="AU"),
        exp=dict(
            amount=["1480.00 AUD"],
            transaction_id=["AU-TRF-160628-0047"],
            account_contact=["+61411093772"],
        ),
        sens=["otp"],
        secrets=["915 604"],
    ),
    dict(
        lang="en",
        sent=SY,
        text="""Hi, I asked for a refund of the $7.50 monthly fee back on 2 June, ticket OK-AU-88172. Still waiting. My BSB for the refund is 082-401, account 5512 30987 (NAB).""",
        exp=dict(amount=["7.50 AUD"], recipient_account=["551230987"]),
    ),
    dict(
        lang="en",
        sent=SY,
        text="""Galaxy Tab S9 (One UI 6.1) - the app opens in portrait only and the keyboard covers the amount field. OKPay 8.2.4.""",
        exp=dict(
            device_model=["Samsung Galaxy Tab S9"],
            os_version=["One UI 6.1"],
            app_version=["8.2.4"],
        ),
    ),
    dict(
        lang="en",
        sent=LO,
        text="""I changed my card PIN to 4418 at a Barclays ATM last week and now contactless over £100 asks for it and says "PIN not valid". Is the new one not synced to OKPay? kate.oduya@gmail.com""",
        exp=dict(error_message=["PIN not valid"], account_contact=["kate.oduya@gmail.com"]),
        sens=["pin"],
        secrets=["4418"],
    ),
    dict(
        lang="en",
        sent=LO,
        text="""The courier wanted a "delivery code" for my replacement OKPay card (DPD parcel 15502348810912). The text with the code never came, so he took it back. Can you resend the card? I'm at 07305 442 781.""",
        opts=dict(default_region="GB"),
        exp=dict(account_contact=["+447305442781"]),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Your agent on chat asked for the last 4 of my SSN (8840) to verify me, is that normal? Anyway, the issue: a $64.99 subscription to "STREAMPLUS" on June 3 I never signed up for. Account phone 646-553-0127.""",
        opts=dict(default_region="US"),
        exp=dict(
            amount=["64.99 USD"],
            transaction_date=["2028-06-03"],
            account_contact=["+16465530127"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Trying to link my Amex (3764 429188 30159, CID 2231, exp 11/31) and I get "Issuer unavailable (LNK-504)". Tried Monday and Wednesday.""",
        exp=dict(
            error_message=["Issuer unavailable (LNK-504)"],
            transaction_date=["2028-06-05", "2028-06-07"],
        ),
        sens=["card_number", "cvv"],
        secrets=["3764 429188 30159", "2231"],
    ),
    dict(
        lang="en",
        sent=CH,
        text="""Sending INR 85,000 to my dad in Pune: HDFC Bank, account 50100234567811, IFSC HDFC0000187, SWIFT HDFCINBB. It failed twice today with "Beneficiary details could not be validated (XB-22)".""",
        exp=dict(
            country=["IN"],
            amount=["85000.00 INR"],
            recipient_account=["50100234567811"],
            swift_bic=["HDFCINBB"],
            transaction_date=["2028-06-12"],
            error_message=["Beneficiary details could not be validated (XB-22)"],
        ),
    ),
    dict(
        lang="en",
        sent=BE,
        text="""Hallo, I'm trying to top up €500 from my Sparkasse account and the TAN they sent (483920) plus your code 22 71 06 both don't work, error "Aufladung fehlgeschlagen (TU-14)". Account +49 151 28836074""",
        exp=dict(
            amount=["500.00 EUR"],
            error_message=["Aufladung fehlgeschlagen (TU-14)"],
            account_contact=["+4915128836074"],
        ),
        sens=["otp"],
        secrets=["483920", "22 71 06"],
    ),
    dict(
        lang="en",
        sent=BE,
        text="""Hola, rent for my flat in Sevilla, 890 € to ES91 2100 0418 4502 0005 133, BIC CAIXESBBXXX. App: "IBAN incompleto". Where is the problem?""",
        exp=dict(
            country=["ES"],
            amount=["890.00 EUR"],
            swift_bic=["CAIXESBBXXX"],
            error_message=["IBAN incompleto"],
        ),
        inv=dict(recipient_account=[["ES912100041845020005133", "iban_length"]]),
    ),
    dict(
        lang="en",
        sent=IN,
        text="""I forgot my MPIN. Reset screen asks for "last 6 digits of debit card and expiry" but my bank account has no debit card. What to do? Registered no. +91 88005 31247, OnePlus 12R.""",
        exp=dict(account_contact=["+918800531247"], device_model=["OnePlus 12R"]),
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Myntra order 1100234987712 returned on 2nd June, refund ₹2,199 shows "Refund initiated" but not received in OKPay wallet even after 7 days. Email priya.n.menon@yahoo.in""",
        exp=dict(
            transaction_id=["1100234987712"],
            transaction_date=["2028-06-02"],
            amount=["2199.00 INR"],
            error_message=["Refund initiated"],
            account_contact=["priya.n.menon@yahoo.in"],
        ),
    ),
    dict(
        lang="en",
        sent=SG,
        text="""Hi, I want to change my registered mobile from 9123 4560 to 8765 2231. Your form asks for my NRIC, S8812345D, is that safe to send by email? Also I didn't get any SMS code for the change.""",
        opts=dict(default_region="SG"),
        exp=dict(account_contact=["+6591234560", "+6587652231"]),
    ),
    dict(
        lang="en",
        sent=SG,
        text="""Salam, I can't login since Sunday. Kata laluan saya Melaka@2020 tapi app kata "Kata laluan salah". Phone Samsung Galaxy A25, OKPay 8.2.4. Email: nurul.aina92@gmail.com""",
        exp=dict(
            transaction_date=["2028-06-11"],
            error_message=["Kata laluan salah"],
            device_model=["Samsung Galaxy A25"],
            app_version=["8.2.4"],
            account_contact=["nurul.aina92@gmail.com"],
        ),
        sens=["password"],
        secrets=["Melaka@2020"],
    ),
    dict(
        lang="en",
        sent=SY,
        text="""On holiday in Bali - paid IDR 1,250,000 at a villa in Ubud on Tuesday with my OKPay card, got "Transaction declined (05)" but the money is gone from my balance, A$128.40. Email liam.hart@gmail.com""",
        exp=dict(
            country=["ID"],
            amount=["1250000.00 IDR", "128.40 AUD"],
            transaction_date=["2028-06-13"],
            error_message=["Transaction declined (05)"],
            account_contact=["liam.hart@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=SY,
        text="""Love that you added the "hide OTP in notification" option, my kids kept reading my codes. Could you do the same for balance alerts?""",
        exp={},
    ),
    dict(
        lang="en",
        sent=LO,
        text="""My Pixel 9 was nicked at a gig on Saturday night. I've had two notifications of payments since, £35 and £60 at "JD SPORTS MCR". Please freeze everything. Registered email d.okonkwo@hotmail.co.uk""",
        exp=dict(
            device_model=["Google Pixel 9"],
            transaction_date=["2028-06-03"],
            amount=["35.00 GBP", "60.00 GBP"],
            account_contact=["d.okonkwo@hotmail.co.uk"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""I lost my authenticator app when I swapped phones. I saved my backup codes though - the first one, 4418-2290, says "Backup code already used". I've never used it! Account hannah.berg@protonmail.com""",
        exp=dict(
            error_message=["Backup code already used"],
            account_contact=["hannah.berg@protonmail.com"],
        ),
        sens=["otp"],
        secrets=["4418-2290"],
    ),
    dict(
        lang="en",
        sent=CH,
        text="""Set up direct deposit to OKPay with routing 071000013 and account ending 3302, my employer says the first payment of $2,140.66 on June 9 was "returned - account closed". The account is open! Ticket CS-118820.""",
        exp=dict(
            amount=["2140.66 USD"],
            transaction_date=["2028-06-09"],
            error_message=["returned - account closed"],
        ),
    ),
    dict(
        lang="en",
        sent=BE,
        text="""Dobrý den, I sent 12 500 Kč to my landlord in Brno on 5 June, CZ65 0800 0000 1920 0014 5399, GIBACZPX. He has nothing yet, your app says "Completed". Ref OKCZ-0506-3318.""",
        exp=dict(
            country=["CZ"],
            amount=["12500.00 CZK"],
            transaction_date=["2028-06-05"],
            recipient_account=["CZ6508000000192000145399"],
            swift_bic=["GIBACZPX"],
            error_message=["Completed"],
            transaction_id=["OKCZ-0506-3318"],
        ),
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Aadhaar OTP is not coming for KYC, tried 6 times since Tuesday. Aadhaar ending 4471. App 8.2.2 on Vivo T3, error "UIDAI service unavailable (K-503)".""",
        exp=dict(
            transaction_date=["2028-06-06"],
            app_version=["8.2.2"],
            device_model=["vivo T3"],
            error_message=["UIDAI service unavailable (K-503)"],
        ),
    ),
    # ---------------------------------------------------------------- Chinese
    dict(
        lang="zh",
        sent=BJ,
        text="""你好，我的登录口令是 Qing$hui_77，早上还能登，下午就提示“登录状态异常，请重新验证”。手机是华为 Pura 70，OKPay 8.2.3。""",
        exp=dict(
            transaction_date=["2028-06-07"],
            error_message=["登录状态异常，请重新验证"],
            device_model=["Huawei Pura 70"],
            app_version=["8.2.3"],
        ),
        sens=["password"],
        secrets=["Qing$hui_77"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""刚才有人在闲鱼上说要买我的二手相机，让我把收到的短信校验码发给他“确认收款”，我发了：６２９０４８。然后我的 OKPay 就被转走了 2,350 元。流水号 OK2806071932557。电话 138 0013 9921""",
        opts=dict(default_region="CN"),
        exp=dict(
            transaction_date=["2028-06-07"],
            amount=["2350.00 CNY"],
            transaction_id=["OK2806071932557"],
            account_contact=["+8613800139921"],
        ),
        sens=["otp"],
        secrets=["６２９０４８"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""申请的 OKPay 联名卡寄丢了，快递单号 SF1308822744519，快递员说取件码 7-3-2201 已经被用过。卡没收到却显示已激活，我很担心。注册手机 186 2219 0753""",
        opts=dict(default_region="CN"),
        exp=dict(account_contact=["+8618622190753"]),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""前天下午3点20分用建设银行卡充值 800 元，提示“充值失败，资金将原路退回”，但两天了也没退。充值单号 CZ202806051520447。""",
        exp=dict(
            transaction_date=["2028-06-05T15:20"],
            amount=["800.00 CNY"],
            error_message=["充值失败，资金将原路退回"],
            transaction_id=["CZ202806051520447"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""信用卡 6225 8831 0274 4138 在 OKPay 里支付一直显示“发卡行拒绝交易(51)”，签名条上的三位数是 441，有效期 27年9月。是卡的问题还是你们的问题？""",
        exp=dict(error_message=["发卡行拒绝交易(51)"]),
        sens=["card_number", "cvv"],
        secrets=["6225 8831 0274 4138", "441"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""下周要去大阪，先给民宿房东转房费 JPY 68,000，三井住友银行，支店 215，口座番号 7738104，SWIFT SMBCJPJT。汇率显示 1 JPY = 0.0467 CNY，这个是实时的吗？""",
        exp=dict(
            country=["JP"],
            amount=["68000 JPY"],
            recipient_account=["7738104"],
            swift_bic=["SMBCJPJT"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""我想改支付密码，页面要我输入身份证后六位，我输了 3 次都说“身份信息不匹配”。身份证是 2019 年换的新的。邮箱 liuqiang_bj@163.com""",
        exp=dict(
            error_message=["身份信息不匹配"],
            account_contact=["liuqiang_bj@163.com"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""6月3号晚上在海底捞吃饭，OKPay 付了 486 元，结果扣了两次，一共 972 元。订单号 HDL2806031947。请尽快退还多扣的那笔。""",
        exp=dict(
            transaction_date=["2028-06-03"],
            amount=["486.00 CNY", "972.00 CNY"],
            transaction_id=["HDL2806031947"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""在 ATM 取 2,000 元，卡被吞了，屏幕显示“交易超时，卡片已吞没”。我的银行卡密码 518826 肯定没输错。卡是绑定在 OKPay 上的工行卡，怎么办？""",
        exp=dict(amount=["2000.00 CNY"], error_message=["交易超时，卡片已吞没"]),
        sens=["pin"],
        secrets=["518826"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""荣耀 Magic5 Pro，MagicOS 7.1，OKPay 8.2.3，打开“收钱码”就白屏，过几秒提示“网络请求失败(NET-502)”。""",
        exp=dict(
            device_model=["Honor Magic 5 Pro"],
            os_version=["MagicOS 7.1"],
            app_version=["8.2.3"],
            error_message=["网络请求失败(NET-502)"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""给在首尔留学的女儿转 KRW 3,500,000，新韩银行 Shinhan，账号 110-482-339172，SWIFT SHBKKRSE。昨天转的，今天显示“退回：收款人姓名不符”。交易编号 XB20280606-7712。""",
        exp=dict(
            country=["KR"],
            amount=["3500000 KRW"],
            recipient_account=["110482339172"],
            swift_bic=["SHBKKRSE"],
            transaction_date=["2028-06-06"],
            error_message=["退回：收款人姓名不符"],
            transaction_id=["XB20280606-7712"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""上周五在瑞幸用 OKPay 买咖啡，优惠券 LK88VIP 没抵扣，多付了 9.9 元。店员工号 A0732，小票流水 0602-118。""",
        exp=dict(
            transaction_date=["2028-06-02"],
            amount=["9.90 CNY"],
            transaction_id=["0602-118"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""银行发来的动态密码是 317 022，用来给 OKPay 充值的，可是输入后提示“动态密码已过期”。我才收到不到一分钟。""",
        exp=dict(error_message=["动态密码已过期"]),
        sens=["otp"],
        secrets=["317 022"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""我需要 2028 年 1 月到 5 月的交易明细，用来办签证，能发 PDF 吗？注册邮箱 Wu.Tingting@126.com，手机 +86 152 1098 3346""",
        exp=dict(account_contact=["wu.tingting@126.com", "+8615210983346"]),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""建议增加家庭账户功能，我想给父母设一个每月 2000 元的额度。""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""手机在地铁上被偷了，备忘录里存着 OKPay 密码 Ming2001ming，担心被人登录。是 vivo X Fold3，请马上冻结账户，注册手机号 150 1177 6654。""",
        opts=dict(default_region="CN"),
        exp=dict(
            device_model=["vivo X Fold 3"],
            account_contact=["+8615011776654"],
        ),
        sens=["password"],
        secrets=["Ming2001ming"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""转账给装修师傅 12,800 元，收款卡号 6212 2611 0200 7718 345，提示“收款方户名与卡号不符”，但钱已经扣了。时间是 6 月 6 日上午 10:15。""",
        exp=dict(
            amount=["12800.00 CNY"],
            recipient_account=["6212261102007718345"],
            error_message=["收款方户名与卡号不符"],
            transaction_date=["2028-06-06T10:15"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""在拼多多付款时，你们的验证码一直发不到我手机，页面提示“发送过于频繁，请稍后再试”。商家客服电话 0571-8822 1133 也打不通。订单号 280607-448120933712。""",
        exp=dict(
            error_message=["发送过于频繁，请稍后再试"],
            transaction_id=["280607-448120933712"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""刚才接到自称 OKPay 风控中心的电话，说我的账户被异地登录，让我报一下验证码，我就念了“幺三五七九零”。现在有点后悔，账户里还有 6 万多。手机 139 1022 8817""",
        opts=dict(default_region="CN"),
        exp=dict(transaction_date=["2028-06-07"], account_contact=["+8613910228817"]),
        sens=["otp"],
        secrets=["幺三五七九零"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""给墨尔本的学校交学费 AUD 21,400，ANZ，BSB 013-445，账号 2874 19330，SWIFT ANZBAU3M。学校要求 6 月 30 日前到账，今天转来得及吗？""",
        exp=dict(
            country=["AU"],
            amount=["21400.00 AUD"],
            recipient_account=["287419330"],
            swift_bic=["ANZBAU3M"],
        ),
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""我的六位支付密码 147258 一直提示“支付密码不正确”，但我上周五还用过。是不是系统升级了？OPPO Reno 12，ColorOS 14。""",
        exp=dict(
            error_message=["支付密码不正确"],
            device_model=["OPPO Reno 12"],
            os_version=["ColorOS 14"],
        ),
        sens=["password"],
        secrets=["147258"],
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""实体卡申请了半个月还没寄到，地址是深圳市南山区科技园 2 栋 1802，邮编 518057。卡号尾号 6630 的那张旧卡能继续用吗？联系电话 135 2871 4406""",
        opts=dict(default_region="CN"),
        exp=dict(account_contact=["+8613528714406"]),
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""上周六在曼谷暹罗百丽宫刷 OKPay 卡付了 4,380 泰铢，账单扣了 905.66 元，另外还有一笔 13.58 元的“境外交易服务费”，之前没说要收这个。交易号 TH2806171455。""",
        exp=dict(
            transaction_date=["2028-06-17"],
            country=["TH"],
            amount=["4380.00 THB", "905.66 CNY", "13.58 CNY"],
            transaction_id=["TH2806171455"],
        ),
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""绑银联信用卡时要填 CVN2，我填的 082，提示“卡片信息校验失败，请核对后重试”。卡是招行的，尾号 3351。""",
        exp=dict(error_message=["卡片信息校验失败，请核对后重试"]),
        sens=["cvv"],
        secrets=["082"],
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""6月16日晚上10点提现 5,000 元到农业银行卡，显示“银行处理中”到现在。提现单号 TX202806162203118。""",
        exp=dict(
            transaction_date=["2028-06-16T22:00"],
            amount=["5000.00 CNY"],
            error_message=["银行处理中"],
            transaction_id=["TX202806162203118"],
        ),
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""iPad Air 上的 OKPay 8.2.3 登录后马上闪退，iPadOS 17.5.1。手机上正常。""",
        exp=dict(
            device_model=["iPad Air"],
            app_version=["8.2.3"],
            os_version=["iPadOS 17.5.1"],
        ),
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""【OKPay】您的验证码为 55 80 17，您正在修改绑定手机，5分钟内有效。

这条不是我操作的！我没有要改绑手机！邮箱 zhou.yifan@outlook.com""",
        exp=dict(account_contact=["zhou.yifan@outlook.com"]),
        sens=["otp"],
        secrets=["55 80 17"],
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""参加了你们 618 的抽奖活动，中奖码 88271036，说可以领 50 元红包，但是一直显示“活动已结束”。""",
        exp=dict(amount=["50.00 CNY"], error_message=["活动已结束"]),
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""要给巴黎的公寓中介付押金 €2,600，IBAN FR76 3000 6000 0112 3456 7890 198，BIC AGRIFRPP。APP 提示“IBAN 校验位错误”。""",
        exp=dict(
            country=["FR"],
            amount=["2600.00 EUR"],
            swift_bic=["AGRIFRPP"],
            error_message=["IBAN 校验位错误"],
        ),
        inv=dict(recipient_account=[["FR7630006000011234567890198", "iban_checksum"]]),
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""昨天晚上给我妈充话费 200 元，到现在没到账，手机号 131 6630 2217 是我妈的，不是我的账户。缴费单号 HF2806182041377。""",
        exp=dict(
            amount=["200.00 CNY"],
            transaction_date=["2028-06-18"],
            transaction_id=["HF2806182041377"],
        ),
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""我的 OKPay 虚拟卡 4588-1102-9374-6284 在亚马逊海外购被拒了三次，提示“Your card was declined”。昨天的事，金额 US$129.99。""",
        exp=dict(
            error_message=["Your card was declined"],
            transaction_date=["2028-06-18"],
            amount=["129.99 USD"],
        ),
        sens=["card_number"],
        secrets=["4588-1102-9374-6284"],
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""工单号 GD-20280612-0093，上周一提交的，说 3 个工作日处理，现在一周了。是关于一笔 1,200 元的退款。""",
        exp=dict(amount=["1200.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""给法兰克福的供应商付货款 €15,800，IBAN DE89 3704 0044 0532 0130 00，BIC COBAXXFF。提示“SWIFT/BIC 无效”。""",
        exp=dict(
            country=["DE"],
            amount=["15800.00 EUR"],
            recipient_account=["DE89370400440532013000"],
            error_message=["SWIFT/BIC 无效"],
        ),
        inv=dict(swift_bic=[["COBAXXFF", "bic_country"]]),
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""周六下午转错人了！本来要转给“李娜”，结果转给了“李那”，金额 3,000 元，交易号 ZZ202806171432668。能帮忙追回吗？我的手机 189 2033 5517""",
        opts=dict(default_region="CN"),
        exp=dict(
            transaction_date=["2028-06-17"],
            amount=["3000.00 CNY"],
            transaction_id=["ZZ202806171432668"],
            account_contact=["+8618920335517"],
        ),
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""新手机登录需要原密码，我的原密码是 szh@0618，但提示“原密码错误”。我记得很清楚。一加 13，OKPay 8.3.0。""",
        exp=dict(
            error_message=["原密码错误"],
            device_model=["OnePlus 13"],
            app_version=["8.3.0"],
        ),
        sens=["password"],
        secrets=["szh@0618"],
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""华为 Mate 70 Pro，鸿蒙 5.0，应用市场搜不到 OKPay。什么时候上架？""",
        exp=dict(device_model=["Huawei Mate 70 Pro"], os_version=["HarmonyOS 5.0"]),
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""你们的客服在电话里让我把“短信里的6位数”报给他核对身份，我没给。这真的是你们的客服吗？来电号码 021-6188 4420。""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""给新加坡的表哥转 SGD 4,500，OCBC 账号 5012 8833 4001，SWIFT OCBCSGSG。转账编号 XB20280615-0218，显示“已完成”但他没收到。""",
        exp=dict(
            country=["SG"],
            amount=["4500.00 SGD"],
            recipient_account=["501288334001"],
            swift_bic=["OCBCSGSG"],
            transaction_id=["XB20280615-0218"],
            error_message=["已完成"],
        ),
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""我出差在外地，收不到短信，同事帮我看了我那台备用机上的码：
4 0 7 · 3 1 8
你们帮我登一下，我要付款。""",
        exp={},
        sens=["otp"],
        secrets=["4 0 7 · 3 1 8"],
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""携程订的深圳到成都的机票退了，订单号 1089922734561，票价 1,380 元，退票手续费 138 元，应该退 1,242 元，但 OKPay 只收到 1,104 元。""",
        exp=dict(
            country=["CN"],
            transaction_id=["1089922734561"],
            amount=["1380.00 CNY", "138.00 CNY", "1242.00 CNY", "1104.00 CNY"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我收到 OKPay 嘅一次性密碼 662 408，但我冇登入過！跟住有人改咗我個電郵。我電話 5123 8874，快啲幫我鎖咗佢。""",
        opts=dict(default_region="HK"),
        exp=dict(account_contact=["+85251238874"]),
        sens=["otp"],
        secrets=["662 408"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""上個禮拜六喺深圳福田一間餐廳用 OKPay 畀咗 ¥368，扣咗我 HK$402.50，但係收據話應該係 HK$398.60。單號 SZ0617-22819。""",
        exp=dict(
            transaction_date=["2028-06-17"],
            country=["CN"],
            amount=["368.00 CNY", "402.50 HKD", "398.60 HKD"],
            transaction_id=["SZ0617-22819"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我張信用卡 5155 6037 4412 9084，卡背脊三個數字係 205，綁定嗰陣彈「卡片資料不正確」，今日試咗幾次都唔得。""",
        exp=dict(error_message=["卡片資料不正確"], transaction_date=["2028-06-21"]),
        sens=["card_number", "cvv"],
        secrets=["5155 6037 4412 9084", "205"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""用 OKPay 增值八達通 HK$500，八達通號碼 31280564 (7)，錢扣咗但八達通冇增值。交易編號 HKOC-0620-17731。""",
        exp=dict(amount=["500.00 HKD"], transaction_id=["HKOC-0620-17731"]),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""6月19日在全家繳了信用卡帳單 NT$12,560，用 OKPay 付款，顯示「付款成功」，但銀行說沒收到。繳費序號 FM0619-55820。手機 0921-336-508""",
        opts=dict(default_region="TW"),
        exp=dict(
            transaction_date=["2028-06-19"],
            amount=["12560.00 TWD"],
            error_message=["付款成功"],
            transaction_id=["FM0619-55820"],
            account_contact=["+886921336508"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我的密碼：ilovetaipei（全部小寫），一直登不進去，畫面顯示「驗證失敗，請稍後再試（E-1102）」。ASUS Zenfone 10，Android 14。""",
        exp=dict(
            error_message=["驗證失敗，請稍後再試（E-1102）"],
            device_model=["ASUS Zenfone 10"],
            os_version=["Android 14"],
        ),
        sens=["password"],
        secrets=["ilovetaipei"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""公司要報帳，發票要打統編 24536806，可是 OKPay 的電子發票沒辦法輸入統編。另外簡訊驗證碼常常收不到。""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""要匯 US$6,800 給在西雅圖念書的女兒付房租，Chase 帳號 9184 4410 2273，SWIFT CHASUS33。上週五匯的，今天還是「匯款審核中」。匯款編號 TWXB0616-3382。""",
        exp=dict(
            country=["US"],
            amount=["6800.00 USD"],
            recipient_account=["918444102273"],
            swift_bic=["CHASUS33"],
            transaction_date=["2028-06-16"],
            error_message=["匯款審核中"],
            transaction_id=["TWXB0616-3382"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我喺 ATM 撳錢，輸入 PIN 83零6 之後話「密碼錯誤」，張卡仲俾部機食咗。係咪你哋鎖咗我張卡？電郵 wingkei.ho@gmail.com""",
        exp=dict(error_message=["密碼錯誤"], account_contact=["wingkei.ho@gmail.com"]),
        sens=["pin"],
        secrets=["83零6"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""昨日晏晝兩點幾用轉數快過 HK$2,800 俾我家姐，顯示「轉賬失敗」但錢扣咗。參考編號 FPS20280620-4418。""",
        exp=dict(
            transaction_date=["2028-06-20T14:00"],
            amount=["2800.00 HKD"],
            error_message=["轉賬失敗"],
            transaction_id=["FPS20280620-4418"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我的信用卡末四碼 8812，在 OKPay 看到一筆 NT$990 的「YT PREMIUM」扣款，是 6 月 15 日的，我沒有訂閱。請協助取消並退款。""",
        exp=dict(amount=["990.00 TWD"], transaction_date=["2028-06-15"]),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""有人假冒蝦皮客服打電話說我重複下單要解除分期，叫我唸簡訊認證碼，我唸了「零九一一四七」，結果帳戶被轉走 NT$28,000。交易序號 TW0620-99120。""",
        exp=dict(amount=["28000.00 TWD"], transaction_id=["TW0620-99120"]),
        sens=["otp"],
        secrets=["零九一一四七"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""Sony Xperia 1 V，Android 14，OKPay 8.2.3。掃描 QR Code 付款時畫面一直是黑的，顯示「相機無法啟動」。""",
        exp=dict(
            device_model=["Sony Xperia 1 V"],
            os_version=["Android 14"],
            app_version=["8.2.3"],
            error_message=["相機無法啟動"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""想匯 £3,200 去倫敦俾個仔交租，IBAN GB61 HBUK 4006 1288 3471 50，BIC HBUKGB4B。手續費點計？""",
        exp=dict(
            country=["GB"],
            amount=["3200.00 GBP"],
            recipient_account=["GB61HBUK40061288347150"],
            swift_bic=["HBUKGB4B"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""開戶上載身份證成日失敗，話「證件相片不清晰」。驗證碼都過期咗幾次。我嘅電話 6234 1190。""",
        opts=dict(default_region="HK"),
        exp=dict(error_message=["證件相片不清晰"], account_contact=["+85262341190"]),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""綁定信用卡時我輸入背面末三碼 617，系統卻說「CVV 錯誤」。卡號末四碼 5521。是哪裡出問題？""",
        exp=dict(error_message=["CVV 錯誤"]),
        sens=["cvv"],
        secrets=["617"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""怎么还是没人处理？

> 在 2028年6月5日 09:12，我写道：
> 登录密码 Huang_1990 明明是对的，还是提示“密码错误”。""",
        exp={},
        secrets=["Huang_1990"],
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""京东订单 301188245610，6月10日下单的扫地机器人 2,399 元，已经取消了，京东显示 6 月 12 日已退款，但 OKPay 里没有。注册邮箱 gao.peng@qq.com""",
        exp=dict(
            transaction_id=["301188245610"],
            transaction_date=["2028-06-10", "2028-06-12"],
            amount=["2399.00 CNY"],
            account_contact=["gao.peng@qq.com"],
        ),
    ),
    dict(
        lang="zh",
        sent=SZ,
        text="""我转账给朋友 1,500 元，填的卡号是 6217 0033 8455 0190，结果提示“卡号不存在”。密码输了，钱却扣了。""",
        exp=dict(
            amount=["1500.00 CNY"],
            recipient_account=["6217003384550190"],
            error_message=["卡号不存在"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""你哋新版嘅深色模式好靚，不過轉數快個掣細得滯，阿媽成日撳錯。""",
        exp={},
    ),
]
