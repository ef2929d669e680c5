import { Args, Ctx, Field, FieldResolver, Float, Int, Root } from 'type-graphql';
import type { Entity } from '../modules/shared/graph-reader.js';
import { PageArgs } from '../modules/shared/list-args.js';
import { type Condition, type Label, NODE_PROPERTIES, type PropertySpec, RELATION_FIELDS, type RelationField, relationTarget } from '../store/index.js';
import type { Context } from './context.js';
import { graphqlEnum } from './enums.js';
import { DateFilter, dateCondition, enumCondition, enumFilterOf, IdFilter, idCondition, NumberFilter, numberCondition, TextFilter, textCondition, textListCondition } from './filters.js';
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
    case 'strings':
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
 * `IdFilter` for the id, `TextFilter` for text (ignoring case; on a list of texts, any one of them), `NumberFilter` for numbers, `DateFilter` for dates,
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
    if (spec.type.kind === 'strings') return textListCondition(property, value);
    if (spec.type.kind === 'number') return numberCondition(property, value, `${at}.${property}`);
    if (spec.type.kind === 'date') return dateCondition(property, value);
    return enumCondition(property, value);
  });
}

/** Each label's object type and connection type, as its type file registers them. */
const entityTypes = new Map<Label, { type: object; connection: object }>();

/** Given a label, its object type and its connection type, records them for the relation fields that reach the label. */
export function registerEntityType(label: Label, type: object, connection: object): void {
  entityTypes.set(label, { type, connection });
}

/** Given a label, returns its registered types, or throws naming the label. */
function entityType(label: Label): { type: object; connection: object } {
  const types = entityTypes.get(label);
  if (!types) throw new Error(`${label} has no registered GraphQL type: its type file calls registerEntityType`);
  return types;
}

/**
 * Given the resolver of a label and the label, adds a field resolver for each of its relations in `RELATION_FIELDS`:
 * a page of the nodes at the path's end (by name, batched per parent), or the one node for a relation that reaches at
 * most one. The field's type is looked up when the schema is built, so the types of every label are registered by then.
 */
export function exposeRelations(resolver: abstract new (...args: never[]) => object, label: Label): void {
  const fields: Record<string, RelationField> = (RELATION_FIELDS as Partial<Record<Label, Record<string, RelationField>>>)[label] ?? {};
  const prototype = resolver.prototype as Record<string, unknown>;
  for (const [name, field] of Object.entries(fields)) {
    if (name in prototype) throw new Error(`${label}.${name} is both a relation field and a member of its resolver`);
    const target = relationTarget(field);
    if (field.one) {
      prototype[name] = (root: Entity, { graph }: Context) => graph.relatedOne(label, field.path, root.id);
      Root()(prototype, name, 0);
      Ctx()(prototype, name, 1);
      FieldResolver(() => entityType(target).type as never, { nullable: true, description: field.description })(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
    } else {
      prototype[name] = (root: Entity, page: PageArgs, { graph }: Context) => graph.relatedNodePage(label, field.path, root.id, page, field.orderBy);
      Root()(prototype, name, 0);
      Args(() => PageArgs)(prototype, name, 1);
      Ctx()(prototype, name, 2);
      FieldResolver(() => entityType(target).connection as never, { description: field.description })(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
    }
  }
}
