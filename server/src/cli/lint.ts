/**
 * `nsx-framework lint`: checks files with the language service, a bounded number at a time, and reports each
 * file's findings as soon as it and every file before it are done (output order = input order).
 */
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { computeWorkspaceDiagnostics, createLanguageService, FrameworkIndex, frameworkEntryOf, type FrameworkDocument, type FrameworkEntry } from '../languageService';
import { collectStatements } from '../languageService/model';
import { createFileDocument } from '../languageService/util/textDocument';
import { fileUri, isPlainPosixPath, mapBounded, readTextFileSync } from '../workspace/files';
import type { FixAllFn } from './plugins';
import { createProgressBar } from './progress';
import { formatFindingLine, formatSummary, JsonArrayWriter, oneLine, toFinding, type Finding, type Totals } from './report';
import type { LintTarget } from './targets';
import type { CliIo } from './main';

export interface LintOptions {
  format: 'text' | 'json';
  quiet: boolean;
  maxWarnings: number | undefined;
  /** Set when `--fix` was given (the caller checked that fix-all is available). */
  fixAll?: FixAllFn;
}

/** Files read at once: enough to keep the disk busy, few enough to bound memory. */
const CONCURRENCY = 8;

interface FileResult {
  target: LintTarget;
  display: string;
  /** Whether the file is a framework (a searched JSON file may not be), and its index entry: the document itself is dropped once checked, so that only findings wait in the queue. */
  isFramework?: boolean;
  uri?: string;
  entry?: FrameworkEntry;
  /**
   * The findings as the report prints them, not the diagnostics: a diagnostic's message and data hold strings cut
   * from the file's text, and each such string keeps the whole text alive while the result waits in the queue.
   */
  findings: Finding[];
  error?: string;
  fixed: boolean;
}

/** Runs the checks and prints the report; returns the exit code (0, 1, or 2 when a file could not be read). */
export async function lintFiles(targets: readonly LintTarget[], options: LintOptions, io: CliIo): Promise<number> {
  // Files found by a search are frameworks by name or content; a file named explicitly is checked whatever it holds.
  const byName = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));
  const always = createLanguageService(() => ({ frameworkGlobs: ['**'] }));
  const totals: Totals = { files: 0, filesWithProblems: 0, errors: 0, warnings: 0, others: 0, fixedFiles: 0 };
  const index = new FrameworkIndex();
  // Only the index entries outlive a file's report (a few strings), so memory stays bounded.
  const checked: { display: string; entry: FrameworkEntry }[] = [];
  const withProblems = new Set<string>();
  const json = options.format === 'json' ? new JsonArrayWriter(io.stdout) : undefined;
  const progress = createProgressBar(targets.length, io.stderrStream);
  let ioErrors = 0;

  const check = async (target: LintTarget): Promise<FileResult> => {
    const display = displayPath(target.file, io.cwd);
    try {
      return await checkFile(target, display);
    } catch (error) {
      // A fault of ours on this file: said in one line, and the other files are still checked and reported.
      return { target, display, findings: [], error: `could not be checked (an internal error): ${oneLine(error instanceof Error ? error.message : String(error))}`, fixed: false };
    }
  };

  const checkFile = async (target: LintTarget, display: string): Promise<FileResult> => {
    const read = readTextFileSync(target.file);
    if (!read.ok) return { target, display, findings: [], error: read.error, fixed: false };
    const service = target.explicit ? always : byName;
    const uri = fileUri(target.file);
    const languageId = /\.md$/i.test(target.file) ? 'markdown' : 'json';
    let doc = service.parse(createFileDocument(uri, languageId, 1, read.text));
    let diagnostics = service.computeDiagnostics(doc);
    let fixed = false;
    if (options.fixAll && doc.isFramework && diagnostics.length) {
      const edits = options.fixAll(doc, diagnostics);
      const text = edits.length ? TextDocument.applyEdits(doc.textDocument, edits) : read.text;
      if (text !== read.text) {
        const fixedDoc = service.parse(createFileDocument(uri, languageId, 2, text));
        const unsafe = unsafeFix(doc, fixedDoc);
        if (unsafe) return { target, display, findings: [], error: `fixes not written: ${unsafe}`, fixed: false };
        try {
          await writeFile(target.file, text);
        } catch (error) {
          return { target, display, findings: [], error: `could not write the fixes: ${(error as Error).message}`, fixed: false };
        }
        doc = fixedDoc;
        diagnostics = service.computeDiagnostics(doc);
        fixed = true;
      }
    }
    const findings = diagnostics.map((d) => toFinding(display, d));
    return { target, display, isFramework: doc.isFramework, uri, entry: frameworkEntryOf(doc), findings, fixed };
  };

  const report = (findings: readonly Finding[]) => {
    const shown: Finding[] = [];
    for (const f of findings) {
      if (f.severity === 'error') totals.errors++;
      else if (f.severity === 'warning') totals.warnings++;
      else totals.others++;
      if (!options.quiet || f.severity === 'error') shown.push(f);
    }
    if (!shown.length) return;
    progress.clear();
    if (json) for (const f of shown) json.push(f);
    else io.stdout(shown.map(formatFindingLine).join('\n') + '\n');
  };

  let done = 0;
  for await (const result of mapBounded(targets, CONCURRENCY, check)) {
    progress.tick(++done);
    if (result.error) {
      ioErrors++;
      progress.clear();
      io.stderr(`${result.display}: ${result.error}\n`);
      continue;
    }
    if (!result.isFramework) continue; // a searched JSON file that is no framework
    totals.files++;
    if (result.fixed) totals.fixedFiles++;
    if (result.findings.length) withProblems.add(result.uri!);
    report(result.findings);
    const { entry } = result;
    if (entry) {
      index.set(entry.uri, entry);
      checked.push({ display: result.display, entry });
    }
  }
  progress.done();

  // Files that declare the same SOC code: known only once every file is read, so reported last.
  for (const { display, entry } of checked) {
    const duplicates = computeWorkspaceDiagnostics(entry, index);
    if (duplicates.length) withProblems.add(entry.uri);
    report(duplicates.map((d) => toFinding(display, d)));
  }
  totals.filesWithProblems = withProblems.size;

  json?.end();
  const summary = formatSummary(totals) + (options.maxWarnings !== undefined && totals.warnings > options.maxWarnings ? ` (more than --max-warnings ${options.maxWarnings})` : '');
  if (json) {
    if (io.stderrStream.isTTY) io.stderr(summary + '\n');
  } else {
    io.stdout(summary + '\n');
  }
  if (ioErrors) return 2;
  if (totals.files === 0) {
    io.stderr('No framework files found.\n');
    return 2;
  }
  if (totals.errors) return 1;
  if (options.maxWarnings !== undefined && totals.warnings > options.maxWarnings) return 1;
  return 0;
}

/**
 * Why the fixed text must not be written, if it must not: fixes never break the file's syntax and never
 * lose a statement (a guard around whatever fix-all does).
 */
function unsafeFix(before: FrameworkDocument, after: FrameworkDocument): string | undefined {
  const syntax = (d: FrameworkDocument) => d.syntaxDiagnostics.filter((x) => x.code === 'json-syntax').length;
  if (!after.isFramework || syntax(after) > syntax(before)) return 'they would break the file';
  const count = (d: FrameworkDocument) => collectStatements(d).length;
  if (count(after) < count(before)) return `they would drop ${count(before) - count(after)} of ${count(before)} statements`;
  return undefined;
}

/** The path as the user will click it: relative to the working directory when inside it. */
export function displayPath(file: string, cwd: string): string {
  // Both plain absolute paths, the file under the folder: the rest of its path is what path.relative gives.
  const rel = isPlainPosixPath(file) && isPlainPosixPath(cwd) && file.startsWith(cwd + '/') ? file.slice(cwd.length + 1) : path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
