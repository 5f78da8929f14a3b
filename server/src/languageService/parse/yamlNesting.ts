/**
 * The nesting guard of YAML front matter, as `findExcessNesting` is JSON's: the YAML composer and every
 * tree walk recurse once per level, so a front matter nested thousands deep (`[[[[…` or ever-deeper
 * indentation) would overflow the stack. A plain loop over the lines measures the depth before `yaml` runs.
 */
import { MAX_NESTING } from '../limits';
import { isWhitespaceCode } from '../util/whitespace';

/**
 * The offset in `source` where nesting level `maxDepth + 1` opens, or -1 when the YAML stays within
 * `maxDepth`. Depth counts block levels (each deeper indentation, each `- ` or `? ` opening an entry on the
 * same line) plus flow levels (`[`, `{`), skipping quoted scalars and comments. It may over-count odd but
 * valid spellings (a multi-line plain scalar indented deeper); a framework nests 7, far from the limit.
 */
export function findExcessYamlNesting(source: string, maxDepth = MAX_NESTING): number {
  const indents: number[] = []; // indentation of each open block level
  let flow = 0;
  let quote = 0; // the quote character of an open quoted scalar, which may span lines (0: none)
  let lineStart = 0;
  while (lineStart <= source.length) {
    let end = source.indexOf('\n', lineStart);
    if (end < 0) end = source.length;
    let i = lineStart;
    if (!quote && flow === 0) {
      while (i < end && source[i] === ' ') i++;
      const blank = i >= end || source[i] === '#' || source[i] === '\r';
      // Block scalars (`|`, `>`) are text, however they are indented; they cannot open levels of their own.
      if (!blank) {
        const indent = i - lineStart;
        while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > maxDepth) return i;
        // `- - - x` and `? ? x` open a level per marker after the first (the line's own level is the first's).
        for (
          let first = true;
          (source[i] === '-' || source[i] === '?') && (source[i + 1] === ' ' || source[i + 1] === '\t');
          first = false
        ) {
          if (!first) indents.push(i - lineStart + 1);
          if (indents.length > maxDepth) return i;
          i += 2;
          while (source[i] === ' ') i++;
        }
      }
    }
    // By character codes: this runs over every character of every front matter.
    for (; i < end; i++) {
      const c = source.charCodeAt(i);
      if (quote) {
        if (c === BACKSLASH && quote === DOUBLE_QUOTE) i++;
        else if (c === quote) quote = 0;
      } else if ((c === DOUBLE_QUOTE || c === SINGLE_QUOTE) && opensScalar(source, lineStart, i)) {
        quote = c;
      } else if (c === HASH && (i === lineStart || isWhitespaceCode(source.charCodeAt(i - 1)))) {
        break;
      } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
        if (indents.length + ++flow > maxDepth) return i;
      } else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && flow > 0) {
        flow--;
      }
    }
    lineStart = end + 1;
  }
  return -1;
}

const BACKSLASH = 0x5c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const HASH = 0x23;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

/** Whether a quote at `i` starts a quoted scalar (first on its line or after `:`, `-`, `?`, `[`, `{`, `,`), not an apostrophe in text. */
function opensScalar(source: string, lineStart: number, i: number): boolean {
  let j = i - 1;
  while (j >= lineStart && (source[j] === ' ' || source[j] === '\t')) j--;
  return j < lineStart || ':-?[{,'.includes(source[j]);
}
