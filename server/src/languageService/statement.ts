/** The "Headline — body" shape of a statement (docs/format.md#statements), shared by checks, fixes, hovers and rendering. */

/** The separator between headline and body: space, EM DASH (U+2014), space. */
export const SEPARATOR = ' \u2014 ';

export interface StatementParts {
  /** Index of the separator in the text, or -1 when there is none. */
  separatorIndex: number;
  headline: string;
  body: string;
}

/** Where a statement's body begins: just after its first " — " (undefined when it has none). */
export function bodyStart(text: string): number | undefined {
  const i = text.indexOf(SEPARATOR);
  return i < 0 ? undefined : i + SEPARATOR.length;
}

/** Splits at the first " — "; the body may hold more em dashes. Without a separator the whole text is the headline. */
export function splitStatement(text: string): StatementParts {
  const i = text.indexOf(SEPARATOR);
  if (i < 0) return { separatorIndex: -1, headline: text, body: '' };
  return { separatorIndex: i, headline: text.slice(0, i), body: text.slice(i + SEPARATOR.length) };
}

export interface WrongSeparator {
  /** Index and length of the wrong separator in the text (including its spaces). */
  index: number;
  length: number;
  found: string;
}

/**
 * A separator written wrongly: a hyphen, double hyphen or en dash between spaces, or an em dash without
 * exactly one space on each side. Hyphens inside words ("multi-year") are not separators.
 */
export function findWrongSeparator(text: string): WrongSeparator | undefined {
  const m = /[ \t\u00a0]+(?:\u2013|-{1,2}|\u2014)[ \t\u00a0]+|[ \t\u00a0]*\u2014[ \t\u00a0]*/.exec(text);
  if (!m || m[0] === SEPARATOR) return undefined;
  return { index: m.index, length: m[0].length, found: m[0] };
}

/** Describes a wrong separator for a message: `" - " (a hyphen)`. */
export function nameSeparator(found: string): string {
  const dash = found.trim();
  const name =
    dash === '\u2013'
      ? 'an en dash'
      : dash === '-'
        ? 'a hyphen'
        : dash === '--'
          ? 'two hyphens'
          : 'an em dash without one space on each side';
  return `"${found}" (${name})`;
}
