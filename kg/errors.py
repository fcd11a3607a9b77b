"""Every message a user can see about bad input, bad queries or bad settings, in one place.

As in spaCy's ``errors.py``, each message has a code, so that a user can search for it
and a test can check for it without matching prose. Format with ``E.READ_EMPTY.format(...)``.
Add new messages here, never inline in the code that raises them.
"""

from __future__ import annotations

import re


class KGError(Exception):
    """A problem the user can fix: printed as one line, never as a traceback."""


class KGWarning(UserWarning):
    """An input the Python API skipped or changed (the CLI prints the same line on stderr)."""


# Characters that would let a value break the one line a message is printed on, or
# rewrite how it looks: controls, line and paragraph separators, bidi overrides.
# Lone surrogates are file-name bytes that are not UTF-8 (Python's surrogateescape): they
# cannot even be printed.
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def printable(value: object) -> str:
    """``value`` as text with every control character escaped (``"a\\nb"``), so that
    a file name with a newline cannot split a message or forge a log line."""
    return _UNPRINTABLE.sub(_escape, str(value))


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char) or (
        f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


class _Message(str):
    """A catalogue message whose values (file names, record ids ...) are shown escaped."""

    def format(self, *args: object, **kwargs: object) -> str:
        return str.format(self, *map(printable, args), **{k: printable(v) for k, v in kwargs.items()})


class _Catalogue(type):
    def __getattribute__(cls, name: str) -> str:
        msg = super().__getattribute__(name)
        if name.startswith("_") or not isinstance(msg, str):
            return msg
        text = f"[{name}] {msg}"
        # Reading and extraction messages name inputs, which the user does not control
        return _Message(text) if name[0] in "RX" else text


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
    R014 = "{path}: the symbolic link leads back into a folder being read (a loop); not followed"
    # Extraction (X...)
    X001 = "{path}: extraction failed ({detail}); the article was skipped"
    X002 = "spaCy model '{model}' is not installed; run the setup command in the README or set KG_SPACY_MODEL"
    X003 = "{path}: {step} took more than {seconds} s, the limit for one article (KG_PARSE_SECONDS); the article was skipped"
    X004 = "{path}: the extraction cache cannot be written ({detail}); articles are extracted but not cached"
    X005 = "{path}: a file operation failed ({detail})"
    X006 = "{path}: is a file, not a folder; --out needs a folder (it is created if missing)"
    X007 = "KG_PARSE_SECONDS={value}: expected a positive number of seconds"
    # Graphs and stores (G...)
    G001 = "{path}: no graph found (expected a `kg build` output folder, a .ttl/.trig/.nq/.nt/.jsonld file or a store)"
    G002 = "{path}: cannot be parsed as RDF ({detail})"
    G003 = "unknown store '{name}'; choose one of: {choices}"
    G004 = "unknown output format '{name}'; choose one of: {choices}"
    G005 = "{path}: cannot open the store ({detail}); is another `kg build` writing it?"
    G006 = "{path}: the store is open read-only; load the graph into memory (--store Memory) to change it"
    G007 = "{path}: cannot write the build's outputs ({detail})"
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
    Q012 = "--param {name}: the query has no variable ?{name} (it has: {variables})"
    Q013 = "--param {names}: the query has no WHERE clause to bind it in"
    # Query safety and the endpoint's protocol (Q020-Q049; kg/sparql_guard.py, kg/serve.py)
    Q020 = "the query is {size} characters long, over the limit of {limit}"
    Q021 = "the query is nested too deeply (the limit is {limit} levels of brackets or '!') or too long to check; simplify it"
    Q022 = "the query contains {what}, which SPARQL parsers read differently; {fix}"
    Q023 = "FROM <{iri}> names no graph of this store; only its own graphs can be queried, nothing is fetched"
    Q024 = "a query that mentions SERVICE must be checkable, and this one is not ({detail})"
    Q025 = "the request body is over the limit of {limit} bytes"
    Q026 = "the result is over the limit of {limit} bytes; ask for fewer rows or shorter values"
    Q027 = "the request has {count} '{name}' parameters; send exactly one"
    Q028 = "the query is empty"
    Q029 = "the server is busy ({count} queries waiting); try again in {seconds} s"
    Q030 = "a POST needs Content-Type application/x-www-form-urlencoded or application/sparql-query, not '{content_type}'"
    Q031 = "the request has both 'query' and 'update'; send one query"
    Q032 = "SERVICE {var}: an endpoint given by a variable is never allowed (--allow-service names fixed endpoints)"
    # Scale: store locations, incremental builds (X160-X179)
    X160 = "no graph given: use --graph PATH, or set KG_STORE (or --store) to a `kg build` folder, an RDF file or sparql+http://HOST:PORT"
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
    V002 = "{path}: no ontology folder with accord.ttl here; reinstall the package (it ships the ontology)"
    V003 = "{path}: cannot be read as Turtle ({detail})"
