import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readInput } from '../../Integrations/Absolute/src/runtime/stdin';
import { withTempDir } from '../support/temp-dir';

const invocation = JSON.stringify({ command: 'test-module', args: { note: 'ünïcödé ✓' } });

describe('reading the invocation', () => {
  test('a descriptor that can be read to its end is read at once, as UTF-8, and the stream is never created', async () => {
    await withTempDir('stdin-read-', async (dir) => {
      const file = join(dir, 'invocation.json');
      writeFileSync(file, invocation);
      const fd = openSync(file, 'r');
      try {
        const stream = jest.fn(() => Readable.from([]));
        await expect(readInput(fd, stream)).resolves.toBe(invocation);
        expect(stream).not.toHaveBeenCalled();
      } finally {
        closeSync(fd);
      }
    });
  });

  test('a descriptor that cannot be read that way falls back to the stream, whose chunks are joined before decoding', async () => {
    await withTempDir('stdin-read-', async (dir) => {
      // A folder's descriptor fails the one read (EISDIR) as a non-blocking pipe fails it (EAGAIN).
      const fd = openSync(dir, 'r');
      try {
        const bytes = Buffer.from(invocation);
        const split = bytes.indexOf(Buffer.from('ï')) + 1; // inside a two-byte character
        const chunks = [bytes.subarray(0, split), bytes.subarray(split)];
        await expect(readInput(fd, () => Readable.from(chunks))).resolves.toBe(invocation);
      } finally {
        closeSync(fd);
      }
    });
  });
});
