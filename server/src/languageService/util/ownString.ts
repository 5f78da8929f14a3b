/**
 * A copy of `s` that does not share the document's text. The parsers' strings are slices of the whole text, and a
 * slice keeps its text alive, so a string kept past the document (an index entry, a cache key) would keep the whole
 * file in memory (bench/README.md, fourth round).
 */
export function ownString(s: string): string {
  // Strings this short are copied by the engine anyway, not sliced (bench/README.md).
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
