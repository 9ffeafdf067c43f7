// Start: filters built, first counts, the drawing fitted, and on a graph above the drawing's
// limits the note and the relations table.
extension PageAssets {
    static let scriptStart = #"""
    buildFilters();
    update();
    fit();
    // Above the drawing's limits, the page opens on the tables: filter there first.
    if (data.note) {
      const notice = $("notice");
      notice.textContent = data.note;
      notice.hidden = false;
      showTab("relations");
    }
    // For the browser tests and for measuring: when the page is ready, and how long it took.
    window.netmapReady = performance.now();
    document.documentElement.dataset.ready = "true";
    """#
}
