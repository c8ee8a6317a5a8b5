import { bodyOf, collectAll, startTestApi, type DataBody, type ErrorBody, type Page, type TestApi } from './support/api-client';

const BASE = '/v3/actions/freeze/messages';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('freeze messages', () => {
  let api: TestApi;
  beforeEach(async () => {
    api = await startTestApi({ fleetSize: 5 });
  });
  afterEach(() => api.close());

  test('an account starts with a few saved messages', async () => {
    const res = await api.get(BASE);
    const page = bodyOf<Page<{ name: string }>>(res);
    expect(page.data.map((m) => m.name)).toEqual(['Lost device', 'Return to IT', 'Security hold']);
    expect(page.metadata).toBeUndefined();
  });

  test('create, read, replace and delete', async () => {
    const created = await api.post(BASE, { name: 'Stolen laptop', content: '<p>Call 555-0100</p>' });
    expect(created.status).toBe(200);
    const uid = bodyOf<DataBody<{ messageUid: string }>>(created).data.messageUid;
    expect(uid).toMatch(/^[0-9a-f-]{36}$/);
    const read = await api.get(`${BASE}/${uid}`);
    expect(bodyOf<DataBody>(read).data).toMatchObject({
      messageUid: uid,
      name: 'Stolen laptop',
      content: '<p>Call 555-0100</p>',
      createdBy: 'demo.hs256@acme.example',
    });
    api.clock.advance(60_000);
    const replaced = await api.call({ method: 'PUT', uri: `${BASE}/${uid}`, body: { name: 'Stolen', content: 'x' } });
    expect(replaced.status).toBe(204);
    expect(replaced.text).toBe('');
    const after = bodyOf<DataBody<{ changedDateTimeUtc: string; createdDateTimeUtc: string }>>(await api.get(`${BASE}/${uid}`)).data;
    expect(after).toMatchObject({ name: 'Stolen', content: 'x' });
    expect(Date.parse(after.changedDateTimeUtc) - Date.parse(after.createdDateTimeUtc)).toBe(60_000);
    expect((await api.call({ method: 'DELETE', uri: `${BASE}/${uid}` })).status).toBe(204);
    expect((await api.get(`${BASE}/${uid}`)).status).toBe(404);
    expect(api.sim.stats().actionsCreated).toMatchObject({ messageCreate: 1, messageUpdate: 1, messageDelete: 1 });
  });

  test('unknown messages are 404 for GET, PUT and DELETE', async () => {
    expect((await api.get(`${BASE}/${UNKNOWN}`)).status).toBe(404);
    expect((await api.call({ method: 'PUT', uri: `${BASE}/${UNKNOWN}`, body: { name: 'a', content: 'b' } })).status).toBe(404);
    expect(bodyOf<ErrorBody>(await api.call({ method: 'DELETE', uri: `${BASE}/${UNKNOWN}` })).code).toBe('RESOURCE_NOT_FOUND');
  });

  test.each([
    [{ content: 'c' }, 'name'],
    [{ name: '', content: 'c' }, 'name'],
    [{ name: 'n'.repeat(256), content: 'c' }, 'name'],
    [{ name: 'n', content: 'c'.repeat(4001) }, 'content'],
    [{ name: 'n', content: 42 }, 'content'],
  ])('invalid body %j is a 400 naming %s', async (body, field) => {
    const res = await api.post(BASE, body);
    expect(res.status).toBe(400);
    expect(bodyOf<ErrorBody>(res).details[0]?.field).toBe(field);
  });

  test('limits are inclusive: 255-char name and 4000-char content are fine', async () => {
    expect((await api.post(BASE, { name: 'n'.repeat(255), content: 'c'.repeat(4000) })).status).toBe(200);
  });

  test('the list pages with the standard 100/500 sizes', async () => {
    for (let i = 0; i < 7; i++) await api.post(BASE, { name: `m${i}`, content: 'c' });
    const walked = await collectAll(api, BASE, { pageSize: '4' });
    expect(walked).toHaveLength(10);
    expect((await api.get(BASE, { pageSize: '501' })).status).toBe(400);
  });

  test('clearFreezeMessages() empties the account: the list is {"data": []}', async () => {
    api.sim.state.clearFreezeMessages();
    const res = await api.get(BASE);
    expect(res.text).toBe('{"data":[]}');
  });
});

test('seedFreezeMessages: false starts with an empty account', async () => {
  const api = await startTestApi({ fleetSize: 5, seedFreezeMessages: false });
  try {
    expect((await api.get(BASE)).json).toEqual({ data: [] });
  } finally {
    await api.close();
  }
});
