import { Field, Float, Int } from 'type-graphql';
import { type Label, NODE_PROPERTIES, type PropertySpec } from '../store/index.js';
import { graphqlEnum } from './enums.js';
import { LocalDate } from './scalars.js';

/** The properties every stored node's type declares itself (`Node`, `StoredNode`). */
const DECLARED = new Set(['id', 'name', 'description']);

/** Given a property's type, returns its GraphQL type, as type-graphql takes it. */
function graphqlType(spec: PropertySpec): unknown {
  const { type } = spec;
  switch (type.kind) {
    case 'string':
    case 'url':
      return String;
    case 'strings':
      return [String];
    case 'number':
      return Float;
    case 'integer':
      return Int;
    case 'boolean':
      return Boolean;
    case 'date':
      return LocalDate;
    case 'enum':
      return graphqlEnum(type.name);
    case 'enums':
      return [graphqlEnum(type.name)];
  }
}

/**
 * Given the object type of a label and the label, adds a field for every property the graph schema describes (see
 * `PropertySpec.description`): its GraphQL type from the property's, non-null when the property is required or a list
 * (a missing list reads as empty). The type's class then declares only what combines or follows properties.
 */
export function exposeProperties(type: abstract new (...args: never[]) => object, label: Label): void {
  for (const [property, spec] of Object.entries(NODE_PROPERTIES[label] as Record<string, PropertySpec>)) {
    if (!spec.description || DECLARED.has(property)) continue;
    const list = spec.type.kind === 'strings' || spec.type.kind === 'enums';
    Field(() => graphqlType(spec) as never, { nullable: !spec.required && !list, description: spec.description })(type.prototype, property);
  }
}
