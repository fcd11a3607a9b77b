"""pySHACL, made to do less for the same reports (applied when :mod:`kg.validate` is imported).

pySHACL evaluates SHACL in Python, value node by value node; some of its habits cost much
of a build's validation without changing any result, and are changed here:

* ``sh:or`` (SHACL 4.6.3, https://www.w3.org/TR/shacl/#OrConstraintComponent: "each value
  node conforms to at least one of the shapes") is checked against *every* alternative,
  and a full validation result (message text, triples) is built for each one the value
  does not conform to, then thrown away. ``accsh:Numeric`` is an ``sh:or`` of four
  datatypes: three discarded results for every confidence and amount.
  :class:`FirstConformingOr` stops at the first alternative the value conforms to and
  tries the one that conformed last first (values of one property share a datatype).
* each shape looks for its constraint parameters with ``p in list`` over pySHACL's list
  of about 35 parameter IRIs, for every (nested) shape it validates: a set does that in
  one step (:class:`ParameterList`).
* with ``focus_nodes`` given (the merged view's shared nodes), every shape, nested ones
  included, keeps a value node only if it is ``in`` pySHACL's *list* of focus nodes:
  quadratic in the number of focus nodes (19.6 million term comparisons, 5 s, for the
  2,300 shared nodes of 500 articles). The executor's list gets a set's ``in`` too.
* every time a shape validates (a nested shape: once per value node), pySHACL builds its
  constraint components anew, each reading its parameters from the shapes graph again
  (``sh:in`` copies its whole list into a set): a third of a build's validation. Each
  shape's components are built once per validation here (:class:`BuiltOnce`); a
  component keeps only its parameters, which the shapes graph fixes (pySHACL sets its
  attributes in ``__init__`` alone).
* every time a shape validates, it looks its parameters up in the shapes graph
  (``predicate_objects``), and so do its constraint components (``objects``): rdflib
  answers each from its context-aware indexes. The shapes graph does not change while it
  validates, so each answer is kept with the ``ShapesGraph`` and read again from there
  (:func:`_shapes_read_once`).
* a shape's name (``str(shape)``) is formatted for a debug message whether or not debug
  logging is on, at every validation of the shape: it is formatted once.

They are applied once, on import, and only if pySHACL has the internals they replace
(pinned in requirements/constraints.txt); otherwise pySHACL runs as it comes.
tests/test_shapes.py checks every shape on conforming and broken graphs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

def _faster_pyshacl() -> None:
    try:
        import pyshacl.constraints as constraints
        import pyshacl.shape as shape_module
        from pyshacl.constraints.core.logical_constraints import SH_or, OrConstraintComponent
    except ImportError:  # pragma: no cover - another pySHACL layout: leave it as it is
        return
    if constraints.CONSTRAINT_PARAMETERS_MAP.get(SH_or) is not OrConstraintComponent:
        return  # pragma: no cover

    class FirstConformingOr(OrConstraintComponent):
        """``sh:or`` that stops at the first alternative a value node conforms to."""

        def _evaluate_or_constraint(self, executor: Any, or_c: Any, target_graph: Any, focus_value_nodes: dict,
                                    _evaluation_path: list) -> tuple[bool, list]:
            sg = self.shape.sg
            # sh:or list -> its alternatives, last conforming one first; kept on the shapes
            # graph of this validation, so it goes with it
            alternatives = sg.__dict__.setdefault("_kg_or_alternatives", {})
            key = or_c
            shapes = alternatives.get(key)
            if shapes is None:
                shapes = [self.shape.get_other_shape(o) for o in sg.graph.items(or_c)
                          if not sg.is_filtered_out_shape(o)]
                if not all(shapes) or not shapes:  # malformed: pySHACL's own code says why
                    return super()._evaluate_or_constraint(executor, or_c, target_graph, focus_value_nodes,
                                                           _evaluation_path)
                alternatives[key] = shapes
            reports = []
            non_conformant = False
            for focus, value_nodes in focus_value_nodes.items():
                for value in value_nodes:
                    for i, alternative in enumerate(shapes):
                        conforms, _ = alternative.validate(executor, target_graph, focus=value,
                                                           _evaluation_path=_evaluation_path[:])
                        if conforms:
                            if i:
                                shapes.insert(0, shapes.pop(i))
                            break
                    else:
                        non_conformant = True
                        reports.append(self.make_v_result(target_graph, focus, value_node=value))
            return non_conformant, reports

    class ParameterList(list):
        """pySHACL's list of constraint parameters, with a set's ``in``."""

        def __init__(self, items: Iterable[Any]) -> None:
            super().__init__(items)
            self._set = frozenset(self)

        def __contains__(self, item: object) -> bool:
            return item in self._set

    constraints.CONSTRAINT_PARAMETERS_MAP[SH_or] = FirstConformingOr
    _focus_nodes_as_a_set(ParameterList)
    once = {cls: BuiltOnce(cls) for cls in set(constraints.CONSTRAINT_PARAMETERS_MAP.values())}
    shape_module.CONSTRAINT_PARAMS = (ParameterList(constraints.ALL_CONSTRAINT_PARAMETERS),  # type: ignore[attr-defined]
                                      {p: once[cls] for p, cls in constraints.CONSTRAINT_PARAMETERS_MAP.items()})
    _name_once(shape_module.Shape)
    _shapes_read_once()


class BuiltOnce:
    """A constraint component class whose instance for a shape is built once per validation:
    kept with the shapes graph of the validation (``ShapesGraph``), so it goes with it."""

    def __init__(self, cls: type) -> None:
        self.cls = cls

    def __call__(self, shape: Any) -> Any:
        built = shape.sg.__dict__.setdefault("_kg_constraints", {})
        key = (shape, self.cls)
        component = built.get(key)
        if component is None:  # a ConstraintLoadWarning/Error is raised every time, as before
            component = built[key] = self.cls(shape)
        return component


def _name_once(shape_class: Any) -> None:
    """``str(shape)`` formatted once per shape (kept with its shapes graph, as shapes have
    ``__slots__``)."""
    if getattr(shape_class.__str__, "_kg_once", False):
        return  # pragma: no cover - already applied
    name = shape_class.__str__

    def __str__(self: Any) -> str:
        names = self.sg.__dict__.setdefault("_kg_shape_names", {})
        found = names.get(self)
        if found is None:
            found = names[self] = name(self)
        return found

    __str__._kg_once = True  # type: ignore[attr-defined]
    shape_class.__str__ = __str__


def _focus_nodes_as_a_set(as_set: Any) -> None:
    """Give the executor's focus node list (``SHACLExecutor.focus_nodes``) a set's ``in``."""
    try:
        from pyshacl.validator import Validator
    except ImportError:  # pragma: no cover
        return
    make = getattr(Validator, "make_executor", None)
    if make is None or getattr(make, "_kg_focus_set", False):
        return  # pragma: no cover - another pySHACL layout, or already applied

    def make_executor(self: Any) -> Any:
        executor = make(self)
        if getattr(executor, "focus_nodes", None):
            executor.focus_nodes = as_set(executor.focus_nodes)
        return executor

    make_executor._kg_focus_set = True  # type: ignore[attr-defined]
    Validator.make_executor = make_executor  # type: ignore[method-assign]




def _shapes_read_once() -> None:
    """``ShapesGraph.objects`` and ``.predicate_objects`` answered once per question and
    shapes graph (pySHACL makes a ``ShapesGraph`` per validation and adds its own triples
    to the graph only when it makes it, before any question)."""
    try:
        from pyshacl.shapes_graph import ShapesGraph
    except ImportError:  # pragma: no cover
        return
    if getattr(ShapesGraph.objects, "_kg_once", False):
        return  # pragma: no cover - already applied

    def objects(self: Any, s: Any, p: Any) -> Any:
        answers = self.__dict__.setdefault("_kg_objects", {})
        found = answers.get((s, p))
        if found is None:
            found = answers[(s, p)] = tuple(self.graph.objects(s, p))
        return iter(found)

    def predicate_objects(self: Any, s: Any) -> Any:
        answers = self.__dict__.setdefault("_kg_predicate_objects", {})
        found = answers.get(s)
        if found is None:
            found = answers[s] = tuple(self.graph.predicate_objects(s))
        return iter(found)

    objects._kg_once = True  # type: ignore[attr-defined]
    ShapesGraph.objects = objects  # type: ignore[method-assign]
    ShapesGraph.predicate_objects = predicate_objects  # type: ignore[method-assign]


_faster_pyshacl()
