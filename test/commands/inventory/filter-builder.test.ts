import { encodeQuery } from '../../../Integrations/Absolute/src/absolute/query';
import { allOf, anyOf, equals } from '../../../Integrations/Absolute/src/absolute/filter';
import { applicationFilter } from '../../../Integrations/Absolute/src/commands/inventory/application-filter';

/**
 * Official tests §6 #17–#20 (Absolute_test.py) ported to the v3 filter builder. The official
 * builder OR-ed every argument, never escaped quotes and always sent `$filter=`; the expected
 * values below are adjusted for those fixes and named "(fixed: ...)".
 */
describe('add_list_to_filter_string (#17) → anyOf + allOf', () => {
  test('an empty list leaves the query unchanged', () => {
    expect(allOf(['query', anyOf('id', [])])).toBe('query');
  });

  test('(fixed: v3 eq terms instead of substringof) two values widen with or', () => {
    expect(allOf(['', anyOf('accountUid', ['1', '2'])])).toBe("(accountUid eq '1' or accountUid eq '2')");
  });

  test('(fixed: a new argument narrows with and) appended to an existing clause', () => {
    expect(allOf(["deviceUID eq '1'", anyOf('accountUid', ['1', '2'])])).toBe(
      "(deviceUID eq '1') and (accountUid eq '1' or accountUid eq '2')",
    );
  });
});

describe('add_value_to_filter_string (#18) → equals + allOf', () => {
  test('an empty value leaves the query unchanged', () => {
    expect(allOf(['query', equals('id', undefined)])).toBe('query');
  });

  test('a value on its own', () => {
    expect(allOf(['', equals('accountUid', '1')])).toBe("accountUid eq '1'");
  });

  test('(fixed: and instead of or) added to an existing clause', () => {
    expect(allOf(["deviceUID eq '1'", equals('accountUid', '1')])).toBe("(deviceUID eq '1') and (accountUid eq '1')");
  });
});

describe('create_filter_query_from_args (#19) → applicationFilter', () => {
  test('a filter alone is sent as given', () => {
    expect(applicationFilter({ filter: "appName eq '1'" })).toBe("appName eq '1'");
  });

  test('(fixed: filter is combined with the other arguments instead of silently dropping them)', () => {
    expect(applicationFilter({ filter: "appName eq '1'", app_names: ['1'] })).toBe("(appName eq '1') and (appNameContains eq '1')");
  });

  test('(fixed: or inside one argument, no sorting needed) two device names', () => {
    expect(applicationFilter({ device_names: ['name1', 'name2'] })).toBe(
      "(deviceNameContains eq 'name1' or deviceNameContains eq 'name2')",
    );
  });

  test('(fixed: different arguments narrow with and) ids, names and publishers', () => {
    expect(applicationFilter({ device_ids: ['a'], device_names: ['name1', 'name2'], app_publishers: ['Microsoft'] })).toBe(
      "(deviceUid eq 'a') and (deviceNameContains eq 'name1' or deviceNameContains eq 'name2') and (appPublisherContains eq 'Microsoft')",
    );
  });

  test('every argument maps to its v3 field, in a fixed order', () => {
    expect(
      applicationFilter({
        esn: ['E'],
        os: ['Win'],
        user_names: ['u'],
        app_publishers: ['p'],
        app_names: ['n'],
        device_names: ['d'],
        device_ids: ['i'],
      }),
    ).toBe(
      "(deviceUid eq 'i') and (deviceNameContains eq 'd') and (appNameContains eq 'n') and (appPublisherContains eq 'p') and (userNameContains eq 'u') and (osNameContains eq 'Win') and (esnContains eq 'E')",
    );
  });

  test('(fixed: no empty $filter= is sent) nothing to filter gives no filter at all', () => {
    expect(applicationFilter({})).toBeUndefined();
    expect(applicationFilter({ filter: '', app_names: [] })).toBeUndefined();
    expect(encodeQuery({ filter: applicationFilter({}) })).toBe('');
  });

  test("(fixed: quotes are escaped) O'Brien cannot end the literal early", () => {
    expect(applicationFilter({ user_names: ["O'Brien"] })).toBe("userNameContains eq 'O''Brien'");
  });

  test('(fixed: a user or-expression cannot leak) (a) or (b) is parenthesised as a whole', () => {
    expect(applicationFilter({ filter: "(appName eq 'a') or (appName eq 'b')", os: ['Mac'] })).toBe(
      "((appName eq 'a') or (appName eq 'b')) and (osNameContains eq 'Mac')",
    );
  });

  test('an already wrapped expression is not wrapped again; parentheses inside literals do not count', () => {
    expect(allOf(["(appName eq 'a' or appName eq 'b')", "appName eq ')('"])).toBe(
      "(appName eq 'a' or appName eq 'b') and (appName eq ')(')",
    );
    expect(allOf(["(appName eq 'x)' or appName eq '(y')", 'b eq 1'])).toBe("(appName eq 'x)' or appName eq '(y') and (b eq 1)");
  });
});

describe('parse_return_fields (#20) → select in the encoded query', () => {
  test('no fields and no filter: nothing', () => {
    expect(encodeQuery({ filter: undefined, select: undefined })).toBe('');
  });

  test('a filter alone', () => {
    expect(encodeQuery({ filter: "accountUid eq '1'" })).toBe('filter=accountUid%20eq%20%271%27');
  });

  test('(fixed: v3 parameter names, no $) one field with a filter', () => {
    expect(encodeQuery({ filter: "accountUid eq '1'", select: 'accountUid' })).toBe('filter=accountUid%20eq%20%271%27&select=accountUid');
  });

  test('two fields with a filter, and without one', () => {
    expect(encodeQuery({ filter: "accountUid eq '1'", select: 'deviceUid,accountUid' })).toBe(
      'filter=accountUid%20eq%20%271%27&select=deviceUid%2CaccountUid',
    );
    expect(encodeQuery({ filter: undefined, select: 'deviceUid,accountUid' })).toBe('select=deviceUid%2CaccountUid');
  });
});
