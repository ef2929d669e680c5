import { Resolver } from 'type-graphql';
import { exposeRelations } from '../../graphql/entity.js';
import { entityQueries } from '../shared/entity-queries.js';
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
}) {}

exposeRelations(CompanyResolver, 'Company');
