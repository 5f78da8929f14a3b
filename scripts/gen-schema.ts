// Writes what the build derives from the zod schema (run by `npm run build`; never edit these files by hand):
// schemas/framework.schema.json, schemas/nsxframework-config.schema.json, and the plan the schema check follows
// without zod (schema/frameworkPlan.ts). This is the one place zod's internal definitions are read (scripts/schemaPlan.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { frameworkJsonSchemaText } from '../server/src/languageService/schema/jsonSchema';
import { configJsonSchemaText } from '../server/src/languageService/config/jsonSchema';
import { frameworkPlanModuleText } from './schemaPlan';

const root = path.join(__dirname, '..');
const outputs: [string, string][] = [
  [path.join(root, 'schemas', 'framework.schema.json'), frameworkJsonSchemaText()],
  [path.join(root, 'server', 'src', 'languageService', 'schema', 'frameworkPlan.ts'), frameworkPlanModuleText()],
  [path.join(root, 'schemas', 'nsxframework-config.schema.json'), configJsonSchemaText()],
];
for (const [file, text] of outputs) {
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
}
