import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { exposeRelations } from '../../graphql/entity.js';
import { Modality } from '../../graphql/enums.js';
import type { OrderInput } from '../../graphql/ordering.js';
import { ProgramConnection } from '../program/program.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { CompoundOrderBy, CompoundWhere, compoundCondition, compoundOrder } from './compound.input.js';
import { Compound, CompoundConnection } from './compound.type.js';

/** Resolves the Compound queries and the Compound fields that follow relationships or combine properties. */
@Resolver(() => Compound)
export class CompoundResolver {
  @Query(() => CompoundConnection, { description: 'Compounds, filtered, sorted and paged.' })
  compounds(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => CompoundWhere, { nullable: true, description: 'Filters.' }) where: CompoundWhere | null,
    @Arg('orderBy', () => CompoundOrderBy, { nullable: true, description: 'Sorting; by name by default.' }) orderBy: OrderInput | null,
    @Ctx() { graph }: Context,
  ) {
    return graph.list('Compound', {
      where: compoundCondition(where),
      orderBy: compoundOrder(orderBy),
      first,
      after,
    });
  }

  @Query(() => Compound, { description: 'One compound by id; NOT_FOUND when none has it.' })
  compound(@Arg('id', () => ID, { description: 'The compound id, e.g. clr-131.' }) id: string, @Ctx() { graph }: Context) {
    return graph.get('Compound', id);
  }

  @FieldResolver(() => [Modality], { description: 'Every kind of therapeutic the sources say it is, its modality first: a radiotherapeutic phospholipid drug conjugate is both PHOSPHOLIPID_DRUG_CONJUGATE and RADIOCONJUGATE.' })
  modalities(@Root() compound: Entity): string[] {
    return [...new Set([compound.modality as string, ...((compound.modalities as string[] | undefined) ?? [])])];
  }

  @FieldResolver(() => ProgramConnection, { description: 'The compound’s programs: one per indication it is studied or developed in, with its stage; by indication id.' })
  programs(@Root() compound: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { programs }: Context) {
    return programs.ofCompound(compound.id, page);
  }
}

exposeRelations(CompoundResolver, 'Compound');
