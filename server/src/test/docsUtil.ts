/** Test helper: the links and heading anchors of a Markdown text, as GitHub renders them. */

/** The lines of `text` outside fenced code blocks, with their 1-based numbers. */
function proseLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fence: string | undefined;
  text.split('\n').forEach((l, i) => {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(l)?.[1];
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && !l.trim().slice(opener.length).trim()) fence = undefined;
    } else if (opener) fence = opener;
    else out.push({ text: l, line: i + 1 });
  });
  return out;
}

/** A heading's anchor as GitHub makes it: the text as shown, lower-cased, punctuation dropped, spaces as hyphens. */
export function slug(heading: string): string {
  const shown = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link shows its text
    .replace(/`/g, '')
    .replace(/<[^>]+>/g, '');
  return shown
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a link may name in `text`: one per heading (repeats numbered -1, -2, … as GitHub does) and HTML ids. */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text: l } of proseLines(text)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(l)?.[1];
    if (heading !== undefined) {
      const base = slug(heading);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      anchors.add(n ? `${base}-${n}` : base);
    }
    for (const m of l.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]);
  }
  return anchors;
}

/** The targets of the inline links, images and link definitions of `text`, outside code, with their lines. */
export function linksOf(text: string): { target: string; line: number }[] {
  const out: { target: string; line: number }[] = [];
  for (const { text: l, line } of proseLines(text)) {
    const prose = l.replace(/(`+)[^`]*?\1/g, ''); // inline code is not a link
    const definition = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/.exec(prose);
    if (definition) {
      out.push({ target: definition[1], line });
      continue;
    }
    for (const m of prose.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push({ target: m[1], line });
  }
  return out;
}
