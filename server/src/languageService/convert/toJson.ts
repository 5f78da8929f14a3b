/**
 * A framework's value (as read from Markdown) → JSON text in the exports' key order. Pure.
 *
 * The Markdown reader appends the body's sections after the front matter's keys; here they move back to
 * where the JSON form keeps them (`aiFluency` after `framework`, `durableSkills` after `evidencePack`,
 * `contextCovered` and `levels` after `description`), every other key keeping its order.
 */

/** Top-level keys in the order of the exports and the full example. */
const TOP_ORDER = [
  'schemaVersion',
  'exportedAt',
  'occupation',
  'framework',
  'aiFluency',
  'evidencePack',
  'durableSkills',
  'onetEnrichment',
  'citations',
  'sources',
  'attribution',
];
const FRAMEWORK_ORDER = ['version', 'description', 'contextCovered', 'levels'];

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Moves each of `moving` (when present) to just after the nearest key that precedes it in `order`. */
export function placeKeys(value: Obj, order: readonly string[], moving: readonly string[]): Obj {
  const keys = Object.keys(value).filter((k) => !moving.includes(k));
  for (const key of moving) {
    if (!(key in value)) continue;
    let at = 0;
    for (const before of order.slice(0, order.indexOf(key)).reverse()) {
      const i = keys.indexOf(before);
      if (i >= 0) {
        at = i + 1;
        break;
      }
    }
    keys.splice(at, 0, key);
  }
  return Object.fromEntries(keys.map((k) => [k, value[k]]));
}

/** The JSON text (two-space indent, final newline) of a framework value read from Markdown. */
export function toJson(value: unknown): string {
  let out = value;
  if (isObject(value)) {
    out = placeKeys(value, TOP_ORDER, ['aiFluency', 'durableSkills']);
    const fw = (out as Obj).framework;
    if (isObject(fw)) (out as Obj).framework = placeKeys(fw, FRAMEWORK_ORDER, ['contextCovered', 'levels']);
  }
  return JSON.stringify(out, null, 2) + '\n';
}
