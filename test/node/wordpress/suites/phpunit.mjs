import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const TESTS = 'wordpress/recovery-widgets/tests';

/**
 * PHPUnit (Debian's phpunit package) on the running site, with WordPress loaded at the global
 * scope first. Each PHPUnit test becomes a test here (from its JUnit report), so the counts add
 * up in npm test's last line, and a failure fails npm test.
 */
export function phpunitSuite(ctx) {
  describe('PHPUnit', () => {
    it('runs the plugin’s PHP unit tests', { skip: phpunitMissing() }, async (t) => {
      const payloads = join(ctx.out, 'payloads.json');
      const report = join(ctx.out, 'phpunit.xml');
      writeFileSync(
        payloads,
        JSON.stringify(ctx.hostile.ALL_PAYLOADS.map((p) => Buffer.from(p, 'utf8').toString('base64'))),
      );
      const run = spawnSync(
        'php',
        [
          '-d',
          `auto_prepend_file=${join(ctx.root, TESTS, 'load-wordpress.php')}`,
          phpunitPath(),
          '-c',
          join(ctx.root, TESTS, 'phpunit.xml'),
          '--log-junit',
          report,
        ],
        {
          cwd: ctx.root,
          encoding: 'utf8',
          env: {
            ...process.env,
            RECOVERY_WP_SITE: ctx.site.dir,
            RECOVERY_WP_HOST: new URL(ctx.site.url).host,
            RECOVERY_REPO: ctx.root,
            RECOVERY_PAYLOADS: payloads,
          },
        },
      );
      assert.ok(existsSync(report), `PHPUnit wrote no report (exit ${run.status}): ${run.stdout}\n${run.stderr}`);
      const cases = [...readFileSync(report, 'utf8').matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)];
      assert.ok(cases.length > 0, 'PHPUnit ran tests');
      for (const [, attrs, , body = ''] of cases) {
        const name = `${/class="([^"]*)"/.exec(attrs)?.[1] ?? ''}::${/name="([^"]*)"/.exec(attrs)?.[1] ?? ''}`
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
        const failure = /<(failure|error)\b[^>]*>([\s\S]*?)<\/\1>/.exec(body);
        await t.test(name, { skip: /<skipped/.test(body) }, () => {
          if (failure)
            assert.fail(
              failure[2]
                .replace(/&quot;/g, '"')
                .replace(/&lt;/g, '<')
                .replace(/&gt;/g, '>')
                .replace(/&amp;/g, '&'),
            );
        });
      }
      assert.equal(run.status, 0, `PHPUnit exited ${run.status}: ${run.stdout.slice(-2000)}`);
    });
  });
}

function phpunitPath() {
  return spawnSync('sh', ['-c', 'command -v phpunit'], { encoding: 'utf8' }).stdout.trim();
}

function phpunitMissing() {
  return phpunitPath() ? false : 'phpunit is not installed (Debian: apt-get install -y phpunit)';
}
