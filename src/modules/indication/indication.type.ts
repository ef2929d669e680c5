import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { Node } from '../../graphql/node.js';
import { IndicationKind } from '../../graphql/enums.js';
import { StoredNode } from '../shared/stored-node.js';

/** Verified ontology cross-references of an indication. */
@ObjectType({ description: 'Ontology cross-references of an indication; only verified ones are recorded, null otherwise.' })
export class OntologyIds {
  @Field(() => String, { nullable: true, description: 'NCI Thesaurus code, e.g. C3242.' })
  ncit!: string | null;

  @Field(() => String, { nullable: true, description: 'MONDO id, e.g. MONDO:0009693.' })
  mondo!: string | null;

  @Field(() => String, { nullable: true, description: 'Experimental Factor Ontology id, e.g. EFO_0001378.' })
  efo!: string | null;

  @Field(() => String, { nullable: true, description: 'Disease Ontology id, e.g. DOID:9538.' })
  doid!: string | null;
}

/** A disease or a curated grouping of diseases, placed in a hierarchy by SUBTYPE_OF. */
@ObjectType({ implements: Node, description: 'A disease, or a curated grouping of diseases, in a SUBTYPE_OF hierarchy.' })
export class Indication extends StoredNode {
  @Field(() => IndicationKind, { description: 'A disease or a curated grouping.' })
  kind!: string;

  @Field(() => [String], { description: 'Other names and abbreviations; filters and search match them too.' })
  synonyms!: string[];
}

/** The Relay connection type of Indication lists. */
export const IndicationConnection = connectionOf(Indication, 'A page of indications.');
