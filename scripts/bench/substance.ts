/**
 * P2 substance: what the rules of substance (level-progression, statement-vague-verb, statement-too-long,
 * task-not-grounded) add to the findings of the P2 framework. Each run parses a fresh document and collects its
 * statements untimed (the checks of form have done that by the time these rules run), then times the four rules.
 */
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateFrameworkText, optionsForSize } from './generate';
import { bundle, ROOT } from './load';
import { median, round, timeEach, type Figure, type Options } from './measure';

type Doc = { textDocument: TextDocument };
interface Entry {
  createLanguageService: (settings?: () => Record<string, unknown>) => { parse(td: TextDocument): Doc };
  checkSubstance: (doc: Doc) => unknown[];
  collectStatements: (doc: Doc) => unknown[];
}

/** The rules of substance on the generated framework of P2 (same size, seed and mistakes). */
export async function benchSubstance(opts: Options): Promise<Figure[]> {
  const entry = (await bundle(path.join(ROOT, 'scripts', 'bench', 'substanceEntry.ts'), 'substance')) as unknown as Entry;
  const text = generateFrameworkText(optionsForSize(opts.bigBytes, 1, 0.01));
  const service = entry.createLanguageService(() => ({ maxFileSize: text.length * 2, maxItemsComputed: 10_000_000 }));
  let version = 0;
  let found = 0;
  const cpu: number[] = [];
  const samples = await timeEach(
    () => {
      const doc = service.parse(TextDocument.create('file:///bench/framework.framework.json', 'json', ++version, text));
      entry.collectStatements(doc);
      return doc;
    },
    (doc) => {
      const before = process.cpuUsage();
      found = entry.checkSubstance(doc).length;
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
    },
    Math.max(3, opts.reps),
    opts.warmup,
  );
  // On a shared machine wall time counts the other processes' turns; the figure is this process's CPU time.
  const cpuTimed = cpu.slice(opts.warmup);
  const value = round(median(cpuTimed), 1);
  return [
    {
      id: 'P2 substance',
      what: `CPU time of the four rules of substance on the P2 framework (${(text.length / 1e6).toFixed(1)} MB; ${found} findings)`,
      value,
      unit: 'ms',
      target: '≤ 50 ms',
      pass: value <= 50,
      samples: cpuTimed.map((t) => round(t, 1)),
      note: `wall time ${round(median(samples), 1)} ms`,
    },
  ];
}
