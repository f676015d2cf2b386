# syntax=docker/dockerfile:1
# Lantern web app: the static Vite build served by nginx, which also proxies /api and
# /socket.io to the API nodes with sticky sessions (docker/nginx.conf). Build context: the
# repository root.

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

# --- runtime: nginx's own unprivileged image (uid 101, pid and temp files under /tmp).
# 1.28 or later is required: upstream `server ... resolve` arrived in open-source nginx 1.27.3.
FROM nginxinc/nginx-unprivileged:1.28-alpine AS runtime
COPY docker/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/dist/apps/web /usr/share/nginx/html
USER 101
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
