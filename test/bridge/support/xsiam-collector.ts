import { createServer } from 'node:https';
import { gunzipSync } from 'node:zlib';
import { listenOnLoopback } from '../../support/loopback';
import { collectorCertificate } from './collector-certificate';

/** One POST the collector received, decoded. */
export interface CollectorPost {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The gunzipped body, split into lines. */
  lines: string[];
}

export interface RunningCollector {
  /** The licence's Http_Connector.url: the bridge's send_events_to_xsiam posts to https://api-<this>. */
  licenceUrl: string;
  /** The host name in that URL, which the platform loop resolves to 127.0.0.1. */
  host: string;
  port: number;
  certPem: string;
  posts: CollectorPost[];
  /** The status it answers with (200 unless a test makes it refuse). */
  status: number;
  close(): Promise<void>;
}

/**
 * A stand-in for Cortex XSIAM's HTTP collector on 127.0.0.1, over HTTPS with a certificate for its
 * host name: it records what the platform's own send_events_to_xsiam posts and answers as the
 * collector does ({"error":"false"}).
 */
export async function startXsiamCollector(): Promise<RunningCollector> {
  const domain = 'tenant.xsiam.test';
  const host = `api-${domain}`;
  const certificate = collectorCertificate(host);
  const posts: CollectorPost[] = [];
  const state = { status: 200 };
  const server = createServer({ key: certificate.keyPem, cert: certificate.certPem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const text = req.headers['content-encoding'] === 'gzip' ? gunzipSync(body).toString('utf8') : body.toString('utf8');
      posts.push({ path: req.url ?? '', headers: req.headers, lines: text.split('\n') });
      res.writeHead(state.status, { 'content-type': 'application/json' });
      res.end(state.status === 200 ? '{"error":"false"}' : '{"error":"true"}');
    });
  });
  const listening = await listenOnLoopback(server, 'https');
  const port = Number(new URL(listening.url).port);
  return {
    licenceUrl: `${domain}:${port}`,
    host,
    port,
    certPem: certificate.certPem,
    posts,
    close: () => listening.close(),
    get status() {
      return state.status;
    },
    set status(value: number) {
      state.status = value;
    },
  };
}
