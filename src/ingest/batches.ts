/** Rows per statement: a bundle of any size is written in statements of bounded size. */
export const BATCH = 2000;

/** Given a list and a batch size (BATCH by default), returns the list cut into batches of at most that many items. */
export function batches<T>(items: readonly T[], size = BATCH): T[][] {
  const cut: T[][] = [];
  for (let start = 0; start < items.length; start += size) cut.push(items.slice(start, start + size));
  return cut;
}
