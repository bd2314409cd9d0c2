/**
 * Merging the partial reports of a partitioned check into the report of the
 * whole corpus: each list (findings, consensus, claims) is already in report
 * order within a partition and carries its place in the whole, so the lists
 * interleave by a k-way merge, never a sort of everything.
 */
import type { ReportStream } from "./check.js";
import type { PartialReport } from "./check-partition.js";
import { compareRest } from "./order.js";

/**
 * The whole report from the partial reports of every partition (in any
 * order), as a stream: written by `formatJsonStream` or `formatNdjsonStream`
 * it is byte for byte the report of checking the whole corpus. Partial
 * reports of different corpora, or none, are a programmer's error and throw.
 *
 * @example
 * ```ts
 * const parts = prepared.map((p, i) => checkPartition(p, census, consensus[i]!));
 * for (const chunk of formatJsonStream(mergeReports(parts))) process.stdout.write(chunk);
 * ```
 */
export function mergeReports(parts: readonly PartialReport[]): ReportStream {
  const [first] = parts;
  if (first === undefined) throw new RangeError("mergeReports needs the partial report of every partition, and got none");
  for (const part of parts) {
    if (part.corpusClaims !== first.corpusClaims || part.sources.length !== first.sources.length || part.title !== first.title) {
      throw new RangeError("mergeReports was given partial reports of different corpora");
    }
  }
  let exhausted = false;
  return {
    format: first.format,
    ...(first.title !== undefined && { title: first.title }),
    sources: first.sources,
    *findings() {
      yield* merged(
        parts.map((p) => p.findings),
        (a, b) => a.at.subject - b.at.subject || a.at.predicate - b.at.predicate || compareRest(a.finding, a.first, b.finding, b.first),
        (x) => x.finding,
      );
      exhausted = true;
    },
    summary() {
      if (!exhausted) throw new Error("the summary is known once the findings have been read to the end");
      const sum = (kind: keyof PartialReport["counts"]) => parts.reduce((n, p) => n + p.counts[kind], 0);
      return { sources: first.sources.length, claims: first.corpusClaims, agreements: sum("agreements"), discrepancies: sum("discrepancies"), notes: sum("notes") };
    },
    consensus: () =>
      merged(
        parts.map((p) => p.consensus),
        (a, b) => a.at.subject - b.at.subject || a.at.predicate - b.at.predicate,
        (x) => x.entry,
      ),
    claims: () =>
      merged(
        parts.map((p) => p.claims),
        (a, b) => a.position - b.position,
        (x) => [x.id, x.evidence] as const,
      ),
  };
}

/**
 * Sorted lists merged into one sorted sequence (a binary heap of the lists'
 * heads: log k per item). Equal items come in the order of their lists, and
 * of their places in a list, so the merge is stable.
 */
function* merged<T, U>(lists: readonly (readonly T[])[], compare: (a: T, b: T) => number, out: (item: T) => U): Generator<U> {
  const heap: { list: number; at: number }[] = [];
  const head = (h: { list: number; at: number }) => lists[h.list]![h.at]!;
  const less = (x: { list: number; at: number }, y: { list: number; at: number }) => {
    const c = compare(head(x), head(y));
    return c < 0 || (c === 0 && x.list < y.list);
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  lists.forEach((list, i) => {
    if (list.length > 0) heap.push({ list: i, at: 0 });
  });
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  while (heap.length > 0) {
    const top = heap[0]!;
    yield out(head(top));
    if (++top.at >= lists[top.list]!.length) {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
    }
    if (heap.length > 0) down(0);
  }
}
