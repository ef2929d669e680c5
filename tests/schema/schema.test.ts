import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/root.js';
import { printSchemaFile } from '../../src/graphql/print-schema.js';
import { graphqlSchema } from '../../src/graphql/schema.js';

describe('schema/schema.graphql', () => {
  it('is what the code generates (run `npm run schema:print` after changing the schema)', async () => {
    expect(readFileSync(join(ROOT, 'schema', 'schema.graphql'), 'utf8')).toBe(await printSchemaFile());
  });

  it('describes every type, field and argument', async () => {
    const schema = await graphqlSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const argument of 'args' in field ? field.args : []) {
            if (!argument.description) missing.push(`${type.name}.${field.name}(${argument.name})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
