import { encodeQuery, encodeRfc3986, pathSegment } from '../../Integrations/Absolute/src/absolute/query';

describe('query-string encoding', () => {
  test('values are RFC 3986 encoded as the documented examples show', () => {
    expect(encodeQuery({ orderBy: 'esn,deviceName:desc,deviceUid:asc' })).toBe('orderBy=esn%2CdeviceName%3Adesc%2CdeviceUid%3Aasc');
    expect(encodeQuery({ username: 'ABCCORP\\tjordan', agentStatus: 'A' })).toBe('username=ABCCORP%5Ctjordan&agentStatus=A');
    expect(encodeQuery({ filter: "a eq 'x y'" })).toBe('filter=a%20eq%20%27x%20y%27');
  });

  test('undefined and empty values are dropped; arrays repeat the key', () => {
    expect(encodeQuery({ a: undefined, b: '', c: 1, d: true, e: ['x', 'y'] })).toBe('c=1&d=true&e=x&e=y');
    expect(encodeQuery(undefined)).toBe('');
  });

  test("RFC 3986 reserved characters that encodeURIComponent leaves alone are encoded: !'()*", () => {
    expect(encodeRfc3986("!'()*")).toBe('%21%27%28%29%2A');
  });

  test.each(['../etc', 'a/b', 'x?y=1', 'x#frag', 'a b', 'a\r\nb'])('path segment %j cannot escape its segment', (value) => {
    const encoded = pathSegment(value);
    expect(encoded).not.toMatch(/[/?#\s]/);
    expect(decodeURIComponent(encoded)).toBe(value);
  });
});
