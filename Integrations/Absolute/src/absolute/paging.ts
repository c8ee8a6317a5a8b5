import type { AbsoluteClient, ApiRequest } from './client';
import { AbsolutePagingError, AbsoluteResponseError } from './errors';

export interface PageOptions {
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

/**
 * Walks a cursor-paged GET endpoint page by page. Ends when `nextPage` is absent; a cursor seen
 * before is an error (a server bug would otherwise loop forever), and so is passing `maxPages`.
 */
export async function* pages<T>(client: AbsoluteClient, request: ApiRequest, options: PageOptions = {}): AsyncGenerator<Page<T>> {
  const maxPages = options.maxPages ?? 10_000;
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let index = 0; ; index++) {
    if (index >= maxPages) {
      throw new AbsolutePagingError(`Stopped after ${maxPages} pages of ${request.path}; narrow the query or raise the page limit.`);
    }
    const query = { ...request.query, pageSize: options.pageSize, nextPage: cursor };
    const response = await client.request<unknown>({ ...request, query });
    const data = response.data ?? [];
    if (!Array.isArray(data)) {
      throw new AbsoluteResponseError(`Absolute returned a non-list page for ${request.path}.`, response.status);
    }
    // Callers read fields of the items (`item.deviceUid`); a null item crashed them with a TypeError.
    const nulls = data.filter((item) => item === null).length;
    if (nulls > 0) throw new AbsoluteResponseError(`Absolute returned a page of ${request.path} with ${nulls} null item(s).`, response.status);
    yield { items: data as T[], index, nextPage: response.nextPage };
    if (!response.nextPage) return;
    if (seen.has(response.nextPage)) {
      throw new AbsolutePagingError(`Absolute repeated a paging cursor for ${request.path} after ${index + 1} pages; stopped instead of looping.`);
    }
    seen.add(response.nextPage);
    cursor = response.nextPage;
  }
}

/** Collects items across pages, stopping early once `limit` items are in hand. */
export async function collect<T>(client: AbsoluteClient, request: ApiRequest, options: PageOptions & { limit?: number } = {}): Promise<T[]> {
  const out: T[] = [];
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  for await (const page of pages<T>(client, request, options)) {
    for (const item of page.items) {
      if (out.length >= limit) return out;
      out.push(item);
    }
    if (out.length >= limit) return out;
  }
  return out;
}

/** The 0-based page `page` of `pageSize` records, walking the cursor as the API requires. */
export async function pageAt<T>(client: AbsoluteClient, request: ApiRequest, page: number, pageSize: number): Promise<T[]> {
  for await (const current of pages<T>(client, request, { pageSize })) {
    if (current.index === page) return current.items;
  }
  return [];
}
