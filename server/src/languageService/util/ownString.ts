/**
 * A copy of `s` that does not share the document's text. The parsers' strings are slices of the whole text
 * (V8 keeps a slice's parent alive), so a string kept past the document (an index entry, a cache key) would
 * keep the whole file in memory: a cache keyed by the O*NET names or URLs of 500 files held 500 files' texts.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string); // V8 copies strings shorter than 13
}
