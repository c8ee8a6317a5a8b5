import type { CliArgs } from './cli-args';
import type { CatalogCommand } from './command-catalog';

/** What the confirmation needs from the terminal. */
export interface Asker {
  err: (text: string) => void;
  ask: (question: string) => Promise<string>;
}

/** A dry run (wipe's dry_run=true) changes nothing, so it needs no confirmation. */
export function needsConfirmation(command: CatalogCommand, cli: CliArgs): boolean {
  return command.execution && !cli.yes && !/^(true|yes|1)$/i.test(cli.args['dry_run'] ?? '');
}

export function refusalText(command: string): string {
  return (
    `${command} changes the tenant, and there is no terminal to ask on: nothing was done.\n` +
    'Rerun it with --yes to confirm (or on a terminal, to be asked; --help shows what it does).'
  );
}

/**
 * Shows what the command will act on (its own account, or else the arguments given, secrets
 * masked) and asks y/N. Only "y" or "yes" proceeds.
 */
export function terminalConfirmation(command: CatalogCommand, cli: CliArgs, io: Asker) {
  return async (describeTargets: () => Promise<string | undefined>): Promise<boolean> => {
    const targets = (await describeTargets()) ?? listArguments(command, cli.args);
    io.err(`\n${command.name} changes the tenant. It will act on:\n${indent(targets)}\n\n`);
    const answer = await io.ask('Proceed? [y/N] ');
    const yes = /^\s*y(es)?\s*$/i.test(answer);
    if (!yes) io.err('Not confirmed: nothing was done.\n');
    return yes;
  };
}

function listArguments(command: CatalogCommand, args: Readonly<Record<string, string>>): string {
  const secret = new Set(command.arguments.filter((a) => a.secret).map((a) => a.name));
  const lines = Object.entries(args).map(([name, value]) => `${name} = ${secret.has(name) ? '********' : value}`);
  return lines.length > 0 ? `the arguments:\n${lines.join('\n')}` : 'no arguments';
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
