"""The ``kg`` command: a thin shell over the Python API.

Every subcommand parses its arguments, calls one function of the package and prints
where its outputs went. Problems the user can fix (:class:`kg.errors.KGError`) are
printed as one line on stderr, with exit code 2; a build that skipped articles exits 1,
and so does a command whose file operations failed (a full disk), again with one line.
Heavy modules are imported inside the subcommand that needs them, so ``kg query``
starts without loading spaCy.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .errors import E, KGError
from .settings import Settings

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {k: v for k, v in {"base_iri": getattr(args, "base_iri", None),
                                    "store": getattr(args, "store", None)}.items() if v}
    if getattr(args, "no_cache", False):
        overrides["cache_dir"] = ""
    return Settings(**overrides)


def _load(args: argparse.Namespace):
    from .graph import KnowledgeGraph

    return KnowledgeGraph.load(args.graph, settings=_settings(args))


def _say(message: str) -> None:
    print(message, file=sys.stderr)


# -- build / facts -------------------------------------------------------------------------------


def cmd_build(args: argparse.Namespace) -> int:
    from .atomic import writable_folder
    from .distributed import cluster_from_options
    from .pipeline import build, write_outputs

    writable_folder(args.out)
    with cluster_from_options(args.scheduler, args.workers):
        result = build(args.paths, settings=_settings(args), max_bytes=args.max_bytes,
                       validate=not args.no_validate, progress=sys.stderr.isatty() and not args.quiet,
                       jobs=args.jobs, previous=None if args.rebuild else args.out)
    for line in result.report.notes + result.report.problems:
        _say(line)
    write_outputs(result, args.out, view=not args.no_view, docs=not args.no_docs)
    print(result.report.format())
    validation = result.report.validation
    if validation is not None and not validation.conforms:
        _say(validation.report)
        if args.strict:
            return EXIT_PROBLEMS
    return EXIT_OK if result.report.ok else EXIT_PROBLEMS


def cmd_facts(args: argparse.Namespace) -> int:
    from .pipeline import build

    result = build(args.paths, settings=_settings(args), max_bytes=args.max_bytes, validate=False)
    for line in result.report.notes + result.report.problems:
        _say(line)
    json.dump({"documents": result.documents}, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return EXIT_OK if result.report.ok else EXIT_PROBLEMS


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_articles

    report, problems = evaluate_articles(args.paths, args.gold, settings=_settings(args), max_bytes=args.max_bytes)
    for problem in problems:
        _say(problem)
    print(report.format())
    return EXIT_PROBLEMS if problems else EXIT_OK


# -- graph commands ------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    graph = _load(args)
    path = graph.export(args.output, format=args.format)
    if path is not None:
        _say(f"wrote {path}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    result = _load(args).validate()
    print(result.report)
    return EXIT_OK if result.conforms else EXIT_PROBLEMS


def _on_graph(main_of: str) -> "Callable[[argparse.Namespace], int]":
    """A subcommand that loads ``--graph`` with the CLI's settings and hands it to ``kg.<module>.main_<module>``."""

    def command(args: argparse.Namespace) -> int:
        from importlib import import_module

        if main_of == "query":  # pyoxigraph alone when it can (kg.quick_query): no rdflib to import
            from .quick_query import quick_query

            code = quick_query(args, _settings(args))
            if code is not None:
                return code
        module = import_module(f".{main_of}", __package__)
        return getattr(module, f"main_{main_of}")(args, _load(args))

    return command


def cmd_serve_oxigraph(args: argparse.Namespace) -> int:
    from .remote import main_serve_oxigraph

    return main_serve_oxigraph(args)


def cmd_load(args: argparse.Namespace) -> int:
    from .remote import main_load

    return main_load(args)


def cmd_docs(args: argparse.Namespace) -> int:
    from .ontology_docs import write_ontology_docs

    _say(f"wrote {write_ontology_docs(Path(args.output))}")
    return EXIT_OK


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--base-iri", help="namespace of instance IRIs (default: $KG_BASE_IRI or the project's)")
    p.add_argument("--store", help="where the graph is when --graph is not given (a build folder, an RDF file, "
                                   "sparql+http://HOST:PORT), or how a folder opens: Oxigraph (default: read-only) "
                                   "or Memory (a copy in memory); default $KG_STORE")


def _add_reading(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or .jsonl files")
    p.add_argument("--max-bytes", type=int, help="refuse articles larger than this")
    p.add_argument("--no-cache", action="store_true", help="do not reuse or store extraction results")
    _add_common(p)


def _add_graph(p: argparse.ArgumentParser) -> None:
    p.add_argument("--graph", metavar="PATH",
                   help="a `kg build` output folder, an RDF file (.ttl, .trig, .nq, .nt, .jsonld, .rdf) or a "
                        "SPARQL server (sparql+http://HOST:PORT); default: --store / $KG_STORE")
    _add_common(p)


def make_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The ``kg`` parser; ``only`` names the one subcommand whose own options are needed
    (None: all), so that a command imports only its own module."""
    parser = argparse.ArgumentParser(prog="kg", description="Accord KG: news on migration agreements -> RDF knowledge graph")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="extract articles into a merged graph and write Turtle, TriG, facts and a view")
    _add_reading(p)
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    p.add_argument("--strict", action="store_true", help="exit 1 when the graph does not conform to the shapes")
    p.add_argument("--no-view", action="store_true", help="do not write the HTML network view")
    p.add_argument("--no-docs", action="store_true", help="do not write the ontology's HTML page")
    p.add_argument("--rebuild", action="store_true",
                   help="build everything afresh (default: reuse the build in --out, redoing what changed)")
    p.add_argument("-j", "--jobs", type=int, default=1, help="parse in this many processes (default 1)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="parse and extract on a running Dask cluster (tcp://HOST:8786)")
    p.add_argument("--workers", type=int, metavar="N",
                   help="parse and extract on a local Dask cluster of N worker processes")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("facts", help="print the extracted facts as JSON (docs/FACTS_FORMAT.md)")
    _add_reading(p)
    p.set_defaults(func=cmd_facts)

    p = sub.add_parser("eval", help="score extraction against gold annotations")
    _add_reading(p)
    p.add_argument("--gold", required=True, help="folder of gold JSON files")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("export", help="write the graph in an RDF format")
    _add_graph(p)
    p.add_argument("--format", default="turtle", help="turtle, ntriples, rdfxml, jsonld, trig, nquads")
    p.add_argument("-o", "--output", help="output file (default: standard output)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("validate", help="check a graph against ontology/shapes.ttl (pySHACL)")
    _add_graph(p)
    p.set_defaults(func=cmd_validate)

    from importlib import import_module

    for name, help_, module in [
        ("query", "run a SPARQL query (a .rq file or inline text) on a built graph", "quick_query"),
        ("serve", "serve a built graph as a read-only SPARQL 1.1 endpoint with a query page", "serve"),
        ("view", "write the interactive network view (one offline HTML file)", "view"),
        ("stats", "counts per class, central entities, components and communities", "stats"),
    ]:
        p = sub.add_parser(name, help=help_)
        _add_graph(p)
        if only in (None, name):  # each command's own options; importing all four costs `kg query` 0.5 s
            getattr(import_module(f".{module}", __package__), f"add_{name}_arguments")(p)
        p.set_defaults(func=_on_graph(name))

    p = sub.add_parser("serve-oxigraph", help="serve a build's store read-only with the Oxigraph server, for a team")
    p.add_argument("--graph", required=True, metavar="PATH", help="a `kg build` output folder (or its store/ folder)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=7879, help="port (default 7879)")
    p.add_argument("--timeout", type=float, help="stop queries running longer than this many seconds")
    p.set_defaults(func=cmd_serve_oxigraph)

    p = sub.add_parser("load", help="bulk-load a build into a running, writable Oxigraph server")
    p.add_argument("--graph", required=True, metavar="PATH", help="a `kg build` output folder (or its store/ folder)")
    p.add_argument("--server", required=True, metavar="URL", help="the server, sparql+http://HOST:PORT")
    p.add_argument("--replace", action="store_true", help="empty the server's store first")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("docs", help="write the ontology's HTML documentation (pyLODE)")
    p.add_argument("-o", "--output", default="ontology.html", help="HTML file to write (default: ontology.html)")
    p.set_defaults(func=cmd_docs)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    parser = make_parser(next((w for w in words if not w.startswith("-")), None))
    args = parser.parse_args(words)
    try:
        return args.func(args)
    except KGError as exc:
        _say(f"kg {args.command}: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:  # `kg facts ... | head`
        return EXIT_OK
    except OSError as exc:  # a full disk, a folder that went read-only, a vanished file
        path = exc.filename if exc.filename is not None else getattr(args, "out", None) or "output"
        _say(f"kg {args.command}: {E.X005.format(path=path, detail=exc.strerror or str(exc))}")
        return EXIT_PROBLEMS
