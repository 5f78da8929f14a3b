/** P5: the preview renderer (model → HTML) and the size of its update message for a one-statement edit. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { callFirst, findExport, findExports, ROOT, type Service } from './load';
import { median, notBuilt, round, time, type Figure, type Options } from './measure';

const FIXTURE = 'example-full-11-9179.00.framework.json';

/** The HTML in a renderer's result: a string, or an object with an `html` field. */
function htmlOf(r: unknown): string | undefined {
  if (typeof r === 'string' && r.includes('<')) return r;
  const html = (r as { html?: unknown } | null)?.html;
  return typeof html === 'string' && html.includes('<') ? html : undefined;
}

type Sections = { title: string; sections: { key: string; html: string }[] };

/**
 * The facade's `renderPreview(doc)` → `{ render: { sections: [{ key, html }] } }`: the page is the sections' HTML;
 * the update the panel posts to the webview holds the key order and only the sections whose HTML changed
 * (client/src/preview/panel.ts). The server's response to the client carries every section.
 */
async function benchFacadeP5(
  renderPreview: (doc: unknown) => { render?: Sections },
  service: Service,
  opts: Options,
  renderWhat: string,
  updateWhat: string,
): Promise<Figure[]> {
  const text = readFileSync(path.join(ROOT, 'test-fixtures', FIXTURE), 'utf8');
  const parse = (t: string, v: number) => service.parse(TextDocument.create(`file:///bench/${FIXTURE}`, 'json', v, t));
  const doc = parse(text, 1);
  const first = renderPreview(doc).render;
  if (!first)
    return [
      notBuilt('P5 render', renderWhat, 'ms', '≤ 10 ms', 'renderPreview gave an error for the fixture'),
      notBuilt('P5 update', updateWhat, 'bytes', '∝ edit, not page'),
    ];
  const inner = 20;
  const samples = (
    await time(
      () => {
        for (let i = 0; i < inner; i++) renderPreview(doc);
      },
      opts.reps,
      opts.warmup,
    )
  ).map((t) => t / inner);
  const page = first.sections.map((s) => s.html).join('');
  const value = round(median(samples), 2);
  const edited = text.replace(/("statements": \[\s*"[^"]*?)\.(",)/, '$1 (edited).$2');
  if (edited === text) throw new Error('P5: the edit did not apply');
  const next = renderPreview(parse(edited, 2)).render!;
  const base = new Map(first.sections.map((s) => [s.key, s.html]));
  const changed = next.sections.filter((s) => base.get(s.key) !== s.html);
  const message = { type: 'update', uri: `file:///bench/${FIXTURE}`, order: next.sections.map((s) => s.key), changed };
  const bytes = JSON.stringify(message).length;
  return [
    {
      id: 'P5 render',
      what: `${renderWhat} (renderPreview on the facade)`,
      value,
      unit: 'ms',
      target: '≤ 10 ms',
      pass: value <= 10,
      samples: samples.map((t) => round(t, 2)),
      note: `page ${page.length} characters in ${first.sections.length} sections`,
    },
    {
      id: 'P5 update',
      what: `${updateWhat} (the panel's update to the webview: ${changed.length} of ${next.sections.length} sections)`,
      value: bytes,
      unit: 'bytes',
      target: '∝ edit, not page (≤ 10% of the page)',
      pass: bytes <= page.length * 0.1,
      baseline: { what: 'the whole page', value: page.length },
      ratio: round(bytes / page.length, 3),
      note: `the server's render response to the client is still the whole render (${JSON.stringify(next).length} bytes)`,
    },
  ];
}

export async function benchP5(service: Service, opts: Options): Promise<Figure[]> {
  const renderWhat = `preview model → HTML, ${FIXTURE}`;
  const updateWhat = 'preview update message for a one-statement edit';
  if (typeof service.renderPreview === 'function') {
    return benchFacadeP5(
      service.renderPreview.bind(service) as (doc: unknown) => { render?: Sections },
      service,
      opts,
      renderWhat,
      updateWhat,
    );
  }
  const facade = Object.keys(service).find((k) => /render|preview/i.test(k) && typeof service[k] === 'function');
  const candidates = facade
    ? [{ fn: service[facade] as (...a: unknown[]) => unknown, name: facade, file: 'the facade' }]
    : (await findExports(/render|html/i, 'render')).sort((a, b) => Number(/^render/i.test(b.name)) - Number(/^render/i.test(a.name)));
  if (!candidates.length) {
    return [
      notBuilt('P5 render', renderWhat, 'ms', '≤ 10 ms', 'not built yet (no languageService/render/)'),
      notBuilt('P5 update', updateWhat, 'bytes', '∝ edit, not page'),
    ];
  }
  const text = readFileSync(path.join(ROOT, 'test-fixtures', FIXTURE), 'utf8');
  const parse = (t: string, v: number) => service.parse(TextDocument.create(`file:///bench/${FIXTURE}`, 'json', v, t));
  const doc = parse(text, 1);
  // The first export that turns the model (or its value) into a page is the renderer.
  let render: (typeof candidates)[number] | undefined;
  let call: { result: unknown; args: number } | undefined;
  for (const candidate of candidates) {
    call = await callFirst(candidate.fn, [[doc], [doc.value]], (r): r is unknown => (htmlOf(r)?.length ?? 0) > 1000);
    if (call) {
      render = candidate;
      break;
    }
  }
  if (!render || !call) {
    const names = candidates.map((c) => c.name).join(', ');
    return [
      notBuilt('P5 render', renderWhat, 'ms', '≤ 10 ms', `none of ${names} gave a page for (doc) or (doc.value)`),
      notBuilt('P5 update', updateWhat, 'bytes', '∝ edit, not page'),
    ];
  }
  const renderer = render;
  const argsOf = (d: typeof doc) => (call.args === 0 ? [d] : [d.value]);
  const inner = 20;
  const samples = (
    await time(
      () => {
        for (let i = 0; i < inner; i++) renderer.fn(...argsOf(doc));
      },
      opts.reps,
      opts.warmup,
    )
  ).map((t) => t / inner);
  const value = round(median(samples), 2);
  const page = htmlOf(call.result)!;
  const figures: Figure[] = [
    {
      id: 'P5 render',
      what: `${renderWhat} (${render.name}, ${render.file})`,
      value,
      unit: 'ms',
      target: '≤ 10 ms',
      pass: value <= 10,
      samples: samples.map((t) => round(t, 2)),
      note: `page ${page.length} characters`,
    },
  ];

  // The update: whatever the renderer module offers for going from one render to the next.
  const update = await findExport(/update|patch|diff/i, 'render');
  const edited = parse(text.replace(/("statements": \[\s*"[^"]*?)\.(",)/, '$1 (edited).$2'), 2);
  const message = update
    ? await callFirst(
        update.fn,
        [
          [doc, edited],
          [doc.value, edited.value],
          [page, htmlOf(renderer.fn(...argsOf(edited)))],
        ],
        (r): r is unknown => r !== undefined && r !== null,
      )
    : undefined;
  if (!update || !message) {
    figures.push(
      notBuilt(
        'P5 update',
        updateWhat,
        'bytes',
        '∝ edit, not page',
        update ? `${update.name} gave nothing for (old, new)` : 'not built yet (no update/patch/diff export in render/)',
      ),
    );
  } else {
    const bytes = JSON.stringify(message.result).length;
    figures.push({
      id: 'P5 update',
      what: `${updateWhat} (${update.name})`,
      value: bytes,
      unit: 'bytes',
      target: '∝ edit, not page (≤ 10% of the page)',
      pass: bytes <= page.length * 0.1,
      baseline: { what: 'the whole page', value: page.length },
      ratio: round(bytes / page.length, 3),
    });
  }
  return figures;
}
