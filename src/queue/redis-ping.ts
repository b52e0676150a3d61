import Redis from 'ioredis';

/** Whether Redis answers within two seconds; never hangs, never throws. */
export async function redisAnswers(url: string): Promise<{ up: boolean; error?: string }> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return { up: true };
  } catch (error) {
    return { up: false, error: (error as Error).message };
  } finally {
    client.disconnect();
  }
}
