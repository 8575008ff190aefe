#!/usr/bin/env bash
# Sandbox Docker engine for Berth's end-to-end tests.
#
#   bash scripts/sandbox.sh run -- CMD ARGS...   run CMD against a throw-away engine
#   bash scripts/sandbox.sh engine-stop          (inside a run) stop the sandbox dockerd
#   bash scripts/sandbox.sh engine-kill          (inside a run) SIGKILL the sandbox dockerd (a crash)
#   bash scripts/sandbox.sh engine-start         (inside a run) start it again, same flags
#
# Berth's tests create, stop and delete containers and images for real, so they
# must never reach a Docker engine that matters. Everything here is built so the
# only engine a test can see is one this script started a moment ago: its own
# socket, data root, exec root, bridge, address pool, cgroup parent and a random
# label token, inside a loopback-only network namespace, all removed afterwards.
set -euo pipefail

SELF=$(readlink -f "${BASH_SOURCE[0]}")
REPO_ROOT=$(cd "$(dirname "$SELF")/.." && pwd)

# dockerd, docker-proxy and ip live in sbin; root shells launched by npm or CI do
# not always have it on PATH.
PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
export PATH
# A DOCKER_CONTEXT (or TLS settings) from the caller would win over the
# DOCKER_HOST we pass to every docker call and point it at another engine.
unset DOCKER_CONTEXT DOCKER_TLS DOCKER_TLS_VERIFY DOCKER_CERT_PATH

BRIDGE=berth-br0
# The bridge address sits inside the address pool so the whole sandbox uses one
# range that no other daemon on the machine is configured for.
BRIDGE_CIDR=10.213.0.1/24
ADDRESS_POOL=base=10.213.0.0/16,size=24
FIXTURE_IMAGE=berth-fixture/busybox:latest
REGISTRY_PORT=${BERTH_REGISTRY_PORT:-5055}
# A second registry that wants a login (htpasswd, bcrypt), for Berth's registry login and authenticated push.
AUTH_REGISTRY_PORT=${BERTH_AUTH_REGISTRY_PORT:-5056}
AUTH_REGISTRY_USER=berth
SELFCHECK_PORT=18080
ENGINE_START_TIMEOUT=60
ENGINE_STOP_TIMEOUT=15
# The processes a sandbox engine consists of; only these are ever signalled by
# the cmdline scan, so an unrelated `tail -f $DIR/dockerd.log` survives a clean-up.
SANDBOX_EXES=" dockerd containerd containerd-shim containerd-shim-runc-v1 containerd-shim-runc-v2 docker-proxy docker-registry registry runc "
# docker-compose: Debian's Compose v1 (1.29), the CLI Berth's stacks run (it needs no Compose v2 plugin).
REQUIRED_PKGS=(docker.io docker-compose docker-registry busybox-static chromium)

log() { printf '[sandbox] %s\n' "$*" >&2; }
warn() { printf '[sandbox] WARNING: %s\n' "$*" >&2; }
die() { printf '[sandbox] ERROR: %s\n' "$*" >&2; exit 1; }
now() { printf '%s' "${EPOCHREALTIME/[.,]/}"; } # microseconds, no fork
elapsed_since() { local d=$(($(now) - $1)); printf '%d.%02d' $((d / 1000000)) $((d % 1000000 / 10000)); }

# set -e alone exits without a word; say where, so a failed CI run is diagnosable.
on_err() {
  local rc=$? line=$1 cmd=$2
  ((BASH_SUBSHELL == 0)) && log "unexpected failure (exit $rc) at line $line: $cmd"
  return 0
}
set -E
trap 'on_err "$LINENO" "$BASH_COMMAND"' ERR

usage() {
  cat >&2 <<EOF
usage: bash scripts/sandbox.sh run -- CMD [ARGS...]
       bash scripts/sandbox.sh engine-stop|engine-kill|engine-start   (only inside a sandbox run)

environment:
  BERTH_SANDBOX_DIR    state directory (default /tmp/berth-sandbox)
  BERTH_REGISTRY_PORT  port of the sandbox registry on 127.0.0.1 (default 5055)
  BERTH_AUTH_REGISTRY_PORT  port of the sandbox registry that requires a login (default 5056)
  BERTH_SANDBOX_STORAGE_DRIVER  force a storage driver (default: overlay2, falling back to vfs)
  BERTH_SANDBOX_NETNS=0         stay in the host network namespace (normally only a fallback)
EOF
  exit 2
}

# ---------------------------------------------------------------------------
# state directory

resolve_dir() {
  local raw=${1:-/tmp/berth-sandbox}
  [[ $raw == /* ]] || raw="$PWD/$raw"
  DIR=$(realpath -m -- "$raw")
  [[ $DIR != / && $DIR =~ ^/[^[:space:]]+/[^[:space:]]+$ ]] ||
    die "BERTH_SANDBOX_DIR=$DIR must be an absolute path at least two levels deep, without spaces"
  # unix socket paths are capped at 108 bytes; containerd's ttrpc socket is the longest one we create.
  ((${#DIR} + 41 < 100)) || die "BERTH_SANDBOX_DIR=$DIR is too long for the engine's unix sockets; use a shorter path"
  SOCK="$DIR/docker.sock"
  DOCKER_HOST_URL="unix://$SOCK"
  MARKER="$DIR/.berth-sandbox"
  ENGINE_PIDFILE="$DIR/docker.pid"
  ENGINE_ARGS_FILE="$DIR/dockerd.args"
  ENGINE_LOG="$DIR/dockerd.log"
  TOKEN_FILE="$DIR/token"
  RUNNER_PIDFILE="$DIR/runner.pid"
  REGISTRY_PIDFILE="$DIR/registry.pid"
  AUTH_REGISTRY_PIDFILE="$DIR/auth-registry.pid"
  CONTAINERD_PIDFILE="$DIR/exec/containerd/containerd.pid"
  # Per-directory so a stale clean-up of one sandbox never kills another sandbox's containers.
  CGROUP_PARENT="berth-sandbox-$(printf '%s' "$DIR" | md5sum | cut -c1-8)"
}

# rm -rf on a user-supplied path is only safe if the path is ours: nonexistent,
# empty, or carrying the marker an earlier run left there.
check_dir_is_ours() {
  [[ -e $DIR ]] || return 0
  [[ -d $DIR ]] || die "$DIR exists and is not a directory"
  [[ -e $MARKER ]] && return 0
  [[ -z $(ls -A "$DIR") ]] && return 0
  die "$DIR is not empty and was not created by the sandbox; refusing to use it (set BERTH_SANDBOX_DIR)"
}

# ---------------------------------------------------------------------------
# processes

pid_alive() {
  local st
  [[ $1 =~ ^[0-9]+$ ]] || return 1
  { read -r st </proc/"$1"/stat; } 2>/dev/null || return 1
  st=${st##*) }
  # A zombie has already let go of its sockets and mounts; treating it as gone
  # avoids waiting out the full timeout on a child nobody has reaped yet.
  [[ ${st%% *} != Z ]]
}

pid_exe() {
  local exe
  exe=$(readlink "/proc/$1/exe" 2>/dev/null) || return 1
  exe=${exe% (deleted)}
  printf '%s' "${exe##*/}"
}

pid_cmdline_has_dir() {
  grep -qaF -- "$DIR/" "/proc/$1/cmdline" 2>/dev/null
}

read_pidfile() {
  local pid=''
  if [[ -s $1 ]]; then read -r pid <"$1" 2>/dev/null || true; fi
  [[ $pid =~ ^[0-9]+$ ]] && printf '%s' "$pid"
}

# TERM, wait, KILL. Returns once the process is gone (or could not be killed).
stop_pid() {
  local pid=$1 timeout=${2:-10} name=${3:-process} i
  pid_alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 10; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
  warn "$name (pid $pid) did not stop within ${timeout}s; sending KILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
  warn "$name (pid $pid) survived KILL"
}

# Engine processes whose command line names this sandbox's directory: dockerd,
# its containerd, the shims (they carry -address $DIR/exec/...) and the registry.
sandbox_pids() {
  local f pid exe
  # shellcheck disable=SC2013 # /proc/N/cmdline paths have no spaces
  for f in $(grep -lasF -- "$DIR/" /proc/[0-9]*/cmdline 2>/dev/null); do
    pid=${f#/proc/}
    pid=${pid%/cmdline}
    [[ $pid != "$$" && $pid != "$BASHPID" ]] || continue
    exe=$(pid_exe "$pid") || continue
    [[ $SANDBOX_EXES == *" $exe "* ]] && printf '%s\n' "$pid"
  done
  return 0
}

cgroup_dirs() {
  local d
  for d in /sys/fs/cgroup/"$CGROUP_PARENT" /sys/fs/cgroup/*/"$CGROUP_PARENT"; do
    [[ -d $d ]] && printf '%s\n' "$d"
  done
  return 0
}

# Container processes re-parent away from their shim, but never leave the cgroup
# parent the engine was told to use, so that is where orphans are found.
kill_cgroup_procs() {
  local d pids round
  for ((round = 0; round < 20; round++)); do
    # Cgroups vanish while we read them; find's complaint about that is expected.
    pids=$(cgroup_dirs | while read -r d; do find "$d" -name cgroup.procs -exec cat {} + 2>/dev/null; done | sort -u) || true
    [[ -n $pids ]] || return 0
    # shellcheck disable=SC2086
    kill -KILL $pids 2>/dev/null || true
    sleep 0.1
  done
  warn "processes still left in cgroup $CGROUP_PARENT"
}

remove_cgroups() {
  local d
  cgroup_dirs | while read -r d; do
    find "$d" -depth -type d -exec rmdir {} \; 2>/dev/null || true
  done
}

# Everything in a private network namespace of ours was started by the sandbox
# (the namespace did not exist before it), so sweeping it catches whatever CMD
# left behind, including what escaped CMD's session (Playwright detaches its
# browsers). $1 is the namespace as /proc/PID/ns/net names it: net:[INODE].
kill_netns_procs() {
  local ns=$1 pids
  # Never the machine's own namespace, whatever a state file claims.
  [[ -n $ns && $ns != "$(readlink /proc/1/ns/net)" ]] || return 0
  pids=$(find /proc/[0-9]*/ns/net -maxdepth 0 -printf '%l %p\n' 2>/dev/null |
    awk -v m="$ns" -v a="$$" -v b="$BASHPID" '$1 == m { split($2, p, "/"); if (p[3] != a && p[3] != b) print p[3] }') || true # processes exit mid-scan
  [[ -n $pids ]] || return 0
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null || true
  sleep 0.3
  # shellcheck disable=SC2086
  kill -KILL $pids 2>/dev/null || true
}

sweep_netns() {
  [[ $NETNS_MODE == own ]] || return 0
  kill_netns_procs "$(readlink /proc/self/ns/net)"
}

# A bind mount of our namespace in $DIR keeps it (and so its inode number)
# alive, so that a run after a kill -9 can find exactly the namespace to sweep.
pin_netns() {
  [[ $NETNS_MODE == own ]] || return 0
  : >"$DIR/netns"
  mount --bind /proc/self/ns/net "$DIR/netns" 2>/dev/null || rm -f "$DIR/netns"
}

sweep_stale_netns() {
  local ino
  ino=$(stat -L -c %i "$DIR/netns" 2>/dev/null) || return 0
  [[ "net:[$ino]" != "$(readlink /proc/self/ns/net)" ]] || return 0
  kill_netns_procs "net:[$ino]"
}

unmount_all() {
  local round m mounts
  for ((round = 0; round < 5; round++)); do
    # mountinfo field 5 is the mount point, octal-escaped; deepest first.
    mounts=$(awk -v d="$DIR" '{ m = $5; gsub(/\\040/, " ", m); if (m == d || index(m, d "/") == 1) print length(m) " " m }' /proc/self/mountinfo |
      sort -rn | cut -d' ' -f2- | uniq)
    [[ -n $mounts ]] || return 0
    while IFS= read -r m; do
      umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
    done <<<"$mounts"
  done
  warn "could not unmount everything under $DIR"
}

delete_bridge() {
  if ip link show "$BRIDGE" >/dev/null 2>&1; then
    ip link delete "$BRIDGE" 2>/dev/null || warn "could not delete bridge $BRIDGE"
  fi
}

# ---------------------------------------------------------------------------
# engine

dk() { DOCKER_HOST="$DOCKER_HOST_URL" DOCKER_CONFIG="$DIR/docker-config" docker "$@"; }

engine_ping() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsS --max-time 2 --unix-socket "$SOCK" http://sandbox/_ping >/dev/null 2>&1
  else
    dk version --format '{{.Server.Version}}' >/dev/null 2>&1
  fi
}

engine_pid() {
  local pid
  pid=$(read_pidfile "$ENGINE_PIDFILE") || return 1
  pid_alive "$pid" && [[ $(pid_exe "$pid") == dockerd ]] && pid_cmdline_has_dir "$pid" && printf '%s' "$pid"
}

tail_engine_log() {
  if [[ -s $ENGINE_LOG ]]; then
    printf '[sandbox] --- errors from %s (last 15) ---\n' "$ENGINE_LOG" >&2
    # dockerd's info-level gRPC chatter buries the one line that matters; its
    # fatal message is the line without a time= prefix.
    { grep -E 'level=(error|fatal)|^[^t]' "$ENGINE_LOG" || tail -n 15 "$ENGINE_LOG"; } | tail -n 15 >&2 || true
    printf '[sandbox] ---\n' >&2
  fi
}

write_engine_args() {
  local driver=$1
  local args=(
    --host "$DOCKER_HOST_URL"
    --data-root "$DIR/data"
    --exec-root "$DIR/exec"
    --pidfile "$ENGINE_PIDFILE"
    # Keeps /etc/docker/daemon.json out of the sandbox, and (see below) the
    # engine's identity key out of /etc/docker.
    --config-file "$DIR/daemon.json"
    --bridge "$BRIDGE"
    --iptables=false --ip-masq=false --ip-forward=false
    --default-address-pool "$ADDRESS_POOL"
    --label "berth.sandbox=$TOKEN"
    --storage-driver "$driver"
    --exec-opt native.cgroupdriver=cgroupfs
    --cgroup-parent "/$CGROUP_PARENT"
    --userland-proxy=true --userland-proxy-path "$(command -v docker-proxy)"
    --group root
  )
  printf '%s\n' "${args[@]}" >"$ENGINE_ARGS_FILE"
  # dockerd 20.10 has no command-line flag for the key path, only this key.
  printf '{ "deprecated-key-path": "%s" }\n' "$DIR/key.json" >"$DIR/daemon.json"
}

# Starts dockerd from the stored flags so engine-start reproduces run's engine exactly.
launch_engine() {
  local args
  mapfile -t args <"$ENGINE_ARGS_FILE"
  rm -f "$ENGINE_PIDFILE" # dockerd refuses to start over a pidfile, even a stale one
  # setsid: a Ctrl-C aimed at the test command must not shut the engine down
  # under it; teardown stops the engine in order instead. All fds are detached
  # so a caller capturing engine-start's output does not wait on dockerd.
  setsid dockerd "${args[@]}" </dev/null >>"$ENGINE_LOG" 2>&1 3<&- 9>&- &
  LAUNCHED_PID=$!
}

wait_engine() {
  local pid=$1 t0 deadline
  t0=$(now)
  deadline=$((t0 + ENGINE_START_TIMEOUT * 1000000))
  while (($(now) < deadline)); do
    if engine_ping; then
      return 0
    fi
    if ! pid_alive "$pid"; then
      warn "dockerd exited during start-up"
      return 1
    fi
    sleep 0.1
  done
  warn "the sandbox engine did not answer on $SOCK within ${ENGINE_START_TIMEOUT}s"
  return 1
}

# Killing containers up front keeps dockerd's shutdown from waiting out each
# container's stop timeout; the sandbox's data is thrown away anyway.
kill_all_containers() {
  engine_pid >/dev/null || return 0
  local ids
  ids=$(DOCKER_HOST="$DOCKER_HOST_URL" DOCKER_CONFIG="$DIR/docker-config" timeout 10 docker ps -q 2>/dev/null) || return 0
  if [[ -n $ids ]]; then
    # shellcheck disable=SC2086
    DOCKER_HOST="$DOCKER_HOST_URL" DOCKER_CONFIG="$DIR/docker-config" timeout 20 docker kill $ids >/dev/null 2>&1 || true
  fi
}

stop_engine() {
  local pid cpid
  pid=$(engine_pid) || pid=
  if [[ -n $pid ]]; then
    stop_pid "$pid" "$ENGINE_STOP_TIMEOUT" dockerd
  fi
  # dockerd stops its containerd on a clean exit; after a KILL it may linger.
  cpid=$(read_pidfile "$CONTAINERD_PIDFILE") || cpid=
  if [[ -n $cpid ]] && pid_alive "$cpid" && [[ $(pid_exe "$cpid") == containerd ]] && pid_cmdline_has_dir "$cpid"; then
    stop_pid "$cpid" 5 containerd
  fi
  # A KILLed dockerd takes its containerd with it (Pdeathsig), but on machines whose PID 1 reaps no orphans the dead
  # containerd stays a zombie: signal 0 still reaches it, so the next dockerd reads the pidfile, decides "containerd
  # is still running" and waits for a socket nobody serves. A pidfile naming no live containerd of ours goes.
  if [[ -n $cpid ]] && ! { pid_alive "$cpid" && [[ $(pid_exe "$cpid") == containerd ]]; }; then
    rm -f "$CONTAINERD_PIDFILE"
  fi
}

labels_ok() {
  local labels
  labels=$(dk info --format '{{json .Labels}}' 2>/dev/null) || return 1
  [[ $labels == *"\"berth.sandbox=$TOKEN\""* ]]
}

# The last line of defence: CMD is about to be given DOCKER_HOST and will delete
# things through it.
assert_engine_is_ours() {
  local path=${DOCKER_HOST_URL#unix://} real
  [[ $DOCKER_HOST_URL == unix://* ]] || die "refusing: DOCKER_HOST=$DOCKER_HOST_URL is not a unix socket"
  real=$(realpath -m -- "$path")
  case "$real" in
    /var/run/docker.sock | /run/docker.sock) die "refusing: DOCKER_HOST points at the system engine ($real)" ;;
  esac
  for sys in /var/run/docker.sock /run/docker.sock; do
    [[ -e $sys && $real -ef $sys ]] && die "refusing: DOCKER_HOST resolves to the system engine socket $sys"
  done
  [[ $real == "$DIR"/* ]] || die "refusing: DOCKER_HOST=$DOCKER_HOST_URL is outside $DIR"
  labels_ok || die "refusing: the engine at $DOCKER_HOST_URL does not carry label berth.sandbox=$TOKEN"
}

# ---------------------------------------------------------------------------
# stale state from an interrupted or killed run

clean_stale() {
  [[ -d $DIR ]] || return 0
  local pid found=0 notes

  # We hold the lock, so whatever runner left this state is gone.
  pid=$(engine_pid) || pid=
  if [[ -n $pid ]]; then
    found=1
    warn "stopping stale sandbox dockerd (pid $pid) from an earlier run"
    # Its socket still answers from here: unix sockets are not bound to a
    # network namespace.
    kill_all_containers
    # docker-proxy children die with their dockerd (parent-death signal), containers do not.
    stop_pid "$pid" "$ENGINE_STOP_TIMEOUT" "stale dockerd"
  fi

  local exe
  for pid in $(sandbox_pids); do
    found=1
    exe=$(pid_exe "$pid") || continue
    warn "stopping stale $exe (pid $pid)"
    # With their containerd gone, shims have nobody to shut down gracefully for.
    [[ $exe == containerd-shim* ]] && kill -KILL "$pid" 2>/dev/null
    stop_pid "$pid" 5 "stale $exe"
  done

  if [[ -n $(cgroup_dirs) ]]; then
    found=1
    kill_cgroup_procs
  fi
  sweep_stale_netns
  if grep -qF " $DIR/" /proc/self/mountinfo; then
    found=1
    unmount_all
  fi
  remove_cgroups
  # Only in the host-namespace fallback can a stale bridge be visible to us; a
  # private namespace starts empty.
  if ip link show "$BRIDGE" >/dev/null 2>&1; then
    found=1
    delete_bridge
  fi
  remove_shim_sockets
  notes=$(mktemp -d)
  cp "$DIR"/created-* "$notes"/ 2>/dev/null || true
  rm_state_dir keep-lock
  remove_run_dirs "$notes"
  rm -rf "$notes"
  ((found)) && log "removed stale sandbox state in $DIR"
  return 0
}

rm_state_dir() {
  [[ -d $DIR ]] || return 0
  if [[ ${1:-} == keep-lock ]]; then
    find "$DIR" -mindepth 1 -maxdepth 1 ! -name .lock ! -name .berth-sandbox -exec rm -rf {} + 2>/dev/null || true
  else
    rm -rf "$DIR" 2>/dev/null || warn "could not remove $DIR completely"
  fi
}

# dockerd creates /run/docker/plugins whatever its exec root, and containerd's
# shims put their sockets in /run/containerd/s. Note which of them we created so
# they can go again afterwards, but only while empty (nobody else uses them).
RUN_DIRS=(/run/docker /run/containerd)

note_run_dirs() {
  local d
  for d in "${RUN_DIRS[@]}"; do
    [[ -e $d ]] || : >"$DIR/created-${d##*/}"
  done
}

remove_run_dirs() { # $1: directory holding the created-* notes
  [[ -e $1/created-docker ]] && { rmdir /run/docker/plugins /run/docker 2>/dev/null || true; }
  [[ -e $1/created-containerd ]] && { rmdir /run/containerd/s /run/containerd 2>/dev/null || true; }
  return 0
}

# A KILLed shim leaves its socket behind. Its name is containerd's hash of
# "<containerd address>/<namespace>/<container id>", so ours can be told apart.
remove_shim_sockets() {
  local c id h addr="$DIR/exec/containerd/containerd.sock"
  [[ -d $DIR/data/containers && -d /run/containerd/s ]] || return 0
  for c in "$DIR"/data/containers/*/; do
    id=$(basename "$c")
    h=$(printf '%s' "$addr/moby/$id" | sha256sum | cut -d' ' -f1)
    [[ -S /run/containerd/s/$h ]] && rm -f "/run/containerd/s/$h"
  done
  return 0
}

# ---------------------------------------------------------------------------
# provisioning (host namespace, before unshare: apt needs the network)

pkg_installed() {
  [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

provision() {
  local missing=() p
  for p in "${REQUIRED_PKGS[@]}"; do
    pkg_installed "$p" || missing+=("$p")
  done
  command -v ip >/dev/null 2>&1 || missing+=(iproute2)
  command -v unshare >/dev/null 2>&1 || missing+=(util-linux)
  [[ ${BERTH_SANDBOX_FORCE_PROVISION:-} == 1 && ${#missing[@]} -eq 0 ]] && missing=("${REQUIRED_PKGS[@]}")
  ((${#missing[@]})) || return 0

  log "installing missing packages: ${missing[*]}"
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install ${missing[*]} by hand"
  # A package install would otherwise start the system docker, containerd and
  # registry services; the sandbox must never bring up the system engine.
  local made_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\n# temporary, from berth scripts/sandbox.sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    made_policy=1
  fi
  local rc=0
  {
    DEBIAN_FRONTEND=noninteractive apt-get update &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y "${REQUIRED_PKGS[@]}" "${missing[@]}"
  } >&2 || rc=$?
  ((made_policy)) && rm -f /usr/sbin/policy-rc.d
  ((rc == 0)) || die "apt-get failed (exit $rc) installing ${missing[*]}"
}

find_static_busybox() {
  local bb
  for bb in $(dpkg -L busybox-static 2>/dev/null | grep '/busybox$') /bin/busybox /usr/bin/busybox; do
    [[ -x $bb ]] && { printf '%s' "$bb"; return 0; }
  done
  die "no static busybox found (package busybox-static)"
}

# ---------------------------------------------------------------------------
# fixtures

# Called from a condition, where set -e is off, hence the explicit returns.
build_fixture_image() {
  local bb rootfs a rc=0
  bb=$(find_static_busybox) || return 1
  rootfs=$(mktemp -d "$DIR/rootfs.XXXXXX") || return 1
  mkdir -p "$rootfs"/{bin,sbin,usr/bin,usr/sbin,etc,root,home,var/www,proc,sys,dev,tmp} || return 1
  chmod 1777 "$rootfs/tmp"
  cp "$bb" "$rootfs/bin/busybox" || return 1
  # Run inside the rootfs so the symlinks point at /bin/busybox as the
  # container will see it, not at the temporary host path.
  if ! chroot "$rootfs" /bin/busybox --install -s >/dev/null 2>&1; then
    for a in $("$bb" --list); do
      [[ $a == busybox || -e $rootfs/bin/$a ]] || ln -s busybox "$rootfs/bin/$a"
    done
  fi
  printf '%s\n' 'root:x:0:0:root:/root:/bin/sh' 'nobody:x:65534:65534:nobody:/home:/bin/false' >"$rootfs/etc/passwd"
  printf '%s\n' 'root:x:0:' 'nogroup:x:65534:' 'nobody:x:65534:' >"$rootfs/etc/group"
  tar --numeric-owner --owner=0 --group=0 -C "$rootfs" -cf - . |
    dk import --change 'CMD ["sh"]' \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      - "$FIXTURE_IMAGE" >/dev/null || rc=1
  rm -rf "$rootfs"
  ((rc == 0)) && dk tag "$FIXTURE_IMAGE" busybox:latest
}

http_get() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsS --max-time 2 "$1" 2>/dev/null
  else
    node -e '
      const r = require("http").get(process.argv[1], { timeout: 2000 }, (res) => {
        if (res.statusCode >= 400) process.exit(1);
        res.pipe(process.stdout);
      });
      r.on("error", () => process.exit(1));
      r.on("timeout", () => r.destroy());' "$1" 2>/dev/null
  fi
}

# Berth shows and opens published ports, so prove the userland proxy really
# forwards 127.0.0.1 into a container with iptables switched off.
check_published_port() {
  local i body='' out
  dk rm -f berth-sandbox-selfcheck >/dev/null 2>&1 || true
  # Output only on failure: the CLI's "IPv4 forwarding is disabled" warning
  # (host-namespace fallback) is noise here.
  out=$(dk run -d --name berth-sandbox-selfcheck -p "127.0.0.1:$SELFCHECK_PORT:8080" "$FIXTURE_IMAGE" \
    httpd -f -p 8080 -h /etc 2>&1) || {
    warn "self-check container failed to start: $out"
    return 1
  }
  for ((i = 0; i < 50; i++)); do
    body=$(http_get "http://127.0.0.1:$SELFCHECK_PORT/passwd") && break
    sleep 0.1
  done
  dk rm -f berth-sandbox-selfcheck >/dev/null 2>&1 || true
  [[ $body == root:* ]] || {
    warn "published port 127.0.0.1:$SELFCHECK_PORT did not reach the container"
    return 1
  }
}

# Starts the engine with DRIVER and proves it can store, run and publish.
bring_up_engine() {
  local driver=$1 info
  write_engine_args "$driver"
  launch_engine
  wait_engine "$LAUNCHED_PID" || return 1
  info=$(dk info --format '{{.Driver}}|{{json .Warnings}}' 2>&1) || {
    warn "docker info failed: $info"
    return 1
  }
  if [[ ${info%%|*} != "$driver" ]]; then
    warn "engine came up with storage driver '${info%%|*}' instead of $driver"
    return 1
  fi
  if [[ ${info#*|} =~ [Oo]verlay|d_type|[Ss]torage ]]; then
    warn "storage driver $driver reports problems: ${info#*|}"
    return 1
  fi
  build_fixture_image || {
    warn "importing the fixture image failed with $driver"
    return 1
  }
  check_published_port || return 1
  ENGINE_DRIVER=$driver
}

reset_engine_after_failure() {
  local pid
  stop_engine
  for pid in $(sandbox_pids); do
    [[ $(pid_exe "$pid") == docker-registry || $(pid_exe "$pid") == registry ]] || stop_pid "$pid" 5
  done
  kill_cgroup_procs
  unmount_all
  rm -rf "$DIR/data" "$DIR/exec"
}

# ---------------------------------------------------------------------------
# registry

# $1 name (state files are $DIR/$1.*), $2 port, $3 pidfile, $4 extra YAML (the auth block, or nothing).
start_one_registry() {
  local name=$1 port=$2 pidfile=$3 extra=${4:-}
  mkdir -p "$DIR/$name"
  cat >"$DIR/$name.yml" <<EOF
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
  fields:
    service: berth-sandbox-$name
storage:
  filesystem:
    rootdirectory: $DIR/$name
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: false
$extra
EOF
  setsid docker-registry serve "$DIR/$name.yml" </dev/null >>"$DIR/$name.log" 2>&1 3<&- 9>&- &
  echo $! >"$pidfile"
}

# A bcrypt line for htpasswd from whichever tool this machine has ($1 user, $2 password). Cost 5: the
# registry checks the hash on every request of a push, and this password guards nothing but the sandbox.
bcrypt_line() {
  local user=$1 password=$2 hash='' py
  if command -v htpasswd >/dev/null 2>&1; then
    hash=$(htpasswd -nbBC 5 "$user" "$password" 2>/dev/null | head -n 1) || hash=''
    hash=${hash#*:}
  fi
  if [[ $hash != '$2'* ]] && command -v mkpasswd >/dev/null 2>&1; then
    hash=$(printf '%s\n' "$password" | mkpasswd -m bcrypt -R 5 -s 2>/dev/null) || hash=''
  fi
  for py in python3 /usr/bin/python3; do
    [[ $hash == '$2'* ]] && break
    command -v "$py" >/dev/null 2>&1 || continue
    hash=$(BERTH__PW=$password "$py" -W ignore -c \
      'import crypt, os; print(crypt.crypt(os.environ["BERTH__PW"], crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=32)))' 2>/dev/null) || hash=''
  done
  [[ $hash == '$2'* ]] || return 1
  printf '%s:%s\n' "$user" "$hash"
}

# The login registry's password is random per run (so a test can look for it in logs) when a bcrypt tool
# is at hand; otherwise a fixed password whose hash is written here keeps CI going without one.
FALLBACK_AUTH_PASSWORD=berth-sandbox-registry
FALLBACK_AUTH_HASH='$2b$05$NeE0pmUI.hefza3zVAlr.uvV0W9cfFTK0xNJCSmVGsm11.irR3vMO'

start_registry() {
  start_one_registry registry "$REGISTRY_PORT" "$REGISTRY_PIDFILE"

  AUTH_REGISTRY_PASSWORD=$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')
  local line
  if ! line=$(bcrypt_line "$AUTH_REGISTRY_USER" "$AUTH_REGISTRY_PASSWORD"); then
    warn "no bcrypt tool (htpasswd, mkpasswd, python3 crypt); the login registry uses its fixed password"
    AUTH_REGISTRY_PASSWORD=$FALLBACK_AUTH_PASSWORD
    line="$AUTH_REGISTRY_USER:$FALLBACK_AUTH_HASH"
  fi
  (umask 077 && printf '%s\n' "$line" >"$DIR/auth-registry.htpasswd")
  start_one_registry auth-registry "$AUTH_REGISTRY_PORT" "$AUTH_REGISTRY_PIDFILE" "auth:
  htpasswd:
    realm: berth-sandbox
    path: $DIR/auth-registry.htpasswd"
}

# The HTTP status of a GET ("000" when nothing answers); $2 is an optional user:password.
http_status() {
  if command -v curl >/dev/null 2>&1; then
    curl -sS -o /dev/null -w '%{http_code}' --max-time 5 ${2:+-u "$2"} "$1" 2>/dev/null || true
  else
    node -e '
      const [url, cred] = process.argv.slice(1);
      const headers = cred ? { Authorization: "Basic " + Buffer.from(cred).toString("base64") } : {};
      const r = require("http").get(url, { timeout: 5000, headers }, (res) => { process.stdout.write(String(res.statusCode)); process.exit(0); });
      r.on("error", () => { process.stdout.write("000"); process.exit(0); });
      r.on("timeout", () => r.destroy());' "$1" "${2:-}" 2>/dev/null || printf '000'
  fi
}

# $1 name, $2 port, $3 pidfile. Any HTTP answer means it is up: the login registry answers /v2/ with 401.
wait_one_registry() {
  local name=$1 port=$2 pid i
  pid=$(read_pidfile "$3") || pid=
  for ((i = 0; i < 300; i++)); do
    [[ $(http_status "http://127.0.0.1:$port/v2/") == [1-5]?? ]] && return 0
    if [[ -z $pid ]] || ! pid_alive "$pid"; then
      tail -n 15 "$DIR/$name.log" >&2 2>/dev/null || true
      die "docker-registry ($name) exited during start-up (port $port in use?)"
    fi
    sleep 0.1
  done
  tail -n 15 "$DIR/$name.log" >&2 2>/dev/null || true
  die "docker-registry ($name) did not answer on 127.0.0.1:$port within 30s"
}

wait_registry() {
  wait_one_registry registry "$REGISTRY_PORT" "$REGISTRY_PIDFILE"
  wait_one_registry auth-registry "$AUTH_REGISTRY_PORT" "$AUTH_REGISTRY_PIDFILE"
  # The login tests mean something only if the registry really checks the password.
  local url="http://127.0.0.1:$AUTH_REGISTRY_PORT/v2/"
  [[ $(http_status "$url" "$AUTH_REGISTRY_USER:$AUTH_REGISTRY_PASSWORD") == 200 ]] ||
    die "the login registry refuses its own password (see $DIR/auth-registry.log)"
  [[ $(http_status "$url" "$AUTH_REGISTRY_USER:wrong-$AUTH_REGISTRY_PASSWORD") == 401 ]] ||
    die "the login registry lets a wrong password in"
}

stop_registries() {
  local pidfile rpid
  for pidfile in "$REGISTRY_PIDFILE" "$AUTH_REGISTRY_PIDFILE"; do
    rpid=$(read_pidfile "$pidfile") && [[ $(pid_exe "$rpid") == docker-registry || $(pid_exe "$rpid") == registry ]] &&
      stop_pid "$rpid" 5 docker-registry
  done
  return 0
}

# ---------------------------------------------------------------------------
# run: teardown and signals

CMD_PID=
CMD_PGID=
TORN_DOWN=0
GOT_SIGNAL=

# CMD runs in a session of its own, so its whole tree (a Next server, browsers)
# can be signalled as one process group, even after CMD itself has exited.
stop_cmd() {
  [[ -n $CMD_PGID ]] || return 0
  local i
  if kill -0 -- "-$CMD_PGID" 2>/dev/null; then
    kill -TERM -- "-$CMD_PGID" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
      kill -0 -- "-$CMD_PGID" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$CMD_PGID" 2>/dev/null || true
  fi
  CMD_PGID=
}

teardown() {
  local rc=$?
  ((TORN_DOWN)) && return 0
  TORN_DOWN=1
  # A second Ctrl-C must not abandon the engine half-stopped.
  trap '' INT TERM HUP USR1
  # Teardown is best effort: failures are expected and must not be reported.
  trap - ERR
  set +e
  local t0
  t0=$(now)
  log "tearing down (exit code $rc)"

  [[ -n ${WATCHDOG_PID:-} ]] && kill "$WATCHDOG_PID" 2>/dev/null
  stop_cmd
  kill_all_containers
  stop_registries
  stop_engine
  local pid
  for pid in $(sandbox_pids); do
    stop_pid "$pid" 5 "$(pid_exe "$pid" || echo process)"
  done
  kill_cgroup_procs
  sweep_netns
  unmount_all
  remove_cgroups
  delete_bridge

  if ((rc != 0)) && [[ -s $ENGINE_LOG ]]; then
    local keep
    keep="${DIR}-dockerd-$(date +%Y%m%d-%H%M%S).log"
    cp "$ENGINE_LOG" "$keep" && log "run failed; dockerd log kept at $keep"
  fi
  remove_shim_sockets
  local notes
  notes=$(mktemp -d)
  cp "$DIR"/created-* "$notes"/ 2>/dev/null
  rm_state_dir
  remove_run_dirs "$notes"
  rm -rf "$notes"
  log "teardown done in $(elapsed_since "$t0")s"
  exit "$rc"
}

on_engine_start_request() {
  engine_pid >/dev/null && return 0
  launch_engine
  printf '%s\n' "$LAUNCHED_PID" >"$DIR/engine-launch.pid"
}

on_signal() {
  local sig=$1 code=$2
  log "received SIG$sig"
  if [[ -n $CMD_PID ]] && pid_alive "$CMD_PID"; then
    if [[ -n $GOT_SIGNAL ]]; then
      # Asked twice: nobody is waiting for a graceful stop any more.
      kill -KILL -- "-$CMD_PGID" 2>/dev/null || true
      return 0
    fi
    # CMD runs as an async job, which starts with SIGINT ignored, so TERM is the
    # signal it reliably acts on; the wait loop then collects it before teardown.
    GOT_SIGNAL=$code
    kill -TERM -- "-$CMD_PGID" 2>/dev/null || kill -TERM "$CMD_PID" 2>/dev/null || true
    # The wait loop cannot time out by itself, so a command that ignores TERM
    # is killed from here.
    (sleep 10 && kill -KILL -- "-$CMD_PGID") </dev/null >/dev/null 2>&1 3<&- 9>&- &
    WATCHDOG_PID=$!
    return 0
  fi
  exit "$code"
}

run_inner() {
  [[ ${1:-} == -- ]] && shift
  (($#)) || usage
  local t0=${BERTH__T0:-$(now)}

  check_dir_is_ours
  mkdir -p "$DIR"
  chmod 700 "$DIR"
  printf 'berth-sandbox\n' >"$MARKER"
  exec 9>"$DIR/.lock"
  flock -n 9 || die "another sandbox run is using $DIR (set BERTH_SANDBOX_DIR to run a second one)"

  if [[ $NETNS_MODE == own ]]; then
    ip link set lo up
    # Forwarding between the sandbox's own bridges (user-defined networks);
    # this namespace has no interface that leads off the machine, so nothing
    # can be forwarded out. Also silences docker run's "networking will not
    # work" warning in the tests' output.
    echo 1 >/proc/sys/net/ipv4/ip_forward 2>/dev/null || true
  fi

  trap teardown EXIT
  trap 'on_signal INT 130' INT
  trap 'on_signal TERM 143' TERM
  trap 'on_signal HUP 129' HUP

  clean_stale
  pin_netns

  TOKEN=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$TOKEN" >"$TOKEN_FILE"
  printf '%s\n' "$$" >"$RUNNER_PIDFILE"
  mkdir -p "$DIR/docker-config"
  note_run_dirs

  ip link add "$BRIDGE" type bridge
  ip addr add "$BRIDGE_CIDR" dev "$BRIDGE"
  ip link set "$BRIDGE" up

  # The registry needs nothing from the engine, so it boots while dockerd does.
  start_registry

  local drivers=(overlay2 vfs) d
  [[ -n ${BERTH_SANDBOX_STORAGE_DRIVER:-} ]] && drivers=("$BERTH_SANDBOX_STORAGE_DRIVER")
  ENGINE_DRIVER=
  for d in "${drivers[@]}"; do
    bring_up_engine "$d" && break
    tail_engine_log
    reset_engine_after_failure
    [[ $d != "${drivers[-1]}" ]] && warn "storage driver $d does not work here; trying ${drivers[-1]}"
  done
  [[ -n $ENGINE_DRIVER ]] || die "the sandbox engine could not be started (see the log above)"

  wait_registry
  assert_engine_is_ours

  export DOCKER_HOST="$DOCKER_HOST_URL"
  export BERTH_SANDBOX=1
  export BERTH_SANDBOX_DIR="$DIR"
  export BERTH_SANDBOX_TOKEN="$TOKEN"
  export BERTH_REGISTRY="127.0.0.1:$REGISTRY_PORT"
  export BERTH_AUTH_REGISTRY="127.0.0.1:$AUTH_REGISTRY_PORT"
  export BERTH_AUTH_REGISTRY_USER="$AUTH_REGISTRY_USER"
  export BERTH_AUTH_REGISTRY_PASSWORD="$AUTH_REGISTRY_PASSWORD"
  # Berth keeps remembered registry logins here: never the user's own ~/.config/berth.
  export BERTH_DATA_DIR="$DIR/berth-data"
  # Everything CMD prints (a Playwright webServer's output too) is copied here, so a test can prove
  # what the server never logged.
  export BERTH_SANDBOX_OUTPUT="$DIR/command-output.log"
  export BERTH_FIXTURE_IMAGE="$FIXTURE_IMAGE"
  # An empty client config: the host's contexts, proxies or credential helpers
  # must not leak into the tests.
  export DOCKER_CONFIG="$DIR/docker-config"
  unset BERTH__NETNS BERTH__T0

  if command -v node >/dev/null 2>&1 && [[ -f $REPO_ROOT/scripts/assert-sandbox.mjs ]]; then
    node "$REPO_ROOT/scripts/assert-sandbox.mjs" >/dev/null || die "assert-sandbox refused the engine"
  fi

  log "ready in $(elapsed_since "$t0")s: storage driver $ENGINE_DRIVER, DOCKER_HOST=$DOCKER_HOST, registries $BERTH_REGISTRY and $BERTH_AUTH_REGISTRY (login)"
  log "running: $*"

  # CMD runs in the background so a signal to this script is handled at once
  # rather than after CMD exits; stdin is passed on explicitly because async
  # jobs otherwise get /dev/null.
  trap 'on_engine_start_request' USR1
  local rc
  : >"$BERTH_SANDBOX_OUTPUT"
  setsid "$@" <&3 3<&- 9>&- > >(tee -i -a "$BERTH_SANDBOX_OUTPUT") 2> >(tee -i -a "$BERTH_SANDBOX_OUTPUT" >&2) &
  CMD_PID=$!
  CMD_PGID=$CMD_PID
  while :; do
    rc=0
    wait "$CMD_PID" || rc=$?
    pid_alive "$CMD_PID" || break
  done
  CMD_PID=
  [[ -n $GOT_SIGNAL ]] && rc=$GOT_SIGNAL
  log "command exited with code $rc"
  exit "$rc"
}

NETNS_MODE=host

cmd_run() {
  [[ $EUID -eq 0 ]] || die "the sandbox must run as root (it starts dockerd, makes a bridge and mounts)"
  resolve_dir "${BERTH_SANDBOX_DIR:-}"
  [[ $REGISTRY_PORT =~ ^[0-9]+$ ]] || die "BERTH_REGISTRY_PORT=$REGISTRY_PORT is not a port number"
  [[ $AUTH_REGISTRY_PORT =~ ^[0-9]+$ ]] || die "BERTH_AUTH_REGISTRY_PORT=$AUTH_REGISTRY_PORT is not a port number"

  # Second pass, already inside the namespace made below.
  if [[ ${BERTH__NETNS:-} == own ]]; then
    NETNS_MODE=own
    run_inner "$@" # never returns
  fi

  export BERTH__T0
  BERTH__T0=$(now)
  provision
  check_dir_is_ours
  # stdin reaches CMD through fd 3 (see run_inner); CI runs with none at all.
  if { true <&0; } 2>/dev/null; then exec 3<&0; else exec 3</dev/null; fi

  # BERTH_SANDBOX_NETNS=0 exercises the fallback on machines where unshare works.
  if [[ ${BERTH_SANDBOX_NETNS:-1} != 0 ]] && unshare -n true 2>/dev/null; then
    BERTH__NETNS=own exec unshare -n -- "$BASH" "$SELF" run "$@"
  fi
  if [[ ${BERTH_SANDBOX_NETNS:-1} == 0 ]]; then
    warn "BERTH_SANDBOX_NETNS=0: running in the host network namespace"
  else
    warn "cannot create a network namespace (unshare -n failed); running in the host network namespace"
  fi
  run_inner "$@"
}

# ---------------------------------------------------------------------------
# engine-stop / engine-start (called by e2e tests from inside a run)

load_inner_state() {
  [[ $EUID -eq 0 ]] || die "engine-stop/engine-start must run as root"
  [[ -n ${BERTH_SANDBOX_DIR:-} ]] || die "BERTH_SANDBOX_DIR is not set; engine-stop/engine-start only work inside 'sandbox.sh run'"
  resolve_dir "$BERTH_SANDBOX_DIR"
  [[ -f $MARKER && -s $ENGINE_ARGS_FILE && -s $TOKEN_FILE ]] ||
    die "$DIR holds no sandbox state; engine-stop/engine-start only work inside 'sandbox.sh run'"
  read -r TOKEN <"$TOKEN_FILE"
  if [[ -n ${BERTH_SANDBOX_TOKEN:-} && $BERTH_SANDBOX_TOKEN != "$TOKEN" ]]; then
    die "BERTH_SANDBOX_TOKEN does not match the sandbox in $DIR"
  fi
}

# The runner, not engine-start, launches the restarted dockerd: that keeps it in
# the runner's network namespace (where the bridge and the tests are) and makes
# it the runner's child, so it is reaped at once instead of lingering as a
# zombie of init after it stops.
runner_pid() {
  local runner
  runner=$(read_pidfile "$RUNNER_PIDFILE") || die "no sandbox runner recorded in $DIR"
  pid_alive "$runner" || die "the sandbox runner (pid $runner) is not running"
  printf '%s' "$runner"
}

# engine-start and engine-stop from parallel tests must not interleave.
lock_engine_ops() {
  exec 8>"$DIR/.engine-lock"
  flock -w 90 8 || die "timed out waiting for another engine-start/engine-stop"
}

cmd_engine_stop() {
  load_inner_state
  lock_engine_ops
  local pid
  if ! pid=$(engine_pid); then
    log "sandbox engine is not running"
    stop_engine
    return 0
  fi
  log "stopping sandbox engine (pid $pid)"
  stop_engine
  log "sandbox engine stopped"
}

# A crash rather than a shutdown: dockerd gets SIGKILL, says goodbye to no one, and leaves its containerd and the
# containers' shims behind (engine-start cleans up after it as after a real crash).
cmd_engine_kill() {
  load_inner_state
  lock_engine_ops
  local pid i
  pid=$(engine_pid) || die "the sandbox engine is not running"
  log "killing sandbox engine (pid $pid) with SIGKILL"
  kill -KILL "$pid"
  for ((i = 0; i < 100; i++)); do
    pid_alive "$pid" || break
    sleep 0.05
  done
  ! pid_alive "$pid" || die "dockerd (pid $pid) survived SIGKILL"
  log "sandbox engine killed"
}

cmd_engine_start() {
  load_inner_state
  lock_engine_ops
  local pid t0 runner i
  t0=$(now)
  runner=$(runner_pid)
  if pid=$(engine_pid) && engine_ping; then
    labels_ok || die "the engine on $SOCK does not carry this sandbox's token"
    log "sandbox engine already running (pid $pid)"
    return 0
  fi
  # A KILLed engine can leave its containerd behind holding the state dir.
  stop_engine
  rm -f "$DIR/engine-launch.pid"
  kill -USR1 "$runner" || die "cannot signal the sandbox runner (pid $runner)"
  for ((i = 0; i < 100; i++)); do
    pid=$(read_pidfile "$DIR/engine-launch.pid") && break
    sleep 0.05
  done
  [[ -n $pid ]] || die "the sandbox runner (pid $runner) did not launch the engine"
  if ! wait_engine "$pid"; then
    tail_engine_log
    die "the sandbox engine did not come back"
  fi
  labels_ok || die "the restarted engine does not carry this sandbox's token"
  log "sandbox engine started in $(elapsed_since "$t0")s"
}

# ---------------------------------------------------------------------------

case "${1:-}" in
  run)
    shift
    cmd_run "$@"
    ;;
  engine-stop) cmd_engine_stop ;;
  engine-start) cmd_engine_start ;;
  engine-kill) cmd_engine_kill ;;
  *) usage ;;
esac
