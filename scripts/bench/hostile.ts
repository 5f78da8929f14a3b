/**
 * H: hostile inputs (issue 8): what the server does with each — every finding, or the one notice that declines
 * the file — must take at most 2 s. The unit tests check what is answered; the time is measured here, on the
 * core as it ships (bundled), as a median of CPU time (steadier than wall time on a shared machine).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { baseFramework, frameworkText } from '../../server/src/test/util';
import { mdFramework } from '../../server/src/test/markdownUtil';
import type { Core, FrameworkDoc, Service } from './load';
import { median, round, type Figure, type Options } from './measure';

const LIMIT_MS = 2000;

/** A framework whose Emerging level holds `n` statements. */
function jsonWithStatements(n: number, statement = (i: number) => `Headline ${i} — body of statement ${i}.`): string {
  const f = baseFramework() as { framework: { levels: { emerging: { statements: string[] } } } };
  f.framework.levels.emerging.statements = Array.from({ length: n }, (_, i) => statement(i));
  return JSON.stringify(f, null, 2);
}

/** The small framework in Markdown whose Emerging list holds `n` items. */
function markdownWithItems(n: number): string {
  const items = Array.from({ length: n }, (_, i) => `${i + 1}. Headline ${i} — body of statement ${i}.`).join('\n');
  return mdFramework().replace(/## Emerging\n(?:\d+\..*\n)+/, `## Emerging\n${items}\n`);
}

interface Case {
  id: string;
  what: string;
  uri: string;
  text: () => string;
  /** What is timed, given the service and a fresh document (default: parse and every finding). */
  run?: (service: Service, td: TextDocument) => unknown;
}

const parseAndCheck = (service: Service, td: TextDocument) => service.computeDiagnostics(service.parse(td));

const CASES: Case[] = [
  {
    id: 'H1',
    what: 'a 50 MB framework JSON on one line → the file-too-large notice',
    uri: 'file:///bench/huge.framework.json',
    text: () =>
      `{"schemaVersion":"1.0","occupation":{},"framework":{"levels":{"emerging":{"statements":[${'"Headline — body.",'.repeat(2_700_000)}"x"]}}}}`,
  },
  {
    id: 'H1 md',
    what: 'a 50 MB framework Markdown → the file-too-large notice',
    uri: 'file:///bench/huge.framework.md',
    text: () => markdownWithItems(10) + '1. Headline — body.\n'.repeat(2_700_000),
  },
  {
    id: 'H2',
    what: '10,000-deep nesting → the nesting-too-deep notice',
    uri: 'file:///bench/deep.framework.json',
    text: () => `{"schemaVersion":"1.0","framework":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
  },
  {
    id: 'H3',
    what: 'a 1 MB single line (one 1 MB statement) → its findings',
    uri: 'file:///bench/line.framework.json',
    text: () => {
      const f = baseFramework() as { framework: { levels: { emerging: { statements: string[] } } } };
      f.framework.levels.emerging.statements[0] = 'A'.repeat(1_000_000);
      return JSON.stringify(f);
    },
  },
  {
    id: 'H4',
    what: '100,000 statements in JSON → the maxItemsComputed notice and the syntax findings',
    uri: 'file:///bench/many.framework.json',
    text: () => jsonWithStatements(100_000),
  },
  {
    id: 'H4 md',
    what: '100,000 statements in Markdown → the maxItemsComputed notice',
    uri: 'file:///bench/many.framework.md',
    text: () => markdownWithItems(100_000),
  },
  {
    id: 'H5',
    what: '49,000 unknown O*NET skills (a did-you-mean each) → every finding',
    uri: 'file:///bench/onet.framework.json',
    text: () => frameworkText({ onetEnrichment: { skills: Array.from({ length: 49_000 }, (_, i) => `Unknown skill ${i}`) } }),
  },
  {
    id: 'H6',
    what: 'fix all on a framework with 6,000 problems (3,000 statements, two fixes each)',
    uri: 'file:///bench/problems.framework.json',
    text: () => jsonWithStatements(3_000, (i) => `Headline ${i} - body`),
    run: (service, td) => (service.computeFixAllEdits as (doc: FrameworkDoc) => unknown)(service.parse(td)),
  },
  {
    id: 'H7',
    what: 'quick fixes for each of 4,000 repeated keys (a code-action request per finding)',
    uri: 'file:///bench/repeats.framework.json',
    text: () => frameworkText().replace('"group": "Management",', '"group": "Management",\n' + '    "group": "Management",\n'.repeat(4000)),
    run: (service, td) => {
      const doc = service.parse(td);
      const provide = service.provideCodeActions as (
        doc: FrameworkDoc,
        request: { diagnostics: Diagnostic[]; only?: string[] },
      ) => unknown[];
      for (const d of service.computeDiagnostics(doc).filter((x) => x.code === 'duplicate-key'))
        provide(doc, { diagnostics: [d], only: ['quickfix'] });
    },
  },
];

/** The CPU time in milliseconds that `fn` takes. */
function cpuOf(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export async function benchHostile(core: Core, opts: Options): Promise<Figure[]> {
  const service = core.createLanguageService(() => ({}));
  const reps = Math.max(3, Math.ceil(opts.reps / 2));
  const figures: Figure[] = [];
  for (const c of CASES) {
    const text = c.text();
    const run = c.run ?? parseAndCheck;
    const samples: number[] = [];
    for (let i = 0; i < reps + 1; i++) {
      const td = TextDocument.create(c.uri, /\.md$/.test(c.uri) ? 'markdown' : 'json', i + 1, text);
      td.positionAt(text.length); // the server's document has its line index already
      const ms = cpuOf(() => run(service, td));
      if (i > 0) samples.push(ms); // the first run warms up
    }
    const value = round(median(samples), 1);
    figures.push({
      id: c.id,
      what: `${c.what} (${(text.length / 1e6).toFixed(1)} M characters; CPU time)`,
      value,
      unit: 'ms',
      target: `≤ ${LIMIT_MS} ms`,
      pass: value <= LIMIT_MS,
      samples: samples.map((s) => round(s, 1)),
    });
  }
  return figures;
}
