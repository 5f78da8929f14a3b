import { strict as assert } from 'node:assert';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { ExportRequest, ImportCaseRequest, type ExportResponse, type ConvertResponse } from '../../../common/protocol';
import { caseSchemaErrors } from './exportUtil';
import { startInMemory } from './lspUtil';
import { frameworkText, span } from './util';

const GOOD = 'file:///work/good.framework.json';
const BROKEN = 'file:///work/broken.framework.json';
const GOOD_TEXT = frameworkText();
const BROKEN_TEXT = frameworkText({ occupation: { soc: '43-9199.00', jobZone: 7 } });

// The export and import requests over a real JSON-RPC connection in memory, as the extension sends them.
describe('server: CASE and CTDL-ASN export and CASE import over LSP', () => {
  let client: MessageConnection;

  before(async () => {
    ({ client } = await startInMemory());
    for (const [uri, text] of [
      [GOOD, GOOD_TEXT],
      [BROKEN, BROKEN_TEXT],
    ]) {
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
    }
  });

  after(() => client.dispose());

  it('exports an open framework as a valid CASE package with the base URI, and imports it back', async () => {
    const exported = (await client.sendRequest(ExportRequest.method, {
      textDocument: { uri: GOOD },
      target: 'case',
      baseUri: 'https://example.org/case/',
    })) as ExportResponse;
    assert.ok('text' in exported, JSON.stringify(exported));
    const pkg = JSON.parse(exported.text);
    assert.deepEqual(caseSchemaErrors(pkg), []);
    assert.equal(pkg.CFDocument.uri, `https://example.org/case/${pkg.CFDocument.identifier}`);
    const back = (await client.sendRequest(ImportCaseRequest.method, { text: exported.text, target: 'json' })) as ConvertResponse;
    assert.deepEqual(back, { text: JSON.stringify(JSON.parse(GOOD_TEXT), null, 2) + '\n' });
  });

  it('exports CTDL-ASN with urn:uuid URIs when the base is empty', async () => {
    const exported = (await client.sendRequest(ExportRequest.method, {
      textDocument: { uri: GOOD },
      target: 'ctdl-asn',
      baseUri: '',
    })) as ExportResponse;
    assert.ok('text' in exported);
    const framework = JSON.parse(exported.text)['@graph'][0];
    assert.equal(framework['@id'], `urn:uuid:${framework['ceterms:ctid'].slice(3)}`);
  });

  it('refuses a framework with errors, naming the first', async () => {
    const line = Number(span(BROKEN_TEXT, '7', { after: '"jobZone": ' }).split(':')[0]);
    assert.deepEqual(await client.sendRequest(ExportRequest.method, { textDocument: { uri: BROKEN }, target: 'case' }), {
      error: `Fix the error first (line ${line}: Job Zone must be 1–5 or null; found 7)`,
    });
    assert.deepEqual(
      await client.sendRequest(ExportRequest.method, { textDocument: { uri: 'file:///work/never-opened.framework.json' }, target: 'case' }),
      {
        error: 'This file is not a framework file',
      },
    );
  });

  it('names what a foreign package lacks', async () => {
    assert.deepEqual(await client.sendRequest(ImportCaseRequest.method, { text: '{"CFDocument": {}}', target: 'json' }), {
      error:
        "The CASE package has no CFDocument.extensions.nsxFramework, where an export of this extension keeps the framework's data: only a package exported by the NSX Framework Editor can be converted back to a framework",
    });
  });
});
