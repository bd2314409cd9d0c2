/**
 * Which way a year-less expression points ("in March", "on Friday", "September 19"):
 * to the past or to the future occurrence. Decided by the words nearest to the
 * expression in its sentence: tense ("signed", "said" point back; "will",
 * "is to" point forward) and cue words ("deadline", "upcoming", "ago").
 *
 * @internal
 */

export type Direction = "past" | "future";

export interface TenseCue {
  readonly direction: Direction;
  /** The word that decided, as it stands in the context. */
  readonly cue: string;
  /** A cue word ("ago", "upcoming", "by" before the date) rather than a verb's tense. */
  readonly strong: boolean;
}

/** Prepositions that, right before a year-less date, make it a deadline or the end of a running period. */
const FORWARD_PREPOSITION = /^(by|until|till)$/;

/** Cues that outweigh mere tense: a deadline is ahead even when it "was set". */
const STRONG_FUTURE = /^(upcoming|forthcoming|scheduled|slated|next|coming)$/;
const FUTURE =
  /^(will|shall|'ll|wo|gonna|plans?|planning|expected|expects|intends?|aims?|tomorrow|would|soon|deadline|due|effective|starting|payable|expire|expires|expiring|redeem|redeemable|resume|resumes)$/;
/** Before a participle these make it passive or adjectival ("will be paid", "the reduced dividend"): no tense of its own. */
const NOT_TENSE_BEFORE = /^(be|been|being|is|are|am|the|a|an|its|their|his|her|our|your|this|these|those|still)$/;
const STRONG_PAST = /^(ago|last|earlier|previously|already|since|past|yesterday)$/;
const PAST_IRREGULAR =
  /^(said|told|met|held|took|was|were|had|did|came|went|made|gave|began|begun|left|found|saw|rose|fell|won|lost|sent|spoke|wrote|became|got|brought|thought|bought|paid|struck|fought|led|sought|signed|agreed|ran|hit|kept|felt|heard|stood|broke|chose|drew|drove|flew|forgot|grew|knew|meant|read|rode|sold|shot|shut|slept|spent|stole|swore|threw|understood|woke|wore|won|withdrew)$/;
const NOT_VERBS = /^(united|hundred|indeed|need|red|bed|seed|feed|speed|breed|creed|shed|wed|naked|wicked|sacred|proceed|exceed|succeed|based|armed|ed|bled|fled|sled|alleged|so-called|related|advanced|limited|detailed|concerned|interested|supposed|used)$/;

function classify(word: string): { direction: Direction; strong: boolean } | undefined {
  if (STRONG_FUTURE.test(word)) return { direction: "future", strong: true };
  if (STRONG_PAST.test(word)) return { direction: "past", strong: true };
  if (FUTURE.test(word)) return { direction: "future", strong: false };
  if (PAST_IRREGULAR.test(word)) return { direction: "past", strong: false };
  if (word.length >= 5 && word.endsWith("ed") && !NOT_VERBS.test(word)) return { direction: "past", strong: false };
  return undefined;
}

/**
 * The tense cue nearest to `expression` in `context` (within its clause), or
 * `undefined` when the context says nothing. A strong cue ("upcoming", "ago")
 * within four words wins over a nearer plain tense word. With `prepositions`,
 * "by", "until" or "till" right before the expression point forward
 * (a deadline, the end of a running period): used for year-less calendar dates.
 *
 * @example
 * ```ts
 * tenseCue("The board has set a deadline of September 19", "September 19");
 * // { direction: "future", cue: "deadline", strong: false }
 * ```
 */
export function tenseCue(context: string, expression: string, options: { prepositions?: boolean } = {}): TenseCue | undefined {
  const lower = context.toLowerCase().replace(/[’‘]/g, "'");
  const at = lower.indexOf(expression.toLowerCase().replace(/[’‘]/g, "'"));
  const tokens: { word: string; start: number; end: number }[] = [];
  for (const m of lower.matchAll(/[a-z']+(?:-[a-z]+)*|[.;!?]/g)) {
    tokens.push({ word: m[0].replace(/^'+|'+$/g, "") || m[0], start: m.index, end: m.index + m[0].length });
  }
  const exprStart = at >= 0 ? at : 0;
  const exprEnd = at >= 0 ? at + expression.length : 0;
  const candidates: { cue: TenseCue; distance: number; strong: boolean }[] = [];
  // Walk outwards from the expression on each side, stopping at the clause boundary.
  const walk = (indices: number[]): void => {
    let distance = 0;
    for (const index of indices) {
      const word = tokens[index]!.word;
      if (/^[.;!?]$/.test(word)) return;
      distance++;
      const kind = classify(word === "ll" ? "'ll" : word);
      if (kind === undefined) continue;
      const previous = tokens[index - 1]?.word;
      const participle = word.endsWith("ed") || PAST_IRREGULAR.test(word);
      if (kind.direction === "past" && !kind.strong && participle && previous !== undefined && NOT_TENSE_BEFORE.test(previous)) continue;
      candidates.push({ cue: { direction: kind.direction, cue: word, strong: kind.strong }, distance, strong: kind.strong });
    }
  };
  const indices = tokens.map((_, i) => i);
  const before = indices.filter((i) => tokens[i]!.end <= exprStart);
  const preposition = at >= 0 ? tokens[before.at(-1) ?? -1]?.word : undefined;
  if (options.prepositions && preposition !== undefined && FORWARD_PREPOSITION.test(preposition)) {
    return { direction: "future", cue: preposition, strong: true };
  }
  walk(indices.filter((i) => tokens[i]!.end <= exprStart).reverse());
  walk(indices.filter((i) => tokens[i]!.start >= exprEnd));
  const nearest = (list: typeof candidates) =>
    list.reduce<(typeof candidates)[number] | undefined>((a, b) => (a === undefined || b.distance < a.distance ? b : a), undefined);
  return (nearest(candidates.filter((c) => c.strong && c.distance <= 4)) ?? nearest(candidates))?.cue;
}
