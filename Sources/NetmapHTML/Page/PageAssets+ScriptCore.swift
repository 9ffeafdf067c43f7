// The script's core: the data, what is derived from it once, and the helpers every part uses.
//
// The one rule of this script: text from the graph reaches the page only through el() and
// textContent, never as markup (no innerHTML, no insertAdjacentHTML, no attribute named by
// the data), so that no name or sentence can run script or break the page.
extension PageAssets {
    static let scriptCore = #"""
    "use strict";
    const data = JSON.parse(document.getElementById("netmap-data").textContent);
    const docs = data.documents, sentences = data.sentences, ents = data.entities, rels = data.relations;
    const mode = data.mode;
    const $ = (id) => document.getElementById(id);
    const KINDS = Object.keys(data.colours.relation);
    const STATUSES = ["occurred", "planned", "proposed", "negated"];
    const ENTITY_KINDS = Object.keys(data.colours.entity);
    const PRESENCES = ["a", "b", "both", "changed"];
    const LINES = { occurred: "solid", planned: "dashed", proposed: "double", negated: "dotted" };
    const PRESENCE_LINES = { a: "dashed", b: "solid", both: "solid", changed: "dotted" };
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

    /** An element with properties and children; strings become text nodes, never markup. */
    function el(tag, props, ...children) {
      const node = document.createElement(tag);
      if (props) {
        for (const [key, value] of Object.entries(props)) {
          if (value === undefined || value === null || value === false) continue;
          if (key === "class") node.className = value;
          else if (key === "text") node.textContent = value;
          else if (key === "on") for (const [name, handler] of Object.entries(value)) node.addEventListener(name, handler);
          else if (key === "style") for (const [name, v] of Object.entries(value)) node.style.setProperty(name, v);
          else node.setAttribute(key, value === true ? "" : String(value));
        }
      }
      for (const child of children.flat()) {
        if (child === null || child === undefined || child === false) continue;
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
      return node;
    }

    const human = (kind) => kind.replace(/_/g, " ");
    const plural = (n, one, many) => n + " " + (n === 1 ? one : (many || one + "s"));
    const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
    /** An entity's name for people: its label, or its id when the label is blank. */
    const nameOf = (i) => (i >= 0 && ents[i] ? (ents[i].label.trim() ? ents[i].label : ents[i].id) : "(unknown)");

    function presenceName(p) {
      if (p === "a") return "only in " + data.sources[0];
      if (p === "b") return "only in " + data.sources[1];
      return p === "both" ? "in both" : "in both, different";
    }

    // Derived once: each entity's relations, each relation's documents, pairs, dates.
    ents.forEach((e, i) => { e.index = i; e.rels = []; });
    const pairs = new Map();
    rels.forEach((r, j) => {
      r.index = j;
      if (ents[r.source]) ents[r.source].rels.push(j);
      if (ents[r.target] && r.target !== r.source) ents[r.target].rels.push(j);
      r.docs = [...new Set(r.evidence.map((ev) => ev[0]))];
      const key = r.kind + "\u0000" + r.source + "\u0000" + r.target;
      if (!pairs.has(key)) pairs.set(key, []);
      pairs.get(key).push(j);
      r.pair = key;
    });
    const dates = [...new Set(docs.map((d) => d.date).filter((d) => d))].sort();

    /** "A — met — B" for symmetric kinds, "A → leader of → B" for directed ones. */
    function relationTitle(r) {
      const link = r.symmetric ? " — " : " → ";
      return nameOf(r.source) + link + human(r.kind) + link + nameOf(r.target);
    }

    /** Number of sources stating a relation in a comparison of three or more, else null. */
    const statedBy = (r) => (r.statements ? r.statements.length : null);

    function describeDocument(d) {
      const doc = docs[d];
      return [doc.name, doc.date, doc.title].filter((x) => x).join(" · ");
    }

    /** A short summary of an entity or relation, for the hover tooltip. */
    function summary(type, i) {
      if (type === "entity") {
        const e = ents[i];
        const parts = [nameOf(i), e.kind, plural(e.mentions, "mention"), plural(e.rels.length, "relation")];
        if (e.presence) parts.push(presenceName(e.presence));
        return parts.join(" · ");
      }
      const r = rels[i];
      const parts = [relationTitle(r), r.status, plural(r.evidence.length, "sentence") + " in " + plural(r.docs.length, "document")];
      if (r.presence) parts.push(presenceName(r.presence));
      if (r.statements) parts.push("stated by " + r.statements.length + " of " + data.sources.length + " sources");
      return parts.join(" · ");
    }

    /** A small coloured mark: a line for a relation kind or presence, a box for an entity kind. */
    function swatch(colour, style, box) {
      const s = el("span", { class: "swatch " + (box ? "box" : "line " + (style || "")), "aria-hidden": "true" });
      if (box) { s.style.background = box; s.style.borderColor = colour; } else { s.style.borderTopColor = colour; }
      return s;
    }

    function statusBadge(status) {
      return el("span", { class: "badge status-" + status }, status);
    }

    /** Writes text to a file the reader downloads (a blob: link; nothing leaves the machine). */
    function download(name, text, type) {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const a = el("a", { href: url, download: name, hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 2000);
    }

    /** A file-name stem from the page's title. */
    const fileStem = () => (data.title || "netmap").replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "netmap";
    """#
}
