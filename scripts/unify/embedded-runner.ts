import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * The runner bundle as the default variant carries it inside the bridge script: gzip-compressed
 * (deterministic: Node's gzip header has no timestamp) and base64-encoded, with the SHA-256 of
 * the bundle that the bridge checks before every use.
 */
export interface EmbeddedRunner {
  sha256: string;
  gzipBase64: string;
}

export function embedRunner(bundle: Uint8Array): EmbeddedRunner {
  return {
    sha256: createHash('sha256').update(bundle).digest('hex'),
    gzipBase64: gzipSync(bundle, { level: 9 }).toString('base64'),
  };
}
