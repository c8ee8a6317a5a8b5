import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_DEVICE } from '../../simulator';
import { REPO_ROOT } from '../support/paths';
import { OfficialPackClient, PACK_SELECT, pythonQuote } from './support/official-pack';

/**
 * `npm run simulator` is `node dist/simulator.cjs`: the built bundle, started as its own process,
 * answers the official pack's device-get request (lenient by default), refuses it with `--strict`,
 * and prints what it accepted or refused when stopped.
 */
const SIMULATOR = join(REPO_ROOT, 'dist', 'simulator.cjs');

interface Started {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
}

function start(args: readonly string[]): Promise<Started> {
  const child = spawn(process.execPath, [SIMULATOR, '--port', '0', '--fleet-size', '40', ...args], {
    env: { PATH: process.env['PATH'] ?? '' },
  });
  let stdout = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
      if (url) resolve({ child, url, output: () => stdout });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`simulator exited early (${code}): ${stdout}`)));
  });
}

function stop(started: Started): Promise<string> {
  return new Promise((resolve) => {
    started.child.removeAllListeners('exit');
    started.child.on('exit', () => resolve(started.output()));
    started.child.kill('SIGTERM');
  });
}

const deviceGet = (client: OfficialPackClient) =>
  client.send({
    method: 'GET',
    uri: '/v3/reporting/devices',
    queryString: `${pythonQuote(`$filter=substringof('${DEMO_DEVICE.deviceUid}',id)&$select=${PACK_SELECT.deviceGet}`)}&pageSize=500`,
  });

test.each([
  [[], 200, 'undocumented inputs accepted: 4'],
  [['--strict'], 400, 'undocumented inputs refused: 1'],
])('dist/simulator.cjs %j answers the pack’s device-get with %d and reports it on exit', async (args, status, summary) => {
  const started = await start(args);
  const res = await deviceGet(new OfficialPackClient({ url: started.url }, Date.now)).catch(async (error: unknown) => {
    await stop(started);
    throw error;
  });
  const output = await stop(started);
  expect(res.status).toBe(status);
  if (status === 200) {
    const data = (res.json as { data: unknown }).data;
    expect(data).toEqual([expect.objectContaining({ deviceUid: DEMO_DEVICE.deviceUid, esn: DEMO_DEVICE.esn })]);
  }
  expect(output).toContain(args.length > 0 ? 'strict: undocumented inputs are refused with 400' : 'lenient: undocumented inputs');
  expect(output).toContain(summary);
});
