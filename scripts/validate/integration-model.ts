import { basename } from 'node:path';
import type { PackContents } from './pack-loader';
import { asArray, asRecord, type DataRecord } from './read-data';

/** A list entry that is a mapping, with its index so findings can point at it. */
export interface Indexed {
  index: number;
  raw: DataRecord;
}

export interface CommandView extends Indexed {
  args: Indexed[];
  outputs: Indexed[];
}

/** An integration manifest that parsed to a mapping, with its lists pre-split for the rules. */
export interface IntegrationView {
  /** Pack-relative path of the `.yml`. */
  file: string;
  /** Pack-relative folder holding it. */
  dir: string;
  /** File name without `.yml`: the prefix of `<Name>_description.md` and `<Name>_image.png`. */
  baseName: string;
  data: DataRecord;
  params: Indexed[];
  commands: CommandView[];
}

function indexed(list: unknown): Indexed[] {
  return asArray(list).flatMap((item, index) => {
    const raw = asRecord(item);
    return raw ? [{ index, raw }] : [];
  });
}

export function integrationViews(pack: PackContents): IntegrationView[] {
  return pack.integrations.flatMap((folder) =>
    folder.manifests.flatMap((manifest) => {
      const data = asRecord(manifest.data);
      if (!data) return [];
      const commands = indexed(asRecord(data['script'])?.['commands']).map((command) => ({
        ...command,
        args: indexed(command.raw['arguments']),
        outputs: indexed(command.raw['outputs']),
      }));
      return [
        {
          file: manifest.file,
          dir: folder.dir,
          baseName: basename(manifest.file, '.yml'),
          data,
          params: indexed(data['configuration']),
          commands,
        },
      ];
    }),
  );
}
