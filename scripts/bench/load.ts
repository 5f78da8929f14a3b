/**
 * Loads what the benchmark measures, the way it ships: the language-service core bundled by esbuild (as
 * dist/server.js bundles it, without tsx's per-function overhead), and the baselines. Pieces other work adds
 * later are found by looking for them (facade methods, modules, files), so the figures appear once they land.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from 'vscode-languageserver-types';

export const ROOT = path.join(__dirname, '..', '..');
export const TMP = path.join(ROOT, 'bench', 'tmp');
const SERVICE_DIR = path.join(ROOT, 'server', 'src', 'languageService');
const requireHere = createRequire(__filename);

/** The facade as the benchmark uses it; optional members are features that may not exist yet. */
export interface Service {
  parse(textDocument: TextDocument): FrameworkDoc;
  /** With the previous version's model, as the server's model cache passes it, an edit inside a JSON text value re-parses only that value. */
  parseNextVersion(textDocument: TextDocument, previous: FrameworkDoc): FrameworkDoc;
  computeDiagnostics(doc: FrameworkDoc): Diagnostic[];
  doHover?: (doc: FrameworkDoc, position: Position) => unknown;
  doComplete?: (doc: FrameworkDoc, position: Position) => unknown;
  [other: string]: unknown;
}
export interface FrameworkDoc {
  textDocument: TextDocument;
  value: unknown;
  isFramework: boolean;
  root: unknown;
}

/** Bundles `entry` (a file of the project) to bench/tmp and requires it. */
export async function bundle(entry: string, name: string): Promise<Record<string, unknown>> {
  mkdirSync(TMP, { recursive: true });
  const outfile = path.join(TMP, `${name}.cjs`);
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'silent',
  });
  delete requireHere.cache[outfile];
  return requireHere(outfile) as Record<string, unknown>;
}

export interface Core {
  createLanguageService: (settings?: () => Record<string, unknown>) => Service;
  frameworkSchema: unknown;
}

/** The core facade and the zod schema, bundled. */
export async function loadCore(): Promise<Core> {
  const index = await bundle(path.join(SERVICE_DIR, 'index.ts'), 'languageService');
  const schema = await bundle(path.join(SERVICE_DIR, 'schema', 'framework.ts'), 'frameworkSchema');
  return { createLanguageService: index.createLanguageService as Core['createLanguageService'], frameworkSchema: schema.frameworkSchema };
}

/** The JSON Schema: schemas/framework.schema.json when it exists, else generated now with zod 4. */
export async function loadJsonSchema(core: Core): Promise<{ schema: object; note: string }> {
  const file = path.join(ROOT, 'schemas', 'framework.schema.json');
  if (existsSync(file)) return { schema: JSON.parse(readFileSync(file, 'utf8')), note: 'schemas/framework.schema.json' };
  const { z } = await import('zod');
  const schema = z.toJSONSchema(core.frameworkSchema as Parameters<typeof z.toJSONSchema>[0], { unrepresentable: 'any' }) as object;
  return { schema, note: 'schemas/framework.schema.json absent: generated in-process with z.toJSONSchema(frameworkSchema)' };
}

/** Every .ts file under a folder of the core (tests excluded). */
function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(p));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

type Found = { fn: (...args: unknown[]) => unknown; name: string; file: string };

/**
 * The exported functions whose names match `pattern` in the core (under `subdir`), each module bundled;
 * empty until such an export exists.
 */
export async function findExports(pattern: RegExp, subdir = ''): Promise<Found[]> {
  const out: Found[] = [];
  for (const file of sourceFiles(path.join(SERVICE_DIR, subdir)).sort()) {
    const text = readFileSync(file, 'utf8');
    const names = [...text.matchAll(/export\s+(?:async\s+)?(?:function\s+|const\s+)([A-Za-z0-9_$]+)/g)]
      .map((m) => m[1])
      .filter((n) => pattern.test(n));
    if (!names.length) continue;
    const mod = await bundle(file, `find-${path.basename(file, '.ts')}`);
    for (const name of names) {
      if (typeof mod[name] === 'function') out.push({ fn: mod[name] as Found['fn'], name, file: path.relative(ROOT, file) });
    }
  }
  return out;
}

/** The first of {@link findExports}. */
export async function findExport(pattern: RegExp, subdir = ''): Promise<Found | undefined> {
  return (await findExports(pattern, subdir))[0];
}

/**
 * Calls `fn` with each argument list in turn until one returns a result `accept` takes (errors are tried
 * past); the other pieces' signatures are not known in advance.
 */
export async function callFirst<T>(
  fn: (...args: unknown[]) => unknown,
  argLists: unknown[][],
  accept: (r: unknown) => r is T,
): Promise<{ result: T; args: number } | undefined> {
  for (let i = 0; i < argLists.length; i++) {
    try {
      const r = await fn(...argLists[i]);
      if (accept(r)) return { result: r, args: i };
    } catch {
      // try the next way of calling it
    }
  }
  return undefined;
}

/** The JSON language service (the yardstick), configured with the framework schema for every file. */
export function jsonLanguageService(schema: object) {
  const ls = requireHere('vscode-json-languageservice') as typeof import('vscode-json-languageservice');
  const service = ls.getLanguageService({});
  service.configure({
    validate: true,
    allowComments: false,
    schemas: [{ uri: 'bench://framework.schema.json', fileMatch: ['*'], schema }],
  });
  return service;
}
