import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonFile, readYamlFile, type DataFile } from './data-file';

export interface IntegrationFolder {
  /** Pack-relative folder, e.g. `Integrations/Absolute`. */
  dir: string;
  name: string;
  /** Every `*.yml` directly in the folder (sub-folders such as `dist/` or `src/` are not looked at). */
  manifests: DataFile[];
  /** Names of the regular files directly in the folder. */
  files: readonly string[];
}

export interface TextFile {
  file: string;
  text: string;
}

/** Everything the rules look at, read once. Paths are pack-relative with `/` separators. */
export interface PackContents {
  /** Absolute path of the pack root. */
  root: string;
  integrations: IntegrationFolder[];
  playbooks: DataFile[];
  testPlaybooks: DataFile[];
  /** Undefined when `pack_metadata.json` does not exist. */
  metadata?: DataFile;
  /** Non-hidden files in `ReleaseNotes/`, any extension. */
  releaseNotes: TextFile[];
  readme?: TextFile;
}

function listDir(absolute: string, want: 'file' | 'dir'): string[] {
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute)
    .filter((name) => !name.startsWith('.'))
    .filter((name) => {
      const stat = statSync(join(absolute, name));
      return want === 'file' ? stat.isFile() : stat.isDirectory();
    })
    .sort();
}

function readYamlFolder(root: string, folder: string): DataFile[] {
  return listDir(join(root, folder), 'file')
    .filter((name) => name.endsWith('.yml'))
    .map((name) => readYamlFile(join(root, folder, name), `${folder}/${name}`));
}

function readIntegration(root: string, name: string): IntegrationFolder {
  const dir = `Integrations/${name}`;
  return { dir, name, manifests: readYamlFolder(root, dir), files: listDir(join(root, dir), 'file') };
}

/** Reads the parts of a pack that the validator checks; missing folders simply yield empty lists. */
export function loadPack(root: string): PackContents {
  const metadataPath = join(root, 'pack_metadata.json');
  const readmePath = join(root, 'README.md');
  return {
    root,
    integrations: listDir(join(root, 'Integrations'), 'dir').map((name) => readIntegration(root, name)),
    playbooks: readYamlFolder(root, 'Playbooks'),
    testPlaybooks: readYamlFolder(root, 'TestPlaybooks'),
    metadata: existsSync(metadataPath) ? readJsonFile(metadataPath, 'pack_metadata.json') : undefined,
    releaseNotes: listDir(join(root, 'ReleaseNotes'), 'file').map((name) => ({
      file: `ReleaseNotes/${name}`,
      text: readFileSync(join(root, 'ReleaseNotes', name), 'utf8'),
    })),
    readme: existsSync(readmePath) ? { file: 'README.md', text: readFileSync(readmePath, 'utf8') } : undefined,
  };
}
