import 'reflect-metadata';
import { type GraphQLSchema, specifiedDirectives } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AS_OF_DIRECTIVE } from './as-of.js';
import { ClaimResolver } from '../modules/claim/claim.resolver.js';
import { Claim } from '../modules/claim/claim.type.js';
import { CohortResolver } from '../modules/cohort/cohort.resolver.js';
import { Cohort } from '../modules/cohort/cohort.type.js';
import { CompanyResolver } from '../modules/company/company.resolver.js';
import { Company } from '../modules/company/company.type.js';
import { CompoundResolver } from '../modules/compound/compound.resolver.js';
import { Compound } from '../modules/compound/compound.type.js';
import { DesignationResolver } from '../modules/designation/designation.resolver.js';
import { Designation } from '../modules/designation/designation.type.js';
import { DisagreementResolver } from '../modules/disagreement/disagreement.resolver.js';
import { Disagreement } from '../modules/disagreement/disagreement.type.js';
import { MilestoneResolver } from '../modules/milestone/milestone.resolver.js';
import { Milestone } from '../modules/milestone/milestone.type.js';
import { NameResolver } from '../modules/name/name.resolver.js';
import { Name } from '../modules/name/name.type.js';
import { ReadoutSeriesResolver } from '../modules/readout-series/readout-series.resolver.js';
import { ReadoutSeries } from '../modules/readout-series/readout-series.type.js';
import { IndicationResolver } from '../modules/indication/indication.resolver.js';
import { Indication } from '../modules/indication/indication.type.js';
import { MetaResolver } from '../modules/meta/meta.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { PlatformResolver } from '../modules/platform/platform.resolver.js';
import { Platform } from '../modules/platform/platform.type.js';
import { ProgramResolver } from '../modules/program/program.resolver.js';
import { ReadoutResolver } from '../modules/readout/readout.resolver.js';
import { Readout } from '../modules/readout/readout.type.js';
import { citationsResolver } from '../modules/source/citation.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { SourceResolver } from '../modules/source/source.resolver.js';
import { TrialResolver } from '../modules/trial/trial.resolver.js';
import { Trial } from '../modules/trial/trial.type.js';

const citations = [
  citationsResolver(Company, 'Company'),
  citationsResolver(Compound, 'Compound'),
  citationsResolver(Platform, 'Platform'),
  citationsResolver(Trial, 'Trial'),
  citationsResolver(Cohort, 'Cohort'),
  citationsResolver(Indication, 'Indication'),
  citationsResolver(Designation, 'Designation'),
  citationsResolver(Readout, 'Readout'),
  citationsResolver(Claim, 'Claim'),
  citationsResolver(ReadoutSeries, 'ReadoutSeries'),
  citationsResolver(Name, 'Name'),
  citationsResolver(Milestone, 'Milestone'),
  citationsResolver(Disagreement, 'Disagreement'),
];

let schema: Promise<GraphQLSchema> | undefined;

async function build(): Promise<GraphQLSchema> {
  const built = await buildSchema({
    resolvers: [
      NodeResolver,
      CompanyResolver,
      CompoundResolver,
      PlatformResolver,
      TrialResolver,
      CohortResolver,
      IndicationResolver,
      DesignationResolver,
      ReadoutResolver,
      ClaimResolver,
      ReadoutSeriesResolver,
      NameResolver,
      MilestoneResolver,
      DisagreementResolver,
      SourceResolver,
      ProgramResolver,
      MetaResolver,
      SearchResolver,
      ...citations,
    ] as unknown as [Function, ...Function[]],
    orphanedTypes: [Company, Compound, Platform, Trial, Cohort, Indication, Designation, Readout, Claim, ReadoutSeries, Name, Milestone, Disagreement],
    validate: false,
    emitSchemaFile: false,
    directives: [...specifiedDirectives, AS_OF_DIRECTIVE],
  });
  const query = built.getQueryType();
  if (query) {
    query.description =
      'Oncology drug programs as a graph: companies, compounds, platforms, trials, cohorts, indications, designations, readouts and their sources.';
  }
  return built;
}

/** Returns the GraphQL schema, built once from the type-graphql classes of `modules/`. */
export function graphqlSchema(): Promise<GraphQLSchema> {
  schema ??= build();
  return schema;
}
