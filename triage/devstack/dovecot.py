"""A private, unprivileged Dovecot (IMAP + LMTP on loopback) whose files all live in one dir."""

from __future__ import annotations

import grp
import logging
import os
import pwd
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from triage.devstack.errors import DevstackError, StackUnavailable
from triage.devstack.processes import (
    Managed,
    children_of,
    command_line,
    free_port,
    is_alive,
    pids_matching,
    signal_all,
    spawn,
    stop_processes,
    tail,
    terminate_pids,
    wait_for_greeting,
    wait_gone,
)

log = logging.getLogger(__name__)

DOVECOT_BINARY = "/usr/sbin/dovecot"
LMTP_BINARY = "/usr/lib/dovecot/lmtp"
PACKAGES = ("dovecot-imapd", "dovecot-lmtpd")
MAIL_FORMATS = {"maildir": "maildir:~/Maildir", "sdbox": "sdbox:~/sdbox"}
# UNIX socket paths are limited to 107 bytes; the longest name Dovecot puts under base_dir
# is about 30 bytes ("token-login/tokenlogin", "login/imap-urlauth", ...), so leave room.
MAX_BASE_DIR = 70
POLICY_RC_D = Path("/usr/sbin/policy-rc.d")


def dovecot_binary() -> str | None:
    """The dovecot master binary when it and the LMTP service are installed, else None."""
    found = shutil.which("dovecot") or (DOVECOT_BINARY if Path(DOVECOT_BINARY).exists() else None)
    return found if found and Path(LMTP_BINARY).exists() else None


def ensure_dovecot_installed() -> str:
    """Return the dovecot binary path, installing the Debian packages first when missing.

    Installing needs root; a temporary policy-rc.d stops the package from starting the
    system-wide Dovecot on ports 143/993. Raises StackUnavailable when it cannot be done.
    """
    found = dovecot_binary()
    if found:
        return found
    if os.geteuid() != 0:
        raise StackUnavailable(
            "Dovecot is not installed and installing it needs root: "
            f"apt-get install -y {' '.join(PACKAGES)}"
        )
    if shutil.which("apt-get") is None:
        raise StackUnavailable("Dovecot is not installed and apt-get is not available")
    _apt_install_without_starting()
    found = dovecot_binary()
    if not found:
        raise StackUnavailable(f"apt-get install {' '.join(PACKAGES)} left no dovecot binary")
    return found


Runner = Callable[..., "subprocess.CompletedProcess[str]"]


def _apt_install_without_starting(policy: Path = POLICY_RC_D, run: Runner = subprocess.run) -> None:
    """apt-get install the packages, with 'apt-get update' only when the first try fails.

    ``policy`` (policy-rc.d) exits 101 for the duration, so that no service is started; an
    existing one is put aside and restored.
    """
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "--no-install-recommends", *PACKAGES]
    backup = policy.with_name(policy.name + ".devstack-saved")
    had_policy = policy.exists()
    if had_policy:
        os.replace(policy, backup)
    policy.write_text("#!/bin/sh\n# devstack: do not start services during install\nexit 101\n")
    policy.chmod(0o755)
    try:
        log.info("installing %s", " ".join(PACKAGES))
        first = run(install, env=env, capture_output=True, text=True, check=False)
        if first.returncode != 0:
            # Usually "Unable to locate package": the package lists were never downloaded.
            run(["apt-get", "update"], env=env, capture_output=True, text=True, check=False)
            second = run(install, env=env, capture_output=True, text=True, check=False)
            if second.returncode != 0:
                raise StackUnavailable(
                    f"apt-get install {' '.join(PACKAGES)} failed: {second.stderr.strip()[-500:]}"
                )
    finally:
        if had_policy:
            os.replace(backup, policy)
        else:
            policy.unlink(missing_ok=True)


@dataclass(frozen=True)
class DovecotLayout:
    """Where one private instance keeps its files, all under ``root``."""

    root: Path

    @property
    def etc(self) -> Path:
        return self.root / "dovecot" / "etc"

    @property
    def config(self) -> Path:
        return self.etc / "dovecot.conf"

    @property
    def users_file(self) -> Path:
        return self.etc / "users"

    @property
    def base_dir(self) -> Path:
        return self.root / "dovecot" / "run"

    @property
    def state_dir(self) -> Path:
        return self.root / "dovecot" / "state"

    @property
    def log_dir(self) -> Path:
        return self.root / "dovecot" / "log"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "dovecot.log"

    @property
    def master_output(self) -> Path:
        return self.log_dir / "master.out"

    @property
    def mail_dir(self) -> Path:
        return self.root / "mail"


def process_identity() -> tuple[str, str] | None:
    """(user, group) to run every Dovecot process as when not root; None when root."""
    if os.geteuid() == 0:
        return None
    return pwd.getpwuid(os.geteuid()).pw_name, grp.getgrgid(os.getegid()).gr_name


def render_config(
    layout: DovecotLayout,
    host: str,
    imap_port: int,
    lmtp_port: int,
    mail_format: str,
    identity: tuple[str, str] | None = None,
) -> str:
    """The complete dovecot.conf text: nothing is read from /etc/dovecot.

    As root, mail is accessed as nobody/nogroup (Dovecot refuses root) and the helpers run as
    the packaged dovecot/dovenull users. With ``identity`` (not root), every process runs as
    that user and group, and the login and anvil chroots (which need root) are off.
    """
    mail_location = MAIL_FORMATS[mail_format]
    name = f"devstack-{layout.root.name}"
    mail_user, mail_group = identity or ("nobody", "nogroup")
    unprivileged = ""
    if identity is not None:
        unprivileged = f"""\
default_internal_user = {mail_user}
default_internal_group = {mail_group}
default_login_user = {mail_user}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""
    return f"""\
# Generated by triage.devstack.dovecot for a private test instance; do not edit.
instance_name = {name}
protocols = imap lmtp
listen = {host}
base_dir = {layout.base_dir}
state_dir = {layout.state_dir}
log_path = {layout.log_file}
info_log_path = {layout.log_file}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_uid = {mail_user}
mail_gid = {mail_group}
first_valid_uid = 1
mail_location = {mail_location}
# Throwaway data: durability against power loss is not worth the fsync latency.
mail_fsync = never
mail_max_userip_connections = 200
postmaster_address = postmaster@localhost
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {layout.users_file}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {layout.users_file}
  default_fields = uid={mail_user} gid={mail_group} home={layout.mail_dir}/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    address = {host}
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = {host}
    port = {lmtp_port}
  }}
}}
{unprivileged}"""


def render_users(users: tuple[tuple[str, str], ...]) -> str:
    """The passwd-file text: one ``user:{PLAIN}password`` line per user."""
    lines = []
    for user, password in users:
        for value in (user, password):
            if not value or any(ch in value for ch in ":\n\r\0"):
                raise ValueError(
                    f"user names and passwords must be non-empty, without ':' ({user})"
                )
        lines.append(f"{user}:{{PLAIN}}{password}::::::\n")
    return "".join(lines)


class DovecotServer:
    """One private Dovecot instance: configure once, then start / stop / restart on fixed ports."""

    def __init__(
        self,
        root: Path,
        users: tuple[tuple[str, str], ...],
        host: str = "127.0.0.1",
        imap_port: int = 0,
        lmtp_port: int = 0,
        mail_format: str = "maildir",
        process: Managed | None = None,
    ) -> None:
        if mail_format not in MAIL_FORMATS:
            raise ValueError(f"mail_format must be one of {sorted(MAIL_FORMATS)}: {mail_format!r}")
        self.layout = DovecotLayout(root)
        if len(str(self.layout.base_dir)) > MAX_BASE_DIR:
            raise ValueError(
                f"root {root} is too long for Dovecot's UNIX sockets (107-byte limit); "
                "use a short directory such as tempfile.mkdtemp(dir='/tmp')"
            )
        self.root = root
        self.users = users
        self.host = host
        self.imap_port = imap_port or free_port(host)
        self.lmtp_port = lmtp_port or free_port(host)
        self.mail_format = mail_format
        self.process = process

    @property
    def pid(self) -> int | None:
        """The master PID while running (None when never started or stopped)."""
        return self.process.pid if self.process is not None else None

    def alive(self) -> bool:
        """True while the master process runs."""
        return self.process is not None and self.process.alive()

    def write_config(self) -> None:
        """Create the directory tree, users file and dovecot.conf with the permissions needed.

        As root, auth runs as ``dovecot`` and mail processes as ``nobody``: both must traverse
        ``root`` (so it is 0755) and nobody must own the mail homes' parent. Not as root,
        everything runs as the current user, who owns it all already.
        """
        layout = self.layout
        for directory in (layout.root, layout.root / "dovecot", layout.etc, layout.log_dir):
            directory.mkdir(parents=True, exist_ok=True)
            directory.chmod(0o755)
        layout.state_dir.mkdir(parents=True, exist_ok=True)
        layout.base_dir.mkdir(parents=True, exist_ok=True)
        layout.mail_dir.mkdir(parents=True, exist_ok=True)
        layout.mail_dir.chmod(0o755)
        if os.geteuid() == 0:
            shutil.chown(layout.mail_dir, user="nobody", group="nogroup")
        layout.users_file.write_text(render_users(self.users), encoding="utf-8")
        layout.users_file.chmod(0o644)
        layout.config.write_text(
            render_config(
                layout,
                self.host,
                self.imap_port,
                self.lmtp_port,
                self.mail_format,
                process_identity(),
            ),
            encoding="utf-8",
        )
        layout.config.chmod(0o644)

    @property
    def instance_name(self) -> str:
        """Dovecot's instance_name; its helper processes are titled "dovecot-<name>/<service>"."""
        return f"devstack-{self.root.name}"

    def instance_pids(self) -> list[int]:
        """Every live process of this instance but the master: its helpers, orphaned or not.

        Helpers are titled "dovecot-<instance_name>/<service>"; one just forked still carries
        the master's argv, which names our config file.
        """
        title = f"-{self.instance_name}/"
        config = str(self.layout.config)
        master = self.process.pid if self.process is not None else None

        def ours(argv: list[str]) -> bool:
            return title in argv[0] or config in argv

        pids = set(pids_matching(ours))
        if self.process is not None and self.process.alive():
            pids.update(children_of(self.process.pid))
        pids.discard(master)
        return sorted(pids)

    def launch(self) -> float:
        """Spawn the master in the foreground (-F) without waiting; return the start time."""
        if self.alive():
            raise DevstackError(f"dovecot already running (pid {self.pid})")
        binary = ensure_dovecot_installed()
        if not self.layout.config.exists():
            self.write_config()
        leftovers = self.instance_pids()
        if leftovers:
            raise DevstackError(f"processes of a previous dovecot still run: {leftovers}")
        self._remove_stale_pid_file()
        started = time.monotonic()
        self.process = spawn(
            "dovecot",
            [binary, "-F", "-c", str(self.layout.config)],
            self.layout.master_output,
            marker=str(self.layout.config),
        )
        return started

    def _remove_stale_pid_file(self) -> None:
        """Drop master.pid when its PID is gone or a zombie.

        Dovecot refuses to start while that PID answers kill(0), and a killed master's zombie
        (waiting on a slow-reaping PID 1) does.
        """
        pid_file = self.layout.base_dir / "master.pid"
        try:
            pid = int(pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return
        if not is_alive(pid):
            pid_file.unlink(missing_ok=True)

    def wait_ready(self, started: float, timeout: float = 20.0) -> None:
        """Return once IMAP and LMTP greet; on failure stop what was spawned and raise."""
        deadline = started + timeout
        try:
            # IMAP's "* OK" is held back until auth is up; LMTP has its own process.
            self._wait("IMAP", self.imap_port, b"* OK", deadline)
            self._wait("LMTP", self.lmtp_port, b"220", deadline)
        except BaseException:
            self.stop()
            raise
        log.info(
            "dovecot ready in %.2fs: imap=%s lmtp=%s pid=%s",
            time.monotonic() - started,
            self.imap_port,
            self.lmtp_port,
            self.pid,
        )

    def start(self, timeout: float = 20.0) -> None:
        """Start the master and return once IMAP and LMTP greet us."""
        self.wait_ready(self.launch(), timeout)

    def _wait(self, what: str, port: int, prefix: bytes, deadline: float) -> None:
        wait_for_greeting(
            f"dovecot {what}", self.host, port, prefix, deadline, self.alive, self._log_hint
        )

    def _log_hint(self) -> str:
        output = tail(self.layout.master_output) + "\n" + tail(self.layout.log_file)
        return f"log {self.layout.log_file}:\n{output.strip()}"

    def stop(self, timeout: float = 10.0, skip_final_sleep: bool = True) -> None:
        """Stop the master and every process of the instance (they hold the listening sockets).

        Also cleans up after a crash: orphaned helpers of a killed master are stopped too.
        """
        helpers = self.instance_pids()
        process = self.process
        if process is None:
            terminate_pids("dovecot leftovers", helpers, timeout=timeout)
            return
        if skip_final_sleep and process.alive():
            self._stop_without_final_sleep(process, helpers, timeout)
        else:
            stop_processes(process, helpers, timeout=timeout)
        self.process = None

    def _stop_without_final_sleep(
        self, process: Managed, helpers: list[int], timeout: float
    ) -> None:
        """SIGTERM the master, wait for its workers, then SIGKILL it and let the log drain.

        Dovecot 2.3's master, once its workers are gone, SIGQUITs what is left (the log
        process) and sleeps a fixed 1000 ms before exiting: 90 % of a graceful stop. By then
        every mail process has exited, so killing the master loses nothing; the log process
        exits by itself once its pipes close. Its listeners close with it, and a stale
        master.pid is removed before the next start.
        """
        workers = [pid for pid in helpers if command_line(pid)[:1] != [self._log_title]]
        signal_all([process.pid], signal.SIGTERM)

        def workers_left() -> list[int]:
            if not process.alive():
                return []  # the master finished on its own: nothing left to shortcut
            return [pid for pid in workers if is_alive(pid)]

        if wait_gone(workers_left, timeout):  # stuck workers: the normal path escalates
            stop_processes(process, helpers, timeout=timeout)
            return
        if process.alive():
            signal_all([process.pid], signal.SIGKILL)
        if process.popen is not None:
            process.popen.wait(timeout=timeout)
        wait_gone(lambda: [pid for pid in [process.pid] if is_alive(pid)], timeout)
        # The log process and any helper forked after our scan are orphans now; give them a
        # moment to see their pipes close, then make sure (they may hold listening sockets).
        wait_gone(self.instance_pids, 1.0)
        terminate_pids("dovecot helpers", self.instance_pids(), timeout=timeout)

    @property
    def _log_title(self) -> str:
        return f"dovecot-{self.instance_name}/log"

    def kill(self, timeout: float = 10.0) -> None:
        """SIGKILL the master and all its processes, like a crash, for fault tests."""
        # The master first, so that it cannot fork new helpers while we kill the others.
        master = self.process
        if master is not None and master.alive():
            signal_all([master.pid], signal.SIGKILL)
            if master.popen is not None:
                master.popen.wait(timeout=timeout)
            wait_gone(lambda: [master.pid] if is_alive(master.pid) else [], timeout)
        self.process = None
        deadline = time.monotonic() + timeout
        while pids := self.instance_pids():
            if time.monotonic() >= deadline:
                raise DevstackError(f"dovecot: pids {pids} survived SIGKILL")
            signal_all(pids, signal.SIGKILL)
            wait_gone(lambda: [pid for pid in pids if is_alive(pid)], 1.0)

    def restart(self, timeout: float = 20.0) -> None:
        """Stop, then start again on the same ports with the same data."""
        self.stop()
        self.start(timeout=timeout)
