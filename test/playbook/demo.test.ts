import { runDemo } from '../../scripts/playbook/demo-run';
import { REPO_ROOT } from '../support/paths';

describe('npm start demo', () => {
  test('test-module, the lost-or-stolen playbook for LAPTOP-7, then the summary', async () => {
    let output = '';
    const code = await runDemo({ out: (text) => (output += text), root: REPO_ROOT });
    if (code !== 0) throw new Error(output);
    const lines = output.split('\n');
    expect(lines[0]).toMatch(/^Started the embedded Absolute simulator at http:\/\/127\.0\.0\.1:\d+/);
    expect(output).toContain('!test-module -> ok');
    expect(output).toMatch(
      /\[\d+\] Freeze the device with the new message -- !absolute-device-freeze-request device_ids=3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61/,
    );
    expect(output).toContain('PASSED: "Absolute - Lost or Stolen Device"');
    expect(output).toMatch(/Device: +LAPTOP-7 \(UID 3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61, serial PF4K7Q2Z\)/);
    expect(output).toMatch(/Last location: +\S.*reported \d{4}-/);
    expect(output).toMatch(/Freeze request: [0-9a-f-]{36}/);
    expect(output).toMatch(/Final status: +Succeeded/);
  });
});
