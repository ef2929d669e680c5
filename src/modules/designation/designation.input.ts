import { Field, InputType } from 'type-graphql';
import { Agency, DesignationType } from '../../graphql/enums.js';
import { allOf, IndicationMatch, indicationCondition } from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { registerWhere, relationConditions } from '../../graphql/relation-filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import type { Condition, PathStep } from '../../store/index.js';

/** The `where` argument of Designation lists. */
@InputType({ description: 'Filters designations; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class DesignationWhere {
  @Field(() => IndicationMatch, { nullable: true, description: 'Granted for this indication or, by default, a subtype of it.' })
  indication?: IndicationMatch;
}

export interface DesignationWhere extends Logical<DesignationWhere> {}
withLogic(DesignationWhere, 'designations');
filterProperties(DesignationWhere, 'Designation');
registerWhere('Designation', DesignationWhere, designationCondition, { one: 'designation', many: 'designations' });

const ordering = orderByOf('Designation');

/** The `orderBy` argument of Designation lists. */
export const DesignationOrderBy = ordering.OrderBy;

/** Given a `DesignationOrderBy` argument, returns the list order (name ascending by default). */
export const designationOrder = ordering.toListOrder;

/** Given the `where` argument of a Designation list, returns the store condition it stands for. */
export function designationCondition(where: DesignationWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  return logicalCondition(
    where,
    (filter, at, shared) =>
      allOf([
        ...propertyConditions('Designation', filter, at),
        indicationCondition([{ type: 'FOR_INDICATION', direction: 'OUT', label: 'Indication' }], filter.indication, `${at}.indication`),
        ...relationConditions('Designation', filter, at, shared),
      ]),
    path,
    budget,
  );
}

/** Picks designations by type and agency, for filters on what holds them (compounds, programs). */
@InputType({ description: 'Matches a designation by type and agency; both optional, all given must hold.' })
export class DesignationMatch {
  @Field(() => DesignationType, { nullable: true, description: 'Designation type, e.g. ORPHAN_DRUG.' })
  type?: string;

  @Field(() => Agency, { nullable: true, description: 'Granting agency, e.g. FDA.' })
  agency?: string;
}

/** Given the path to a Designation and a match, returns the condition that some designation along it matches. */
export function designationMatchCondition(toDesignation: PathStep[], match: DesignationMatch | undefined | null): Condition | undefined {
  if (!match) return undefined;
  return {
    path: toDesignation,
    quantifier: 'some',
    where: allOf([
      match.type ? { property: 'type', op: 'eq', value: match.type } : undefined,
      match.agency ? { property: 'agency', op: 'eq', value: match.agency } : undefined,
    ]),
  };
}
