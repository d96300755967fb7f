// A peer for benchmarks/run.sh: validates a JSON array of grants, or JSON Lines of grants, against the grant
// definition of the library's JSON Schema with ajv (draft 2020-12, formats asserted), as a schema-only validator
// would: no check digits, no cross-record or area rules. Prints the records and the invalid ones.
//   node validate.js SCHEMA FILE [--lines]
'use strict';
const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

const [schemaFile, dataFile, mode] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const ajv = new Ajv2020({allErrors: true, strict: false});
addFormats(ajv);
ajv.addSchema(schema);
const grant = ajv.getSchema(schema.$id + '#/$defs/grant');

let records = 0;
let invalid = 0;
if (mode === '--lines') {
  const text = fs.readFileSync(dataFile, 'utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === '') continue;
    records++;
    if (!grant(JSON.parse(line))) invalid++;
  }
} else {
  const grants = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
  for (const g of grants) {
    records++;
    if (!grant(g)) invalid++;
  }
}
console.log(`${records} records, ${invalid} invalid`);
