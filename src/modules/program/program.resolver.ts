import { type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { selects } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { NotFoundError } from '../../graphql/errors.js';
import { Compound } from '../compound/compound.type.js';
import { DesignationConnection } from '../designation/designation.type.js';
import { Indication } from '../indication/indication.type.js';
import { PageArgs } from '../shared/list-args.js';
import { CitationConnection } from '../source/source.type.js';
import { TrialConnection } from '../trial/trial.type.js';
import { ProgramOrderBy, ProgramWhere, programTerm } from './program.input.js';
import { BY_ID } from './program.service.js';
import { Program, ProgramConnection, type ProgramRecord } from './program.type.js';

/** Resolves the Program queries and the Program fields that follow relationships or combine properties. */
@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => ProgramConnection, {
    description: 'Programs (compound × indication) with their stage, e.g. orphan-designated drugs in Phase 2 for B-cell malignancies.',
  })
  async programs(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => ProgramWhere, { nullable: true, description: 'Filters.' }) where: ProgramWhere | null,
    @Arg('orderBy', () => ProgramOrderBy, { nullable: true, description: 'Sorting; by id when absent.' }) orderBy: ProgramOrderBy | null,
    @Ctx() { programs, graph, warnings, hints }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const unknownNames: { name: string; argument: string }[] = [];
    const page = await programs.list(programTerm(where), orderBy ?? BY_ID, first, after, selects(info, 'totalCount'), (name, argument) => unknownNames.push({ name, argument }));
    // Hints only for an empty first page: the next ones were asked for by a client that saw the first, and a name
    // under OR or NOT that names nothing may leave other programs matching.
    if (after || page.nodes.length > 0) return page;
    const path = responsePathAsArray(info.path);
    for (const { name, argument } of unknownNames) await hints.indicationName(graph, warnings, name, argument, path);
    const eq = where?.compound?.eq;
    if (eq) await hints.id(graph, warnings, 'Compound', eq, 'where.compound.eq', path);
    return page;
  }

  @Query(() => Program, { description: 'One program by id (`compound-id@indication-id`); NOT_FOUND when there is none.' })
  async program(@Arg('id', () => ID, { description: 'The program id, e.g. clr-131@multiple-myeloma.' }) id: string, @Ctx() { programs }: Context) {
    const program = await programs.find(id);
    if (!program) throw new NotFoundError('Program', id);
    return program;
  }

  @FieldResolver(() => Compound, { description: 'The compound.' })
  compound(@Root() program: ProgramRecord) {
    return program.compound;
  }

  @FieldResolver(() => Indication, { description: 'The indication.' })
  indication(@Root() program: ProgramRecord) {
    return program.indication;
  }

  @FieldResolver(() => TrialConnection, { description: 'Trials evaluating the compound in the indication or a subtype: the evidence for the stage; by name.' })
  trials(@Root() program: ProgramRecord, @Args(() => PageArgs) page: PageArgs, @Ctx() { programs }: Context) {
    return programs.trials(program, page);
  }

  @FieldResolver(() => DesignationConnection, { description: 'The compound’s designations for this indication or a broader one it belongs to, by name.' })
  designations(@Root() program: ProgramRecord, @Args(() => PageArgs) page: PageArgs, @Ctx() { programs }: Context) {
    return programs.designations(program, page);
  }

  @FieldResolver(() => CitationConnection, { description: 'The sources of the program’s trials and designations, merged per source with every locator; by source name.' })
  sources(@Root() program: ProgramRecord, @Args(() => PageArgs) page: PageArgs, @Ctx() { programs }: Context) {
    return programs.citations(program, page);
  }
}
