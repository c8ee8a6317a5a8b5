import type { ApiRequest } from '../../absolute/client';

/** One feature of the pack, the token permission it needs, and a harmless read that proves it. */
export interface Probe {
  feature: string;
  permission: string;
  commands: readonly string[];
  request: (nowMs: number) => ApiRequest;
  /** Checks data the API returns silently empty when a permission is missing. */
  emptyMeans?: string;
  /** When test-module runs it: always, or only when the instance fetches events. absolute-health runs every probe. */
  when?: 'always' | 'fetchEvents';
}

export const PROBES: readonly Probe[] = [
  {
    feature: 'Device reports',
    permission: 'View on Device Reports',
    commands: ['absolute-device-list', 'absolute-device-get', 'endpoint', 'name and serial look-ups of every action command'],
    request: () => ({ method: 'GET', path: '/v3/reporting/devices', query: { select: 'deviceUid', pageSize: 1 } }),
    when: 'always',
  },
  {
    feature: 'Device locations',
    permission: 'View on Geolocation (and Address-level view for coordinates)',
    commands: ['absolute-device-location-get'],
    request: () => ({ method: 'GET', path: '/v3/reporting/devices', query: { select: 'deviceUid,geoData', pageSize: 25 } }),
    emptyMeans:
      'devices are visible but none carries location data: the token probably lacks View on Geolocation (the API omits it silently)',
  },
  {
    feature: 'Installed applications',
    permission: 'View on Software Reports',
    commands: ['absolute-device-application-list'],
    request: () => ({ method: 'GET', path: '/v3/reporting/applications', query: { pageSize: 1 } }),
  },
  {
    feature: 'Custom device fields',
    permission: 'View/Manage on Device Fields and Device Field Definitions',
    commands: ['absolute-custom-device-field-list', 'absolute-custom-device-field-update'],
    request: () => ({ method: 'GET', path: '/v3/configurations/customfields/definitions' }),
  },
  {
    feature: 'Freeze messages and requests',
    permission: 'View/Perform on Freeze Device (and Perform on Remove Freeze)',
    commands: ['absolute-device-freeze-*', 'absolute-device-remove-freeze-request'],
    request: () => ({ method: 'GET', path: '/v3/actions/freeze/messages', query: { pageSize: 1 } }),
  },
  {
    feature: 'Un-enrolment',
    permission: 'Perform on Unenroll Device',
    commands: ['absolute-device-unenroll'],
    request: () => ({ method: 'GET', path: '/v3/actions/requests/unenroll', query: { pageSize: 1 } }),
  },
  {
    feature: 'Wipe',
    permission: 'View/Perform on Wipe Device',
    commands: ['absolute-wipe-request-*', 'absolute-wipe-actions-list'],
    request: () => ({ method: 'GET', path: '/v3/actions/requests/wipe', query: { pageSize: 1 } }),
  },
  {
    feature: 'SIEM events',
    permission: 'Manage on SIEM integration (and SIEM enabled in the console)',
    commands: ['fetch-events', 'absolute-device-get-events'],
    request: (nowMs) => ({
      method: 'GET',
      path: '/v3/reporting/siem-events',
      query: { fromDateTimeUtc: new Date(nowMs - 60_000).toISOString(), toDateTimeUtc: new Date(nowMs).toISOString(), pageSize: 1 },
    }),
    when: 'fetchEvents',
  },
  {
    feature: 'Missing devices',
    permission: 'View on Missing Device (Manage to report missing or found)',
    commands: ['absolute-device-missing-list', 'absolute-device-report-missing', 'absolute-device-report-found'],
    request: () => ({ method: 'GET', path: '/v3/tracking/device-missing/missing', query: { pageSize: 1 } }),
  },
  {
    feature: 'End-user messages',
    permission: 'View on Send Message (Manage to send)',
    commands: ['absolute-device-user-message-*'],
    request: () => ({ method: 'GET', path: '/v3/actions/requests/eum', query: { pageSize: 1 } }),
  },
  {
    feature: 'Device groups',
    permission: 'none beyond a valid token',
    commands: ['absolute-device-group-list', 'absolute-device-group-get'],
    request: () => ({ method: 'GET', path: '/v3/configurations/device-groups/groups', query: { pageSize: 1 } }),
  },
  {
    feature: 'Reach scripts',
    permission: 'Run on Reach Script (an Absolute Resilience licence)',
    commands: ['absolute-reach-script-*', 'absolute-reach-request-*'],
    request: () => ({ method: 'GET', path: '/v3/actions/reach/scripts', query: { pageSize: 1 } }),
  },
  {
    feature: 'File delete',
    permission: 'View/Perform on Delete File',
    commands: ['absolute-file-delete-request-*'],
    request: () => ({ method: 'GET', path: '/v3/actions/requests/file-delete', query: { pageSize: 1 } }),
  },
];
