import { type ClassType, Field, Float, ID, InputType } from 'type-graphql';
import type { Comparison, Condition, PathStep } from '../store/index.js';
import { parseXref } from './ontology.js';
import { BadUserInputError } from './errors.js';
import { LocalDate } from './scalars.js';

/** Matches an id exactly. */
@InputType({ description: 'Matches an id exactly; all given operators must hold.' })
export class IdFilter {
  @Field(() => ID, { nullable: true, description: 'Equal to this id.' })
  eq?: string;

  @Field(() => [ID], { nullable: true, description: 'Equal to one of these ids.' })
  in?: string[];
}

/** Compares a number. */
@InputType({ description: 'Compares a number; all given operators must hold (`{ gt: 15, lte: 25 }` is a range).' })
export class NumberFilter {
  @Field(() => Float, { nullable: true, description: 'Equal to this number.' })
  eq?: number;

  @Field(() => Float, { nullable: true, description: 'Greater than this number.' })
  gt?: number;

  @Field(() => Float, { nullable: true, description: 'Greater than or equal to this number.' })
  gte?: number;

  @Field(() => Float, { nullable: true, description: 'Less than this number.' })
  lt?: number;

  @Field(() => Float, { nullable: true, description: 'Less than or equal to this number.' })
  lte?: number;

  @Field(() => Boolean, { nullable: true, description: 'True: the value is missing; false: it is present.' })
  isNull?: boolean;
}

/** Compares a calendar date (YYYY-MM-DD). */
@InputType({ description: 'Compares a calendar date; all given operators must hold (`{ gte: "2017-01-01", lt: "2018-01-01" }` is a year).' })
export class DateFilter {
  @Field(() => LocalDate, { nullable: true, description: 'On this date.' })
  eq?: string;

  @Field(() => [LocalDate], { nullable: true, description: 'On one of these dates.' })
  in?: string[];

  @Field(() => LocalDate, { nullable: true, description: 'After this date.' })
  gt?: string;

  @Field(() => LocalDate, { nullable: true, description: 'On or after this date.' })
  gte?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Before this date.' })
  lt?: string;

  @Field(() => LocalDate, { nullable: true, description: 'On or before this date.' })
  lte?: string;

  @Field(() => Boolean, { nullable: true, description: 'True: the date is missing; false: it is present.' })
  isNull?: boolean;
}

/** Given a property and an `isNull` operator, returns the condition that the property is missing or present. */
export function nullCondition(property: string, isNull: boolean | null | undefined, list = false): Condition | undefined {
  return isNull === undefined || isNull === null ? undefined : { property, missing: isNull, ...(list ? { list } : {}) };
}

/** Given a property and a date filter, returns the condition that the property meets every given comparison (dates compare as YYYY-MM-DD text). */
export function dateCondition(property: string, filter: DateFilter | undefined | null): Condition | undefined {
  if (!filter) return undefined;
  return comparisons(property, filter, [...RANGE_OPS, 'in']);
}

/** The comparisons a number or a date filter takes. */
export const RANGE_OPS = ['eq', 'gt', 'gte', 'lt', 'lte'] as const;

/**
 * Given a property, a number filter and the argument's path, returns the condition that the property meets every
 * given comparison; BAD_USER_INPUT for a number that is not finite (a literal such as 1e400 parses to Infinity).
 */
export function numberCondition(property: string, filter: NumberFilter | undefined | null, argument: string): Condition | undefined {
  if (!filter) return undefined;
  for (const op of RANGE_OPS) {
    const value = filter[op];
    if (value !== undefined && value !== null && !Number.isFinite(value)) throw new BadUserInputError(`${argument}.${op} must be a finite number.`, `${argument}.${op}`);
  }
  return comparisons(property, filter, RANGE_OPS);
}

/**
 * Given a property, a filter and the operators it may hold, returns the condition that every operator given (not
 * null) holds on the property, with `extra` on each comparison (case-insensitivity), and its `isNull` when the filter
 * has one; undefined when none is given.
 */
function comparisons<F extends object>(property: string, filter: F, ops: readonly (keyof F & Comparison)[], extra: Partial<Record<'caseInsensitive' | 'list', boolean>> = {}): Condition | undefined {
  const compared = ops.map((op): Condition | undefined => (filter[op] === undefined || filter[op] === null ? undefined : { property, op, value: filter[op], ...extra }));
  return allOf([...compared, nullCondition(property, (filter as { isNull?: boolean | null }).isNull, extra.list)]);
}

/** Matches text case-insensitively. */
@InputType({ description: 'Matches text, ignoring case. Several operators must all hold.' })
export class TextFilter {
  @Field(() => String, { nullable: true, description: 'Equal to this text, ignoring case.' })
  eq?: string;

  @Field(() => [String], { nullable: true, description: 'Equal to one of these texts, ignoring case.' })
  in?: string[];

  @Field(() => String, { nullable: true, description: 'Contains this text, ignoring case.' })
  contains?: string;

  @Field(() => String, { nullable: true, description: 'Starts with this text, ignoring case.' })
  startsWith?: string;

  @Field(() => Boolean, { nullable: true, description: 'True: the text is missing; false: it is present.' })
  isNull?: boolean;
}

/** An `{ eq, in }` filter over one enum, as an input type named `<Enum>Filter`. */
export interface EnumFilter<T extends string> {
  eq?: T;
  in?: T[];
  isNull?: boolean;
}

const enumFilters = new Map<string, ClassType<EnumFilter<string>>>();

/** Given a registered enum and its name, returns the `<Enum>Filter` input type for it (one per enum, however often asked). */
export function enumFilterOf<T extends string>(enumObject: object, name: string): ClassType<EnumFilter<T>> {
  const known = enumFilters.get(name);
  if (known) return known as ClassType<EnumFilter<T>>;
  @InputType(`${name}Filter`, { description: `Matches a ${name} value; all given operators must hold.` })
  class Filter {
    @Field(() => enumObject, { nullable: true, description: 'Equal to this value.' })
    eq?: T;

    @Field(() => [enumObject], { nullable: true, description: 'Equal to one of these values.' })
    in?: T[];

    @Field(() => Boolean, { nullable: true, description: 'True: the value is missing; false: it is present.' })
    isNull?: boolean;
  }
  enumFilters.set(name, Filter);
  return Filter;
}

/** Points at an indication by id or by name or synonym; includes its subtypes unless told not to. */
@InputType({ description: 'An indication by id, by name or synonym (ignoring case), or by an ontology cross-reference; its subtypes count too unless includeSubtypes is false. What is given must all hold.' })
export class IndicationMatch {
  @Field(() => ID, { nullable: true, description: 'The indication id, e.g. `multiple-myeloma`.' })
  id?: string;

  @Field(() => String, { nullable: true, description: 'A name or synonym, ignoring case, e.g. "B-cell malignancy" or "MM".' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'An ontology cross-reference as a CURIE, e.g. MONDO:0009693 or NCIT:C3242.' })
  xref?: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Also match the subtypes of the indication (SUBTYPE_OF, any depth).' })
  includeSubtypes!: boolean;
}

/** Given conditions, some absent, returns one that needs all of them, or undefined when none is present. */
export function allOf<C = Condition>(conditions: (C | undefined)[]): C | { and: C[] } | undefined {
  const present = conditions.filter((condition): condition is C => condition !== undefined);
  if (present.length === 0) return undefined;
  return present.length === 1 ? present[0] : { and: present };
}

/** Given an id filter, returns its condition on `id`. */
export function idCondition(filter: IdFilter | undefined | null): Condition | undefined {
  if (!filter) return undefined;
  return comparisons('id', filter, ['eq', 'in']);
}

/** Given a text filter and a property, returns its case-insensitive condition. */
export function textCondition(property: string, filter: TextFilter | undefined | null): Condition | undefined {
  if (!filter) return undefined;
  return comparisons(property, filter, ['eq', 'in', 'contains', 'startsWith'], { caseInsensitive: true });
}

/**
 * Given a text filter and a property holding a list of texts, returns its case-insensitive condition on any one of
 * them (each operator on some element); `isNull` holds for a list missing or empty.
 */
export function textListCondition(property: string, filter: TextFilter | undefined | null): Condition | undefined {
  if (!filter) return undefined;
  return comparisons(property, filter, ['eq', 'in', 'contains', 'startsWith'], { caseInsensitive: true, list: true });
}

/** Given an enum filter and a property, returns its condition. */
export function enumCondition(property: string, filter: EnumFilter<string> | undefined | null): Condition | undefined {
  if (!filter) return undefined;
  return comparisons(property, filter, ['eq', 'in']);
}

/** Given an indication match and its argument path, returns the condition an Indication node must meet to be that indication itself (BAD_USER_INPUT naming the argument for a match with nothing to match by or a bad xref). */
export function indicationIdentity(match: IndicationMatch, argument: string): Condition {
  if (!match.id && !match.name && !match.xref) throw new BadUserInputError('An indication match needs an id, a name or an xref.', argument);
  const xref = match.xref ? parseXref(match.xref, `${argument}.xref`) : undefined;
  return allOf([
    match.id ? { property: 'id', op: 'eq', value: match.id } : undefined,
    xref ? { property: xref.property, op: 'eq', value: xref.value } : undefined,
    match.name
      ? {
          or: [
            { property: 'name', op: 'eq', value: match.name, caseInsensitive: true },
            { property: 'synonyms', op: 'eq', value: match.name, caseInsensitive: true, list: true },
          ],
        }
      : undefined,
  ]) as Condition;
}

/**
 * Given the path from a filtered label to an Indication, an indication match and its argument path, returns the
 * condition that some indication at the path's end is the matched one or, unless excluded, one of its subtypes;
 * BAD_USER_INPUT naming the argument for a match with nothing to match by or a bad xref.
 */
export function indicationCondition(toIndication: PathStep[], match: IndicationMatch | undefined | null, argument: string): Condition | undefined {
  if (!match) return undefined;
  const path: PathStep[] = match.includeSubtypes === false
    ? toIndication
    : [...toIndication, { type: 'SUBTYPE_OF', direction: 'OUT', label: 'Indication', hops: '0..' }];
  return { path, quantifier: 'some', where: indicationIdentity(match, argument) };
}
