"""The Spark job (Scripts/spark/netmap_spark.py) in local[2] against netmap on one machine."""
import json
import os
import stat

import pytest
from conftest import BAD, BINARY, netmap

import netmap_spark


def part_lines(directory):
    lines = []
    for name in sorted(os.listdir(directory)):
        if name.startswith("part-"):
            with open(os.path.join(directory, name), "rb") as f:
                lines += f.read().splitlines()
    return sorted(lines)


# With --documents each partition's document graphs are merged by `netmap merge --partial`;
# without, each partition is one `netmap extract --partial`. Both must give one machine's graph.
@pytest.mark.parametrize("documents", [True, False], ids=["documents", "partial"])
@pytest.mark.parametrize("partitions", [1, 3, 7])
def test_the_merged_graph_is_that_of_one_machine(spark, work, reuters, partitions, documents):
    out = work / f"reuters-{partitions}-{'documents' if documents else 'partial'}"
    out.mkdir()
    summary = netmap_spark.run(spark, [
        str(reuters["input"]), "-o", str(out / "merged.json"), *(["--documents", str(out / "documents")] if documents else []),
        "--partitions", str(partitions), "--netmap", BINARY, "--fan-in", "2"])
    assert (out / "merged.json").read_bytes() == reuters["merged"]
    if documents:
        assert part_lines(out / "documents") == reuters["documents"]
    assert summary["partitions"] == partitions
    assert summary["records"] == reuters["stories"] + len(BAD)
    assert summary["documents"] == reuters["stories"]
    assert summary["rejected"] == len(BAD)
    # Seven partials merged two at a time: four, two, then the last merge.
    assert summary["merge_levels"] == {1: 1, 3: 2, 7: 3}[partitions]


def test_bad_records_are_counted_and_named(spark, work, reuters):
    out = work / "reuters-as-read"
    out.mkdir()
    summary = netmap_spark.run(spark, [str(reuters["input"]), "-o", str(out / "merged.json"), "--netmap", BINARY])
    # As Spark reads the files: several blocks of 256 KB, no shuffle.
    assert summary["partitions"] > 1
    assert (out / "merged.json").read_bytes() == reuters["merged"]
    rejects = [json.loads(line) for line in (out / "merged.json.rejects.jsonl").read_text().splitlines()]
    assert len(rejects) == len(BAD)
    for reject, (line, (_, identifier, error)) in zip(rejects, sorted(reuters["bad"].items())):
        assert reject["file"].endswith("/wire-1987a.jsonl")
        assert reject["line"] == line
        assert reject.get("id") == identifier
        assert reject["error"] == error
        assert 0 <= reject["partition"] < summary["partitions"]


@pytest.mark.parametrize("format", ["graphml", "csv", "text"])
def test_every_format_is_that_of_one_machine(spark, work, written, format):
    out = work / f"written-{format}"
    out.mkdir()
    summary = netmap_spark.run(spark, [str(written), "-o", str(out / "merged"), "--format", format,
                                       "--partitions", "3", "--netmap", BINARY])
    assert summary["documents"] == 40
    assert summary["rejected"] == 0
    assert (out / "merged.rejects.jsonl").read_bytes() == b""
    if format == "csv":
        netmap("extract", "--quiet", "--format", "csv", written, "-o", out / "one")
        for name in ["nodes.csv", "edges.csv"]:
            assert (out / "merged" / name).read_bytes() == (out / "one" / name).read_bytes()
    else:
        assert (out / "merged").read_bytes() == netmap("extract", "--quiet", "--format", format, written)


def test_a_lexicon_reaches_the_executors(spark, work):
    out = work / "lexicon"
    out.mkdir()
    (out / "input.jsonl").write_text(json.dumps({"id": "z", "text": "Zorblat Quux met Ronald Reagan in Geneva."}) + "\n")
    (out / "extra.txt").write_text("[people]\nzorblat-quux | Zorblat Quux | Quux\n")
    netmap_spark.run(spark, [str(out / "input.jsonl"), "-o", str(out / "merged.json"), "--lexicon", str(out / "extra.txt"),
                             "--netmap", BINARY])
    expected = netmap("extract", "--quiet", "--lexicon", out / "extra.txt", out / "input.jsonl")
    assert (out / "merged.json").read_bytes() == expected
    assert b"person:zorblat-quux" in expected


def test_a_netmap_that_fails_fails_the_job_with_its_message(spark, work, written):
    out = work / "failing"
    out.mkdir()
    failing = out / "netmap-failing"
    failing.write_text("#!/bin/sh\necho 'netmap: error: out of cheese' >&2\nexit 3\n")
    failing.chmod(failing.stat().st_mode | stat.S_IXUSR)
    with pytest.raises(netmap_spark.NetmapFailed) as failure:
        netmap_spark.run(spark, [str(written), "-o", str(out / "merged.json"), "--netmap", str(failing)])
    assert str(failure.value) == "netmap extract --partial failed on partition 0 (exit 3): netmap: error: out of cheese"
    assert not (out / "merged.json").exists()


def test_outputs_are_checked_before_any_work(spark, work, written):
    with pytest.raises(SystemExit, match="does not exist"):
        netmap_spark.run(spark, [str(written), "-o", str(work / "no-such-directory" / "merged.json")])
    (work / "taken").mkdir()
    with pytest.raises(SystemExit, match="already exists"):
        netmap_spark.run(spark, [str(written), "-o", str(work / "merged.json"), "--documents", str(work / "taken")])
