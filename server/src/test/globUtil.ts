/** Random file-name globs, and names made to nearly match them, for the tests of glob matching. */
import type { Random } from './fuzz/mutate';

/** A random file-name glob: words, `*` and at most one `{a,b,...}`. */
export function randomSimpleName(r: Random): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)];
  const WORDS = [
    'a',
    'b',
    'x',
    'A',
    'J',
    'json',
    'JSON',
    'md',
    'framework',
    'dist',
    'out',
    '.',
    '-',
    '_',
    ' ',
    '0',
    'd',
    'ist',
    'son',
    'Json',
    'ç',
  ];
  const part = () => {
    let s = '';
    for (let n = Math.floor(r() * 4); n > 0; n--) s += r() < 0.3 ? '*' : pick(WORDS);
    return s;
  };
  let s = part();
  if (r() < 0.4)
    s += '{' + Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(WORDS) + (r() < 0.3 ? pick(WORDS) : '')).join(',') + '}' + part();
  return s || '*';
}

/**
 * A file name made to nearly match the glob: each `*` filled, one alternative of `{…}` taken, then letters' case
 * changed, some letters swapped for look-alikes whose case folding is odd (ſ, K as the Kelvin sign, ı, İ) and characters put in.
 */
export function nameNearly(glob: string, r: Random): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)];
  const ODD = [
    '.',
    '..',
    '*',
    '{',
    '}',
    ',',
    ' ',
    '\n',
    '\u2028',
    'é',
    'É',
    'ſ',
    's',
    'S',
    '\u212a',
    'k',
    'K',
    'ß',
    'İ',
    'ı',
    'i',
    'I',
    'ς',
    'Σ',
    'σ',
    '%',
    '#',
    '.json',
    '.JSON',
    'md',
  ];
  let name = glob
    .replace(/\{([^}]*)\}/, (_, words: string) => pick(words.split(',')))
    .replace(/\*/g, () => Array.from({ length: Math.floor(r() * 3) }, () => pick(ODD)).join(''));
  const TWINS: Record<string, string> = { k: '\u212a', K: '\u212a', s: 'ſ', S: 'ſ', i: 'ı', I: 'İ', a: 'á' };
  name = [...name]
    .map((c) => (r() < 0.2 ? (r() < 0.5 ? c.toUpperCase() : c.toLowerCase()) : r() < 0.1 && TWINS[c] ? TWINS[c] : c))
    .join('');
  if (r() < 0.3) {
    const at = Math.floor(r() * (name.length + 1));
    name = name.slice(0, at) + pick(ODD) + name.slice(at);
  }
  return name.replace(/\//g, '') || pick(['.', '..', 'a']);
}
