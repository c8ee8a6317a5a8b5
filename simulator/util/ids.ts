import type { Random } from './prng';

// See util/prng.ts: a module-level alias keeps hot loops fast inside Jest's vm sandbox.
const { floor, imul } = Math;
const toBigInt = BigInt;
const toNumber = Number;

const HEX = '0123456789abcdef';
const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A version-4-shaped UUID drawn from a seeded generator. */
export function uuidFrom(random: Random): string {
  let out = '';
  for (let i = 0; i < 32; i++) {
    let nibble = floor(random() * 16);
    if (i === 12) nibble = 4;
    if (i === 16) nibble = 8 | (nibble & 3);
    out += HEX[nibble];
    if (i === 7 || i === 11 || i === 15 || i === 19) out += '-';
  }
  return out;
}

export function randomChars(random: Random, length: number, alphabet = BASE36): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[floor(random() * alphabet.length)];
  return out;
}

export function randomDigits(random: Random, length: number): string {
  return randomChars(random, length, '0123456789');
}

/**
 * A bijection of `index` onto `length` characters of `alphabet`: `(index * A + B) mod N^length` is
 * a permutation whenever A shares no prime factor with the alphabet size N. A and B come from the
 * salt, so different uses (ESN, serial, name) do not look alike. Embedding such a code in generated
 * names and serials makes them unique without keeping a registry.
 */
export function uniqueCode(index: number, length: number, salt: number, alphabet = BASE36): string {
  const { base, modulus, multiplier, offset } = permutation(length, salt, alphabet.length);
  let value = (toBigInt(index) * multiplier + offset) % modulus;
  let out = '';
  for (let i = 0; i < length; i++) {
    out = alphabet[toNumber(value % base)] + out;
    value /= base;
  }
  return out;
}

export function uniqueDigits(index: number, length: number, salt: number): string {
  return uniqueCode(index, length, salt, '0123456789');
}

interface Permutation {
  base: bigint;
  modulus: bigint;
  multiplier: bigint;
  offset: bigint;
}

const permutations = new Map<string, Permutation>();

function permutation(length: number, salt: number, alphabetSize: number): Permutation {
  const key = `${length}:${salt}:${alphabetSize}`;
  let found = permutations.get(key);
  if (!found) {
    const base = BigInt(alphabetSize);
    const modulus = base ** BigInt(length);
    let multiplier = (modulus * BigInt(300 + (hash(salt) % 600))) / 1000n;
    while (gcd(multiplier, base) !== 1n) multiplier += 1n;
    found = { base, modulus, multiplier, offset: BigInt(hash(salt + 1)) % modulus };
    permutations.set(key, found);
  }
  return found;
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

function hash(value: number): number {
  let h = imul(value ^ 0x5bd1e995, 0x27d4eb2d);
  h ^= h >>> 15;
  return imul(h, 0x165667b1) >>> 0;
}
