import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE } from '../../graphql/connection.js';

/** The paging arguments every list takes. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'How many items to return: 0 to 100, 20 by default.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor` of the previous page).' })
  after?: string | null;
}
