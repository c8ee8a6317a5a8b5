import { AbsoluteApiError } from '../errors';

/** Turns a 404 into `undefined`, so "no such id" is an answer rather than a failure; other errors pass. */
export async function unlessNotFound<T>(pending: Promise<T>): Promise<T | undefined> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof AbsoluteApiError && error.status === 404) return undefined;
    throw error;
  }
}
