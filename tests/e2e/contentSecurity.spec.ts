import { expect, test } from './bridge/fixtures';

test('de productie-CSP blokkeert inline script en inline stijl, en de app zelf overtreedt hem niet', async ({ app }) => {
  const { page } = app;
  await app.open();
  const [navigation] = await Promise.all([page.waitForResponse('http://app.test/'), page.reload()]);
  expect(navigation.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(navigation.headers()['content-security-policy']).toContain("style-src 'self'");
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Casustafel' })).toBeVisible();
  expect(app.takePageProblems()).toEqual([]);

  const ran = await page.evaluate(async () => {
    const w = window as unknown as { __inlineRan?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.appendChild(script);
    const style = document.createElement('style');
    style.textContent = 'body { background: rgb(255, 0, 0); }';
    document.head.appendChild(style);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { script: w.__inlineRan === true, background: getComputedStyle(document.body).backgroundColor };
  });
  expect(ran.script).toBe(false);
  expect(ran.background).not.toBe('rgb(255, 0, 0)');
  const seen: string[] = [];
  await expect
    .poll(() => {
      seen.push(...app.takePageProblems());
      return seen.filter((p) => p.startsWith('CSP:')).length;
    })
    .toBeGreaterThanOrEqual(2);
});
