import { json } from '../../support/scripted-server';
import { contextPaths } from '../../support/context-paths';
import { runScripted } from './scripted-runs';

/** custom_device_field_list_response.json (2.x), as the official test mocked it. */
const CDF_RESPONSE = {
  data: [
    {
      cdfUid: 'njazpLrEQwqeFDqk4yQCfg',
      cdfFieldKey: 1,
      cdfFieldName: 'Asset Number',
      categoryCode: 'ESNCOLUMN',
      cdfFieldValue: 'No Asset Tag',
      type: 'Text',
    },
    {
      cdfUid: '7PwIrjEXTAqvpb5WdV2w',
      cdfFieldKey: 3,
      cdfFieldName: 'Assigned Username',
      categoryCode: 'ESNCOLUMN',
      cdfFieldValue: '',
      type: 'Text',
    },
  ],
};

/** device_location_get.json (2.x) with the official sample values; x/y follow the v3 doc (x = latitude). */
const LOCATION_RESPONSE = {
  data: [
    {
      deviceUid: '1',
      geoData: {
        location: {
          point: { x: 49.288162, y: -123.13202, type: 'Point', coordinates: [-123.13202, 49.288162] },
          geoAddress: { city: 'TLV', state: 'Israel', countryCode: 'IL', country: 'Israel' },
          locationTechnology: 'gps',
          accuracy: 10,
          lastUpdateDateTimeUtc: 1605747972853,
        },
      },
    },
    {
      deviceUid: '2',
      geoData: {
        location: {
          point: { x: 59.2, y: -124.1, type: 'Point', coordinates: [-124.1, 59.2] },
          geoAddress: { city: 'Jerusalem', state: 'Israel', countryCode: 'IL', country: 'Israel' },
          locationTechnology: 'gps',
          accuracy: 15,
          lastUpdateDateTimeUtc: 1605747972853,
        },
      },
    },
  ],
};

describe('official test_get_custom_device_field_list_command (2.x, #25)', () => {
  test('outputs DeviceUID from the argument and both CDF values; the table shows the values (2.x fix)', async () => {
    const deviceId = '02b9daa4-8e60-4640-8b15-76d41ecf6a94';
    const run = await runScripted('absolute-custom-device-field-list', { device_id: deviceId }, (_s, res) => json(res, 200, CDF_RESPONSE));
    expect(run.ok).toBe(true);
    expect(run.seen.map((s) => [s.method, s.uri])).toEqual([['GET', `/v3/configurations/customfields/devices/${deviceId}`]]);
    const entry = run.entries[0];
    expect(entry?.EntryContext).toEqual({
      'Absolute.CustomDeviceField(val.DeviceUID && val.DeviceUID == obj.DeviceUID)': {
        DeviceUID: deviceId,
        CDFValues: [
          {
            CDFUID: 'njazpLrEQwqeFDqk4yQCfg',
            FieldName: 'Asset Number',
            FieldKey: 1,
            CategoryCode: 'ESNCOLUMN',
            FieldValue: 'No Asset Tag',
            Type: 'Text',
          },
          {
            CDFUID: '7PwIrjEXTAqvpb5WdV2w',
            FieldName: 'Assigned Username',
            FieldKey: 3,
            CategoryCode: 'ESNCOLUMN',
            FieldValue: '',
            Type: 'Text',
          },
        ],
      },
    });
    expect(entry?.HumanReadable).toBe(
      '### Absolute Custom device field list\n|CDF ID|Field Name|Field Value|\n|---|---|---|\n| njazpLrEQwqeFDqk4yQCfg | Asset Number | No Asset Tag |\n| 7PwIrjEXTAqvpb5WdV2w | Assigned Username |  |\n',
    );
    expect(entry?.Contents).toEqual(CDF_RESPONSE.data);
  });

  test('limit cuts the list and says so; all_results ignores it', async () => {
    const deviceId = '02b9daa4-8e60-4640-8b15-76d41ecf6a94';
    const cut = await runScripted('absolute-custom-device-field-list', { device_id: deviceId, limit: '1' }, (_s, res) =>
      json(res, 200, CDF_RESPONSE),
    );
    expect(cut.entries[0]?.Contents).toEqual([CDF_RESPONSE.data[0]]);
    expect(cut.entries[0]?.HumanReadable).toContain('Showing the first 1 fields; use all_results=true to see them all.');
    const all = await runScripted(
      'absolute-custom-device-field-list',
      { device_id: deviceId, limit: '1', all_results: 'true' },
      (_s, res) => json(res, 200, CDF_RESPONSE),
    );
    expect(all.entries[0]?.Contents).toEqual(CDF_RESPONSE.data);
    expect(all.entries[0]?.HumanReadable).not.toContain('Showing the first');
  });
});

describe('official test_get_device_location_command (#22)', () => {
  test('(fixed: Latitude/Longitude from point.x/point.y, LastUpdate as ISO 8601, key field ID; device_ids must be UUIDs, so one stands in for "1,2") maps both devices of the sample', async () => {
    const run = await runScripted('absolute-device-location-get', { device_ids: '00000000-0000-4000-8000-000000000001' }, (_s, res) =>
      json(res, 200, LOCATION_RESPONSE),
    );
    expect(run.ok).toBe(true);
    const [request] = run.seen;
    expect(request?.uri).toBe('/v3/reporting/devices-advanced');
    const query = new URLSearchParams(request?.query);
    expect(query.get('filter')).toBe("deviceUid eq '00000000-0000-4000-8000-000000000001'");
    expect(query.get('select')?.split(',')).toEqual(
      expect.arrayContaining([
        'geoData.location.point.coordinates',
        'geoData.location.point.x',
        'geoData.location.point.y',
        'geoData.location.lastUpdateDateTimeUtc',
      ]),
    );
    expect(run.entries[0]?.EntryContext).toEqual({
      'Absolute.LocationReport(val.ID && val.ID == obj.ID)': [
        {
          Accuracy: 10,
          City: 'TLV',
          Coordinates: [-123.13202, 49.288162],
          Latitude: 49.288162,
          Longitude: -123.13202,
          Country: 'Israel',
          CountryCode: 'IL',
          ID: '1',
          LastUpdate: '2020-11-19T01:06:12.853Z',
          LocationTechnology: 'gps',
          State: 'Israel',
        },
        {
          Accuracy: 15,
          City: 'Jerusalem',
          Coordinates: [-124.1, 59.2],
          Latitude: 59.2,
          Longitude: -124.1,
          Country: 'Israel',
          CountryCode: 'IL',
          ID: '2',
          LastUpdate: '2020-11-19T01:06:12.853Z',
          LocationTechnology: 'gps',
          State: 'Israel',
        },
      ],
    });
    expect(run.entries[0]?.HumanReadable).toMatch(/^### Absolute devices location:\n/);
    expect(contextPaths(run.entries)).toContain('Absolute.LocationReport.Coordinates');
  });
});
