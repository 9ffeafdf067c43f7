#!/usr/bin/env python3
# Usage: spark-submit [--master URL] [--files netmap] Scripts/spark/netmap_spark.py
#            INPUT... -o MERGED [--format json|jsonl|graphml|gexf|csv|dot|text] [--documents DIR]
#            [--rejects FILE] [--lexicon FILE]... [--partitions N] [--netmap PATH] [--fan-in K]
#            [--jobs N]
"""netmap as the map step of an Apache Spark job, and netmap merge as its reduce.

Reads JSON Lines articles ({"id", "source", "date", "url", "title", "text"} a line; .jsonl and
.jsonl.gz files, directories or globs of them, on any file system Spark reads: local, HDFS, S3),
runs the netmap binary over each partition with the partition's records on its standard input
(`netmap extract --input-format jsonl --partial -`: the partition's graph, lone surnames left for
a later merge; with --documents, `netmap extract --format jsonl -` and its document graphs merged
by `netmap merge --partial`), merges those partial graphs in a tree of K at a time, and writes:

- MERGED (-o): the corpus graph in --format, byte for byte what `netmap extract --format F INPUT...`
  writes on one machine for the same files, whatever the number of partitions;
- DIR (--documents): the per-document graphs as JSON Lines (Spark's part-NNNNN files), the
  lines `netmap extract --format jsonl` writes;
- FILE (--rejects, default MERGED.rejects.jsonl): the records netmap refused, one
  {"error", "file", "id", "line", "partition"} a line (the job goes on without them).

A record without an id is named after its file and line (`news-17`), as netmap names it. netmap
is found on the executors as PATH given with --netmap (shipped from the driver when it exists
there), else as a `netmap` shipped with spark-submit --files, else on their PATH. A netmap that
fails on a partition fails that task with netmap's message, and Spark retries it.

Imported, `run(spark, ["INPUT", "-o", "OUT", ...])` runs the job in a SparkSession and returns
its summary (records, documents, rejected, partitions, merge levels, seconds).
"""
import argparse
import itertools
import json
import math
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from urllib.parse import unquote, urlparse

FORMATS = ["json", "jsonl", "graphml", "gexf", "csv", "dot", "text"]
# netmap's limit on one JSON Lines record (LineReader.maximumLine).
MAXIMUM_LINE = 64 << 20
CHUNK = 8 << 20


def parse(argv):
    parser = argparse.ArgumentParser(
        prog="netmap_spark.py", description="netmap extract as a Spark map step and netmap merge as its reduce.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="JSON Lines files (.jsonl, .jsonl.gz), directories or globs of them; any path Spark reads")
    parser.add_argument("-o", "--output", required=True, metavar="MERGED",
                        help="the merged graph (a directory for csv); local or any Hadoop file system")
    parser.add_argument("--format", choices=FORMATS, default="json", help="format of the merged graph (default json)")
    parser.add_argument("--documents", metavar="DIR", help="write the per-document graphs here as JSON Lines part files")
    parser.add_argument("--rejects", metavar="FILE", help="the refused records (default MERGED.rejects.jsonl)")
    parser.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                        help="extra language data for netmap extract (repeatable); shipped to the executors")
    parser.add_argument("--partitions", type=int, metavar="N",
                        help="spread the records over N partitions first (default: as Spark reads the files)")
    parser.add_argument("--netmap", metavar="PATH",
                        help="the netmap binary: shipped from the driver when it exists there, else a path on the executors")
    parser.add_argument("--fan-in", type=int, default=8, metavar="K", help="graphs merged at once in the tree (default 8)")
    parser.add_argument("--jobs", type=int, metavar="N", help="netmap --jobs in each task (default spark.task.cpus)")
    options = parser.parse_args(argv)
    if options.fan_in < 2:
        parser.error("--fan-in must be at least 2")
    if options.partitions is not None and options.partitions < 1:
        parser.error("--partitions must be at least 1")
    if options.rejects is None:
        options.rejects = options.output.rstrip("/") + ".rejects.jsonl"
    return options


# Executors ---------------------------------------------------------------------------------------

class Binary:
    """Where the executors find netmap and the lexicons: shipped file names or paths of their own."""

    def __init__(self, netmap_shipped, netmap_path, lexicons_shipped):
        self.netmap_shipped = netmap_shipped
        self.netmap_path = netmap_path
        self.lexicons_shipped = lexicons_shipped

    def netmap(self):
        from pyspark import SparkFiles
        candidates = []
        if self.netmap_shipped:
            candidates.append(SparkFiles.get(self.netmap_shipped))
        elif self.netmap_path:
            candidates.append(self.netmap_path)
        else:
            # spark-submit --files puts it in SparkFiles' directory, or on YARN in the container's.
            candidates += [SparkFiles.get("netmap"), os.path.abspath("netmap"), shutil.which("netmap")]
        for path in candidates:
            if path and os.path.isfile(path):
                if not os.access(path, os.X_OK):
                    os.chmod(path, os.stat(path).st_mode | 0o111)
                return path
        looked = ", ".join(path for path in candidates if path) or "netmap on PATH"
        raise RuntimeError("netmap: not found on this executor (looked for %s); give --netmap PATH or "
                           "spark-submit --files /path/to/netmap" % looked)

    def lexicon_arguments(self):
        from pyspark import SparkFiles
        arguments = []
        for name in self.lexicons_shipped:
            arguments += ["--lexicon", SparkFiles.get(name)]
        return arguments


class Drain(threading.Thread):
    """Reads a pipe to its end in the background, keeping all of it or its last `keep` bytes."""

    def __init__(self, stream, keep=None):
        super().__init__(daemon=True)
        self.stream, self.keep, self.data = stream, keep, b""
        self.start()

    def run(self):
        while chunk := self.stream.read(65536):
            self.data = (self.data + chunk)[-self.keep:] if self.keep else self.data + chunk
        self.stream.close()


class Feed(threading.Thread):
    """Writes lines to a pipe in the background, a newline after each, then closes it."""

    def __init__(self, stream, lines):
        super().__init__(daemon=True)
        self.stream, self.lines, self.error = stream, lines, None
        self.start()

    def run(self):
        try:
            for line in self.lines:
                self.stream.write(line)
                self.stream.write(b"\n")
        except BrokenPipeError:
            pass  # netmap stopped reading: its exit status and message say why.
        except BaseException as error:  # noqa: BLE001 - raised again in the task's thread
            self.error = error
        finally:
            try:
                self.stream.close()
            except BrokenPipeError:
                pass


class Netmap:
    """One netmap process of a task: its standard input fed from `lines` in the background (or
    written by the caller when `lines` is None), its standard error kept for its message."""

    def __init__(self, binary, arguments, partition, lines=None, pass_fds=()):
        self.name = arguments[0] + (" --partial" if "--partial" in arguments else "")
        self.partition = partition
        self.process = subprocess.Popen([binary, *arguments], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, pass_fds=pass_fds)
        self.feed = Feed(self.process.stdin, lines) if lines is not None else None
        self.errors = Drain(self.process.stderr, keep=65536)

    @property
    def stdin(self):
        return self.process.stdin

    @property
    def stdout(self):
        return self.process.stdout

    def finish(self):
        """Waits for the process; its failure fails the task with netmap's own message."""
        if self.feed is not None:
            self.feed.join()
            if self.feed.error is not None:
                raise self.feed.error
        status = self.process.wait()
        self.errors.join()
        if status != 0:
            how = "exit %d" % status if status > 0 else "signal %d" % -status
            message = self.errors.data.decode("utf-8", "replace").strip() or "(no message)"
            raise RuntimeError("netmap %s failed on partition %d (%s): %s" % (self.name, self.partition, how, message))

    def stop(self):
        """Ends the process if it still runs (the task failed or was cancelled)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def record_name(path):
    """The file stem netmap names a record without an id after: news.jsonl.gz -> news."""
    base = posixpath.basename(unquote(urlparse(path).path))
    return os.path.splitext(os.path.splitext(base)[0])[0]


def with_name(raw, path, line):
    """The record's line as netmap is to read it, and its id: a record without an id gets the one
    netmap would give it on one machine, made of its file and line.

    A line this cannot read is passed on as it is, for netmap to judge.
    """
    try:
        # Python's reader refuses a byte order mark, which netmap's passes over.
        record = json.loads(raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw)
    except ValueError:
        return raw, None
    if not isinstance(record, dict):
        return raw, None
    identifier = record.get("id")
    if identifier is not None and not isinstance(identifier, str):
        return raw, None
    if identifier or not isinstance(record.get("text"), str):
        return raw, identifier or None
    identifier = "%s-%d" % (record_name(path), line)
    record["id"] = identifier
    return json.dumps(record, ensure_ascii=True).encode("ascii"), identifier


def numbered(offsets):
    """Rows (file, block start, bytes), in file order within a block -> (file, line, bytes)."""
    def number(rows):
        block, line = None, 0
        for path, start, raw in rows:
            if (path, start) != block:
                block, line = (path, start), offsets.value[(path, start)]
            line += 1
            yield path, line, bytes(raw)
    return number


class Records:
    """A partition's records on their way to netmap: blank lines left out, lines over netmap's
    limit refused here, and the file, line and id of each line given to netmap kept."""

    def __init__(self, rows, partition):
        self.rows, self.partition = rows, partition
        self.count, self.places, self.rejects = 0, [], []

    def __iter__(self):
        for path, line, raw in self.rows:
            if not raw.strip(b" \t\r"):
                continue  # a blank line, skipped by netmap too
            self.count += 1
            if len(raw) > MAXIMUM_LINE:
                self.rejects.append({"error": "is longer than %d MB; give so long a text as a .txt file" % (MAXIMUM_LINE >> 20),
                                     "file": path, "line": line, "partition": self.partition})
                continue
            record, identifier = with_name(raw, path, line)
            self.places.append((path, line, identifier))
            yield record

    def refused(self, netmap_rejects):
        """netmap's rejects ({"line", "id", "error"}, by line on its standard input) named by
        file and line."""
        for text in netmap_rejects.splitlines():
            reject = json.loads(text)
            path, line, identifier = self.places[reject["line"] - 1]
            identifier = reject.get("id") or identifier
            self.rejects.append({"error": reject["error"], "file": path, "line": line, "partition": self.partition,
                                 **({"id": identifier} if identifier else {})})


def extractor(binary, jobs, keep_documents):
    """The map step: `netmap extract` over a partition's records, and their graphs merged.

    Yields ("document", graph line) for each document when they are kept, ("reject", {...}) for
    each refused record, then ("partial", graph line) and ("count", {...}).
    """
    def extract(partition, rows):
        rows = iter(rows)
        first = next(rows, None)
        if first is None:
            yield ("count", {"records": 0, "documents": 0})
            return
        netmap = binary.netmap()
        records = Records(itertools.chain([first], rows), partition)
        read_end, write_end = os.pipe()
        reading = ["--quiet", "--input-format", "jsonl", "--jobs", str(jobs), "--rejects", "/dev/fd/%d" % write_end,
                   *binary.lexicon_arguments()]
        if keep_documents:
            # The document graphs, merged as they come by a second netmap.
            extract = Netmap(netmap, ["extract", *reading, "--format", "jsonl", "-"], partition, lines=records,
                             pass_fds=(write_end,))
            merge = Netmap(netmap, ["merge", "--partial", "--format", "jsonl", "-"], partition)
        else:
            # The partition's graph alone, merged inside netmap.
            extract = Netmap(netmap, ["extract", *reading, "--partial", "--format", "json", "-"], partition,
                             lines=records, pass_fds=(write_end,))
            merge = None
        os.close(write_end)
        refused = Drain(os.fdopen(read_end, "rb"))
        try:
            if merge is None:
                # netmap's JSON holds no line break inside a string: without them it is one line.
                partial = extract.stdout.read().replace(b"\n", b"")
            else:
                try:
                    for graph in extract.stdout:
                        merge.stdin.write(graph)
                        yield ("document", graph.rstrip(b"\n"))
                    merge.stdin.close()
                except BrokenPipeError:
                    for _ in extract.stdout:
                        pass  # merge stopped: extract goes on to its end, and a failure of its comes first
                partial = merge.stdout.read().rstrip(b"\n")
            extract.finish()
            if merge is not None:
                merge.finish()
            refused.join()
        finally:
            extract.stop()
            if merge is not None:
                merge.stop()
        records.refused(refused.data)
        for reject in records.rejects:
            yield ("reject", reject)
        yield ("partial", partial)
        # Every record netmap did not refuse is one document.
        yield ("count", {"records": records.count, "documents": records.count - len(records.rejects)})
    return extract


def merger(binary, final_format=None):
    """The reduce step: `netmap merge` over the graph lines of a partition.

    Between levels (no `final_format`) a partial merge, one graph line out; the last merge joins
    lone surnames and yields its output in `final_format` as (file name, chunk) pairs, the file
    name empty but for csv's nodes.csv and edges.csv.
    """
    def merge(partition, graphs):
        netmap = binary.netmap()
        graphs = (graph for _, graph in graphs)
        if final_format is None:
            process = Netmap(netmap, ["merge", "--partial", "--format", "jsonl", "-"], partition, lines=graphs)
            try:
                output = process.stdout.read()
                process.finish()
            finally:
                process.stop()
            yield output.rstrip(b"\n")
            return
        work = tempfile.mkdtemp(prefix="netmap-spark-") if final_format == "csv" else None
        output = ["-o", os.path.join(work, "csv")] if work else []
        process = Netmap(netmap, ["merge", "--format", final_format, *output, "-"], partition, lines=graphs)
        try:
            chunks = []
            while chunk := process.stdout.read(CHUNK):
                chunks.append(("", chunk))
            process.finish()
            for name in ("nodes.csv", "edges.csv") if work else ():
                chunks.append((name, b""))  # so that an empty file is written too
                with open(os.path.join(work, "csv", name), "rb") as f:
                    while chunk := f.read(CHUNK):
                        chunks.append((name, chunk))
            yield from chunks
        finally:
            process.stop()
            if work:
                shutil.rmtree(work, ignore_errors=True)
    return merge


# Driver ------------------------------------------------------------------------------------------

class Files:
    """Whole files written from the driver: local paths with Python (to a temporary file renamed
    into place), any other URI through Hadoop's FileSystem (HDFS, S3, ...)."""

    def __init__(self, spark):
        self.spark = spark

    @staticmethod
    def is_local(path):
        return urlparse(path).scheme in ("", "file")

    @staticmethod
    def local(path):
        return urlparse(path).path if path.startswith("file:") else path

    def _hadoop(self, path):
        jvm = self.spark.sparkContext._jvm
        hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
        return hadoop_path.getFileSystem(self.spark.sparkContext._jsc.hadoopConfiguration()), hadoop_path, jvm

    def exists(self, path):
        if self.is_local(path):
            return os.path.exists(self.local(path))
        fs, hadoop_path, _ = self._hadoop(path)
        return fs.exists(hadoop_path)

    def check_writable(self, path, what):
        """Fails before any work when a local output's directory is missing or read-only."""
        if not self.is_local(path):
            return
        directory = os.path.dirname(os.path.abspath(self.local(path)))
        if not os.path.isdir(directory):
            raise SystemExit("netmap-spark: %s %s: the directory %s does not exist" % (what, path, directory))
        if not os.access(directory, os.W_OK):
            raise SystemExit("netmap-spark: %s %s: the directory %s is not writable" % (what, path, directory))

    def write(self, path, chunks):
        if self.is_local(path):
            path = self.local(path)
            temporary = os.path.join(os.path.dirname(os.path.abspath(path)),
                                     ".%s.netmap-spark-%d.tmp" % (os.path.basename(path), os.getpid()))
            try:
                with open(temporary, "wb") as f:
                    for chunk in chunks:
                        f.write(chunk)
                os.replace(temporary, path)
            finally:
                if os.path.exists(temporary):
                    os.remove(temporary)
            return
        fs, hadoop_path, jvm = self._hadoop(path)
        temporary = jvm.org.apache.hadoop.fs.Path(hadoop_path.getParent(), "." + hadoop_path.getName() + ".netmap-spark.tmp")
        stream = fs.create(temporary, True)
        try:
            for chunk in chunks:
                stream.write(bytearray(chunk))
        finally:
            stream.close()
        fs.delete(hadoop_path, True)
        if not fs.rename(temporary, hadoop_path):
            raise SystemExit("netmap-spark: %s: cannot be written" % path)

    def make_directory(self, path):
        if self.is_local(path):
            os.makedirs(self.local(path), exist_ok=True)
        else:
            fs, hadoop_path, _ = self._hadoop(path)
            fs.mkdirs(hadoop_path)

    @staticmethod
    def join(directory, name):
        return directory.rstrip("/") + "/" + name


def ship(spark, path):
    """Ships a driver file to the executors (SparkContext.addFile); its name there, or None when
    PATH is not on the driver (then it is a path on the executors)."""
    if not Files.is_local(path):
        spark.sparkContext.addFile(path)
        return posixpath.basename(urlparse(path).path)
    if os.path.isfile(Files.local(path)):
        spark.sparkContext.addFile(os.path.abspath(Files.local(path)))
        return os.path.basename(Files.local(path))
    return None


class NetmapFailed(RuntimeError):
    """A netmap process failed on a partition (after Spark's retries): netmap's message."""


def netmap_failure(error):
    """netmap's message in a failed Spark action, when a netmap process failed; else None."""
    texts = [str(error)]
    cause = getattr(error, "java_exception", None)
    while cause is not None:
        texts.append(str(cause.getMessage() or ""))
        cause = cause.getCause()
    for text in texts:
        lines = text.splitlines()
        for k, line in enumerate(lines):
            if line.startswith("RuntimeError: netmap "):
                rest = itertools.takewhile(lambda l: not l.startswith("\tat "), lines[k + 1:])
                message = "\n".join([line[len("RuntimeError: "):], *rest]).strip()
                return re.sub(r"\s*SQLSTATE: \w+$", "", message)  # added by Spark's error framework
    return None


def read_records(spark, inputs):
    """The inputs' records, (file, line, bytes) in file order, numbered as netmap numbers lines.

    Spark reads a file in blocks, a line to the block it starts in; a first pass counts the lines
    of each block, in the JVM, so that each line's number is known wherever it is read.
    """
    from pyspark.sql import functions as F
    text = spark.read.option("recursiveFileLookup", "true").option("pathGlobFilter", "*.{jsonl,jsonl.gz}").text(inputs)
    rows = text.select(F.col("_metadata.file_path").alias("path"), F.col("_metadata.file_block_start").alias("start"),
                       F.col("value").cast("binary").alias("raw"))
    spark.sparkContext.setJobDescription("netmap: count the lines of each block")
    offsets, before = {}, {}
    for row in sorted(rows.groupBy("path", "start").count().collect(), key=lambda r: (r["path"], r["start"])):
        offsets[(row["path"], row["start"])] = before.get(row["path"], 0)
        before[row["path"]] = before.get(row["path"], 0) + row["count"]
    if not offsets:
        raise SystemExit("netmap-spark: no .jsonl or .jsonl.gz files in %s" % " ".join(inputs))
    return rows.rdd.mapPartitions(numbered(spark.sparkContext.broadcast(offsets)))


def merge_tree(spark, partials, binary, fan_in, final_format):
    """Merges one graph line per partition, `fan_in` at a time, level by level (a shuffle between
    levels, so that each level's merges run in parallel), the last merge in `final_format`.

    Returns the last level's RDD of (file name, chunk) and the number of levels.
    """
    level, levels = partials, 0
    while True:
        count = level.getNumPartitions()
        final = count <= fan_in
        keyed = level.mapPartitionsWithIndex(lambda i, graphs: ((i // fan_in, graph) for graph in graphs))
        level = keyed.partitionBy(1 if final else math.ceil(count / fan_in), lambda key: key)
        level = level.mapPartitionsWithIndex(merger(binary, final_format if final else None))
        levels += 1
        if final:
            return level, levels


def write_outputs(spark, files, options, merged):
    """Writes the merged graph from the last merge's chunks: a file, or csv's directory."""
    spark.sparkContext.setJobDescription("netmap: extract, merge, and write the merged graph")
    if options.format != "csv":
        files.write(options.output, (chunk for _, chunk in merged.toLocalIterator()))
        return
    files.make_directory(options.output)
    pieces = {}
    for name, chunk in merged.toLocalIterator():
        pieces.setdefault(name, []).append(chunk)
    for name in ("nodes.csv", "edges.csv"):
        files.write(files.join(options.output, name), pieces.get(name, []))


def job(spark, options, files, binary):
    """The job itself, once its outputs are checked and its files shipped; returns its summary."""
    from pyspark import StorageLevel
    sc = spark.sparkContext
    records = read_records(spark, options.inputs)
    if options.partitions:
        records = records.repartition(options.partitions)
    jobs = options.jobs or int(sc.getConf().get("spark.task.cpus", "1"))
    tagged = records.mapPartitionsWithIndex(extractor(binary, jobs, bool(options.documents)))
    # Each partition is extracted once, whichever output asks first.
    tagged.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        if options.documents:
            sc.setJobDescription("netmap: extract, and write the document graphs")
            tagged.filter(lambda item: item[0] == "document").map(lambda item: item[1]).saveAsTextFile(options.documents)
        partials = tagged.filter(lambda item: item[0] == "partial").map(lambda item: item[1])
        merged, levels = merge_tree(spark, partials, binary, options.fan_in, options.format)
        write_outputs(spark, files, options, merged)
        sc.setJobDescription("netmap: gather the refused records")
        tallies = tagged.filter(lambda item: item[0] in ("reject", "count")).collect()
    finally:
        tagged.unpersist()
    rejects = sorted((item[1] for item in tallies if item[0] == "reject"), key=lambda r: (r["file"], r["line"]))
    files.write(options.rejects, (json.dumps(r, sort_keys=True, ensure_ascii=False).encode("utf-8") + b"\n" for r in rejects))
    counts = [item[1] for item in tallies if item[0] == "count"]
    return {"records": sum(c["records"] for c in counts), "documents": sum(c["documents"] for c in counts),
            "rejected": len(rejects), "partitions": records.getNumPartitions(), "merge_levels": levels}


def run(spark, argv):
    """Runs the job in `spark` with command-line arguments; returns its summary.

        summary = run(spark, ["s3a://news/2024/", "-o", "s3a://graphs/2024.gexf", "--format", "gexf"])
        # {"records": 812_344, "documents": 812_301, "rejected": 43, "partitions": 96,
        #  "merge_levels": 3, "seconds": 5210.4}

    Raises SystemExit for bad options or outputs (before any work), NetmapFailed with netmap's
    message when netmap failed on a partition after Spark's retries.
    """
    options = parse(argv)
    started = time.monotonic()
    sc = spark.sparkContext
    if __name__ != "__main__":
        # Imported: the executors' Python workers import this module for the tasks' functions.
        sc.addPyFile(os.path.abspath(__file__))
    files = Files(spark)
    if options.format != "csv":
        files.check_writable(options.output, "-o")
    files.check_writable(options.rejects, "--rejects")
    if options.documents and files.exists(options.documents):
        raise SystemExit("netmap-spark: --documents %s: already exists (Spark writes a new directory)" % options.documents)
    shipped = ship(spark, options.netmap) if options.netmap else None
    lexicons = []
    for lexicon in options.lexicon:
        name = ship(spark, lexicon)
        if name is None:
            raise SystemExit("netmap-spark: --lexicon %s: no such file" % lexicon)
        lexicons.append(name)
    binary = Binary(shipped, options.netmap if options.netmap and not shipped else None, lexicons)
    try:
        summary = job(spark, options, files, binary)
    except Exception as error:
        message = netmap_failure(error)
        if message is None:
            raise
        raise NetmapFailed(message) from error
    summary["seconds"] = round(time.monotonic() - started, 1)
    print("netmap-spark: %(records)d records, %(documents)d documents, %(rejected)d rejected, %(partitions)d partitions, "
          "%(merge_levels)d merge levels, %(seconds).1f s" % summary, file=sys.stderr)
    if summary["rejected"]:
        print("netmap-spark: the refused records are listed in %s" % options.rejects, file=sys.stderr)
    return summary


def main(argv=None):
    from pyspark.sql import SparkSession
    argv = sys.argv[1:] if argv is None else argv
    parse(argv)  # usage errors before Spark starts
    spark = SparkSession.builder.appName("netmap").getOrCreate()
    try:
        run(spark, argv)
    except NetmapFailed as failure:
        print("netmap-spark: error: %s" % failure, file=sys.stderr)
        sys.exit(1)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
