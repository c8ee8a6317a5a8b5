import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleRequest, type ServerContext } from './handle-request';
import { serverError } from './api-error';
import { errorReply, writeReply } from './respond';

export interface Listening {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** Plain HTTP on loopback by default: the simulator is a local test double, TLS adds nothing here. */
export function listen(ctx: ServerContext, host: string, port: number): Promise<Listening> {
  const server = createServer((req, res) => {
    handleRequest(ctx, req, res).catch((error: unknown) => {
      process.stderr.write(`simulator: request failed: ${String(error)}\n`);
      writeReply(res, errorReply(serverError(500)));
    });
  });
  // Keep-alive sockets would otherwise hold close() open until they time out.
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      resolve({
        server,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            ctx.delays.cancelAll();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
