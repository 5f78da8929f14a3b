/** The read-only view of a built-in citation that "go to definition" opens (scheme `nsx-citation:`). */
import { BUILTIN_CITATION_SCHEME } from '../../../../../common/protocol';
import { BUILTIN_CITATIONS, builtinCitation } from '../../catalog/citations';

export { BUILTIN_CITATION_SCHEME };

/** `nsx-citation:/safi-2026.md`: the `.md` lets the editor show the view as Markdown. */
export function builtinCitationUri(key: string): string {
  return `${BUILTIN_CITATION_SCHEME}:/${encodeURIComponent(key)}.md`;
}

/** The key of a built-in citation view's URI, or undefined for another URI. */
export function keyOfBuiltinCitationUri(uri: string): string | undefined {
  const m = new RegExp(`^${BUILTIN_CITATION_SCHEME}:/+([^/?#]+)\\.md$`).exec(uri);
  return m ? decodeURIComponent(m[1]) : undefined;
}

/** A built-in citation as readable Markdown, with the JSON a file would use to override it; undefined when unknown. */
export function builtinCitationDocument(key: string): string | undefined {
  const c = builtinCitation(key);
  if (!c) return undefined;
  const entry: Record<string, string> = { label: c.label, title: c.title };
  if (c.url) entry.url = c.url;
  if (c.license) entry.license = c.license;
  const lines = [
    `# ${c.label}`,
    '',
    `${c.title}`,
    '',
    `- Key: \`${c.key}\``,
    `- Chip label: ${c.label}`,
    ...(c.url ? [`- URL: <${c.url}>`] : []),
    ...(c.license ? [`- License: ${c.license}`] : []),
    '',
    `Built in: every framework may cite it without defining it. A file that defines "${c.key}" in`,
    '"citations" overrides it, for example:',
    '',
    '```json',
    JSON.stringify({ citations: { [c.key]: entry } }, null, 2),
    '```',
    '',
    `Other built-in citations: ${BUILTIN_CITATIONS.filter((b) => b.key !== key)
      .map((b) => `\`${b.key}\``)
      .join(', ')}.`,
    '',
  ];
  return lines.join('\n');
}
