/**
 * A lookup table keyed by words from the corpus: no prototype, so a key such as
 * "constructor", "toString" or "__proto__" finds nothing rather than a
 * function of `Object.prototype`, and frozen, so no lookup can change it.
 *
 * @example
 * const MONTHS = lookupTable({ january: 1, february: 2 });
 * MONTHS["constructor"]; // undefined
 */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
