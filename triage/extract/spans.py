"""Shared pieces for the extractors: text folding, hits, and claimed spans."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

# Full-width ASCII (U+FF01..U+FF5E) and the ideographic space fold one-to-one onto ASCII,
# so offsets in the folded text are offsets in the original text.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold_width(text: str) -> str:
    """``text`` with full-width letters, digits and punctuation turned into ASCII (same length)."""
    return text.translate(_FOLD)


# Traditional characters of support mails (轉帳, 驗證碼, 顯示, 週五, 臺灣...) and their
# simplified forms, one to one, so that the patterns written in simplified Chinese also read
# mails from Hong Kong, Macau and Taiwan. Values are copied from the original text.
_TRADITIONAL = (
    "轉帳賬號碼驗證錯誤顯彈寫著說訊餘額應處筆單編訂購買賣錢塊幣萬億兩週禮個點時後們門"
    "臺灣國華為這請試統凍結戶銀機電話郵網絡異敗匯對動態簡線樓東韓馬來亞紐倫認實無開關"
    "閉與還沒記錄陸護辦係鴻榮蘋紅聯進選擇擊頁螢視區廣廈漢島濟陽龍慶寧蘇貴雲內黃鐘錶況"
    "標題問該復覆麼麽嗎讓給從經過達運遞費價務員專業產際當會計劃設備據報見現險風檢測裝"
    "傳將斷續總變樣邊帶幫壞掃綁鎖則確權數庫難離連換幾兌頭臉獲發裡紀詢輸遺竊盜騙詐謝親"
    "媽兒場車貨櫃檯廳館腦鍵盤綠藍規範訴釋歷長級償積贈獎勵籤簽訪義爾羅維薩蘭條萊沖繩顧"
    "聽説讀舊創聖團衛礎覽龐歐嶺濱歲鄉縣鎮厲審稱鏈頻擔憑繳隱協議補歸齊聲聰讚參揚閱覺啟"
    "鋪薦驟齡廢暫啓"
)
_SIMPLIFIED = (
    "转账账号码验证错误显弹写着说讯余额应处笔单编订购买卖钱块币万亿两周礼个点时后们门"
    "台湾国华为这请试统冻结户银机电话邮网络异败汇对动态简线楼东韩马来亚纽伦认实无开关"
    "闭与还没记录陆护办系鸿荣苹红联进选择击页荧视区广厦汉岛济阳龙庆宁苏贵云内黄钟表况"
    "标题问该复复么么吗让给从经过达运递费价务员专业产际当会计划设备据报见现险风检测装"
    "传将断续总变样边带帮坏扫绑锁则确权数库难离连换几兑头脸获发里纪询输遗窃盗骗诈谢亲"
    "妈儿场车货柜台厅馆脑键盘绿蓝规范诉释历长级偿积赠奖励签签访义尔罗维萨兰条莱冲绳顾"
    "听说读旧创圣团卫础览庞欧岭滨岁乡县镇厉审称链频担凭缴隐协议补归齐声聪赞参扬阅觉启"
    "铺荐骤龄废暂启"
)


@cache
def _chinese_fold() -> dict[int, int]:
    return str.maketrans(_TRADITIONAL, _SIMPLIFIED)


def fold_chinese(text: str) -> str:
    """``text`` with common traditional Chinese characters in simplified form (same length)."""
    return text.translate(_chinese_fold())


def fold_for_matching(text: str) -> str:
    """Width-folded and simplified ``text``: what the extractors match on (same length)."""
    return fold_chinese(fold_width(text))


@cache
def _quoted_re() -> re.Pattern[str]:
    # Quoted history and the attribution line above it ("On Tue, X wrote:", "X 写道：").
    return re.compile(
        r"^[^\S\n]*>.*$|^.{0,200}(?:wrote|写道|寫道|來信|来信)[:：]?[^\S\n]*$"
        r"|^-{2,}\s*(?:Original Message|原始邮件|原始郵件)\s*-{2,}[\s\S]*",
        re.MULTILINE | re.IGNORECASE,
    )


def blank_quoted(text: str) -> str:
    """``text`` with quoted history lines replaced by spaces (same length, offsets kept).

    A mail that is nothing but a forwarded message keeps it: the customer sent it to say what
    it says. Only the quote marks, the separator and the header dates are blanked then.
    """
    blanked = _quoted_re().sub(lambda m: " " * len(m.group()), text)
    if blanked.strip() or not text.strip():
        return blanked
    return _forward_frame_re().sub(lambda m: " " * len(m.group()), text)


@cache
def _forward_frame_re() -> re.Pattern[str]:
    return re.compile(
        r"^[^\S\n]*(?:>[^\S\n]*)+|^-{2,}\s*(?:Original Message|原始邮件|原始郵件)\s*-{2,}"
        r"|^[^\S\n]*(?:Sent|Date|发送时间|時間|时间|日期)[:：].*$"
        r"|^.{0,200}(?:wrote|写道|寫道|來信|来信)[:：]?[^\S\n]*$",
        re.MULTILINE | re.IGNORECASE,
    )


@cache
def _cjk_re() -> re.Pattern[str]:
    return re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def is_chinese(text: str) -> bool:
    """True when ``text`` holds enough Han characters to be treated as Chinese."""
    han = len(_cjk_re().findall(text[:4000]))
    return han >= 4 or (han > 0 and han * 4 >= len(text[:4000].split()))


@dataclass(frozen=True)
class Hit:
    """A detail value found at ``text[start:end]`` (problem set when it failed validation)."""

    name: str
    value: str
    start: int
    end: int
    problem: str = ""


@dataclass
class Claims:
    """Spans already explained by an earlier extractor, so later ones do not reuse them."""

    spans: list[tuple[int, int]] = field(default_factory=list)

    def is_free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.spans)

    def claim(self, start: int, end: int) -> None:
        self.spans.append((start, end))

    def blank(self, text: str) -> str:
        """``text`` with every claimed span replaced by spaces (offsets kept)."""
        chars = list(text)
        for s, e in self.spans:
            chars[s:e] = " " * (e - s)
        return "".join(chars)


@dataclass(frozen=True)
class Context:
    """What every extractor may read besides the text."""

    sent_at: datetime | None
    chinese: bool
    default_region: str
    day_first: bool

    @property
    def phone_region(self) -> str:
        """Where a number without a country code is read: a Chinese mail to a mailbox set up
        for Taiwan, Hong Kong or Macau is local (0928 417 552), to any other it is mainland."""
        if self.chinese and self.default_region not in _CHINESE_REGIONS:
            return "CN"
        return self.default_region


_CHINESE_REGIONS = frozenset({"CN", "TW", "HK", "MO"})


def window_before(text: str, start: int, size: int) -> str:
    """The ``size`` characters before ``start``, lower-cased, for keyword context checks."""
    return text[max(0, start - size) : start].lower()
