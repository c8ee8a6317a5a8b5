import type { Finding } from './types';

/** demisto-sdk's output shape: `path: [CODE] - message`, with the in-file location leading the message. */
export function formatFinding(finding: Finding): string {
  const where = finding.where ? `${finding.where}: ` : '';
  const level = finding.severity === 'warning' ? ' (warning)' : '';
  return `${finding.file}: [${finding.code}]${level} - ${where}${finding.message}`;
}

export function summarize(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return 'Pack validation passed: no findings.';
  const files = new Set(findings.map((f) => f.file)).size;
  return `Pack validation failed: ${errors} error(s), ${warnings} warning(s) in ${files} file(s).`;
}
