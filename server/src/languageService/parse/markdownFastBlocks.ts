/**
 * A fast path for a Markdown body written the plain way (what convert/toMarkdown.ts writes, and files edited
 * by hand in the same style): one pass over the lines builds exactly the blocks `readBlocksWithLibrary`
 * builds with markdown-it, the reference (same kinds, values, SourceText offsets and ends, heading line offsets,
 * list boundaries), or returns undefined and the caller uses markdown-it. Registered as the fast path
 * `markdownFastBlocks` (accel/index.ts).
 *
 * Why: markdown-it's block parse and reading its tokens back were about half of a Markdown file's parse
 * time, and the library need not be loaded at all for a body this path reads.
 *
 * The subset, every line starting at column 0:
 * - blank lines: empty, or spaces only;
 * - ATX headings: 1 to 6 `#`, one or more spaces, then text whose last character (before trailing spaces)
 *   is not `#` (so no closing sequence and no empty heading to decide);
 * - list items: `1.` … `999999999.`, `1)`, `-`, `+` or `*`, exactly one space, then text that does not start
 *   with a space or with a character that may open another block (see {@link opensBlock}). Items follow each
 *   other directly or with blank lines between them; an item with another delimiter or bullet starts a new
 *   list, as in markdown-it. The line right after an item must be another item, a heading or blank (no
 *   lazy continuation);
 * - paragraphs: a line that starts with none of those characters, continued by the lines after it that start
 *   with none of them either nor with Unicode space, ended by a blank line or a heading. A list item or any
 *   other block start right after a paragraph line is declined, interrupting or not.
 * Anything else returns undefined: CR (markdown-it folds line breaks), NUL (it replaces them), tabs, indented
 * lines, fences, block quotes, HTML, link reference definitions, thematic breaks, setext underlines,
 * empty items, `#` lines that are no heading, control characters at the start of a line.
 */
import type { Accelerator } from '../accel/accelerator';
import type { Block, HeadingBlock } from './markdownBlockTypes';
import { SourceText } from './markdownNodes';
import { isWhitespaceCode } from '../util/whitespace';

/** A Markdown text, its line starts, and the first line of its body (after the front matter). */
export interface BlocksInput {
  text: string;
  starts: number[];
  firstLine: number;
}

/** The fast path beside `readBlocksWithLibrary` (markdown-it, markdownBlocks.ts, the reference). */
export const markdownFastBlocksAccelerator: Accelerator<BlocksInput, Block[]> = {
  name: 'markdownFastBlocks',
  run: ({ text, starts, firstLine }) => readBlocksFast(text, starts, firstLine),
};

const SPACE = 0x20;
const HASH = 0x23;
const DOT = 0x2e;
const PAREN = 0x29;
const DASH = 0x2d;
const PLUS = 0x2b;
const STAR = 0x2a;
const ZERO = 0x30;
const NINE = 0x39;

/**
 * ASCII characters that may open another block than paragraph text at the start of a line (or, at the start
 * of a list item's text, a block inside the item): heading, block quote, bullet or thematic break, setext
 * underline, fence, HTML, link reference definition. Digits are decided by {@link orderedMarkerEnd}.
 */
const BLOCK_START = new Uint8Array(128);
for (const c of '#>-+*_=`~<[') BLOCK_START[c.charCodeAt(0)] = 1;

/** The end of the ordered-list marker `\d{1,9}[.)]` at `at`, when a space or the line's end follows it; else -1. */
function orderedMarkerEnd(text: string, at: number, lineEnd: number): number {
  let i = at;
  while (i < lineEnd && i - at < 10) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) break;
    i++;
  }
  const digits = i - at;
  if (digits === 0 || digits > 9 || i >= lineEnd) return -1;
  const d = text.charCodeAt(i);
  if (d !== DOT && d !== PAREN) return -1;
  return i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE ? i + 1 : -1;
}

/** Whether the text at `at` (< `lineEnd`) may start something else than paragraph text: space, a control character, a block's marker. */
function opensBlock(text: string, at: number, lineEnd: number): boolean {
  const c = text.charCodeAt(at);
  if (c <= SPACE) return true;
  if (c >= 128) return false;
  if (BLOCK_START[c]) return true;
  return c >= ZERO && c <= NINE && orderedMarkerEnd(text, at, lineEnd) >= 0;
}

/** `end` moved back over trailing spaces, not before `from` (joinLines removes them). */
function trimEnd(text: string, from: number, end: number): number {
  while (end > from && text.charCodeAt(end - 1) === SPACE) end--;
  return end;
}

/** The heading on the line `[start, end)` (which starts with `#`), or undefined when it is not one this path reads. */
function readHeading(text: string, start: number, end: number): HeadingBlock | undefined {
  let p = start + 1;
  while (p < end && text.charCodeAt(p) === HASH) p++;
  if (p - start > 6 || p === end || text.charCodeAt(p) !== SPACE) return undefined;
  const last = trimEnd(text, p, end);
  // A closing sequence, `#` kept as text (`C#`), or no text at all: markdown-it's rules there are not worth repeating.
  if (text.charCodeAt(last - 1) === HASH) return undefined;
  let from = p + 1;
  while (text.charCodeAt(from) === SPACE) from++;
  // markdown-it trims only ASCII space from a heading's text, so Unicode space at either end stays, as here.
  const value = new SourceText();
  value.add(text.slice(from, last), from);
  return { kind: 'heading', depth: p - start, lineStart: start, lineEnd: end, text: value };
}

/** The blocks `readBlocksWithLibrary(text, starts, firstLine)` returns, or undefined when the body is not in the subset above. */
export function readBlocksFast(text: string, starts: number[], firstLine: number): Block[] | undefined {
  const bodyStart = starts[firstLine] ?? text.length;
  if (text.indexOf('\r', bodyStart) >= 0 || text.indexOf('\t', bodyStart) >= 0 || text.indexOf('\0', bodyStart) >= 0) return undefined;

  const blocks: Block[] = [];
  /** The open paragraph, while the previous line was one of its lines. */
  let paragraph: SourceText | undefined;
  /** The open list's items and its delimiter or bullet; a blank line keeps it open for a next item. */
  let items: SourceText[] | undefined;
  let marker = 0;
  /** Whether the previous line was a list item's. */
  let afterItem = false;

  const count = starts.length;
  for (let n = firstLine; n < count; n++) {
    const start = starts[n];
    // Without CR in the body every line but the last ends with one `\n`.
    const end = n + 1 < count ? starts[n + 1] - 1 : text.length;
    const c = start < end ? text.charCodeAt(start) : SPACE;

    if (c === SPACE) {
      for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) !== SPACE) return undefined; // indented
      paragraph = undefined;
      afterItem = false;
      continue;
    }

    if (c === HASH) {
      // A heading ends a paragraph or list on the line before it; `#` that opens no heading is declined.
      const heading = readHeading(text, start, end);
      if (!heading) return undefined;
      blocks.push(heading);
      paragraph = items = undefined;
      afterItem = false;
      continue;
    }

    if (paragraph) {
      // A line starting with Unicode space: the library path drops a block's trailing lines that `trim()` leaves
      // empty, so such lines are declined rather than told apart.
      if (opensBlock(text, start, end) || isWhitespaceCode(c)) return undefined;
      paragraph.addVirtual('\n');
      paragraph.add(text.slice(start, trimEnd(text, start, end)), start);
      continue;
    }

    // A list item: where its text starts, and its delimiter or bullet.
    let content = -1;
    let m = 0;
    if (c >= ZERO && c <= NINE) {
      const at = orderedMarkerEnd(text, start, end);
      if (at >= 0) {
        m = text.charCodeAt(at - 1);
        content = at + 1;
      }
    } else if (c === DASH || c === PLUS || c === STAR) {
      if (text.charCodeAt(start + 1) !== SPACE || start + 1 >= end) return undefined; // a thematic break, `-x`, an empty item
      m = c;
      content = start + 2;
    }
    if (m) {
      // An empty item, more than one space after the marker, or a block inside the item.
      if (content >= end || opensBlock(text, content, end)) return undefined;
      const item = new SourceText();
      item.add(text.slice(content, trimEnd(text, content, end)), content);
      if (items && m === marker) items.push(item);
      else {
        items = [item];
        marker = m;
        blocks.push({ kind: 'list', items });
      }
      afterItem = true;
      continue;
    }

    // A paragraph's first line; right after an item it would be the item's lazy continuation.
    if (afterItem || opensBlock(text, start, end)) return undefined;
    items = undefined;
    paragraph = new SourceText();
    paragraph.add(text.slice(start, trimEnd(text, start, end)), start);
    blocks.push({ kind: 'paragraph', text: paragraph });
  }
  return blocks;
}
