/** Types of prerequisites.js (plain JavaScript, loaded by the runner before anything is compiled). */
export type Need = 'redis' | 'redis-server' | 'chromium' | 'local-postgres';
export const NEEDS: Record<Need, { reason: string; install: string | null }>;
export function installCommand(needs: string[]): string | null;
export const LOCAL_POSTGRES: string;
export const LOCAL_REDIS: string;
export function portAnswers(host: string, port: number, timeoutMs?: number): Promise<boolean>;
export function postgresProblem(url: string): Promise<string | null>;
export function redisAnswers(url: string): Promise<boolean>;
export function chromiumPath(env: NodeJS.ProcessEnv): string;
export function hasCjkFonts(): boolean;
export function findOptional(env: NodeJS.ProcessEnv): Promise<Need[]>;
