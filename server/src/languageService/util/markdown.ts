/** Writing user text into Markdown (hovers, completion documentation) so that it shows as typed. */

/**
 * Escapes what Markdown would read as formatting in inline text ("O*NET" must not start italics, `<b>`
 * must not become HTML), plus a block marker at the start ("- ", "# ", "1. ") that would make a list or
 * heading. Everything else stays as typed, so the Markdown source remains readable.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/\r?\n/g, ' ');
  return inline.replace(/^(\s*)([-+#=]|\d+(?=[.)]))/, (_, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

/** A Markdown link whose text is the address itself; the target is percent-encoded where Markdown would end it. */
export function markdownLink(url: string): string {
  const target = url.replace(/[()<> ]/g, (c) => encodeURIComponent(c));
  return `[${escapeMarkdown(url)}](${target})`;
}

/** Inline code that holds any text (a longer backtick fence when the text has backticks). */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}
