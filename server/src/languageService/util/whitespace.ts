/**
 * Whitespace as JavaScript counts it (`\s` in a regular expression, what `trim()` removes), by character code:
 * for scans that read character codes instead of testing one-character strings against a regular expression.
 */
export function isWhitespaceCode(c: number): boolean {
  if (c < 128) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
