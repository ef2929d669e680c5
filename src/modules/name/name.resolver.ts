import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { PathStep } from '../../store/index.js';
import type { Entity } from '../shared/graph-reader.js';
import { exposeRelations } from '../../graphql/entity.js';
import { entityQueries } from '../shared/entity-queries.js';
import { NameOrderBy, NameWhere, nameCondition, nameOrder } from './name.input.js';
import { Name, NameConnection, Sighting } from './name.type.js';

const TO_SOURCES: PathStep[] = [{ type: 'SUPPORTED_BY', direction: 'OUT', label: 'Source' }];

/** Given a date property, returns the order of a name's sources by it, earliest first (sources without it last). */
const earliestBy = (property: 'publishedOn' | 'publishedNotBefore') => ({ property, direction: 'ASC' as const });

/** Resolves the Name queries and the Name fields that follow relationships or combine properties. */
@Resolver(() => Name)
export class NameResolver extends entityQueries({
  label: 'Name',
  type: Name,
  connection: NameConnection,
  where: NameWhere,
  orderBy: NameOrderBy,
  condition: nameCondition,
  order: nameOrder,
  list: { name: 'names', description: 'Names of compounds, companies and trials (code names, nonproprietary and chemical names, trial names), filtered, sorted and paged.' },
  one: { name: 'name', thing: 'name', example: 'name-iopofosine-i-131' },
}) {
  @FieldResolver(() => Sighting, { nullable: true, description: 'The earliest source that uses the name: the earliest dated one; when only undated sources use it, the one whose content allows the earliest date.' })
  async firstSeen(@Root() name: Entity, @Ctx() { graph }: Context) {
    const [dated] = (await graph.relatedPage('Name', TO_SOURCES, name.id, { first: 1 }, earliestBy('publishedOn'))).nodes;
    if (typeof dated?.node.publishedOn === 'string') return { on: dated.node.publishedOn, notBefore: null, source: dated.node };
    const [undated] = (await graph.relatedPage('Name', TO_SOURCES, name.id, { first: 1 }, earliestBy('publishedNotBefore'))).nodes;
    if (!undated) return null;
    return { on: null, notBefore: typeof undated.node.publishedNotBefore === 'string' ? undated.node.publishedNotBefore : null, source: undated.node };
  }
}

exposeRelations(NameResolver, 'Name');
