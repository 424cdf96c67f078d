#!/usr/bin/env bash
# Dispatch benchmark (issue 6 item 7): not part of the test suite. README "Benchmark" describes it.
#
# Seeds N due parcel reminders across several properties, runs the real dispatcher (the packaged service)
# against loopback stand-ins for Twilio and SMTP, and prints reminders per second, due-to-handed-over lag,
# the service's RSS, whether a burst from one sender keeps its pace and order, the claim query's cost at
# 10 thousand and 1 million pending reminders, and the
# machine's bound (pgbench on the same PostgreSQL). Everything it starts is stopped when it exits.
#
# Options (environment): N=20000 reminders in the burst phase, WARMUP=60000 sent before it, PROPERTIES=5, STEADY_RATE=500 reminders/s
# and STEADY_SECONDS=20 for the steady phase, PACED_N=5000 notices from one sender held to PACED_RATE=100
# messages/s for the pacing phase (0 skips it), CLAIM_1M=1 (0 skips the 1 million step), PGBENCH=1 (0 skips
# pgbench), JAVA_OPTS for the service JVM (-Xmx112m -XX:+UseSerialGC), FRONTDESK_DISPATCHER_BATCH_SIZE / FRONTDESK_DISPATCHER_INTERVAL
# to tune the dispatcher, PACING_RATE=100000 messages/s per sender (the stand-in has one sender: the default
# pace of 1/s would measure Twilio's long-code limit, not the service), SERVICE_PORT / TWILIO_PORT / SMTP_PORT,
# DB=frontdesk_bench, JAR (the packaged service).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-20000}
# After 30000 the JIT still spent about a third of the burst's service CPU compiling (C2 4.4 of 13.7 s).
WARMUP=${WARMUP:-60000}
# The JVM Kubernetes gives a replica (k8s/base: JAVA_MAX_MEM_RATIO=22 of a 512Mi limit, GC_CONTAINER_OPTIONS,
# MALLOC_ARENA_MAX). The serial collector: G1's own structures took 45 MB, and a replica has one core or two.
JAVA_OPTS=${JAVA_OPTS:--Xmx112m -XX:+UseSerialGC}
# glibc's malloc arenas: each one the JVM's threads spread over keeps freed memory of its own (two: 10-20 MB more RSS)
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-1}
# the service's default batch (application.properties), for the claim's EXPLAIN
CLAIM_LIMIT=${FRONTDESK_DISPATCHER_BATCH_SIZE:-500}
PROPERTIES=${PROPERTIES:-5}
UNITS=${UNITS:-200}
STEADY_RATE=${STEADY_RATE:-500}
STEADY_SECONDS=${STEADY_SECONDS:-20}
PACED_N=${PACED_N:-5000}
PACED_RATE=${PACED_RATE:-100}
CLAIM_1M=${CLAIM_1M:-1}
PGBENCH=${PGBENCH:-1}
SERVICE_PORT=${SERVICE_PORT:-18091}
TWILIO_PORT=${TWILIO_PORT:-18092}
SMTP_PORT=${SMTP_PORT:-18093}
DB=${DB:-frontdesk_bench}
PGBENCH_DB=${PGBENCH_DB:-frontdesk_pgbench}
DRAIN_TIMEOUT=${DRAIN_TIMEOUT:-900}
LOGS=target/bench
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
export PGHOST=127.0.0.1 PGUSER=postgres

SERVICE_PID=
STANDINS_PID=
SEEDER_PID=
ANALYZER_PID=

say() { printf '%s\n' "$*"; }
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }

stop_pid() { # pid: TERM, then KILL if it does not go within 15 s
    local pid=$1
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    stop_pid "$SEEDER_PID"
    stop_pid "$ANALYZER_PID"
    stop_pid "$SERVICE_PID"
    stop_pid "$STANDINS_PID"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. build --------------------------------------------------------------------------------------------
mkdir -p "$LOGS"
if [[ ! -f $JAR ]]; then
    say "building the service (./mvnw -B -q package -DskipTests) ..."
    ./mvnw -B -q package -DskipTests
fi

# --- 2. stand-ins ----------------------------------------------------------------------------------------
start_standins() { # [messages per second per sender the Twilio stand-in holds senders to]
    python3 bench/standins.py "$TWILIO_PORT" "$SMTP_PORT" ${1:+"$1"} >"$LOGS/standins.log" 2>&1 &
    STANDINS_PID=$!
    for _ in $(seq 1 50); do
        curl -s -o /dev/null -X POST "http://127.0.0.1:$TWILIO_PORT/" && break
        sleep 0.1
    done
}
stop_standins() { # prints what they saw
    stop_pid "$STANDINS_PID"
    STANDINS_PID=
    say "  the stand-ins saw: $(tail -1 "$LOGS/standins.log" | sed 's/stand-ins saw: //')"
}
start_standins

# --- 3. database and service -----------------------------------------------------------------------------
start_service() { # dispatcher-enabled log-name
    env -u MP_JWT_VERIFY_PUBLICKEY -u MP_JWT_VERIFY_PUBLICKEY_LOCATION \
        PORT="$SERVICE_PORT" \
        QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://127.0.0.1:5432/$DB" \
        FRONTDESK_PUBLIC_BASE_URL="http://127.0.0.1:$SERVICE_PORT" \
        TWILIO_ACCOUNT_SID=ACbench0000000000000000000000000 TWILIO_AUTH_TOKEN=x \
        TWILIO_FROM_NUMBER=+15005550006 TWILIO_API_URL="http://127.0.0.1:$TWILIO_PORT" \
        QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT="$SMTP_PORT" \
        QUARKUS_MAILER_TLS=false QUARKUS_MAILER_START_TLS=DISABLED \
        FRONTDESK_ARREARS_JOBS_ENABLED=false \
        FRONTDESK_PACING_MESSAGES_PER_SECOND="${PACING_RATE:-100000}" \
        FRONTDESK_DISPATCHER_ENABLED="$1" \
        java $JAVA_OPTS -jar "$JAR" >"$LOGS/service-$2.log" 2>&1 &
    SERVICE_PID=$!
    SERVICE_STARTED=$(date +%s.%N)
    for _ in $(seq 1 360); do
        kill -0 "$SERVICE_PID" 2>/dev/null || { say "the service exited; see $LOGS/service-$2.log"; exit 1; }
        curl -sf -o /dev/null "http://127.0.0.1:$SERVICE_PORT/q/health/ready" && return 0
        sleep 0.5
    done
    say "the service did not become ready; see $LOGS/service-$2.log"
    exit 1
}

stop_service() {
    stop_pid "$SERVICE_PID"
    SERVICE_PID=
}

# Seeds one parcel follow-up and one due reminder per row: every tenth an arrival email, the rest the SMS
# of the phone-retry chain. $1 = subject prefix, $2 = count, $3 = due time of row g (SQL expression).
# opened_at carries the due time so the reminder insert can read it back.
seed_sql() {
    cat <<SQL
with opened as (
    insert into follow_up (property_code, kind, subject_ref, resident_id, unit_code, details, subject_dates,
                           contacts, ack_token, opened_at)
    select r.property_code, 'parcel', '$1' || g, r.id, r.unit_code,
           json_build_object('unit', r.unit_code, 'kindZh', '包裹', 'kindEn', 'parcel',
                             'tracking', 'SF' || lpad(g::text, 10, '0'), 'carrier', 'SF Express',
                             'arrived', to_char(now() at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'),
                             'parcelId', g)::text,
           '{}', '[]', md5('$1' || g || random()::text), $3
      from generate_series(1, $2) g
     cross join (select min(id) lo, count(*) n from resident) b
      join resident r on r.id = b.lo + g % b.n
    returning id, resident_id, opened_at)
insert into reminder (follow_up_id, step, audience, recipient_type, recipient_id, channel, due_at, status,
                      created_at)
select id, case when id % 10 = 0 then 'arrival-email' else 'phone-retry' end, 'TENANT', 'RESIDENT', resident_id,
       case when id % 10 = 0 then 'EMAIL' else 'SMS' end, opened_at, 'PLANNED', now()
  from opened
SQL
}

# CPU seconds (user + system) used so far by the given processes (those gone since are not counted).
cpu_of() { # pid...
    local pid
    for pid in "$@"; do cat "/proc/$pid/stat" 2>/dev/null; done \
        | awk -v hz="$(getconf CLK_TCK)" '{sum += $14 + $15} END {printf "%.2f", sum / hz}'
}
service_cpu() { cpu_of "$SERVICE_PID"; }
postgres_cpu() { cpu_of $(pgrep -u postgres postgres); }
standins_cpu() { cpu_of "$STANDINS_PID"; }

# CPU ticks per thread name of the service so far ("vert.x-eventloop-thread\t1234" lines, numbers dropped).
thread_ticks() {
    local t name ticks
    for t in /proc/"$SERVICE_PID"/task/*; do
        # a thread may end between the listing and the read
        name=$(sed -E 's/[-#]?[0-9]+$//' "$t/comm" 2>/dev/null) && ticks=$(awk '{print $14 + $15}' "$t/stat" 2>/dev/null) \
            && printf '%s\t%s\n' "$name" "$ticks" || true
    done | awk -F'\t' '{ticks[$1] += $2} END {for (n in ticks) print n "\t" ticks[n]}'
}
# The five thread names that used the most CPU since the ticks in file $1: "vert.x-eventloo 12.3 s, ...".
busiest_threads() {
    awk -F'\t' -v hz="$(getconf CLK_TCK)" 'NR == FNR {before[$1] = $2; next}
         {printf "%.1f\t%s\n", ($2 - before[$1]) / hz, $1}' "$1" <(thread_ticks) \
        | sort -rn | head -5 | awk -F'\t' '{printf "%s%s %s s", (NR > 1 ? ", " : ""), $2, $1}'
}

due_left() { sql "select count(*) from reminder where status in ('PLANNED', 'CLAIMED') and due_at <= now()"; }

wait_drained() { # waits until nothing due is left to send
    local deadline=$(($(date +%s) + DRAIN_TIMEOUT))
    while (( $(due_left) > 0 )); do
        (( $(date +%s) < deadline )) || { say "  not drained after ${DRAIN_TIMEOUT}s: $(due_left) due reminders left"; return 1; }
        kill -0 "$SERVICE_PID" 2>/dev/null || { say "  the service died"; exit 1; }
        sleep 0.5
    done
}

# Lag from due to handed over (sent_at) of the seeded reminders of one phase: count p50 p95 p99 in seconds.
lag_sql() {
    cat <<SQL
select count(*),
       round(percentile_cont(0.50) within group (order by extract(epoch from r.sent_at - r.due_at))::numeric, 3),
       round(percentile_cont(0.95) within group (order by extract(epoch from r.sent_at - r.due_at))::numeric, 3),
       round(percentile_cont(0.99) within group (order by extract(epoch from r.sent_at - r.due_at))::numeric, 3),
       round(extract(epoch from max(r.sent_at) - min(r.sent_at))::numeric, 3)
  from reminder r join follow_up f on f.id = r.follow_up_id
 where f.subject_ref like '$1%' and r.due_at = f.opened_at and r.status = 'SENT'
SQL
}

statuses() {
    sql "select string_agg(status || ' ' || n, ', ' order by status) from (select r.status, count(*) n
           from reminder r join follow_up f on f.id = r.follow_up_id
          where f.subject_ref like '$1%' and r.due_at = f.opened_at group by r.status) s"
}

say "== frontdesk-notify dispatch benchmark: N=$N across $PROPERTIES properties =="
dropdb --if-exists "$DB"
createdb "$DB"
start_service false migrate   # Flyway creates the schema; nothing is dispatched
stop_service

# --- 4. seed ---------------------------------------------------------------------------------------------
sql "insert into property (code, name, time_zone, weekday_hours, weekend_hours, created_at)
     select 'BENCH' || p, 'Bench Tower ' || p, 'Asia/Shanghai', '08:20-12:00,14:30-18:00', '09:00-17:00', now()
       from generate_series(1, $PROPERTIES) p;
     insert into unit (property_code, code)
     select 'BENCH' || p, 'U' || u from generate_series(1, $PROPERTIES) p, generate_series(1, $UNITS) u;
     insert into resident (property_code, unit_code, name, phone, email, locale)
     select 'BENCH' || p, 'U' || u, 'Resident ' || p || '-' || u, '+86138' || lpad((p * 10000 + u)::text, 8, '0'),
            'r' || p || '-' || u || '@bench.test', case when u % 2 = 0 then 'en' else 'zh-CN' end
       from generate_series(1, $PROPERTIES) p, generate_series(1, $UNITS) u;"
sql "$(seed_sql warmup- "$WARMUP" "now()")"
sql "analyze"

# With autovacuum off (as on the development machine) nothing re-analyzes the tables, and the service's cached
# generic plans, made while delivery was empty, keep primary-key lookups as sequential scans: every send then
# reads the whole delivery table. ANALYZE every 5 s stands in for autovacuum's.
if [[ $(sql "show autovacuum") == off ]]; then
    say "autovacuum is off on this server: the benchmark runs ANALYZE every 5 s in its place"
    analyzer() {
        local nap
        trap 'kill $nap 2>/dev/null; exit 0' TERM
        while :; do
            sql "analyze reminder, delivery, follow_up, event_outbox" || true
            sleep 5 & nap=$!
            wait $nap
        done
    }
    analyzer &
    ANALYZER_PID=$!
fi

# --- 5a. warm-up, then burst: drain N reminders due at once ---------------------------------------------
# A replica that has run for a while has its hot paths compiled; the warm-up's reminders (due before the
# launch) give the JIT that work first, so the burst measures the service, not its compiler.
start_service true dispatch
wait_drained
IFS='|' read -r sent _ _ _ window <<<"$(sql "$(lag_sql warmup-)")"
say "warm-up: $WARMUP reminders sent $(printf '%.1f' "$(echo "$(date +%s.%N) - $SERVICE_STARTED" | bc)") s after the launch," \
    "$(echo "scale=0; $sent / $window" | bc)/s from the first hand-over to the last (while the JIT compiles)"
cpu_before=$(service_cpu) pg_before=$(postgres_cpu) standins_before=$(standins_cpu)
thread_ticks >"$LOGS/threads-before-burst.tsv"
burst_start=$(date +%s.%N)
sql "$(seed_sql burst- "$N" "now()")"
seeded=$(date +%s.%N)
wait_drained
drained=$(date +%s.%N)
cpu_burst=$(echo "$(service_cpu) - $cpu_before" | bc)
pg_burst=$(echo "$(postgres_cpu) - $pg_before" | bc)
standins_burst=$(echo "$(standins_cpu) - $standins_before" | bc)
IFS='|' read -r sent p50 p95 p99 window <<<"$(sql "$(lag_sql burst-)")"
say ""
say "burst phase: $N reminders due at once (seeded in one transaction of $(printf '%.1f' "$(echo "$seeded - $burst_start" | bc)") s)"
say "  reminders:            $(statuses burst-)"
say "  reminders per second: $(echo "scale=0; $sent / $window" | bc) (sent $sent, first to last hand-over ${window} s)"
say "                        $(echo "scale=0; $sent / ($drained - $burst_start)" | bc) counting from the start of the seeding transaction"
say "  lag due -> handed over p50/p95/p99: ${p50} / ${p95} / ${p99} s (due = the seeding transaction's start)"
say "  service CPU:          ${cpu_burst} s, $(echo "scale=3; $cpu_burst * 1000 / $sent" | bc) ms per reminder (what it costs whatever else runs)"
say "  PostgreSQL CPU:       ${pg_burst} s, $(echo "scale=3; $pg_burst * 1000 / $sent" | bc) ms per reminder; the stand-ins: ${standins_burst} s"
say "  the service's busiest threads: $(busiest_threads "$LOGS/threads-before-burst.tsv")"

# --- 5b. steady load: STEADY_RATE due-now reminders per second for STEADY_SECONDS ------------------------
# Each second's rows are due spread over that second, inserted as the second starts (one commit each).
steady_step=$(echo "scale=6; 1 / $STEADY_RATE" | bc)
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" >"$LOGS/seeder.log" 2>&1 <<SQL &
do \$\$
declare
    t0 timestamptz := clock_timestamp();
begin
    for s in 0 .. $STEADY_SECONDS - 1 loop
        $(seed_sql "steady-' || s || '-" "$STEADY_RATE" "t0 + s * interval '1 second' + (g - 1) * interval '$steady_step seconds'");
        commit;
        perform pg_sleep_until(t0 + (s + 1) * interval '1 second');
    end loop;
end
\$\$;
SQL
SEEDER_PID=$!
wait "$SEEDER_PID" || { say "steady seeder failed; see $LOGS/seeder.log"; exit 1; }
SEEDER_PID=
wait_drained
IFS='|' read -r sent p50 p95 p99 window <<<"$(sql "$(lag_sql steady-)")"
say ""
say "steady phase: $STEADY_RATE reminders/s for $STEADY_SECONDS s"
say "  reminders:            $(statuses steady-)"
say "  lag due -> handed over p50/p95/p99: ${p50} / ${p95} / ${p99} s"
say "  service RSS: $(awk '/VmHWM|VmRSS/ {printf "%s %d MB  ", $1, $2 / 1024}' "/proc/$SERVICE_PID/status")"
stop_service
stop_standins

# --- 6. pacing: a burst from one sender drains at the sender's pace, in order, without provider refusals ------
# Twilio holds a long code to about 1 message/s: at that pace 5,000 notices take 83 minutes, so this phase runs
# the same code at PACED_RATE against a stand-in that refuses whatever goes faster (and counts reorderings).
if (( PACED_N > 0 )); then
    # the seeded reminder of each paced notice (retries keep their row; a sent one plans a later one)
    SEEDED="with seeded as (select distinct on (r.follow_up_id) r.* from reminder r
                              join follow_up f on f.id = r.follow_up_id
                             where f.subject_ref like 'paced-%' order by r.follow_up_id, r.id)"
    start_standins "$PACED_RATE"
    PACING_RATE=$PACED_RATE start_service true paced
    sql "$(seed_sql paced- "$PACED_N" "now() + g * interval '1 millisecond'")"
    deadline=$(($(date +%s) + DRAIN_TIMEOUT))
    # until every notice went out or failed for good: one a provider refused waits for its retry, even when later
    while (( $(sql "$SEEDED select count(*) from seeded where status in ('PLANNED', 'CLAIMED')") > 0 )); do
        (( $(date +%s) < deadline )) || { say "  pacing phase not drained after ${DRAIN_TIMEOUT}s"; break; }
        sleep 0.5
    done
    IFS='|' read -r sms window <<<"$(sql "$SEEDED select count(*) filter (where channel = 'SMS'),
        round(extract(epoch from max(sent_at) - min(sent_at))::numeric, 3) from seeded")"
    say ""
    say "pacing: $PACED_N notices due within $(echo "scale=1; $PACED_N / 1000" | bc) s, $sms of them SMS from one sender held to $PACED_RATE/s"
    say "  reminders:            $(sql "$SEEDED select string_agg(status || ' ' || n, ', ' order by status)
                                          from (select status, count(*) n from seeded group by status) s")"
    say "  first to last hand-over: ${window} s (the SMS at the pace alone: $(echo "scale=1; $sms / $PACED_RATE" | bc) s)"
    stop_service
    stop_standins
fi
stop_pid "$ANALYZER_PID"
ANALYZER_PID=

# --- 7. claim query cost at 10 thousand and 1 million pending reminders -----------------------------------
# The three statements of ReminderClaims.claim (engine/dispatch) as it sends them (the read-back as Hibernate
# does), with :now = now(), :pacedBy = now() + the pacing's longest hold (1 s) and :limit = the batch size, each explained in a transaction that is rolled back. The
# siblings' update and the read-back run after the batch's claim has marked its rows CLAIMED, as in the service.
explain_sql() { # statement [setup]
    psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" -c "begin" ${2:+-c "$2"} -c "explain (analyze, buffers) $1" -c "rollback"
}
CLAIM="select id from reminder
 where status in ('PLANNED', 'CLAIMED')
   and due_at <= now()
   and (status = 'PLANNED' or lease_until < now())
   and (paced_until is null or paced_until <= now() + interval '1 second')
 order by due_at
 limit $CLAIM_LIMIT
 for update skip locked"
CLAIMED="update reminder set status = 'CLAIMED', claimed_by = 'bench#00000000', lease_until = now() + interval '2 minutes',
        attempts = attempts + 1
  where id in ($CLAIM)"
SIBLINGS="update reminder sibling
   set status = 'CLAIMED', claimed_by = 'bench#00000000', lease_until = now(), attempts = sibling.attempts + 1
  from reminder claimed
  join follow_up claimed_follow_up on claimed_follow_up.id = claimed.follow_up_id,
       follow_up sibling_follow_up
 where claimed.claimed_by = 'bench#00000000' and claimed.status = 'CLAIMED' and claimed.digest
   and sibling.status = 'PLANNED' and sibling.digest
   and sibling.follow_up_id = sibling_follow_up.id
   and sibling_follow_up.kind = claimed_follow_up.kind
   and sibling.step = claimed.step
   and sibling.recipient_type = claimed.recipient_type
   and sibling.recipient_id = claimed.recipient_id
   and sibling.channel = claimed.channel
   and sibling.due_at = claimed.due_at"
READBACK="select * from reminder where claimed_by = 'bench#00000000' and status = 'CLAIMED' order by due_at, id"
pending_future() { # total: tops pending reminders up to this many, due a month and more from now
    sql "insert into reminder (follow_up_id, step, audience, recipient_type, recipient_id, channel, due_at, status, created_at)
         select f.id, 'phone-retry', 'TENANT', 'RESIDENT', f.resident_id, 'SMS',
                now() + interval '30 days' + g * interval '1 second', 'PLANNED', now()
           from generate_series(1, $1 - (select count(*) from reminder where status in ('PLANNED', 'CLAIMED'))) g
          cross join (select id, resident_id from follow_up order by id limit 1) f;
         analyze reminder"
}
took() { # plan: "12.3 ms (sequential scan)"
    echo "$(grep -o 'Execution Time: .*' <<<"$1" | cut -d' ' -f3-)" \
         "($(grep -q 'Seq Scan on reminder' <<<"$1" && echo 'sequential scan of reminder' || echo 'index scans'))"
}
claim_at() { # total
    local claim siblings readback
    pending_future "$1"
    claim=$(explain_sql "$CLAIM")
    siblings=$(explain_sql "$SIBLINGS" "$CLAIMED")
    readback=$(explain_sql "$READBACK" "$CLAIMED")
    printf '%s\n\n%s\n\n%s\n' "$claim" "$siblings" "$readback" >"$LOGS/claim-plan-$1.txt"
    say "  $(printf '%7d' "$1") pending ($(sql 'select count(*) from reminder') rows in reminder):"
    say "    claim (CLAIM_SQL):                           $(took "$claim"), $(grep -q 'reminder_pending' <<<"$claim" \
        && echo 'on the partial index reminder_pending' || echo 'NOT on reminder_pending'), $(grep -m1 -o 'Buffers: shared [^)]*' <<<"$claim")"
    say "    digest siblings (CLAIM_DIGEST_SIBLINGS_SQL): $(took "$siblings")"
    say "    read-back (claimedBy = ?1):                  $(took "$readback")"
}
say ""
say "claim (limit $CLAIM_LIMIT, $CLAIM_LIMIT due; plans in $LOGS/claim-plan-*.txt):"
sql "delete from reminder where status in ('PLANNED', 'CLAIMED');
     insert into reminder (follow_up_id, step, audience, recipient_type, recipient_id, channel, due_at, status, created_at)
     select f.id, 'phone-retry', 'TENANT', 'RESIDENT', f.resident_id, 'SMS', now() - g * interval '1 second', 'PLANNED', now()
       from generate_series(1, $CLAIM_LIMIT) g cross join (select id, resident_id from follow_up order by id limit 1) f"
claim_at 10000
[[ $CLAIM_1M == 0 ]] || claim_at 1000000

# --- 6. the machine's bound ------------------------------------------------------------------------------
say ""
say "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) memory"
say "  PostgreSQL $(sql 'show server_version'), $(java -version 2>&1 | head -1)"
if [[ $PGBENCH != 0 ]]; then
    PGBENCH_BIN=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -1)
    dropdb --if-exists "$PGBENCH_DB"
    createdb "$PGBENCH_DB"
    "$PGBENCH_BIN" -i -s 5 -q "$PGBENCH_DB" >"$LOGS/pgbench-init.log" 2>&1
    "$PGBENCH_BIN" -c 4 -j 2 -T 15 "$PGBENCH_DB" >"$LOGS/pgbench.log" 2>&1
    say "  pgbench (TPC-B, scale 5, -c 4 -j 2 -T 15): $(grep -m1 -o 'tps = [0-9.]*' "$LOGS/pgbench.log") transactions/s"
fi
