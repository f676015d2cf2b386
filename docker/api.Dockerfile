# syntax=docker/dockerfile:1
# Lantern API (NestJS, REST under /api, Socket.IO at /socket.io). The same image runs the
# migrate/seed CLIs (compose service `migrate`). Build context: the repository root.
#   docker build -f docker/api.Dockerfile -t lantern/api .

# --- build: identical in api, worker and web Dockerfiles, so BuildKit builds it once and the
# other two images reuse the cached layers.
FROM node:22-bookworm-slim AS build
WORKDIR /app
# Browser tests are not run in an image build; the Playwright download would add ~150 MB.
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    NX_DAEMON=false \
    NX_NO_CLOUD=true
# Manifests first: the dependency layer is rebuilt only when they change, not on every edit.
COPY package.json package-lock.json ./
RUN npm ci
COPY nx.json tsconfig*.json .swcrc ./
COPY apps/ apps/
COPY libs/ libs/
COPY tools/ tools/
RUN npm run build

# --- production dependencies only, installed apart so no compiler or test tool ships.
FROM node:22-bookworm-slim AS production-deps
WORKDIR /app
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# --- runtime
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# Files stay owned by root and the process runs as `node`: a compromised process cannot rewrite
# the code it runs. All of dist/ is copied because the api imports the compiled libs and the
# migrate service runs dist/libs/db/src/cli/*.js from this image.
COPY --from=production-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
# Node 22 has fetch built in, so no curl in the image. 503 (a dependency down) counts as unhealthy.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/src/main.js"]
