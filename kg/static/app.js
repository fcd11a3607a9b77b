// The query page: sends the query to /sparql and draws the answer.
// Every value from the server is written with textContent, never parsed as HTML:
// article text and labels are data, not markup.
"use strict";

const ENDPOINT = "/sparql";
const $ = (id) => document.getElementById(id);
let prefixes = {};

function setStatus(text, isError) {
  const status = $("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

function compact(iri) {
  let best = null;
  for (const [prefix, ns] of Object.entries(prefixes)) {
    if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [prefix, ns];
  }
  return best ? best[0] + ":" + iri.slice(best[1].length) : "<" + iri + ">";
}

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") {
    td.className = "iri";
    td.title = term.value;
    td.textContent = compact(term.value);
  } else {
    td.textContent = term.value;
    if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
    else if (term.datatype) td.title = term.datatype;
  }
  return td;
}

function drawTable(data) {
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  for (const v of data.head.vars) {
    const th = document.createElement("th");
    th.textContent = v;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const binding of data.results.bindings) {
    const row = body.insertRow();
    for (const v of data.head.vars) row.appendChild(cell(binding[v]));
  }
  return table;
}

async function run() {
  const results = $("results");
  results.replaceChildren();
  setStatus("running…", false);
  const started = performance.now();
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, text/turtle;q=0.9",
      },
      body: new URLSearchParams({ query: $("query").value }),
    });
  } catch (err) {
    setStatus("the endpoint cannot be reached: " + err, true);
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok) {
    setStatus(response.status + " " + (await response.text()), true);
    return;
  }
  const note = response.headers.get("X-KG-Truncated")
    ? " — only the first " + response.headers.get("X-KG-Max-Rows") + " rows" : "";
  if (type.startsWith("application/sparql-results+json")) {
    const data = await response.json();
    if ("boolean" in data) {
      const p = document.createElement("p");
      p.textContent = "ASK: " + data.boolean;
      results.appendChild(p);
      setStatus(seconds + " s", false);
    } else {
      results.appendChild(drawTable(data));
      setStatus(data.results.bindings.length + " rows in " + seconds + " s" + note, false);
    }
  } else {
    const pre = document.createElement("pre");
    pre.textContent = await response.text();
    results.appendChild(pre);
    setStatus(seconds + " s" + note, false);
  }
}

async function loadExamples() {
  const select = $("examples");
  let library = [];
  try {
    library = await (await fetch("/queries.json")).json();
  } catch (err) {
    return;
  }
  for (const q of library) {
    const option = document.createElement("option");
    option.value = q.name;
    option.textContent = q.name;
    select.appendChild(option);
  }
  select.addEventListener("change", () => {
    const chosen = library.find((q) => q.name === select.value);
    if (chosen) {
      $("query").value = chosen.query;
      $("example-title").textContent = chosen.title;
    }
  });
}

async function loadPrefixes() {
  try {
    prefixes = await (await fetch("/prefixes.json")).json();
  } catch (err) {
    prefixes = {};
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("endpoint").textContent = new URL(ENDPOINT, window.location.href).href;
  $("run").addEventListener("click", run);
  $("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run();
  });
  loadExamples();
  loadPrefixes();
});
