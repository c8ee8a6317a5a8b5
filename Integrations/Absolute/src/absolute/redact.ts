/**
 * Removes every occurrence of the given secrets (and anything that looks like a compact JWS) from
 * a text. Used on every string that leaves the process, so a leak needs two mistakes, not one.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    out = out.split(secret).join('[REDACTED]');
    // PEM keys may surface with different line breaks; mask their body lines too.
    for (const line of secret.split(/\r?\n/)) {
      if (line.length >= 16 && !line.startsWith('-----')) out = out.split(line).join('[REDACTED]');
    }
  }
  return out.replace(/eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{16,}/g, '[REDACTED-JWS]');
}
