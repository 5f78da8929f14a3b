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
 */
const lastSegment = new Map<string, ((segment: string) => boolean) | null>();
function lastSegmentMatcher(glob: string): ((segment: string) => boolean) | undefined {
  let test = lastSegment.get(glob);
  if (test === undefined) {
    const g = glob.replace(/^\/+/, '');
    const name = g.startsWith('**/') ? g.slice(3) : g;
    if (!name.includes('/')) {
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
