/**
 * Order-free sums. Floating-point addition is not associative, so summing the
 * same terms in another order (sources or items renumbered) can change the last
 * bits, and a tie or a threshold can then tip the other way. Rounding every term
 * to a multiple of 2^-24 first makes each partial sum exact — a multiple of
 * 2^-24 below 2^29 fits in a double's 53 bits — so every order gives the same
 * bits. The rounding (6e-8) is far below anything consensus reports.
 */
const SCALE = 2 ** 24;

/**
 * A term rounded to the fixed-point grid, ready to be summed in any order.
 *
 * @example
 * fixed(0.1) + fixed(0.2) + fixed(0.3) === fixed(0.3) + fixed(0.2) + fixed(0.1); // true
 * @internal
 */
export function fixed(x: number): number {
  return Math.round(x * SCALE) / SCALE;
}
