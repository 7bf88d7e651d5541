/** On a fresh install (not an update or a browser update) the options page opens at its welcome guide. */
export interface FirstRunApi {
  runtime: {
    onInstalled: { addListener(listener: (details: { reason: string }) => void): void };
    getURL(path: string): string;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> | void };
}

export const WELCOME_PATH = '/options.html#welcome';

export function registerFirstRun({ runtime, tabs }: FirstRunApi): void {
  runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void tabs.create({ url: runtime.getURL(WELCOME_PATH) });
  });
}
