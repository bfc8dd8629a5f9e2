/** Who is asking. Every data-layer function takes one; only the session code creates them. */
export interface Actor {
  userId: string;
}
