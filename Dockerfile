# Build stage: compile TypeScript and build the web pages.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
COPY migrations ./migrations
COPY scripts ./scripts
COPY client ./client
COPY web ./web
# Production dependencies only: no embedded PostgreSQL, no test or build tools.
RUN npm run build && npm run build:web && npm prune --omit=dev

# Runtime stage: compiled code and production dependencies, owned by root and read-only to the
# service, which runs as the unprivileged `node` user and writes only to DATA_DIR (/data: evidence
# photos and other files, a volume shared by the API and the worker).
# test/image-layout.e2e-spec.ts rebuilds this stage's files, owners and environment and starts the
# service from them; it knows each instruction used here and fails on one it does not.
FROM node:24-bookworm-slim
ENV NODE_ENV=production DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# An explicit heap limit also makes V8 grow the heap gently: about 200 MB resident under load
# instead of 350 MB with the default limit (see docs/performance.md).
CMD ["node", "--max-old-space-size=1024", "--max-semi-space-size=16", "dist/src/main.js"]
