/** Random ids (never auto-increment): records from several devices or exports never collide. */
export function newId(): string {
  return crypto.randomUUID();
}
