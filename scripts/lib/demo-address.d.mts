export function demoAddress(
  env: Record<string, string | undefined>,
  machineName: string,
): { host: string; port: string; publicUrl: string };
