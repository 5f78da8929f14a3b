/** Matching document URIs against user-configured globs such as `**\/*.framework.json`. */
import type { Minimatch } from 'minimatch';
import { globLibraries } from './lazyLibraries';

/** The decoded path of a URI (`file:///a/b.json` → `/a/b.json`; `untitled:Untitled-1` → `Untitled-1`). */
export function uriPath(uri: string): string {
  const colon = uri.indexOf(':');
  let rest = colon >= 0 ? uri.slice(colon + 1) : uri;
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    rest = slash >= 0 ? rest.slice(slash) : '';
  }
  rest = rest.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

/**
 * The alternatives of a file-name glob simple enough to match without a glob library (`*.framework.{json,md}` →
 * `*.framework.json`, `*.framework.md`), or undefined: ASCII letters and digits, `.`, `_`, `-`, space and `*` (never
 * two in a row), with at most one `{a,b,...}` of two or more such words without `*`; not starting with `.` (nor an
 * alternative at the start), where the libraries' dot rules would come in. minimatch and picomatch both read such a
 * glob as its alternatives, each a `*` for any run of characters (without `/`) and the rest literal.
 */
export function simpleNameAlternatives(name: string): string[] | undefined {
  const m = SIMPLE_NAME.exec(name);
  if (!m || name.includes('**')) return undefined;
  const [, head, alternatives, tail] = m;
  const words = alternatives?.split(',');
  if (head ? head[0] === '.' : !words || words.some((w) => w[0] === '.')) return undefined;
  return words ? words.map((w) => head + w + tail) : [name];
}
const SIMPLE_NAME = /^([\w. *-]*)(?:\{([\w. -]+(?:,[\w. -]+)+)\}([\w. *-]*))?$/;

/** An alternative of a simple name as a regular expression (unanchored source): `*` is `[^/]*?`, as in both libraries. */
export function alternativeSource(alternative: string): string {
  return alternative.replace(/\./g, '\\.').replace(/\*/g, '[^/]*?');
}

/**
 * minimatch's test of a segment against an alternative of a simple name, with the options below. minimatch has
 * shortcuts, which answer for some names otherwise than its expression: `*` takes any name but `.` and `..`; `*` then
 * literal text compares lower case (`toLowerCase`, under which the Kelvin sign is a `k`, where the expression's `i`
 * flag keeps them apart) and takes `..` for `*.`; any other is its expression with the `i` flag, which keeps a
 * leading `*` from `.` and `..` (no other simple name can match them).
 */
function minimatchTest(alternative: string): (segment: string) => boolean {
  if (alternative === '*') return (segment) => segment !== '.' && segment !== '..';
  const tail = /^\*([^*]*)$/.exec(alternative)?.[1].toLowerCase();
  if (tail !== undefined) return (segment) => segment.toLowerCase().endsWith(tail);
  const re = new RegExp(`^${alternativeSource(alternative)}$`, 'i');
  return (segment) => segment !== '.' && segment !== '..' && re.test(segment);
}

/** Minimatch's options for the globs. */
const OPTIONS = { dot: true, nocase: true } as const;

const compiled = new Map<string, Minimatch>();
function matcher(glob: string): Minimatch {
  let m = compiled.get(glob);
  if (!m) {
    m = new (globLibraries().Minimatch)(glob.replace(/^\/+/, ''), { ...OPTIONS, matchBase: !glob.includes('/') });
    compiled.set(glob, m);
  }
  return m;
}

/**
 * For a glob that can only match a path by its last segment, the test of that segment: a glob without a
 * slash (matched against the file name) or `**\/` then no slash (`**` takes the segments before, so only the
 * file name is left to match, from whichever folder the match starts). Undefined for any other glob.
 * A simple name ({@link simpleNameAlternatives}, as the usual `**\/*.framework.json` is) is matched as minimatch
 * matches it, without minimatch, which is loaded only for other globs.
 */
const lastSegment = new Map<string, ((segment: string) => boolean) | null>();
function lastSegmentMatcher(glob: string): ((segment: string) => boolean) | undefined {
  let test = lastSegment.get(glob);
  if (test === undefined) {
    const g = glob.replace(/^\/+/, '');
    const name = g.startsWith('**/') ? g.slice(3) : g;
    const alternatives = name.includes('/') ? undefined : simpleNameAlternatives(name);
    if (alternatives) {
      const tests = alternatives.map(minimatchTest);
      test = (segment) => tests.some((t) => t(segment));
    } else if (!name.includes('/')) {
      let m: Minimatch | undefined;
      test = (segment) => (m ??= new (globLibraries().Minimatch)(name, OPTIONS)).match(segment);
    } else {
      test = null;
    }
    lastSegment.set(glob, test);
  }
  return test ?? undefined;
}

/**
 * Whether the URI's path matches one of the globs. Globs are relative to a workspace folder, which the core
 * does not know, so a glob matches when it matches the path from any of its folders down (`frameworks/*.json`
 * matches `/home/me/project/frameworks/a.json`).
 */
export function matchesGlobs(uri: string, globs: readonly string[]): boolean {
  if (!globs.length) return false;
  const segments = uriPath(uri).replace(/\\/g, '/').split('/').filter(Boolean);
  if (!segments.length) return false;
  return globs.some((glob) => {
    const name = lastSegmentMatcher(glob);
    if (name) return name(segments[segments.length - 1]);
    return matchesFromAnyFolder(segments, glob);
  });
}

/** The glob matched against the path from each of its folders down (what {@link matchesGlobs} means). */
export function matchesFromAnyFolder(segments: readonly string[], glob: string): boolean {
  const m = matcher(glob);
  for (let i = 0; i < segments.length; i++) if (m.match(segments.slice(i).join('/'))) return true;
  return false;
}

/**
 * Whether a path relative to a folder (`drafts/a.framework.json`) matches a glob relative to that folder, as ESLint's
 * and markdownlint's configuration globs do: a glob without `/` matches the file name in any folder below.
 */
export function matchesRelativePath(relativePath: string, glob: string): boolean {
  return matcher(glob.replace(/^\.\//, '')).match(relativePath);
}
