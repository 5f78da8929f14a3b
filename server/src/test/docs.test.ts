import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTIC_CODES } from '../languageService';

const root = path.join(__dirname, '..', '..', '..');

describe('documentation stays true', () => {
  it('the README lists every diagnostic code with its default severity, and no other', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- codes:start -->'), readme.indexOf('<!-- codes:end -->'));
    const rows = [...table.matchAll(/^\| `([a-z-]+)` \| (\w+) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    const names = ['', 'error', 'warning', 'information', 'hint'];
    assert.deepEqual(rows.sort(), Object.entries(DIAGNOSTIC_CODES).map(([code, info]) => `${code} ${names[info.severity]}`).sort());
  });

  it('package.json declares every setting the server reads', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const props = Object.keys(pkg.contributes.configuration.properties);
    for (const key of ['enable', 'files', 'severity', 'validationDelay', 'maxFileSize', 'maxItemsComputed']) assert.ok(props.includes(`nsxFramework.${key}`), key);
    for (const p of props) assert.ok(pkg.contributes.configuration.properties[p].markdownDescription, `${p} has a markdownDescription`);
  });
});
