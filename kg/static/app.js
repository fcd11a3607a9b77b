// The query page: YASGUI (vendored in /static/yasgui) on this server's /sparql endpoint,
// with the query library of queries/ as examples. Nothing is loaded from other hosts:
// the class and property autocompleters, which ask a public vocabulary service, are off.
"use strict";

const ENDPOINT = new URL("/sparql", window.location.href).href;
const $ = (id) => document.getElementById(id);
let prefixes = {};

// PREFIX lines for the predeclared prefixes a query uses, so that YASQE's checker knows them
function withPrefixes(query) {
  const declared = new Set([...query.matchAll(/PREFIX\s+([\w-]*):/gi)].map((m) => m[1]));
  const used = Object.keys(prefixes).filter(
    (p) => !declared.has(p) && new RegExp("(^|[\\s(/^|,;.{])" + p + ":", "m").test(query));
  return used.map((p) => `PREFIX ${p}: <${prefixes[p]}>\n`).join("") + query;
}

const DEFAULT_QUERY = `SELECT DISTINCT ?official ?name WHERE {
  ?official a acc:Official ; rdfs:label ?name .
}
ORDER BY ?name`;

async function start() {
  try {
    prefixes = await (await fetch("/prefixes.json")).json();
  } catch (e) {
    prefixes = {};
  }
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  const yasgui = new Yasgui($("yasgui"), {
    requestConfig: { endpoint: ENDPOINT, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }] },
    persistenceId: null,
    yasqe: { value: withPrefixes(DEFAULT_QUERY) },
  });
  window.kgYasgui = yasgui;
  const tab = yasgui.getTab();
  tab.setEndpoint(ENDPOINT);
  if (!tab.getQuery().trim()) tab.setQuery(withPrefixes(DEFAULT_QUERY));

  const examples = await (await fetch("/queries.json")).json();
  const select = $("examples");
  for (const q of examples) {
    const option = document.createElement("option");
    option.value = q.name;
    option.textContent = q.title;
    select.appendChild(option);
  }
  select.addEventListener("change", () => {
    const q = examples.find((x) => x.name === select.value);
    $("example-title").textContent = q ? q.name + ".rq" : "";
    if (q) yasgui.getTab().setQuery(withPrefixes(q.query));
  });
}

document.addEventListener("DOMContentLoaded", start);
