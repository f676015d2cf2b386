// Validates an OpenAPI document with @seriousme/openapi-schema-validator, and sample values against
// JSON Schemas with the same Ajv (2020-12) it uses. An ES module, so jest (CommonJS) runs it as a
// child process: stdin {document, samples: [{schema, value}]} → stdout {valid, errors, samples: [boolean]}.
import { createRequire } from 'node:module';
import { Validator } from '@seriousme/openapi-schema-validator';

const input = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.setEncoding('utf8').on('data', (chunk) => (text += chunk)).on('end', () => resolve(text));
}));
const validator = new Validator();
const { valid, errors } = await validator.validate(input.document);
const fromValidator = createRequire(createRequire(import.meta.url).resolve('@seriousme/openapi-schema-validator'));
const Ajv2020 = fromValidator('ajv/dist/2020.js').default;
const addFormats = fromValidator('ajv-formats').default;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const samples = (input.samples ?? []).map(({ schema, value }) => ajv.validate(schema, value));
process.stdout.write(JSON.stringify({ valid, errors: errors ?? null, samples }));
