"""Writes an executed notebook into the repository without what changes from run to run or machine to machine.

    python3 notebooks/normalise.py EXECUTED.ipynb TARGET.ipynb REPO_ROOT

Drops each cell's execution timings (metadata.execution; run.sh also asks nbconvert not to record them) and
writes the JSON as nbformat does (indent 1, sorted keys, trailing newline), so re-running an unchanged
notebook gives no diff. The kernel's own messages name files by absolute path ("%jar ../target/kamsim.jar"
answers "Add /home/me/kamsim/notebooks/../target/kamsim.jar to classpath"): paths inside the repository are
written relative to notebooks/, where the notebooks run, as the cell that loads them spells them, and
without the ANSI colour codes the kernel wraps them in (they show as "[0m[32m" on GitHub). Any other
absolute path of this machine (the home directory) left in an output is refused (exit 1, naming the cell):
it would not read right anywhere else. The kernel's display(x) returns a fresh random display id; a cell
ending in display(x) shows it as its result, which would change every run: such a result is dropped (the
display itself is kept). A result that is an object's default toString (java.io.PrintStream@5942a639, the
value of a cell ending in printf) is refused: its hash changes every run, and the cell should end in a
statement. Stdlib only.
"""
import json
import os
import re
import sys

IDENTITY = re.compile(r"^[\w.$]+@[0-9a-f]+$")
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
DISPLAY_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def texts(output):
    """The text an output shows: a stream's text, an error's traceback, a display's text/* and json data."""
    if output.get("output_type") == "stream":
        yield "".join(output.get("text", ""))
    elif output.get("output_type") == "error":
        yield output.get("evalue", "")
        yield "\n".join(output.get("traceback", []))
    else:
        for mime, value in output.get("data", {}).items():
            if mime.startswith("text/") or mime.endswith("json"):
                if isinstance(value, list):
                    yield "".join(value)
                else:
                    yield value if isinstance(value, str) else json.dumps(value)


def relativise(output, root):
    """Writes the repository's absolute paths in a stream output relative to notebooks/, without ANSI codes."""
    if output.get("output_type") != "stream":
        return
    text = output.get("text", "")
    lines = [ANSI_ESCAPE.sub("", line) for line in (text if isinstance(text, list) else [text])]
    for real in {root, os.path.realpath(root)}:
        lines = [line.replace(real + "/notebooks/", "").replace(real + "/", "../") for line in lines]
    output["text"] = lines if isinstance(text, list) else lines[0]


def is_display_id(output):
    """Whether an output is only the random id that display(x) returns, shown as a cell's result."""
    if output.get("output_type") != "execute_result" or set(output.get("data", {})) - {"text/html", "text/plain"}:
        return False
    values = ["".join(v) if isinstance(v, list) else v for v in output["data"].values()]
    return bool(values) and all(DISPLAY_ID.match(v.strip()) for v in values)


def main(executed, target, root):
    with open(executed, encoding="utf-8") as f:
        notebook = json.load(f)
    root = os.path.abspath(root)
    machine_paths = [p for p in {root, os.path.realpath(root), os.path.expanduser("~")} if p not in ("/", "")]
    problems = []
    for index, cell in enumerate(notebook.get("cells", []), start=1):
        cell.get("metadata", {}).pop("execution", None)
        if "outputs" in cell:
            cell["outputs"] = [output for output in cell["outputs"] if not is_display_id(output)]
        for output in cell.get("outputs", []):
            relativise(output, root)
            if output.get("output_type") == "execute_result" and any(
                    IDENTITY.match(text.strip()) for text in texts(output)):
                problems.append(f"cell {index}: its result is an object's identity ({next(texts(output)).strip()}):"
                                " end the cell with a statement")
            for text in texts(output):
                for path in machine_paths:
                    if path in text:
                        problems.append(f"cell {index}: an output holds this machine's path {path}")
    if problems:
        for problem in sorted(set(problems)):
            print(f"{target}: {problem}", file=sys.stderr)
        return 1
    body = json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    temporary = target + ".tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        f.write(body)
    os.replace(temporary, target)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
