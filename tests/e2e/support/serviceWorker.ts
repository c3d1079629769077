/**
 * Resolves once the service worker is activated; the page is controlled after the next load.
 * `ready` can resolve while the worker is still activating, so its state is awaited too.
 * Plain Playwright types, so the bench (playwright-core) can use it as well as the tests.
 */
type EvaluatingPage = { evaluate<R>(fn: () => Promise<R>): Promise<R> };

export async function waitForServiceWorker(page: EvaluatingPage): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((resolve) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve();
        });
      });
    }
  });
}
