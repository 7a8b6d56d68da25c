// OpenTRM's web interface as a person uses it: a real node (the built `trm` binary, a
// fresh data folder, `trm serve` on a free port) and Debian's chromium, headless, driven
// by playwright-core. No browser is downloaded: set CHROMIUM to use another binary.
//
//   1. A case worker's first login sets up the authenticator app, then logs in; creates
//      a case, records consent, opens a measure; no page logs a console error.
//   2. Every page of that flow renders in each of the 12 languages with no
//      missing-translation marker.
//   3. The same flow with JavaScript disabled.
// Screenshots of the main pages are saved into docs/screenshots/ (used by README.md).
// The referral between two nodes is in referral.test.mjs.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  trmBin, chromiumPath, shots, init, serve, stop, adminToken, makeUser, launch,
  watchedPage, firstLogin, caseFlow, everyLanguage,
} from "./helpers.mjs";

let dir, server, url, browser;

before(async () => {
  assert.ok(existsSync(trmBin), `build the node first: cargo build -p trm (${trmBin})`);
  assert.ok(existsSync(chromiumPath), `install chromium first (${chromiumPath})`);
  mkdirSync(shots, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), "trm-browser-"));
  const data = join(dir, "node");
  init(data, "IT", "Synthetic Browser Test Node");
  ({ server, url } = await serve(data));
  const admin = await adminToken(url);
  await makeUser(url, admin, "caseworker");
  await makeUser(url, admin, "nojs.worker");
  browser = await launch();
});

after(async () => {
  await browser?.close();
  stop(server);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let flowPages = [];
/** The first test's logged-in browser context, which the second reads every page with. */
let flowContext;

test("a case worker logs in with TOTP, creates a case, records consent and opens a measure", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB" });
  const page = await watchedPage(context);
  await page.goto(url + "/login");
  await page.screenshot({ path: join(shots, "login.png") });
  await firstLogin(page, url, "caseworker");
  const casePath = await caseFlow(page, url, { shoot: true });
  await page.screenshot({ path: join(shots, "case.png"), fullPage: true });
  await page.goto(url + casePath + "/screening");
  await page.getByLabel(/threatened/).check();
  await page.getByRole("button", { name: "Record what I observed" }).click();
  await page.getByRole("heading", { name: "Measures to consider next" }).waitFor();
  await page.goto(url + "/");
  await page.screenshot({ path: join(shots, "dashboard.png"), fullPage: true });
  await page.goto(url + "/knowledge");
  await page.goto(url + "/account");
  assert.deepEqual(page.errors, [], "no page logged a console error");
  flowPages = ["/", "/cases", "/cases/new", casePath, `${casePath}/sop/sop2.intake_needs_assessment`,
    `${casePath}/screening?observed=threats`, "/knowledge", "/account"];
  flowContext = context;
});

test("every page of the flow renders in all 12 languages without a missing translation", async () => {
  const context = flowContext;
  assert.ok(context, "the flow test ran first");
  const page = await watchedPage(context);
  await everyLanguage(context, page, url, flowPages);
  await context.addCookies([{ name: "trm_lang", value: "sq", url }]);
  await page.goto(url + flowPages[3]);
  await page.screenshot({ path: join(shots, "case-sq.png") });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("the case flow works with JavaScript disabled", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await watchedPage(context);
  await firstLogin(page, url, "nojs.worker");
  const casePath = await caseFlow(page, url);
  await page.screenshot({ path: join(shots, "case-phone.png") });
  // Withdraw the consent: a plain form too.
  await page.getByRole("button", { name: "Withdraw" }).click();
  await page.waitForURL(new RegExp(`${casePath}#consents$`));
  assert.match(await page.locator("#consents").textContent(), /withdrawn/);
  await context.close();
});
