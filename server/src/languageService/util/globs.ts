/** Matching document URIs against user-configured globs such as `**\/*.framework.json`. */
import { Minimatch } from 'minimatch';

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

const compiled = new Map<string, Minimatch>();
function matcher(glob: string): Minimatch {
  let m = compiled.get(glob);
  if (!m) {
    m = new Minimatch(glob.replace(/^\/+/, ''), { dot: true, nocase: true, matchBase: !glob.includes('/') });
    compiled.set(glob, m);
  }
  return m;
}

/**
 * For a glob that can only match a path by its last segment, the matcher of that segment: a glob without a
 * slash (matched against the file name) or `**\/` then no slash (`**` takes the segments before, so only the
 * file name is left to match, from whichever folder the match starts). Undefined for any other glob.
 */
const lastSegment = new Map<string, Minimatch | null>();
function lastSegmentMatcher(glob: string): Minimatch | undefined {
  let m = lastSegment.get(glob);
  if (m === undefined) {
    const g = glob.replace(/^\/+/, '');
    const name = g.startsWith('**/') ? g.slice(3) : g;
    m = name.includes('/') ? null : new Minimatch(name, { dot: true, nocase: true });
    lastSegment.set(glob, m);
  }
  return m ?? undefined;
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
    if (name) return name.match(segments[segments.length - 1]);
    return matchesFromAnyFolder(segments, glob);
  });
}

/** The glob matched against the path from each of its folders down (what {@link matchesGlobs} means). */
export function matchesFromAnyFolder(segments: readonly string[], glob: string): boolean {
  const m = matcher(glob);
  for (let i = 0; i < segments.length; i++) if (m.match(segments.slice(i).join('/'))) return true;
  return false;
}
