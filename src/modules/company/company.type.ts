import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { Node } from '../../graphql/node.js';
import { StoredNode } from '../shared/stored-node.js';

/** A company that develops compounds or owns platforms. */
@ObjectType({ implements: Node, description: 'A company that develops compounds, owns platforms or sponsors trials.' })
export class Company extends StoredNode {
  @Field(() => [String], { description: 'Other names the company goes by, misspellings in sources included (e.g. "Cellecstar").' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Stock ticker symbol, e.g. CLRB.' })
  ticker!: string | null;

  @Field(() => String, { nullable: true, description: 'Exchange the ticker trades on, e.g. Nasdaq.' })
  exchange!: string | null;

  @Field(() => String, { nullable: true, description: 'Headquarters city and state or country.' })
  headquarters!: string | null;

  @Field(() => String, { nullable: true, description: 'Website address as the sources give it.' })
  website!: string | null;

  @Field(() => String, { nullable: true, description: 'How the company describes its focus and stage.' })
  focus!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the president.' })
  president!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the chief executive officer.' })
  chiefExecutiveOfficer!: string | null;
}

/** The Relay connection type of Company lists. */
export const CompanyConnection = connectionOf(Company, 'A page of companies.');
