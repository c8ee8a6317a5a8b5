import type { Random } from './prng';

const { imul } = Math;

/**
 * The same mulberry32 sequence as `mulberry32(seed)` in prng.ts, with its position readable and
 * settable: a simulator that saves its tenant resumes the sequence instead of repeating it, so
 * objects created after a restart get ids of their own.
 */
export class ResumableRandom {
  constructor(private position: number) {
    this.position >>>= 0;
  }

  readonly next: Random = () => {
    this.position = (this.position + 0x6d2b79f5) >>> 0;
    let t = this.position;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  get state(): number {
    return this.position;
  }

  set state(value: number) {
    this.position = value >>> 0;
  }
}
