"""Fixtures of the browser tests: the pages, made by the built netmap, and headless Chromium.

NETMAP_BINARY names the netmap to use (default .build/debug/netmap); pages, screenshots,
downloads and timings go to NETMAP_BROWSER_OUT (default .build/browser-test).
"""
import os
import pathlib
import shutil
import subprocess
import sys
import time

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import graphs  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = pathlib.Path(os.environ.get("NETMAP_BROWSER_OUT", ROOT / ".build" / "browser-test"))
BINARY = os.environ.get("NETMAP_BINARY", str(ROOT / ".build" / "debug" / "netmap"))
CORPUS = ROOT / "Graphs" / "alaska-2025" / "sources"
DIFF = ROOT / "Graphs" / "alaska-2025" / "diff"


def netmap(*args):
    started = time.monotonic()
    result = subprocess.run([BINARY, *map(str, args)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return time.monotonic() - started


@pytest.fixture(scope="session")
def pages():
    """Every page the tests open, by name, and how long netmap took to write each."""
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "screenshots").mkdir(exist_ok=True)
    made, seconds = {}, {}

    def page(name, *args):
        path = OUT / f"{name}.html"
        seconds[name] = netmap(*args, "-o", path)
        made[name] = path

    page("alaska-2025", "render", "--format", "html", CORPUS)
    page("diff", "diff", "--format", "html", DIFF / "pre-summit.json", DIFF / "post-summit.json")
    page("matrix", "diff", "--each", CORPUS, "--format", "html")
    graphs.hostile_graph(OUT / "hostile.json")
    page("hostile", "render", "--format", "html", OUT / "hostile.json")
    graphs.large_graph(OUT / "large.json")
    page("large", "render", "--format", "html", OUT / "large.json")
    graphs.large_graph(OUT / "over-limit.json", entities=2600, relations=6500)
    page("over-limit", "render", "--format", "html", OUT / "over-limit.json")
    made["seconds"] = seconds
    return made


@pytest.fixture(scope="session")
def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,900", "--lang=en-GB"]:
        options.add_argument(argument)
    downloads = OUT / "downloads"
    shutil.rmtree(downloads, ignore_errors=True)
    downloads.mkdir(parents=True)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    binary = shutil.which("chromium")
    if binary:
        options.binary_location = binary
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.downloads = downloads
    yield driver
    driver.quit()
