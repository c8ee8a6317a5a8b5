/**
 * Shapes of the Absolute v3 data this pack reads. Every field is optional: the API omits nulls and
 * fields the token may not see, and a mapper must cope with any of them missing.
 */
export interface ApiGeoLocation {
  point?: { x?: number; y?: number; type?: string; coordinates?: number[] };
  geoAddress?: { county?: string; city?: string; state?: string; countryCode?: string; country?: string };
  locationTechnology?: string;
  accuracy?: number;
  lastUpdateDateTimeUtc?: string;
}

export interface ApiDevice {
  deviceUid?: string;
  esn?: string;
  deviceName?: string;
  fullSystemName?: string;
  domain?: string;
  agentStatus?: string;
  agentVersion?: string;
  platformOSType?: string;
  systemManufacturer?: string;
  systemModel?: string;
  systemType?: string;
  serialNumber?: string;
  username?: string;
  localIp?: string;
  publicIp?: string;
  isStolen?: boolean;
  policyGroupUid?: string;
  policyGroupName?: string;
  lastConnectedDateTimeUtc?: string;
  lastUpdatedDateTimeUtc?: string;
  operatingSystem?: Record<string, unknown>;
  bios?: Record<string, unknown>;
  espInfo?: { encryptionStatus?: string; encryptionProductName?: string };
  deviceStatus?: { type?: string; reported?: unknown };
  deviceFreezeStatus?: { statusCode?: string; statusName?: string; changedDateTimeUtc?: string };
  networkAdapters?: Array<Record<string, unknown>>;
  networkSSID?: string;
  customFields?: Array<{ cdfUid?: string; cdfFieldName?: string; cdfFieldValue?: string }>;
  geoData?: { location?: ApiGeoLocation };
  [key: string]: unknown;
}

/** The counters of an action request (unenroll, wipe), per action status. */
export interface ApiActionRequest {
  totalDevices?: number;
  pending?: number;
  processing?: number;
  completed?: number;
  canceled?: number;
  failed?: number;
  requestId?: string;
  requestUid?: string;
  requestStatus?: string;
  createdDateTimeUtc?: string;
  updatedDateTimeUtc?: string;
  requester?: string;
  [key: string]: unknown;
}

/** One device's action within an action request (unenroll, wipe). */
export interface ApiDeviceAction {
  actionUid?: string;
  requestUid?: string;
  deviceUid?: string;
  deviceName?: string;
  esn?: string;
  actionStatus?: string;
  actionStatusDetails?: string;
  createdDateTimeUtc?: string;
  updatedDateTimeUtc?: string;
  [key: string]: unknown;
}
