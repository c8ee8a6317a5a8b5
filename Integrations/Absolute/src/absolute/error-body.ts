import { z } from 'zod';
import type { ApiErrorDetail } from './errors';
import { lazySchema } from './reply-schema';

/** Text of an error reply that the analyst will read: blank counts as absent, long text is cut short. */
const quoted = (max: number) =>
  z
    .string()
    .refine((v) => v.trim() !== '')
    .transform((v) => v.slice(0, max))
    .optional()
    .catch(undefined);

/**
 * The documented error envelope (`code`, `message`, `details[]`), read leniently: the status alone
 * already says what happened, so a member of the wrong type is left out rather than failing the
 * error itself. Each detail keeps only its text members, each cut short: a detail is quoted in the
 * analyst's error message, where an object member read "[object Object]" and a huge one buried it.
 */
const errorBodySchema = lazySchema(() =>
  z
    .object({
      code: z.string().optional().catch(undefined),
      message: z
        .string()
        .transform((v) => v.slice(0, 500))
        .optional()
        .catch(undefined),
      details: z
        .array(
          z
            .object({ message: quoted(200), field: quoted(200), code: quoted(200) })
            .nullable()
            .catch(null),
        )
        .optional()
        .catch(undefined),
    })
    .catch({}),
);

export interface ErrorBody {
  code: string | undefined;
  apiMessage: string | undefined;
  details: ApiErrorDetail[];
}

/** What an error reply says about itself; a body that is not JSON (a proxy's HTML page) says nothing. */
export function readErrorBody(text: string): ErrorBody {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { code: undefined, apiMessage: undefined, details: [] };
  }
  const body = errorBodySchema().parse(json);
  const details = (body.details ?? []).flatMap((d) => {
    const kept: ApiErrorDetail = {};
    for (const key of ['message', 'field', 'code'] as const) {
      const value = d?.[key];
      if (value) kept[key] = value;
    }
    return Object.keys(kept).length > 0 ? [kept] : [];
  });
  return { code: body.code, apiMessage: body.message, details: details.slice(0, 20) };
}
