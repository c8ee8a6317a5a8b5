# The pack's own image, for sites that must build, scan or mirror the image they run. The default
# integration needs no image build: it runs on the platform's demisto/cyberchef image and carries
# the runner itself. This image is that same official base (Python 3.12 for the bridge, Node.js 24
# LTS for the runner) with the bundle added at a fixed path, for the own-image variant of the YAML:
#   npm run build && node dist/unify.cjs --own-image
#   docker build --platform linux/amd64 -t absolute-secure-endpoint:<version> .
# Keep the tag equal to script.dockerimage in Integrations/Absolute/Absolute.yml (a test checks it).
FROM demisto/cyberchef:1.0.0.13531018

# `node --version` fails the build if the base no longer has Node.js on PATH.
RUN node --version

COPY dist/absolute.cjs /opt/absolute/absolute.cjs

# uid 4000, the user demisto/python3 images (and so this base) define and the platform's hardening uses.
USER demisto
