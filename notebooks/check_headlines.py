"""Checks that executed notebooks show the same headline figures as the CLI for the same scenario and seed.

    python3 notebooks/check_headlines.py notebooks/01-what-if.ipynb ...

A notebook prints, next to each human sentence it draws from a run, one machine-checkable line:

    headline: simulate scenarios/baseline.yaml --trials 5000 | revenue.mean=711771517.51 plan.payback_month=27

Left of " | ": the kamsim command and arguments (paths relative to the repository root) that give the same
run. Right: FIGURE=VALUE pairs, where FIGURE is
  - a dotted path into summary.json (list items by index: plan.key_accounts.0), or
  - FILE:PATH, a dotted path into another JSON file the command writes (plan.json:kams), or
  - FILE:KEY=KEYVALUE/COLUMN, a cell of a CSV file the command writes: the column COLUMN of the row whose
    column KEY holds KEYVALUE (compare.csv:scenario=recession/revenue_mean).
The script runs each distinct command once (./kamsim COMMAND ... --out TMP --no-report) and requires every
figure to equal the file's: numbers as numbers (the notebook prints them as the file writes them, so they
are equal exactly, not within a tolerance), null, true and false as written, text as text. A notebook with
no headline line fails: it would check nothing. Stdlib only; exit 1 on any difference.
"""
import csv
import json
import os
import shlex
import subprocess
import sys
import tempfile

PREFIX = "headline: "


def output_lines(notebook_path):
    """Every line the notebook's code cells printed (streams and text/plain results)."""
    with open(notebook_path, encoding="utf-8") as f:
        notebook = json.load(f)
    for cell in notebook.get("cells", []):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                text = output.get("text", "")
            else:
                text = output.get("data", {}).get("text/plain", "")
            yield from ("".join(text) if isinstance(text, list) else text).splitlines()


def headlines(notebook_path):
    """(command arguments, [(figure, value)]) for each headline line of the notebook."""
    found = []
    for line in output_lines(notebook_path):
        if not line.startswith(PREFIX):
            continue
        command, bar, figures = line[len(PREFIX):].partition(" | ")
        if not bar or not figures.strip():
            raise ValueError(f"{notebook_path}: a headline line without ' | FIGURE=VALUE ...': {line}")
        pairs = []
        for pair in figures.split():
            figure, equals, value = pair.rpartition("=")
            if not equals or not figure:
                raise ValueError(f"{notebook_path}: not FIGURE=VALUE: {pair}")
            pairs.append((figure, value))
        found.append((tuple(shlex.split(command)), pairs))
    return found


def json_value(document, path):
    value = document
    for part in path.split("."):
        if isinstance(value, list):
            value = value[int(part)]
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            raise KeyError(path)
    return value


def csv_value(path, selector):
    row_key, _, column = selector.partition("/")
    key, _, wanted = row_key.partition("=")
    with open(path, newline="", encoding="utf-8") as f:
        rows = [row for row in csv.DictReader(f) if row.get(key) == wanted]
    if len(rows) != 1:
        raise KeyError(f"{selector}: {len(rows)} rows with {key} = {wanted}")
    if column not in rows[0]:
        raise KeyError(f"{selector}: no column {column}")
    return rows[0][column]


def expected(out_dir, figure):
    """The figure as the CLI's files give it: a JSON value, or a CSV cell's text."""
    file, colon, selector = figure.partition(":")
    if not colon:
        file, selector = "summary.json", figure
    path = os.path.join(out_dir, file)
    if file.endswith(".csv"):
        return csv_value(path, selector)
    with open(path, encoding="utf-8") as f:
        return json_value(json.load(f), selector)


def same(shown, wanted):
    """Whether the notebook's text shows the file's value."""
    if wanted is None:
        return shown == "null"
    if isinstance(wanted, bool):
        return shown == ("true" if wanted else "false")
    try:
        return float(shown) == float(wanted)
    except (TypeError, ValueError):
        return shown == str(wanted)


def main(notebooks):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    failures = 0
    runs = {}
    with tempfile.TemporaryDirectory(prefix="kamsim-headlines-") as scratch:
        for notebook in notebooks:
            lines = headlines(notebook)
            if not lines:
                print(f"{notebook}: no '{PREFIX}...' line: it checks nothing against the CLI", file=sys.stderr)
                failures += 1
                continue
            checked = 0
            for command, pairs in lines:
                if command not in runs:
                    out_dir = os.path.join(scratch, f"run{len(runs)}")
                    argv = ["./kamsim", *command, "--out", out_dir, "--no-report"]
                    result = subprocess.run(argv, cwd=root, capture_output=True, text=True)
                    if result.returncode != 0:
                        print(f"{notebook}: {' '.join(argv)} failed:\n{result.stderr}", file=sys.stderr)
                        failures += 1
                        runs[command] = None
                        continue
                    runs[command] = out_dir
                out_dir = runs[command]
                if out_dir is None:
                    continue
                for figure, shown in pairs:
                    try:
                        wanted = expected(out_dir, figure)
                    except (KeyError, IndexError, ValueError, OSError) as e:
                        print(f"{notebook}: kamsim {' '.join(command)}: no figure {figure} ({e})", file=sys.stderr)
                        failures += 1
                        continue
                    if not same(shown, wanted):
                        print(f"{notebook}: {figure} is {shown} in the notebook but {wanted} from "
                              f"kamsim {' '.join(command)}", file=sys.stderr)
                        failures += 1
                    checked += 1
            print(f"{notebook}: {checked} figures from {len(lines)} headline lines checked against the CLI")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
