import { type ClassType, Field } from 'type-graphql';
import { type Condition, type Label, RELATION_FIELDS, type RelationField, relationTarget } from '../store/index.js';
import { type FilterBudget, relationCondition, type RelationFilter, relationFilterOf } from './logic.js';

/** Converts a `<Type>Where` to the store's condition, given the filter, its argument path and the budget of the whole argument. */
type WhereCondition = (where: never, path: string, budget: FilterBudget) => Condition | undefined;

/** A label's `where` input, its conversion and its `<Type>RelationFilter`. */
interface RegisteredWhere {
  condition: WhereCondition;
  filter: ClassType<RelationFilter<object>>;
}

const registered = new Map<Label, RegisteredWhere>();

/** Given a label, returns its relation fields that reach many nodes: those a relation filter follows. */
function manyRelations(label: Label): [string, RelationField][] {
  const fields: Record<string, RelationField> = (RELATION_FIELDS as Partial<Record<Label, Record<string, RelationField>>>)[label] ?? {};
  return Object.entries(fields).filter(([, field]) => !field.one);
}

/** Given a label, returns its `<Type>RelationFilter`, or throws when no `where` input was registered for it. */
export function relationFilterFor(label: Label): ClassType<RelationFilter<object>> {
  const where = registered.get(label);
  if (!where) throw new Error(`no where input is registered for ${label}: a relation filter cannot reach it`);
  return where.filter;
}

/**
 * Given a label, its `<Type>Where` class, the class's conversion and what one and many of its nodes are called,
 * registers them and makes its `<Type>RelationFilter` (`some`, `none`, `every`); then adds to the `where` a relation
 * filter for each relation of the label that reaches many nodes (RELATION_FIELDS: a company's `compounds`, a
 * compound's `developers`), of the type of the label it reaches. Those types are looked up when the schema is built,
 * once every module has registered its own, so `where` inputs refer to each other without importing each other.
 */
export function registerWhere<W extends object>(label: Label, where: ClassType<W>, condition: (where: W, path: string, budget: FilterBudget) => Condition | undefined, names: { one: string; many: string }): void {
  registered.set(label, { condition: condition as WhereCondition, filter: relationFilterOf(where, names.one, names.many) as ClassType<RelationFilter<object>> });
  for (const [name, field] of manyRelations(label)) {
    const target = relationTarget(field);
    // The relation's description without the order of its pages.
    const what = field.description.replace(/[,;] (by name|in order \([^)]*\))\.$/, '').replace(/\.$/, '');
    const description = `By its \`${name}\`: ${what}. Some, none or every of them match.`;
    Field(() => relationFilterFor(target), { nullable: true, description })(where.prototype, name);
  }
}

/**
 * Given a label, one filter object of its `where`, the object's argument path and the budget of the whole argument,
 * returns the conditions of the relation filters given in it: some, none or every node along the relation's path
 * matching the filter of the label it reaches.
 */
export function relationConditions(label: Label, filter: object, at: string, budget: FilterBudget): (Condition | undefined)[] {
  const given = filter as Record<string, RelationFilter<never> | null | undefined>;
  return manyRelations(label).map(([name, field]) => {
    const value = given[name];
    if (!value) return undefined;
    const target = registered.get(relationTarget(field));
    if (!target) throw new Error(`no where input is registered for ${relationTarget(field)}`);
    return relationCondition([...field.path], value, target.condition, `${at}.${name}`, budget);
  });
}
