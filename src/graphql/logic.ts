import { type ClassType, Field, InputType } from 'type-graphql';
import type { Condition, PathStep } from '../store/index.js';
import { BadUserInputError } from './errors.js';
import { allOf } from './filters.js';

/** The most levels one filter may nest AND, OR and NOT, and the most filter objects it may hold in all. */
export const MAX_FILTER_DEPTH = 5;
export const MAX_FILTER_PARTS = 50;

/** The fields `withLogic` adds to a `<Type>Where`: filters of the same type combined. */
export interface Logical<W> {
  AND?: W[] | null;
  OR?: W[] | null;
  NOT?: W | null;
}

/** Conditions combined: all of, one of, none of. */
type Combination<C> = { and: C[] } | { or: C[] } | { not: C };

/** Holds always: what an empty filter stands for inside AND, OR and NOT. */
const ALWAYS = { and: [] as never[] };

/**
 * Given a `<Type>Where` class and the plural of what it filters, adds its `AND`, `OR` and `NOT`: lists of filters of
 * the same type, all of which, one of which, or none of which must hold, beside its other fields.
 */
export function withLogic<W extends object>(where: ClassType<W>, things: string): void {
  const limits = `At most ${MAX_FILTER_DEPTH} levels of AND, OR and NOT, and ${MAX_FILTER_PARTS} filters in all.`;
  Field(() => [where], { nullable: true, description: `Every one of these filters holds, as well as the other fields. ${limits}` })(where.prototype as object, 'AND');
  Field(() => [where], { nullable: true, description: `At least one of these filters holds; an empty list matches no ${things}. ${limits}` })(where.prototype as object, 'OR');
  Field(() => where, { nullable: true, description: `This filter does not hold (\`NOT: {}\` matches no ${things}). ${limits}` })(where.prototype as object, 'NOT');
}

/** What one `where` argument may still hold, shared by the filters nested in it, relation filters included. */
export interface FilterBudget {
  parts: number;
}

/** Converts the fields of one filter object (not its AND, OR and NOT), given the object, its argument path and the budget. */
type FieldsCondition<W, C> = (filter: W, path: string, budget: FilterBudget) => C | undefined;

/**
 * Given a `where` argument, the conversion of its own fields, the path of the argument and the budget of the whole
 * argument (a new one for a top-level `where`), returns the store condition of the whole filter: its fields, every
 * filter of `AND`, one of `OR`, none of `NOT`. BAD_USER_INPUT, naming the path, for a filter nested past
 * MAX_FILTER_DEPTH or an argument holding more than MAX_FILTER_PARTS filter objects in all, relation filters included
 * (a variable is not bounded by the document's limits). The condition type `C` (the store's `Condition` unless
 * told) must hold its own `Combination`s.
 */
export function logicalCondition<W extends Logical<W>, C = Condition>(
  where: W | null | undefined,
  fields: FieldsCondition<W, C>,
  path = 'where',
  budget: FilterBudget = { parts: 0 },
): C | undefined {
  const walk = (filter: W, at: string, depth: number): C => {
    if (depth > MAX_FILTER_DEPTH) throw new BadUserInputError(`${at} nests AND, OR and NOT more than ${MAX_FILTER_DEPTH} levels deep.`, at);
    budget.parts += 1;
    if (budget.parts > MAX_FILTER_PARTS) throw new BadUserInputError(`where holds more than ${MAX_FILTER_PARTS} filters in AND, OR, NOT and relation filters.`, at);
    return (
      (allOf<C | Combination<C>>([
        fields(filter, at, budget),
        ...(filter.AND ?? []).map((inner, index) => walk(inner, `${at}.AND[${index}]`, depth + 1)),
        filter.OR ? { or: filter.OR.map((inner, index) => walk(inner, `${at}.OR[${index}]`, depth + 1)) } : undefined,
        filter.NOT ? { not: walk(filter.NOT, `${at}.NOT`, depth + 1) } : undefined,
      ]) ?? ALWAYS) as C
    );
  };
  if (!where) return undefined;
  const condition = walk(where, path, 0);
  return condition === ALWAYS ? undefined : condition;
}

/** The fields of a relation filter: related nodes of which some, none or every match a filter of their type. */
export interface RelationFilter<W> {
  some?: W | null;
  none?: W | null;
  every?: W | null;
}

/**
 * Given a `<Type>Where` class and what its type's nodes are called (one, many), returns the `<Type>RelationFilter`
 * input: `some`, `none` and `every` related node matching a `<Type>Where`.
 */
export function relationFilterOf<W extends object>(where: ClassType<W>, one: string, many: string): ClassType<RelationFilter<W>> {
  const name = where.name.replace(/Where$/, '');
  @InputType(`${name}RelationFilter`, { description: `Filters by the related ${many}; all given operators must hold.` })
  class Related {
    @Field(() => where, { nullable: true, description: `At least one related ${one} matches.` })
    some?: W;

    @Field(() => where, { nullable: true, description: `No related ${one} matches (true when there is none).` })
    none?: W;

    @Field(() => where, { nullable: true, description: `Every related ${one} matches (true when there is none; a related ${one} without a value compared does not match).` })
    every?: W;
  }
  return Related;
}

/**
 * Given the path to the related nodes, a relation filter, the conversion of the related type's `where`, the argument
 * path and the budget, returns the condition that some, none or every related node matches; `every` is "none fails",
 * a missing value failing.
 */
export function relationCondition<W>(
  path: PathStep[],
  filter: RelationFilter<W> | null | undefined,
  convert: (where: W, path: string, budget: FilterBudget) => Condition | undefined,
  argument: string,
  budget: FilterBudget,
): Condition | undefined {
  if (!filter) return undefined;
  const inner = (where: W, op: string) => convert(where, `${argument}.${op}`, budget) ?? ALWAYS;
  return allOf([
    filter.some ? { path, quantifier: 'some', where: inner(filter.some, 'some') } : undefined,
    filter.none ? { path, quantifier: 'none', where: inner(filter.none, 'none') } : undefined,
    filter.every ? { path, quantifier: 'none', where: { not: inner(filter.every, 'every') } } : undefined,
  ]);
}
