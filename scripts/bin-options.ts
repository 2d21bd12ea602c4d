/**
 * esbuild's options for the `copydesk` command bundle: plain data, shared by the build
 * (scripts/build-bin.ts) and by tests/cli, which build the same bundle in a child process.
 */
export function binOptions(root: string, outfile: string) {
  return {
    absWorkingDir: root,
    entryPoints: ['src/cli/index.ts'],
    bundle: true,
    outfile,
    format: 'esm' as const,
    platform: 'node' as const,
    target: 'node20',
    // CommonJS dependencies (unified-engine's) call require() for Node built-ins.
    banner: { js: "import { createRequire as __copydeskRequire } from 'node:module'; const require = __copydeskRequire(import.meta.url);" },
    // unified-engine's plugin loader, never called by the command: see src/cli/no-plugins.ts.
    alias: { 'load-plugin': './src/cli/no-plugins.ts' },
    logLevel: 'warning' as const,
  }
}
