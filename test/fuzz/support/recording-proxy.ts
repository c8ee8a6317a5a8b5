import { createServer, request, type Server } from 'node:http';
import { listenOnLoopback } from '../../support/loopback';

/** One logical request as the API saw it, decoded from the JWS header and payload (not verified). */
export interface SeenRequest {
  method: string;
  uri: string;
  query: string;
  body: unknown;
  /** The status the API answered with; 0 when it broke the connection. */
  status: number;
  /** The API's reply body, once it has been read through. */
  response?: string;
}

export interface RecordingProxy {
  url: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/**
 * A loopback proxy in front of the simulator that records the logical method, uri and query of
 * every signed request, then forwards the bytes untouched. The simulator decides the answer (so
 * filters really must parse); the proxy shows what the integration actually put on the wire.
 */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const entry = decode(body.toString('utf8'));
      seen.push(entry);
      const upstream = request(
        new URL(req.url ?? '/', target),
        { method: req.method, headers: { 'content-type': req.headers['content-type'] ?? '', 'content-length': String(body.length) } },
        (answer) => {
          entry.status = answer.statusCode ?? 0;
          const reply: Buffer[] = [];
          answer.on('data', (c: Buffer) => reply.push(c));
          answer.on('end', () => (entry.response = Buffer.concat(reply).toString('utf8')));
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      upstream.end(body);
    });
  });
  const listening = await listenOnLoopback(server);
  return {
    ...listening,
    seen,
  };
}

export function decode(jws: string): SeenRequest {
  const [h = '', p = ''] = jws.split('.');
  const header = parse(Buffer.from(h, 'base64url').toString('utf8'));
  const payload = parse(Buffer.from(p, 'base64url').toString('utf8'));
  return {
    method: String(header['method']),
    uri: String(header['uri']),
    query: String(header['query-string']),
    body: payload['data'],
    status: 0,
  };
}

function parse(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
