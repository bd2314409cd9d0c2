/**
 * What a JSON number holds. JSON.parse reads every number as a double, which
 * holds integers exactly only up to 2^53 − 1 and 15 to 17 significant digits;
 * a literal beyond that is silently read as another number, and two sources
 * that wrote different figures would "agree".
 *
 * @internal
 */

/**
 * Why a JSON number literal does not survive JSON.parse as written, or
 * `undefined` when it does. Integers must be safe (beyond ±(2^53 − 1) two
 * different integers read as the same number); other numbers must keep every
 * significant digit written (a double holds 15 to 17); none may overflow to
 * Infinity or underflow to 0.
 *
 * @example
 * ```ts
 * numberPrecisionProblem("9007199254740993"); // "the number 9007199254740993 is beyond …"
 * numberPrecisionProblem("0.1"); // undefined
 * ```
 */
export function numberPrecisionProblem(literal: string): string | undefined {
  const value = Number(literal);
  const shown = literal.length > 40 ? `${literal.slice(0, 40)}…` : literal;
  if (!Number.isFinite(value)) return `the number ${shown} is too large for a JSON number (it would be read as ${value}); write it as a string or a code value`;
  const written = decimalDigits(literal);
  if (value === 0) {
    return written.digits === "" ? undefined : `the number ${shown} is too small for a JSON number (it would be read as 0); write it as a string or a code value`;
  }
  if (!/[.eE]/.test(literal)) {
    if (Number.isSafeInteger(value)) return undefined;
    return `the number ${shown} is beyond the integers a JSON number holds exactly (±9007199254740991; it would be read as ${BigInt(value)}); write it as a string or a code value`;
  }
  const read = decimalDigits(String(value));
  if (read.digits === written.digits && read.exponent === written.exponent) return undefined;
  return `the number ${shown} has more significant digits than a JSON number holds (it would be read as ${value}); write it as a string or a code value`;
}

/** The significant digits of a decimal literal and the power of ten of its first one: "120.50" → { digits: "1205", exponent: 2 }. */
function decimalDigits(literal: string): { digits: string; exponent: number } {
  const m = /^-?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(literal)!;
  const whole = m[1] ?? "";
  const fraction = m[2] ?? "";
  let digits = whole + fraction;
  let exponent = whole.length - 1 + Number(m[3] ?? 0);
  const lead = digits.length - digits.replace(/^0+/, "").length;
  digits = digits.slice(lead).replace(/0+$/, "");
  exponent -= lead;
  return { digits, exponent };
}
