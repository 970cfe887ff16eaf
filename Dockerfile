# rollout-bot, the GitHub App (Probot) as an image: docker build -t rollout-bot .
# dist/ is committed and current (CI checks it), so the build stage only installs the production
# dependencies; the final stage holds dist/, those dependencies, package.json and app.yml.

FROM node:24-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM gcr.io/distroless/nodejs24-debian12:nonroot
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY package.json app.yml ./
COPY dist ./dist
USER nonroot
EXPOSE 3000
# The distroless image's entrypoint is node: this runs `node dist/server.js`, as `npm start` does.
CMD ["dist/server.js"]
