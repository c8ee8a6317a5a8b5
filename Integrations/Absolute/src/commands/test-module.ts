import { devicePage } from '../absolute/api/devices';
import { defineCommand } from './command';

/** One cheap authenticated call: proves URL, region, Token ID, Secret Key and the device-report permission. */
export const testModuleCommand = defineCommand({
  name: 'test-module',
  args: {},
  async run({ client }) {
    await devicePage(client, { select: ['deviceUid'] }, 0, 1);
    return { readable: 'ok', raw: 'ok' };
  },
});
