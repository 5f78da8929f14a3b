/**
 * `nsx-framework convert <file> --to md|json|case|ctdl-asn [-o out] [--base-uri uri]`: reads the file, refuses one
 * with errors (a lossless conversion needs a complete framework), converts or exports it with the core and writes
 * the result. A `*.case.json` file is a CASE package this tool exported: `--to json|md` gives the framework back.
 */
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { createFileDocument } from '../languageService/util/textDocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../languageService';
import { fileUri, readTextFile } from '../workspace/files';
import type { ConvertTarget } from './args';
import { NotConverted, type ConvertFn } from './plugins';
import { formatFindingLine, oneLine, toFinding } from './report';
import { displayPath, type CliIo } from './io';
import { convertCasePackage, exportDocument } from '../languageService/export';

export async function convertFile(
  command: { file: string; to: ConvertTarget; output: string | undefined; baseUri?: string },
  convert: ConvertFn,
  io: CliIo,
): Promise<number> {
  const file = path.resolve(io.cwd, command.file);
  const read = await readTextFile(file);
  if (!read.ok) {
    io.stderr(`${command.file}: ${read.error}\n`);
    return 2;
  }
  const display = displayPath(file, io.cwd);
  if (/\.case\.json$/i.test(file)) {
    if (command.to !== 'json' && command.to !== 'md') {
      io.stderr(`${command.file} is a CASE package: convert it --to json or --to md to get the framework back\n`);
      return 2;
    }
    const result = convertCasePackage(read.text, command.to === 'md' ? 'markdown' : 'json');
    if ('error' in result) {
      // Broken JSON is listed as any conversion lists it: the JSON reader's findings, with their places.
      const syntax = result.syntax ? parseErrors(file, 'json', read.text) : [];
      return refuse(display, syntax, syntax.length ? 'fix the errors first' : result.error, io);
    }
    return write(result.text, command.output, io);
  }
  const fromMarkdown = /\.md$/i.test(file);
  if (command.to === 'case' || command.to === 'ctdl-asn') {
    const service = createLanguageService(() => ({ frameworkGlobs: ['**'], severity: { 'empty-file': 'error' } }));
    const doc = service.parse(createFileDocument(fileUri(file), fromMarkdown ? 'markdown' : 'json', 1, read.text));
    const errors = service.computeDiagnostics(doc).filter((d) => d.severity === DiagnosticSeverity.Error);
    if (!doc.isFramework || errors.length)
      return refuse(display, errors, doc.isFramework ? 'fix the errors first' : 'not a framework file', io);
    const result = exportDocument(doc, command.to, { baseUri: command.baseUri });
    if ('error' in result) return refuse(display, [], result.error, io);
    return write(result.text, command.output, io);
  }
  if (fromMarkdown === (command.to === 'md')) {
    io.stderr(`${command.file} is already ${command.to === 'md' ? 'Markdown' : 'JSON'}\n`);
    return 2;
  }
  // An empty file is refused as an error (in the editor it is a notice): there is nothing to convert.
  const service = createLanguageService(() => ({ frameworkGlobs: ['**'], severity: { 'empty-file': 'error' } }));
  const doc = service.parse(createFileDocument(fileUri(file), fromMarkdown ? 'markdown' : 'json', 1, read.text));
  const errors = service.computeDiagnostics(doc).filter((d) => d.severity === DiagnosticSeverity.Error);
  if (!doc.isFramework || errors.length)
    return refuse(display, errors, doc.isFramework ? 'fix the errors first' : 'not a framework file', io);
  let text: string;
  try {
    text = convert(doc, command.to);
  } catch (error) {
    if (!(error instanceof NotConverted)) throw error;
    return refuse(display, [], oneLine(error.message), io);
  }
  return write(text, command.output, io);
}

/** Prints the errors and why the file is not converted; exit code 1. */
function refuse(display: string, errors: Diagnostic[], reason: string, io: CliIo): number {
  for (const d of errors) io.stderr(formatFindingLine(toFinding(display, d)) + '\n');
  io.stderr(`${display}: not converted: ${reason}\n`);
  return 1;
}

/** The JSON syntax errors of a file that is not a framework (a CASE package), as the framework reader reports them. */
function parseErrors(file: string, languageId: string, text: string): Diagnostic[] {
  const service = createLanguageService(() => ({ frameworkGlobs: ['**'] }));
  const doc = service.parse(createFileDocument(fileUri(file), languageId, 1, text));
  return doc.syntaxDiagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
}

/** Writes the result to standard output or to `output`. */
async function write(text: string, output: string | undefined, io: CliIo): Promise<number> {
  if (output === undefined || output === '-') {
    io.stdout(text);
    return 0;
  }
  try {
    await writeFile(path.resolve(io.cwd, output), text);
  } catch (error) {
    io.stderr(`${output}: ${(error as Error).message}\n`);
    return 2;
  }
  return 0;
}
