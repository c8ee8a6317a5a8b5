import { applicationContext } from '../../../Integrations/Absolute/src/commands/inventory/application-context';
import { checkValue, findDefinition } from '../../../Integrations/Absolute/src/commands/inventory/custom-field-value';
import { isoTime, locationContext } from '../../../Integrations/Absolute/src/commands/inventory/location-context';
import { ArgumentError } from '../../../Integrations/Absolute/src/xsoar/args';

const DEFINITIONS = [
  { cdfUid: 'u-text', cdfFieldName: 'Asset Tag', type: 'Text', categoryCode: 'UDF' },
  { cdfUid: 'u-date', cdfFieldName: 'Warranty End', type: 'Date', categoryCode: 'UDF' },
  {
    cdfUid: 'u-drop',
    cdfFieldName: 'Department',
    type: 'Dropdown',
    categoryCode: 'UDF',
    dropdowns: [
      { elementId: 1, elementValue: 'Finance' },
      { elementId: 2, elementValue: 'IT' },
    ],
  },
  { cdfUid: 'u-dup1', cdfFieldName: 'Owner', type: 'Text' },
  { cdfUid: 'u-dup2', cdfFieldName: 'owner', type: 'Text' },
];

function argumentError(run: () => unknown): ArgumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArgumentError) return error;
    throw error;
  }
  throw new Error('expected an ArgumentError');
}

describe('custom field definitions and values', () => {
  test('an unknown cdf_uid names the argument and lists the available fields', () => {
    const error = argumentError(() => findDefinition(DEFINITIONS, { cdfUid: 'nope' }));
    expect(error.argument).toBe('cdf_uid');
    expect(error.message).toContain('Asset Tag (u-text), Warranty End (u-date), Department (u-drop)');
  });

  test('cdf_name matches ignoring case; an unknown or ambiguous name names cdf_name', () => {
    expect(findDefinition(DEFINITIONS, { cdfName: 'asset tag' }).cdfUid).toBe('u-text');
    expect(argumentError(() => findDefinition(DEFINITIONS, { cdfName: 'Colour' })).argument).toBe('cdf_name');
    const ambiguous = argumentError(() => findDefinition(DEFINITIONS, { cdfName: 'OWNER' }));
    expect(ambiguous.message).toContain('give cdf_uid instead (one of u-dup1, u-dup2)');
  });

  test('a Dropdown value must be one of its elements; the error names value and lists them', () => {
    const dropdown = DEFINITIONS[2] as (typeof DEFINITIONS)[number];
    expect(checkValue(dropdown, 'Finance')).toBe('Finance');
    expect(checkValue(dropdown, 'finance')).toBe('Finance');
    const error = argumentError(() => checkValue(dropdown, 'Sales'));
    expect(error.argument).toBe('value');
    expect(error.message).toBe(
      'Invalid argument "value": Department is a Dropdown field; the value must be one of "Finance", "IT" (got "Sales")',
    );
  });

  test.each(['03/31/2025', '02/29/2024', '12/01/1999'])('Date %s is accepted', (value) => {
    expect(checkValue(DEFINITIONS[1] as (typeof DEFINITIONS)[number], value)).toBe(value);
  });

  test.each(['2025-03-31', '31/03/2025', '3/31/2025', '02/30/2025', '13/01/2025', 'tomorrow'])(
    'Date %s is refused, naming value and the format',
    (value) => {
      const error = argumentError(() => checkValue(DEFINITIONS[1] as (typeof DEFINITIONS)[number], value));
      expect(error.argument).toBe('value');
      expect(error.message).toContain('MM/dd/yyyy');
    },
  );

  test('Text takes anything', () => {
    expect(checkValue(DEFINITIONS[0] as (typeof DEFINITIONS)[number], 'any | thing')).toBe('any | thing');
  });
});

describe('location mapping', () => {
  test('epoch milliseconds and seconds become ISO 8601; ISO text is kept', () => {
    expect(isoTime(1605747972853)).toBe('2020-11-19T01:06:12.853Z');
    expect(isoTime(1605747972)).toBe('2020-11-19T01:06:12.000Z');
    expect(isoTime('1605747972853')).toBe('2020-11-19T01:06:12.853Z');
    expect(isoTime('2024-05-06T07:08:09.123Z')).toBe('2024-05-06T07:08:09.123Z');
    expect(isoTime(undefined)).toBeUndefined();
    expect(isoTime('')).toBeUndefined();
  });

  test('a device without geoData has no location report; partial data keeps what is there', () => {
    expect(locationContext({ deviceUid: 'a' })).toBeUndefined();
    expect(locationContext({ deviceUid: 'a', geoData: {} })).toBeUndefined();
    expect(
      locationContext({ deviceUid: 'a', deviceName: 'PC', geoData: { location: { geoAddress: { city: 'Vancouver' }, accuracy: 30 } } }),
    ).toEqual({
      ID: 'a',
      DeviceName: 'PC',
      City: 'Vancouver',
      Accuracy: 30,
    });
  });
});

describe('application mapping', () => {
  test('official output names, with Esn (declared as Ens by the official manifest) and the v3 date fields renamed', () => {
    expect(
      applicationContext({
        deviceAppId: 'd_1',
        deviceUid: 'd',
        appId: 'A',
        appName: 'N',
        appPublisher: 'P',
        appOriginalPublisher: 'OP',
        appVersion: '1',
        esn: 'E',
        deviceName: 'DN',
        deviceSerialNumber: 'S',
        userName: 'U',
        installPath: 'C:\\',
        osName: 'W',
        installDateTimeUtc: 'i',
        firstDetectDateTimeUtc: 'f',
        lastScanDateTimeUtc: 'l',
        appOriginalName: 'ON',
        appOriginalVersion: 'OV',
        accountUid: 'x',
        major: 1,
      }),
    ).toEqual({
      DeviceAppId: 'd_1',
      DeviceUid: 'd',
      AppId: 'A',
      AppName: 'N',
      AppPublisher: 'P',
      AppOriginalPublisher: 'OP',
      AppVersion: '1',
      Esn: 'E',
      DeviceName: 'DN',
      DeviceSerialNumber: 'S',
      UserName: 'U',
      InstallPath: 'C:\\',
      OsName: 'W',
      InstallDate: 'i',
      FirstDetectUtc: 'f',
      LastScanTimeUtc: 'l',
      AppOriginalName: 'ON',
      AppOriginalVersion: 'OV',
    });
  });
});
