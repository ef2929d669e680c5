import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ClaimConnection } from '../claim/claim.type.js';
import { CompoundConnection } from '../compound/compound.type.js';
import { DesignationConnection } from '../designation/designation.type.js';
import { PlatformConnection } from '../platform/platform.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { entityQueries } from '../shared/entity-queries.js';
import { PageArgs } from '../shared/list-args.js';
import { TrialConnection } from '../trial/trial.type.js';
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
  @FieldResolver(() => CompoundConnection, { description: 'Compounds the company develops, by name.' })
  compounds(@Root() company: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Company', [{ type: 'DEVELOPS', direction: 'OUT', label: 'Compound' }], company.id, page);
  }

  @FieldResolver(() => PlatformConnection, { description: 'Platforms the company owns, by name.' })
  platforms(@Root() company: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Company', [{ type: 'OWNS', direction: 'OUT', label: 'Platform' }], company.id, page);
  }

  @FieldResolver(() => TrialConnection, { description: 'Trials the company sponsors, by name.' })
  trials(@Root() company: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Company', [{ type: 'SPONSORED_BY', direction: 'IN', label: 'Trial' }], company.id, page);
  }

  @FieldResolver(() => DesignationConnection, { description: 'Regulatory designations granted to the company, by name.' })
  designations(@Root() company: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Company', [{ type: 'GRANTED_TO', direction: 'IN', label: 'Designation' }], company.id, page);
  }

  @FieldResolver(() => ClaimConnection, { description: 'Statements sources make about the company (pipeline, outlook ...), by name.' })
  claims(@Root() company: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Company', [{ type: 'CLAIMS', direction: 'OUT', label: 'Claim' }], company.id, page);
  }
}
