import { ArgumentError } from '../../xsoar/args';

/** What an inventory export usually needs: identity, owner, OS, hardware, network, security state. */
export const DEFAULT_EXPORT_FIELDS = [
  'deviceUid',
  'deviceName',
  'serialNumber',
  'esn',
  'agentStatus',
  'username',
  'domain',
  'operatingSystem.name',
  'operatingSystem.version',
  'systemManufacturer',
  'systemModel',
  'systemType',
  'localIp',
  'publicIp',
  'policyGroupName',
  'espInfo.encryptionStatus',
  'deviceFreezeStatus.statusName',
  'isStolen',
  'lastConnectedDateTimeUtc',
] as const;

export const FIELD_PATTERN = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;
export const FIELD_HINT = 'not a device report field in dot notation (for example operatingSystem.name)';

/**
 * The columns to export. A field and one of its children cannot both be asked for: the API refuses
 * such a `select`, so it is caught here, before anything is sent.
 */
export function exportFields(requested: readonly string[]): string[] {
  const fields = requested.length > 0 ? [...requested] : [...DEFAULT_EXPORT_FIELDS];
  for (const field of fields) {
    const parent = fields.find((other) => field.startsWith(`${other}.`));
    if (parent) throw new ArgumentError('fields', `${parent} already includes ${field}; give one or the other`);
  }
  return fields;
}
