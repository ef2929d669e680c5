import { Field, InputType } from 'type-graphql';
import { Stage, STAGE_ORDER } from '../../graphql/enums.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { IdFilter, IndicationMatch } from '../../graphql/filters.js';
import { ENUMS, STAGES } from '../../store/index.js';
import { DesignationMatch } from '../designation/designation.input.js';

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
@InputType({ description: 'Filters programs; all given fields must match.' })
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
}

/** Given a stage, the argument that gave it and a direction, returns the stages at or after it (gte) or at or before it (lte). */
function ordered(stage: string, argument: string, direction: 'gte' | 'lte'): string[] {
  const rank = (STAGES as readonly string[]).indexOf(stage);
  if (rank < 0) throw new BadUserInputError(`${argument} must be a stage of the order ${STAGE_ORDER}; ${stage} is outside it.`, argument);
  return direction === 'gte' ? STAGES.slice(rank) : STAGES.slice(0, rank + 1);
}

/**
 * Given a program filter, returns the stages a program may be at: those every stage condition given allows (`stage`,
 * `stageAtLeast` and each operator of `stages`), in the enum's order; undefined when none is given (any stage).
 */
export function stagesOf(where: ProgramWhere | null | undefined): string[] | undefined {
  const allowed = [
    where?.stage ? [where.stage] : undefined,
    where?.stageAtLeast ? ordered(where.stageAtLeast, 'where.stageAtLeast', 'gte') : undefined,
    where?.stages?.eq ? [where.stages.eq] : undefined,
    where?.stages?.in ?? undefined,
    where?.stages?.gte ? ordered(where.stages.gte, 'where.stages.gte', 'gte') : undefined,
    where?.stages?.lte ? ordered(where.stages.lte, 'where.stages.lte', 'lte') : undefined,
  ].filter((stages): stages is string[] => stages !== undefined);
  if (!allowed.length) return undefined;
  return ENUMS.Stage.filter((stage) => allowed.every((stages) => stages.includes(stage)));
}
