"""Every message a user can see about bad input, bad queries or bad settings, in one place.

As in spaCy's ``errors.py``, each message has a code, so that a user can search for it
and a test can check for it without matching prose. Format with ``E.READ_EMPTY.format(...)``.
Add new messages here, never inline in the code that raises them.
"""

from __future__ import annotations


class KGError(Exception):
    """A problem the user can fix: printed as one line, never as a traceback."""


class _Catalogue(type):
    def __getattribute__(cls, name: str) -> str:
        msg = super().__getattribute__(name)
        if name.startswith("_") or not isinstance(msg, str):
            return msg
        return f"[{name}] {msg}"


class E(metaclass=_Catalogue):
    # Reading articles (R...)
    R001 = "{path}: no such file or directory"
    R002 = "{path}: the file is empty"
    R003 = "{path}: looks like a binary file ({detail}), not an article"
    R004 = "{path}: {size} is over the {limit} limit for one article (raise it with --max-bytes)"
    R005 = "{path}: line {line}: not a JSON object with an 'id' and a 'text' ({detail})"
    R006 = "{path}: no article text left after removing markup"
    R007 = "{path}: cannot be read ({detail})"
    R008 = "{path}: no article text (only whitespace, or no records)"
    R009 = "{path}: the directory has no article files ({suffixes})"
    R010 = "{path}: line {line}: {size} is over the {limit} limit for one article (raise it with --max-bytes)"
    R011 = "{path}: record {index}: not a JSON object with an 'id' and a 'text' ({detail})"
    R012 = "{path}: the same text as {other}; read once"
    R013 = "{path}: id '{id}' is already {other}'s; this article's id is '{new}'"
    # Extraction (X...)
    X001 = "{path}: extraction failed ({detail}); the article was skipped"
    X002 = "spaCy model '{model}' is not installed; run the setup command in the README or set KG_SPACY_MODEL"
    # Graphs and stores (G...)
    G001 = "{path}: no graph found (expected a `kg build` output folder, a .ttl/.trig/.nq/.nt/.jsonld file or a store)"
    G002 = "{path}: cannot be parsed as RDF ({detail})"
    G003 = "unknown store '{name}'; choose one of: {choices}"
    G004 = "unknown output format '{name}'; choose one of: {choices}"
    # Queries (Q...)
    Q001 = "the query cannot be parsed: {detail}"
    Q002 = "this endpoint is read-only: {detail} is refused"
    Q003 = "SERVICE <{iri}> is not allowed; the operator can allow endpoints with --allow-service"
    Q004 = "the query ran for more than {seconds} s and was stopped"
    Q005 = "--param {param}: expected NAME=VALUE"
    Q006 = "{path}: no such query file, and not a SPARQL query either"
    Q007 = "unknown result format '{name}'; choose one of: {choices}"
    Q008 = "pandas is not installed; `pip install pandas` to get results as a DataFrame"
    Q009 = "--param {param}: {detail}"
    Q010 = "the query could not be run: {detail}"
    Q011 = "no result format of this endpoint matches Accept: {accept}; it offers {choices}"
    # Distributed builds and SPARQL servers (D...)
    D001 = "cannot reach the Dask scheduler at {address} ({detail})"
    D002 = "--workers must be a positive number of worker processes, not {value}"
    D003 = "{path}: the Dask workers could not extract this article ({detail}); it was skipped"
    D004 = "--scheduler and --workers exclude each other: use a running cluster or start a local one"
    D005 = "cannot reach the SPARQL server at {url} ({detail})"
    D006 = "the SPARQL server at {url} answered {status}: {detail}"
    D007 = "'{url}' is not a SPARQL server address; expected sparql+http://HOST:PORT or http(s)://HOST:PORT/..."
    D008 = "{path}: no Oxigraph store here (expected the store/ folder of a `kg build`, or its output folder)"
    D009 = "the oxigraph server program is not installed in this environment (pip install oxigraph)"
    D010 = "the oxigraph server did not start on {address} within {seconds} s: {detail}"
    # Network view and statistics (W...)
    W001 = "no country named '{name}' in the graph; choose one of: {choices}"
    W002 = "unknown centrality measure '{name}'; choose one of: {choices}"
    W003 = "--top must be a positive number of nodes, not {value}"
    W004 = "unknown physics setting '{value}'; choose one of: auto, on, off"
    # Evaluation against gold (EV...)
    EV001 = "{path}: no gold annotations found (expected a folder of .json files or a .json file)"
    EV002 = "{path}: not a facts-format JSON file with a 'documents' list ({detail})"
    EV003 = "{side} document #{index} has no 'id'"
    EV004 = "gold document '{id}' appears more than once"
    # Validation (V...)
    V000 = "the graph conforms to {shapes}"
    V001 = "the graph does not conform to {shapes}: {count} violation(s)"
    V002 = "{path}: no ontology folder with accord.ttl here; validation and ontology docs need a source checkout"
    V003 = "{path}: cannot be read as Turtle ({detail})"
