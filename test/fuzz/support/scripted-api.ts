import { startScriptedServer } from '../../support/scripted-server';
import { routeKey } from './reply-capture';
import type { ScriptedReply } from './shaped';

/** Requests one run may make before every further answer is an empty last page (no endless paging). */
const MAX_SCRIPTED = 40;
const EMPTY_PAGE: ScriptedReply = { status: 200, body: '{"data":[]}', headers: { 'content-type': 'application/json' } };

/** A loopback API whose replies per route are set for each fuzz run. */
export class ScriptedApi {
  private plan = new Map<string, ScriptedReply[]>();
  private served = new Map<string, number>();
  private count = 0;

  private constructor(private readonly server: Awaited<ReturnType<typeof startScriptedServer>>) {}

  static async start(): Promise<ScriptedApi> {
    // The server's handler needs the api, which needs the server: the handler reads it once it exists.
    const created: { api?: ScriptedApi } = {};
    const server = await startScriptedServer((seen, _index, res) => {
      const reply = created.api?.next(routeKey(seen.method, seen.uri)) ?? EMPTY_PAGE;
      res.writeHead(reply.status, reply.headers);
      res.end(reply.body);
    });
    const api = new ScriptedApi(server);
    created.api = api;
    return api;
  }

  get url(): string {
    return this.server.url;
  }

  /** Starts a run: each route answers with its replies in turn, cycling. */
  use(plan: Record<string, ScriptedReply[]>): void {
    this.plan = new Map(Object.entries(plan));
    this.served = new Map();
    this.count = 0;
  }

  private next(key: string): ScriptedReply {
    const list = this.plan.get(key);
    const n = this.served.get(key) ?? 0;
    this.served.set(key, n + 1);
    this.count += 1;
    return list && list.length > 0 && this.count <= MAX_SCRIPTED ? (list[n % list.length] ?? EMPTY_PAGE) : EMPTY_PAGE;
  }

  close(): Promise<void> {
    return this.server.close();
  }
}
