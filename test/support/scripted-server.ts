import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback';

/** What the scripted server saw of one signed request (decoded, not verified). */
export interface SeenRequest {
  method: string;
  uri: string;
  query: string;
  issuedAt: number;
  kid: string;
  alg: string;
  data: unknown;
  contentType: string | undefined;
  httpMethod: string | undefined;
  httpPath: string | undefined;
}

export type Reply = (seen: SeenRequest, index: number, res: ServerResponse, req: IncomingMessage) => void;

/**
 * A loopback HTTP server whose answers a test scripts request by request; used to test the
 * client's transport, retries and paging without the full simulator.
 */
export async function startScriptedServer(reply: Reply): Promise<{ url: string; seen: SeenRequest[]; close(): Promise<void> }> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const [h = '', p = ''] = body.split('.');
      const header = safeJson(Buffer.from(h, 'base64url').toString()) as Record<string, unknown>;
      const payload = safeJson(Buffer.from(p, 'base64url').toString()) as { data?: unknown } | null;
      const entry: SeenRequest = {
        method: String(header['method']),
        uri: String(header['uri']),
        query: String(header['query-string']),
        issuedAt: Number(header['issuedAt']),
        kid: String(header['kid']),
        alg: String(header['alg']),
        data: payload?.data,
        contentType: req.headers['content-type'],
        httpMethod: req.method,
        httpPath: req.url,
      };
      seen.push(entry);
      reply(entry, seen.length - 1, res, req);
    });
  });
  const listening = await listenOnLoopback(server);
  return {
    ...listening,
    seen,
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(text);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
