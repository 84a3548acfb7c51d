# syntax=docker/dockerfile:1
# One image for every service; docker-compose.yml picks the entry point per container.

# 1. Build: every dependency, then the bundles (npm run build: esbuild, one dist/main.mjs per service,
#    our @wuxi/* packages inlined) and the browser consoles (consoles/dist).
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --include=dev --no-audit --no-fund
RUN npm run build && npm run build:consoles \
  && mkdir /out && cp -r --parents subgraphs/*/dist gateway/dist scripts/dist consoles/dist /out

# 2. Production dependencies only: what the bundles import at run time. The consoles are static files
#    once built, so their workspace (React, ECharts, Vite) is left out; no tsx, no TypeScript, no vitest.
FROM node:20.20-bookworm-slim AS deps
WORKDIR /app
COPY . .
# (npm does not expand globs in --workspace, so the shell lists the folders.)
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
      $(for d in gateway packages/* subgraphs/*; do printf -- '--workspace=%s ' "$d"; done) \
  && npm cache clean --force

# 3. Runtime: plain node on the bundles. The source tree stays beside them because the services read
#    schema/*.graphql, migrations, seeds and config/departments.json at run time.
FROM node:20.20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app /app
COPY --from=build /out /app
USER node
EXPOSE 4000 4100 4101 4102 4103
CMD ["node", "gateway/dist/main.mjs"]
