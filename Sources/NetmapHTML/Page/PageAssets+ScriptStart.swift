// Start: filters built, first counts, the note on a large graph, the drawing fitted.
extension PageAssets {
    static let scriptStart = #"""
    buildFilters();
    update();
    if (data.note) {
      const notice = $("notice");
      notice.textContent = data.note;
      notice.hidden = false;
    }
    fit();
    // For the browser tests and for measuring: when the page is ready, and how long it took.
    window.netmapReady = performance.now();
    document.documentElement.dataset.ready = "true";
    """#
}
