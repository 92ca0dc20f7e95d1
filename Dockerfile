# One image for the `seed` job and the `app` service of docker-compose.yml: the workspace with its
# dependencies, the explorer built. The store is chosen by NEO4J_URI (set by compose).
FROM node:20-bookworm-slim
WORKDIR /atlas
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY graph-seed/package.json graph-seed/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
RUN npm run build --workspace web --if-present
EXPOSE 4000
CMD ["npm", "run", "serve"]
