import { z } from 'zod';
import { lazySchema, record } from '../reply-schema';

/**
 * What a permission probe reads of its reply: a list of records, and whether a device carries
 * `geoData` (the API leaves it out, silently, for a token without the geolocation permission).
 */
export const probeReplySchema = lazySchema(() => z.array(record({ geoData: z.unknown().optional() })));
