import { DEMO_CREDENTIALS } from './demo-credentials';
import { startSimulator } from './start-simulator';
import { DEMO_DEVICE } from './fleet/device-identity';
import type { UndocumentedInputStats } from './server/stats';

/**
 * `npm run simulator -- --port 8443 [--host 127.0.0.1] [--fleet-size N] [--seed N] [--rate-limit N|off] [--strict] [--print-es256-key]`
 *
 * `--strict` refuses (400) the undocumented inputs the real service takes (OData `$filter`, `"false"` for a
 * boolean…); without it they are accepted and counted, and the counts are printed on exit.
 *
 * Also the library entry of dist/simulator.cjs: the integration's CLI `require()`s this bundle to
 * start an embedded simulator, so the server only starts when run as the main module.
 */
export { startSimulator, DEMO_CREDENTIALS };
export { readStateFile, removeStateFile, writeStateFile } from './state/state-file';

export const SIMULATOR_USAGE = `Usage: node dist/simulator.cjs [options]     (npm run simulator -- [options])

Starts the Absolute API v3 simulator: it verifies every request's JWS (HS256 and ES256), enforces
per-token permissions, page sizes, cursors and a rate limit, and answers like the documented API.
It prints its URL and the demo credentials, then runs until Ctrl+C. Its tenant lives in memory only.

Options:
  --port N             port to listen on (default 8443; 0 picks a free one)
  --host ADDRESS       address to listen on (default 127.0.0.1)
  --fleet-size N       number of generated devices (default 2500)
  --seed N             seed of the generated fleet and ids (default 42)
  --rate-limit N|off   requests per token per sliding second (default 20)
  --strict             refuse (400) the undocumented inputs the real API takes (OData $filter,
                       "false" for a boolean…); without it they are accepted, counted, and
                       listed on exit
  --print-es256-key    also print the demo ES256 private key
  -h, --help           this text`;

interface CliOptions {
  help: boolean;
  host: string;
  port: number;
  fleetSize?: number;
  seed?: number;
  rateLimit: number | false;
  strict: boolean;
  printEs256Key: boolean;
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { help: false, host: '127.0.0.1', port: 8443, rateLimit: 20, strict: false, printEs256Key: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    const integer = (): number => {
      const text = value();
      if (!/^\d+$/.test(text)) throw new Error(`${flag} needs a non-negative integer, got ${text}`);
      return Number(text);
    };
    if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--host') options.host = value();
    else if (flag === '--port') options.port = integer();
    else if (flag === '--fleet-size') options.fleetSize = integer();
    else if (flag === '--seed') options.seed = integer();
    else if (flag === '--rate-limit') {
      const text = value();
      options.rateLimit = text === 'off' ? false : Number(text);
      if (options.rateLimit !== false && !(Number.isInteger(options.rateLimit) && options.rateLimit > 0))
        throw new Error('--rate-limit needs a positive integer or off');
    } else if (flag === '--strict') options.strict = true;
    else if (flag === '--print-es256-key') options.printEs256Key = true;
    else throw new Error(`unknown option ${flag} (see --help)`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseCliArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${SIMULATOR_USAGE}
`);
    return;
  }
  const { host, port, fleetSize, seed, strict } = options;
  const sim = await startSimulator({ host, port, fleetSize, seed, rateLimitPerSecond: options.rateLimit, strict });
  const lines = [
    `Absolute API v3 simulator listening on ${sim.url}  (POST ${sim.url}/jws/validate)`,
    `fleet: ${sim.state.fleet.size} devices, seed ${sim.state.fleet.seed}; demo device ${DEMO_DEVICE.deviceName} (${DEMO_DEVICE.deviceUid})`,
    strict ? 'strict: undocumented inputs are refused with 400' : 'lenient: undocumented inputs the API takes are accepted and counted',
    'Demo credentials (public, simulator only):',
    `  HS256 token id : ${DEMO_CREDENTIALS.hs256.tokenId}`,
    `  HS256 secret   : ${DEMO_CREDENTIALS.hs256.secretKey}`,
    `  ES256 token id : ${DEMO_CREDENTIALS.es256.tokenId}`,
    options.printEs256Key
      ? `  ES256 private key (PKCS#8):\n${DEMO_CREDENTIALS.es256.privateKeyPem}`
      : '  ES256 private key: simulator/demo-credentials.ts (DEMO_CREDENTIALS.es256.privateKeyPem), or rerun with --print-es256-key',
    'Press Ctrl+C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = () => {
    process.stdout.write(`${undocumentedSummary(sim.stats().undocumentedInputs)}\n`);
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** What the run accepted or refused beyond the documented API, one line per input. */
export function undocumentedSummary(inputs: UndocumentedInputStats): string {
  const tally = inputs.strict ? inputs.refused : inputs.accepted;
  const verb = inputs.strict ? 'refused' : 'accepted';
  const lines = [`undocumented inputs ${verb}: ${tally.total}`];
  for (const [input, count] of Object.entries(tally.byInput).sort()) lines.push(`  ${count} x ${input}`);
  return lines.join('\n');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`simulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
}
