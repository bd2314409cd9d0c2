/**
 * The problem in the flat form the iterations run over: claims as typed
 * arrays, each source's votes split where it states several values, the
 * support matrices made safe, and the source pairs to watch for copying,
 * numbered once. Everything here is computed once; each iteration only reads it.
 */
import type { TruthOptions, TruthProblem } from "./types.js";

export interface PreparedItem {
  readonly valueCount: number;
  readonly many: boolean;
  /** How many wrong values a wrong source picks among for this item. */
  readonly falseValues: number;
  /** Per claim: source, value, and the share of its source's vote (1, or 1/m for a source stating m values of a single-valued item). */
  readonly source: Int32Array;
  readonly value: Int32Array;
  readonly share: Float64Array;
  /** Per claim: its form (claims of equal form worded their value alike), or −1 when not known. */
  readonly form: Int32Array;
  /** `support[v * valueCount + w]`, diagonal 1, entries in [0, 1]; `undefined`: none across values. */
  readonly support: Float64Array | undefined;
  /**
   * Claim pairs watched for copying: `pairs[i]` is the source pair, `left[i]`
   * and `right[i]` the two claims. For a single-valued item, every two sources
   * that state one value each (both among the first `maxPairSources`); for a
   * many-valued item, every two that state the same value.
   */
  readonly pairs: Int32Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** The watched pairs (indices into `pairs`) whose two claims state the same value: the ones the copy discount reads. */
  readonly same: Int32Array;
  /** Whether some source states several values of the item. */
  readonly split: boolean;
}

export interface Prepared {
  readonly sourceCount: number;
  readonly items: readonly PreparedItem[];
  /** Per watched pair of sources: the sources (first < second), and whether the problem declared the dependence. */
  readonly pairFirst: Int32Array;
  readonly pairSecond: Int32Array;
  readonly pairKnown: Uint8Array;
  /** Items each source states a value of. */
  readonly itemsOfSource: Int32Array;
}

/** A problem's claims, read once: the distinct (source, value) claims of each item, and how many items each source speaks to. */
export interface ClaimCount {
  readonly distinct: readonly (readonly { readonly source: number; readonly value: number; readonly form: number }[])[];
  readonly itemsOfSource: Int32Array;
}

/**
 * Read a problem's claims (numbers out of range throw): the distinct claims
 * {@link prepare} flattens, and how many items each source states a value of
 * — what shards of one problem tell one another before anything else, since
 * the sources watched for copying are each item's most prolific ones in the whole.
 *
 * @example
 * countClaims({ sourceCount: 2, items: [{ valueCount: 1, claims: [{ source: 1, value: 0 }] }] }).itemsOfSource; // Int32Array [0, 1]
 * @internal
 */
export function countClaims(problem: TruthProblem): ClaimCount {
  const sourceCount = problem.sourceCount;
  if (!Number.isInteger(sourceCount) || sourceCount < 0) throw new RangeError(`sourceCount must be a whole number ≥ 0, not ${sourceCount}`);
  const itemsOfSource = new Int32Array(sourceCount);
  const distinct = problem.items.map((item, i) => {
    const k = item.valueCount;
    if (!Number.isInteger(k) || k < 0) throw new RangeError(`items[${i}].valueCount must be a whole number ≥ 0, not ${k}`);
    const seen = new Set<number>();
    const claims: { source: number; value: number; form: number }[] = [];
    item.claims.forEach((c, j) => {
      if (!Number.isInteger(c.source) || c.source < 0 || c.source >= sourceCount) throw new RangeError(`items[${i}].claims[${j}].source ${c.source} is not a source (0 … ${sourceCount - 1})`);
      if (!Number.isInteger(c.value) || c.value < 0 || c.value >= k) throw new RangeError(`items[${i}].claims[${j}].value ${c.value} is not a value of the item (0 … ${k - 1})`);
      const key = c.source * k + c.value;
      if (!seen.has(key)) {
        seen.add(key);
        claims.push({ source: c.source, value: c.value, form: Number.isInteger(c.form) && c.form! >= 0 ? c.form! : -1 });
      }
    });
    const sources = new Set(claims.map((c) => c.source));
    for (const s of sources) itemsOfSource[s] = itemsOfSource[s]! + 1;
    return claims;
  });
  return { distinct, itemsOfSource };
}

/**
 * Check and flatten a problem. Numbers out of range are a programmer's error
 * (the engine built the problem) and throw; everything else is accepted.
 * `counted` is its claims as {@link countClaims} read them; `census`, when the
 * problem is one shard of a larger one, the items each source states in the
 * whole: it ranks the sources watched for copying as the whole problem would.
 *
 * @example
 * prepare({ sourceCount: 2, items: [{ valueCount: 1, claims: [{ source: 0, value: 0 }, { source: 1, value: 0 }] }] }, TRUTH_DEFAULTS).pairFirst; // Int32Array [0]
 * @internal
 */
export function prepare(problem: TruthProblem, options: Required<TruthOptions>, counted: ClaimCount = countClaims(problem), census: Int32Array = counted.itemsOfSource): Prepared {
  const sourceCount = problem.sourceCount;
  const distinct = counted.distinct;
  const itemsOfSource = census;
  if (itemsOfSource.length !== sourceCount) throw new RangeError(`a census counts ${itemsOfSource.length} sources, not ${sourceCount}`);

  const known = new Set<number>();
  for (const d of problem.knownDependences ?? []) {
    for (const s of [d.copier, d.original]) {
      if (!Number.isInteger(s) || s < 0 || s >= sourceCount) throw new RangeError(`knownDependences names ${s}, which is not a source (0 … ${sourceCount - 1})`);
    }
    if (d.copier !== d.original) known.add(pairKey(d.copier, d.original, sourceCount));
  }

  const pairIds = new Map<number, number>();
  const pairFirst: number[] = [];
  const pairSecond: number[] = [];
  // A pair of sources is watched once, over every item both state: copying is judged on their whole record.
  const pairOf = (a: number, b: number): number => {
    const key = pairKey(a, b, sourceCount);
    let id = pairIds.get(key);
    if (id === undefined) {
      id = pairFirst.length;
      pairIds.set(key, id);
      pairFirst.push(Math.min(a, b));
      pairSecond.push(Math.max(a, b));
    }
    return id;
  };
  // Most prolific sources first: they carry the most evidence about copying. Ties by number.
  const rank = (a: number, b: number) => itemsOfSource[b]! - itemsOfSource[a]! || a - b;
  const cap = Math.max(2, options.maxPairSources);

  const items = problem.items.map((item, i): PreparedItem => {
    const claims = distinct[i]!;
    const k = item.valueCount;
    const many = item.many === true;
    const count = new Map<number, number>();
    for (const c of claims) count.set(c.source, (count.get(c.source) ?? 0) + 1);
    const source = Int32Array.from(claims, (c) => c.source);
    const value = Int32Array.from(claims, (c) => c.value);
    const form = Int32Array.from(claims, (c) => c.form);
    const share = Float64Array.from(claims, (c) => (many ? 1 : 1 / count.get(c.source)!));
    const pairs: number[] = [];
    const left: number[] = [];
    const right: number[] = [];
    const watch = (group: number[]) => {
      group.sort((x, y) => rank(source[x]!, source[y]!));
      const kept = group.slice(0, cap);
      for (let x = 0; x < kept.length; x++) {
        for (let y = x + 1; y < kept.length; y++) {
          pairs.push(pairOf(source[kept[x]!]!, source[kept[y]!]!));
          left.push(kept[x]!);
          right.push(kept[y]!);
        }
      }
    };
    if (many) {
      const byValue = new Map<number, number[]>();
      claims.forEach((c, j) => {
        const group = byValue.get(c.value);
        if (group) group.push(j);
        else byValue.set(c.value, [j]);
      });
      for (const group of byValue.values()) watch(group);
    } else {
      watch(claims.flatMap((c, j) => (count.get(c.source) === 1 ? [j] : [])));
    }
    return {
      valueCount: k,
      many,
      falseValues: Math.max(options.falseValues, k - 1),
      source,
      value,
      share,
      form,
      support: safeSupport(item.support, k),
      pairs: Int32Array.from(pairs),
      left: Int32Array.from(left),
      right: Int32Array.from(right),
      same: Int32Array.from(pairs.flatMap((_, x) => (value[left[x]!] === value[right[x]!] ? [x] : []))),
      split: claims.length > count.size,
    };
  });

  const pairKnown = new Uint8Array(pairFirst.length);
  for (let p = 0; p < pairFirst.length; p++) if (known.has(pairKey(pairFirst[p]!, pairSecond[p]!, sourceCount))) pairKnown[p] = 1;
  return {
    sourceCount,
    items,
    pairFirst: Int32Array.from(pairFirst),
    pairSecond: Int32Array.from(pairSecond),
    pairKnown,
    itemsOfSource,
  };
}

function pairKey(a: number, b: number, sourceCount: number): number {
  return a < b ? a * sourceCount + b : b * sourceCount + a;
}

/** A support matrix with its diagonal 1 and every entry a number in [0, 1] (NaN counts as none). */
function safeSupport(support: Float64Array | undefined, k: number): Float64Array | undefined {
  if (support === undefined || k < 2) return undefined;
  const safe = new Float64Array(k * k);
  let any = false;
  for (let v = 0; v < k; v++) {
    for (let w = 0; w < k; w++) {
      const x = v === w ? 1 : (support[v * k + w] ?? 0);
      const s = Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
      safe[v * k + w] = s;
      if (v !== w && s > 0) any = true;
    }
  }
  return any ? safe : undefined;
}
