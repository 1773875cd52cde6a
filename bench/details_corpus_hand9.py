# ruff: noqa: E501  (mail texts are data; they keep their own line breaks)
"""Ninth held-out set: 140 hand-written mails (corpus source "hand_heldout_9").

Written and labelled blind: the writer read only the helper brief, the label conventions at the
top of ``docs/benchmarks-details.md`` (above "Round 1"), the taxonomy and the docstrings and
mails of ``bench/details_corpus_hand6.py`` to ``bench/details_corpus_hand8.py`` (to learn the
conventions and normalised forms); never the extractor's code, its tests, the development set,
other bench files, the rest of the benchmark notes or the git history, and neither the
extractor nor ``bench/details.py`` was run on these mails before they were committed. Labels
list what a careful reader would extract, normalised as the conventions say, whether or not the
extractor can do it. IBAN checksums and lengths and BIC shapes were checked with schwifty (the
valid IBANs were generated fresh with ``IBAN.generate``), phone numbers with phonenumbers (every
labelled phone is valid and is found in its mail's new text under the mail's
``default_region``), weekdays with ``datetime``, card numbers with the Luhn sum (all pass); a
throwaway script also asserted that every ``secrets`` entry is a substring of its text, that
``sens`` is set exactly when a secret sits in the new (unquoted) text, and that amounts, dates,
countries and e-mail addresses are in normalised form.

Keys as in sets 7 and 8: every mail with a secret has ``secrets``, the literal secret strings as
written (one entry per distinct string, each a substring of ``text``).

140 mails: 80 English, 60 Chinese (40 simplified from Guangzhou and Chengdu; 20 traditional:
13 Cantonese, one formal Hong Kong letter, five Taiwanese Mandarin, one Macau customer writing
Mandarin). The English mails come from regions sets 6 to 8 used little: Gulf customers (UAE,
Saudi Arabia, Qatar, Kuwait, with an Arabic SMS pasted in), Turkey, Nigeria (Pidgin), Kenya
(Swahili), Indonesia, Thailand, Vietnam, Korea (Korean SMS and error texts) and Brazil
(Portuguese). Ten ``sent`` stamps in seven UTC offsets (+04:00, +03:00, +01:00, +07:00, +09:00,
-03:00, +08:00); the Seoul stamp is 00:40 on a Monday (still Sunday in UTC, so "yesterday" is
Sunday and "last night 11pm" is Sunday 23:00) and the São Paulo stamp 21:15 on a Tuesday
(already Wednesday in UTC); relative dates are labelled against the sender's local date as in
sets 5 to 8 (a bare weekday is the latest such day before the mail, "上周X"/"上個禮拜X"/"上週X"
that day of the previous calendar week).

- 45 mails carry 52 secret strings; 44 have ``sens`` (mails per kind: otp 15, password 10,
  card_number 9, pin 9, cvv 7), and one has its secret only in the customer's own quoted
  earlier message (a 交易密码 in mail 120, counting from 0), so it lists ``secrets`` but no
  ``sens``. Forms invented for this set: an OTP in Arabic-Indic digits inside a pasted Arabic
  SMS ("٤٨٢٩١٧"), a Korean SMS with the code in brackets ("[305917]", listed without them),
  an OTP in Chinese financial numerals ("伍捌贰零壹玖"), an OTP read out in Cantonese with a
  full-width comma ("七三八，二零四"), an OTP spelled in hyphenated English words inside a
  Chinese mail ("two-nine-zero-five-one-one"), Indonesian "kode OTP nya 4-4-0-9-1-8", a
  Brazilian "código de verificação" written "8 1 4 - 2 7 3", a Nigerian "token" ("553 120"),
  a bank's 3-D Secure "one time password" as two dashed codes ("90-17-44", "61-08-52"), an
  e-mailed code with letters ("K4-77Q9"), a hardware token's 动态口令, an SMS pasted as a
  forwarded quote without ">" marks; passwords as "Şifrem (my password)", "kata sandi",
  "mật khẩu (password) ... old was ...", a password typed on a phishing page, a password that
  "works on the web login", 网银 U 盾密码, 六位支付密码 that is a birthday, 登入密碼「...」,
  app 密碼 in Cantonese; PINs as a Nigerian "transaction PIN", a Kenyan PIN spaced "0 9 1 1",
  a Brazilian "senha" at an ATM, a Korean app 비밀번호 shown as "Passcode", one code for app and
  phone lock, a six-digit Chinese card PIN at an ATM, 提款卡密碼, a Cantonese "撳埋個 PIN（...）";
  CVVs as "the back number", "cvv 8 8 2", "código de segurança", 卡背面嗰三個字 ("5 2 7"),
  安全码三位, a "CVV：" line of a form; card numbers in a "Card:" line, in a Thai card form, a
  cloned card still in hand, a 19-digit Agricultural Bank card typed into a password-recovery
  form, a dashed card in a Chinese form with 户名/有效期.
- 35 mails with secret-like distractors and no secret: an Emirates ID, an Iqama, a Nigerian
  BVN, a DSTV smartcard number, a Korean 주민등록번호 request, a Brazilian CPF, a Hong Kong ID
  in a scam SMS, 身份证后四位; promo, discount and invite codes (RAMADAN30, TVLJPN25, SUMMER88,
  邀请码 K8Q2MV), a red-packet passphrase (口令红包 "恭喜发财大吉大利"), an airline booking
  code, a 7-Eleven top-up barcode, a boleto "linha digitável", a QRIS merchant NMID, an ATM
  number on a receipt; support tickets, case and protocol numbers, 工单; an SF parcel number and
  a 取件码; an IFSC, a UK sort code, a BSB, a US routing number, TD transit/institution numbers;
  card last four (尾号/后四位); "Login code not coming", a branch asking to read out the SMS code
  (refused), "Forgot my password"; phone numbers of scammers, a mother's airtime line and a
  hotline.
- 60 ordinary mails; 11 mails with no labels at all.
- Four invalid entries: iban_checksum 1 (Jordan), iban_length 1 (UK IBAN two digits short),
  bic_length 1 (a seven-letter Portuguese BIC), bic_country 1 (a Nigerian BIC with "NQ").

Labelled values per detail: amount 93, error_message 64, account_contact 63,
transaction_date 57, transaction_id 47, country 37, device_model 30, recipient_account 26,
app_version 19, swift_bic 16, os_version 16 (468 in all).

Label decisions taken here (beyond those of sets 6 to 8, which are followed, and the
conventions, which win where they differ):
- amounts carry the currency's ISO minor unit: KWD three decimals ("450.000 KWD"); LAK, MOP,
  TWD, THB, TRY, IDR, NGN, KES two; VND, KRW, JPY none; "Rp150rb" is 150000.00 IDR, "₦1.2m"
  1200000.00 NGN, "3 亿越南盾" 300000000 VND, "40k" in a Nairobi mail 40000.00 KES, "$" in a
  Hong Kong mail HKD;
- an OTP written in Arabic-Indic digits or Chinese financial numerals keeps its digits as
  written in ``secrets``; a bracketed code in a pasted SMS is listed without the brackets;
- a Korean app 비밀번호 that the app calls "Passcode", the same four digits used for the app
  and the phone lock, and a six-digit card PIN at a Chinese ATM are ``pin``; an online-banking
  U 盾 password is a ``password``; a hardware token's 动态口令 is an ``otp``; a bank card number
  typed into OKPay's password-recovery form (the customer's own card) is a ``card_number``;
- a red-packet passphrase (口令红包) is no secret, and the red packet's sum is an amount (money
  the customer should have received); a scam SMS's promised prize and "handling fee" are not
  amounts (the customer paid nothing);
- an Indonesian bank virtual account paid into for a top-up is a recipient account; when money
  went to a wrong account, both the wrong and the intended account are recipient accounts; a
  customer's own bank account given for linking (KakaoBank) or as a withdrawal card (工商银行卡)
  is a recipient account, like set 8's NAB account; a Chinese bank card in a password-recovery
  form is not (it is a secret);
- a Pix end-to-end id, a NIP session id, an M-Pesa confirmation code, Korean card approval
  numbers, a POS 小票参考号 and a 扣款流水 are transaction ids; an airline booking code, a Pix
  "protocol" number and an NMID are not;
- the moment a phone was snatched, a card swallowed or a code read to a scammer is a transaction
  date (set 8); so is the time an unwanted password-change e-mail arrived, "from 7am" for a
  login code that never came, and the day money arrived that got an account frozen; a scam SMS
  the customer ignored gives no date; "已经三天了" (it has been three days) in a Thursday mail
  gives the Monday, 2028-07-10; a plan ("I'll send on Wednesday", "下周要去新加坡") gives no date;
- a mall, street or district (天河城, 春熙路, Moi Avenue, Hongdae, Olaya, Sarit Centre) gives no
  country; a named city of a payment, an ATM or a trip does, also domestic ones (Deira, Dubai
  AE; Busan KR; Campinas BR; Taipei TW; 成都 CN), Macau is MO; "I live in Istanbul" and "我是澳門
  用戶" give none;
- the writer's own phone when she writes for her mother is not labelled, the mother's
  registered number is; an old work address the account is registered to is a contact beside
  the customer's personal one;
- a money loss the customer computes from a rate ("almost 2,800 rupees difference", "I lost
  like 360,000 dong") is an amount, as is the amount a customer expected to receive ("should be
  about 9,600,000 kip"); a fee another bank charges ("my bank charges R$ 45") is not;
- a success status quoted against the customer's problem ("Top-up successful", "Berhasil",
  "Transaksi berhasil", "转账成功", "已匯出") is an error message (a quoted status, set 3); error
  texts in Japanese, Korean, Turkish and Indonesian are kept as written, an error that quotes a
  limit ("每日匯出上限為 US$2,000") is kept whole and its limit is no amount; garbled merchant
  names (乱码) are no error message;
- model names: "Tecno Camon 20", "Infinix Hot 40i", "Nokia G42", "Motorola Moto G84", "ASUS
  Zenfone 10", "Galaxy Z Fold6" is "Samsung Galaxy Z Fold 6", "Samsung A15" is "Samsung Galaxy
  A15", 小米 14 Ultra is "Xiaomi 14 Ultra", 红米 K70 "Redmi K70", 荣耀 Magic6 "Honor Magic 6",
  一加 12 "OnePlus 12", 华为 nova 11 "Huawei nova 11"; 澎湃OS 1.0.8 is "HyperOS 1.0.8", 安卓 14
  "Android 14", "ColorOS 14.0" as written.
"""

from __future__ import annotations

from typing import Any

DU = "2028-07-05T11:20:00+04:00"  # a Wednesday (Dubai / Muscat)
RY = "2028-07-03T09:40:00+03:00"  # a Monday (Riyadh / Doha / Kuwait / Istanbul)
NA = "2028-07-07T17:05:00+03:00"  # a Friday (Nairobi)
LG = "2028-07-04T08:30:00+01:00"  # a Tuesday (Lagos)
JK = "2028-07-06T14:50:00+07:00"  # a Thursday (Jakarta / Bangkok / Ho Chi Minh City)
SE = "2028-07-10T00:40:00+09:00"  # a Monday just after midnight (Seoul; still Sunday in UTC)
SP = "2028-07-11T21:15:00-03:00"  # a Tuesday evening (São Paulo; already Wednesday in UTC)
HK = "2028-07-12T10:05:00+08:00"  # a Wednesday (Hong Kong / Macau / Taipei)
GZ = "2028-07-13T19:45:00+08:00"  # a Thursday evening (Guangzhou)
CD = "2028-07-14T08:10:00+08:00"  # a Friday morning (Chengdu)

HOLDOUT_9: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- English, Gulf (Dubai)
    dict(
        lang="en",
        sent=DU,
        text="""Dear OKPay team,

Kindly note that I tried to send Dhs 3,750 to my cousin in Amman yesterday evening and it is showing "Under review" since then. His IBAN JO71 ARAB 1180 0000 0011 8012 3456 78 and Arab Bank swift ARABJOAX. Reference no. OKX-AE-240711. Please expedite.

Best regards,
Faisal Al Mansoori
050 418 2297""",
        opts=dict(default_region="AE"),
        exp=dict(
            amount=["3750.00 AED"],
            transaction_date=["2028-07-04"],
            error_message=["Under review"],
            country=["JO"],
            swift_bic=["ARABJOAX"],
            transaction_id=["OKX-AE-240711"],
            account_contact=["+971504182297"],
        ),
        inv=dict(recipient_account=[["JO71ARAB1180000000118012345678", "iban_checksum"]]),
    ),
    dict(
        lang="en",
        sent=DU,
        text="""Salam, the app is asking me for the code again and again. The SMS came in arabic:
رمز التحقق الخاص بك هو ٤٨٢٩١٧ لا تشاركه مع أحد
I enter ٤٨٢٩١٧ and it says "Invalid verification code". iPhone 15 Pro Max, app 8.4.1. Please help, my email is omar.haddad.dxb@gmail.com""",
        exp=dict(
            error_message=["Invalid verification code"],
            device_model=["iPhone 15 Pro Max"],
            app_version=["8.4.1"],
            account_contact=["omar.haddad.dxb@gmail.com"],
        ),
        sens=["otp"],
        secrets=["٤٨٢٩١٧"],
    ),
    dict(
        lang="en",
        sent=DU,
        text="""Hi, my Emirates ID is 784-1991-4471182-3 and you are asking me to upload it again for KYC. I already did on 28 June. Nothing is wrong with my account otherwise, just tell me why it says "Verification pending" still. Mobile 055 902 1184""",
        opts=dict(default_region="AE"),
        exp=dict(
            error_message=["Verification pending"],
            account_contact=["+971559021184"],
        ),
    ),
    dict(
        lang="en",
        sent=DU,
        text="""I paid AED 189.00 at Carrefour in Deira, Dubai on Monday, the POS printed "DECLINED 51" but my OKPay balance went down by the same amount. Receipt number 004417-22. Can you reverse it? Thanks. nadia.rahimi@outlook.ae""",
        exp=dict(
            amount=["189.00 AED"],
            transaction_date=["2028-07-03"],
            error_message=["DECLINED 51"],
            transaction_id=["004417-22"],
            account_contact=["nadia.rahimi@outlook.ae"],
            country=["AE"],
        ),
    ),
    dict(
        lang="en",
        sent=DU,
        text="""hello. i am in Muscat for work and my card gets rejected at every shop since i landed on sunday. the card is 4929 8153 0274 6616 exp 11/29. please activate it for Oman. whatsapp +971 52 773 0461""",
        opts=dict(default_region="AE"),
        exp=dict(
            country=["OM"],
            transaction_date=["2028-07-02"],
            account_contact=["+971527730461"],
        ),
        sens=["card_number"],
        secrets=["4929 8153 0274 6616"],
    ),
    dict(
        lang="en",
        sent=DU,
        text="""Good afternoon,
Your exchange rate today is 1 AED = 22.61 INR but Google shows 22.89. For Dhs 10,000 that is almost 2,800 rupees difference!! I have not sent yet, I am asking before I send to my father's SBI account in Kochi 30419928571 (IFSC SBIN0004471). Is there any better rate for above Dhs 5,000?
Ravi Kumar Nair""",
        exp=dict(
            amount=["10000.00 AED", "2800.00 INR"],
            recipient_account=["30419928571"],
            country=["IN"],
        ),
    ),
    dict(
        lang="en",
        sent=DU,
        text="""My Galaxy Z Fold6 is showing black screen when I open OKPay 8.4.0 after the One UI 6.1.1 update. No error, just black, then it closes. Samsung Pay works normal. On the web login my password Burj#Khalifa7 works fine so the account is ok.""",
        exp=dict(
            device_model=["Samsung Galaxy Z Fold 6"],
            app_version=["8.4.0"],
            os_version=["One UI 6.1.1"],
        ),
        sens=["password"],
        secrets=["Burj#Khalifa7"],
    ),
    dict(
        lang="en",
        sent=DU,
        text="""Someone called me from 04 331 8820 saying he is from the Central Bank and my OKPay wallet will be suspended. He sent me a link and I typed my password Shaikha@2024 on that page before I realised. Is my account safe?? Please block everything. shaikha.k@hotmail.com""",
        exp=dict(account_contact=["shaikha.k@hotmail.com"]),
        sens=["password"],
        secrets=["Shaikha@2024"],
    ),
    dict(
        lang="en",
        sent=DU,
        text="""Dear Sir/Madam, I want to pay my daughter's university fee in London, £8,400, to Barclays GB79 BARC 2004 1543 4143 44, BIC BARCGB22. The app says maximum per transfer is AED 35,000 so I need two transfers? Also is the fee AED 25 each or once?""",
        exp=dict(
            amount=["8400.00 GBP"],
            country=["GB"],
            recipient_account=["GB79BARC20041543414344"],
            swift_bic=["BARCGB22"],
        ),
    ),
    dict(
        lang="en",
        sent=DU,
        text="""Topped up 500 AED via Apple Pay at 9:40 this morning, got "Top-up successful" but balance still 12.50. TXN TU-0705-88102. Please check.
Sent from my iPhone""",
        exp=dict(
            amount=["500.00 AED", "12.50 AED"],
            transaction_date=["2028-07-05T09:40"],
            error_message=["Top-up successful"],
            transaction_id=["TU-0705-88102"],
        ),
    ),
    # ---------------------------------------------------------------- English, Riyadh / Doha / Kuwait / Istanbul
    dict(
        lang="en",
        sent=RY,
        text="""Assalamu alaikum. The transfer to my brother in Cairo of SR 2,000 on Thursday shows "Returned by beneficiary bank". His IBAN is EG53 0019 0005 2959 6909 0795 7529 1 at CIB, SWIFT CIBEEGCX. Where is the money now? Ref SA-EG-77120.
Abdullah, 0551 184 903""",
        opts=dict(default_region="SA"),
        exp=dict(
            amount=["2000.00 SAR"],
            transaction_date=["2028-06-29"],
            error_message=["Returned by beneficiary bank"],
            country=["EG"],
            recipient_account=["EG530019000529596909079575291"],
            swift_bic=["CIBEEGCX"],
            transaction_id=["SA-EG-77120"],
            account_contact=["+966551184903"],
        ),
    ),
    dict(
        lang="en",
        sent=RY,
        text="""I was buying on Noon and the bank page asked for the one time password, I entered 90-17-44 and got "Payment could not be authenticated". Tried again with the new one 61-08-52, same thing. Total SAR 1,249.00. My registered number is 0503 217 660.""",
        opts=dict(default_region="SA"),
        exp=dict(
            error_message=["Payment could not be authenticated"],
            amount=["1249.00 SAR"],
            account_contact=["+966503217660"],
        ),
        sens=["otp"],
        secrets=["90-17-44", "61-08-52"],
    ),
    dict(
        lang="en",
        sent=RY,
        text="""Hi there, my Absher-registered number changed and now I cannot receive any SMS. New number 0566 430 218, old one ended 7790. Iqama 2418835021 if you need it. I don't want to lose the 3,400 riyals in the wallet.""",
        opts=dict(default_region="SA"),
        exp=dict(
            account_contact=["+966566430218"],
            amount=["3400.00 SAR"],
        ),
    ),
    dict(
        lang="en",
        sent=RY,
        text="""Good morning, in Doha. I paid QR 640 at the Villaggio cinema on Saturday 1 July but there are two debits of QR 640. Transaction IDs QA-88410 and QA-88411. Kindly refund one. my number +974 5512 8830""",
        opts=dict(default_region="QA"),
        exp=dict(
            amount=["640.00 QAR"],
            transaction_date=["2028-07-01"],
            transaction_id=["QA-88410", "QA-88411"],
            account_contact=["+97455128830"],
            country=["QA"],
        ),
    ),
    dict(
        lang="en",
        sent=RY,
        text="""I want to send KWD 450 to my supplier in Kuwait, NBK account KW91 NBOK 7540 3865 9807 0287 2387 09, swift NBOKKWKW. When I press confirm: "Beneficiary name does not match". The name is exactly as on the invoice INV-2028-0613.""",
        exp=dict(
            amount=["450.000 KWD"],
            country=["KW"],
            recipient_account=["KW91NBOK7540386598070287238709"],
            swift_bic=["NBOKKWKW"],
            error_message=["Beneficiary name does not match"],
        ),
    ),
    dict(
        lang="en",
        sent=RY,
        text="""Merhaba, I live in Istanbul. Yesterday I got SMS from "OKPay" with a link, said my account is closing. I did not click. Number that sent it 0850 441 27 19. Just informing you, this is a scam. My mail: ece.aydin@yandex.com.tr""",
        exp=dict(account_contact=["ece.aydin@yandex.com.tr"]),
    ),
    dict(
        lang="en",
        sent=RY,
        text="""Hello, sending 15.000 TL to my sister's Garanti account TR36 0006 4084 4383 2283 7161 03 fails with "İşlem gerçekleştirilemedi (HATA 1047)". BIC TGBATRIS. I am in Riyadh, she is in Izmir. Tried at 8:15 today and 9:00.""",
        exp=dict(
            amount=["15000.00 TRY"],
            recipient_account=["TR360006408443832283716103"],
            error_message=["İşlem gerçekleştirilemedi (HATA 1047)"],
            swift_bic=["TGBATRIS"],
            country=["TR"],
            transaction_date=["2028-07-03T08:15", "2028-07-03T09:00"],
        ),
    ),
    dict(
        lang="en",
        sent=RY,
        text="""Cannot log in. Şifrem (my password) is "Kelebek.1907" and it says "Hesap geçici olarak kilitlendi" which means account temporarily locked. Please unlock. Xiaomi 13T, OKPay 8.3.9. Tel 0532 614 88 20""",
        opts=dict(default_region="TR"),
        exp=dict(
            error_message=["Hesap geçici olarak kilitlendi"],
            device_model=["Xiaomi 13T"],
            app_version=["8.3.9"],
            account_contact=["+905326148820"],
        ),
        sens=["password"],
        secrets=["Kelebek.1907"],
    ),
    dict(
        lang="en",
        sent=RY,
        text="""Just a suggestion from Kuwait: please add KNET top-up. Now I have to go through a credit card and pay 2% fee. Also Arabic in the app has some untranslated buttons on the Transfers page. Thanks""",
        exp={},
    ),
    dict(
        lang="en",
        sent=RY,
        text="""Subject: Re: your case 55120-KSA

Still waiting. The refund of SAR 310 you promised "within 5 working days" on 20 June has not come.

-----Original Message-----
From: OKPay Care <care@okpay.com>
Sent: Tuesday, June 20, 2028 10:02 AM
> Dear Mr. Al-Qahtani, we have approved a refund of SAR 310.00 for order NN-4419023. It will reach your wallet within 5 working days.""",
        opts=dict(own_addresses=["care@okpay.com"]),
        exp=dict(amount=["310.00 SAR"]),
    ),
    dict(
        lang="en",
        sent=RY,
        text="""My ATM card from OKPay got stuck in the machine at Riyad Bank Olaya branch this morning. The screen said "Card retained. Contact your bank". I typed the PIN correctly I think, it's 7 3 0 9. What now? Call me 0545 012 337""",
        opts=dict(default_region="SA"),
        exp=dict(
            transaction_date=["2028-07-03"],
            error_message=["Card retained. Contact your bank"],
            account_contact=["+966545012337"],
        ),
        sens=["pin"],
        secrets=["7 3 0 9"],
    ),
    dict(
        lang="en",
        sent=RY,
        text="""The discount code RAMADAN30 never worked for me and now the offer page says "Offer expired" even though it says valid until 31 July. I wanted to top up 1,000 SAR with the bonus.""",
        exp=dict(error_message=["Offer expired"], amount=["1000.00 SAR"]),
    ),
    # ---------------------------------------------------------------- English, Lagos
    dict(
        lang="en",
        sent=LG,
        text="""Good morning OKPay,

Please I sent N85,000 to my landlord GTBank 0157729934 on Sunday night around 10pm and it is still saying "Processing". The money has left my wallet. Session ID 000013280702220114770221. Abeg help me check, the man is on my neck.

Chinedu Okafor
0803 417 2290""",
        opts=dict(default_region="NG"),
        exp=dict(
            amount=["85000.00 NGN"],
            recipient_account=["0157729934"],
            transaction_date=["2028-07-02T22:00"],
            error_message=["Processing"],
            transaction_id=["000013280702220114770221"],
            account_contact=["+2348034172290"],
        ),
    ),
    dict(
        lang="en",
        sent=LG,
        text="""they called me that they are from OKPay fraud desk and i should confirm the token they sent, i gave them 553 120 and now 210k is gone from my wallet!!! This happened like 30 mins ago. their number 0901 552 7730. my own number is 0816 203 9945. PLEASE BLOCK""",
        opts=dict(default_region="NG"),
        exp=dict(
            amount=["210000.00 NGN"],
            transaction_date=["2028-07-04"],
            account_contact=["+2348162039945"],
        ),
        sens=["otp"],
        secrets=["553 120"],
    ),
    dict(
        lang="en",
        sent=LG,
        text="""Hello, how do I change my transaction PIN? The old one is 2468 and I think my houseboy saw me typing it. I use Tecno Camon 20, app 8.3.7.
Thanks, Funmi (funmilayo.adeyemi@yahoo.com)""",
        exp=dict(
            device_model=["Tecno Camon 20"],
            app_version=["8.3.7"],
            account_contact=["funmilayo.adeyemi@yahoo.com"],
        ),
        sens=["pin"],
        secrets=["2468"],
    ),
    dict(
        lang="en",
        sent=LG,
        text="""I bought airtime of ₦2,000 for 0706 118 4402 (my mum's line) last Friday and it didn't drop. You charged me ₦2,000 plus ₦10 convenience fee. Ref AIR-NG-3307781. My BVN is 22219483376 if you need to verify.""",
        exp=dict(
            amount=["2000.00 NGN", "10.00 NGN"],
            transaction_date=["2028-06-30"],
            transaction_id=["AIR-NG-3307781"],
        ),
    ),
    dict(
        lang="en",
        sent=LG,
        text="""Your app keeps crashing on my Infinix Hot 40i anytime I open the Bills tab. It shows "Unfortunately, OKPay has stopped" and closes. Android 13, OKPay v8.3.8. I have cleared cache already.""",
        exp=dict(
            device_model=["Infinix Hot 40i"],
            error_message=["Unfortunately, OKPay has stopped"],
            os_version=["Android 13"],
            app_version=["8.3.8"],
        ),
    ),
    dict(
        lang="en",
        sent=LG,
        text="""Sir, I wanted to pay for my Aliexpress order with the OKPay dollar card. It asked for card details, I put 5412 7534 6170 2289 and the CVV 604 but it declined "Insufficient funds" though I have $150 there. Order 8177304421905566. kindly help.
- Tunde""",
        exp=dict(
            error_message=["Insufficient funds"],
            amount=["150.00 USD"],
            transaction_id=["8177304421905566"],
        ),
        sens=["card_number", "cvv"],
        secrets=["5412 7534 6170 2289", "604"],
    ),
    dict(
        lang="en",
        sent=LG,
        text="""Please what is the charge for sending money to UK? My son is in Manchester, Monzo account sort code 04-00-04 account 71829364. I want to send £600 end of this month. Is it better to send in naira?""",
        exp=dict(
            country=["GB"],
            recipient_account=["71829364"],
            amount=["600.00 GBP"],
        ),
    ),
    dict(
        lang="en",
        sent=LG,
        text="""I have been debited twice for DSTV subscription, N24,500 each on 1st July. Smartcard number 7023881945 (that is the DSTV number, not a bank account). Transaction refs DST-44102 and DST-44107. My email ifeoma.nwosu@gmail.com""",
        exp=dict(
            amount=["24500.00 NGN"],
            transaction_date=["2028-07-01"],
            transaction_id=["DST-44102", "DST-44107"],
            account_contact=["ifeoma.nwosu@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=LG,
        text="""Login code not coming. I have tried from 7am. Network is MTN. Is there another way? I don't want to lose my savings of about ₦1.2m. Phone 0813 990 4471.""",
        opts=dict(default_region="NG"),
        exp=dict(
            transaction_date=["2028-07-04T07:00"],
            amount=["1200000.00 NGN"],
            account_contact=["+2348139904471"],
        ),
    ),
    dict(
        lang="en",
        sent=LG,
        text="""Forwarding the OKPay text I received because I did not request anything:

"OKPay: 718204 is your code to link a new device. Never share it. If this wasn't you, call 0700 OKPAY NG."

who is trying to enter my account? I am on 0802 337 6615""",
        opts=dict(default_region="NG"),
        exp=dict(account_contact=["+2348023376615"]),
        sens=["otp"],
        secrets=["718204"],
    ),
    dict(
        lang="en",
        sent=LG,
        text="""Great app but please reduce the fee for withdrawals to bank, ₦50 per transfer is too much when other apps give 30 free transfers monthly. Thank you.""",
        exp={},
    ),
    # ---------------------------------------------------------------- English, Nairobi
    dict(
        lang="en",
        sent=NA,
        text="""Habari. I loaded Ksh 12,000 from M-Pesa to OKPay on Wednesday 5th, M-Pesa message code SGH4K2LM9P, but OKPay balance did not change. Safaricom says the money was delivered to your paybill. Please reverse or credit.
Wanjiru, 0722 318 904""",
        opts=dict(default_region="KE"),
        exp=dict(
            amount=["12000.00 KES"],
            transaction_date=["2028-07-05"],
            transaction_id=["SGH4K2LM9P"],
            account_contact=["+254722318904"],
        ),
    ),
    dict(
        lang="en",
        sent=NA,
        text="""Someone has changed my M-Pesa number on OKPay!! I never did that. Yesterday at 11pm I got a message "Your phone number has been updated". My correct line is 0711 452 093. I think they got my PIN, it was 0 9 1 1 (my birthday 9 Nov), I have now changed it.""",
        opts=dict(default_region="KE"),
        exp=dict(
            transaction_date=["2028-07-06T23:00"],
            error_message=["Your phone number has been updated"],
            account_contact=["+254711452093"],
        ),
        sens=["pin"],
        secrets=["0 9 1 1"],
    ),
    dict(
        lang="en",
        sent=NA,
        text="""Tafadhali help, sending USD 2,300 to Kampala for my brother's hospital bill. Stanbic Uganda account 9030012758641, swift SBICUGKX. Error "Destination not supported for this currency". Is Uganda blocked?""",
        exp=dict(
            amount=["2300.00 USD"],
            country=["UG"],
            recipient_account=["9030012758641"],
            swift_bic=["SBICUGKX"],
            error_message=["Destination not supported for this currency"],
        ),
    ),
    dict(
        lang="en",
        sent=NA,
        text="""hi my phone was snatched in town (Moi Avenue) around 1pm today, Samsung A15. Please block OKPay, there is like 40k inside. My other line 0733 905 112, email kip.mutai88@gmail.com""",
        opts=dict(default_region="KE"),
        exp=dict(
            transaction_date=["2028-07-07T13:00"],
            device_model=["Samsung Galaxy A15"],
            amount=["40000.00 KES"],
            account_contact=["+254733905112", "kip.mutai88@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=NA,
        text="""Why am I being charged Ksh 33 for every transfer to Airtel Money? The tariff said free below Ksh 1,000 and I sent Ksh 800 on 3 July (ref AT-88201-KE). Refund pls.""",
        exp=dict(
            amount=["33.00 KES", "800.00 KES"],
            transaction_date=["2028-07-03"],
            transaction_id=["AT-88201-KE"],
        ),
    ),
    dict(
        lang="en",
        sent=NA,
        text="""Hello team. My card details got used on a site I don't know, charge of $64.99 from "GAMEVAULT*PRO". I have the card here with me. Card: 4716 2085 5931 0046, the back number is 219. I need a new card and my money back. Ticket OK-SUP-90331 from the chat.""",
        exp=dict(amount=["64.99 USD"]),
        sens=["card_number", "cvv"],
        secrets=["4716 2085 5931 0046", "219"],
    ),
    dict(
        lang="en",
        sent=NA,
        text="""App version 8.2.9 on my Nokia G42 is saying "This version is no longer supported. Please update" but Play Store shows no update. Android 13.""",
        exp=dict(
            app_version=["8.2.9"],
            device_model=["Nokia G42"],
            error_message=["This version is no longer supported. Please update"],
            os_version=["Android 13"],
        ),
    ),
    dict(
        lang="en",
        sent=NA,
        text="""Customer service at the Sarit Centre branch told me to email you. They asked me to read the 6 digit code from SMS and I refused because your app says never share it. Is that correct procedure? I just want to increase my limit from Ksh 150,000.""",
        exp={},
    ),
    dict(
        lang="en",
        sent=NA,
        text="""Hi, quick one: received KSh 7,500 from a stranger this morning (ref OKKE-7712003), then he called on 0798 114 552 asking me to send it back to another number. Sounds like a scam. Should I just leave it?""",
        exp=dict(
            amount=["7500.00 KES"],
            transaction_date=["2028-07-07"],
            transaction_id=["OKKE-7712003"],
        ),
    ),
    # ---------------------------------------------------------------- English, Jakarta / Bangkok / Ho Chi Minh City
    dict(
        lang="en",
        sent=JK,
        text="""Selamat siang. I topped up Rp 1.500.000 via BCA virtual account 3901 0812 7745 2290 yesterday at 19.30 WIB, the BCA receipt says "Berhasil" but OKPay saldo not updated. No. referensi 2807051930BCA44871. Tolong dicek ya.
Dewi - 0812-9034-1177""",
        opts=dict(default_region="ID"),
        exp=dict(
            amount=["1500000.00 IDR"],
            recipient_account=["3901081277452290"],
            transaction_date=["2028-07-05T19:30"],
            error_message=["Berhasil"],
            transaction_id=["2807051930BCA44871"],
            account_contact=["+6281290341177"],
        ),
    ),
    dict(
        lang="en",
        sent=JK,
        text="""hi admin, kode OTP nya 4-4-0-9-1-8 tapi selalu "Kode OTP salah". I already restart my hp (Redmi Note 12, OKPay 8.3.6). pls help, my number 0857 2211 4903""",
        opts=dict(default_region="ID"),
        exp=dict(
            error_message=["Kode OTP salah"],
            device_model=["Redmi Note 12"],
            app_version=["8.3.6"],
            account_contact=["+6285722114903"],
        ),
        sens=["otp"],
        secrets=["4-4-0-9-1-8"],
    ),
    dict(
        lang="en",
        sent=JK,
        text="""I paid Rp150rb at Indomaret this morning with OKPay QRIS and the cashier said it failed, so I paid cash. But the app shows "Transaksi berhasil" and the 150 thousand is gone. Receipt from the cashier has no. struk 0706-2211-0048. Pls refund.""",
        exp=dict(
            amount=["150000.00 IDR"],
            transaction_date=["2028-07-06"],
            error_message=["Transaksi berhasil"],
            transaction_id=["0706-2211-0048"],
        ),
    ),
    dict(
        lang="en",
        sent=JK,
        text="""Need help to pay my Bali villa booking, deposit IDR 6,750,000 to Bank Mandiri 1370019284573 SWIFT BMRIIDJA, owner name I Made Sutama. App says "Receiving bank unavailable". Is it a holiday there? I'm in Perth now, flying to Denpasar on 20 July.
Cheers, Liam""",
        exp=dict(
            amount=["6750000.00 IDR"],
            recipient_account=["1370019284573"],
            swift_bic=["BMRIIDJA"],
            error_message=["Receiving bank unavailable"],
            country=["ID"],
        ),
    ),
    dict(
        lang="en",
        sent=JK,
        text="""Hello, my password is not working after I changed phone. I use kata sandi "Bunga_Matahari88" since last year. New phone is vivo Y36, app 8.4.1. Message: "Akun Anda terkunci selama 30 menit". rina.s@ymail.com""",
        exp=dict(
            error_message=["Akun Anda terkunci selama 30 menit"],
            device_model=["vivo Y36"],
            app_version=["8.4.1"],
            account_contact=["rina.s@ymail.com"],
        ),
        sens=["password"],
        secrets=["Bunga_Matahari88"],
    ),
    dict(
        lang="en",
        sent=JK,
        text="""Can I use OKPay in Japan next month? I go to Osaka 14-21 August. I will bring around 80,000 yen only. And is the rate fixed? My promo code from Traveloka is TVLJPN25, does it work with OKPay?""",
        exp=dict(country=["JP"], amount=["80000 JPY"]),
    ),
    dict(
        lang="en",
        sent=JK,
        text="""Sawasdee krub. Shopee order 2807041AB93KQ paid ฿2,390 on Tuesday with OKPay, Shopee cancelled it but no refund yet. It has been 2 days. Phone 081 447 2093.""",
        opts=dict(default_region="TH"),
        exp=dict(
            transaction_id=["2807041AB93KQ"],
            amount=["2390.00 THB"],
            transaction_date=["2028-07-04"],
            account_contact=["+66814472093"],
        ),
    ),
    dict(
        lang="en",
        sent=JK,
        text="""hi, I tried to add my Kbank card for top up. The form asked card no. and I wrote 4047 3012 8866 5192, expiry 03/31, cvv 8 8 2. Then error "Card type not supported (C-204)". Which cards are ok??""",
        exp=dict(error_message=["Card type not supported (C-204)"]),
        sens=["card_number", "cvv"],
        secrets=["4047 3012 8866 5192", "8 8 2"],
    ),
    dict(
        lang="en",
        sent=JK,
        text="""Dear team, I sent 35,000 baht to my friend in Vientiane on 3/7 but she got only 9,100,000 kip, should be about 9,600,000 by your own rate (1 THB = 275 LAK). Transfer no. TH-LA-030728-6. Where is the difference? Nattaporn 089 615 2248""",
        opts=dict(default_region="TH"),
        exp=dict(
            amount=["35000.00 THB", "9100000.00 LAK", "9600000.00 LAK"],
            country=["LA"],
            transaction_date=["2028-07-03"],
            transaction_id=["TH-LA-030728-6"],
            account_contact=["+66896152248"],
        ),
    ),
    dict(
        lang="en",
        sent=JK,
        text="""The 7-Eleven top-up barcode 2200 4471 8803 9916 expired before I could pay and the app shows "Code expired, generate a new one". Now I can't generate a new one, it says "Daily top-up limit reached" but I did not top up today. Galaxy A35, Android 14.""",
        exp=dict(
            error_message=["Code expired, generate a new one", "Daily top-up limit reached"],
            device_model=["Samsung Galaxy A35"],
            os_version=["Android 14"],
        ),
    ),
    dict(
        lang="en",
        sent=JK,
        text="""Xin chào, tôi là Minh. I transferred 5.000.000đ to a wrong account at Vietcombank yesterday 4pm, account 0071000923518 instead of 0071000923581. Mã giao dịch FT28187004512. Please help recall the money. Số điện thoại 0903 771 245.""",
        opts=dict(default_region="VN"),
        exp=dict(
            amount=["5000000 VND"],
            transaction_date=["2028-07-05T16:00"],
            recipient_account=["0071000923518", "0071000923581"],
            transaction_id=["FT28187004512"],
            account_contact=["+84903771245"],
        ),
    ),
    dict(
        lang="en",
        sent=JK,
        text="""my mật khẩu (password) got changed by someone, the new one is not mine. old was hoa.sen.2019 . the email about change came at 02:13 today. I am locked. vu.thanh.ha@gmail.com, iPhone 11.""",
        exp=dict(
            transaction_date=["2028-07-06T02:13"],
            account_contact=["vu.thanh.ha@gmail.com"],
            device_model=["iPhone 11"],
        ),
        sens=["password"],
        secrets=["hoa.sen.2019"],
    ),
    dict(
        lang="en",
        sent=JK,
        text="""Hi. Your app charges 2.9% for USD to VND, so for $500 I lost like 360,000 dong vs the bank. Not happy. Also the Vietnamese translation says "Nạp tiền" on the withdraw button, confusing.""",
        exp=dict(amount=["500.00 USD", "360000 VND"]),
    ),
    dict(
        lang="en",
        sent=JK,
        text="""Support ticket #ID-448210 please update. The issue: OKPay QR payments fail on my OPPO A78 with "QR tidak valid" since Monday. App 8.4.0, ColorOS 13.1. Merchant QRIS NMID ID1023004471885 at a warung in Bandung.""",
        exp=dict(
            device_model=["OPPO A78"],
            error_message=["QR tidak valid"],
            transaction_date=["2028-07-03"],
            app_version=["8.4.0"],
            os_version=["ColorOS 13.1"],
            country=["ID"],
        ),
    ),
    # ---------------------------------------------------------------- English, Seoul
    dict(
        lang="en",
        sent=SE,
        text="""Hello, I am Korean user writing in English sorry for mistakes. Yesterday I paid ₩48,500 at Olive Young Myeongdong with OKPay card but charged two times. Approval no. 30918842 and 30918847. Refund please. 010-4418-2093""",
        opts=dict(default_region="KR"),
        exp=dict(
            amount=["48500 KRW"],
            transaction_date=["2028-07-09"],
            transaction_id=["30918842", "30918847"],
            account_contact=["+821044182093"],
        ),
    ),
    dict(
        lang="en",
        sent=SE,
        text="""Subject: 인증번호 problem

I got 인증번호 [OKPay] 인증번호 [305917] 타인 노출 금지 but app says "인증 시간이 초과되었습니다" even I typed in 1 minute. Galaxy S24 Ultra, One UI 6.1. Please fix quick, it is midnight and I need to pay rent.""",
        exp=dict(
            error_message=["인증 시간이 초과되었습니다"],
            device_model=["Samsung Galaxy S24 Ultra"],
            os_version=["One UI 6.1"],
        ),
        sens=["otp"],
        secrets=["305917"],
    ),
    dict(
        lang="en",
        sent=SE,
        text="""Dear OKPay, I want to send my tuition to Melbourne, AUD 14,200, Commonwealth Bank BSB 063-000 account 1048 8273, SWIFT CTBAAU2S. Today the rate is 1 AUD = 912 KRW? That seems high. I'll send on Wednesday if rate goes down.
Park Ji-won (jiwon.park92@naver.com)""",
        exp=dict(
            country=["AU"],
            amount=["14200.00 AUD"],
            recipient_account=["10488273"],
            swift_bic=["CTBAAU2S"],
            account_contact=["jiwon.park92@naver.com"],
        ),
    ),
    dict(
        lang="en",
        sent=SE,
        text="""Last night 11pm I withdrew ₩300,000 at a GS25 ATM in Busan, machine said "거래가 취소되었습니다" and gave no cash. But balance shows minus 300,000. ATM no. on receipt 0417. Please help.""",
        exp=dict(
            transaction_date=["2028-07-09T23:00"],
            amount=["300000 KRW"],
            error_message=["거래가 취소되었습니다"],
            country=["KR"],
        ),
    ),
    dict(
        lang="en",
        sent=SE,
        text="""My 비밀번호 for the app is 6 digits, I set it 240815 (our wedding day) but now it says "Passcode incorrect. 2 attempts left". I'm scared to try again. iPhone 14 Pro, iOS 17.5.1, OKPay 8.4.2.""",
        exp=dict(
            error_message=["Passcode incorrect. 2 attempts left"],
            device_model=["iPhone 14 Pro"],
            os_version=["iOS 17.5.1"],
            app_version=["8.4.2"],
        ),
        sens=["pin"],
        secrets=["240815"],
    ),
    dict(
        lang="en",
        sent=SE,
        text="""Hi, do you support KakaoBank as a linked account? I tried account 3333-08-4417729 and it said "Unsupported bank". Also how long is the 7-day hold for new accounts, because I opened on 2 July?""",
        exp=dict(error_message=["Unsupported bank"], recipient_account=["3333084417729"]),
    ),
    dict(
        lang="en",
        sent=SE,
        text="""Phone stolen at Hongdae club on Saturday night. Galaxy S23. I used the same number 1357 for the app and the phone lock, so they can open everything. Please freeze. Contact me at my sister's email: soyeon.lee.2@daum.net (that's my backup email registered too).""",
        exp=dict(
            transaction_date=["2028-07-08"],
            device_model=["Samsung Galaxy S23"],
            account_contact=["soyeon.lee.2@daum.net"],
        ),
        sens=["pin"],
        secrets=["1357"],
    ),
    dict(
        lang="en",
        sent=SE,
        text="""Feedback: the Korean UI is great but the font for amounts is too small on Galaxy Tab S8. Also please add T-money top-up. Thank you 감사합니다""",
        exp={},
    ),
    dict(
        lang="en",
        sent=SE,
        text="""I bought a flight on Jeju Air for ₩189,000 on 7월 6일, got the error "결제 실패 (E-7701)" but money was taken. Booking code Q7XH2M (not a payment number, the airline one). Order no. JJ280706-55102. My email minseo.kang@gmail.com""",
        exp=dict(
            amount=["189000 KRW"],
            transaction_date=["2028-07-06"],
            error_message=["결제 실패 (E-7701)"],
            transaction_id=["JJ280706-55102"],
            account_contact=["minseo.kang@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=SE,
        text="""Quick question, the app asks for my 주민등록번호 last 7 digits to verify. Is this safe to give? It's only 1****** shown. I don't want to type my PIN or anything else.""",
        exp={},
    ),
    # ---------------------------------------------------------------- English, São Paulo
    dict(
        lang="en",
        sent=SP,
        text="""Olá! I made a Pix of R$ 1.850,00 to my landlord today at 14h20 and the app says "Pix em processamento" for 7 hours now. ID da transação E18236120202807111720s0a9b4f1c2d. Could you check? Thiago, (11) 98472-3310""",
        opts=dict(default_region="BR"),
        exp=dict(
            amount=["1850.00 BRL"],
            transaction_date=["2028-07-11T14:20"],
            error_message=["Pix em processamento"],
            transaction_id=["E18236120202807111720s0a9b4f1c2d"],
            account_contact=["+5511984723310"],
        ),
    ),
    dict(
        lang="en",
        sent=SP,
        text="""my card is blocked after I typed the senha wrong at the ATM in Campinas. the senha is 5091, I'm sure now. can you unblock? Itaú ATM said "Senha bloqueada". cpf 418.220.667-09, email carla.menezes@uol.com.br""",
        exp=dict(
            error_message=["Senha bloqueada"],
            account_contact=["carla.menezes@uol.com.br"],
            country=["BR"],
        ),
        sens=["pin"],
        secrets=["5091"],
    ),
    dict(
        lang="en",
        sent=SP,
        text="""Hi, sending €3.200 to my mother in Porto, Millennium bcp IBAN PT50 0033 0000 8216 9752 7633 9, BIC BCOMPTP. Is it arriving same day? I will send tomorrow morning. Also what is your fee, my bank charges R$ 45.""",
        exp=dict(
            amount=["3200.00 EUR"],
            country=["PT"],
            recipient_account=["PT50003300008216975276339"],
        ),
        inv=dict(swift_bic=[["BCOMPTP", "bic_length"]]),
    ),
    dict(
        lang="en",
        sent=SP,
        text="""I received a WhatsApp from "OKPay Suporte" +55 11 4003-9921 asking for the código de verificação. I sent them 8 1 4 - 2 7 3 and then they changed my email!! Now I can't log in. it was around 6pm. my phone (21) 99630-1184""",
        opts=dict(default_region="BR"),
        exp=dict(
            transaction_date=["2028-07-11T18:00"],
            account_contact=["+5521996301184"],
        ),
        sens=["otp"],
        secrets=["8 1 4 - 2 7 3"],
    ),
    dict(
        lang="en",
        sent=SP,
        text="""Boleto payment of R$ 689,90 for my internet bill was debited twice on 10/07. Linha digitável 23793.38128 60007.827136 95000.063305 9 98320000068990. Comprovante ids BOL-2807-33018 and BOL-2807-33019. Pls refund the duplicate.""",
        exp=dict(
            amount=["689.90 BRL"],
            transaction_date=["2028-07-10"],
            transaction_id=["BOL-2807-33018", "BOL-2807-33019"],
        ),
    ),
    dict(
        lang="en",
        sent=SP,
        text="""Motorola Moto G84, Android 14, OKPay 8.4.1: when I try to scan a Pix QR the camera freezes and then "Erro inesperado. Código 5012". Reinstalled twice. gabriel.rocha.dev@gmail.com""",
        exp=dict(
            device_model=["Motorola Moto G84"],
            os_version=["Android 14"],
            app_version=["8.4.1"],
            error_message=["Erro inesperado. Código 5012"],
            account_contact=["gabriel.rocha.dev@gmail.com"],
        ),
    ),
    dict(
        lang="en",
        sent=SP,
        text="""Hello, I think my card was cloned. Charges in Miami on July 9 of US$ 312.40 and US$ 88.00, I was in São Paulo all week. Card number is 5502 0941 7736 1289, I still have it. Contact: 11 97733-4058""",
        opts=dict(default_region="BR"),
        exp=dict(
            country=["US"],
            transaction_date=["2028-07-09"],
            amount=["312.40 USD", "88.00 USD"],
            account_contact=["+5511977334058"],
        ),
        sens=["card_number"],
        secrets=["5502 0941 7736 1289"],
    ),
    dict(
        lang="en",
        sent=SP,
        text="""Please why my limit for Pix at night is only R$ 1.000? I need to send R$ 2.500 to a supplier tonight. Already asked in ticket 771204 on Friday.""",
        exp=dict(amount=["2500.00 BRL"]),
    ),
    dict(
        lang="en",
        sent=SP,
        text="""Forgot my password. The recovery email goes to my old job address renata.alves@grupoaurora.com.br that I can't access anymore. My personal is renata.alves.sp@gmail.com. Phone in the account is (11) 3047-5528 (landline, I know...).""",
        opts=dict(default_region="BR"),
        exp=dict(
            account_contact=[
                "renata.alves@grupoaurora.com.br",
                "renata.alves.sp@gmail.com",
                "+551130475528",
            ]
        ),
    ),
    dict(
        lang="en",
        sent=SP,
        text="""Bom dia, I bought on Mercado Livre for R$ 249,99 with OKPay card and the purchase was "Recusada" but I see it pending in the app. Then I tried again with the same card typing the código de segurança 046 and it worked, so now maybe 2 charges? pedido 2000008811234471""",
        exp=dict(
            amount=["249.99 BRL"],
            error_message=["Recusada"],
            transaction_id=["2000008811234471"],
        ),
        sens=["cvv"],
        secrets=["046"],
    ),
    dict(
        lang="en",
        sent=SP,
        text="""The app is in English only for me even when my phone is in Portuguese. Samsung Galaxy A54. Please add Português. Otherwise very good, parabéns.""",
        exp=dict(device_model=["Samsung Galaxy A54"]),
    ),
    dict(
        lang="en",
        sent=SP,
        text="""Sending USD 4,000 to my daughter in Toronto. TD account 6012-5538147, transit 10202, institution 004, SWIFT TDOMCATTTOR. The app error: "Beneficiary account format invalid for CA". What format do you want?""",
        exp=dict(
            amount=["4000.00 USD"],
            country=["CA"],
            recipient_account=["60125538147"],
            swift_bic=["TDOMCATTTOR"],
            error_message=["Beneficiary account format invalid for CA"],
        ),
    ),
    dict(
        lang="en",
        sent=SP,
        text="""Hi I'm trying to log in on a new iPhone 15 and the email code is "K4-77Q9" but the app says "Code must be 6 digits". It's 6 characters?? Please help. user: larissa.f.oliveira@hotmail.com""",
        exp=dict(
            device_model=["iPhone 15"],
            error_message=["Code must be 6 digits"],
            account_contact=["larissa.f.oliveira@hotmail.com"],
        ),
        sens=["otp"],
        secrets=["K4-77Q9"],
    ),
    dict(
        lang="en",
        sent=SP,
        text="""Complaint: I was told by your chat on Saturday (protocol 2028070811442) that my refund of R$ 132,50 would arrive "em até 48 horas". Today is Tuesday. Order MGL-5528119.""",
        exp=dict(amount=["132.50 BRL"], transaction_id=["MGL-5528119"]),
    ),
    # ---------------------------------------------------------------- Chinese, Hong Kong / Macau / Taipei (traditional)
    dict(
        lang="zh",
        sent=HK,
        text="""你好，我琴晚大概十一點幾喺 HKTVmall 買嘢俾咗 HK$1,288，但係 app 顯示「付款未能完成」，信用卡月結單又見到扣咗數。訂單編號 H2807114471902。唔該幫手查下。
陳小姐 6130 2287""",
        opts=dict(default_region="HK"),
        exp=dict(
            transaction_date=["2028-07-11T23:00"],
            amount=["1288.00 HKD"],
            error_message=["付款未能完成"],
            transaction_id=["H2807114471902"],
            account_contact=["+85261302287"],
        ),
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""頭先有個男人打嚟話係 OKPay 保安部，話我個戶口有可疑交易，叫我讀返個驗證碼俾佢聽，我講咗「七三八，二零四」。跟住就收到短訊話轉咗 $8,000 出去！我電話係 9472 6618，快啲幫我凍結！""",
        opts=dict(default_region="HK"),
        exp=dict(
            transaction_date=["2028-07-12"],
            amount=["8000.00 HKD"],
            account_contact=["+85294726618"],
        ),
        sens=["otp"],
        secrets=["七三八，二零四"],
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""想問下轉錢去英國，收款人係我個仔，佢喺 Leeds 讀書，HSBC UK，IBAN GB62 HBUK 4012 7731 8829，BIC HBUKGB4B。轉 £2,000 手續費幾多？匯率係咪即時？""",
        exp=dict(
            country=["GB"],
            swift_bic=["HBUKGB4B"],
            amount=["2000.00 GBP"],
        ),
        inv=dict(recipient_account=[["GB62HBUK401277318829", "iban_length"]]),
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""部 iPhone 13 Pro 一開 OKPay 8.4.2，撳埋個 PIN（083615）就彈返出嚟，iOS 17.5.1，重裝咗都係咁。無任何錯誤訊息。""",
        exp=dict(
            device_model=["iPhone 13 Pro"],
            app_version=["8.4.2"],
            os_version=["iOS 17.5.1"],
        ),
        sens=["pin"],
        secrets=["083615"],
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""我部手機喺旺角小巴上面唔見咗，Samsung Galaxy S22，OKPay 入面仲有成萬幾蚊。我個 app 密碼係 hk_dragon852，驚佢哋會試到。後備電郵 kelvin.wong.hk@gmail.com，請即刻鎖住個戶口。""",
        exp=dict(
            device_model=["Samsung Galaxy S22"],
            account_contact=["kelvin.wong.hk@gmail.com"],
        ),
        sens=["password"],
        secrets=["hk_dragon852"],
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""上個禮拜五喺澳門威尼斯人碌 OKPay 卡，MOP 2,460，但係收咗我兩次 HK$2,388.35。交易編號 MO-0707-20931 同 MO-0707-20932。請退返多收嗰次。電郵：chloe.lam@netvigator.com""",
        exp=dict(
            transaction_date=["2028-07-07"],
            country=["MO"],
            amount=["2460.00 MOP", "2388.35 HKD"],
            transaction_id=["MO-0707-20931", "MO-0707-20932"],
            account_contact=["chloe.lam@netvigator.com"],
        ),
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""你哋個增值優惠碼 SUMMER88 用唔到，話「優惠碼無效」。我增值咗 $500，應該有 $20 回贈。另外我之前開咗個 case 編號 CS-880214，到而家都冇人覆。""",
        exp=dict(
            error_message=["優惠碼無效"],
            amount=["500.00 HKD", "20.00 HKD"],
        ),
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""綁定信用卡嗰陣，佢問我卡背面嗰三個字，我入咗 5 2 7，之後話「發卡銀行拒絕此卡」。卡號 4539 6611 2074 3381，到期 09/30。係咪要打去銀行？""",
        exp=dict(error_message=["發卡銀行拒絕此卡"]),
        sens=["cvv", "card_number"],
        secrets=["5 2 7", "4539 6611 2074 3381"],
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""好失望，轉數快轉 $3,200 俾業主，尋日下晝三點轉，到而家都話「處理中」。業主話未收到。參考編號 FPS28071115002281。業主個戶口係恒生 024-388-104477-882。""",
        exp=dict(
            amount=["3200.00 HKD"],
            transaction_date=["2028-07-11T15:00"],
            error_message=["處理中"],
            transaction_id=["FPS28071115002281"],
            recipient_account=["024388104477882"],
        ),
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""唔該，我收到一個短訊話我中咗 OKPay 週年抽獎，要我俾 $150 手續費先可以攞 $5,000 獎金，仲話要我嘅身份證號碼 Y123456(7)。呢個係咪你哋發嘅？個號碼係 5748 2291。""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""Hello，我喺日本旅行，今日喺大阪唐吉訶德用 OKPay 卡俾 ¥23,800，部機顯示「カードが使用できません」。之前喺東京都用得。Pixel 8，app 8.4.1。""",
        exp=dict(
            country=["JP"],
            amount=["23800 JPY"],
            transaction_date=["2028-07-12"],
            error_message=["カードが使用できません"],
            device_model=["Google Pixel 8"],
            app_version=["8.4.1"],
        ),
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""您好，本人於 2028 年 7 月 10 日透過貴公司轉賬 US$6,500 至新加坡 DBS 戶口 072-9918-442，SWIFT DBSSSGSG，至今對方仍未收到，狀態顯示「已匯出」。交易編號 OKHK-SG-771029。煩請跟進。
李國強 謹啟
電話：2881 6604""",
        opts=dict(default_region="HK"),
        exp=dict(
            transaction_date=["2028-07-10"],
            amount=["6500.00 USD"],
            country=["SG"],
            recipient_account=["0729918442"],
            swift_bic=["DBSSSGSG"],
            error_message=["已匯出"],
            transaction_id=["OKHK-SG-771029"],
            account_contact=["+85228816604"],
        ),
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""我想改提款卡密碼，舊嗰個係 4408，新卡要喺邊度改？仲有，提款機每日上限係咪 HK$10,000？""",
        exp={},
        sens=["pin"],
        secrets=["4408"],
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""建議：希望 app 可以加返深色模式，夜晚用好刺眼。另外轉賬記錄可唔可以用標籤分類？多謝。""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""您好，我在台北用 OKPay 綁的街口支付付款，昨天晚上 8 點多付了 NT$1,560 給一家餐廳，結果顯示「交易逾時」，但錢已經扣了。交易序號 JK2807118820419。我的手機 0912-334-208。""",
        opts=dict(default_region="TW"),
        exp=dict(
            country=["TW"],
            transaction_date=["2028-07-11T20:00"],
            amount=["1560.00 TWD"],
            error_message=["交易逾時"],
            transaction_id=["JK2807118820419"],
            account_contact=["+886912334208"],
        ),
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""請問為什麼我一直收到 OKPay 的簡訊 OTP？內容是「您的一次性驗證碼為 620 913，請勿告知他人」，但我根本沒有登入。是不是有人在試我的帳號？信箱 yuting.huang@gmail.com""",
        exp=dict(account_contact=["yuting.huang@gmail.com"]),
        sens=["otp"],
        secrets=["620 913"],
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""我要匯款到美國給房東，US$2,150，Chase 帳號 483 920 117 6，routing number 021000021，SWIFT CHASUS33。APP 說「每日匯出上限為 US$2,000」，可以提高嗎？""",
        exp=dict(
            amount=["2150.00 USD"],
            country=["US"],
            recipient_account=["4839201176"],
            swift_bic=["CHASUS33"],
            error_message=["每日匯出上限為 US$2,000"],
        ),
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""上週三在蝦皮買東西 NT$799，賣家取消訂單了，退款到現在還沒回來。訂單編號 280705QK7TM21C。蝦皮說已經退到 OKPay 了。""",
        exp=dict(
            transaction_date=["2028-07-05"],
            amount=["799.00 TWD"],
            transaction_id=["280705QK7TM21C"],
        ),
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""我的登入密碼是「Taichung#0417」，一直顯示「帳號或密碼錯誤」。手機是 ASUS Zenfone 10，Android 14，版本 8.4.0。已經試了五次，怕被鎖。""",
        exp=dict(
            error_message=["帳號或密碼錯誤"],
            device_model=["ASUS Zenfone 10"],
            os_version=["Android 14"],
            app_version=["8.4.0"],
        ),
        sens=["password"],
        secrets=["Taichung#0417"],
    ),
    dict(
        lang="zh",
        sent=HK,
        text="""我是澳門用戶，用 OKPay 充值 MOP 1,000，BNU 扣了錢，但 OKPay 餘額沒有變。充值時間 7 月 11 日 09:42，參考號 BNU-TP-3380192。聯絡電話 6628 4471。""",
        opts=dict(default_region="MO"),
        exp=dict(
            amount=["1000.00 MOP"],
            transaction_date=["2028-07-11T09:42"],
            transaction_id=["BNU-TP-3380192"],
            account_contact=["+85366284471"],
        ),
    ),
    # ---------------------------------------------------------------- Chinese, Guangzhou (simplified)
    dict(
        lang="zh",
        sent=GZ,
        text="""客服你好，昨天下午在天河城用 OKPay 扫码付了 ¥3,680 买手机，商家说没收到，让我又付了一次。两笔都扣了。交易单号 OK2807121533018 和 OK2807121538442。我的手机 137 2840 5519。""",
        opts=dict(default_region="CN"),
        exp=dict(
            transaction_date=["2028-07-12"],
            amount=["3680.00 CNY"],
            transaction_id=["OK2807121533018", "OK2807121538442"],
            account_contact=["+8613728405519"],
        ),
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""刚才收到一条短信：【OKPay】验证码 伍捌贰零壹玖，用于解绑银行卡，请勿泄露。我没有操作解绑！是不是有人在盗我的号？邮箱 liang.jiahui@163.com""",
        exp=dict(account_contact=["liang.jiahui@163.com"]),
        sens=["otp"],
        secrets=["伍捌贰零壹玖"],
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""我想给在越南胡志明市的工厂付货款 3 亿越南盾，收款行 Vietcombank，账号 0071 0009 2351 8，SWIFT BFTVVNVX。请问这个金额要不要额外材料？今天能到吗？""",
        exp=dict(
            country=["VN"],
            amount=["300000000 VND"],
            recipient_account=["0071000923518"],
            swift_bic=["BFTVVNVX"],
        ),
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""小米 14 Ultra 更新到澎湃OS 1.0.8 之后，OKPay 8.4.2 打开就白屏，过一会提示“应用程序无响应”。""",
        exp=dict(
            device_model=["Xiaomi 14 Ultra"],
            os_version=["HyperOS 1.0.8"],
            app_version=["8.4.2"],
            error_message=["应用程序无响应"],
        ),
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""我的登录密码是 wangxiaoming1988，今天早上突然登不上，提示“该账号已在其他设备登录”。我只有一台手机 vivo X100，没有在别的地方登录过！""",
        exp=dict(
            transaction_date=["2028-07-13"],
            error_message=["该账号已在其他设备登录"],
            device_model=["vivo X100"],
        ),
        sens=["password"],
        secrets=["wangxiaoming1988"],
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""你好，上周三给房东转了 4,500 元房租，房东说没收到。我这边显示“转账成功”。房东的建行卡号 6217 0033 2001 8845 102。流水号 2028070509124471。""",
        exp=dict(
            transaction_date=["2028-07-05"],
            amount=["4500.00 CNY"],
            error_message=["转账成功"],
            recipient_account=["6217003320018845102"],
            transaction_id=["2028070509124471"],
        ),
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""朋友在群里发了个口令红包，口令是“恭喜发财大吉大利”，我输入后提示“红包已过期”，但明明才发了 5 分钟。金额是 88 元。""",
        exp=dict(error_message=["红包已过期"], amount=["88.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""请帮我查一下，我 7 月 8 号在泰国普吉岛酒店刷卡 12,400 泰铢，OKPay 按 1 泰铢 = 0.2051 元扣了 2,543.24 元，可是银行牌价才 0.1987。多扣的钱能退吗？交易号 PK0708-99312。""",
        exp=dict(
            transaction_date=["2028-07-08"],
            country=["TH"],
            amount=["12400.00 THB", "2543.24 CNY"],
            transaction_id=["PK0708-99312"],
        ),
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""我妈妈的手机掉了（华为 nova 11），她的 OKPay 支付密码是 961027，就是她生日，很危险。请马上冻结她的账户，账户手机号 139 2231 8804。我是她女儿，我的电话 186 6602 4418。""",
        opts=dict(default_region="CN"),
        exp=dict(
            device_model=["Huawei nova 11"],
            account_contact=["+8613922318804"],
        ),
        sens=["password"],
        secrets=["961027"],
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""快递单号 SF1468830291774 的包裹一直没到，但我在你们 App 里买的这个东西已经付了 ¥459。店家说要我提供取件码，取件码 8-3-2207 我也给了。订单号 DD28070918843。""",
        exp=dict(amount=["459.00 CNY"], transaction_id=["DD28070918843"]),
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""提现到工商银行卡，提示“收款卡户名与实名信息不一致（错误码 W-3021）”。卡号 6222 0236 0200 1182 447 就是我本人的卡。提现金额 8,000 元。""",
        exp=dict(
            error_message=["收款卡户名与实名信息不一致（错误码 W-3021）"],
            recipient_account=["6222023602001182447"],
            amount=["8000.00 CNY"],
        ),
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""你们的客服热线 95xxx 一直占线。我要投诉：上个月说好的新用户首充奖励 30 元到现在没发。邀请码 K8Q2MV 也是你们给的。""",
        exp=dict(amount=["30.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""我在淘宝买东西，OKPay 虚拟卡付款时要填卡号和安全码。卡号 6259 6511 2084 3318，安全码三位 018。填完提示“暂不支持该卡组织”。订单金额 ¥1,299。""",
        exp=dict(error_message=["暂不支持该卡组织"], amount=["1299.00 CNY"]),
        sens=["card_number", "cvv"],
        secrets=["6259 6511 2084 3318", "018"],
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""建议你们把转账页面的“最近联系人”放前面，每次都要翻很久。还有，能不能加一个月度账单导出 PDF？谢谢！""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""您好，昨晚九点半左右有人冒充快递员打电话给我，说包裹丢了要理赔，让我开屏幕共享。我开了大概两分钟，期间他让我念了一个验证码 3 8 5 1 0 6。今天早上发现余额少了 12,000 元，转到一个叫“理赔中心”的账户。我的号码 158 1920 3367。""",
        opts=dict(default_region="CN"),
        exp=dict(
            transaction_date=["2028-07-12T21:30"],
            amount=["12000.00 CNY"],
            account_contact=["+8615819203367"],
        ),
        sens=["otp"],
        secrets=["3 8 5 1 0 6"],
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""我在土耳其伊斯坦布尔大巴扎买地毯，商家要我通过 OKPay 转 ₺28,500 到他的账户 TR84 0004 6005 1343 3137 4563 63，SWIFT AKBKTRIS。显示“收款人账户存在风险，交易已拦截”。是不是骗子？""",
        exp=dict(
            country=["TR"],
            amount=["28500.00 TRY"],
            recipient_account=["TR840004600513433137456363"],
            swift_bic=["AKBKTRIS"],
            error_message=["收款人账户存在风险，交易已拦截"],
        ),
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""App 里人脸识别一直失败，提示“请保持光线充足”，我都站在窗边了。OPPO Find X7，ColorOS 14，App 8.3.9。身份证后四位 201X 这个要不要填？""",
        exp=dict(
            error_message=["请保持光线充足"],
            device_model=["OPPO Find X7"],
            os_version=["ColorOS 14"],
            app_version=["8.3.9"],
        ),
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""网银 U 盾密码 gz@88Tianhe 我刚才在一个“OKPay 安全中心”的网页里输过，后来觉得不对。我的 OKPay 绑定了这张工行卡。要怎么办？手机 135 0302 7761""",
        opts=dict(default_region="CN"),
        exp=dict(account_contact=["+8613503027761"]),
        sens=["password"],
        secrets=["gz@88Tianhe"],
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""充值话费 100 元，显示“充值失败，款项将原路退回”，已经三天了还没退。订单 HF2807101122. 客服工单 GD-20280711-4471。""",
        exp=dict(
            amount=["100.00 CNY"],
            error_message=["充值失败，款项将原路退回"],
            transaction_id=["HF2807101122"],
            transaction_date=["2028-07-10"],
        ),
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""给在迪拜的表哥汇 20,000 迪拉姆，Emirates NBD，IBAN AE84 0263 6330 9466 8737 968，BIC EBILAEAD。请问最快什么时候到？手续费多少？""",
        exp=dict(
            country=["AE"],
            amount=["20000.00 AED"],
            recipient_account=["AE840263633094668737968"],
            swift_bic=["EBILAEAD"],
        ),
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""转发一下我之前的邮件，还没人回复：

> 发件人：周明 <zhouming.gz@qq.com>
> 日期：2028年7月10日
> 我的交易密码 520131 被别人知道了，请帮我重置。账户 zhouming.gz@qq.com

已经过了三天了！！""",
        exp={},
        secrets=["520131"],
    ),
    dict(
        lang="zh",
        sent=GZ,
        text="""Apple Pay 添加 OKPay 卡的时候，银行发来短信验证码“Your OKPay verification code is 447 091”，输入后显示“无法添加卡片”。iPhone 15 Plus，iOS 17.5.1。""",
        exp=dict(
            error_message=["无法添加卡片"],
            device_model=["iPhone 15 Plus"],
            os_version=["iOS 17.5.1"],
        ),
        sens=["otp"],
        secrets=["447 091"],
    ),
    # ---------------------------------------------------------------- Chinese, Chengdu (simplified)
    dict(
        lang="zh",
        sent=CD,
        text="""昨晚上十点过在春熙路吃火锅，用 OKPay 付了 ¥628，店里 POS 机打出来的小票写的“交易失败”，结果我的钱扣了，老板又让我微信付了一遍。小票参考号 000912。电话 180 8012 3346""",
        opts=dict(default_region="CN"),
        exp=dict(
            transaction_date=["2028-07-13T22:00"],
            amount=["628.00 CNY"],
            error_message=["交易失败"],
            transaction_id=["000912"],
            account_contact=["+8618080123346"],
        ),
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""我把短信验证码发给了一个说是“OKPay 客服”的 QQ 号，验证码是 two-nine-zero-five-one-one（他让我用英文写，说这样系统才能识别）。现在账户里 2 万块全部转走了，是今天凌晨 1 点 20 转的。我的邮箱 tangyu_cd@sina.com""",
        exp=dict(
            amount=["20000.00 CNY"],
            transaction_date=["2028-07-14T01:20"],
            account_contact=["tangyu_cd@sina.com"],
        ),
        sens=["otp"],
        secrets=["two-nine-zero-five-one-one"],
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""给德国留学的女儿汇生活费 €1,800，收款账户 DE08 3704 0044 2103 5412 37，BIC COBADEFFXXX。上周五汇的，银行说要 3-5 个工作日，想确认一下有没有问题。汇款编号 OKCN-DE-28070744。""",
        exp=dict(
            amount=["1800.00 EUR"],
            country=["DE"],
            recipient_account=["DE08370400442103541237"],
            swift_bic=["COBADEFFXXX"],
            transaction_date=["2028-07-07"],
            transaction_id=["OKCN-DE-28070744"],
        ),
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""荣耀 Magic6，MagicOS 8.0，OKPay 8.4.1，扫码的时候摄像头黑屏，提示“相机权限被拒绝”，但我设置里已经开了权限。""",
        exp=dict(
            device_model=["Honor Magic 6"],
            os_version=["MagicOS 8.0"],
            app_version=["8.4.1"],
            error_message=["相机权限被拒绝"],
        ),
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""今天早上 ATM 取钱，输了两次密码都说不对，第三次卡就被吞了。我确定密码是 7 7 2 1 0 3，是不是机器坏了？ATM 在成都双流机场 T2。我的账户 17708231145。""",
        opts=dict(default_region="CN"),
        exp=dict(
            transaction_date=["2028-07-14"],
            country=["CN"],
            account_contact=["+8617708231145"],
        ),
        sens=["pin"],
        secrets=["7 7 2 1 0 3"],
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""请问 OKPay 的年费是多少？我看官网说“首年免年费，次年 ¥99”，但我开卡才 3 个月就扣了 99 元，扣款日期 7 月 3 日。扣款流水 AF20280703-0091。""",
        exp=dict(
            amount=["99.00 CNY"],
            transaction_date=["2028-07-03"],
            transaction_id=["AF20280703-0091"],
        ),
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""我在你们 App 里看到有个“理财”入口，年化 6.8%，起投 1,000 元，这个是你们官方的吗？我怕是骗人的。""",
        exp={},
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""信用卡还款失败，提示“还款卡状态异常（R-0421）”。还款金额 ¥5,316.40，招商银行信用卡，卡号后四位 8890，本期还款日 7 月 18 日。手机 131 8826 7705""",
        opts=dict(default_region="CN"),
        exp=dict(
            error_message=["还款卡状态异常（R-0421）"],
            amount=["5316.40 CNY"],
            account_contact=["+8613188267705"],
        ),
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""上周六在成都 IFS 的 Apple Store 刷 OKPay 卡买了 iPad，¥6,499，被扣了两次，第二次显示“重复交易”。两笔交易号 AP2807081405 和 AP2807081406。""",
        exp=dict(
            transaction_date=["2028-07-08"],
            country=["CN"],
            amount=["6499.00 CNY"],
            error_message=["重复交易"],
            transaction_id=["AP2807081405", "AP2807081406"],
        ),
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""令牌上的动态口令 618 204 我刚才填错了地方，填到了一个叫 okpay-verify.cn 的网站上。是不是要赶快改密码？账号 yangfan1990@126.com""",
        exp=dict(account_contact=["yangfan1990@126.com"]),
        sens=["otp"],
        secrets=["618 204"],
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""你们 8.4.2 版本更新以后，小票里的商户名全是乱码，比如“éº»è¾£çƒ«”。红米 K70，安卓 14。不影响付款，就是对账麻烦。""",
        exp=dict(
            app_version=["8.4.2"],
            device_model=["Redmi K70"],
            os_version=["Android 14"],
        ),
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""帮朋友问一下：他在尼日利亚拉各斯做生意，想收人民币货款，能不能把钱转到他的 Zenith Bank 账户 1014 4728 93，SWIFT ZEIBNQLA？金额大概 5 万美元。""",
        exp=dict(
            country=["NG"],
            recipient_account=["1014472893"],
            amount=["50000.00 USD"],
        ),
        inv=dict(swift_bic=[["ZEIBNQLA", "bic_country"]]),
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""账户被冻结了，提示“您的账户存在异常，已被限制交易，请联系客服”。我昨天只是收了朋友还我的 3,000 块。客服电话打了一个小时没人接。我的手机号 189 8091 4452，身份证号码不方便发。""",
        opts=dict(default_region="CN"),
        exp=dict(
            error_message=["您的账户存在异常，已被限制交易，请联系客服"],
            amount=["3000.00 CNY"],
            transaction_date=["2028-07-13"],
            account_contact=["+8618980914452"],
        ),
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""重新绑卡的时候把信息发给你们核对：
户名：何思雨
卡号：5289-4173-0062-8812
有效期：12/30
CVV：773
请尽快帮我开通境外支付，下周要去新加坡。""",
        exp=dict(country=["SG"]),
        sens=["card_number", "cvv"],
        secrets=["5289-4173-0062-8812", "773"],
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""表扬一下你们的客服小王，昨天帮我追回了转错的 1,500 元，态度特别好！工单 CS28071300218。""",
        exp=dict(amount=["1500.00 CNY"]),
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""我的支付密码忘了，找回时要输入银行卡号验证，我输了 6228 4801 2233 7790 010，提示“银行卡信息与账户不匹配”。这张卡是我农行的工资卡。手机号 152 8199 0637""",
        opts=dict(default_region="CN"),
        exp=dict(
            error_message=["银行卡信息与账户不匹配"],
            account_contact=["+8615281990637"],
        ),
        sens=["card_number"],
        secrets=["6228 4801 2233 7790 010"],
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""在越南岘港的酒店用 OKPay 付了 4,200,000 越南盾，确认短信写的是 42,000,000，多了一个零！交易时间 7 月 12 日 20:15，订单号 DN-HTL-771209。赶紧帮我处理。""",
        exp=dict(
            country=["VN"],
            amount=["4200000 VND", "42000000 VND"],
            transaction_date=["2028-07-12T20:15"],
            transaction_id=["DN-HTL-771209"],
        ),
    ),
    dict(
        lang="zh",
        sent=CD,
        text="""App 提示“检测到您的设备已 Root，为保障资金安全，部分功能已禁用”。我的一加 12 没有 root 过啊，系统 ColorOS 14.0，App 版本 8.4.1。""",
        exp=dict(
            error_message=["检测到您的设备已 Root，为保障资金安全，部分功能已禁用"],
            device_model=["OnePlus 12"],
            os_version=["ColorOS 14.0"],
            app_version=["8.4.1"],
        ),
    ),
]
