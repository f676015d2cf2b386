# syntax=docker/dockerfile:1
# Lantern worker (BullMQ processors in a NestJS application context; no port). Scale it by
# running more containers: `docker compose -f docker/compose.yml up --scale worker=4`.
# Build context: the repository root.

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
ENV NODE_ENV=production
WORKDIR /app
# Root-owned files, non-root process: see api.Dockerfile. dist/ whole, as the worker imports the
# compiled libs.
COPY --from=production-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist ./dist
USER node
# Healthy while the worker's heartbeat (WORKER_HEARTBEAT_FILE, written every
# WORKER_HEARTBEAT_SECONDS while PostgreSQL and Redis answer it and it takes jobs) is recent: a
# worker that hangs, or lost either for good, turns unhealthy for the orchestrator to replace.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "const fs = require('fs'); const file = process.env.WORKER_HEARTBEAT_FILE || '/tmp/lantern-worker-alive'; const limit = 3 * 1000 * Number(process.env.WORKER_HEARTBEAT_SECONDS || 10); try { process.exit(Date.now() - fs.statSync(file).mtimeMs < limit ? 0 : 1); } catch { process.exit(1); }"]
CMD ["node", "dist/apps/worker/src/main.js"]
