/** Escaping for the preview: every string from the file goes through here before it reaches HTML. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Attribute values are always written double-quoted, so the text escaper is enough; named for intent. */
export const escapeAttr = escapeHtml;

/**
 * The URL when it is an absolute http(s) URL, else undefined: `javascript:`, `data:`, relative and
 * malformed URLs never become links.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The host name of an http(s) URL (`skillscrosswalk.com`), or undefined. */
export function hostOf(value: unknown): string | undefined {
  const url = safeHttpUrl(value);
  return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
}
