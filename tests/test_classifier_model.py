"""Behavioural tests of the shipped starter model (models/starter): invariance, minimum
functionality per category in English and Chinese, abstention, and refusing broken files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from triage import classifier
from triage.classifier import ModelArtifact, ModelLoadError
from triage.training_data import load_taxonomy_labels

ROOT = Path(__file__).resolve().parent.parent
STARTER = ROOT / "models" / "starter"
TAXONOMY = ROOT / "config" / "taxonomy.toml"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def model() -> ModelArtifact:
    return classifier.load(STARTER, expected_labels=load_taxonomy_labels(TAXONOMY))


def category(model: ModelArtifact, text: str) -> str:
    return classifier.predict(model, [text])[0].category


# --- minimum functionality: clear cases per category and language --------------------------

MFT = [
    ("account_query", "How can I download my statement for last month?"),
    ("account_query", "What is the maximum amount I can top up per day?"),
    ("account_query", "请问怎么查询账户余额？"),
    ("account_query", "我想修改账户绑定的手机号"),
    ("login_access", "I forgot my password and can't log in"),
    ("login_access", "My identity verification failed again"),
    ("login_access", "忘记登录密码了，怎么重置？"),
    ("login_access", "手机丢了，请帮我锁定账户"),
    ("refund_dispute", "I was charged twice for the same purchase, please refund one"),
    ("refund_dispute", "There is a payment on my account that I did not make"),
    ("refund_dispute", "同一笔订单被扣了两次款，请退款"),
    ("refund_dispute", "商家说已经退款了，但我没收到"),
    ("transaction_error", "My transfer failed but the money left my balance"),
    ("transaction_error", "My card payment was declined even though I have funds"),
    ("transaction_error", "转账一直显示处理中，对方没收到"),
    ("transaction_error", "充值失败了，银行卡已经扣钱"),
    ("card_issue", "My card hasn't arrived yet, it's been two weeks"),
    ("card_issue", "I lost my card, please block it"),
    ("card_issue", "我的卡被偷了，请冻结"),
    ("card_issue", "虚拟卡付款一直失败"),
    ("technical_support", "The app crashes every time I open it"),
    ("technical_support", "I get error code E1002 when opening the app on my Samsung"),
    ("technical_support", "app一打开就闪退，版本6.1.0"),
    ("technical_support", "更新后app一直白屏"),
    ("cross_border", "What exchange rate do you use for euros to dollars?"),
    ("cross_border", "How do I send money to a bank account in Germany?"),
    ("cross_border", "汇款到英国需要什么信息？"),
    ("cross_border", "今天美元汇率是多少"),
    ("feedback", "I love your app, great job!"),
    ("feedback", "Suggestion: please add a dark mode"),
    ("feedback", "你们的app很好用，点赞"),
    ("feedback", "建议增加账单导出功能"),
    ("status_followup", "Any update on my ticket 12345? No reply yet"),
    ("status_followup", "I'm following up on my previous email, still waiting"),
    ("status_followup", "我的工单有进展了吗？一直没人回复"),
    ("status_followup", "跟进一下上周提交的问题"),
    ("other", "Are you hiring? I'd like to send my CV"),
    ("other", "We offer SEO services to rank your website on page one"),
    ("other", "你们招聘吗？我想投简历"),
    ("other", "请问公司地址在哪里？想寄一封信"),
]


@pytest.mark.parametrize(("expected", "text"), MFT)
def test_minimum_functionality(model: ModelArtifact, expected: str, text: str) -> None:
    assert category(model, text) == expected


# --- invariance: values, names, casing and greetings do not change the category ------------

INVARIANCE = [
    [
        "I was charged twice for 25.00 EUR on 3 March at the supermarket",
        "I was charged twice for $1,299.99 on 2024-11-20 at the supermarket",
        "i was charged twice for £7 on 12/01/2025 at the supermarket",
    ],
    [
        "Hi, I'm John Smith. My transfer TX8812345 failed. Thanks, John",
        "Hello, I'm Maria Garcia. My transfer AB99001122 failed. Regards, Maria",
        "My transfer 77123400 failed.",
    ],
    [
        "MY CARD WAS STOLEN PLEASE BLOCK IT",
        "my card was stolen please block it",
        "Dear OKPay team,\nmy card was stolen please block it\nBest regards,\nWei Zhang",
    ],
    [
        "您好，我5月3日转账500元失败了，订单号A1234567",
        "我2024年12月1日转账88元失败了，订单号ZX99887766，谢谢",
        "你好，李明，我昨天转账1000元失败了",
    ],
    [
        "Any update on ticket 40012? I wrote on 2 June",
        "Hi there, any update on ticket 99-1827? I wrote on 15/07/2025. Cheers, Priya",
    ],
    [
        "The app crashes on my phone, version 5.2.1",
        "Good morning! The app crashes on my phone, version 7.0.10. Kind regards, Tom Brown",
    ],
]


@pytest.mark.parametrize("variants", INVARIANCE, ids=lambda v: v[0][:30])
def test_invariance(model: ModelArtifact, variants: list[str]) -> None:
    categories = {category(model, text) for text in variants}
    assert len(categories) == 1, categories


# --- abstention ---------------------------------------------------------------------------

GIBBERISH = [
    "asdkj qwpoe zxmcn",
    "lkjhg fdsa poiu",
    "???",
    "嗯",
    "xq zr vvv bbb",
]


@pytest.mark.parametrize("text", GIBBERISH)
def test_abstains_on_gibberish(model: ModelArtifact, text: str) -> None:
    assert classifier.predict(model, [text])[0].abstained


def test_card_matches_model(model: ModelArtifact) -> None:
    card = model.card
    assert set(card.labels) == set(load_taxonomy_labels(TAXONOMY))
    assert 0.0 < card.threshold < 1.0
    assert card.metrics["held_out"]["n"] > 100
    assert card.counts_per_source


# --- broken model files -------------------------------------------------------------------


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "starter"
    shutil.copytree(STARTER, target)
    return target


def test_truncated_artifact_is_refused(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    blob = (path / classifier.ARTIFACT_FILE).read_bytes()
    (path / classifier.ARTIFACT_FILE).write_bytes(blob[: len(blob) // 2])
    with pytest.raises(ModelLoadError, match=str(path)):
        classifier.load(path)


def test_model_without_card_is_refused(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    (path / classifier.CARD_FILE).unlink()
    with pytest.raises(ModelLoadError, match="missing"):
        classifier.load(path)


def test_model_for_another_taxonomy_is_refused() -> None:
    labels = [*load_taxonomy_labels(TAXONOMY), "crypto"]
    with pytest.raises(ModelLoadError, match="crypto"):
        classifier.load(STARTER, expected_labels=labels)
