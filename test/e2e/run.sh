#!/usr/bin/env bash
# End-to-end test: the packaged extension in a real VS Code (code-server) driven through Chromium.
# Usage (from anywhere): bash test/e2e/run.sh     (= npm run test:e2e)
# Artifacts: test-output/e2e/ (corroborate.vsix, screenshot.png, problems.png, corpus-*.png, logs/)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/test-output/e2e"
CACHE="${CORROBORATE_E2E_CACHE:-$HOME/.cache/corroborate-e2e}"
export CORROBORATE_E2E_CACHE="$CACHE"
CODE_SERVER="$CACHE/bin/code-server"

log() { printf '[e2e] %s\n' "$*" >&2; }
die() { printf '[e2e] ERROR: %s\n' "$*" >&2; exit 1; }

# The XDG base directory spec treats an empty XDG_*_HOME as unset; code-server and VS Code's libraries would
# resolve it to a relative path instead and write into the current folder (the clone).
for v in XDG_CACHE_HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME; do
	if [ -z "${!v-unset}" ]; then unset "$v"; fi
done

cd "$ROOT"
mkdir -p "$OUT"
rm -rf "$OUT/logs" "$OUT"/*.png

TMP=""
CS_PID=""
TEST_RAN=""
cleanup() {
	local rc=$?
	if [ -n "$CS_PID" ] && kill -0 "$CS_PID" 2>/dev/null; then
		log "stopping code-server (pid $CS_PID)"
		# code-server runs in its own session (setsid), so its process group id is its pid:
		# this also stops the extension host and the language server it started.
		kill -TERM -- "-$CS_PID" 2>/dev/null || kill -TERM "$CS_PID" 2>/dev/null || true
		for _ in $(seq 1 50); do kill -0 "$CS_PID" 2>/dev/null || break; sleep 0.1; done
		kill -KILL -- "-$CS_PID" 2>/dev/null || true
	fi
	if [ -n "$TMP" ] && [ -d "$TMP" ]; then
		# Keep the logs (code-server, extension host, output channels) next to the screenshots.
		mkdir -p "$OUT/logs"
		cp "$TMP/code-server.log" "$OUT/logs/" 2>/dev/null || true
		[ -d "$TMP/user-data/logs" ] && cp -r "$TMP/user-data/logs" "$OUT/logs/vscode" 2>/dev/null || true
		if [ $rc -ne 0 ] && [ -z "$TEST_RAN" ]; then # (the test prints this tail itself)
			log "code-server log tail:"
			tail -n 40 "$TMP/code-server.log" 2>/dev/null | sed 's/^/    /' >&2 || true
		fi
		if [ $rc -ne 0 ]; then
			for f in $(find "$TMP/user-data/logs" -type f \( -iname '*corroborate*' -o -name 'exthost.log' -o -name 'remoteexthost.log' \) 2>/dev/null); do
				log "tail of ${f#"$TMP"/}:"
				tail -n 30 "$f" | sed 's/^/    /' >&2
			done
		fi
		rm -rf "$TMP"
	fi
	if [ $rc -eq 0 ]; then log "PASSED (artifacts in ${OUT#"$ROOT"/})"; else log "FAILED (exit $rc; artifacts and logs in ${OUT#"$ROOT"/})"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

t0=$(date +%s)

# 1. Tools (cached outside the clone; quick when warm).
bash "$ROOT/scripts/e2e-setup.sh" || die "scripts/e2e-setup.sh failed"
[ -x "$CODE_SERVER" ] || die "$CODE_SERVER missing after setup"

# 2. Build and package the extension (E2E_VSIX=path skips this and tests that VSIX instead).
VSIX="$OUT/corroborate.vsix"
if [ -n "${E2E_VSIX:-}" ]; then
	VSIX="$(realpath "$E2E_VSIX")"
	[ -f "$VSIX" ] || die "E2E_VSIX=$E2E_VSIX does not exist"
	log "using prebuilt VSIX $VSIX"
else
	log "npm run compile"
	npm run compile --silent || die "npm run compile failed"
	for f in client/out/extension.js server/out/server.js; do
		[ -f "$f" ] || die "$f was not produced by npm run compile"
	done
	rm -f "$VSIX"
	log "packaging ${VSIX#"$ROOT"/}"
	vsce_args=(package --no-dependencies --out "$VSIX")
	ls "$ROOT"/LICENSE* >/dev/null 2>&1 || vsce_args+=(--skip-license) # no LICENSE yet: vsce would prompt
	npx --no-install vsce "${vsce_args[@]}" </dev/null || die "vsce package failed"
	[ -f "$VSIX" ] || die "vsce did not produce $VSIX"
fi

# 3. Fresh profile, extensions dir and a copy of the seeds and a licence (nothing may write into the repo's seeds/).
TMP="$(mktemp -d "${TMPDIR:-/tmp}/corroborate-e2e.XXXXXX")"
UD="$TMP/user-data"
EXT="$TMP/extensions"
FOLDER="$TMP/workspace/seeds"
mkdir -p "$UD/User" "$EXT" "$TMP/workspace"
cp -r "$ROOT/seeds" "$FOLDER"
# A text file beside the articles that is not one: the extension must leave it alone and list it.
cp "$ROOT/test/fixtures/not-articles/LICENSE-mit-mocha.txt" "$FOLDER/LICENSE.txt"
# A folder of text files none of which is an article: the extension must not start its server there.
REPO="$TMP/workspace/repo"
mkdir -p "$REPO"
NA="$ROOT/test/fixtures/not-articles"
cp "$NA/LICENSE-mit-mocha.txt" "$REPO/LICENSE.txt"
cp "$NA/NOTICE.txt" "$NA/requirements.txt" "$NA/CHANGELOG.txt" "$NA/app-log.txt" "$NA/snippet-python.txt" "$REPO/"
# The labelled news corpus, every article in one folder named event__outlet.txt (as ../shared/acceptance/corpus.mjs
# names them), when ../shared is beside the repository (or $CORROBORATE_SHARED): the busy-folder steps run on it.
SHARED="${CORROBORATE_SHARED:-$ROOT/../shared}"
CORPUS=""
if [ -d "$SHARED/corpus/news" ]; then
	CORPUS="$TMP/workspace/corpus"
	mkdir -p "$CORPUS"
	for dir in "$SHARED"/corpus/news/*/; do
		cluster="$(basename "$dir")"
		short="${cluster%-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]}"
		for f in "$dir"*.txt; do if [ -f "$f" ]; then cp "$f" "$CORPUS/${short}__$(basename "$f")"; fi; done
	done
	log "corpus folder: $(ls "$CORPUS" | wc -l) articles"
fi
cat >"$UD/User/settings.json" <<'EOF'
{
	"security.workspace.trust.enabled": false,
	"workbench.startupEditor": "none",
	"workbench.colorTheme": "Default Dark Modern",
	"editor.semanticHighlighting.enabled": true,
	"editor.wordWrap": "on",
	"editor.hover.delay": 300,
	"editor.minimap.enabled": false,
	"workbench.tips.enabled": false,
	"workbench.secondarySideBar.defaultVisibility": "hidden",
	"chat.disableAIFeatures": true,
	"workbench.enableExperiments": false,
	"extensions.autoCheckUpdates": false,
	"extensions.autoUpdate": false,
	"telemetry.telemetryLevel": "off"
}
EOF

log "installing the VSIX into a fresh extensions dir"
"$CODE_SERVER" --extensions-dir "$EXT" --user-data-dir "$UD" --install-extension "$VSIX" >"$TMP/install.log" 2>&1 ||
	{ cat "$TMP/install.log" >&2; die "code-server --install-extension failed"; }
installed="$("$CODE_SERVER" --extensions-dir "$EXT" --user-data-dir "$UD" --list-extensions --show-versions 2>/dev/null)"
[ -n "$installed" ] || { cat "$TMP/install.log" >&2; die "no extension listed in $EXT after install"; }
log "installed: $(echo $installed)"

# 4. Start code-server on a free loopback port.
PORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')"
URL="http://127.0.0.1:$PORT"
log "starting code-server on $URL (folder ${FOLDER})"
setsid "$CODE_SERVER" --auth none --bind-addr "127.0.0.1:$PORT" --disable-telemetry --disable-update-check \
	--disable-workspace-trust --user-data-dir "$UD" --extensions-dir "$EXT" "$FOLDER" >"$TMP/code-server.log" 2>&1 &
CS_PID=$!

deadline=$(($(date +%s) + 60))
until node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "$URL/healthz" 2>/dev/null; do
	kill -0 "$CS_PID" 2>/dev/null || die "code-server exited before answering HTTP"
	[ "$(date +%s)" -lt $deadline ] || die "code-server did not answer on $URL within 60 s"
	sleep 0.25
done
log "code-server answers after $(($(date +%s) - t0))s total"

# 5. The browser test (E2E_SCRIPT=other.mjs runs another script in test/e2e/ against the same setup, for debugging).
TEST_RAN=1
E2E_URL="$URL" E2E_FOLDER="$FOLDER" E2E_REPO="$REPO" E2E_CORPUS="$CORPUS" E2E_CORPUS_FROM="$SHARED/corpus/news" E2E_OUTPUT_DIR="$OUT" E2E_CODE_SERVER_LOG="$TMP/code-server.log" \
	E2E_USER_DATA_DIR="$UD" node "$ROOT/test/e2e/${E2E_SCRIPT:-e2e.test.mjs}"
log "total $(($(date +%s) - t0))s"
