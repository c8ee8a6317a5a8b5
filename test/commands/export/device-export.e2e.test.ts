import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningSimulator } from '../../../simulator';
import { PROGRESS_EVERY_PAGES } from '../../../Integrations/Absolute/src/commands/export/device-export';
import { DEFAULT_EXPORT_FIELDS } from '../../../Integrations/Absolute/src/commands/export/export-fields';
import type { Entry } from '../../../Integrations/Absolute/src/xsoar/entry';
import { invocation, runDist, runHere, startTestSimulator } from '../../support/harness';
import { parseCsv } from './parse-csv';

const EXPORT = 'absolute-device-export';
const SUMMARY_KEY = 'Absolute.DeviceExport(val.FileName && val.FileName == obj.FileName)';
const DEVICE_KEY = 'Absolute.Device(val.Id && val.Id == obj.Id)';

let sim: RunningSimulator;
let filesDir: string;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => {
  filesDir = mkdtempSync(join(tmpdir(), 'absolute-export-'));
});
afterEach(() => rmSync(filesDir, { recursive: true, force: true }));

const run = (args: Record<string, unknown>, deps: Parameters<typeof runHere>[1] = {}) =>
  runHere(invocation(sim, EXPORT, args, { filesDir }), deps);
const summaryOf = (entries: readonly Entry[]) =>
  entries[1]?.EntryContext?.[SUMMARY_KEY] as { FileName: string; Format: string; DeviceCount: number; Fields: string[] };
const fileOf = (entries: readonly Entry[]) => readFileSync(String(entries[0]?.FileID), 'utf8');
const allUids = () => Array.from({ length: sim.state.fleet.size }, (_, i) => sim.state.device(i)?.deviceUid);

describe('absolute-device-export', () => {
  test('through dist/absolute.cjs: a CSV of the whole fleet, a file entry and the summary', async () => {
    const before = sim.stats().requestsTotal;
    const result = await runDist(invocation(sim, EXPORT, { file_name: 'fleet.csv' }, { filesDir }));
    expect(result.code).toBe(0);
    const [file, summary] = result.output.entries;
    expect(file).toMatchObject({ Type: 3, File: 'fleet.csv', FileID: join(filesDir, 'fleet.csv') });
    expect(summary?.EntryContext?.[SUMMARY_KEY]).toEqual({
      FileName: 'fleet.csv',
      Format: 'csv',
      DeviceCount: sim.state.fleet.size,
      Fields: [...DEFAULT_EXPORT_FIELDS],
    });
    expect(summary?.HumanReadable).toMatch(/^### Absolute device export\n\|FileName\|Format\|DeviceCount\|Fields\|/);
    const rows = parseCsv(readFileSync(join(filesDir, 'fleet.csv'), 'utf8'));
    expect(rows[0]).toEqual([...DEFAULT_EXPORT_FIELDS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(allUids());
    expect(sim.stats().requestsTotal - before).toBe(1); // 200 devices: one page of 500
    expect(result.stderr).toContain(`absolute-device-export: ${sim.state.fleet.size} devices written to ${join(filesDir, 'fleet.csv')}`);
  });

  test('through dist: the files directory can come from ABSOLUTE_FILES_DIR', async () => {
    const result = await runDist(invocation(sim, EXPORT, { format: 'json', fields: 'deviceUid', file_name: 'ids.json' }), {
      ABSOLUTE_FILES_DIR: filesDir,
    });
    expect(result.code).toBe(0);
    expect(result.output.entries[0]?.FileID).toBe(join(filesDir, 'ids.json'));
    expect(JSON.parse(readFileSync(join(filesDir, 'ids.json'), 'utf8'))).toHaveLength(sim.state.fleet.size);
  });

  test('through dist: no match says so and writes no file', async () => {
    const result = await runDist(invocation(sim, EXPORT, { manufacturer: 'No Such Maker' }, { filesDir }));
    expect(result.code).toBe(0);
    expect(result.output.entries).toHaveLength(1);
    expect(result.output.entries[0]?.HumanReadable).toBe(
      'No devices found in Absolute for the given filters: manufacturer=No Such Maker. No file was written.',
    );
    expect(readdirSync(filesDir)).toEqual([]);
  });

  test('through dist: path traversal in file_name is refused before any request', async () => {
    const before = sim.stats().requestsTotal;
    const result = await runDist(invocation(sim, EXPORT, { file_name: '../escape.csv' }, { filesDir }));
    expect(result.code).toBe(1);
    expect(result.output.entries[0]?.Contents).toMatch(
      /^Failed to execute absolute-device-export command\.\nError:\nInvalid argument "file_name": must be a plain file name, without a path/,
    );
    expect(sim.stats().requestsTotal).toBe(before);
    expect(readdirSync(join(filesDir, '..')).includes('escape.csv')).toBe(false);
  });

  test('CSV quoting survives commas, quotes, line breaks and edge spaces in the data', async () => {
    const uid = String(sim.state.device(3)?.deviceUid);
    const nasty = { deviceName: 'He said "hi", then\r\nleft', username: ' padded ', domain: 'a,b;c' };
    sim.state.overrideDevice(uid, nasty);
    const { ok, output } = await run({ fields: 'deviceUid,deviceName,username,domain', file_name: 'nasty.csv' });
    expect(ok).toBe(true);
    const rows = parseCsv(fileOf(output.entries));
    expect(rows.find((r) => r[0] === uid)).toEqual([uid, nasty.deviceName, nasty.username, nasty.domain]);
    for (const row of rows) expect(row).toHaveLength(4);
  });

  test('JSON is one valid array of every device, with the selected (nested) fields only', async () => {
    const { ok, output } = await run({ format: 'json', fields: 'deviceUid,operatingSystem.name,espInfo.encryptionStatus' });
    expect(ok).toBe(true);
    expect(output.entries[0]?.File).toMatch(/^absolute-devices-\d{8}-\d{6}\.json$/);
    const devices = JSON.parse(fileOf(output.entries)) as Array<Record<string, unknown>>;
    expect(devices.map((d) => d['deviceUid'])).toEqual(allUids());
    const first = sim.state.device(0);
    expect(devices[0]).toEqual({
      deviceUid: first?.deviceUid,
      operatingSystem: { name: first?.operatingSystem.name },
      espInfo: { encryptionStatus: first?.espInfo?.encryptionStatus },
    });
    expect(summaryOf(output.entries)).toMatchObject({ Format: 'json', DeviceCount: sim.state.fleet.size });
  });

  test('fields choose and order the columns, nested values by dot path', async () => {
    const { output } = await run({ fields: 'serialNumber,operatingSystem.version,deviceUid' });
    const rows = parseCsv(fileOf(output.entries));
    expect(rows[0]).toEqual(['serialNumber', 'operatingSystem.version', 'deviceUid']);
    const device = sim.state.device(String(rows[1]?.[2]));
    expect(rows[1]).toEqual([device?.serialNumber, device?.operatingSystem.version, device?.deviceUid]);
    expect(summaryOf(output.entries).Fields).toEqual(['serialNumber', 'operatingSystem.version', 'deviceUid']);
  });

  test('the filters select the same devices as absolute-device-list', async () => {
    const list = await runHere(invocation(sim, 'absolute-device-list', { limit: '500' }));
    const sample = (list.output.entries[0]?.EntryContext?.[DEVICE_KEY] as Array<Record<string, string>>).find(
      (d) => d['AgentStatus'] === 'A',
    );
    const cases: Array<Record<string, string>> = [
      { agent_status: 'Active' },
      { agent_status: 'Inactive', manufacturer: String(sample?.['SystemManufacturer']) },
      { os_name: String(sample?.['osName']) },
      { model: String(sample?.['SystemModel']) },
      { filter: "agentStatus eq 'A' or agentStatus eq 'D'", manufacturer: String(sample?.['SystemManufacturer']) },
      { user_names: 'a,e' },
    ];
    for (const filters of cases) {
      const listed = await runHere(invocation(sim, 'absolute-device-list', { ...filters, limit: '500' }));
      const listedIds = ((listed.output.entries[0]?.EntryContext?.[DEVICE_KEY] as Array<Record<string, string>> | undefined) ?? []).map(
        (d) => d['Id'],
      );
      const exported = await run({ ...filters, format: 'json', fields: 'deviceUid', file_name: 'filtered.json' });
      const exportedIds = exported.output.entries[0]?.FileID
        ? (JSON.parse(fileOf(exported.output.entries)) as Array<{ deviceUid: string }>).map((d) => d.deviceUid)
        : [];
      expect({ filters, ids: exportedIds }).toEqual({ filters, ids: listedIds });
      expect(listedIds.length).toBeGreaterThan(0);
      rmSync(join(filesDir, 'filtered.json'), { force: true });
    }
  });

  test('an existing file is never overwritten: a number is added', async () => {
    await run({ fields: 'deviceUid', file_name: 'same.csv' });
    const second = await run({ fields: 'deviceUid', file_name: 'same.csv' });
    expect(second.output.entries[0]).toMatchObject({ File: 'same-1.csv', FileID: join(filesDir, 'same-1.csv') });
    expect(summaryOf(second.output.entries).FileName).toBe('same-1.csv');
    expect(readdirSync(filesDir).sort()).toEqual(['same-1.csv', 'same.csv']);
  });

  test('the files directory is created when missing', async () => {
    const nested = join(filesDir, 'a', 'b');
    const { ok, output } = await runHere(invocation(sim, EXPORT, { fields: 'deviceUid', file_name: 'x.csv' }, { filesDir: nested }));
    expect(ok).toBe(true);
    expect(output.entries[0]?.FileID).toBe(join(nested, 'x.csv'));
  });

  test('an unknown field is reported by the API and leaves no file behind', async () => {
    const { ok, output } = await run({ fields: 'deviceUid,noSuchField' });
    expect(ok).toBe(false);
    expect(output.entries[0]?.Contents).toMatch(/noSuchField/);
    expect(readdirSync(filesDir)).toEqual([]);
  });

  test.each([
    [{ format: 'xml' }, 'format'],
    [{ fields: 'device uid' }, 'fields'],
    [{ fields: 'operatingSystem,operatingSystem.name' }, 'fields'],
    [{ agent_status: 'Sleeping' }, 'agent_status'],
    [{ user_names: Array.from({ length: 101 }, (_, i) => `u${i}`).join(',') }, 'user_names'],
    [{ file_name: '../../etc/cron.d/x' }, 'file_name'],
    [{ file_name: 'sub/dir.csv' }, 'file_name'],
    [{ file_name: '..' }, 'file_name'],
    [{ file_name: '.bashrc' }, 'file_name'],
    [{ file_name: 'C:\\Windows\\x.csv' }, 'file_name'],
    [{ file_name: 'x'.repeat(201) }, 'file_name'],
    [{ limit: '5' }, 'limit'],
  ])('%j is refused naming %s, before any request and without a file', async (args, argument) => {
    const before = sim.stats().requestsTotal;
    const { ok, output } = await run(args);
    expect(ok).toBe(false);
    expect(output.entries[0]?.Contents).toContain(`Invalid argument "${argument}"`);
    expect(sim.stats().requestsTotal).toBe(before);
    expect(readdirSync(filesDir)).toEqual([]);
  });
});

describe('absolute-device-export on a larger fleet', () => {
  let big: RunningSimulator;
  const pages = PROGRESS_EVERY_PAGES + 1;
  beforeAll(async () => {
    big = await startTestSimulator({ fleetSize: pages * 500 - 250 });
  });
  afterAll(() => big.close());

  test('streams page by page: one request per 500 devices, progress on the log every 20 pages', async () => {
    const lines: string[] = [];
    const before = big.stats().requestsTotal;
    const { ok, output } = await runHere(invocation(big, EXPORT, { fields: 'deviceUid,deviceName', file_name: 'big.csv' }, { filesDir }), {
      log: (l) => lines.push(l),
    });
    expect(ok).toBe(true);
    expect(big.stats().requestsTotal - before).toBe(pages);
    const rows = parseCsv(fileOf(output.entries));
    expect(rows).toHaveLength(big.state.fleet.size + 1);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(big.state.fleet.size);
    expect(lines.filter((l) => l.includes('devices written to'))).toEqual([
      `absolute-device-export: ${PROGRESS_EVERY_PAGES * 500} devices written to big.csv (${PROGRESS_EVERY_PAGES} pages)`,
      `absolute-device-export: ${big.state.fleet.size} devices written to ${join(filesDir, 'big.csv')}`,
    ]);
  });

  test('a failure after some pages removes the partial file', async () => {
    big.setFaults({ cursorMode: 'repeat' });
    try {
      const { ok, output } = await runHere(invocation(big, EXPORT, { fields: 'deviceUid', file_name: 'partial.csv' }, { filesDir }));
      expect(ok).toBe(false);
      expect(output.entries[0]?.Contents).toMatch(/repeated a paging cursor/);
      expect(readdirSync(filesDir)).toEqual([]);
    } finally {
      big.setFaults({});
    }
  });
});
