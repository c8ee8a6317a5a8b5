/**
 * The pack's own Docker image: demisto/python3 (for the bridge) plus Node.js 20 and the runner
 * bundle, built from the repository's Dockerfile. It is not on Docker Hub: administrators build it
 * and load it on the server or engine, so the tag follows the pack version to keep the image and
 * the integration YAML that names it in step.
 */
export const DOCKER_IMAGE_REPOSITORY = 'absolute-secure-endpoint';

export function dockerImageFor(packVersion: string): string {
  return `${DOCKER_IMAGE_REPOSITORY}:${packVersion}`;
}
