// A real WordPress for tests and for developers, from Debian's packages (wordpress, php-cli,
// php-mysql, mariadb-server), without system services: a private MariaDB in a temporary folder, a
// copy of /usr/share/wordpress with its own wp-config.php, PHP's built-in server, and WordPress's
// own installer. stop() ends both processes by their ids and removes the folder.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { HttpClient } from './http-client.mjs';

export const WORDPRESS = process.env.RECOVERY_WORDPRESS_DIR ?? '/usr/share/wordpress';
export const ADMIN = { user: 'admin', password: 'recovery-widgets-admin', email: 'admin@example.org' };
const PACKAGES = 'php-cli php-mysql mariadb-server wordpress wordpress-theme-twentytwentythree phpunit';

/** What is missing to run WordPress here, or '' when everything is installed. */
export function missingRequirements() {
  const missing = [];
  for (const cmd of ['php', 'mysqld', 'mysql_install_db', 'mysql']) if (!tool(cmd)) missing.push(cmd);
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) missing.push(WORDPRESS);
  else if (!existsSync(join(WORDPRESS, 'wp-content', 'themes', 'twentytwentythree')))
    missing.push('a theme (wordpress-theme-twentytwentythree)');
  if (tool('php')) {
    const mysqli = spawnSync('php', ['-r', 'echo extension_loaded("mysqli") ? "yes" : "no";'], { encoding: 'utf8' });
    if (mysqli.stdout !== 'yes') missing.push("PHP's mysqli extension");
  }
  return missing.length ? `${missing.join(', ')} not found (Debian: apt-get install -y ${PACKAGES})` : '';
}

/** A command's path: on PATH, or in /usr/sbin (mysqld), which a normal user's PATH may lack. */
export function tool(cmd) {
  const found = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  return existsSync(`/usr/sbin/${cmd}`) ? `/usr/sbin/${cmd}` : undefined;
}

/**
 * Starts a site and runs WordPress's installer. Options: `port` (default: a free one), `log`
 * (a function for progress lines), `title`.
 */
export async function startSite(options = {}) {
  const log = options.log ?? (() => {});
  const root = mkdtempSync(join(tmpdir(), 'recovery-wp-'));
  const site = new Site(root, log);
  try {
    await site.start(options);
    return site;
  } catch (e) {
    await site.stop();
    throw e;
  }
}

class Site {
  constructor(root, log) {
    this.root = root;
    this.log = log;
    this.dir = join(root, 'site');
    this.db = join(root, 'db');
    this.socket = join(root, 'db', 'mysqld.sock');
    this.processes = [];
    this.dbPassword = randomBytes(12).toString('hex');
    this.onExit = () => this.kill();
  }

  async start({ port, title = 'Harbor Recovery Center' }) {
    process.once('exit', this.onExit);
    const started = Date.now();
    const step = (name) => this.log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    port ??= await freePort();
    this.url = `http://127.0.0.1:${port}`;
    // The database and the copy of WordPress are made side by side.
    await Promise.all([this.startDatabase(), this.copyWordPress()]);
    step('database and files');
    await this.startPhp(port);
    step('php');
    await this.install(title);
    step('installer');
    this.log(`WordPress ${this.version()} at ${this.url} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }

  async startDatabase() {
    const user = userInfo().username;
    const common = [
      '--no-defaults',
      `--datadir=${this.db}`,
      '--innodb-buffer-pool-size=32M',
      '--innodb-log-file-size=8M',
    ];
    await exec(tool('mysql_install_db'), [
      ...common,
      `--user=${user}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    const mysqld = spawn(
      tool('mysqld'),
      [
        ...common,
        `--user=${user}`,
        `--socket=${this.socket}`,
        '--skip-networking',
        `--pid-file=${join(this.db, 'mysqld.pid')}`,
        `--log-error=${join(this.db, 'error.log')}`,
        '--innodb-flush-log-at-trx-commit=0',
        '--max-allowed-packet=64M',
      ],
      { stdio: 'ignore' },
    );
    this.processes.push(mysqld);
    const deadline = Date.now() + 30000;
    for (;;) {
      if (mysqld.exitCode !== null) throw new Error(`mysqld exited: ${this.tail(join(this.db, 'error.log'))}`);
      const ping = spawnSync('mysql', ['--no-defaults', '-uroot', `--socket=${this.socket}`, '-e', 'SELECT 1'], {
        stdio: 'ignore',
      });
      if (ping.status === 0) break;
      if (Date.now() > deadline) throw new Error(`mysqld did not answer: ${this.tail(join(this.db, 'error.log'))}`);
      await sleep(100);
    }
    this.sql(
      `CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
       CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${this.dbPassword}';
       GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`,
    );
  }

  /** Runs SQL as the database's root; returns its tab-separated output. */
  sql(statements, database) {
    const args = ['--no-defaults', '-uroot', `--socket=${this.socket}`, '-N', '-B'];
    if (database) args.push(database);
    return execFileSync('mysql', [...args, '-e', statements], { encoding: 'utf8' });
  }

  async copyWordPress() {
    // WordPress's code (wp-admin, wp-includes) is hard-linked where the file system allows: the
    // site never writes to it (updates are off), and linking takes a tenth of the time of copying.
    // Everything else is copied; -L follows Debian's symlinks into /etc and /usr/share/php. The 90
    // language files are left out: the tests run in English.
    mkdirSync(this.dir);
    for (const name of readdirSync(WORDPRESS)) {
      const src = join(WORDPRESS, name);
      if (name === '.htaccess' || name === 'wp-config.php') continue;
      if (name === 'wp-admin' || name === 'wp-includes') {
        if ((await exec('cp', ['-rlL', src, this.dir], { quiet: true })) === 0) continue;
        rmSync(join(this.dir, name), { recursive: true, force: true });
      }
      await exec('cp', ['-rL', src, this.dir]);
    }
    rmSync(join(this.dir, 'wp-content', 'languages'), { recursive: true, force: true });
    mkdirSync(join(this.dir, 'wp-content', 'uploads'), { recursive: true });
    const salt = () => randomBytes(32).toString('hex');
    const keys = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
      .flatMap((k) => [`${k}_KEY`, `${k}_SALT`])
      .map((k) => `define( '${k}', '${salt()}' );`)
      .join('\n');
    writeFileSync(
      join(this.dir, 'wp-config.php'),
      `<?php
// Written by scripts/wordpress/site.mjs for a throwaway test site.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', '${this.dbPassword}' );
define( 'DB_HOST', 'localhost:${this.socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys}
$table_prefix = 'wp_';
define( 'WP_HOME', '${this.url}' );
define( 'WP_SITEURL', '${this.url}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(this.root, 'debug.log')}' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // php -S has no rewrite rules: anything that is not a file goes to WordPress (pretty permalinks).
    writeFileSync(
      join(this.root, 'router.php'),
      `<?php
$path = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( '/' !== $path && file_exists( __DIR__ . '/site' . $path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require __DIR__ . '/site/index.php';
`,
    );
  }

  async startPhp(port) {
    const php = spawn(
      'php',
      [
        ...PHP_INI,
        `-d`,
        `error_log=${join(this.root, 'php-error.log')}`,
        '-S',
        `127.0.0.1:${port}`,
        '-t',
        this.dir,
        join(this.root, 'router.php'),
      ],
      // Its own process group: with workers, php -S forks, and stop() ends the group by its id.
      { cwd: this.dir, stdio: 'ignore', detached: true, env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } },
    );
    php.group = true;
    this.processes.push(php);
    const deadline = Date.now() + 15000;
    for (;;) {
      if (php.exitCode !== null) throw new Error(`php -S exited (${php.exitCode}); is port ${port} free?`);
      try {
        await fetch(`${this.url}/readme.html`);
        return;
      } catch {
        if (Date.now() > deadline) throw new Error('php -S did not answer');
        await sleep(100);
      }
    }
  }

  /** WordPress's own installer, as a person fills it in. */
  async install(title) {
    const res = await fetch(`${this.url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({
        weblog_title: title,
        user_name: ADMIN.user,
        admin_password: ADMIN.password,
        admin_password2: ADMIN.password,
        pw_weak: '1',
        admin_email: ADMIN.email,
        blog_public: '0',
        language: '',
      }),
    });
    const body = await res.text();
    if (!/Success!|WordPress has been installed/.test(body)) {
      throw new Error(
        `The installer did not finish (HTTP ${res.status}): ${body.replace(/<[^>]+>/g, ' ').slice(0, 400)}`,
      );
    }
  }

  version() {
    return /\$wp_version = '([^']+)'/.exec(readFileSync(join(this.dir, 'wp-includes', 'version.php'), 'utf8'))?.[1];
  }

  /**
   * Runs PHP inside WordPress (wp-load.php), as the user with id `user` (default: the admin).
   * `input` is handed over as JSON on stdin (`$input`); whatever the code echoes is returned.
   */
  php(code, { input, user = 1 } = {}) {
    const file = join(this.root, `run-${randomBytes(4).toString('hex')}.php`);
    writeFileSync(
      file,
      `<?php
$_SERVER['HTTP_HOST'] = '${new URL(this.url).host}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
require '${join(this.dir, 'wp-load.php')}';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_set_current_user( ${Number(user)} );
$input = json_decode( (string) stream_get_contents( STDIN ), true );
${code}
`,
    );
    try {
      return execFileSync('php', [...PHP_INI, file], {
        input: JSON.stringify(input ?? null),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
    } finally {
      rmSync(file, { force: true });
    }
  }

  /** A browser-like client (cookies, forms) logged in as `user`. */
  async login(user = ADMIN.user, password = ADMIN.password) {
    const client = new HttpClient(this.url);
    await client.login(user, password);
    return client;
  }

  /** Lines that WordPress's debug log and PHP's error log have for `pattern`. */
  logLines(pattern) {
    return ['debug.log', 'php-error.log']
      .map((f) => join(this.root, f))
      .filter((f) => existsSync(f))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
      .filter((line) => pattern.test(line));
  }

  tail(file) {
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-5).join(' | ') : '(no log)';
  }

  /** Ends PHP and MariaDB (by their process ids) and removes the site's folder. */
  async stop() {
    process.removeListener('exit', this.onExit);
    const running = this.processes.filter((p) => p.exitCode === null && p.signalCode === null);
    this.processes = [];
    await Promise.all(
      running.map(
        (p) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => {
              signal(p, 'SIGKILL');
              resolve();
            }, 10000);
            p.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            signal(p, 'SIGTERM');
          }),
      ),
    );
    rmSync(this.root, { recursive: true, force: true });
  }

  /** On a sudden exit of the test process: no waiting is possible, so kill and clean up. */
  kill() {
    for (const p of this.processes) if (p.exitCode === null && p.signalCode === null) signal(p, 'SIGKILL');
    this.processes = [];
    rmSync(this.root, { recursive: true, force: true });
  }
}

const PHP_INI = [
  '-d',
  'display_errors=0',
  '-d',
  'log_errors=1',
  '-d',
  'memory_limit=512M',
  '-d',
  'upload_max_filesize=64M',
  '-d',
  'post_max_size=64M',
];

/** Signals a process we started, or its whole group (php -S and its workers). */
function signal(child, name) {
  try {
    process.kill(child.group ? -child.pid : child.pid, name);
  } catch {
    // already gone
  }
}

/** Runs a command without blocking; rejects on failure unless `quiet` (then returns the status). */
function exec(cmd, args, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (e) => (quiet ? resolve(1) : reject(e)));
    child.on('close', (code) => {
      if (code === 0 || quiet) resolve(code);
      else reject(new Error(`${cmd} failed (${code}): ${stderr.slice(-500)}`));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
