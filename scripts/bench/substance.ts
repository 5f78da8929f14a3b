/**
 * P2 substance: what the rules of substance (level-progression, statement-vague-verb, statement-too-long,
 * task-not-grounded) add to the findings of the P2 framework. Each run parses a fresh document and collects its
 * statements untimed (the checks of form have done that by the time these rules run), then times the four rules.
 *
 * The figure is the CPU time of the main thread, where the rules run, on Linux (`/proc/self/task/<pid>/schedstat`):
 * the process's CPU time also counts the collector's background threads, still marking and sweeping the freshly
 * parsed 5 MB document, and that put 10 to 100 ms into some samples (bench/README.md, "Seventh round"). Elsewhere
 * it is the process's CPU time. The first runs are warm-up: they also compile the rules.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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
      const before = cpuTime();
      found = entry.checkSubstance(doc).length;
      cpu.push(cpuTime() - before);
    },
    Math.max(5, opts.reps),
    WARMUP,
  );
  // On a shared machine wall time counts the other processes' turns; the figure is CPU time.
  const cpuTimed = cpu.slice(WARMUP);
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
      note: `${THREAD_TIME ? 'main thread' : 'process'} CPU time after ${WARMUP} runs of warm-up; wall time ${round(median(samples), 1)} ms`,
    },
  ];
}

/**
 * "P1 substance", for information: the four rules on the document P1 checks (the real export), per document, on
 * documents parsed and with their statements collected beforehand (300 a sample), after a full garbage collection;
 * the main thread's CPU time. It is what the rules of substance themselves cost of P1's figure (bench/README.md,
 * "What still misses").
 */
export async function benchSubstanceP1(opts: Options): Promise<Figure[]> {
  const entry = (await bundle(path.join(ROOT, 'scripts', 'bench', 'substanceEntry.ts'), 'substance')) as unknown as Entry;
  const text = readFileSync(path.join(ROOT, 'test-fixtures', 'export-11-9179.00.json'), 'utf8');
  const service = entry.createLanguageService(() => ({}));
  const inner = 300;
  let version = 0;
  const cpu: number[] = [];
  for (let i = 0; i < WARMUP + opts.reps * 2; i++) {
    const docs = Array.from({ length: inner }, () => {
      const doc = service.parse(TextDocument.create('file:///bench/framework.framework.json', 'json', ++version, text));
      entry.collectStatements(doc);
      return doc;
    });
    // The parse's garbage collected first, untimed (its sweeping runs on other threads, which this time leaves out):
    // the figure is what the rules themselves cost.
    collectGarbage();
    const before = cpuTime();
    for (const doc of docs) entry.checkSubstance(doc);
    if (i >= WARMUP) cpu.push((cpuTime() - before) / inner);
  }
  return [
    {
      id: 'P1 substance',
      what: 'the four rules of substance on export-11-9179.00.json, per document (for information: their share of P1)',
      value: round(median(cpu), 3),
      unit: 'ms',
      target: '—',
      pass: null,
      samples: cpu.map((t) => round(t, 3)),
      note: `${THREAD_TIME ? 'main thread' : 'process'} CPU time after a full collection, ${inner} documents a sample`,
    },
  ];
}

/** Untimed runs first: the rules' code is compiled during the first of them. */
const WARMUP = 3;

const THREAD_STAT = `/proc/self/task/${process.pid}/schedstat`;
/** Whether this system tells the main thread's own CPU time. */
const THREAD_TIME = (() => {
  try {
    return Number.isFinite(Number(readFileSync(THREAD_STAT, 'utf8').split(' ')[0]));
  } catch {
    return false;
  }
})();

/** CPU time so far in milliseconds: the main thread's (schedstat's first field, in nanoseconds), else the process's. */
function cpuTime(): number {
  if (THREAD_TIME) return Number(readFileSync(THREAD_STAT, 'utf8').split(' ')[0]) / 1e6;
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** A full garbage collection, by V8's `gc` (exposed for this process; a fresh context reads it). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
