import type { ApiDevice } from '../../absolute/api/types';

/** Device fields the dry run needs to judge eligibility. */
export const WIPE_ELIGIBILITY_SELECT = [
  'deviceUid',
  'deviceName',
  'serialNumber',
  'agentStatus',
  'platformOSType',
  'isStolen',
  'espInfo.encryptionStatus',
  'espInfo.encryptionProductName',
] as const;

/**
 * Why Absolute would refuse to wipe this device, or undefined when it qualifies. The rules are the
 * documented ones: an active agent, and Windows with BitLocker fully encrypted or a Mac with
 * FileVault (which also needs the Mac administrator credentials).
 */
export function wipeIneligibility(device: ApiDevice, hasMacCredentials: boolean): string | undefined {
  const agent = device.agentStatus;
  const product = device.espInfo?.encryptionProductName;
  const status = device.espInfo?.encryptionStatus;
  const platform = device.platformOSType;
  if (agent !== 'A') return `the agent is not active (agent status ${agent ?? 'unknown'})`;
  const encrypted = status === 'ENCR';
  if (platform === 'Windows') {
    return product === 'BitLocker' && encrypted
      ? undefined
      : `Windows wipe needs BitLocker fully encrypted (found ${product ?? 'no product'}, status ${status ?? 'unknown'})`;
  }
  if (platform === 'Mac') {
    if (product !== 'FileVault' || !encrypted)
      return `Mac wipe needs FileVault enabled (found ${product ?? 'no product'}, status ${status ?? 'unknown'})`;
    return hasMacCredentials ? undefined : 'Mac wipe needs mac_user_name and mac_pwd';
  }
  return `wipe is not supported on ${platform ?? 'this'} platform`;
}
