// The IONOS Node SDK for the Container Registry against the benchmark's loopback server, as the Java scenarios are
// measured: warm-up, then the median of one-second rounds, with `callers` requests in flight at once, and the CPU time
// of those rounds per 1 000 calls.
// Usage: node tokens-benchmark.js <apiUrl> <registryId> <tokenId> <find|page> <callers> <warmUpMs> <rounds> <roundMs>
// The SDK sleeps before every attempt, the first included (backOff(0) waits min(1 s, maxWaitTime), and even a wait of
// 0 is a timer of at least 1 ms): the sleep is removed by replacing backOff, which the SDK looks up on each request,
// with one that returns at once when no wait is due.
'use strict';
const { Configuration, TokensApi } = require('@ionos-cloud/sdk-nodejs-container-registry');
const base = require('@ionos-cloud/sdk-nodejs-container-registry/dist/base');

const sdkBackOff = base.backOff;
base.backOff = (iteration, seconds, configuration) => (iteration === 0 && seconds === undefined)
  ? Promise.resolve() : sdkBackOff(iteration, seconds, configuration);

const [apiUrl, registryId, tokenId, mode, callersText, warmUpText, roundsText, roundText] = process.argv.slice(2);
const configuration = new Configuration({ basePath: apiUrl, apiKey: 'benchmark-token' });
const api = new TokensApi(configuration);
const call = (mode === 'find')
  ? () => api.registriesTokensFindById({ registryId, tokenId })
  : () => api.registriesTokensGet({ registryId, offset: '0', limit: '100' });

let measuredCalls = 0;

async function runFor(milliseconds, callers) {
  const end = Date.now() + milliseconds;
  let calls = 0;
  const caller = async () => {
    while (Date.now() < end) {
      const answer = await call();
      if (answer.status !== 200) {
        throw new Error('answered ' + answer.status);
      }
      calls++;
    }
  };
  await Promise.all(Array.from({ length: callers }, caller));
  measuredCalls += calls;
  return calls * 1000 / milliseconds;
}

(async () => {
  const callers = Number(callersText);
  await runFor(Number(warmUpText), callers);
  measuredCalls = 0;
  const cpuBefore = process.cpuUsage();
  const rates = [];
  for (let i = 0; i < Number(roundsText); i++) {
    rates.push(await runFor(Number(roundText), callers));
  }
  const cpu = process.cpuUsage(cpuBefore);
  rates.sort((a, b) => a - b);
  console.log('calls-per-s=' + Math.round(rates[Math.floor(rates.length / 2)]));
  // The CPU time (user and system) of the measured rounds per 1 000 calls, in microseconds.
  console.log('cpu-us-per-1000=' + Math.round((cpu.user + cpu.system) * 1000 / measuredCalls));
})().catch((failure) => {
  console.error(failure.message);
  process.exit(1);
});
