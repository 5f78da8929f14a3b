/** P3 (CLI over many files), P4 (server memory), P6 (VSIX size, activation, first diagnostics): whole processes. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { startServer, SERVER } from './lsp';
import { ROOT, TMP } from './load';
import { median, notBuilt, ratioOf, round, type Figure, type Options } from './measure';
import type { Workspace } from './files';

/** Runs a command to its end; resolves with wall milliseconds and exit code. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; quiet?: boolean } = {},
): Promise<{ ms: number; code: number | null; output: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (d: Buffer) => {
      if (output.length < 20000) output += d.toString();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => resolve({ ms: performance.now() - t0, code, output }));
  });
}

/** The JSON language service validating every file of a folder in one process (P3's yardstick). */
function writeJsonLint(schema: object): string {
  const file = path.join(TMP, 'jsonls-lint.cjs');
  writeFileSync(path.join(TMP, 'schema.json'), JSON.stringify(schema));
  writeFileSync(
    file,
    `const fs = require('fs'), path = require('path');
const { getLanguageService, TextDocument } = require(${JSON.stringify(require.resolve('vscode-json-languageservice'))});
const ls = getLanguageService({});
ls.configure({ validate: true, schemas: [{ uri: 'bench://s', fileMatch: ['*'], schema: JSON.parse(fs.readFileSync(${JSON.stringify(path.join(TMP, 'schema.json'))}, 'utf8')) }] });
(async () => {
  const dir = process.argv[2]; let n = 0;
  for (const f of fs.readdirSync(dir)) {
    const td = TextDocument.create('file://' + path.join(dir, f), 'json', 1, fs.readFileSync(path.join(dir, f), 'utf8'));
    n += (await ls.doValidation(td, ls.parseJSONDocument(td))).length;
  }
  console.log(n + ' findings');
})();
`,
  );
  return file;
}

export async function benchP3(ws: Workspace, schema: object, opts: Options): Promise<Figure[]> {
  const what = `CLI lint over ${ws.files.length} files, whole process (${ws.note})`;
  const cli = path.join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) return [notBuilt('P3', what, 's', '≤ 3 s; ≤ 1.2× JSON service', 'not built yet (no dist/cli.js)')];
  const reps = Math.max(1, opts.reps);
  // In alternation (ours, baseline, ours, …) after one untimed run of each, so a busy moment slows both alike.
  const baselineScript = writeJsonLint(schema);
  await run(process.execPath, [cli, 'lint', ws.dir]);
  await run(process.execPath, [baselineScript, ws.jsonDir]);
  const ours = { samples: [] as number[], last: { code: null as number | null, output: '' } };
  const base = { samples: [] as number[] };
  for (let i = 0; i < reps; i++) {
    const a = await run(process.execPath, [cli, 'lint', ws.dir]);
    ours.samples.push(a.ms);
    ours.last = a;
    base.samples.push((await run(process.execPath, [baselineScript, ws.jsonDir])).ms);
  }
  const value = round(median(ours.samples) / 1000, 2);
  const ratio = ratioOf(median(ours.samples), median(base.samples));
  const broke = ours.last.code !== 0 && ours.last.code !== 1;
  return [
    {
      id: 'P3',
      what,
      value: broke ? null : value,
      unit: 's',
      target: '≤ 3 s; ≤ 1.2× JSON service',
      pass: broke ? null : value <= 3 && ratio !== null && ratio <= 1.2,
      baseline: {
        what: 'one node process: JSON service parse + doValidation of the same files (as JSON)',
        value: round(median(base.samples) / 1000, 2),
      },
      ratio: broke ? null : ratio,
      samples: ours.samples.map((t) => round(t / 1000, 2)),
      note: broke ? `the CLI exited with ${ours.last.code}: ${ours.last.output.slice(0, 300)}` : undefined,
    },
  ];
}

/** Polls `workspace/symbol` until the index holds `count` frameworks (one symbol each), or times out. */
async function waitForIndex(server: Awaited<ReturnType<typeof startServer>>, count: number, timeoutMs: number): Promise<number> {
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < timeoutMs) {
    n = ((await server.connection.sendRequest('workspace/symbol', { query: '' })) as unknown[] | null)?.length ?? 0;
    if (n >= count) return n;
    await new Promise((r) => setTimeout(r, 250));
  }
  return n;
}

/**
 * P4 as the issue puts it: the server with the workspace folder of `ws.files` indexed for workspace features
 * (workspace symbols, duplicate SOC) and one file open; also, for comparison, every file opened in the editor.
 */
export async function benchP4(ws: Workspace): Promise<Figure[]> {
  const what = `server RSS, workspace of ${ws.files.length} framework files indexed, one open (${ws.note})`;
  if (!existsSync(SERVER)) return [notBuilt('P4', what, 'MB', '≤ 150 MB', 'not built (no dist/server.js)')];
  const idle = await startServer();
  await new Promise((r) => setTimeout(r, 300));
  const idleMB = idle.memory()?.rssMB ?? null;
  await idle.stop();
  const figures: Figure[] = [];

  const indexed = await startServer(ws.dir);
  try {
    const t0 = performance.now();
    indexed.open(ws.files[0].uri, ws.files[0].languageId, ws.files[0].text);
    await indexed.waitForPublished(1, 60_000);
    const n = await waitForIndex(indexed, ws.files.length, 180_000);
    const indexMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 500));
    const mem = indexed.memory();
    const value = mem ? round(mem.rssMB, 1) : null;
    figures.push({
      id: 'P4',
      what,
      value,
      unit: 'MB',
      target: '≤ 150 MB',
      pass: value === null ? null : value <= 150 && n >= ws.files.length,
      baseline: { what: 'the same server with no folder and no document open', value: idleMB === null ? null : round(idleMB, 1) },
      ratio: ratioOf(value, idleMB),
      note: mem ? `peak ${round(mem.peakMB, 1)} MB; ${n} frameworks indexed in ${round(indexMs / 1000, 1)} s` : 'no /proc: RSS not read',
    });
  } catch (e) {
    figures.push(notBuilt('P4', what, 'MB', '≤ 150 MB', String(e)));
  } finally {
    await indexed.stop();
  }

  const server = await startServer();
  const openWhat = `server RSS with all ${ws.files.length} files open in the editor (${ws.note})`;
  try {
    for (const f of ws.files) server.open(f.uri, f.languageId, f.text);
    await server.waitForPublished(ws.files.length, 180_000);
    await new Promise((r) => setTimeout(r, 500));
    const mem = server.memory();
    const value = mem ? round(mem.rssMB, 1) : null;
    figures.push({
      id: 'P4 all open',
      what: openWhat,
      value,
      unit: 'MB',
      target: "≤ 150 MB (not the issue's case: shown for comparison)",
      pass: value === null ? null : value <= 150,
      baseline: { what: 'the same server with no document open', value: idleMB === null ? null : round(idleMB, 1) },
      ratio: ratioOf(value, idleMB),
      note: mem ? `peak ${round(mem.peakMB, 1)} MB; the editor's document store holds every text` : 'no /proc: RSS not read',
    });
  } catch (e) {
    figures.push(notBuilt('P4 all open', openWhat, 'MB', '≤ 150 MB', String(e)));
  } finally {
    await server.stop();
  }
  return figures;
}

/**
 * A `vscode` module stub, so the bundled extension can be loaded outside VS Code, and a probe that times
 * `require(target)` and, when the module has `activate`, the call `activate(context)` until it returns (and
 * its promise, if any, settles). The process exits right after, before anything activation deferred runs.
 */
function writeActivationProbe(): string {
  const stub = path.join(TMP, 'vscode-stub.cjs');
  writeFileSync(
    stub,
    'const any = new Proxy(function () {}, { get: (t, k) => (k === "then" || k === "activeTextEditor" ? undefined : k === Symbol.toPrimitive ? () => "" : any), apply: () => any, construct: () => any });\nmodule.exports = any;\n',
  );
  const probe = path.join(TMP, 'activation-probe.cjs');
  writeFileSync(
    probe,
    `const Module = require('module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? ${JSON.stringify(stub)} : resolve.call(this, request, ...rest); };
const any = require(${JSON.stringify(stub)});
const target = process.argv[2];
const context = new Proxy({ subscriptions: [], asAbsolutePath: (p) => require('path').join(require('path').dirname(target), '..', p) }, { get: (t, k) => (k in t ? t[k] : any) });
(async () => {
  const t0 = performance.now();
  const mod = require(target);
  if (typeof mod.activate === 'function') await mod.activate(context);
  console.log(JSON.stringify({ ms: performance.now() - t0 }));
  process.exit(0);
})();
`,
  );
  return probe;
}

async function probeTimes(probe: string, target: string, reps: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const r = await run(process.execPath, [probe, target]);
    const m = /\{"ms":([\d.]+)\}/.exec(r.output);
    if (m) out.push(Number(m[1]));
  }
  return out;
}

export async function benchP6(opts: Options, packaged: { ok: boolean; note?: string }): Promise<Figure[]> {
  const figures: Figure[] = [];
  const vsix = path.join(ROOT, 'dist', 'nsx-framework-editor.vsix');
  if (existsSync(vsix) && packaged.ok) {
    const kb = statSync(vsix).size / 1024;
    figures.push({
      id: 'P6 vsix',
      what: 'VSIX size (dist/nsx-framework-editor.vsix)',
      value: round(kb, 0),
      unit: 'KB',
      target: '≤ 1 MB',
      pass: kb <= 1024,
    });
  } else {
    figures.push(notBuilt('P6 vsix', 'VSIX size', 'KB', '≤ 1 MB', packaged.note ?? 'no VSIX (npm run package failed or was skipped)'));
  }

  const extension = path.join(ROOT, 'dist', 'extension.js');
  const reps = Math.max(3, opts.reps);
  if (existsSync(extension)) {
    const probe = writeActivationProbe();
    const ours = await probeTimes(probe, extension, reps);
    const base = await probeTimes(probe, 'vscode-languageclient/node', reps);
    const value = ours.length ? round(median(ours), 1) : null;
    figures.push({
      id: 'P6 activation',
      what: 'extension activation: require(dist/extension.js) and activate() until it returns, in a fresh node with a stub vscode module',
      value,
      unit: 'ms',
      target: '≤ 50 ms',
      pass: value === null ? null : value <= 50,
      baseline: { what: 'require("vscode-languageclient/node") unbundled, same stub', value: base.length ? round(median(base), 1) : null },
      ratio: ratioOf(value, base.length ? median(base) : null),
      samples: ours.map((t) => round(t, 1)),
      note: 'activate() registers the commands and views and returns; the language client is loaded and started just after (next figure)',
    });
    const clientBundle = path.join(ROOT, 'dist', 'languageClient.js');
    if (existsSync(clientBundle)) {
      const load = await probeTimes(probe, clientBundle, reps);
      const loaded = load.length ? round(median(load), 1) : null;
      figures.push({
        id: 'P6 client load',
        what: 'the language client loaded after activation: require(dist/languageClient.js), same stub',
        value: loaded,
        unit: 'ms',
        target: '—',
        pass: null,
        baseline: {
          what: 'require("vscode-languageclient/node") unbundled, same stub',
          value: base.length ? round(median(base), 1) : null,
        },
        ratio: ratioOf(loaded, base.length ? median(base) : null),
        samples: load.map((t) => round(t, 1)),
        note: 'runs after activate() has returned, before the server starts; the server start is the next figure',
      });
    }
  } else {
    figures.push(notBuilt('P6 activation', 'extension load', 'ms', '≤ 50 ms', 'not built (no dist/extension.js)'));
  }

  if (existsSync(SERVER)) {
    const text = readFileSync(path.join(ROOT, 'test-fixtures', 'export-43-9199.00.json'), 'utf8');
    const samples: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      const server = await startServer();
      server.open('file:///bench/export-43-9199.00.json', 'json', text);
      await server.waitForPublished(1, 20_000);
      samples.push(server.published.values().next().value! - t0);
      await server.stop();
    }
    const base: number[] = [];
    for (let i = 0; i < reps; i++) base.push((await run(process.execPath, ['-e', 'process.stdout.write("x")'])).ms);
    const value = round(median(samples), 1);
    figures.push({
      id: 'P6 first diagnostics',
      what: 'server start → first diagnostics (spawn, initialize, didOpen export-43-9199.00.json)',
      value,
      unit: 'ms',
      target: '≤ 300 ms',
      pass: value <= 300,
      baseline: { what: 'a bare `node -e` process start to its first output', value: round(median(base), 1) },
      ratio: ratioOf(value, median(base)),
      samples: samples.map((t) => round(t, 1)),
    });
  } else {
    figures.push(notBuilt('P6 first diagnostics', 'server start → first diagnostics', 'ms', '≤ 300 ms', 'not built (no dist/server.js)'));
  }
  return figures;
}
