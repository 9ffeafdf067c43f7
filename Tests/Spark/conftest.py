"""Fixtures of the Spark tests: a local SparkSession (local[2]), the built netmap, and inputs.

NETMAP_BINARY names the netmap to use (default .build/debug/netmap); NETMAP_SPARK_STORIES how
many Reuters stories the equality tests read (default 2,000); work files go to NETMAP_SPARK_OUT
(default .build/spark-test).
"""
import gzip
import json
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "Scripts" / "spark"))
BINARY = os.environ.get("NETMAP_BINARY", str(ROOT / ".build" / "debug" / "netmap"))
OUT = pathlib.Path(os.environ.get("NETMAP_SPARK_OUT", ROOT / ".build" / "spark-test"))
REUTERS = ROOT.parent / "shared" / "corpus" / "reuters-1987" / "reuters-1987.jsonl"
STORIES = int(os.environ.get("NETMAP_SPARK_STORIES", "2000"))

# Bad records the job must set aside, each with what netmap says of it.
BAD = [
    (b'{"id": "broken", "text": "Reagan met', None, 'is not a JSON object with a "text" string'),
    (b'{"id": "no-text", "title": "A record without text"}', "no-text", 'is not a JSON object with a "text" string'),
    (b'{"id": "blank", "text": "  \\n\\t "}', "blank", 'has no text (its "text" is empty or white space)'),
    (b'{"id": 17, "text": "An id that is a number."}', None, 'is not a JSON object with a "text" string'),
    (b'{"id": "latin-1", "text": "Caf\xe9 society met in Paris."}', "latin-1", 'is not a JSON object with a "text" string'),
    # Python's reader takes NaN; netmap's does not, and netmap is the judge.
    (b'{"id": "nan", "text": "Reagan met Gorbachev.", "score": NaN}', "nan", 'is not a JSON object with a "text" string'),
]


def netmap(*args, **kw):
    result = subprocess.run([BINARY, *map(str, args)], capture_output=True, **kw)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


@pytest.fixture(scope="session")
def spark():
    from pyspark.sql import SparkSession
    session = (SparkSession.builder.master("local[2]").appName("netmap-test")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "4")
               # Small blocks, so that a file is read in several and line numbers must add up.
               .config("spark.sql.files.maxPartitionBytes", str(256 << 10))
               .config("spark.sql.files.openCostInBytes", str(64 << 10))
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def work():
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    return OUT


@pytest.fixture(scope="session")
def reuters(work):
    """STORIES Reuters stories in two files, one gzipped, with bad records among them; a twin
    of the same files with blank lines for the bad records (netmap on one machine stops at a
    bad record, and skips a blank line but counts it); and what netmap makes of the twin."""
    if not REUTERS.exists():
        pytest.skip(f"{REUTERS} is absent: the Reuters corpus is in ../shared beside the checkout")
    with open(REUTERS, "rb") as f:
        lines = [next(f).rstrip(b"\n") for _ in range(STORIES)]
    # Every 40th story without its id: named after its file and line, as netmap names it.
    for k in range(0, len(lines), 40):
        record = json.loads(lines[k])
        del record["id"]
        lines[k] = json.dumps(record).encode()
    spark_dir, twin_dir = work / "reuters", work / "reuters-twin"
    spark_dir.mkdir()
    twin_dir.mkdir()
    cut = len(lines) * 3 // 4
    bad_lines = {}  # line number -> (line, id, error)
    first = []
    for k, line in enumerate(lines[:cut]):
        if k % (cut // len(BAD)) == 5 and len(bad_lines) < len(BAD):
            bad = BAD[len(bad_lines)]
            first.append(bad[0])
            bad_lines[len(first)] = bad
        first.append(line)
    first.append(b"")  # a blank line is no record
    second = lines[cut:]
    (spark_dir / "wire-1987a.jsonl").write_bytes(b"\n".join(first) + b"\n")
    (twin_dir / "wire-1987a.jsonl").write_bytes(
        b"\n".join(b"" if k + 1 in bad_lines else line for k, line in enumerate(first)) + b"\n")
    for directory in (spark_dir, twin_dir):
        with gzip.open(directory / "wire-1987b.jsonl.gz", "wb") as f:
            f.write(b"\n".join(second) + b"\n")
    return {
        "input": spark_dir,
        "stories": len(lines),
        "bad": bad_lines,
        "merged": netmap("extract", "--quiet", twin_dir),
        "documents": sorted(netmap("extract", "--quiet", "--format", "jsonl", twin_dir).splitlines()),
    }


@pytest.fixture(scope="session")
def written(work):
    """Forty short articles written for these tests, one JSON Lines file."""
    people = [("Ronald Reagan", "Mikhail Gorbachev"), ("Margaret Thatcher", "Helmut Kohl"),
              ("Angela Merkel", "Emmanuel Macron"), ("Yasuhiro Nakasone", "Ronald Reagan")]
    places = ["Geneva", "London", "Berlin", "Tokyo", "Paris"]
    path = work / "written" / "articles.jsonl"
    path.parent.mkdir()
    with open(path, "w") as f:
        for k in range(40):
            a, b = people[k % len(people)]
            record = {"id": f"article-{k}", "date": f"1987-03-{k % 28 + 1:02d}",
                      "text": f"{a} met {b} in {places[k % len(places)]} on talks about trade."}
            if k % 10 == 3:
                del record["id"]
            f.write(json.dumps(record) + "\n")
    return path
