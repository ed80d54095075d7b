"""Endpoints made at run time (one for each kind of content, say) that FastAPI reads like
written ones: the parameters they declare, and the function they call with them by name."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import Any


def parameter(name: str, annotation: Any, default: Any = inspect.Parameter.empty) -> Any:
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default
    )


def endpoint(
    name: str, run: Callable[..., Any], parameters: Sequence[Any], returns: Any
) -> Callable[..., Any]:
    """A function called ``name`` that declares ``parameters`` and gives them to ``run``."""

    def endpoint(**values: Any) -> Any:
        return run(**values)

    endpoint.__name__ = endpoint.__qualname__ = name
    endpoint.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        list(parameters), return_annotation=returns
    )
    return endpoint
