# One image for every service; docker-compose.yml picks the entry point per container.
FROM node:20.20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY packages ./packages
COPY subgraphs ./subgraphs
COPY gateway ./gateway
COPY consoles ./consoles
COPY config ./config
COPY schema ./schema
COPY codegen.ts tsconfig.json ./
# tsx runs the TypeScript sources directly, so dev dependencies are installed too.
RUN npm ci --include=dev --no-audit --no-fund
# The browser consoles, built once into the image; the gateway serves them (CONSOLES_DIR).
RUN npm run build:consoles
USER node
