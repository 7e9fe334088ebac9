"""``make bench``: time ambition as whole processes on synthetic repositories, check the floors.

Generates (once, then reused while bench/generate.py is unchanged) into ``build/bench/``:

- ``r300``: 300 indicators, a large municipality (the floors for the HTML and Word reports);
- ``r1000`` and ``r10000``: 1,000 and 10,000 indicators (the scaling floor);
- ``country``: 290 municipalities of real size, one repository each.

Each command runs as a process of the installed ``ambition`` (``.venv/bin/ambition``), its wall
time measured around the process and its peak memory from the kernel (``os.wait4``). For
``r300``, ``r1000`` and ``r10000`` the figure is the median of ``--runs`` runs (at least 5),
the repository's commands taking turns round by round (``measure``); for the country every command runs once per municipality, and the figures are the total over
the 290 and the median municipality. "cold" runs start without ``.ambition-cache/`` (deleted
before each run), "warm" runs with the cache of an identical earlier run; the operating
system's file cache is warm in both.

The reference is check-jsonschema on the same files, with the schemas ``ambition schema``
exports: one invocation per file kind (as a pre-commit hook per kind would run it), the file
list split only where it would exceed the command line's limit. Its runs are timed the same
way. The benchmark is slow: it is not part of ``make test`` and does not run in CI.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import generate  # the generator next to this file

from ambition.layout import KINDS

PROJECT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
AMBITION = BIN / "ambition"
CHECK_JSONSCHEMA = BIN / "check-jsonschema"
CACHE_DIR = ".ambition-cache"
MB = 1024 * 1024


@dataclass
class Run:
    """One process: wall time in seconds and peak resident memory in bytes."""

    seconds: float
    peak: int


@dataclass
class Figure:
    """The runs of one command on one repository, summarised."""

    repository: str
    command: str
    runs: list[Run] = field(default_factory=list)
    total: bool = False  # the country: the total over municipalities, not the median

    @property
    def seconds(self) -> float:
        """The median run, or the total over municipalities."""
        values = [r.seconds for r in self.runs]
        return sum(values) if self.total else statistics.median(values)

    @property
    def median(self) -> float:
        """The median run (for the country: the median municipality)."""
        return statistics.median(r.seconds for r in self.runs)

    @property
    def peak(self) -> int:
        """The largest peak memory of any run."""
        return max(r.peak for r in self.runs)


def timed(command: Sequence[str | Path], cwd: Path, env: dict[str, str]) -> Run:
    """Run ``command`` to its end; fail loudly unless it exits 0."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            [str(part) for part in command],
            cwd=cwd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            message = errors.read().decode(errors="replace")[-2000:]
            raise SystemExit(f"{' '.join(map(str, command))} in {cwd} failed:\n{message}")
    return Run(seconds, usage.ru_maxrss * 1024)  # Linux: kilobytes


def environment() -> dict[str, str]:
    """The environment of every run: this one, without ``CI`` (the cache is off in CI) and
    without ``PYTHONDONTWRITEBYTECODE``: an installed ambition runs from compiled bytecode, as
    ``pip install`` leaves it, so the benchmark compiles ``src/`` once (:func:`compile_sources`)
    and does not time Python compiling the same modules again in every run."""
    env = dict(os.environ)
    env.pop("CI", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_sources() -> None:
    """Compile ``src/`` to bytecode before the first timed run, as an installation would."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(PROJECT / "src")], check=True)


def clear_cache(repository: Path) -> None:
    """Delete the repository's cache: the next run is cold."""
    shutil.rmtree(repository / CACHE_DIR, ignore_errors=True)


def chunks(files: list[str], limit: int) -> list[list[str]]:
    """``files`` split into command lines no longer than ``limit`` bytes (as xargs does)."""
    out: list[list[str]] = [[]]
    size = 0
    for name in files:
        if out[-1] and size + len(name) + 1 > limit:
            out.append([])
            size = 0
        out[-1].append(name)
        size += len(name) + 1
    return out


def jsonschema_commands(repository: Path, schemas: Path) -> list[list[str]]:
    """The check-jsonschema invocations that check every file of ``repository``."""
    limit = min(os.sysconf("SC_ARG_MAX") // 2, 1_000_000)
    commands = []
    for name, kind in KINDS.items():  # the one declaration of the layout
        files = sorted(str(p.relative_to(repository)) for p in repository.glob(kind.glob))
        if not files:
            continue
        schema = str(schemas / f"{name}.schema.json")
        for part in chunks(files, limit):
            commands.append([str(CHECK_JSONSCHEMA), "--schemafile", schema, *part])
    return commands


def run_jsonschema(repository: Path, schemas: Path, env: dict[str, str]) -> Run:
    """All invocations for one repository, as one run: the sum of times, the largest peak."""
    runs = [timed(c, repository, env) for c in jsonschema_commands(repository, schemas)]
    return Run(sum(r.seconds for r in runs), max(r.peak for r in runs))


Command = Callable[[Path, Path], list[str | Path]]

COMMANDS: dict[str, tuple[Command, str]] = {
    # name → (arguments for a repository and an output folder, cache state before each run)
    "validate (cold)": (lambda r, o: [AMBITION, "validate", "--root", r], "cold"),
    "validate (warm)": (lambda r, o: [AMBITION, "validate", "--root", r], "warm"),
    "validate (--no-cache)": (
        lambda r, o: [AMBITION, "validate", "--no-cache", "--root", r],
        "cold",
    ),
    "assess (cold)": (lambda r, o: [AMBITION, "assess", "--root", r], "cold"),
    "assess (warm)": (lambda r, o: [AMBITION, "assess", "--root", r], "warm"),
    "report md (cold)": (
        lambda r, o: [AMBITION, "report", "--root", r, "-f", "md", "-o", o],
        "cold",
    ),
    "report html (cold)": (
        lambda r, o: [AMBITION, "report", "--root", r, "-f", "html", "-o", o],
        "cold",
    ),
    "report html (warm)": (
        lambda r, o: [AMBITION, "report", "--root", r, "-f", "html", "-o", o],
        "warm",
    ),
    "report docx (cold)": (
        lambda r, o: [AMBITION, "report", "--root", r, "-f", "docx", "-o", o],
        "cold",
    ),
}

PLAN: dict[str, list[str]] = {
    "r300": [
        "validate (cold)",
        "validate (warm)",
        "report html (cold)",
        "report html (warm)",
        "report docx (cold)",
    ],
    "r1000": [
        "validate (cold)",
        "validate (warm)",
        "validate (--no-cache)",
        "assess (cold)",
        "assess (warm)",
        "report md (cold)",
        "report html (cold)",
        "report html (warm)",
    ],
    "r10000": [
        "validate (cold)",
        "validate (warm)",
        "validate (--no-cache)",
        "assess (cold)",
        "assess (warm)",
        "report md (cold)",
        "report html (cold)",
        "report html (warm)",
    ],
}
"""Which commands run on which repository; the country runs validate cold and warm only."""


def measure(
    name: str,
    repository: Path,
    commands: Sequence[str],
    runs: int,
    env: dict[str, str],
    output: Path,
) -> list[Figure]:
    """Median of ``runs`` runs of each of ``commands`` on one repository. The commands run in
    turn, round by round, so a change of the machine's load during the run falls on all of them
    alike: the floors are ratios of two of them (the HTML report to ``validate`` cold). A cold
    run starts without the cache; a warm run after an untimed run of the same command."""
    figures = [Figure(name, command) for command in commands]
    for _ in range(runs):
        for figure in figures:
            build, state = COMMANDS[figure.command]
            clear_cache(repository)
            if state == "warm":
                timed(build(repository, output), repository, env)  # fills the cache
            figure.runs.append(timed(build(repository, output), repository, env))
    return figures


def generated(folder: Path, label: str, make: Callable[[Path], object]) -> Path:
    """``folder``, generated unless an identical generator made it before."""
    stamp = folder / ".generated"
    source = Path(generate.__file__).read_bytes()
    expected = hashlib.sha256(source + label.encode()).hexdigest()
    if stamp.is_file() and stamp.read_text() == expected:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    print(f"generating {label} in {folder} …", flush=True)
    make(folder)
    stamp.write_text(expected)
    return folder


def count_files(repository: Path) -> int:
    """The YAML files validate reads."""
    return sum(1 for _ in (repository / "data").rglob("*.yaml")) + 1


def machine() -> dict[str, str]:
    """The machine: CPUs, CPU model, Python, OS."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpus": str(os.cpu_count()),
        "cpu": model,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "load": " ".join(f"{value:.2f}" for value in os.getloadavg()),
    }


def code_state() -> str:
    """A digest of the code under test (src/ and templates/): figures are only comparable when
    it does not change during the run, which in a shared working tree it might."""
    digest = hashlib.sha256()
    for folder in (PROJECT / "src", PROJECT / "templates"):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(PROJECT)).encode() + path.read_bytes())
    return digest.hexdigest()


def seconds(value: float) -> str:
    """A duration for the table."""
    return f"{value:.2f} s" if value >= 0.995 else f"{value * 1000:.0f} ms"


def main(argv: list[str] | None = None) -> int:
    """Generate, measure, print the table and the floors; exit 1 when a floor is not met."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per median (at least 5)")
    parser.add_argument("--work", type=Path, default=PROJECT / "build" / "bench")
    parser.add_argument(
        "--municipalities", type=int, default=generate.MUNICIPALITIES, help="country sample"
    )
    parser.add_argument("--skip", nargs="*", default=[], help="repositories to leave out")
    parser.add_argument(
        "--commands",
        nargs="*",
        choices=list(COMMANDS),
        help="only these commands of each repository's plan (a quick check of one floor, e.g. "
        "'validate (cold)' 'report html (cold)'); default: all",
    )
    args = parser.parse_args(argv)
    if args.runs < 5:
        parser.error("--runs: at least 5")
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    load_before = machine()["load"]
    code_before = code_state()
    env = environment()
    compile_sources()
    output = work / "out"
    schemas = work / "schemas"
    shutil.rmtree(schemas, ignore_errors=True)
    subprocess.run(
        [AMBITION, "schema", "--output", schemas], check=True, env=env, stdout=subprocess.DEVNULL
    )

    repositories: dict[str, Callable[[Path], object]] = {
        "r300": lambda f: generate.generate_repository(f, 300, 300, "Storkommun", "0300"),
        "r1000": lambda f: generate.generate_repository(f, 1000, 1, "Tusen", "1000"),
        "r10000": lambda f: generate.generate_repository(f, 10000, 10, "Tiotusen", "9999"),
        "country": generate.generate_country,
    }
    figures: list[Figure] = []
    reference: dict[str, Figure] = {}
    files: dict[str, int] = {}
    python_figure = Figure("-", "python -c pass")
    for _ in range(20):
        python_figure.runs.append(timed([BIN / "python", "-c", "pass"], work, env))
    figures.append(python_figure)
    help_figure = Figure("-", "ambition --help")
    for _ in range(max(args.runs, 20)):
        help_figure.runs.append(timed([AMBITION, "--help"], work, env))
    figures.append(help_figure)

    for name, make in repositories.items():
        if name in args.skip:
            continue
        folder = generated(work / name, name, make)
        if name == "country":
            municipalities = sorted(p for p in folder.iterdir() if p.is_dir())
            step = max(1, len(municipalities) // args.municipalities)
            municipalities = municipalities[::step][: args.municipalities]
            files[name] = sum(count_files(m) for m in municipalities)
            print(f"country: {len(municipalities)} municipalities, {files[name]} files", flush=True)
            cold = Figure(name, "validate (cold)", total=True)
            warm = Figure(name, "validate (warm)", total=True)
            for municipality in municipalities:  # the cold run leaves the warm run's cache
                clear_cache(municipality)
                validate: list[str | Path] = [AMBITION, "validate", "--root", municipality]
                cold.runs.append(timed(validate, municipality, env))
                warm.runs.append(timed(validate, municipality, env))
                clear_cache(municipality)
            figures += [cold, warm]
            print(f"  validate: {seconds(cold.seconds)} cold, {seconds(warm.seconds)} warm")
            ref = Figure(name, "check-jsonschema", total=True)
            for municipality in municipalities:
                ref.runs.append(run_jsonschema(municipality, schemas, env))
            reference[name] = ref
            print(f"  check-jsonschema: {seconds(ref.seconds)}", flush=True)
            continue
        files[name] = count_files(folder)
        print(f"{name}: {files[name]} files", flush=True)
        chosen = [c for c in PLAN[name] if not args.commands or c in args.commands]
        for figure in measure(name, folder, chosen, args.runs, env, output):
            figures.append(figure)
            print(f"  {figure.command}: {seconds(figure.seconds)}", flush=True)
        ref = Figure(name, "check-jsonschema")
        for _ in range(args.runs):
            ref.runs.append(run_jsonschema(folder, schemas, env))
        reference[name] = ref
        print(f"  check-jsonschema: {seconds(ref.seconds)}", flush=True)
        clear_cache(folder)

    floors = check_floors(figures, reference)
    report = render(figures, reference, files, floors, args.runs)
    report += f"\n\nLoad average (1, 5, 15 min) before: {load_before}; after: {machine()['load']}."
    if code_state() != code_before:
        report += (
            "\n\nWARNING: src/ or templates/ changed during the run; the figures mix versions."
        )
    print()
    print(report)
    results = {
        "machine": machine(),
        "runs": args.runs,
        "files": files,
        "figures": [{**asdict(f), "seconds": f.seconds} for f in figures],
        "reference": {k: {**asdict(f), "seconds": f.seconds} for k, f in reference.items()},
        "floors": floors,
    }
    (work / "results.json").write_text(json.dumps(results, indent=2))
    (work / "results.md").write_text(report + "\n")
    return 0 if all(f["met"] for f in floors) else 1


def find(figures: list[Figure], repository: str, command: str) -> Figure | None:
    """The figure of ``command`` on ``repository``, if measured."""
    return next((f for f in figures if f.repository == repository and f.command == command), None)


def check_floors(figures: list[Figure], reference: dict[str, Figure]) -> list[dict[str, object]]:
    """Each floor (issues 9 and 12), as a ratio to a reference measured in the same run, with
    the measured value and whether it is met."""
    floors: list[dict[str, object]] = []

    def floor(name: str, value: float, limit: float, shown: str) -> None:
        floors.append(
            {"floor": name, "value": value, "limit": limit, "shown": shown, "met": value <= limit}
        )

    for repository, ref in reference.items():
        for command, limit in (("validate (cold)", 0.3), ("validate (warm)", 0.07)):
            figure = find(figures, repository, command)
            if figure is not None:
                ratio = figure.seconds / ref.seconds
                floor(
                    f"{command} ≤ {limit} × check-jsonschema, {label(repository)}",
                    ratio,
                    limit,
                    f"{ratio:.3f} × ({seconds(figure.seconds)} / {seconds(ref.seconds)})",
                )
    html = find(figures, "r300", "report html (cold)")
    cold = find(figures, "r300", "validate (cold)")
    if html is not None and cold is not None:
        ratio = html.seconds / cold.seconds
        floor(
            "report html with charts, 300 indicators, cold ≤ 1.6 × validate (cold)",
            ratio,
            1.6,
            f"{ratio:.2f} × ({seconds(html.seconds)} / {seconds(cold.seconds)})",
        )
    docx = find(figures, "r300", "report docx (cold)")
    if docx is not None and cold is not None:
        # Issue 16.5: python-docx's Run.add_picture made the Word report quadratic in its
        # pictures (39 × the HTML report, about 70 × validate cold, on an idle machine); with
        # linear pictures it is about 26–33 × validate cold, most of it drawing the 300 charts
        # as PNG. 45 × catches a quadratic step. Measured against validate, not the HTML report,
        # since the HTML report's own speed work (2 December) would move this floor.
        ratio = docx.seconds / cold.seconds
        floor(
            "report docx, 300 indicators, cold ≤ 45 × validate (cold)",
            ratio,
            45.0,
            f"{ratio:.1f} × ({seconds(docx.seconds)} / {seconds(cold.seconds)})",
        )
    help_figure = find(figures, "-", "ambition --help")
    python_figure = find(figures, "-", "python -c pass")
    if help_figure is not None and python_figure is not None:
        ratio = help_figure.seconds / python_figure.seconds
        floor(
            "ambition --help ≤ 8 × python -c pass",
            ratio,
            8.0,
            f"{ratio:.1f} × ({seconds(help_figure.seconds)} / {seconds(python_figure.seconds)})",
        )
    for command in COMMANDS:
        small, large = find(figures, "r1000", command), find(figures, "r10000", command)
        if small is not None and large is not None:
            ratio = large.seconds / small.seconds
            floor(f"{command}: 10,000 ≤ 11 × 1,000 indicators", ratio, 11.0, f"{ratio:.1f} ×")
    if "country" in reference:
        peak = max(f.peak for f in figures if f.repository == "country")
        peak = max(peak, reference["country"].peak)
        floor("peak memory, whole country < 1 GB", peak / MB, 1024.0, f"{peak / MB:.0f} MB")
    return floors


def label(repository: str) -> str:
    """A repository's name for people."""
    return {
        "r300": "300 indicators",
        "r1000": "1,000 indicators",
        "r10000": "10,000 indicators",
        "country": "290 municipalities",
        "-": "",
    }[repository]


def render(
    figures: list[Figure],
    reference: dict[str, Figure],
    files: dict[str, int],
    floors: list[dict[str, object]],
    runs: int,
) -> str:
    """The table of figures and the list of floors, as Markdown."""
    about = machine()
    lines = [
        f"Machine: {about['cpus']} CPUs, {about['cpu']}, Python {about['python']}, "
        f"{about['system']}. Median of {runs} runs; country: every command once per "
        "municipality, total (and median municipality). Cold: without .ambition-cache/; warm: "
        "with the cache of an identical earlier run.",
        "",
        "| repository | files | command | ambition | check-jsonschema | ratio | peak memory |",
        "|---|---:|---|---:|---:|---:|---:|",
    ]
    for figure in figures:
        ref = reference.get(figure.repository)
        is_validate = figure.command.startswith("validate")
        ratio = f"{figure.seconds / ref.seconds:.3f}" if ref and is_validate else ""
        time_text = seconds(figure.seconds)
        if figure.total:
            time_text += f" ({seconds(figure.median)})"
        lines.append(
            f"| {label(figure.repository)} | {files.get(figure.repository, ''):,} "
            f"| {figure.command} | {time_text} "
            f"| {seconds(ref.seconds) + (f' ({seconds(ref.median)})' if ref.total else '') if ref and is_validate else ''} "
            f"| {ratio} | {figure.peak / MB:.0f} MB |"
            if figure.repository != "-"
            else f"| | | {figure.command} | {time_text} | | | {figure.peak / MB:.0f} MB |"
        )
    for repository, ref in reference.items():
        lines.append(
            f"| {label(repository)} | {files.get(repository, 0):,} | check-jsonschema "
            f"| | {seconds(ref.seconds)} | | {ref.peak / MB:.0f} MB |"
        )
    lines += ["", "| floor | measured | |", "|---|---|---|"]
    for item in floors:
        lines.append(
            f"| {item['floor']} | {item['shown']} | {'met' if item['met'] else 'NOT met'} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
