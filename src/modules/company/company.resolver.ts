import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { OrderInput } from '../../graphql/ordering.js';
import { Claim } from '../claim/claim.type.js';
import { Compound } from '../compound/compound.type.js';
import { Designation } from '../designation/designation.type.js';
import { Platform } from '../platform/platform.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { Trial } from '../trial/trial.type.js';
import { CompanyOrderBy, CompanyWhere, companyCondition, companyOrder } from './company.input.js';
import { Company } from './company.type.js';

/** The Relay connection type of Company lists. */
export const CompanyConnection = connectionOf(Company, 'A page of companies.');

/** Resolves the Company queries and the Company fields that follow relationships or combine properties. */
@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => CompanyConnection, { description: 'Companies, filtered, sorted and paged.' })
  companies(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => CompanyWhere, { nullable: true, description: 'Filters.' }) where: CompanyWhere | null,
    @Arg('orderBy', () => CompanyOrderBy, { nullable: true, description: 'Sorting; by name by default.' }) orderBy: OrderInput | null,
    @Ctx() { graph }: Context,
  ) {
    return graph.list('Company', {
      where: companyCondition(where),
      orderBy: companyOrder(orderBy),
      first,
      after,
    });
  }

  @Query(() => Company, { description: 'One company by id; NOT_FOUND when none has it.' })
  company(@Arg('id', () => ID, { description: 'The company id, e.g. cellectar-biosciences.' }) id: string, @Ctx() { graph }: Context) {
    return graph.get('Company', id);
  }

  @FieldResolver(() => [Compound], { description: 'Compounds the company develops.' })
  compounds(@Root() company: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Company', [{ type: 'DEVELOPS', direction: 'OUT', label: 'Compound' }], company.id);
  }

  @FieldResolver(() => [Platform], { description: 'Platforms the company owns.' })
  platforms(@Root() company: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Company', [{ type: 'OWNS', direction: 'OUT', label: 'Platform' }], company.id);
  }

  @FieldResolver(() => [Trial], { description: 'Trials the company sponsors.' })
  trials(@Root() company: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Company', [{ type: 'SPONSORED_BY', direction: 'IN', label: 'Trial' }], company.id);
  }

  @FieldResolver(() => [Designation], { description: 'Regulatory designations granted to the company.' })
  designations(@Root() company: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Company', [{ type: 'GRANTED_TO', direction: 'IN', label: 'Designation' }], company.id);
  }

  @FieldResolver(() => [Claim], { description: 'Statements sources make about the company (pipeline, outlook ...).' })
  claims(@Root() company: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Company', [{ type: 'CLAIMS', direction: 'OUT', label: 'Claim' }], company.id);
  }
}
