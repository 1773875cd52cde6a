# ruff: noqa: E501  (mail texts are data; they keep their own line breaks)
"""Round 3 development set: 80 + 30 + 9 x 20 hand-written e-wallet mails (not in the corpus).

Written and labelled before the extractor was run on them, in styles the earlier sets lack:
failed, duplicate and reversed transfers, refunds, top-ups, cross-border transfers with IBAN
and SWIFT, app crashes with device, tablet, OS and app versions, login and lost phones, and
secrets the customer should not send. The round 3 rules were tuned on these mails, so their
after-fix figures are optimistic; the first-run table in docs/benchmarks-details.md is the
honest one. ``DEV_3_CHECK`` (30 mails) was written after the first round 3 rules,
``DEV_3_CHECK_2`` to ``_9`` (20 mails each) after later groups of them; each was measured
once before the rules that followed; ``DEV_3_FINAL`` (20 mails) was written when the round
was finished and never used for a rule.
``python bench/details_corpus_dev3.py --out FILE [--part dev|check|check2..9|final|both]``
writes them as JSONL for ``bench/details.py`` (they are not in tests/data/details_corpus.jsonl).

Label conventions beyond ``triage.details``: tablets are named like phones ("iPad Air 5",
"Samsung Galaxy Tab S9 FE", "Huawei MatePad 11", "Xiaomi Pad 6"); "HarmonyOS NEXT 5.0" is
"HarmonyOS 5.0"; a customer's own description of a state ("显示成功了", "shows as completed")
is no error message, the words a screen printed are.

Label corrections after the first run (the first-run table counts the original labels): four
labels broke the documented conventions and were fixed: "150000.00 JPY" is "150000 JPY" (no
minor unit), and three countries inferred only from an IBAN or a currency (NL, IN, CH) were
removed, since a country counts only when a name or a city is written. Three error labels
for a bare state after 显示 ("一直显示审核中", "显示待支付", "状态显示已退回") were removed: the
corpus convention (docs/benchmarks-details.md; e.g. "一直显示处理中" in the generated mails) is
that an unquoted state after 显示 is the customer's report, not screen text.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

E1 = "2026-12-07T10:12:00+00:00"  # a Monday
E2 = "2026-09-18T08:30:00-05:00"  # a Friday
E3 = "2026-06-29T14:00:00+01:00"  # a Monday
Z1 = "2026-12-10T21:40:00+08:00"  # a Thursday
Z2 = "2026-04-14T09:05:00+08:00"  # a Tuesday

DEV_3: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- English
    dict(
        lang="en",
        sent=E1,
        text="""Topped up £50 from my Monzo card on the 18th and it went through twice. Both show as completed in the app. Top-up ref TU-2611-448120 and TU-2611-448121.

Sent from my iPhone""",
        exp=dict(
            amount=["50.00 GBP"],
            transaction_date=["2026-11-18"],
            transaction_id=["TU-2611-448120", "TU-2611-448121"],
        ),
    ),
    dict(
        lang="en",
        sent=E1,
        text="""Hi OKPay team,
Since Saturday I can't log in at all. The app just says Your account has been temporarily locked for security reasons. I did nothing unusual!
My registered number is +44 7911 234567.
Thanks, Priya""",
        exp=dict(
            transaction_date=["2026-12-05"],
            error_message=["Your account has been temporarily locked for security reasons"],
            account_contact=["+447911234567"],
        ),
    ),
    dict(
        lang="en",
        sent=E2,
        text="""hello, i send 200 usd to my brother in kenya on tuesday and the app shows transfer failed, funds will be returned within 3 working days. its friday now and nothing came back. ref OKP/KE/0915/00382""",
        exp=dict(
            amount=["200.00 USD"],
            country=["KE"],
            transaction_date=["2026-09-15"],
            error_message=["transfer failed, funds will be returned within 3 working days"],
            transaction_id=["OKP/KE/0915/00382"],
        ),
    ),
    dict(
        lang="en",
        sent=E2,
        text="""Dear Sir/Madam,

I wish to report a cross-border transfer that has not arrived.

Amount: EUR 4,300.00
Beneficiary: Jan de Vries
IBAN: NL36 INGB 0007 6543 21
BIC: INGBNL2A
Date sent: 2 September 2026
Status: Returned to sender
Reference: FT26245XK9L2

Kind regards,
Robert Ashdown
r.ashdown@btinternet.com""",
        exp=dict(
            amount=["4300.00 EUR"],
            recipient_account=["NL36INGB0007654321"],
            swift_bic=["INGBNL2A"],
            transaction_date=["2026-09-02"],
            error_message=["Returned to sender"],
            transaction_id=["FT26245XK9L2"],
            account_contact=["r.ashdown@btinternet.com"],
        ),
    ),
    dict(
        lang="en",
        sent=E3,
        text="""App crashes the second I open the Cards tab. iPad Air 5th gen, iPadOS 17.5.1, OKPay 6.0.3. Reinstalled twice, same thing.""",
        exp=dict(
            device_model=["iPad Air 5"],
            os_version=["iPadOS 17.5.1"],
            app_version=["6.0.3"],
        ),
    ),
    dict(
        lang="en",
        sent=E3,
        text="""Lost my phone on the tube last Friday night. Please block my wallet!! Account email: tomasz.k@proton.me. The phone was a Galaxy S22 if that matters.""",
        exp=dict(
            transaction_date=["2026-06-26"],
            account_contact=["tomasz.k@proton.me"],
            device_model=["Samsung Galaxy S22"],
        ),
    ),
    dict(
        lang="en",
        sent=E1,
        text="""Your agent on chat asked for the code so here it is: 7 3 9 1 0 2. Can you now confirm my new device? It's a Pixel 9, Android 15.""",
        exp=dict(device_model=["Google Pixel 9"], os_version=["Android 15"]),
        sens=["otp"],
    ),
    dict(
        lang="en",
        sent=E1,
        text="""Refund for order 55102938 from ShopNow (£129.99) was approved by the merchant on Nov 29 but I still don't see it in OKPay. Merchant says it's on your side.""",
        exp=dict(
            transaction_id=["55102938"],
            amount=["129.99 GBP"],
            transaction_date=["2026-11-29"],
        ),
    ),
    dict(
        lang="en",
        sent=E2,
        text="""I'm on a Samsung Galaxy Tab S9 FE with One UI 6.1 and every time I try to add money a message pops up saying Payment method not supported on this device. Works fine on my phone. App version 5.9.8""",
        exp=dict(
            device_model=["Samsung Galaxy Tab S9 FE"],
            os_version=["One UI 6.1"],
            error_message=["Payment method not supported on this device"],
            app_version=["5.9.8"],
        ),
    ),
    dict(
        lang="en",
        sent=E2,
        text="""UTR no 426118830045 - INR 25,000 sent to my dad's SBI account 30987654321 on 14 Sept. SBI says they never received it. Please trace.""",
        exp=dict(
            transaction_id=["426118830045"],
            amount=["25000.00 INR"],
            recipient_account=["30987654321"],
            transaction_date=["2026-09-14"],
        ),
    ),
    dict(
        lang="en",
        sent=E3,
        text="""Hey, quick one. Every payment on my Redmi Note 13 Pro (HyperOS 1.0) fails with error code TXN_LIMIT_EXCEEDED even for like 5 euros. What limit??""",
        exp=dict(
            device_model=["Redmi Note 13 Pro"],
            os_version=["HyperOS 1.0"],
            error_message=["TXN_LIMIT_EXCEEDED"],
            amount=["5.00 EUR"],
        ),
    ),
    dict(
        lang="en",
        sent=E3,
        text="""Hello,
I need to send rent to my landlord in Spain. IBAN ES91 2100 0418 4502 0005 1332, Caixabank, BIC CAIXESBBXXX. The amount is 850 EUR. When I press Send the screen reads Beneficiary details could not be verified. Please advise.
Sophie Laurent""",
        exp=dict(
            recipient_account=["ES9121000418450200051332"],
            swift_bic=["CAIXESBBXXX"],
            country=["ES"],
            amount=["850.00 EUR"],
            error_message=["Beneficiary details could not be verified"],
        ),
    ),
    dict(
        lang="en",
        sent=E1,
        text="""Someone logged into my account from Lagos at 3am yesterday and moved ₦450,000 out. I am in Abuja. My number is +234 803 555 0199. Transaction ref: OKPNG2612060003318""",
        exp=dict(
            country=["NG"],
            transaction_date=["2026-12-06T03:00"],
            amount=["450000.00 NGN"],
            account_contact=["+2348035550199"],
            transaction_id=["OKPNG2612060003318"],
        ),
    ),
    dict(
        lang="en",
        sent=E1,
        text="""Transfer to the Philippines stuck. Status says Under compliance review since 3rd Dec. PHP 18,000, to BPI account 0123456789. Tx id OKP-PH-8841207.""",
        exp=dict(
            country=["PH"],
            error_message=["Under compliance review"],
            transaction_date=["2026-12-03"],
            amount=["18000.00 PHP"],
            recipient_account=["0123456789"],
            transaction_id=["OKP-PH-8841207"],
        ),
    ),
    dict(
        lang="en",
        sent=E2,
        text="""Login broken on my OnePlus 12R. OxygenOS 14, app 6.0.0. I get a grey box with AUTH-4012 in the corner and nothing else.""",
        exp=dict(
            device_model=["OnePlus 12R"],
            os_version=["OxygenOS 14"],
            app_version=["6.0.0"],
            error_message=["AUTH-4012"],
        ),
    ),
    dict(
        lang="en",
        sent=E2,
        text="""Hi there - I was charged a $3.50 fee twice for one ATM withdrawal of $100 yesterday afternoon around 4:15. Receipt number on the ATM slip is 004417. Thanks, Dan (dan.whitaker@icloud.com)""",
        exp=dict(
            amount=["3.50 USD", "100.00 USD"],
            transaction_date=["2026-09-17T16:15"],
            transaction_id=["004417"],
            account_contact=["dan.whitaker@icloud.com"],
        ),
    ),
    dict(
        lang="en",
        sent=E3,
        text="""My card security code is 4 2 8 and the card ends 9911. Can you check why Apple Pay keeps rejecting it? Message on the iPhone is Card Not Added - Contact your card issuer.""",
        exp=dict(error_message=["Card Not Added - Contact your card issuer"]),
        sens=["cvv"],
    ),
    dict(
        lang="en",
        sent=E3,
        text="""I scheduled a transfer of 1,200 CHF to IBAN CH93 0076 2011 6238 5295 7 for Saturday night and it went out on Sunday instead, the rate was worse. I'd like the difference refunded.
Markus""",
        exp=dict(
            amount=["1200.00 CHF"],
            recipient_account=["CH9300762011623852957"],
            transaction_date=["2026-06-27", "2026-06-28"],
        ),
    ),
    dict(
        lang="en",
        sent=E1,
        text="""hi my wallet balance shows negative -£12.40 after a refund reversal??? never seen that. account is under lisa.m.grant@gmail.com""",
        exp=dict(amount=["12.40 GBP"], account_contact=["lisa.m.grant@gmail.com"]),
    ),
    dict(
        lang="en",
        sent=E1,
        text="""Good afternoon,

We are a small business using OKPay Merchant. Settlement batch SB/2026/11/0387 for 2,415.60 GBP has not been paid into our account ending 4471 (sort code 20-45-77). It was due on the 30th.

Regards,
Accounts team, Harbourside Cafe
0161 496 0732""",
        exp=dict(
            transaction_id=["SB/2026/11/0387"],
            amount=["2415.60 GBP"],
            transaction_date=["2026-11-30"],
            account_contact=["+441614960732"],
        ),
    ),
    dict(
        lang="en",
        sent=E2,
        text="""App won't open after the update, shows a white screen then closes. Motorola edge 50 pro, Android 14, OKPay v6.0.1. Also my old PIN 2580 doesn't work on web anymore.""",
        exp=dict(
            device_model=["Motorola Edge 50 Pro"],
            os_version=["Android 14"],
            app_version=["6.0.1"],
        ),
        sens=["pin"],
    ),
    dict(
        lang="en",
        sent=E2,
        text="""I was trying to pay a supplier in Turkey and got Error 1107: Beneficiary bank not reachable. IBAN TR33 0006 1005 1978 6457 8413 26, amount 60,000 TRY.""",
        exp=dict(
            error_message=["Error 1107: Beneficiary bank not reachable"],
            country=["TR"],
            recipient_account=["TR330006100519786457841326"],
            amount=["60000.00 TRY"],
        ),
    ),
    dict(
        lang="en",
        sent=E3,
        text="""Hi, I bought a game for 9.99 on Saturday and was charged 99.90 instead!! Order GPA.3312-4450-9921-77345. Please refund the difference, I'm in Ireland so it's euro.""",
        exp=dict(
            amount=["9.99 EUR", "99.90 EUR"],
            transaction_date=["2026-06-27"],
            transaction_id=["GPA.3312-4450-9921-77345"],
            country=["IE"],
        ),
    ),
    dict(
        lang="en",
        sent=E3,
        text="""Can't receive SMS codes since I changed to a new SIM. New number +33 6 12 34 56 78, old one +33 6 98 76 54 32. Phone is a Xiaomi 14T Pro.""",
        exp=dict(
            account_contact=["+33612345678", "+33698765432"],
            device_model=["Xiaomi 14T Pro"],
        ),
    ),
    dict(
        lang="en",
        sent=E1,
        text="""I think I got scammed. I sent 1,000 AUD to someone on Marketplace on Thursday evening, transaction 8832-1190-4471. They blocked me. Can you stop it? I'm in Melbourne.""",
        exp=dict(
            amount=["1000.00 AUD"],
            transaction_date=["2026-12-03"],
            transaction_id=["8832-1190-4471"],
            country=["AU"],
        ),
    ),
    dict(
        lang="en",
        sent=E1,
        text="""the verification keeps failing, it says Face does not match ID photo. tried 5 times in good light. Huawei P60 Pro, EMUI 13.1""",
        exp=dict(
            error_message=["Face does not match ID photo"],
            device_model=["Huawei P60 Pro"],
            os_version=["EMUI 13.1"],
        ),
    ),
    dict(
        lang="en",
        sent=E2,
        text="""Dear OKPay, on 09/11/2026 I received a notification "You've received $75.00 from K. Osei" but my balance never changed. My phone number on the account: (646) 555-0187.""",
        opts=dict(default_region="US"),
        exp=dict(
            transaction_date=["2026-09-11"],
            amount=["75.00 USD"],
            account_contact=["+16465550187"],
        ),
    ),
    dict(
        lang="en",
        sent=E2,
        text="""my password is Blue!Harbor77 and it still says Incorrect credentials. please just reset it for me""",
        exp=dict(error_message=["Incorrect credentials"]),
        sens=["password"],
    ),
    dict(
        lang="en",
        sent=E3,
        text="""Hello, I'm writing from Dubai. I transferred AED 3,670 to my sister's account in Pakistan (IBAN PK36SCBL0000001123456702) via OKPay on the 21st, it says COMPLETED in my history but she got nothing. SWIFT of her bank is SCBLPKKX.""",
        exp=dict(
            amount=["3670.00 AED"],
            country=["PK"],
            recipient_account=["PK36SCBL0000001123456702"],
            transaction_date=["2026-06-21"],
            swift_bic=["SCBLPKKX"],
            error_message=["COMPLETED"],
        ),
    ),
    dict(
        lang="en",
        sent=E3,
        text="""Two issues:
1) The app on my iPad mini 6 crashes on launch (iPadOS 18.0)
2) A transfer of $45 on June 24 shows Pending but my bank says it was sent.
Thanks""",
        exp=dict(
            device_model=["iPad mini 6"],
            os_version=["iPadOS 18.0"],
            amount=["45.00 USD"],
            transaction_date=["2026-06-24"],
            error_message=["Pending"],
        ),
    ),
    dict(
        lang="en",
        sent=E1,
        text="""Hi, please cancel my withdrawal WD 2612 0448 1193, I entered the wrong account number. Amount was 300 pounds. Sent it about 20 min ago.""",
        exp=dict(
            transaction_id=["WD261204481193"],
            amount=["300.00 GBP"],
        ),
    ),
    dict(
        lang="en",
        sent=E1,
        text="""Galaxy Z Fold6, One UI 6.1.1. The QR scanner gives the message Camera unavailable, close other apps and retry. No other apps are open. Version 6.0.4.""",
        exp=dict(
            device_model=["Samsung Galaxy Z Fold 6"],
            os_version=["One UI 6.1.1"],
            error_message=["Camera unavailable, close other apps and retry"],
            app_version=["6.0.4"],
        ),
    ),
    dict(
        lang="en",
        sent=E2,
        text="""Hello - I paid a merchant in Singapore S$86.40 and was charged S$86.40 + a S$12 "foreign transaction" fee. OKPay advertises no FX fees in SGD?? Payment ID 7F3A-22C9-KK01.""",
        exp=dict(
            country=["SG"],
            amount=["86.40 SGD", "12.00 SGD"],
            transaction_id=["7F3A-22C9-KK01"],
        ),
    ),
    dict(
        lang="en",
        sent=E2,
        text="""Transaction declined at the till, the card machine printed NOT AUTHORISED 05. I had enough money. It was at Tesco yesterday morning, £23.15.""",
        exp=dict(
            error_message=["NOT AUTHORISED 05"],
            transaction_date=["2026-09-17"],
            amount=["23.15 GBP"],
        ),
    ),
    dict(
        lang="en",
        sent=E3,
        text="""To whom it may concern,
I've been waiting 10 days for refund RF-20260618-0921 (€64.00). Each time I check, the status is still awaiting merchant confirmation. This is unacceptable.
H. Becker
+49 151 23456789""",
        exp=dict(
            transaction_id=["RF-20260618-0921"],
            amount=["64.00 EUR"],
            error_message=["awaiting merchant confirmation"],
            account_contact=["+4915123456789"],
        ),
    ),
    dict(
        lang="en",
        sent=E1,
        text="""I can't add my bank. Pop-up: Unable to link account (BNK_LINK_09). Bank is Barclays, account 43218765, sort code 20-00-00.""",
        exp=dict(
            error_message=["Unable to link account (BNK_LINK_09)"],
            recipient_account=["43218765"],
        ),
    ),
    dict(
        lang="en",
        sent=E1,
        text="""Hi, my old phone broke so I'm using my wife's Honor 200 Pro (MagicOS 8). When I log in it wants the one time code but sms never arrives. my number 07700 123 456 is still the same.""",
        exp=dict(
            device_model=["Honor 200 Pro"],
            os_version=["MagicOS 8"],
            account_contact=["+447700123456"],
        ),
    ),
    dict(
        lang="en",
        sent=E3,
        text="""Sent 500 dollars to Mexico on Friday (ref MX-0626-77120), recipient is at Banorte CLABE 072580012345678903. It shows Rejected. Why???""",
        exp=dict(
            amount=["500.00 USD"],
            country=["MX"],
            transaction_date=["2026-06-26"],
            transaction_id=["MX-0626-77120"],
            recipient_account=["072580012345678903"],
            error_message=["Rejected"],
        ),
    ),
    dict(
        lang="en",
        sent=E2,
        text="""Got an email from "OKPay Security" asking for my PIN and card number. I gave them my card 4539 1488 0343 6467 before realising. Please freeze the card NOW. I'm Ana Ruiz, ana.ruiz@outlook.es""",
        exp=dict(account_contact=["ana.ruiz@outlook.es"]),
        sens=["card_number"],
    ),
    dict(
        lang="en",
        sent=E2,
        text="""iOS 18.6.2, iPhone 15 Pro. Face ID login fails with -25293 every time since Wednesday. Your app is on 6.0.2.""",
        exp=dict(
            os_version=["iOS 18.6.2"],
            device_model=["iPhone 15 Pro"],
            error_message=["-25293"],
            transaction_date=["2026-09-16"],
            app_version=["6.0.2"],
        ),
    ),
    dict(
        lang="en",
        sent=E3,
        text="""Hi! Moving money from my OKPay wallet to my Revolut IBAN GB29 NWBK 6016 1331 9268 19 took 2 days and I lost £4.80 in fees for a £600 transfer. Was that the standard fee? Transfer no. TRF/26/06/33190""",
        exp=dict(
            recipient_account=["GB29NWBK60161331926819"],
            amount=["4.80 GBP", "600.00 GBP"],
            transaction_id=["TRF/26/06/33190"],
        ),
    ),
    dict(
        lang="en",
        sent=E1,
        text="""Why does the app show Verification required every time I open it? I already uploaded my passport last week. Nothing OS 3.0 on a Nothing Phone (2a).""",
        exp=dict(
            error_message=["Verification required"],
            os_version=["Nothing OS 3.0"],
            device_model=["Nothing Phone (2a)"],
        ),
    ),
    dict(
        lang="en",
        sent=E2,
        text="""My kid used my phone and made 3 in-app purchases of $19.99 each on Sept 12. I want them reversed. Transaction IDs: GPA.3391-0021-8876-10023, GPA.3391-0021-8876-10024, GPA.3391-0021-8876-10025""",
        exp=dict(
            amount=["19.99 USD"],
            transaction_date=["2026-09-12"],
            transaction_id=[
                "GPA.3391-0021-8876-10023",
                "GPA.3391-0021-8876-10024",
                "GPA.3391-0021-8876-10025",
            ],
        ),
    ),
    dict(
        lang="en",
        sent=E3,
        text="""Sending money to Poland fails. IBAN PL05 1090 2402 0000 0000 2149 8712, SWIFT WBKPPLPP, 2 000 PLN. Error: ERR_BENEFICIARY_NAME. Name is correct, I triple checked.""",
        exp=dict(
            country=["PL"],
            recipient_account=["PL05109024020000000021498712"],
            swift_bic=["WBKPPLPP"],
            amount=["2000.00 PLN"],
            error_message=["ERR_BENEFICIARY_NAME"],
        ),
    ),
    # ---------------------------------------------------------------- Chinese
    dict(
        lang="zh",
        sent=Z1,
        text="""前天晚上8点多给我妈转了3000块，到现在还没到账，APP上显示"转账处理中"。交易单号：TR20261208200315""",
        exp=dict(
            transaction_date=["2026-12-08T20:00"],
            amount=["3000.00 CNY"],
            error_message=["转账处理中"],
            transaction_id=["TR20261208200315"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""上周五在超市付款，被扣了两次，每次 ¥56.80。流水号 4200002612040011 和 4200002612040012。
我的手机：139 1122 3344""",
        exp=dict(
            transaction_date=["2026-12-04"],
            amount=["56.80 CNY"],
            transaction_id=["4200002612040011", "4200002612040012"],
            account_contact=["+8613911223344"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""一打开APP就弹出登录状态已失效，请重新登录，然后就闪退了。手机是小米14，澎湃OS 2.0，版本6.0.5。""",
        exp=dict(
            error_message=["登录状态已失效，请重新登录"],
            device_model=["Xiaomi 14"],
            os_version=["HyperOS 2.0"],
            app_version=["6.0.5"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""11月3号汇款到英国，收款人IBAN GB29NWBK60161331926819，SWIFT：NWBKGB2L，金额 1,500 英镑，现在状态显示已退回。""",
        exp=dict(
            transaction_date=["2026-11-03"],
            country=["GB"],
            recipient_account=["GB29NWBK60161331926819"],
            swift_bic=["NWBKGB2L"],
            amount=["1500.00 GBP"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""客服说要验证码，我发给你们：5 8 2 1 4 6。麻烦尽快帮我解冻账户，手机号 186 0000 7788。""",
        exp=dict(account_contact=["+8618600007788"]),
        sens=["otp"],
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""我的支付密码设的是我生日 950512，会不会不安全？要怎么改？""",
        exp={},
        sens=["password"],
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""卡背面三位是 317，卡号尾号 6623，绑卡一直失败，提示：银行预留手机号不一致""",
        exp=dict(error_message=["银行预留手机号不一致"]),
        sens=["cvv"],
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""华为MatePad 11，鸿蒙4.0，APP打不开，一直转圈。版本号6.0.2""",
        exp=dict(
            device_model=["Huawei MatePad 11"],
            os_version=["HarmonyOS 4.0"],
            app_version=["6.0.2"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""转账给朋友 ￥8,800，提示交易存在风险已被拦截，这是什么意思？我之前转过很多次了。订单号 20261209143300871""",
        exp=dict(
            amount=["8800.00 CNY"],
            error_message=["交易存在风险已被拦截"],
            transaction_id=["20261209143300871"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""大前天（周一）在711买东西，OKPay付了 HK$ 42.5，但是被扣了两次。我在香港。交易号 HK2612070042551""",
        exp=dict(
            transaction_date=["2026-12-07"],
            amount=["42.50 HKD"],
            country=["HK"],
            transaction_id=["HK2612070042551"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""你好，我用的是 vivo X200 Pro，OriginOS 5，更新到6.0.6之后人脸识别一直报错 FACE_LIVENESS_TIMEOUT，麻烦看看。""",
        exp=dict(
            device_model=["vivo X200 Pro"],
            os_version=["OriginOS 5"],
            app_version=["6.0.6"],
            error_message=["FACE_LIVENESS_TIMEOUT"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""我要退款！12月1号买的会员，自动扣了 ¥198，我根本没订阅。订单号：MEM-20261201-55821""",
        exp=dict(
            transaction_date=["2026-12-01"],
            amount=["198.00 CNY"],
            transaction_id=["MEM-20261201-55821"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""汇款到日本，收款银行三菱UFJ，SWIFT BOTKJPJT，账号 1234567，金额 15万日元，一直显示审核中""",
        exp=dict(
            country=["JP"],
            swift_bic=["BOTKJPJT"],
            recipient_account=["1234567"],
            amount=["150000 JPY"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""OPPO Find X8，ColorOS 15，扫码付款的时候报错：二维码已失效（错误码 QR-203）""",
        exp=dict(
            device_model=["OPPO Find X8"],
            os_version=["ColorOS 15"],
            error_message=["二维码已失效（错误码 QR-203）"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""手机丢了！！！里面有OKPay，请马上冻结。注册手机号 13588886666，邮箱 chenxi_0922@163.com。昨天晚上十点左右丢的。""",
        exp=dict(
            account_contact=["+8613588886666", "chenxi_0922@163.com"],
            transaction_date=["2026-12-09T22:00"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""充值了500元但余额没变化，银行那边已经扣款了。充值单号：CZ 2612 0911 2233 4455""",
        exp=dict(amount=["500.00 CNY"], transaction_id=["CZ2612091122334455"]),
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""上周日晚上用OKPay在淘宝付了 328 元，订单一直显示待支付，钱已经扣了。支付单号：2026041221054388""",
        exp=dict(
            transaction_date=["2026-04-12"],
            amount=["328.00 CNY"],
            transaction_id=["2026041221054388"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""你们的APP在我的荣耀平板 MagicPad 2 上面打不开，安卓14""",
        exp=dict(device_model=["Honor MagicPad 2"], os_version=["Android 14"]),
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""昨晚转账给房东 4,200 元，收款账户 6222 0212 3456 7890 127，提示：收款方户名与账号不符。流水号：OKP202604132150017""",
        exp=dict(
            transaction_date=["2026-04-13"],
            amount=["4200.00 CNY"],
            recipient_account=["6222021234567890127"],
            error_message=["收款方户名与账号不符"],
            transaction_id=["OKP202604132150017"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""动态码 338201 我刚才不小心发给了一个自称客服的人，他还问了我的登录密码，我没给。现在怎么办？""",
        exp={},
        sens=["otp"],
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""3月28日从香港汇了 2万港币到内地的建设银行卡，到现在没到。汇款编号 RM-26-0328-1107。""",
        exp=dict(
            transaction_date=["2026-03-28"],
            amount=["20000.00 HKD"],
            country=["CN"],
            transaction_id=["RM-26-0328-1107"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""我是在马来西亚打工的，每个月给家里寄钱。这次寄了 RM 1,200 到菲律宾，家里人说银行显示 Account closed。参考号 MY0410PH228190""",
        exp=dict(
            amount=["1200.00 MYR"],
            country=["PH"],
            error_message=["Account closed"],
            transaction_id=["MY0410PH228190"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""红米K70 Pro，澎湃OS 1.0.8，转账页面闪退，APP 6.0.0""",
        exp=dict(
            device_model=["Redmi K70 Pro"],
            os_version=["HyperOS 1.0.8"],
            app_version=["6.0.0"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""提现失败，状态：已拒绝，原因：银行卡已过期。提现金额 ¥2,000，时间 4月12日 16:45。""",
        exp=dict(
            error_message=["已拒绝", "银行卡已过期"],
            amount=["2000.00 CNY"],
            transaction_date=["2026-04-12T16:45"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""用iPad Pro 11登录的时候提示设备未授权，iPadOS 17.4，APP版本 5.9.9""",
        exp=dict(
            device_model=["iPad Pro 11"],
            error_message=["设备未授权"],
            os_version=["iPadOS 17.4"],
            app_version=["5.9.9"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""你好，我的账户被冻结了，收到短信说 您的账户因异常交易已被冻结，请联系客服。我没有做任何异常操作。邮箱 liwei.sz@foxmail.com""",
        exp=dict(
            error_message=["您的账户因异常交易已被冻结，请联系客服"],
            account_contact=["liwei.sz@foxmail.com"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""在泰国曼谷刷OKPay卡消费 1,850 泰铢，被收了两笔，卡号 6259 6500 0123 4563 请帮忙查一下""",
        exp=dict(amount=["1850.00 THB"], country=["TH"]),
        sens=["card_number"],
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""转了1.5万给我表哥，他是工商银行，账号 6212 2602 0001 2345 678，我转错了能不能撤回？前天下午两点多转的。""",
        exp=dict(
            amount=["15000.00 CNY"],
            recipient_account=["6212260200012345678"],
            transaction_date=["2026-04-12T14:00"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""登录密码 abc123456 我忘了是不是这个，一直提示密码错误。手机号是+86 177 1234 5678""",
        exp=dict(error_message=["密码错误"], account_contact=["+8617712345678"]),
        sens=["password"],
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""你好，ColorOS 14 的一加Ace 3，版本6.0.1，绑卡时显示【银行系统维护中，请稍后再试】""",
        exp=dict(
            os_version=["ColorOS 14"],
            device_model=["OnePlus Ace 3"],
            app_version=["6.0.1"],
            error_message=["银行系统维护中，请稍后再试"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""上周三晚上9点半左右在便利店付款 ¥23.5，显示失败，但是钱扣了。请帮我查一下，手机 159 0000 1234""",
        exp=dict(
            transaction_date=["2026-12-02T21:30"],
            amount=["23.50 CNY"],
            account_contact=["+8615900001234"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z1,
        text="""华为 Mate X6 折叠屏，HarmonyOS NEXT 5.0，装不了OKPay，应用市场里搜不到。""",
        exp=dict(device_model=["Huawei Mate X6"], os_version=["HarmonyOS 5.0"]),
    ),
    # ---------------------------------------------------------------- mixed
    dict(
        lang="zh",
        sent=Z1,
        text="""Hi 客服，我的 Galaxy S24+ 一直收不到 OTP，号码是 +852 9123 4567。App version 6.0.4。""",
        exp=dict(
            device_model=["Samsung Galaxy S24+"],
            account_contact=["+85291234567"],
            app_version=["6.0.4"],
        ),
    ),
    dict(
        lang="en",
        sent=E1,
        text="""Hello, transfer to 上海 failed. Amount: 5,000 RMB. The screen shows 收款账户异常. Ref: OKP-CN-771203""",
        exp=dict(
            country=["CN"],
            amount=["5000.00 CNY"],
            error_message=["收款账户异常"],
            transaction_id=["OKP-CN-771203"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z2,
        text="""我用Pixel 8 Pro，Android 14，每次转账到 Wise 的 IBAN BE68 5390 0754 7034 都报错 IBAN_NOT_SUPPORTED""",
        exp=dict(
            device_model=["Google Pixel 8 Pro"],
            os_version=["Android 14"],
            recipient_account=["BE68539007547034"],
            error_message=["IBAN_NOT_SUPPORTED"],
        ),
    ),
    dict(
        lang="en",
        sent=E2,
        text="""Sent ¥2,000 to my friend in Shenzhen yesterday at 6pm, she said 没有收到. Transaction ID 2026091718000552""",
        exp=dict(
            amount=["2000.00 CNY"],
            country=["CN"],
            transaction_date=["2026-09-17T18:00"],
            transaction_id=["2026091718000552"],
        ),
    ),
]

E4 = "2026-03-11T12:00:00+00:00"  # a Wednesday
E5 = "2026-10-05T09:00:00+01:00"  # a Monday
Z3 = "2026-08-20T10:30:00+08:00"  # a Thursday

# Written and labelled after the round 3 rules were done, before the extractor ran on them:
# the first run on these is the honest round 3 figure (docs/benchmarks-details.md).
DEV_3_CHECK: list[dict[str, Any]] = [
    dict(
        lang="en",
        sent=E4,
        text="""Hiya, my top up of £25 via Apple Pay on Monday never showed. Bank statement says OKPAY*TOPUP 25.00. Ref on the statement: 5529 8812 0043. thanks, Kerry""",
        exp=dict(
            amount=["25.00 GBP"],
            transaction_date=["2026-03-09"],
            transaction_id=["552988120043"],
        ),
    ),
    dict(
        lang="en",
        sent=E4,
        text="""I keep getting kicked out. Every time I open OKPay on my Galaxy A35 it shows Session timed out and sends me back to the login page. Android 14, app 6.3.0.""",
        exp=dict(
            device_model=["Samsung Galaxy A35"],
            error_message=["Session timed out"],
            os_version=["Android 14"],
            app_version=["6.3.0"],
        ),
    ),
    dict(
        lang="en",
        sent=E4,
        text="""URGENT - someone changed my email and phone on my account last night!! I didn't do this. My original email is greg.h.palmer@yahoo.com and number +1 (415) 555-0139. Please lock the account.""",
        exp=dict(
            transaction_date=["2026-03-10"],
            account_contact=["greg.h.palmer@yahoo.com", "+14155550139"],
        ),
    ),
    dict(
        lang="en",
        sent=E4,
        text="""Paid for groceries at Lidl in Dublin, €87.45, card was charged but the receipt says TRANSACTION VOID. That was on the 2nd. Order/ref number 000912384.""",
        exp=dict(
            country=["IE"],
            amount=["87.45 EUR"],
            error_message=["TRANSACTION VOID"],
            transaction_date=["2026-03-02"],
            transaction_id=["000912384"],
        ),
    ),
    dict(
        lang="en",
        sent=E4,
        text="""Wire to Canada (TD Bank, account 5012345, transit 00482, institution 004) for CAD 3,200 sent 28 Feb. Today it's back in my wallet with the note Returned - account closed. Why?""",
        exp=dict(
            country=["CA"],
            recipient_account=["5012345"],
            amount=["3200.00 CAD"],
            transaction_date=["2026-02-28"],
            error_message=["Returned - account closed"],
        ),
    ),
    dict(
        lang="en",
        sent=E4,
        text="""I'm locked out after entering my PIN wrong. It says Too many attempts, try again in 24 hours. I need to pay rent today! Phone: 0412 345 678 (Australia)""",
        opts=dict(default_region="AU"),
        exp=dict(
            error_message=["Too many attempts, try again in 24 hours"],
            account_contact=["+61412345678"],
            country=["AU"],
        ),
    ),
    dict(
        lang="en",
        sent=E4,
        text="""Hello, the exchange rate I got for USD→INR yesterday was 82.1 instead of 83.4 shown in the app. I converted $1,000. Conversion ID CNV-20260310-7781.""",
        exp=dict(
            transaction_date=["2026-03-10"],
            amount=["1000.00 USD"],
            transaction_id=["CNV-20260310-7781"],
        ),
    ),
    dict(
        lang="en",
        sent=E4,
        text="""My daughter's phone (iPhone 12, iOS 17.7) shows 'This device is not eligible' when she tries to join my family account.""",
        exp=dict(
            device_model=["iPhone 12"],
            os_version=["iOS 17.7"],
            error_message=["This device is not eligible"],
        ),
    ),
    dict(
        lang="en",
        sent=E4,
        text="""Dear team, please find below the details of the failed payout:
- Payout ID: PO-77120-UK
- Amount: GBP 1,050.00
- Beneficiary IBAN: GB33BUKB20201555555555
- Failure reason: Beneficiary bank rejected (AC04)
Regards, Finance, Northgate Ltd""",
        exp=dict(
            transaction_id=["PO-77120-UK"],
            amount=["1050.00 GBP"],
            recipient_account=["GB33BUKB20201555555555"],
            error_message=["Beneficiary bank rejected (AC04)"],
        ),
    ),
    dict(
        lang="en",
        sent=E5,
        text="""hi there,, i am not able to add my card, message says card type not supported. my card is a mastercard debit. phone is xiaomi redmi note 11, android 13""",
        exp=dict(
            error_message=["card type not supported"],
            device_model=["Redmi Note 11"],
            os_version=["Android 13"],
        ),
    ),
    dict(
        lang="en",
        sent=E5,
        text="""Last Thursday I sent 150 euros to my friend in Portugal but he got only 145 euros. Who took 5 euros? Transfer id 3312-PT-0091""",
        exp=dict(
            transaction_date=["2026-10-01"],
            amount=["150.00 EUR", "145.00 EUR", "5.00 EUR"],
            country=["PT"],
            transaction_id=["3312-PT-0091"],
        ),
    ),
    dict(
        lang="en",
        sent=E5,
        text="""Your app charged me twice for the same bill payment (electricity, $64.20) on Sept 29. Both have the same reference BP-0929-55102. I want one back.""",
        exp=dict(
            amount=["64.20 USD"],
            transaction_date=["2026-09-29"],
            transaction_id=["BP-0929-55102"],
        ),
    ),
    dict(
        lang="en",
        sent=E5,
        text="""Tried to log in on my new Pixel 9a. After the SMS code step I get Error 1203: Device binding failed. I'm in Toronto.""",
        exp=dict(
            device_model=["Google Pixel 9a"],
            error_message=["Error 1203: Device binding failed"],
            country=["CA"],
        ),
    ),
    dict(
        lang="en",
        sent=E5,
        text="""Someone from 'OKPay support' on WhatsApp asked for my OTP and I sent it (908 117). Then £600 disappeared from my wallet on Saturday. Please help, my email is n.okafor@gmail.com""",
        exp=dict(
            amount=["600.00 GBP"],
            transaction_date=["2026-10-03"],
            account_contact=["n.okafor@gmail.com"],
        ),
        sens=["otp"],
    ),
    dict(
        lang="en",
        sent=E5,
        text="""The withdrawal to my bank has been 'in progress' for 6 days. Amount ₱8,500, ref WDL-PH-2209913. BPI account 1234-5678-90.""",
        exp=dict(
            error_message=["in progress"],
            amount=["8500.00 PHP"],
            transaction_id=["WDL-PH-2209913"],
            recipient_account=["1234567890"],
        ),
    ),
    dict(
        lang="en",
        sent=E5,
        text="""OnePlus Nord 4 with OxygenOS 15 - the fingerprint login option disappeared after updating to OKPay 6.3.2.""",
        exp=dict(
            device_model=["OnePlus Nord 4"],
            os_version=["OxygenOS 15"],
            app_version=["6.3.2"],
        ),
    ),
    dict(
        lang="en",
        sent=E5,
        text="""Got charged a 'cross-border fee' of 3% (€12.60) on a payment to a shop in Germany, I'm in Austria and your website says no fees in the EU.""",
        exp=dict(amount=["12.60 EUR"], country=["DE"]),
    ),
    # ---------------------------------------------------------------- Chinese
    dict(
        lang="zh",
        sent=Z3,
        text="""前天下午四点左右给女儿转了 ¥2,000 生活费，她那边一直没收到，我这边显示已完成。交易流水：OKP2608181602339""",
        exp=dict(
            transaction_date=["2026-08-18T16:00"],
            amount=["2000.00 CNY"],
            transaction_id=["OKP2608181602339"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z3,
        text="""我的三星 Galaxy S25 Ultra 升级到 One UI 7 之后，打开OKPay就提示检测到Root环境，无法使用。可我根本没Root过！版本 6.3.1""",
        exp=dict(
            device_model=["Samsung Galaxy S25 Ultra"],
            os_version=["One UI 7"],
            error_message=["检测到Root环境，无法使用"],
            app_version=["6.3.1"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z3,
        text="""上周六在日本用OKPay付款 12,800 日元，结果被扣了两次。商户是东京的一家药妆店。订单号 JP-0815-88231 和 JP-0815-88232""",
        exp=dict(
            transaction_date=["2026-08-15"],
            country=["JP"],
            amount=["12800 JPY"],
            transaction_id=["JP-0815-88231", "JP-0815-88232"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z3,
        text="""你好，我昨天下午在APP里申请提现 5000 元到招商银行卡（尾号 3321），一直显示“银行处理中”，平时都是秒到的。""",
        exp=dict(
            transaction_date=["2026-08-19"],
            amount=["5000.00 CNY"],
            error_message=["银行处理中"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z3,
        text="""收到一条短信：【OKPay】您的验证码为 663021，请勿泄露。然后我的账号就在别的手机上登录了，手机号 150 1234 8888""",
        exp=dict(account_contact=["+8615012348888"]),
        sens=["otp"],
    ),
    dict(
        lang="zh",
        sent=Z3,
        text="""转账到香港的中银账户，金额 HKD 10,000，SWIFT 代码 BKCHHKHHXXX，账号 012-875-0-012345-6，状态：已退回，原因：收款人名称不符""",
        exp=dict(
            country=["HK"],
            amount=["10000.00 HKD"],
            swift_bic=["BKCHHKHHXXX"],
            recipient_account=["01287500123456"],
            error_message=["已退回", "收款人名称不符"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z3,
        text="""用的 vivo X Fold3 Pro，OriginOS 4，扫码付款时闪退，报错代码 0xC0000005。""",
        exp=dict(
            device_model=["vivo X Fold3 Pro"],
            os_version=["OriginOS 4"],
            error_message=["0xC0000005"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z3,
        text="""大前天晚上 11:40 充值 300 元，银行卡扣了钱但余额没加。充值订单：CZ20260817234011""",
        exp=dict(
            transaction_date=["2026-08-17T23:40"],
            amount=["300.00 CNY"],
            transaction_id=["CZ20260817234011"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z3,
        text="""我把支付密码告诉了我老公：258025，这样会不会有风险？""",
        exp={},
        sens=["password"],
    ),
    dict(
        lang="zh",
        sent=Z3,
        text="""退款申请提交了10天了还没到，退款单号 RF2608100045，金额 ¥ 459.00，8月10号申请的。""",
        exp=dict(
            transaction_id=["RF2608100045"],
            amount=["459.00 CNY"],
            transaction_date=["2026-08-10"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z3,
        text="""华为Pura 80 Pro，鸿蒙5.1，刷脸的时候一直提示请保持面部在框内，然后就超时了。""",
        exp=dict(
            device_model=["Huawei Pura 80 Pro"],
            os_version=["HarmonyOS 5.1"],
            error_message=["请保持面部在框内"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z3,
        text="""给在加拿大的儿子汇了 1 万加元，对方银行说没收到。汇款参考号 RMT2608120077，SWIFT ROYCCAT2""",
        exp=dict(
            country=["CA"],
            amount=["10000.00 CAD"],
            transaction_id=["RMT2608120077"],
            swift_bic=["ROYCCAT2"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z3,
        text="""我的 iPhone 16 Pro Max，iOS 18.5，app 更新到 6.3.0 后 Face ID 不能用了，提示 Biometric authentication unavailable。""",
        exp=dict(
            device_model=["iPhone 16 Pro Max"],
            os_version=["iOS 18.5"],
            app_version=["6.3.0"],
            error_message=["Biometric authentication unavailable"],
        ),
    ),
]


E6 = "2026-05-20T08:15:00+02:00"  # a Wednesday
Z4 = "2026-01-09T19:00:00+08:00"  # a Friday
T1 = "2026-02-16T11:00:00+08:00"  # a Monday

# Written and labelled after every round 3 rule above, before the extractor ran on them
# (includes traditional Chinese and a forwarded chain): the last honest round 3 figure.
DEV_3_CHECK_2: list[dict[str, Any]] = [
    dict(
        lang="en",
        sent=E6,
        text="""Hi,

Still no answer on this. See below.

> On 18 May 2026, OKPay Support <support@okpay.com> wrote:
> Please send us the transaction ID.

The transaction ID is TXN-26-0518-44120 and the amount was €240.00, sent to my landlord's IBAN DE81 1007 0024 0938 4756 12 on Monday.
Regards, Lukas""",
        exp=dict(
            transaction_id=["TXN-26-0518-44120"],
            amount=["240.00 EUR"],
            recipient_account=["DE81100700240938475612"],
            transaction_date=["2026-05-18"],
        ),
    ),
    dict(
        lang="en",
        sent=E6,
        text="""App keeps crashing on my Galaxy Tab A9+ (Android 14). Latest version from the Play Store, 6.4.0. Nothing pops up, it just closes.""",
        exp=dict(
            device_model=["Samsung Galaxy Tab A9+"],
            os_version=["Android 14"],
            app_version=["6.4.0"],
        ),
    ),
    dict(
        lang="en",
        sent=E6,
        text="""Payment to Amazon for £56.20 was declined yesterday with the message Your bank declined this transaction (code 51). My card works everywhere else.""",
        exp=dict(
            amount=["56.20 GBP"],
            transaction_date=["2026-05-19"],
            error_message=["Your bank declined this transaction (code 51)"],
        ),
    ),
    dict(
        lang="en",
        sent=E6,
        text="""i think someone hacked me. theres a transfer of 1,500 AED to a Mr Khalid I never made, on the 12th. ref no. OKP-AE-5521907. my number 050 123 4567""",
        opts=dict(default_region="AE"),
        exp=dict(
            amount=["1500.00 AED"],
            transaction_date=["2026-05-12"],
            transaction_id=["OKP-AE-5521907"],
            account_contact=["+971501234567"],
        ),
    ),
    dict(
        lang="en",
        sent=E6,
        text="""Top-up with my Visa ending 4421 failed three times. Screen said: Card issuer unavailable. Please try later. Top-up ID TP-88120-X, amount $35.""",
        exp=dict(
            error_message=["Card issuer unavailable. Please try later"],
            transaction_id=["TP-88120-X"],
            amount=["35.00 USD"],
        ),
    ),
    dict(
        lang="en",
        sent=E6,
        text="""Hello, my mother (73) can't read the SMS code, she sent me a screenshot: code 7 7 4 1 0 9. Can you just activate her account? Her email: rosa.m.lima@gmail.com""",
        exp=dict(account_contact=["rosa.m.lima@gmail.com"]),
        sens=["otp"],
    ),
    dict(
        lang="en",
        sent=E6,
        text="""Since the May 3rd update (v6.3.5) the balance shows as ---- and the History tab is empty. iPhone 14, iOS 18.4.""",
        exp=dict(app_version=["6.3.5"], device_model=["iPhone 14"], os_version=["iOS 18.4"]),
    ),
    dict(
        lang="en",
        sent=E6,
        text="""Your agent Tom promised a refund of 18.50 EUR for the double charge on 5 May. Case number 771203. Still nothing.""",
        exp=dict(amount=["18.50 EUR"], transaction_date=["2026-05-05"]),
    ),
    dict(
        lang="en",
        sent=E6,
        text="""the QR payment at the cafe failed, terminal printed ERROR 05 DO NOT HONOUR. amount 4.80 eur""",
        exp=dict(error_message=["ERROR 05 DO NOT HONOUR"], amount=["4.80 EUR"]),
    ),
    dict(
        lang="en",
        sent=E6,
        text="""Sending money to a mobile wallet in Ghana keeps failing with BENEFICIARY_MOBILE_INVALID. Amount GHS 800, yesterday evening.""",
        exp=dict(
            country=["GH"],
            error_message=["BENEFICIARY_MOBILE_INVALID"],
            amount=["800.00 GHS"],
            transaction_date=["2026-05-19"],
        ),
    ),
    dict(
        lang="en",
        sent=E6,
        text="""Hi, I'm in Kuala Lumpur. Tried paying RM 45.90 at a 7-Eleven, app showed 交易失败 (transaction failed). Ref 2605191845MY01.""",
        exp=dict(
            country=["MY"],
            amount=["45.90 MYR"],
            error_message=["交易失败"],
            transaction_id=["2605191845MY01"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z4,
        text="""你好，我前天晚上九点多在美团点外卖，用OKPay付了 ¥86.5，结果美团显示未支付，我这边扣款了。订单号：2301071234567890""",
        exp=dict(
            transaction_date=["2026-01-07T21:00"],
            amount=["86.50 CNY"],
            transaction_id=["2301071234567890"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z4,
        text="""荣耀 Magic7 Pro，MagicOS 9.0，OKPay 6.4.1，刷脸支付一直报错：人脸识别服务暂不可用（F-102）""",
        exp=dict(
            device_model=["Honor Magic 7 Pro"],
            os_version=["MagicOS 9.0"],
            app_version=["6.4.1"],
            error_message=["人脸识别服务暂不可用（F-102）"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z4,
        text="""12月28号给房东转的押金 6,000 元到他的建设银行账户 6217 0012 3456 7890 121，对方说没收到，我这边状态是已完成。""",
        exp=dict(
            transaction_date=["2025-12-28"],
            amount=["6000.00 CNY"],
            recipient_account=["6217001234567890121"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z4,
        text="""上周日从新加坡转 S$500 回国内，汇率显示 5.32，但实际到账只有 2,580 元，少了很多。交易编号 SG-CN-20260104-0033""",
        exp=dict(
            transaction_date=["2026-01-04"],
            country=["CN"],
            amount=["500.00 SGD", "2580.00 CNY"],
            transaction_id=["SG-CN-20260104-0033"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z4,
        text="""登录时提示：您的账号在另一台设备登录，如非本人操作请立即修改密码。我没在别的设备登录过！手机 13612345678""",
        exp=dict(
            error_message=["您的账号在另一台设备登录，如非本人操作请立即修改密码"],
            account_contact=["+8613612345678"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z4,
        text="""支付密码输错了三次，现在账户被锁了。我记得密码是 19880808 啊，是不是你们系统的问题？""",
        exp={},
        sens=["password"],
    ),
    dict(
        lang="zh",
        sent=T1,
        text="""你好，我上週五用OKPay轉帳 HK$3,200 給朋友，到現在還沒到賬，APP顯示「處理中」。交易編號：HK260213001928""",
        exp=dict(
            transaction_date=["2026-02-13"],
            amount=["3200.00 HKD"],
            error_message=["處理中"],
            transaction_id=["HK260213001928"],
        ),
    ),
    dict(
        lang="zh",
        sent=T1,
        text="""昨晚在台北夜市付款失敗，畫面顯示：交易逾時，請重新操作。金額 NT$450。手機是 iPhone 13，iOS 18.2""",
        exp=dict(
            transaction_date=["2026-02-15"],
            country=["TW"],
            error_message=["交易逾時，請重新操作"],
            amount=["450.00 TWD"],
            device_model=["iPhone 13"],
            os_version=["iOS 18.2"],
        ),
    ),
    dict(
        lang="zh",
        sent=T1,
        text="""我的驗證碼是 6 6 2 0 1 9，客服叫我提供的，是不是真的客服？我在澳門。""",
        exp=dict(country=["MO"]),
        sens=["otp"],
    ),
]


E7 = "2026-07-02T13:30:00-04:00"  # a Thursday
Z5 = "2026-11-12T09:20:00+08:00"  # a Thursday
T2 = "2026-04-27T15:45:00+08:00"  # a Monday

# Written and labelled after the rules found with DEV_3_CHECK_2 and the one-line probes,
# before the extractor ran on them.
DEV_3_CHECK_3: list[dict[str, Any]] = [
    dict(
        lang="en",
        sent=E7,
        text="""Dear Support,
On June 30 at 16:20 I attempted to send USD 2,000 to my supplier's account at Bank of America (routing 026009593, account 483920175, SWIFT BOFAUS3N). The app returned Transaction could not be completed - code R17. The funds left my balance.
Best regards,
Liang Wei
+1 646 555 0123""",
        exp=dict(
            transaction_date=["2026-06-30T16:20"],
            amount=["2000.00 USD"],
            recipient_account=["483920175"],
            swift_bic=["BOFAUS3N"],
            error_message=["Transaction could not be completed - code R17"],
            account_contact=["+16465550123"],
        ),
    ),
    dict(
        lang="en",
        sent=E7,
        text="""yo my transfer is stuck on 'pending verification' since tuesday, 80 bucks to my roommate. txn OK-77-1920-AB""",
        exp=dict(
            error_message=["pending verification"],
            transaction_date=["2026-06-30"],
            amount=["80.00 USD"],
            transaction_id=["OK-77-1920-AB"],
        ),
    ),
    dict(
        lang="en",
        sent=E7,
        text="""Samsung Galaxy S23 Ultra / One UI 6.1 / OKPay 6.4.2 - every time I open the Wallet tab I get a toast saying Something went wrong. Try again later. Started after yesterday's update.""",
        exp=dict(
            device_model=["Samsung Galaxy S23 Ultra"],
            os_version=["One UI 6.1"],
            app_version=["6.4.2"],
            error_message=["Something went wrong. Try again later"],
        ),
    ),
    dict(
        lang="en",
        sent=E7,
        text="""I was charged 29.99 GBP for a subscription I cancelled on the 28th. Order ID: SUB-UK-0628-1177. Please refund to my card.""",
        exp=dict(
            amount=["29.99 GBP"],
            transaction_date=["2026-06-28"],
            transaction_id=["SUB-UK-0628-1177"],
        ),
    ),
    dict(
        lang="en",
        sent=E7,
        text="""My phone was stolen in Barcelona last Monday. Please block my account linked to +34 612 345 678 and my email m.garcia@hotmail.es.""",
        exp=dict(
            country=["ES"],
            transaction_date=["2026-06-29"],
            account_contact=["+34612345678", "m.garcia@hotmail.es"],
        ),
    ),
    dict(
        lang="en",
        sent=E7,
        text="""The payee's bank (Commonwealth Bank, Sydney) bounced the payment back saying Account number invalid. BSB 062-000, acct 12345678. AUD 1,500.""",
        exp=dict(
            country=["AU"],
            error_message=["Account number invalid"],
            recipient_account=["12345678"],
            amount=["1500.00 AUD"],
        ),
    ),
    dict(
        lang="en",
        sent=E7,
        text="""I typed my CVV (731) into a site that looked like yours. Now I see 3 charges of €9.99 I don't recognise. What now?""",
        exp=dict(amount=["9.99 EUR"]),
        sens=["cvv"],
    ),
    dict(
        lang="en",
        sent=E7,
        text="""iPad 9th generation, iPadOS 17.6. The app is stuck on the splash screen forever, no error.""",
        exp=dict(device_model=["iPad 9"], os_version=["iPadOS 17.6"]),
    ),
    dict(
        lang="en",
        sent=E7,
        text="""The QR code at the shop gives 'Merchant not active' - merchant ID M-55120. Paid cash in the end.""",
        exp=dict(error_message=["Merchant not active"]),
    ),
    dict(
        lang="en",
        sent=E7,
        text="""Please help!! My wallet shows a negative balance of -$54.10 after a chargeback. Case/ref: CB-2026-0701-883.""",
        exp=dict(amount=["54.10 USD"], transaction_id=["CB-2026-0701-883"]),
    ),
    dict(
        lang="zh",
        sent=Z5,
        text="""昨晚双十一零点抢购，OKPay付款一直转圈，最后弹出：支付超时，订单已取消。但是钱被扣了 ¥1,299！订单号 2026111100001234567""",
        exp=dict(
            transaction_date=["2026-11-11T00:00"],
            error_message=["支付超时，订单已取消"],
            amount=["1299.00 CNY"],
            transaction_id=["2026111100001234567"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z5,
        text="""你好，我的vivo X200 Ultra升级OriginOS 5之后，OKPay打开就提示当前设备存在安全风险，无法使用支付功能。版本6.4.0""",
        exp=dict(
            device_model=["vivo X200 Ultra"],
            os_version=["OriginOS 5"],
            error_message=["当前设备存在安全风险，无法使用支付功能"],
            app_version=["6.4.0"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z5,
        text="""上周六转账给朋友 500 元，转错人了！对方账号是 6228 4800 1234 5678 910，能帮我追回吗？我的手机号 186 1234 5678""",
        exp=dict(
            transaction_date=["2026-11-07"],
            amount=["500.00 CNY"],
            recipient_account=["6228480012345678910"],
            account_contact=["+8618612345678"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z5,
        text="""提现到支付宝失败，页面提示：提现通道维护中，预计11月13日恢复。提现金额 800 元""",
        exp=dict(error_message=["提现通道维护中，预计11月13日恢复"], amount=["800.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=Z5,
        text="""在泰国曼谷用 OKPay 扫码付了 350 泰铢，商家说没收到，APP里显示交易成功。交易号：TH2611100038812""",
        exp=dict(country=["TH"], amount=["350.00 THB"], transaction_id=["TH2611100038812"]),
    ),
    dict(
        lang="zh",
        sent=Z5,
        text="""我的华为 Mate 70 Pro+，鸿蒙 NEXT 5.0.1，装了OKPay之后闪退，报错代码 -1003""",
        exp=dict(
            device_model=["Huawei Mate 70 Pro+"],
            os_version=["HarmonyOS 5.0.1"],
            error_message=["-1003"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z5,
        text="""客服你好，前天在机场换汇，用 OKPay 把 5000 元换成港币，汇率比官网差很多，订单 FX20261110-0091""",
        exp=dict(
            transaction_date=["2026-11-10"],
            amount=["5000.00 CNY"],
            transaction_id=["FX20261110-0091"],
        ),
    ),
    dict(
        lang="zh",
        sent=T2,
        text="""您好，上週六我在澳門用OKPay付款 MOP 268，被扣款兩次。付款編號 MO2604250011，手機 6612 3456""",
        exp=dict(
            transaction_date=["2026-04-25"],
            country=["MO"],
            amount=["268.00 MOP"],
            transaction_id=["MO2604250011"],
            account_contact=["+85366123456"],
        ),
    ),
    dict(
        lang="zh",
        sent=T2,
        text="""昨天轉帳給台灣的朋友 NT$5,000，對方帳戶顯示沒有入帳，APP卻顯示「轉帳成功」。交易序號：TW-260426-7781""",
        exp=dict(
            transaction_date=["2026-04-26"],
            country=["TW"],
            amount=["5000.00 TWD"],
            error_message=["轉帳成功"],
            transaction_id=["TW-260426-7781"],
        ),
    ),
    dict(
        lang="en",
        sent=T2,
        text="""My HK number is 9123 4567 and the app keeps saying 驗證碼錯誤 even when I type the right code. iPhone 15, iOS 18.4.1.""",
        exp=dict(
            account_contact=["+85291234567"],
            country=["HK"],
            error_message=["驗證碼錯誤"],
            device_model=["iPhone 15"],
            os_version=["iOS 18.4.1"],
        ),
    ),
]


E8 = "2026-08-05T10:00:00+01:00"  # a Wednesday
Z6 = "2026-06-18T14:00:00+08:00"  # a Thursday

# Written and labelled after the rules found with DEV_3_CHECK_3, before the extractor ran on
# them.
DEV_3_CHECK_4: list[dict[str, Any]] = [
    dict(
        lang="en",
        sent=E8,
        text="""Hello team, I tried to withdraw £300 to my Lloyds account this morning and the app popped up with an error saying We couldn't complete your withdrawal. Reference WDR-0805-22871. Thanks, Chloe""",
        exp=dict(
            amount=["300.00 GBP"],
            transaction_date=["2026-08-05"],
            error_message=["We couldn't complete your withdrawal"],
            transaction_id=["WDR-0805-22871"],
        ),
    ),
    dict(
        lang="en",
        sent=E8,
        text="""Got a weird error after updating: 'E_AUTH_TOKEN_EXPIRED'. Pixel 8, Android 15, app version 6.5.0.""",
        exp=dict(
            error_message=["E_AUTH_TOKEN_EXPIRED"],
            device_model=["Google Pixel 8"],
            os_version=["Android 15"],
            app_version=["6.5.0"],
        ),
    ),
    dict(
        lang="en",
        sent=E8,
        text="""I sent €150 to Italy on Monday and it's marked as Reversed in my activity. IBAN IT60 X054 2811 1010 0000 0123 456. What happened?""",
        exp=dict(
            amount=["150.00 EUR"],
            country=["IT"],
            transaction_date=["2026-08-03"],
            error_message=["Reversed"],
            recipient_account=["IT60X0542811101000000123456"],
        ),
    ),
    dict(
        lang="en",
        sent=E8,
        text="""My account got frozen. The banner at the top just says account restricted - contact support. I have £2,400 in there!! Email: sanjay.p@outlook.com""",
        exp=dict(
            error_message=["account restricted - contact support"],
            amount=["2400.00 GBP"],
            account_contact=["sanjay.p@outlook.com"],
        ),
    ),
    dict(
        lang="en",
        sent=E8,
        text="""Hey - the OKPay card was declined at a petrol station in Manchester last Friday, £60. Terminal said INSUFFICIENT FUNDS but I had over £500.""",
        exp=dict(
            country=["GB"],
            transaction_date=["2026-07-31"],
            amount=["60.00 GBP", "500.00 GBP"],
            error_message=["INSUFFICIENT FUNDS"],
        ),
    ),
    dict(
        lang="en",
        sent=E8,
        text="""Please cancel payment 44120983 - I sent 75 USD to the wrong person yesterday at 2:30pm.""",
        exp=dict(
            transaction_id=["44120983"],
            amount=["75.00 USD"],
            transaction_date=["2026-08-04T14:30"],
        ),
    ),
    dict(
        lang="en",
        sent=E8,
        text="""The verification SMS gave me code 8 8 1 0 2 3 but the app says Code expired immediately. Galaxy A25, One UI 6.""",
        exp=dict(
            error_message=["Code expired"],
            device_model=["Samsung Galaxy A25"],
            os_version=["One UI 6"],
        ),
        sens=["otp"],
    ),
    dict(
        lang="en",
        sent=E8,
        text="""Why was I charged a 2.5% fee (€3.75) on a €150 top-up on Jul 29? Top-up no. TU-729-00184.""",
        exp=dict(
            amount=["3.75 EUR", "150.00 EUR"],
            transaction_date=["2026-07-29"],
            transaction_id=["TU-729-00184"],
        ),
    ),
    dict(
        lang="en",
        sent=E8,
        text="""Can't log in since Monday. Screen just shows 'Oops! We hit a snag (ERR 4091)'. iOS 18.5 on iPhone 13 mini.""",
        exp=dict(
            transaction_date=["2026-08-03"],
            error_message=["Oops! We hit a snag (ERR 4091)"],
            os_version=["iOS 18.5"],
            device_model=["iPhone 13 mini"],
        ),
    ),
    dict(
        lang="en",
        sent=E8,
        text="""My transfer to Kenya (KES 25,000 to an M-Pesa wallet) is showing as Failed - Recipient not registered.""",
        exp=dict(
            country=["KE"],
            amount=["25000.00 KES"],
            error_message=["Failed - Recipient not registered"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z6,
        text="""618大促当天（今天）付款 ¥2,399 买手机，付款时弹出“风控校验未通过”，但钱被扣了。订单号 JD2606180001234""",
        exp=dict(
            transaction_date=["2026-06-18"],
            amount=["2399.00 CNY"],
            error_message=["风控校验未通过"],
            transaction_id=["JD2606180001234"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z6,
        text="""上周五给儿子交学费转了 8,600 元，学校说没收到。收款账户：6214 8301 2345 6789 (招商银行)。转账流水号 20260612153011223""",
        exp=dict(
            transaction_date=["2026-06-12"],
            amount=["8600.00 CNY"],
            recipient_account=["6214830123456789"],
            transaction_id=["20260612153011223"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z6,
        text="""我用的 OPPO Find X7，ColorOS 14.0.1，OKPay 升级到 6.5 以后打开就白屏。""",
        exp=dict(
            device_model=["OPPO Find X7"],
            os_version=["ColorOS 14.0.1"],
            app_version=["6.5"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z6,
        text="""提示错误码 PAY-4003，支付失败，请问是什么原因？""",
        exp=dict(error_message=["PAY-4003"]),
    ),
    dict(
        lang="zh",
        sent=Z6,
        text="""昨天晚上十一点半转给朋友 300 块，显示已到账，但是朋友说没收到。我的邮箱是 wangfang88@126.com""",
        exp=dict(
            transaction_date=["2026-06-17T23:30"],
            amount=["300.00 CNY"],
            account_contact=["wangfang88@126.com"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z6,
        text="""支付的时候老是提示银行卡余额不足，可我卡里明明有钱。卡号后四位 5521。""",
        exp=dict(error_message=["银行卡余额不足"]),
    ),
    dict(
        lang="zh",
        sent=Z6,
        text="""收到一条陌生短信让我点链接，我点了还输了验证码 774 012，会不会被盗？""",
        exp={},
        sens=["otp"],
    ),
    dict(
        lang="zh",
        sent=Z6,
        text="""汇款到韩国首尔，金额 50 万韩元，收款行 SWIFT 代码 KOEXKRSE，对方账号 123-456789-01-001，一直审核中。""",
        exp=dict(
            country=["KR"],
            amount=["500000 KRW"],
            swift_bic=["KOEXKRSE"],
            recipient_account=["12345678901001"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z6,
        text="""用 iPhone 14 Pro 在 APP 裡綁卡，一直顯示「卡片資料有誤」，我確定資料是對的。""",
        exp=dict(device_model=["iPhone 14 Pro"], error_message=["卡片資料有誤"]),
    ),
    dict(
        lang="zh",
        sent=Z6,
        text="""前天晚上 9:15 在香港銅鑼灣用 OKPay 付了 HK$1,280，收到兩次扣款通知。交易編號 HK20260616211500""",
        exp=dict(
            transaction_date=["2026-06-16T21:15"],
            country=["HK"],
            amount=["1280.00 HKD"],
            transaction_id=["HK20260616211500"],
        ),
    ),
]


E9 = "2026-10-21T09:00:00+00:00"  # a Wednesday
Z7 = "2026-09-03T20:00:00+08:00"  # a Thursday

# Error texts above all, written and labelled after the rules found with DEV_3_CHECK_4,
# before the extractor ran on them.
DEV_3_CHECK_5: list[dict[str, Any]] = [
    dict(
        lang="en",
        sent=E9,
        text="""When I press Confirm, a grey box comes up: "Transaction limit exceeded for this recipient". I've sent him money before.""",
        exp=dict(error_message=["Transaction limit exceeded for this recipient"]),
    ),
    dict(
        lang="en",
        sent=E9,
        text="""The app tells me my identity verification has failed and to try again in 24h. I've done it 3 times.""",
        exp={},
    ),
    dict(
        lang="en",
        sent=E9,
        text="""Error on screen: Unable to connect. Check your internet connection and try again. My wifi is fine!""",
        exp=dict(error_message=["Unable to connect. Check your internet connection and try again"]),
    ),
    dict(
        lang="en",
        sent=E9,
        text="""Every time I scan a QR code the camera opens, then I get 'QR not recognised' in red.""",
        exp=dict(error_message=["QR not recognised"]),
    ),
    dict(
        lang="en",
        sent=E9,
        text="""Sent $300 to my cousin in Manila yesterday, status = FAILED, reason = BENEFICIARY ACCOUNT INACTIVE.""",
        exp=dict(
            amount=["300.00 USD"],
            country=["PH"],
            transaction_date=["2026-10-20"],
            error_message=["FAILED", "BENEFICIARY ACCOUNT INACTIVE"],
        ),
    ),
    dict(
        lang="en",
        sent=E9,
        text="""I see a red exclamation mark next to the payment and when I tap it it reads Payment reversed by bank.""",
        exp=dict(error_message=["Payment reversed by bank"]),
    ),
    dict(
        lang="en",
        sent=E9,
        text="""the error code was 0x2A and the message was something like 'session invalid'""",
        exp=dict(error_message=["0x2A", "session invalid"]),
    ),
    dict(
        lang="en",
        sent=E9,
        text="""Login fails: 'Your device is not trusted. Verify it from your registered email.' I don't have access to that email anymore.""",
        exp=dict(
            error_message=["Your device is not trusted. Verify it from your registered email"]
        ),
    ),
    dict(
        lang="en",
        sent=E9,
        text="""Google Pay says the card can't be added right now. Tried 5 times since Sunday.""",
        exp=dict(
            error_message=["the card can't be added right now"],
            transaction_date=["2026-10-18"],
        ),
    ),
    dict(
        lang="en",
        sent=E9,
        text="""Withdrawal rejected. Reason given: Name on bank account does not match OKPay profile.""",
        exp=dict(error_message=["Name on bank account does not match OKPay profile"]),
    ),
    dict(
        lang="zh",
        sent=Z7,
        text="""付款的时候页面跳出来一行小字：该交易存在风险，已暂停支付。""",
        exp=dict(error_message=["该交易存在风险，已暂停支付"]),
    ),
    dict(
        lang="zh",
        sent=Z7,
        text="""APP 老是闪退，闪退前一瞬间能看到“正在加载”几个字。""",
        exp=dict(error_message=["正在加载"]),
    ),
    dict(
        lang="zh",
        sent=Z7,
        text="""转账提示“对方已开启收款确认，请等待对方确认”，等了两天了还没确认。""",
        exp=dict(error_message=["对方已开启收款确认，请等待对方确认"]),
    ),
    dict(
        lang="zh",
        sent=Z7,
        text="""绑定银行卡时报错：E1001 卡号格式错误""",
        exp=dict(error_message=["E1001 卡号格式错误"]),
    ),
    dict(
        lang="zh",
        sent=Z7,
        text="""人脸识别的时候一直说“请眨眨眼”，眨了也没用。""",
        exp=dict(error_message=["请眨眨眼"]),
    ),
    dict(
        lang="zh",
        sent=Z7,
        text="""我在越南河内，用OKPay扫码付款，收银员说显示支付失败，但我这边扣了 250,000 越南盾。""",
        exp=dict(country=["VN"], amount=["250000 VND"]),
    ),
    dict(
        lang="zh",
        sent=Z7,
        text="""提现一直处于“审核中”状态，已经三天了，金额 1,500 元。""",
        exp=dict(error_message=["审核中"], amount=["1500.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=Z7,
        text="""登录提示：账号或密码错误，剩余尝试次数 2 次""",
        exp=dict(error_message=["账号或密码错误，剩余尝试次数 2 次"]),
    ),
    dict(
        lang="zh",
        sent=Z7,
        text="""轉帳時跳出「收款人帳戶已凍結」，是對方的問題嗎？""",
        exp=dict(error_message=["收款人帳戶已凍結"]),
    ),
    dict(
        lang="zh",
        sent=Z7,
        text="""我用 Samsung Galaxy S24，每次付款都出现 Payment declined by risk control 的提示。""",
        exp=dict(
            device_model=["Samsung Galaxy S24"],
            error_message=["Payment declined by risk control"],
        ),
    ),
]


E10 = "2026-12-15T08:00:00+00:00"  # a Tuesday
Z8 = "2026-05-07T12:00:00+08:00"  # a Thursday

# Error texts again, written and labelled after the closing error rules, before the
# extractor ran on them.
DEV_3_CHECK_6: list[dict[str, Any]] = [
    dict(
        lang="en",
        sent=E10,
        text="""Hi, the transfer page gives me an orange warning: Daily transfer limit of $5,000 reached. I only sent $200 today.""",
        exp=dict(
            error_message=["Daily transfer limit of $5,000 reached"],
            amount=["200.00 USD"],
            transaction_date=["2026-12-15"],
        ),
    ),
    dict(
        lang="en",
        sent=E10,
        text="""Tried to verify my ID. The result page said: Document unreadable. Please upload a clearer photo.""",
        exp=dict(error_message=["Document unreadable. Please upload a clearer photo"]),
    ),
    dict(
        lang="en",
        sent=E10,
        text="""my payment keeps failing and the only thing it shows is a code: 9021.""",
        exp=dict(error_message=["9021"]),
    ),
    dict(
        lang="en",
        sent=E10,
        text="""Hi, since this morning every payment ends with the screen 'Payment unsuccessful – please try another method'.""",
        exp=dict(
            error_message=["Payment unsuccessful – please try another method"],
            transaction_date=["2026-12-15"],
        ),
    ),
    dict(
        lang="en",
        sent=E10,
        text="""Your website shows 'Service temporarily unavailable' and the app shows a spinning wheel.""",
        exp=dict(error_message=["Service temporarily unavailable"]),
    ),
    dict(
        lang="en",
        sent=E10,
        text="""Card top-up rejected with the reason 'Do Not Honor (05)'.""",
        exp=dict(error_message=["Do Not Honor (05)"]),
    ),
    dict(
        lang="en",
        sent=E10,
        text="""I got an email saying my account will be closed due to suspicious activity. Is this real?""",
        exp={},
    ),
    dict(
        lang="en",
        sent=E10,
        text="""When I try to add a payee it says: Sort code not recognised""",
        exp=dict(error_message=["Sort code not recognised"]),
    ),
    dict(
        lang="en",
        sent=E10,
        text="""Apple Pay: 'Could Not Add Card. An unknown error occurred.'""",
        exp=dict(error_message=["Could Not Add Card. An unknown error occurred"]),
    ),
    dict(
        lang="en",
        sent=E10,
        text="""The ATM gave me a slip that says TRANSACTION CANCELLED - TIMEOUT but my balance went down by €100.""",
        exp=dict(error_message=["TRANSACTION CANCELLED - TIMEOUT"], amount=["100.00 EUR"]),
    ),
    dict(
        lang="zh",
        sent=Z8,
        text="""提现的时候一直弹“请先完成实名认证”，我早就认证过了。""",
        exp=dict(error_message=["请先完成实名认证"]),
    ),
    dict(
        lang="zh",
        sent=Z8,
        text="""APP里写着您的账户暂时无法使用，请联系客服。""",
        exp=dict(error_message=["您的账户暂时无法使用，请联系客服"]),
    ),
    dict(
        lang="zh",
        sent=Z8,
        text="""转账后对方账户显示“未到账”，我这边显示“已完成”。""",
        exp=dict(error_message=["未到账", "已完成"]),
    ),
    dict(
        lang="zh",
        sent=Z8,
        text="""扫码支付报错：商户状态异常(错误码 M-203)。""",
        exp=dict(error_message=["商户状态异常(错误码 M-203)"]),
    ),
    dict(
        lang="zh",
        sent=Z8,
        text="""每次登录都会提示登录环境异常，需要短信验证，可是短信一直收不到。""",
        exp=dict(error_message=["登录环境异常，需要短信验证"]),
    ),
    dict(
        lang="zh",
        sent=Z8,
        text="""银行那边退回了，退回原因写的是收款人姓名与账号不匹配。""",
        exp=dict(error_message=["收款人姓名与账号不匹配"]),
    ),
    dict(
        lang="zh",
        sent=Z8,
        text="""充值失败了，错误提示是“支付渠道繁忙”，金额 200 元。""",
        exp=dict(error_message=["支付渠道繁忙"], amount=["200.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=Z8,
        text="""登入時顯示「您的密碼已過期，請重新設定」，但我上週才改過密碼。""",
        exp=dict(error_message=["您的密碼已過期，請重新設定"]),
    ),
    dict(
        lang="zh",
        sent=Z8,
        text="""付款失敗，畫面出現錯誤代碼 E-502。""",
        exp=dict(error_message=["E-502"]),
    ),
    dict(
        lang="zh",
        sent=Z8,
        text="""每次付款都显示 Error 429: Too many requests，是不是我操作太频繁了？""",
        exp=dict(error_message=["Error 429: Too many requests"]),
    ),
]


E11 = "2026-01-20T16:00:00+00:00"  # a Tuesday
Z9 = "2026-03-25T10:00:00+08:00"  # a Wednesday

# A mixed set again, written and labelled after the last error rules, before the extractor
# ran on them.
DEV_3_CHECK_7: list[dict[str, Any]] = [
    dict(
        lang="en",
        sent=E11,
        text="""Hi there, my top-up of €25 on Saturday shows the status Awaiting confirmation from your bank. It has been three days. Top-up ref 77120934.""",
        exp=dict(
            amount=["25.00 EUR"],
            transaction_date=["2026-01-17"],
            error_message=["Awaiting confirmation from your bank"],
            transaction_id=["77120934"],
        ),
    ),
    dict(
        lang="en",
        sent=E11,
        text="""Trying to log in on a new phone (Redmi Note 14 Pro, HyperOS 2.0) and it keeps telling me This device has been blocked for security reasons.""",
        exp=dict(
            device_model=["Redmi Note 14 Pro"],
            os_version=["HyperOS 2.0"],
            error_message=["This device has been blocked for security reasons"],
        ),
    ),
    dict(
        lang="en",
        sent=E11,
        text="""I made a payment of 89.90 CHF in Zurich yesterday and the shop's terminal said 'Declined'. But the money is gone from my OKPay balance.""",
        exp=dict(
            amount=["89.90 CHF"],
            country=["CH"],
            transaction_date=["2026-01-19"],
            error_message=["Declined"],
        ),
    ),
    dict(
        lang="en",
        sent=E11,
        text="""Can you explain the message 'Your transfer is being reviewed by our compliance team'? It's been like that since the 12th. Amount: GBP 5,000.""",
        exp=dict(
            error_message=["Your transfer is being reviewed by our compliance team"],
            transaction_date=["2026-01-12"],
            amount=["5000.00 GBP"],
        ),
    ),
    dict(
        lang="en",
        sent=E11,
        text="""After entering the OTP the screen flashes 'Invalid code' and goes back. Pixel 7a, Android 14.""",
        exp=dict(
            error_message=["Invalid code"],
            device_model=["Google Pixel 7a"],
            os_version=["Android 14"],
        ),
    ),
    dict(
        lang="en",
        sent=E11,
        text="""Merchant says they never got my payment of $42.15 last Thursday. My app says Completed. Payment ID: PMT-0115-88213-X""",
        exp=dict(
            amount=["42.15 USD"],
            transaction_date=["2026-01-15"],
            error_message=["Completed"],
            transaction_id=["PMT-0115-88213-X"],
        ),
    ),
    dict(
        lang="en",
        sent=E11,
        text="""Hello, I'm getting an error that reads 'Beneficiary bank does not support instant transfers'. IBAN: FR24 3000 4008 2800 0123 4567 807.""",
        exp=dict(
            error_message=["Beneficiary bank does not support instant transfers"],
            recipient_account=["FR2430004008280001234567807"],
        ),
    ),
    dict(
        lang="en",
        sent=E11,
        text="""the app crashes with exception code 0xC0000409 when I open Settings. Windows? no, it's an Android tablet (Galaxy Tab S8).""",
        exp=dict(error_message=["0xC0000409"], device_model=["Samsung Galaxy Tab S8"]),
    ),
    dict(
        lang="en",
        sent=E11,
        text="""hi, I don't get any error, the transfer just doesn't arrive. sent 120 euro to my sister's account in Lisbon on Saturday""",
        exp=dict(amount=["120.00 EUR"], country=["PT"], transaction_date=["2026-01-17"]),
    ),
    dict(
        lang="en",
        sent=E11,
        text="""Notification said 'Refund processed: €18.00' but nothing in my balance.""",
        exp=dict(amount=["18.00 EUR"]),
    ),
    dict(
        lang="zh",
        sent=Z9,
        text="""前天在便利店付款的时候，收银机上显示“交易超时”，我这边却扣了 36.8 元。""",
        exp=dict(
            transaction_date=["2026-03-23"],
            error_message=["交易超时"],
            amount=["36.80 CNY"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z9,
        text="""你好，绑卡的时候系统提示该银行暂不支持绑定，请更换其他银行卡。我的是农业银行的卡。""",
        exp=dict(error_message=["该银行暂不支持绑定，请更换其他银行卡"]),
    ),
    dict(
        lang="zh",
        sent=Z9,
        text="""上周四给我妈转了 2000 块，到现在还在处理中，交易单号 OK20260319887123。""",
        exp=dict(
            transaction_date=["2026-03-19"],
            amount=["2000.00 CNY"],
            transaction_id=["OK20260319887123"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z9,
        text="""APP 更新到 6.6.0 以后，打开就弹出 “系统检测到您的设备已 Root”，然后自动退出。手机是一加 13。""",
        exp=dict(
            app_version=["6.6.0"],
            error_message=["系统检测到您的设备已 Root"],
            device_model=["OnePlus 13"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z9,
        text="""提现到银行卡，状态从“处理中”变成了“失败”，原因一栏写着：银行卡已注销。""",
        exp=dict(error_message=["处理中", "失败", "银行卡已注销"]),
    ),
    dict(
        lang="zh",
        sent=Z9,
        text="""我的验证码收到了是 447 921，但是输进去提示验证码已失效。""",
        exp=dict(error_message=["验证码已失效"]),
        sens=["otp"],
    ),
    dict(
        lang="zh",
        sent=Z9,
        text="""你們的APP一直跳出「網路連線異常」，但我其他APP都正常。""",
        exp=dict(error_message=["網路連線異常"]),
    ),
    dict(
        lang="zh",
        sent=Z9,
        text="""昨天在台中用OKPay付款 NT$1,200，對方說沒收到，我的APP顯示付款成功。交易號碼 TW20260324551""",
        exp=dict(
            transaction_date=["2026-03-24"],
            country=["TW"],
            amount=["1200.00 TWD"],
            transaction_id=["TW20260324551"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z9,
        text="""我的 iPhone 12 Pro Max 一打开 OKPay 就显示 'Unable to verify app integrity'，系统是 iOS 17.7.2。""",
        exp=dict(
            device_model=["iPhone 12 Pro Max"],
            error_message=["Unable to verify app integrity"],
            os_version=["iOS 17.7.2"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z9,
        text="""上个月23号从美国汇了 USD 800 给我爸，到现在没到。SWIFT：CITIUS33，汇款编号 RM-2602-23-0091。""",
        exp=dict(
            transaction_date=["2026-02-23"],
            country=["US"],
            amount=["800.00 USD"],
            swift_bic=["CITIUS33"],
            transaction_id=["RM-2602-23-0091"],
        ),
    ),
]


E12 = "2026-06-03T11:00:00+01:00"  # a Wednesday
Z10 = "2026-10-14T16:30:00+08:00"  # a Wednesday

# Mixed again, with many distractors (quoted button and feature names, ads, tickets, success
# notices), written and labelled after the final fixes, before the extractor ran on them.
DEV_3_CHECK_8: list[dict[str, Any]] = [
    dict(
        lang="en",
        sent=E12,
        text="""Hi, quick question - does OKPay support transfers to Brazil? My friend says PIX is easier. Thanks!""",
        exp=dict(country=["BR"]),
    ),
    dict(
        lang="en",
        sent=E12,
        text="""Can you tell me why my balance shows £0.00 when I had £250 yesterday? No error, nothing.""",
        exp=dict(amount=["0.00 GBP", "250.00 GBP"], transaction_date=["2026-06-02"]),
    ),
    dict(
        lang="en",
        sent=E12,
        text="""The app is great but the dark mode makes the 'Send' button hard to read.""",
        exp={},
    ),
    dict(
        lang="en",
        sent=E12,
        text="""I received £80 from my brother on Monday (he used Revolut), but it shows as Pending in OKPay. His reference was 'rent June'.""",
        exp=dict(
            amount=["80.00 GBP"],
            transaction_date=["2026-06-01"],
            error_message=["Pending"],
        ),
    ),
    dict(
        lang="en",
        sent=E12,
        text="""Error: none. The transfer just vanished. 500 EUR to IBAN AT61 1904 3002 3457 3201 on the 30th.""",
        exp=dict(
            amount=["500.00 EUR"],
            recipient_account=["AT611904300234573201"],
            transaction_date=["2026-05-30"],
        ),
    ),
    dict(
        lang="en",
        sent=E12,
        text="""OKPay freezes on the Cards screen, no message at all. iPhone 14 Plus, iOS 18.5, app 6.6.1.""",
        exp=dict(
            device_model=["iPhone 14 Plus"],
            os_version=["iOS 18.5"],
            app_version=["6.6.1"],
        ),
    ),
    dict(
        lang="en",
        sent=E12,
        text="""Please send me the statement for May 2026 for account jane.doe@gmail.com.""",
        exp=dict(account_contact=["jane.doe@gmail.com"]),
    ),
    dict(
        lang="en",
        sent=E12,
        text="""The cashback of 5% promised in your ad 'Spend £100, get £5 back' never arrived.""",
        exp=dict(amount=["100.00 GBP", "5.00 GBP"]),
    ),
    dict(
        lang="en",
        sent=E12,
        text="""I was told by your agent (ticket #55120) to send my PIN. Is that right? I haven't sent it.""",
        exp={},
    ),
    dict(
        lang="en",
        sent=E12,
        text="""Two transfers, TX-88120 and TX-88121, both €40, sent on 28/05/2026, neither arrived in Belgium.""",
        exp=dict(
            transaction_id=["TX-88120", "TX-88121"],
            amount=["40.00 EUR"],
            transaction_date=["2026-05-28"],
            country=["BE"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z10,
        text="""请问OKPay支持向日本汇款吗？我想给在东京的女儿汇 10 万日元。""",
        exp=dict(country=["JP"], amount=["100000 JPY"]),
    ),
    dict(
        lang="zh",
        sent=Z10,
        text="""我的手机号换了，原来是 13900001111，新号码 18600002222，请帮我更新。""",
        exp=dict(account_contact=["+8613900001111", "+8618600002222"]),
    ),
    dict(
        lang="zh",
        sent=Z10,
        text="""APP 里“我的”页面打不开，点进去就是一片空白，没有任何提示。vivo Y100，安卓 14。""",
        exp=dict(device_model=["vivo Y100"], os_version=["Android 14"]),
    ),
    dict(
        lang="zh",
        sent=Z10,
        text="""昨天下午三点多收到一笔 1,000 元的退款通知，写着“退款成功”，但余额没变。""",
        exp=dict(transaction_date=["2026-10-13T15:00"], amount=["1000.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=Z10,
        text="""上周六晚上在商场用OKPay付了 588 元，商家说没收到。商户订单号 2610102015880001""",
        exp=dict(
            transaction_date=["2026-10-10"],
            amount=["588.00 CNY"],
            transaction_id=["2610102015880001"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z10,
        text="""你好，“快捷支付”这个功能怎么关闭？""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=Z10,
        text="""我在新加坡读书，每个月家里给我转生活费，这个月10月8号转的 3,000 元到现在还没到账。""",
        exp=dict(country=["SG"], transaction_date=["2026-10-08"], amount=["3000.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=Z10,
        text="""提现提示：单笔提现金额不能超过 50,000 元。可我只提了 8,000 元。""",
        exp=dict(error_message=["单笔提现金额不能超过 50,000 元"], amount=["8000.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=Z10,
        text="""請問為什麼我的帳戶被限制了？APP 只顯示「帳戶受限」四個字，沒有其他說明。""",
        exp=dict(error_message=["帳戶受限"]),
    ),
    dict(
        lang="zh",
        sent=Z10,
        text="""我前天在澳門轉帳 MOP 2,000 到香港的銀行帳戶，對方還沒收到，參考編號 MO-1012-77120。""",
        exp=dict(
            transaction_date=["2026-10-12"],
            country=["HK"],
            amount=["2000.00 MOP"],
            transaction_id=["MO-1012-77120"],
        ),
    ),
]


E13 = "2026-02-25T13:00:00+00:00"  # a Wednesday
Z11 = "2026-07-29T18:00:00+08:00"  # a Wednesday

# Written and labelled when round 3 was nearly finished, before the extractor ran on them;
# measured once, then used for the last fixes.
DEV_3_CHECK_9: list[dict[str, Any]] = [
    dict(
        lang="en",
        sent=E13,
        text="""Good evening. On Feb 14 I paid a florist £65.50 with OKPay; the florist's system shows no payment. My statement line reads OKPAY *FLOWERSBYJO 65.50. Please investigate.""",
        exp=dict(transaction_date=["2026-02-14"], amount=["65.50 GBP"]),
    ),
    dict(
        lang="en",
        sent=E13,
        text="""My Huawei nova 12 SE (EMUI 14) shows a pop-up: Google services unavailable, some features may not work. Can I still use OKPay?""",
        exp=dict(
            device_model=["Huawei nova 12 SE"],
            os_version=["EMUI 14"],
            error_message=["Google services unavailable, some features may not work"],
        ),
    ),
    dict(
        lang="en",
        sent=E13,
        text="""Hello, I need a refund for a double payment: order A7-55123 was charged twice on Monday (2 x $19.90).""",
        exp=dict(
            transaction_id=["A7-55123"],
            transaction_date=["2026-02-23"],
            amount=["19.90 USD"],
        ),
    ),
    dict(
        lang="en",
        sent=E13,
        text="""After I changed phones my OKPay says Device limit reached (max 2). How do I remove the old one?""",
        exp=dict(error_message=["Device limit reached (max 2)"]),
    ),
    dict(
        lang="en",
        sent=E13,
        text="""Transfer to Germany declined: 'IBAN DE00 1234 5678 9012 3456 78 is not valid'. I copied it from the invoice!""",
        exp=dict(
            country=["DE"],
            error_message=["IBAN DE00 1234 5678 9012 3456 78 is not valid"],
        ),
        inv=dict(recipient_account=[["DE00123456789012345678", "iban_checksum"]]),
    ),
    dict(
        lang="en",
        sent=E13,
        text="""The app crashed and now shows 'Something went wrong. Error ID: 7f3a9c'. Android 13, Galaxy A34.""",
        exp=dict(
            error_message=["Something went wrong. Error ID: 7f3a9c"],
            os_version=["Android 13"],
            device_model=["Samsung Galaxy A34"],
        ),
    ),
    dict(
        lang="en",
        sent=E13,
        text="""I want to close my account. Registered phone: +1 415 555 0142, email: k.nguyen@gmail.com.""",
        exp=dict(account_contact=["+14155550142", "k.nguyen@gmail.com"]),
    ),
    dict(
        lang="en",
        sent=E13,
        text="""Topped up 2,000 PHP via 7-Eleven yesterday. The kiosk receipt says PAYMENT SUCCESSFUL but my wallet shows nothing. Ref no. 7E-0224-556612.""",
        exp=dict(
            amount=["2000.00 PHP"],
            transaction_date=["2026-02-24"],
            error_message=["PAYMENT SUCCESSFUL"],
            transaction_id=["7E-0224-556612"],
        ),
    ),
    dict(
        lang="en",
        sent=E13,
        text="""My sister in Toronto tried to receive my CAD 400 transfer, but Interac says the recipient email is not registered.""",
        exp=dict(
            country=["CA"],
            amount=["400.00 CAD"],
            error_message=["the recipient email is not registered"],
        ),
    ),
    dict(
        lang="en",
        sent=E13,
        text="""Someone in Lagos used my card 5399 8312 3456 7895 without permission!! Block it. Amount ₦120,000.""",
        exp=dict(country=["NG"], amount=["120000.00 NGN"]),
        sens=["card_number"],
    ),
    dict(
        lang="zh",
        sent=Z11,
        text="""上周五中午12点左右在超市付了 ¥128，收银台显示付款失败，但我的余额少了。""",
        exp=dict(transaction_date=["2026-07-24T12:00"], amount=["128.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=Z11,
        text="""你好，我想问一下转账到香港需要多久？上次 7月20日 转的 HK$5,000 用了三天。""",
        exp=dict(country=["HK"], transaction_date=["2026-07-20"], amount=["5000.00 HKD"]),
    ),
    dict(
        lang="zh",
        sent=Z11,
        text="""APP 提示“您的实名信息与银行预留信息不一致”，可是我的名字没错啊。""",
        exp=dict(error_message=["您的实名信息与银行预留信息不一致"]),
    ),
    dict(
        lang="zh",
        sent=Z11,
        text="""我的小米 15 Pro，澎湃 OS 2.0.105，装完 OKPay 打不开。""",
        exp=dict(device_model=["Xiaomi 15 Pro"], os_version=["HyperOS 2.0.105"]),
    ),
    dict(
        lang="zh",
        sent=Z11,
        text="""前天晚上有人冒充客服给我打电话，我把动态码告诉他了：6 6 1 2 0 9。请马上冻结我的账户！手机 133 0000 8888""",
        exp=dict(transaction_date=["2026-07-27"], account_contact=["+8613300008888"]),
        sens=["otp"],
    ),
    dict(
        lang="zh",
        sent=Z11,
        text="""退款单号 RF2607240019 的退款显示“已退回原支付方式”，可我的银行卡没收到 ¥399。""",
        exp=dict(
            transaction_id=["RF2607240019"],
            error_message=["已退回原支付方式"],
            amount=["399.00 CNY"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z11,
        text="""每次转账到越南都失败，提示：收款银行不支持该币种（VND）。""",
        exp=dict(country=["VN"], error_message=["收款银行不支持该币种（VND）"]),
    ),
    dict(
        lang="zh",
        sent=Z11,
        text="""我的 Samsung Galaxy Z Flip6 更新到 One UI 7 之後，OKPay 的指紋解鎖不能用了。""",
        exp=dict(device_model=["Samsung Galaxy Z Flip 6"], os_version=["One UI 7"]),
    ),
    dict(
        lang="zh",
        sent=Z11,
        text="""你好，我昨天在台北轉帳 NT$12,000 給朋友，系統顯示「交易處理中，請稍候」已經一天了。交易序號 TP20260728001234""",
        exp=dict(
            transaction_date=["2026-07-28"],
            country=["TW"],
            amount=["12000.00 TWD"],
            error_message=["交易處理中，請稍候"],
            transaction_id=["TP20260728001234"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z11,
        text="""Payment to 淘宝 failed, error message 是 “支付通道异常，请稍后重试”。 Amount ¥256.""",
        exp=dict(error_message=["支付通道异常，请稍后重试"], amount=["256.00 CNY"]),
    ),
]


E14 = "2026-04-08T10:30:00+01:00"  # a Wednesday
Z12 = "2026-12-02T09:15:00+08:00"  # a Wednesday

# Written and labelled when round 3 was finished, before the extractor ran on them, and
# measured once: the last honest figure of this round (no rule was written from it).
DEV_3_FINAL: list[dict[str, Any]] = [
    dict(
        lang="en",
        sent=E14,
        text="""Hi, I paid my electricity bill (£112.40) on Monday via OKPay, the supplier says it never arrived. Payment reference EL-0406-33812. Regards, Tom Hale, 07700 918 273""",
        exp=dict(
            amount=["112.40 GBP"],
            transaction_date=["2026-04-06"],
            transaction_id=["EL-0406-33812"],
            account_contact=["+447700918273"],
        ),
    ),
    dict(
        lang="en",
        sent=E14,
        text="""App says 'Your session has timed out' every 2 minutes. OnePlus 11, OxygenOS 14, OKPay 6.7.0.""",
        exp=dict(
            error_message=["Your session has timed out"],
            device_model=["OnePlus 11"],
            os_version=["OxygenOS 14"],
            app_version=["6.7.0"],
        ),
    ),
    dict(
        lang="en",
        sent=E14,
        text="""I sent 1,000 euros to my daughter in Madrid on the 1st, ref TRF-260401-0077. She hasn't received it and the app still shows In progress.""",
        exp=dict(
            amount=["1000.00 EUR"],
            country=["ES"],
            transaction_date=["2026-04-01"],
            transaction_id=["TRF-260401-0077"],
            error_message=["In progress"],
        ),
    ),
    dict(
        lang="en",
        sent=E14,
        text="""Someone asked me for the 6-digit code and I gave it: 220 918. Now my balance is zero!!""",
        exp={},
        sens=["otp"],
    ),
    dict(
        lang="en",
        sent=E14,
        text="""Can't add my Monzo card - the app throws error CARD_ISSUER_NOT_SUPPORTED. Pixel 9 Pro, Android 15.""",
        exp=dict(
            error_message=["CARD_ISSUER_NOT_SUPPORTED"],
            device_model=["Google Pixel 9 Pro"],
            os_version=["Android 15"],
        ),
    ),
    dict(
        lang="en",
        sent=E14,
        text="""Payment to a hotel in Bangkok, THB 4,500, was declined last Saturday. The hotel's machine showed CARD NOT SUPPORTED.""",
        exp=dict(
            country=["TH"],
            amount=["4500.00 THB"],
            transaction_date=["2026-04-04"],
            error_message=["CARD NOT SUPPORTED"],
        ),
    ),
    dict(
        lang="en",
        sent=E14,
        text="""Why do I see 'Account verification pending' after uploading my passport on March 30?""",
        exp=dict(
            error_message=["Account verification pending"],
            transaction_date=["2026-03-30"],
        ),
    ),
    dict(
        lang="en",
        sent=E14,
        text="""My old number was +44 7912 345 678, new one is +44 7911 456 789. Please update my account.""",
        exp=dict(account_contact=["+447912345678", "+447911456789"]),
    ),
    dict(
        lang="en",
        sent=E14,
        text="""Withdrawal of 250 USD to my Chase account ending 8841 failed with 'Beneficiary account type not supported (R03)'.""",
        exp=dict(
            amount=["250.00 USD"],
            error_message=["Beneficiary account type not supported (R03)"],
        ),
    ),
    dict(
        lang="en",
        sent=E14,
        text="""Your app shows my recipient as 'Unverified' when I try to send money to Australia. BSB 082-001, account 123456789.""",
        exp=dict(
            error_message=["Unverified"],
            country=["AU"],
            recipient_account=["123456789"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z12,
        text="""上周日下午四点在便利店用OKPay付了 ¥35，显示支付成功，但店员说没收到。流水号 4200002611291600123""",
        exp=dict(
            transaction_date=["2026-11-29T16:00"],
            amount=["35.00 CNY"],
            transaction_id=["4200002611291600123"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z12,
        text="""你好，我的OPPO Reno 13 Pro，ColorOS 15，每次打开OKPay都提示“检测到模拟器环境”，我没用模拟器啊。""",
        exp=dict(
            device_model=["OPPO Reno 13 Pro"],
            os_version=["ColorOS 15"],
            error_message=["检测到模拟器环境"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z12,
        text="""给在德国的妹妹汇了 800 欧元，IBAN：DE81 1007 0024 0938 4756 12，SWIFT：DEUTDEFF，11月25号汇的，到现在没到。""",
        exp=dict(
            country=["DE"],
            amount=["800.00 EUR"],
            recipient_account=["DE81100700240938475612"],
            swift_bic=["DEUTDEFF"],
            transaction_date=["2026-11-25"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z12,
        text="""我的支付宝绑定OKPay失败，报错：授权失败，请重试（code: 40004）""",
        exp=dict(error_message=["授权失败，请重试（code: 40004）"]),
    ),
    dict(
        lang="zh",
        sent=Z12,
        text="""昨天晚上手机被偷了，请帮我冻结账户，注册手机号 158 8888 6666，邮箱 liu.yang@163.com。""",
        exp=dict(
            transaction_date=["2026-12-01"],
            account_contact=["+8615888886666", "liu.yang@163.com"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z12,
        text="""转账给朋友 2,500 元，收款账号 6230 5800 0012 3456 789，状态一直显示“银行处理中”。""",
        exp=dict(
            amount=["2500.00 CNY"],
            recipient_account=["6230580000123456789"],
            error_message=["银行处理中"],
        ),
    ),
    dict(
        lang="zh",
        sent=Z12,
        text="""我把银行卡背面的三位数 825 发给了一个自称客服的人，怎么办？""",
        exp={},
        sens=["cvv"],
    ),
    dict(
        lang="zh",
        sent=Z12,
        text="""APP 提示：您今日的转账次数已达上限。可是我今天才转了一次！""",
        exp=dict(error_message=["您今日的转账次数已达上限"]),
    ),
    dict(
        lang="zh",
        sent=Z12,
        text="""上週三在台北101附近用OKPay刷卡 NT$2,350，被扣了兩次。手機 iPhone 16 Pro，iOS 18.3。""",
        exp=dict(
            transaction_date=["2026-11-25"],
            country=["TW"],
            amount=["2350.00 TWD"],
            device_model=["iPhone 16 Pro"],
            os_version=["iOS 18.3"],
        ),
    ),
    dict(
        lang="en",
        sent=Z12,
        text="""Hi 客服, my transfer to 菲律宾 (PHP 20,000) shows 'Rejected by partner bank'. Ref: PH-1130-99812""",
        exp=dict(
            country=["PH"],
            amount=["20000.00 PHP"],
            error_message=["Rejected by partner bank"],
            transaction_id=["PH-1130-99812"],
        ),
    ),
]


def rows(items: list[dict[str, Any]], prefix: str, source: str) -> list[dict[str, Any]]:
    """Corpus rows (the shape bench/details.py reads) for one list of mails."""
    return [
        {
            "id": f"{prefix}{i + 1:03d}",
            "source": source,
            "lang": h["lang"],
            "sent_at": h["sent"],
            "options": h.get("opts", {}),
            "text": h["text"],
            "expected": h.get("exp", {}),
            "invalid": h.get("inv", {}),
            "sensitive": sorted(h.get("sens", [])),
        }
        for i, h in enumerate(items)
    ]


def main(argv: list[str] | None = None) -> int:
    """Write the round 3 mails as JSONL (not part of tests/data/details_corpus.jsonl)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--out", default="/tmp/details_dev3.jsonl")
    parser.add_argument(
        "--part",
        choices=("dev", "check", *(f"check{i}" for i in range(2, 10)), "final", "both"),
        default="both",
    )
    args = parser.parse_args(argv)
    out: list[dict[str, Any]] = []
    # source "hand" so that bench/details.py also prints the part on its own
    if args.part in ("dev", "both"):
        out += rows(DEV_3, "d", "hand")
    if args.part in ("check", "both"):
        out += rows(DEV_3_CHECK, "c", "hand")
    if args.part in ("check2", "both"):
        out += rows(DEV_3_CHECK_2, "k", "hand")
    if args.part in ("check3", "both"):
        out += rows(DEV_3_CHECK_3, "m", "hand")
    if args.part in ("check4", "both"):
        out += rows(DEV_3_CHECK_4, "n", "hand")
    if args.part in ("check5", "both"):
        out += rows(DEV_3_CHECK_5, "p", "hand")
    if args.part in ("check6", "both"):
        out += rows(DEV_3_CHECK_6, "q", "hand")
    if args.part in ("check7", "both"):
        out += rows(DEV_3_CHECK_7, "r", "hand")
    if args.part in ("check8", "both"):
        out += rows(DEV_3_CHECK_8, "s", "hand")
    if args.part in ("check9", "both"):
        out += rows(DEV_3_CHECK_9, "t", "hand")
    if args.part in ("final", "both"):
        out += rows(DEV_3_FINAL, "u", "hand")
    with Path(args.out).open("w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} mails to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
