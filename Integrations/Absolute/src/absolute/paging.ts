import { z } from 'zod';
import type { AbsoluteClient, ApiRequest } from './client';
import { AbsolutePagingError } from './errors';
import type { ReplySchema } from './reply-schema';

export interface PageOptions<T> {
  /** What one item of a page must look like; a page is checked item by item against it. */
  item: ReplySchema<T>;
  /** Records per page; omitted from the query when undefined (the API default applies). */
  pageSize?: number;
  /** Guard against runaway loops. @default 10000 */
  maxPages?: number;
}

export interface Page<T> {
  items: T[];
  index: number;
  nextPage: string | undefined;
}

/** The schema of a whole page, built once per item schema. */
const pageSchemas = new WeakMap<ReplySchema<unknown>, ReplySchema<unknown[]>>();

function pageSchema<T>(item: ReplySchema<T>): ReplySchema<T[]> {
  let schema = pageSchemas.get(item) as ReplySchema<T[]> | undefined;
  if (!schema) {
    let built: z.ZodType<T[]> | undefined;
    schema = () => (built ??= z.array(item()));
    pageSchemas.set(item, schema);
  }
  return schema;
}

/**
 * Walks a cursor-paged GET endpoint page by page. Ends when `nextPage` is absent; a cursor seen
 * before is an error (a server bug would otherwise loop forever), and so is passing `maxPages`.
 * A page that is not a list of items of the expected shape is an AbsoluteReplyShapeError.
 */
export async function* pages<T>(client: AbsoluteClient, request: ApiRequest, options: PageOptions<T>): AsyncGenerator<Page<T>> {
  const maxPages = options.maxPages ?? 10_000;
  const schema = pageSchema(options.item);
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let index = 0; ; index++) {
    if (index >= maxPages) {
      throw new AbsolutePagingError(`Stopped after ${maxPages} pages of ${request.path}; narrow the query or raise the page limit.`);
    }
    const query = { ...request.query, pageSize: options.pageSize, nextPage: cursor };
    const response = await client.request({ ...request, query }, schema);
    yield { items: response.data ?? [], index, nextPage: response.nextPage };
    if (!response.nextPage) return;
    if (seen.has(response.nextPage)) {
      throw new AbsolutePagingError(
        `Absolute repeated a paging cursor for ${request.path} after ${index + 1} pages; stopped instead of looping.`,
      );
    }
    seen.add(response.nextPage);
    cursor = response.nextPage;
  }
}

/** Collects items across pages, stopping early once `limit` items are in hand. */
export async function collect<T>(client: AbsoluteClient, request: ApiRequest, options: PageOptions<T> & { limit?: number }): Promise<T[]> {
  const out: T[] = [];
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  for await (const page of pages(client, request, options)) {
    for (const item of page.items) {
      if (out.length >= limit) return out;
      out.push(item);
    }
    if (out.length >= limit) return out;
  }
  return out;
}

/** The 0-based page `page` of `pageSize` records, walking the cursor as the API requires. */
export async function pageAt<T>(
  client: AbsoluteClient,
  request: ApiRequest,
  page: number,
  options: PageOptions<T> & { pageSize: number },
): Promise<T[]> {
  for await (const current of pages(client, request, options)) {
    if (current.index === page) return current.items;
  }
  return [];
}
