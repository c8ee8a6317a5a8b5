/**
 * Command-layer crashes the response fuzz finds, which this suite may not fix (they live in
 * `commands/**`). Each has a precise reproduction in known-bugs.test.ts (`test.failing`, so it
 * turns red once fixed and the entry can go). The properties accept a run that fails with one of
 * these signatures and count it, so any *other* crash still fails them.
 */
export interface KnownBug {
  id: string;
  where: string;
  /** Matches the run's error or readable text. */
  signature: RegExp;
}

export const KNOWN_RESPONSE_BUGS: readonly KnownBug[] = [
  { id: 'endpoint-network-adapters', where: 'commands/devices/endpoint.ts endpointContext', signature: /networkAdapters \?\? \[\]\)\.map is not a function|reading 'macAddress'/ },
  { id: 'lookup-non-text-name', where: 'commands/resolve-devices.ts groupBy; commands/inventory/location-get.ts missing', signature: /read\(\.\.\.\)\?\.toLowerCase is not a function/ },
  { id: 'action-non-text-device-uid', where: 'commands/freeze/unenroll-report.ts, commands/wipe/wipe-request-create.ts dry run', signature: /\b[ad]\.deviceUid\?\.toLowerCase is not a function/ },
  { id: 'cdf-non-text-name', where: 'commands/inventory/custom-field-value.ts findDefinition', signature: /cdfFieldName \?\? ""\)\.trim is not a function|cdfFieldName \?\? ''\)\.trim is not a function/ },
  { id: 'event-non-text-properties', where: 'commands/events/object-properties.ts parseObjectProperties', signature: /text\.split is not a function/ },
  { id: 'wipe-eligibility-object-text', where: 'commands/wipe/wipe-eligibility.ts wipeIneligibility', signature: /\| false \| [^|\n]*\[object Object\][^|\n]* \|/ },
  { id: 'cdf-definition-object-text', where: 'commands/inventory/custom-field-value.ts findDefinition', signature: /available fields: .*\[object Object\]/ },
  { id: 'wipe-status-nan', where: 'commands/wipe/wipe-status.ts wipeStatusResult', signature: /\(NaN device action\(s\) pending or processing\)/ },
];

export function knownBug(text: string): KnownBug | undefined {
  return KNOWN_RESPONSE_BUGS.find((b) => b.signature.test(text));
}
