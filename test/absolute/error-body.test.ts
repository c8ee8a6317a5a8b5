import { readErrorBody } from '../../Integrations/Absolute/src/absolute/error-body';

describe('error replies, read leniently', () => {
  test("the documented envelope: code, message and each detail's text members", () => {
    const body = JSON.stringify({
      code: 'VALIDATION_ERROR',
      message: 'invalid request',
      details: [{ field: 'deviceUids', message: 'too many', code: 'INVALID_VALUE', extra: 1 }],
    });
    expect(readErrorBody(body)).toEqual({
      code: 'VALIDATION_ERROR',
      apiMessage: 'invalid request',
      details: [{ field: 'deviceUids', message: 'too many', code: 'INVALID_VALUE' }],
    });
  });

  test('members of the wrong type are left out; the rest is kept', () => {
    const body = JSON.stringify({
      code: 7,
      message: { text: 'x' },
      details: [null, 'text', { field: ['a'], message: '  ' }, { message: 'kept', code: false }],
    });
    expect(readErrorBody(body)).toEqual({ code: undefined, apiMessage: undefined, details: [{ message: 'kept' }] });
  });

  test('long text is cut short and at most 20 details are kept', () => {
    const body = JSON.stringify({
      message: 'm'.repeat(10_000),
      details: Array.from({ length: 50 }, () => ({ message: 'd'.repeat(1000) })),
    });
    const read = readErrorBody(body);
    expect(read.apiMessage).toHaveLength(500);
    expect(read.details).toHaveLength(20);
    expect(read.details[0]?.message).toHaveLength(200);
  });

  test.each(['<html>Bad gateway</html>', '', '[1,2]', 'null', '"text"'])('%j says nothing', (text) => {
    expect(readErrorBody(text)).toEqual({ code: undefined, apiMessage: undefined, details: [] });
  });
});
