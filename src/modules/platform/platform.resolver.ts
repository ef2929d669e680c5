import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ClaimConnection } from '../claim/claim.type.js';
import { CompanyConnection } from '../company/company.type.js';
import { CompoundConnection } from '../compound/compound.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { entityQueries } from '../shared/entity-queries.js';
import { PageArgs } from '../shared/list-args.js';
import { PlatformOrderBy, PlatformWhere, platformCondition, platformOrder } from './platform.input.js';
import { Platform, PlatformConnection } from './platform.type.js';

/** Resolves the Platform queries and the Platform fields that follow relationships or combine properties. */
@Resolver(() => Platform)
export class PlatformResolver extends entityQueries({
  label: 'Platform',
  type: Platform,
  connection: PlatformConnection,
  where: PlatformWhere,
  orderBy: PlatformOrderBy,
  condition: platformCondition,
  order: platformOrder,
  list: { name: 'platforms', description: 'Technology platforms, filtered, sorted and paged.' },
  one: { name: 'platform', thing: 'platform', example: 'pdc' },
}) {
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
