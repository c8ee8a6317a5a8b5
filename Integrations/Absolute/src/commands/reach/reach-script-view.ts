import type { ApiReachScript, ApiScriptParam, ReachPlatform } from '../../absolute/api/reach';
import type { JsonObject } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { compact, str } from '../shared';

/** The operating systems a script declares, keeping only the two Reach knows. */
export function supportedPlatforms(script: ApiReachScript): ReachPlatform[] {
  const declared = Array.isArray(script.supportedOS) ? script.supportedOS.map((v) => str(v)) : [];
  return (['Windows', 'Mac'] as const).filter((p) => declared.includes(p));
}

/** Parameters the script requires on one operating system. */
export function requiredParams(script: ApiReachScript, platform: ReachPlatform): string[] {
  const params = (platform === 'Windows' ? script.winScriptParams : script.macScriptParams) ?? [];
  return params.filter((p) => p.required === true).flatMap((p) => (str(p.paramName) ? [String(p.paramName)] : []));
}

export function scriptContext(script: ApiReachScript): JsonObject {
  return compact({
    ScriptUID: script.scriptUid,
    ScriptName: script.scriptName,
    Description: script.description,
    ScriptType: script.scriptType,
    SupportedOS: supportedPlatforms(script),
    CreatedDateTime: script.createdDateTime,
    LastModifiedDateTime: script.lastModifiedDateTime,
    WindowsFileName: script.winScript?.fileName,
    WindowsCommandLine: script.winScript?.scriptOption?.commandLine,
    WindowsParameters: (script.winScriptParams ?? []).map(paramContext),
    MacFileName: script.macScript?.fileName,
    MacCommandLine: script.macScript?.scriptOption?.commandLine,
    MacParameters: (script.macScriptParams ?? []).map(paramContext),
  });
}

function paramContext(param: ApiScriptParam): JsonObject {
  return compact({ Name: param.paramName, Type: param.type, Required: param.required ?? false, HelpMessage: param.helpMessage });
}

export function scriptsTable(title: string, scripts: readonly ApiReachScript[]): string {
  const rows = scripts.map((s) => ({
    'Script UID': str(s.scriptUid) ?? '',
    'Script Name': str(s.scriptName) ?? '',
    'Script Type': str(s.scriptType) ?? '',
    'Supported OS': supportedPlatforms(s).join(', '),
    'Required Parameters': describeRequired(s),
    Description: str(s.description) ?? '',
  }));
  return tableToMarkdown(title, rows, {
    headers: ['Script UID', 'Script Name', 'Script Type', 'Supported OS', 'Required Parameters', 'Description'],
  });
}

function describeRequired(script: ApiReachScript): string {
  const parts = supportedPlatforms(script).flatMap((p) => {
    const names = requiredParams(script, p);
    return names.length > 0 ? [`${p}: ${names.join(', ')}`] : [];
  });
  return parts.join('; ');
}
