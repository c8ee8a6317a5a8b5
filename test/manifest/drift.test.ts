import { allCommands } from '../../Integrations/Absolute/src/commands/registry';
import { paramsSchema } from '../../Integrations/Absolute/src/runtime/params';
import { readManifest, type ManifestArgument } from '../../scripts/docs/manifest';
import { MANIFEST } from '../support/paths';

const manifest = readManifest(MANIFEST);
const COMMANDS = allCommands();
/** Commands the platform runs without a manifest entry. */
const IMPLICIT = new Set(['test-module', 'fetch-events']);
/** Parameters the platform itself consumes; the code never reads them. */
const PLATFORM_PARAMS = new Set(['eventFetchInterval']);

describe('manifest ↔ code drift', () => {
  test('the manifest declares exactly the registered commands', () => {
    const declared = manifest.script.commands.map((c) => c.name).sort();
    const registered = COMMANDS.map((c) => c.name)
      .filter((n) => !IMPLICIT.has(n))
      .sort();
    expect(declared).toEqual(registered);
    expect(new Set(declared).size).toBe(declared.length);
  });

  const cases = manifest.script.commands.flatMap((command) => {
    const definition = COMMANDS.find((c) => c.name === command.name);
    return definition ? [[command.name, command.arguments ?? [], definition] as const] : [];
  });

  test.each(cases)('%s: arguments agree with the zod specs', (_name, declared, definition) => {
    expect(declared.map((a) => a.name).sort()).toEqual(Object.keys(definition.args).sort());
    for (const arg of declared) {
      const meta = definition.args[arg.name]?.meta;
      expect({ name: arg.name, ...normalise(arg) }).toEqual({ name: arg.name, ...normaliseMeta(meta) });
    }
  });

  test.each(cases)('%s: required and default behave as declared when parsed', (_name, declared, definition) => {
    for (const arg of declared) {
      const spec = definition.args[arg.name];
      if (!spec) throw new Error(`no spec for ${arg.name}`);
      const parsed = spec.schema.safeParse(undefined);
      if (arg.required) expect(parsed.success).toBe(false);
      else if (arg.defaultValue !== undefined) expect(String(parsed.success && parsed.data)).toBe(String(arg.defaultValue));
      for (const value of arg.predefined ?? []) expect(spec.schema.safeParse(value).success).toBe(true);
    }
  });

  test('every instance parameter is read by the params schema, and every schema key is declared', () => {
    const declared = manifest.configuration
      .map((p) => p.name)
      .filter((n) => !PLATFORM_PARAMS.has(n))
      .sort();
    expect(declared).toEqual(Object.keys(paramsSchema.shape).sort());
  });
});

function normalise(arg: ManifestArgument) {
  return {
    required: arg.required ?? false,
    isArray: arg.isArray ?? false,
    defaultValue: arg.defaultValue === undefined ? undefined : String(arg.defaultValue),
    predefined: arg.predefined,
    secret: arg.secret ?? false,
    hidden: arg.hidden ?? false,
  };
}

function normaliseMeta(meta: (typeof COMMANDS)[number]['args'][string]['meta'] | undefined) {
  return {
    required: meta?.required ?? false,
    isArray: meta?.isArray ?? false,
    defaultValue: meta?.defaultValue,
    predefined: meta?.predefined ? [...meta.predefined] : undefined,
    secret: meta?.secret ?? false,
    hidden: meta?.hidden ?? false,
  };
}
