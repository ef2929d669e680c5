import { Resolver } from 'type-graphql';
import { exposeRelations } from '../../graphql/entity.js';
import { entityQueries } from '../shared/entity-queries.js';
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
}) {}

exposeRelations(PlatformResolver, 'Platform');
