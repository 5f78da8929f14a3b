/**
 * A cited statement written as one Markdown list item: the text, then its citations as `[@key]`
 * (docs/format.md#the-markdown-form), e.g. `Policy summarization — directs an AI tool … staff. [@safi-2026] [@wef-2021]`.
 */
import type { SourceNode } from '../model';
import { container, nodeList, property, type OffsetMaps, type SourceText } from './markdownNodes';
import { isWhitespaceCode } from '../util/whitespace';

export interface SplitItem {
  /** Length of the statement text (the citations follow, after spaces). */
  textLength: number;
  /** Each citation key with the index of its first character in the item. */
  cites: { key: string; index: number }[];
  /** Index of the first `[@`, or the text's end when there is none. */
  citesStart: number;
}

const isSpaceOrTab = (c: number) => c === 32 || c === 9;
/** What a key may not hold: `]` or whitespace (as `\s` counts it). */
const endsKey = (s: string, i: number) => s.charCodeAt(i) === 93 || isWhitespaceCode(s.charCodeAt(i));

/**
 * Splits an item's content into the statement text and its trailing `[@key]` citations: the longest tail of
 * `[@key]`s separated by spaces or tabs (a key holds no `]` and no whitespace), read from the end of the
 * text backwards, so the statement's own text is not searched (the regular expression
 * `(?:[ \t]*\[@[^\]\s]*\])+[ \t]*$` finds the same tail, as a test checks).
 */
export function splitCitations(content: string): SplitItem {
  let i = content.length;
  while (i > 0 && isSpaceOrTab(content.charCodeAt(i - 1))) i--;
  const found: { key: string; index: number }[] = [];
  let start = -1; // where the tail starts
  while (i > 0 && content.charCodeAt(i - 1) === 93) {
    const close = i - 1;
    let runStart = close;
    while (runStart > 0 && !endsKey(content, runStart - 1)) runStart--;
    // The key may itself hold `[@`: the tail's group opens at the first `[@` of the run.
    const open = content.indexOf('[@', runStart);
    if (open < 0 || open + 2 > close) break;
    found.push({ key: content.slice(open + 2, close), index: open + 2 });
    start = open;
    if (open > runStart) break; // text right before the `[@`: nothing more of the tail
    i = open;
    while (i > 0 && isSpaceOrTab(content.charCodeAt(i - 1))) i--;
    start = i;
  }
  if (start < 0) return { textLength: content.length, cites: found, citesStart: content.length };
  found.reverse();
  let textLength = start;
  while (textLength > 0 && isSpaceOrTab(content.charCodeAt(textLength - 1))) textLength--;
  return { textLength, cites: found, citesStart: found[0].index - 2 };
}

/** The `{ text, cites }` object node of a cited statement; the `cites` strings cover the keys inside `[@…]`. */
export function citedStatementNode(item: SourceText, maps: OffsetMaps): SourceNode {
  const split = splitCitations(item.value);
  const text = item.stringNode(0, split.textLength, maps);
  const citeNodes = nodeList();
  for (const c of split.cites) citeNodes.push(item.stringNode(c.index, c.index + c.key.length, maps));
  const citesStart = item.offsetAt(split.citesStart);
  const lastCite = split.cites[split.cites.length - 1];
  const citesEnd = lastCite ? item.offsetAt(lastCite.index + lastCite.key.length) + 1 : citesStart;
  const cites = container('array', citesStart, citesEnd - citesStart, citeNodes);
  const start = item.offsetAt(0);
  const end = Math.max(citesEnd, text.offset + text.length);
  return container('object', start, end - start, [property('text', text.offset, 0, text), property('cites', cites.offset, 0, cites)]);
}
