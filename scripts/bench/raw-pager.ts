import { Agent, request } from 'undici';
import { signRequest } from '../../Integrations/Absolute/src/absolute/jws/sign-request';
import { encodeQuery } from '../../Integrations/Absolute/src/absolute/query';

export interface RawTarget {
  url: string;
  tokenId: string;
  secretKey: string;
}

export interface RawResult {
  pages: number;
  items: number;
  wallMs: number;
}

/**
 * The baseline: the least any client must do to read a paged endpoint. It signs each request
 * (HS256), POSTs it, parses the envelope for the cursor and drops the data: no rate limiter, no
 * retries, no validation, no mapping, no output.
 */
export async function rawPages(
  target: RawTarget,
  path: string,
  query: Record<string, string>,
  pageSize: number,
  onItem?: (item: Record<string, unknown>) => void,
): Promise<RawResult> {
  const agent = new Agent({ keepAliveTimeout: 10_000 });
  const key = { alg: 'HS256' as const, secret: target.secretKey };
  const started = process.hrtime.bigint();
  let pages = 0;
  let items = 0;
  try {
    let cursor: string | undefined;
    do {
      const queryString = encodeQuery({ ...query, pageSize, nextPage: cursor });
      const jws = signRequest({ method: 'GET', uri: path, queryString }, undefined, target.tokenId, key, Date.now());
      const response = await request(`${target.url}/jws/validate`, {
        method: 'POST',
        dispatcher: agent,
        headers: { 'content-type': 'text/plain' },
        body: jws,
      });
      const text = await response.body.text();
      if (response.statusCode !== 200) throw new Error(`raw loop: HTTP ${response.statusCode} for ${path}: ${text.slice(0, 300)}`);
      const envelope = JSON.parse(text) as { data?: Array<Record<string, unknown>>; metadata?: { pagination?: { nextPage?: string } } };
      pages += 1;
      items += envelope.data?.length ?? 0;
      if (onItem) envelope.data?.forEach(onItem);
      cursor = envelope.metadata?.pagination?.nextPage || undefined;
    } while (cursor);
  } finally {
    await agent.close();
  }
  return { pages, items, wallMs: Number(process.hrtime.bigint() - started) / 1e6 };
}
