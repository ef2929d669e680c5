import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { OrderInput } from '../../graphql/ordering.js';
import { ClaimConnection } from '../claim/claim.type.js';
import { CompoundConnection } from '../compound/compound.type.js';
import { DesignationConnection } from '../designation/designation.type.js';
import { PlatformConnection } from '../platform/platform.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { TrialConnection } from '../trial/trial.type.js';
import { CompanyOrderBy, CompanyWhere, companyCondition, companyOrder } from './company.input.js';
import { Company, CompanyConnection } from './company.type.js';

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
