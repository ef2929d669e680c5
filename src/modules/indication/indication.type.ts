import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
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
export class Indication extends StoredNode {}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(Indication, 'Indication');

/** The Relay connection type of Indication lists. */
export const IndicationConnection = connectionOf(Indication, 'A page of indications.');
registerEntityType('Indication', Indication, IndicationConnection);
