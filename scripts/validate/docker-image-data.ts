/**
 * Offline stand-ins for what demisto-sdk's docker rules look up on the network, as of 2026-12-06.
 *
 * PUBLISHED_TAGS: tags of demisto/dockerfiles images this pack may use, newest first, from the
 * published manifests in demisto/dockerfiles-info (`demisto/<name>/<tag>.md`). Add a tag here
 * when moving to it (see README, "Install on XSOAR / XSIAM").
 *
 * DEPRECATED_IMAGES: demisto/dockerfiles `docker/deprecated_images.json` (image name and reason).
 */
export const PUBLISHED_TAGS: Readonly<Record<string, readonly string[]>> = {
  'demisto/cyberchef': ['1.0.0.13531018', '1.0.0.12579197', '1.0.0.11008530', '1.0.0.8879189'],
};

const PY3_TOOLS = 'Use the demisto/py3-tools docker image instead.';

export const DEPRECATED_IMAGES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    [
      'aiohttp',
      'algorithmia',
      'archer',
      'asana',
      'circleci',
      'cloudshare',
      'cyjax',
      'elasticsearch',
      'emoji',
      'exifread',
      'feed-parser-html',
      'feed-parser',
      'geopy',
      'gql',
      'imap',
      'intezer',
      'jmespath',
      'langdetect',
      'minio',
      'paho-mqtt',
      'pyjarm',
      'pymongo',
      'python3-arrow',
      'python_zipfile',
      'sendgrid',
      'stix2',
      'stomp',
      'tld',
      'tweepy',
      'vertica',
      'xlrd-py3',
      'zabbix',
    ].map((name) => [`demisto/${name}`, PY3_TOOLS]),
  ),
  'demisto/xsoar-tools-hf': 'The image is no longer in use by content.',
  'demisto/blueliv': 'No available replacement.',
  'demisto/boto3': 'Use the boto3py3 image instead.',
  'demisto/bs4': 'Use the bs4-py3 image instead.',
  'demisto/pyjwt': 'Use the pyjwt3 image instead.',
  'demisto/python-deb': 'Python 2 is EOL. Use the python3-deb image instead.',
  'demisto/python': 'Python 2 is EOL. Use the python3 image instead.',
  'demisto/splunksdk': 'Python 2 is EOL. Use the python3 image instead.',
};

/** The platform's native image: for the content team's own builds, never named by an integration. */
export const NATIVE_IMAGE_REPOSITORY = 'demisto/py3-native';
