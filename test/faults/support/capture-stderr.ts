/**
 * Collects everything written to this process's stderr while `run` executes (the simulator reports
 * its own internal errors there), without hiding it from the console.
 */
export async function withStderr<T>(run: () => Promise<T>): Promise<{ value: T; stderr: string }> {
  const original = process.stderr.write.bind(process.stderr);
  let captured = '';
  process.stderr.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return (original as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
  };
  try {
    const value = await run();
    return { value, stderr: captured };
  } finally {
    process.stderr.write = original;
  }
}
