import type { ContextStore } from './context-store';
import { PlaybookError } from './errors';
import type { ArgValue, Playbook } from './playbook-schema';
import { resolveValue, type Scope } from './values';

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const hasValue = (v: ArgValue | null | undefined): v is ArgValue =>
  !!v && (v.complex != null || (v.simple !== undefined && v.simple !== null));

/**
 * A playbook's input values. Precedence: an explicit override (--input), then the value the calling
 * task passes, then the input's own default. Defaults and passed values are evaluated in `scope`
 * (the caller's context for a sub-playbook).
 */
export function resolveInputs(
  playbook: Playbook,
  scope: Scope,
  passed: Readonly<Record<string, ArgValue | null>> = {},
  overrides: Readonly<Record<string, string>> = {},
): Record<string, unknown> {
  const declared = new Set((playbook.inputs ?? []).map((i) => i.key));
  for (const key of [...Object.keys(passed), ...Object.keys(overrides)]) {
    if (!declared.has(key))
      throw new PlaybookError(`playbook "${playbook.name}" has no input "${key}" (inputs: ${[...declared].join(', ') || 'none'})`);
  }
  const inputs: Record<string, unknown> = {};
  for (const input of playbook.inputs ?? []) {
    const given = passed[input.key];
    const value =
      input.key in overrides ? overrides[input.key] : hasValue(given) ? resolveValue(scope, given) : resolveValue(scope, input.value);
    if (input.required && isEmpty(value)) throw new PlaybookError(`playbook "${playbook.name}" needs input "${input.key}"`);
    if (!isEmpty(value)) inputs[input.key] = value;
  }
  return inputs;
}

/** The declared output paths, minus those already covered by a declared parent path. */
function outputRoots(playbook: Playbook): string[] {
  const paths = [...new Set((playbook.outputs ?? []).map((o) => o.contextPath))];
  return paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(`${q}.`)));
}

/** Copies a separate-context sub-playbook's declared outputs into the caller's context. */
export function copyOutputs(playbook: Playbook, from: ContextStore, to: ContextStore): string[] {
  const copied: string[] = [];
  for (const path of outputRoots(playbook)) {
    const value = from.get(path);
    if (value === undefined) continue;
    to.mergeValue(path, value);
    copied.push(path);
  }
  return copied;
}

/** The declared outputs' values after a run (absent ones omitted). */
export function readOutputs(playbook: Playbook, context: ContextStore): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { contextPath } of playbook.outputs ?? []) {
    const value = context.get(contextPath);
    if (value !== undefined) out[contextPath] = value;
  }
  return out;
}
