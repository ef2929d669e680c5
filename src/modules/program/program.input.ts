import { Field, InputType, registerEnumType } from 'type-graphql';
import { Stage, STAGE_ORDER } from '../../graphql/enums.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { allOf, IdFilter, IndicationMatch } from '../../graphql/filters.js';
import { type FilterBudget, type Logical, logicalCondition, type RelationFilter, withLogic } from '../../graphql/logic.js';
import { SortDirection } from '../../graphql/ordering.js';
import { relationFilterFor } from '../../graphql/relation-filters.js';
import { type Condition, ENUMS, type ProgramKey, type ProgramOrdering, STAGES } from '../../store/index.js';
import { type CompanyWhere, companyCondition } from '../company/company.input.js';
import { DesignationMatch } from '../designation/designation.input.js';
import { type TrialWhere, trialCondition } from '../trial/trial.input.js';

/** Compares a program's stage, in the stage order for `gte` and `lte`. */
@InputType({ description: `Compares a program’s stage; all given operators must hold. \`gte\` and \`lte\` follow the order ${STAGE_ORDER}.` })
export class ProgramStageFilter {
  @Field(() => Stage, { nullable: true, description: 'Exactly this stage (PHASE_2 does not include PHASE_1_2 or PHASE_2_3).' })
  eq?: string;

  @Field(() => [Stage], { nullable: true, description: 'One of these stages, e.g. `[PHASE_1, PHASE_1_2]`.' })
  in?: string[];

  @Field(() => Stage, { nullable: true, description: 'This stage or a later one; WITHDRAWAL and UNKNOWN are outside the order and refused.' })
  gte?: string;

  @Field(() => Stage, { nullable: true, description: 'This stage or an earlier one; WITHDRAWAL and UNKNOWN are outside the order and refused.' })
  lte?: string;
}

/** The `where` argument of Program lists. */
@InputType({ description: 'Filters programs; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class ProgramWhere {
  @Field(() => IdFilter, { nullable: true, description: 'By compound id.' })
  compound?: IdFilter;

  @Field(() => IndicationMatch, { nullable: true, description: 'In this indication or, by default, one of its subtypes.' })
  indication?: IndicationMatch;

  @Field(() => DesignationMatch, {
    nullable: true,
    description: 'The compound holds a matching designation for the program’s indication or a broader one it belongs to.',
  })
  designation?: DesignationMatch;

  @Field(() => ProgramStageFilter, { nullable: true, description: `By stage: \`{ in: [PHASE_1, PHASE_1_2] }\`, \`{ gte: PHASE_1, lte: PHASE_2 }\` in the order ${STAGE_ORDER}.` })
  stages?: ProgramStageFilter;

  @Field(() => Stage, { nullable: true, description: 'Exactly this stage (PHASE_2 does not include PHASE_1_2 or PHASE_2_3); the same as `stages: { eq: ... }`.' })
  stage?: string;

  @Field(() => Stage, { nullable: true, description: `This stage or a later one in the order ${STAGE_ORDER}; WITHDRAWAL and UNKNOWN are outside the order and refused. The same as \`stages: { gte: ... }\`.` })
  stageAtLeast?: string;

  @Field(() => relationFilterFor('Company'), { nullable: true, description: 'By the companies developing the compound: `{ some: { name: { contains: "cellectar" } } }`.' })
  companies?: RelationFilter<CompanyWhere>;

  @Field(() => relationFilterFor('Trial'), {
    nullable: true,
    description: 'By the program’s trials (those evaluating the compound in the indication or a subtype): `{ some: { phase: { eq: PHASE_2 } } }`.',
  })
  trials?: RelationFilter<TrialWhere>;
}

export interface ProgramWhere extends Logical<ProgramWhere> {}
withLogic(ProgramWhere, 'programs');

/** What a program list can be sorted by. */
export const ProgramOrderField = { ID: 'ID', STAGE: 'STAGE', COMPOUND_NAME: 'COMPOUND_NAME', INDICATION_NAME: 'INDICATION_NAME' } as const;
registerEnumType(ProgramOrderField, {
  name: 'ProgramOrderField',
  description: 'What Program lists can be sorted by; ties are broken by id.',
  valuesConfig: {
    ID: { description: 'By id (`compound-id@indication-id`).' },
    STAGE: { description: `By stage in the order ${STAGE_ORDER}; WITHDRAWAL and UNKNOWN, outside the order, come last in either direction.` },
    COMPOUND_NAME: { description: 'By the compound’s name.' },
    INDICATION_NAME: { description: 'By the indication’s name.' },
  },
});

/** The `orderBy` argument of Program lists. */
@InputType({ description: 'How to sort programs.' })
export class ProgramOrderBy implements ProgramOrdering {
  @Field(() => ProgramOrderField, { defaultValue: 'ID', description: 'The field to sort by.' })
  field!: ProgramOrdering['field'];

  @Field(() => SortDirection, { defaultValue: 'ASC', description: 'The direction; `{ field: STAGE, direction: DESC }` lists the most advanced programs first.' })
  direction!: 'ASC' | 'DESC';
}

/**
 * What a program filter stands for before the store is asked: stored-program comparisons, and what must be looked up
 * first (the indications an indication match covers, the compounds of matching companies, the programs behind
 * matching trials), each with its argument path, combined with and, or, not.
 */
export type ProgramTerm =
  | { and: ProgramTerm[] }
  | { or: ProgramTerm[] }
  | { not: ProgramTerm }
  | { property: ProgramKey; oneOf: readonly string[] }
  | { designations: readonly string[] }
  | { indication: IndicationMatch; at: string }
  | { developedBy: Condition | undefined }
  | { behindTrials: Condition | undefined };

/** Given a stage, the argument that gave it and a direction, returns the stages at or after it (gte) or at or before it (lte). */
function ordered(stage: string, argument: string, direction: 'gte' | 'lte'): string[] {
  const rank = (STAGES as readonly string[]).indexOf(stage);
  if (rank < 0) throw new BadUserInputError(`${argument} must be a stage of the order ${STAGE_ORDER}; ${stage} is outside it.`, argument);
  return direction === 'gte' ? STAGES.slice(rank) : STAGES.slice(0, rank + 1);
}

/**
 * Given one program filter object and its argument path, returns the stages a program may be at: those every stage
 * condition given allows (`stage`, `stageAtLeast` and each operator of `stages`), in the enum's order; undefined when
 * none is given (any stage).
 */
export function stagesOf(where: ProgramWhere, at = 'where'): string[] | undefined {
  const allowed = [
    where.stage ? [where.stage] : undefined,
    where.stageAtLeast ? ordered(where.stageAtLeast, `${at}.stageAtLeast`, 'gte') : undefined,
    where.stages?.eq ? [where.stages.eq] : undefined,
    where.stages?.in ?? undefined,
    where.stages?.gte ? ordered(where.stages.gte, `${at}.stages.gte`, 'gte') : undefined,
    where.stages?.lte ? ordered(where.stages.lte, `${at}.stages.lte`, 'lte') : undefined,
  ].filter((stages): stages is string[] => stages !== undefined);
  if (!allowed.length) return undefined;
  return ENUMS.Stage.filter((stage) => allowed.every((stages) => stages.includes(stage)));
}

/** Given a designation match, returns the `AGENCY:TYPE` keys of which one must cover a program. */
function designationKeysOf(match: DesignationMatch): string[] {
  const agencies = match.agency ? [match.agency] : ENUMS.Agency;
  const types = match.type ? [match.type] : ENUMS.DesignationType;
  return agencies.flatMap((agency) => types.map((type) => `${agency}:${type}`));
}

/** Given an id filter, returns the ids it allows (those of `in` that are `eq` when both are given), or undefined when it gives none. */
function idsOf(filter: IdFilter | undefined): string[] | undefined {
  const { eq, in: ids } = filter ?? {};
  if (eq != null) return (ids ?? [eq]).filter((id) => id === eq);
  return ids ?? undefined;
}

/**
 * Given a relation filter of a program, the conversion of the related type's filter, what looks the programs up from
 * a condition on the related nodes, the argument path and the budget, returns its term: some related node matches;
 * none does; none fails to (every one matches, a missing value failing).
 */
function relationTerm<W>(
  filter: RelationFilter<W> | undefined,
  convert: (where: W, path: string, budget: FilterBudget) => Condition | undefined,
  lookUp: (where: Condition | undefined) => ProgramTerm,
  argument: string,
  budget: FilterBudget,
): ProgramTerm | undefined {
  if (!filter) return undefined;
  return allOf<ProgramTerm>([
    filter.some ? lookUp(convert(filter.some, `${argument}.some`, budget)) : undefined,
    filter.none ? { not: lookUp(convert(filter.none, `${argument}.none`, budget)) } : undefined,
    filter.every ? { not: lookUp({ not: convert(filter.every, `${argument}.every`, budget) ?? { and: [] } }) } : undefined,
  ]);
}

/**
 * Given the `where` argument of a program list, returns its term, or undefined for no filter. Stage conditions
 * outside the order, and filters nested or numerous past the limits, get BAD_USER_INPUT naming the argument.
 */
export function programTerm(where: ProgramWhere | null | undefined): ProgramTerm | undefined {
  return logicalCondition<ProgramWhere, ProgramTerm>(where, (filter, at, budget) => {
    const compoundIds = idsOf(filter.compound);
    const stages = stagesOf(filter, at);
    return allOf<ProgramTerm>([
      compoundIds && { property: 'compoundId', oneOf: compoundIds },
      filter.indication ? { indication: filter.indication, at: `${at}.indication` } : undefined,
      filter.designation ? { designations: designationKeysOf(filter.designation) } : undefined,
      stages && { property: 'stage', oneOf: stages },
      relationTerm(filter.companies, companyCondition, (developers) => ({ developedBy: developers }), `${at}.companies`, budget),
      relationTerm(filter.trials, trialCondition, (trials) => ({ behindTrials: trials }), `${at}.trials`, budget),
    ]);
  });
}
