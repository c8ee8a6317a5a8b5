/**
 * Embedded simulator of the Absolute Secure Endpoint API v3 (`POST /jws/validate`), verifying
 * HS256/ES256 JWS requests exactly as the client must sign them. Shares no code with the client.
 */
export { startSimulator, type RunningSimulator } from './start-simulator';
export type { SimulatorOptions } from './options';
export type { SimulatorToken } from './jws/token-registry';
export type { Permission } from './permissions';
export { ALL_PERMISSIONS } from './permissions';
export type { FaultConfig } from './server/faults';
export type { SimulatorStats, ActionKind, FaultKind } from './server/stats';
export type { SimulatorState } from './state/simulator-state';
export type { Persistent, SimulatorSnapshot } from './state/persistent';
export { readStateFile, removeStateFile, writeStateFile, type SavedTenant } from './state/state-file';
export type { DeviceReport } from './fleet/device-report';
export type { SiemEvent, SiemEventInput } from './events/siem-event';
export { DEMO_DEVICE } from './fleet/device-identity';
export { DEMO_CREDENTIALS } from './demo-credentials';
