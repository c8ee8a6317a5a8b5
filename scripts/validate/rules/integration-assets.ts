import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { integrationViews, type IntegrationView } from '../integration-model';
import type { PackContents } from '../pack-loader';
import { readPngHeader } from '../png-header';
import type { Issue, RuleDef } from '../types';

const IMAGE_WIDTH = 120;
const IMAGE_HEIGHT = 50;
const IMAGE_MAX_BYTES = 10 * 1024;

function imageFile(view: IntegrationView): string {
  return `${view.dir}/${view.baseName}_image.png`;
}

function hasFile(pack: PackContents, view: IntegrationView, name: string): boolean {
  return pack.integrations.some((folder) => folder.dir === view.dir && folder.files.includes(name));
}

/** Reads the image only when it exists, so each IM rule reports exactly one kind of problem. */
function eachImage(pack: PackContents, visit: (file: string, bytes: Buffer) => Issue | undefined): Issue[] {
  return integrationViews(pack).flatMap((view) => {
    if (!hasFile(pack, view, `${view.baseName}_image.png`)) return [];
    const file = imageFile(view);
    const issue = visit(file, readFileSync(join(pack.root, file)));
    return issue ? [issue] : [];
  });
}

/** The description file and logo that sit next to each integration manifest. */
export const integrationAssetRules: RuleDef[] = [
  {
    code: 'DS104',
    title: '<Name>_description.md exists and is not empty',
    check: (pack) =>
      integrationViews(pack).flatMap((view) => {
        const name = `${view.baseName}_description.md`;
        const file = `${view.dir}/${name}`;
        if (!hasFile(pack, view, name))
          return [{ file, message: `description file is missing; create ${file} with the configuration help` }];
        return readFileSync(join(pack.root, file), 'utf8').trim() === '' ? [{ file, message: 'description file is empty' }] : [];
      }),
  },
  {
    code: 'IM100',
    title: '<Name>_image.png exists',
    check: (pack) =>
      integrationViews(pack)
        .filter((view) => !hasFile(pack, view, `${view.baseName}_image.png`))
        .map((view) => ({ file: imageFile(view), message: `integration logo is missing; add a ${IMAGE_WIDTH}x${IMAGE_HEIGHT} PNG` })),
  },
  {
    code: 'IM103',
    title: 'The logo is a PNG',
    check: (pack) => eachImage(pack, (file, bytes) => (readPngHeader(bytes) ? undefined : { file, message: 'the logo is not a PNG file' })),
  },
  {
    code: 'IM111',
    title: `The logo is exactly ${IMAGE_WIDTH}x${IMAGE_HEIGHT} pixels`,
    check: (pack) =>
      eachImage(pack, (file, bytes) => {
        const header = readPngHeader(bytes);
        if (!header || (header.width === IMAGE_WIDTH && header.height === IMAGE_HEIGHT)) return undefined;
        return { file, message: `the logo is ${header.width}x${header.height}; it must be exactly ${IMAGE_WIDTH}x${IMAGE_HEIGHT}` };
      }),
  },
  {
    code: 'IM101',
    title: 'The logo is at most 10 KB',
    check: (pack) =>
      eachImage(pack, (file, bytes) =>
        bytes.length <= IMAGE_MAX_BYTES
          ? undefined
          : { file, message: `the logo is ${bytes.length} bytes; the limit is ${IMAGE_MAX_BYTES} bytes (10 KB)` },
      ),
  },
];
