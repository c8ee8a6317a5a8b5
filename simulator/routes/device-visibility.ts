import type { DeviceReport } from '../fleet/device-report';
import type { ResolvedToken } from '../jws/token-registry';

/**
 * Field-level permissions: like the real API, a token without Geolocation view still gets device
 * reports, just without `geoData` (no 403), and freeze passcodes need the Remove Freeze permission.
 */
export function visibleTo(token: ResolvedToken, device: Readonly<DeviceReport>): Readonly<DeviceReport> {
  const hideGeo = !token.permissions.has('geolocation.view') && device.geoData !== undefined;
  const hidePasscode = !token.permissions.has('freeze.remove') && device.deviceFreezeStatus?.passCode !== undefined;
  if (!hideGeo && !hidePasscode) return device;
  const { geoData, deviceFreezeStatus, ...rest } = device;
  const visible: DeviceReport = { ...rest };
  if (!hideGeo) visible.geoData = geoData;
  if (deviceFreezeStatus) {
    const { passCode, displayPassCode, ...status } = deviceFreezeStatus;
    visible.deviceFreezeStatus = hidePasscode ? status : { ...status, passCode, displayPassCode };
  }
  return visible;
}
