import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface Listening {
  url: string;
  /** Drops open keep-alive connections too, so a test's server never outlives it. */
  close(): Promise<void>;
}

/** Starts a test's server on an ephemeral 127.0.0.1 port (tests never listen anywhere else). */
export async function listenOnLoopback(server: HttpServer | HttpsServer, scheme: 'http' | 'https' = 'http'): Promise<Listening> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
