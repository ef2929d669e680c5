import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { OrderInput } from '../../graphql/ordering.js';
import { Claim } from '../claim/claim.type.js';
import { Company } from '../company/company.type.js';
import { Compound } from '../compound/compound.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { PlatformOrderBy, PlatformWhere, platformCondition, platformOrder } from './platform.input.js';
import { Platform } from './platform.type.js';

/** The Relay connection type of Platform lists. */
export const PlatformConnection = connectionOf(Platform, 'A page of platforms.');

/** Resolves the Platform queries and the Platform fields that follow relationships or combine properties. */
@Resolver(() => Platform)
export class PlatformResolver {
  @Query(() => PlatformConnection, { description: 'Technology platforms, filtered, sorted and paged.' })
  platforms(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => PlatformWhere, { nullable: true, description: 'Filters.' }) where: PlatformWhere | null,
    @Arg('orderBy', () => PlatformOrderBy, { nullable: true, description: 'Sorting; by name by default.' }) orderBy: OrderInput | null,
    @Ctx() { graph }: Context,
  ) {
    return graph.list('Platform', {
      where: platformCondition(where),
      orderBy: platformOrder(orderBy),
      first,
      after,
    });
  }

  @Query(() => Platform, { description: 'One platform by id; NOT_FOUND when none has it.' })
  platform(@Arg('id', () => ID, { description: 'The platform id, e.g. pdc.' }) id: string, @Ctx() { graph }: Context) {
    return graph.get('Platform', id);
  }

  @FieldResolver(() => [Company], { description: 'Companies that own the platform.' })
  owners(@Root() platform: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Platform', [{ type: 'OWNS', direction: 'IN', label: 'Company' }], platform.id);
  }

  @FieldResolver(() => [Platform], { description: 'Carrier platforms this platform uses (e.g. PDC uses the PLE carrier).' })
  carriers(@Root() platform: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Platform', [{ type: 'USES_CARRIER', direction: 'OUT', label: 'Platform' }], platform.id);
  }

  @FieldResolver(() => [Platform], { description: 'Platforms that use this one as their carrier.' })
  carrierOf(@Root() platform: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Platform', [{ type: 'USES_CARRIER', direction: 'IN', label: 'Platform' }], platform.id);
  }

  @FieldResolver(() => [Compound], { description: 'Compounds built on the platform.' })
  compounds(@Root() platform: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Platform', [{ type: 'BUILT_ON', direction: 'IN', label: 'Compound' }], platform.id);
  }

  @FieldResolver(() => [Claim], { description: 'Statements sources make about the platform (evidence, mechanism, pipeline).' })
  claims(@Root() platform: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Platform', [{ type: 'CLAIMS', direction: 'OUT', label: 'Claim' }], platform.id);
  }
}
