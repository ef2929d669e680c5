import { getNamedType, isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { hasProperty, NODE_PROPERTIES, type PropertySpec, schemaStatements } from '../../src/store/graph-schema.js';
import { RELATION_FIELDS, type RelationField } from '../../src/store/relations.js';

// A property added to a label's definition, before the GraphQL types are built: this file's own module registry.
(NODE_PROPERTIES.Company as Record<string, PropertySpec>).foundedIn = { type: { kind: 'number' }, indexed: true, description: 'The year the company was founded.', filter: 'By the year founded.', sort: 'FOUNDED_IN' };

// A relation added to a label's relation fields, under a domain name.
(RELATION_FIELDS.Company as Record<string, RelationField>).sponsoredTrials = {
  path: [{ type: 'SPONSORED_BY', direction: 'IN', label: 'Trial' }],
  description: 'Trials the company sponsors, by name.',
};

describe('one definition per property', () => {
  it('adding a property to a label’s definition adds it to the allow-list, the indexes of both engines, the GraphQL type, its filters and its ordering', async () => {
    expect(hasProperty('Company', 'foundedIn')).toBe(true);
    for (const engine of ['embedded', 'neo4j'] as const) {
      expect(schemaStatements(engine).map((statement) => statement.text)).toContain('CREATE INDEX company_founded_in IF NOT EXISTS FOR (n:Company) ON (n.foundedIn)');
    }
    const { graphqlSchema } = await import('../../src/graphql/schema.js');
    const company = (await graphqlSchema()).getType('Company');
    if (!isObjectType(company)) throw new Error('Company is not an object type');
    const field = company.getFields().foundedIn;
    expect(field?.description).toBe('The year the company was founded.');
    expect(String(field?.type)).toBe('Float');
    expect(getNamedType(company.getFields().ticker!.type).name).toBe('String');
    const where = (await graphqlSchema()).getType('CompanyWhere');
    if (!isInputObjectType(where)) throw new Error('CompanyWhere is not an input type');
    expect(where.getFields().foundedIn).toMatchObject({ description: 'By the year founded.' });
    expect(String(where.getFields().foundedIn?.type)).toBe('NumberFilter');
    const { companyCondition } = await import('../../src/modules/company/company.input.js');
    expect(companyCondition({ foundedIn: { gte: 2000 } } as never)).toEqual({ property: 'foundedIn', op: 'gte', value: 2000 });
    const order = (await graphqlSchema()).getType('CompanyOrderField');
    if (!isEnumType(order)) throw new Error('CompanyOrderField is not an enum');
    expect(order.getValue('FOUNDED_IN')?.description).toBe('By `foundedIn`.');
    const { companyOrder } = await import('../../src/modules/company/company.input.js');
    expect(companyOrder({ field: 'FOUNDED_IN', direction: 'DESC' })).toEqual({ property: 'foundedIn', direction: 'DESC' });
  });

  it('adding a relation to a label’s relation fields makes it a paged field of the type and a relation filter of its where', async () => {
    const { graphqlSchema } = await import('../../src/graphql/schema.js');
    const company = (await graphqlSchema()).getType('Company');
    if (!isObjectType(company)) throw new Error('Company is not an object type');
    const field = company.getFields().sponsoredTrials;
    expect(String(field?.type)).toBe('TrialConnection!');
    expect(field?.description).toBe('Trials the company sponsors, by name.');
    expect(field?.args.map((arg) => arg.name)).toEqual(['first', 'after']);
    const where = (await graphqlSchema()).getType('CompanyWhere');
    if (!isInputObjectType(where)) throw new Error('CompanyWhere is not an input type');
    expect(String(where.getFields().sponsoredTrials?.type)).toBe('TrialRelationFilter');
    const { companyCondition } = await import('../../src/modules/company/company.input.js');
    expect(companyCondition({ sponsoredTrials: { none: { phase: { eq: 'PHASE_3' } } } } as never)).toEqual({
      path: [{ type: 'SPONSORED_BY', direction: 'IN', label: 'Trial' }],
      quantifier: 'none',
      where: { property: 'phase', op: 'eq', value: 'PHASE_3' },
    });
  });
});
