import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The parts of the integration manifest that tooling reads. */
export interface ManifestArgument {
  name: string;
  description: string;
  required?: boolean;
  isArray?: boolean;
  defaultValue?: string | number | boolean;
  auto?: string;
  predefined?: string[];
  secret?: boolean;
  hidden?: boolean;
  default?: boolean;
}

export interface ManifestOutput {
  contextPath: string;
  description: string;
  type?: string;
}

export interface ManifestCommand {
  name: string;
  description: string;
  arguments?: ManifestArgument[];
  outputs?: ManifestOutput[];
  execution?: boolean;
  polling?: boolean;
}

export interface ManifestParam {
  name: string;
  display?: string;
  displaypassword?: string;
  type: number;
  required?: boolean;
  defaultvalue?: unknown;
  additionalinfo?: string;
  hidden?: boolean | string[];
}

export interface Manifest {
  name: string;
  display: string;
  description: string;
  configuration: ManifestParam[];
  script: { commands: ManifestCommand[]; isfetchevents?: boolean };
  tests?: string[];
}

export function readManifest(path: string): Manifest {
  return parse(readFileSync(path, 'utf8')) as Manifest;
}
