# ruff: noqa: E501  (mail texts are data; they keep their own line breaks)
"""Hand-written, irregular customer mails with their expected details (corpus source "hand").

Written as real mails are written: typos, signatures, quoted noise, distractors. Labels list
every value a reader would extract for each detail, normalised as ``triage.details`` documents.
"""

from __future__ import annotations

from typing import Any

MON = "2024-05-13T09:15:00+01:00"  # a Monday
NOV = "2024-11-04T18:40:00+08:00"  # a Monday
JAN = "2025-01-08T07:05:00+08:00"  # a Wednesday
AUG = "2024-08-20T22:10:00+00:00"  # a Tuesday

HAND: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- English
    dict(
        lang="en",
        sent=MON,
        text="""Hello,

I tried to send money to my sister yesterday and it failed, but the money left my balance!
Transaction ID: TXN-2024-000123, amount $1,250.00. The app said "Transfer could not be completed".
My registered email is maria.lopez88@gmail.com

Thanks
Maria""",
        exp=dict(
            transaction_id=["TXN-2024-000123"],
            amount=["1250.00 USD"],
            transaction_date=["2024-05-12"],
            error_message=["Transfer could not be completed"],
            account_contact=["maria.lopez88@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""hi there
my app keeps crashing when i open the wallet tab. iphone 13 pro, ios 17.4.1, okpay 5.3.0
it just closes, no error""",
        exp=dict(device_model=["iPhone 13 Pro"], os_version=["iOS 17.4.1"], app_version=["5.3.0"]),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Dear OKPay team,

On 12 May 2024 14:30 I was charged twice for the same top-up (EUR 30 each time).
Reference T2024051200123456. Please refund one of them.
You can reach me at +49 1512 3456789.

Kind regards,
Jonas Weber""",
        exp=dict(
            transaction_date=["2024-05-12T14:30"],
            amount=["30.00 EUR"],
            transaction_id=["T2024051200123456"],
            account_contact=["+4915123456789"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Subject: URGENT card stolen

My card was stolen this morning in Barcelona. Card number 4539 1488 0343 6467, please block it now!!
Phone 07911 123456""",
        # label revised: a city names its country (the corpus convention, as "Tokyo" -> JP)
        exp=dict(
            transaction_date=["2024-05-13"], account_contact=["+447911123456"], country=["ES"]
        ),
        sens=["card_number"],
    ),
    dict(
        lang="en",
        sent=MON,
        text="""I want to send 500 GBP to my landlord in Spain.
IBAN: ES91 2100 0418 4502 0005 1332
SWIFT CAIXESBBXXX
Is there a fee? The app shows a rate but no fee.""",
        exp=dict(
            amount=["500.00 GBP"],
            country=["ES"],
            recipient_account=["ES9121000418450200051332"],
            swift_bic=["CAIXESBBXXX"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Hi, I'm trying to transfer to Germany but it keeps saying the IBAN is invalid.
The IBAN is DE89 3704 0044 0532 0130 01 and the BIC is COBADEFFXXX. What am I doing wrong?""",
        exp=dict(country=["DE"], swift_bic=["COBADEFFXXX"]),
        inv=dict(recipient_account=[["DE89370400440532013001", "iban_checksum"]]),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Login problem. I get 'Error code E1023' every time I try to log in.
Samsung Galaxy A54, Android 14. App is v5.2.1.
my number +44 7911 123456""",
        exp=dict(
            error_message=["Error code E1023"],
            device_model=["Samsung Galaxy A54"],
            os_version=["Android 14"],
            app_version=["5.2.1"],
            account_contact=["+447911123456"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Hello, I did a payment of 45.50 USD last Friday around 6pm at a shop, status still pending.
order number 88120034567
thx""",
        exp=dict(
            amount=["45.50 USD"],
            transaction_date=["2024-05-10T18:00"],
            transaction_id=["88120034567"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Hi,
The OTP never arrives. I tried 5 times. Then I got one code 482913 but it said expired.
Please help, my email: k.tan@outlook.sg""",
        exp=dict(account_contact=["k.tan@outlook.sg"]),
        # round 9: any one-time code written in a mail is an OTP to mask, used or expired
        sens=["otp"],
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Hi, the verification code is 482913 but the app says "Code invalid". Can you log me in manually? My password is Sunflower#2024""",
        exp=dict(error_message=["Code invalid"]),
        sens=["password", "otp"],
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Good morning,

I would like to know why I was charged a £2.50 fee on my transfer of £200 to my friend on the 10th of May.
My account email is d.smith@btinternet.com

Best,
David Smith
Sent from my iPhone""",
        exp=dict(
            amount=["2.50 GBP", "200.00 GBP"],
            transaction_date=["2024-05-10"],
            account_contact=["d.smith@btinternet.com"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Refund request for order ORD-55219034, paid 89.99 euros on 03/05/2024. The item never arrived.
Contact: lena.k@web.de""",
        exp=dict(
            transaction_id=["ORD-55219034"],
            amount=["89.99 EUR"],
            transaction_date=["2024-05-03"],
            account_contact=["lena.k@web.de"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Hey guys, app version 5.1.9 on my Pixel 8 Pro (Android 14) shows a blank screen after the update. Error 502 sometimes.""",
        exp=dict(
            app_version=["5.1.9"],
            device_model=["Google Pixel 8 Pro"],
            os_version=["Android 14"],
            error_message=["502"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Can I send money to the Philippines? My mum lives in Manila. Account number 003451278890 at BDO, swift code BNORPHMM.
Thanks, Rosa (+63 917 123 4567)""",
        exp=dict(
            country=["PH"],
            recipient_account=["003451278890"],
            swift_bic=["BNORPHMM"],
            account_contact=["+639171234567"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""The transfer I made on May 9 at 11:20 AM for HK$300 is still pending.
ref: HKT2405090001127
Sent from OKPay Support Desk <support@okpay.com>""",
        opts=dict(own_addresses=["support@okpay.com"]),
        exp=dict(
            transaction_date=["2024-05-09T11:20"],
            amount=["300.00 HKD"],
            transaction_id=["HKT2405090001127"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""hello my pin is 4821 and it doesnt work anymore, i'm locked out. iphone 11, the app says 'Too many attempts. Try again later.'""",
        exp=dict(device_model=["iPhone 11"], error_message=["Too many attempts. Try again later"]),
        sens=["pin"],
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Dear Sir/Madam,
Please be informed that I have not received my refund of USD 120 for transaction 7731002984561 dated 2024-04-28.
It has been more than 14 days. I am very disappointed with the service.
Regards
Mr. A. Okafor
Tel: +234 803 123 4567""",
        exp=dict(
            amount=["120.00 USD"],
            transaction_id=["7731002984561"],
            transaction_date=["2024-04-28"],
            account_contact=["+2348031234567"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""My app version is 5.2 and my phone is a OnePlus 12. The exchange rate shown for 1,000 EUR to CNY was wrong yesterday.""",
        exp=dict(
            app_version=["5.2"],
            device_model=["OnePlus 12"],
            amount=["1000.00 EUR"],
            transaction_date=["2024-05-12"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Hi! Just wanted to say the new version is great. Keep it up :)""",
        exp={},
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Any update on my case? I wrote to you last week. Ticket was about the double charge.""",
        exp={},
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Hi OKPay,
I sent 2,000.00 SGD to Malaysia on Saturday, the recipient (Maybank, acc no 1140 2233 5567) still hasn't received it.
MBBEMYKL is the swift.
Transfer ID: OKP-7781203349""",
        exp=dict(
            amount=["2000.00 SGD"],
            country=["MY"],
            transaction_date=["2024-05-11"],
            recipient_account=["114022335567"],
            swift_bic=["MBBEMYKL"],
            transaction_id=["OKP-7781203349"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""I think someone hacked my account, I see a payment of 1.234,56 € at 02:13 today that I didn't make!!
my email is hacked.victim@yahoo.fr and my phone +33 6 12 34 56 78""",
        exp=dict(
            amount=["1234.56 EUR"],
            transaction_date=["2024-05-13T02:13"],
            account_contact=["hacked.victim@yahoo.fr", "+33612345678"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Hi, my withdrawal to bank failed with message "Beneficiary account closed". Account number: 12345678, sort code 20-00-00. Amount £75.""",
        exp=dict(
            error_message=["Beneficiary account closed"],
            recipient_account=["12345678"],
            amount=["75.00 GBP"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Could you pls tell me the fees for sending money to the US? Also do you support USD accounts?""",
        exp=dict(country=["US"]),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Phone: Xiaomi Redmi Note 12 Pro
MIUI 14
OKPay ver 5.0.3
Problem: face id / fingerprint login not working since update""",
        exp=dict(device_model=["Redmi Note 12 Pro"], os_version=["MIUI 14"], app_version=["5.0.3"]),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Top up of 100 dollars via card ending 4242 did not show in balance. Done at 9.45 this morning. TXN id: TP20240513000981""",
        exp=dict(
            amount=["100.00 USD"],
            transaction_date=["2024-05-13T09:45"],
            transaction_id=["TP20240513000981"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Sent from my Huawei P30 Pro

The app doesn't open at all, it shows "Something went wrong (code 0x80004005)". Version 4.9.8.""",
        exp=dict(
            device_model=["Huawei P30 Pro"],
            error_message=["Something went wrong (code 0x80004005)"],
            app_version=["4.9.8"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Hello,
I was double charged for the same payment. Both show 19.99 USD on May 11th 2024. First one ref 4410098812, second ref 4410098813.
Regards, Tom""",
        exp=dict(
            amount=["19.99 USD"],
            transaction_date=["2024-05-11"],
            transaction_id=["4410098812", "4410098813"],
        ),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""Can you please change my registered phone number from 07911 123456 to 07400 654321? My old phone was lost.""",
        exp=dict(account_contact=["+447911123456", "+447400654321"]),
    ),
    dict(
        lang="en",
        sent=MON,
        text="""I cant add my card. CVV 123 exp 08/27. The app says "Card not supported". Please help asap""",
        exp=dict(error_message=["Card not supported"]),
        sens=["cvv"],
    ),
    dict(
        lang="en",
        sent=AUG,
        text="""Hi team, transfer to Australia (BSB 062-000, account 1234 5678) for AUD 850 failed two days ago. Error: "Recipient bank rejected the payment". Thanks, Priya. priya.n@gmail.com""",
        exp=dict(
            country=["AU"],
            recipient_account=["12345678"],
            amount=["850.00 AUD"],
            transaction_date=["2024-08-18"],
            error_message=["Recipient bank rejected the payment"],
            account_contact=["priya.n@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=AUG,
        text="""My friend in Canada did not receive CAD 200 I sent on Aug 15. Transaction: TXN-2024-084512. Please check. Thanks""",
        exp=dict(
            country=["CA"],
            amount=["200.00 CAD"],
            transaction_date=["2024-08-15"],
            transaction_id=["TXN-2024-084512"],
        ),
    ),
    dict(
        lang="en",
        sent=AUG,
        text="""hello, i upgraded to ios 18 beta and okpay crashes on launch. iPhone 15. app 5.4.0. pls fix""",
        exp=dict(os_version=["iOS 18"], device_model=["iPhone 15"], app_version=["5.4.0"]),
    ),
    dict(
        lang="en",
        sent=AUG,
        text="""Dear support, please close my account. Email on file: olivia.brown@icloud.com. I've moved to New Zealand.""",
        exp=dict(account_contact=["olivia.brown@icloud.com"], country=["NZ"]),
    ),
    dict(
        lang="en",
        sent=AUG,
        text="""I paid 3,500 yen in Tokyo on 2024/08/17 and got charged ¥3,500 AND a weird 35 USD. Receipt number: JP-20240817-5521""",
        exp=dict(
            amount=["3500 JPY", "35.00 USD"],
            country=["JP"],
            transaction_date=["2024-08-17"],
            transaction_id=["JP-20240817-5521"],
        ),
    ),
    dict(
        lang="en",
        sent=AUG,
        text="""My galaxy s23 ultra shows "Device not supported" after the update to version 5.4.1. I use One UI 6.1.""",
        exp=dict(
            device_model=["Samsung Galaxy S23 Ultra"],
            error_message=["Device not supported"],
            app_version=["5.4.1"],
            os_version=["One UI 6.1"],
        ),
    ),
    dict(
        lang="en",
        sent=AUG,
        text="""Yesterday evening at 8:15 I tried to pay 60 EUR at a restaurant in Italy and it was declined (error 4011). My phone number is +39 312 345 6789.""",
        exp=dict(
            transaction_date=["2024-08-19T20:15"],
            amount=["60.00 EUR"],
            country=["IT"],
            error_message=["4011"],
            account_contact=["+393123456789"],
        ),
    ),
    dict(
        lang="en",
        sent=AUG,
        text="""Hi. I need the SWIFT code for receiving money INTO my OKPay account from abroad? Is it OKPYGB2L? My IBAN would be GB33BUKB20201555555555 I think.""",
        exp=dict(swift_bic=["OKPYGB2L"], recipient_account=["GB33BUKB20201555555555"]),
    ),
    dict(
        lang="en",
        sent=AUG,
        text="""Please send me my statement for July. Registered mobile: +852 9123 4567. Many thanks.""",
        exp=dict(account_contact=["+85291234567"]),
    ),
    dict(
        lang="en",
        sent=AUG,
        text="""Hi, why was my transfer of 10000 PHP reversed? It was sent on 19/08/2024 at 10:05 to the Philippines, ref no. PH19082024A77. Thanks, Jun (jun.reyes@yahoo.com)""",
        exp=dict(
            amount=["10000.00 PHP"],
            transaction_date=["2024-08-19T10:05"],
            country=["PH"],
            transaction_id=["PH19082024A77"],
            account_contact=["jun.reyes@yahoo.com"],
        ),
    ),
    dict(
        lang="en",
        sent=AUG,
        text="""Dear OKPay

I have been waiting 3 weeks for a refund of $49.95. Your agent told me on the phone it would take 5-7 business days. This is not acceptable.

--
Mark Jensen
Jensen Plumbing Ltd | 0161 496 0000""",
        exp=dict(amount=["49.95 USD"], account_contact=["+441614960000"]),
    ),
    dict(
        lang="en",
        sent=AUG,
        text="""I get the message 'Your session has expired' every 2 minutes. Phone: Oppo Reno 10, ColorOS 14, app 5.3.2""",
        exp=dict(
            error_message=["Your session has expired"],
            device_model=["OPPO Reno 10"],
            os_version=["ColorOS 14"],
            app_version=["5.3.2"],
        ),
    ),
    dict(
        lang="en",
        sent=AUG,
        text="""Transfer to UK failed. Sort code 40-47-84, acc 70872490, name J Smith. Amount 1500 EUR. Screenshot attached.""",
        exp=dict(country=["GB"], recipient_account=["70872490"], amount=["1500.00 EUR"]),
    ),
    dict(
        lang="en",
        sent=AUG,
        text="""hi my one time password 771204 didnt work, so I requested a new one and that also failed. Account: lily.w@hotmail.com""",
        exp=dict(account_contact=["lily.w@hotmail.com"]),
        sens=["otp"],
    ),
    dict(
        lang="en",
        sent=JAN,
        text="""Happy new year! My payment on 31 December of 88 USD to Amazon shows as failed but Amazon says they got it. Order #112-4478823-9934512.""",
        exp=dict(
            transaction_date=["2024-12-31"],
            amount=["88.00 USD"],
            transaction_id=["112-4478823-9934512"],
        ),
    ),
    dict(
        lang="en",
        sent=JAN,
        text="""App keeps saying "Network error, please try again" (code NET-408) on my vivo X100 Pro. Version 5.5.0. Android 14.""",
        exp=dict(
            error_message=["Network error, please try again", "NET-408"],
            device_model=["vivo X100 Pro"],
            app_version=["5.5.0"],
            os_version=["Android 14"],
        ),
    ),
    dict(
        lang="en",
        sent=JAN,
        text="""Hello, I'm in Singapore and want to receive money from my dad in China. What details does he need? My OKPay is registered with 9123 4567.""",
        exp=dict(country=["SG", "CN"], account_contact=["+6591234567"]),
        opts=dict(default_region="SG"),
    ),
    dict(
        lang="en",
        sent=JAN,
        text="""The cashback of 5% for the purchase of $200 on Jan 3 was not credited. Transaction T2025010300044812.""",
        exp=dict(
            amount=["200.00 USD"],
            transaction_date=["2025-01-03"],
            transaction_id=["T2025010300044812"],
        ),
    ),
    dict(
        lang="en",
        sent=JAN,
        text="""My mother in law sent me 5000 rupees from India on Monday and I still don't see it. My phone is +971 50 123 4567 (UAE).""",
        exp=dict(
            amount=["5000.00 INR"],
            country=["IN", "AE"],
            transaction_date=["2025-01-06"],
            account_contact=["+971501234567"],
        ),
    ),
    dict(
        lang="en",
        sent=JAN,
        text="""Tried to withdraw USD 300 to my Bank of America account 4830 2219 6654 yesterday, got "Withdrawal limit exceeded". Limit is supposed to be 1000 USD!""",
        exp=dict(
            amount=["300.00 USD", "1000.00 USD"],
            recipient_account=["483022196654"],
            transaction_date=["2025-01-07"],
            error_message=["Withdrawal limit exceeded"],
        ),
    ),
    dict(
        lang="en",
        sent=JAN,
        text="""I have a Honor Magic 6 Pro and the NFC payment isn't working. OKPay 5.5.0. No error message, it just does nothing.""",
        exp=dict(device_model=["Honor Magic 6 Pro"], app_version=["5.5.0"]),
    ),
    dict(
        lang="en",
        sent=JAN,
        text="""Please see below.

Date: 07/01/2025 16:42
Amount: 75.00 GBP
Merchant: TFL TRAVEL CH
Reference: 9982716354
I did not make this payment.""",
        exp=dict(
            transaction_date=["2025-01-07T16:42"],
            amount=["75.00 GBP"],
            transaction_id=["9982716354"],
        ),
    ),
    dict(
        lang="en",
        sent=JAN,
        text="""hey, my 2FA code is 55 12 98 lol no im kidding. seriously though the app says 'Unable to verify identity' and i'm on a Pixel 7a""",
        exp=dict(error_message=["Unable to verify identity"], device_model=["Google Pixel 7a"]),
        sens=["otp"],
    ),
    dict(
        lang="en",
        sent=JAN,
        text="""I'm writing from Thailand. Sent 15,000 THB to my wife's account in Vietnam (Vietcombank 0071001234567, BFTVVNVX) on 5 Jan. Not received yet. Transfer ref OKX-2025-000431.""",
        # label revised: the destination of the transfer, not the sender's country
        exp=dict(
            country=["VN"],
            amount=["15000.00 THB"],
            recipient_account=["0071001234567"],
            swift_bic=["BFTVVNVX"],
            transaction_date=["2025-01-05"],
            transaction_id=["OKX-2025-000431"],
        ),
    ),
    # ---------------------------------------------------------------- Chinese
    dict(
        lang="zh",
        sent=NOV,
        text="""您好，
我昨天下午3点给朋友转账500元，显示成功了但是对方没收到。订单号：202411031500228761
我的手机号是13812345678
谢谢""",
        exp=dict(
            transaction_date=["2024-11-03T15:00"],
            amount=["500.00 CNY"],
            transaction_id=["202411031500228761"],
            account_contact=["+8613812345678"],
        ),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""APP一打开就闪退，华为Mate 60 Pro，鸿蒙4.0，OKPay版本5.4.2。麻烦尽快处理""",
        exp=dict(
            device_model=["Huawei Mate 60 Pro"], os_version=["HarmonyOS 4.0"], app_version=["5.4.2"]
        ),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""为什么我的退款还没到账？10月28日申请的，金额1,299元，交易号T2024102800917733。已经一周了！""",
        exp=dict(
            transaction_date=["2024-10-28"],
            amount=["1299.00 CNY"],
            transaction_id=["T2024102800917733"],
        ),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""付款时提示"余额不足"，可是我余额明明有2000多块。错误代码 E2041。用的是iPhone 14 Plus""",
        exp=dict(error_message=["余额不足", "E2041"], device_model=["iPhone 14 Plus"]),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""我想给在美国的儿子汇款3000美元，收款账号 026009593 是美国银行的吗？SWIFT代码：BOFAUS3N。手续费多少？""",
        exp=dict(
            country=["US"],
            amount=["3000.00 USD"],
            recipient_account=["026009593"],
            swift_bic=["BOFAUS3N"],
        ),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""你好，验证码一直收不到，手机号 139 1234 5678，换了好几次都不行。""",
        exp=dict(account_contact=["+8613912345678"]),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""我收到的验证码是 730215，但是提示“验证码错误”，请问怎么办？""",
        exp=dict(error_message=["验证码错误"]),
        sens=["otp"],
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""客服你好，我的登录密码是 abc12345，我忘了支付密码，能帮我重置吗？注册邮箱 wangfang1990@163.com""",
        exp=dict(account_contact=["wangfang1990@163.com"]),
        sens=["password"],
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""前天在日本消费了5000日元，但是扣了我250元人民币，汇率不对吧？流水号：JP20241102883301""",
        exp=dict(
            transaction_date=["2024-11-02"],
            country=["JP"],
            amount=["5000 JPY", "250.00 CNY"],
            transaction_id=["JP20241102883301"],
        ),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""我的小米14 Pro升级到最新版本后打不开OKPay了，HyperOS 1.0，app版本 5.4.2""",
        exp=dict(device_model=["Xiaomi 14 Pro"], os_version=["HyperOS 1.0"], app_version=["5.4.2"]),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""请问可以转账到香港吗？收款人汇丰银行账号 123-456789-001，SWIFT: HSBCHKHH，金额 HK$5,000。""",
        exp=dict(
            country=["HK"],
            recipient_account=["123456789001"],
            swift_bic=["HSBCHKHH"],
            amount=["5000.00 HKD"],
        ),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""今天上午10点半充值了100块，到现在都没到账，截图已附上。""",
        exp=dict(transaction_date=["2024-11-04T10:30"], amount=["100.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""我的卡被盗刷了！！卡号6222 0212 3456 7890 128，请马上冻结。我在上海，电话021-6234 5678""",
        # label revised: a city names its country
        exp=dict(account_contact=["+862162345678"], country=["CN"]),
        sens=["card_number"],
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""您好，我想投诉一下你们的客服态度，上周五打电话的时候被挂了两次。""",
        exp=dict(transaction_date=["2024-11-01"]),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""我在 2024年11月1日 下午3点 转了 2万元 给我妈妈，到现在还没到，交易单号 TX20241101150033，麻烦查一下""",
        exp=dict(
            transaction_date=["2024-11-01T15:00"],
            amount=["20000.00 CNY"],
            transaction_id=["TX20241101150033"],
        ),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""转账到德国失败，IBAN：DE89 3704 0044 0532 0130 00，BIC：COBADEFFXXX，金额 800欧元。提示：“收款银行信息有误”""",
        exp=dict(
            country=["DE"],
            recipient_account=["DE89370400440532013000"],
            swift_bic=["COBADEFFXXX"],
            amount=["800.00 EUR"],
            error_message=["收款银行信息有误"],
        ),
    ),
    dict(lang="zh", sent=NOV, text="""你们的新版本很好用，界面漂亮多了，给你们点赞！""", exp={}),
    dict(
        lang="zh",
        sent=NOV,
        text="""请问我上次提交的工单有进展了吗？我的注册手机是+86 139 1234 5678。""",
        exp=dict(account_contact=["+8613912345678"]),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""vivo X100 Pro，安卓14，打开付款码就卡住。版本号：5.4.0。没有报错。""",
        exp=dict(device_model=["vivo X100 Pro"], os_version=["Android 14"], app_version=["5.4.0"]),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""11月2日晚上8点左右在新加坡刷了SGD 45.80，被扣了两次。订单号 SG241102200011""",
        exp=dict(
            transaction_date=["2024-11-02T20:00"],
            country=["SG"],
            amount=["45.80 SGD"],
            transaction_id=["SG241102200011"],
        ),
    ),
    dict(
        lang="zh",
        sent=NOV,
        text="""提现到中国银行失败，卡号尾号8812，金额￥3,000.00，时间是11月3日 14:20，提示“银行系统繁忙”。""",
        exp=dict(
            amount=["3000.00 CNY"],
            transaction_date=["2024-11-03T14:20"],
            error_message=["银行系统繁忙"],
        ),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""我用的是OPPO Find X7 Ultra，每次扫码支付都提示“网络异常，请稍后重试”，错误码：NET-502。应用版本 5.5.0""",
        exp=dict(
            device_model=["OPPO Find X7 Ultra"],
            error_message=["网络异常，请稍后重试", "NET-502"],
            app_version=["5.5.0"],
        ),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""我想给在英国读书的女儿转1万英镑，她的账户 GB82 WEST 1234 5698 7654 32，SWIFT是NWBKGB2L。大概几天到账？""",
        exp=dict(
            country=["GB"],
            amount=["10000.00 GBP"],
            recipient_account=["GB82WEST12345698765432"],
            swift_bic=["NWBKGB2L"],
        ),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""元旦那天（1月1日）买东西付了88.8元，显示失败但钱扣了。我的邮箱：zhao_lei@qq.com""",
        exp=dict(
            transaction_date=["2025-01-01"],
            amount=["88.80 CNY"],
            account_contact=["zhao_lei@qq.com"],
        ),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""收款人在马来西亚，银行账号 5140 1234 5678，SWIFT MBBEMYKL，我转的是2,000令吉，提示“收款账户不存在”""",
        exp=dict(
            country=["MY"],
            recipient_account=["514012345678"],
            swift_bic=["MBBEMYKL"],
            amount=["2000.00 MYR"],
            error_message=["收款账户不存在"],
        ),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""荣耀90，MagicOS 7.2，OKPay 5.4.9，绑卡的时候一直转圈。""",
        exp=dict(device_model=["Honor 90"], os_version=["MagicOS 7.2"], app_version=["5.4.9"]),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""你好，我的支付密码是 135790，现在提示“支付密码错误次数过多”，账户被锁了。手机 18612345678""",
        exp=dict(error_message=["支付密码错误次数过多"], account_contact=["+8618612345678"]),
        sens=["password"],
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""昨晚11点多在淘宝付款 299 元，订单显示未支付，可是OKPay已经扣款了。淘宝订单号 3891234567890123""",
        exp=dict(
            transaction_date=["2025-01-07T23:00"],
            amount=["299.00 CNY"],
            transaction_id=["3891234567890123"],
        ),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""我想问一下，从澳门可以转账到台湾吗？手续费怎么收？""",
        exp=dict(country=["TW"]),  # label revised: the destination only
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""三星 S24 Ultra，One UI 6.1，OKPay 5.5.0，NFC 支付不工作""",
        exp=dict(
            device_model=["Samsung Galaxy S24 Ultra"],
            os_version=["One UI 6.1"],
            app_version=["5.5.0"],
        ),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""2025-01-06 09:12 转账 ¥ 1500 失败，流水号 202501060912004455，提示 '对方账户状态异常'。电话 13700001111""",
        exp=dict(
            transaction_date=["2025-01-06T09:12"],
            amount=["1500.00 CNY"],
            transaction_id=["202501060912004455"],
            error_message=["对方账户状态异常"],
            account_contact=["+8613700001111"],
        ),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""转账到法国，IBAN FR14 2004 1010 0505 0001 3M02 606，BIC BNPAFRPP，金额 EUR 1,200。请确认收款信息是否正确。""",
        exp=dict(
            country=["FR"],
            recipient_account=["FR1420041010050500013M02606"],
            swift_bic=["BNPAFRPP"],
            amount=["1200.00 EUR"],
        ),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""我的红米Note 13，更新到5.5.0之后登录提示“设备环境异常”。""",
        exp=dict(
            device_model=["Redmi Note 13"], app_version=["5.5.0"], error_message=["设备环境异常"]
        ),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""请问为什么我在泰国取现被收了 220泰铢 的手续费？时间是1月4日下午。""",
        exp=dict(country=["TH"], amount=["220.00 THB"], transaction_date=["2025-01-04"]),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""您好，我的账户被冻结了，注册手机号是 +852 9123 4567，之前在香港用的。请帮忙解冻。""",
        exp=dict(account_contact=["+85291234567"], country=["HK"]),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""汇款到澳大利亚失败：收款账号 12345678，SWIFT: CTBAAU2S，金额 A$2,500，错误提示 "BSB invalid"。""",
        exp=dict(
            country=["AU"],
            recipient_account=["12345678"],
            swift_bic=["CTBAAU2S"],
            amount=["2500.00 AUD"],
            error_message=["BSB invalid"],
        ),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""我的CVV是 817，卡号后四位 3321，为什么绑定不了？提示“该卡暂不支持”""",
        exp=dict(error_message=["该卡暂不支持"]),
        sens=["cvv"],
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""一加12，ColorOS 14，okpay v5.5.0，首页白屏。""",
        exp=dict(device_model=["OnePlus 12"], os_version=["ColorOS 14"], app_version=["5.5.0"]),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""前天晚上7点20分给房东转了4500元房租，交易号TXN-2025-004417，房东说没收到。""",
        exp=dict(
            transaction_date=["2025-01-06T19:20"],
            amount=["4500.00 CNY"],
            transaction_id=["TXN-2025-004417"],
        ),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""我想汇款去加拿大，收款人TD银行账户 5012345，SWIFT TDOMCATTTOR，CAD 3,000。需要多久？""",
        exp=dict(
            country=["CA"],
            recipient_account=["5012345"],
            swift_bic=["TDOMCATTTOR"],
            amount=["3000.00 CAD"],
        ),
    ),
    dict(
        lang="zh",
        sent=JAN,
        text="""请退款！12月30日重复扣款两次，每次 59.9元，订单号分别是 DD20241230001 和 DD20241230002。""",
        exp=dict(
            transaction_date=["2024-12-30"],
            amount=["59.90 CNY"],
            transaction_id=["DD20241230001", "DD20241230002"],
        ),
    ),
]

SEP = "2024-09-18T14:00:00+02:00"  # a Wednesday
FEB = "2025-02-24T08:30:00+08:00"  # a Monday

# Written after the extractor was finished and measured once, never used to tune it.
HOLDOUT: list[dict[str, Any]] = [
    dict(
        lang="en",
        sent=SEP,
        text="""Hiya, quick one - the £45 I sent my brother on Monday bounced back but the £1.50 fee didn't. ref OKP-5520981736. cheers, Gemma 07468 224513""",
        exp=dict(
            amount=["45.00 GBP", "1.50 GBP"],
            transaction_date=["2024-09-16"],
            transaction_id=["OKP-5520981736"],
            account_contact=["+447468224513"],
        ),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""To whom it may concern,
On September 3rd, 2024 I made a transfer of USD 2,400.00 to South Korea (Shinhan Bank, account number 110-234-567890, SWIFT SHBKKRSE). It has not arrived.
Please investigate urgently.
Daniel Park
+1 415 930 2201""",
        exp=dict(
            transaction_date=["2024-09-03"],
            amount=["2400.00 USD"],
            country=["KR"],
            recipient_account=["110234567890"],
            swift_bic=["SHBKKRSE"],
            account_contact=["+14159302201"],
        ),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""app crashed again!!! galaxy note 20 ultra, latest okpay (5.6.2). it shows "Unexpected error occurred" and then closes""",
        exp=dict(
            device_model=["Samsung Galaxy Note 20 Ultra"],
            app_version=["5.6.2"],
            error_message=["Unexpected error occurred"],
        ),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""I received a text with a code 839201 asking me to confirm a payment I never made. Did someone get into my account? Email: r.ahmed@proton.me""",
        exp=dict(account_contact=["r.ahmed@proton.me"]),
        # round 9: a code merely received is an OTP too (sets 6 and 7 label it so)
        sens=["otp"],
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""Hello. I need to update my IBAN for withdrawals. New one: NL91 ABNA 0417 1643 00. Old: NL20 INGB 0001 2345 67. Thanks!""",
        exp=dict(recipient_account=["NL91ABNA0417164300", "NL20INGB0001234567"]),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""My card ending in 9903 was charged 12.99 EUR twice by Spotify on 15/09/2024. Please refund one.""",
        exp=dict(amount=["12.99 EUR"], transaction_date=["2024-09-15"]),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""Why does it say 'Feature not available in your region' when I try to send money from Canada? I'm using an iPhone 12 mini on iOS 17.6.""",
        exp=dict(
            error_message=["Feature not available in your region"],
            country=["CA"],
            device_model=["iPhone 12 mini"],
            os_version=["iOS 17.6"],
        ),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""Hi, here is my full card: 5425 2334 3010 9903, exp 11/26, cvc 442. Please add it to my wallet, the app won't let me.""",
        exp={},
        sens=["card_number", "cvv"],
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""Payment to merchant failed yesterday at 16:05, amount 89 USD, error code PAY_451. Order no. A-77812-XC""",
        exp=dict(
            transaction_date=["2024-09-17T16:05"],
            amount=["89.00 USD"],
            error_message=["PAY_451"],
            transaction_id=["A-77812-XC"],
        ),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""Hey, I moved from India to Germany and want to change my phone number to +49 1512 3456789. Old number was +91 98765 43210.""",
        exp=dict(country=["IN", "DE"], account_contact=["+4915123456789", "+919876543210"]),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""Hello OKPay, I tried version 5.6.1 and 5.6.2, both fail with "Certificate error" on my Motorola Edge 40 (Android 13).""",
        exp=dict(
            app_version=["5.6.1", "5.6.2"],
            error_message=["Certificate error"],
            device_model=["Motorola Edge 40"],
            os_version=["Android 13"],
        ),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""Transfer of 300 CHF to Switzerland, IBAN CH93 0076 2011 6238 5295 7, BIC UBSWCHZH80A, still "in review" since last Friday. Why??""",
        exp=dict(
            amount=["300.00 CHF"],
            country=["CH"],
            recipient_account=["CH9300762011623852957"],
            swift_bic=["UBSWCHZH80A"],
            transaction_date=["2024-09-13"],
            error_message=["in review"],
        ),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""Sorry for my english. I send money 500 dollar to my family in Nigeria 3 days ago, they not receive. Number of transaction is 20240915883712. My phone +234 803 123 4567""",
        exp=dict(
            amount=["500.00 USD"],
            country=["NG"],
            transaction_date=["2024-09-15"],
            transaction_id=["20240915883712"],
            account_contact=["+2348031234567"],
        ),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""The IBAN my landlord gave me, FR76 3000 6000 0112 3456 7890 188, is rejected by the app. Is it wrong?""",
        exp={},
        inv=dict(recipient_account=[["FR7630006000011234567890188", "iban_checksum"]]),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""Balance shows 0.00 after update to 5.6.2 but yesterday I had SGD 1,020.50. Please check, email lim.wj@singnet.com.sg""",
        exp=dict(
            app_version=["5.6.2"],
            transaction_date=["2024-09-17"],
            amount=["1020.50 SGD"],
            account_contact=["lim.wj@singnet.com.sg"],
        ),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""Hi - the exchange rate for EUR->GBP was terrible on my transfer at 10am today (ref TX99120034). I sent €1,000 and they got £790.""",
        exp=dict(
            transaction_date=["2024-09-18T10:00"],
            transaction_id=["TX99120034"],
            amount=["1000.00 EUR", "790.00 GBP"],
        ),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""my login PIN got blocked after I typed it wrong. New phone is a Pixel 9 Pro XL. how do I reset? no error, it just says Locked.""",
        exp=dict(device_model=["Google Pixel 9 Pro XL"]),
    ),
    dict(
        lang="en",
        sent=SEP,
        text="""Hello, can I receive money from Australia? My friend has my account number but wants a BSB. I'm in Hong Kong.""",
        exp=dict(country=["AU", "HK"]),
    ),
    dict(
        lang="zh",
        sent=FEB,
        text="""你好，上周六下午两点在便利店付了35.5元，显示支付失败，可是银行卡扣钱了。手机号159 2188 3456""",
        exp=dict(
            transaction_date=["2025-02-22T14:00"],
            amount=["35.50 CNY"],
            account_contact=["+8615921883456"],
        ),
    ),
    dict(
        lang="zh",
        sent=FEB,
        text="""请问转账到韩国需要什么信息？收款人账号 110-234-567890，银行代码 SHBKKRSE，金额 50万韩元。""",
        exp=dict(
            country=["KR"],
            recipient_account=["110234567890"],
            swift_bic=["SHBKKRSE"],
            amount=["500000 KRW"],
        ),
    ),
    dict(
        lang="zh",
        sent=FEB,
        text="""我的iPhone 16 Pro更新iOS 18.3之后，OKPay 5.7.0 打开就白屏，也没有报错信息。""",
        exp=dict(device_model=["iPhone 16 Pro"], os_version=["iOS 18.3"], app_version=["5.7.0"]),
    ),
    dict(
        lang="zh",
        sent=FEB,
        text="""2月20日晚上9点15分，我在APP上充值1000元，提示「充值失败，请联系客服」，订单编号 CZ2025022021150088。""",
        exp=dict(
            transaction_date=["2025-02-20T21:15"],
            amount=["1000.00 CNY"],
            error_message=["充值失败，请联系客服"],
            transaction_id=["CZ2025022021150088"],
        ),
    ),
    dict(
        lang="zh",
        sent=FEB,
        text="""我的账号被别人登录了！！我的密码是 Li2025@pay，短信验证码也被发到了陌生号码。请立即冻结。邮箱 lixiaoming@126.com""",
        exp=dict(account_contact=["lixiaoming@126.com"]),
        sens=["password"],
    ),
    dict(
        lang="zh",
        sent=FEB,
        text="""汇去西班牙的钱被退回了，IBAN：ES91 2100 0418 4502 0005 1332，SWIFT：CAIXESBB，金额 €600。退回原因是“账户名不匹配”。""",
        exp=dict(
            country=["ES"],
            recipient_account=["ES9121000418450200051332"],
            swift_bic=["CAIXESBB"],
            amount=["600.00 EUR"],
            error_message=["账户名不匹配"],
        ),
    ),
    dict(
        lang="zh",
        sent=FEB,
        text="""昨天早上8点转给朋友的200块到现在还没到，交易号是TXN-2025-021188。""",
        exp=dict(
            transaction_date=["2025-02-23T08:00"],
            amount=["200.00 CNY"],
            transaction_id=["TXN-2025-021188"],
        ),
    ),
    dict(
        lang="zh",
        sent=FEB,
        text="""客服你好，我用的华为nova 12，安卓还是鸿蒙不太清楚，app版本5.6.8，刷脸认证一直失败，显示“活体检测未通过”。""",
        exp=dict(
            device_model=["Huawei nova 12"], app_version=["5.6.8"], error_message=["活体检测未通过"]
        ),
    ),
    dict(
        lang="zh",
        sent=FEB,
        text="""请帮我查一下 2025年2月1日 的一笔 HK$2,300 消费，我不认识这个商户。""",
        exp=dict(transaction_date=["2025-02-01"], amount=["2300.00 HKD"]),
    ),
    dict(
        lang="zh",
        sent=FEB,
        text="""我在泰国旅游，刷卡的时候提示“交易被拒绝（错误码 51）”，卡号 3782 8224 6310 005，能帮我看看吗？""",
        exp=dict(country=["TH"], error_message=["交易被拒绝（错误码 51）"]),
        sens=["card_number"],
    ),
    dict(
        lang="zh",
        sent=FEB,
        text="""你们好，我想注销账户。注册手机是+86 159 2188 3456，绑定的邮箱是 wang.l@foxmail.com。""",
        exp=dict(account_contact=["+8615921883456", "wang.l@foxmail.com"]),
    ),
    dict(
        lang="zh",
        sent=FEB,
        text="""三天前给越南的工人转了 8,000,000 越南盾，对方说没到账。流水号 VN20250221009931。""",
        exp=dict(
            transaction_date=["2025-02-21"],
            country=["VN"],
            amount=["8000000 VND"],
            transaction_id=["VN20250221009931"],
        ),
    ),
    dict(
        lang="zh",
        sent=FEB,
        text="""版本5.7.0的转账页面数字显示有问题，输入100会变成10000。小米13，MIUI 14。""",
        exp=dict(app_version=["5.7.0"], device_model=["Xiaomi 13"], os_version=["MIUI 14"]),
    ),
    dict(
        lang="zh", sent=FEB, text="""请问为什么我的提现要收2%手续费？上个月还是免费的。""", exp={}
    ),
]
