// `npm start` runs this first: it builds only when dist/ is missing or older than a file it is built from, so a
// second start (or a start right after `npm run demo`) goes straight to the app instead of waiting for `nest build`.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

/** Everything `nest build` reads: the sources and views, the migrations, and the files that configure the build. */
const INPUTS = ['src', 'migrations', 'package.json', 'package-lock.json', 'tsconfig.json', 'nest-cli.json'];
/** Written by every build (nest-cli.json's entry file), so its time is when dist/ was last built. */
const OUTPUT = join('dist', 'src', 'main.js');

/** The newest modification time (ms since the epoch) of a file or of any file under a folder; 0 when absent. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** Whether the build in `root` is missing or older than one of its inputs. */
function isStale(root) {
  const output = join(root, OUTPUT);
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return INPUTS.some((input) => newestMtime(join(root, input)) > built);
}

module.exports = { isStale };

if (require.main === module) {
  if (isStale(process.cwd())) {
    console.log('Building Nearfill (the sources changed since the last build)…');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
    process.exit(build.status ?? 1);
  }
}
