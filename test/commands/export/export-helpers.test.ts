import { cellText, csvField, csvRecord, valueAt } from '../../../Integrations/Absolute/src/commands/export/csv';
import { defaultFileName } from '../../../Integrations/Absolute/src/commands/export/device-export';
import { fileNameProblem } from '../../../Integrations/Absolute/src/commands/export/export-file';
import { DEFAULT_EXPORT_FIELDS, exportFields } from '../../../Integrations/Absolute/src/commands/export/export-fields';
import { csvEncoder, jsonEncoder } from '../../../Integrations/Absolute/src/commands/export/export-format';
import { ArgumentError } from '../../../Integrations/Absolute/src/xsoar/args';
import { parseCsv } from './parse-csv';

describe('CSV quoting (RFC 4180)', () => {
  test.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    [' padded ', '" padded "'],
    ['tab\t', '"tab\t"'],
    ['Zürich – 東京', 'Zürich – 東京'],
    ["O'Brien; =SUM(A1)", "O'Brien; =SUM(A1)"],
  ])('%j is written as %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  test('a record ends with CRLF and reads back to the same values', () => {
    const values = ['a,b', 'say "hi"', 'two\r\nlines', '', ' x'];
    const line = csvRecord(values);
    expect(line.endsWith('\r\n')).toBe(true);
    expect(parseCsv(line)).toEqual([values]);
  });
});

describe('values by dot path', () => {
  const device = {
    deviceUid: 'u1',
    operatingSystem: { name: 'Windows', version: '10.0' },
    networkAdapters: [{ macAddress: 'AA' }, { macAddress: 'BB' }, {}],
    espInfo: null,
    isStolen: false,
    customFields: [{ cdfFieldName: 'Cost, Center', cdfFieldValue: 'CC-1' }],
  };

  test.each([
    ['deviceUid', 'u1'],
    ['operatingSystem.name', 'Windows'],
    ['operatingSystem', '{"name":"Windows","version":"10.0"}'],
    ['networkAdapters.macAddress', 'AA; BB'],
    ['espInfo.encryptionStatus', ''],
    ['isStolen', 'false'],
    ['missing.field', ''],
    ['customFields', '[{"cdfFieldName":"Cost, Center","cdfFieldValue":"CC-1"}]'],
  ])('%s → %j', (path, text) => {
    expect(cellText(valueAt(device, path.split('.')))).toBe(text);
  });
});

describe('encoders', () => {
  const page1 = [{ deviceUid: 'a', deviceName: 'x,y' }, { deviceUid: 'b' }];
  const page2 = [{ deviceUid: 'c', deviceName: 'say "z"' }];

  test('CSV: a header of the fields, then one record per device in field order', () => {
    const csv = csvEncoder(['deviceName', 'deviceUid']);
    const text = csv.header() + csv.page(page1) + csv.page([]) + csv.page(page2) + csv.footer();
    expect(parseCsv(text)).toEqual([
      ['deviceName', 'deviceUid'],
      ['x,y', 'a'],
      ['', 'b'],
      ['say "z"', 'c'],
    ]);
  });

  test('JSON: valid across pages, empty pages included', () => {
    const json = jsonEncoder();
    const text = json.header() + json.page(page1) + json.page([]) + json.page(page2) + json.footer();
    expect(JSON.parse(text)).toEqual([...page1, ...page2]);
  });

  test('JSON with no devices is an empty array', () => {
    const json = jsonEncoder();
    expect(JSON.parse(json.header() + json.page([]) + json.footer())).toEqual([]);
  });
});

describe('file names', () => {
  test.each([
    '../x.csv',
    '../../etc/passwd',
    'a/b.csv',
    '/etc/passwd',
    'dir\\x.csv',
    '..',
    '.',
    '.hidden',
    'C:x.csv',
    'nul\u0000.csv',
    'new\nline.csv',
    'what?.csv',
  ])('%j is refused', (name) => {
    expect(fileNameProblem(name)).toBeDefined();
  });

  test.each(['fleet.csv', 'Fleet export 2024-01-31.json', 'devices', 'a..b.csv', 'ünïcödé.csv'])('%j is accepted', (name) => {
    expect(fileNameProblem(name)).toBeUndefined();
  });

  test('the default name carries the UTC date and time and the format', () => {
    expect(defaultFileName('csv', Date.UTC(2024, 0, 31, 14, 25, 1))).toBe('absolute-devices-20240131-142501.csv');
    expect(defaultFileName('json', Date.UTC(2024, 0, 31, 14, 25, 1))).toBe('absolute-devices-20240131-142501.json');
  });
});

describe('fields', () => {
  test('the default set when none are given', () => {
    expect(exportFields([])).toEqual([...DEFAULT_EXPORT_FIELDS]);
  });

  test('the given fields, in the given order', () => {
    expect(exportFields(['serialNumber', 'deviceUid'])).toEqual(['serialNumber', 'deviceUid']);
  });

  test('a field and its child together are refused, naming the argument', () => {
    expect(() => exportFields(['operatingSystem', 'operatingSystem.name'])).toThrow(ArgumentError);
    expect(() => exportFields(['operatingSystem.name', 'operatingSystem'])).toThrow(
      /Invalid argument "fields": operatingSystem already includes operatingSystem.name/,
    );
  });

  test('a field that merely shares a prefix is fine', () => {
    expect(exportFields(['localIp', 'localIpAddress'])).toEqual(['localIp', 'localIpAddress']);
  });
});
