/**
 * `nsx-framework lint`: checks files with the language service, a bounded number at a time, and reports each
 * file's findings as soon as it and every file before it are done (output order = input order).
 */
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, FrameworkIndex, frameworkEntryOf, type FrameworkDocument, type FrameworkEntry } from '../languageService';
import { collectStatements } from '../languageService/model';
import { createFileDocument } from '../languageService/util/textDocument';
import { fileUri, mapBounded, readTextFileSync } from '../workspace/files';
import type { FixAllFn } from './plugins';
import { createProgressBar } from './progress';
import { formatFindingLine, formatSummary, JsonArrayWriter, oneLine, toFinding, type Finding, type Totals } from './report';
import type { LintTarget } from './targets';
import { displayPath, type CliIo } from './io';
import { ConfigFiles, pathOfFileUri, rulesLookup, type FoundConfig } from '../workspace/configFiles';
import { formatGithubLine, SarifWriter } from './formats';
import type { OutputFormat } from './args';

export interface LintOptions {
  format: OutputFormat;
  /** `--config FILE`: this configuration for every file instead of the lookup. */
  config?: string;
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
  /** The configuration that applied, so its own findings are reported once, before the first file it applies to. */
  config?: FoundConfig;
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
  // `.nsxframework.json`: the one named by --config, else the nearest from each file's folder up to the root.
  const configFiles = new ConfigFiles();
  let explicitConfig: FoundConfig | undefined;
  if (options.config !== undefined) {
    const loaded = configFiles.load(path.resolve(io.cwd, options.config));
    if ('error' in loaded) {
      io.stderr(`${options.config}: ${loaded.error}\n`);
      return 2;
    }
    explicitConfig = loaded;
  }
  // Files of one folder share their configuration, and nothing changes it during a run: looked up once per folder
  // (keyed by the folder's URI, so that a file's URI is turned into a path once per folder, not once per question).
  const byFolder = new Map<string, FoundConfig | undefined>();
  const findConfig = (uri: string): FoundConfig | undefined => {
    if (explicitConfig) return explicitConfig;
    const folder = uri.slice(0, uri.lastIndexOf('/'));
    if (!byFolder.has(folder)) {
      const file = pathOfFileUri(uri);
      byFolder.set(folder, file === undefined ? undefined : configFiles.find(file));
    }
    return byFolder.get(folder);
  };
  const rulesFor = rulesLookup(findConfig);
  // Files found by a search are frameworks by name or content; a file named explicitly is checked whatever it holds.
  // An empty framework file is an error here (the editor shows a notice with a quick fix that fills it): CI must not
  // pass a framework that holds nothing.
  const severity = { 'empty-file': 'error' } as const;
  const byName = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'], severity, rulesFor }));
  const always = createLanguageService(() => ({ frameworkGlobs: ['**'], severity, rulesFor }));
  const totals: Totals = { files: 0, filesWithProblems: 0, errors: 0, warnings: 0, others: 0, fixedFiles: 0 };
  const index = new FrameworkIndex();
  // Only the index entries outlive a file's report (a few strings), so memory stays bounded.
  const checked: { display: string; entry: FrameworkEntry }[] = [];
  const withProblems = new Set<string>();
  const json =
    options.format === 'json'
      ? new JsonArrayWriter(io.stdout)
      : options.format === 'sarif'
        ? new SarifWriter(io.stdout, io.cwd)
        : undefined;
  const reportedConfigs = new Set<string>();
  const progress = createProgressBar(targets.length, io.stderrStream);
  let ioErrors = 0;

  const check = async (target: LintTarget): Promise<FileResult> => {
    const display = displayPath(target.file, io.cwd);
    try {
      return await checkFile(target, display);
    } catch (error) {
      // A fault of ours on this file: said in one line, and the other files are still checked and reported.
      return {
        target,
        display,
        findings: [],
        error: `could not be checked (an internal error): ${oneLine(error instanceof Error ? error.message : String(error))}`,
        fixed: false,
      };
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
      const edits = options.fixAll(doc, diagnostics, rulesFor);
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
    const config = doc.isFramework ? findConfig(uri) : undefined;
    return { target, display, config, isFramework: doc.isFramework, uri, entry: frameworkEntryOf(doc), findings, fixed };
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
    else io.stdout(shown.map(options.format === 'github' ? formatGithubLine : formatFindingLine).join('\n') + '\n');
  };
  /** A configuration's own findings, once, before the first file it applies to (the checks go on with its valid parts). */
  const reportConfig = (found: FoundConfig | undefined) => {
    if (!found || reportedConfigs.has(found.uri)) return;
    reportedConfigs.add(found.uri);
    const display = displayPath(found.path, io.cwd);
    totals.files++; // a file checked too, though no framework
    if (found.config.diagnostics.length) withProblems.add(found.uri);
    report(found.config.diagnostics.map((d) => toFinding(display, d)));
  };
  reportConfig(explicitConfig);

  let done = 0;
  let frameworks = 0;
  for await (const result of mapBounded(targets, CONCURRENCY, check)) {
    progress.tick(++done);
    if (result.error) {
      ioErrors++;
      progress.clear();
      io.stderr(`${result.display}: ${result.error}\n`);
      continue;
    }
    if (!result.isFramework) continue; // a searched JSON file that is no framework
    reportConfig(result.config);
    frameworks++;
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
    const duplicates = byName.computeWorkspaceDiagnostics(entry, index);
    if (duplicates.length) withProblems.add(entry.uri);
    report(duplicates.map((d) => toFinding(display, d)));
  }
  totals.filesWithProblems = withProblems.size;

  json?.end();
  const summary =
    formatSummary(totals) +
    (options.maxWarnings !== undefined && totals.warnings > options.maxWarnings
      ? ` (more than --max-warnings ${options.maxWarnings})`
      : '');
  if (json) {
    if (io.stderrStream.isTTY) io.stderr(summary + '\n');
  } else {
    io.stdout(summary + '\n');
  }
  if (ioErrors) return 2;
  if (frameworks === 0) {
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
