/**
 * The Markdown body as the few top-level blocks a framework uses: headings, paragraphs and lists.
 * markdown-it is the reference: it finds the blocks and their lines, and the text and exact offsets are read from
 * the source lines themselves (markdown-it's own content has CRLF folded and indentation removed). A body in the
 * plain subset markdownFastBlocks.ts reads may be read there in one pass instead.
 */
import type MarkdownIt from 'markdown-it';
import { accelerate } from '../accel';
import { markdownItLibrary } from '../util/lazyLibraries';
import type { Block } from './markdownBlockTypes';
import { lineText, SourceText } from './markdownNodes';

export type { Block, HeadingBlock, ListBlock, OtherBlock, ParagraphBlock } from './markdownBlockTypes';

let md: MarkdownIt | undefined;

/**
 * The top-level blocks of `text` from line `firstLine` on (the body after the front matter).
 * `starts` are the start offsets of the lines of the whole text.
 */
export function readBlocks(text: string, starts: number[], firstLine: number): Block[] {
  return accelerate('markdownFastBlocks', { text, starts, firstLine }) ?? readBlocksWithLibrary(text, starts, firstLine);
}

/** {@link readBlocks} with markdown-it, for any body: the reference. */
export function readBlocksWithLibrary(text: string, starts: number[], firstLine: number): Block[] {
  const body = text.slice(starts[firstLine] ?? text.length);
  if (!md) {
    md = new (markdownItLibrary())('commonmark');
    // Only the blocks and their lines are read: inline parsing (emphasis, links, entities) would be wasted work.
    md.core.ruler.disable(['inline', 'text_join']);
  }
  const tokens = md.parse(body, {});
  const blocks: Block[] = [];
  const line = (n: number) => lineText(text, starts, firstLine + n);
  const offset = (n: number) => starts[firstLine + n] ?? text.length;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.level !== 0 || t.nesting === -1 || !t.map) continue;
    if (t.type === 'heading_open') {
      const content = tokens[i + 1]?.content ?? '';
      const src = line(t.map[0]);
      const marks = /^[ \t]*#*[ \t]*/.exec(src)![0].length;
      const at = content ? src.indexOf(content, marks) : -1;
      const sourceText = new SourceText();
      sourceText.add(content, offset(t.map[0]) + (at >= 0 ? at : marks));
      if (at < 0) sourceText.end = offset(t.map[0]) + marks;
      blocks.push({
        kind: 'heading',
        depth: Number(t.tag.slice(1)),
        lineStart: offset(t.map[0]),
        lineEnd: offset(t.map[0]) + src.length,
        text: sourceText,
      });
    } else if (t.type === 'paragraph_open') {
      blocks.push({ kind: 'paragraph', text: joinLines(t.map[0], t.map[1], line, offset, /^[ \t]*/) });
    } else if (t.type === 'ordered_list_open' || t.type === 'bullet_list_open') {
      const items: SourceText[] = [];
      for (let j = i + 1; j < tokens.length && !(tokens[j].level === 0 && tokens[j].nesting === -1); j++) {
        const item = tokens[j];
        if (item.type === 'list_item_open' && item.level === 1 && item.map) {
          items.push(joinLines(item.map[0], item.map[1], line, offset, /^[ \t]*(?:\d{1,9}[.)]|[-+*])(?:[ \t]+|$)/));
        }
        i = j;
      }
      blocks.push({ kind: 'list', items });
    } else {
      const text = joinLines(t.map[0], t.map[1], line, offset, /^[ \t]*/);
      blocks.push({ kind: 'other', start: text.offsetAt(0), end: Math.max(text.end, text.offsetAt(0)) });
    }
  }
  return blocks;
}

/** Lines `[from, to)` without leading whitespace (the first also without `firstPrefix`), trailing blank lines dropped. */
function joinLines(from: number, to: number, line: (n: number) => string, offset: (n: number) => number, firstPrefix: RegExp): SourceText {
  while (to - 1 > from && !line(to - 1).trim()) to--;
  const out = new SourceText();
  for (let n = from; n < to; n++) {
    const src = line(n);
    const skip = (n === from ? firstPrefix : /^[ \t]*/).exec(src)![0].length;
    const content = src.slice(skip).replace(/[ \t]+$/, '');
    if (n > from) out.addVirtual('\n');
    out.add(content, offset(n) + skip);
    if (n === from && !content) out.end = offset(n) + skip;
  }
  return out;
}
