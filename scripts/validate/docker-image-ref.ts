/** A Docker image reference split the way the docker rules look at it. */
export interface ImageRef {
  /** As written, e.g. `demisto/cyberchef:1.0.0.13531018`. */
  image: string;
  /** Everything before the tag, e.g. `demisto/cyberchef`. */
  repository: string;
  /** The tag; undefined when there is none (Docker then pulls `latest`). */
  tag?: string;
}

/** Splits `repository[:tag][@digest]`; a colon before the last slash belongs to a registry port. */
export function parseImageRef(image: string): ImageRef {
  const name = image.split('@')[0] ?? image;
  const colon = name.lastIndexOf(':');
  if (colon <= name.lastIndexOf('/')) return { image, repository: name };
  return { image, repository: name.slice(0, colon), tag: name.slice(colon + 1) };
}

/** demisto/dockerfiles tags are `<version>.<build number>`: digits and dots only. */
export function isPublishedTagShape(tag: string): boolean {
  return /^\d+(\.\d+)+$/.test(tag);
}
