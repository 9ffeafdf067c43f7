// The side panel: an entity (name, kind, aliases, mentions, sources, relations by kind) or a
// relation (every status of its pair apart, each with its evidence: the sentence with the cue
// and both names marked, its document, date and place; in a comparison, what each source says).
extension PageAssets {
    static let scriptPanel = #"""
    const panel = $("panel"), panelBody = $("panel-body");
    let selected = null;

    /** Escapes text for a regular expression in Unicode mode. */
    const literal = (s) => s.replace(/[\\^$.*+?()[\]{}|\/]/g, "\\$&");

    /**
     * The sentence with the cue and the names marked: every whole-word match, ignoring case;
     * the cue first, then names longest first where they do not overlap a mark already made.
     */
    function highlighted(sentence, cue, names) {
      const marks = [];
      const find = (term, cls) => {
        if (!term || !term.trim()) return;
        let re;
        try { re = new RegExp("(?<![\\p{L}\\p{N}])" + literal(term) + "(?![\\p{L}\\p{N}])", "giu"); } catch (e) { return; }
        for (const m of sentence.matchAll(re)) {
          const start = m.index, end = m.index + m[0].length;
          if (end > start && !marks.some((k) => start < k[1] && k[0] < end)) marks.push([start, end, cls]);
        }
      };
      find(cue, "cue");
      [...new Set(names)].sort((a, b) => b.length - a.length).forEach((n) => find(n, "name"));
      marks.sort((a, b) => a[0] - b[0]);
      const out = el("blockquote");
      let at = 0;
      for (const [start, end, cls] of marks) {
        out.append(sentence.slice(at, start), el("mark", { class: cls === "cue" ? "cue" : null }, sentence.slice(start, end)));
        at = end;
      }
      out.append(sentence.slice(at));
      return out;
    }

    const namesOf = (i) => (ents[i] ? [ents[i].label, ...ents[i].aliases] : []);

    function evidenceItem(r, k) {
      const [d, s, start, end, cue] = r.evidence[k];
      const names = namesOf(r.source).concat(namesOf(r.target));
      return el("li", null, highlighted(sentences[s], cue, names),
        el("div", { class: "source" }, describeDocument(d), " · characters " + start + "–" + end + " · cue ", el("q", null, cue)));
    }

    const EVIDENCE_LIMIT = 50;

    /** The evidence items of r with the given indices; past the limit, a button shows the rest. */
    function evidenceList(r, indices) {
      const list = el("ol", { class: "evidence" }, indices.slice(0, EVIDENCE_LIMIT).map((k) => evidenceItem(r, k)));
      if (indices.length <= EVIDENCE_LIMIT) return list;
      const more = el("button", { type: "button", on: { click: () => {
        list.append(...indices.slice(EVIDENCE_LIMIT).map((k) => evidenceItem(r, k)));
        more.remove();
      } } }, "Show all " + indices.length + " sentences");
      return el("div", null, list, more);
    }

    function entityButton(i) {
      return el("button", { type: "button", class: "linkish", on: { click: () => openEntity(i, { from: "panel" }) } }, nameOf(i));
    }

    function showPanel(type, i, children, options) {
      selected = { type, index: i };
      panelBody.replaceChildren(...children);
      panel.hidden = false;
      markSelection(type, i);
      const heading = panelBody.querySelector("h2");
      if (heading && options && options.from !== "drawing") heading.focus({ preventScroll: true });
      if (!fitted && !$("view-drawing").hidden) fit();
    }

    function closePanel() {
      panel.hidden = true;
      selected = null;
      markSelection(null);
    }
    $("panel-close").addEventListener("click", closePanel);

    function openEntity(i, options) {
      const e = ents[i];
      const parts = [el("h2", { tabindex: "-1" }, nameOf(i))];
      const meta = el("p", { class: "meta" }, el("span", { class: "badge" }, e.kind), plural(e.mentions, "mention"));
      if (e.presence) meta.append(" · ", el("span", { class: "badge" }, presenceName(e.presence)));
      parts.push(meta);
      if (e.aliases.length) parts.push(el("p", null, "Also: ", e.aliases.join("; ")));
      if (e.drawn) {
        parts.push(el("p", null, el("button", { type: "button", on: { click: () => { showTab("drawing"); focusOnEntity(i); } } }, "Show in drawing")));
      } else {
        parts.push(el("p", { class: "meta" }, e.rels.length ? "Not in the drawing (see the note above it)." : "Takes part in no relation: not drawn."));
      }
      parts.push(el("h3", null, "Sources (" + e.sources.length + ")"));
      parts.push(el("ul", null, e.sources.map((d) => el("li", null, describeDocument(d)))));
      parts.push(el("h3", null, "Relations (" + e.rels.length + ")"));
      for (const kind of KINDS) {
        const mine = e.rels.filter((j) => rels[j].kind === kind);
        if (!mine.length) continue;
        parts.push(el("h4", null, human(kind) + " (" + mine.length + ")"));
        parts.push(el("ul", null, mine.map((j) => {
          const r = rels[j];
          const other = r.source === i ? r.target : r.source;
          const arrow = r.symmetric ? "— " : r.source === i ? "→ " : "← ";
          return el("li", { class: relVisible[j] ? null : "filtered" },
            arrow,
            el("button", { type: "button", class: "linkish", on: { click: () => openRelation(j, { from: "panel" }) } }, nameOf(other)),
            " ", statusBadge(r.status), plural(r.evidence.length, "sentence"),
            r.presence ? " · " + presenceName(r.presence) : "", relVisible[j] ? "" : " · filtered out");
        })));
      }
      showPanel("entity", i, parts, options);
    }

    function openRelation(j, options) {
      const r = rels[j];
      const link = r.symmetric ? " — " : " → ";
      const parts = [el("h2", { tabindex: "-1" }, entityButton(r.source), link + human(r.kind) + link, entityButton(r.target))];
      parts.push(el("p", { class: "meta" }, r.symmetric ? human(r.kind) + " goes both ways" : "directed: " + nameOf(r.source) + " " + human(r.kind) + " " + nameOf(r.target)));
      // Every status of the pair, the clicked one first.
      const siblings = pairs.get(r.pair).slice().sort((a, b) => (a === j ? -1 : b === j ? 1 : STATUSES.indexOf(rels[a].status) - STATUSES.indexOf(rels[b].status)));
      for (const k of siblings) parts.push(...statusSection(rels[k]));
      showPanel("relation", j, parts, options);
    }

    function statusSection(r) {
      const heading = el("h3", null, statusBadge(r.status), plural(r.evidence.length, "sentence") + " in " + plural(r.docs.length, "document"));
      const out = [heading];
      if (r.presence) out.push(el("p", { class: "meta" }, el("span", { class: "badge" }, presenceName(r.presence))));
      if (!r.statements) {
        out.push(evidenceList(r, r.evidence.map((_, k) => k)));
        return out;
      }
      out.push(el("p", { class: "meta" }, r.statements.length + " of " + plural(data.sources.length, "source")
        + " state this pair, with the statuses below:"));
      for (const [source, statuses, items] of r.statements) {
        out.push(el("h4", null, data.sources[source] + ": " + statuses.join(", ")));
        out.push(items.length ? evidenceList(r, items)
          : el("p", { class: "meta" }, "This source gives the pair another status: no sentence of its own for " + r.status + "."));
      }
      const silent = data.sources.filter((_, s) => !r.statements.some((st) => st[0] === s));
      if (silent.length) out.push(el("p", { class: "meta" }, "Not stated by: " + silent.join(", ") + "."));
      return out;
    }
    """#
}
