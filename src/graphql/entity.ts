import { Field, Float, Int } from 'type-graphql';
import { type Condition, type Label, NODE_PROPERTIES, type PropertySpec } from '../store/index.js';
import { graphqlEnum } from './enums.js';
import { DateFilter, dateCondition, enumCondition, enumFilterOf, IdFilter, idCondition, NumberFilter, numberCondition, TextFilter, textCondition } from './filters.js';
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

/** Given a property's type and name, returns the input type its `where` field takes, by the property's kind. */
function filterType(property: string, spec: PropertySpec): unknown {
  const { type } = spec;
  if (property === 'id') return IdFilter;
  switch (type.kind) {
    case 'string':
      return TextFilter;
    case 'number':
      return NumberFilter;
    case 'date':
      return DateFilter;
    case 'enum':
      return enumFilterOf(graphqlEnum(type.name), type.name);
    default:
      throw new Error(`a ${type.kind} property (${property}) cannot be filtered yet: give it no filter in the graph schema`);
  }
}

/** Given a label, returns its properties that lists filter by (see `PropertySpec.filter`). */
function filterable(label: Label): [string, PropertySpec][] {
  return Object.entries(NODE_PROPERTIES[label] as Record<string, PropertySpec>).filter(([, spec]) => spec.filter);
}

/**
 * Given the `where` input of a label and the label, adds a field for every property the graph schema filters by:
 * `IdFilter` for the id, `TextFilter` for text (ignoring case), `NumberFilter` for numbers, `DateFilter` for dates,
 * `<Enum>Filter` for an enum (each but `IdFilter` with `isNull`).
 * The input's class then declares only filters that follow relationships or combine properties.
 */
export function filterProperties(where: abstract new (...args: never[]) => object, label: Label): void {
  for (const [property, spec] of filterable(label)) {
    // Made now, not when the schema is built: an input type declared while it is built would be missed.
    const type = filterType(property, spec);
    Field(() => type as never, { nullable: true, description: spec.filter })(where.prototype, property);
  }
}

/**
 * Given a label, a filter object of its `where` and the filter's argument path, returns the conditions of the
 * property filters `filterProperties` added (a number that is not finite is BAD_USER_INPUT naming its path).
 */
export function propertyConditions(label: Label, filter: object, at: string): (Condition | undefined)[] {
  const given = filter as Record<string, unknown>;
  return filterable(label).map(([property, spec]) => {
    const value = given[property] as never;
    if (value === undefined || value === null) return undefined;
    if (property === 'id') return idCondition(value);
    if (spec.type.kind === 'string') return textCondition(property, value);
    if (spec.type.kind === 'number') return numberCondition(property, value, `${at}.${property}`);
    if (spec.type.kind === 'date') return dateCondition(property, value);
    return enumCondition(property, value);
  });
}
