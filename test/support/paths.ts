import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');
export const BUNDLE = join(REPO_ROOT, 'dist', 'absolute.cjs');
export const MANIFEST = join(REPO_ROOT, 'Integrations', 'Absolute', 'Absolute.yml');
