/** A Reach Library script as the simulator keeps it (plain data, so the state can be saved). */
export interface ReachScriptRecord {
  scriptUid: string;
  scriptName: string;
  description: string;
  scriptType: 'Absolute' | 'Custom';
  supportedOS: Array<'Windows' | 'Mac'>;
  createdDateTime: string;
  lastModifiedDateTime: string;
  winScriptParams: ScriptParamRecord[];
  macScriptParams: ScriptParamRecord[];
  winScript?: OsScriptRecord;
  macScript?: OsScriptRecord;
}

export interface ScriptParamRecord {
  paramName: string;
  helpMessage: string;
  required: boolean;
  type: string;
}

export interface OsScriptRecord {
  fileName: string;
  content: string;
  scriptOption: {
    maxRunTime: number;
    maxRunTimeUnit: 'minute' | 'hour';
    displayMode: 'Hidden' | 'Maximized' | 'Minimized';
    runPrivileges: 'Administrator' | 'LoggedInUser';
    runWhen: 'UserIsOrIsNotSignedIn' | 'UserIsSignedIn' | 'NoUserIsSignedIn';
    commandLine: string;
    alwaysRun32bits: boolean;
    startupDir: string;
  };
}

const WIN_DIR = 'C:\\ProgramData\\Absolute\\Reach';
const MAC_DIR = '/Library/Application Support/Absolute/Reach';

/** The seeded scripts all run hidden, as administrator, signed-in user or not, from the agent's Reach folder. */
function scriptFor(startupDir: string) {
  return (fileName: string, commandLine: string, content: string, maxRunTime = 30): OsScriptRecord => ({
    fileName,
    content,
    scriptOption: {
      maxRunTime,
      maxRunTimeUnit: 'minute',
      displayMode: 'Hidden',
      runPrivileges: 'Administrator',
      runWhen: 'UserIsOrIsNotSignedIn',
      commandLine,
      alwaysRun32bits: false,
      startupDir,
    },
  });
}

const windows = scriptFor(WIN_DIR);
const mac = scriptFor(MAC_DIR);

function param(paramName: string, helpMessage: string, required: boolean, type = 'String'): ScriptParamRecord {
  return { paramName, helpMessage, required, type };
}

/**
 * The approved scripts every simulated tenant starts with: Windows only, Mac only and both, with
 * and without required parameters. Fixed UIDs, so examples and playbooks can name them.
 */
export function seedReachScripts(epochMs: number): ReachScriptRecord[] {
  const created = new Date(epochMs - 200 * 86_400_000).toISOString();
  const modified = new Date(epochMs - 30 * 86_400_000).toISOString();
  const base = { createdDateTime: created, lastModifiedDateTime: modified };
  return [
    {
      ...base,
      scriptUid: '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e01',
      scriptName: 'Collect Evidence Bundle',
      scriptType: 'Absolute',
      supportedOS: ['Windows', 'Mac'],
      description: 'Collects running processes, network connections, recent logons and autoruns into an evidence archive.',
      winScriptParams: [param('OutputFolder', 'Where the archive is written', false)],
      macScriptParams: [param('o', 'Where the archive is written', false)],
      winScript: windows(
        'Collect-EvidenceBundle.ps1',
        '-OutputFolder "C:\\ProgramData\\Evidence"',
        'param([string]$OutputFolder = "C:\\ProgramData\\Evidence")\nGet-Process | Export-Csv "$OutputFolder\\processes.csv"\n',
        60,
      ),
      macScript: mac(
        'collect_evidence_bundle.sh',
        '-o "/var/tmp/evidence"',
        '#!/bin/bash\nwhile getopts o: flag; do case "$flag" in o) out=$OPTARG;; esac; done\nps aux > "$out/processes.txt"\n',
        60,
      ),
    },
    {
      ...base,
      scriptUid: '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e02',
      scriptName: 'Disable Local User Account',
      scriptType: 'Custom',
      supportedOS: ['Windows', 'Mac'],
      description: 'Disables a local user account so it can no longer sign in.',
      winScriptParams: [param('UserName', 'The local account to disable', true)],
      macScriptParams: [param('u', 'The local account to disable', true)],
      winScript: windows(
        'Disable-LocalUserAccount.ps1',
        '',
        'param([Parameter(Mandatory)][string]$UserName)\nDisable-LocalUser -Name $UserName\n',
      ),
      macScript: mac(
        'disable_local_user.sh',
        '',
        '#!/bin/bash\nwhile getopts u: flag; do case "$flag" in u) user=$OPTARG;; esac; done\npwpolicy -u "$user" disableuser\n',
      ),
    },
    {
      ...base,
      scriptUid: '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e03',
      scriptName: 'Remove Application',
      scriptType: 'Custom',
      supportedOS: ['Windows'],
      description: 'Uninstalls an application by its display name.',
      winScriptParams: [
        param('DisplayName', 'The application display name, as in Programs and Features', true),
        param('Force', 'Also stop running processes', false, 'Switch'),
      ],
      macScriptParams: [],
      winScript: windows(
        'Remove-Application.ps1',
        '',
        'param([Parameter(Mandatory)][string]$DisplayName, [switch]$Force)\n# uninstall logic\n',
      ),
    },
    {
      ...base,
      scriptUid: '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e04',
      scriptName: 'Collect Windows Event Logs',
      scriptType: 'Absolute',
      supportedOS: ['Windows'],
      description: 'Exports the Security, System and Application event logs of the last days.',
      winScriptParams: [param('Days', 'How many days back to export', false, 'Int32')],
      macScriptParams: [],
      winScript: windows(
        'Collect-WindowsEventLogs.ps1',
        '-Days 7',
        'param([int]$Days = 7)\nwevtutil epl Security "$env:ProgramData\\Security.evtx"\n',
      ),
    },
    {
      ...base,
      scriptUid: '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e05',
      scriptName: 'Flush DNS Cache (macOS)',
      scriptType: 'Absolute',
      supportedOS: ['Mac'],
      description: 'Flushes the DNS cache and restarts mDNSResponder.',
      winScriptParams: [],
      macScriptParams: [],
      macScript: mac('flush_dns.sh', '', '#!/bin/bash\ndscacheutil -flushcache\nkillall -HUP mDNSResponder\n', 5),
    },
  ];
}
