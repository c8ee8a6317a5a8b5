import { uuidFrom } from './ids';
import { hash32, mulberry32, stringHash, type Random } from './prng';

/**
 * Mints ids for things created through the API (requests, actions, messages). Seeded, so the same
 * sequence of calls yields the same ids on every run.
 */
export class IdFactory {
  private readonly random: Random;
  private requestCounter = 10_000;

  constructor(seed: number) {
    this.random = mulberry32(hash32(seed, stringHash('api-ids')));
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
