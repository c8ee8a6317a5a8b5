/**
 * Which Docker image the unified integration names.
 *
 * Default: the image in the manifest's `script.dockerimage` (Integrations/Absolute/Absolute.yml),
 * the one place the pack names it. It is an official demisto/ image that has Node.js, and the
 * bridge carries the runner bundle itself.
 *
 * Own-image variant: the image built from the repository's Dockerfile, which holds the bundle at
 * /opt/absolute/absolute.cjs. It is not on Docker Hub, so its tag follows the pack version to keep
 * the image and the YAML that names it in step.
 */
export const OWN_IMAGE_REPOSITORY = 'absolute-secure-endpoint';

export function ownImageFor(packVersion: string): string {
  return `${OWN_IMAGE_REPOSITORY}:${packVersion}`;
}

/** The manifest's `script.dockerimage`; the unified file cannot be made without it. */
export function manifestDockerImage(script: Readonly<Record<string, unknown>>): string {
  const image = script['dockerimage'];
  if (typeof image !== 'string' || image.trim() === '') {
    throw new Error('the manifest has no script.dockerimage; name the platform image there (for example demisto/cyberchef:<tag>)');
  }
  return image;
}
