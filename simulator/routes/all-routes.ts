import { applicationRoutes } from './application-routes';
import { customFieldRoutes } from './custom-field-routes';
import { deviceRoutes } from './device-routes';
import { freezeMessageRoutes } from './freeze-message-routes';
import { freezeRoutes } from './freeze-routes';
import type { RouteDefinition } from './route-types';
import { siemRoutes } from './siem-routes';
import { unenrollRoutes } from './unenroll-routes';
import { wipeRoutes } from './wipe-routes';
import { missingRoutes } from './missing-routes';
import { eumRoutes } from './eum-routes';
import { deviceGroupRoutes } from './device-group-routes';
import { reachRoutes } from './reach-routes';
import { fileDeleteRoutes } from './file-delete-routes';

/** Every logical route the simulator serves; keep scripts/vendor-openapi.mjs's list in step. */
export function allRoutes(): RouteDefinition[] {
  return [
    ...deviceRoutes(),
    ...applicationRoutes(),
    ...customFieldRoutes(),
    ...freezeRoutes(),
    ...freezeMessageRoutes(),
    ...unenrollRoutes(),
    ...wipeRoutes(),
    ...siemRoutes(),
    ...missingRoutes(),
    ...eumRoutes(),
    ...deviceGroupRoutes(),
    ...reachRoutes(),
    ...fileDeleteRoutes(),
  ];
}
