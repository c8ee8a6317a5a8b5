import type { Persistent } from '../state/persistent';
import { uuidFrom } from './ids';
import { hash32, stringHash } from './prng';
import { ResumableRandom } from './resumable-random';

/**
 * Mints ids for things created through the API (requests, actions, messages). Seeded, so the same
 * sequence of calls yields the same ids on every run.
 */
export class IdFactory implements Persistent {
  private readonly sequence: ResumableRandom;
  private readonly random: () => number;
  private requestCounter = 10_000;

  constructor(seed: number) {
    this.sequence = new ResumableRandom(hash32(seed, stringHash('api-ids')));
    this.random = this.sequence.next;
  }

  snapshot(): unknown {
    return { position: this.sequence.state, requestCounter: this.requestCounter };
  }

  restore(data: unknown): void {
    const saved = data as { position?: unknown; requestCounter?: unknown } | undefined;
    if (typeof saved?.position === 'number') this.sequence.state = saved.position;
    if (typeof saved?.requestCounter === 'number') this.requestCounter = saved.requestCounter;
  }

  uuid(): string {
    return uuidFrom(this.random);
  }

  /** Human-facing request number, as the console shows next to the uid. */
  requestId(): string {
    this.requestCounter += 1;
    return String(this.requestCounter);
  }

  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += String(Math.floor(this.random() * 10));
    return out;
  }

  hex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += Math.floor(this.random() * 16).toString(16);
    return out;
  }
}
