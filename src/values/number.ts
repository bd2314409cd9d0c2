/**
 * `number` values: equal within the predicate's tolerance and only in the
 * same unit (corroborate does not convert units).
 */
import type { Distance, ResolvedBase, ValueModule } from "./value-module.js";

/** A number value as the engine resolved it. */
export interface ResolvedNumber extends ResolvedBase<"number"> {
  readonly value: number;
  readonly unit: string | undefined;
}

function difference(a: ResolvedNumber, b: ResolvedNumber): Distance {
  // Rounded to the precision a reader sees, not floating-point noise (0.30000000000000004).
  const amount = Number(Math.abs(a.value - b.value).toPrecision(12));
  return { amount, unit: a.unit ?? "", text: a.unit === undefined ? String(amount) : `${amount} ${a.unit}` };
}

export const numberValues: ValueModule<"number", ResolvedNumber> = {
  type: "number",
  written: (value) => (value.unit === undefined ? String(value.value) : `${value.value} ${value.unit}`),
  shareKey: (value) => `${value.value}\u0000${value.unit ?? ""}`,
  read: (value) => ({ type: "number", written: numberValues.written(value), value: value.value, unit: value.unit }),
  failure: (r) => (Number.isFinite(r.value) ? undefined : `${r.written} is not a finite number`),
  how: () => undefined,
  key: (r) => `${r.value}\u0000${r.unit ?? ""}`,
  canonical: (r) => r.value,
  label: (r) => r.written,
  compare(a, b, spec) {
    if ((a.unit ?? "") !== (b.unit ?? "")) return { relation: "different" };
    if (Math.abs(a.value - b.value) <= (spec.tolerance ?? 0)) return { relation: "same" };
    return { relation: "different", distance: difference(a, b) };
  },
  support: (a, b, spec) => (numberValues.compare(a, b, spec).relation === "same" ? 1 : 0),
  // Numbers within the tolerance share a block: each sits in its bucket of the tolerance's width and the ones either
  // side, so two no further apart than the width share one even when rounding moves a bucket (a group of thousands of
  // distinct numbers stays linear).
  blocks(r, spec) {
    const unit = r.unit ?? "";
    const width = spec.tolerance ?? 0;
    if (!(width > 0)) return [`${unit}\u0000${r.value}`];
    const bucket = Math.floor(r.value / width);
    return [bucket - 1, bucket, bucket + 1].map((b) => `${unit}\u0000${b}`);
  },
  combine(readings, counts) {
    // The most common number; ties: the smaller (never the order claims came in).
    let best = 0;
    for (let i = 1; i < readings.length; i++) {
      if (counts[i]! > counts[best]! || (counts[i] === counts[best] && readings[i]!.value < readings[best]!.value)) best = i;
    }
    return readings[best]!;
  },
};
