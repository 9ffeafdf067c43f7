// The drawing: finds the SVG's nodes and edges by their ids, pans and zooms (wheel, drag,
// buttons, keys, fit), shows a summary on hover, selects on click, recolours edges.
extension PageAssets {
    static let scriptDrawing = #"""
    const canvas = $("canvas");
    const svg = canvas.querySelector("svg");
    const nodeEls = new Array(ents.length).fill(null);
    const edgeEls = new Array(rels.length).fill(null);
    const view = { x: 0, y: 0, k: 1 };
    const size = { w: 1, h: 1 };
    let fitted = false;

    if (svg) {
      // Graphviz's own tooltips would cover the page's.
      svg.querySelectorAll("title").forEach((t) => t.remove());
      for (const g of svg.querySelectorAll("g.node, g.edge")) {
        const m = /^([nr])(\d+)$/.exec(g.id);
        if (!m) continue;
        const i = Number(m[2]);
        if (m[1] === "n" && i < ents.length) {
          nodeEls[i] = g;
          g.dataset.entity = i;
        } else if (m[1] === "r" && i < rels.length) {
          edgeEls[i] = g;
          g.dataset.relation = i;
          const path = g.querySelector("path");
          if (path) {
            // A wide, invisible stroke makes a thin line easy to click.
            const hit = path.cloneNode(false);
            hit.setAttribute("class", "hit");
            hit.removeAttribute("stroke-dasharray");
            g.insertBefore(hit, g.firstChild);
            g.dataset.colour = path.getAttribute("stroke") || "";
          }
        }
      }
      const box = svg.viewBox.baseVal;
      size.w = box && box.width ? box.width : 1;
      size.h = box && box.height ? box.height : 1;
      svg.setAttribute("width", size.w);
      svg.setAttribute("height", size.h);
    } else {
      canvas.append(el("p", { class: "empty" },
        ents.length ? "No relations to draw: the Entities table lists the " + plural(ents.length, "entity", "entities") + "."
          : "This graph is empty."));
    }

    function applyView() {
      if (svg) svg.style.transform = "translate(" + view.x + "px, " + view.y + "px) scale(" + view.k + ")";
    }

    function fit() {
      const w = canvas.clientWidth, h = canvas.clientHeight;
      if (!svg || !w || !h) return;
      const k = Math.min(w / size.w, h / size.h, 2) * 0.97;
      view.k = k;
      view.x = (w - size.w * k) / 2;
      view.y = (h - size.h * k) / 2;
      fitted = true;
      applyView();
    }

    function zoomAt(cx, cy, factor) {
      const k = clamp(view.k * factor, 0.02, 40);
      const f = k / view.k;
      view.x = cx - (cx - view.x) * f;
      view.y = cy - (cy - view.y) * f;
      view.k = k;
      applyView();
    }

    const zoomCentre = (factor) => zoomAt(canvas.clientWidth / 2, canvas.clientHeight / 2, factor);

    /** Centres the drawing on an entity's node, zoomed in to at least natural size. */
    function focusOnEntity(i) {
      const g = nodeEls[i];
      if (!g) return false;
      if (!fitted) fit();
      const r = g.getBoundingClientRect(), c = canvas.getBoundingClientRect();
      if (!r.width && !r.height) return false;
      const lx = (r.left + r.width / 2 - c.left - view.x) / view.k;
      const ly = (r.top + r.height / 2 - c.top - view.y) / view.k;
      view.k = Math.max(view.k, 1);
      view.x = canvas.clientWidth / 2 - lx * view.k;
      view.y = canvas.clientHeight / 2 - ly * view.k;
      applyView();
      g.classList.remove("flash");
      void g.getBoundingClientRect();
      g.classList.add("flash");
      return true;
    }

    canvas.addEventListener("wheel", (event) => {
      if (!svg) return;
      event.preventDefault();
      const c = canvas.getBoundingClientRect();
      const step = event.deltaMode === 1 ? 0.05 : 0.002;
      zoomAt(event.clientX - c.left, event.clientY - c.top, Math.exp(-event.deltaY * step));
    }, { passive: false });

    let drag = null, suppressClick = false;
    canvas.addEventListener("pointerdown", (event) => {
      if (event.button !== 0 || !svg) return;
      drag = { x: event.clientX, y: event.clientY, vx: view.x, vy: view.y, moved: false, id: event.pointerId };
    });
    canvas.addEventListener("pointermove", (event) => {
      if (drag && drag.id === event.pointerId) {
        const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
        if (!drag.moved && Math.hypot(dx, dy) > 4) {
          drag.moved = true;
          canvas.setPointerCapture(event.pointerId);
          canvas.classList.add("dragging");
          hideTip();
        }
        if (drag.moved) {
          view.x = drag.vx + dx;
          view.y = drag.vy + dy;
          applyView();
        }
      }
      if (!tooltip.hidden) placeTip(event);
    });
    const endDrag = () => {
      if (drag && drag.moved) suppressClick = true;
      drag = null;
      canvas.classList.remove("dragging");
    };
    canvas.addEventListener("pointerup", endDrag);
    canvas.addEventListener("pointercancel", endDrag);

    canvas.addEventListener("click", (event) => {
      if (suppressClick) { suppressClick = false; return; }
      const g = event.target.closest ? event.target.closest("g[data-entity], g[data-relation]") : null;
      if (!g) return;
      hideTip();
      if (g.dataset.entity !== undefined) openEntity(Number(g.dataset.entity), { from: "drawing" });
      else openRelation(Number(g.dataset.relation), { from: "drawing" });
    });

    canvas.addEventListener("keydown", (event) => {
      const pan = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] }[event.key];
      if (pan) {
        view.x += pan[0];
        view.y += pan[1];
        applyView();
      } else if (event.key === "+" || event.key === "=") zoomCentre(1.25);
      else if (event.key === "-" || event.key === "_") zoomCentre(0.8);
      else if (event.key === "0") fit();
      else return;
      event.preventDefault();
    });

    $("zoom-in").addEventListener("click", () => zoomCentre(1.25));
    $("zoom-out").addEventListener("click", () => zoomCentre(0.8));
    $("zoom-fit").addEventListener("click", fit);
    window.addEventListener("resize", () => { if (!fitted) fit(); });

    // The hover summary.
    const tooltip = $("tooltip");
    function placeTip(event) {
      const pad = 14, w = tooltip.offsetWidth, h = tooltip.offsetHeight;
      let x = event.clientX + pad, y = event.clientY + pad;
      if (x + w > window.innerWidth - 4) x = event.clientX - w - pad;
      if (y + h > window.innerHeight - 4) y = event.clientY - h - pad;
      tooltip.style.left = Math.max(4, x) + "px";
      tooltip.style.top = Math.max(4, y) + "px";
    }
    function hideTip() { tooltip.hidden = true; }
    canvas.addEventListener("pointerover", (event) => {
      if (drag && drag.moved) return;
      const g = event.target.closest ? event.target.closest("g[data-entity], g[data-relation]") : null;
      if (!g) { hideTip(); return; }
      tooltip.textContent = g.dataset.entity !== undefined ? summary("entity", Number(g.dataset.entity))
        : summary("relation", Number(g.dataset.relation));
      tooltip.hidden = false;
      placeTip(event);
    });
    canvas.addEventListener("pointerleave", hideTip);

    /** Marks the selected node or edge, its edges and neighbours; the rest of the drawing fades. */
    let marked = [];
    function markSelection(type, i) {
      for (const [g, cls] of marked) g.classList.remove(cls);
      marked = [];
      const mark = (g, cls) => { if (g) { g.classList.add(cls); marked.push([g, cls]); } };
      if (type === "entity") {
        mark(nodeEls[i], "sel");
        for (const j of ents[i].rels) {
          mark(edgeEls[j], "adj");
          mark(nodeEls[rels[j].source === i ? rels[j].target : rels[j].source], "nbr");
        }
      } else if (type === "relation") {
        mark(edgeEls[i], "sel");
        mark(nodeEls[rels[i].source], "nbr");
        mark(nodeEls[rels[i].target], "nbr");
      }
      // What the selection does not touch steps back.
      canvas.classList.toggle("focus", Boolean(type) && marked.length > 0);
    }

    /** Colours every edge by its relation kind, or back to the drawing's own colours. */
    function colourEdges(byKind) {
      edgeEls.forEach((g, j) => {
        if (!g) return;
        const colour = byKind ? data.colours.relation[rels[j].kind] : g.dataset.colour;
        for (const part of g.querySelectorAll("path:not(.hit), polygon")) {
          part.setAttribute("stroke", colour);
          if (part.tagName === "polygon") part.setAttribute("fill", colour);
        }
        for (const text of g.querySelectorAll("text")) text.setAttribute("fill", colour);
      });
    }
    """#
}
