"""The jobs: ingest (sources → articles → store → analysis) and the analysis of pending articles, with progress,
error records and a summary. ``politika.ingest`` only reads sources; this module stores and analyses what it reads.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from tqdm import tqdm

from politika.errors import AnalysisError, ExtractionError, PolitikaError, StoreError
from politika.ingest.decoding import DEFAULT_MAX_BYTES
from politika.ingest.dedupe import Fingerprint, fingerprint
from politika.ingest.document import Article, RawDocument
from politika.ingest.extraction import ExtractionOptions, extract
from politika.ingest.feeds import FEED_BUDGET
from politika.ingest.fetch import FetchOptions
from politika.ingest.language import detect_language
from politika.ingest.sources import SourceOptions, count_documents, iter_documents
from politika.nlp import DEFAULT_BATCH_SIZE
from politika.nlp.ru import natasha_available
from politika.progress import progress_bar
from politika.store import ArticleFilter, Store
from politika.store.store import STORE_FAILURES, StoredOutcome
from politika.store.writer_lock import DEFAULT_WAIT

# Russian too where natasha is installed (politika[ru]): the natasha pipeline reads it (politika.nlp.ru); Ukrainian
# with the actors layer only.
ANALYSED_LANGUAGES = ("en", "ru", "uk") if natasha_available() else ("en",)
BatchItem = tuple[Article, Fingerprint, str, str | None]  # (article, fingerprint, status, skip reason)


@dataclass
class IngestOptions:
    """Everything an ingest run can be told; the CLI fills it from its flags."""

    model: str | None = None
    analyse: bool = True
    batch_size: int = DEFAULT_BATCH_SIZE
    store_batch: int = 200
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 20.0
    fetch_feed_links: bool = False
    feed_budget: float = FEED_BUDGET  # seconds for fetching the links of one feed
    allow_private_hosts: bool = False  # let URLs and redirects reach private addresses (a trusted intranet)
    languages: tuple[str, ...] = ANALYSED_LANGUAGES
    progress: bool = True
    wait: float = DEFAULT_WAIT  # seconds to wait for another process writing to the store (then StoreBusy)

    def source_options(self) -> SourceOptions:
        return SourceOptions(max_bytes=self.max_bytes, fetch_feed_links=self.fetch_feed_links,
                             feed_budget=self.feed_budget,
                             fetch=FetchOptions(timeout=self.timeout, max_bytes=self.max_bytes,
                                                allow_private_hosts=self.allow_private_hosts))


COUNTS = ("stored", "duplicates", "already_stored", "skipped_language", "failed", "analysed", "analysis_failed",
          "words")


@dataclass
class IngestSummary:
    stored: int = 0
    duplicates: int = 0
    already_stored: int = 0
    skipped_language: int = 0
    failed: int = 0  # inputs that gave no article
    analysed: int = 0
    analysis_failed: int = 0  # stored articles whose analysis raised: marked failed, the error in ingest_errors
    words: int = 0
    shards_failed: int = 0  # shards of a sharded job whose task or merge failed: the next run does them again
    seconds: float = 0.0
    errors: list[dict[str, str]] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.stored + self.duplicates + self.already_stored + self.failed

    def counts(self) -> dict[str, int]:
        """The article counts alone (no time, no errors): what a shard's manifest entry keeps."""
        return {name: getattr(self, name) for name in COUNTS}

    def fail(self, error: PolitikaError, store: Store, run_pk: int,
             on_error: Callable[[PolitikaError], None] | None) -> None:
        """Count and keep one failure, store it with the run, and report it through ``on_error``; an
        :class:`AnalysisError` counts as ``analysis_failed`` (its article is stored), any other as ``failed``."""
        if isinstance(error, AnalysisError):
            self.analysis_failed += 1
        else:
            self.failed += 1
        self.errors.append({"source": error.source, "reason": error.reason, "kind": error.kind})
        store.record_error(run_pk, error.source, error.kind, error.reason)
        if on_error:
            # The callback prints a line; clear the progress bar first so the line starts on its own.
            with tqdm.external_write_mode(file=sys.stderr):
                on_error(error)

    def add(self, other: IngestSummary) -> None:
        """Add ``other``'s article counts to these (one shard's merge into the whole job's summary)."""
        for name in COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["articles_per_second"] = round(self.seen / self.seconds, 2) if self.seconds else None
        return data

    def lines(self) -> list[str]:
        out = [
            f"ingested {self.stored} new article(s), {self.duplicates} duplicate(s), "
            f"{self.already_stored} already stored, {self.skipped_language} skipped by language, "
            f"{self.failed} failed; analysed {self.analysed} in {self.seconds:.1f} s"
            + (f" ({self.analysis_failed} failed analysis: politika errors)" if self.analysis_failed else "")
            + (f"; {self.shards_failed} shard(s) FAILED and are not stored: run the same command again "
               "(politika errors)" if self.shards_failed else ""),
        ]
        out.extend(f"  failed: {e['source']}: {e['reason']}" for e in self.errors[:50])
        if len(self.errors) > 50:
            out.append(f"  ... and {len(self.errors) - 50} more (politika errors)")
        return out


def prepare_article(article: Article, languages: Iterable[str]) -> tuple[str, str | None]:
    """Detect the language and decide whether the article will be analysed: ``(status, skip_reason)``."""
    language, score = detect_language(article.text, article.language)
    article.language = language
    article.language_score = round(score, 3)
    reason = language_skip_reason(language, languages)
    return ("skipped", reason) if reason else ("pending", None)


def language_skip_reason(language: str | None, languages: Iterable[str] = ANALYSED_LANGUAGES) -> str | None:
    """Why an article in ``language`` is not analysed, or ``None`` when it is.

    >>> language_skip_reason("ko", ("en", "ru"))
    "language 'ko' is not analysed (politika analyses: en, ru)"
    """
    allowed = tuple(languages)
    if language in allowed:
        return None
    return f"language '{language}' is not analysed (politika analyses: {', '.join(allowed)})"


def prepare_document(item: RawDocument, options: IngestOptions) -> BatchItem:
    """Extract one read document and decide whether it will be analysed: the row ``Store.add_articles`` takes.
    Raises what the extraction raises."""
    article = extract(item, ExtractionOptions(max_bytes=options.max_bytes))
    status, reason = prepare_article(article, options.languages)
    return article, fingerprint(article.text, article.canonical_url or article.url), status, reason


class Analyser(Protocol):
    """Analyses a store's pending articles and returns how many got a record (see :func:`analyse_pending`).

    ``arriving``, when given, stores more articles each time it is advanced (the ingest's reading, extraction and
    storing, a store batch at a time): the analyser advances it when it wants more pending articles and exhausts
    it before it returns, so that an analyser with worker processes keeps them busy while the parent extracts.
    """

    def __call__(self, store: Store, options: IngestOptions, *,
                 on_failure: Callable[[AnalysisError], None] | None = None,
                 arriving: Iterator[None] | None = None) -> int: ...


def ingest(sources: Iterable[str], store: Store, options: IngestOptions | None = None,
           on_error: Callable[[PolitikaError], None] | None = None, command: str = "ingest",
           analyser: Analyser | None = None) -> IngestSummary:
    """Ingest ``sources`` into ``store`` and analyse what is new (and anything left pending before).

    ``analyser`` replaces :func:`analyse_pending` for the analysis step (``politika.scale.local`` passes one
    that farms it out to worker processes). The job holds the store's writer lock (``Store.writer``): another
    process's ingest waits for it, up to ``options.wait`` seconds.
    """
    options = options or IngestOptions()
    with store.writer(options.wait):
        return _ingest(sources, store, options, on_error, command, analyser)


def _ingest(sources: Iterable[str], store: Store, options: IngestOptions,
            on_error: Callable[[PolitikaError], None] | None, command: str,
            analyser: Analyser | None) -> IngestSummary:
    summary = IngestSummary()
    started = time.perf_counter()
    run_pk = store.start_run(command)
    sources = list(sources)
    bar = progress_bar("ingest", count_documents(sources) if options.progress else None, enabled=options.progress)

    def fail(error: PolitikaError) -> None:
        summary.fail(error, store, run_pk, on_error)
        bar.set_postfix(failed=summary.failed, refresh=False)

    def failed_input(error: PolitikaError) -> None:  # an input read that gave no article: it counts as read
        fail(error)
        bar.update(1)

    batch: list[BatchItem] = []

    def flush() -> None:
        for outcome, (article, *_rest) in store_batch(store, batch, fail):
            if outcome.status == "stored":
                summary.stored += 1
                summary.words += article.word_count
                if _rest[1] == "skipped":
                    summary.skipped_language += 1
            elif outcome.status == "duplicate":
                summary.duplicates += 1
            else:
                summary.already_stored += 1
        batch.clear()

    def arriving() -> Iterator[None]:
        """Read, extract and store the sources, yielding after each store batch."""
        for item in iter_documents(sources, options.source_options()):
            if isinstance(item, PolitikaError):
                failed_input(item)
                continue
            try:
                batch.append(prepare_document(item, options))
            except PolitikaError as exc:
                failed_input(exc)
                continue
            except Exception as exc:  # one broken page must not end the run
                failed_input(ExtractionError(item.origin, f"{type(exc).__name__}: {_one_line(exc)}"))
                continue
            bar.update(1)
            if len(batch) >= options.store_batch:
                flush()
                yield
        if batch:
            flush()
            yield
        bar.close()

    if options.analyse and analyser is not None:
        # The analyser stores the articles as it goes (``Analyser``): its workers start on the first store batch.
        summary.analysed = analyser(store, options, on_failure=fail, arriving=arriving())
    else:
        for _ in arriving():
            pass
        if options.analyse:
            summary.analysed = analyse_pending(store, options, on_failure=fail)
    summary.seconds = time.perf_counter() - started
    store.finish_run(run_pk, summary.to_dict())
    return summary


def store_batch(store: Store, batch: list[BatchItem],
                fail: Callable[[PolitikaError], None]) -> list[tuple[StoredOutcome, BatchItem]]:
    """Store ``batch`` in one transaction; when the store refuses it, each article on its own, so that an article
    the store cannot take is one error (``fail``) and the others are stored. A failure of the store itself (the
    connection lost, the database locked: ``STORE_FAILURES``) is raised."""
    try:
        return list(zip(store.add_articles(batch), batch, strict=True))
    except STORE_FAILURES:
        raise
    except Exception:
        if len(batch) == 1:
            return _store_one(store, batch[0], fail)
    return [stored for item in batch for stored in _store_one(store, item, fail)]


def _store_one(store: Store, item: BatchItem,
               fail: Callable[[PolitikaError], None]) -> list[tuple[StoredOutcome, BatchItem]]:
    try:
        return list(zip(store.add_articles([item]), [item], strict=True))
    except STORE_FAILURES:
        raise
    except Exception as exc:
        fail(StoreError(item[0].origin, f"the store refused this article ({type(exc).__name__}: {_one_line(exc)})"))
        return []


def analyse_pending(store: Store, options: IngestOptions,
                    on_failure: Callable[[AnalysisError], None] | None = None,
                    arriving: Iterator[None] | None = None) -> int:
    """Analyse every pending article, in the order they were stored; records are written a chunk at a time,
    each chunk in one transaction, under the store's writer lock (``Store.writer``).

    An article whose analysis (or the storing of its record) raises is marked ``failed`` and passed to
    ``on_failure``; the others go on. Returns the number of articles analysed. ``arriving`` (see
    ``Analyser``) is exhausted first: in one process nothing runs beside the extraction.
    """
    for _ in arriving or ():
        pass
    with store.writer(options.wait):
        return _analyse_pending(store, options, on_failure)


def _analyse_pending(store: Store, options: IngestOptions,
                     on_failure: Callable[[AnalysisError], None] | None) -> int:
    from politika.nlp.pipeline import NlpInput, analyse, model_for, model_name
    from politika.settings import component_config
    from politika.settings import model as model_setting

    model = model_name(model_setting(options.model))
    done = 0
    chunk = max(options.batch_size * 4, 64)
    total = store.count_articles(ArticleFilter(status="pending")) if options.progress else None
    bar = progress_bar("analyse", total, enabled=options.progress)
    for pending in store.iter_pending(chunk):
        inputs = [NlpInput(id=article.id or str(pk), text=article.text, date=article.date, title=article.title,
                           language=article.language) for pk, article in pending]
        records = analyse(inputs, model=model, batch_size=options.batch_size, config=component_config())
        by_model: dict[str, list[tuple[int, str, dict[str, Any]]]] = {}
        for (pk, article), item, record in zip(pending, inputs, records, strict=True):
            # a record is stored with the name of the pipeline that made it (natasha's for a Russian article)
            by_model.setdefault(model_for(item, model), []).append((pk, article_source(article, pk), record))
        for name, items in by_model.items():
            saved, failures = save_analysis(store, items, name)
            done += saved
            if on_failure:
                for failure in failures:
                    on_failure(failure)
        bar.update(len(pending))
    bar.close()
    return done


def article_source(article: Article, pk: int) -> str:
    """How an error names a stored article: where it came from, and its id."""
    return f"{article.origin or 'article'} (article {article.id or pk})"


def save_analysis(store: Store, items: Sequence[tuple[int, str, dict[str, Any]]],
                  model: str) -> tuple[int, list[AnalysisError]]:
    """Save the records of ``(pk, source, record)`` items: a record that is an error record (its analysis
    raised), or that the store cannot take, marks its article ``failed`` instead, its error as the reason.

    Returns the number of records saved and one :class:`AnalysisError` per failed article, for the caller to
    report (``Store.record_error``). Inside ``Store.transaction()`` it joins that transaction.
    """
    good = [(pk, record) for pk, _, record in items if "error" not in record]
    failures = [(pk, AnalysisError(source, analysis_reason(record), stage=record.get("stage", "analysis")))
                for pk, source, record in items if "error" in record]
    sources = {pk: source for pk, source, _ in items}
    refused = store.save_records_isolated(good, model)
    for pk, exc in refused:
        failures.append((pk, AnalysisError(sources[pk], f"storing the record failed: {type(exc).__name__}: "
                                                        f"{_one_line(exc)}", stage="store")))
    if failures:
        store.mark_failed([(pk, error.reason) for pk, error in failures])
    return len(good) - len(refused), [error for _, error in failures]


def analysis_reason(record: dict[str, Any]) -> str:
    """The one-line reason of an error record (``politika.nlp.record.analysis_error_record``)."""
    where = record.get("where")
    return str(record["error"]) + (f" ({where})" if where else "")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__


def extract_all(sources: Iterable[str], options: IngestOptions | None = None) -> Iterator[Article | PolitikaError]:
    """Extraction only, no store and no NLP: one Article (or error) per page."""
    options = options or IngestOptions()
    for item in iter_documents(sources, options.source_options()):
        if isinstance(item, PolitikaError):
            yield item
            continue
        try:
            article = extract(item, ExtractionOptions(max_bytes=options.max_bytes))
        except PolitikaError as exc:
            yield exc
            continue
        except Exception as exc:  # one broken page must not end the run
            yield ExtractionError(item.origin, f"{type(exc).__name__}: {_one_line(exc)}")
            continue
        article.language, _ = detect_language(article.text, article.language)
        yield article
