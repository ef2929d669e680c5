import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GraphQLEnumType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/root.js';
import { printSchemaFile } from '../../src/graphql/print-schema.js';
import { graphqlSchema } from '../../src/graphql/schema.js';

describe('schema/schema.graphql', () => {
  it('is what the code generates (run `npm run schema:print` after changing the schema)', async () => {
    expect(readFileSync(join(ROOT, 'schema', 'schema.graphql'), 'utf8')).toBe(await printSchemaFile());
  });

  it('describes every enum value, and serves the stages in their order', async () => {
    const schema = await graphqlSchema();
    const enums = Object.values(schema.getTypeMap()).filter((type): type is GraphQLEnumType => isEnumType(type) && !type.name.startsWith('__'));
    expect(enums.length).toBe(39);
    expect(enums.flatMap((type) => type.getValues().filter((value) => !value.description).map((value) => `${type.name}.${value.name}`))).toEqual([]);
    expect((schema.getType('Stage') as GraphQLEnumType).getValues().map((value) => value.name)).toEqual([
      'PRECLINICAL', 'IND', 'EARLY_PHASE_1', 'PHASE_1', 'PHASE_1_2', 'PHASE_2', 'PHASE_2_3', 'PHASE_3', 'PREAPPROVAL', 'APPROVAL', 'WITHDRAWAL', 'UNKNOWN',
    ]);
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
