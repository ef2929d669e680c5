import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../root.js';
import { printSchemaFile } from './print-schema.js';

// `npm run schema:print`: writes schema/schema.graphql from the code; a test fails while the committed file is stale.
const path = join(ROOT, 'schema', 'schema.graphql');
writeFileSync(path, await printSchemaFile());
console.log(`wrote ${path}`);
