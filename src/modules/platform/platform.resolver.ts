import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { OrderInput } from '../../graphql/ordering.js';
import { ClaimConnection } from '../claim/claim.type.js';
import { CompanyConnection } from '../company/company.type.js';
import { CompoundConnection } from '../compound/compound.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { PlatformOrderBy, PlatformWhere, platformCondition, platformOrder } from './platform.input.js';
import { Platform, PlatformConnection } from './platform.type.js';

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

  @FieldResolver(() => CompanyConnection, { description: 'Companies that own the platform, by name.' })
  owners(@Root() platform: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Platform', [{ type: 'OWNS', direction: 'IN', label: 'Company' }], platform.id, page);
  }

  @FieldResolver(() => PlatformConnection, { description: 'Carrier platforms this platform uses (e.g. PDC uses the PLE carrier), by name.' })
  carriers(@Root() platform: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Platform', [{ type: 'USES_CARRIER', direction: 'OUT', label: 'Platform' }], platform.id, page);
  }

  @FieldResolver(() => PlatformConnection, { description: 'Platforms that use this one as their carrier, by name.' })
  carrierOf(@Root() platform: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Platform', [{ type: 'USES_CARRIER', direction: 'IN', label: 'Platform' }], platform.id, page);
  }

  @FieldResolver(() => CompoundConnection, { description: 'Compounds built on the platform, by name.' })
  compounds(@Root() platform: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Platform', [{ type: 'BUILT_ON', direction: 'IN', label: 'Compound' }], platform.id, page);
  }

  @FieldResolver(() => ClaimConnection, { description: 'Statements sources make about the platform (evidence, mechanism, pipeline), by name.' })
  claims(@Root() platform: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Platform', [{ type: 'CLAIMS', direction: 'OUT', label: 'Claim' }], platform.id, page);
  }
}
