/**
 * Token permissions, modelled on the console's per-token permission list (View / Perform / Manage
 * per feature). A token created without a permission gets 403 NOT_AUTHORIZED on the routes that need
 * it, except geolocation: device reports then silently lack `geoData`, as the real API does.
 */
export type Permission =
  | 'devices.view'
  | 'geolocation.view'
  | 'software.view'
  | 'cdf.view'
  | 'cdf.manage'
  | 'freeze.perform'
  | 'freeze.remove'
  | 'freeze.messages.view'
  | 'freeze.messages.manage'
  | 'unenroll.perform'
  | 'unenroll.view'
  | 'wipe.perform'
  | 'wipe.view'
  | 'siem.manage'
  | 'missing.view'
  | 'missing.manage'
  | 'eum.view'
  | 'eum.manage'
  | 'reach.run'
  | 'filedelete.view'
  | 'filedelete.perform';

export const ALL_PERMISSIONS: readonly Permission[] = [
  'devices.view',
  'geolocation.view',
  'software.view',
  'cdf.view',
  'cdf.manage',
  'freeze.perform',
  'freeze.remove',
  'freeze.messages.view',
  'freeze.messages.manage',
  'unenroll.perform',
  'unenroll.view',
  'wipe.perform',
  'wipe.view',
  'siem.manage',
  'missing.view',
  'missing.manage',
  'eum.view',
  'eum.manage',
  'reach.run',
  'filedelete.view',
  'filedelete.perform',
];
