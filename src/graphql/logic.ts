import { type ClassType, Field } from 'type-graphql';
import type { Condition } from '../store/index.js';
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

/** Holds always: what an empty filter stands for inside AND, OR and NOT. */
const ALWAYS: Condition = { and: [] };

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

/**
 * Given a `where` argument, the conversion of its own fields (given the filter and its argument path) and the path of
 * the argument, returns the store condition of the whole filter: its fields, every filter of `AND`, one of `OR`, none
 * of `NOT`. BAD_USER_INPUT, naming the path, for a filter nested past MAX_FILTER_DEPTH or holding more than
 * MAX_FILTER_PARTS filter objects (a variable is not bounded by the document's limits).
 */
export function logicalCondition<W extends Logical<W>>(where: W | null | undefined, fields: (filter: W, path: string) => Condition | undefined, path = 'where'): Condition | undefined {
  let parts = 0;
  const walk = (filter: W, at: string, depth: number): Condition => {
    if (depth > MAX_FILTER_DEPTH) throw new BadUserInputError(`${at} nests AND, OR and NOT more than ${MAX_FILTER_DEPTH} levels deep.`, at);
    parts += 1;
    if (parts > MAX_FILTER_PARTS) throw new BadUserInputError(`${path} holds more than ${MAX_FILTER_PARTS} filters in AND, OR and NOT.`, at);
    return (
      allOf([
        fields(filter, at),
        ...(filter.AND ?? []).map((inner, index) => walk(inner, `${at}.AND[${index}]`, depth + 1)),
        filter.OR ? { or: filter.OR.map((inner, index) => walk(inner, `${at}.OR[${index}]`, depth + 1)) } : undefined,
        filter.NOT ? { not: walk(filter.NOT, `${at}.NOT`, depth + 1) } : undefined,
      ]) ?? ALWAYS
    );
  };
  if (!where) return undefined;
  const condition = walk(where, path, 0);
  return condition === ALWAYS ? undefined : condition;
}
