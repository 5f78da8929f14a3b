/**
 * "Fix all auto-fixable problems": applies every finding's single safe fix (its preferred one), skipping
 * fixes that overlap one already taken, then checks the result again and repeats until nothing changes.
 * Pure: the caller passes `checkVersion` (parse + diagnostics with its settings), so a CLI `--fix` reuses it.
 */
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { collectStatements, type FrameworkDocument } from '../../model';
import { applyEdits, minimalEdit, overlaps, type OffsetEdit } from './edits';
import { fixesFor } from './fixes';

/** A later text of the document, parsed as its next version, and that version's findings. */
export interface CheckedVersion {
  doc: FrameworkDocument;
  diagnostics: Diagnostic[];
}

/** Parses a text as the same document and computes its findings. */
export type CheckVersion = (text: string) => CheckedVersion;

export interface FixAllResult {
  /** The fixed text (the original when nothing was fixable). */
  text: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
}

/** The safe fixes of one pass: each finding's single preferred fix, in document order, none overlapping. */
export function safeEdits(doc: FrameworkDocument, diagnostics: readonly Diagnostic[]): OffsetEdit[][] {
  const taken: OffsetEdit[][] = [];
  const candidates = diagnostics
    .map((d) => fixesFor(doc, d).filter((f) => f.preferred))
    .filter((fixes) => fixes.length === 1)
    .map((fixes) => fixes[0].edits)
    .sort((a, b) => a[0].start - b[0].start);
  const takenEdits = new DisjointEdits();
  for (const edits of candidates) {
    if (edits.some((x) => takenEdits.overlapsAny(x))) continue;
    taken.push(edits);
    for (const x of edits) takenEdits.add(x);
  }
  return taken;
}

/**
 * Edits that do not overlap one another, sorted by start (and end): their ends are then sorted too, so an
 * edit overlaps one of them only if it overlaps the last that starts before it or one that starts within it.
 * (Comparing each fix with every fix taken is quadratic in the number of fixes.)
 */
export class DisjointEdits {
  private readonly edits: OffsetEdit[] = [];

  overlapsAny(x: OffsetEdit): boolean {
    const i = this.firstStartingAtOrAfter(x.start);
    if (i > 0 && overlaps(this.edits[i - 1], x)) return true;
    for (let j = i; j < this.edits.length && this.edits[j].start <= x.end; j++) if (overlaps(this.edits[j], x)) return true;
    return false;
  }

  /** Adds an edit that overlaps none of them. */
  add(x: OffsetEdit): void {
    let i = this.firstStartingAtOrAfter(x.start);
    while (i < this.edits.length && this.edits[i].start === x.start && this.edits[i].end <= x.end) i++;
    this.edits.splice(i, 0, x);
  }

  private firstStartingAtOrAfter(start: number): number {
    let lo = 0;
    let hi = this.edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.edits[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Applies safe fixes until the text is stable (at most `maxPasses` passes). */
export function fixAll(
  doc: FrameworkDocument,
  diagnostics: readonly Diagnostic[],
  checkVersion: CheckVersion,
  maxPasses = 10,
): FixAllResult {
  let current: CheckedVersion = { doc, diagnostics: [...diagnostics] };
  let text = doc.textDocument.getText();
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const groups = safeEdits(current.doc, current.diagnostics);
    if (!groups.length) break;
    let step = tryApply(text, groups, current, checkVersion);
    if (!step) {
      // Some fix broke a promise: keep only the fixes that are harmless. Halving finds them with a few
      // checks per harmful fix, where checking each fix alone re-checks the file once per fix.
      const harmless = harmlessGroups(text, groups, current, checkVersion);
      step = harmless.length ? tryApply(text, harmless, current, checkVersion) : undefined;
      if (!step) break;
    }
    text = step.text;
    current = step.checked;
    applied += step.count;
  }
  return { text, applied };
}

/** The edit groups that can be applied without breaking a promise, found by halving the failing sets. */
function harmlessGroups(text: string, groups: OffsetEdit[][], before: CheckedVersion, checkVersion: CheckVersion): OffsetEdit[][] {
  if (groups.length === 0) return [];
  if (tryApply(text, groups, before, checkVersion)) return groups;
  if (groups.length === 1) return [];
  const middle = Math.floor(groups.length / 2);
  return [
    ...harmlessGroups(text, groups.slice(0, middle), before, checkVersion),
    ...harmlessGroups(text, groups.slice(middle), before, checkVersion),
  ];
}

/** Applies edit groups; undefined when nothing changes or the result drops a statement or adds a syntax error. */
function tryApply(
  text: string,
  groups: OffsetEdit[][],
  before: CheckedVersion,
  checkVersion: CheckVersion,
): { text: string; checked: CheckedVersion; count: number } | undefined {
  const next = applyEdits(text, groups.flat());
  if (next === text) return undefined;
  const checked = checkVersion(next);
  if (!keepsStatements(before, checked) || syntaxErrors(checked) > syntaxErrors(before)) return undefined;
  return { text: next, checked, count: groups.length };
}

/** The edits that turn the document into its fixed text: the first pass's own edits, or one minimal replacement. */
export function computeFixAllEdits(doc: FrameworkDocument, diagnostics: readonly Diagnostic[], checkVersion: CheckVersion): TextEdit[] {
  const original = doc.textDocument.getText();
  const { text } = fixAll(doc, diagnostics, checkVersion);
  if (text === original) return [];
  const firstPass = safeEdits(doc, diagnostics).flat();
  const edits = applyEdits(original, firstPass) === text ? firstPass : [minimalEdit(original, text)];
  return edits
    .sort((a, b) => a.start - b.start)
    .map((e) => ({
      range: { start: doc.textDocument.positionAt(e.start), end: doc.textDocument.positionAt(e.end) },
      newText: e.newText,
    }));
}

function keepsStatements(before: CheckedVersion, after: CheckedVersion): boolean {
  return collectStatements(after.doc).length >= collectStatements(before.doc).length;
}

function syntaxErrors(a: CheckedVersion): number {
  return a.diagnostics.filter((d) => d.code === 'json-syntax').length;
}
