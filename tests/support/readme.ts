/**
 * The README's examples as a contract: every ```sh block that calls curl is followed by a ```json
 * block with the answer it gives (abridged). `readmeExamples` finds the pairs; `matchesAbridged` says
 * whether a real answer agrees with an abridged one.
 */
export interface ReadmeExample {
  /** 1-based line of the sh block, for the failure message. */
  line: number;
  command: string;
  answer: unknown;
}

export function readmeExamples(markdown: string): ReadmeExample[] {
  const fences = [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1],
    body: m[2]!,
    line: markdown.slice(0, m.index).split("\n").length,
  }));
  const examples: ReadmeExample[] = [];
  fences.forEach((fence, i) => {
    if (fence.lang !== "sh" || !/\bcurl\b/.test(fence.body)) return;
    const next = fences[i + 1];
    if (next?.lang !== "json") throw new Error(`README line ${fence.line}: a curl example must be followed by a json block with its answer`);
    examples.push({ line: fence.line, command: fence.body, answer: JSON.parse(next.body) });
  });
  return examples;
}

/**
 * An abridged answer agrees with a real one when every field it shows is there with the same value:
 * objects may leave fields out; an array shows its first elements (an empty one means none); a string
 * ending in "…" is a prefix (a PDF's base64, a number with a year).
 */
export function matchesAbridged(actual: unknown, abridged: unknown, path = "$"): string[] {
  if (typeof abridged === "string" && abridged.endsWith("…")) {
    return typeof actual === "string" && actual.startsWith(abridged.slice(0, -1)) ? [] : [`${path}: ${JSON.stringify(actual)} does not start with ${JSON.stringify(abridged.slice(0, -1))}`];
  }
  if (Array.isArray(abridged)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    if (abridged.length === 0 && actual.length > 0) return [`${path}: expected none, got ${JSON.stringify(actual)}`];
    if (actual.length < abridged.length) return [`${path}: expected at least ${abridged.length} elements, got ${actual.length}`];
    return abridged.flatMap((a, i) => matchesAbridged(actual[i], a, `${path}[${i}]`));
  }
  if (abridged !== null && typeof abridged === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(abridged).flatMap(([k, v]) => matchesAbridged((actual as Record<string, unknown>)[k], v, `${path}.${k}`));
  }
  return Object.is(actual, abridged) ? [] : [`${path}: ${JSON.stringify(actual)} is not ${JSON.stringify(abridged)}`];
}
