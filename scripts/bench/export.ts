/**
 * X: exporting the generated 5 MB framework (issue 16) as a CASE 1.1 package and as CTDL-ASN, text included, from
 * the parsed document as the server and the CLI do; the export core bundled by esbuild like the rest of the core.
 */
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateFrameworkText, optionsForSize } from './generate';
import { bundle, type Core } from './load';
import { interleave, median, type Figure, type Options } from './measure';

const URI = 'file:///bench/big.framework.json';
const LIMIT_MS = 1000;

export async function benchExport(core: Core, opts: Options): Promise<Figure[]> {
  const exportModule = await bundle(path.join(__dirname, '..', '..', 'server', 'src', 'languageService', 'export', 'index.ts'), 'export');
  const exportDocument = exportModule.exportDocument as (doc: unknown, target: 'case' | 'ctdl-asn') => { text: string } | { error: string };
  // No mistakes in this framework: an export refuses a framework with errors.
  const text = generateFrameworkText(optionsForSize(opts.bigBytes, 1, 0));
  const service = core.createLanguageService(() => ({ maxFileSize: text.length * 2, maxItemsComputed: 10_000_000 }));
  const doc = service.parse(TextDocument.create(URI, 'json', 1, text));
  const reps = Math.max(3, Math.ceil(opts.reps / 2));
  const figures: Figure[] = [];
  const targets = [
    ['X', 'case', 'CASE 1.1 package'],
    ['X ctdl', 'ctdl-asn', 'CTDL-ASN JSON-LD'],
  ] as const;
  const bytes = [0, 0];
  const cpu: number[][] = [];
  // Both exports in alternation, with their CPU time: on a shared machine the wall time says more about the load.
  const samples = await interleave(
    targets.map(([id, target], i) => () => {
      const result = exportDocument(doc, target);
      if ('error' in result) throw new Error(`${id}: ${result.error}`);
      bytes[i] = result.text.length;
    }),
    reps,
    opts.warmup,
    cpu,
  );
  targets.forEach(([id, , name], i) => {
    const value = Math.round(median(samples[i]));
    figures.push({
      id,
      what: `export as ${name}, generated framework (${(text.length / 1e6).toFixed(1)} MB; ${(bytes[i] / 1e6).toFixed(1)} MB written)`,
      value,
      unit: 'ms',
      target: `≤ ${LIMIT_MS} ms`,
      pass: value <= LIMIT_MS,
      samples: samples[i].map((s) => Math.round(s)),
      note: `CPU time per run ${Math.round(median(cpu[i]))} ms (all threads, the garbage collector's included)`,
    });
  });
  return figures;
}
