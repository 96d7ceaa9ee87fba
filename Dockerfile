# The hub image: one image, two roles (`api`, `worker`), chosen by the command.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-save --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# The hub's live heap is small; capped generations make V8 collect before RSS balloons (README, Benchmarks).
ENV NODE_OPTIONS="--max-semi-space-size=8 --max-old-space-size=256"
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
ENTRYPOINT ["node", "dist/apps/hub/src/main.js"]
CMD ["api"]
