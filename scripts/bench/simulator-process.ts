import { fork, type ChildProcess } from 'node:child_process';
import type { SimulatorStats } from '../../simulator';
import { SIMULATOR_HOST_FLAG, type HostMessage, type HostRequest, type SimulatorHostOptions } from './simulator-protocol';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
/** A request without its id, one variant at a time. */
type RequestBody = HostRequest extends infer R ? (R extends HostRequest ? Omit<R, 'id'> : never) : never;

/** The simulator running in its own process (dist/bench.cjs --simulator-host), driven over IPC. */
export class SimulatorProcess {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly tokenId: string,
    readonly secretKey: string,
  ) {
    child.on('message', (message: HostMessage) => {
      if (!('id' in message)) return;
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.ok) waiter?.resolve(message.result);
      else waiter?.reject(new Error(`simulator: ${message.error}`));
    });
  }

  static start(benchBundle: string, options: SimulatorHostOptions): Promise<SimulatorProcess> {
    const child = fork(benchBundle, [SIMULATOR_HOST_FLAG, JSON.stringify(options)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [],
    });
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the simulator process exited (${code}) before it was ready`));
      child.once('exit', onExit);
      child.once('error', reject);
      child.once('message', (message: HostMessage) => {
        child.off('exit', onExit);
        if ('type' in message) resolve(new SimulatorProcess(child, message.url, message.tokenId, message.secretKey));
        else reject(new Error('the simulator process did not say it was ready'));
      });
    });
  }

  stats(): Promise<SimulatorStats> {
    return this.call({ type: 'stats' }) as Promise<SimulatorStats>;
  }

  deviceUids(count: number): Promise<string[]> {
    return this.call({ type: 'deviceUids', count }) as Promise<string[]>;
  }

  addEvents(count: number, fromMs: number, toMs: number): Promise<number> {
    return this.call({ type: 'addEvents', count, fromMs, toMs }) as Promise<number>;
  }

  /** Instance parameters for the pack: this simulator, its demo HS256 token. */
  params(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { url: this.url, credentials: { identifier: this.tokenId, password: this.secretKey }, ...extra };
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.call({ type: 'close' }).catch(() => undefined);
    await exited;
  }

  private call(body: RequestBody): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ ...body, id });
    });
  }
}
