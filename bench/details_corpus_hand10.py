# ruff: noqa: E501  (mail texts are data; they keep their own line breaks)
"""Tenth held-out set: 130 hand-written mails (corpus source "hand_heldout_10").

Written and labelled blind: the writer read only the helper brief, the label conventions at the
top of ``docs/benchmarks-details.md`` (above "Round 1"), the taxonomy and the docstrings and
mails of ``bench/details_corpus_hand7.py`` to ``bench/details_corpus_hand9.py`` (to learn the
conventions and normalised forms); never the extractor's code, its tests, the development set,
other bench files, the rest of the benchmark notes or the git history, and neither the
extractor nor ``bench/details.py`` was run on these mails before they were committed. Labels
list what a careful reader would extract, normalised as the conventions say, whether or not the
extractor can do it. IBAN checksums and lengths and BIC shapes were checked with schwifty (the
valid IBANs outside the well-known examples were generated with ``IBAN.generate``), phone
numbers with phonenumbers (every labelled phone is valid and is found in its mail's new text
under the mail's ``default_region``), weekdays with ``datetime``, card numbers with the Luhn sum
(all pass); a throwaway script also asserted that every ``secrets`` entry is a substring of its
text, that ``sens`` is set exactly when a secret sits in the new (unquoted) text, and that
amounts, dates, countries, accounts and e-mail addresses are in normalised form.

Keys as in sets 7 to 9: every mail with a secret has ``secrets``, the literal secret strings as
written (one entry per distinct string, each a substring of ``text``).

130 mails: 75 English, 55 Chinese (37 simplified from Shanghai/Hangzhou and Beijing/Shenzhen;
18 traditional: 11 Taiwanese Mandarin, six Cantonese, one formal Hong Kong letter). The English
mails come from the UK and Ireland, Mexico (with Spanish: "En proceso", NIP, folio, CLABE),
India (Hinglish habits: "Rs.", "18k", UTR, "7/8/2028" day first), South Africa and Germany
(German error texts, a TAN), the Philippines, Singapore and Malaysia, New Zealand and
Australia, the US and Canada. Ten ``sent`` stamps in seven UTC offsets (+01:00, -06:00, +05:30,
+02:00, +08:00, +12:00, -04:00); the Mexico City stamp is a Tuesday evening (already Wednesday
in UTC), the Mumbai stamp 23:30 and the Auckland stamp 07:05 on a Monday (still Sunday in UTC);
relative dates are labelled against the sender's local date as in sets 5 to 9 (a bare or "last"
weekday is the latest such day before the mail, "上周X"/"上個禮拜X"/"上週X" that day of the
previous calendar week).

- 33 mails carry 38 secret strings; 32 have ``sens`` (mails per kind: otp 9, password 9, pin 8,
  card_number 5, cvv 5), and one has its secret only in the customer's own quoted earlier
  message (a password in mail 69, counting from 0), so it lists ``secrets`` but no ``sens``.
  Forms invented for this set: a PIN described first ("my birth year backwards so 2991"), a PIN
  in brackets mid-sentence ("keyed my PIN (6620)"), a Mexican "NIP" spaced "4 8 1 5", an MPIN
  the customer wants to set ("new one i want 7391"), an app passcode with a space ("883 104"), a
  Cantonese 撳嘅 PIN "2 4 6 8" at a Macau ATM, a six-digit 银行卡密码 typed while linking a card;
  OTPs inside a quoted SMS with spaced digits ("3 1 8 8 0 6 is your login code", "2 0 9 3 1
  7 valid 5 mins"), "40 81 66" from unrequested texts, an authenticator app's "771 402", a German
  bank TAN "551 902", an OTP read to a fake "KYC update" caller ("640 271"), 【OKPay】 SMS
  "308815", a traditional 認證碼 read out in characters with an ideographic comma
  (「四八七、二六零」); passwords as a "pw:" line under "user:", a phone-banking "secret word"
  of three words ("mango rain 77"), a new password typed twice in a reset form, a password
  typed on a phishing page, two wrong 支付密码 guesses in one mail, a 登录密码 "written in my
  notebook", a Cantonese 密碼 of a stolen phone, a 支付密码 that is also the lock-screen code, a
  支付密码 typed twice at a Bangkok market; card numbers with dots ("5355.2201.9847.7634"), in a
  Chinese list with 有效期, a mistyped card number quoted from a failed checkout; CVVs as
  "security digits on the back", "the code on back is four four nine" (words), "CVC 0 9 2",
  背面三位, a CVV asked about ("卡背面是 7 1 9").
- 30 mails with secret-like distractors and no secret: a UK sort code and a caller asking for
  "the code on your screen" (refused), a Tesco Clubcard number (16 digits, a loyalty card, no
  payment card), an RFC and a CURP, an OXXO top-up barcode reference, a PAN and Aadhaar last
  four, an IFSC and a card ending, a South African ID number, a Nigerian bank sort code, a
  scam WhatsApp prize with its number, a card "ending 7718", "Enter the 6 digit code" that never
  came, a New Zealand IRD number, an SSN last four and a zip code, a merchant ID and dispute
  case, a US routing number and an account ending, a Steam gift-card code, RBC transit and
  institution numbers with an "online banking password" the customer would not give, a ticket
  number, a card "activation code" on a sticker (in a mail with a secret); 身份证后六位, a 取件码, a
  coupon (QIXI520), 統一編號, a 圖形驗證碼 (captcha "K7WP"), an 八達通 number, a question about
  提款卡密碼 with no value, 银行卡后四位 with a 工单号, a scam SMS prize and its number, an
  邀请码, a 税号, a work landline beside the mobile.
- 67 ordinary mails; 15 mails with no labels at all.
- Four invalid entries: iban_checksum 1 (a German own account, one digit off), iban_length 1
  (a UK IBAN two digits short, in Cantonese), bic_length 1 (a seven-letter Maybank BIC),
  bic_country 1 (a Vietcombank BIC with "VM").

Labelled values per detail: amount 80, error_message 68, transaction_date 60,
account_contact 54, country 37, transaction_id 35, recipient_account 26, device_model 20,
app_version 15, swift_bic 15, os_version 13 (423 in all).

Label decisions taken here (beyond those of sets 7 to 9, which are followed, and the
conventions, which win where they differ):
- a balance the customer mentions ("余额 6,800 元还在", "账户里还有", "I had 9k in there") is no
  amount (no money moved); a fee quoted as an example of the rules ("提 10,000 扣 60 块") is
  none either; a refund still owed ("还差 100 元没退") and an expected FX result ("should be
  about $158") are amounts;
- the named origin city of a transfer gives its country beside the destination ("from Sydney to
  my NZ ASB account" AU and NZ, "由香港匯錢去英國" HK and GB, a payment sent "从迪拜" AE); a
  prefix that only says where the customer is ("Toronto:", "Singapore here", "Sydney side here",
  "我人在台北", "深圳这边", "I am in Berlin") gives none; a landlord "in Lyon" or "台中的房東" gives the
  country of the transfer (FR, TW); a German IBAN alone gives no country; Chania, Crete is GR,
  Penang MY, Nadi FJ, Tulum MX, 樟宜机场 (Singapore) SG;
- a store top-up barcode or payment reference (OXXO) is no transaction id (like set 9's 7-Eleven
  barcode), a store receipt number (7-Eleven CLiQQ "receipt no.", 全家 收據序號) is one; support
  tickets, dispute cases, merchant ids, 12306 and 工单号 are not;
- non-IBAN accounts are written compact: a CLABE, a TD or RBC account without its transit and
  institution, an NZ bank account "12-3140-0711422-00" as 123140071142200, a DBS account
  "0721-234567-8" as 07212345678, a Taiwanese account "012-50-123456-8" as 012501234568; an
  Australian BSB is not part of the account;
- a 六位支付密码 that is also the phone's lock code stays a ``password`` (named 支付密码, set 8),
  while an app "passcode" and an MPIN are ``pin``; a phone-banking "secret word" is a
  ``password``; a card number the customer mistyped into a checkout is still a ``card_number``
  (it is nearly all of her card); a captcha and a gift-card code are no secret;
- the time a refund arrived ("I got the £19.99 back this morning") and the day a customer was
  kept on hold (a complaint about a call on 1st August) are transaction dates; the day an app
  update came ("after the update on Friday") is not;
- when a customer names both the Android version and the maker's skin, both are ``os_version``
  ("Android 14", "One UI 6.1"); 鸿蒙 4.2 is "HarmonyOS 4.2"; "Realme 12 Pro+" is written "realme
  12 Pro+" (the maker's own lower case, like vivo); "Pixel 9 Pro" is "Google Pixel 9 Pro";
  荣耀 Magic6 Pro is "Honor Magic 6 Pro";
- a quoted status from a store receipt or an ATM ("Pago aplicado", "交易成功", "已轉出", "Paid",
  "Settled", "Completed") and an alert SMS quoted as evidence ("您的账户正在新设备登录",
  "您的交易密码已修改") are error messages; two statuses of one transfer ("已退回",
  "收款人信息不完整") are two error messages;
- the customer's mobile is labelled, a landline she corrects away or a work line beside it is
  not; a wife's or friend's address or phone is not; a Cantonese customer's number "用唔到"
  (its phone was stolen) is still the registered contact.
"""

from __future__ import annotations

from typing import Any

LN = "2028-08-07T09:15:00+01:00"  # a Monday (London / Dublin / Lisbon)
MX = "2028-08-08T20:40:00-06:00"  # a Tuesday evening (Mexico City; already Wednesday in UTC)
MB = "2028-08-09T23:30:00+05:30"  # a Wednesday, late evening (Mumbai / Bengaluru)
JB = "2028-08-10T10:00:00+02:00"  # a Thursday (Johannesburg / Berlin / Madrid)
MN = "2028-08-11T13:25:00+08:00"  # a Friday (Manila / Singapore / Kuala Lumpur)
AK = "2028-08-14T07:05:00+12:00"  # a Monday, early morning (Auckland; still Sunday in UTC)
NY = "2028-08-15T11:50:00-04:00"  # a Tuesday (New York / Toronto)
SH = "2028-08-16T21:10:00+08:00"  # a Wednesday evening (Shanghai / Hangzhou)
TP = "2028-08-17T09:40:00+08:00"  # a Thursday (Taipei / Hong Kong)
BJ = "2028-08-18T15:00:00+08:00"  # a Friday (Beijing / Shenzhen)

HOLDOUT_10: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- English, UK / Ireland (London)
    dict(
        lang="en",
        sent=LN,
        text="""Morning,

Saturday night I bought two tickets on the OKPay app for £64.50 and it charged me twice, both show as "Completed". Order refs TKT-88120-A and TKT-88120-B. Could one be sent back please?

Cheers, Rhys
rhys.pengelly@btinternet.com""",
        exp=dict(
            transaction_date=["2028-08-05"],
            amount=["64.50 GBP"],
            error_message=["Completed"],
            transaction_id=["TKT-88120-A", "TKT-88120-B"],
            account_contact=["rhys.pengelly@btinternet.com"],
        ),
    ),
    dict(
        lang="en",
        sent=LN,
        text="""hiya my phone got nicked on the bus last night around 11, its a Pixel 8a. The okpay passcode is my birth year backwards so 2991, please lock it before they guess. my number was 07824 914 382""",
        opts=dict(default_region="GB"),
        exp=dict(
            transaction_date=["2028-08-06T23:00"],
            device_model=["Google Pixel 8a"],
            account_contact=["+447824914382"],
        ),
        sens=["pin"],
        secrets=["2991"],
    ),
    dict(
        lang="en",
        sent=LN,
        text="""Please send €2,300 to my landlord in Lyon, I tried but it stopped with "Beneficiary bank not reachable".
IBAN: FR76 3000 4008 2100 0123 4567 849
BIC: BNPAFRPP
It is for September rent. Thanks, Aoife (aoife.brennan@eircom.net)""",
        exp=dict(
            amount=["2300.00 EUR"],
            country=["FR"],
            error_message=["Beneficiary bank not reachable"],
            recipient_account=["FR7630004008210001234567849"],
            swift_bic=["BNPAFRPP"],
            account_contact=["aoife.brennan@eircom.net"],
        ),
    ),
    dict(
        lang="en",
        sent=LN,
        text="""Hello, you rang me earlier asking for "the code on your screen" to confirm a refund. I didn't give it, hung up. Number that called was 020 7946 0321. Is this you? My sort code is 40-12-77 if that matters but I did not share that either.""",
        opts=dict(default_region="GB"),
        exp={},
    ),
    dict(
        lang="en",
        sent=LN,
        text="""Withdrew to my Monzo on Thurs 3rd, £410, still nothing. Account GB58 HSBC 4012 7738 2155 29 is my HSBC not Monzo actually sorry. Ref WD-5520-0931. Email jb.osei@gmail.com""",
        exp=dict(
            transaction_date=["2028-08-03"],
            amount=["410.00 GBP"],
            recipient_account=["GB58HSBC40127738215529"],
            transaction_id=["WD-5520-0931"],
            account_contact=["jb.osei@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=LN,
        text="""Tried to pay at a taverna in Chania, Crete on 29 July, €38.00, card declined with "Do not honour" even though I keyed my PIN (6620) right both times, and waiter made me pay cash. Then the €38 still left my okpay. Txn 7HQ-220918.""",
        exp=dict(
            transaction_date=["2028-07-29"],
            amount=["38.00 EUR"],
            country=["GR"],
            error_message=["Do not honour"],
            transaction_id=["7HQ-220918"],
        ),
        sens=["pin"],
        secrets=["6620"],
    ),
    dict(
        lang="en",
        sent=LN,
        text="""The text said "OKPay: 3 1 8 8 0 6 is your login code. Never share it." and I typed it in a site that looked like yours, okpay-verify-uk.com. Since then £250 gone to someone called D MARSH. I'm on 07911 223 840.""",
        opts=dict(default_region="GB"),
        exp=dict(
            amount=["250.00 GBP"],
            account_contact=["+447911223840"],
        ),
        sens=["otp"],
        secrets=["3 1 8 8 0 6"],
    ),
    dict(
        lang="en",
        sent=LN,
        text="""Hi, after the update to 9.0.2 the app on my iPhone 13 mini (iOS 17.6) just shows a grey screen with "Something went wrong (E-4012)". Reinstalled twice.""",
        exp=dict(
            app_version=["9.0.2"],
            device_model=["iPhone 13 mini"],
            os_version=["iOS 17.6"],
            error_message=["Something went wrong (E-4012)"],
        ),
    ),
    dict(
        lang="en",
        sent=LN,
        text="""Is there a limit on how much I can hold? I got "Balance cap reached" topping up £1,000 today. Account is on harriet.lowe@proton.me. My Tesco clubcard is 6340 1234 5678 9012 in case you do the points thing.""",
        exp=dict(
            error_message=["Balance cap reached"],
            amount=["1000.00 GBP"],
            transaction_date=["2028-08-07"],
            account_contact=["harriet.lowe@proton.me"],
        ),
    ),
    dict(
        lang="en",
        sent=LN,
        text="""Re: Case OK-UK-77310

Thank you, I got the £19.99 back this morning. All sorted.

On Fri, 4 Aug 2028, OKPay Support wrote:
> We have refunded £19.99 for the duplicate Spotify charge (ref SPT-4471). Please allow 2 working days.""",
        exp=dict(amount=["19.99 GBP"], transaction_date=["2028-08-07"]),
    ),
    dict(
        lang="en",
        sent=LN,
        text="""Dear Sir/Madam, I wish to complain. Your agent kept me on hold for 47 minutes on 1st August and then the line dropped. Not acceptable for a payments company. — Mr G. Fairweather, Harrogate""",
        exp=dict(transaction_date=["2028-08-01"]),
    ),
    dict(
        lang="en",
        sent=LN,
        text="""Card number on the virtual card: 4532 0177 3318 4629, exp 11/30, security digits on the back 604. Merchant Booking.com says "Card not supported for this transaction". Why? Trying to pay €412 for a hotel in Porto.""",
        exp=dict(
            error_message=["Card not supported for this transaction"],
            amount=["412.00 EUR"],
            country=["PT"],
        ),
        sens=["card_number", "cvv"],
        secrets=["4532 0177 3318 4629", "604"],
    ),
    dict(
        lang="en",
        sent=LN,
        text="""Can't log in since Friday. Details so you can check:
user: ollie.dunmore@me.com
pw: Marmite_on_toast9
It says "Too many attempts, try again later". Using a Pixel 7a.""",
        exp=dict(
            account_contact=["ollie.dunmore@me.com"],
            error_message=["Too many attempts, try again later"],
            device_model=["Google Pixel 7a"],
        ),
        sens=["password"],
        secrets=["Marmite_on_toast9"],
    ),
    # ---------------------------------------------------------------- English, Latin America (Mexico City)
    dict(
        lang="en",
        sent=MX,
        text="""Hola, I sent 5,000 pesos to my brother's CLABE 012180015437281906 this afternoon at 3:10 pm and the app says "En proceso" for hours. Folio 88412093. My cel 55 1234 8876.""",
        opts=dict(default_region="MX"),
        exp=dict(
            amount=["5000.00 MXN"],
            recipient_account=["012180015437281906"],
            transaction_date=["2028-08-08T15:10"],
            error_message=["En proceso"],
            transaction_id=["88412093"],
            account_contact=["+525512348876"],
        ),
    ),
    dict(
        lang="en",
        sent=MX,
        text="""Good evening. Someone called saying they are OKPay security and asked for my NIP. I told them 4 8 1 5 before I realised. Then they asked for the token number and I hung up. Please block. Correo: lupita.garza@hotmail.com""",
        exp=dict(account_contact=["lupita.garza@hotmail.com"]),
        sens=["pin"],
        secrets=["4 8 1 5"],
    ),
    dict(
        lang="en",
        sent=MX,
        text="""My RFC is GAMJ850312HX4 and CURP GAMJ850312HDFRRN09, the app keeps asking for them in verification and then says "Datos no coinciden". Please check, account jgarcia.mtz@gmail.com""",
        exp=dict(
            error_message=["Datos no coinciden"],
            account_contact=["jgarcia.mtz@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=MX,
        text="""Paid a taxi in Bogotá last Friday 48.000 COP with OKPay, driver says never arrived. Then in Medellín Saturday the hotel charged 310.000 COP twice. Refs BOG-1190 and MDE-55231.""",
        exp=dict(
            transaction_date=["2028-08-04", "2028-08-05"],
            amount=["48000.00 COP", "310000.00 COP"],
            country=["CO"],
            transaction_id=["BOG-1190", "MDE-55231"],
        ),
    ),
    dict(
        lang="en",
        sent=MX,
        text="""Transfer to Spain please help!! 1.200 EUR to ES68 0081 7306 6800 0123 4567, Banco Sabadell, swift BSABESBB. It bounced with "R03 - No account/unable to locate". My mother's name is on it exactly.""",
        exp=dict(
            amount=["1200.00 EUR"],
            country=["ES"],
            recipient_account=["ES6800817306680001234567"],
            swift_bic=["BSABESBB"],
            error_message=["R03 - No account/unable to locate"],
        ),
    ),
    dict(
        lang="en",
        sent=MX,
        text="""The app on my Motorola Edge 40 crashes when I open "Servicios". Version 9.0.1, Android 14. No message, just closes.""",
        exp=dict(
            device_model=["Motorola Edge 40"],
            app_version=["9.0.1"],
            os_version=["Android 14"],
        ),
    ),
    dict(
        lang="en",
        sent=MX,
        text="""I topped up at OXXO with the barcode reference 9300 4412 8871 20 and paid $700 pesos at 7pm today but balance not updated. Ticket from the store says "Pago aplicado".""",
        exp=dict(
            amount=["700.00 MXN"],
            transaction_date=["2028-08-08T19:00"],
            error_message=["Pago aplicado"],
        ),
    ),
    dict(
        lang="en",
        sent=MX,
        text="""Buenas. For Peru, what is the fee to send soles? And is there a maximum per month? Just asking before I start using it. Gracias""",
        exp=dict(country=["PE"]),
    ),
    dict(
        lang="en",
        sent=MX,
        text="""forgot my password, reset email never comes. I typed the new one twice (Tacos#2028mx) and then it said "Link expired". using lucia.rmz@yahoo.com.mx""",
        exp=dict(
            error_message=["Link expired"],
            account_contact=["lucia.rmz@yahoo.com.mx"],
        ),
        sens=["password"],
        secrets=["Tacos#2028mx"],
    ),
    # ---------------------------------------------------------------- English, India (Mumbai / Bengaluru)
    dict(
        lang="en",
        sent=MB,
        text="""Sir, Rs. 2,499 debited for Jio recharge on 7/8/2028 but recharge not done, status "Pending from operator". UTR 421917736620. Kindly refund. Regd mobile 98204 51736.""",
        opts=dict(default_region="IN"),
        exp=dict(
            amount=["2499.00 INR"],
            transaction_date=["2028-08-07"],
            error_message=["Pending from operator"],
            transaction_id=["421917736620"],
            account_contact=["+919820451736"],
        ),
    ),
    dict(
        lang="en",
        sent=MB,
        text="""Hello team, my UPI PIN got changed without my knowledge and now 18k went from my account at 10.45 pm tonight. I never shared, only the OTP 640 271 which came for "KYC update" I told on phone to one lady. Please freeze. 9167033418""",
        opts=dict(default_region="IN"),
        exp=dict(
            amount=["18000.00 INR"],
            transaction_date=["2028-08-09T22:45"],
            account_contact=["+919167033418"],
        ),
        sens=["otp"],
        secrets=["640 271"],
    ),
    dict(
        lang="en",
        sent=MB,
        text="""My PAN is ABCPK4417M and Aadhaar ends 7731, the KYC page says "PAN name mismatch". Name on PAN is Kiran Kumar Reddy and in app I wrote Kiran K Reddy. How to fix. kiran.reddy88@rediffmail.com""",
        exp=dict(
            error_message=["PAN name mismatch"],
            account_contact=["kiran.reddy88@rediffmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=MB,
        text="""Sending money to my son in Toronto. CAD 3,500. TD account 1187734, transit 50212, institution 004, swift TDOMCATTTOR. It says "Purpose code required". What purpose code for tuition fees?""",
        exp=dict(
            amount=["3500.00 CAD"],
            country=["CA"],
            recipient_account=["1187734"],
            swift_bic=["TDOMCATTTOR"],
            error_message=["Purpose code required"],
        ),
    ),
    dict(
        lang="en",
        sent=MB,
        text="""App version 9.0.0 on Redmi Note 13 Pro, HyperOS 1.0.3. While scanning QR the camera opens black and then "Camera permission denied" even though permission is given.""",
        exp=dict(
            app_version=["9.0.0"],
            device_model=["Redmi Note 13 Pro"],
            os_version=["HyperOS 1.0.3"],
            error_message=["Camera permission denied"],
        ),
    ),
    dict(
        lang="en",
        sent=MB,
        text="""I am writing on behalf of my father (his registered no. +91 80 2659 4410 landline, no he has mobile 94481 22093 registered). He paid electricity bill BESCOM ₹3,216 on Monday, shows failed but money cut.""",
        opts=dict(default_region="IN"),
        exp=dict(
            account_contact=["+919448122093"],
            amount=["3216.00 INR"],
            transaction_date=["2028-08-07"],
        ),
    ),
    dict(
        lang="en",
        sent=MB,
        text="""Dear team, I've got debit card ending 4412, ATM in Dubai airport took it, screen said "Card captured". This was on the 6th at 2 am local. Amount I tried was AED 500. My IFSC for refund HDFC0001234 not needed I think.""",
        exp=dict(
            error_message=["Card captured"],
            transaction_date=["2028-08-06T02:00"],
            amount=["500.00 AED"],
            country=["AE"],
        ),
    ),
    dict(
        lang="en",
        sent=MB,
        text="""pls reset my mpin. i put wrong 3 times, now "Account temporarily locked for 24 hours". new one i want 7391 but it doesnt allow. email is sneha_patil@outlook.in""",
        exp=dict(
            error_message=["Account temporarily locked for 24 hours"],
            account_contact=["sneha_patil@outlook.in"],
        ),
        sens=["pin"],
        secrets=["7391"],
    ),
    dict(
        lang="en",
        sent=MB,
        text="""Very good app, refund came in 2 days for my Myntra return. Only suggestion add Hindi and Marathi. Thank you OKPay team!""",
        exp={},
    ),
    # ---------------------------------------------------------------- English, Africa / Europe (Johannesburg / Berlin)
    dict(
        lang="en",
        sent=JB,
        text="""Howzit. Sent R1 850 to my sister at FNB yesterday, acc 62845519003, branch 250655. Status "Reversed" this morning and money not back. Ref OKZ-77102. Cell 082 551 9034.""",
        opts=dict(default_region="ZA"),
        exp=dict(
            amount=["1850.00 ZAR"],
            transaction_date=["2028-08-09"],
            recipient_account=["62845519003"],
            error_message=["Reversed"],
            transaction_id=["OKZ-77102"],
            account_contact=["+27825519034"],
        ),
    ),
    dict(
        lang="en",
        sent=JB,
        text="""I was load-shedding and my phone died during a top-up. R500 from Capitec. Now I see it twice on my bank statement, 2x R500 on 9 Aug. Wallet shows only one. My ID no 8501015800087 if you need it.""",
        exp=dict(
            amount=["500.00 ZAR"],
            transaction_date=["2028-08-09"],
        ),
    ),
    dict(
        lang="en",
        sent=JB,
        text="""Someone whatsapped me from a "OKPay Rewards" number +27 71 044 8123 saying I won R10 000 and must pay a R250 admin fee. I did not pay. Just reporting the scam.""",
        exp={},
    ),
    dict(
        lang="en",
        sent=JB,
        text="""Guten Tag, Überweisung an DE60 5001 0517 5319 4672 81 (BIC INGDDEFFXXX) über 780,00 € ist mit "Empfänger-IBAN ungültig" abgelehnt worden. The IBAN is correct, I copied it. Reference 2028-BER-4471.""",
        exp=dict(
            recipient_account=["DE60500105175319467281"],
            swift_bic=["INGDDEFFXXX"],
            amount=["780.00 EUR"],
            error_message=["Empfänger-IBAN ungültig"],
            transaction_id=["2028-BER-4471"],
        ),
    ),
    dict(
        lang="en",
        sent=JB,
        text="""My Samsung Galaxy S23 FE, One UI 6.1, OKPay 9.0.2: NFC payments at Rewe fail with "Karte nicht lesbar". Contactless is on. Happened Tuesday and today.""",
        exp=dict(
            device_model=["Samsung Galaxy S23 FE"],
            os_version=["One UI 6.1"],
            app_version=["9.0.2"],
            error_message=["Karte nicht lesbar"],
            transaction_date=["2028-08-08", "2028-08-10"],
        ),
    ),
    dict(
        lang="en",
        sent=JB,
        text="""Please I need help, transfer to Nigeria ₦450,000 to GTBank 0123984417, sort "058152052". It is in "Awaiting compliance" since Monday. I am in Berlin, email chuka.obi@web.de""",
        exp=dict(
            amount=["450000.00 NGN"],
            country=["NG"],
            recipient_account=["0123984417"],
            error_message=["Awaiting compliance"],
            transaction_date=["2028-08-07"],
            account_contact=["chuka.obi@web.de"],
        ),
    ),
    dict(
        lang="en",
        sent=JB,
        text="""Paying in Cape Town at a Woolworths, R1 240,50, my card was charged in EUR 63.10 instead of rand and I got a 2.5% FX fee. Why convert if my card is ZAR wallet? 10 Aug 08:40.""",
        exp=dict(
            amount=["1240.50 ZAR", "63.10 EUR"],
            country=["ZA"],
            transaction_date=["2028-08-10T08:40"],
        ),
    ),
    dict(
        lang="en",
        sent=JB,
        text="""My bank app sent me a TAN 551 902 for the OKPay direct debit mandate, then OKPay said "Mandat konnte nicht erstellt werden". Account DE89 3704 0044 0532 0130 01 (my own Commerzbank account).""",
        exp=dict(
            error_message=["Mandat konnte nicht erstellt werden"],
        ),
        inv=dict(recipient_account=[["DE89370400440532013001", "iban_checksum"]]),
        sens=["otp"],
        secrets=["551 902"],
    ),
    # ---------------------------------------------------------------- English, Southeast Asia (Manila / Singapore / KL)
    dict(
        lang="en",
        sent=MN,
        text="""Hi po, I cashed in ₱2,000 via 7-Eleven CLiQQ earlier at 11:02 am, receipt no. 7E-33190442, and wallet still zero. Mobile 0917 884 2106. Salamat!""",
        opts=dict(default_region="PH"),
        exp=dict(
            amount=["2000.00 PHP"],
            transaction_date=["2028-08-11T11:02"],
            transaction_id=["7E-33190442"],
            account_contact=["+639178842106"],
        ),
    ),
    dict(
        lang="en",
        sent=MN,
        text="""Guys the OTP from you came as "Your OKPay verification code is 2 0 9 3 1 7 valid 5 mins" but the app said "OTP mismatch". Using Realme 12 Pro+ with app 9.0.1. nico.dlsantos@gmail.com""",
        exp=dict(
            error_message=["OTP mismatch"],
            device_model=["realme 12 Pro+"],
            app_version=["9.0.1"],
            account_contact=["nico.dlsantos@gmail.com"],
        ),
        sens=["otp"],
        secrets=["2 0 9 3 1 7"],
    ),
    dict(
        lang="en",
        sent=MN,
        text="""Singapore here. Paid S$86.40 at a hawker in Chinatown by PayNow QR on Wed, got "Payment unsuccessful" but hawker's side received. Now I am charged. UEN of stall T15LL1234K. Contact 9123 7766.""",
        opts=dict(default_region="SG"),
        exp=dict(
            amount=["86.40 SGD"],
            transaction_date=["2028-08-09"],
            error_message=["Payment unsuccessful"],
            account_contact=["+6591237766"],
        ),
    ),
    dict(
        lang="en",
        sent=MN,
        text="""I want to send RM 3,000 to my supplier in Penang, Maybank 5140 1220 9987, swift MBBEMYKL. OKPay says "Recipient name required in Latin letters" but his name is Chinese. What to do?""",
        exp=dict(
            amount=["3000.00 MYR"],
            country=["MY"],
            recipient_account=["514012209987"],
            swift_bic=["MBBEMYKL"],
            error_message=["Recipient name required in Latin letters"],
        ),
    ),
    dict(
        lang="en",
        sent=MN,
        text="""hello my lazada checkout keeps failing "Issuer declined (05)". card is the OKPay virtual one ending 7718, I am not giving full number here. Tried ₱5,499.00 three times this morning. regd email maricel.tan@yahoo.com.ph""",
        exp=dict(
            error_message=["Issuer declined (05)"],
            amount=["5499.00 PHP"],
            transaction_date=["2028-08-11"],
            account_contact=["maricel.tan@yahoo.com.ph"],
        ),
    ),
    dict(
        lang="en",
        sent=MN,
        text="""Pls help lah. Grab driver in KL said my OKPay payment of RM 42.80 didn't go through, I paid again cash. Txn no GRB-MY-5590127, Thursday 9.30pm. Phone +60 12-338 4471""",
        exp=dict(
            amount=["42.80 MYR"],
            transaction_id=["GRB-MY-5590127"],
            transaction_date=["2028-08-10T21:30"],
            account_contact=["+60123384471"],
            country=["MY"],
        ),
    ),
    dict(
        lang="en",
        sent=MN,
        text="""The bank asked me for the 'secret word' when I called about my OKPay card. I said "mango rain 77". Is that ok or should I change? Also new card arrived, the sticker says activation code ACT-4471, do I need it?""",
        exp={},
        sens=["password"],
        secrets=["mango rain 77"],
    ),
    dict(
        lang="en",
        sent=MN,
        text="""Hi, sending USD 1,500 to Ho Chi Minh City, Vietcombank account 0071 0009 23518, swift BFTVVMVX. Fee shown USD 12 but rate looks bad. Is it fixed? My email is ngo.thu.ha@gmail.com""",
        exp=dict(
            amount=["1500.00 USD"],
            country=["VN"],
            recipient_account=["0071000923518"],
            account_contact=["ngo.thu.ha@gmail.com"],
        ),
        inv=dict(swift_bic=[["BFTVVMVX", "bic_country"]]),
    ),
    dict(
        lang="en",
        sent=MN,
        text="""Your app asked "Enter the 6 digit code we sent" and nothing came for 2 hours. Globe sim, 0927 441 8856. Not sure if the number is blocked.""",
        opts=dict(default_region="PH"),
        exp=dict(account_contact=["+639274418856"]),
    ),
    dict(
        lang="en",
        sent=MN,
        text="""hi i want to add my card to okpay but it keeps saying "Card verification failed". i am typing 5355.2201.9847.7634 exp 03/31 and CVC 0 9 2. is something wrong with my card? from Cebu, 0998 210 4471""",
        opts=dict(default_region="PH"),
        exp=dict(
            error_message=["Card verification failed"],
            account_contact=["+639982104471"],
        ),
        sens=["card_number", "cvv"],
        secrets=["5355.2201.9847.7634", "0 9 2"],
    ),
    # ---------------------------------------------------------------- English, Australia / NZ (Auckland / Sydney)
    dict(
        lang="en",
        sent=AK,
        text="""Kia ora, yesterday arvo I paid NZ$129.90 at Countdown Ponsonby and got charged twice. Both say "Settled". Ref numbers 88019-NZ and 88020-NZ. Reach me on 021 448 3190.""",
        opts=dict(default_region="NZ"),
        exp=dict(
            transaction_date=["2028-08-13"],
            amount=["129.90 NZD"],
            error_message=["Settled"],
            transaction_id=["88019-NZ", "88020-NZ"],
            account_contact=["+64214483190"],
        ),
    ),
    dict(
        lang="en",
        sent=AK,
        text="""Lost my phone in a Queenstown ski lodge Saturday. iPhone 15 Plus. OKPay passcode is 0 4 0 6 (my anniversary, stupid I know). Please suspend. email tama.whaanga@xtra.co.nz""",
        exp=dict(
            transaction_date=["2028-08-12"],
            device_model=["iPhone 15 Plus"],
            account_contact=["tama.whaanga@xtra.co.nz"],
        ),
        sens=["pin"],
        secrets=["0 4 0 6"],
    ),
    dict(
        lang="en",
        sent=AK,
        text="""G'day, transferring A$4,200 from Sydney to my NZ ASB account 12-3140-0711422-00 took 5 days last time. Is it faster now? No problem this time, just asking. IRD number is 049-091-850 if you need tax stuff.""",
        exp=dict(
            amount=["4200.00 AUD"],
            country=["AU", "NZ"],
            recipient_account=["123140071142200"],
        ),
    ),
    dict(
        lang="en",
        sent=AK,
        text="""I got an email "Your OKPay account will be suspended, verify here" and I clicked and put in my email and password (Kiwi!Bach2027). Then I noticed the address was okpay-nz-secure.co. Changed nothing yet. Help. moana.p@outlook.co.nz""",
        exp=dict(account_contact=["moana.p@outlook.co.nz"]),
        sens=["password"],
        secrets=["Kiwi!Bach2027"],
    ),
    dict(
        lang="en",
        sent=AK,
        text="""App 9.0.2 on Galaxy A55 crashes every time I open statements - "OKPay keeps stopping". Android 14, One UI 6.1. Started after the update on Friday.""",
        exp=dict(
            app_version=["9.0.2"],
            device_model=["Samsung Galaxy A55"],
            error_message=["OKPay keeps stopping"],
            os_version=["Android 14", "One UI 6.1"],
        ),
    ),
    dict(
        lang="en",
        sent=AK,
        text="""Hi team, Sydney side here. A$ 2,150.00 withdrawal to my CommBank BSB 062-000 acc 1234 5678 on 8/8 shows "Paid" in app but not in CommBank. Ref OKAU-WD-44190. Ph 0412 556 901.""",
        opts=dict(default_region="AU"),
        exp=dict(
            amount=["2150.00 AUD"],
            recipient_account=["12345678"],
            transaction_date=["2028-08-08"],
            error_message=["Paid"],
            transaction_id=["OKAU-WD-44190"],
            account_contact=["+61412556901"],
        ),
    ),
    dict(
        lang="en",
        sent=AK,
        text="""Paid for a dive trip in Fiji, Nadi, FJ$860 on 2 Aug, the shop says refund of FJ$430 was done on the 9th for the cancelled day but nothing came back. Refund ref FJ-REF-0093.""",
        exp=dict(
            country=["FJ"],
            amount=["860.00 FJD", "430.00 FJD"],
            transaction_date=["2028-08-02", "2028-08-09"],
            transaction_id=["FJ-REF-0093"],
        ),
    ),
    dict(
        lang="en",
        sent=AK,
        text="""Two-factor: the authenticator app shows 771 402 but OKPay wants a 6 digit SMS code, which never arrives. How do I switch? I'm on a Pixel 9 Pro, app 9.0.2""",
        exp=dict(device_model=["Google Pixel 9 Pro"], app_version=["9.0.2"]),
        sens=["otp"],
        secrets=["771 402"],
    ),
    dict(
        lang="en",
        sent=AK,
        text="""Cheers for sorting the double charge so fast last week, Ana was brilliant on chat. 10/10.""",
        exp={},
    ),
    # ---------------------------------------------------------------- English, North America (New York / Toronto)
    dict(
        lang="en",
        sent=NY,
        text="""Hi, I sent $1,250 via OKPay to a seller on Marketplace for a couch that never arrived, seller blocked me. It was Sunday around 4pm. Transaction OKUS-0813-99127. I think it's a scam. My phone (917) 555-0148 is not the one on file, use dana.whitfield@icloud.com""",
        exp=dict(
            amount=["1250.00 USD"],
            transaction_date=["2028-08-13T16:00"],
            transaction_id=["OKUS-0813-99127"],
            account_contact=["dana.whitfield@icloud.com"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Wire to London, £8,000 to GB29 NWBK 6016 1331 9268 19, NWBKGB2L, returned with "Beneficiary name mismatch". Original date Aug 10. Please advise fees for re-sending. - Marcus, marcus.lee@leeandpartners.com""",
        exp=dict(
            country=["GB"],
            amount=["8000.00 GBP"],
            recipient_account=["GB29NWBK60161331926819"],
            swift_bic=["NWBKGB2L"],
            error_message=["Beneficiary name mismatch"],
            transaction_date=["2028-08-10"],
            account_contact=["marcus.lee@leeandpartners.com"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""This is my card: 5520 8314 0097 7318, 08/29, the code on back is four four nine. I need to know why Amazon charged it $219.47 twice on August 12th. I'm on +1 646 412 0199""",
        exp=dict(
            amount=["219.47 USD"],
            transaction_date=["2028-08-12"],
            account_contact=["+16464120199"],
        ),
        sens=["card_number", "cvv"],
        secrets=["5520 8314 0097 7318", "four four nine"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""My SSN last 4 is 5512 and my zip 11215, that's what your agent asked. Now the app says "Identity could not be verified (KYC-207)". Account on erin.mcbride@gmail.com""",
        exp=dict(
            error_message=["Identity could not be verified (KYC-207)"],
            account_contact=["erin.mcbride@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Toronto: Interac e-Transfer from my OKPay to my wife, CA$640, pending since Friday, says "Waiting for recipient to deposit". She never got the email. Her email is priya.nair.to@gmail.com, mine is arjun.nair.to@gmail.com""",
        exp=dict(
            amount=["640.00 CAD"],
            transaction_date=["2028-08-11"],
            error_message=["Waiting for recipient to deposit"],
            account_contact=["arjun.nair.to@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""iPhone 16 Pro, iOS 18.0.1, OKPay 9.0.2. Face ID worked till yesterday, now "Biometrics unavailable, use passcode" and when I enter the passcode it rejects it. Passcode is 883 104, I'm sure.""",
        exp=dict(
            device_model=["iPhone 16 Pro"],
            os_version=["iOS 18.0.1"],
            app_version=["9.0.2"],
            error_message=["Biometrics unavailable, use passcode"],
        ),
        sens=["pin"],
        secrets=["883 104"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Our restaurant in Brooklyn takes OKPay. A customer disputed $312.60 from July 28 saying he didn't authorize it. He did, I have the signed slip. Dispute case DSP-55012. Merchant ID 4471-0093. What do I do?""",
        exp=dict(
            amount=["312.60 USD"],
            transaction_date=["2028-07-28"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""ACH from Chase, routing 021000021, account ending 3390 — top-up of $2,000 on Monday came back "R01 Insufficient Funds" but I had 9k in there. Ref TOP-US-77821.""",
        exp=dict(
            amount=["2000.00 USD"],
            transaction_date=["2028-08-14"],
            error_message=["R01 Insufficient Funds"],
            transaction_id=["TOP-US-77821"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Mexico trip: paid MXN 2,850 at a cenote in Tulum on Aug 3 and the rate was awful, you charged US$171.22. Google says it should be about $158. Complaint please.""",
        exp=dict(
            country=["MX"],
            amount=["2850.00 MXN", "171.22 USD", "158.00 USD"],
            transaction_date=["2028-08-03"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Hey, I'm getting texts every few mins "OKPay code: 40 81 66. If you didn't request, ignore." I'm not requesting anything! Someone trying my account? I'm on 347-682-0127""",
        opts=dict(default_region="US"),
        exp=dict(account_contact=["+13476820127"]),
        sens=["otp"],
        secrets=["40 81 66"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Sending $900 to Lagos, Access Bank acc 0691558230, swift ABNGNGLA. It says "Destination limit exceeded for NG". Is the limit per day or month? Email: tunde.fashola@aol.com""",
        exp=dict(
            amount=["900.00 USD"],
            country=["NG"],
            recipient_account=["0691558230"],
            swift_bic=["ABNGNGLA"],
            error_message=["Destination limit exceeded for NG"],
            account_contact=["tunde.fashola@aol.com"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Follow up on ticket #OK-339102. Nobody answered in 9 days. I'm going to file with the CFPB if this isn't resolved.

On Sun, Aug 6, 2028, Jenna Ruiz <jenna.ruiz@gmail.com> wrote:
> My refund of $75.00 for order BX-22019 is missing. My password is Sunflower!88 if you need to log in and check.""",
        exp={},
        secrets=["Sunflower!88"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Canadian here. Trying to link my RBC account, transit 00102, institution 003, acct 5012997. App asks for "online banking password" — I won't give it. Is there a manual way?""",
        exp=dict(recipient_account=["5012997"]),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Good morning, card swallowed by a Citibank ATM on 5th Ave at 8:20 this morning, screen said "Card retained - call issuer". I withdrew nothing. Please send a new card. Contact +1 212 731 0176.""",
        exp=dict(
            transaction_date=["2028-08-15T08:20"],
            error_message=["Card retained - call issuer"],
            account_contact=["+12127310176"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Hi can you confirm the monthly limit for Gold accounts? FAQ says $10,000 but app shows $5,000. Also when will Apple Pay work in Puerto Rico?""",
        exp={},
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Gift card purchase $500 Steam on OKPay, order GC-880122, the code inside "XK7P-9QLM-22RT" says "already redeemed". I never redeemed it! Bought 14 Aug 10:05 pm.""",
        exp=dict(
            amount=["500.00 USD"],
            transaction_id=["GC-880122"],
            error_message=["already redeemed"],
            transaction_date=["2028-08-14T22:05"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Subject: Re: Re: wrong IBAN

As I said in my last email the IBAN was IT60 X054 2811 1010 0000 0123 456, not the one you have. Please re-route the €1,700. Bank BCITITMM.

> > Hello, the IBAN you gave (IT60X0542811101000000123457) was rejected by the beneficiary bank.""",
        exp=dict(
            recipient_account=["IT60X0542811101000000123456"],
            amount=["1700.00 EUR"],
            swift_bic=["BCITITMM"],
        ),
    ),
    # ---------------------------------------------------------------- Chinese, simplified (Shanghai / Hangzhou)
    dict(
        lang="zh",
        sent=SH,
        text="""客服你好，我今天下午两点四十在星巴克用 OKPay 付了 38 元，页面一直转圈最后显示“支付超时”，但是钱扣了。订单号 SB20280816144012。手机 139 1762 0453。""",
        opts=dict(default_region="CN"),
        exp=dict(
            transaction_date=["2028-08-16T14:40"],
            amount=["38.00 CNY"],
            error_message=["支付超时"],
            transaction_id=["SB20280816144012"],
            account_contact=["+8613917620453"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""刚才有人打电话说是 OKPay 客服，说我的账户涉嫌洗钱要配合调查，我把收到的短信验证码 7 2 9 0 4 1 念给他了，后来才反应过来。现在余额 6,800 元还在，赶紧帮我冻结！""",
        exp={},
        sens=["otp"],
        secrets=["7 2 9 0 4 1"],
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""我想给在德国读书的女儿汇 €3,000 学费，收款 IBAN DE60 5001 0517 5319 4672 81，银行代码 INGDDEFF。请问到账要几天？手续费多少？""",
        exp=dict(
            amount=["3000.00 EUR"],
            country=["DE"],
            recipient_account=["DE60500105175319467281"],
            swift_bic=["INGDDEFF"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""华为 Mate 60 Pro 升级鸿蒙 4.2 之后，OKPay 9.0.2 一打开就闪退，什么提示都没有。重装也不行。""",
        exp=dict(
            device_model=["Huawei Mate 60 Pro"],
            os_version=["HarmonyOS 4.2"],
            app_version=["9.0.2"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""我的身份证后六位是 20817X，客服让我提供核实身份，我发了，但是到现在还显示“实名认证审核中”。注册邮箱 chenjing_hz@163.com""",
        exp=dict(
            error_message=["实名认证审核中"],
            account_contact=["chenjing_hz@163.com"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""上周五在杭州西湖边的餐厅吃饭，用 OKPay 付 526 元，结果扣了两次，一共 1,052 元。两笔流水号分别是 HZ0811-3301 和 HZ0811-3302，麻烦退一笔。""",
        exp=dict(
            transaction_date=["2028-08-11"],
            country=["CN"],
            amount=["526.00 CNY", "1052.00 CNY"],
            transaction_id=["HZ0811-3301", "HZ0811-3302"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""你们的提现手续费太高了，提 10,000 扣 60 块，别家都免费。建议改一下，不然我就换别的了。""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""支付密码忘记了，我试了 135790 和 246801 都不对，现在提示“密码错误次数过多，请 3 小时后再试”。绑定手机 186 2155 0972""",
        opts=dict(default_region="CN"),
        exp=dict(
            error_message=["密码错误次数过多，请 3 小时后再试"],
            account_contact=["+8618621550972"],
        ),
        sens=["password"],
        secrets=["135790", "246801"],
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""昨天晚上九点多给日本的朋友转了 50,000 日元，收款账号 三菱UFJ 普通 1234567，SWIFT BOTKJPJT，状态显示“已退回”，原因“收款人信息不完整”。流水 OKJP-0815-2217。""",
        exp=dict(
            transaction_date=["2028-08-15T21:00"],
            country=["JP"],
            amount=["50000 JPY"],
            recipient_account=["1234567"],
            swift_bic=["BOTKJPJT"],
            error_message=["已退回", "收款人信息不完整"],
            transaction_id=["OKJP-0815-2217"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""我收到快递取件码 6-2-4019，同时收到 OKPay 发来的“您的账户正在新设备登录”，可是我没有登录啊。是不是被盗了？我的账号是 lina.zhou@qq.com""",
        exp=dict(
            error_message=["您的账户正在新设备登录"],
            account_contact=["lina.zhou@qq.com"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""信用卡还款 8,350.60 元 8 月 14 号扣款成功了，但是招行那边显示没收到，现在逾期了。OKPay 交易单号 CC2028081400719。麻烦加急。""",
        exp=dict(
            amount=["8350.60 CNY"],
            transaction_date=["2028-08-14"],
            transaction_id=["CC2028081400719"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""我把虚拟卡信息填到一个购物网站：卡号 4111 1111 9038 2716，有效期 09/29，背面三位 552。第二天就被刷了 2 笔美元，一共 US$388。求处理！""",
        exp=dict(amount=["388.00 USD"]),
        sens=["card_number", "cvv"],
        secrets=["4111 1111 9038 2716", "552"],
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""OPPO Find X7 Ultra，ColorOS 14.1，App 9.0.1，扫码付款时提示“E1043 网络异常”，其他 App 都能上网。""",
        exp=dict(
            device_model=["OPPO Find X7 Ultra"],
            os_version=["ColorOS 14.1"],
            app_version=["9.0.1"],
            error_message=["E1043 网络异常"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""优惠券 QIXI520 用不了，提示“不满足使用条件”。我买的是 520 元的花，应该满足满 500 减 52 啊。""",
        exp=dict(error_message=["不满足使用条件"], amount=["520.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""在新加坡樟宜机场换汇，用 OKPay 付了 S$300，结果人民币扣了 1,712.40，汇率比银行差很多。8 月 13 日上午 10 点左右。""",
        exp=dict(
            country=["SG"],
            amount=["300.00 SGD", "1712.40 CNY"],
            transaction_date=["2028-08-13T10:00"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""你好，我是老年人，不太会用。儿子帮我装的，我的登录密码写在本子上是 wangaiguo0512，现在登不进去，一直说“账号或密码错误”。我手机号 021 6478 3320 是座机，手机是 137 6102 8845。""",
        opts=dict(default_region="CN"),
        exp=dict(
            error_message=["账号或密码错误"],
            account_contact=["+8613761028845"],
        ),
        sens=["password"],
        secrets=["wangaiguo0512"],
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""转账给朋友 2000 元，输错了一位账号，转到了 6217 0033 2051 1788 005，本来应该是 6217 0033 2051 1788 013。今天 16:25 转的，能追回吗？""",
        exp=dict(
            amount=["2000.00 CNY"],
            recipient_account=["6217003320511788005", "6217003320511788013"],
            transaction_date=["2028-08-16T16:25"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""请问 OKPay 支持给香港账户转港币吗？每天限额多少？我暂时还没转，先问问。""",
        exp=dict(country=["HK"]),
    ),
    # ---------------------------------------------------------------- Chinese, traditional (Taipei / Hong Kong)
    dict(
        lang="zh",
        sent=TP,
        text="""您好，昨天在全家便利商店用 OKPay 儲值 NT$2,000，收據上寫「交易成功」，但 App 餘額沒有增加。收據序號 FM0816-558201。我的手機 0912 345 678。""",
        opts=dict(default_region="TW"),
        exp=dict(
            transaction_date=["2028-08-16"],
            amount=["2000.00 TWD"],
            error_message=["交易成功"],
            transaction_id=["FM0816-558201"],
            account_contact=["+886912345678"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我剛剛接到詐騙電話，對方說是 OKPay 客服，要我唸簡訊裡的認證碼，我唸了「四八七、二六零」才覺得不對。請幫我把帳號鎖起來！帳號 yuting.lin@gmail.com""",
        exp=dict(account_contact=["yuting.lin@gmail.com"]),
        sens=["otp"],
        secrets=["四八七、二六零"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我人在台北，上個禮拜三匯款到美國給我弟，US$5,000，帳號 483100127765，SWIFT CHASUS33，到現在還是「處理中」。交易編號 OKTW-US-08091。""",
        exp=dict(
            transaction_date=["2028-08-09"],
            country=["US"],
            amount=["5000.00 USD"],
            recipient_account=["483100127765"],
            swift_bic=["CHASUS33"],
            error_message=["處理中"],
            transaction_id=["OKTW-US-08091"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""iPhone 14 Pro 更新 iOS 18 之後，OKPay 9.0.2 的 Apple Pay 綁卡一直失敗，顯示「無法新增此卡片，請聯絡發卡銀行」。""",
        exp=dict(
            device_model=["iPhone 14 Pro"],
            os_version=["iOS 18"],
            app_version=["9.0.2"],
            error_message=["無法新增此卡片，請聯絡發卡銀行"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我的統一編號 24536806 是公司的，想把個人帳戶升級成商家帳戶，要準備什麼資料？""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""上週日在日本大阪的藥妝店刷了 ¥23,400，OKPay 卻扣了兩次，台幣各 4,980 元。一筆是 JP0813-7712，另一筆沒有編號。請退款。""",
        exp=dict(
            transaction_date=["2028-08-13"],
            country=["JP"],
            amount=["23400 JPY", "4980.00 TWD"],
            transaction_id=["JP0813-7712"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""登入時一直要我輸入「圖形驗證碼」，我輸入 K7WP 還是說「驗證碼錯誤」。這個不是簡訊的那種。手機 0933-827-106""",
        opts=dict(default_region="TW"),
        exp=dict(
            error_message=["驗證碼錯誤"],
            account_contact=["+886933827106"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""你好，我部手機今朝喺旺角地鐵站俾人扒咗，係 Samsung Galaxy S24 Ultra。OKPay 嘅密碼係 Hk#mk2028，唔該即刻幫我封咗個戶口！我電話 9123 4567 用唔到，email 係 kelvin.chan@yahoo.com.hk""",
        opts=dict(default_region="HK"),
        exp=dict(
            transaction_date=["2028-08-17"],
            device_model=["Samsung Galaxy S24 Ultra"],
            account_contact=["+85291234567", "kelvin.chan@yahoo.com.hk"],
        ),
        sens=["password"],
        secrets=["Hk#mk2028"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""尋日喺銅鑼灣買嘢，用 OKPay 俾咗 HK$1,280，個 POS 機話「交易失敗」，但係我戶口扣咗錢。收據編號 00092317。""",
        exp=dict(
            transaction_date=["2028-08-16"],
            amount=["1280.00 HKD"],
            error_message=["交易失敗"],
            transaction_id=["00092317"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我想由香港匯錢去英國俾個仔，£2,500，IBAN 係 GB58 HSBC 4012 7738 2155，SWIFT HSBCGB2L。想問下手續費幾多同埋幾耐到？""",
        exp=dict(
            amount=["2500.00 GBP"],
            country=["HK", "GB"],
            swift_bic=["HSBCGB2L"],
        ),
        inv=dict(recipient_account=[["GB58HSBC401277382155", "iban_length"]]),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我張 OKPay 卡喺澳門用唔到，櫃員機顯示「INVALID PIN」，我撳嘅 PIN 係 2 4 6 8，冇錯㗎。8 月 15 號晚上 10 點幾。""",
        exp=dict(
            country=["MO"],
            error_message=["INVALID PIN"],
            transaction_date=["2028-08-15T22:00"],
        ),
        sens=["pin"],
        secrets=["2 4 6 8"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我嘅八達通號碼係 12345678(9)，想用 OKPay 自動增值，但係設定嘅時候話「暫不支援此卡」。係咪要等？""",
        exp=dict(error_message=["暫不支援此卡"]),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""你哋個 app 9.0.2 喺我部 Pixel 8 度成日彈出「系統維護中」，但係官網話冇維護。Android 15。""",
        exp=dict(
            app_version=["9.0.2"],
            device_model=["Google Pixel 8"],
            error_message=["系統維護中"],
            os_version=["Android 15"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""敬啟者：本人於 2028 年 8 月 10 日經貴公司轉賬港幣 15,000 元至新加坡星展銀行帳戶 0721-234567-8，SWIFT DBSSSGSG，至今未到賬。參考編號 HKSG-20280810-031。請盡快跟進。陳大文 謹啟 電話 +852 6123 4567""",
        exp=dict(
            transaction_date=["2028-08-10"],
            amount=["15000.00 HKD"],
            country=["SG"],
            recipient_account=["07212345678"],
            swift_bic=["DBSSSGSG"],
            transaction_id=["HKSG-20280810-031"],
            account_contact=["+85261234567"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""客服好，我在蝦皮買東西付款時卡號打錯了，打成 4589 1234 0077 2159，系統顯示「卡片資料有誤」。正確的卡號我不方便寫。訂單 SP240817-0091。""",
        exp=dict(
            error_message=["卡片資料有誤"],
            transaction_id=["SP240817-0091"],
        ),
        sens=["card_number"],
        secrets=["4589 1234 0077 2159"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""謝謝你們上次很快幫我處理退款，客服小美很有耐心！希望 App 可以加上深色模式。""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""台中的房東說我 8/1 轉的房租 NT$18,000 沒收到。我這邊顯示「已轉出」。對方帳號 012-50-123456-8（台北富邦）。""",
        exp=dict(
            transaction_date=["2028-08-01"],
            country=["TW"],
            amount=["18000.00 TWD"],
            error_message=["已轉出"],
            recipient_account=["012501234568"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""請問提款卡密碼跟 App 登入密碼是同一個嗎？我不想寫出來，只是想知道要改哪一個。""",
        exp={},
    ),
    # ---------------------------------------------------------------- Chinese, simplified (Beijing / Shenzhen)
    dict(
        lang="zh",
        sent=BJ,
        text="""今天早上 9:12 在北京西站买高铁票，OKPay 付 553.5 元，12306 显示“支付未完成”，票没出来，钱扣了。订单 E928104471。电话 010-8251 3344 是单位的，我手机 155 1022 7634。""",
        opts=dict(default_region="CN"),
        exp=dict(
            transaction_date=["2028-08-18T09:12"],
            country=["CN"],
            amount=["553.50 CNY"],
            error_message=["支付未完成"],
            transaction_id=["E928104471"],
            account_contact=["+8615510227634"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""我手机丢了！vivo X100 Pro，昨晚在三里屯丢的。OKPay 支付密码是 520131，锁屏也是这个。快帮我冻结账户。新号码 132 6688 0217""",
        opts=dict(default_region="CN"),
        exp=dict(
            transaction_date=["2028-08-17"],
            device_model=["vivo X100 Pro"],
            account_contact=["+8613266880217"],
        ),
        sens=["password"],
        secrets=["520131"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""深圳这边，给澳大利亚悉尼的供应商付款 AUD 12,600，BSB 062-000 账号 1098 7654，SWIFT CTBAAU2S。显示“汇款失败：收款行拒绝”。流水 SZAU-0817-5521，昨天下午 3 点。""",
        exp=dict(
            country=["AU"],
            amount=["12600.00 AUD"],
            recipient_account=["10987654"],
            swift_bic=["CTBAAU2S"],
            error_message=["汇款失败：收款行拒绝"],
            transaction_id=["SZAU-0817-5521"],
            transaction_date=["2028-08-17T15:00"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""短信里的验证码是【OKPay】您的验证码为 308815，5分钟内有效。我输进去提示“验证码已失效”，可我明明 1 分钟就输了。荣耀 Magic6 Pro，App 9.0.2。""",
        exp=dict(
            error_message=["验证码已失效"],
            device_model=["Honor Magic 6 Pro"],
            app_version=["9.0.2"],
        ),
        sens=["otp"],
        secrets=["308815"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""你们客服让我报一下银行卡后四位 6612 和预留手机号，我报了，然后说会回电，到现在两天了没人联系我。工单号 GD20280816-0442。""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""我在泰国曼谷夜市扫码付了 1,250 泰铢，今天看账单扣了 262.3 元，同一笔又出现了一次退款 -262.3 然后又扣了一次。8 月 15 日晚上八点，当时输了两次支付密码 997531。交易号 BKK0815-20391。""",
        exp=dict(
            country=["TH"],
            amount=["1250.00 THB", "262.30 CNY"],
            transaction_date=["2028-08-15T20:00"],
            transaction_id=["BKK0815-20391"],
        ),
        sens=["password"],
        secrets=["997531"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""小米 14 澎湃OS 1.0.12，OKPay 9.0.1 NFC 刷公交卡失败，闸机提示“请重新刷卡”，App 里面显示“卡片余额不足”但我刚充了 50 块。""",
        exp=dict(
            device_model=["Xiaomi 14"],
            os_version=["HyperOS 1.0.12"],
            app_version=["9.0.1"],
            error_message=["请重新刷卡", "卡片余额不足"],
            amount=["50.00 CNY"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""有个陌生号码 170 0123 4567 给我发短信说中了 OKPay 周年庆大奖 8888 元，让我点链接填银行卡号和密码。我没点，举报一下。""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""我的 CVV 是 3 位还是 4 位？卡背面是 7 1 9，网站要求 4 位。卡是 OKPay 发的 Visa。""",
        exp={},
        sens=["cvv"],
        secrets=["7 1 9"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""提现到建设银行卡 6217 0000 1234 5678 901，金额 30,000 元，8 月 16 日提交，显示“银行处理中”，已经两天了。提现单号 TX2028081611902。注册邮箱 wu.haoran@sina.com""",
        exp=dict(
            recipient_account=["6217000012345678901"],
            amount=["30000.00 CNY"],
            transaction_date=["2028-08-16"],
            error_message=["银行处理中"],
            transaction_id=["TX2028081611902"],
            account_contact=["wu.haoran@sina.com"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""Re: 关于您的退款申请

收到了，谢谢。不过只退了 199 元，还差 100 元没退。

在 2028-08-14，OKPay 客服 写道：
> 您好，您的订单 VIP-778120 已为您办理退款 299.00 元，预计 1-3 个工作日到账。""",
        exp=dict(amount=["199.00 CNY", "100.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""给马来西亚吉隆坡的亲戚转 RM 2,000，收款账号 5140 1220 9987（Maybank），SWIFT MBBEMYK，提示“SWIFT 代码格式错误”。我抄的就是这个啊。""",
        exp=dict(
            country=["MY"],
            amount=["2000.00 MYR"],
            recipient_account=["514012209987"],
            error_message=["SWIFT 代码格式错误"],
        ),
        inv=dict(swift_bic=[["MBBEMYK", "bic_length"]]),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""我的交易密码被人改了！今天下午收到短信“您的交易密码已修改”，不是我改的。账户里还有 12,000 元。手机 138 0013 5579""",
        opts=dict(default_region="CN"),
        exp=dict(
            transaction_date=["2028-08-18"],
            error_message=["您的交易密码已修改"],
            account_contact=["+8613800135579"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""邀请好友注册送 20 元，我的邀请码 OK8H2Q 朋友填了，但奖励一直没发。朋友手机号 159 0101 2288。""",
        exp=dict(amount=["20.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""华为 Pura 70 Pro，HarmonyOS 4.2.0，App 版本 9.0.0，人脸识别一直失败，提示“活体检测未通过（错误码 FV-302）”。光线很好。""",
        exp=dict(
            device_model=["Huawei Pura 70 Pro"],
            os_version=["HarmonyOS 4.2.0"],
            app_version=["9.0.0"],
            error_message=["活体检测未通过（错误码 FV-302）"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""在法国巴黎老佛爷买包，刷了 €1,890，退税单上写的退税 €228 说退到 OKPay 卡，等了一个月了。购物日期 7 月 15 日。""",
        exp=dict(
            country=["FR"],
            amount=["1890.00 EUR", "228.00 EUR"],
            transaction_date=["2028-07-15"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""我是做外贸的，客户从迪拜给我打款 USD 7,800，对方说已经汇出，汇款行 EBILAEAD，参考号 FT28229-AE-0091，我这边 OKPay 一直没到账。注册手机 +86 186 0075 3321。""",
        exp=dict(
            country=["AE"],
            amount=["7800.00 USD"],
            swift_bic=["EBILAEAD"],
            transaction_id=["FT28229-AE-0091"],
            account_contact=["+8618600753321"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""我绑定银行卡时要输入银行卡密码，我输了 6 位 881203，提示“银行卡密码错误”，可是 ATM 上就是这个密码能取钱。""",
        exp=dict(error_message=["银行卡密码错误"]),
        sens=["pin"],
        secrets=["881203"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""请问 OKPay 能不能开发票？上个月充值了 3 万，公司报销要用。税号 91110108MA01ABCD2X。""",
        exp=dict(amount=["30000.00 CNY"]),
    ),
]
