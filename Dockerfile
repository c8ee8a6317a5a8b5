# Runtime image of the Absolute Secure Endpoint pack: the platform's Python 3 image (runs the
# bridge that the integration YAML embeds) + Node.js 20 (runs the integration) + the bundle.
# Build after `npm run build`, tagged with the pack version the unified YAML names:
#   docker build -t absolute-secure-endpoint:<version> .

# Node.js 20 comes from the official image, pinned, because the Alpine release under
# demisto/python3 decides which nodejs version apk would give. Both are Alpine (musl).
FROM node:20.18.1-alpine3.20 AS node

# demisto/python3 tag pinned (Python 3.11.10); bump it with the pack like any Docker update.
FROM demisto/python3:3.11.10.116949

# The node binary links against libstdc++ (and libgcc, which it pulls in); `node --version`
# fails the build if the copied binary cannot run on this base.
COPY --from=node /usr/local/bin/node /usr/local/bin/node
RUN apk add --no-cache libstdc++ && node --version

COPY dist/absolute.cjs /opt/absolute/absolute.cjs

# uid 4000, the user demisto/python3 images already define and the platform's hardening uses.
USER demisto
