// Filters: relation kind, status, entity kind, presence (diff), stating sources (three or
// more), source document, and date range. What they leave out is greyed in the drawing (or
// removed, without a new layout) and left out of the tables; every option shows its count.
extension PageAssets {
    static let scriptFilters = #"""
    const present = (values, key) => values.filter((v) => rels.some((r) => r[key] === v));
    const state = {
      kinds: new Set(KINDS), statuses: new Set(STATUSES), entityKinds: new Set(ENTITY_KINDS),
      presence: new Set(PRESENCES), sources: new Set(data.sources.map((_, i) => i)), minSources: 1,
      docs: new Set(docs.map((_, d) => d)), from: 0, to: Math.max(0, dates.length - 1), removeHidden: false,
    };
    const relVisible = new Array(rels.length).fill(true);
    const entVisible = new Array(ents.length).fill(true);
    const countEls = {};
    let onFiltered = [];

    function docPasses(d) {
      if (!state.docs.has(d)) return false;
      const date = docs[d].date;
      if (!date || dates.length < 2) return true;
      return date >= dates[state.from] && date <= dates[state.to];
    }

    const entityKindPasses = (i) => i < 0 || !ents[i] || state.entityKinds.has(ents[i].kind);

    /** Whether relation r passes every filter but the one named by skip. */
    function relationPasses(r, skip) {
      if (skip !== "kind" && !state.kinds.has(r.kind)) return false;
      if (skip !== "status" && !state.statuses.has(r.status)) return false;
      if (skip !== "presence" && r.presence && !state.presence.has(r.presence)) return false;
      if (skip !== "entityKind" && !(entityKindPasses(r.source) && entityKindPasses(r.target))) return false;
      if (skip !== "docs" && r.docs.length && !r.docs.some(docPasses)) return false;
      if (r.statements && skip !== "sources") {
        if (r.statements.length < state.minSources) return false;
        if (!r.statements.some((s) => state.sources.has(s[0]))) return false;
      }
      return true;
    }

    const presenceNarrowed = () => mode === "diff" && state.presence.size < PRESENCES.length;

    /**
     * Whether entity e is shown: its kind and documents pass, and one of its relations is
     * shown; one without relations (or of a chosen presence, when presence is narrowed) is
     * shown on its own filters.
     */
    function entityPasses(e, relPass, skip) {
      if (skip !== "entityKind" && !state.entityKinds.has(e.kind)) return false;
      if (skip !== "docs" && e.sources.length && !e.sources.some(docPasses)) return false;
      if (e.rels.some(relPass)) return true;
      const presenceOk = !e.presence || state.presence.has(e.presence);
      return presenceOk && (e.rels.length === 0 || presenceNarrowed());
    }

    function update() {
      for (const r of rels) relVisible[r.index] = relationPasses(r, null);
      const shown = (j) => relVisible[j];
      for (const e of ents) entVisible[e.index] = entityPasses(e, shown, null);
      applyToDrawing();
      updateCounts();
      for (const listener of onFiltered) listener();
    }

    function applyToDrawing() {
      nodeEls.forEach((g, i) => { if (g) g.classList.toggle("off", !entVisible[i]); });
      edgeEls.forEach((g, j) => { if (g) g.classList.toggle("off", !relVisible[j]); });
      canvas.classList.toggle("remove-hidden", state.removeHidden);
    }

    function updateCounts() {
      const shownEntities = entVisible.filter((x) => x).length, shownRelations = relVisible.filter((x) => x).length;
      $("counts").textContent = "Showing " + shownEntities + " of " + plural(ents.length, "entity", "entities")
        + " and " + shownRelations + " of " + plural(rels.length, "relation") + ".";
      const tally = (skip, keyOf) => {
        const counts = new Map();
        for (const r of rels) {
          if (!relationPasses(r, skip)) continue;
          for (const key of [].concat(keyOf(r))) counts.set(key, (counts.get(key) || 0) + 1);
        }
        return counts;
      };
      const groups = {
        kind: tally("kind", (r) => r.kind), status: tally("status", (r) => r.status),
        presence: tally("presence", (r) => r.presence || "both"), docs: tally("docs", (r) => r.docs),
        sources: tally("sources", (r) => (r.statements || []).map((s) => s[0])),
      };
      const entityKinds = new Map();
      for (const e of ents) {
        if (entityPasses(e, (j) => relationPasses(rels[j], "entityKind"), "entityKind")) {
          entityKinds.set(e.kind, (entityKinds.get(e.kind) || 0) + 1);
        }
      }
      groups.entityKind = entityKinds;
      for (const [group, byValue] of Object.entries(countEls)) {
        for (const [value, node] of byValue) {
          const n = (groups[group] && groups[group].get(group === "docs" || group === "sources" ? Number(value) : value)) || 0;
          node.textContent = String(n);
          node.classList.toggle("zero", n === 0);
        }
      }
    }

    /** A fieldset of checkboxes, one per value, with a swatch and a count. */
    function checkboxGroup(title, group, values, set, labelOf, swatchOf, scroll) {
      countEls[group] = new Map();
      const boxes = [];
      const list = el("div", { class: scroll ? "scroll" : "" });
      for (const value of values) {
        const box = el("input", { type: "checkbox", checked: set.has(value), on: { change: () => {
          if (box.checked) set.add(value); else set.delete(value);
          update();
        } } });
        boxes.push([box, value]);
        const count = el("span", { class: "count" });
        countEls[group].set(String(value), count);
        list.append(el("label", null, box, swatchOf ? swatchOf(value) : null, el("span", null, labelOf(value)), count));
      }
      const setAll = (on) => {
        for (const [box, value] of boxes) { box.checked = on; if (on) set.add(value); else set.delete(value); }
        update();
      };
      const allNone = values.length > 3 ? el("div", { class: "all-none" },
        el("button", { type: "button", on: { click: () => setAll(true) } }, "All"),
        el("button", { type: "button", on: { click: () => setAll(false) } }, "None")) : null;
      return el("fieldset", null, el("legend", null, title), allNone, list);
    }

    function dateRange() {
      const from = el("input", { type: "range", min: 0, max: dates.length - 1, value: 0, "aria-label": "From date" });
      const to = el("input", { type: "range", min: 0, max: dates.length - 1, value: dates.length - 1, "aria-label": "To date" });
      const label = el("p", { class: "meta", "aria-live": "polite" });
      const show = () => { label.textContent = dates[state.from] + " to " + dates[state.to]; };
      const changed = (which) => {
        state.from = Number(from.value);
        state.to = Number(to.value);
        if (state.from > state.to) {
          if (which === from) { state.to = state.from; to.value = state.to; } else { state.from = state.to; from.value = state.from; }
        }
        show();
        update();
      };
      from.addEventListener("input", () => changed(from));
      to.addEventListener("input", () => changed(to));
      show();
      return el("fieldset", null, el("legend", null, "Date"), el("label", null, "From", from), el("label", null, "To", to), label,
        el("p", { class: "meta" }, "Documents without a date are always included."));
    }

    function buildFilters() {
      const groups = $("filter-groups");
      if (mode === "diff") {
        groups.append(checkboxGroup("Presence", "presence", PRESENCES, state.presence, presenceName,
          (p) => swatch(data.colours.presence[p], PRESENCE_LINES[p])));
      }
      if (mode === "matrix") {
        const n = data.sources.length;
        const min = el("input", { type: "range", min: 1, max: n, value: 1, "aria-label": "Stated by at least this many sources" });
        const label = el("span", null, "at least 1 of " + n);
        min.addEventListener("input", () => {
          state.minSources = Number(min.value);
          label.textContent = "at least " + min.value + " of " + n;
          update();
        });
        groups.append(el("fieldset", null, el("legend", null, "Stated by"), el("label", null, label), min));
        groups.append(checkboxGroup("Sources", "sources", data.sources.map((_, i) => i), state.sources, (i) => data.sources[i], null, true));
      }
      groups.append(checkboxGroup("Relation", "kind", present(KINDS, "kind"), state.kinds, human,
        (k) => swatch(data.colours.relation[k])));
      groups.append(checkboxGroup("Status", "status", present(STATUSES, "status"), state.statuses, (s) => s,
        (s) => swatch("#444", LINES[s])));
      groups.append(checkboxGroup("Entity", "entityKind", ENTITY_KINDS.filter((k) => ents.some((e) => e.kind === k)),
        state.entityKinds, (k) => k, (k) => swatch(data.colours.entity[k][1], null, data.colours.entity[k][0])));
      if (dates.length >= 2) groups.append(dateRange());
      groups.append(checkboxGroup("Documents", "docs", docs.map((_, d) => d), state.docs, describeDocument, null, docs.length > 8));

      $("remove-hidden").addEventListener("change", (event) => { state.removeHidden = event.target.checked; applyToDrawing(); });
      if (mode !== "graph" && svg) {
        const select = $("colour-by");
        select.append(el("option", { value: "own" }, mode === "diff" ? "presence" : "number of sources"));
        select.append(el("option", { value: "kind" }, "relation kind"));
        select.addEventListener("change", () => colourEdges(select.value === "kind"));
        $("colour-by-label").hidden = false;
      }
    }
    """#
}
