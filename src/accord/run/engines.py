"""Engines: where the coding stages run. The same stage callables run on every engine, so the
results are the same, record for record.

- ``local``: worker processes on this machine, one per core by default. Each loads the spaCy
  model once (the pipeline is cached per process) and codes chunks of documents; the calling
  process gets the results back in input order and is the only one that writes the store.
- ``dask``: the same chunks as Dask tasks, on a LocalCluster or on the scheduler given. A task
  whose worker dies is run again by Dask elsewhere; since coding is deterministic and ids are
  derived from content, a retried chunk gives the same records, and each chunk's results are
  taken once, so nothing is lost and nothing is doubled.

Both keep a bounded window of chunks in flight, so memory stays flat however long the input.
"""
from __future__ import annotations

import os
import sys
from collections import deque
from contextlib import contextmanager
from collections.abc import Iterable, Iterator
from itertools import islice

from ..config import Settings
from ..errors import AccordError, UsageError
from ..records import Failure, RawDocument

CHUNK = 8           # documents per task: small enough to balance 2 workers on 89 stories
WINDOW = 3          # chunks in flight per worker


def workers_for(settings: Settings) -> int:
    return settings.workers or os.cpu_count() or 1


def chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


def code_chunk(docs: list[RawDocument | Failure], settings: Settings) -> list:
    """The unit of work on every engine: code a list of documents with this process's pipeline.
    Each article's MinHash signature is computed here too, so that the one process writing the
    store does not have to (a run in one process leaves it to the store)."""
    from dataclasses import replace

    from ..dedup import minhash
    from . import Coded, pipeline

    return [replace(c, sketch=minhash(c.article.text).tobytes()) if isinstance(c, Coded) else c
            for c in pipeline(settings).code(docs)]


_SETTINGS: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _SETTINGS
    _SETTINGS = settings
    _exit_with_parent()
    from . import pipeline

    pipeline(settings)          # load the model before the first chunk arrives


def _exit_with_parent() -> None:
    """A worker whose parent dies (killed, even with SIGKILL) exits too, instead of waiting for
    work forever: a thread notices that the worker has been handed to another parent."""
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)
    threading.Thread(target=watch, name="accord-parent-watch", daemon=True).start()


def _local_chunk(docs: list) -> list:
    return code_chunk(docs, _SETTINGS)


def _ordered(submit, items: Iterable, window: int) -> Iterator:
    """Submit chunks, keep at most ``window`` in flight, yield their results in input order."""
    pending: deque = deque()
    for chunk in chunks(items, CHUNK):
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def code_local(docs: Iterable[RawDocument | Failure], settings: Settings) -> Iterator:
    """Code on worker processes of this machine; in this process when one worker is asked for
    or the input is no more than one chunk."""
    n = workers_for(settings)
    it = iter(docs)
    head = list(islice(it, CHUNK + 1))
    if n <= 1 or len(head) <= CHUNK:
        from . import pipeline
        yield from pipeline(settings).code(_chain(head, it))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # spawn, not fork: the parent may hold an open DuckDB connection and threads
    ctx = multiprocessing.get_context("spawn")

    def submit(chunk):
        with _main_not_rerun():
            return ex.submit(_local_chunk, chunk)
    try:
        with ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_init_worker, initargs=(settings,)) as ex:
            yield from _ordered(submit, _chain(head, it), WINDOW * n)
    except BrokenProcessPool as exc:
        raise AccordError(f"a coding worker process died ({exc}); run again with --workers 1 to find the input at "
                          "fault, or with more memory") from exc


def code_dask(docs: Iterable[RawDocument | Failure], settings: Settings) -> Iterator:
    """Code on Dask: a LocalCluster (one single-threaded worker process per core) or the
    scheduler at ``settings.scheduler``."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise UsageError("the dask engine needs dask.distributed: pip install 'accord[dask]'") from exc
    cluster = None
    try:
        if settings.scheduler:
            client = Client(settings.scheduler, timeout="10s")
        else:
            cluster = LocalCluster(n_workers=workers_for(settings), threads_per_worker=1, processes=True,
                                   dashboard_address=None, host="127.0.0.1")
            client = Client(cluster)
    except OSError as exc:
        raise UsageError(f"cannot reach the Dask scheduler {settings.scheduler!r}: {exc}") from exc
    try:
        n = max(1, len(client.scheduler_info().get("workers", {})))
        submit = lambda chunk: client.submit(code_chunk, chunk, settings, pure=False, retries=2)  # noqa: E731
        yield from _ordered(submit, docs, WINDOW * n)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


@contextmanager
def _main_not_rerun():
    """While worker processes are spawned, hide the calling script from them. A spawned child
    otherwise runs the caller's __main__ again, which breaks a script that calls accord.ingest
    without an ``if __name__ == "__main__"`` guard; the workers need only accord's own modules."""
    main = sys.modules.get("__main__")
    saved = {k: getattr(main, k) for k in ("__file__", "__spec__") if main is not None and hasattr(main, k)}
    try:
        if "__file__" in saved:
            del main.__file__
        if "__spec__" in saved:
            main.__spec__ = None
        yield
    finally:
        for k, v in saved.items():
            setattr(main, k, v)


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def code_documents(docs: Iterable[RawDocument | Failure], settings: Settings) -> Iterator:
    """Code documents on the engine the settings name, results in input order."""
    if settings.engine == "dask":
        return code_dask(docs, settings)
    return code_local(docs, settings)
