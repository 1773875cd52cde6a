from __future__ import annotations

import re
from pathlib import Path

import pytest

from triage.cli import main
from triage.config import ConfigError, load_config

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "config" / "triage.toml"


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "triage.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_shipped_config_loads() -> None:
    cfg = load_config(SHIPPED)
    assert cfg.imap.port == 143
    assert cfg.classifier.model_dir == REPO / "models" / "starter"
    assert cfg.service.mode == "live"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[imap]\nusername = "a@b"\nport = "143"\n', "[imap] port: expected an integer, got str"),
        ('[imap]\nusername = "a@b"\nport = 70000\n', "[imap] port: not a TCP port: 70000"),
        ("[imap]\nport = 143\n", "[imap] username: required"),
        ('[imap]\nusername = "a@b"\n[poll]\ninterval_seconds = 0\n', "[poll] interval_seconds"),
        ('[imap]\nusername = "a@b"\n[service]\nmode = "loud"\n', "[service] mode: expected one"),
        ('[imap]\nusername = "a@b"\nhots = "x"\n', "[imap] hots: unknown key"),
        ('[imap]\nusername = "a@b"\n[imapp]\n', "[imapp]: unknown section"),
        ('[imap]\nusername = "a@b"\n[details]\ntransaction_id_patterns = ["("]\n', "bad regex"),
        ('[imap]\nusername = "a@b"\n[queue]\ncategory_folder = "X"\n', "must contain {category}"),
        ("[imap\n", "not valid TOML"),
    ],
)
def test_config_errors_name_file_and_key(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value)
    assert expected in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.toml")


def test_relative_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    path = write(tmp_path, '[imap]\nusername = "a@b"\n[store]\npath = "state/t.db"\n')
    assert load_config(path).store_path == tmp_path / "state" / "t.db"


def test_secret_comes_from_file_not_toml(tmp_path: Path) -> None:
    (tmp_path / "pw").write_text("s3cret\n")
    path = write(tmp_path, '[imap]\nusername = "a@b"\npassword_file = "pw"\n')
    cfg = load_config(path)
    assert cfg.imap.password() == "s3cret"
    assert "s3cret" not in repr(cfg)


def test_cli_broken_config_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, '[imap]\nusername = "a@b"\nport = "x"\n')
    assert main(["check-config", "-c", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "[imap] port" in err
    assert "Traceback" not in err


def test_mailboxes_inherit_imap_and_oauth2_is_parsed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[imap]\nusername = "a@example.com"\nport = 993\nssl = true\n'
        '[mailboxes.gmail]\nusername = "b@example.com"\nauth = "oauth2"\n'
        '[mailboxes.gmail.oauth2]\nprovider = "google"\nclient_id = "cid"\n',
    )
    cfg = load_config(path)
    names = [m.name for m in cfg.mailboxes]
    assert names == ["support", "gmail"]
    gmail = cfg.mailboxes[1]
    assert (gmail.port, gmail.ssl, gmail.auth) == (993, True, "oauth2")
    assert gmail.oauth2 is not None and "google" in gmail.oauth2.token_url
    assert cfg.service.own_addresses == ("a@example.com", "b@example.com")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[imap]\nusername = "a@b"\nauth = "oauth2"\n', "[imap] oauth2"),
        ('[imap]\nusername = "a@b"\n[metrics]\nport = "x"\n', "[metrics] port"),
        ('[imap]\nusername = "a@b"\n[logging]\nformat = "xml"\n', "[logging] format"),
        ('[imap]\nusername = "a@b"\n[mailboxes.x]\nport = 1\n', "[mailboxes.x] username: required"),
    ],
)
def test_section_errors_name_the_key(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(expected)):
        load_config(write(tmp_path, text))


def test_oauth2_authorize_needs_an_oauth2_mailbox(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, '[imap]\nusername = "a@b"\n')
    assert main(["oauth2-authorize", "-c", str(path)]) == 2
    assert "no OAuth2 mailbox" in capsys.readouterr().err


# --- [smtp] auth = "oauth2" ----------------------------------------------------------------

IMAP_GOOGLE = (
    '[imap]\nusername = "support@okpay.test"\nauth = "oauth2"\n'
    '[imap.oauth2]\nprovider = "google"\nclient_id = "cid"\n'
)


def test_smtp_defaults_to_password_login(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, '[imap]\nusername = "a@b"\n'))
    assert (cfg.smtp.auth, cfg.smtp.oauth2) == ("password", None)


def test_smtp_oauth2_shares_the_first_mailboxes_oauth2_config(tmp_path: Path) -> None:
    cfg = load_config(
        write(
            tmp_path,
            IMAP_GOOGLE + '[smtp]\nhost = "smtp.gmail.com"\nport = 587\nstarttls = true\n'
            'username = "support@okpay.test"\nauth = "oauth2"\n',
        )
    )
    assert cfg.smtp.auth == "oauth2"
    assert cfg.smtp.oauth2 is cfg.imap.oauth2  # the same object: one token cache (service.py)


def test_smtp_oauth2_with_its_own_table(tmp_path: Path) -> None:
    cfg = load_config(
        write(
            tmp_path,
            '[imap]\nusername = "a@b"\n'
            '[smtp]\nusername = "support@okpay.test"\nauth = "oauth2"\n'
            '[smtp.oauth2]\nprovider = "microsoft"\ntenant = "contoso.example"\n'
            'client_id = "smtp-app"\nrefresh_token_file = "smtp_refresh"\n',
        )
    )
    o = cfg.smtp.oauth2
    assert o is not None and cfg.imap.oauth2 is None
    assert o.client_id == "smtp-app"
    assert o.token_url == "https://login.microsoftonline.com/contoso.example/oauth2/v2.0/token"
    # The Microsoft preset's scope is IMAP's; an SMTP table gets SMTP's unless it sets one.
    assert o.scope == "https://outlook.office.com/SMTP.Send offline_access"
    assert o.refresh_token_file == tmp_path / "smtp_refresh"


def test_smtp_oauth2_table_wins_over_the_mailboxes(tmp_path: Path) -> None:
    cfg = load_config(
        write(
            tmp_path,
            IMAP_GOOGLE + '[smtp]\nusername = "relay@okpay.test"\nauth = "oauth2"\n'
            '[smtp.oauth2]\nprovider = "google"\nclient_id = "other"\n',
        )
    )
    assert cfg.smtp.oauth2 is not None and cfg.smtp.oauth2.client_id == "other"
    assert cfg.imap.oauth2 is not None and cfg.imap.oauth2.client_id == "cid"


def test_microsoft_scope_with_smtp_send_is_accepted_when_shared(tmp_path: Path) -> None:
    scope = (
        "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send"
        " offline_access"
    )
    cfg = load_config(
        write(
            tmp_path,
            '[imap]\nusername = "a@contoso.example"\nauth = "oauth2"\n'
            f'[imap.oauth2]\nprovider = "microsoft"\ntenant = "t"\nclient_id = "c"\nscope = "{scope}"\n'
            '[smtp]\nusername = "a@contoso.example"\nauth = "oauth2"\n',
        )
    )
    assert cfg.smtp.oauth2 is cfg.imap.oauth2 and cfg.smtp.oauth2 is not None
    assert cfg.smtp.oauth2.scope == scope


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[imap]\nusername = "a@b"\n[smtp]\nusername = "a@b"\nauth = "oauth2"\n',
            '[smtp] oauth2: auth = "oauth2" needs an [smtp.oauth2] table, or [imap] auth = "oauth2"',
        ),
        (
            IMAP_GOOGLE + '[smtp]\nauth = "oauth2"\n',
            '[smtp] username: required with auth = "oauth2"',
        ),
        (
            IMAP_GOOGLE + '[smtp]\nusername = "a@b"\nauth = "xoauth"\n',
            "[smtp] auth: expected one of password, oauth2, got 'xoauth'",
        ),
        (
            '[imap]\nusername = "a@b"\n[smtp]\nusername = "a@b"\n'
            '[smtp.oauth2]\nprovider = "google"\nclient_id = "c"\n',
            '[smtp] oauth2: an [smtp.oauth2] table needs auth = "oauth2"',
        ),
        (
            '[imap]\nusername = "a@b"\n[smtp]\nusername = "a@b"\nauth = "oauth2"\n'
            '[smtp.oauth2]\nprovider = "google"\n',
            "[smtp.oauth2] client_id: required",
        ),
        (
            '[imap]\nusername = "a@b"\n[smtp]\nusername = "a@b"\nauth = "oauth2"\n'
            '[smtp.oauth2]\nprovider = "google"\nclient_id = "c"\nrefresh_tokn_file = "x"\n',
            "[smtp.oauth2] refresh_tokn_file: unknown key",
        ),
        (
            '[imap]\nusername = "a@b"\nauth = "oauth2"\n'
            '[imap.oauth2]\nprovider = "microsoft"\ntenant = "t"\nclient_id = "c"\n'
            '[smtp]\nusername = "a@b"\nauth = "oauth2"\n',
            "[smtp] oauth2: the scope of [imap.oauth2] (shared with [smtp]) has no"
            " https://outlook.office.com/SMTP.Send",
        ),
    ],
    ids=[
        "neither",
        "no-username",
        "bad-auth",
        "table-without-auth",
        "bad-table",
        "typo",
        "ms-imap-scope",
    ],
)
def test_smtp_oauth2_errors_name_file_section_key(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value).startswith(f"{path}: ")
    assert expected in str(err.value)
