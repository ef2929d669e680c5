import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { exposeRelations } from '../../graphql/entity.js';
import { Modality } from '../../graphql/enums.js';
import { ProgramConnection } from '../program/program.type.js';
import { entityQueries } from '../shared/entity-queries.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { CompoundOrderBy, CompoundWhere, compoundCondition, compoundOrder } from './compound.input.js';
import { Compound, CompoundConnection } from './compound.type.js';

/** Resolves the Compound queries and the Compound fields that follow relationships or combine properties. */
@Resolver(() => Compound)
export class CompoundResolver extends entityQueries({
  label: 'Compound',
  type: Compound,
  connection: CompoundConnection,
  where: CompoundWhere,
  orderBy: CompoundOrderBy,
  condition: compoundCondition,
  order: compoundOrder,
  list: { name: 'compounds', description: 'Compounds, filtered, sorted and paged.' },
  one: { name: 'compound', thing: 'compound', example: 'clr-131' },
}) {
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
