/** Matching document URIs against user-configured globs such as `**\/*.framework.json`. */
import { minimatch } from 'minimatch';

/** The decoded path of a URI (`file:///a/b.json` → `/a/b.json`; `untitled:Untitled-1` → `Untitled-1`). */
export function uriPath(uri: string): string {
  const colon = uri.indexOf(':');
  let rest = colon >= 0 ? uri.slice(colon + 1) : uri;
  if (rest.startsWith('//')) rest = rest.slice(rest.indexOf('/', 2) >= 0 ? rest.indexOf('/', 2) : rest.length);
  rest = rest.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

export function matchesGlobs(uri: string, globs: readonly string[]): boolean {
  if (!globs.length) return false;
  const path = uriPath(uri).replace(/\\/g, '/').replace(/^\/+/, '');
  return globs.some((glob) => {
    const pattern = glob.replace(/^\/+/, '');
    return minimatch(path, pattern, { dot: true, nocase: true, matchBase: !pattern.includes('/') });
  });
}
