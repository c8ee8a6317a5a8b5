import { DEPRECATED_IMAGES, NATIVE_IMAGE_REPOSITORY, PUBLISHED_TAGS } from '../docker-image-data';
import { isPublishedTagShape, parseImageRef, type ImageRef } from '../docker-image-ref';
import { integrationViews, type IntegrationView } from '../integration-model';
import { asRecord, asString } from '../read-data';
import type { Issue, RuleDef } from '../types';

/** Python and PowerShell run in containers; JavaScript runs in the server and skips every docker rule. */
const CONTAINER_TYPES = new Set(['python', 'powershell']);
const WHERE = 'script.dockerimage';

interface DockerView {
  view: IntegrationView;
  type: string;
  ref?: ImageRef;
}

function dockerViews(pack: Parameters<RuleDef['check']>[0]): DockerView[] {
  return integrationViews(pack).flatMap((view) => {
    const script = asRecord(view.data['script']);
    const type = asString(script?.['type']) ?? '';
    if (!CONTAINER_TYPES.has(type)) return [];
    const image = asString(script?.['dockerimage'])?.trim();
    return [{ view, type, ref: image ? parseImageRef(image) : undefined }];
  });
}

/** A rule over the integrations that name an image: `visit` returns a message when the image breaks it. */
function eachImage(visit: (ref: ImageRef) => string | undefined): RuleDef['check'] {
  return (pack) =>
    dockerViews(pack).flatMap(({ view, ref }): Issue[] => {
      const message = ref ? visit(ref) : undefined;
      return message === undefined ? [] : [{ file: view.file, where: WHERE, message }];
    });
}

const hasUsableTag = (ref: ImageRef): ref is ImageRef & { tag: string } => ref.tag !== undefined && ref.tag !== 'latest';

/**
 * demisto-sdk's docker rules (DO_validators) that can be decided offline. DO103 and DO106 need
 * Docker Hub and demisto/dockerfiles-info there; here they check the tag's shape and the vendored
 * list of published tags (docker-image-data.ts) instead.
 */
export const integrationDockerRules: RuleDef[] = [
  {
    code: 'DO104',
    title: 'Python and PowerShell integrations name a Docker image',
    check: (pack) =>
      dockerViews(pack)
        .filter(({ ref }) => ref === undefined)
        .map(({ view, type }) => ({
          file: view.file,
          where: WHERE,
          message:
            `Python and Powershell content run in containers: this ${type} integration is missing a docker image ` +
            '(for example demisto/python3:<tag>).',
        })),
  },
  {
    code: 'DO100',
    title: 'The Docker image has a versioned tag, never latest',
    check: eachImage((ref) =>
      hasUsableTag(ref)
        ? undefined
        : `docker image ${ref.image} has the 'latest' tag${ref.tag ? '' : ' (no tag means latest)'}, ` +
          'which is not allowed; use a versioned tag.',
    ),
  },
  {
    code: 'DO101',
    title: 'The Docker image is a demisto/ or demistoextended/ image',
    check: eachImage((ref) =>
      /^(demisto|demistoextended)\//.test(ref.repository)
        ? undefined
        : `docker image ${ref.image} is not a valid docker-image, docker-image should start with demisto/ or demistoextended/ ` +
          '(the platform pulls only those; a custom image must be loaded by hand on every engine).',
    ),
  },
  {
    code: 'DO102',
    title: 'The Docker image is not the native image',
    check: eachImage((ref) =>
      ref.repository !== NATIVE_IMAGE_REPOSITORY ? undefined : `The docker image ${ref.image} is native-image, do not use a native-image.`,
    ),
  },
  {
    code: 'DO103',
    title: 'The Docker image tag is a published one (offline: its shape and the vendored tag list)',
    check: eachImage((ref) => {
      if (!hasUsableTag(ref)) return undefined; // DO100's finding
      if (!isPublishedTagShape(ref.tag)) {
        return (
          `docker image ${ref.image} does not have a published tag: ` +
          'demisto/dockerfiles tags are <version>.<build number> (digits and dots).'
        );
      }
      const known = PUBLISHED_TAGS[ref.repository];
      return known === undefined || known.includes(ref.tag)
        ? undefined
        : `docker image ${ref.image} is not a published tag of ${ref.repository} (known: ${known.join(', ')}).`;
    }),
  },
  {
    code: 'DO105',
    title: 'The Docker image is not deprecated',
    check: eachImage((ref) => {
      const reason = DEPRECATED_IMAGES[ref.repository];
      return reason === undefined ? undefined : `The ${ref.image} docker image is deprecated, ${reason}`;
    }),
  },
  {
    code: 'DO106',
    title: 'The Docker image uses the newest published tag (offline: the vendored tag list)',
    severity: 'warning',
    check: eachImage((ref) => {
      const newest = PUBLISHED_TAGS[ref.repository]?.[0];
      const known = PUBLISHED_TAGS[ref.repository] ?? [];
      if (newest === undefined || !hasUsableTag(ref) || !known.includes(ref.tag) || ref.tag === newest) return undefined;
      return `docker image ${ref.image} is not the latest tag; the latest is ${ref.repository}:${newest}.`;
    }),
  },
];
