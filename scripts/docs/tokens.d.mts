export const TOKENS_START: string;
export const TOKENS_END: string;
export function isThemeToken(name: string): boolean;
export interface TokenRow {
  names: string[];
  light: string;
  dark: string;
  readers: string[];
  description: string;
}
export function tokenRows(manifest: unknown): TokenRow[];
export function tokenTable(manifest: unknown): string;
export function withTokenTable(readme: string, manifest: unknown): string;
export function themeTokenLine(decl: unknown): string;
