import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE24 } from '../../support/run-node';

export { NODE24 };

export type NodeChoice = 'node20' | 'node24' | 'none';

/** The Node.js versions the bridge suites run the runner on: the development machine's and the image's. */
export const NODE_VERSIONS: ReadonlyArray<{ label: string; node: NodeChoice }> = [
  { label: `Node ${process.versions.node} (development)`, node: 'node20' },
  { label: 'Node 24.18.1 (the platform image)', node: 'node24' },
];

/**
 * Folders to use as PATH: each holds only a `node` link to the chosen binary ('none': an empty
 * folder), so the bridge finds exactly that Node.js, as it finds the image's on the platform.
 */
export class NodeBins {
  private readonly root = mkdtempSync(join(tmpdir(), 'bridge-node-bins-'));

  pathFor(choice: NodeChoice): string {
    const dir = join(this.root, choice);
    if (!existsSync(dir)) {
      mkdirSync(dir);
      if (choice !== 'none') symlinkSync(choice === 'node24' ? NODE24 : process.execPath, join(dir, 'node'));
    }
    return dir;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
