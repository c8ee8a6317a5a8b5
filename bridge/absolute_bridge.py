"""Absolute Secure Endpoint: platform bridge to the pack's Node.js runner.

The integration's logic is one bundled Node.js program (absolute.cjs). The unified integration
carries it inside this script (gzip, base64); on the first command in a container the bridge
writes it once to a private folder named by its hash and runs it with the `node` that the Docker
image has on PATH. The own-image variant instead runs the bundle its image holds. Either way the
command goes to the runner through the runner protocol (one JSON object on stdin, one on stdout)
and the answer becomes War Room entries, fetch state and XSIAM events.

On the server, CommonServerPython shares this script's namespace, so helper names here are
specific to this pack to avoid shadowing its functions.
"""
import demistomock as demisto  # noqa: F401
from CommonServerPython import *  # noqa: F401,F403

import base64
import gzip
import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import tempfile
from typing import Any, Dict, List, Optional, Tuple

PACK_VERSION = '1.0.1'
# Filled in by the unifier from the integration's `dockerimage` (the one place that names it).
INTEGRATION_DOCKER_IMAGE = ''
IMAGE_BUNDLE = '/opt/absolute/absolute.cjs'
EVENT_VENDOR = 'Absolute'
EVENT_PRODUCT = 'Secure Endpoint'
# The runner stops itself after its own budget (command_timeout_seconds); the grace lets it report
# that itself. 240 + 20 s stays below the platform's default 5-minute command timeout.
DEFAULT_BUDGET_SECONDS = 240.0
GRACE_SECONDS = 20.0
# Fetches fail by raising: the platform then records a failed run and keeps the previous state.
SERVER_HANDLED_COMMANDS = ('fetch-events', 'fetch-incidents')
FILE_ENTRY_TYPES = (3, 9)
RUNNER_EXIT_CODES = (0, 1, 2)
BUNDLE_BANNER = re.compile(r'^// Absolute Secure Endpoint pack (\S+)')
# Only Cortex XSIAM's licence carries the HTTP collector that send_events_to_xsiam posts to.
XSIAM_COLLECTOR_FIELDS = ('Http_Connector.url', 'Http_Connector.token')
NO_COLLECTOR = ('this server has no Cortex XSIAM event collector (its licence has no HTTP collector URL and token), '
                'so events can only be stored by Cortex XSIAM')


def image_hint() -> str:
    """What to check when the runner cannot start, for the variant this script is."""
    if RUNNER_BUNDLE_GZIP_BASE64:
        image = INTEGRATION_DOCKER_IMAGE or 'an image with Node.js'
        return (f'This integration needs `node` (Node.js 20 or later) on the PATH of its Docker image; '
                f'select its default image {image} in the integration settings.')
    return (f'This integration runs only in its own Docker image {INTEGRATION_DOCKER_IMAGE or "(not set)"} '
            '(Node.js and the runner): build it from the pack\'s Dockerfile, load it on the server or engine, '
            'and select it as the integration\'s Docker image.')


class RunnerFailure(Exception):
    """The runner gave no usable result; the message says why, for the War Room."""


class CommandFailed(Exception):
    """The runner ran and reported a failed command; the message is its complete error text."""


def runner_secrets(params: Dict[str, Any]) -> List[str]:
    """Every credential password in the instance parameters, and each long line of multi-line ones (PEM keys)."""
    found: List[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == 'password' and isinstance(item, str) and item:
                    found.append(item)
                    found.extend(line.strip() for line in item.splitlines() if len(line.strip()) >= 16)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(params)
    return sorted(set(found), key=len, reverse=True)


def redact_runner_text(text: str, secrets: List[str]) -> str:
    """The text with every secret replaced, longest first so fragments never reveal a longer secret."""
    for secret in secrets:
        text = text.replace(secret, '<redacted>')
    return text


def runner_timeout(params: Dict[str, Any]) -> float:
    """Seconds the runner may take: ABSOLUTE_BRIDGE_TIMEOUT, else the instance's time budget plus a grace."""
    for raw, grace in ((os.environ.get('ABSOLUTE_BRIDGE_TIMEOUT'), 0.0),
                       (params.get('command_timeout_seconds'), GRACE_SECONDS)):
        try:
            seconds = float(raw) if raw not in (None, '') else 0.0
        except (TypeError, ValueError):
            seconds = 0.0
        if seconds > 0:
            return seconds + grace
    return DEFAULT_BUDGET_SECONDS + GRACE_SECONDS


def bundle_version(bundle: str) -> Optional[str]:
    """The pack version in the bundle's banner comment, or None when it has none."""
    try:
        with open(bundle, encoding='utf-8', errors='replace') as handle:
            line = handle.readline(200)
            if line.startswith('#!'):  # the bundle is also a command-line executable
                line = handle.readline(200)
            match = BUNDLE_BANNER.match(line)
    except OSError:
        return None
    return match.group(1) if match else None


def file_sha256(path: str) -> Optional[str]:
    """SHA-256 of a regular file; None when there is none (a link or a folder does not count)."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        with open(path, 'rb') as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return None


def private_folder(name: str) -> str:
    """<temp>/<name>, created with mode 0700 if needed, and refused unless only this user can use it."""
    path = os.path.join(tempfile.gettempdir(), name)
    try:
        os.mkdir(path, 0o700)
    except FileExistsError:
        pass
    except OSError as error:
        raise RunnerFailure(f'Could not create the runner folder {path}: {error.strerror or error}.') from None
    info = os.lstat(path)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise RunnerFailure(f'The runner folder {path} exists but is not a private folder of this user '
                            '(mode 0700, owned by it); remove it and run the command again.')
    return path


def install_embedded_runner() -> Tuple[str, str]:
    """The embedded runner as a file, and its private folder; written on the first command in a container.

    The folder is named by the bundle's hash, so every build has its own. The file is written under a
    temporary name and renamed, so commands that start together never see half a bundle, and it is
    checked against the hash before every use.
    """
    expected = RUNNER_BUNDLE_SHA256
    home = private_folder(f'absolute-runner-{os.getuid()}-{expected[:16]}')
    bundle = os.path.join(home, 'absolute.cjs')
    if file_sha256(bundle) == expected:
        return bundle, home
    data = gzip.decompress(base64.b64decode(RUNNER_BUNDLE_GZIP_BASE64))
    if hashlib.sha256(data).hexdigest() != expected:
        raise RunnerFailure('The runner embedded in this integration is damaged (its SHA-256 does not match); '
                            'import the integration file again.')
    handle, partial = tempfile.mkstemp(dir=home, prefix='.absolute.cjs.')
    try:
        with os.fdopen(handle, 'wb') as out:
            out.write(data)
        os.replace(partial, bundle)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    if file_sha256(bundle) != expected:
        raise RunnerFailure(f'The runner written to {bundle} does not match its SHA-256.')
    return bundle, home


def locate_runner() -> Tuple[str, Optional[str]]:
    """The bundle to run, and the private folder that keeps its code cache (None for an image's bundle)."""
    if RUNNER_BUNDLE_GZIP_BASE64:
        return install_embedded_runner()
    bundle = os.environ.get('ABSOLUTE_BUNDLE') or IMAGE_BUNDLE
    if not os.path.isfile(bundle):
        raise RunnerFailure(f'The Absolute runner {bundle} does not exist. {image_hint()}')
    return bundle, None


def describe_exit(code: int) -> str:
    return f'killed by signal {-code}' if code < 0 else f'exit code {code}'


def diagnostics(stderr: bytes) -> str:
    """The last lines the runner wrote to stderr, to make a crash explainable."""
    lines = [line for line in stderr.decode('utf-8', errors='replace').splitlines() if line.strip()]
    tail = '\n'.join(lines[-5:])[-1000:]
    return f'\nRunner diagnostics:\n{tail}' if tail else ''


def code_cache_folder(home: Optional[str]) -> Optional[str]:
    """Where the runner keeps its code cache: inside its private folder, or for an image's bundle a private
    folder of its own; None when none can be had (the runner then compiles its program at every command)."""
    if home:
        return os.path.join(home, 'code-cache')
    try:
        return private_folder(f'absolute-runner-{os.getuid()}-code-cache')
    except (RunnerFailure, OSError):
        return None


def run_absolute_runner(invocation: Dict[str, Any], bundle: str, timeout: float,
                        home: Optional[str]) -> subprocess.CompletedProcess:
    """Runs `node <bundle>` with the invocation on stdin; every way of not running becomes a RunnerFailure."""
    node = shutil.which('node')
    if node is None:
        raise RunnerFailure(f'Node.js (`node`) was not found on the PATH. {image_hint()}')
    env = dict(os.environ)
    cache = code_cache_folder(home)
    if cache:  # the runner keeps V8's compiled code for the bundle here between commands (README "Cold start")
        env.setdefault('ABSOLUTE_CODE_CACHE', cache)
    try:
        return subprocess.run([node, bundle], input=json.dumps(invocation).encode('utf-8'), env=env,
                              capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise RunnerFailure(f'The Absolute runner did not answer within {timeout:g} seconds and was stopped. '
                            'If the command needs longer, raise "Command time budget (seconds)" together with '
                            'the command timeout of the server.') from None
    except OSError as error:
        raise RunnerFailure(f'Node.js ({node}) could not be started: {error.strerror or error}. {image_hint()}') from None


def read_runner_output(completed: subprocess.CompletedProcess) -> Dict[str, Any]:
    """The runner's JSON result; a failed command raises CommandFailed, anything unusable RunnerFailure."""
    text = completed.stdout.decode('utf-8', errors='replace').strip()
    try:
        output = json.loads(text) if text else None
    except ValueError:
        output = None
    entries = output.get('entries') if isinstance(output, dict) else None
    valid = (isinstance(entries, list) and all(isinstance(entry, dict) for entry in entries)
             and isinstance(output.get('lastRun'), (dict, type(None)))
             and isinstance(output.get('events'), (list, type(None))))
    code = completed.returncode
    if valid and code in RUNNER_EXIT_CODES:
        if code != 0:
            errors = [entry.get('Contents') for entry in entries if entry.get('Type') == 4]
            raise CommandFailed(str(errors[0]) if errors else f'The Absolute runner failed ({describe_exit(code)}).')
        return output
    if not text:
        raise RunnerFailure(f'The Absolute runner stopped ({describe_exit(code)}) without a result.'
                            f'{diagnostics(completed.stderr)}')
    if code not in RUNNER_EXIT_CODES:
        raise RunnerFailure(f'The Absolute runner stopped unexpectedly ({describe_exit(code)}).'
                            f'{diagnostics(completed.stderr)}')
    raise RunnerFailure(f'The Absolute runner returned output that is not a runner result ({describe_exit(code)}): '
                        f'{text[:200]}')


def to_platform_entry(entry: Dict[str, Any], files_dir: str) -> Dict[str, Any]:
    """A runner entry as the platform expects it; a file entry gets its file copied like fileResult does."""
    if entry.get('Type') not in FILE_ENTRY_TYPES or not entry.get('FileID'):
        return entry
    root = os.path.realpath(files_dir)
    source = os.path.realpath(os.path.join(root, str(entry['FileID'])))
    if os.path.commonpath([root, source]) != root or not os.path.isfile(source):
        raise RunnerFailure('The Absolute runner returned a file entry whose file is missing '
                            'or outside its files directory.')
    file_id = demisto.uniqueFile()
    # fileResult's convention: the platform collects "<investigation id>_<unique id>" from the working directory.
    shutil.copyfile(source, f'{demisto.investigation()["id"]}_{file_id}')
    name = str(entry.get('File') or os.path.basename(source)).replace('../', '')
    return {**entry, 'File': name, 'FileID': file_id}


def xsiam_collector_available() -> bool:
    """Whether send_events_to_xsiam can deliver here: only an XSIAM licence names the HTTP collector."""
    read_field = getattr(demisto, 'getLicenseCustomField', None)
    if not callable(read_field):
        return False
    try:
        return all(read_field(field) for field in XSIAM_COLLECTOR_FIELDS)
    except Exception:  # older servers and XSOAR may refuse the call instead of answering nothing
        return False


def send_absolute_events(events: List[Any]) -> None:
    """Pushes events to the XSIAM dataset absolute_secure_endpoint_raw."""
    send_events_to_xsiam(events, vendor=EVENT_VENDOR, product=EVENT_PRODUCT)  # noqa: F405


def push_shown_events(events: List[Any]) -> None:
    """Pushes the events a command showed, when asked to; where that cannot work, a warning says why."""
    if not xsiam_collector_available():
        demisto.results({'Type': 11, 'ContentsFormat': 'text',
                         'Contents': f'The events were not pushed to Cortex XSIAM ({len(events)} shown): {NO_COLLECTOR}.'})
        return
    if not events:
        return
    try:
        send_absolute_events(events)
    except Exception as error:  # the table is already in the War Room; say what happened to the push
        demisto.results({'Type': 4, 'ContentsFormat': 'text',
                         'Contents': f'The events were not pushed to Cortex XSIAM ({len(events)} shown): {error}'})


def deliver(command: str, output: Dict[str, Any], files_dir: str) -> None:
    """Hands a successful runner result to the platform: entries and events, then the new state."""
    entries: List[Dict[str, Any]] = output['entries']
    if command == 'fetch-events':
        if not xsiam_collector_available():
            raise RunnerFailure(f'Absolute events cannot be collected: {NO_COLLECTOR}. '
                                'The fetch state was not advanced.')
        send_absolute_events(output.get('events') or [])  # also when empty, so the collector's counters update
        for entry in entries:  # a scheduled fetch has no War Room; its warnings go to the integration log
            demisto.info(str(entry.get('HumanReadable') or entry.get('Contents')))
    elif command == 'test-module' and len(entries) == 1 and entries[0].get('Contents') == 'ok':
        demisto.results('ok')
    else:
        for entry in [to_platform_entry(entry, files_dir) for entry in entries]:
            demisto.results(entry)
        if isinstance(output.get('events'), list):  # the command was asked to push what it showed
            push_shown_events(output['events'])
    if output.get('lastRun') is not None:
        demisto.setLastRun(output['lastRun'])


def report_failure(command: str, message: str) -> None:
    """One error entry for a command; a raised error for a fetch, which the platform handles itself."""
    demisto.error(message)
    if command in SERVER_HANDLED_COMMANDS:
        raise RuntimeError(message) from None
    demisto.results({'Type': 4, 'ContentsFormat': 'text', 'Contents': message})


def check_image_runner(command: str, bundle: str) -> None:
    """An image's runner must be the build this integration came from; test-module insists, others log it."""
    found = bundle_version(bundle)
    if found is None or found == PACK_VERSION:
        return
    mismatch = (f'The Docker image holds Absolute runner {found}, but this integration is {PACK_VERSION}. '
                f'Build and select the image {INTEGRATION_DOCKER_IMAGE or "that matches it"}.')
    if command == 'test-module':
        raise RunnerFailure(mismatch)
    demisto.debug(mismatch)


def main() -> None:
    command = demisto.command()
    params = demisto.params() or {}
    secrets = runner_secrets(params)
    files_dir = tempfile.mkdtemp(prefix='absolute-files-')
    try:
        bundle, home = locate_runner()
        if home is None:
            check_image_runner(command, bundle)
        invocation: Dict[str, Any] = {'command': command, 'params': params, 'args': demisto.args() or {},
                                      'filesDir': files_dir}
        if command in SERVER_HANDLED_COMMANDS:
            invocation['lastRun'] = demisto.getLastRun() or {}
        completed = run_absolute_runner(invocation, bundle, runner_timeout(params), home)
        for line in completed.stderr.decode('utf-8', errors='replace').splitlines()[-50:]:
            demisto.debug(redact_runner_text(line, secrets))
        deliver(command, read_runner_output(completed), files_dir)
    except CommandFailed as failure:
        report_failure(command, redact_runner_text(str(failure), secrets))
    except Exception as error:  # a RunnerFailure, or a bridge bug: either way one clear error
        detail = error if isinstance(error, RunnerFailure) else f'Bridge error: {type(error).__name__}: {error}'
        report_failure(command, redact_runner_text(f'Failed to execute {command} command.\nError:\n{detail}', secrets))
    finally:
        shutil.rmtree(files_dir, ignore_errors=True)


# The unifier fills these in for the default variant: the runner bundle (dist/absolute.cjs),
# gzip-compressed and base64-encoded, and its SHA-256. Empty here and in the own-image variant.
RUNNER_BUNDLE_SHA256 = ''
RUNNER_BUNDLE_GZIP_BASE64 = ''

if __name__ in ('__main__', '__builtin__', 'builtins'):
    main()
