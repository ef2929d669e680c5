import { Field, InputType } from 'type-graphql';
import { Agency, DesignationType } from '../../graphql/enums.js';
import { allOf } from '../../graphql/filters.js';
import type { Condition, PathStep } from '../../store/query-builder.js';

/** Picks designations by type and agency, for filters on what holds them (compounds, programs). */
@InputType({ description: 'Matches a designation by type and agency; both optional, all given must hold.' })
export class DesignationMatch {
  @Field(() => DesignationType, { nullable: true, description: 'Designation type, e.g. ORPHAN_DRUG.' })
  type?: string;

  @Field(() => Agency, { nullable: true, description: 'Granting agency, e.g. FDA.' })
  agency?: string;
}

/** Given the path to a Designation and a match, returns the condition that some designation along it matches. */
export function designationCondition(toDesignation: PathStep[], match: DesignationMatch | undefined | null): Condition | undefined {
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
