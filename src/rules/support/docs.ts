/**
 * Where the built-in rules are documented: the README, one heading per rule,
 * as the package's page on npm shows it. Every finding of a built-in rule
 * carries its rule's address as `url`.
 */
export const RULES_DOCUMENTATION = "https://www.npmjs.com/package/corroborate#";

/** The address of a built-in rule's documentation: the README's heading named after its id. */
export function docsUrl(ruleId: string): string {
  return `${RULES_DOCUMENTATION}${ruleId}`;
}
