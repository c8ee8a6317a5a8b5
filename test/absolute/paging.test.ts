import { z } from 'zod';
import { AbsoluteClient } from '../../Integrations/Absolute/src/absolute/client';
import { AbsolutePagingError } from '../../Integrations/Absolute/src/absolute/errors';
import { collect, pageAt, pages } from '../../Integrations/Absolute/src/absolute/paging';
import { AbsoluteReplyShapeError } from '../../Integrations/Absolute/src/absolute/errors';
import { lazySchema } from '../../Integrations/Absolute/src/absolute/reply-schema';
import { json, startScriptedServer, type Reply } from '../support/scripted-server';

const item = lazySchema(() => z.number());

const ITEMS = Array.from({ length: 25 }, (_, i) => i);

/** Pages of 10 with base64 cursors, as the API does. */
const pagedReply: Reply = (seen, _i, res) => {
  const params = new URLSearchParams(seen.query);
  const start = params.get('nextPage') ? Number(Buffer.from(params.get('nextPage') ?? '', 'base64').toString()) : 0;
  const size = Number(params.get('pageSize') ?? 10);
  const next = start + size < ITEMS.length ? Buffer.from(String(start + size)).toString('base64') : undefined;
  json(res, 200, { data: ITEMS.slice(start, start + size), metadata: { pagination: next ? { nextPage: next } : {} } });
};

async function withClient(reply: Reply, run: (client: AbsoluteClient, requests: number) => Promise<void>) {
  const server = await startScriptedServer(reply);
  const client = new AbsoluteClient({ serverUrl: server.url, tokenId: 't', secretKey: 's', requestsPerSecond: 0 });
  try {
    await run(client, 0);
  } finally {
    await client.close();
    await server.close();
  }
}

describe('cursor paging', () => {
  test('walks every page exactly once', async () => {
    await withClient(pagedReply, async (client) => {
      const all = await collect<number>(client, { method: 'GET', path: '/v3/x' }, { item, pageSize: 10 });
      expect(all).toEqual(ITEMS);
    });
  });

  test('collect stops early at the limit without fetching further pages', async () => {
    await withClient(pagedReply, async (client) => {
      const before = client.requestCount;
      expect(await collect<number>(client, { method: 'GET', path: '/v3/x' }, { item, pageSize: 10, limit: 12 })).toEqual(
        ITEMS.slice(0, 12),
      );
      expect(client.requestCount - before).toBe(2);
    });
  });

  test('pageAt walks the cursor to page N; past the end gives an empty page', async () => {
    await withClient(pagedReply, async (client) => {
      expect(await pageAt<number>(client, { method: 'GET', path: '/v3/x' }, 2, { item, pageSize: 10 })).toEqual([20, 21, 22, 23, 24]);
      expect(await pageAt<number>(client, { method: 'GET', path: '/v3/x' }, 7, { item, pageSize: 10 })).toEqual([]);
    });
  });

  test('a cursor that repeats is an error, not an endless loop', async () => {
    await withClient(
      (_s, _i, res) => json(res, 200, { data: [1], metadata: { pagination: { nextPage: 'same' } } }),
      async (client) => {
        await expect(collect(client, { method: 'GET', path: '/v3/x' }, { item })).rejects.toThrow(AbsolutePagingError);
        expect(client.requestCount).toBe(2);
      },
    );
  });

  test('the page-count guard stops a server that never ends', async () => {
    await withClient(
      (_s, i, res) => json(res, 200, { data: [i], metadata: { pagination: { nextPage: `c${i}` } } }),
      async (client) => {
        const seen: number[] = [];
        await expect(
          (async () => {
            for await (const p of pages<number>(client, { method: 'GET', path: '/v3/x' }, { item, maxPages: 5 })) seen.push(...p.items);
          })(),
        ).rejects.toThrow(/Stopped after 5 pages/);
        expect(seen).toEqual([0, 1, 2, 3, 4]);
      },
    );
  });

  test('a non-list page is a reply shape error naming the operation', async () => {
    await withClient(
      (_s, _i, res) => json(res, 200, { data: { not: 'a list' } }),
      async (client) => {
        await expect(collect(client, { method: 'GET', path: '/v3/x' }, { item })).rejects.toThrow(
          new AbsoluteReplyShapeError('Absolute returned an unexpected reply to GET /v3/x: data is an object, expected a list.', {
            status: 200,
            operation: 'GET /v3/x',
            field: 'data',
          }),
        );
      },
    );
  });

  test('an item of the wrong type is a reply shape error naming its index', async () => {
    await withClient(
      (_s, _i, res) => json(res, 200, { data: [1, null, 'x'] }),
      async (client) => {
        const error: unknown = await collect(client, { method: 'GET', path: '/v3/x' }, { item }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AbsoluteReplyShapeError);
        expect(error).toMatchObject({
          field: 'data[1]',
          operation: 'GET /v3/x',
          message: 'Absolute returned an unexpected reply to GET /v3/x: data[1] is null, expected a number (and 1 more field).',
        });
      },
    );
  });

  test('a page without data, or with data null, is an empty last page', async () => {
    await withClient(
      (_s, i, res) => json(res, 200, i === 0 ? { data: null } : {}),
      async (client) => {
        expect(await collect(client, { method: 'GET', path: '/v3/x' }, { item })).toEqual([]);
        expect(await collect(client, { method: 'GET', path: '/v3/x' }, { item })).toEqual([]);
      },
    );
  });

  test('a cursor that is not text is a reply shape error, not a silently short list', async () => {
    await withClient(
      (_s, _i, res) => json(res, 200, { data: [1], metadata: { pagination: { nextPage: 2 } } }),
      async (client) => {
        await expect(collect(client, { method: 'GET', path: '/v3/x' }, { item })).rejects.toThrow(
          'Absolute returned an unexpected reply to GET /v3/x: metadata.pagination.nextPage is a number, expected text.',
        );
      },
    );
  });
});
