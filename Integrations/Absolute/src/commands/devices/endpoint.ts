import type { ApiDevice } from '../../absolute/api/types';
import { arg, ArgumentError } from '../../xsoar/args';
import type { JsonObject } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { compact } from '../shared';
import { DEVICE_GET_SELECT, deviceContext } from './device-context';
import { lookUpDevices } from '../device-lookup';

/** A device seen within this window counts as Online in the platform's Endpoint.Status. */
const ONLINE_WINDOW_MS = 60 * 60 * 1000;

/**
 * The platform's generic `endpoint` command: standard `Endpoint` context beside `Absolute.Device`,
 * so generic enrichment playbooks can use this pack.
 */
export const endpointCommand = defineCommand({
  name: 'endpoint',
  args: {
    id: arg.list({ maxItems: 1000 }),
    ip: arg.list({ maxItems: 1000 }),
    hostname: arg.list({ maxItems: 1000 }),
  },
  async run({ client, now }, args) {
    if (args.id.length + args.ip.length + args.hostname.length === 0)
      throw new ArgumentError('id', 'give at least one of id, ip or hostname');
    const devices = await lookUpDevices(
      client,
      [
        { field: 'deviceUid', values: args.id },
        { field: 'deviceName', values: args.hostname },
        { field: 'localIp', values: args.ip },
        { field: 'publicIp', values: args.ip },
      ],
      [...DEVICE_GET_SELECT, 'networkAdapters'],
    );
    if (devices.length === 0) return { readable: 'No endpoints found in Absolute for the given id, ip or hostname.', raw: [] };
    const endpoints = devices.map((d) => endpointContext(d, now()));
    return {
      readable: tableToMarkdown('Absolute endpoints:', endpoints, {
        headers: ['ID', 'Hostname', 'IPAddress', 'MACAddress', 'OS', 'OSVersion', 'Domain', 'Status', 'IsIsolated'],
        removeNull: true,
      }),
      raw: devices,
      outputs: [
        { prefix: 'Endpoint', keyField: ['ID', 'Vendor'], value: endpoints },
        { prefix: 'Absolute.Device', keyField: 'Id', value: devices.map(deviceContext) },
      ],
    };
  },
});

/** The platform's standard Endpoint object, filled with what Absolute knows. */
export function endpointContext(d: ApiDevice, nowMs: number): JsonObject {
  const macs = (d.networkAdapters ?? []).flatMap((a) => (a?.macAddress ? [a.macAddress] : []));
  const lastSeen = d.lastConnectedDateTimeUtc ? Date.parse(d.lastConnectedDateTimeUtc) : Number.NaN;
  return compact({
    ID: d.deviceUid,
    Hostname: d.deviceName,
    IPAddress: d.localIp,
    MACAddress: macs.length > 1 ? macs : macs[0],
    OS: d.platformOSType ?? d.operatingSystem?.name,
    OSVersion: d.operatingSystem?.version,
    Domain: d.domain,
    Model: d.systemModel,
    Manufacturer: d.systemManufacturer,
    BIOSVersion: d.bios?.version,
    Status: Number.isNaN(lastSeen) ? undefined : nowMs - lastSeen <= ONLINE_WINDOW_MS ? 'Online' : 'Offline',
    // Freeze is what Absolute has instead of network isolation: a frozen device is locked.
    IsIsolated: d.deviceFreezeStatus?.statusCode ? (d.deviceFreezeStatus.statusCode === 'FRZN' ? 'Yes' : 'No') : 'No',
    Vendor: 'Absolute',
  });
}
