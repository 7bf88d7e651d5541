/** The message of anything thrown, for a line of UI text or a log. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
