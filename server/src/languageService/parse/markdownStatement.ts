/**
 * A cited statement written as one Markdown list item: the text, then its citations as `[@key]`
 * (FORMAT.md §2), e.g. `Policy summarization — directs an AI tool … staff. [@safi-2026] [@wef-2021]`.
 */
import type { SourceNode } from '../model';
import { container, property, type OffsetMaps, type SourceText } from './markdownNodes';

/** The citations at the end of an item: `[@key]`s separated by spaces or tabs. */
const TRAILING_CITATIONS = /(?:[ \t]*\[@[^\]\s]*\])+[ \t]*$/;
const CITATION = /\[@([^\]\s]*)\]/g;

export interface SplitItem {
  /** Length of the statement text (the citations follow, after spaces). */
  textLength: number;
  /** Each citation key with the index of its first character in the item. */
  cites: { key: string; index: number }[];
  /** Index of the first `[@`, or the text's end when there is none. */
  citesStart: number;
}

/** Splits an item's content into the statement text and its trailing `[@key]` citations. */
export function splitCitations(content: string): SplitItem {
  const m = TRAILING_CITATIONS.exec(content);
  if (!m) return { textLength: content.length, cites: [], citesStart: content.length };
  const tail = content.slice(m.index);
  const cites = [...tail.matchAll(CITATION)].map((c) => ({ key: c[1], index: m.index + c.index! + 2 }));
  const citesStart = m.index + tail.indexOf('[@');
  return { textLength: content.slice(0, m.index).replace(/[ \t]+$/, '').length, cites, citesStart };
}

/** The `{ text, cites }` object node of a cited statement; the `cites` strings cover the keys inside `[@…]`. */
export function citedStatementNode(item: SourceText, maps: OffsetMaps): SourceNode {
  const split = splitCitations(item.value);
  const text = item.stringNode(0, split.textLength, maps);
  const citeNodes = split.cites.map((c) => item.stringNode(c.index, c.index + c.key.length, maps));
  const citesStart = item.offsetAt(split.citesStart);
  const lastCite = split.cites[split.cites.length - 1];
  const citesEnd = lastCite ? item.offsetAt(lastCite.index + lastCite.key.length) + 1 : citesStart;
  const cites = container('array', citesStart, citesEnd - citesStart, citeNodes);
  const start = item.offsetAt(0);
  const end = Math.max(citesEnd, text.offset + text.length);
  return container('object', start, end - start, [property('text', text.offset, 0, text), property('cites', cites.offset, 0, cites)]);
}


