"""What protecting a branch costs, one function per figure.

    python -m benchmarks protection [--runs N] [--only argon2]

argon2: seconds per password try (the key derivation that opens a key slot,
at the cost new slots are sealed with, ``KdfParams()``), against two
baselines measured in the same run: RFC 9106's second recommended setting
(64 MiB, 3 passes, 4 lanes: Qamqor's cost before) and OWASP's minimum for
argon2id (19 MiB, 2 passes, 1 lane). A try costs the same to whoever makes
it: this is also what one offline guess costs someone with a copy of the
key file, on a machine like this one (the figure to look at is tries per
second). Target: about 0.5 s on a two-core laptop.

Other figures (backups, restore, recovery) are added here as functions of
their own, each returning its lines.
"""
from __future__ import annotations

import argparse
import os
import time

from ._util import median

TARGET_SECONDS = 0.5


def _cpu_seconds() -> float:
    """CPU time of this process, all threads (argon2's lanes run on threads)."""
    times = os.times()
    return times.user + times.system


def _one_try(time_cost: int, memory_kib: int, parallelism: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one key derivation."""
    from argon2.low_level import Type, hash_secret_raw

    salt = os.urandom(16)
    cpu, start = _cpu_seconds(), time.perf_counter()
    hash_secret_raw(b"a guess at the password", salt, time_cost=time_cost, memory_cost=memory_kib,
                    parallelism=parallelism, hash_len=32, type=Type.ID)
    return time.perf_counter() - start, _cpu_seconds() - cpu


def argon2(runs: int = 7) -> list[str]:
    """Seconds per try at Qamqor's cost and at the two baselines; runs
    alternate between the three so a noisy neighbour slows them alike."""
    from desktop.services.keyslots import KdfParams

    ours = KdfParams()
    settings = {
        "qamqor": (ours.time_cost, ours.memory_kib, ours.parallelism),
        "rfc9106": (3, 65536, 4),
        "owasp-min": (2, 19456, 1),
    }
    times: dict[str, list[float]] = {name: [] for name in settings}
    cpu: dict[str, list[float]] = {name: [] for name in settings}
    for params in settings.values():
        _one_try(*params)  # warm-up: the first allocation of the memory is slower
    for _ in range(runs):
        for name, params in settings.items():
            wall, used = _one_try(*params)
            times[name].append(wall)
            cpu[name].append(used)
    per_try = {name: median(values) for name, values in times.items()}
    t, m, p = settings["qamqor"]
    cores = min(os.cpu_count() or 1, 2, p)
    # On a busy machine the wall clock also counts other programs' turns; the
    # CPU time does not. Spread over a two-core laptop's cores, it is what a
    # try takes there when nothing else runs.
    idle_estimate = median(cpu["qamqor"]) / cores
    lines = [
        f"argon2id cost: {m // 1024} MiB, {t} passes, {p} lanes ({os.cpu_count()} cores here, {runs} runs, "
        f"load average {os.getloadavg()[0]:.1f})",
        f"argon2 seconds per try: {per_try['qamqor']:.3f} (median wall clock; fastest {min(times['qamqor']):.3f})",
        f"argon2 CPU seconds per try: {median(cpu['qamqor']):.3f}; on an idle two-core laptop about "
        f"{idle_estimate:.2f} s (target about {TARGET_SECONDS})",
        f"argon2 tries per second on this machine now: {1 / per_try['qamqor']:.1f}; idle: {1 / idle_estimate:.1f}",
    ]
    for name in ("rfc9106", "owasp-min"):
        lines.append(f"baseline {name} ({settings[name][1] // 1024} MiB, {settings[name][0]} passes, "
                     f"{settings[name][2]} lanes): {per_try[name]:.3f} s; ratio qamqor/{name} "
                     f"{per_try['qamqor'] / per_try[name]:.1f}")
    return lines


FIGURES = {"argon2": argon2}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks protection")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", choices=sorted(FIGURES), action="append",
                        help="one figure (may be repeated); default: all")
    args = parser.parse_args(argv)
    for name in args.only or FIGURES:
        for line in FIGURES[name](runs=args.runs):
            print(line, flush=True)
    return 0
