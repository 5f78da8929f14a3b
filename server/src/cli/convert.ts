/**
 * `nsx-framework convert <file> --to md|json [-o out]`: reads the file, refuses one with errors (a lossless
 * conversion needs a complete framework), converts it with the core's conversion and writes the result.
 */
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { createFileDocument } from '../languageService/util/textDocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createLanguageService } from '../languageService';
import { fileUri, readTextFile } from '../workspace/files';
import type { ConvertTarget } from './args';
import type { CliIo } from './main';
import { NotConverted, type ConvertFn } from './plugins';
import { formatFindingLine, oneLine, toFinding } from './report';
import { displayPath } from './lint';

export async function convertFile(command: { file: string; to: ConvertTarget; output: string | undefined }, convert: ConvertFn, io: CliIo): Promise<number> {
  const file = path.resolve(io.cwd, command.file);
  const read = await readTextFile(file);
  if (!read.ok) {
    io.stderr(`${command.file}: ${read.error}\n`);
    return 2;
  }
  const fromMarkdown = /\.md$/i.test(file);
  if (fromMarkdown === (command.to === 'md')) {
    io.stderr(`${command.file} is already ${command.to === 'md' ? 'Markdown' : 'JSON'}\n`);
    return 2;
  }
  const service = createLanguageService(() => ({ frameworkGlobs: ['**'] }));
  const doc = service.parse(createFileDocument(fileUri(file), fromMarkdown ? 'markdown' : 'json', 1, read.text));
  const errors = service.computeDiagnostics(doc).filter((d) => d.severity === DiagnosticSeverity.Error);
  if (!doc.isFramework || errors.length) {
    const display = displayPath(file, io.cwd);
    for (const d of errors) io.stderr(formatFindingLine(toFinding(display, d)) + '\n');
    io.stderr(`${display}: not converted: ${doc.isFramework ? 'fix the errors first' : 'not a framework file'}\n`);
    return 1;
  }
  let text: string;
  try {
    text = convert(doc, command.to);
  } catch (error) {
    if (!(error instanceof NotConverted)) throw error;
    io.stderr(`${displayPath(file, io.cwd)}: not converted: ${oneLine(error.message)}\n`);
    return 1;
  }
  if (command.output === undefined || command.output === '-') {
    io.stdout(text);
    return 0;
  }
  try {
    await writeFile(path.resolve(io.cwd, command.output), text);
  } catch (error) {
    io.stderr(`${command.output}: ${(error as Error).message}\n`);
    return 2;
  }
  return 0;
}
