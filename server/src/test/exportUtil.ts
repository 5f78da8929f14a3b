/** Test helpers for the CASE and CTDL-ASN exports: the vendored official schema in ajv, fixtures as documents. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { FrameworkDocument } from '../languageService/model';
import { FIXTURES, parse, readFixture } from './util';
import { mdParse } from './markdownUtil';

export const CASE_SCHEMA_PATH = path.join(__dirname, '..', '..', '..', 'schemas', 'vendor', 'case', 'case-v1p1-cfpackage.schema.json');

let validator: ValidateFunction | undefined;

/** ajv's draft 2019-09 validator of the official CASE 1.1 CFPackage schema, with the formats it uses. */
export function caseValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv2019({ allErrors: true });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(CASE_SCHEMA_PATH, 'utf8')));
  }
  return validator;
}

/** The schema's errors for `pkg` as readable lines; empty when it is valid. */
export function caseSchemaErrors(pkg: unknown): string[] {
  const validate = caseValidator();
  return validate(pkg) ? [] : (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

/** Every framework fixture at the top of test-fixtures/, JSON and Markdown (the README is no framework). */
export const FRAMEWORK_FIXTURES = readdirSync(FIXTURES)
  .filter((name) => /\.(json|md)$/.test(name) && name !== 'README.md')
  .sort();

/** A fixture parsed as the editor parses it (JSON or Markdown by its name). */
export function fixtureDocument(name: string): FrameworkDocument {
  const text = readFixture(name);
  return name.endsWith('.md') ? mdParse(text, `file://${FIXTURES}/${name}`) : parse(text, `file://${FIXTURES}/${name}`);
}
