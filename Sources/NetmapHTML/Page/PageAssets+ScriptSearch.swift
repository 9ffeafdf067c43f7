// Search: names and aliases, accents and case ignored; arrow keys choose, Enter jumps to the
// node and opens its panel, Escape closes; "/" anywhere focuses the box.
extension PageAssets {
    static let scriptSearch = #"""
    const searchBox = $("search"), results = $("search-results");
    const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    const searchIndex = ents.map((e) => [e.label, ...e.aliases].map(fold));
    let matches = [], active = -1;

    function rank(names, q) {
      let best = 9, via = 0;
      names.forEach((n, k) => {
        const r = n === q ? 0 : n.startsWith(q) ? 1 : (" " + n).includes(" " + q) ? 2 : n.includes(q) ? 3 : 9;
        if (r < best) { best = r; via = k; }
      });
      return [best, via];
    }

    function runSearch() {
      const q = fold(searchBox.value.trim());
      matches = [];
      if (q) {
        ents.forEach((e, i) => {
          const [r, via] = rank(searchIndex[i], q);
          if (r < 9) matches.push({ i, r, via });
        });
        matches.sort((a, b) => a.r - b.r || (a.via > 0) - (b.via > 0) || ents[b.i].mentions - ents[a.i].mentions || collator.compare(ents[a.i].label, ents[b.i].label) || a.i - b.i);
        matches = matches.slice(0, 15);
      }
      active = matches.length ? 0 : -1;
      renderResults(q);
    }

    function renderResults(q) {
      results.replaceChildren(...matches.map((m, k) => {
        const e = ents[m.i];
        return el("li", { id: "search-option-" + k, role: "option", "aria-selected": k === active ? "true" : "false",
          on: { mousedown: (event) => { event.preventDefault(); choose(k); } } },
          el("span", null, nameOf(m.i)), el("span", { class: "badge" }, e.kind),
          m.via > 0 ? el("span", { class: "alias" }, "also " + e.aliases[m.via - 1]) : null,
          e.drawn ? null : el("span", { class: "alias" }, "not drawn"));
      }));
      if (q && !matches.length) results.append(el("li", { role: "option", "aria-disabled": "true" }, "No entity is called that."));
      const open = Boolean(q);
      results.hidden = !open;
      searchBox.setAttribute("aria-expanded", open ? "true" : "false");
      if (active >= 0) searchBox.setAttribute("aria-activedescendant", "search-option-" + active);
      else searchBox.removeAttribute("aria-activedescendant");
    }

    function closeResults() {
      results.hidden = true;
      searchBox.setAttribute("aria-expanded", "false");
      searchBox.removeAttribute("aria-activedescendant");
    }

    function choose(k) {
      const m = matches[k];
      if (!m) return;
      closeResults();
      const e = ents[m.i];
      if (e.drawn) {
        showTab("drawing");
        openEntity(m.i, { from: "search" });
        focusOnEntity(m.i);
      } else {
        openEntity(m.i, { from: "search" });
      }
    }

    searchBox.addEventListener("input", runSearch);
    searchBox.addEventListener("focus", () => { if (searchBox.value.trim()) runSearch(); });
    searchBox.addEventListener("blur", () => setTimeout(closeResults, 100));
    searchBox.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!matches.length) return;
        active = (active + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length;
        renderResults(fold(searchBox.value.trim()));
        event.preventDefault();
      } else if (event.key === "Enter") {
        choose(active >= 0 ? active : 0);
        event.preventDefault();
      } else if (event.key === "Escape") {
        if (!results.hidden) closeResults(); else searchBox.value = "";
        event.preventDefault();
        event.stopPropagation();
      }
    });

    document.addEventListener("keydown", (event) => {
      const typing = event.target.closest && event.target.closest("input, select, textarea");
      if (event.key === "/" && !typing) {
        searchBox.focus();
        searchBox.select();
        event.preventDefault();
      } else if (event.key === "Escape" && !panel.hidden) {
        closePanel();
      }
    });
    """#
}
