/**
 * The suite @vscode/test-electron runs inside desktop VS Code: the same user-visible checks as the
 * code-server suite, read through the VS Code API (diagnostics of an opened fixture).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

async function poll<T>(read: () => T, accept: (value: T) => boolean, what: string, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function defineTests(): void {
  suite('NSX Framework diagnostics (desktop VS Code)', () => {
    test('reports the Job Zone mismatch of the 43-9199.00 export', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      assert.ok(folder, 'test-fixtures is open');
      const uri = vscode.Uri.joinPath(folder, 'export-43-9199.00.json');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const ours = await poll(
        () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nsx-framework'),
        (list) => list.length > 0,
        'a finding in export-43-9199.00.json',
      );
      assert.deepEqual(
        ours.map((d) => [d.code, d.message, d.range.start.line, d.range.start.character]),
        [['context-job-zone', `Context covered says "Job Zone 3", but the occupation's Job Zone is not set (null)`, 0, 527]],
      );
    });
  });
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: true });
  mocha.suite.emit('pre-require', globalThis, path.join(__dirname, 'suite.js'), mocha);
  defineTests();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed`)) : resolve()));
  });
}
