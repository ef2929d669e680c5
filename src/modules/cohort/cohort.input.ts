import { Field, InputType } from 'type-graphql';
import { allOf, IdFilter, idCondition, NumberFilter, numberCondition, RANGE_OPS } from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { registerWhere, relationConditions } from '../../graphql/relation-filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { type Condition, RELATION_FIELDS } from '../../store/index.js';

/** A cohort's dose to match: its value, and the unit it must be in. */
@InputType({ description: 'Matches a dose: its value, in the unit given, which a value needs (doses in other units are not compared).' })
export class DoseFilter {
  @Field(() => NumberFilter, { nullable: true, description: 'The amount, e.g. `{ gt: 15 }`.' })
  value?: NumberFilter;

  @Field(() => String, { nullable: true, description: 'The unit, exactly as stored, e.g. "mCi/m²".' })
  unit?: string;
}

/** The `where` argument of Cohort lists. */
@InputType({ description: 'Filters cohorts; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class CohortWhere {
  @Field(() => DoseFilter, { nullable: true, description: 'By dose, e.g. `{ value: { gt: 15 }, unit: "mCi/m²" }`: cohorts dosed above 15 mCi/m².' })
  dose?: DoseFilter;

  @Field(() => IdFilter, { nullable: true, description: 'In the trial with this id.' })
  trial?: IdFilter;
}

export interface CohortWhere extends Logical<CohortWhere> {}
withLogic(CohortWhere, 'cohorts');
filterProperties(CohortWhere, 'Cohort');
registerWhere('Cohort', CohortWhere, cohortCondition, { one: 'cohort', many: 'cohorts' });

const ordering = orderByOf('Cohort');

/** The `orderBy` argument of Cohort lists. */
export const CohortOrderBy = ordering.OrderBy;

/** Given a `CohortOrderBy` argument, returns the list order (name ascending by default). */
export const cohortOrder = ordering.toListOrder;

/** Given the `where` argument of a Cohort list, returns the store condition it stands for. */
export function cohortCondition(where: CohortWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  const fields = (filter: CohortWhere, at: string, shared: FilterBudget): Condition | undefined => {
    const trial = idCondition(filter.trial);
    const dose = filter.dose;
    // A comparison needs the unit; `isNull` alone asks whether the cohort has a dose at all.
    const compares = RANGE_OPS.some((op) => dose?.value?.[op] != null);
    if (compares && !dose?.unit?.trim()) throw new BadUserInputError(`A dose value is compared within one unit: give ${at}.dose.unit too, e.g. "mCi/m²".`, `${at}.dose.unit`);
    return allOf([
      ...propertyConditions('Cohort', filter, at),
      numberCondition('doseValue', dose?.value, `${at}.dose.value`),
      dose?.unit ? { property: 'doseUnit', op: 'eq', value: dose.unit } : undefined,
      trial && { path: [...RELATION_FIELDS.Cohort.trial.path], quantifier: 'some', where: trial },
      ...relationConditions('Cohort', filter, at, shared),
    ]);
  };
  return logicalCondition(where, fields, path, budget);
}
