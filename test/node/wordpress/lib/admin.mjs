// The WordPress admin as a webmaster uses it: Plugins → Add New → Upload, the settings form.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { HttpClient } from '../../../../scripts/wordpress/http-client.mjs';

const OPTION = 'recovery_widgets_settings';

/** Uploads the plugin zip and follows the Activate link; returns the two pages' text. */
export async function uploadAndActivate(client, zip) {
  const form = await client.get('/wp-admin/plugin-install.php?tab=upload');
  const fields = HttpClient.formFields(form.text, /update\.php\?action=upload-plugin/);
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  body.append('pluginzip', new Blob([readFileSync(zip)], { type: 'application/zip' }), basename(zip));
  body.append('install-plugin-submit', 'Install Now');
  const installed = await client.request('/wp-admin/update.php?action=upload-plugin', { method: 'POST', body });
  const activate = /href="([^"]*plugins\.php\?action=activate[^"]*)"/.exec(installed.text)?.[1];
  if (!activate) throw new Error(`No Activate link after the upload: ${strip(installed.text).slice(0, 600)}`);
  const activated = await client.get(new URL(activate.replace(/&amp;|&#038;/g, '&'), installed.url).href);
  return { installed: installed.text, activated: activated.text };
}

/** The settings form's hidden fields (option_page, action, _wpnonce, _wp_http_referer). */
export async function settingsForm(client) {
  const page = await client.get('/wp-admin/options-general.php?page=recovery-widgets');
  if (page.status !== 200) throw new Error(`The settings page answered ${page.status}`);
  return { page, hidden: HttpClient.formFields(page.text, /options\.php/) };
}

/** Posts the settings form with `values` (field => text); `hidden` overrides the form's own fields. */
export async function saveSettings(client, values, hidden, options) {
  hidden ??= (await settingsForm(client)).hidden;
  const form = { ...hidden };
  for (const [field, value] of Object.entries(values)) form[`${OPTION}[${field}]`] = value;
  return client.post('/wp-admin/options.php', form, options);
}

/** The messages WordPress shows above the form after a save (settings errors and "Settings saved."). */
export function notices(html) {
  return [
    ...html.matchAll(
      /<div[^>]*class=['"][^'"]*(?:notice|settings-error|updated|error)[^'"]*['"][^>]*>([\s\S]*?)<\/div>/g,
    ),
  ].map((m) => strip(m[1]));
}

/** Asserts that `pattern` is in the page's text, showing only the start of a long page when not. */
export function assertText(html, pattern) {
  const text = strip(html);
  if (!pattern.test(text)) throw new Error(`${pattern} is not on the page: ${text.slice(0, 500)}`);
}

export function strip(html) {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
