/**
 * The performance benchmark (issue 7): `npm run bench [-- options]`.
 *   --reps N        timed runs per figure (default 5; big inputs use about half)
 *   --warmup N      untimed runs first (default 1)
 *   --only P1,P2    only these figures (P1 P1b P2 P3 P4 P5 P6, H: the hostile inputs of issue 8, X: the exports of issue 16; P1 includes P1 substance, P2 P2 substance)
 *   --files N       files for P3/P4 (default 1000)
 *   --big-mb N      size of the P2 framework in MB (default 5)
 *   --no-build      use dist/ as it is (default: npm run build first)
 *   --no-package    skip npm run package (the VSIX figure then uses an existing VSIX, if any)
 * Prints a table (median, baseline measured in the same run, ratio, target, pass/miss) and writes
 * bench/results.json. A script, not a test: nothing here fails a build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchP1, benchP2 } from './core';
import { writeWorkspace } from './files';
import { loadCore, loadJsonSchema, ROOT } from './load';
import type { Figure, Options } from './measure';
import { benchHostile } from './hostile';
import { benchExport } from './export';
import { benchP5 } from './preview';
import { benchSubstance, benchSubstanceP1 } from './substance';
import { benchP3, benchP4, benchP6, run } from './processes';

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, fallback: number) => (value(name) !== undefined ? Number(value(name)) : fallback);
  return {
    reps: num('reps', 5),
    warmup: num('warmup', 1),
    build: !argv.includes('--no-build'),
    packageVsix: !argv.includes('--no-package'),
    only: (value('only') ?? '')
      .split(',')
      .filter(Boolean)
      .map((s) => s.toUpperCase()),
    files: num('files', 1000),
    bigBytes: num('big-mb', 5) * 1e6,
  };
}

const wanted = (opts: Options, id: string) => !opts.only.length || opts.only.includes(id);

function format(f: Figure): string[] {
  const v = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : `${x} ${f.unit}`);
  const value = f.value === null ? `n/a (${f.note ?? 'not built yet'})` : v(f.value);
  const result = f.pass === null ? '—' : f.pass ? 'pass' : 'MISS';
  return [
    f.id,
    value,
    f.baseline ? v(f.baseline.value) : '—',
    f.ratio === null || f.ratio === undefined ? '—' : `${f.ratio}×`,
    f.target,
    result,
  ];
}

function table(figures: Figure[]): string {
  const rows = [['id', 'median', 'baseline', 'ratio', 'target', 'result'], ...figures.map(format)];
  const widths = rows[0].map((_, c) => Math.min(60, Math.max(...rows.map((r) => r[c].length))));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    memoryGB: Math.round(os.totalmem() / 1e8) / 10,
  };
  console.log(
    `machine: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.platform}, load average ${machine.loadAverage.join(' ')}`,
  );
  console.log(
    `options: ${opts.reps} runs per figure after ${opts.warmup} warm-up, ${opts.files} files, ${opts.bigBytes / 1e6} MB framework`,
  );

  const notes: string[] = [];
  let packaged = { ok: false, note: 'npm run package skipped (--no-package)' as string | undefined };
  if (opts.build && (wanted(opts, 'P3') || wanted(opts, 'P4') || wanted(opts, 'P6'))) {
    const b = await run('npm', ['run', 'build', '--silent']);
    if (b.code !== 0) notes.push(`npm run build failed: ${b.output.slice(-500)}`);
  }
  if (opts.packageVsix && wanted(opts, 'P6')) {
    const p = await run('npm', ['run', 'package', '--silent']);
    packaged = p.code === 0 ? { ok: true, note: undefined } : { ok: false, note: `npm run package failed: ${p.output.slice(-300)}` };
  } else if (!opts.packageVsix) {
    packaged = { ok: true, note: undefined }; // use whatever VSIX dist/ holds
  }

  const core = await loadCore();
  const { schema, note: schemaNote } = await loadJsonSchema(core);
  notes.push(`JSON Schema for the baseline: ${schemaNote}`);
  const service = core.createLanguageService(() => ({}));
  const figures: Figure[] = [];
  const section = async (id: string, fn: () => Promise<Figure[]>) => {
    if (!wanted(opts, id)) return;
    process.stdout.write(`running ${id} …\n`);
    try {
      figures.push(...(await fn()));
    } catch (e) {
      figures.push({
        id,
        what: id,
        value: null,
        unit: 'ms',
        target: '',
        pass: null,
        note: `failed: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  };

  await section('P1', () => benchP1(core, schema, opts));
  await section('P1', () => benchSubstanceP1(opts));
  await section('P2', () => benchP2(core, schema, opts));
  await section('P2', () => benchSubstance(opts));
  if (wanted(opts, 'P3') || wanted(opts, 'P4')) {
    const ws = await writeWorkspace(opts.files, service);
    notes.push(`workspace for P3/P4: ${ws.note}`);
    await section('P3', () => benchP3(ws, schema, opts));
    await section('P4', () => benchP4(ws));
  }
  await section('P5', () => benchP5(service, opts));
  await section('P6', () => benchP6(opts, packaged));
  await section('H', () => benchHostile(core, opts));
  await section('X', () => benchExport(core, opts));

  console.log('\n' + table(figures));
  for (const f of figures)
    console.log(
      `  ${f.id}: ${f.what}${f.baseline ? `; baseline: ${f.baseline.what}` : ''}${f.note && f.value !== null ? ` (${f.note})` : ''}`,
    );
  for (const n of notes) console.log(`note: ${n}`);

  const out = path.join(ROOT, 'bench', 'results.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine, options: opts, notes, figures }, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(process.cwd(), out)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
