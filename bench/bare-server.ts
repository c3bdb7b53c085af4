/**
 * The baseline for the bench: a bare Node http server answering the same JSON as Balai's /api/health,
 * in its own process like the real server. Prints "listening <port>" once ready.
 */
import http from 'node:http';

const body = JSON.stringify({ status: 'ok', database: 'pglite', version: '0.1.0' });
const port = Number(process.env.PORT ?? 0);

const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`listening ${(server.address() as { port: number }).port}`);
});
process.once('SIGTERM', () => process.exit(0));
