/**
 * The workspace of many framework files for P3 (CLI) and P4 (server memory), one SOC code each: generated JSON, and — once the
 * JSON → Markdown conversion exists — every other file in Markdown. Written to bench/tmp/corpus/ (ignored by
 * git), with the JSON of every file in bench/tmp/corpus-json/ for the baseline.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateFramework } from './generate';
import { callFirst, findExport, TMP, type Service } from './load';

export interface Workspace {
  dir: string;
  jsonDir: string;
  files: { path: string; uri: string; languageId: string; text: string }[];
  markdown: number;
  note: string;
}

type Converter = (value: unknown, text: string) => Promise<string | undefined>;

/** The JSON → Markdown conversion, wherever the Markdown work put it; undefined until it exists. */
export async function findConverter(service: Service): Promise<{ convert: Converter; where: string } | undefined> {
  const isMarkdown = (r: unknown): r is string => typeof r === 'string' && r.startsWith('---');
  const facadeName = Object.keys(service).find((k) => /markdown/i.test(k) && /to|convert/i.test(k) && typeof service[k] === 'function');
  const found = facadeName
    ? { fn: service[facadeName] as (...a: unknown[]) => unknown, name: facadeName, file: 'the facade' }
    : await findExport(/^(?:to|json|framework|convert|format|print|serialize)\w*Markdown$|^toMarkdown$/i);
  if (!found) return undefined;
  const convert: Converter = async (value, text) => {
    const doc = service.parse(TextDocument.create('file:///bench/x.framework.json', 'json', 1, text));
    return (await callFirst(found.fn, [[doc], [value], [text], [doc.value]], isMarkdown))?.result;
  };
  // Only a converter that works on a real framework counts.
  const probe = generateFramework({ seed: 7, statements: 16 });
  if (!(await convert(probe, JSON.stringify(probe, null, 2)))) return undefined;
  return { convert, where: `${found.name} (${found.file})` };
}

/** Writes `count` framework files (about 10–15 KB each, a few findings in some). */
export async function writeWorkspace(count: number, service: Service): Promise<Workspace> {
  const dir = path.join(TMP, 'corpus');
  const jsonDir = path.join(TMP, 'corpus-json');
  for (const d of [dir, jsonDir]) {
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
  }
  const converter = await findConverter(service);
  const files: Workspace['files'] = [];
  let markdown = 0;
  for (let i = 0; i < count; i++) {
    const value = generateFramework({ seed: 1000 + i, statements: 40 + (i % 5) * 8, faultRate: 0.02, citations: 5 });
    // One occupation per file, as in a real workspace (1,000 files of one SOC code would each carry a
    // duplicate-SOC warning naming the 999 others: a million related locations the JSON service never computes).
    (value.occupation as { soc: string }).soc = `11-${String(1000 + i).padStart(4, '0')}.00`;
    const text = JSON.stringify(value, null, 2) + '\n';
    const name = `framework-${String(i).padStart(4, '0')}`;
    writeFileSync(path.join(jsonDir, `${name}.framework.json`), text);
    const md = converter && i % 2 === 1 ? await converter.convert(value, text) : undefined;
    const file = md ? `${name}.framework.md` : `${name}.framework.json`;
    if (md) markdown++;
    writeFileSync(path.join(dir, file), md ?? text);
    files.push({
      path: path.join(dir, file),
      uri: `file://${path.join(dir, file)}`,
      languageId: md ? 'markdown' : 'json',
      text: md ?? text,
    });
  }
  const note = converter
    ? `${count - markdown} JSON + ${markdown} Markdown files (converted with ${converter.where})`
    : `${count} JSON files: no JSON → Markdown conversion yet, so no Markdown files`;
  return { dir, jsonDir, files, markdown, note };
}
