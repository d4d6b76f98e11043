# Veikart application image: builds the client and server, runs on Node 24 (LTS).
# The database is the official Neo4j image (see docker-compose.yml), reached over NEO4J_URI.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema
COPY --from=build /app/seed ./seed
USER node
EXPOSE 4000
CMD ["node", "dist/server/main.js"]
