/** A shipped language pack's strings of one namespace, read from the source pack (i18n/<lang>.json). */
export async function packNamespace(language: string, namespace: string): Promise<Record<string, string>> {
  const pack = await (await fetch(`/i18n/${language}.json`)).json();
  return pack.messages[namespace];
}

/** A translate function over a pack namespace, as the finder passes to the engine. */
export async function translator(language: string, namespace: string): Promise<(key: string) => string | undefined> {
  const strings = await packNamespace(language, namespace);
  return (key) => (Object.hasOwn(strings, key) ? strings[key] : undefined);
}
