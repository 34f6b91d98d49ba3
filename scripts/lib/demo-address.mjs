/**
 * Where `npm run demo` listens and the address people open. Loopback unless HOST asks otherwise:
 * the demo's sign-in is printed on screen and known to everyone. The address becomes NEXTAUTH_URL
 * (production requires it); opened to the network, the machine's name stands in for it.
 *
 * @param {Record<string, string | undefined>} env
 * @param {string} machineName
 * @returns {{ host: string, port: string, publicUrl: string }}
 */
export function demoAddress(env, machineName) {
  const host = env.HOST || '127.0.0.1';
  const port = env.PORT || '3000';
  const everyInterface = host === '0.0.0.0' || host === '::';
  const name = host === '127.0.0.1' ? 'localhost' : everyInterface ? machineName : host;
  return { host, port, publicUrl: env.NEXTAUTH_URL || `http://${name}:${port}` };
}
