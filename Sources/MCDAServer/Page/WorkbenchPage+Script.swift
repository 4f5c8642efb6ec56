extension WorkbenchPage {
    /// The page's script: reads the controls into a request body, posts it to `/api/figures` and
    /// redraws in place; drops answers to requests overtaken by a newer one. It computes nothing
    /// itself but the rescaling of the other sliders while one moves.
    static let script = #"""
    "use strict";
    const data = JSON.parse(document.getElementById("workbench-data").textContent);
    const lang = data.lang, $ = (id) => document.getElementById(id);
    const ids = data.criteria.map(c => c.id);
    const names = Object.fromEntries(data.alternatives.map(a => [a.id, a.name]));
    const state = {weights: null, judgments: null};
    let weights = ids.map(() => 1 / ids.length), sequence = 0;
    const workbench = window.workbench = {lastBody: null, lastAnalysis: null, updates: 0};

    function body() {
      const b = {};
      if (state.weights) b.weights = Object.fromEntries(ids.map((id, j) => [id, weights[j]]));
      if (state.judgments) b.judgments = state.judgments;
      const exclude = [...document.querySelectorAll("input.alternative")].filter(x => !x.checked).map(x => x.value);
      if (exclude.length) b.exclude = exclude;
      b.methods = [...document.querySelectorAll("input.method")].filter(x => x.checked).map(x => x.value);
      b.primary = $("primary").value;
      const samples = parseInt($("samples").value, 10), seed = parseInt($("seed").value, 10);
      if (!isNaN(samples)) b.samples = samples;
      if (!isNaN(seed)) b.seed = seed;
      return b;
    }

    async function post(path, b) {
      const r = await fetch(path + "?lang=" + lang, {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(b)});
      if (!r.ok) { let m = r.status + ""; try { m = (await r.json()).error; } catch (e) {} throw new Error(m); }
      return r;
    }

    async function refresh() {
      const mine = ++sequence, b = body();
      $("status").textContent = data.words.working;
      try {
        const answer = await (await post("/api/figures", b)).json();
        if (mine !== sequence) return;
        workbench.lastBody = b; workbench.lastAnalysis = answer.analysis;
        $("error").hidden = true;
        draw(answer);
        workbench.updates++;
        $("status").textContent = "";
      } catch (e) {
        if (mine !== sequence) return;
        $("error").textContent = e.message; $("error").hidden = false; $("status").textContent = "";
      }
    }

    function draw(answer) {
      const a = answer.analysis;
      $("verdict").textContent = answer.verdict;
      const byId = Object.fromEntries(a.criteria.map(c => [c.id, c.weight]));
      weights = ids.map(id => byId[id] ?? 0);
      showWeights();
      const stable = Object.fromEntries((a.sensitivity.stabilityIntervals || []).map(s => [s.criterion, s]));
      const critical = Object.fromEntries((a.sensitivity.criticalWeightChanges || []).map(c => [c.criterion, c]));
      ids.forEach(id => {
        const s = stable[id], band = $("b-" + id), c = critical[id];
        if (s && s.upper != null) {
          band.style.left = (100 * s.lower) + "%"; band.style.width = (100 * (s.upper - s.lower)) + "%"; band.hidden = false;
          $("s-" + id).textContent = data.words.holds + ": " + fmt(s.lower) + " – " + fmt(s.upper) +
            (c && c.criticalWeight != null ? " · " + data.words.critical + ": " + fmt(c.criticalWeight) : "");
        } else { band.hidden = true; $("s-" + id).textContent = ""; }
      });
      // The ranking: every method side by side, rows in the primary method's order.
      const methods = Object.keys(a.rankings), primary = a.sensitivity.primaryMethod;
      const ranks = a.rankings[primary] ? a.rankings[primary].ranks : a.rankings[methods[0]].ranks;
      const order = a.alternatives.map((x, i) => i).sort((i, k) => ranks[i] - ranks[k] || i - k);
      $("ranking").tHead.innerHTML = "<tr><th></th>" + methods.map(m => "<th>" + esc(m) + "</th>").join("") + "</tr>";
      $("ranking").tBodies[0].innerHTML = order.map(i => "<tr data-id=\"" + esc(a.alternatives[i].id) + "\"><td>" +
        esc(names[a.alternatives[i].id] || a.alternatives[i].name) + "</td>" +
        methods.map(m => { const r = a.rankings[m].ranks[i]; return "<td" + (r === 1 ? " class=first" : "") + ">" + r + "</td>"; }).join("") + "</tr>").join("");
      $("figures").innerHTML = answer.figures.map((f, k) => "<figure id=\"figure-" + k + "\"><figcaption>" + esc(f.title) + "</figcaption>" + f.svg + "</figure>").join("");
      if ($("cr-value")) {
        const cr = answer.consistencyRatio;
        $("cr-value").textContent = cr == null ? "–" : fmt(cr);
        $("cr-warning").hidden = !(cr > 0.1);
        $("judgment-mode").hidden = !state.weights;
      }
    }

    function fmt(x) { return Number(x).toLocaleString(lang === "fa" ? "fa-IR" : "en", {maximumFractionDigits: 3}); }
    function esc(s) { return String(s).replace(/[&<>"]/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"})[c]); }
    function showWeights() { ids.forEach((id, j) => { $("w-" + id).value = weights[j]; $("o-" + id).textContent = fmt(weights[j]); }); }

    // One slider moves; the others keep their proportions and fill the rest.
    function move(id, v) {
      const j = ids.indexOf(id), rest = weights.reduce((s, w, k) => k === j ? s : s + w, 0);
      weights = weights.map((w, k) => k === j ? v : rest > 0 ? w * (1 - v) / rest : (1 - v) / (ids.length - 1));
      showWeights();
    }

    ids.forEach(id => {
      const input = $("w-" + id);
      input.addEventListener("input", () => move(id, parseFloat(input.value)));
      input.addEventListener("change", () => { move(id, parseFloat(input.value)); state.weights = true; state.judgments = null; refresh(); });
    });
    document.querySelectorAll("#judgments select").forEach(s => s.addEventListener("change", () => {
      state.weights = null;
      state.judgments = [...document.querySelectorAll("#judgments select")].map(x => [x.dataset.a, x.dataset.b, x.value]);
      refresh();
    }));
    if ($("use-judgments")) $("use-judgments").addEventListener("click", () => {
      state.weights = null;
      state.judgments = [...document.querySelectorAll("#judgments select")].map(x => [x.dataset.a, x.dataset.b, x.value]);
      refresh();
    });
    document.querySelectorAll("input.alternative, input.method, #primary, #samples, #seed").forEach(x => x.addEventListener("change", refresh));
    $("reset").addEventListener("click", () => location.reload());

    async function download(path, name, type) {
      try {
        const blob = new Blob([await (await post(path, body())).text()], {type: type});
        const link = document.createElement("a");
        link.href = URL.createObjectURL(blob); link.download = name; document.body.appendChild(link); link.click(); link.remove();
      } catch (e) { $("error").textContent = e.message; $("error").hidden = false; }
    }
    $("download-report").addEventListener("click", () => download("/api/report", "report.html", "text/html"));
    $("download-settings").addEventListener("click", () => download("/api/settings", "settings.yaml", "application/yaml"));
    refresh();
    """#
}
