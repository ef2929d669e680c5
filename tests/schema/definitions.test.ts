import { getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { hasProperty, NODE_PROPERTIES, type PropertySpec, schemaStatements } from '../../src/store/graph-schema.js';

// A property added to a label's definition, before the GraphQL types are built: this file's own module registry.
(NODE_PROPERTIES.Company as Record<string, PropertySpec>).foundedIn = { type: { kind: 'integer' }, indexed: true, description: 'The year the company was founded.' };

describe('one definition per property', () => {
  it('adding a property to a label’s definition adds it to the allow-list, the indexes of both engines and the GraphQL type', async () => {
    expect(hasProperty('Company', 'foundedIn')).toBe(true);
    for (const engine of ['embedded', 'neo4j'] as const) {
      expect(schemaStatements(engine).map((statement) => statement.text)).toContain('CREATE INDEX company_founded_in IF NOT EXISTS FOR (n:Company) ON (n.foundedIn)');
    }
    const { graphqlSchema } = await import('../../src/graphql/schema.js');
    const company = (await graphqlSchema()).getType('Company');
    if (!isObjectType(company)) throw new Error('Company is not an object type');
    const field = company.getFields().foundedIn;
    expect(field?.description).toBe('The year the company was founded.');
    expect(String(field?.type)).toBe('Int');
    expect(getNamedType(company.getFields().ticker!.type).name).toBe('String');
  });
});
