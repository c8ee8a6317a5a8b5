import type * as Registry from '../../Integrations/Absolute/src/commands/registry';
import { allCommands, commandNames, COMMAND_FAMILIES, findCommand } from '../../Integrations/Absolute/src/commands/registry';

describe('command registry', () => {
  test.each(COMMAND_FAMILIES.map((f) => [f.names.join(', '), f] as const))(
    'family %s defines exactly the names it lists, in order',
    (_names, family) => {
      expect(family.load().map((c) => c.name)).toEqual([...family.names]);
    },
  );

  test('every command name is listed once', () => {
    expect(new Set(commandNames()).size).toBe(commandNames().length);
    expect(allCommands().map((c) => c.name)).toEqual(commandNames());
  });

  test('findCommand finds each command and nothing else', () => {
    for (const name of commandNames()) expect(findCommand(name)?.name).toBe(name);
    expect(findCommand('absolute-no-such-command')).toBeUndefined();
    expect(findCommand('constructor')).toBeUndefined();
  });

  test('finding a command loads only its own family', () => {
    const loaded: string[] = [];
    jest.isolateModules(() => {
      for (const family of [
        'devices',
        'export',
        'freeze',
        'unenroll',
        'inventory',
        'events',
        'wipe',
        'missing',
        'user-message',
        'device-groups',
      ]) {
        jest.doMock(`../../Integrations/Absolute/src/commands/${family}`, () => {
          loaded.push(family);
          return jest.requireActual<Record<string, unknown>>(`../../Integrations/Absolute/src/commands/${family}`);
        });
      }
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const registry = require('../../Integrations/Absolute/src/commands/registry') as typeof Registry;
      expect(registry.findCommand('test-module')?.name).toBe('test-module');
      expect(loaded).toEqual([]);
      expect(registry.findCommand('absolute-device-unenroll')?.name).toBe('absolute-device-unenroll');
      expect(loaded).toEqual(['unenroll']);
    });
  });
});
