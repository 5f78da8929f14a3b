/**
 * Text order for lists a person reads (did-you-mean suggestions of equal distance, findings at the same place by
 * code, files by name): English collation, the same on every machine whatever its locale (so the command line's
 * report does not change with `LANG`). The collator is made on first use: most runs of the command line never
 * order anything.
 */
let collator: Intl.Collator | undefined;

/** Negative when `a` comes before `b` in English collation, positive after, 0 when they are equal. */
export function compareText(a: string, b: string): number {
  return (collator ??= new Intl.Collator('en')).compare(a, b);
}
