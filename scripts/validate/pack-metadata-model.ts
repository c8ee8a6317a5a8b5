import type { PackContents } from './pack-loader';
import { asRecord, type DataRecord } from './read-data';

export const METADATA_FILE = 'pack_metadata.json';

/** The parsed metadata object, or undefined when the file is missing or not a JSON object (other rules report that). */
export function metadataRecord(pack: PackContents): DataRecord | undefined {
  return asRecord(pack.metadata?.data);
}
