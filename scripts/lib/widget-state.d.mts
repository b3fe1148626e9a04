/** Types for the browser tests that import widget-state.mjs. */
export interface WidgetState {
  widget: string;
  state: 'ready' | 'loading' | 'error' | 'undefined';
  detail: string;
}
export function widgetStates(win?: Window): WidgetState[];
export function waitForWidgets(page: unknown, options?: { timeout?: number; label?: string }): Promise<WidgetState[]>;
