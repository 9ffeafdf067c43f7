// The tables: every entity (those without relations too) and every relation that the filters
// show, sortable by any column, each row opening the panel; "Download CSV" writes what they
// show, in their order.
extension PageAssets {
    static let scriptTables = #"""
    const ROW_LIMIT = 500;
    const visibleRelationCount = (e) => e.rels.reduce((n, j) => n + (relVisible[j] ? 1 : 0), 0);
    const documentNames = (list) => list.map((d) => docs[d].name).join("; ");

    const entityColumns = [
      { key: "label", title: "Name", get: (e) => nameOf(e.index) },
      { key: "kind", title: "Kind", short: true, get: (e) => e.kind },
      { key: "mentions", title: "Mentions", num: true, get: (e) => e.mentions },
      { key: "relations", title: "Relations shown", num: true, get: visibleRelationCount },
      { key: "sources", title: "Documents", num: true, get: (e) => e.sources.length },
      { key: "aliases", title: "Also called", get: (e) => e.aliases.join("; ") },
    ];
    const relationColumns = [
      { key: "source", title: "From", get: (r) => nameOf(r.source) },
      { key: "kind", title: "Relation", short: true, get: (r) => human(r.kind) },
      { key: "target", title: "To", get: (r) => nameOf(r.target) },
      { key: "status", title: "Status", short: true, get: (r) => r.status },
      { key: "documents", title: "Documents", num: true, get: (r) => r.docs.length },
      { key: "sentences", title: "Sentences", num: true, get: (r) => r.evidence.length },
    ];
    if (mode === "diff") {
      entityColumns.push({ key: "presence", title: "Presence", get: (e) => presenceName(e.presence || "both") });
      relationColumns.push({ key: "presence", title: "Presence", get: (r) => presenceName(r.presence || "both") });
    }
    if (mode === "matrix") {
      relationColumns.push({ key: "stated", title: "Sources", num: true, get: (r) => r.statements.length });
    }
    entityColumns.push({ key: "drawn", title: "Drawn", short: true, get: (e) => (e.drawn ? "yes" : "no") });
    relationColumns.push({ key: "drawn", title: "Drawn", short: true, get: (r) => (r.drawn ? "yes" : "no") });

    function makeTable(name, items, columns, visible, open, defaultSort) {
      const table = { name, items, columns, visible, open, sort: defaultSort, dir: -1, limit: ROW_LIMIT, dirty: true };
      table.element = $(name + "-table");
      table.caption = $(name + "-caption");
      $(name + "-csv").addEventListener("click", () => downloadCSV(table));
      return table;
    }

    const tables = {
      entities: makeTable("entities", ents, entityColumns, (e) => entVisible[e.index], openEntity, "mentions"),
      relations: makeTable("relations", rels, relationColumns, (r) => relVisible[r.index], openRelation, "sentences"),
    };

    function rowsOf(table) {
      const column = table.columns.find((c) => c.key === table.sort);
      const rows = table.items.filter(table.visible);
      const keyed = rows.map((item) => [column.get(item), item]);
      keyed.sort((a, b) => {
        const c = column.num ? a[0] - b[0] : collator.compare(String(a[0]), String(b[0]));
        return c * table.dir || a[1].index - b[1].index;
      });
      return keyed.map((pair) => pair[1]);
    }

    function renderTable(table) {
      const rows = rowsOf(table);
      const head = el("tr", null, table.columns.map((c) => el("th", {
        scope: "col", class: c.num ? "num" : null,
        "aria-sort": c.key === table.sort ? (table.dir > 0 ? "ascending" : "descending") : null,
      }, el("button", { type: "button", on: { click: () => {
        table.dir = table.sort === c.key ? -table.dir : (c.num ? -1 : 1);
        table.sort = c.key;
        renderTable(table);
      } } }, c.title))));
      const body = el("tbody");
      for (const item of rows.slice(0, table.limit)) {
        const activate = () => table.open(item.index, { from: "table" });
        body.append(el("tr", { tabindex: "0", on: {
          click: activate,
          keydown: (event) => { if (event.key === "Enter" || event.key === " ") { activate(); event.preventDefault(); } },
        } }, table.columns.map((c) => el("td", { class: c.num ? "num" : c.short ? "short" : null }, String(c.get(item))))));
      }
      if (rows.length > table.limit) {
        body.append(el("tr", { class: "more" }, el("td", { colspan: table.columns.length },
          el("button", { type: "button", on: { click: () => { table.limit = Infinity; renderTable(table); } } },
            "Show all " + rows.length + " rows"))));
      }
      table.element.replaceChildren(el("thead", null, head), body);
      table.caption.textContent = rows.length + " of " + table.items.length + " shown; click a row for details";
      table.dirty = false;
    }

    onFiltered.push(() => {
      for (const table of Object.values(tables)) {
        table.dirty = true;
        if (!$("view-" + table.name).hidden) renderTable(table);
      }
    });

    /** One CSV cell: quoted when needed, and a leading = + - @ defused for spreadsheets. */
    function csvCell(value) {
      let s = String(value);
      if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
      return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    }

    function downloadCSV(table) {
      const rows = rowsOf(table);
      let header, line;
      if (table.name === "entities") {
        header = ["id", "label", "kind", "aliases", "mentions", "relations_shown", "sources"];
        line = (e) => [e.id, e.label, e.kind, e.aliases.join("; "), e.mentions, visibleRelationCount(e), documentNames(e.sources)];
      } else {
        header = ["id", "source", "target", "source_label", "target_label", "kind", "status", "sources", "sentences"];
        line = (r) => [r.id, ents[r.source] ? ents[r.source].id : "", ents[r.target] ? ents[r.target].id : "", nameOf(r.source),
          nameOf(r.target), r.kind, r.status, documentNames(r.docs), r.evidence.length];
      }
      const extra = mode === "diff" ? ["presence", (x) => x.presence || "both"]
        : mode === "matrix" && table.name === "relations" ? ["stated_by", (r) => r.statements.map((s) => data.sources[s[0]]).join("; ")] : null;
      if (extra) header.push(extra[0]);
      const lines = [header.join(",")];
      for (const item of rows) {
        const cells = line(item);
        if (extra) cells.push(extra[1](item));
        lines.push(cells.map(csvCell).join(","));
      }
      download(fileStem() + "-" + table.name + ".csv", lines.join("\r\n") + "\r\n", "text/csv;charset=utf-8");
    }

    // Tabs: click, or arrow keys between them (the ARIA tabs pattern).
    const tabNames = ["drawing", "entities", "relations"];
    function showTab(name) {
      for (const other of tabNames) {
        const on = other === name;
        const tab = $("tab-" + other);
        tab.setAttribute("aria-selected", on ? "true" : "false");
        tab.tabIndex = on ? 0 : -1;
        $("view-" + other).hidden = !on;
      }
      if (name === "drawing" && !fitted) fit();
      if (tables[name] && tables[name].dirty) renderTable(tables[name]);
    }
    tabNames.forEach((name, k) => {
      const tab = $("tab-" + name);
      tab.addEventListener("click", () => showTab(name));
      tab.addEventListener("keydown", (event) => {
        const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (!step) return;
        const next = tabNames[(k + step + tabNames.length) % tabNames.length];
        showTab(next);
        $("tab-" + next).focus();
        event.preventDefault();
      });
    });
    $("tab-entities").textContent = "Entities (" + ents.length + ")";
    $("tab-relations").textContent = "Relations (" + rels.length + ")";
    """#
}
