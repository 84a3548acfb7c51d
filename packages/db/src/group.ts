/**
 * Rows grouped under the keys that asked for them, in key order, in one pass: what a DataLoader
 * batch function returns for a one-to-many lookup.
 */
export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string | null): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) groups.get(key)?.push(row);
  }
  return keys.map((k) => groups.get(k)!);
}
