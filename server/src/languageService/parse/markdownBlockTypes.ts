/** The top-level blocks of a framework Markdown body, as both readers give them (markdownBlocks.ts, markdownFastBlocks.ts). */
import type { SourceText } from './markdownNodes';

export interface HeadingBlock {
  kind: 'heading';
  depth: number;
  /** Offsets of the whole heading line. */
  lineStart: number;
  lineEnd: number;
  /** The heading's text, without the `#` marks. */
  text: SourceText;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: SourceText;
}

export interface ListBlock {
  kind: 'list';
  /** Each item's content after its marker (`1. `, `- `), lines joined by `\n`. */
  items: SourceText[];
}

/** Any other top-level block (code, quote, table, rule, HTML): not part of a framework. */
export interface OtherBlock {
  kind: 'other';
  /** Offsets of the block's first line (after indentation) to its last line's end. */
  start: number;
  end: number;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | OtherBlock;
