# ruff: noqa: E501  (mail texts are data; they keep their own line breaks)
"""Seventh held-out set: 130 hand-written mails, heavy on secrets (corpus source "hand_heldout_7").

Written and labelled blind: the writer read only the label conventions at the top of
``docs/benchmarks-details.md`` (above "Round 1"), the docstrings and mails of
``bench/details_corpus_hand3.py`` to ``bench/details_corpus_hand6.py`` (to learn the conventions
and normalised forms) and the taxonomy; never the extractor's code, its tests, the development
set, other bench files, the rest of the benchmark notes or the git history, and neither the
extractor nor ``bench/details.py`` was run on these mails before they were committed. Labels
list what a careful reader would extract, normalised as the conventions say, whether or not
the extractor can do it. IBAN checksums and lengths and BIC shapes were checked with schwifty,
phone numbers with phonenumbers (every labelled phone is valid and is found in its mail under
the mail's ``default_region``), weekdays with ``datetime``, card numbers with the Luhn sum.

Besides the keys of set 6 every mail with a secret has ``secrets``: the literal secret strings
as they are written in the text (one entry per distinct string, each a substring of ``text``),
so a masking check can look for them in anything the product stores or sends.

130 mails: 75 English, 55 Chinese (18 in traditional characters, five of them Cantonese;
English mails mix in Spanish, French, Polish, Italian, Hinglish, Malay, Tagalog and Singlish).
Ten ``sent`` stamps in seven UTC offsets; relative dates are labelled against the sender's
local date as in sets 5 and 6.

- 56 mails with secrets, 68 secret strings; mails per kind: otp 22, password 15,
  card_number 11, cvv 10, pin 9. Forms: spaced, dashed and dotted codes ("55.12.98",
  "2-9-0-6-4-1", "90 41 77"), a code alone on the next line, codes before their keyword or
  with none ("the numbers that came by text", "the number in the text I got", "短信里的六位数字",
  "簡訊裡的號碼"), codes in Chinese numerals, codes read to a scammer, codes quoted from a pasted
  SMS, 验证码/驗證碼/动态码/短信码/校验码, PINs as "my 4 digits", "the four numbers", MPIN,
  passcode, PIN 碼, 取款密码 and a card PIN at an ATM, passwords with and without quotes and in
  Chinese (登录密码, 登入密碼, 支付密码, 交易密碼), card numbers with spaces, dashes or none,
  a 15-digit Amex with a four-digit CID, card + expiry + CVV in one line, CVV as "the 3 digits
  on the back", CVC2, CVV2, 安全码/安全碼, 背面三位数, 背面三個字, secrets in a subject-style
  first line, and secrets inside the customer's own quoted earlier message (mails 9, 23, 94).
  Four card numbers fail the Luhn sum on purpose (customer typos or a misread card; still
  ``card_number``): mails 2 (4539 4758 8293 5163), 11 (15 digits, 4485 1894 9139 286),
  96 (6259147153056846) and 118 (4539-4758-8293-5126).
- 36 mails with secret-like distractors and no secret: order, receipt, tracking, courier and
  reference numbers, promo/voucher/discount codes (SPRING15, DESC10, OKSUMMER150, 优惠码
  OK520), last four digits and masked cards ("4539 **** **** 5162", "6259 **** **** 6845",
  "XX4471", 末四碼, 尾号), a PIN code that is an Indian postcode, a zip code, 郵遞區號, a sort
  code, an IFSC, amounts and phone numbers next to "code"/"PIN", "I never got the OTP", "the
  code didn't arrive", 验证码收不到, an expired-code error, "OTP Bank", "reset my password",
  密码忘了, a UPI PIN without its value, a PIN letter that never came, domestic bank card
  numbers given as the recipient account (mails 85, 88), IBANs and SWIFT codes, app versions
  and error codes (E-2210, E-4012, ERR-OTP-403), a parcel locker 取件码.
- 38 ordinary mails; six mails with no labels at all.
- Five invalid entries: iban_checksum 2, iban_length 1, bic_length 1, bic_country 1.

Labelled values per detail: amount 76, transaction_date 63, account_contact 61,
error_message 49, transaction_id 35, device_model 22, country 20, recipient_account 19,
swift_bic 16, app_version 17, os_version 9.

Label decisions taken here (beyond those of sets 3 to 6, which are followed):
- ``sens`` lists each secret kind of a mail once; ``secrets`` lists every distinct secret
  string, without surrounding quote marks, as written (spaces, dashes, dots and Chinese
  numerals kept); a card's expiry date is not a secret and not listed;
- a code the customer did not ask for but quotes ("Your OKPay code: 90 41 77" in a feedback
  mail), a code in an unsolicited SMS pasted in, and two codes in one mail are all ``otp``; a
  3-D Secure code for a card payment (校验码 in a bank SMS) is an ``otp`` too;
- an app passcode, an MPIN, "PIN 碼" of the app and a card PIN typed at an ATM or till are
  ``pin`` (set 6: app login PIN is a pin); the app's 交易密碼 (transaction password) is a
  ``password`` like 支付密码 (set 5); a birthday given as 支付密码 is a password;
- a secret in the customer's own quoted earlier message is labelled, and so is everything else
  in that quote (it is the customer's text, like a pasted notice): the amounts and phone in
  it, and the customer's own address in the quote's header line ("Tom Barker
  <tom.barker77@gmail.com> wrote:", "From: Derek Simmons <dsimmons@verizon.net>"), which is
  an account contact; the header's date is not labelled (as sets 5 and 6);
- a card number with a digit missing or a wrong check digit is still ``card_number`` when the
  mail makes plain it is a card; a masked card or its last four digits is nothing;
- promo, voucher and discount codes, a gift card's unwritten code, a parcel locker pickup
  code (取件码 "6-2-1108"), a company's payment note ("code 4471"), a UPI PIN or a PIN letter
  without a value, and an Indian "PIN code" (postcode) are not secrets;
- a crash-report id, a courier/tracking number, an IFSC, a BSB and a sort code are not
  labelled (as sets 5 and 6); a New Zealand account written "01-0505-0318472-00" is labelled
  compact, digits only;
- "Sent from my iPhone" names no model and gives no ``device_model``; "Samsung A54" is
  "Samsung Galaxy A54"; "iPhone 13 mini" keeps Apple's lower case;
- the moment a card was swallowed ("this morning", "刚才") and the day a setting was suddenly
  asked to be reset ("今天突然叫我重設") are transaction dates (the day a problem began, set 6);
  "around 9am"/"十點多" give the hour (set 6);
- a balance the customer gives with "about" ("about $900 in it") is an amount (set 5's rough
  totals); a discount that was not applied ("没有减 20 元") is an amount like set 6's missing
  money; both the listed price and the price the customer should have paid are amounts.
"""

from __future__ import annotations

from typing import Any

LA = "2028-04-10T09:20:00+01:00"  # a Monday (London, summer time)
NY = "2028-04-13T18:05:00-04:00"  # a Thursday (New York)
LX = "2028-04-14T16:00:00-07:00"  # a Friday (Los Angeles)
PA = "2028-04-18T07:45:00+02:00"  # a Tuesday (Paris / Madrid / Warsaw)
IN = "2028-04-21T20:40:00+05:30"  # a Friday (India)
SG = "2028-04-24T10:30:00+08:00"  # a Monday (Singapore / Kuala Lumpur / Manila)
SY = "2028-04-19T19:30:00+10:00"  # a Wednesday (Sydney, standard time)
BJ = "2028-04-12T21:15:00+08:00"  # a Wednesday (Beijing)
SH = "2028-04-17T08:50:00+08:00"  # a Monday (Shanghai)
TP = "2028-04-26T14:10:00+08:00"  # a Wednesday (Taipei / Hong Kong)

HOLDOUT_7: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- English
    dict(
        lang="en",
        sent=LA,
        text="""Subject: locked out - password "Marmalade&Toast9" not accepted

Hi, since Saturday the app tells me "Incorrect password. Your account is temporarily locked" even though Marmalade&Toast9 is definitely what I set in March. iPhone 13 mini, OKPay 8.2.1.
Thanks, Rosie Clarke
07823 415 096""",
        opts=dict(default_region="GB"),
        exp=dict(
            transaction_date=["2028-04-08"],
            error_message=["Incorrect password. Your account is temporarily locked"],
            device_model=["iPhone 13 mini"],
            app_version=["8.2.1"],
            account_contact=["+447823415096"],
        ),
        sens=["password"],
        secrets=["Marmalade&Toast9"],
    ),
    dict(
        lang="en",
        sent=LA,
        text="""Hello, I'm so embarrassed. Yesterday afternoon a woman called saying she was from OKPay security and that my account would be closed. She asked me to read out the numbers that came by text and I did: 55.12.98. About ten minutes later £820 left my wallet to someone called "K Osei". Reference on the app is TRF-0904-77125-GB.
My mobile: 07954 602 318
Margaret Hale""",
        opts=dict(default_region="GB"),
        exp=dict(
            transaction_date=["2028-04-09"],
            amount=["820.00 GBP"],
            transaction_id=["TRF-0904-77125-GB"],
            account_contact=["+447954602318"],
        ),
        sens=["otp"],
        secrets=["55.12.98"],
    ),
    dict(
        lang="en",
        sent=LA,
        text="""my okpay card is not working in shops anymore: 4539 4758 8293 5163 exp 11/30 cvv 271. please sort it out, its been declined since friday at tesco and boots""",
        exp=dict(transaction_date=["2028-04-07"]),
        sens=["card_number", "cvv"],
        secrets=["4539 4758 8293 5163", "271"],
    ),
    dict(
        lang="en",
        sent=LA,
        text="""Hi, there's a payment on my statement I don't recognise: £34.99 to "PRIMEVID*UK" on 6 April, card 4539 **** **** 5162. I still have the card (the one ending 5162) in my purse. Can you stop it and refund me? My email is J.Okafor@hotmail.co.uk""",
        exp=dict(
            amount=["34.99 GBP"],
            transaction_date=["2028-04-06"],
            account_contact=["j.okafor@hotmail.co.uk"],
        ),
    ),
    dict(
        lang="en",
        sent=LA,
        text="""The OTP never arrives when I try to log in on my new Pixel 8a. The app says it has sent the code but nothing comes, not even after 20 minutes. Number on the account is 07700 318 412, I'm on Vodafone.
Dan""",
        opts=dict(default_region="GB"),
        exp=dict(device_model=["Google Pixel 8a"], account_contact=["+447700318412"]),
    ),
    dict(
        lang="en",
        sent=LA,
        text="""Morning, I'm paying a deposit for a villa in the Algarve, €1,450 to PT50 0035 0651 8093 6166 8854 9, BIC CGDIPTPL (Caixa Geral). Will the owner get the full amount or do you take fees on top?""",
        exp=dict(
            country=["PT"],
            amount=["1450.00 EUR"],
            recipient_account=["PT50003506518093616688549"],
            swift_bic=["CGDIPTPL"],
        ),
    ),
    dict(
        lang="en",
        sent=LA,
        text="""Card swallowed by the ATM at Leeds station this morning. I KNOW my 4 digits are right, 7 7 1 3, I've used them for years. Screen said "PIN incorrect. Card retained". Need a new card asap, account is under sam.whitfield@gmail.com""",
        exp=dict(
            transaction_date=["2028-04-10"],
            error_message=["PIN incorrect. Card retained"],
            account_contact=["sam.whitfield@gmail.com"],
        ),
        sens=["pin"],
        secrets=["7 7 1 3"],
    ),
    dict(
        lang="en",
        sent=LA,
        text="""Your SPRING15 promo code didn't apply at checkout on the Argos app, I paid full price £129.00 instead of £109.65. Order number 6103-448-2190. Can I get the difference back?""",
        exp=dict(
            amount=["129.00 GBP", "109.65 GBP"],
            transaction_id=["6103-448-2190"],
        ),
    ),
    dict(
        lang="en",
        sent=LA,
        text="""Topped up £250 by bank transfer from Starling on Friday at about 4pm, reference OKTOP-5521907. Still not in the wallet. Starling says it left.
What's going on?
- Priya, 07456 211 873""",
        opts=dict(default_region="GB"),
        exp=dict(
            amount=["250.00 GBP"],
            transaction_date=["2028-04-07T16:00"],
            transaction_id=["OKTOP-5521907"],
            account_contact=["+447456211873"],
        ),
    ),
    dict(
        lang="en",
        sent=LA,
        text="""Hello? No answer for 3 days. See my mail below.

On Fri, 7 Apr 2028 at 22:14, Tom Barker <tom.barker77@gmail.com> wrote:
> I got a text with a code 604 118 that I didn't ask for and then my balance went from £1,200 to £40. Please call me on 07723 546 203.

Still waiting. Tom""",
        opts=dict(default_region="GB"),
        exp=dict(
            amount=["1200.00 GBP", "40.00 GBP"],
            account_contact=["tom.barker77@gmail.com", "+447723546203"],
        ),
        sens=["otp"],
        secrets=["604 118"],
    ),
    dict(
        lang="en",
        sent=LA,
        text="""Hi. Someone rang pretending to be from my bank on Thursday and I gave them the number in the text I got (2-9-0-6-4-1). Now there's a £1,975.00 transfer to an account I don't know, ID OKGB-0604-31177. Please freeze everything. Phone 07380 229 641.
- Alan""",
        opts=dict(default_region="GB"),
        exp=dict(
            transaction_date=["2028-04-06"],
            amount=["1975.00 GBP"],
            transaction_id=["OKGB-0604-31177"],
            account_contact=["+447380229641"],
        ),
        sens=["otp"],
        secrets=["2-9-0-6-4-1"],
    ),
    dict(
        lang="en",
        sent=LA,
        text="""my card number is 4485 1894 9139 286 (i think, cant see the last bit properly, its worn) and it was used in Spain yesterday for €300 which wasnt me!!! i'm at home in Glasgow, never been to spain""",
        exp=dict(
            amount=["300.00 EUR"],
            transaction_date=["2028-04-09"],
            country=["ES"],
        ),
        sens=["card_number"],
        secrets=["4485 1894 9139 286"],
    ),
    dict(
        lang="en",
        sent=LA,
        text="""Paid my window cleaner £45 on Saturday to sort code 40-11-62, account 31926819 but he says nothing came. Reference 'WINDOWS APR'. Transfer code in the app: OKGB-TX-88120.""",
        exp=dict(
            amount=["45.00 GBP"],
            transaction_date=["2028-04-08"],
            recipient_account=["31926819"],
            transaction_id=["OKGB-TX-88120"],
        ),
    ),
    dict(
        lang="en",
        sent=LA,
        text="""Just wanted to say the new split-bill feature is brilliant, used it for our stag do and it saved so much faff. Cheers!""",
        exp={},
    ),
    dict(
        lang="en",
        sent=LA,
        text="""Returned a coat to Next on 2 April, receipt 0410-5521-0077, £89.00. The refund hasn't come back to OKPay. Next says they did it on 4 April.

Helen Price
helen.price@btinternet.com""",
        exp=dict(
            transaction_date=["2028-04-02", "2028-04-04"],
            transaction_id=["0410-5521-0077"],
            amount=["89.00 GBP"],
            account_contact=["helen.price@btinternet.com"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Hola, no puedo entrar a mi cuenta. My password is Chihuahua2027$ and the app says "Something went wrong (AUTH-502)". Lo intenté ayer y hoy, same thing. Mi correo: lupita.mendez@yahoo.com
Gracias""",
        exp=dict(
            error_message=["Something went wrong (AUTH-502)"],
            transaction_date=["2028-04-12", "2028-04-13"],
            account_contact=["lupita.mendez@yahoo.com"],
        ),
        sens=["password"],
        secrets=["Chihuahua2027$"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""To whoever reads this - I was asked to confirm my card so: 5425-3615-7601-3132, the 3 digits on the back are 884. Now unfreeze my card please, I need to pay rent tomorrow. Account phone (347) 918-2204.""",
        opts=dict(default_region="US"),
        exp=dict(account_contact=["+13479182204"]),
        sens=["card_number", "cvv"],
        secrets=["5425-3615-7601-3132", "884"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Two problems. 1) The verification code didn't arrive when I tried to pay on Etsy, so the order (#2875519034) failed but I was still charged $46.20 on April 11. 2) Unrelated, but the USPS tracking 9400 1118 9922 3857 6410 23 for my OKPay card says delivered and I never got it.""",
        exp=dict(
            transaction_id=["2875519034"],
            amount=["46.20 USD"],
            transaction_date=["2028-04-11"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""hi i need help logging in on my new phone

381 920
^ that's what you just texted me, can you push it through on your end? phone is a Galaxy S24, number on the account 929-316-7740""",
        opts=dict(default_region="US"),
        exp=dict(device_model=["Samsung Galaxy S24"], account_contact=["+19293167740"]),
        sens=["otp"],
        secrets=["381 920"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Charged twice for the same Uber Eats order on Tuesday night: $38.64 and $38.64, about 9pm. Uber says they only took it once. OKPay IDs P-0411-883120 and P-0411-883121.

Sent from my iPhone""",
        exp=dict(
            amount=["38.64 USD"],
            transaction_date=["2028-04-11T21:00"],
            transaction_id=["P-0411-883120", "P-0411-883121"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Please reset my password, I forgot it after the holidays. My account is under 646-720-3318. I live in zip code 11215 if that's needed to check who I am.""",
        opts=dict(default_region="US"),
        exp=dict(account_contact=["+16467203318"]),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Sending $600 to my mom in Cebu for her medicine. BDO account 0053 2187 6610, SWIFT BNORPHMM. How long does it take to reach BDO?""",
        exp=dict(
            country=["PH"],
            amount=["600.00 USD"],
            recipient_account=["005321876610"],
            swift_bic=["BNORPHMM"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Is there a way to stop the app asking for my passcode every single time I open it? It's 246810, not exactly hard to type, but still. Otherwise love the app.""",
        exp={},
        sens=["pin"],
        secrets=["246810"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Following up - any news? I have since changed it, so don't worry about the old one.

-----Original Message-----
From: Derek Simmons <dsimmons@verizon.net>
Sent: Monday, April 10, 2028 8:02 AM
To: OKPay Support
Subject: can't log in

My password is "Yankees#1996" and it says "Account suspended". Please fix.
Derek""",
        exp=dict(
            error_message=["Account suspended"],
            account_contact=["dsimmons@verizon.net"],
        ),
        sens=["password"],
        secrets=["Yankees#1996"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""My Amex 371416543318348 exp 05/30 CID 7712 won't link to OKPay, it says "Card type not supported". Amex says it's fine on their side.""",
        exp=dict(error_message=["Card type not supported"]),
        sens=["card_number", "cvv"],
        secrets=["371416543318348", "7712"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Feedback: your OTP texts show the whole code on the lock screen, e.g. today's "Your OKPay code: 90 41 77". Anyone near my phone can read it. Please hide it in the preview.""",
        exp={},
        sens=["otp"],
        secrets=["90 41 77"],
    ),
    dict(
        lang="en",
        sent=NY,
        text="""I never got the OTP for my $1,200 transfer to my landlord, and now the app says "Too many code requests (ERR-OTP-403)". The transfer is stuck as "Pending". Phone (201) 884-3012.""",
        opts=dict(default_region="US"),
        exp=dict(
            amount=["1200.00 USD"],
            error_message=["Too many code requests (ERR-OTP-403)", "Pending"],
            account_contact=["+12018843012"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""OKPay 8.2.1 on iPhone 12 (iOS 17.4.1) freezes on the splash screen. I've waited 5 minutes. Deleted and reinstalled. After a while: "Unable to connect. Code NET-12".""",
        exp=dict(
            app_version=["8.2.1"],
            device_model=["iPhone 12"],
            os_version=["iOS 17.4.1"],
            error_message=["Unable to connect. Code NET-12"],
        ),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""You charged me a $3.50 fee for an instant transfer to my Chase account on Monday. Nowhere did the app say there would be a fee. Very annoyed.""",
        exp=dict(amount=["3.50 USD"], transaction_date=["2028-04-10"]),
    ),
    dict(
        lang="en",
        sent=NY,
        text="""Withdrew $500 to my Bank of America checking on 4/11 and it came back "Reversed" today. Withdrawal ID WD-20280411-0933. Why?""",
        exp=dict(
            amount=["500.00 USD"],
            transaction_date=["2028-04-11", "2028-04-13"],
            error_message=["Reversed"],
            transaction_id=["WD-20280411-0933"],
        ),
    ),
    dict(
        lang="en",
        sent=LX,
        text="""Hi, adding my card to OKPay keeps failing with "Card could not be verified (3DS-09)". Card 5188793854643338, CVC2 603, valid thru 07/31. Tried on my iPhone 15 Pro, OKPay 8.2.0.""",
        exp=dict(
            error_message=["Card could not be verified (3DS-09)"],
            device_model=["iPhone 15 Pro"],
            app_version=["8.2.0"],
        ),
        sens=["card_number", "cvv"],
        secrets=["5188793854643338", "603"],
    ),
    dict(
        lang="en",
        sent=LX,
        text="""Tried to pay $75.00 at Trader Joe's on Wednesday and the terminal asked for a PIN, which it never does for OKPay, then failed with E-2210. Samsung Galaxy S23 FE, OKPay 8.1.9.""",
        exp=dict(
            amount=["75.00 USD"],
            transaction_date=["2028-04-12"],
            error_message=["E-2210"],
            device_model=["Samsung Galaxy S23 FE"],
            app_version=["8.1.9"],
        ),
    ),
    dict(
        lang="en",
        sent=LX,
        text="""I got this text and then a call, I hung up but I'm worried:

"OKPay: 447 391 is your verification code. Never share it. If you didn't request it, ignore this message."

I never asked for it. The caller said he was from OKPay fraud. Did someone get into my account? jennifer.aquino@gmail.com""",
        exp=dict(account_contact=["jennifer.aquino@gmail.com"]),
        sens=["otp"],
        secrets=["447 391"],
    ),
    dict(
        lang="en",
        sent=LX,
        text="""OKPay 8.2.1 crashes as soon as I tap "Send" on my Pixel 9 Pro XL (Android 15). Crash report id CR-77120-AB if that helps. It started after yesterday's update.""",
        exp=dict(
            app_version=["8.2.1"],
            device_model=["Google Pixel 9 Pro XL"],
            os_version=["Android 15"],
            transaction_date=["2028-04-13"],
        ),
    ),
    dict(
        lang="en",
        sent=LX,
        text="""can u guys look at my account, login is marco.diaz.sd@gmail.com pass: Padres!Petco19 , it logs me out every 2 min on my Galaxy S22 Ultra. OKPay 8.1.7""",
        exp=dict(
            account_contact=["marco.diaz.sd@gmail.com"],
            device_model=["Samsung Galaxy S22 Ultra"],
            app_version=["8.1.7"],
        ),
        sens=["password"],
        secrets=["Padres!Petco19"],
    ),
    dict(
        lang="en",
        sent=LX,
        text="""Card keeps getting declined online with "CVV mismatch" but the CVV2 is 058, I'm reading it right off the card. Happened at Target.com and Nike yesterday.""",
        exp=dict(error_message=["CVV mismatch"], transaction_date=["2028-04-13"]),
        sens=["cvv"],
        secrets=["058"],
    ),
    dict(
        lang="en",
        sent=LX,
        text="""My replacement card arrived (FedEx 7749 2210 5531) but the PIN letter didn't. How do I get my PIN? Don't want to wait another 2 weeks.""",
        exp={},
    ),
    dict(
        lang="en",
        sent=LX,
        text="""Bought a $50 Steam gift card through OKPay on April 12 and the code it gave me was already redeemed. Order STM-58820-US. Can I get a refund?""",
        exp=dict(
            amount=["50.00 USD"],
            transaction_date=["2028-04-12"],
            transaction_id=["STM-58820-US"],
        ),
    ),
    dict(
        lang="en",
        sent=LX,
        text="""Need to pay a ryokan in Kyoto ¥86,000 by bank transfer. MUFG, branch 461, account 3318072, SWIFT BOTKJPJT. Is yen supported?""",
        exp=dict(
            country=["JP"],
            amount=["86000 JPY"],
            recipient_account=["3318072"],
            swift_bic=["BOTKJPJT"],
        ),
    ),
    dict(
        lang="en",
        sent=PA,
        text="""Hello, I have to pay rent in Budapest, HUF 210,000 to HU38 1177 3016 9668 0109 2966 4441 at OTP Bank, BIC OTPVHUHB. The OTP by SMS from OKPay arrives only after 5 minutes and by then the transfer screen says "Session timed out". Phone: +36 30 418 2276""",
        exp=dict(
            country=["HU"],
            amount=["210000.00 HUF"],
            recipient_account=["HU38117730169668010929664441"],
            swift_bic=["OTPVHUHB"],
            error_message=["Session timed out"],
            account_contact=["+36304182276"],
        ),
    ),
    dict(
        lang="en",
        sent=PA,
        text="""Bonjour,
impossible de me connecter depuis dimanche. I use the password soleil_Lyon_84 - I'm sure because it is written in my carnet. The app says "Identifiants invalides". My number +33 7 58 21 44 90.
Merci, Claire""",
        exp=dict(
            transaction_date=["2028-04-16"],
            error_message=["Identifiants invalides"],
            account_contact=["+33758214490"],
        ),
        sens=["password"],
        secrets=["soleil_Lyon_84"],
    ),
    dict(
        lang="en",
        sent=PA,
        text="""Hi, I transferred €2,400 to my landlord in Berlin on 12 April, IBAN DE14 5007 0010 0561 9507 06, BIC DEUTDEFF. The app still says "In progress" six days later. Transfer ID OKEU-1204-66310.""",
        exp=dict(
            country=["DE"],
            amount=["2400.00 EUR"],
            transaction_date=["2028-04-12"],
            recipient_account=["DE14500700100561950706"],
            swift_bic=["DEUTDEFF"],
            error_message=["In progress"],
            transaction_id=["OKEU-1204-66310"],
        ),
    ),
    dict(
        lang="en",
        sent=PA,
        text="""Buongiorno, paying a B&B in Florence €540 but the app rejects the IBAN IT93 Y030 6909 6069 6790 5251 358, BIC BCITITMM. The owner sent it by WhatsApp. Error: "Invalid IBAN (check digits)".""",
        exp=dict(
            country=["IT"],
            amount=["540.00 EUR"],
            swift_bic=["BCITITMM"],
            error_message=["Invalid IBAN (check digits)"],
        ),
        inv=dict(recipient_account=[["IT93Y0306909606967905251358", "iban_checksum"]]),
    ),
    dict(
        lang="en",
        sent=PA,
        text="""Hola, me llegó un SMS con el código 8 0 4 4 1 7 y yo no he pedido nada. Does this mean someone has my password? I live in Madrid, my account number is +34 612 48 30 91.""",
        exp=dict(account_contact=["+34612483091"]),
        sens=["otp"],
        secrets=["8 0 4 4 1 7"],
    ),
    dict(
        lang="en",
        sent=PA,
        text="""Dear OKPay,
our company paid invoice INV-2028-0419 to a supplier in Athens, €8,915.50, IBAN GR26 0140 1253 3606 3966 4485 622, BIC CRBAGRAA. The supplier says our payment note "April delivery, code 4471" was cut off. Can we add it after the fact?
Kind regards,
Martina Rossi, Finance""",
        exp=dict(
            country=["GR"],
            transaction_id=["INV-2028-0419"],
            amount=["8915.50 EUR"],
            recipient_account=["GR2601401253360639664485622"],
            swift_bic=["CRBAGRAA"],
        ),
    ),
    dict(
        lang="en",
        sent=PA,
        text="""My card was blocked at a Carrefour in Lyon on Saturday after I typed the PIN. The PIN is 3 3 0 8 - I even wrote it down when the letter came. The terminal said "Code faux". Can you unblock it? Email: b.garnier@orange.fr""",
        exp=dict(
            transaction_date=["2028-04-15"],
            error_message=["Code faux"],
            account_contact=["b.garnier@orange.fr"],
        ),
        sens=["pin"],
        secrets=["3 3 0 8"],
    ),
    dict(
        lang="en",
        sent=PA,
        text="""Dzień dobry, I received "Twój kod OKPay: 662310" while I was NOT logging in, then 5 minutes later another one, 119 874. Is someone trying my account? +48 601 882 345""",
        exp=dict(account_contact=["+48601882345"]),
        sens=["otp"],
        secrets=["662310", "119 874"],
    ),
    dict(
        lang="en",
        sent=PA,
        text="""Hola, the shop gave me a discount code (DESC10) but OKPay charged me the full 59,90 € at Zara on Sunday. Ticket nº 0417-2231-88. Mi teléfono: 655 21 48 73""",
        opts=dict(default_region="ES"),
        exp=dict(
            amount=["59.90 EUR"],
            transaction_date=["2028-04-16"],
            transaction_id=["0417-2231-88"],
            account_contact=["+34655214873"],
        ),
    ),
    dict(
        lang="en",
        sent=PA,
        text="""Sending 1 200 € to my nephew in Ghent, IBAN BE49 0634 4587 3871, BIC GKCCBEB. App: "BIC not recognised". What is missing?""",
        exp=dict(
            country=["BE"],
            amount=["1200.00 EUR"],
            recipient_account=["BE49063445873871"],
            error_message=["BIC not recognised"],
        ),
        inv=dict(swift_bic=[["GKCCBEB", "bic_length"]]),
    ),
    dict(
        lang="en",
        sent=PA,
        text="""Hej, I paid 1 850 SEK for a hotel in Stockholm on Friday with the OKPay card but it shows as 185,00 € plus another 12,40 € "FX fee". Is that right?""",
        exp=dict(
            country=["SE"],
            amount=["1850.00 SEK", "185.00 EUR", "12.40 EUR"],
            transaction_date=["2028-04-14"],
        ),
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Sir mera account se ₹18,500 kat gaya. Kal raat ek banda call kiya bola KYC update karna hai, maine usko SMS wala number bata diya 6 3 9 1 0 4. Transaction ID OKIN2028042099813. Please jaldi block karo.
Mob 98330 71246""",
        opts=dict(default_region="IN"),
        exp=dict(
            amount=["18500.00 INR"],
            transaction_date=["2028-04-20"],
            transaction_id=["OKIN2028042099813"],
            account_contact=["+919833071246"],
        ),
        sens=["otp"],
        secrets=["6 3 9 1 0 4"],
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Sir, I ordered a new OKPay physical card 3 weeks ago but it has not come. My address is Flat 12B, Prestige Shantiniketan, Whitefield, Bengaluru, PIN code 560048. Registered mobile 99860 23417. Please send again.""",
        opts=dict(default_region="IN"),
        exp=dict(account_contact=["+919986023417"]),
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Entered my UPI PIN correctly but payment of ₹2,340 to Zomato failed with "U30 - Debit has failed", yesterday 8:15 pm. Money debited from HDFC. UTR 411220987315. IFSC HDFC0004417 if needed.""",
        exp=dict(
            amount=["2340.00 INR"],
            error_message=["U30 - Debit has failed"],
            transaction_date=["2028-04-20T20:15"],
            transaction_id=["411220987315"],
        ),
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Dear Sir/Madam,
My MPIN is 4 digit 2 0 2 4 and OKPay app is showing "MPIN blocked, reset using OTP". But OTP is not coming to my number +91 98112 03576. Kindly resolve.
Rajesh Kumar""",
        exp=dict(
            error_message=["MPIN blocked, reset using OTP"],
            account_contact=["+919811203576"],
        ),
        sens=["pin"],
        secrets=["2 0 2 4"],
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Want to send AED 3,500 to my brother in Abu Dhabi. Account AE68 0265 8804 5356 1933 682 (Emirates NBD), swift EBILAEAD. What is the charge and how much time?""",
        exp=dict(
            country=["AE"],
            amount=["3500.00 AED"],
            recipient_account=["AE680265880453561933682"],
            swift_bic=["EBILAEAD"],
        ),
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Cashback of ₹150 not credited for the voucher code OKSUMMER150 used on 18 April for my Jio recharge of ₹719. Txn no OKB2804181122. Please check.""",
        exp=dict(
            amount=["150.00 INR", "719.00 INR"],
            transaction_date=["2028-04-18"],
            transaction_id=["OKB2804181122"],
        ),
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Sir ye message aaya: "Dear Customer, 508813 is OTP for txn of INR 49,999.00 at AMAZON on OKPay card XX4471. Do not share." Maine ye transaction nahi kiya! Card block karo. Reg email deepak.sharma1988@gmail.com""",
        exp=dict(
            amount=["49999.00 INR"],
            account_contact=["deepak.sharma1988@gmail.com"],
        ),
        sens=["otp"],
        secrets=["508813"],
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Bhai mera password Shreya@0912 hai, app bol raha hai galat hai. Kya problem hai? Registered no 70214 88362""",
        opts=dict(default_region="IN"),
        exp=dict(account_contact=["+917021488362"]),
        sens=["password"],
        secrets=["Shreya@0912"],
    ),
    dict(
        lang="en",
        sent=IN,
        text="""Flipkart order OD428817365502 cancelled on 16 April, amount ₹4,299 refunded to OKPay wallet as per Flipkart but not received till now. Kindly check.
Regards,
Neha
88793 40216""",
        opts=dict(default_region="IN"),
        exp=dict(
            transaction_id=["OD428817365502"],
            transaction_date=["2028-04-16"],
            amount=["4299.00 INR"],
            account_contact=["+918879340216"],
        ),
    ),
    dict(
        lang="en",
        sent=SG,
        text="""Eh support, cannot login leh. I type password Durian@Tampines3 then the OTP 209 551 also got, still say "Login failed, please try again later". My hp is 9688 2140. Pls help, need to pay my rent today one.""",
        opts=dict(default_region="SG"),
        exp=dict(
            error_message=["Login failed, please try again later"],
            account_contact=["+6596882140"],
        ),
        sens=["password", "otp"],
        secrets=["Durian@Tampines3", "209 551"],
    ),
    dict(
        lang="en",
        sent=SG,
        text="""Salam, I topped up RM300 semalam around 10pm via FPX Maybank but my OKPay baki tak bertambah lagi. Ref FPX2804231998021. Tolong check ya. Terima kasih.
No tel 013-772 5180""",
        opts=dict(default_region="MY"),
        exp=dict(
            amount=["300.00 MYR"],
            transaction_date=["2028-04-23T22:00"],
            transaction_id=["FPX2804231998021"],
            account_contact=["+60137725180"],
        ),
    ),
    dict(
        lang="en",
        sent=SG,
        text="""Hi, my OKPay card ending 7720 was charged S$412.60 at "LZD*SHOP" on Friday, I didn't make that. The app shows it as 5312 **** **** 7720. Card is still with me. Email: hui.min.goh@gmail.com""",
        exp=dict(
            amount=["412.60 SGD"],
            transaction_date=["2028-04-21"],
            account_contact=["hui.min.goh@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=SG,
        text="""Re: card 4024 1564 4563 4144 blocked??

Hi, card above got blocked after I used it at Changi on Saturday. Security code 390, exp 02/29 - I can confirm anything you need. Number 8123 6645.""",
        opts=dict(default_region="SG"),
        exp=dict(transaction_date=["2028-04-22"], account_contact=["+6581236645"]),
        sens=["card_number", "cvv"],
        secrets=["4024 1564 4563 4144", "390"],
    ),
    dict(
        lang="en",
        sent=SG,
        text="""Hello po, someone texted me saying they are from OKPay and asked for the code. I gave it na po, 7 4 8 8 2 0, before I realized it's a scam. Then my ₱9,500 was gone. This was today lang, around 9am. My number 0918 223 4471. Tulungan nyo po ako.""",
        opts=dict(default_region="PH"),
        exp=dict(
            amount=["9500.00 PHP"],
            transaction_date=["2028-04-24T09:00"],
            account_contact=["+639182234471"],
        ),
        sens=["otp"],
        secrets=["7 4 8 8 2 0"],
    ),
    dict(
        lang="en",
        sent=SG,
        text="""Hi my new card PIN from the letter doesn't work at the NETS terminal:
0 4 7 2
It says "Invalid PIN". Card ending 9534. Tel 9771 0352""",
        opts=dict(default_region="SG"),
        exp=dict(error_message=["Invalid PIN"], account_contact=["+6597710352"]),
        sens=["pin"],
        secrets=["0 4 7 2"],
    ),
    dict(
        lang="en",
        sent=SG,
        text="""Hi, sending SGD 3,000 to my friend in Kuala Lumpur, Maybank account 5140 1133 8602, swift code MBBEMYKL. The app (8.2.1) asks for a "bank code" too, is that the SWIFT again?""",
        exp=dict(
            country=["MY"],
            amount=["3000.00 SGD"],
            recipient_account=["514011338602"],
            swift_bic=["MBBEMYKL"],
            app_version=["8.2.1"],
        ),
    ),
    dict(
        lang="en",
        sent=SG,
        text="""Huawei Mate 50 Pro, EMUI 13, OKPay 8.0.8 from AppGallery. PayNow QR scan shows "Merchant not supported (MQ-31)". Please advise.""",
        exp=dict(
            device_model=["Huawei Mate 50 Pro"],
            os_version=["EMUI 13"],
            app_version=["8.0.8"],
            error_message=["Merchant not supported (MQ-31)"],
        ),
    ),
    dict(
        lang="en",
        sent=SY,
        text="""G'day, sent $1,250 to my mate's CommBank account in Brisbane (BSB 062-914, acc 1047 2291) on Monday arvo for his ute, and it's showing "Returned - account name mismatch". Ref OKAU-1704-22813.
Cheers, Liam 0412 338 907""",
        opts=dict(default_region="AU"),
        exp=dict(
            amount=["1250.00 AUD"],
            transaction_date=["2028-04-17"],
            recipient_account=["10472291"],
            error_message=["Returned - account name mismatch"],
            transaction_id=["OKAU-1704-22813"],
            account_contact=["+61412338907"],
        ),
    ),
    dict(
        lang="en",
        sent=SY,
        text="""The SMS code doesn't arrive on my phone when I log in, been trying since Sunday. Phone number on the account 0433 917 260. Telstra says nothing is blocked. iPhone 14 Pro, iOS 17.4.""",
        opts=dict(default_region="AU"),
        exp=dict(
            transaction_date=["2028-04-16"],
            account_contact=["+61433917260"],
            device_model=["iPhone 14 Pro"],
            os_version=["iOS 17.4"],
        ),
    ),
    dict(
        lang="en",
        sent=SY,
        text="""Hi, my OKPay card was declined at Coles in Parramatta on Sunday with "Incorrect PIN" even though the four numbers I use are 1 9 8 7 (my birth year, I never forget it). Amount was $86.40. acct: chloe.nguyen@bigpond.com""",
        exp=dict(
            transaction_date=["2028-04-16"],
            error_message=["Incorrect PIN"],
            amount=["86.40 AUD"],
            account_contact=["chloe.nguyen@bigpond.com"],
        ),
        sens=["pin"],
        secrets=["1 9 8 7"],
    ),
    dict(
        lang="en",
        sent=SY,
        text="""Sending NZD 2,000 to my daughter in Wellington, ANZ NZ account 01-0505-0318472-00, SWIFT ANZBNZ22. It failed with "Beneficiary bank not reachable". Tried twice yesterday.""",
        exp=dict(
            country=["NZ"],
            amount=["2000.00 NZD"],
            recipient_account=["010505031847200"],
            swift_bic=["ANZBNZ22"],
            error_message=["Beneficiary bank not reachable"],
            transaction_date=["2028-04-18"],
        ),
    ),
    dict(
        lang="en",
        sent=SY,
        text="""password reset didnt work - new password Wallaby_88 still wrong

I reset it, typed Wallaby_88 twice, and now it says "Incorrect credentials". Samsung A54, app 8.2.0. mob 0401 556 782""",
        opts=dict(default_region="AU"),
        exp=dict(
            error_message=["Incorrect credentials"],
            device_model=["Samsung Galaxy A54"],
            app_version=["8.2.0"],
            account_contact=["+61401556782"],
        ),
        sens=["password"],
        secrets=["Wallaby_88"],
    ),
    dict(
        lang="en",
        sent=SY,
        text="""The card with the last 4 digits 3338 was declined at Bunnings in Perth on Sunday for $214.90, message "Declined - insufficient funds", but I had $600 in the wallet.""",
        exp=dict(
            amount=["214.90 AUD", "600.00 AUD"],
            transaction_date=["2028-04-16"],
            error_message=["Declined - insufficient funds"],
        ),
    ),
    dict(
        lang="en",
        sent=SY,
        text="""Any update on this? It's been two weeks.

On 5 Apr 2028, at 10:02, OKPay Support <help@okpay.com> wrote:
> Hi Sarah, we've raised case 88213 about your refund of $340.00 from JB Hi-Fi. We'll be in touch within 5 business days.

Sarah""",
        opts=dict(own_addresses=["help@okpay.com"]),
        exp={},
    ),
    dict(
        lang="en",
        sent=SY,
        text="""My phone (Google Pixel 8) was stolen on the train at Central in Sydney last night. Please lock my OKPay, there's about $900 in it. Email is ben.okeefe@outlook.com""",
        exp=dict(
            device_model=["Google Pixel 8"],
            transaction_date=["2028-04-18"],
            amount=["900.00 AUD"],
            account_contact=["ben.okeefe@outlook.com"],
        ),
    ),
    # ---------------------------------------------------------------- Chinese
    dict(
        lang="zh",
        sent=BJ,
        text="""今天下午有个自称OKPay客服的人打电话，说我的账户涉嫌洗钱要冻结，让我把收到的验证码念给他，我就说了 5 7 3 0 9 2。挂了以后发现余额少了 3,200 元。转账单号 ZZ20280412153307。我的手机 139 1166 2048，请马上冻结！""",
        opts=dict(default_region="CN"),
        exp=dict(
            transaction_date=["2028-04-12"],
            amount=["3200.00 CNY"],
            transaction_id=["ZZ20280412153307"],
            account_contact=["+8613911662048"],
        ),
        sens=["otp"],
        secrets=["5 7 3 0 9 2"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""登录密码是 lily0808，换了新手机就登不上了，提示“当前设备未授权，请验证身份”。华为 Mate 60，OKPay 8.2.0。""",
        exp=dict(
            error_message=["当前设备未授权，请验证身份"],
            device_model=["Huawei Mate 60"],
            app_version=["8.2.0"],
        ),
        sens=["password"],
        secrets=["lily0808"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""刚收到这条短信：“【OKPay】动态码 640218，用于绑定新设备，切勿告知他人。”我没有换设备啊！是不是账号被盗了？注册邮箱 wang_hao88@163.com""",
        exp=dict(account_contact=["wang_hao88@163.com"]),
        sens=["otp"],
        secrets=["640218"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""信用卡绑定不上，卡号 6228-2774-0041-8338，有效期 10/30，安全码 517，提示“银行卡信息校验失败”。""",
        exp=dict(error_message=["银行卡信息校验失败"]),
        sens=["card_number", "cvv"],
        secrets=["6228-2774-0041-8338", "517"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""我的银行卡取款密码是六个数：三八二九一六，刚才在ATM上取钱，卡被吞了。这张卡是绑在OKPay上的，会不会影响？""",
        exp=dict(transaction_date=["2028-04-12"]),
        sens=["pin"],
        secrets=["三八二九一六"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""收到短信“您正在向尾号8823的账户转账 12,000.00 元，校验码 308841，如非本人操作请忽略”。我根本没转账！这是怎么回事？我手机 150 0213 8876。""",
        opts=dict(default_region="CN"),
        exp=dict(amount=["12000.00 CNY"], account_contact=["+8615002138876"]),
        sens=["otp"],
        secrets=["308841"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""我的支付密码就是我生日 900315，是不是太简单了被人猜到了？昨天晚上有两笔 1,500 元的消费不是我做的。邮箱 chenjing_90@126.com""",
        exp=dict(
            amount=["1500.00 CNY"],
            transaction_date=["2028-04-11"],
            account_contact=["chenjing_90@126.com"],
        ),
        sens=["password"],
        secrets=["900315"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""刚才打电话来的“客服”说要退我运费险，我把验证码告诉他了，四零九五五一，后来想想不对。现在还来得及吗？我的账户是 186 1023 5547。""",
        opts=dict(default_region="CN"),
        exp=dict(transaction_date=["2028-04-12"], account_contact=["+8618610235547"]),
        sens=["otp"],
        secrets=["四零九五五一"],
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""验证码一直收不到，等了二十分钟了，手机号 137 2288 0415，用的 vivo X100，OKPay 8.1.9。""",
        opts=dict(default_region="CN"),
        exp=dict(
            account_contact=["+8613722880415"],
            device_model=["vivo X100"],
            app_version=["8.1.9"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""密码忘了，找回密码的时候要人脸识别，一直识别失败。注册手机 159 0102 7733，能人工帮我找回吗？""",
        opts=dict(default_region="CN"),
        exp=dict(account_contact=["+8615901027733"]),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""昨天下午4点左右给朋友转账 2,600 元，收款卡号 6212 0455 8715 3616（工商银行），显示“转账成功”但朋友说没到。转账单号 ZZ20280411160522。""",
        exp=dict(
            transaction_date=["2028-04-11T16:00"],
            amount=["2600.00 CNY"],
            recipient_account=["6212045587153616"],
            error_message=["转账成功"],
            transaction_id=["ZZ20280411160522"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""在 OKPay 里买的手机壳 39.9 元，快递单号 YT7781203396541，驿站取件码 6-2-1108 取不到件，说已经被别人取走了。商家订单号 DD2804080912。能退款吗？""",
        exp=dict(amount=["39.90 CNY"], transaction_id=["DD2804080912"]),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""扫码付款 56 元，付款码页面显示“支付成功”，但商家没收到。流水号 4200002028041219553，商户单号 SH20280412-0087。""",
        exp=dict(
            amount=["56.00 CNY"],
            error_message=["支付成功"],
            transaction_id=["4200002028041219553", "SH20280412-0087"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""给房东转房租 4,500 元，收款账号 6217 0012 3088 5521 006（建设银行），前天转的，现在还是“处理中”。""",
        exp=dict(
            amount=["4500.00 CNY"],
            recipient_account=["6217001230885521006"],
            transaction_date=["2028-04-10"],
            error_message=["处理中"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""给美国波士顿读书的孩子转学费 USD 18,500，Bank of America，账号 4830 2271 9904，SWIFT BOFAUS3N。上周五转的，现在还显示“汇款处理中”。汇款编号 XB20280407-3319。""",
        exp=dict(
            country=["US"],
            amount=["18500.00 USD"],
            recipient_account=["483022719904"],
            swift_bic=["BOFAUS3N"],
            transaction_date=["2028-04-07"],
            error_message=["汇款处理中"],
            transaction_id=["XB20280407-3319"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""小米14 Ultra，澎湃OS 1.0.8，OKPay 8.2.1，打开“卡包”就闪退，已经卸载重装过了。""",
        exp=dict(
            device_model=["Xiaomi 14 Ultra"],
            os_version=["HyperOS 1.0.8"],
            app_version=["8.2.1"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""4月8日在唯品会买的衣服 329 元，退货后商家显示退款成功，OKPay 没收到。订单号 VP2804081203377。邮箱 zhao.xin@foxmail.com""",
        exp=dict(
            transaction_date=["2028-04-08"],
            amount=["329.00 CNY"],
            transaction_id=["VP2804081203377"],
            account_contact=["zhao.xin@foxmail.com"],
        ),
    ),
    dict(
        lang="zh",
        sent=BJ,
        text="""要给新加坡的供应商付款 SGD 12,800，星展银行 DBS，账号 072-918834-6，SWIFT DBSSSGSG，请问今天转明天能到吗？""",
        exp=dict(
            country=["SG"],
            amount=["12800.00 SGD"],
            recipient_account=["0729188346"],
            swift_bic=["DBSSSGSG"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""482 650 这是你们发给我的短信码，麻烦帮我登录一下看看余额，我在国外用不了app。手机号 +86 186 0217 3345""",
        exp=dict(account_contact=["+8618602173345"]),
        sens=["otp"],
        secrets=["482 650"],
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""怎么还没人回复？

在 2028年4月14日 周五 22:05，李娜 <lina.sh@qq.com> 写道：
> 我的支付密码是 920311，一直提示“支付密码错误”，麻烦帮我看看。

已经三天了。""",
        exp=dict(error_message=["支付密码错误"], account_contact=["lina.sh@qq.com"]),
        sens=["password"],
        secrets=["920311"],
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""上周六有人冒充快递客服，说我的包裹丢了要理赔，让我把短信里的六位数字告诉他，我说了：091 477。之后信用卡被刷了 4,980 元，卡是绑在OKPay的。交易号 OKCN-0415-22719。""",
        exp=dict(
            transaction_date=["2028-04-15"],
            amount=["4980.00 CNY"],
            transaction_id=["OKCN-0415-22719"],
        ),
        sens=["otp"],
        secrets=["091 477"],
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""帮我查一下这张卡为什么一直被拒：6259147153056846，背面三位数 204。在淘宝付款 358 元被拒了三次，昨天的事。""",
        exp=dict(amount=["358.00 CNY"], transaction_date=["2028-04-16"]),
        sens=["card_number", "cvv"],
        secrets=["6259147153056846", "204"],
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""账号 zhangmin_1990@sina.com，密码是 Zm#20260818，提示 "Too many attempts, try again in 30 minutes"。能不能后台帮我解锁？""",
        exp=dict(
            account_contact=["zhangmin_1990@sina.com"],
            error_message=["Too many attempts, try again in 30 minutes"],
        ),
        sens=["password"],
        secrets=["Zm#20260818"],
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""OKPay 实体卡在 ATM 取现，输密码 0 9 2 7 提示“密码错误”，我确定是这个。卡号尾号 3616。能不能帮我重置密码？""",
        exp=dict(error_message=["密码错误"]),
        sens=["pin"],
        secrets=["0 9 2 7"],
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""我想把这张信用卡绑到 OKPay：5236 5588 6503 4401，有效期 2030年3月，一直提示“暂不支持该卡种”。""",
        exp=dict(error_message=["暂不支持该卡种"]),
        sens=["card_number"],
        secrets=["5236 5588 6503 4401"],
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""我在国外，手机号收不到短信。我老婆把验证码 726 604 转给我了，登录密码是 Hz_lake2027。麻烦你们帮我登进去，把我的余额 8,600 元转到我老婆账户。""",
        exp=dict(amount=["8600.00 CNY"]),
        sens=["otp", "password"],
        secrets=["726 604", "Hz_lake2027"],
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""我的卡 6259 **** **** 6845 昨天有一笔 899 元的消费不是我本人操作的，商户名是“XX数码”。卡还在我手上。手机号 138 1772 6603""",
        opts=dict(default_region="CN"),
        exp=dict(
            amount=["899.00 CNY"],
            transaction_date=["2028-04-16"],
            account_contact=["+8613817726603"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""用了优惠码 OK520 结果没有减 20 元，实付 168 元。美团订单号 2804151173320982，上周六的。""",
        exp=dict(
            amount=["20.00 CNY", "168.00 CNY"],
            transaction_id=["2804151173320982"],
            transaction_date=["2028-04-15"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""给在荷兰的儿子转生活费 €1,000，Rabobank，IBAN NL58 RABO 7604 0970 22，SWIFT 代码 RABONL2U。请问多久到账？""",
        exp=dict(
            country=["NL"],
            amount=["1000.00 EUR"],
            recipient_account=["NL58RABO7604097022"],
            swift_bic=["RABONL2U"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""输入短信验证码总是提示“验证码已失效，请重新获取”，重新获取了五次还是一样。手机 OPPO Find X7，ColorOS 14，OKPay 8.2.0。""",
        exp=dict(
            error_message=["验证码已失效，请重新获取"],
            device_model=["OPPO Find X7"],
            os_version=["ColorOS 14"],
            app_version=["8.2.0"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""建议：你们的验证码短信能不能加上“请勿告诉任何人”的提醒？我妈差点把验证码告诉骗子了。""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""给英国曼彻斯特的房东转押金 £1,600，IBAN GB53 BARC 2004 1545 4149 25，BIC BARCGB22。APP 提示“收款账号格式错误”。""",
        exp=dict(
            country=["GB"],
            amount=["1600.00 GBP"],
            swift_bic=["BARCGB22"],
            error_message=["收款账号格式错误"],
        ),
        inv=dict(recipient_account=[["GB53BARC20041545414925", "iban_checksum"]]),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""昨天晚上八点多用招商银行卡充值 2,000 元，银行已扣款，OKPay 余额没变。充值单号 CZ2804162011435。手机 135 6421 0098。""",
        opts=dict(default_region="CN"),
        exp=dict(
            transaction_date=["2028-04-16T20:00"],
            amount=["2000.00 CNY"],
            transaction_id=["CZ2804162011435"],
            account_contact=["+8613564210098"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""界面改版以后找不到“转账记录”在哪了，希望能放回首页。""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""给德国慕尼黑的大学交注册费 €350，IBAN DE74 1005 0000 2572 2261 9，BIC BELADEBE。提示“IBAN 长度错误”。""",
        exp=dict(
            country=["DE"],
            amount=["350.00 EUR"],
            swift_bic=["BELADEBE"],
            error_message=["IBAN 长度错误"],
        ),
        inv=dict(recipient_account=[["DE7410050000257222619", "iban_length"]]),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""上周三在全家便利店付了 18.5 元，结果扣了两次。交易号 QR2804121832001 和 QR2804121832002。""",
        exp=dict(
            transaction_date=["2028-04-12"],
            amount=["18.50 CNY"],
            transaction_id=["QR2804121832001", "QR2804121832002"],
        ),
    ),
    dict(
        lang="zh",
        sent=SH,
        text="""给西班牙马德里的语言学校交学费 €2,780，IBAN ES63 0182 2370 4985 6798 2141，BIC BBVAXXMM。系统提示“BIC 无效”。""",
        exp=dict(
            country=["ES"],
            amount=["2780.00 EUR"],
            recipient_account=["ES6301822370498567982141"],
            error_message=["BIC 无效"],
        ),
        inv=dict(swift_bic=[["BBVAXXMM", "bic_country"]]),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我剛剛收到驗證碼 3-8-0-2-7-5，可是我沒有要登入啊！會不會有人在用我的帳號？我的手機 0933 218 406""",
        opts=dict(default_region="TW"),
        exp=dict(account_contact=["+886933218406"]),
        sens=["otp"],
        secrets=["3-8-0-2-7-5"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""登入密碼 Taipei_101go 明明沒打錯，卻一直顯示「帳號或密碼錯誤」。是不是系統有問題？iPhone 14，iOS 17.4，OKPay 8.2.1。""",
        exp=dict(
            error_message=["帳號或密碼錯誤"],
            device_model=["iPhone 14"],
            os_version=["iOS 17.4"],
            app_version=["8.2.1"],
        ),
        sens=["password"],
        secrets=["Taipei_101go"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""尋日有個人扮OKPay職員打俾我，話我個戶口有問題，我一時心急就講咗個驗證碼俾佢聽，係 7 1 5 5 0 3。之後個戶口少咗 HK$6,800！交易編號 HKTX-2504-77102。我電話 9456 2210，快啲幫我！""",
        opts=dict(default_region="HK"),
        exp=dict(
            transaction_date=["2028-04-25"],
            amount=["6800.00 HKD"],
            transaction_id=["HKTX-2504-77102"],
            account_contact=["+85294562210"],
        ),
        sens=["otp"],
        secrets=["7 1 5 5 0 3"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我張 OKPay 卡 4716 6420 1224 9534，到期 09/29，背面三個字 662，喺網上買嘢成日被拒，你哋幫我睇下咩事？""",
        exp={},
        sens=["card_number", "cvv"],
        secrets=["4716 6420 1224 9534", "662"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我的 OKPay 交易密碼是 5 5 8 2 0 1，今天付款時一直說「交易密碼錯誤，還可以嘗試 2 次」，我確定沒記錯。手機號 0912-773-051。""",
        opts=dict(default_region="TW"),
        exp=dict(
            transaction_date=["2028-04-26"],
            error_message=["交易密碼錯誤，還可以嘗試 2 次"],
            account_contact=["+886912773051"],
        ),
        sens=["password"],
        secrets=["5 5 8 2 0 1"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""昨天晚上十點多有人用 LINE 冒充 OKPay，說要幫我升級帳戶，我把簡訊裡的號碼 66 21 09 傳給他了。今天早上發現被轉走 NT$15,000。交易序號 TW0425-80311。""",
        exp=dict(
            transaction_date=["2028-04-25T22:00", "2028-04-26"],
            amount=["15000.00 TWD"],
            transaction_id=["TW0425-80311"],
        ),
        sens=["otp"],
        secrets=["66 21 09"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""信用卡號 4539-4758-8293-5126，安全碼 833，在 momo 購物付款 NT$3,290 一直失敗，出現「3D 驗證失敗」。""",
        exp=dict(amount=["3290.00 TWD"], error_message=["3D 驗證失敗"]),
        sens=["card_number", "cvv"],
        secrets=["4539-4758-8293-5126", "833"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""App 的 PIN 碼我設成 8 8 1 2 0 6，今天突然叫我重設，說「PIN 碼已過期」。有這種規定嗎？""",
        exp=dict(transaction_date=["2028-04-26"], error_message=["PIN 碼已過期"]),
        sens=["pin"],
        secrets=["8 8 1 2 0 6"],
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我忘記密碼了，想用 email 重設，可是系統說我的信箱 chang.meiling@gmail.com 沒有註冊。我地址郵遞區號是 106，資料應該沒錯。""",
        exp=dict(account_contact=["chang.meiling@gmail.com"]),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""OKPay 8.2.1 在 Samsung Galaxy A35 上開啟就閃退，錯誤代碼 E-4012。系統是 One UI 6.1。""",
        exp=dict(
            app_version=["8.2.1"],
            device_model=["Samsung Galaxy A35"],
            error_message=["E-4012"],
            os_version=["One UI 6.1"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我換咗新電話之後收唔到驗證碼，登記電話係 6234 7781，部機係 iPhone 15 Pro Max。點算好？""",
        opts=dict(default_region="HK"),
        exp=dict(account_contact=["+85262347781"], device_model=["iPhone 15 Pro Max"]),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""信用卡末四碼 4401 在 OKPay 被扣了兩次 NT$1,280，4月24日的事。客服電話 0800 開頭那支我打了都沒人接。我的電話 0970 118 254。""",
        opts=dict(default_region="TW"),
        exp=dict(
            amount=["1280.00 TWD"],
            transaction_date=["2028-04-24"],
            account_contact=["+886970118254"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""綁卡頁面沒有讓我輸入安全碼的地方，是正常的嗎？OKPay 8.1.8，小米 13T。""",
        exp=dict(app_version=["8.1.8"], device_model=["Xiaomi 13T"]),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""上禮拜五用 OKPay 轉帳 NT$8,000 給我媽，顯示「轉帳失敗，款項將退回」，到現在錢還沒退回。交易序號 TW0421-55730。""",
        exp=dict(
            transaction_date=["2028-04-21"],
            amount=["8000.00 TWD"],
            error_message=["轉帳失敗，款項將退回"],
            transaction_id=["TW0421-55730"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""想匯款到東京給朋友 JPY 250,000，瑞穗銀行 帳號 1284 630，SWIFT MHCBJPJT。請問手續費多少？""",
        exp=dict(
            country=["JP"],
            amount=["250000 JPY"],
            recipient_account=["1284630"],
            swift_bic=["MHCBJPJT"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""部 Pixel 8 Pro 升咗 Android 15 之後，OKPay 8.2.0 開唔到，彈「應用程式已停止運作」。""",
        exp=dict(
            device_model=["Google Pixel 8 Pro"],
            os_version=["Android 15"],
            app_version=["8.2.0"],
            error_message=["應用程式已停止運作"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""我部 iPhone 15 琴晚喺旺角俾人偷咗，OKPay 入面仲有 HK$4,200，唔該即刻幫我鎖戶口。電郵 tommy.lau@gmail.com""",
        exp=dict(
            device_model=["iPhone 15"],
            transaction_date=["2028-04-25"],
            amount=["4200.00 HKD"],
            account_contact=["tommy.lau@gmail.com"],
        ),
    ),
    dict(
        lang="zh",
        sent=TP,
        text="""請問處理得怎麼樣了？

OKPay 客服 <service@okpay.com.tw> 於 2028年4月20日 寫道：
> 您好，您反映的交易 TW0418-22014（NT$2,150）已轉交專人處理，預計 5 個工作天內回覆。

謝謝""",
        opts=dict(own_addresses=["service@okpay.com.tw"]),
        exp={},
    ),
]
