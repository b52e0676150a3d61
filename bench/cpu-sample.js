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

/** The PostgreSQL backends connected to `database` now, except the asking one (the servers' pools keep theirs open). */
async function backendPids(admin, database) {
  const { rows } = await admin.query('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
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

/** CPU ms used between two samples of cpuSample (a backend opened in between counts from zero). */
function cpuMsBetween(before, after) {
  let ticks = 0;
  for (const [pid, value] of after) ticks += value - (before.get(pid) ?? 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

module.exports = { cpuSample, cpuMsBetween };
