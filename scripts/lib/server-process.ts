import { spawn, type ChildProcess } from "node:child_process";
import { bin, quietEnv, type Env } from "./run";

export interface ServerProcess {
  baseUrl: string;
  /** Ends the server and every process it started (the whole process group). Safe to call twice. */
  stop: () => void;
}

/** A process started in its own group: killing it also ends every process it started. */
export interface GroupProcess {
  child: ChildProcess;
  /** SIGKILL to the whole group. Safe to call twice. */
  kill: () => void;
}

const running = new Set<GroupProcess>();
let exitHooked = false;

/** Stops every server still running when this script ends, fails or is interrupted. */
function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  process.on("exit", () => running.forEach((group) => group.kill()));
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      running.forEach((group) => group.kill());
      process.exit(130);
    });
  }
}

/**
 * Starts `scripts/e2e-server.ts` (a fresh embedded database with the demo organisation, then the
 * production server) in its own process group, so that stopping it also ends `next start` and any
 * other child: killing `npm`/`tsx` alone would leave the server holding the port.
 */
export function startServer(port: number | string, env: Env = {}, script = "scripts/e2e-server.ts"): Promise<ServerProcess> {
  return spawnServer(port, bin("tsx"), [script], env);
}

/**
 * `next start` alone on a database the caller prepared (migrated, seeded) and a build that exists:
 * what a second app instance, or a bench that sets up its own data, needs.
 */
export function startNextServer(port: number | string, env: Env): Promise<ServerProcess> {
  return spawnServer(port, bin("next"), ["start", "-p", String(port)], { NEXTAUTH_URL: `http://localhost:${port}`, ...env });
}

/**
 * Starts `command` in its own process group (its output but stderr dropped), killed when this
 * script ends, fails or is interrupted: killing `npm`/`tsx` alone would leave its server holding the port.
 */
export function spawnGroup(command: string, args: string[], env: NodeJS.ProcessEnv): GroupProcess {
  hookExit();
  const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const group: GroupProcess = {
    child,
    kill: () => {
      running.delete(group);
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
    },
  };
  running.add(group);
  return group;
}

async function spawnServer(port: number | string, command: string, args: string[], env: Env): Promise<ServerProcess> {
  const group = spawnGroup(command, args, quietEnv({ PORT: String(port), E2E_PORT: String(port), ...env }));
  const server: ServerProcess = { baseUrl: `http://localhost:${port}`, stop: group.kill };
  if (!(await waitFor(`${server.baseUrl}/signin`, 300_000, () => group.child.exitCode !== null))) {
    server.stop();
    throw new Error(`the server on port ${port} did not come up`);
  }
  return server;
}

async function waitFor(url: string, timeoutMs: number, gaveUp: () => boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gaveUp()) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}
