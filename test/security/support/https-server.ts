import { createServer, type Server } from 'node:https';
import type { TestCertificate } from './self-signed';
import { listenOnLoopback } from '../../support/loopback';

/** A loopback HTTPS server that answers every request with an empty device page, and counts them. */
export async function startHttpsServer(
  certificate: TestCertificate,
): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  let requests = 0;
  const server: Server = createServer({ key: certificate.keyPem, cert: certificate.certPem }, (req, res) => {
    requests += 1;
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":[]}');
    });
  });
  const listening = await listenOnLoopback(server, 'https');
  return {
    ...listening,
    requests: () => requests,
  };
}
