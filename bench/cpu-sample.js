// CPU time of a server process and of the PostgreSQL backends serving its database, read from /proc (Linux):
// steadier than requests per second on a machine shared with other work.
const { readFileSync } = require('node:fs');

const TICKS_PER_SECOND = 100; // USER_HZ, the unit of utime/stime in /proc/<pid>/stat on Linux

/** CPU time (user + system) a process has used, in ticks; 0 once it is gone. */
function cpuTicks(pid) {
  try {
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the line.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * The PostgreSQL backends serving clients of `database` now, except the asking one (the servers' pools keep
 * theirs open). Client backends only: an autovacuum worker on the database is the server's housekeeping, and one
 * that happened to start during a run would charge that run with all of its work.
 */
async function backendPids(admin, database) {
  const { rows } = await admin.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    [database],
  );
  return rows.map((row) => row.pid);
}

/**
 * CPU ticks of the server process and of each backend on `database`, keyed by pid. `admin` is a pg client or
 * pool on the same PostgreSQL server (the backends must run on this machine for /proc to see them).
 */
async function cpuSample(admin, database, serverPid) {
  const sample = new Map([[serverPid, cpuTicks(serverPid)]]);
  for (const pid of await backendPids(admin, database)) sample.set(pid, cpuTicks(pid));
  return sample;
}

/**
 * CPU ms used between two samples of cpuSample for `serverPid` (a backend opened in between counts from zero):
 * `{ server, database, total }`, the server process, its backends, and both.
 */
function cpuMsBetween(serverPid, before, after) {
  const ms = { server: 0, database: 0 };
  for (const [pid, value] of after) ms[pid === serverPid ? 'server' : 'database'] += ((value - (before.get(pid) ?? 0)) * 1000) / TICKS_PER_SECOND;
  return { ...ms, total: ms.server + ms.database };
}

module.exports = { cpuSample, cpuMsBetween };
