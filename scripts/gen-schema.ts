// Writes schemas/framework.schema.json from the zod schema (run by `npm run build`; never edit the file by hand).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { frameworkJsonSchemaText } from '../server/src/languageService/schema/jsonSchema';

const file = path.join(__dirname, '..', 'schemas', 'framework.schema.json');
const text = frameworkJsonSchemaText();
let current = '';
try {
  current = readFileSync(file, 'utf8');
} catch {
  // first generation
}
if (current !== text) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
