/**
 * Text order for lists a person reads (did-you-mean suggestions of equal distance, findings at the same place by
 * code, files by name): English collation, `a.localeCompare(b, 'en')`, the same on every machine whatever its
 * locale (so the command line's report does not change with `LANG`), without starting ICU's collator for the
 * usual texts.
 *
 * The first `localeCompare` in a process sets up the collator: about 9 ms, a noticeable part of the command
 * line's start. For texts of ASCII letters, digits, spaces, hyphens and dots the collation's order is simple: by
 * letters, ignoring case, with space < `-` < `.` < digits < letters (the order of their code points, once
 * lower-cased); where that leaves two texts equal, the first place where their case differs decides, lower case
 * first. Any other text is compared by the collator itself. `compareText.test.ts` checks the two agree.
 */
const SIMPLE = /^[A-Za-z0-9 .-]*$/;

export function compareText(a: string, b: string): number {
  if (!SIMPLE.test(a) || !SIMPLE.test(b)) return a.localeCompare(b, 'en');
  const n = Math.min(a.length, b.length);
  let caseOrder = 0;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // ASCII letters: lower case by setting bit 0x20.
    const lx = x >= 0x41 && x <= 0x5a ? x | 0x20 : x;
    const ly = y >= 0x41 && y <= 0x5a ? y | 0x20 : y;
    if (lx !== ly) return lx < ly ? -1 : 1;
    // The same letter in another case: remembered, decides only if nothing else does.
    if (caseOrder === 0) caseOrder = x > y ? -1 : 1; // lower case (the larger code) first
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return caseOrder;
}
