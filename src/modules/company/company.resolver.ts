import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { exposeRelations } from '../../graphql/entity.js';
import type { Entity } from '../shared/graph-reader.js';
import { entityQueries } from '../shared/entity-queries.js';
import { PageArgs } from '../shared/list-args.js';
import { SourceConnection } from '../source/source.type.js';
import { CompanyOrderBy, CompanyWhere, companyCondition, companyOrder } from './company.input.js';
import { Company, CompanyConnection } from './company.type.js';

/** Resolves the Company queries and the Company fields that follow relationships or combine properties. */
@Resolver(() => Company)
export class CompanyResolver extends entityQueries({
  label: 'Company',
  type: Company,
  connection: CompanyConnection,
  where: CompanyWhere,
  orderBy: CompanyOrderBy,
  condition: companyCondition,
  order: companyOrder,
  list: { name: 'companies', description: 'Companies, filtered, sorted and paged.' },
  one: { name: 'company', thing: 'company', example: 'cellectar-biosciences' },
}) {
  @FieldResolver(() => SourceConnection, {
    description: 'Documents the company issued (releases, filings, web pages), by publication date, undated ones last; each `dateline` is the place that document was issued from, which is not a stated headquarters.',
  })
  issued(@Root() company: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Company', [{ type: 'ISSUED_BY', direction: 'IN', label: 'Source' }], company.id, page, { property: 'publishedOn', direction: 'ASC' });
  }
}

exposeRelations(CompanyResolver, 'Company');
