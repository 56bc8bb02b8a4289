# Shared by the load benchmarks (bench/intake, bench/open311); sourced, not run. Builds the jar
# when needed, creates a throw-away database (an H2 file in a temp dir, or a new PostgreSQL
# database), compiles a driver, starts Whistle on a free port of 127.0.0.1, and on exit kills the
# server, drops the database and deletes the temp dir.
# Environment (all optional):
#   WHISTLE_BENCH_PG_HOST=127.0.0.1 WHISTLE_BENCH_PG_PORT=5432
#   WHISTLE_BENCH_PG_USER=postgres WHISTLE_BENCH_PG_PASSWORD=postgres
#   WHISTLE_BENCH_JAR=                     a jar to run as it is; without it target/whistle.jar, built
#                                          with mvn package when missing or older than pom.xml/src/main
#   WHISTLE_BENCH_JAVA_OPTS=               JVM options of the server, e.g. -Xmx2g
#   WHISTLE_BENCH_SERVER_ARGS=             more server arguments, e.g. --spring.datasource.hikari.maximum-pool-size=10
#   WHISTLE_BENCH_MVN_FLAGS=               more Maven flags, e.g. -o
#   WHISTLE_BENCH_KEEP=1                   keep the temp dir (server log) and print where it is

pg_host="${WHISTLE_BENCH_PG_HOST:-127.0.0.1}"
pg_port="${WHISTLE_BENCH_PG_PORT:-5432}"
pg_user="${WHISTLE_BENCH_PG_USER:-postgres}"
pg_password="${WHISTLE_BENCH_PG_PASSWORD-postgres}"
mvn_flags=(-q ${WHISTLE_BENCH_MVN_FLAGS:-})
server_pid=""
pg_db=""
tmp=""

psql_admin() {
  PGPASSWORD="$pg_password" psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres "$@"
}

bench_cleanup() {
  local rc=$?
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -9 "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.2; done
  fi
  if [ -n "$pg_db" ]; then
    psql_admin -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" || echo "could not drop database $pg_db" >&2
  fi
  if [ -n "$tmp" ]; then
    if [ -n "${WHISTLE_BENCH_KEEP:-}" ]; then
      echo "kept $tmp"
    else
      rm -rf "$tmp"
    fi
  fi
  exit $rc
}

# bench_prepare NAME DRIVER_SOURCES...: the jar, the temp dir and the compiled driver.
# The server runs a copy of the jar, and the driver (which needs none of the application's
# classes) is compiled into the temp dir against the bench profile's classpath, so that a build
# running beside the benchmark (mvn clean, package) cannot change either during the run.
bench_prepare() {
  local name="$1"
  shift
  jar="${WHISTLE_BENCH_JAR:-target/whistle.jar}"
  if [ -z "${WHISTLE_BENCH_JAR:-}" ]; then
    if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main -newer "$jar" -print -quit)" ]; then
      echo "building $jar ..."
      mvn "${mvn_flags[@]}" -DskipTests package
    fi
  fi
  [ -f "$jar" ] || { echo "no $jar" >&2; exit 2; }
  tmp="$(mktemp -d "${TMPDIR:-/tmp}/whistle-$name.XXXXXX")"
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
  cp "$jar" "$tmp/whistle.jar"
  echo "compiling the driver ..."
  mvn "${mvn_flags[@]}" -Pbench dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$tmp/classpath.txt" >/dev/null
  javac --release 17 -nowarn -d "$tmp/driver" -cp "$(cat "$tmp/classpath.txt")" "$@"
}

# bench_database h2|postgresql: sets jdbc, jdbc_user, jdbc_password and the server's datasource.
bench_database() {
  if [ "$1" = h2 ]; then
    jdbc="jdbc:h2:file:$tmp/whistle;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
    jdbc_user=""
    jdbc_password=""
    datasource=(--spring.datasource.url="$jdbc")
  else
    pg_db="whistle_bench_$(printf '%04x%04x%04x' $RANDOM $RANDOM $RANDOM)"
    psql_admin -c "CREATE DATABASE $pg_db"
    jdbc="jdbc:postgresql://$pg_host:$pg_port/$pg_db"
    jdbc_user="$pg_user"
    jdbc_password="$pg_password"
    datasource=(--spring.datasource.url="$jdbc" --spring.datasource.username="$pg_user")
    if [ -n "$pg_password" ]; then
      datasource+=(--spring.datasource.password="$pg_password")
    fi
  fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port" >&2
  return 1
}

# bench_start_server DB: starts Whistle in demo mode and waits until it is up; sets base, server_pid.
bench_start_server() {
  local port started
  port="$(free_port)"
  base="http://127.0.0.1:$port"
  echo "starting Whistle on $base ($1, log in $tmp/server.log)"
  started=$SECONDS
  # shellcheck disable=SC2086
  WHISTLE_LOG_FILE="$tmp/whistle.log" java ${WHISTLE_BENCH_JAVA_OPTS:-} -jar "$tmp/whistle.jar" \
    --server.address=127.0.0.1 --server.port="$port" --whistle.demo.enabled=true "${datasource[@]}" \
    --whistle.rate-limit.authenticated.capacity=1000000000 --whistle.rate-limit.authenticated.period=1s \
    ${WHISTLE_BENCH_SERVER_ARGS:-} >"$tmp/server.log" 2>&1 &
  server_pid=$!
  disown "$server_pid"
  for i in $(seq 1 300); do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "the server stopped while starting:" >&2
      tail -n 40 "$tmp/server.log" >&2
      exit 2
    fi
    if curl -sf "$base/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      break
    fi
    if [ "$i" = 300 ]; then
      echo "the server did not come up in 300 s:" >&2
      tail -n 40 "$tmp/server.log" >&2
      exit 2
    fi
    sleep 1
  done
  echo "up after $((SECONDS - started)) s"
}

# bench_stop_server: stops the server cleanly (SIGTERM), e.g. so that a driver may open its H2 file.
bench_stop_server() {
  kill "$server_pid" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$server_pid" 2>/dev/null; then
    echo "the server did not stop in 30 s" >&2
    exit 2
  fi
  server_pid=""
}

# The driver's JDBC arguments.
jdbc_args() {
  local args=(--jdbc "$jdbc")
  [ -n "$jdbc_user" ] && args+=(--jdbc-user "$jdbc_user")
  [ -n "$jdbc_password" ] && args+=(--jdbc-password "$jdbc_password")
  printf '%s\n' "${args[@]}"
}
