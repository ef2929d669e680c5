import { type ClassType, Field, InputType, registerEnumType } from 'type-graphql';
import type { ListOrder } from '../modules/shared/graph-reader.js';
import { type Label, NODE_PROPERTIES, type PropertySpec } from '../store/index.js';

/** Sort direction of a list. */
export const SortDirection = { ASC: 'ASC', DESC: 'DESC' } as const;
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending (A to Z, oldest first) or descending.',
  valuesConfig: { ASC: { description: 'Ascending: A to Z, smallest and oldest first.' }, DESC: { description: 'Descending: Z to A, largest and newest first.' } },
});

/** Fields every stored type can be sorted by, with the property each stands for. */
const COMMON_FIELDS = { NAME: 'name', ID: 'id', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

/** What sorting by each common field means. */
const COMMON_DESCRIPTIONS: Record<string, string> = {
  NAME: 'By name.',
  ID: 'By id.',
  CREATED_AT: 'By when the node was first written to the graph.',
  UPDATED_AT: 'By when a property of the node last changed.',
};

/** The sorting input of one type: a field of its `<Type>OrderField` enum and a direction. */
export interface OrderInput {
  field: string;
  direction: 'ASC' | 'DESC';
}

/**
 * Given a label, returns its `<Type>OrderBy` input type, whose fields are the common ones and each property the graph
 * schema sorts by (`PropertySpec.sort`), and a function that turns an argument of it into a list order (name
 * ascending when absent; ties broken by id).
 */
export function orderByOf(typeName: Label) {
  const extra = Object.entries(NODE_PROPERTIES[typeName] as Record<string, PropertySpec>).flatMap(([property, spec]) => (spec.sort ? [[spec.sort, property]] : []));
  const properties: Record<string, string> = { ...COMMON_FIELDS, ...Object.fromEntries(extra) };
  const fieldEnum = Object.fromEntries(Object.keys(properties).map((key) => [key, key]));
  const valuesConfig = Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, { description: COMMON_DESCRIPTIONS[key] ?? `By \`${property}\`.` }]));
  registerEnumType(fieldEnum, { name: `${typeName}OrderField`, description: `What ${typeName} lists can be sorted by; ties are broken by id.`, valuesConfig });

  @InputType(`${typeName}OrderBy`, { description: `How to sort ${typeName} items.` })
  class OrderBy implements OrderInput {
    @Field(() => fieldEnum, { defaultValue: 'NAME', description: 'The field to sort by.' })
    field!: string;

    @Field(() => SortDirection, { defaultValue: 'ASC', description: 'The direction.' })
    direction!: 'ASC' | 'DESC';
  }

  const toListOrder = (input: OrderInput | undefined | null): ListOrder => ({
    property: properties[input?.field ?? 'NAME'] ?? 'name',
    direction: input?.direction ?? 'ASC',
  });
  return { OrderBy: OrderBy as ClassType<OrderInput>, toListOrder };
}
