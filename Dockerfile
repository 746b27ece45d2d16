# syntax=docker/dockerfile:1
# The course site as a production image: a Node stage builds it, an unprivileged nginx serves it.
#   docker build -t docker-course-notes .
#   docker run --rm -p 8080:8080 docker-course-notes     then open http://localhost:8080

# ---- Build: the same spelling and content checks as `npm run build` anywhere else, then the static site.
FROM node:20.20.2-bookworm-slim AS build
WORKDIR /site
# Dependencies first: this layer is rebuilt only when the lock file changes.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The hashes of the pages' inline scripts for the Content-Security-Policy (deploy/nginx.conf) come from
# this very build: a page that changes its inline code changes the policy with it. Then a gzip copy of
# each text file, which nginx sends as it is instead of compressing it again for every request.
RUN npm run build \
 && npx tsx scripts/csp.ts --dir build --out csp-hashes.conf \
 && npx tsx scripts/precompress.ts --dir build

# ---- Serve: only the build output and the nginx configuration, run by an unprivileged user (uid 101).
FROM nginxinc/nginx-unprivileged:1.30.4-alpine
# Remove the base image's sample page and server block, so nothing but this site is served.
USER root
RUN rm -rf /usr/share/nginx/html/* /etc/nginx/conf.d/default.conf
COPY deploy/nginx.conf deploy/listen-and-root.conf /etc/nginx/
COPY --from=build /site/csp-hashes.conf /etc/nginx/
COPY --from=build /site/build /usr/share/nginx/html
# Files stay owned by root: the server can read the site and its configuration but never change them.
USER 101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD wget --quiet --spider http://127.0.0.1:8080/ || exit 1
# -p /tmp/: nginx.conf keeps its pid file and temporary folders relative to the prefix, and /tmp is the
# one place this user may write (mount a tmpfs there to run the container with a read-only root).
CMD ["nginx", "-p", "/tmp/", "-g", "daemon off;"]
