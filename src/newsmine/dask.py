"""``export`` on a Dask cluster: pages are processed on the cluster's workers, tables written here.

    pip install 'newsmine[dask]'
    newsmine export archive/ -o tables/ --format parquet --scheduler tcp://HOST:8786

or from Python, with any ``distributed.Client`` (a ``LocalCluster`` on a laptop, a real cluster elsewhere)::

    from distributed import Client
    import newsmine.dask
    newsmine.dask.export(["archive/"], "tables/", client=Client("tcp://HOST:8786"), format="parquet")

The workers need newsmine installed and read the pages themselves, so the archive must be on a file
system they share. Rows come back in page order and go through the same manifest as the local export,
so a Dask export is resumable too and its tables equal the single-process ones row for row.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newsmine.export import ExportOptions, ExportSummary, PageRows, Sink, drain, pending_files, process_file


def export(
    paths: Sequence[str],
    outdir: str | Path,
    client: Any = None,
    *,
    scheduler: str | None = None,
    format: str = "parquet",
    top: int = 10,
    encoding: str | None = None,
    bom: bool = False,
    batch_pages: int = 50,
    window: int | None = None,
) -> ExportSummary:
    """Export ``paths`` to ``outdir`` with a Dask ``client`` (or a new one connected to ``scheduler``).

    At most ``window`` pages (default: 8 per worker thread) are in flight at once, so memory stays
    bounded however large the archive is.
    """
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - depends on the optional extra
        raise ImportError("newsmine.dask needs Dask: pip install 'newsmine[dask]'") from exc

    own_client = client is None
    if own_client:
        client = Client(scheduler) if scheduler else Client(processes=True)
    started = time.perf_counter()
    try:
        options = ExportOptions(format=format, top=top, encoding=encoding, bom=bom)
        sink = Sink(Path(outdir), options)
        files, path_errors, skipped = pending_files(paths, sink.done)
        summary = ExportSummary(skipped=skipped)
        threads = sum(client.nthreads().values()) or 1
        window = window or 8 * threads
        queue = iter(files)
        in_flight: deque[Any] = deque()

        def submit_next() -> None:
            path = next(queue, None)
            if path is not None:
                in_flight.append(client.submit(process_file, path, options, pure=False))

        def results() -> Iterator[PageRows]:
            yield from path_errors
            for _ in range(window):
                submit_next()
            while in_flight:
                rows = in_flight.popleft().result()
                submit_next()
                yield rows

        drain(sink, results(), summary, batch_pages=batch_pages)
        summary.seconds = time.perf_counter() - started
        return summary
    finally:
        if own_client:
            client.close()
