import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';

/** A calendar date without time zone, `YYYY-MM-DD` (e.g. a publication or data date). */
export const LocalDate = LocalDateResolver;

/** An instant as an ISO 8601 string in UTC (e.g. when the store first saw a node). */
export const DateTimeISO = DateTimeISOResolver;
