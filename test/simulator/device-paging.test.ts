import { bodyOf, collectAll, startTestApi, type ErrorBody, type Page, type TestApi } from './support/api-client';
import { allDevices, uidsOf } from './support/fleet-helpers';

describe('device report paging', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ fleetSize: 137 });
  });
  afterAll(() => api.close());

  test('default page size is 10 and the envelope carries an opaque base64 nextPage', async () => {
    const res = await api.get('/v3/reporting/devices');
    expect(res.status).toBe(200);
    const page = bodyOf<Page>(res);
    expect(page.data).toHaveLength(10);
    const cursor = page.metadata?.pagination?.nextPage;
    expect(cursor).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  test('pageSize up to 500 is accepted; 501, 0 and non-numeric are 400', async () => {
    const max = await api.get('/v3/reporting/devices', { pageSize: '500' });
    expect(bodyOf<Page>(max).data).toHaveLength(137);
    expect(bodyOf<Page>(max).metadata).toBeUndefined();
    for (const pageSize of ['501', '0', 'ten', '-5', '1.5']) {
      const res = await api.get('/v3/reporting/devices', { pageSize });
      expect({ pageSize, status: res.status, field: bodyOf<ErrorBody>(res).details[0]?.field }).toEqual({
        pageSize,
        status: 400,
        field: 'pageSize',
      });
    }
  });

  test('walking the cursor returns every device exactly once, in natural order, and the last page has no nextPage', async () => {
    const walked = await collectAll<{ deviceUid: string }>(api, '/v3/reporting/devices', { pageSize: '7', select: 'deviceUid' });
    expect(walked).toHaveLength(137);
    expect(uidsOf(walked)).toEqual(uidsOf(allDevices(api.sim)));
    const last = await api.get('/v3/reporting/devices', { pageSize: '137' });
    expect(bodyOf<Page>(last).metadata).toBeUndefined();
  });

  test('a filtered walk returns each match once and the cursor jumps straight to the next match', async () => {
    const expected = allDevices(api.sim).filter((d) => d.platformOSType === 'Mac');
    const walked = await collectAll<{ deviceUid: string }>(api, '/v3/reporting/devices', { platformOSType: 'Mac', pageSize: '3' });
    expect(uidsOf(walked)).toEqual(uidsOf(expected));
  });

  test('a cursor replayed with a different query is rejected; pageSize may change between pages', async () => {
    const first = await api.get('/v3/reporting/devices', { platformOSType: 'Windows', pageSize: '5' });
    const cursor = bodyOf<Page>(first).metadata?.pagination?.nextPage;
    if (cursor === undefined) throw new Error('the first page carries no nextPage');
    const mismatch = await api.get('/v3/reporting/devices', { platformOSType: 'Mac', pageSize: '5', nextPage: cursor });
    expect(mismatch.status).toBe(400);
    expect(bodyOf<ErrorBody>(mismatch).details[0]).toMatchObject({ field: 'nextPage' });
    const otherRoute = await api.get('/v3/reporting/devices-advanced', { pageSize: '5', nextPage: cursor });
    expect(otherRoute.status).toBe(400);
    const resized = await api.get('/v3/reporting/devices', { platformOSType: 'Windows', pageSize: '8', nextPage: cursor });
    expect(resized.status).toBe(200);
  });

  test('a garbage cursor is a 400', async () => {
    for (const nextPage of ['not-a-cursor', Buffer.from('{"p":-1,"h":"x"}').toString('base64'), Buffer.from('[]').toString('base64')]) {
      expect((await api.get('/v3/reporting/devices', { nextPage })).status).toBe(400);
    }
  });

  test('sorted walks are stable too', async () => {
    const walked = await collectAll<{ deviceUid: string; deviceName: string }>(api, '/v3/reporting/devices', {
      sortBy: 'deviceName:desc',
      pageSize: '9',
      select: 'deviceUid,deviceName',
    });
    expect(new Set(uidsOf(walked)).size).toBe(137);
    const names = walked.map((d) => d.deviceName.toLowerCase());
    expect(names).toEqual([...names].sort().reverse());
  });
});

describe('a 100k-device fleet', () => {
  test('starts instantly and pages through every device once with pageSize 500', async () => {
    const api = await startTestApi({ fleetSize: 100_000 });
    try {
      expect(api.sim.state.fleet.size).toBe(100_000);
      const walked = await collectAll<{ deviceUid: string }>(api, '/v3/reporting/devices', { pageSize: '500', select: 'deviceUid' });
      expect(walked).toHaveLength(100_000);
      expect(new Set(uidsOf(walked)).size).toBe(100_000);
      const last = walked[99_999]?.deviceUid;
      if (last === undefined) throw new Error('the walk stopped short of 100k devices');
      const byUid = await api.get('/v3/reporting/devices', { deviceUid: last, select: 'deviceUid' });
      expect(bodyOf<Page>(byUid).data).toEqual([{ deviceUid: last }]);
    } finally {
      await api.close();
    }
  }, 120_000);
});
